/**
 * <chart-states>: turns a chart's dated states, server-rendered as small multiples, into a stepper
 * that shows one state at a time: earlier / later buttons, a button per date, arrow keys, and an
 * announcement of the state for screen readers. The permalink `#<chart>=<date>` opens it on that
 * state, and choosing a state updates the address so it can be shared. Without this script every
 * state stays visible, in order.
 */
class ChartStates extends HTMLElement {
  #states: HTMLElement[] = [];
  #buttons: HTMLButtonElement[] = [];
  #live: HTMLElement | null = null;
  #current = -1;
  #controller = new AbortController();

  connectedCallback() {
    if (this.dataset.enhanced !== undefined) return;
    this.#states = [...this.querySelectorAll<HTMLElement>(':scope > ol > .chart__state')];
    if (this.#states.length < 2) return;
    const { signal } = this.#controller;
    const data = this.dataset;

    const controls = document.createElement('div');
    controls.className = 'stepper';
    controls.setAttribute('role', 'group');
    controls.setAttribute('aria-label', data.label ?? '');
    const step = (label: string, delta: number, className: string) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `stepper__step ${className}`;
      button.textContent = label;
      button.addEventListener('click', () => this.select(this.#current + delta, true), { signal });
      return button;
    };
    const previous = step(`← ${data.previous ?? ''}`, -1, 'stepper__previous');
    const next = step(`${data.next ?? ''} →`, 1, 'stepper__next');
    const scale = document.createElement('div');
    scale.className = 'stepper__scale';
    this.#buttons = this.#states.map((state, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'stepper__date';
      button.textContent = state.dataset.short ?? '';
      button.setAttribute('aria-label', state.dataset.name ?? '');
      button.addEventListener('click', () => this.select(index, true), { signal });
      scale.append(button);
      return button;
    });
    controls.append(previous, scale, next);
    controls.addEventListener(
      'keydown',
      (event) => {
        const to = { ArrowLeft: this.#current - 1, ArrowRight: this.#current + 1, Home: 0, End: this.#states.length - 1 }[event.key];
        if (to === undefined) return;
        event.preventDefault();
        this.select(to, true);
        this.#buttons[this.#current]?.focus();
      },
      { signal },
    );
    this.#live = document.createElement('p');
    this.#live.className = 'visually-hidden';
    this.#live.setAttribute('aria-live', 'polite');
    this.prepend(controls);
    this.append(this.#live);
    this.dataset.enhanced = '';

    // A permalink to a state opens on it; otherwise the latest state, which is where the story stands.
    const fromHash = () => this.#states.findIndex((state) => `#${state.id}` === decodeURIComponent(location.hash));
    const linked = fromHash();
    this.select(linked >= 0 ? linked : this.#states.length - 1, false);
    if (linked >= 0) this.scrollIntoView({ block: 'start' });
    window.addEventListener(
      'hashchange',
      () => {
        const index = fromHash();
        if (index >= 0) {
          this.select(index, false);
          this.scrollIntoView({ block: 'start' });
        }
      },
      { signal },
    );
  }

  disconnectedCallback() {
    this.#controller.abort();
  }

  /** Shows one state; `fromReader` announces it and puts its permalink in the address bar. */
  select(index: number, fromReader: boolean) {
    const count = this.#states.length;
    const to = Math.max(0, Math.min(count - 1, index));
    if (to === this.#current) return;
    // Only a change fades in: the state the page opens on is simply there.
    const changing = this.#current >= 0;
    this.#current = to;
    this.#states.forEach((state, i) => {
      state.hidden = i !== to;
      state.toggleAttribute('data-entering', changing && i === to);
    });
    this.#buttons.forEach((button, i) => button.setAttribute('aria-pressed', String(i === to)));
    this.querySelector<HTMLButtonElement>('.stepper__previous')!.disabled = to === 0;
    this.querySelector<HTMLButtonElement>('.stepper__next')!.disabled = to === count - 1;
    if (!fromReader) return;
    const state = this.#states[to]!;
    this.#live!.textContent = (this.dataset.announce ?? '{position} of {count}: {state}')
      .replace('{position}', String(to + 1))
      .replace('{count}', String(count))
      .replace('{state}', state.dataset.name ?? '');
    history.replaceState(null, '', `#${state.id}`);
  }
}

if (!customElements.get('chart-states')) customElements.define('chart-states', ChartStates);

/** Lets the scrollytelling steps drive a chart's states (src/scripts/scrolly.ts). */
export type { ChartStates };

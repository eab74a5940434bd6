/**
 * <chart-tooltip>: makes a server-rendered chart's marks reachable by keyboard and shows each
 * mark's `data-tip` text on hover and focus. Escape hides it. The chart is complete without it.
 */
class ChartTooltip extends HTMLElement {
  #tip: HTMLElement | null = null;
  #controller = new AbortController();

  connectedCallback() {
    this.#tip = this.querySelector('.chart__tooltip');
    const { signal } = this.#controller;
    for (const mark of this.querySelectorAll<SVGElement>('[data-tip]')) {
      mark.setAttribute('tabindex', '0');
      mark.setAttribute('role', 'img');
      mark.setAttribute('aria-label', mark.dataset.tip ?? '');
      mark.addEventListener('focus', () => this.show(mark), { signal });
      mark.addEventListener('blur', () => this.hide(), { signal });
      mark.addEventListener('pointerenter', () => this.show(mark), { signal });
      mark.addEventListener('pointerleave', () => this.hide(), { signal });
    }
    this.addEventListener('keydown', (event) => event.key === 'Escape' && this.hide(), { signal });
  }

  disconnectedCallback() {
    this.#controller.abort();
  }

  show(mark: SVGElement) {
    const tip = this.#tip;
    if (!tip) return;
    tip.textContent = mark.dataset.tip ?? '';
    tip.hidden = false;
    const host = this.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const left = Math.min(Math.max(box.left + box.width / 2 - host.left - tip.offsetWidth / 2, 0), host.width - tip.offsetWidth);
    const above = box.top - host.top - tip.offsetHeight - 8;
    tip.style.left = `${Math.max(left, 0)}px`;
    tip.style.top = `${above >= 0 ? above : box.bottom - host.top + 8}px`;
  }

  hide() {
    if (this.#tip) this.#tip.hidden = true;
  }
}

if (!customElements.get('chart-tooltip')) customElements.define('chart-tooltip', ChartTooltip);

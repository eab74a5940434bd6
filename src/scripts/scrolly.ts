/**
 * Scrollytelling for `<section data-steps>` (src/components/story/Steps.astro). The server renders
 * each step as text followed by its graphic. Here, unless the reader asks for reduced motion, the
 * graphics move into one stage pinned beside the text (above it on phones), and the step whose text
 * crosses the middle of the viewport shows its graphic. Without this script, or with reduced
 * motion, the section stays as text interleaved with static graphics.
 */
const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');

function enhance(section: HTMLElement) {
  if (section.dataset.live !== undefined || !('IntersectionObserver' in window)) return;
  const steps = [...section.querySelectorAll<HTMLElement>(':scope > .step')];
  if (steps.length < 2) return;
  const stage = document.createElement('div');
  stage.className = 'steps__stage';
  const texts = document.createElement('div');
  texts.className = 'steps__texts';
  // A step without a figure of its own stays on the one before it.
  const figures: HTMLElement[] = [];
  const shows = steps.map((step) => {
    const figure = step.querySelector<HTMLElement>('.step__figure');
    if (figure) figures.push(figure);
    return Math.max(0, figures.length - 1);
  });
  stage.append(...figures);
  texts.append(...steps);
  section.append(stage, texts);
  section.dataset.live = '';

  let active = -1;
  const show = (step: number) => {
    if (step === active) return;
    const changing = active >= 0 && shows[active] !== shows[step];
    active = step;
    figures.forEach((figure, i) => {
      figure.hidden = i !== shows[step];
      if (changing || i !== shows[step]) figure.toggleAttribute('data-entering', changing && i === shows[step]);
    });
    steps.forEach((element, i) => element.toggleAttribute('data-active', i === step));
  };
  show(0);
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) show(steps.indexOf(entry.target as HTMLElement));
    },
    // A step is current while its text crosses the band around the middle of the viewport.
    { rootMargin: '-45% 0px -45% 0px' },
  );
  for (const step of steps) observer.observe(step);
}

if (!reduced.matches) for (const section of document.querySelectorAll<HTMLElement>('section[data-steps]')) enhance(section);

// A module, for src/scripts/site.ts to import on demand.
export {};

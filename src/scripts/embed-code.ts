/**
 * The charts' embed code, made when a reader first opens a chart's share panel. As served it sits
 * in a `<noscript>` (src/components/charts/ChartFigure.astro), so a page without JavaScript shows
 * it as it is; with JavaScript that markup is text until this turns it into the label and the
 * field it describes. A form field anywhere on a page, folded away or not, has Chrome lay out the
 * panel around it as the page finishes loading, to ask whether it is one to fill in: four charts'
 * panels cost every reader that work for a code that few of them ask for.
 */
function reveal(panel: Element) {
  const served = panel.querySelector(':scope > noscript[data-embed-code]');
  if (!served) return;
  // With scripting on, a <noscript>'s content is its markup as text, written by the build (the
  // snippet inside it escaped): parsed here as the browser would have parsed it without scripts.
  const template = document.createElement('template');
  template.innerHTML = served.textContent ?? '';
  served.replaceWith(template.content);
}

// Before the panel opens (a click on its summary, by pointer or keyboard), so it opens complete;
// on any other opening (by a script), as it opens; and a panel a reader opened before this code
// arrived (on a slow connection), now.
document.addEventListener('click', (event) => {
  const summary = (event.target as Element | null)?.closest?.('.chart__share > summary');
  if (summary?.parentElement) reveal(summary.parentElement);
});
document.addEventListener(
  'toggle',
  (event) => {
    const panel = event.target as Element;
    if (panel instanceof HTMLDetailsElement && panel.open && panel.matches('.chart__share')) reveal(panel);
  },
  true,
);
for (const panel of document.querySelectorAll('.chart__share[open]')) reveal(panel);

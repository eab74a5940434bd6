/**
 * Inside an embed page: tells the page that frames it how tall the chart is, whenever that changes
 * (a state chosen, the table opened, the frame resized), and whenever the host's loader asks
 * (public/embed.js). Only a height is sent; it is no secret, so any host may read it.
 */
const message = 'news-explainer:embed-height';

function post() {
  if (window.parent === window) return;
  window.parent.postMessage({ type: message, height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
}

/** Starts reporting (src/scripts/site.ts calls it on embed pages). */
export function reportHeight(): void {
  new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener('load', post);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === 'news-explainer:embed-measure') post();
  });
}

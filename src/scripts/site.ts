/**
 * The site's one script, on every page (src/components/SiteScript.astro): one file for a phone to
 * fetch before the page settles, not one per component. The header's search field, the charts'
 * tooltips and their embed code are small and wanted at once. The rest loads only on pages that
 * have what it enhances: the search page's results at once; the stepper and the scrollytelling
 * once the page has loaded and painted or their section nears the screen, whichever comes first,
 * so a page's text never waits for them, and until then their sections read as they do without
 * JavaScript. An embed page loads its parts at once and then tells the page framing it how tall
 * it is.
 */
import './site-search';
import './chart-tooltip';
import './embed-code';
import { reportHeight } from './embed-frame';

/**
 * Runs `run` once the page has loaded and the browser has painted and is idle (a browser without
 * idle callbacks: shortly after loading), so that nothing it fetches or lays out competes with the
 * page's own first paints.
 */
function afterLoad(run: () => void) {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 100));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

const onDemand: { selector: string; load: () => Promise<unknown>; when: 'now' | 'near' }[] = [
  { selector: 'search-results', load: () => import('./search-results'), when: 'now' },
  { selector: 'chart-states', load: () => import('./chart-states'), when: 'near' },
  { selector: 'section[data-steps]', load: () => import('./scrolly'), when: 'near' },
];

// An embed page is its chart alone: what it needs loads at once, and the page framing it learns its
// height once that has run, so the frame changes size once (not at the no-JavaScript height first).
const embed = document.documentElement.classList.contains('embed');
const loading: Promise<unknown>[] = [];

for (const { selector, load, when } of onDemand) {
  const elements = document.querySelectorAll(selector);
  if (!elements.length) continue;
  if (when === 'now' || embed || !('IntersectionObserver' in window)) {
    loading.push(load());
    continue;
  }
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    void load();
  };
  // Near: within a screen's height above or below what the reader sees.
  const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), { rootMargin: '100% 0px' });
  for (const element of elements) observer.observe(element);
  afterLoad(start);
}

if (embed) void Promise.allSettled(loading).then(reportHeight);

import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { blocksPreview, setDevProblems } from './dev-problems';
import { formatProblem, formatProblems, isError, validateContent, type Problem } from '../validate';
import { sitemapFacts } from './sitemap-facts';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page the preview shows instead of a stale page while the content has problems. */
function problemsPage(problems: Problem[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Content problems</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}h1{color:#b3001b}li{margin:.6rem 0;padding:.6rem .8rem;background:#fdf1f1;border-left:4px solid #b3001b;font-family:ui-monospace,monospace;font-size:14px;white-space:pre-wrap}</style>
<script type="module" src="/@vite/client"></script></head><body>
<h1>The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}</h1>
<p>The preview cannot show the page until these are fixed. Fix them in your editor and save: this page reloads by itself. <code>npm run check</code> prints the same list.</p>
<ol>${problems.map((p) => `<li>${escape(formatProblem(p))}</li>`).join('')}</ol></body></html>`;
}

/**
 * Checks all content before Astro reads it, with the same checks as `npm run check`: a build
 * with problems prints every one of them and stops; the preview shows them in the browser
 * instead of the last good page, and re-checks whenever a content file changes.
 */
export function contentValidation(contentDir: string): AstroIntegration & { lastModified(url: string): string | undefined; isFallback(url: string): boolean } {
  let problems: Problem[] = [];
  let base = '/';
  const root = resolve(contentDir);
  return {
    name: 'content-validation',
    /**
     * True for a topic page of another edition that shows the untranslated original: its canonical
     * link is the original's, so the sitemap leaves it out.
     */
    isFallback(url: string) {
      const match = /^([a-z]{2,3})\/topics\/([^/]+)\/$/.exec(new URL(url).pathname.slice(base.length));
      if (!match) return false;
      return !sitemapFacts.translated.has(`${match[1]}/${match[2]}`);
    },
    /**
     * The date a page's content last changed, for the sitemap: a topic's `updated`, the newest of
     * them for the pages that list topics, nothing for pages that do not change with the news.
     */
    lastModified(url: string) {
      // A page of another edition changes when its original does: /uk/topics/x/ as /topics/x/.
      const path = new URL(url).pathname.slice(base.length).replace(/^[a-z]{2,3}\//, '');
      const topic = /^topics\/(.+)\/$/.exec(path);
      if (topic) return sitemapFacts.updated.get(topic[1]!);
      if (path === '' || path === 'sources/') return [...sitemapFacts.updated.values()].sort().at(-1);
      return undefined;
    },
    hooks: {
      'astro:config:setup': ({ command, logger, config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        // `npm run build` checks the content in a process of its own while Astro starts and bundles
        // on the other core, and stops Astro if the check fails. (The sitemap's dates come from the
        // pages' own read of the content: lib/sitemap-facts.ts.)
        if (command === 'build' && process.env.CONTENT_CHECKED_BESIDE === '1') return;
        problems = validateContent(contentDir);
        if (!problems.length || command === 'dev') return;
        // Warnings (an outdated translation) are printed; only errors stop the build.
        if (!problems.some(isError)) return logger.warn(`\n${formatProblems(problems)}\n`);
        logger.error(`\n${formatProblems(problems)}\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Errors show in the preview and the terminal; warnings (an outdated translation) in the
        // terminal, and on the page they concern.
        const report = (found: Problem[]) => {
          setDevProblems(found.filter(isError));
          if (found.some(isError)) logger.error(`\n${formatProblems(found)}\n`);
          else if (found.length) logger.warn(`\n${formatProblems(found)}\n`);
        };
        const recheck = (path: string) => {
          if (!resolve(path).startsWith(root)) return;
          const before = problems.filter(isError).length;
          problems = validateContent(contentDir);
          report(problems);
          if (!problems.some(isError) && before) logger.info('Content problems fixed.');
          server.ws.send({ type: 'full-reload' });
        };
        // The content folder may live outside the project (CONTENT_DIR): watch it all the same.
        server.watcher.add(root);
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
        server.middlewares.use((request, response, next) => {
          const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
          // Problems of wording or editorial rules show as a banner on the page itself (src/components/DevProblems.astro).
          if (!problems.some(blocksPreview) || !wantsPage) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(problemsPage(problems.filter(isError)));
        });
        report(problems);
      },
    },
  };
}

import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatProblem, formatProblems, validateContent, type Problem } from '../validate';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page the preview shows instead of a stale page while the content has problems. */
function problemsPage(problems: Problem[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Content problems</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}h1{color:#b3001b}li{margin:.6rem 0;padding:.6rem .8rem;background:#fdf1f1;border-left:4px solid #b3001b;font-family:ui-monospace,monospace;font-size:14px;white-space:pre-wrap}</style>
<script type="module" src="/@vite/client"></script></head><body>
<h1>The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}</h1>
<p>Fix them in your editor and save: this page reloads by itself. <code>npm run check</code> prints the same list.</p>
<ol>${problems.map((p) => `<li>${escape(formatProblem(p))}</li>`).join('')}</ol></body></html>`;
}

/**
 * Checks all content before Astro reads it, with the same checks as `npm run check`: a build
 * with problems prints every one of them and stops; the preview shows them in the browser
 * instead of the last good page, and re-checks whenever a content file changes.
 */
export function contentValidation(contentDir: string): AstroIntegration {
  let problems: Problem[] = [];
  const root = resolve(contentDir);
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        problems = validateContent(contentDir);
        if (!problems.length || command === 'dev') return;
        logger.error(`\n${formatProblems(problems)}\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        const recheck = (path: string) => {
          if (!resolve(path).startsWith(root)) return;
          const before = problems.length;
          problems = validateContent(contentDir);
          if (problems.length) logger.error(`\n${formatProblems(problems)}\n`);
          else if (before) logger.info('Content problems fixed.');
          server.ws.send({ type: 'full-reload' });
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
        server.middlewares.use((request, response, next) => {
          const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
          if (!problems.length || !wantsPage) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(problemsPage(problems));
        });
        if (problems.length) logger.error(`\n${formatProblems(problems)}\n`);
      },
    },
  };
}

import { readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildShared } from './build-shared';
import { writeFiles } from './output-files';

/**
 * Embed pages written as files, not as Astro pages, in a build.
 *
 * An archive of 1,000 topics has 3,600 embed pages, one per chart, each a chart and a credit line
 * in the same shell. As pages, each cost Astro a request, a response, its layout, a folder check,
 * a write and a log line, and us the topic's setup (its sources, its methods): 2.5 ms a page, a
 * third of the build's page time at that scale. In a build, one page per topic and edition
 * (`embed/<topic>/index.html`, deleted at the end) renders every chart of the topic in embed form;
 * each chart's head tags and body are kept as strings (EmbedPart.astro), and written into the
 * shell that page's own output is: its head (fonts, styles, script, Content-Security-Policy) with
 * a marker where the head tags go and one where the body goes. The files are byte for byte the
 * pages the per-chart route renders, which still serves the preview.
 */

/** What the shell page puts where each page's head tags and body go. */
export const embedSlots = { meta: '<!--embed-page:meta-->', body: '<!--embed-page:body-->' } as const;

/** A shell cut at its two markers: before the head tags, between them and the body, after the body. */
type Parts = [string, string, string];

interface Shell {
  /** The shell's file under the output folder, e.g. `uk/embed/siversk/index.html`. */
  path: string;
  parts?: Parts;
}

interface EmbedPage {
  /** The page's file under the output folder. */
  path: string;
  shell: string;
  meta: string;
  body: string;
}

const state = buildShared('embed-pages', () => ({
  /** The output folder, from the integration (the pages do not know it). */
  outDir: undefined as string | undefined,
  /** Per edition: the first shell written, which every later page of that edition is written into. */
  shells: new Map<string, Shell>(),
  /** Pages kept before their edition had a shell on disk (the first topic's), written at the end. */
  waiting: [] as EmbedPage[],
  /** Per shell page: the shell its topic's pages were written into, and those pages. */
  written: new Map<string, { into: string; pages: string[] }>(),
  /** Pages being written by Node's file threads while the pages render, awaited at the end. */
  writing: [] as Promise<Error | void>[],
}));

/** True in a build that has the `embed-pages` integration: the per-topic route renders the embeds. */
export const embedsWrittenAfterPages = (): boolean => import.meta.env.PROD && state.outDir !== undefined;

function cut(html: string, path: string): Parts {
  const meta = html.indexOf(embedSlots.meta);
  const body = html.indexOf(embedSlots.body, meta);
  if (meta < 0 || body < 0) throw new Error(`${path}: the embed shell has no ${meta < 0 ? 'head' : 'body'} marker (src/lib/embed-pages.ts)`);
  return [html.slice(0, meta), html.slice(meta + embedSlots.meta.length, body), html.slice(body + embedSlots.body.length)];
}

/** A page: its head tags and body in a shell. */
const assemble = (parts: Parts, meta: string, body: string) => parts[0] + meta + parts[1] + body + parts[2];

const fileOf = (root: string, path: string) => join(root, ...path.split('/'));

/**
 * Writes a page off this thread (a folder and a file: 0.3 ms a page here, on the thread that
 * renders the pages); the end of the build waits for them all.
 */
function writeLater(root: string, path: string, html: string) {
  const file = fileOf(root, path);
  // A failure is kept, not thrown, until the end of the build, which reports it with the page.
  state.writing.push(
    mkdir(dirname(file), { recursive: true })
      .then(() => writeFile(file, html))
      .catch((error: Error) => new Error(`${path}: could not write the embed page: ${error.message}`)),
  );
}

/** A shell's parts once its page is on disk (read once). */
function partsOf(shell: Shell, outDir: string): Parts | undefined {
  if (shell.parts) return shell.parts;
  try {
    return (shell.parts = cut(readFileSync(fileOf(outDir, shell.path), 'utf8'), shell.path));
  } catch (error) {
    // Not written yet: Astro writes a page after rendering it.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Keeps one embed page (called by EmbedPart.astro while its topic's shell page renders): written
 * now into its edition's shell when one is on disk, else at the end of the build.
 */
export function keepEmbedPage(page: EmbedPage & { edition: string }) {
  let shell = state.shells.get(page.edition);
  if (!shell) state.shells.set(page.edition, (shell = { path: page.shell }));
  const parts = partsOf(shell, state.outDir!);
  if (!parts) {
    state.waiting.push(page);
    return;
  }
  writeLater(state.outDir!, page.path, assemble(parts, page.meta, page.body));
  const written = state.written.get(page.shell) ?? { into: shell.path, pages: [] };
  written.pages.push(page.path);
  state.written.set(page.shell, written);
}

/**
 * Records where embed pages are written, writes those kept before their shell existed, and
 * deletes the shell pages. Each shell page is compared with the shell its topic's pages were
 * written into: a topic whose shell differs (a component with styles of its own on one topic's
 * charts) has its pages written again into its own.
 */
export function embedPages(): AstroIntegration {
  return {
    name: 'embed-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        reset();
        state.outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const writing = state.writing;
          state.writing = [];
          const failed = (await Promise.all(writing)).find((result) => result instanceof Error);
          if (failed) throw failed;
          await writeTheRest(fileURLToPath(dir), logger);
        } finally {
          reset();
        }
      },
    },
  };
}

function reset() {
  state.writing = [];
  state.shells.clear();
  state.waiting = [];
  state.written.clear();
}

async function writeTheRest(root: string, logger: { info(message: string): void }) {
  const own = new Map<string, Parts>();
  const shellParts = (path: string) => {
    let parts = own.get(path);
    if (!parts) own.set(path, (parts = cut(readFileSync(fileOf(root, path), 'utf8'), path)));
    return parts;
  };
  // [file, html]: the pages kept before their shell existed, and any written again into a shell of their own.
  const pages: [string, string][] = state.waiting.map((page) => [fileOf(root, page.path), assemble(shellParts(page.shell), page.meta, page.body)]);
  let rewritten = 0;
  for (const [shell, { into, pages: written }] of state.written) {
    if (shell === into) continue;
    const mine = shellParts(shell);
    const theirs = shellParts(into);
    if (mine.every((part, i) => part === theirs[i])) continue;
    rewritten++;
    for (const path of written) {
      const html = readFileSync(fileOf(root, path), 'utf8');
      const meta = html.slice(theirs[0].length, html.indexOf(theirs[1], theirs[0].length));
      const body = html.slice(theirs[0].length + meta.length + theirs[1].length, html.length - theirs[2].length);
      pages.push([fileOf(root, path), assemble(mine, meta, body)]);
    }
  }
  await writeFiles(pages);
  for (const shell of new Set([...state.written.keys(), ...state.waiting.map((page) => page.shell)])) rmSync(fileOf(root, shell));
  const count = state.waiting.length + [...state.written.values()].reduce((sum, { pages }) => sum + pages.length, 0);
  logger.info(`Embeds: wrote ${count} embed pages${rewritten ? ` (${rewritten} topic${rewritten === 1 ? '' : 's'} into a shell of its own)` : ''}`);
}

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
 * third of the build's page time at that scale. Rendering each chart a second time for its embed,
 * one page per topic, still took 9 ms a topic. So in a build each chart's embed page comes from
 * the topic page that shows it (EmbedCopy.astro): the figure rendered once, without its share
 * panel, and its method links pointing at the explainer. Each embed page's head tags and body are
 * kept as strings and written into the shell of its edition (`embed/index.html`, deleted at the
 * end): its head (fonts, styles, script, Content-Security-Policy) with a marker where the head
 * tags go and one where the body goes. A chart a translation does not place is rendered by a page
 * of its topic's own (`embed/<topic>/index.html`, EmbedPart.astro). The files are byte for byte
 * the pages the per-chart route renders, which still serves the preview.
 */

/** What the shell page puts where each page's head tags and body go. */
export const embedSlots = { meta: '<!--embed-page:meta-->', body: '<!--embed-page:body-->' } as const;

/**
 * What a topic page's figure carries around its share panel when its embed page is kept from it
 * (ChartFigure.astro): an embed page has no share panel, since it would point at the embed itself.
 */
export const shareMarkers = { start: '<!--embed:share-->', end: '<!--/embed:share-->' } as const;

/**
 * A chart's figure as rendered on its topic page, with its share panel marked: the page's figure
 * (the markers taken out) and the embed page's (the panel taken out, links to the page's own
 * sections pointing at the explainer, `explainer`). Content cannot forge either: its text is
 * escaped, so neither `<!--` nor `<a href=` comes from it.
 */
export function embedFromFigure(figure: string, explainer: string): { page: string; embed: string } {
  const start = figure.indexOf(shareMarkers.start);
  const end = start < 0 ? -1 : figure.indexOf(shareMarkers.end, start);
  const sections = (html: string) => html.replaceAll('<a href="#method-', `<a href="${explainer}#method-`);
  if (start < 0 || end < 0) return { page: figure, embed: sections(figure) };
  const before = figure.slice(0, start);
  const after = figure.slice(end + shareMarkers.end.length);
  return { page: before + figure.slice(start + shareMarkers.start.length, end) + after, embed: sections(before + after) };
}

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
  /** Every embed page kept, by file: a chart placed twice on its page is kept once. */
  kept: new Set<string>(),
  /** Every embed page the build must write, by file, and the editions' shell pages (from their route). */
  expected: new Set<string>(),
  editionShells: new Set<string>(),
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
 * The embed pages the build must write (every chart of every topic, in each edition it is written
 * in), and the editions' shell pages, deleted at the end whether or not a page was written into them.
 */
export function expectEmbedPages(paths: string[], shells: string[]) {
  for (const path of paths) state.expected.add(path);
  for (const shell of shells) state.editionShells.add(shell);
}

/**
 * Keeps one embed page (called by EmbedCopy.astro as a topic page renders a chart, and by
 * EmbedPart.astro as a topic's own shell page renders one its text does not place): written
 * now into its edition's shell when one is on disk, else at the end of the build.
 */
export function keepEmbedPage(page: EmbedPage & { edition: string }) {
  if (state.kept.has(page.path)) return;
  state.kept.add(page.path);
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
          const missing = [...state.expected].filter((path) => !state.kept.has(path));
          if (missing.length)
            throw new Error(
              `${missing.length} embed page${missing.length === 1 ? ' was' : 's were'} not rendered: ${missing.slice(0, 5).join(', ')}. ` +
                'Its chart looks placed in the text (src/lib/topic-page.ts, unplacedCharts) but did not render there: is its <Chart> inside a comment?',
            );
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
  state.kept.clear();
  state.expected.clear();
  state.editionShells.clear();
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
  for (const shell of state.editionShells) rmSync(fileOf(root, shell), { force: true });
  const count = state.waiting.length + [...state.written.values()].reduce((sum, { pages }) => sum + pages.length, 0);
  logger.info(
    `Embeds: wrote ${count} embed page${count === 1 ? '' : 's'}${rewritten ? ` (${rewritten} topic${rewritten === 1 ? '' : 's'} into a shell of its own)` : ''}`,
  );
}

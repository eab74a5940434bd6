import { writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chartImageTree, type Chart } from '../charts/registry';
import type { ChartContext } from '../charts/types';
import { chartImageSvg, type ChartImageFrame } from './chart-image';
import { pngFile } from './social-card';

/** The PNG's width in pixels: the wide drawing plus its margins, at twice the size for sharp screens. */
const pngScale = 2;

interface Download {
  svg: string;
  png: Promise<string>;
}

/** PNGs waiting for the image worker, started a few at a time so memory stays flat. */
const waiting: { svg: string; width: number; done: (file: Promise<string>) => void }[] = [];
let drawing = 0;
const limit = 2;
function pump(): void {
  while (waiting.length && drawing < limit) {
    const job = waiting.shift()!;
    drawing++;
    const file = pngFile(job.svg, job.width);
    job.done(file);
    const next = () => {
      drawing--;
      pump();
    };
    file.then(next, next);
  }
}
/** A PNG file, once the worker has room for it. */
function queuedPng(svg: string, width: number): Promise<string> {
  return new Promise<Promise<string>>((done) => {
    waiting.push({ svg, width, done });
    pump();
  }).then((file) => file);
}

/**
 * Each chart's image files by the folder they go in (`embed/<topic>/<chart>`, per edition), started when a page first draws the chart and
 * written next to its embed page when the build finishes. Shared through globalThis, since the
 * integration runs from the config's copy of this code and the pages from the build's.
 */
const downloads: Map<string, Download> = ((globalThis as Record<symbol, unknown>)[Symbol.for('news-explainer.chart-downloads')] ??= new Map()) as Map<
  string,
  Download
>;

/**
 * Starts a chart's downloads, once per build: the SVG now, the PNG on the image worker thread while
 * pages go on rendering. Returns false for charts that are HTML (stat grids), which have none.
 */
export function startChartDownloads(key: string, chart: Chart, context: ChartContext, frame: ChartImageFrame): boolean {
  if (downloads.has(key)) return true;
  const tree = chartImageTree(chart, context);
  if (!tree) return false;
  if (!import.meta.env.PROD) return true;
  const png = chartImageSvg(tree, frame, 'png');
  const width = Number(/width="([\d.]+)"/.exec(png)?.[1] ?? 720);
  downloads.set(key, { svg: chartImageSvg(tree, frame, 'svg'), png: queuedPng(png, Math.round(width * pngScale)) });
  return true;
}

/** Writes `chart.svg` and `chart.png` into each chart's embed folder, for every chart the build drew. */
export function chartDownloads(): AstroIntegration {
  return {
    name: 'chart-downloads',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const [key, download] of downloads) {
          const target = join(root, ...key.split('/'));
          mkdirSync(target, { recursive: true });
          writeFileSync(join(target, 'chart.svg'), download.svg);
          copyFileSync(await download.png, join(target, 'chart.png'));
        }
        logger.info(`Chart downloads: wrote ${downloads.size} SVG and PNG pairs`);
        downloads.clear();
      },
    },
  };
}

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chartImageTree, isDrawn, type Chart } from '../charts/registry';
import type { ChartContext } from '../charts/types';
import { chartImageFiles, type ChartImageFrame } from './chart-image';
import { buildShared } from './build-shared';
import { placeFiles } from './output-files';
import { pngFile, whenWorkerFree } from './social-card';

/** The PNG's width in pixels: the wide drawing plus its margins, at twice the size for sharp screens. */
const pngScale = 2;

/** Where finished downloads wait for the end of the build, by the hash of their drawing. */
const cache = join(process.cwd(), 'node_modules', '.cache', 'chart-downloads');

/** A chart's two files, once drawn: paths in the cache. */
interface Download {
  files: Promise<{ svg: string; png: string }>;
}

/**
 * Each chart's image files by the folder they go in (`embed/<topic>/<chart>`, per edition), shared
 * with the integration's copy of this code (build-shared.ts).
 */
const downloads = buildShared('chart-downloads', () => new Map<string, Download>());

/**
 * The drawings under way or done, by what they are drawn from: a chart shown on several pages (an
 * edition's copy of a topic, an archive's reused chart) is styled, outlined and rasterised once.
 */
const drawings = buildShared('chart-drawings', () => new Map<string, Promise<{ svg: string; png: string }>>());

/** Draws one chart's SVG (written to the cache now) and PNG (rendered on the image worker). */
function draw(chart: Chart, context: ChartContext, frame: ChartImageFrame): Promise<{ svg: string; png: string }> {
  const files = chartImageFiles(chartImageTree(chart, context)!, frame);
  mkdirSync(cache, { recursive: true });
  const svg = join(cache, `${createHash('sha256').update(files.svg).digest('hex').slice(0, 24)}.svg`);
  if (!existsSync(svg)) writeFileSync(svg, files.svg);
  return pngFile(files.png, Math.round(files.width * pngScale)).then((png) => ({ svg, png }));
}

/**
 * Queues a chart's downloads, once per build. Returns false for charts that are HTML (stat
 * grids), which have none.
 */
export function startChartDownloads(key: string, chart: Chart, context: ChartContext, frame: ChartImageFrame): boolean {
  if (!isDrawn(chart)) return false;
  if (!import.meta.env.PROD || downloads.has(key)) return true;
  // Drawn when the image worker has room: a drawing with its geometry inline and its text as
  // outlines is large, so none waits in memory. A failure is reported when the build writes the files.
  const input = createHash('sha256')
    .update(JSON.stringify([context.locale.tag, chart, frame]))
    .digest('hex');
  let files = drawings.get(input);
  if (!files) {
    files = whenWorkerFree(() => draw(chart, context, frame));
    files.catch(() => undefined);
    drawings.set(input, files);
  }
  downloads.set(key, { files });
  return true;
}

/** Writes `chart.svg` and `chart.png` into each chart's embed folder, for every chart the build drew. */
export function chartDownloads(): AstroIntegration {
  return {
    name: 'chart-downloads',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Every folder that shows a drawing, by the drawing's file: written once, linked for the rest.
        const places = new Map<string, string[]>();
        const place = (file: string, target: string) => {
          const targets = places.get(file);
          if (targets) targets.push(target);
          else places.set(file, [target]);
        };
        for (const [key, download] of downloads) {
          const target = join(root, ...key.split('/'));
          const { svg, png } = await download.files;
          place(svg, join(target, 'chart.svg'));
          place(png, join(target, 'chart.png'));
        }
        await placeFiles(places);
        logger.info(`Chart downloads: wrote ${downloads.size} SVG and PNG pairs`);
        downloads.clear();
        drawings.clear();
      },
    },
  };
}

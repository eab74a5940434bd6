import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeBaseLinks } from './rehype-base-links.mjs';
import { remarkCitations } from './remark-citations.mjs';
import { remarkMethods } from './remark-methods.mjs';
import { remarkTypography } from './remark-typography.mjs';

/**
 * @typedef {{ base: string, editions: Record<string, string> }} PipelineOptions
 * `base`: the deploy sub-path; `editions`: the folder of each edition not at the root, by language.
 */

/**
 * The site's Markdown and MDX pipeline: GitHub-flavoured Markdown (tables, footnotes) from
 * remark-gfm, typographer's quotes from our own plugin in place of Astro's slower SmartyPants,
 * citations and methods notes, and links kept inside the deploy base and the page's edition.
 * @param {PipelineOptions} options plain data, so a worker thread can build the same pipeline
 */
export function markdownPipeline(options) {
  return unified({
    gfm: false,
    smartypants: false,
    remarkPlugins: [remarkGfm, remarkTypography, remarkCitations, remarkMethods],
    rehypePlugins: [[rehypeBaseLinks, options]],
  });
}

/**
 * The pipeline for Astro's `markdown.processor`, with a build's MDX compiles spread over the
 * machine's cores. Compiling MDX is most of bundling, and the bundler runs every plugin on its one
 * JavaScript thread: at 1,000 topics that thread spent nine tenths of bundling's 30 s compiling,
 * with the second core mostly idle. A build hands files to worker threads, each with the same
 * pipeline, and keeps compiling here too; the preview (`astro dev`) compiles here, one file as it
 * is asked for. A file a worker cannot compile is compiled again here, so its error is the one the
 * writer would have had anyway (the file, the line, what is wrong). Measured in turns at 1,000
 * topics: 0.92 of the build's wall time, about 80 MiB more at its peak (docs/performance.md).
 * @param {PipelineOptions} options
 * @returns {import('astro').AstroConfig['markdown']['processor'] & { integration: import('astro').AstroIntegration }}
 */
export function markdownProcessor(options) {
  const processor = markdownPipeline(options);
  let building = false;
  const createHere = processor.createMdxRenderer.bind(processor);
  return Object.assign(processor, {
    /** Sets whether this is a build, which spreads its compiles (an integration knows; the config does not). */
    integration: {
      name: 'mdx-on-workers',
      hooks: {
        'astro:config:setup': ({ command }) => {
          building = command === 'build';
        },
      },
    },
    /**
     * @param {Parameters<typeof createHere>[0]} shared
     * @param {Parameters<typeof createHere>[1]} mdx
     */
    async createMdxRenderer(shared, mdx) {
      const here = await createHere(shared, mdx);
      const workers = building ? Math.min(availableParallelism() - 1, 3) : 0;
      if (workers < 1) return here;
      return compilePool(here, workers, { options, shared, mdx: { ...mdx, srcDir: mdx.srcDir?.toString() } });
    },
  });
}

/** How long a pool waits with nothing to compile before its threads exit and hand back their memory. */
const idleMs = 1000;

/**
 * An MDX renderer that compiles on `count` worker threads and on this one, whichever has the
 * fewest files waiting.
 *
 * The bundler calls its plugins from inside its own native call and does not return to Node's
 * event loop while it has other modules to work on, so a worker's answer, which the event loop
 * would deliver, waited until bundling had nothing else left (20 s at 1,000 topics). Answers are
 * therefore also collected by hand, each time the bundler asks for the next file.
 * @param {{ process(content: string, path: string, frontmatter: Record<string, unknown>): Promise<unknown> }} here
 * @param {number} count
 * @param {unknown} workerData what each worker builds its pipeline from
 */
function compilePool(here, count, workerData) {
  /** @typedef {{ worker: Worker, port: MessagePort, jobs: Map<number, { resolve(value: unknown): void, fail(): void }> }} Thread */
  /** @type {Thread[]} */
  let threads = [];
  let hereWaiting = 0;
  let next = 0;
  let broken = false;
  let answered = 0;
  /** @type {NodeJS.Timeout | undefined} */
  let idle;
  /** @param {Thread} thread @param {{ n: number, result?: unknown }} answer */
  const settle = (thread, { n, result }) => {
    const job = thread.jobs.get(n);
    if (!job) return;
    thread.jobs.delete(n);
    if (thread.jobs.size === 0) thread.worker.unref();
    if (result) {
      answered++;
      job.resolve(result);
    } else job.fail();
    if (threads.every((t) => t.jobs.size === 0)) idle = setTimeout(stop, idleMs).unref();
  };
  const collect = () => {
    for (const thread of threads) {
      let answer;
      while ((answer = receiveMessageOnPort(thread.port))) settle(thread, answer.message);
    }
  };
  const start = () =>
    Array.from({ length: count }, () => {
      const { port1: port, port2 } = new MessageChannel();
      const worker = new Worker(new URL('./mdx-worker.mjs', import.meta.url), { workerData: { ...workerData, port: port2 }, transferList: [port2] });
      /** @type {Thread} */
      const thread = { worker, port, jobs: new Map() };
      port.on('message', (answer) => settle(thread, answer));
      port.unref();
      // A thread that dies takes its files back to this one, and the build compiles here from then on.
      const lost = () => {
        threads = threads.filter((t) => t !== thread);
        for (const job of thread.jobs.values()) job.fail();
        thread.jobs.clear();
      };
      worker.on('error', () => {
        broken = true;
        lost();
      });
      worker.on('exit', lost);
      // It holds the build open only while it has files to answer.
      worker.unref();
      return thread;
    });
  const stop = () => {
    // A file sent since the timer was set keeps them.
    if (threads.some((t) => t.jobs.size > 0)) return;
    for (const { worker, port } of threads) {
      port.close();
      void worker.terminate();
    }
    threads = [];
  };
  return {
    /** How many files the worker threads have compiled. */
    get compiledOnThreads() {
      return answered;
    },
    /** @type {typeof here.process} */
    async process(content, path, frontmatter) {
      if (broken) return here.process(content, path, frontmatter);
      if (!threads.length) threads = start();
      collect();
      clearTimeout(idle);
      const least = threads.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
      // Two files queued keep a thread busy while this one compiles.
      if (least.jobs.size >= 2 && hereWaiting < least.jobs.size) {
        hereWaiting++;
        try {
          return await here.process(content, path, frontmatter);
        } finally {
          hereWaiting--;
        }
      }
      const n = next++;
      return new Promise((resolve, reject) => {
        least.jobs.set(n, { resolve, fail: () => here.process(content, path, frontmatter).then(resolve, reject) });
        least.worker.ref();
        least.worker.postMessage({ n, content, path, frontmatter });
      });
    },
  };
}

// A worker thread of a build's MDX compiler (src/lib/markdown.mjs): the site's own pipeline,
// built from the same options, compiling the files it is sent and answering on its own port. A
// file it cannot compile is answered without a result, and the build compiles it again on its
// main thread, for the error the writer reads.
import { parentPort, workerData } from 'node:worker_threads';
import { markdownPipeline } from './markdown.mjs';

const { options, shared, mdx, port } = workerData;
const renderer = await markdownPipeline(options).createMdxRenderer(shared, mdx);

parentPort.on('message', async ({ n, content, path, frontmatter }) => {
  let result;
  try {
    result = await renderer.process(content, path, frontmatter);
  } catch {
    result = undefined;
  }
  port.postMessage({ n, result });
});

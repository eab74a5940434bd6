// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { deployTarget } from './src/lib/deploy-target.mjs';

const { site, base } = deployTarget(process.env);

export default defineConfig({
  site,
  base,
  output: 'static',
  // Directory URLs (`/topics/siversk/`) work on every static host, S3 and GitHub Pages included.
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // The remark/rehype pipeline, with GitHub-flavoured Markdown (tables, footnotes) from remark-gfm.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});

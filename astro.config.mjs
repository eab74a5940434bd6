// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { deployTarget, siteGuard } from './src/lib/deploy-target.mjs';
import { markdownProcessor } from './src/lib/markdown.mjs';
import { designTokens } from './src/lib/vite-design-tokens.mjs';
import { contentValidation } from './src/lib/content-validation';
import { fonts } from './src/lib/fonts.mjs';
import { cspConfig } from './src/lib/csp.mjs';
import { searchIndex } from './src/lib/search-index';
import { staticHeaders } from './src/lib/static-headers';
import { chartAssets } from './src/lib/chart-assets';
import { socialCards } from './src/lib/social-cards-integration';
import { chartDownloads } from './src/lib/chart-downloads';
import { dataFiles } from './src/lib/data-files';
import { embedPages } from './src/lib/embed-pages';
import { siteConfig } from './site.config';
import { dropStaleContentCache } from './src/lib/content-cache.mjs';

/** The project's folder, for paths that must not match the same names elsewhere. */
const projectRoot = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
const { site, base } = deployTarget(process.env);
/** The folder of each edition not at the root, by language: { uk: 'uk' }. */
const editionFolders = Object.fromEntries(siteConfig.editions.filter((edition) => edition.path).map((edition) => [edition.language, edition.path]));
// The end-to-end tests build several variants side by side (sub-path, fixture content).
const outDir = process.env.OUT_DIR ?? 'dist';
// scripts/build.mjs builds into a scratch folder and swaps it in only when the build succeeded.
const buildDir = process.env.BUILD_DIR ?? outDir;
const contentDir = process.env.CONTENT_DIR ?? 'content';
const content = contentValidation(contentDir);
const cacheDir = outDir === 'dist' ? 'node_modules/.astro' : `node_modules/.astro-${outDir.replace(/\W/g, '-')}`;
// Content parsed under an older schema is parsed again (see src/lib/content-cache.mjs).
dropStaleContentCache(cacheDir);
const markdownPipeline = markdownProcessor({ base, editions: editionFolders });

export default defineConfig({
  site,
  base,
  output: 'static',
  outDir: buildDir,
  // Each variant keeps its own content cache, so building one never serves another's entries.
  ...(outDir === 'dist' ? {} : { cacheDir }),
  // Directory URLs (`/topics/siversk/`) work on every static host, S3 and GitHub Pages included.
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // No code blocks in news copy; Shiki's inline styles would also need a looser CSP.
    syntaxHighlight: false,
    // The remark/rehype pipeline (src/lib/markdown.mjs), its MDX compiled on every core in a build.
    processor: markdownPipeline,
  },
  integrations: [
    siteGuard(),
    markdownPipeline.integration,
    content,
    mdx({ optimize: true }),
    // Every built page except the not-found page, each with the date its content last changed.
    sitemap({
      // Every edition, each page with its translations as alternates (hreflang).
      i18n: {
        defaultLocale: siteConfig.editions[0].language,
        locales: Object.fromEntries(siteConfig.editions.map((edition) => [edition.path || edition.language, edition.tag])),
      },
      // Not the 404 page, not the embeds (copies of charts, marked noindex), and not an edition's
      // copy of an untranslated topic (its canonical is the original).
      filter: (page) => !/\/404\/?$/.test(page) && !/\/embed\//.test(page) && !content.isFallback(page),
      serialize: (item) => ({ ...item, lastmod: content.lastModified(item.url) }),
    }),
    chartAssets(),
    socialCards(),
    chartDownloads(),
    dataFiles(),
    // Before the steps that read the finished pages (search, headers): it writes the embed pages.
    embedPages(),
    searchIndex(),
    staticHeaders(),
  ],
  fonts,
  devToolbar: { enabled: false },
  security: { csp: cspConfig },
  vite: {
    plugins: [designTokens()],
    build: {
      // Scripts go to files of their own, never inline: cached once for every page, and out of the
      // HTML, which stays under its byte budget (and its CSP free of a hash per script). Other
      // assets keep Vite's rule (inline below 4 KB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's note about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
    server: {
      // Builds and benchmarks beside the project are not sources: the preview's file watcher
      // crawled a kept 1,000-topic benchmark (`npm run bench -- --keep`, 2.6 GB) before it
      // started, 19 s instead of 5. Only the project's own folders of those names: content outside
      // them (CONTENT_DIR) is watched whatever its path.
      watch: {
        ignored: ['.bench', 'dist', 'dist-*', '*.building', '*.previous', 'test-results', 'playwright-report'].map((name) => `${projectRoot}/${name}/**`),
      },
    },
  },
});

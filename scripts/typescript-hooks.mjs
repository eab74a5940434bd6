// Lets plain Node load the site's own TypeScript (the content checks and what they import) without
// a bundler: Node 24 erases the types itself; this hook resolves the extension-less relative imports
// the source uses (`./read` to `./read.ts`, `../schemas` to `../schemas/index.ts`) as Vite does.
// Loading the checks this way takes 0.4 s and a fifth of the memory of Vite's module runner, which
// is what lets the build run them in a process of their own, beside Astro (scripts/build.mjs).
//
//   import './typescript-hooks.mjs'; const checks = await import('../src/validate/index.ts');
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

const suffixes = ['.ts', '/index.ts', '.mjs', '.js'];

registerHooks({
  resolve(specifier, context, nextResolve) {
    // Only our own TypeScript writes imports this way; packages resolve as they always do.
    if (/^\.{1,2}\//.test(specifier) && !/\.(?:[cm]?[jt]s|json)$/.test(specifier) && context.parentURL?.endsWith('.ts')) {
      for (const suffix of suffixes) {
        const url = new URL(specifier + suffix, context.parentURL);
        if (existsSync(fileURLToPath(url))) return nextResolve(url.href, context);
      }
    }
    return nextResolve(specifier, context);
  },
});

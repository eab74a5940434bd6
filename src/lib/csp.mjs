/**
 * The Content-Security-Policy every page carries. Astro adds the hashes of the scripts and styles
 * it emits to `script-src` and `style-src`; these are the other directives, kept strict: nothing
 * loads from another origin, no plugin, no inline handler, no `eval`. Search runs Pagefind's
 * WebAssembly, which needs `'wasm-unsafe-eval'` (WebAssembly compilation only, not `eval`).
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** @type {import('astro').AstroUserConfig['security']['csp']} */
export const cspConfig = {
  algorithm: 'SHA-256',
  directives: cspDirectives,
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  styleDirective: { resources: ["'self'"] },
};

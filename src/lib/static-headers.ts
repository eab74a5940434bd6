import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages, eachFile } from './built-pages';

/**
 * What a `<meta>` policy cannot say, and what every response should carry anyway. `frame-ancestors`
 * only works as a header; the rest are not CSP at all.
 */
export const securityHeaders: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Files whose names carry their content hash never change: cache them for a year. */
const immutable = 'public, max-age=31536000, immutable';
/** Everything else may change with the next build: let caches keep it briefly, then ask again. */
const revalidate = 'public, max-age=300, must-revalidate';

/** The policy Astro wrote into a page's `<meta http-equiv="content-security-policy">`. */
export function metaPolicy(html: string): string | undefined {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  return meta?.[1]
    ?.replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * One policy for every page: each page's own directives, with the sources of the same directive
 * merged across pages (the hashes of every inline script and style the site emits). The header and
 * the page's `<meta>` are both enforced, so each page still runs only its own hashes.
 */
export function mergePolicies(policies: string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)) {
      const [name, ...sources] = directive.split(/\s+/);
      if (!directives.has(name!)) directives.set(name!, new Set());
      for (const source of sources) directives.get(name!)!.add(source);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Pages other sites may show in a frame: the embeds, and nothing else. */
export const framable = 'embed/';
const noFraming: [string, string] = ['Content-Security-Policy', "frame-ancestors 'none'"];

/**
 * The header rules, as `[path pattern, [name, value][]]`, for a site served under `base`. Every page
 * gets the policy; every section but the embeds also gets a second policy that refuses framing
 * (browsers enforce both, and a host that joins the two values with a comma sends the same two
 * policies). `sections` are the patterns under `base` that hold pages: `topics/*`, `404.html`...
 */
export function headerRules(policy: string, base: string, sections: string[]): [string, [string, string][]][] {
  return [
    // No Cache-Control here: Netlify and Cloudflare merge every matching rule, and a page rule's
    // value would be joined to the asset rules' below. Their default for pages is to revalidate.
    [`${base}*`, [['Content-Security-Policy', policy], ...securityHeaders]],
    ...sections.filter((section) => !section.startsWith(framable)).map((section): [string, [string, string][]] => [`${base}${section}`, [noFraming]]),
    [`${base}_astro/*`, [['Cache-Control', immutable]]],
    [`${base}_charts/*`, [['Cache-Control', immutable]]],
    [`${base}pagefind/fragment/*`, [['Cache-Control', immutable]]],
    [`${base}pagefind/index/*`, [['Cache-Control', immutable]]],
  ];
}

/** The patterns under the base that hold pages, from the build's top level: each folder, and each page file. */
export function pageSections(root: string): string[] {
  const assets = new Set(['_astro', '_charts', 'pagefind']);
  return [
    '',
    ...readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
      if (entry.isDirectory()) return assets.has(entry.name) ? [] : [`${entry.name}/*`];
      return entry.name.endsWith('.html') ? [entry.name] : [];
    }),
  ];
}

/** Netlify's and Cloudflare Pages' `_headers` format. */
export function netlifyHeaders(rules: ReturnType<typeof headerRules>): string {
  return rules.map(([path, headers]) => `${path}\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}`).join('\n\n') + '\n';
}

/** The same headers for nginx: `include` this file inside the site's `location`. */
export function nginxHeaders(rules: ReturnType<typeof headerRules>, base: string): string {
  const [first, ...rest] = rules;
  const assets = rest.filter(([, headers]) => headers.some(([name]) => name === 'Cache-Control'));
  const framed = first![1];
  // nginx sends one CSP per location here: the policy with frame-ancestors, except for embeds.
  const page = framed.map(([name, value]): [string, string] =>
    name === 'Content-Security-Policy' ? [name, `${value}; frame-ancestors 'none'`] : [name, value],
  );
  const add = (headers: [string, string][]) => headers.map(([name, value]) => `  add_header ${name} "${value.replace(/"/g, '\\"')}" always;`).join('\n');
  const assetBlocks = assets.map(([path, headers]) => `location ^~ ${path.replace(/\*$/, '')} {\n${add([...page, ...headers])}\n}`);
  return [
    `# Generated by npm run build: the security and cache headers for ${base}. Include it in the server block:`,
    `#   include /path/to/dist/_headers.nginx.conf;`,
    `# nginx drops inherited add_header lines in a location that has its own, so each repeats them.`,
    `location ^~ ${base} {\n${add([...page, ['Cache-Control', revalidate]])}\n  try_files $uri $uri/index.html =404;\n}`,
    `# Embeds: the only pages another site may frame.`,
    `location ^~ ${base}${framable} {\n${add([...framed, ['Cache-Control', revalidate]])}\n  try_files $uri $uri/index.html =404;\n}`,
    `# Build artefacts that are not for readers.`,
    `location = ${base}_headers { return 404; }`,
    `location = ${base}_headers.nginx.conf { return 404; }`,
    ...assetBlocks,
    '',
  ].join('\n');
}

/**
 * Writes `_headers` (Netlify, Cloudflare Pages) and `_headers.nginx.conf` next to the pages, both
 * from the policies the pages actually carry, so the header and the meta tag cannot drift apart.
 */
export function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = builtPages(root);
        // Only each page's head is decoded, where the policy is: the whole of 5,000 pages read as
        // text held half a gigabyte at the end of an archive's build.
        const policies = eachFile(pages, (html) => {
          const head = html.indexOf('</head>');
          return metaPolicy(html.toString('utf8', 0, head < 0 ? html.length : head));
        });
        const missing = pages.filter((_, i) => !policies[i]);
        if (missing.length) throw new Error(`These pages have no Content-Security-Policy: ${missing.join(', ')}`);
        const rules = headerRules(mergePolicies(policies as string[]), base, pageSections(root));
        writeFileSync(join(root, '_headers'), netlifyHeaders(rules));
        writeFileSync(join(root, '_headers.nginx.conf'), nginxHeaders(rules, base));
        logger.info(`Headers: wrote _headers and _headers.nginx.conf for ${pages.length} pages`);
      },
    },
  };
}

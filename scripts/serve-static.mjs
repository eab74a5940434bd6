// Serves dist/ the way a plain static host (S3, GitHub Pages, nginx) does: files only, a directory's
// index.html, 404.html with status 404 for anything missing, everything under BASE. No rewrites, so
// a link that is broken in production is broken here too. It applies the build's `_headers` file as
// Netlify and Cloudflare Pages do, so the tests see the Content-Security-Policy readers will get, and
// gzips text as they do, so Lighthouse measures the bytes readers download.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.conf': 'text/plain; charset=utf-8',
};

/**
 * The rules of a `_headers` file: a path pattern (`*` matches anything) and its headers. As on
 * Netlify, every matching rule applies and a header set twice is joined with a comma.
 * @param {string} text
 * @returns {{ pattern: RegExp, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** @param {ReturnType<typeof parseHeadersFile>} rules @param {string} pathname */
function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules.filter((r) => r.pattern.test(pathname))) {
    for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

async function resolveFile(root, pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isFile()) return path;
  if (info?.isDirectory() && pathname.endsWith('/')) {
    const index = join(path, 'index.html');
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return null;
}

/** Text compresses; fonts, images and wasm are compressed already. */
const compressible = new Set(['.html', '.css', '.js', '.svg', '.csv', '.xml', '.json', '.txt', '.conf']);

/** Sends a file, gzipped when the client accepts it, as every static host and CDN does for text. */
function send(request, response, status, file, headers = {}) {
  const type = types[extname(file)] ?? 'application/octet-stream';
  const gzip = compressible.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(status, { ...headers, 'Content-Type': type, Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
}

/**
 * Serves the build in `dir` under the sub-path `base` on 127.0.0.1:`port`.
 * @param {{ dir?: string, base?: string, port?: number }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function serveStatic({ dir = 'dist', base = '/', port = 4322 } = {}) {
  const root = join(fileURLToPath(new URL('../', import.meta.url)), dir, '/');
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = pathname.startsWith(prefix) ? await resolveFile(root, `/${pathname.slice(prefix.length)}`) : null;
    if (file) return send(request, response, 200, file, headersFor(rules, pathname));
    const notFound = join(root, '404.html');
    if ((await stat(notFound).catch(() => null))?.isFile()) return send(request, response, 404, notFound, headersFor(rules, `${prefix}404.html`));
    response.writeHead(404).end('Not found');
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      console.log(`Serving ${dir}/ at http://127.0.0.1:${port}${prefix}`);
      resolve(server);
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  serveStatic({ dir: process.env.OUT_DIR ?? 'dist', base: process.env.BASE ?? '/', port: Number(process.env.PORT ?? 4322) });
}

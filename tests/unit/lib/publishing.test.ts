import { readFileSync, rmSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { deployTarget, siteCheck } from '../../../src/lib/deploy-target.mjs';
import { headerRules, mergePolicies, metaPolicy, netlifyHeaders, nginxHeaders } from '../../../src/lib/static-headers';
import { parseHeadersFile } from '../../../scripts/serve-static.mjs';
import { pngFile, socialCardDrawing, socialCardFile, socialCardSvg, wrap } from '../../../src/lib/social-card';
import { referencedFiles } from '../../../src/lib/chart-assets';
import { unitWidth } from '../../../src/lib/font-faces';

describe('where the site will live', () => {
  it('keeps a sub-path in BASE and refuses one in SITE', () => {
    expect(deployTarget({ SITE: 'https://news.example.org', BASE: 'explainers' })).toEqual({
      site: 'https://news.example.org',
      base: '/explainers/',
      siteIsDefault: false,
    });
    expect(() => deployTarget({ SITE: 'https://news.example.org/explainers' })).toThrow(/put the sub-path in BASE/);
    expect(() => deployTarget({ SITE: 'ftp://news.example.org' })).toThrow(/http\(s\) origin/);
  });

  it('lets a local build use the default SITE, warns a production one and stops a strict one', () => {
    expect(siteCheck({}).level).toBe('ok');
    expect(siteCheck({ CI: 'true' }).level).toBe('warn');
    expect(siteCheck({ NODE_ENV: 'production' }).message).toMatch(/SITE is not set.*SITE=https:\/\/news\.example\.org/s);
    expect(siteCheck({ STRICT_SITE: '1' }).level).toBe('fail');
    expect(siteCheck({ STRICT_SITE: '1', SITE: 'https://news.example.org' }).level).toBe('ok');
  });
});

describe('security headers', () => {
  const page = (scripts: string) =>
    `<meta http-equiv="content-security-policy" content="default-src 'self'; object-src 'none'; script-src 'self' ${scripts}; style-src 'self' 'sha256-s1='">`;

  it('reads the policy Astro wrote into a page', () => {
    expect(metaPolicy(page("'sha256-a='"))).toBe("default-src 'self'; object-src 'none'; script-src 'self' 'sha256-a='; style-src 'self' 'sha256-s1='");
    expect(metaPolicy('<meta charset="utf-8">')).toBeUndefined();
  });

  it('merges pages into one header policy that allows each page its own hashes and nothing else', () => {
    const merged = mergePolicies([metaPolicy(page("'sha256-a='"))!, metaPolicy(page("'sha256-b='"))!]);
    expect(merged).toBe("default-src 'self'; object-src 'none'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-s1='");
  });

  it('writes _headers that refuse framing except for embeds, and long caching only for hashed assets', () => {
    const text = netlifyHeaders(headerRules("script-src 'self'", '/explainers/', ['', 'topics/*', 'embed/*', '404.html']));
    const rules = parseHeadersFile(text);
    const forPath = (path: string) => rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers);
    const policies = (path: string) =>
      forPath(path)
        .filter(([name]) => name === 'Content-Security-Policy')
        .map(([, value]) => value);
    expect(policies('/explainers/topics/siversk/')).toEqual(["script-src 'self'", "frame-ancestors 'none'"]);
    expect(policies('/explainers/')).toEqual(["script-src 'self'", "frame-ancestors 'none'"]);
    expect(policies('/explainers/404.html')).toEqual(["script-src 'self'", "frame-ancestors 'none'"]);
    expect(policies('/explainers/embed/siversk/claim-map/')).toEqual(["script-src 'self'"]);
    expect(forPath('/explainers/topics/siversk/').some(([name]) => name === 'Cache-Control')).toBe(false);
    expect(forPath('/explainers/_astro/page.abc123.js')).toContainEqual(['Cache-Control', 'public, max-age=31536000, immutable']);
    expect(forPath('/other/')).toEqual([]);
  });

  it('writes the same headers for nginx, repeated in each location because nginx does not inherit them', () => {
    const conf = nginxHeaders(headerRules("script-src 'self'", '/explainers/', ['', 'topics/*', 'embed/*']), '/explainers/');
    expect(conf).toContain('location ^~ /explainers/ {');
    expect(conf).toContain('location ^~ /explainers/_astro/ {');
    expect(conf.match(/add_header Content-Security-Policy "script-src 'self'; frame-ancestors 'none'" always;/g)).toHaveLength(5);
    // Embeds alone may be framed.
    expect(conf).toMatch(/location \^~ \/explainers\/embed\/ \{\n {2}add_header Content-Security-Policy "script-src 'self'" always;/);
  });
});

describe('social cards', () => {
  it('wraps a headline to the width and ends a cut one with an ellipsis', () => {
    const { lines, truncated } = wrap('The peace talks: who is negotiating, what is on the table and where the sides stand', 'serif', 700, 64, 640, 3);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
    for (const line of lines) expect(unitWidth(line, 'serif', 700) * 64).toBeLessThanOrEqual(640);
  });

  it('draws every word as an outline, so the renderer needs no fonts', () => {
    const svg = socialCardSvg({
      site: 'Newsroom',
      label: 'Ongoing',
      title: 'A <headline> & more',
      dek: 'One sentence.',
      figure: { value: '12 km', caption: 'moved' },
    });
    expect(svg).not.toMatch(/<text/);
    expect(svg).toContain('<title>A &#60;headline&#62; &#38; more</title>');
    expect(svg.match(/<path /g)!.length).toBeGreaterThanOrEqual(5);
  });

  it('draws image after image without keeping them in memory', { timeout: 60_000 }, async () => {
    // Each 1440 × 1320 image is 7.6 MB of pixels; a worker that kept them grew by 15 MB an image.
    const drawing = (n: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="660"><rect width="720" height="660" fill="#f6f4ef"/><circle cx="${n * 10}" cy="330" r="200" fill="#b3001b"/></svg>`;
    const before = process.memoryUsage().rss;
    const files = await Promise.all(Array.from({ length: 60 }, (_, n) => pngFile(drawing(n), 1440)));
    const grownMb = (process.memoryUsage().rss - before) / 2 ** 20;
    const png = readFileSync(files[0]!);
    for (const file of files) rmSync(file);
    expect(png.readUInt32BE(16)).toBe(1440);
    expect(new Set(files).size).toBe(60);
    expect(grownMb).toBeLessThan(300);
  });
});

/** The pixels of one of our PNG files as RGBA (cards are RGB: opaque): one IDAT chunk, every row unfiltered. */
function pngPixels(png: Buffer): { width: number; height: number; pixels: Buffer } {
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const channels = { 2: 3, 6: 4 }[png[25]!]!;
  let offset = 8;
  while (png.toString('latin1', offset + 4, offset + 8) !== 'IDAT') offset += 12 + png.readUInt32BE(offset);
  const raw = inflateSync(png.subarray(offset + 8, offset + 8 + png.readUInt32BE(offset)));
  const stride = width * channels;
  const pixels = Buffer.alloc(width * height * 4, 255);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (stride + 1)]).toBe(0);
    for (let x = 0; x < width; x++) raw.copy(pixels, (y * width + x) * 4, y * (stride + 1) + 1 + x * channels, y * (stride + 1) + 1 + (x + 1) * channels);
  }
  return { width, height, pixels };
}

describe('social cards', () => {
  it('stamps the words and copies the map into each card as resvg draws the card whole', { timeout: 30_000 }, async () => {
    const place = (id: string, name: string, latitude: number, longitude: number) => ({
      id,
      name,
      names: {},
      alternateNames: [],
      kind: 'town' as const,
      oblast: 'Donetsk',
      latitude,
      longitude,
      provenance: { coordinates: { gazetteer: 'geonames' as const, record: name }, names: 'test' },
    });
    const card = {
      site: 'Newsroom',
      label: 'Developing story',
      title: 'Siversk: what the loss of the town means',
      dek: 'Russian forces took the town after months of fighting.',
      figure: { value: '12 km', caption: 'Russian advance' },
      places: [place('siversk', 'Siversk', 48.87, 38.1), place('kramatorsk', 'Kramatorsk', 48.72, 37.56)],
    };
    const file = await socialCardFile(card);
    const copied = pngPixels(readFileSync(file));
    rmSync(file);
    // resvg hands out a fresh copy of its pixels on each read of `pixels`: read once.
    const whole = new Resvg(socialCardSvg(card), { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render().pixels;
    expect([copied.width, copied.height]).toEqual([1200, 630]);
    // The words: each glyph is stamped at the nearest quarter pixel, resvg's own sampling grid, so
    // an edge may be a quarter pixel off; nothing else differs.
    let off = 0;
    let worst = 0;
    for (let i = 0; i < copied.pixels.length; i++) {
      const difference = Math.abs(copied.pixels[i]! - whole[i]!);
      worst = Math.max(worst, difference);
      if (difference > 8) off++;
    }
    expect(worst).toBeLessThanOrEqual(96);
    expect(off / copied.pixels.length).toBeLessThan(0.01);
    // The map is there, exactly as drawn in place; without the inset the card differs there.
    const plain = new Resvg(socialCardDrawing(card).svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render().pixels;
    const mapArea = (pixels: Buffer) =>
      Buffer.concat(Array.from({ length: 300 }, (_, y) => pixels.subarray(((165 + y) * 1200 + 780) * 4, ((165 + y) * 1200 + 1130) * 4)));
    expect(Buffer.compare(mapArea(copied.pixels), mapArea(whole))).toBe(0);
    expect(Buffer.compare(mapArea(copied.pixels), mapArea(plain))).not.toBe(0);
  });
});

describe('chart files', () => {
  it('finds every geometry file a page references, under any base, and nothing else', () => {
    const page = Buffer.from(
      '<p>Сіверськ</p><svg><use href="/news/_charts/0123456789abcdef.svg#c"/><use href="/_charts/fedcba9876543210.svg#i"/></svg>' +
        '<a href="/_charts/">folder</a><img src="/_charts/0123456789abcdeg.svg">',
    );
    expect(referencedFiles(page)).toEqual(['0123456789abcdef.svg', 'fedcba9876543210.svg']);
  });
});

// `npm run new -- "What next for Kramatorsk"` (or `npm run new` and answer the question): writes
// content/topics/<slug>.mdx, a draft with one example of every chart kind. Every piece of text a
// writer must change starts with "REPLACE:", and `npm run check` lists each one until it is gone.
//
//   npm run new -- "Headline"                      slug derived from the headline
//   npm run new -- "Headline" --slug my-slug       slug chosen
//   npm run new-topic -- my-slug "Headline"        the older form, still accepted
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline/promises';

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Ukrainian letters in the national romanisation (2010), so a Ukrainian headline gets a readable address. */
const ukrainian = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ъ: '',
  ы: 'y',
  э: 'e',
  ё: 'io',
};

/** A page address from a headline: "What next for Kramatorsk?" -> what-next-for-kramatorsk. */
export function slugify(headline) {
  const words = headline
    .toLowerCase()
    .replace(/[а-яєіїґёъыэ]/g, (c) => ukrainian[c] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    if (slug && `${slug}-${word}`.length > 60) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  return slug;
}

/** The ids of a registry's files (content/sources, content/places), so the template cites real ones. */
function ids(dir, count) {
  try {
    return readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .slice(0, count)
      .map((name) => name.replace(/\.ya?ml$/, ''));
  } catch {
    return [];
  }
}

/** The template: a draft that builds, shows every chart kind, and fails check until each REPLACE: is replaced. */
export function template({ title, today, sources, places, layers = [] }) {
  const [source = 'replace-with-a-source-id', second = source] = sources;
  const [place = 'replace-with-a-place-id', other = place] = places;
  return `---
# A new explainer. Fields are explained in docs/writing.md; every "REPLACE:" must become your own words.
title: ${JSON.stringify(title)}
dek: "REPLACE: one sentence that says what this page explains."
published: ${today}
updated: ${today}
authors: ["REPLACE: your name"]
tags: []
# While draft is true the page shows only in the preview (npm run dev), with a banner.
draft: true
status: developing        # developing, ongoing, concluded or background
sources: [${[...new Set([source, second])].join(', ')}]   # ids of files in content/sources/
places: [${[...new Set([place, other])].join(', ')}]      # ids of files in content/places/
related: []               # file names of other topics, without .mdx
corrections: []           # { date: YYYY-MM-DD, text: "What was wrong and what it now says." }
charts:
  # Key numbers: the first chart on every explainer.
  key-facts:
    type: stats
    title: "REPLACE: what these numbers are about"
    takeaway: "REPLACE: what they add up to, in one sentence."
    asOf: ${today}
    sources: [${source}]
    items:
      - { value: 12, unit: km, label: "REPLACE: what this number counts", source: ${source} }
      - { value: 41, qualifier: about, unit: months, label: "REPLACE: what this one counts", source: ${source} }
  # Dated events. status: confirmed (say confirmedBy), claimed (claimedBy), disputed (claimedBy, deniedBy) or unverified.
  events:
    type: timeline
    title: "REPLACE: how it unfolded"
    takeaway: "REPLACE: the pattern in the dates."
    asOf: ${today}
    sources: [${source}]
    events:
      - { date: ${today}, label: "REPLACE: what happened", status: confirmed, confirmedBy: "REPLACE: who confirms it", source: ${source} }
      - { date: ${today}, kind: statement, by: "REPLACE: who said it", label: "REPLACE: what they said", source: ${source} }
  # Quantities side by side. With unit "%" each bar sits on a 0-100% track.
  comparison:
    type: bar
    title: "REPLACE: what is compared"
    takeaway: "REPLACE: what the comparison shows."
    unit: drones
    asOf: ${today}
    sources: [${source}]
    bars:
      - { label: "REPLACE: first quantity", value: 600, source: ${source} }
      - { label: "REPLACE: second quantity", value: 40, qualifier: more-than, source: ${source} }
  # A series over time: at least three observed points (two reports are a "change" chart, below).
  trend:
    type: line
    title: "REPLACE: what changed over time"
    takeaway: "REPLACE: the direction of the change."
    unit: km
    asOf: ${today}
    sources: [${source}]
    series:
      - label: "REPLACE: the series"
        source: ${source}
        points: [{ date: 2025-01-01, value: 0 }, { date: 2025-06-01, value: 5 }, { date: ${today}, value: 12 }]
  # Two reported values and the change between them, with no path invented in between.
  from-to:
    type: change
    title: "REPLACE: from one report to the next"
    takeaway: "REPLACE: how much it changed."
    unit: km
    asOf: ${today}
    sources: [${source}]
    items:
      - label: "REPLACE: what changed"
        from: { value: 0, date: 2025-01-01, source: ${source} }
        to: { value: 12, date: ${today}, source: ${source} }
  # Places from the gazetteer, with oblast borders; lines measure distances and compare them with reports.
  area:
    type: map
    title: "REPLACE: where it happened"
    takeaway: "REPLACE: what the map shows."
    asOf: ${today}
    sources: [${source}]
    places: [${[...new Set([place, other])].join(', ')}]${layers.length ? `\n    layers: [${layers.join(', ')}]` : ''}
---

REPLACE: open with two or three sentences that say what happened and why it matters. Cite each fact [@${source}].

<Chart id="key-facts" />

## REPLACE: a heading for what happened

REPLACE: attribute every figure: "according to Ukraine's General Staff, as reported by Euronews".

<Chart id="events" />

<Chart id="comparison" />

<Chart id="trend" />

<Chart id="from-to" />

<Chart id="area" />

## What we don't know

REPLACE: say where the reporting is thin or the sources disagree.
`;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

async function ask(question) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await prompt.question(question)).trim();
  } finally {
    prompt.close();
  }
}

async function main(argv) {
  const args = [...argv];
  const slugAt = args.indexOf('--slug');
  let slug = slugAt >= 0 ? args.splice(slugAt, 2)[1] : undefined;
  // The older form: a slug, then the headline's words.
  if (!slug && args.length > 1 && slugPattern.test(args[0])) slug = args.shift();
  let title = args.join(' ').trim();
  if (!title && process.stdin.isTTY) title = await ask('Headline of the new explainer: ');
  if (!title) fail('Usage: npm run new -- "Headline of the explainer" [--slug page-address]');
  slug ??= slugify(title);
  if (!slug || !slugPattern.test(slug)) {
    fail(`"${slug ?? ''}" cannot be a page address: use lower-case words joined by hyphens, e.g. --slug kramatorsk-front`);
  }
  const contentDir = process.env.CONTENT_DIR ?? 'content';
  const file = join(contentDir, 'topics', `${slug}.mdx`);
  if (existsSync(file)) fail(`${file} already exists; pick another headline or --slug, or edit that file.`);
  const today = new Date().toISOString().slice(0, 10);
  const layers = ids(join(contentDir, 'geo'), 10).filter((id) => id === 'oblasts');
  writeFileSync(file, template({ title, today, sources: ids(join(contentDir, 'sources'), 2), places: ids(join(contentDir, 'places'), 2), layers }));
  const base = `/${(process.env.BASE ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  console.log(`Created ${file}, a draft.
  1. Run npm run dev and open http://localhost:4321${base}topics/${slug}/ to see it as you write.
  2. Replace every "REPLACE:" with your own words; npm run check lists those left.
  3. Set draft: false when the page is ready to publish. The guide: docs/writing.md`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await main(process.argv.slice(2));
}

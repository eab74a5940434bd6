// `npm run new-topic -- <slug> "Headline"`: writes a ready-to-edit explainer with every required
// field, so a writer starts from a page that builds rather than from a blank file.
import { existsSync, writeFileSync } from 'node:fs';

const [slug, ...titleWords] = process.argv.slice(2);
if (!slug || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
  console.error('Usage: npm run new-topic -- <slug> "Headline"\n  <slug> is the page address: lower-case words joined by hyphens, e.g. kramatorsk-front');
  process.exit(1);
}
const file = `content/topics/${slug}.mdx`;
if (existsSync(file)) {
  console.error(`${file} already exists; pick another slug or edit that file.`);
  process.exit(1);
}
const title = titleWords.join(' ') || 'Headline goes here';
const today = new Date().toISOString().slice(0, 10);
writeFileSync(
  file,
  `---
title: ${JSON.stringify(title)}
dek: "One sentence that tells the reader what this page explains."
published: ${today}
updated: ${today}
authors: ["Newsroom staff"]
tags: []
status: developing
sources: [gs-ukraine-2025-12-23]   # ids of files in content/sources/
places: []                          # ids of files in content/places/
related: []                         # slugs of other topics
corrections: []
charts:
  key-facts:
    type: stats
    title: "Key facts"
    takeaway: "What these numbers add up to, in one line."
    asOf: ${today}
    sources: [gs-ukraine-2025-12-23]
    items:
      - { value: 1, unit: "", label: "what this number counts", source: gs-ukraine-2025-12-23 }
---

Open with two or three sentences that say what happened and why it matters.

<Chart id="key-facts" />

## What happened

Attribute every figure: "according to Ukraine's General Staff, as reported by Euronews".

## What we don't know

Say where the reporting is thin or the sources disagree.
`,
);
console.log(`Created ${file}. Preview it with \`npm run dev\` and open http://localhost:4321/topics/${slug}/`);

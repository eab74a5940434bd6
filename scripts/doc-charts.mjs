// `npm run docs:charts`: draws every chart example of docs/writing.md to docs/charts/<name>.svg, so
// the guide shows what each block of YAML makes. A test fails when an image is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./src/lib/doc-charts.ts', { configFile: false, logLevel: 'silent' });
mkdirSync('docs/charts', { recursive: true });
for (const [name, svg] of Object.entries(module.renderExamples(readFileSync('docs/writing.md', 'utf8')))) {
  writeFileSync(`docs/charts/${name}.svg`, `${svg}\n`);
  console.log(`docs/charts/${name}.svg`);
}

// `npm run schemas`: writes schemas/<name>.schema.json from the Zod schemas (src/lib/json-schemas.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./src/lib/json-schemas.ts', { configFile: false, logLevel: 'silent' });
mkdirSync('schemas', { recursive: true });
for (const [name, schema] of Object.entries(module.jsonSchemas())) {
  writeFileSync(`schemas/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`schemas/${name}.schema.json`);
}
writeFileSync('docs/fields.md', module.fieldReference());
console.log('docs/fields.md');

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldReference, jsonSchemas } from '../../../src/lib/json-schemas';

const generated = jsonSchemas();

describe('editor schemas', () => {
  it('are up to date with the Zod schemas (run npm run schemas after changing a schema)', () => {
    for (const [name, schema] of Object.entries(generated)) {
      expect(JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8')), `schemas/${name}.schema.json`).toEqual(schema);
    }
  });

  it('and the field reference docs/fields.md are up to date too', () => {
    expect(readFileSync('docs/fields.md', 'utf8')).toBe(fieldReference(generated));
  });

  it('describe each field in the words of its schema file, and dates as YYYY-MM-DD text', () => {
    const topic = generated.topic as { properties: Record<string, { description?: string; pattern?: string; enum?: string[] }> };
    expect(topic.properties.title!.description).toBe('The headline.');
    expect(topic.properties.status!.enum).toEqual(['developing', 'ongoing', 'concluded', 'background']);
    expect(topic.properties.published!.pattern).toBe('^\\d{4}-\\d{2}-\\d{2}$');
    const source = generated.source as { properties: Record<string, { description?: string }>; required: string[] };
    expect(source.required).toEqual(expect.arrayContaining(['outlet', 'kind']));
    expect(Object.values(source.properties).filter((p) => p.description).length).toBeGreaterThan(10);
  });

  it('offer each chart kind by its type', () => {
    const charts = (generated.topic as { properties: { charts: { additionalProperties: { anyOf: { properties: { type: { const: string } } }[] } } } })
      .properties.charts;
    expect(charts.additionalProperties.anyOf.map((kind) => kind.properties.type.const).sort()).toEqual(['bar', 'change', 'line', 'map', 'stats', 'timeline']);
  });
});

describe('the sample content, checked as an editor would check it', async () => {
  const { Ajv } = await import('ajv');
  const { parse } = await import('yaml');
  const { readdirSync } = await import('node:fs');
  const { parseFrontmatter } = await import('@astrojs/markdown-remark');
  const ajv = new Ajv({ allErrors: true, strict: false });
  const folders: [string, string][] = [
    ['sources', 'source'],
    ['places', 'place'],
    ['figures', 'figure'],
    ['glossary', 'glossary'],
    ['geo', 'geo-layer'],
  ];

  for (const [folder, name] of folders) {
    it(`every content/${folder}/*.yaml passes ${name}.schema.json: no false alarms while typing`, () => {
      const validate = ajv.compile(generated[name]!);
      for (const file of readdirSync(`content/${folder}`).filter((f) => f.endsWith('.yaml'))) {
        const ok = validate(parse(readFileSync(`content/${folder}/${file}`, 'utf8'), { schema: 'core' }));
        expect(validate.errors ?? [], `${folder}/${file}`).toEqual([]);
        expect(ok).toBe(true);
      }
    });
  }

  it('every translation’s frontmatter passes translation.schema.json, and a number among its words does not', () => {
    const validate = ajv.compile(generated.translation!);
    for (const file of readdirSync('content/topics/uk')) {
      const { rawFrontmatter } = parseFrontmatter(readFileSync(`content/topics/uk/${file}`, 'utf8'));
      const data = parse(rawFrontmatter, { schema: 'core' });
      validate(data);
      expect(validate.errors ?? [], file).toEqual([]);
      expect(validate({ ...data, translatedFrom: 'yesterday' })).toBe(false);
    }
  });

  it('every topic’s frontmatter passes topic.schema.json, and a wrong status does not', () => {
    const validate = ajv.compile(generated.topic!);
    for (const file of readdirSync('content/topics').filter((name) => name.endsWith('.mdx'))) {
      const { rawFrontmatter } = parseFrontmatter(readFileSync(`content/topics/${file}`, 'utf8'));
      const data = parse(rawFrontmatter, { schema: 'core' });
      validate(data);
      expect(validate.errors ?? [], file).toEqual([]);
      expect(validate({ ...data, status: 'develop' })).toBe(false);
    }
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { z } from 'astro/zod';
import { chartKinds } from '../charts/registry';
import { figureSchema } from '../schemas/figure';
import { geoLayerSchema } from '../schemas/geo';
import { glossarySchema } from '../schemas/glossary';
import { placeSchema } from '../schemas/place';
import { sourceSchema } from '../schemas/source';
import { topicSchema } from '../schemas/topic';
import { translationSchema } from '../schemas/translation';

/**
 * The JSDoc line above each field in the schema files: `/** The headline. *\/ title: ...` gives
 * "title" -> "The headline.". The schemas' comments are the field reference, so editors show them.
 */
export function fieldDocs(files: string[]): Map<string, string> {
  const docs = new Map<string, string>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
        const comment = ts
          .getJSDocCommentsAndTags(node)
          .map((doc) => (typeof doc.comment === 'string' ? doc.comment : ''))
          .join(' ')
          .trim();
        if (comment && !docs.has(node.name.text)) docs.set(node.name.text, comment.replace(/\s+/g, ' '));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return docs;
}

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  description?: string;
  [key: string]: unknown;
};

/** Adds each property's description, and turns Zod's "Date or text" dates into plain text dates. */
function annotate(schema: JsonSchema, docs: Map<string, string>): JsonSchema {
  if (schema.anyOf?.some((branch) => Object.keys(branch).length === 0)) {
    const rest = schema.anyOf.filter((branch) => Object.keys(branch).length > 0);
    const { anyOf: _, ...others } = schema;
    return annotate(
      rest.length === 1 ? { ...others, ...rest[0]!, ...(rest[0]!.type === 'string' ? { pattern: '^\\d{4}-\\d{2}-\\d{2}$' } : {}) } : { ...others, anyOf: rest },
      docs,
    );
  }
  const out: JsonSchema = { ...schema };
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, property]) => {
        const annotated = annotate(property, docs);
        const description = docs.get(name);
        return [name, description && !annotated.description ? { description, ...annotated } : annotated];
      }),
    );
  }
  if (schema.items) out.items = annotate(schema.items, docs);
  if (schema.anyOf) out.anyOf = schema.anyOf.map((branch) => annotate(branch, docs));
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') out.additionalProperties = annotate(schema.additionalProperties, docs);
  return out;
}

/** The files whose comments describe a schema, its own first: a field name means what its own file says. */
const docFiles = (root: string, ...files: string[]) => [...files, 'src/schemas/common.ts'].map((file) => join(root, file));

const toJson = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as JsonSchema;

/**
 * JSON Schemas of what writers type, generated from the Zod schemas the build uses, so editors
 * (VS Code with the YAML extension, see .vscode/settings.json) complete fields, show what each
 * means and flag mistakes while typing. `npm run schemas` writes them to schemas/; a test fails
 * when they are stale.
 */
export function jsonSchemas(root = process.cwd()): Record<string, object> {
  // Each chart kind described by its own schema file, then offered by its `type`.
  const kinds = Object.entries(chartKinds).map(([type, kind]) => {
    const { $schema: _, ...schema } = annotate(toJson(kind.schema), fieldDocs(docFiles(root, `src/charts/kinds/${type}/schema.ts`, 'src/charts/frame.ts')));
    schema.properties!.type = { description: 'Which kind of chart this is.', ...schema.properties!.type };
    return schema;
  });
  const topic = annotate(toJson(topicSchema), fieldDocs(docFiles(root, 'src/schemas/topic.ts')));
  topic.properties!.charts = {
    description: 'The page\'s charts by id, placed in the text with <Chart id="..." />.',
    type: 'object',
    additionalProperties: { anyOf: kinds },
  };
  const registries: Record<string, [z.ZodType, string]> = {
    source: [sourceSchema, 'source.ts'],
    place: [placeSchema, 'place.ts'],
    figure: [figureSchema, 'figure.ts'],
    glossary: [glossarySchema, 'glossary.ts'],
    'geo-layer': [geoLayerSchema, 'geo.ts'],
    translation: [translationSchema, 'translation.ts'],
  };
  const all: Record<string, JsonSchema> = {
    topic,
    ...Object.fromEntries(
      Object.entries(registries).map(([name, [schema, file]]) => [name, annotate(toJson(schema), fieldDocs(docFiles(root, `src/schemas/${file}`)))]),
    ),
  };
  return Object.fromEntries(Object.entries(all).map(([name, schema]) => [name, { ...schema, title: name, $id: `${name}.schema.json` }]));
}

type Node = JsonSchema & {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  required?: string[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  pattern?: string;
};

/** A short, plain name for what a field takes: "text", "one of: a, b", "list of place ids". */
function kindOf(node: Node): string {
  if (node.const !== undefined) return `\`${String(node.const)}\``;
  if (node.enum) return `one of: ${node.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  if (node.anyOf) return node.anyOf.map((branch) => kindOf(branch as Node)).join(' or ');
  if (node.type === 'array') return `list of ${node.items ? kindOf(node.items as Node).replace(/^an? /, '') : 'values'}`;
  if (node.type === 'object') return node.additionalProperties && typeof node.additionalProperties === 'object' ? 'entries by id' : 'fields (below)';
  if (node.type === 'string' && node.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'date, YYYY-MM-DD';
  if (node.type === 'string' && node.pattern?.startsWith('^[a-z0-9]+')) return 'id';
  if (node.type === 'number' || node.type === 'integer')
    return [node.type, node.minimum !== undefined && `from ${node.minimum}`, node.maximum !== undefined && `to ${node.maximum}`].filter(Boolean).join(' ');
  if (node.type === 'boolean') return '`true` or `false`';
  return node.type === 'string' ? 'text' : 'value';
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The rows of one object's fields, then a table for each nested object or list of objects. */
function tables(title: string, node: Node, depth = 0): string[] {
  const properties = Object.entries(node.properties ?? {});
  if (!properties.length) return [];
  const rows = properties.map(([name, field]) => {
    const required = node.required?.includes(name) && field.default === undefined ? 'yes' : '';
    return `| \`${name}\` | ${required} | ${cell(kindOf(field as Node))} | ${cell(field.description ?? '')} |`;
  });
  const nested = properties.flatMap(([name, field]) => {
    const child = (field as Node).type === 'array' ? ((field as Node).items as Node | undefined) : (field as Node);
    return child && child.type === 'object' && depth < 3 ? tables(`${title}.${name}${(field as Node).type === 'array' ? '[]' : ''}`, child, depth + 1) : [];
  });
  return [`#### \`${title}\`\n\n| field | required | takes | what it is |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`, ...nested];
}

/**
 * docs/fields.md: every field a writer can type, from the same schemas the build checks, so the
 * reference is complete and never out of date (`npm run schemas` writes it; a test compares).
 */
export function fieldReference(schemas: Record<string, object> = jsonSchemas()): string {
  const topic = schemas.topic as Node;
  const { charts, ...topicFields } = topic.properties!;
  const chartKindsOf = ((charts as Node).additionalProperties as Node).anyOf as Node[];
  const sections = [
    '# Field reference\n\nEvery field of every content file, generated from the schemas the build checks (`npm run schemas`). The guide, [writing.md](writing.md), explains how they fit together.\n',
    '## Topics: the frontmatter of `content/topics/<slug>.mdx`\n',
    ...tables('topic', { ...topic, properties: topicFields }),
    '## Charts: each entry under `charts:`\n\nEvery chart takes `type` and the fields of its kind; all take `title`, `takeaway`, `asOf`, `sources`, and optionally `notes`, `method` and `alt`.\n',
    ...chartKindsOf.flatMap((kind) => tables(`charts.<id> (type: ${String((kind.properties!.type as Node).const)})`, kind)),
    '## Registries: the YAML files beside the topics\n',
    ...(['source', 'place', 'figure', 'glossary', 'geo-layer'] as const).flatMap((name) =>
      tables(`content/${name === 'geo-layer' ? 'geo' : name === 'glossary' ? 'glossary' : `${name}s`}/<id>.yaml`, schemas[name] as Node),
    ),
  ];
  return `${sections.join('\n')}`;
}

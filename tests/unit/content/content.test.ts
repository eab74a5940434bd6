import { describe, expect, it } from 'vitest';
import { placedChartIds } from '../../../src/lib/chart-data';
import { findBrokenReferences, findDuplicateIds } from '../../../src/lib/references';
import { describeIssues } from '../../../src/schemas/errors';
import { glossarySchema } from '../../../src/schemas/glossary';
import { placeSchema } from '../../../src/schemas/place';
import { sourceSchema } from '../../../src/schemas/source';
import { topicSchema, type Topic } from '../../../src/schemas/topic';
import { readCollection } from '../../helpers/load-content';

const raw = {
  topics: readCollection('topics'),
  sources: readCollection('sources'),
  places: readCollection('places'),
  glossary: readCollection('glossary'),
};
const schemas = { topics: topicSchema, sources: sourceSchema, places: placeSchema, glossary: glossarySchema };

function parsed<K extends keyof typeof raw>(name: K) {
  return raw[name].map((entry) => {
    const result = schemas[name].safeParse(entry.data);
    return { ...entry, result, error: result.success ? '' : describeIssues(entry.filePath, result.error) };
  });
}

describe('the sample content', () => {
  for (const name of ['topics', 'sources', 'places', 'glossary'] as const) {
    it(`every ${name} entry matches its schema`, () => {
      expect(raw[name].length).toBeGreaterThan(0);
      expect(parsed(name).map((entry) => entry.error).filter(Boolean)).toEqual([]);
    });
  }

  it('every source, place and related-topic id points at an existing entry', () => {
    const collections = {
      topics: parsed('topics').map((e) => ({ ...e, data: e.result.data })),
      sources: parsed('sources').map((e) => ({ ...e, data: e.result.data })),
      places: parsed('places').map((e) => ({ ...e, data: e.result.data })),
      glossary: parsed('glossary').map((e) => ({ ...e, data: e.result.data })),
    };
    expect(findBrokenReferences(collections)).toEqual([]);
  });

  it('every link from a topic to another topic or a glossary term has somewhere to land', () => {
    const topicIds = new Set(raw.topics.map((t) => t.id));
    const termIds = new Set(raw.glossary.map((g) => g.id));
    const broken = raw.topics.flatMap((topic) =>
      [...topic.body.matchAll(/\]\((\/[^)\s]*)\)/g)]
        .map((match) => match[1]!)
        .filter((href) => {
          const topicLink = href.match(/^\/topics\/([^/]+)\/$/);
          const termLink = href.match(/^\/glossary\/#(.+)$/);
          if (topicLink) return !topicIds.has(topicLink[1]!);
          if (termLink) return !termIds.has(termLink[1]!);
          return !['/', '/sources/', '/glossary/'].includes(href);
        })
        .map((href) => `${topic.filePath}: link to ${href} leads nowhere`),
    );
    expect(broken).toEqual([]);
  });

  it('every explainer runs 600 to 1,200 words, opens with its key facts and says what we do not know', () => {
    const problems = topics.flatMap((topic) => {
      const prose = topic.body.replace(/<Chart[^>]*\/>/g, ' ').replace(/\]\([^)]*\)/g, ']');
      const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%-]*/gu)?.length ?? 0;
      const charts = (topic.result.data as Topic).charts;
      const first = placedChartIds(topic.body)[0];
      return [
        ...(words < 600 || words > 1200 ? [`${topic.filePath}: ${words} words`] : []),
        ...(first && charts[first]?.type === 'stats' ? [] : [`${topic.filePath}: the first chart is not a stat grid`]),
        ...(/^## What we don[’']t know$/m.test(topic.body) ? [] : [`${topic.filePath}: no "What we don't know" section`]),
        ...(Object.values(charts).filter((c) => c.type !== 'stats').length >= 2 ? [] : [`${topic.filePath}: fewer than two charts besides the stats`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('no two topics share a slug', () => {
    expect(findDuplicateIds(raw.topics)).toEqual([]);
  });

  const topics = parsed('topics').filter((t) => t.result.success);

  it('every chart a page places is declared, and every declared chart is placed', () => {
    const problems = topics.flatMap((topic) => {
      const declared = Object.keys((topic.result.data as Topic).charts);
      const placed = placedChartIds(topic.body);
      return [
        ...placed.filter((id) => !declared.includes(id)).map((id) => `${topic.filePath}: <Chart id="${id}" /> is not in charts`),
        ...declared.filter((id) => !placed.includes(id)).map((id) => `${topic.filePath}: chart "${id}" is never placed`),
      ];
    });
    expect(problems).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { topicSchema } from '../../../src/schemas/topic';
import { barInput, timelineInput } from '../../fixtures/charts';

const goodTopic = {
  title: 'The battle for Siversk',
  dek: 'How a small town held for 41 months.',
  published: new Date('2025-12-24T00:00:00Z'),
  updated: '2025-12-24',
  authors: ['Newsroom staff'],
  status: 'developing',
  sources: ['gs-ukraine'],
  charts: { events: timelineInput, strikes: barInput },
};

/** The schema's own messages, each with its field path; the content check adds file and line. */
function problems(input: unknown) {
  const result = topicSchema.safeParse(input);
  return result.success ? '' : result.error.issues.map((issue) => `content/topics/siversk.mdx: ${issue.path.join('.')}: ${issue.message}`).join('\n');
}

describe('topicSchema', () => {
  it('accepts a complete topic and normalises dates to YYYY-MM-DD', () => {
    const topic = topicSchema.parse(goodTopic);
    expect(topic.published).toBe('2025-12-24');
    expect(topic.corrections).toEqual([]);
    expect(topic.charts.events?.type).toBe('timeline');
  });

  it('rejects an updated date before the published date, naming the field', () => {
    expect(problems({ ...goodTopic, updated: '2025-12-01' })).toBe('content/topics/siversk.mdx: updated: updated must be the same day as published or later');
  });

  it('rejects a date that does not exist, quoting it', () => {
    expect(problems({ ...goodTopic, published: '2025-02-30' })).toContain('published: "2025-02-30" is not a date: write it as YYYY-MM-DD');
  });

  it('rejects an unknown story status and lists the allowed ones', () => {
    expect(problems({ ...goodTopic, status: 'breaking' })).toBe(
      'content/topics/siversk.mdx: status: expected one of: developing, ongoing, concluded, background',
    );
  });

  it('rejects a source id that is not kebab-case, saying how to write it', () => {
    expect(problems({ ...goodTopic, sources: ['GS Ukraine'] })).toContain('sources.0: "GS Ukraine" is not a valid source id');
  });

  it('names the chart id and field path of an invalid chart value', () => {
    const charts = { events: { ...timelineInput, events: [{ ...timelineInput.events[0], status: 'rumoured' }] } };
    expect(problems({ ...goodTopic, charts })).toContain('charts.events.events.0.status: expected one of: confirmed, claimed, disputed, unverified');
  });

  it('rejects an unknown chart type, listing the known ones', () => {
    expect(problems({ ...goodTopic, charts: { pie: { ...barInput, type: 'pie' } } })).toContain(
      'charts.pie.type: expected one of: timeline, bar, stats, line, map, change',
    );
  });

  it('requires claimedBy when an event is a claim', () => {
    const events = [{ date: '2025-12-11', label: 'Capture claimed', status: 'claimed', source: 'gerasimov' }];
    expect(problems({ ...goodTopic, charts: { events: { ...timelineInput, events } } })).toContain(
      'charts.events.events.0.claimedBy: a claimed event needs claimedBy',
    );
  });

  it('rejects a bar value that has no source', () => {
    const bars = [{ label: 'Drones', value: 635 }];
    expect(problems({ ...goodTopic, charts: { strikes: { ...barInput, bars } } })).toContain(
      'charts.strikes.bars.0.source: bar "Drones" has a value but no source id',
    );
  });

  it('rejects a stat without a source', () => {
    const charts = { facts: { type: 'stats', title: 'T', takeaway: 'T', asOf: '2025-12-23', sources: ['isw'], items: [{ value: 41, label: 'months' }] } };
    expect(problems({ ...goodTopic, charts })).toContain('charts.facts.items.0.source: a stat needs the id of its source, e.g. source: isw-siversk-2025-12');
  });

  it('rejects a missing title with a sentence, not a type dump', () => {
    const { title: _title, ...untitled } = goodTopic;
    expect(problems(untitled)).toBe('content/topics/siversk.mdx: title: expected the title as text');
  });
});

import { describe, expect, it } from 'vitest';
import { overlayProblems, translateChart } from '../../../src/schemas/translation';
import { createLocale } from '../../../src/i18n/locale';
import { editions, editionOf } from '../../../src/i18n';

const chart = {
  type: 'bar',
  title: 'Drones and missiles',
  notes: ['One note'],
  unit: 'drones',
  bars: [{ label: 'Drones', reports: [{ value: 635, qualifier: 'exact', source: 'aggregator' }] }],
};

describe('a translation', () => {
  it('lays its words over the original and keeps every number, date and id', () => {
    const translated = translateChart(chart, { title: 'Дрони і ракети', notes: 'Одна примітка', bars: [{ label: 'Дрони' }] });
    expect(translated).toEqual({ ...chart, title: 'Дрони і ракети', notes: ['Одна примітка'], bars: [{ ...chart.bars[0], label: 'Дрони' }] });
  });

  it('may hold only words: a number, an id or a field the original lacks is refused where it stands', () => {
    expect(overlayProblems(chart, { bars: [{ reports: [{ value: 650 }] }] })).toEqual([
      [['bars', 0, 'reports', 0, 'value'], 'a translation holds only words: numbers, dates and ids come from the original'],
    ]);
    expect(overlayProblems(chart, { bars: [{ reports: [{ source: 'lbc' }] }] })).toEqual([
      [
        ['bars', 0, 'reports', 0, 'source'],
        'source is not words to translate: numbers, dates and ids come from the original; remove source from the translation',
      ],
    ]);
    expect(overlayProblems(chart, { subtitle: 'Ні' })).toEqual([[['subtitle'], 'the original chart has no subtitle here: translate only the fields it has']]);
    expect(overlayProblems(chart, { bars: [{}, { label: 'Зайвий' }] })).toEqual([[['bars', 1], 'the original has only 1 item(s) here']]);
    expect(overlayProblems(chart, { title: 'Дрони', unit: 'дронів', bars: [{ label: 'Дрони' }] })).toEqual([]);
  });
});

describe('editions', () => {
  it('come from the site configuration: English at the root, Ukrainian under /uk/', () => {
    expect(editions.map((edition) => [edition.language, edition.path, edition.tag])).toEqual([
      ['en', '', 'en-GB'],
      ['uk', 'uk', 'uk-UA'],
    ]);
    expect(editionOf(undefined).language).toBe('en');
    expect(editionOf('uk').language).toBe('uk');
    expect(() => editionOf('de')).toThrow('No edition at /de/');
  });

  it('format numbers, shares, dates and plurals with the language’s conventions', () => {
    const uk = createLocale('uk', 'uk-UA');
    expect(uk.number(10000)).toBe('10\u00a0000');
    expect(uk.withUnit('75', '%')).toBe('75\u00a0%');
    expect(uk.date('2025-12-24')).toBe('24 грудня 2025 р.');
    expect(uk.qualified(650, 'more-than', 'дронів')).toBe('понад 650\u00a0дронів');
    expect([1, 3, 5, 21].map((n) => uk.plural(n, uk.t.chart.timeline.count))).toEqual(['1 подія', '3 події', '5 подій', '21 подія']);
  });
});

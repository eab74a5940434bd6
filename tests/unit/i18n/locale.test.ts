import { describe, expect, it } from 'vitest';
import { createLocale, fill } from '../../../src/i18n/locale';

const en = createLocale('en', 'en-GB');

describe('createLocale', () => {
  it('number() groups thousands and keeps given decimals', () => {
    expect(en.number(11000)).toBe('11,000');
    expect(en.number(0.75)).toBe('0.75');
  });

  it('qualified() and qualifiedShort() keep the qualifier a source used', () => {
    expect(en.qualified(650, 'more-than', 'drones')).toBe('more than 650\u00a0drones');
    expect(en.qualifiedShort(650, 'more-than')).toBe('>650');
    expect(en.qualified(75, 'about', '%')).toBe('about 75%');
  });

  it('withUnit() attaches a percent sign, and any other unit after a no-break space so a line never splits them', () => {
    expect(en.withUnit('75', '%')).toBe('75%');
    expect(en.withUnit('12', 'km')).toBe('12\u00a0km');
    expect(en.withUnit('12', '')).toBe('12');
  });

  it('date() prints only what is known: day, month or year', () => {
    expect(en.date('2025-12-23')).toBe('23 December 2025');
    expect(en.date('2022-07-01', 'month')).toBe('July 2022');
    expect(en.date('2022-07-01', 'year')).toBe('2022');
    expect(en.date('2025-12-23', 'day', true)).toBe('23 Dec 2025');
  });

  it('list() and plural() follow the language’s rules', () => {
    expect(en.list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(en.plural(1, { one: '{n} event', other: '{n} events' })).toBe('1 event');
    expect(en.plural(1200, { one: '{n} event', other: '{n} events' })).toBe('1,200 events');
  });

  it('fill() leaves a slot it has no value for, so a missing value shows in review', () => {
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });
});

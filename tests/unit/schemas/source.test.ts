import { describe, expect, it } from 'vitest';
import { placeSchema } from '../../../src/schemas/place';
import { sourceSchema } from '../../../src/schemas/source';

const statement = { outlet: "Ukraine's General Staff", title: 'Statement', kind: 'official-statement', published: '2025-12-23', via: 'novaya-gazeta' };

describe('sourceSchema', () => {
  it('accepts an official statement reported through an outlet, without a link of its own', () => {
    const source = sourceSchema.parse(statement);
    expect(source).toMatchObject({ via: 'novaya-gazeta', precision: 'day', identification: 'stated', language: 'en' });
  });

  it('drops the private research notes when the file is read, so no page can print them', () => {
    const source = sourceSchema.parse({ ...statement, research: 'Seed 002; publisher inferred from {{subtitle}}.' });
    expect(JSON.stringify(source)).not.toContain('Seed 002');
    expect('research' in source).toBe(false);
  });

  it('requires a link to the original for published reporting, unless it cannot be found', () => {
    const report = { outlet: 'LBC', title: 'Report', kind: 'news-outlet' };
    expect(sourceSchema.safeParse(report).error?.issues[0]?.message).toBe(
      'published reporting needs the address of the original in url (or urlNotFound: true if it cannot be found online)',
    );
    expect(sourceSchema.safeParse({ ...report, urlNotFound: true }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...report, url: 'https://example.org/a' }).success).toBe(true);
  });

  it('accepts only http and https addresses, quoting any other', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'www.example.org']) {
      expect(sourceSchema.safeParse({ ...statement, url }).error?.issues[0]?.message).toBe(
        `"${url}" is not a web address: only http:// and https:// links are allowed, e.g. https://example.org/article`,
      );
    }
  });

  it('rejects an unknown kind, listing the four kinds', () => {
    expect(sourceSchema.safeParse({ ...statement, kind: 'blog' }).error?.issues[0]?.message).toBe(
      'expected one of: official-statement, think-tank, news-outlet, aggregator',
    );
  });
});

describe('placeSchema', () => {
  const siversk = {
    name: 'Siversk',
    names: { uk: 'Сіверськ' },
    kind: 'town',
    latitude: 48.87,
    longitude: 38.1,
    provenance: { coordinates: { gazetteer: 'geonames', record: 'Siversk' }, names: 'National romanisation' },
  };

  it('accepts a place with its names in other languages and where its coordinates come from', () => {
    expect(placeSchema.parse(siversk).names).toEqual({ uk: 'Сіверськ' });
  });

  it('rejects a latitude given as text or out of range, saying the range', () => {
    expect(placeSchema.safeParse({ ...siversk, latitude: '48.87 N' }).error?.issues[0]?.message).toBe(
      'expected latitude as a number of degrees between -90 and 90, e.g. 48.87',
    );
    expect(placeSchema.safeParse({ ...siversk, latitude: 148.86 }).error?.issues[0]?.message).toBe('latitude must be between -90 and 90 degrees, e.g. 48.87');
  });

  it('requires the provenance of the coordinates', () => {
    const { provenance: _, ...withoutProvenance } = siversk;
    expect(placeSchema.safeParse(withoutProvenance).error?.issues[0]?.path).toEqual(['provenance']);
  });
});

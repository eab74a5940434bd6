import type { Element, ElementContent } from 'hast';
import type { Locale } from '../../../i18n/locale';
import { html } from '../../svg';
import type { SourcePart, SourceRef } from '../../types';
import type { StatsModel } from './model';

/** A source chain as text with each part linked to its original where there is one. */
export function sourceLine(sources: SourceRef[]): ElementContent[] {
  const part = (p: SourcePart): ElementContent => (p.url ? html('a', { href: p.url }, p.text) : { type: 'text', value: p.text });
  return sources.flatMap((source, i): ElementContent[] => [...(i > 0 ? [{ type: 'text' as const, value: '; ' }] : []), ...source.parts.map(part)]);
}

/** Headline numbers as a list, each figure read before what it counts, then its linked source. */
export function renderStats({ items }: StatsModel, locale: Locale): Element {
  return html(
    'ul',
    { class: 'stat-grid' },
    items.map((item) =>
      html('li', { class: 'stat' }, [
        html('p', { class: 'stat__figure' }, [
          item.qualifier ? html('span', { class: 'stat__qualifier' }, `${item.qualifier} `) : [],
          html('span', { class: 'stat__value' }, item.value),
          item.unit ? html('span', { class: 'stat__unit' }, locale.withUnit('', item.unit)) : [],
        ]),
        html('p', { class: 'stat__label' }, item.label),
        html('p', { class: 'stat__source' }, sourceLine(item.sources)),
      ]),
    ),
  );
}

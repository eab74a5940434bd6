import type { Element } from 'hast';
import type { Locale } from '../../../i18n/locale';
import { html } from '../../svg';
import type { StatsModel } from './model';

/** Headline numbers as a list, each figure read before what it counts, then its source. */
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
        html('p', { class: 'stat__source' }, item.sourceName),
      ]),
    ),
  );
}

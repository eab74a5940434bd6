import type { Locale } from '../i18n/locale';
import { kept } from '../charts/memo';
import type { SourcePart, SourceRef } from '../charts/types';
import type { Source } from '../schemas/source';

/** Fills a template whose slots are linked parts: "{source}, as reported by {via}" -> parts. */
function fillParts(template: string, values: Record<string, SourcePart[]>): SourcePart[] {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .flatMap((piece) => values[piece.slice(1, -1)] ?? [{ text: piece }]);
}

/** "LBC (23 Dec 2025)": the outlet linked to its original, with the date of its report. */
function outletParts(source: Source, locale: Locale): SourcePart[] {
  const outlet: SourcePart[] = [{ text: source.outlet, ...(source.url ? { url: source.url } : {}) }];
  if (!source.published) return outlet;
  return fillParts(locale.t.sourceDated, { source: outlet, date: [{ text: locale.date(source.published, source.precision, true) }] });
}

/**
 * A source named the one way readers see it everywhere: "ISW, as reported by Euromaidan Press
 * (23 Dec 2025)", each outlet linked to its original where there is one.
 */
export function sourceRef(id: string, sources: ReadonlyMap<string, Source>, locale: Locale): SourceRef {
  // By edition, then by id: the ids are the content's own strings, so a lookup hashes nothing new.
  const byEdition = kept(named, sources, () => new Map<string, Map<string, SourceRef>>());
  return kept(
    kept(byEdition, locale.tag, () => new Map<string, SourceRef>()),
    id,
    () => nameSource(id, sources, locale),
  );
}

/** Each source's name by edition, per registry: a page names each of its sources, in every citation. */
const named = new WeakMap<ReadonlyMap<string, Source>, Map<string, Map<string, SourceRef>>>();

function nameSource(id: string, sources: ReadonlyMap<string, Source>, locale: Locale): SourceRef {
  const source = sources.get(id);
  if (!source) throw new Error(`Unknown source id "${id}": add content/sources/${id}.yaml`);
  const via = source.via ? sources.get(source.via) : undefined;
  const parts = via
    ? fillParts(locale.t.sourceChain, { source: [{ text: source.outlet, ...(source.url ? { url: source.url } : {}) }], via: outletParts(via, locale) })
    : outletParts(source, locale);
  const url = source.url ?? via?.url;
  return { id, name: parts.map((part) => part.text).join(''), parts, ...(url ? { url } : {}) };
}

const languageNamers = new Map<string, Intl.DisplayNames>();

/** Names of languages in an edition's language ("Russian", "російська"), made once per edition. */
export function languageNames(tag: string): Intl.DisplayNames {
  return kept(languageNamers, tag, () => new Intl.DisplayNames([tag], { type: 'language' }));
}

import { siteConfig } from '../../site.config';
import { en, type UiStrings } from './en';

const dictionaries: Record<string, UiStrings> = { en };

/** The UI strings for the site's locale, falling back to English. */
export const ui: UiStrings = dictionaries[siteConfig.locale.split('-')[0] ?? 'en'] ?? en;
export const locale = siteConfig.locale;

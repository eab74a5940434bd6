import { siteConfig } from '../../site.config';
import { createLocale, type Locale } from './locale';

/** The site's locale: its language's dictionary and Intl formatters for its BCP 47 tag. */
export const siteLocale: Locale = createLocale('en', siteConfig.locale);

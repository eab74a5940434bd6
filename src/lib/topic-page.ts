import type { Locale } from '../i18n/locale';
import type { SiteContent, TopicEntry } from './site-content';

/** What a topic page hands to the components inside its MDX. */
export interface TopicPage {
  topic: TopicEntry;
  content: SiteContent;
  locale: Locale;
}

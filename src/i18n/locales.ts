import { en, type UiStrings } from './en';
import { uk } from './uk';

/** The interface dictionaries by language code; a new language is one entry here plus content. */
export const dictionaries = { en, uk } satisfies Record<string, UiStrings>;

export type Language = keyof typeof dictionaries;

/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the topic page so `<Chart id>` in MDX can find its data, sources and language. */
    topicPage?: import('./lib/topic-page').TopicPage;
    /** The language edition the page belongs to (src/i18n/index.ts); the default when unset. */
    edition?: import('./i18n').Edition;
    /** How many `<Step>`s the page has rendered, so each step's graphic gets ids of its own. */
    stepCount?: number;
    /** The chart and state of the last `<Step>` rendered: a step on the same state draws no second copy. */
    lastStep?: string;
  }
}

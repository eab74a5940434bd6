/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the topic page so `<Chart id>` in MDX can find its data, sources and language. */
    topicPage?: import('./lib/topic-page').TopicPage;
  }
}

/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the topic page so `<Chart id>` in MDX can find its data. */
    topicContext?: unknown;
  }
}

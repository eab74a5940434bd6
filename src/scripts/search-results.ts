/**
 * <search-results>: runs the reader's query against the Pagefind index as they type and lists
 * each matching explainer with its status and the passage that matched. The query stays in the
 * address (`?q=`), so a search can be shared and the back button returns to it. Until this runs,
 * the element shows its fallback: a note and the list of every explainer.
 */

interface Strings {
  results: { one?: string; other: string };
  none: string;
  searching: string;
  unavailable: string;
  glossary: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/**
 * Pagefind's excerpts are HTML with `<mark>` around the matched words. Rebuild them from text
 * nodes and marks only, so nothing else a page contained can become markup here.
 */
export function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

class SearchResults extends HTMLElement {
  #pagefind: Promise<Pagefind | null> | undefined;
  #controller = new AbortController();

  connectedCallback() {
    const input = document.querySelector<HTMLInputElement>('#search-q');
    const form = input?.form;
    const fallback = this.querySelector<HTMLElement>('.search__fallback');
    if (!input || !form || !fallback) return;
    fallback.hidden = true;
    const { signal } = this.#controller;
    const query = new URLSearchParams(location.search).get('q') ?? '';
    input.value = query;
    input.addEventListener('input', () => this.#search(input.value), { signal });
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.#search(input.value);
      },
      { signal },
    );
    if (query) this.#search(query);
    else input.focus();
  }

  disconnectedCallback() {
    this.#controller.abort();
  }

  get #strings(): Strings {
    return JSON.parse(this.dataset.strings ?? '{}') as Strings;
  }

  #load(): Promise<Pagefind | null> {
    const index = this.dataset.index ?? '/pagefind/';
    this.#pagefind ??= import(/* @vite-ignore */ `${index}pagefind.js`)
      .then(async (pagefind: Pagefind) => {
        // Result URLs are site paths; under a sub-path deployment they need the base in front.
        await pagefind.options({ baseUrl: index.replace(/pagefind\/$/, ''), excerptLength: 24 });
        await pagefind.init();
        return pagefind;
      })
      .catch(() => null);
    return this.#pagefind;
  }

  async #search(raw: string) {
    const query = raw.trim();
    const status = this.querySelector<HTMLElement>('.search__status')!;
    const list = this.querySelector<HTMLOListElement>('.search__results')!;
    const strings = this.#strings;
    const address = new URL(location.href);
    if (query) address.searchParams.set('q', query);
    else address.searchParams.delete('q');
    history.replaceState(null, '', address);
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = strings.searching;
    const pagefind = await this.#load();
    if (!pagefind) {
      status.textContent = strings.unavailable;
      return;
    }
    const search = await pagefind.debouncedSearch(query, {}, 250);
    if (!search) return; // a newer query superseded this one
    const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
    const plural = new Intl.PluralRules(this.dataset.lang).select(results.length) as keyof Strings['results'];
    const count = new Intl.NumberFormat(this.dataset.lang).format(search.results.length);
    status.textContent = results.length ? fill(strings.results[plural] ?? strings.results.other, { n: count, query }) : fill(strings.none, { query });
    list.replaceChildren(...results.map((result) => this.#item(result, strings)));
  }

  #item(result: PagefindResultData, strings: Strings): HTMLLIElement {
    // The section whose text matched, when Pagefind found one, so the link lands on the passage.
    const section = result.sub_results?.find((sub) => sub.excerpt.includes('<mark>') && sub.url !== result.url);
    const item = document.createElement('li');
    item.className = 'search-result';
    const label = document.createElement('p');
    label.className = 'search-result__status';
    label.textContent = result.meta.status ?? strings.glossary;
    const heading = document.createElement('h2');
    heading.className = 'search-result__title';
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    excerpt.append(...excerptNodes(section?.excerpt ?? result.excerpt));
    item.append(label, heading, excerpt);
    if (section) {
      const passage = document.createElement('p');
      passage.className = 'search-result__section';
      const sectionLink = document.createElement('a');
      sectionLink.href = section.url;
      sectionLink.textContent = section.title;
      passage.append(sectionLink);
      item.append(passage);
    }
    return item;
  }
}

if (!customElements.get('search-results')) customElements.define('search-results', SearchResults);

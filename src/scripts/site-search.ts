/**
 * <site-search>: shows the header's search field in place of its no-JavaScript link, and focuses
 * the field when the reader presses "/" anywhere outside a text field.
 */
class SiteSearch extends HTMLElement {
  #controller = new AbortController();

  connectedCallback() {
    const form = this.querySelector('form');
    const fallback = this.querySelector<HTMLElement>('.site-search__fallback');
    const input = form?.querySelector('input');
    if (!form || !fallback || !input) return;
    form.hidden = false;
    fallback.hidden = true;
    // On the search page the field shows what was searched for.
    input.value = new URLSearchParams(location.search).get('q') ?? '';
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
        const target = event.target as HTMLElement | null;
        if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
        event.preventDefault();
        input.focus();
        input.select();
      },
      { signal: this.#controller.signal },
    );
  }

  disconnectedCallback() {
    this.#controller.abort();
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);

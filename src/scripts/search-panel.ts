/**
 * The search box's behaviour (src/components/Search.astro), loaded only when the reader first
 * focuses or types in the box: no page pays for it before then (the content page's JavaScript
 * budget, test/e2e/budgets.spec.ts). Pagefind itself loads on the first search.
 */
import { alignExcerpt, type ExcerptPart } from '../lib/search-excerpt.ts';
import { pluralText, type PluralForms } from '../lib/plural.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; content: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
  options(options: Record<string, unknown>): Promise<void>;
}

/** Wires the search form: results as the reader types, Escape and an outside click close them. */
export function startSearch(form: HTMLFormElement): void {
  const input = form.querySelector('input')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-list]')!;
  const words = form.querySelector<HTMLTemplateElement>('template[data-words]')!.content;
  const word = (name: string) => words.querySelector(`[data-${name}]`)!.textContent!;
  const found = (count: number) => {
    const forms = {} as PluralForms;
    for (const span of words.querySelectorAll<HTMLElement>('[data-some]')) forms[span.dataset.some as 'other'] = span.textContent!;
    return pluralText(forms, count, document.documentElement.lang);
  };
  let pagefind: Promise<Pagefind> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  /** Pagefind's excerpt, rebuilt from its text with only <mark> kept, starting where its sentence does. */
  const excerptNodes = (html: string, content: string) => {
    const parsed = new DOMParser().parseFromString(html, 'text/html').body;
    const parts: ExcerptPart[] = [...parsed.childNodes].map((node) => ({ text: node.textContent ?? '', mark: node.nodeName === 'MARK' }));
    return alignExcerpt(parts, content ?? '').map((part) => {
      if (!part.mark) return document.createTextNode(part.text);
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      return mark;
    });
  };

  const run = async () => {
    const query = input.value.trim();
    const id = ++latest;
    if (!query) {
      panel.hidden = true;
      list.replaceChildren();
      return;
    }
    panel.hidden = false;
    status.textContent = word('loading');
    try {
      pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`) as Promise<Pagefind>;
      const engine = await pagefind;
      const hits = await engine.search(query);
      const results = await Promise.all((hits?.results ?? []).slice(0, 8).map((r) => r.data()));
      if (id !== latest) return;
      list.replaceChildren(
        ...results.map((r) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = r.url;
          a.textContent = r.meta.title ?? r.url;
          const p = document.createElement('p');
          p.append(...excerptNodes(r.excerpt, r.content));
          li.append(a, p);
          return li;
        }),
      );
      status.textContent = results.length ? found(hits?.results.length ?? 0) : word('none');
    } catch {
      pagefind = undefined;
      if (id === latest) status.textContent = word('broken');
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      void run();
      input.focus();
    }
  });
  // A click (or tap) outside closes the results; back in the box, they show again.
  document.addEventListener('pointerdown', (event) => {
    if (!panel.hidden && !form.contains(event.target as Node)) panel.hidden = true;
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && status.textContent) panel.hidden = false;
  });
  form.removeAttribute('data-pending');
  // Typed before this module arrived: search at once.
  if (input.value.trim()) void run();
}

/**
 * The pages a link can reach during an import (for import-files.ts): this run's pages and those
 * already in the content dir; which locale a reader gets for a slug (the English fallback), a
 * page renamed from its legacy file name, and the heading ids of a page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Locale } from '../../../src/config/locales.ts';
import { section } from '../../../src/lib/content-index.ts';
import { scanContent } from '../../../src/data/content-files.ts';
import type { PageDraft } from '../convert/legacy-file.ts';
import { pageIds } from '../convert/page-ids.ts';
import { pageKey, render } from './merge-pages.ts';
import { parseMdx } from './mdx-output.ts';

/** Where a page of `locale` and `slug` is written under the content dir `out`. */
export function pageFile(out: string, locale: string, slug: string): string {
  return join(out, locale, section, `${slug}.mdx`);
}

export class PageIndex {
  private readonly out: string;
  private readonly onDisk: Map<string, Set<Locale>>;
  private readonly run = new Map<string, PageDraft>();
  private readonly idCache = new Map<string, Set<string> | undefined>();
  private readonly fileSlugs = new Map<string, string>();

  constructor(out: string, winners: readonly PageDraft[]) {
    this.out = out;
    this.onDisk = existsSync(out) ? scanContent(out) : new Map();
    for (const page of winners) {
      this.run.set(pageKey(page), page);
      const name = basename(page.origin.path).replace(/\.md$/i, '').toLowerCase();
      if (name !== page.slug && /\.md$/i.test(page.origin.path)) this.fileSlugs.set(name, page.slug);
    }
  }

  /** The locale whose page a reader of `locale` gets for `slug` (the English fallback), if any. */
  resolve(locale: Locale, slug: string): Locale | undefined {
    for (const l of [locale, 'en-us'] as Locale[]) {
      if (this.run.has(`${l}/${slug}`) || this.onDisk.get(slug)?.has(l)) return l;
    }
    return undefined;
  }

  /** The slug of a page of this run whose legacy file name, as a link target, was `target`. */
  renamed(target: string): string | undefined {
    return this.fileSlugs.get(target);
  }

  /** An en-us page for `slug`, in this import or in the content dir. */
  hasEnglish(slug: string): boolean {
    return this.run.has(`en-us/${slug}`) || (this.onDisk.get(slug)?.has('en-us') ?? false);
  }

  slugs(): Set<string> {
    const all = new Set(this.onDisk.keys());
    for (const page of this.run.values()) all.add(page.slug);
    return all;
  }

  ids(locale: Locale, slug: string): Set<string> | undefined {
    const key = `${locale}/${slug}`;
    if (this.idCache.has(key)) return this.idCache.get(key);
    let ids: Set<string> | undefined;
    const page = this.run.get(key);
    try {
      if (page) ids = pageIds(parseMdx(render(page)), slug);
      else {
        const path = pageFile(this.out, locale, slug);
        if (existsSync(path)) ids = pageIds(parseMdx(readFileSync(path, 'utf8')), slug);
      }
    } catch {
      ids = undefined;
    }
    this.idCache.set(key, ids);
    return ids;
  }
}

/**
 * The legacy TOC.md of each locale → the site's tables of contents (src/schemas/toc.ts): links
 * mapped to page slugs, and an en-us table, which no legacy file holds, built from the locales'
 * common structure (convert/toc-compare.ts) with the titles of the en-us pages.
 *
 * Before, ja-jp's TOC.md, with the pages ja-jp `billing`, `read-your-bill`, `tax-exemptions` and
 * en-us `billing` ("Billing"), `read-your-bill` ("Read your bill"):
 *
 *   # [請求](billing.md)
 *   ## [請求書](Read-Your-Bill.md)
 *   ## [税金](tax-exemption.md)
 *
 * After: ja-jp [請求 → billing [請求書 → read-your-bill, 税金 (no page)]],
 *        en-us [Billing → billing [Read your bill → read-your-bill, 税金 (lang ja-JP, no page)]],
 * with a warning for the letter case of `Read-Your-Bill.md`, one for `tax-exemption.md` (no such
 * page; did you mean `tax-exemptions.md`?) and one for its missing English title. Titles stay as
 * the TOC.md writes them.
 */
import { posix } from 'node:path';
import type { VFile } from 'vfile';
import { getLocaleInfo, sourceLocale, type Locale } from '../../../src/config/locales.ts';
import { closest } from '../../../src/lib/closest.ts';
import type { Toc, TocEntry } from '../../../src/schemas/toc.ts';
import { quote, report } from '../messages.ts';
import type { LegacyTocEntry } from '../read/toc.ts';
import { isUnsafeUrl } from '../../../src/lib/unsafe-url.ts';
import { chooseStructure, type LocaleTable, type TocNode } from './toc-compare.ts';

export interface LegacyToc {
  locale: Locale;
  /** The entries of its TOC.md (scripts/migrate/read/toc.ts); undefined when it could not be read. */
  toc: readonly LegacyTocEntry[] | undefined;
  file: VFile;
}

export interface TocPage {
  locale: Locale;
  slug: string;
  title: string;
  /** The legacy file name, when the slug is not the file's name (`non-payment--fraud--or-misuse.md`). */
  file?: string | undefined;
}

interface Node extends TocNode {
  title: string;
  /** The page it links to in its locale's table; undefined when there is no such page. */
  slug: string | undefined;
  href: string | undefined;
  /** The slug the link names, found or not. */
  named: string | undefined;
  children: Node[];
}

class PageIndex {
  private readonly byLocale = new Map<Locale, TocPage[]>();
  constructor(pages: readonly TocPage[]) {
    for (const page of pages) this.byLocale.set(page.locale, [...(this.byLocale.get(page.locale) ?? []), page]);
  }
  /** Pages a link in `locale` may reach: its own, then en-us (the fallback). */
  reachable(locale: Locale): TocPage[] {
    return [...(this.byLocale.get(locale) ?? []), ...(locale === sourceLocale ? [] : (this.byLocale.get(sourceLocale) ?? []))];
  }
  page(locale: Locale, slug: string): TocPage | undefined {
    return this.byLocale.get(locale)?.find((p) => p.slug === slug);
  }
}

/** `page.md` (as written in `locale`'s TOC.md) → the page's slug; reported when it is a near miss or missing. */
function pageOf(url: string, entry: LegacyTocEntry, locale: Locale, pages: PageIndex, file: VFile): { slug: string | undefined; named: string } {
  const hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  let name = posix.basename(url.split(/[?#]/)[0]!.replace(/\\/g, '/')).replace(/\.md$/i, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    // a stray `%`: keep the name as written
  }
  const where = entry.linkPosition;
  if (hash.length > 1) report(file, 'warning', `Link ${quote(url)}: a table of contents links whole pages; dropped the anchor ${quote(hash)}`, 'toc-link-anchor', where);
  const reachable = pages.reachable(locale);
  const fileName = (p: TocPage) => (p.file ?? `${p.slug}.md`).replace(/\.md$/i, '');
  const exact = reachable.find((p) => fileName(p) === name || p.slug === name);
  if (exact) return { slug: exact.slug, named: exact.slug };
  const lower = name.toLowerCase();
  const near = reachable.find((p) => fileName(p).toLowerCase() === lower || p.slug === lower);
  if (near) {
    report(file, 'warning', `Link ${quote(url)} differs from the page \`${near.slug}\` only by letter case; linked that page (did you mean \`${fileName(near)}.md\`?)`, 'toc-link-case', where);
    return { slug: near.slug, named: near.slug };
  }
  const suggestion = closest(lower, [...new Set(reachable.map((p) => p.slug))]);
  report(
    file,
    'warning',
    `Link ${quote(url)}: there is no page \`${lower}\` in ${locale} nor in en-us; kept the title without a link (${suggestion ? `did you mean \`${suggestion}.md\`?` : 'import the page or remove the entry'})`,
    'toc-missing-page',
    where,
  );
  return { slug: undefined, named: lower };
}

/** One locale's legacy entries → its nodes (a link resolved, a key to compare locales by). */
function resolve(entries: readonly LegacyTocEntry[], locale: Locale, pages: PageIndex, file: VFile, seen = new Map<string, number>()): Node[] {
  return entries.map((entry) => {
    const url = entry.url?.trim();
    let node: Omit<Node, 'key' | 'label' | 'children'> = { title: entry.title, slug: undefined, href: undefined, named: undefined, source: entry };
    let key: string;
    if (url === undefined || url === '') {
      key = '(no link)';
    } else if (isUnsafeUrl(url)) {
      report(file, 'warning', `Dropped the unsafe link ${quote(url)}; kept the title without a link`, 'toc-unsafe-url', entry.linkPosition);
      key = '(no link)';
    } else if (/^(?:https?:)?\/\//i.test(url)) {
      node = { ...node, href: url.startsWith('//') ? `https:${url}` : url };
      key = node.href!;
    } else if (/(?:^|[/\\])toc\.(?:md|yml)(?:[?#].*)?$/i.test(url)) {
      report(file, 'warning', `Link ${quote(url)} is another table of contents (nested ones are not imported); kept the title without a link (list its entries here instead)`, 'toc-link-target', entry.linkPosition);
      key = '(no link)';
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(url) || !/\.md(?:[?#].*)?$/i.test(url)) {
      report(file, 'warning', `Link ${quote(url)} is not a page (\`page.md\`) nor a web address; kept the title without a link`, 'toc-link-target', entry.linkPosition);
      key = '(no link)';
    } else {
      const { slug, named } = pageOf(url, entry, locale, pages, file);
      node = { ...node, slug, named };
      key = named;
    }
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > 1 && key !== '(no link)') report(file, 'warning', `${quote(key)} is listed ${count} times in this table of contents`, 'toc-duplicate', entry.linkPosition);
    const label = key === '(no link)' ? quote(entry.title) : `\`${key}\``;
    return { ...node, key: key === '(no link)' || count > 1 ? `${key} ${count}` : key, label, children: resolve(entry.children, locale, pages, file, seen) };
  });
}

function localeEntries(nodes: readonly Node[]): TocEntry[] {
  return nodes.map((n) => ({ title: n.title, ...(n.slug ? { slug: n.slug } : {}), ...(n.href ? { href: n.href } : {}), children: localeEntries(n.children) }));
}

/** The en-us entries: the chosen table's structure, the en-us pages' titles. */
function englishEntries(nodes: readonly Node[], from: LocaleTable<Node>, pages: PageIndex, tables: readonly LocaleTable<Node>[]): TocEntry[] {
  const lang = getLocaleInfo(from.locale).lang;
  return nodes.map((n) => {
    const children = englishEntries(n.children, from, pages, tables);
    const page = n.named ? pages.page(sourceLocale, n.named) : undefined;
    if (page) return { title: page.title, slug: page.slug, children };
    const where = n.source.linkPosition;
    const kept = `the en-us table shows the ${from.locale} title ${quote(n.title)}`;
    if (n.named) {
      // The page exists in some locale: keep the link (the site has a page to show in its place).
      const somewhere = tables.some((t) => pages.page(t.locale, n.named!));
      report(from.file, 'warning', `No en-us page \`${n.named}\`: ${kept}${somewhere ? ' and links the slug' : ''} (import the English page${somewhere ? '' : ' or remove the entry'})`, 'toc-english-page', where);
      return { title: n.title, ...(somewhere ? { slug: n.named } : {}), lang, children };
    }
    const cause = n.href ? `it links to another site, ${quote(n.href)}` : 'it does not link to a page, so no en-us page gives its title';
    report(from.file, 'warning', `No English title for ${quote(n.title)}: ${cause}; ${kept} (link the heading to a page)`, 'toc-english-title', where);
    return { title: n.title, ...(n.href ? { href: n.href } : {}), lang, children };
  });
}

/**
 * Every locale's table, and the en-us table (unless a legacy en-us TOC.md was given: then it is
 * its own). `pages` are the imported pages, en-us included (their titles name en-us entries).
 */
export function buildTocs(legacy: readonly LegacyToc[], pages: readonly TocPage[]): Map<Locale, Toc> {
  const index = new PageIndex(pages);
  const tables: LocaleTable<Node>[] = [];
  for (const { locale, toc, file } of legacy) {
    if (!toc) continue;
    if (tables.some((t) => t.locale === locale)) {
      report(file, 'warning', `A second table of contents for ${locale}; ignored it (keep one TOC.md per locale)`, 'toc-duplicate-locale', { line: 1, column: 1 });
      continue;
    }
    tables.push({ locale, file, nodes: resolve(toc, locale, index, file) });
  }
  const result = new Map<Locale, Toc>();
  const choice = chooseStructure(tables);
  if (choice && !tables.some((t) => t.locale === sourceLocale)) {
    result.set(sourceLocale, { locale: sourceLocale, entries: englishEntries(choice.table.nodes, choice.table, index, tables) });
  }
  for (const table of tables) result.set(table.locale, { locale: table.locale, entries: localeEntries(table.nodes) });
  return result;
}

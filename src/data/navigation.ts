/**
 * The navigation of one locale, read from the content collections once per build: the tree of
 * src/lib/nav.ts over the pages the site serves in that locale (translations and fallbacks).
 */
import { getCollection } from 'astro:content';
import { getLocaleInfo, type Locale } from '../config/locales.ts';
import { parseEntryId } from '../lib/content-index.ts';
import { buildNav, readingOrder, type NavNode, type NavPage } from '../lib/nav.ts';
import { pageRoutes } from '../lib/page-routes.ts';
import { t } from '../i18n/ui.ts';

export interface Navigation {
  tree: NavNode[];
  order: NavNode[];
  /** Pages served in the locale, by slug (with their description, for the home page). */
  pages: Map<string, NavPage & { description: string }>;
}

const cache = new Map<Locale, Promise<Navigation>>();

async function load(locale: Locale): Promise<Navigation> {
  const entries = await getCollection('pages');
  const byKey = new Map<string, (typeof entries)[number]>();
  const refs = entries.flatMap((entry) => {
    const ref = parseEntryId(entry.id);
    if (ref) byKey.set(`${ref.locale}/${ref.slug}`, entry);
    return ref ? [ref] : [];
  });
  const pages = new Map<string, NavPage & { description: string }>();
  for (const route of pageRoutes(refs)) {
    if (route.locale !== locale) continue;
    const entry = byKey.get(`${route.contentLocale}/${route.slug}`)!;
    pages.set(route.slug, {
      slug: route.slug,
      title: entry.data.title,
      description: entry.data.description,
      fallback: route.fallback,
      ...(route.fallback ? { lang: getLocaleInfo(route.contentLocale).lang } : {}),
    });
  }
  const tables = await getCollection('toc');
  const toc = tables.find((table) => table.data.locale === locale)?.data.entries ?? [];
  const { lang } = getLocaleInfo(locale);
  const tree = buildNav(toc, [...pages.values()], { moreTitle: t(locale, 'navMorePages'), lang });
  return { tree, order: readingOrder(tree), pages };
}

export function navigation(locale: Locale): Promise<Navigation> {
  if (!cache.has(locale)) cache.set(locale, load(locale));
  return cache.get(locale)!;
}

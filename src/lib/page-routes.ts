/**
 * From the pages that exist (locale × slug) to the pages the site serves: every page in every
 * locale, with the translation when there is one and a fallback when not: the English text, or,
 * for a page whose English original was never published, its first translation in the locale
 * table's order (the page says so).
 */
import { locales, sourceLocale, type Locale } from '../config/locales.ts';

export interface PageRef {
  locale: Locale;
  slug: string;
}

export interface PageRoute {
  /** The locale of the URL: the reader's language. */
  locale: Locale;
  slug: string;
  /** The locale whose content is shown: `locale`, or for a fallback the source locale (or, with no English page, a translation). */
  contentLocale: Locale;
  fallback: boolean;
  /** Locales the page is really translated into (the source included). */
  translatedIn: ReadonlySet<Locale>;
}

export function translationsBySlug(pages: readonly PageRef[]): Map<string, Set<Locale>> {
  const bySlug = new Map<string, Set<Locale>>();
  for (const { locale, slug } of pages) {
    if (!bySlug.has(slug)) bySlug.set(slug, new Set());
    bySlug.get(slug)!.add(locale);
  }
  return bySlug;
}

export function pageRoutes(pages: readonly PageRef[]): PageRoute[] {
  const routes: PageRoute[] = [];
  for (const [slug, translatedIn] of translationsBySlug(pages)) {
    for (const { locale } of locales) {
      if (translatedIn.has(locale)) {
        routes.push({ locale, slug, contentLocale: locale, fallback: false, translatedIn });
      } else {
        const shown = translatedIn.has(sourceLocale) ? sourceLocale : locales.find((l) => translatedIn.has(l.locale))!.locale;
        routes.push({ locale, slug, contentLocale: shown, fallback: true, translatedIn });
      }
    }
  }
  return routes;
}

/**
 * `hreflang` alternates of a page: one per locale it is really translated into, and `x-default`:
 * the English page, or, for a page with no English original, its first translation in the locale
 * table's order (the one readers of other languages get, src/lib/page-routes.ts).
 */
import { locales, sourceLocale, type Locale } from '../config/locales.ts';
import { pagePath } from './content-index.ts';

export interface Alternate {
  hreflang: string;
  href: string;
}

export function alternatesFor(slug: string, translatedIn: ReadonlySet<Locale>, site: string | URL): Alternate[] {
  const result: Alternate[] = locales
    .filter((l) => translatedIn.has(l.locale))
    .map((l) => ({ hreflang: l.lang, href: new URL(pagePath(l.locale, slug), site).href }));
  const fallback = translatedIn.has(sourceLocale) ? sourceLocale : locales.find((l) => translatedIn.has(l.locale))?.locale;
  if (fallback) result.push({ hreflang: 'x-default', href: new URL(pagePath(fallback, slug), site).href });
  return result;
}

/** Alternates of a page that exists in every locale (a home, the contents page): `pathOf(locale)`, and `x-default`. */
export function everyLocaleAlternates(pathOf: (locale: Locale) => string, xDefault: string, site: string | URL): Alternate[] {
  return [...locales.map((l) => ({ hreflang: l.lang, href: new URL(pathOf(l.locale), site).href })), { hreflang: 'x-default', href: new URL(xDefault, site).href }];
}

/** `hreflang` alternates of a page: one per locale it is really translated into, and `x-default`. */
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
  if (translatedIn.has(sourceLocale)) {
    result.push({ hreflang: 'x-default', href: new URL(pagePath(sourceLocale, slug), site).href });
  }
  return result;
}

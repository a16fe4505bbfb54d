/**
 * Where a page is, by locale and slug: its content entry id (`<locale>/partner-center/<slug>`)
 * and its path on the site, so the routes, the checker and the scripts agree on one answer.
 * Layout: `content/<locale>/partner-center/<slug>.mdx`; which pages exist is read by
 * src/data/content-files.ts.
 */
import { localeSlugs, type Locale } from '../config/locales.ts';

export const section = 'partner-center';

/** `<locale>/partner-center/<slug>` → its parts, or undefined when the id is not of that shape. */
export function parseEntryId(id: string): { locale: Locale; slug: string } | undefined {
  const match = /^([a-z]{2}-[a-z]{2})\/partner-center\/([^/]+?)(?:\.mdx)?$/.exec(id);
  if (!match) return undefined;
  const [, locale, slug] = match;
  if (!(localeSlugs as readonly string[]).includes(locale!)) return undefined;
  return { locale: locale as Locale, slug: slug! };
}

export function pagePath(locale: Locale, slug: string): string {
  return `/${locale}/${section}/${slug}/`;
}

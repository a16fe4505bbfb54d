/**
 * Which pages exist in which locale, read from the file system (no Astro), so the config
 * (sitemap alternates), the routes and the scripts agree on one answer.
 * Layout: `content/<locale>/partner-center/<slug>.mdx`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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

/** Map slug → the locales it is written in, from a content root. */
export function scanContent(contentDir: string): Map<string, Set<Locale>> {
  const index = new Map<string, Set<Locale>>();
  for (const locale of localeSlugs) {
    const dir = join(contentDir, locale, section);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.mdx')) continue;
      const slug = name.slice(0, -'.mdx'.length);
      if (!index.has(slug)) index.set(slug, new Set());
      index.get(slug)!.add(locale);
    }
  }
  return index;
}

export function pagePath(locale: Locale, slug: string): string {
  return `/${locale}/${section}/${slug}/`;
}

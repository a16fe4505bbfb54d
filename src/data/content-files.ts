/**
 * Which pages exist in which locale, read from the file system (no Astro), so the config
 * (sitemap alternates), the importer and the tests agree on one answer with the routes.
 * Layout: `content/<locale>/partner-center/<slug>.mdx` (src/lib/content-index.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { localeSlugs, type Locale } from '../config/locales.ts';
import { section } from '../lib/content-index.ts';

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

/**
 * `@astrojs/sitemap` serializer: every page URL gets `xhtml:link` alternates for exactly the
 * locales the page is really translated into, plus `x-default` (the English source),
 * the same set the page's own `<link rel="alternate" hreflang>` tags list. English fallback copies
 * of untranslated pages are left out: their canonical page is the English one.
 *
 * It reads which pages exist (src/data/content-files.ts) when the config loads it: the one module
 * of src/lib that reads files, because astro.config.mjs imports it from here
 * (test/unit/lib-pure.test.ts lists it as the exception).
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { scanContent } from '../data/content-files.ts';
import { alternatesFor } from './alternates.ts';
import type { Locale } from '../config/locales.ts';
import { contentDir } from '../config/paths.ts';

export function sitemapSerializer(site: string, contentRoot = contentDir()) {
  const index = scanContent(contentRoot);
  return (item: SitemapItem): SitemapItem | undefined => {
    const path = new URL(item.url).pathname;
    const match = /^\/([a-z]{2}-[a-z]{2})\/partner-center\/([^/]+)\/$/.exec(path);
    if (!match) return item;
    const [, locale, slug] = match as unknown as [string, Locale, string];
    const translated = index.get(slug);
    if (!translated) return item;
    if (!translated.has(locale)) return undefined;
    return { ...item, links: alternatesFor(slug, translated, site).map(({ hreflang, href }) => ({ lang: hreflang, url: href })) };
  };
}

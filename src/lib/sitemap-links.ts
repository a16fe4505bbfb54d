/**
 * `@astrojs/sitemap` serializer: every page URL gets `xhtml:link` alternates for exactly the
 * locales the page is really translated into, plus `x-default` (the English source),
 * the same set the page's own `<link rel="alternate" hreflang>` tags list.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { scanContent } from './content-index.ts';
import { alternatesFor } from './alternates.ts';

export function sitemapSerializer(site: string, contentDir = fileURLToPath(new URL('../../content/', import.meta.url))) {
  const index = scanContent(contentDir);
  return (item: SitemapItem): SitemapItem => {
    const path = new URL(item.url).pathname;
    const match = /^\/[a-z]{2}-[a-z]{2}\/partner-center\/([^/]+)\/$/.exec(path);
    if (!match) return item;
    const translated = index.get(match[1]!);
    if (!translated) return item;
    return { ...item, links: alternatesFor(match[1]!, translated, site).map(({ hreflang, href }) => ({ lang: hreflang, url: href })) };
  };
}

// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { remarkHeadingIds } from './src/lib/heading-ids.ts';
import { sitemapSerializer } from './src/lib/sitemap-links.ts';
import { contentCheckOnSave } from './scripts/check/dev-integration.ts';

/** Where the site is deployed; canonical and hreflang URLs are absolute on it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The unified (remark) pipeline rather than Astro 7's default Sätteri: the content checker
  // parses the same MDX with remark and must compute heading ids exactly as the site does,
  // with the same plugin (src/lib/heading-ids.ts).
  markdown: {
    processor: unified({ remarkPlugins: [remarkHeadingIds], smartypants: false }),
  },
  integrations: [mdx(), sitemap({ serialize: sitemapSerializer(site) }), contentCheckOnSave()],
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // Every script is a file of the site, never inlined: the Content-Security-Policy can then allow
  // scripts from 'self' only, and dynamic imports (the search) get Vite's preload handling.
  vite: { build: { assetsInlineLimit: 0 } },
});

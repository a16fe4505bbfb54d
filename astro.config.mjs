// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { remarkHeadingIds } from './src/lib/heading-ids.ts';
import { remarkTableAlignClasses } from './src/lib/table-align.ts';
import { remarkUntranslatedLang } from './src/lib/untranslated-lang.ts';
import { remarkSegmentParagraphs } from './src/lib/segment-paragraphs.ts';
import { sitemapSerializer } from './src/lib/sitemap-links.ts';
import { contentCheckOnSave } from './src/integrations/content-check-on-save.ts';
import { dataStoreHandoff } from './src/loaders/data-store-handoff.ts';
import { resolveSiteUrl } from './src/lib/site-url.ts';
import { siteUrlWarning } from './src/integrations/site-url-warning.ts';

/** Where the site is deployed; canonical and hreflang URLs are absolute on it. Without SITE_URL
 * they point at the local preview server, and the build warns loudly (src/lib/site-url.ts). */
const siteUrl = resolveSiteUrl(process.env.SITE_URL);
const site = siteUrl.site;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Builds of other content roots (tests, benchmarks) keep their content cache apart from the site's.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  build: { format: 'directory' },
  // The unified (remark) pipeline rather than Astro 7's default Sätteri: the content checker
  // parses the same MDX with remark and must compute heading ids exactly as the site does,
  // with the same plugin (src/lib/heading-ids.ts).
  // The pages loader (src/loaders/pages.ts) renders pages without components with this same
  // processor's remark plugins, as mdx() does: keep mdx() inheriting it (no options of its own).
  // remarkSegmentParagraphs: a paragraph of translated sentences (<Segment>) stays a <p> (MDX unravels it).
  markdown: {
    processor: unified({ remarkPlugins: [remarkHeadingIds, remarkTableAlignClasses, remarkSegmentParagraphs, remarkUntranslatedLang], smartypants: false }),
    // Prism marks code with classes; Shiki's inline styles would break the Content-Security-Policy.
    syntaxHighlight: 'prism',
  },
  // dataStoreHandoff(): the content data store reaches the static pages' renderer from memory
  // rather than bundled as one huge string (the build's peak memory; src/loaders/data-store-handoff.ts).
  integrations: [mdx(), sitemap({ serialize: sitemapSerializer(site) }), contentCheckOnSave(), dataStoreHandoff(), siteUrlWarning(siteUrl)],
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // Every script is a file of the site, never inlined: the Content-Security-Policy can then allow
  // scripts from 'self' only, and dynamic imports (the search) get Vite's preload handling.
  vite: { build: { assetsInlineLimit: 0 } },
  // Content-Security-Policy on every page (a <meta> Astro writes, with hashes of anything inline).
  // Scripts only from the site itself; 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly
  // search engine (it is not 'unsafe-eval': JavaScript eval stays forbidden).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});

// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { features } from './src/lib/mdx/features.ts';
import { hastPlugins, mdastPlugins } from './src/lib/mdx/plugins.ts';
import { sitemapSerializer } from './src/lib/sitemap-links.ts';
import { contentCheckOnSave } from './src/integrations/content-check-on-save.ts';
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
  build: { format: 'directory', concurrency: 4 },
  // Astro's own Markdown and MDX engine, Sätteri, with the site's plugins (src/lib/mdx/plugins.ts);
  // @astrojs/mdx inherits it. The content checker reads pages with the same features and the same
  // heading-id function (src/lib/mdx/read-page.ts).
  markdown: {
    processor: satteri({ mdastPlugins, hastPlugins, features }),
    // Prism marks code with classes; Shiki's inline styles would break the Content-Security-Policy.
    syntaxHighlight: 'prism',
  },
  // optimize: MDX's static parts (all of a page but its components) compile to HTML strings.
  integrations: [mdx({ optimize: true }), sitemap({ serialize: sitemapSerializer(site) }), contentCheckOnSave(), siteUrlWarning(siteUrl)],
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

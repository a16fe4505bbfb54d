/**
 * `npm run check:site [dist]`: the built site as a reader meets it.
 *   every-page-built.ts every page of the content in every locale, and no other (no empty store)
 *   crawl.ts            linkinator over a local server: broken internal links and #fragments
 *   alternate-links.ts  canonical and hreflang URLs exist in the build
 *   no-localhost.ts     with SITE_URL set to a public address: no file names localhost
 * Exit 0: no problem; 1: problems; 2: no build to check.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkAlternateLinks } from './check-site/alternate-links.ts';
import { checkEveryPageBuilt } from './check-site/every-page-built.ts';
import { readBuiltPages } from './check-site/built-pages.ts';
import { crawlBuild } from './check-site/crawl.ts';
import { findLocalAddresses } from './check-site/no-localhost.ts';
import { formatSiteReport } from './check-site/report.ts';
import { contentDir } from '../src/config/paths.ts';
import { scanContent } from '../src/data/content-files.ts';
import { resolveSiteUrl } from '../src/lib/site-url.ts';

const distDir = resolve(process.argv[2] ?? 'dist');
const siteUrl = resolveSiteUrl(process.env.SITE_URL);
const site = siteUrl.site;
if (!existsSync(resolve(distDir, 'index.html'))) {
  console.error(`There is no built site in ${distDir}: run \`npm run build\` first.`);
  process.exit(2);
}
const started = performance.now();
const pages = readBuiltPages(distDir);
const crawl = await crawlBuild(distDir);
const content = contentDir();
const messages = [...checkEveryPageBuilt(pages, scanContent(content), content), ...crawl.messages, ...checkAlternateLinks(pages, site), ...(siteUrl.local ? [] : findLocalAddresses(distDir))];
if (siteUrl.local) console.warn('SITE_URL is not set to a public address: canonical, hreflang and sitemap URLs point at localhost (not checked).');
console.log(formatSiteReport(messages, pages.length, crawl.links, (performance.now() - started) / 1000));
process.exitCode = messages.length ? 1 : 0;

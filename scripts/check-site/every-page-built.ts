/**
 * Every page of the content is in the build, and no other: the routes are the content's pages in
 * every locale (src/lib/page-routes.ts), plus each locale's home and contents, the language
 * chooser, the status page and the 404 page. A build whose content store came out empty (an
 * Astro or loader upgrade gone wrong) can succeed with only those few pages; this says so.
 */
import { localeSlugs, type Locale } from '../../src/config/locales.ts';
import { section } from '../../src/lib/content-index.ts';
import { pageRoutes, type PageRef } from '../../src/lib/page-routes.ts';
import type { BuiltPage } from './built-pages.ts';
import type { SiteMessage } from './report.ts';

/** The URL paths the build must have, for the pages of a content root (slug → its locales). */
export function expectedPaths(content: ReadonlyMap<string, ReadonlySet<Locale>>): string[] {
  const refs: PageRef[] = [...content].flatMap(([slug, locales]) => [...locales].map((locale) => ({ locale, slug })));
  return [
    '/',
    '/404.html',
    '/status/',
    ...localeSlugs.flatMap((locale) => [`/${locale}/`, `/${locale}/contents/`]),
    ...pageRoutes(refs).map((route) => `/${route.locale}/${section}/${route.slug}/`),
  ];
}

export function checkEveryPageBuilt(built: readonly BuiltPage[], content: ReadonlyMap<string, ReadonlySet<Locale>>, contentRoot: string): SiteMessage[] {
  const expected = expectedPaths(content);
  const have = new Set(built.map((page) => page.path));
  const want = new Set(expected);
  const missing = expected.filter((path) => !have.has(path));
  const messages: SiteMessage[] = [];
  if (missing.length) {
    const shown = missing.slice(0, 10).join(', ') + (missing.length > 10 ? `, and ${missing.length - 10} more` : '');
    messages.push({
      file: missing[0]!,
      ruleId: 'every-page-built',
      message: `${missing.length} of the ${expected.length} pages of ${contentRoot} are not in the build: ${shown}. The build read fewer pages than the content has (an empty content store?): read the build's log, then run \`npm run build\` again.`,
    });
  }
  for (const page of built) {
    if (page.path.includes(`/${section}/`) && !want.has(page.path)) {
      messages.push({ file: page.file, ruleId: 'every-page-built', message: `${page.path} is in the build, but no page of ${contentRoot} makes it: a stale build? Run \`npm run build\` again.` });
    }
  }
  return messages;
}

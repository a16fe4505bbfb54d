/**
 * `canonical` and `hreflang` URLs name pages that exist in the build, and every page that lists
 * alternates lists itself and an `x-default` (search engines ignore one-sided sets).
 */
import type { BuiltPage } from './built-pages.ts';
import type { SiteMessage } from './report.ts';

export function checkAlternateLinks(pages: readonly BuiltPage[], site: string): SiteMessage[] {
  const messages: SiteMessage[] = [];
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const origin = new URL(site).origin;
  const resolve = (href: string, page: BuiltPage): string | undefined => {
    let url: URL;
    try {
      url = new URL(href, `${origin}${page.path}`);
    } catch {
      return undefined;
    }
    return url.origin === origin ? decodeURIComponent(url.pathname) : undefined;
  };
  for (const page of pages) {
    for (const href of page.canonical) {
      const path = resolve(href, page);
      if (!path) messages.push({ file: page.file, ruleId: 'canonical', message: `The canonical URL "${href}" is not on the site (${origin}): build with SITE_URL set to where the site is deployed.` });
      else if (!byPath.has(path)) messages.push({ file: page.file, ruleId: 'canonical', message: `The canonical URL "${href}" is not a page of the build.` });
    }
    if (page.alternates.length === 0) continue;
    for (const { hreflang, href } of page.alternates) {
      const path = resolve(href, page);
      if (!path || !byPath.has(path)) messages.push({ file: page.file, ruleId: 'hreflang', message: `The hreflang="${hreflang}" URL "${href}" is not a page of the build.` });
    }
    if (!page.alternates.some((a) => a.hreflang === 'x-default')) {
      messages.push({ file: page.file, ruleId: 'hreflang', message: 'The hreflang alternates have no x-default.' });
    }
  }
  return messages;
}

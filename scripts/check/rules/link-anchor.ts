/**
 * `link-anchor`: a `#fragment` exists on the target page: heading ids computed as the site
 * renders them, explicit ids, element ids. Percent-encoded and non-ASCII fragments are decoded
 * as a browser does. A miss lists the anchors there and suggests the closest.
 */
import { sourceLocale } from '../../../src/config/locales.ts';
import { closest } from '../../../src/lib/closest.ts';
import type { PageModel } from '../model.ts';
import type { PageRule } from '../context.ts';

function anchorList(page: PageModel): string {
  const ids = page.anchors.filter((a) => a.kind !== 'layout').map((a) => a.id);
  if (ids.length === 0) return 'it has no headings or anchors';
  const shown = ids.slice(0, 8).map((id) => `#${id}`).join(', ');
  return `anchors there: ${shown}${ids.length > 8 ? `, and ${ids.length - 8} more` : ''}`;
}

export const linkAnchorRule: PageRule = {
  id: 'link-anchor',
  description: 'link fragments (#anchor) exist on the target page',
  scope: 'page',
  checkPage(page, context) {
    for (const link of page.links) {
      const target = link.target;
      let targetPage: PageModel | undefined;
      let fragment: string | undefined;
      if (target.kind === 'same-page') {
        targetPage = page;
        fragment = target.fragment;
      } else if (target.kind === 'page' && target.fragment !== undefined) {
        // A fallback reader lands on the English page: check the anchor there.
        targetPage = context.page(target.locale, target.slug) ?? context.page(sourceLocale, target.slug);
        fragment = target.fragment;
      }
      if (!targetPage || fragment === undefined || fragment === '' || targetPage.fatal) continue;
      if (context.anchorIds(targetPage).has(fragment)) continue;
      const suggestion = closest(fragment, targetPage.anchors.map((a) => a.id));
      const where = targetPage === page ? 'this page' : `${targetPage.locale}/partner-center/${targetPage.slug}`;
      context.report(
        link,
        'error',
        this.id,
        `"#${fragment}" is not an anchor on ${where}${suggestion ? `; did you mean "#${suggestion}"?` : ''} (${anchorList(targetPage)})`,
      );
    }
  },
};

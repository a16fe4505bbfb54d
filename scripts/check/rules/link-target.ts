/**
 * `link-target`: an internal link's page exists in the same locale (error when it exists nowhere,
 * warning when only in English, where the reader falls back to the English page, or only in
 * other translations, for a page whose English original was never published: the reader gets
 * the first of them, src/lib/page-routes.ts).
 */
import { locales, sourceLocale } from '../../../src/config/locales.ts';
import { closest } from '../../../src/lib/closest.ts';
import type { PageRule } from '../context.ts';

export const linkTargetRule: PageRule = {
  id: 'link-target',
  description: 'internal links point to pages that exist in the same locale',
  scope: 'page',
  checkPage(page, context) {
    for (const link of page.links) {
      const target = link.target;
      if (target.kind !== 'page') continue;
      if (context.page(target.locale, target.slug)) continue;
      if (context.page(sourceLocale, target.slug)) {
        context.report(link, 'warning', this.id, `"${link.url}" is not translated into ${target.locale} yet: readers get the English page.`);
        continue;
      }
      const shown = locales.find((l) => context.page(l.locale, target.slug));
      if (shown) {
        context.report(link, 'warning', this.id, `"${link.url}" has no ${target.locale} page and no English page: readers get the ${shown.locale} page. Translate it, or link to another page.`);
        continue;
      }
      const suggestion = closest(target.slug, context.slugs());
      context.report(
        link,
        'error',
        this.id,
        `"${link.url}" links to a page that does not exist (no ${target.locale}/partner-center/${target.slug}.mdx)${suggestion ? `; did you mean "../${suggestion}/"?` : '.'}`,
      );
    }
  },
};

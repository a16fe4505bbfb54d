/** `required-pages`: pages configured in content/required-pages.json exist in every locale. */
import { locales } from '../../../src/config/locales.ts';
import type { SiteRule } from '../context.ts';

export const requiredPagesRule: SiteRule = {
  id: 'required-pages',
  description: 'required pages exist in every locale',
  scope: 'site',
  checkSite(context) {
    for (const slug of context.requiredPages) {
      for (const { locale } of locales) {
        if (context.exists(locale, slug)) continue;
        context.report(`${locale}/partner-center/${slug}.mdx`, { line: 1, column: 1 }, 'error', this.id, `This required page is missing: create ${locale}/partner-center/${slug}.mdx (required pages are listed in content/required-pages.json).`);
      }
    }
  },
};

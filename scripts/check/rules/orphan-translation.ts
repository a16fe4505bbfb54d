/** `orphan-translation`: every translated page has an English source page with the same slug. */
import { sourceLocale } from '../../../src/config/locales.ts';
import { closest } from '../../../src/lib/closest.ts';
import type { PageRule } from '../context.ts';

export const orphanTranslationRule: PageRule = {
  id: 'orphan-translation',
  description: 'translations have an English source page',
  scope: 'page',
  checkPage(page, context) {
    if (page.locale === sourceLocale || context.page(sourceLocale, page.slug!)) return;
    const suggestion = closest(page.slug!, context.slugs(sourceLocale));
    context.report({ line: 1, column: 1 }, 'error', this.id, `There is no English page ${sourceLocale}/partner-center/${page.slug}.mdx for this translation${suggestion ? `; was it meant to be ${suggestion}.mdx?` : ': add the English source, or remove this page.'}`);
  },
};

/** `orphan-translation`: every translated page has an English source page with the same slug. */
import { sourceLocale } from '../../../src/config/locales.ts';
import { closest } from '../../../src/lib/closest.ts';
import { checkedPages, type Rule } from '../context.ts';

export const orphanTranslationRule: Rule = {
  id: 'orphan-translation',
  description: 'translations have an English source page',
  check(context) {
    const englishSlugs = checkedPages(context).filter((p) => p.locale === sourceLocale).map((p) => p.slug!);
    for (const page of checkedPages(context)) {
      if (page.locale === sourceLocale || context.page(sourceLocale, page.slug!)) continue;
      const suggestion = closest(page.slug!, englishSlugs);
      context.report(page, { line: 1, column: 1 }, 'error', this.id, `There is no English page ${sourceLocale}/partner-center/${page.slug}.mdx for this translation${suggestion ? `; was it meant to be ${suggestion}.mdx?` : ': add the English source, or remove this page.'}`);
    }
  },
};

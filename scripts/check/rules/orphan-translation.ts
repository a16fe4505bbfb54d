/**
 * `orphan-translation`: every translated page has an English source page with the same slug,
 * unless its front matter says the English original was never published
 * (`translation.sourceMissing: true`); a page that says so while the English page exists is told
 * to drop the mark.
 */
import { sourceLocale } from '../../../src/config/locales.ts';
import { closest } from '../../../src/lib/closest.ts';
import type { PageRule } from '../context.ts';

export const orphanTranslationRule: PageRule = {
  id: 'orphan-translation',
  description: 'translations have an English source page',
  scope: 'page',
  checkPage(page, context) {
    if (page.locale === sourceLocale) return;
    const data = page.frontmatter?.data as { translation?: { sourceMissing?: unknown } } | undefined;
    const sourceMissing = data?.translation?.sourceMissing === true;
    if (context.page(sourceLocale, page.slug!)) {
      if (sourceMissing) context.report({ line: 1, column: 1 }, 'warning', this.id, `This page says its English original is missing (translation.sourceMissing: true), but ${sourceLocale}/partner-center/${page.slug}.mdx exists: remove sourceMissing and set translation.sourceHash.`);
      return;
    }
    if (sourceMissing) return;
    const suggestion = closest(page.slug!, context.slugs(sourceLocale));
    context.report({ line: 1, column: 1 }, 'error', this.id, `There is no English page ${sourceLocale}/partner-center/${page.slug}.mdx for this translation${suggestion ? `; was it meant to be ${suggestion}.mdx?` : ': add the English source, or remove this page.'}`);
  },
};

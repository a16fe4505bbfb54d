/** `untranslated-text`: in a non-English page, a paragraph written entirely in English (warning). */
import { sourceLocale } from '../../../src/config/locales.ts';
import { isUntranslatedParagraph } from '../../../src/lib/script-detect.ts';
import { checkedPages, type Rule } from '../context.ts';

export const untranslatedTextRule: Rule = {
  id: 'untranslated-text',
  description: 'translated pages have no paragraphs left in English',
  check(context) {
    for (const page of checkedPages(context)) {
      if (page.locale === sourceLocale) continue;
      for (const paragraph of page.paragraphs) {
        if (!isUntranslatedParagraph(paragraph.text, page.locale!)) continue;
        const excerpt = paragraph.text.length > 60 ? `${paragraph.text.slice(0, 57)}…` : paragraph.text;
        context.report(page, paragraph, 'warning', this.id, `This paragraph is in English, not translated: "${excerpt}"`);
      }
    }
  },
};

/** `untranslated-text`: in a non-English page, a paragraph written entirely in English (warning). */
import { checkedPages, type Rule } from '../context.ts';

export const untranslatedTextRule: Rule = {
  id: 'untranslated-text',
  description: 'translated pages have no paragraphs left in English',
  check(context) {
    // Found while parsing (src/lib/script-detect.ts), since it depends on the page alone.
    for (const page of checkedPages(context)) {
      for (const paragraph of page.untranslated) {
        context.report(page, paragraph, 'warning', this.id, `This paragraph is in English, not translated: "${paragraph.excerpt}"`);
      }
    }
  },
};

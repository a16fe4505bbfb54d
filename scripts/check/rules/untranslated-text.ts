/** `untranslated-text`: in a non-English page, a paragraph written entirely in English (warning). */
import type { PageRule } from '../context.ts';

export const untranslatedTextRule: PageRule = {
  id: 'untranslated-text',
  description: 'translated pages have no paragraphs left in English',
  scope: 'page',
  checkPage(page, context) {
    // Found while parsing (src/lib/script-detect.ts), since it depends on the page alone.
    for (const paragraph of page.untranslated) {
      context.report(paragraph, 'warning', this.id, `This paragraph is in English, not translated: "${paragraph.excerpt}"`);
    }
  },
};

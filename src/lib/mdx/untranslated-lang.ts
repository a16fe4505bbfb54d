/**
 * English left in a translation is marked as English: a paragraph, heading or table cell of a
 * translated page with no letter of its locale's script and at least four English words (the
 * checker's `untranslated-text` rule, src/lib/script-detect.ts) gets `lang="en"`, so a screen
 * reader reads it with an English voice and the browser hyphenates and wraps it as English.
 * The page's locale is taken from its file's path (`content/<locale>/partner-center/…`).
 *
 * A hast plugin: Sätteri carries an mdast node's `data.hProperties` to the element for paragraphs
 * and headings but not for table cells (satteri 0.10), so the elements are marked instead.
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { localeSlugs } from '../../config/locales.ts';
import { isUntranslatedParagraph } from '../script-detect.ts';

export function localeOfPath(path: string | undefined): string | undefined {
  const match = path ? /(?:^|[/\\])([a-z]{2}-[a-z]{2})[/\\]partner-center[/\\]/.exec(path) : null;
  return match && (localeSlugs as readonly string[]).includes(match[1]!) ? match[1] : undefined;
}

export const untranslatedLangPlugin: HastPluginEntry = (file) => {
  const locale = localeOfPath(file.fileURL && decodeURIComponent(file.fileURL.pathname));
  if (!locale) return null;
  return defineHastPlugin({
    name: 'untranslated-lang',
    element: {
      filter: ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th'],
      visit(node, ctx) {
        if (isUntranslatedParagraph(ctx.textContent(node), locale)) ctx.setProperty(node, 'lang', 'en');
      },
    },
  });
};

/**
 * English left in a translation is marked as English: a paragraph, heading or table cell of a
 * translated page with no letter of its locale's script and at least four English words (the
 * checker's `untranslated-text` rule, src/lib/script-detect.ts) gets `lang="en"`, so a screen
 * reader reads it with an English voice and the browser hyphenates and wraps it as English.
 * The page's locale is taken from its file's path (`content/<locale>/partner-center/…`).
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { localeSlugs } from '../config/locales.ts';
import { isUntranslatedParagraph } from './script-detect.ts';

const marked = new Set<Nodes['type']>(['paragraph', 'heading', 'tableCell']);

function localeOfPath(path: string | undefined): string | undefined {
  const match = path ? /(?:^|[/\\])([a-z]{2}-[a-z]{2})[/\\]partner-center[/\\]/.exec(path) : null;
  return match && (localeSlugs as readonly string[]).includes(match[1]!) ? match[1] : undefined;
}

export function markUntranslated(tree: Root, locale: string): void {
  const walk = (node: Nodes): void => {
    if (marked.has(node.type) && isUntranslatedParagraph(toString(node), locale)) {
      const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, lang: 'en' };
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
}

/** The remark plugin form, for `unified({ remarkPlugins: [remarkUntranslatedLang] })`. */
export function remarkUntranslatedLang() {
  return (tree: Root, file: { path?: string | undefined }) => {
    const locale = localeOfPath(file.path);
    if (locale) markUntranslated(tree, locale);
  };
}

/**
 * The en-us page of a half-translated legacy page (translated title and a few blocks, the rest
 * left in English): the untranslated blocks are the English; each translated block needs an
 * English rendering from supplied-english.ts, reported as supplied. Without one for every
 * translated block, no en-us page is written (reported).
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { VFile } from 'vfile';
import type { Locale } from '../../../src/config/locales.ts';
import { countScripts, isLatinOnly } from '../read/locale.ts';
import { quote, report } from '../messages.ts';
import { suppliedFor } from './supplied-english.ts';

type Block = Paragraph | Heading | TableCell;

function blocks(tree: Root): Block[] {
  const out: Block[] = [];
  const visit = (node: RootContent | Root) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      out.push(node);
      return;
    }
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  visit(tree);
  return out;
}

function hasLetters(text: string): boolean {
  const c = countScripts(text);
  return c.latin + c.hangul + c.kana + c.han + c.cyrillic > 0;
}

export interface Share {
  english: number;
  translated: number;
}

/** How many body blocks are still in English (Latin only) and how many are translated. */
export function untranslatedShare(tree: Root): Share {
  const share: Share = { english: 0, translated: 0 };
  for (const block of blocks(tree)) {
    const text = toString(block);
    if (!hasLetters(text)) continue;
    if (isLatinOnly(text)) share.english++;
    else share.translated++;
  }
  return share;
}

/** At least half of the blocks left in English: a half-translated page. */
export function isHalfTranslated(share: Share): boolean {
  return share.english > 0 && share.english >= share.translated;
}

function inline(markdown: string): PhrasingContent[] {
  const tree = unified().use(remarkParse).parse(markdown);
  const first = tree.children[0];
  return first?.type === 'paragraph' ? first.children : [{ type: 'text', value: markdown }];
}

export interface RecoveredText {
  value: string;
  supplied: boolean;
}

/** English for a front matter text (title, description). */
export function englishText(text: string, locale: Locale): RecoveredText | undefined {
  if (!hasLetters(text) || isLatinOnly(text)) return { value: text, supplied: false };
  const supplied = suppliedFor(locale, text);
  return supplied === undefined ? undefined : { value: supplied, supplied: true };
}

/**
 * Replaces the translated blocks of `tree` (a copy of the converted translated page) with
 * supplied English; returns false (and reports) when one has none.
 */
export function recoverEnglishBlocks(tree: Root, locale: Locale, file: VFile): boolean {
  let complete = true;
  for (const block of blocks(tree)) {
    const text = toString(block);
    if (!hasLetters(text) || isLatinOnly(text)) continue;
    const supplied = suppliedFor(locale, text);
    if (supplied === undefined) {
      report(file, 'warning', `No English for the translated text ${quote(text)}: the en-us page cannot be recovered (add it to scripts/migrate/convert/supplied-english.ts)`, 'english-missing', block);
      complete = false;
      continue;
    }
    report(file, 'warning', `English for ${quote(text)} is not in the source; supplied ${quote(supplied)} (scripts/migrate/convert/supplied-english.ts)`, 'english-supplied', block);
    block.children = inline(supplied) as typeof block.children;
  }
  return complete;
}

/**
 * The two readings of a side-by-side source range: the translation (English spans cut out) or
 * the English (each pair replaced by its English), as plain text. And a segment's own text:
 * inline Markdown, except inside an HTML block, where Markdown is not read (CommonMark).
 */
import { textOf } from './html.ts';
import type { HtmlPair, Range } from './html-pass.ts';
import { inlinePlain, type Body } from './markdown.ts';
import { normalise } from './types.ts';

export type Variant = 'translated' | 'english';

const within = (inner: Range, outer: Range) => outer.start <= inner.start && inner.end <= outer.end;

export function variantText(body: Body, pairs: readonly HtmlPair[], range: Range, variant: Variant): string {
  let out = '';
  let at = range.start;
  for (const pair of pairs) {
    if (pair.start < at || !within({ start: pair.start, end: pair.lookup.end }, range)) continue;
    if (variant === 'translated') {
      out += body.text.slice(at, pair.lookup.start);
    } else {
      out += body.text.slice(at, pair.start) + body.text.slice(pair.english.start, pair.english.end);
    }
    at = pair.lookup.end;
  }
  return normalise(inlinePlain(out + body.text.slice(at, range.end)));
}

/** A pair's translated or English text, normalised. */
export function pairText(body: Body, pair: HtmlPair, side: Variant, htmlBlocks: readonly Range[]): string {
  const range = side === 'translated' ? pair.translated : pair.english;
  if (htmlBlocks.some((b) => within(range, b))) return normalise(textOf(side === 'translated' ? pair.translatedElement : pair.englishElement));
  return normalise(inlinePlain(body.text.slice(range.start, range.end)));
}

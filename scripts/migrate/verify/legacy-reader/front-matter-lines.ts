/**
 * Front matter line shapes, as legacy DocFX files really write them: `key: value` (also with a
 * translated key and a full-width colon, `標題：…`), a list item, an indented continuation, a
 * side-by-side line (`<span data-ttu-id>…</span><span class="sxs-lookup">…</span>`), a blank
 * line, the `---` delimiter, or anything else (Markdown: the front matter is over).
 */
import { sideBySideLine } from './html.ts';
import { isTranslatableKey } from './words.ts';

export type LineShape = 'blank' | 'delimiter' | 'entry' | 'side-by-side' | 'list' | 'indented' | 'other';

export interface KeyValue {
  key: string;
  value: string;
}

/** `key: value` / `key：value` (a key of at most four words, no Markdown or HTML in it). */
export function keyValue(text: string): KeyValue | undefined {
  const match = /^([^\s:：<>[\]#*|`"'-][^:：<>[\]#*|`"']{0,39}?)\s*(?::(?=\s|$)|：)\s*(.*)$/u.exec(text.trim());
  if (!match || match[1]!.trim().split(/\s+/).length > 4) return undefined;
  return { key: match[1]!.trim(), value: match[2]!.trim() };
}

/** Keys believable in front matter that is never closed (where `Note: …` is body text). */
export function isLikelyKey(key: string): boolean {
  return isTranslatableKey(key) || /^[a-z][a-z0-9_.-]*$/i.test(key);
}

export function shapeOf(line: string): LineShape {
  if (line.trim() === '') return 'blank';
  if (/^---\s*$/.test(line)) return 'delimiter';
  if (/^\s*<span\b[^>]*\bdata-ttu-id=/i.test(line)) {
    // Side by side, when one of its sides is `key: value` (else a body paragraph).
    const pair = sideBySideLine(line);
    return pair && (keyValue(pair.translated) || keyValue(pair.english)) ? 'side-by-side' : 'other';
  }
  if (/^\s*-(\s|$)/.test(line)) return 'list';
  if (/^\S/.test(line) && keyValue(line)) return 'entry';
  if (/^\s+\S/.test(line)) return 'indented';
  return 'other';
}

export interface Block {
  /** 0-based index of the first and last line taken (delimiters included). */
  first: number;
  last: number;
  /** 0-based lines holding entries (no delimiters). */
  from: number;
  to: number;
  opened: boolean;
  closed: boolean;
}

/**
 * The run of front-matter lines from `from`: up to a `---` (closed) when every line before it
 * is front matter, else (never closed) up to the last line before the Markdown starts.
 */
export function blockAt(lines: readonly string[], from: number, opened: boolean, strictKeys: (key: string) => boolean): Block | undefined {
  const start = opened ? from + 1 : from;
  for (let i = start; i < lines.length; i++) {
    const shape = shapeOf(lines[i]!);
    if (shape === 'delimiter') {
      if (i === start && !opened) return undefined;
      return { first: from, last: i, from: start, to: i - 1, opened, closed: true };
    }
    if (shape === 'other') break;
  }
  let last = -1;
  let previous: LineShape = 'blank';
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const shape = shapeOf(line);
    if (shape === 'other' || shape === 'delimiter') break;
    if (shape === 'entry' && !strictKeys(keyValue(line)!.key)) break;
    if ((shape === 'list' || shape === 'indented') && previous !== 'entry' && previous !== 'list') break;
    if (shape !== 'blank') {
      last = i;
      previous = shape;
    }
  }
  if (last === -1) return opened ? { first: from, last: from, from: start, to: from, opened, closed: false } : undefined;
  return { first: from, last, from: start, to: last, opened, closed: false };
}

/** The front matter blocks of a file: the first, and a second one written right after it. */
export function frontMatterBlocks(lines: readonly string[]): Block[] {
  const opened = shapeOf(lines[0] ?? '') === 'delimiter';
  const head = keyValue(lines[0] ?? '');
  if (!opened && !(shapeOf(lines[0] ?? '') === 'entry' && head && (isTranslatableKey(head.key) || /^ms\./i.test(head.key)))) return [];
  const first = blockAt(lines, 0, opened, isLikelyKey);
  if (!first) return [];
  const blocks = [first];
  if (first.closed) {
    let next = first.last + 1;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    const kv = keyValue(lines[next] ?? '');
    if (shapeOf(lines[next] ?? '') === 'entry' && kv && isLikelyKey(kv.key)) {
      const second = blockAt(lines, next, false, isLikelyKey);
      if (second?.closed) blocks.push(second);
    }
  }
  return blocks;
}

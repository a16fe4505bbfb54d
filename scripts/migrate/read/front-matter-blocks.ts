/**
 * Where a legacy file's front matter is: the block at the top, closed by `---` or never closed
 * (then the longest run of lines with known keys), opened by `---` or not (a first line with a
 * known key), and a second closed block right after the first (front matter written twice).
 * Each irregular block is reported with what was read.
 */
import type { VFile } from 'vfile';
import { quote, report } from '../messages.ts';
import { isKnownKey } from '../repair/translated-keys.ts';
import { classify, isStrictKey, type LineKind } from './front-matter-syntax.ts';

export interface Block {
  /** 0-based indexes of the first and the last line of the block. */
  start: number;
  end: number;
  closed: boolean;
}

/** Finds the block that starts at `start` (the opening `---`, 0-based index). */
function findBlock(lines: readonly string[], start: number, opened: boolean): Block | undefined {
  const first = opened ? start + 1 : start;
  // Closed: every line up to a `---` looks like front matter (any key; but after a blank line
  // only a known key: `Note: …` after a blank line is body text, and the `---` a thematic break).
  let afterBlank = false;
  for (let i = first; i < lines.length; i++) {
    const info = classify(lines[i]!, false);
    if (info.kind === 'delimiter') {
      if (i === first && !opened) return undefined;
      return { start, end: i, closed: true };
    }
    if (info.kind === 'other') break;
    if (info.kind === 'kv' && afterBlank && info.kv && !isStrictKey(info.kv.key)) break;
    afterBlank = info.kind === 'blank';
  }
  // Never closed: the longest run of front-matter lines with known keys.
  let last = -1;
  let sawEntry = false;
  let previous: LineKind | 'open-key' = 'blank';
  for (let i = first; i < lines.length; i++) {
    const info = classify(lines[i]!, true);
    const kind = info.kind;
    if (kind === 'other' || kind === 'delimiter') break;
    // A list or an indented line belongs to front matter only right after `key:` (or its list).
    if ((kind === 'list' || kind === 'indented') && previous !== 'open-key' && previous !== 'list' && previous !== 'kv') break;
    if (kind === 'list' && previous === 'kv') break;
    if (kind !== 'blank') {
      last = i;
      sawEntry = true;
      previous = kind === 'kv' && info.kv?.value === '' ? 'open-key' : kind;
    }
  }
  if (!sawEntry) return opened ? { start, end: start, closed: false } : undefined;
  return { start, end: last, closed: false };
}

/** The front matter blocks of a file's lines, in order: none, one, or a first and a second. */
export function findBlocks(lines: readonly string[], file: VFile): Block[] {
  const blocks: Block[] = [];
  const opened = /^---\s*$/.test(lines[0] ?? '');
  const firstInfo = classify(lines[0] ?? '', true);
  if (!opened && !(firstInfo.kind === 'kv' && firstInfo.kv !== undefined && isKnownKey(firstInfo.kv.key))) return blocks;
  const block = findBlock(lines, 0, opened);
  if (!block) return blocks;
  blocks.push(block);
  if (!opened) {
    report(file, 'warning', 'Front matter has no opening `---`; read the lines up to the first Markdown as front matter', 'front-matter-unopened', { line: 1, column: 1 });
  } else if (!block.closed) {
    let next = block.end + 1;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    const nextText = next < lines.length ? ` (before ${quote(lines[next]!, 30)} on line ${next + 1})` : '';
    report(
      file,
      'warning',
      `Front matter opened on line 1 is never closed; closed it after line ${block.end + 1}${nextText}`,
      'front-matter-unclosed',
      { line: 1, column: 1 },
    );
  }
  // A second block right after the first (`---` … `---` written twice).
  if (block.closed) {
    let next = block.end + 1;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    const info = classify(lines[next] ?? '', true);
    if (next < lines.length && info.kind === 'kv') {
      const second = findBlock(lines, next, false);
      if (second?.closed) {
        blocks.push(second);
        report(
          file,
          'warning',
          `A second front matter block (lines ${next + 1}–${second.end + 1}) follows the first; merged it into the first`,
          'front-matter-duplicate',
          { line: next + 1, column: 1 },
        );
      }
    }
  }
  return blocks;
}

/**
 * Reads legacy front matter as it really is: closed or never closed, written twice, with
 * translated keys and full-width colons, title and description merged on one line, and (in
 * side-by-side files) each line wrapped in translation spans with the English alongside.
 *
 * The steps: where the blocks are (front-matter-blocks.ts, each line classified by
 * front-matter-syntax.ts), their lines → entries (front-matter-entries.ts), a key given twice
 * with different values reported (the later wins). Front matter lines are blanked in the returned
 * body, so Markdown positions stay the file's.
 */
import type { VFile } from 'vfile';
import { quote, report } from '../messages.ts';
import { findBlocks } from './front-matter-blocks.ts';
import { readBlock } from './front-matter-entries.ts';

export interface FrontMatterEntry {
  /** Canonical key: `title`, `description`, `author`, or as written (`ms.date`). */
  key: string;
  writtenKey: string;
  value: string | string[];
  line: number;
  column: number;
  /** Side-by-side segment the entry came from. */
  segmentId?: string;
}

export interface FrontMatterSegment {
  id: string;
  translated: string;
  english: string;
  line: number;
  column: number;
}

export interface LegacyFrontMatter {
  /** Entries of the page's own language, in order (later entries win). */
  entries: FrontMatterEntry[];
  /** Entries read from the English of side-by-side lines. */
  englishEntries: FrontMatterEntry[];
  segments: FrontMatterSegment[];
  /** 1-based inclusive range of the lines taken as front matter, if any. */
  range?: { start: number; end: number };
}

export interface ReadFrontMatterResult {
  frontMatter: LegacyFrontMatter;
  /** The text with front-matter lines blanked. */
  body: string;
}

export function readFrontMatter(text: string, file: VFile): ReadFrontMatterResult {
  const lines = text.split('\n');
  const frontMatter: LegacyFrontMatter = { entries: [], englishEntries: [], segments: [] };
  const blocks = findBlocks(lines, file);

  for (const block of blocks) readBlock(lines, block, frontMatter, file);
  reportConflicts(frontMatter.entries, file);

  if (blocks.length > 0) {
    const start = blocks[0]!.start;
    const end = blocks.at(-1)!.end;
    frontMatter.range = { start: start + 1, end: end + 1 };
    for (let i = start; i <= end; i++) lines[i] = '';
  }
  return { frontMatter, body: lines.join('\n') };
}

/** A key written twice with different values: the later wins, reported. */
function reportConflicts(entries: readonly FrontMatterEntry[], file: VFile): void {
  const first = new Map<string, FrontMatterEntry>();
  for (const entry of entries) {
    const earlier = first.get(entry.key);
    if (!earlier) {
      first.set(entry.key, entry);
      continue;
    }
    if (JSON.stringify(earlier.value) !== JSON.stringify(entry.value)) {
      report(
        file,
        'warning',
        `\`${entry.key}\` is given twice (lines ${earlier.line} and ${entry.line}) with different values; kept the later ${quote(stringValue(entry) ?? '')}, dropped ${quote(stringValue(earlier) ?? '')}`,
        'front-matter-conflict',
        { line: entry.line, column: entry.column },
      );
    }
  }
}

/** The last value written for `key` (later lines and blocks win). */
export function entryFor(entries: readonly FrontMatterEntry[], key: string): FrontMatterEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i]!.key === key) return entries[i];
  return undefined;
}

export function stringValue(entry: FrontMatterEntry | undefined): string | undefined {
  if (!entry) return undefined;
  return Array.isArray(entry.value) ? entry.value.join(', ') : entry.value;
}

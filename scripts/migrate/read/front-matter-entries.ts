/**
 * The lines of a front matter block → entries: `key: value` lines with their lists and indented
 * continuations; translated keys and full-width colons read as the schema's keys (reported);
 * title and description merged on one line split in two; side-by-side lines and values split
 * into the translated entry and the English one, and kept as segments.
 */
import type { VFile } from 'vfile';
import { quote, report } from '../messages.ts';
import { canonicalKey, isTranslatedKey } from '../repair/translated-keys.ts';
import { splitMergedTitle } from '../repair/title-suffix.ts';
import type { Block } from './front-matter-blocks.ts';
import { classify, listValue, scalar, sxsValue, type KeyValue } from './front-matter-syntax.ts';
import type { FrontMatterEntry, LegacyFrontMatter } from './front-matter.ts';

/** Reads the entries and segments of one block into `fm`. */
export function readBlock(lines: string[], block: Block, fm: LegacyFrontMatter, file: VFile): void {
  const first = /^---\s*$/.test(lines[block.start]!) ? block.start + 1 : block.start;
  const last = block.closed ? block.end - 1 : block.end;
  let current: FrontMatterEntry | undefined;
  for (let i = first; i <= last; i++) {
    const line = lines[i]!;
    const info = classify(line, false);
    const lineNo = i + 1;
    if (info.kind === 'blank') continue;
    if (info.kind === 'list' && current) {
      const item = scalar(line.replace(/^\s*-\s+/, ''));
      current.value = Array.isArray(current.value) ? [...current.value, item] : current.value === '' ? [item] : [current.value, item];
      continue;
    }
    if (info.kind === 'indented' && current && typeof current.value === 'string') {
      current.value = `${current.value} ${line.trim()}`.trim();
      continue;
    }
    if (info.kind !== 'kv') {
      report(file, 'warning', `Cannot read front matter line ${quote(line)}; dropped it`, 'front-matter-line', { line: lineNo, column: 1 });
      continue;
    }
    if (info.sxs) {
      const { id, translated, english, kv, englishKv, column } = info.sxs;
      fm.segments.push({ id, translated, english, line: lineNo, column });
      if (kv) current = addEntries(fm.entries, kv, lineNo, column, file, id);
      else report(file, 'warning', `Cannot read the translated front matter ${quote(translated)}`, 'front-matter-line', { line: lineNo, column });
      if (englishKv) addEntries(fm.englishEntries, englishKv, lineNo, column, undefined, id);
      continue;
    }
    // A value that is itself a side-by-side pair (`title: "<span data-ttu-id=…>…</span><span
    // class=\"sxs-lookup\">…</span>"`): the translation is the value, the English the English entry's.
    const pair = sxsValue.exec(scalar(info.kv!.value));
    if (pair && pair[1] === pair[3]) {
      const [, id, translated, , english] = pair as unknown as [string, string, string, string, string];
      const column = line.indexOf(':') + 2;
      fm.segments.push({ id, translated, english, line: lineNo, column });
      current = addEntries(fm.entries, { ...info.kv!, value: translated }, lineNo, column, file, id);
      addEntries(fm.englishEntries, { ...info.kv!, value: english }, lineNo, column, undefined, id);
      report(file, 'info', `The value of \`${info.kv!.key}\` is a side-by-side pair: took ${quote(translated)}, and ${quote(english)} for the English page`, 'front-matter-segment', { line: lineNo, column });
      continue;
    }
    current = addEntries(fm.entries, info.kv!, lineNo, 1, file);
  }
}

/** Adds one line's entries (two when title and description are merged); returns the last. */
function addEntries(
  entries: FrontMatterEntry[],
  kv: KeyValue,
  line: number,
  column: number,
  file: VFile | undefined,
  segmentId?: string,
): FrontMatterEntry {
  const key = canonicalKey(kv.key);
  if (file && isTranslatedKey(kv.key)) {
    report(file, 'info', `Read the translated key \`${kv.key}${kv.colon}\` as \`${key}:\``, 'front-matter-translated-key', { line, column });
  } else if (file && kv.colon === '：') {
    report(file, 'info', `Read the full-width colon in \`${kv.key}：\` as \`:\``, 'front-matter-translated-key', { line, column });
  }
  const make = (k: string, written: string, value: string | string[]): FrontMatterEntry => {
    const entry: FrontMatterEntry = { key: k, writtenKey: written, value, line, column };
    if (segmentId !== undefined) entry.segmentId = segmentId;
    return entry;
  };
  if (key === 'title') {
    const merged = splitMergedTitle(scalar(kv.value));
    if (merged) {
      if (file) {
        report(
          file,
          'warning',
          `Title and description are merged on one line; split it at ${quote(merged.junction)} into \`title\` and \`description\``,
          'front-matter-merged-title',
          { line, column },
        );
        if (!merged.suffixIsProduct) {
          report(file, 'warning', `Dropped ${quote(merged.suffix)} between the title and the description key: it is not a known product suffix`, 'title-suffix', { line, column });
        }
      }
      const title = make('title', kv.key, merged.title);
      entries.push(title);
      const description = make('description', merged.descriptionKey, merged.description);
      entries.push(description);
      return description;
    }
  }
  const list = listValue(kv.value);
  const entry = make(key, kv.key, list ?? scalar(kv.value));
  entries.push(entry);
  return entry;
}

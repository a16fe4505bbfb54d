/**
 * Reads legacy front matter as it really is: closed or never closed, written twice, with
 * translated keys and full-width colons, title and description merged on one line, and (in
 * side-by-side files) each line wrapped in translation spans with the English alongside.
 *
 * Front matter lines are blanked in the returned body, so Markdown positions stay the file's.
 */
import YAML from 'yaml';
import type { VFile } from 'vfile';
import { decodeEntities } from '../repair/html-tokens.ts';
import { quote, report } from '../messages.ts';
import { canonicalKey, isKnownKey, isTranslatedKey } from '../repair/translated-keys.ts';
import { splitMergedTitle } from '../repair/title-suffix.ts';

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

type LineKind = 'blank' | 'delimiter' | 'kv' | 'list' | 'indented' | 'other';

interface KeyValue {
  key: string;
  value: string;
  colon: string;
}

const sxsLine =
  /^\s*<span data-ttu-id="([^"]+)">([\s\S]*?)<\/span>\s*<span class="sxs-lookup"><span data-stu-id="([^"]+)">([\s\S]*?)<\/span><\/span>\s*$/;

/** A front matter value that is one side-by-side pair. */
const sxsValue = /^<span data-ttu-id="([^"]+)">([\s\S]*?)<\/span>\s*<span class="sxs-lookup"><span data-stu-id="([^"]+)">([\s\S]*?)<\/span><\/span>$/;

function parseKeyValue(text: string): KeyValue | undefined {
  const match = /^([^\s:：<>[\]#*|`"'-][^:：<>[\]#*|`"']{0,39}?)\s*([:：])(?!\/\/)\s?(.*)$/u.exec(text.trim());
  if (!match) return undefined;
  const [, key, colon, value] = match;
  if (key!.trim().split(/\s+/).length > 4) return undefined;
  return { key: key!.trim(), value: value!.trim(), colon: colon! };
}

/** Keys accepted in front matter that is never closed (where a body line could look like `Note: …`). */
function isStrictKey(key: string): boolean {
  return isKnownKey(key) || /^[a-z][A-Za-z0-9_.-]*$/.test(key);
}

interface LineInfo {
  kind: LineKind;
  kv?: KeyValue;
  /** Side-by-side line: the translated and the English key/value. */
  sxs?: { id: string; translated: string; english: string; kv?: KeyValue; englishKv?: KeyValue; column: number };
}

function classify(line: string, strict: boolean): LineInfo {
  if (line.trim() === '') return { kind: 'blank' };
  if (/^---\s*$/.test(line)) return { kind: 'delimiter' };
  const sxs = sxsLine.exec(line);
  if (sxs) {
    const translated = decodeEntities(sxs[2]!).trim();
    const english = decodeEntities(sxs[4]!).trim();
    const kv = parseKeyValue(translated);
    const englishKv = parseKeyValue(english);
    if (kv || englishKv) {
      const info: LineInfo['sxs'] = { id: sxs[1]!, translated, english, column: line.indexOf('<') + 1 };
      if (kv) info!.kv = kv;
      if (englishKv) info!.englishKv = englishKv;
      return { kind: 'kv', sxs: info! };
    }
    return { kind: 'other' };
  }
  if (/^\s+-\s+\S/.test(line) || /^-\s+\S/.test(line)) return { kind: 'list' };
  const kv = parseKeyValue(line);
  if (kv && (!strict || isStrictKey(kv.key))) return { kind: 'kv', kv };
  if (/^\s{2,}\S/.test(line)) return { kind: 'indented' };
  return { kind: 'other' };
}

function scalar(value: string): string {
  const trimmed = value.trim();
  if (/^(["']).*\1$/s.test(trimmed)) {
    try {
      const parsed: unknown = YAML.parse(trimmed);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // keep as written
    }
    return trimmed.slice(1, -1);
  }
  return trimmed;
}

function listValue(value: string): string[] | undefined {
  const trimmed = value.trim();
  if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) return undefined;
  try {
    const parsed: unknown = YAML.parse(trimmed);
    if (Array.isArray(parsed)) return parsed.map(String);
  } catch {
    // not a YAML list
  }
  return undefined;
}

interface Block {
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

export interface ReadFrontMatterResult {
  frontMatter: LegacyFrontMatter;
  /** The text with front-matter lines blanked. */
  body: string;
}

export function readFrontMatter(text: string, file: VFile): ReadFrontMatterResult {
  const lines = text.split('\n');
  const frontMatter: LegacyFrontMatter = { entries: [], englishEntries: [], segments: [] };
  const blocks: Block[] = [];

  const opened = /^---\s*$/.test(lines[0] ?? '');
  const firstInfo = classify(lines[0] ?? '', true);
  if (opened || (firstInfo.kind === 'kv' && firstInfo.kv !== undefined && isKnownKey(firstInfo.kv.key))) {
    const block = findBlock(lines, 0, opened);
    if (block) {
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
    }
  }

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

function readBlock(lines: string[], block: Block, fm: LegacyFrontMatter, file: VFile): void {
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

/** The last value written for `key` (later lines and blocks win). */
export function entryFor(entries: readonly FrontMatterEntry[], key: string): FrontMatterEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i]!.key === key) return entries[i];
  return undefined;
}

export function stringValue(entry: FrontMatterEntry | undefined): string | undefined {
  if (!entry) return undefined;
  return Array.isArray(entry.value) ? entry.value.join(', ') : entry.value;
}

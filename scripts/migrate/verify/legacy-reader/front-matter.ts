/**
 * Legacy front matter → entries, as written and as broken: a clean block is read by the YAML
 * library (failsafe schema: every value text, a hash stays a hash); anything else (never
 * closed, translated keys and full-width colons, lines written side by side) line by line.
 * Then values wrapped in side-by-side spans are unwrapped (their English kept), and a title
 * line that swallowed the description is split. Problems are reported, never thrown.
 */
import YAML, { LineCounter } from 'yaml';
import type { VFile } from 'vfile';
import { quote, report } from '../../messages.ts';
import { frontMatterBlocks, keyValue, shapeOf, type Block, type KeyValue } from './front-matter-lines.ts';
import { sideBySideLine } from './html.ts';
import { descriptionNames, keyOf, mentionsProduct } from './words.ts';

export interface Entry {
  /** `title`, `description`, `author` (whatever the written key), else the key as written. */
  key: string;
  value: string | string[];
  line: number;
  column: number;
  /** The side-by-side segment the entry was read from. */
  segment?: string;
}

export interface FrontMatterSegment {
  id: string;
  translated: string;
  english: string;
  line: number;
  column: number;
}

export interface FrontMatter {
  entries: Entry[];
  /** Entries read from the English side of side-by-side lines and values. */
  english: Entry[];
  segments: FrontMatterSegment[];
  /** 1-based first line of the front matter, if any. */
  line: number | undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const merged = new RegExp(`^(.*?)(${descriptionNames.map(escape).join('|')})([^:：|｜]{0,40}?)\\s*[:：]\\s*(.*)$`, 'isu');

/** `X | Partner Center description: Y` (any language) → title `X`, description `Y`; undefined when not merged. */
export function splitMergedTitle(value: string): { title: string; description: string; between: string } | undefined {
  for (const sep of value.matchAll(/\s*[|｜]\s*/gu)) {
    const title = value.slice(0, sep.index).trim();
    const match = merged.exec(value.slice(sep.index + sep[0].length));
    if (match && title !== '') return { title, description: match[4]!.trim(), between: `${match[1]!} ${match[3]!}`.trim() };
  }
  return undefined;
}

/** A written value: quoted text and `[a, b]` lists read by YAML, anything else as written. */
function valueOf(written: string): string | string[] {
  const text = written.trim();
  if (/^(["']).*\1$/s.test(text) || /^\[.*\]$/s.test(text)) {
    try {
      const parsed: unknown = YAML.parse(text, { schema: 'failsafe' });
      if (typeof parsed === 'string') return parsed;
      if (Array.isArray(parsed)) return parsed.map((v) => String(v ?? ''));
    } catch {
      // not YAML: as written
    }
    return /^["']/.test(text) ? text.slice(1, -1) : text;
  }
  return text;
}

class Reader {
  readonly fm: FrontMatter = { entries: [], english: [], segments: [], line: undefined };
  private readonly file: VFile;
  constructor(file: VFile) {
    this.file = file;
  }

  /** Adds `key: value` (two entries when title and description are merged). */
  add(list: Entry[], kv: KeyValue | { key: string; value: string | string[] }, line: number, column: number, segment?: string): Entry {
    const key = keyOf(kv.key);
    const make = (k: string, value: string | string[]): Entry => ({ key: k, value, line, column, ...(segment !== undefined ? { segment } : {}) });
    let value = kv.value;
    if (typeof value === 'string' && /<span\b[^>]*data-ttu-id=/i.test(value)) {
      const pair = sideBySideLine(value);
      if (pair) {
        value = pair.translated;
        this.fm.segments.push({ id: pair.id, translated: pair.translated, english: pair.english, line, column });
        this.fm.english.push(...this.split(key, pair.english, (k, v) => ({ key: k, value: v, line, column, segment: pair.id })));
        return this.push(list, this.split(key, value, (k, v) => ({ ...make(k, v), segment: pair.id })));
      }
    }
    return this.push(list, this.split(key, value, make));
  }

  private split(key: string, value: string | string[], make: (k: string, v: string | string[]) => Entry): Entry[] {
    if (key !== 'title' || typeof value !== 'string') return [make(key, value)];
    const parts = splitMergedTitle(value);
    if (!parts) return [make(key, value)];
    if (parts.between !== '' && !mentionsProduct(parts.between)) {
      report(this.file, 'warning', `Split the title line at the description key, dropping ${quote(parts.between)} (not the product name)`, 'front-matter-merged', make(key, value));
    }
    return [make('title', parts.title), make('description', parts.description)];
  }

  private push(list: Entry[], entries: Entry[]): Entry {
    list.push(...entries);
    return entries.at(-1)!;
  }

  /** A clean block by the YAML library; false when it is not a clean mapping. */
  yaml(lines: readonly string[], block: Block): boolean {
    if (!block.closed || lines.slice(block.from, block.to + 1).some((l) => shapeOf(l) === 'side-by-side')) return false;
    const counter = new LineCounter();
    const doc = YAML.parseDocument(lines.slice(block.from, block.to + 1).join('\n'), { schema: 'failsafe', lineCounter: counter, uniqueKeys: false });
    if (doc.errors.length > 0 || !(YAML.isMap(doc.contents) || doc.contents === null)) return false;
    for (const pair of YAML.isMap(doc.contents) ? doc.contents.items : []) {
      const key = YAML.isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const at = counter.linePos(YAML.isNode(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
      const json: unknown = YAML.isNode(pair.value) ? pair.value.toJSON() : pair.value;
      const value = Array.isArray(json) ? json.map((v) => String(v ?? '')) : json === null || json === undefined ? '' : typeof json === 'string' ? json : JSON.stringify(json);
      this.add(this.fm.entries, { key, value }, block.from + at.line, at.col);
    }
    return true;
  }

  /** Any block, line by line. */
  byLine(lines: readonly string[], block: Block): void {
    let current: Entry | undefined;
    for (let i = block.from; i <= block.to; i++) {
      const line = lines[i]!;
      const shape = shapeOf(line);
      if (shape === 'blank') continue;
      if (shape === 'list' && current) {
        const item = valueOf(line.replace(/^\s*-\s*/, ''));
        const items = Array.isArray(current.value) ? current.value : current.value === '' ? [] : [current.value];
        current.value = [...items, ...(Array.isArray(item) ? item : [item])];
      } else if (shape === 'indented' && current && typeof current.value === 'string') {
        current.value = `${current.value} ${line.trim()}`.trim();
      } else if (shape === 'side-by-side') {
        const pair = sideBySideLine(line)!;
        this.fm.segments.push({ id: pair.id, translated: pair.translated, english: pair.english, line: i + 1, column: pair.column });
        const kv = keyValue(pair.translated);
        const en = keyValue(pair.english);
        if (en) this.add(this.fm.english, { key: en.key, value: valueOf(en.value) }, i + 1, pair.column, pair.id);
        if (kv) current = this.add(this.fm.entries, { key: kv.key, value: valueOf(kv.value) }, i + 1, pair.column, pair.id);
        else report(this.file, 'warning', `Cannot read the translated front matter ${quote(pair.translated)}: its value is not checked`, 'front-matter-line', { line: i + 1, column: pair.column });
      } else if (shape === 'entry') {
        const kv = keyValue(line)!;
        current = this.add(this.fm.entries, { key: kv.key, value: valueOf(kv.value) }, i + 1, 1);
      } else {
        report(this.file, 'warning', `Cannot read the front matter line ${quote(line)}: not checked`, 'front-matter-line', { line: i + 1, column: 1 });
      }
    }
  }
}

/** Reads the front matter; the body is the text with the front matter lines blanked (positions kept). */
export function readFrontMatter(text: string, file: VFile): { frontMatter: FrontMatter; body: string } {
  const lines = text.split('\n');
  const reader = new Reader(file);
  const blocks = frontMatterBlocks(lines);
  for (const block of blocks) if (!reader.yaml(lines, block)) reader.byLine(lines, block);
  const first = blocks[0];
  if (!first) return { frontMatter: reader.fm, body: text };
  reader.fm.line = first.first + 1;
  if (!first.opened) report(file, 'warning', 'The front matter has no opening `---`: read it up to the Markdown', 'front-matter-unopened', { line: 1, column: 1 });
  else if (!first.closed) report(file, 'warning', `The front matter is never closed: read it up to line ${first.last + 1}`, 'front-matter-unclosed', { line: 1, column: 1 });
  const last = blocks.at(-1)!.last;
  for (let i = first.first; i <= last; i++) lines[i] = '';
  return { frontMatter: reader.fm, body: lines.join('\n') };
}

/** The last value written for `key`, as text (a list joined with commas). */
export function valueFor(entries: readonly Entry[], key: string): { text: string; entry: Entry } | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (entry.key === key) return { text: Array.isArray(entry.value) ? entry.value.join(', ') : entry.value, entry };
  }
  return undefined;
}

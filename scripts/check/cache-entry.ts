/**
 * A file's entry in the checker's cache (cache.ts), as the checker uses it and as it is stored:
 * an array, [size, mtimeMs, readAt, hash, packOffset, packLength, fatal (0/1), sourceHash, date,
 * translation, messages, questions], a message being [line, column, "e"|"w", ruleId, text]. Also
 * the shapes of the index's base and of a journal line.
 */
import { parseEntryId } from '../../src/lib/content-index.ts';
import type { PageMessage } from './context.ts';
import type { PageSummary } from './model.ts';

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  /** When the file's bytes were last read (ms): the size-and-time shortcut needs mtime well before it. */
  readAt: number;
  /** The model's hash (hash.ts: extractor version and file bytes). */
  hash: string;
  /** Where the model is in models.pack; absent when it is not stored there. */
  at?: [offset: number, length: number];
  summary: PageSummary;
  /** The page's messages, and the questions they depend on (one a line); absent: check the page. */
  messages?: PageMessage[];
  questions?: string;
}

/** content/required-pages.json as last read: its hash, and the pages or the problem found. */
export type RequiredPagesResult = { hash: string; pages: string[]; messages: string[] };

type StoredMessage = [line: number, column: number, severity: 'e' | 'w', ruleId: string, message: string];
export type StoredEntry = [
  size: number,
  mtimeMs: number,
  readAt: number,
  hash: string,
  offset: number,
  length: number,
  fatal: 0 | 1,
  sourceHash: string | 0,
  date: string | 0,
  translation: PageSummary['translation'] | 0,
  messages: StoredMessage[] | 0,
  questions: string | 0,
];

export function store(e: CacheEntry): StoredEntry {
  const s = e.summary;
  const messages = e.messages?.map((m): StoredMessage => [m.line, m.column, m.severity === 'error' ? 'e' : 'w', m.ruleId, m.message]) ?? 0;
  return [e.size, e.mtimeMs, e.readAt, e.hash, e.at?.[0] ?? -1, e.at?.[1] ?? 0, s.fatal ? 1 : 0, s.sourceHash ?? 0, s.date ?? 0, s.translation ?? 0, messages, e.questions ?? 0];
}

export function load(file: string, s: StoredEntry): CacheEntry {
  const [size, mtimeMs, readAt, hash, offset, length, fatal, sourceHash, date, translation, messages, questions] = s;
  const summary: PageSummary = { file, fatal: fatal === 1 };
  const ref = parseEntryId(file);
  if (ref) {
    summary.locale = ref.locale;
    summary.slug = ref.slug;
  }
  if (sourceHash) summary.sourceHash = sourceHash;
  if (date) summary.date = date;
  if (translation) summary.translation = translation;
  const entry: CacheEntry = { size, mtimeMs, readAt, hash, summary };
  if (offset >= 0) entry.at = [offset, length];
  if (messages) entry.messages = messages.map(([line, column, severity, ruleId, message]) => ({ line, column, severity: severity === 'e' ? 'error' : 'warning', ruleId, message }));
  if (questions !== 0) entry.questions = questions;
  return entry;
}

export interface Base {
  version: string;
  root: string;
  seq: number;
  packBytes: number;
  required?: RequiredPagesResult;
  answers: Record<string, string>;
  files: Record<string, StoredEntry>;
}

export interface JournalLine {
  base: number;
  seq: number;
  packBytes: number;
  required?: RequiredPagesResult;
  answers: Record<string, string>;
  set: Record<string, StoredEntry>;
  removed: string[];
}

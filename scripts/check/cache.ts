/**
 * What the checker keeps between runs, so that a run does only the work a change calls for.
 *
 * `.cache/content-check-<root hash>/`:
 *   index.json     the base: { version, root, seq, packBytes, required, answers, files }
 *   index.journal  changes since the base, one JSON line a run: { base, seq, packBytes,
 *                  required?, answers, set: { <file>: entry }, removed: [<file>] }. A line
 *                  applies only to the state it was made from (`base` = the seq before it), so
 *                  two checkers writing at once cannot leave a mixed state: the later line is
 *                  ignored and its work simply done again. The journal is folded into a new base
 *                  when it grows past half the base.
 *   models.pack    the parsed models (pack.ts); an entry points at its model. Appended to;
 *                  rewritten, with a new base, when more than half of it is garbage.
 *
 * An entry, stored as an array: [size, mtimeMs, readAt, hash, packOffset, packLength,
 * fatal (0/1), sourceHash, date, translation, messages, questions], where a message is
 * [line, column, "e"|"w", ruleId, text] and `questions` lists what the page's rules asked about
 * other pages (context.ts), one a line. `answers` holds the last answer to every question that
 * is not about a page (a page's answer is its entry's hash).
 *
 * A file whose size and modification time are unchanged, and that was modified at least two
 * seconds before it was last read, is not read again (as git's index does); any other file is
 * read and its hash compared. The version covers the checker's own code and settings: a checker
 * that changed starts from nothing. A model read from the pack must carry the hash its entry
 * expects, else the page is parsed again: a torn or foreign cache costs time, never a message.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { load, store, type Base, type CacheEntry, type JournalLine, type RequiredPagesResult, type StoredEntry } from './cache-entry.ts';
import { isUnreadableHash } from './hash.ts';
import { PackReader, writeAtomically, writePack } from './pack.ts';
import type { PageModel } from './model.ts';

export interface CacheState {
  dir: string;
  version: string;
  root: string;
  seq: number;
  packBytes: number;
  required: RequiredPagesResult | undefined;
  /** The last answer to each question that is not about a page. */
  answers: Record<string, string>;
  entries: Map<string, CacheEntry>;
  /** Bytes of the base and of the journal, to know when to fold. */
  baseBytes: number;
  journalBytes: number;
  /** The journal ends with a line break (or is empty): a new line can follow as it is. */
  journalEndsLine: boolean;
}

/** A change within this long of a read could share its timestamp: read the file again. */
const racyMs = 2000;

export function defaultCacheDir(root: string, base = join(process.cwd(), '.cache')): string {
  return join(base, `content-check-${createHash('sha1').update(root).digest('hex').slice(0, 10)}`);
}

const baseFile = (dir: string) => join(dir, 'index.json');
const journalFile = (dir: string) => join(dir, 'index.journal');
const packFile = (dir: string) => join(dir, 'models.pack');

export function packReader(cache: CacheState): PackReader {
  return new PackReader(packFile(cache.dir));
}

/** The cache in `dir` when it was written by this checker version for this root, else an empty one. */
export function openCache(dir: string, root: string, version: string): CacheState {
  const empty: CacheState = { dir, version, root, seq: 0, packBytes: 0, required: undefined, answers: {}, entries: new Map(), baseBytes: 0, journalBytes: 0, journalEndsLine: true };
  let base: Base;
  let baseText: string;
  try {
    baseText = readFileSync(baseFile(dir), 'utf8');
    base = JSON.parse(baseText) as Base;
    if (base.version !== version || base.root !== root || !base.files || typeof base.seq !== 'number') return empty;
  } catch {
    return empty; // no cache yet, or an unreadable one: start from nothing
  }
  const state: CacheState = { ...empty, seq: base.seq, packBytes: base.packBytes, required: base.required, answers: base.answers ?? {}, baseBytes: baseText.length };
  for (const file in base.files) state.entries.set(file, load(file, base.files[file]!));
  let journal = '';
  try {
    journal = readFileSync(journalFile(dir), 'utf8');
  } catch {
    // no journal: the base is the whole state
  }
  state.journalBytes = journal.length;
  state.journalEndsLine = journal === '' || journal.endsWith('\n');
  for (const text of journal.split('\n')) {
    if (!text) continue;
    let line: JournalLine;
    try {
      line = JSON.parse(text) as JournalLine;
    } catch {
      continue; // a torn line (a run stopped while writing it): the lines after it say what they were made from
    }
    if (line.base !== state.seq) continue; // made from another state (a concurrent run): ignored
    state.seq = line.seq;
    state.packBytes = line.packBytes;
    if (line.required) state.required = line.required;
    Object.assign(state.answers, line.answers);
    for (const file of line.removed) state.entries.delete(file);
    for (const file in line.set) state.entries.set(file, load(file, line.set[file]!));
  }
  return state;
}

/**
 * The file is unchanged since it was last read, by its size and time alone. A file that could not
 * be read is never taken as unchanged: mending it (a permission, a link's target) may not touch
 * its size or time.
 */
export function unchangedByStat(entry: CacheEntry, size: number, mtimeMs: number): boolean {
  return entry.size === size && entry.mtimeMs === mtimeMs && mtimeMs < entry.readAt - racyMs && !isUnreadableHash(entry.hash);
}

export interface RunChanges {
  /** Every entry now, in path order. */
  entries: ReadonlyMap<string, CacheEntry>;
  /** Files whose entry is new or changed in this run. */
  changed: ReadonlySet<string>;
  /** Models parsed in this run (and models the pack could not give back), by file. */
  newModels: ReadonlyMap<string, PageModel>;
  answers: Record<string, string>;
  required: RequiredPagesResult | undefined;
}

/** The whole state as a new base. */
function baseText(cache: CacheState, run: RunChanges, seq: number, packBytes: number): string {
  const files: Record<string, StoredEntry> = {};
  for (const [file, entry] of run.entries) files[file] = store(entry);
  // Only the answers some page still depends on.
  const used = new Set<string>();
  for (const entry of run.entries.values()) for (const q of entry.questions?.split('\n') ?? []) if (q && !q.startsWith('page:')) used.add(q);
  const answers = Object.fromEntries(Object.entries(run.answers).filter(([q]) => used.has(q)));
  const base: Base = { version: cache.version, root: cache.root, seq, packBytes, answers, files };
  if (run.required) base.required = run.required;
  return JSON.stringify(base);
}

/** What changed in this run, as one journal line (without its line break). */
function journalLine(cache: CacheState, run: RunChanges, seq: number, packBytes: number, removed: string[]): string {
  const set: Record<string, StoredEntry> = {};
  // Entries new or changed, and those whose model was appended to the pack (their `at` moved).
  for (const file of [...run.changed, ...run.newModels.keys()]) {
    const entry = run.entries.get(file);
    if (entry) set[file] = store(entry);
  }
  const answers: Record<string, string> = {};
  for (const q in run.answers) if (cache.answers[q] !== run.answers[q]) answers[q] = run.answers[q]!;
  const line: JournalLine = { base: cache.seq, seq, packBytes, answers, set, removed };
  if (run.required && run.required.hash !== cache.required?.hash) line.required = run.required;
  return JSON.stringify(line);
}

/**
 * Stores the run: new models into the pack, then a journal line, or a new base when the journal
 * or the pack has grown too much (or there was no base). Never throws: a read-only checkout still
 * gets its report, and the next run just does the work again.
 */
export function writeCache(cache: CacheState, run: RunChanges, reader: PackReader): void {
  try {
    mkdirSync(cache.dir, { recursive: true });
    const removed = [...cache.entries.keys()].filter((file) => !run.entries.has(file));
    const { packBytes, fresh } = writePack(packFile(cache.dir), cache.packBytes, run.entries, run.newModels, reader);

    const seq = cache.seq + 1;
    // A journal line, unless the base must be written anyway; the base too when the line would
    // make the journal more than half the base (reading both would then cost more than one base).
    const line = fresh || cache.baseBytes === 0 ? undefined : journalLine(cache, run, seq, packBytes, removed);
    if (line === undefined || (cache.journalBytes + line.length) * 2 > cache.baseBytes) {
      writeAtomically(baseFile(cache.dir), baseText(cache, run, seq, packBytes));
      writeFileSync(journalFile(cache.dir), '');
    } else {
      const fd = openSync(journalFile(cache.dir), 'a');
      try {
        writeSync(fd, `${cache.journalEndsLine ? '' : '\n'}${line}\n`);
      } finally {
        closeSync(fd);
      }
    }
  } catch {
    // A read-only checkout still gets its report; the next run just does the work again.
  }
}

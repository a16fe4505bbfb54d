/**
 * Parse results kept between runs, by content hash: a file whose bytes did not change is not
 * parsed again. Rules always run over every page, so a message that depends on another page
 * (a link to a heading someone renamed) is always recomputed: invalidation is by construction.
 *
 * Stored shape (`.cache/content-check-<root hash>.json`):
 *   { "version": "<extractor version>", "root": "<content root>", "writtenAt": <ms>,
 *     "entries": { "<file>": PageModel }, "stats": { "<file>": [size, mtimeMs] } }
 * where each PageModel carries its own `hash` (SHA-1 of extractor version + file bytes).
 * As git's index does, a file whose size and modification time are unchanged, and that was last
 * modified well before the cache was written, is not read again; any other file is read and its
 * hash compared.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractorVersion } from './extract.ts';
import type { PageModel } from './model.ts';

export type FileStat = [size: number, mtimeMs: number];

export interface Cache {
  models: Map<string, PageModel>;
  stats: Map<string, FileStat>;
  writtenAt: number;
}

/** A change within this long of the cache being written could share its timestamp: re-hash it. */
const racyMs = 2000;

export function defaultCacheFile(root: string, cacheDir = join(process.cwd(), '.cache')): string {
  return join(cacheDir, `content-check-${createHash('sha1').update(root).digest('hex').slice(0, 10)}.json`);
}

const empty = (): Cache => ({ models: new Map(), stats: new Map(), writtenAt: 0 });

export function readCache(file: string | undefined, root: string): Cache {
  if (!file) return empty();
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as {
      version?: string;
      root?: string;
      writtenAt?: number;
      entries?: Record<string, PageModel>;
      stats?: Record<string, FileStat>;
    };
    if (data.version !== extractorVersion || data.root !== root || !data.entries) return empty();
    return { models: new Map(Object.entries(data.entries)), stats: new Map(Object.entries(data.stats ?? {})), writtenAt: data.writtenAt ?? 0 };
  } catch {
    return empty(); // no cache yet, or an unreadable one: parse everything
  }
}

/** The file is unchanged since the cache was written, by its size and time alone. */
export function unchangedByStat(cache: Cache, file: string, size: number, mtimeMs: number): boolean {
  const known = cache.stats.get(file);
  return known !== undefined && known[0] === size && known[1] === mtimeMs && mtimeMs < cache.writtenAt - racyMs;
}

export function writeCache(file: string | undefined, root: string, models: readonly PageModel[], stats: ReadonlyMap<string, FileStat>): void {
  if (!file) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const entries = Object.fromEntries(models.map((m) => [m.file, m]));
    writeFileSync(file, JSON.stringify({ version: extractorVersion, root, writtenAt: Date.now(), entries, stats: Object.fromEntries(stats) }));
  } catch {
    // A read-only checkout still gets its report; the next run just parses again.
  }
}

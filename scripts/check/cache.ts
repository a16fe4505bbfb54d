/**
 * Parse results kept between runs, by content hash: a file whose bytes did not change is not
 * parsed again. Rules always run over every page, so a message that depends on another page
 * (a link to a heading someone renamed) is always recomputed: invalidation is by construction.
 *
 * Stored shape (`.cache/content-check-<root hash>.json`):
 *   { "version": "<extractor version>", "root": "<content root>", "entries": { "<file>": PageModel } }
 * where each PageModel carries its own `hash` (SHA-1 of extractor version + file bytes).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractorVersion } from './extract.ts';
import type { PageModel } from './model.ts';

export function defaultCacheFile(root: string, cacheDir = join(process.cwd(), '.cache')): string {
  return join(cacheDir, `content-check-${createHash('sha1').update(root).digest('hex').slice(0, 10)}.json`);
}

export function readCache(file: string | undefined, root: string): Map<string, PageModel> {
  if (!file) return new Map();
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; root?: string; entries?: Record<string, PageModel> };
    if (data.version !== extractorVersion || data.root !== root || !data.entries) return new Map();
    return new Map(Object.entries(data.entries));
  } catch {
    return new Map(); // no cache yet, or an unreadable one: parse everything
  }
}

export function writeCache(file: string | undefined, root: string, models: readonly PageModel[]): void {
  if (!file) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ version: extractorVersion, root, entries: Object.fromEntries(models.map((m) => [m.file, m])) }));
  } catch {
    // A read-only checkout still gets its report; the next run just parses again.
  }
}

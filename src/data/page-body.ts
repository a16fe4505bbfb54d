/**
 * A page's body (the text after its front matter), read from its file by the one reader
 * (src/lib/mdx/read-page.ts). The content store keeps no bodies (content.config.ts:
 * `retainBody: false`): they were 96% of it, and Astro writes, reads back and re-evaluates the
 * whole store after every save in `npm run dev`. The site needs a body only to hash an English
 * page (translation freshness) and to see whether a page has side-by-side sentences.
 *
 * Read once per file version: the cache is keyed by the file's size and modification time.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pageBody } from '../lib/mdx/read-page.ts';

const cache = new Map<string, { size: number; mtimeMs: number; body: string }>();

export function pageBodyOf(entry: { id: string; filePath?: string | undefined }): string {
  if (!entry.filePath) throw new Error(`The page "${entry.id}" has no file path in the content store: the pages collection must use the glob() loader (src/content.config.ts).`);
  const path = resolve(entry.filePath);
  const { size, mtimeMs } = statSync(path);
  const known = cache.get(path);
  if (known && known.size === size && known.mtimeMs === mtimeMs) return known.body;
  const body = pageBody(readFileSync(path, 'utf8'));
  cache.set(path, { size, mtimeMs, body });
  return body;
}

/**
 * Where the content is. `CONTENT_DIR` points the site (and the scripts) at another content root,
 * for fixtures and for the benchmark's synthetic corpus; the real content is `content/`.
 */
import { resolve } from 'node:path';

export const defaultContentDir = 'content';

export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env.CONTENT_DIR || defaultContentDir);
}

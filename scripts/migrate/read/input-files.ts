/**
 * Command-line paths → the legacy files to read, each with its input's rank: when two inputs
 * give the same page, the one named first wins (`content/legacy/seeds` before the 2018 docset): files as given, directories walked (sorted,
 * hidden entries, `README.md` and `includes/` folders skipped: includes are pulled in by the pages that
 * include them) for `.md`, `.markdown` and `.txt` files.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

export const legacyExtensions = new Set(['.md', '.markdown', '.txt']);

export interface InputList {
  files: string[];
  /** Each file's input: the index of the first command-line path that holds it (0 wins over 1). */
  rank: Map<string, number>;
  /** Paths that do not exist. */
  missing: string[];
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    // Hidden entries, and a folder's README (notes about the sources, not a page).
    if (name.startsWith('.') || name.toLowerCase() === 'readme.md') continue;
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      if (name.toLowerCase() !== 'includes') walk(path, out);
    } else if (legacyExtensions.has(extname(name).toLowerCase())) out.push(path);
  }
}

export function expandInputs(paths: readonly string[], cwd = process.cwd()): InputList {
  const files: string[] = [];
  const missing: string[] = [];
  const rank = new Map<string, number>();
  for (const [index, given] of paths.entries()) {
    const path = resolve(cwd, given);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      missing.push(path);
      continue;
    }
    const found: string[] = [];
    if (isDir) walk(path, found);
    else found.push(path);
    for (const file of found) if (!rank.has(file)) rank.set(file, index);
    files.push(...found);
  }
  return { files: [...new Set(files)], rank, missing };
}

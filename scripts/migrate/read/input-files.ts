/**
 * Command-line paths → the legacy files to read: files as given, directories walked (sorted,
 * hidden entries and `includes/` folders skipped: includes are pulled in by the pages that
 * include them) for `.md`, `.markdown` and `.txt` files.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

export const legacyExtensions = new Set(['.md', '.markdown', '.txt']);

export interface InputList {
  files: string[];
  /** Paths that do not exist. */
  missing: string[];
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
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
  for (const given of paths) {
    const path = resolve(cwd, given);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      missing.push(path);
      continue;
    }
    if (isDir) walk(path, files);
    else files.push(path);
  }
  return { files: [...new Set(files)], missing };
}

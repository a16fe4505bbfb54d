/**
 * The check's inputs and outputs on disk: the legacy files named on the command line (folders
 * walked in sorted order for `.md`, `.markdown` and `.txt`, hidden entries, `README.md` and `includes/`
 * skipped: an include is part of the pages that include it), each with the index of the first
 * input that holds it (its rank: where two inputs give the same page, the one named first wins),
 * and where a page is written.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { section } from '../../../../src/lib/content-index.ts';

const extensions = new Set(['.md', '.markdown', '.txt']);

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    // Hidden entries, and a folder's README (notes about the sources, not a page).
    if (name.startsWith('.') || name.toLowerCase() === 'readme.md') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name.toLowerCase() !== 'includes') walk(path, out);
    } else if (extensions.has(extname(name).toLowerCase())) out.push(path);
  }
}

export interface LegacyFiles {
  files: string[];
  missing: string[];
  /** File → index of the first input holding it. */
  rank: Map<string, number>;
}

export function legacyFiles(inputs: readonly string[], cwd: string): LegacyFiles {
  const files: string[] = [];
  const missing: string[] = [];
  const rank = new Map<string, number>();
  for (const [index, given] of inputs.entries()) {
    const path = resolve(cwd, given);
    let directory: boolean;
    try {
      directory = statSync(path).isDirectory();
    } catch {
      missing.push(path);
      continue;
    }
    const found: string[] = [];
    if (directory) walk(path, found);
    else found.push(path);
    for (const file of found) if (!rank.has(file)) rank.set(file, index);
    files.push(...found);
  }
  return { files: [...new Set(files)], missing, rank };
}

/** `<out>/<locale>/partner-center/<slug>.mdx`. */
export function pagePath(out: string, locale: string, slug: string): string {
  return join(out, locale, section, `${slug}.mdx`);
}

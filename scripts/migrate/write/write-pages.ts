/**
 * Writes the imported pages without destroying a writer's work. For each page:
 *
 * - no file yet, or the same text already there → write it (or leave it), record its hash;
 * - the file is what the last import wrote (its hash is in `imported.json`) → replace it;
 * - the file was changed since the last import, or was never written by the importer → keep it,
 *   report which file and why, and how to proceed: `--force` replaces it, `--beside` writes the
 *   new import next to it as `<slug>.mdx.new` (the site and the checker ignore that file) to
 *   compare and merge by hand.
 *
 * `--dry-run` writes nothing and says what it would do.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { VFile } from 'vfile';
import { quote, report } from '../messages.ts';
import { readManifest, textHash, writeManifest } from './manifest.ts';

export interface PageToWrite {
  path: string;
  text: string;
  origin: VFile;
  derived: boolean;
}

export type WriteStatus = 'written' | 'unchanged' | 'would write' | 'kept (edited)' | 'beside';

export interface Output {
  path: string;
  origin: string;
  /** An en-us page recovered from a translation (not the origin file's own page). */
  derived: boolean;
  status: WriteStatus;
}

export interface WriteOptions {
  out: string;
  cwd: string;
  dryRun?: boolean | undefined;
  /** Replace pages changed since the import. */
  force?: boolean | undefined;
  /** Write the new import of a changed page next to it (`.mdx.new`). */
  beside?: boolean | undefined;
}

export function writePages(pages: readonly PageToWrite[], options: WriteOptions): Output[] {
  const { out, cwd } = options;
  const { manifest, problem } = readManifest(out);
  if (problem && pages[0]) report(pages[0].origin, 'warning', `${problem}: every existing page counts as changed by a writer, so none is replaced without --force`, 'import-record', { line: 1, column: 1 });
  const key = (path: string) => relative(out, path).split('\\').join('/');
  const outputs: Output[] = [];
  for (const page of pages) {
    const { path, text } = page;
    const shown = relative(cwd, path);
    const output = (status: WriteStatus) => outputs.push({ path, origin: relative(cwd, page.origin.path), derived: page.derived, status });
    const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (options.dryRun) {
      output(before === text ? 'unchanged' : 'would write');
      continue;
    }
    if (before === text) {
      manifest.pages[key(path)] = textHash(text);
      output('unchanged');
      continue;
    }
    const recorded = manifest.pages[key(path)];
    const edited = before !== undefined && recorded !== textHash(before);
    if (edited && !options.force) {
      const why = recorded === undefined ? 'was not written by the importer (it is not in imported.json)' : 'was changed since the last import';
      if (options.beside) {
        writeFileSync(`${path}.new`, text);
        report(page.origin, 'warning', `${quote(shown, Infinity)} ${why}: kept it, and wrote this import beside it as ${quote(`${shown}.new`, Infinity)} to compare and merge by hand (then delete the .new file)`, 'edited-page', { line: 1, column: 1 });
        output('beside');
      } else {
        report(page.origin, 'warning', `${quote(shown, Infinity)} ${why}: kept it as it is. To replace it with this import run again with --force; to compare first, with --beside`, 'edited-page', { line: 1, column: 1 });
        output('kept (edited)');
      }
      continue;
    }
    if (before !== undefined) report(page.origin, 'info', `Replaced ${quote(shown, Infinity)}${edited ? ' (changed since the import; --force)' : ', unchanged since the last import'}`, 'replaced', { line: 1, column: 1 });
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    manifest.pages[key(path)] = textHash(text);
    output('written');
  }
  if (!options.dryRun && outputs.length > 0) {
    mkdirSync(out, { recursive: true });
    writeManifest(out, manifest);
  }
  return outputs;
}

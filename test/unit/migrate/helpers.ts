/** Shared by the importer's tests: paths, temporary content dirs, running the importer. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import { pageSchema } from '../../../src/schemas/page.ts';
import { importFiles, type ImportOptions, type ImportResult } from '../../../scripts/migrate/write/import-files.ts';
import { formatMessages } from '../../../scripts/migrate/messages.ts';
import { parseMdx, readPageFrontMatter } from '../../../scripts/migrate/write/mdx-output.ts';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixturesDir = join(repoRoot, 'test/fixtures');
export const contentDir = join(repoRoot, 'content');
export const migrateScript = join(repoRoot, 'scripts/migrate.ts');
export const nodeBin = join(repoRoot, 'node_modules/.bin/node');

/** The legacy seeds, in the repository: `content/legacy/seeds`. Missing seeds fail loudly. */
export function seedsDir(): string {
  const dir = resolve(repoRoot, 'content/legacy/seeds');
  if (!existsSync(dir)) {
    throw new Error(`The legacy seeds are missing: expected them at ${dir} (content/legacy/seeds in the repository)`);
  }
  return dir;
}

export function seedFiles(): string[] {
  const dir = seedsDir();
  const files = readdirSync(dir).filter((f) => /^\d{3}_/.test(f)).sort();
  if (files.length !== 5) throw new Error(`Expected the 5 seed files in ${dir}, found ${files.length}: ${files.join(', ')}`);
  return files.map((f) => join(dir, f));
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'migrate-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temporary content dir, optionally a copy of `from`. */
export function tempContent(from?: string): string {
  const dir = tempDir('migrate-content-');
  if (from && existsSync(from)) cpSync(from, dir, { recursive: true });
  return dir;
}

export function runImport(inputs: string[], options: Partial<ImportOptions> & { cwd: string }): ImportResult & { messages: string[] } {
  const result = importFiles(inputs, { out: options.out ?? tempContent(), ...options });
  return { ...result, messages: result.files.flatMap((f) => formatMessages(f, options.cwd)) };
}

/** Parses a page as the site does and validates its front matter with the page schema. */
export function assertValidPage(text: string, name: string): void {
  try {
    parseMdx(text);
  } catch (error) {
    throw new Error(`${name} is not valid MDX: ${(error as Error).message}`);
  }
  const result = pageSchema.safeParse(readPageFrontMatter(text));
  if (!result.success) throw new Error(`${name}: front matter fails the page schema: ${result.error.message}`);
}

/** The inputs imported into a fresh content folder (the import must succeed); the folder. */
export function importedContent(inputs: string[]): string {
  const out = tempContent();
  const result = runImport(inputs, { out, cwd: repoRoot });
  expect(result.exitCode, result.messages.join('\n')).toBe(0);
  return out;
}

/** A writer's edit of an imported page: `from` must be in it. */
export function editPage(out: string, page: string, from: string | RegExp, to: string): void {
  const path = join(out, page);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  expect(after, `${page}: ${String(from)} not found`).not.toBe(before);
  writeFileSync(path, after);
}

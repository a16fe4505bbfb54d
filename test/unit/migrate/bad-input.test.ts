/**
 * Bad input gives a clear error naming the file and line, never a stack trace; every other file
 * is still imported, and the run exits 1. CRLF and a byte-order mark are normalised, not errors.
 * Fixtures: test/fixtures/migrate-bad-input/ (text files); binary, invalid UTF-8, CRLF and the
 * 1 MB line are written at test time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, migrateScript, nodeBin, repoRoot, runImport, tempContent, tempDir } from './helpers.ts';

let dir: string;

beforeAll(() => {
  dir = tempDir('migrate-bad-');
  cpSync(join(fixturesDir, 'migrate-bad-input'), dir, { recursive: true });
  const enc = (s: string) => Buffer.from(s, 'utf8');
  writeFileSync(join(dir, 'binary.md'), Buffer.concat([enc('# A PNG\n\n'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])]));
  writeFileSync(join(dir, 'invalid-utf8.md'), Buffer.concat([enc('---\ntitle: Latin-1\ndescription: Saved in the wrong encoding\n---\n\nCaf'), Buffer.from([0xe9]), enc(' au lait\n')]));
  writeFileSync(join(dir, 'long-line.md'), `# Data\n\n${'a'.repeat(1024 * 1024)}\n`);
  writeFileSync(join(dir, 'windows.md'), `\uFEFF${readFileSync(join(dir, 'good.md'), 'utf8').replace('name="good"', 'name="windows"').replace(/\n/g, '\r\n')}`);
});

const expectedErrors: [file: string, line: number, column: number, message: string, rule: string][] = [
  ['binary.md', 5, 1, 'File is binary (NUL byte), not Markdown text', 'binary-file'],
  ['empty.md', 1, 1, 'File is empty', 'empty-file'],
  ['html-document.md', 1, 1, 'File is an HTML document, not Markdown', 'not-markdown'],
  ['invalid-utf8.md', 6, 4, 'Invalid UTF-8 (byte 0xE9): save the file as UTF-8 and import it again', 'invalid-utf8'],
  ['long-line.md', 3, 1, 'Line 3 is 1,048,576 characters long (the limit is 100,000): this is not a Markdown page', 'line-too-long'],
  ['missing.md', 1, 1, 'No such file or directory', 'read-error'],
  ['not-markdown.md', 1, 1, 'File is JSON data, not Markdown', 'not-markdown'],
  ['stray-span.md', 7, 10, 'Unbalanced spans: `</span>` closes no open `<span>`', 'unbalanced-span'],
  [
    'unbalanced-span.md',
    9,
    1,
    'Unbalanced spans: `<span data-ttu-id="1-102">` is never closed (a `</span>` must follow in the same paragraph)',
    'unbalanced-span',
  ],
];

describe('bad input', () => {
  it('names each bad file and line, and still imports the good files', () => {
    const out = tempContent();
    const result = runImport(['.', 'missing.md'], { cwd: dir, out });
    expect(result.exitCode).toBe(1);
    const errors = result.messages.filter((m) => m.includes('  error  '));
    expect(errors.sort()).toEqual(expectedErrors.map(([f, l, c, m, r]) => `${f}:${l}:${c}  error  ${m}  ${r}`).sort());
    // The good files, before and after the bad ones in name order, are imported.
    expect(existsSync(join(out, 'en-us/partner-center/good.mdx'))).toBe(true);
    expect(existsSync(join(out, 'en-us/partner-center/windows.mdx'))).toBe(true);
    expect(result.outputs.map((o) => o.origin).sort()).toEqual(['good.md', 'windows.md']);
  });

  it('normalises CRLF and a byte-order mark (reported, not errors)', () => {
    const out = tempContent();
    const result = runImport(['windows.md', 'good.md'], { cwd: dir, out });
    expect(result.exitCode, result.messages.join('\n')).toBe(0);
    expect(result.messages).toContain('windows.md:1:1  info  Removed the byte-order mark  byte-order-mark');
    expect(result.messages).toContain('windows.md:1:1  info  Normalised CRLF line endings to LF  line-endings');
    const windows = readFileSync(join(out, 'en-us/partner-center/windows.mdx'), 'utf8');
    const good = readFileSync(join(out, 'en-us/partner-center/good.mdx'), 'utf8');
    expect(windows).not.toMatch(/\r|\uFEFF/);
    expect(windows).toBe(good);
  });

  it('prints positioned errors and no stack trace from the command line, exit 1', () => {
    const out = tempContent();
    const run = spawnSync(nodeBin, [migrateScript, '.', 'missing.md', '--out', out], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/^\s+at /m);
    for (const [f, l, c, m, r] of expectedErrors) expect(run.stdout).toContain(`${f}:${l}:${c}  error  ${m}  ${r}`);
    expect(run.stdout).toMatch(/^written +.*good\.mdx +\(from good\.md\)$/m);
    // Every file is accounted for: the bad ones and the two good ones.
    expect(run.stdout).toContain(`\n${expectedErrors.length + 2} files, ${expectedErrors.length} failed; `);
  });

  it('exits 2 on usage errors, with the usage', () => {
    for (const args of [['--locale', 'de-de', 'x.md'], ['--bogus', 'x.md'], ['--check', '--dry-run', 'x.md'], ['--out']]) {
      const run = spawnSync(nodeBin, [migrateScript, ...args], { cwd: repoRoot, encoding: 'utf8' });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^migrate: .+\n\nUsage:/);
      expect(run.stdout).toBe('');
    }
  });
});

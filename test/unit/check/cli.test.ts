/** `npm run check` as a writer runs it: output format, exit codes, JSON, --strict, the cache. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../scripts/check/run.ts';

const repo = join(import.meta.dirname, '../../..');
const fixtures = join(repo, 'test/fixtures');
const node = join(repo, 'node_modules/.bin/node');

function check(...args: string[]) {
  const result = spawnSync(node, [join(repo, 'scripts/check.ts'), ...args], { cwd: repo, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempCopy(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  temps.push(dir);
  cpSync(join(fixtures, fixture), join(dir, 'content'), { recursive: true });
  return dir;
}

describe('the command line', () => {
  it('prints path:line:col  severity  message  rule-id, grouped by file, and exits 1 on errors', () => {
    const { status, stdout } = check('test/fixtures/check-no-md-link', '--no-cache');
    expect(status).toBe(1);
    expect(stdout).toContain(
      'test/fixtures/check-no-md-link/en-us/partner-center/other.mdx:8:5  error    "good.md#first" is a legacy .md link, which does not work on the site: write "../good/#first".  no-md-link',
    );
    expect(stdout.split('\n')[0]).toBe('test/fixtures/check-no-md-link/en-us/partner-center/other.mdx');
    expect(stdout).toMatch(/✖ 1 error, 0 warnings in 1 file: 2 files checked in \d+\.\d\d s\./);
  });

  it('exits 0 when there are only warnings, 1 with --strict', () => {
    expect(check('test/fixtures/check-link-parity', '--no-cache').status).toBe(0);
    const strict = check('test/fixtures/check-link-parity', '--no-cache', '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('error    Links differ from the English page');
  });

  it('--format json gives the same messages as data', () => {
    const { status, stdout } = check('test/fixtures/check-link-anchor', '--no-cache', '--format', 'json');
    expect(status).toBe(1);
    const data = JSON.parse(stdout);
    expect(data.summary).toMatchObject({ files: 3, errors: 3, warnings: 0 });
    expect(data.messages[0]).toMatchObject({ file: 'en-us/partner-center/other.mdx', line: 10, column: 5, severity: 'error', ruleId: 'link-anchor' });
  });

  it('exits 2 with a usage message for a bad option or a missing folder', () => {
    const bad = check('--format', 'xml');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format must be "text" or "json", not "xml"');
    const missing = check('no/such/folder');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    expect(missing.stderr).not.toContain('    at ');
  });
});

describe('the cache', () => {
  it('parses only changed files, and recomputes messages that depend on a changed target page', async () => {
    const dir = tempCopy('check-link-anchor');
    const root = join(dir, 'content');
    const cache = join(dir, 'cache');
    const cold = await runCheck({ root, cache });
    expect(cold.parsed).toBe(3);
    const warm = await runCheck({ root, cache });
    expect(warm.parsed).toBe(0);
    expect(warm.messages).toEqual(cold.messages);

    // Rename the heading that other.mdx links to as "#frist": now the anchor exists, so that error goes.
    const target = join(root, 'en-us/partner-center/good.mdx');
    writeFileSync(target, readFileSync(target, 'utf8').replace('\\{#first\\}', '\\{#frist\\}'));
    const changed = await runCheck({ root, cache });
    expect(changed.parsed).toBe(1);
    expect(changed.messages.some((m) => m.message.startsWith('"#frist"'))).toBe(false);
  });

  it('ignores a corrupt cache file', async () => {
    const dir = tempCopy('check-no-md-link');
    const cache = join(dir, 'cache');
    mkdirSync(cache);
    writeFileSync(join(cache, 'index.json'), '{ not json');
    const result = await runCheck({ root: join(dir, 'content'), cache });
    expect(result.parsed).toBe(2);
    expect(result.errors).toBe(1);
  });
});

describe('the real content', () => {
  it('has no errors', async () => {
    const result = await runCheck({ root: join(repo, 'content'), cache: false });
    expect(result.messages.filter((m) => m.severity === 'error').map((m) => `${m.file}:${m.line}:${m.column} ${m.message} ${m.ruleId}`)).toEqual([]);
    expect(result.files).toBeGreaterThanOrEqual(650);
  });
});

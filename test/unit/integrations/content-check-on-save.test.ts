/**
 * The content check beside `npm run dev`: it runs `npm run check` in a child process (off the path
 * that serves a saved page), one run at a time, and its report reaches the dev server's log.
 */
import { EventEmitter } from 'node:events';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundCheck, type CheckReport } from '../../../src/integrations/background-check.ts';
import { contentCheckOnSave } from '../../../src/integrations/content-check-on-save.ts';

const repo = join(import.meta.dirname, '../../..');
const node = join(repo, 'node_modules/.bin/node');

describe('backgroundCheck', () => {
  it('reports what the child printed and its exit code', async () => {
    const reports: CheckReport[] = [];
    const check = backgroundCheck({ command: [node, '-e', 'console.log("✖ 1 error"); process.exitCode = 1'], cwd: repo, onReport: (r) => reports.push(r) });
    check.request('Content check');
    await check.idle();
    expect(reports).toEqual([{ why: 'Content check', exitCode: 1, text: '✖ 1 error' }]);
  });

  it('runs one check at a time: saves during a run make one more run, named for the last save', async () => {
    const reports: CheckReport[] = [];
    const check = backgroundCheck({
      command: [node, '-e', 'setTimeout(() => console.log("done"), 300)'],
      cwd: repo,
      onReport: (r) => reports.push(r),
    });
    check.request('start');
    check.request('after a.mdx changed');
    check.request('after b.mdx changed');
    check.request('after c.mdx changed');
    await check.idle();
    expect(reports.map((r) => r.why)).toEqual(['start', 'after c.mdx changed']);
    expect(reports.every((r) => r.exitCode === 0 && r.text === 'done')).toBe(true);
  });

  it('passes on the counts the child sends over its IPC channel; none when it sends none', async () => {
    const reports: CheckReport[] = [];
    const check = backgroundCheck({
      command: [node, '-e', 'console.log("⚠ text the report may word any way"); process.send({ errors: 0, warnings: 3 })'],
      cwd: repo,
      onReport: (r) => reports.push(r),
    });
    check.request('Content check');
    await check.idle();
    expect(reports).toEqual([{ why: 'Content check', exitCode: 0, text: '⚠ text the report may word any way', counts: { errors: 0, warnings: 3 } }]);

    const silent = backgroundCheck({ command: [node, '-e', 'process.send("not counts")'], cwd: repo, onReport: (r) => reports.push(r) });
    silent.request('again');
    await silent.idle();
    expect(reports[1]).toEqual({ why: 'again', exitCode: 0, text: '' });
  });

  it('scripts/check.ts sends its counts when run with an IPC channel', async () => {
    const reports: CheckReport[] = [];
    const check = backgroundCheck({
      command: [node, join(repo, 'scripts/check.ts'), join(repo, 'test/fixtures/check-untranslated-text'), '--no-cache'],
      cwd: repo,
      onReport: (r) => reports.push(r),
    });
    check.request('Content check');
    await check.idle();
    expect(reports[0]!.exitCode).toBe(0);
    expect(reports[0]!.counts).toEqual({ errors: 0, warnings: 2 });
  }, 30_000);

  it('says so when the checker cannot start, without throwing', async () => {
    const reports: CheckReport[] = [];
    const check = backgroundCheck({ command: [join(repo, 'no-such-node')], cwd: repo, onReport: (r) => reports.push(r) });
    check.request('Content check');
    await check.idle();
    expect(reports).toHaveLength(1);
    expect(reports[0]!.exitCode).toBe(2);
    expect(reports[0]!.text).toMatch(/^The content check could not start: spawn .*ENOENT/);
  });
});

type ServerSetup = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0];
type ConfigDone = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:done']>>[0];

describe('contentCheckOnSave', () => {
  const temps: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('checks at start and after a save, and logs the report at the level of its worst message', async () => {
    const content = mkdtempSync(join(tmpdir(), 'check-on-save-'));
    temps.push(content);
    cpSync(join(repo, 'test/fixtures/check-no-md-link'), content, { recursive: true });
    vi.stubEnv('CONTENT_DIR', content);
    const logs: { level: string; text: string }[] = [];
    let settle: () => void = () => {};
    const logged = () => new Promise<void>((resolve) => (settle = resolve));
    const log = (level: string) => (text: string) => {
      logs.push({ level, text });
      settle();
    };
    const logger = { info: log('info'), warn: log('warn'), error: log('error') };
    const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
    const integration = contentCheckOnSave();
    integration.hooks['astro:config:done']!({ config: { root: pathToFileURL(`${repo}/`) } } as unknown as ConfigDone);

    let next = logged();
    integration.hooks['astro:server:setup']!({ server: { watcher }, logger } as unknown as ServerSetup);
    await next;
    expect(watcher.add).toHaveBeenCalledWith(content);
    expect(logs[0]!.level).toBe('error');
    expect(logs[0]!.text).toMatch(/^Content check\n/);
    expect(logs[0]!.text).toContain('other.mdx:8:5  error    "good.md#first" is a legacy .md link');

    const page = join(content, 'en-us/partner-center/other.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace('good.md#first', '../good/#first'));
    next = logged();
    watcher.emit('change', page);
    await next;
    expect(logs[1]!.level).toBe('info');
    expect(logs[1]!.text).toMatch(/^Content check after en-us\/partner-center\/other\.mdx changed: ✔ No problems: 2 files checked in/);

    // Warnings only: the warn level, from the counts the check sent (not from the report's wording).
    const translation = join(content, 'zh-tw/partner-center/other.mdx');
    mkdirSync(join(content, 'zh-tw/partner-center'), { recursive: true });
    // No source hash, a heading without the English id, a link to a page only in English: three warnings.
    writeFileSync(translation, '---\ntitle: 其他頁面\ndescription: 關於其他頁面。\ntranslation:\n  type: human\n---\n\n## 第二節\n\n請參閱[好頁面](../good/#first)。\n');
    next = logged();
    watcher.emit('add', translation);
    await next;
    expect(logs[2]!.level).toBe('warn');
    expect(logs[2]!.text).toMatch(/^Content check after zh-tw\/partner-center\/other\.mdx changed\n/);
    expect(logs[2]!.text).toContain('0 errors, 3 warnings');

    next = logged();
    watcher.emit('change', join(content, 'notes.txt'));
    watcher.emit('change', '/elsewhere/en-us/partner-center/other.mdx');
    const timeout = new Promise((resolve) => setTimeout(() => resolve('quiet'), 1500));
    expect(await Promise.race([next.then(() => 'logged'), timeout])).toBe('quiet');
  }, 60_000);

  it('takes the level from the counts the check sends, whatever its report says', async () => {
    // A stand-in for scripts/check.ts whose report has no "⚠" and whose counts say warnings.
    const project = mkdtempSync(join(tmpdir(), 'check-on-save-project-'));
    temps.push(project);
    mkdirSync(join(project, 'scripts'));
    writeFileSync(join(project, 'scripts/check.ts'), 'console.log("2 remarks"); process.send({ errors: 0, warnings: 2 });\n');
    vi.stubEnv('CONTENT_DIR', project);
    const logs: { level: string; text: string }[] = [];
    let settle: () => void = () => {};
    const logged = new Promise<void>((resolve) => (settle = resolve));
    const log = (level: string) => (text: string) => {
      logs.push({ level, text });
      settle();
    };
    const integration = contentCheckOnSave();
    integration.hooks['astro:config:done']!({ config: { root: pathToFileURL(`${project}/`) } } as unknown as ConfigDone);
    integration.hooks['astro:server:setup']!({ server: { watcher: Object.assign(new EventEmitter(), { add: vi.fn() }) }, logger: { info: log('info'), warn: log('warn'), error: log('error') } } as unknown as ServerSetup);
    await logged;
    expect(logs).toEqual([{ level: 'warn', text: 'Content check\n2 remarks' }]);
  }, 30_000);
});

/**
 * The migration check on the seeds against the committed content: every segment and anchor
 * kept (figures counted independently from the seed files), and the check must catch a page
 * that lost a segment, an anchor, a link or front matter.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../scripts/migrate/verify/check.ts';
import { contentDir, migrateScript, nodeBin, repoRoot, seedFiles, tempContent } from './helpers.ts';

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

function check(out: string) {
  return runCheck(seedFiles(), { out, cwd: repoRoot });
}

function edit(out: string, page: string, change: (text: string) => string): void {
  const path = join(out, page);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${page} changed nothing`).not.toBe(before);
  writeFileSync(path, after);
}

describe('migration check on the seeds', () => {
  it('keeps 100% of segments and anchors, and maps every link and front matter field', () => {
    const result = check(contentDir);
    expect(result.exitCode, result.report).toBe(0);
    expect(result.rows).toHaveLength(5);
    for (const [row, seed] of result.rows.map((r, i) => [r, seedFiles()[i]!] as const)) {
      const text = readFileSync(seed, 'utf8');
      const sideBySide = count(text, /data-ttu-id=/g);
      // Side-by-side files: one segment per translated span. Anchors: every `<a name>`.
      if (sideBySide > 0) expect(row.segments[1], row.file).toBe(sideBySide);
      else expect(row.segments[1], row.file).toBeGreaterThan(10);
      expect(row.anchors[1], row.file).toBe(count(text, /<a name="/g));
      expect(row.links[1], row.file).toBe(count(text, /\]\([^)]+\.md\)/g));
      expect(row.segments[0], `${row.file}: segments`).toBe(row.segments[1]);
      expect(row.anchors[0], `${row.file}: anchors`).toBe(row.anchors[1]);
      expect(row.linksLost, row.file).toBe(0);
      expect(row.frontMatterLost, row.file).toBe(0);
    }
    expect(result.total.segments[0]).toBe(result.total.segments[1]);
    expect(result.total.anchors[0]).toBe(result.total.anchors[1]);
    expect(result.report).toContain(`segments kept ${result.total.segments[0]}/${result.total.segments[1]} (100%)`);
    expect(result.report).toContain(`anchors kept ${result.total.anchors[0]}/${result.total.anchors[1]} (100%)`);
    expect(result.report).toMatch(/^total +5 files +\d+\/\d+ +\d+\/\d+ +\d+\/\d+ +ok$/m);
  });

  it('reports links to pages that are not written yet as unresolved, not lost', () => {
    const out = tempContent(contentDir);
    rmSync(join(out, 'en-us/partner-center/competencies.mdx'));
    for (const locale of ['zh-tw', 'ru-ru', 'ko-kr', 'ja-jp']) rmSync(join(out, locale, 'partner-center/competencies.mdx'));
    const result = check(out);
    expect(result.exitCode, result.report).toBe(0);
    const ja = result.rows.find((r) => r.file.includes('004_'))!;
    expect(ja.links).toEqual([ja.links[1] - 1, ja.links[1]]);
    expect(result.report).toMatch(/004_1c40e9e2f4c1843d\.txt:34:45 {2}warning {2}Link `competencies\.md` → `\.\.\/competencies\/` is unresolved: no page `competencies`/);
  });

  it('catches a lost segment, with its id and line', () => {
    const out = tempContent(contentDir);
    edit(out, 'zh-tw/partner-center/partner-incentives-is-now-on-partner-center.mdx', (t) =>
      t.replace(/ <Segment id="31616-119"[^>]*>[^<]*<\/Segment>/, ''),
    );
    const result = check(out);
    expect(result.exitCode).toBe(1);
    expect(result.report).toMatch(/000_870ede6414386827\.txt:25:\d+ {2}error {2}Segment `31616-119` `請參閱這裡的 Microsoft 專長認證清單。` lost: no `<Segment>` with this id {2}segment-lost/);
    const row = result.rows.find((r) => r.file.includes('000_'))!;
    expect(row.segments[0]).toBe(row.segments[1] - 1);
  });

  it('catches an English source changed in a Segment and English missing from the en-us page', () => {
    const out = tempContent(contentDir);
    edit(out, 'ko-kr/partner-center/partner-incentives-is-now-on-partner-center.mdx', (t) => t.replace('source="Your incentives data is refreshed daily."', 'source="Refreshed daily."'));
    edit(out, 'en-us/partner-center/partner-incentives-is-now-on-partner-center.mdx', (t) => t.replace('Direct resellers must have a Reseller agreement.', 'Direct resellers need an agreement.'));
    const result = check(out);
    expect(result.exitCode).toBe(1);
    expect(result.report).toMatch(/003_39bab6155655cdfa\.txt:\d+:\d+ {2}error {2}Segment `8728e-123` .* lost: its `source` is `Refreshed daily\.`/);
    expect(result.report).toMatch(/000_870ede6414386827\.txt:\d+:\d+ {2}error {2}Segment `31616-115` .* the English `Direct resellers must have a Reseller agreement\.` is not in the en-us page/);
  });

  it('catches a lost anchor, a lost link and lost front matter in a non side-by-side page', () => {
    const out = tempContent(contentDir);
    edit(out, 'ja-jp/partner-center/partner-incentives-is-now-on-partner-center.mdx', (t) =>
      t
        .replace(' \\{#one-site-one-log-on\\}', '')
        .replace('](../competencies/)', '](https://example.com/)')
        .replace('sourceHash: 8387fd08a6826b0984e491d34ceba76266af59ab', 'sourceHash: abcdef0'),
    );
    const result = check(out);
    expect(result.exitCode).toBe(1);
    expect(result.report).toMatch(/004_1c40e9e2f4c1843d\.txt:36:\d+ {2}error {2}Anchor `one-site-one-log-on` lost/);
    expect(result.report).toMatch(/004_1c40e9e2f4c1843d\.txt:34:45 {2}error {2}Link `competencies\.md` .* lost: no link to `\.\.\/competencies\/`/);
    expect(result.report).toMatch(/004_1c40e9e2f4c1843d\.txt:1:1 {2}error {2}Front matter `translation\.sourceHash` lost: expected `8387fd08a6826b0984e491d34ceba76266af59ab`, the page has `abcdef0`/);
    const row = result.rows.find((r) => r.file.includes('004_'))!;
    expect(row.anchors[0]).toBe(row.anchors[1] - 1);
    expect(row.linksLost).toBe(1);
    expect(row.frontMatterLost).toBe(1);
  });

  it('catches a missing page and a lost paragraph', () => {
    const out = tempContent(contentDir);
    rmSync(join(out, 'ko-kr/partner-center/partner-incentives-is-now-on-partner-center.mdx'));
    edit(out, 'ru-ru/partner-center/partner-incentives-is-now-on-partner-center.mdx', (t) => t.replace(/^Программа поощрений для партнеров Майкрософт переместилась.*\n/m, ''));
    const result = check(out);
    expect(result.exitCode).toBe(1);
    expect(result.report).toMatch(/003_39bab6155655cdfa\.txt:1:1 {2}error {2}The ko-kr page `.*ko-kr\/partner-center\/partner-incentives-is-now-on-partner-center\.mdx` does not exist/);
    expect(result.report).toMatch(/002_cabdc87808267ffa\.txt:29:1 {2}error {2}Segment `Программа поощрений для партнеров Майкр[^`]*` lost: the text is not in the page {2}segment-lost/);
  });

  it('prints the table from the command line and exits 0 (1 when something is lost)', { timeout: 60_000 }, () => {
    const ok = spawnSync(nodeBin, [migrateScript, '--check', 'content/legacy/seeds'], { cwd: repoRoot, encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^file +page +segments kept +anchors kept +links resolved +front matter +mapped$/m);
    for (const seed of seedFiles()) expect(ok.stdout).toContain(basename(seed));
    const out = tempContent(contentDir);
    rmSync(join(out, 'ja-jp/partner-center/partner-incentives-is-now-on-partner-center.mdx'));
    const lost = spawnSync(nodeBin, [migrateScript, '--check', 'content/legacy/seeds', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
    expect(lost.status).toBe(1);
    expect(lost.stdout).toContain('Something was lost');
  });
});

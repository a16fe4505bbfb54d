/**
 * Superseded files: two inputs give the same page (the one named first wins), and translations
 * in one input give the same en-us page (the newer wins; scripts/migrate/write/merge-pages.ts).
 * What only a losing file says is not in the page by design: the check counts it as superseded,
 * names what won, and never calls it lost — while everything the winner says is still checked,
 * and so is a losing file's own page when that page won.
 */

import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../scripts/migrate/verify/check.ts';
import { repoRoot, editPage, importedContent } from './helpers.ts';

const first = 'test/fixtures/verify-precedence/first';
const second = 'test/fixtures/verify-precedence/second';
const jaFirst = `${first}/ja-jp/partner-center/sample.md`;
const jaSecond = `${second}/ja-jp/partner-center/sample.md`;
const koSecond = `${second}/ko-kr/partner-center/sample.md`;

const imported = importedContent;

const lines = (report: string, severity: string) => report.split('\n').filter((line) => line.includes(`  ${severity}  `));
const row = (result: ReturnType<typeof runCheck>, file: string) => result.rows.find((r) => r.file === file)!;

describe('files superseded by another input', () => {
  it('counts what only the losing file says as superseded, naming the winner, and nothing as lost', () => {
    const out = imported([first, second]);
    const result = runCheck([first, second], { out, cwd: repoRoot });
    expect(lines(result.report, 'error')).toEqual([]);
    expect(result.exitCode, result.report).toBe(0);

    expect(row(result, jaFirst)).toMatchObject({ segments: [4, 4], anchors: [2, 2], superseded: { segments: 0, anchors: 0, links: 0, frontMatter: 0 }, supersededBy: [] });
    // Its ja-jp page and its en-us page both come from the first input: only its H1 is in them.
    const ja = row(result, jaSecond);
    expect(ja).toMatchObject({ segments: [1, 1], anchors: [1, 1], superseded: { segments: 4, anchors: 1, links: 1, frontMatter: 2 } });
    expect(ja.supersededBy).toEqual([
      `the ja-jp page comes from \`${jaFirst}\` (its input is named earlier, which takes precedence)`,
      `the en-us page comes from \`${jaFirst}\` (its input is named earlier, which takes precedence)`,
    ]);
    // Its own ko-kr page won: all of it is checked; only its English that the winner does not have is superseded.
    const ko = row(result, koSecond);
    expect(ko).toMatchObject({ segments: [2, 2], anchors: [1, 1], superseded: { segments: 2, anchors: 1, links: 0, frontMatter: 0 } });
    expect(ko.supersededBy).toEqual([`the en-us page comes from \`${jaFirst}\` (its input is named earlier, which takes precedence)`]);

    expect(lines(result.report, 'info')).toEqual(
      expect.arrayContaining([
        `${jaSecond}:1:1  info  Superseded: the ja-jp page \`ja-jp/sample\` comes from \`${jaFirst}\` (its input is named earlier, which takes precedence); what only this file says is not in it by design (not lost)  superseded`,
        `${koSecond}:13:1  info  Superseded: the English \`The older paragraph.\` is not in the en-us page; the en-us page comes from \`${jaFirst}\` (its input is named earlier, which takes precedence), whose English differs here  superseded`,
        `${koSecond}:15:4  info  Superseded: no heading id or \`<a id>\` in the en-us page; the en-us page comes from \`${jaFirst}\` (its input is named earlier, which takes precedence), whose English differs here  superseded`,
      ]),
    );
    expect(result.report).toContain(`  ${jaSecond}: the ja-jp page comes from`);
    expect(result.report).toContain(`  ${koSecond}: the en-us page comes from \`${jaFirst}\` (its input is named earlier, which takes precedence) — 2 segments, 1 anchor\n`);
    expect(result.report).toContain('segments kept 7/7 (100%) +6 superseded; anchors kept 4/4 (100%) +2 superseded; links resolved 0/0 +1 superseded. Nothing lost.');
  });

  it('still catches what the winner says, and what a losing file says in its own page that won', () => {
    const out = imported([first, second]);
    editPage(out, 'en-us/partner-center/sample.mdx', /^A shared paragraph\.$/m, '');
    editPage(out, 'ko-kr/partner-center/sample.mdx', /<Segment id="c1-103"[^>]*>[^<]*<\/Segment>/, '');
    const result = runCheck([first, second], { out, cwd: repoRoot });
    expect(result.exitCode).toBe(1);
    const lost = 'the English `A shared paragraph.` is not in the en-us page  segment-lost';
    expect(lines(result.report, 'error')).toEqual([
      `${jaFirst}:11:1  error  Segment \`a1-102\` \`共通の段落です。\` lost: ${lost}`,
      // Its ja-jp page is superseded, but the winner's English has this sentence too.
      `${jaSecond}:11:1  error  Segment \`b1-102\` \`共通の段落です。\` lost: ${lost}`,
      `${koSecond}:11:1  error  Segment \`c1-102\` \`공유 단락입니다.\` lost: ${lost}`,
      // Only the ko-kr half is lost: its English is superseded.
      `${koSecond}:13:1  error  Segment \`c1-103\` \`이전 단락입니다.\` lost: no \`<Segment>\` with this id  segment-lost`,
    ]);
  });

  it('in one input, the newer translation wins the en-us page; the older one’s English that differs is superseded', () => {
    const out = imported([second]);
    const result = runCheck([second], { out, cwd: repoRoot });
    expect(lines(result.report, 'error')).toEqual([]);
    expect(result.exitCode, result.report).toBe(0);
    const ja = row(result, jaSecond);
    expect(ja).toMatchObject({ segments: [4, 4], superseded: { segments: 1, anchors: 0, links: 1, frontMatter: 0 } });
    expect(ja.supersededBy).toEqual([`the en-us page comes from \`${koSecond}\` (newer: 2019-06-01 against 2019-05-01)`]);
    expect(lines(result.report, 'info')).toContain(
      `${jaSecond}:13:156  info  Superseded: no link to \`../old-page/\` in the en-us page; the en-us page comes from \`${koSecond}\` (newer: 2019-06-01 against 2019-05-01), whose English differs here  superseded`,
    );
    expect(row(result, koSecond)).toMatchObject({ segments: [4, 4], superseded: { segments: 0, anchors: 0, links: 0, frontMatter: 0 }, supersededBy: [] });
    // The ja-jp translation was made from its own English: the site shows it as stale, and the check says why.
    expect(lines(result.report, 'warning')).toEqual([expect.stringMatching(new RegExp(`^${jaSecond}:1:1  warning  .*the en-us page comes from \`${koSecond}\` \\(newer: .*  source-hash-stale$`))]);
  });
});

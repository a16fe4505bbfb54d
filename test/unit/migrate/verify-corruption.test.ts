/**
 * The check against a page damaged after the import: a fixture is imported, then its written
 * page loses one segment, one anchor and one link. The check must report exactly those three
 * losses, each at its place in the legacy file (file:line:col), and nothing else.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../scripts/migrate/verify/check.ts';
import { fixturesDir, repoRoot, editPage, importedContent } from './helpers.ts';

const fixture = join(fixturesDir, 'verify-side-by-side');
const legacy = 'test/fixtures/verify-side-by-side/ja-jp/partner-center/sample-page.md';

const imported = () => importedContent([fixture]);

const errors = (report: string) => report.split('\n').filter((line) => /  error  /.test(line));

describe('the check on a damaged page', () => {
  it('keeps everything of the fixture when nothing is damaged', () => {
    const result = runCheck([fixture], { out: imported(), cwd: repoRoot });
    expect(errors(result.report)).toEqual([]);
    expect(result.rows).toHaveLength(1);
    const [row] = result.rows;
    expect(row!.page).toBe('ja-jp/sample-page +en-us');
    expect(row!.segments).toEqual([9, 9]);
    expect(row!.anchors).toEqual([3, 3]);
    // `other-page.md` is not imported: unresolved (a warning), not lost.
    expect(row!.links).toEqual([2, 3]);
    expect(row!.linksLost).toBe(0);
    expect(row!.frontMatterLost).toBe(0);
    expect(result.exitCode, result.report).toBe(0);
  });

  it('reports exactly the lost segment, anchor and link, at their legacy places', () => {
    const out = imported();
    const page = 'ja-jp/partner-center/sample-page.mdx';
    editPage(out, page, '<Segment id="abc12-104" source="The first paragraph.">最初の段落です。</Segment> ', '');
    editPage(out, page, ' \\{#details\\}', '');
    editPage(out, page, '](https://example.com/docs)', '](https://example.org/docs)');
    const result = runCheck([fixture], { out, cwd: repoRoot });
    expect(result.exitCode).toBe(1);
    expect(errors(result.report)).toEqual([
      `${legacy}:15:1  error  Segment \`abc12-104\` \`最初の段落です。\` lost: no \`<Segment>\` with this id  segment-lost`,
      `${legacy}:19:36  error  Link \`https://example.com/docs\` (\`ドキュメント\`) lost: no link to \`https://example.com/docs\` in the page  link-lost`,
      `${legacy}:21:4  error  Anchor \`details\` lost: no heading id or \`<a id>\` in the page  anchor-lost`,
    ]);
    const [row] = result.rows;
    expect(row!.segments).toEqual([8, 9]);
    expect(row!.anchors).toEqual([2, 3]);
    expect(row!.links).toEqual([1, 3]);
    expect(row!.linksLost).toBe(1);
    expect(row!.frontMatterLost).toBe(0);
  });
});

/**
 * What the check accepts as mapped (in the page in another form, counted by kind and said as
 * info) and what it still calls lost: a link by a legacy file name that is not a slug
 * (`renamed--page.md` → the page's slug), a link whose anchor a writer fixed in content/ (same
 * text, same target page, an anchor that exists), a bare URL whose English differs from the
 * translation's, and an H1 that is not the title (the page's `heading`).
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../scripts/migrate/verify/check.ts';
import { readPage } from '../../../scripts/migrate/verify/check-page.ts';
import { repoRoot, editPage, importedContent } from './helpers.ts';

const fixture = 'test/fixtures/verify-mappings';
const legacy = `${fixture}/ja-jp/partner-center/mapped-page.md`;
const ja = 'ja-jp/partner-center/mapped-page.mdx';
const en = 'en-us/partner-center/mapped-page.mdx';

const imported = () => importedContent([fixture]);

/** The legacy link `#old-steps` (no such heading) fixed as a writer does: in both pages, with the translation's sourceHash updated. */
function writerFix(out: string): void {
  for (const page of [ja, en]) editPage(out, page, '](#old-steps)', '](#steps)');
  const hash = readPage(join(out, en), 'mapped-page').sourceHash!;
  editPage(out, ja, /sourceHash: [0-9a-f]{40}/, `sourceHash: ${hash}`);
}

const lines = (report: string, severity: string) => report.split('\n').filter((line) => line.includes(`  ${severity}  `));
const check = (out: string) => runCheck([fixture], { out, cwd: repoRoot });

describe('mapped links and headings', () => {
  it('maps a link by a file name that is not a slug, a bare URL whose English differs, and the H1 kept as `heading`', () => {
    const result = check(imported());
    expect(lines(result.report, 'error')).toEqual([]);
    expect(result.exitCode, result.report).toBe(0);
    expect(lines(result.report, 'info')).toContain(
      `${legacy}:11:179  info  Link \`renamed--page.md\` → \`../renamed-page/\` mapped: \`renamed--page.md\` is not a slug: that file is the page \`renamed-page\`  renamed-slug`,
    );
    // `#old-steps` is kept as written (the importer does not guess): unresolved, a warning, not lost.
    expect(lines(result.report, 'warning')).toEqual([`${legacy}:11:28  warning  Link \`#old-steps\` is unresolved: the page has no heading \`old-steps\`  link-unresolved`]);
    const [row] = result.rows;
    expect(row).toMatchObject({ links: [2, 3], linksLost: 0, segments: [6, 6], mapped: { heading: 1, 'renamed-slug': 1 } });
    expect(result.report).toMatch(/^Mapped \(in the page in another form, not lost\): 1 × H1 kept as the page's `heading` \(not its title\); 1 × link by a file name that is not the slug/m);
  });

  it('maps a link whose anchor a writer fixed in content/, naming both anchors', () => {
    const out = imported();
    writerFix(out);
    const result = check(out);
    expect(lines(result.report, 'error')).toEqual([]);
    expect(lines(result.report, 'warning')).toEqual([]);
    expect(lines(result.report, 'info')).toContain(
      `${legacy}:11:28  info  Link \`#old-steps\` → \`#steps\` mapped: the anchor \`old-steps\` is not on its page; the page links the same text to \`#steps\`, which is (a legacy defect fixed in content/); so does the en-us page  fixed-anchor`,
    );
    expect(result.rows[0]).toMatchObject({ links: [3, 3], mapped: { heading: 1, 'renamed-slug': 1, 'fixed-anchor': 1 } });
    expect(result.exitCode).toBe(0);
  });

  it('is no fix when the text differs or the new anchor does not exist: lost', () => {
    for (const [from, to] of [
      ['[手順に進む](#old-steps)', '[手順へ](#steps)'],
      ['(#old-steps)', '(#nowhere)'],
    ] as const) {
      const out = imported();
      writerFix(out);
      editPage(out, ja, `[手順に進む](#steps)`, from === '(#old-steps)' ? `[手順に進む]${to}` : to);
      const result = check(out);
      expect(result.exitCode).toBe(1);
      expect(lines(result.report, 'error')).toContain(`${legacy}:11:28  error  Link \`#old-steps\` (\`手順に進む\`) lost: no link to \`#old-steps\` in the page  link-lost`);
    }
  });

  it('loses a bare URL that is not in the translation, and an H1 that is not the heading', () => {
    const out = imported();
    editPage(out, ja, '](https://example.com/ja-jp/support)', '](https://example.com/elsewhere)');
    editPage(out, ja, /^heading: .*\n/m, '');
    const result = check(out);
    expect(result.exitCode).toBe(1);
    expect(lines(result.report, 'error')).toEqual([
      `${legacy}:9:29  error  Segment \`m1-101\` \`見出しはタイトルと違う\` lost: the page's heading (\`heading\`, else \`title\`) is \`タイトル\`, not the H1 text \`見出しはタイトルと違う\`  segment-lost`,
      `${legacy}:13:28  error  Link \`https://example.com/ja-jp/support\` (\`https://example.com/ja-jp/support\`) lost: no link to \`https://example.com/ja-jp/support\` in the page  link-lost`,
    ]);
  });
});

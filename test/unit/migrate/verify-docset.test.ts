/**
 * The migration check over the repository's default inputs (content/legacy/seeds, then
 * content/legacy/partner-center-pr-2018) against the committed content/: every segment, anchor
 * and link kept or mapped, no front matter lost, in every locale of the docset and in the
 * seeds; what the seeds supersede is counted apart (and named), never as kept nor lost.
 * Runs the check as a function; it reads 533 files and 650 pages (a minute on a loaded machine).
 */
import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../../../scripts/migrate/cli-args.ts';
import { runCheck, type Figures } from '../../../scripts/migrate/verify/check.ts';
import { sumFigures } from '../../../scripts/migrate/verify/check-table.ts';
import { contentDir, repoRoot } from './helpers.ts';

const docset = 'content/legacy/partner-center-pr-2018';
const seeds = 'content/legacy/seeds';

function complete(figures: Figures, name: string): void {
  for (const item of ['segments', 'anchors', 'links'] as const) {
    expect(figures[item][1], `${name}: ${item}`).toBeGreaterThan(0);
    expect(figures[item][0], `${name}: ${item} kept or mapped`).toBe(figures[item][1]);
  }
  expect(figures.linksLost, `${name}: links lost`).toBe(0);
  expect(figures.frontMatterLost, `${name}: front matter lost`).toBe(0);
  expect(figures.failed, name).toBe(false);
}

describe('the migration check over the whole docset', () => {
  it('keeps or maps 100% of segments, anchors and links, loses no front matter, in every locale', { timeout: 600_000 }, () => {
    expect(defaultInputs).toEqual([seeds, docset]);
    const result = runCheck(defaultInputs, { out: contentDir, cwd: repoRoot });
    expect(result.report.split('\n').filter((line) => /  error  /.test(line))).toEqual([]);
    expect(result.exitCode).toBe(0);

    const groups = new Map(result.groups.map((g) => [`${g.input} ${g.locale}`, g]));
    for (const locale of ['ja-jp', 'ko-kr', 'ru-ru', 'zh-tw']) {
      const group = groups.get(`${docset} ${locale}`);
      expect(group, `${docset} ${locale}`).toBeDefined();
      complete(group!, `${docset} ${locale}`);
    }
    const seedGroups = result.groups.filter((g) => g.input === seeds);
    complete(sumFigures(seeds, 'seeds', seedGroups), seeds);
    expect(seedGroups.reduce((n, g) => n + Object.values(g.superseded).reduce((a, b) => a + b, 0), 0), 'nothing of the seeds is superseded').toBe(0);
    complete(result.total, 'total');
    expect(result.report).toMatch(/segments kept (\d+)\/\1 \(100%\) \+\d+ superseded; anchors kept (\d+)\/\2 \(100%\); links resolved (\d+)\/\3 \+\d+ superseded; \d+ items mapped\. Nothing lost\./);

    // Superseded: the seeds' pages win over the 2018 docset's, and so does the en-us page recovered from them.
    const superseded = result.rows.filter((r) => r.supersededBy.length > 0).map((r) => r.file.replace(`${docset}/`, ''));
    expect(superseded.sort()).toEqual(
      [
        'ja-jp/partner-center/manage-your-incentives-in-partner-center.md',
        'ja-jp/partner-center/partner-incentives-is-now-on-partner-center.md',
        'ko-kr/partner-center/manage-your-incentives-in-partner-center.md',
        'ko-kr/partner-center/partner-incentives-is-now-on-partner-center.md',
        'ru-ru/partner-center/manage-your-incentives-in-partner-center.md',
        'ru-ru/partner-center/partner-incentives-is-now-on-partner-center.md',
        'zh-tw/partner-center/manage-your-incentives-in-partner-center.md',
        'zh-tw/partner-center/partner-incentives-is-now-on-partner-center.md',
      ].sort(),
    );
    for (const r of result.rows.filter((row) => row.supersededBy.length > 0)) {
      for (const by of r.supersededBy) expect(by, r.file).toMatch(/comes from `content\/legacy\/seeds\/00\d_[0-9a-f]{16}\.txt` \(its input is named earlier/);
    }
    // The ja-jp, ko-kr and ru-ru manage-your-incentives translations won their own pages: only their English is superseded.
    for (const locale of ['ja-jp', 'ko-kr', 'ru-ru']) {
      const row = result.rows.find((r) => r.file === `${docset}/${locale}/partner-center/manage-your-incentives-in-partner-center.md`)!;
      expect(row.supersededBy, locale).toHaveLength(1);
      expect(row.supersededBy[0], locale).toMatch(/^the en-us page comes from/);
      expect(row.segments[0], locale).toBe(row.segments[1]);
      expect(row.segments[1], locale).toBeGreaterThan(20);
    }

    // Mapped, by kind: the writers' three anchor fixes (in each of the four translations), the
    // four links by a non-slug file name, H1s kept as the page's heading.
    expect(result.total.mapped['fixed-anchor']).toBe(20);
    expect(result.total.mapped['renamed-slug']).toBe(4);
    expect(result.total.mapped.heading).toBeGreaterThan(150);
    expect(result.report).toMatch(/^Mapped \(in the page in another form, not lost\): /m);
  });
});

/**
 * Why the check has its own reader: a bug in the importer's reading stage. Here the importer's
 * side-by-side pairing (convert/side-by-side.ts) and front matter reader (read/front-matter.ts)
 * are made to lose a segment and the author. A check that read legacy files with that same
 * code would not see either loss; the check's own reader does, at the legacy file's lines.
 */
import type { Parents, RootContent } from 'mdast';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../../scripts/migrate/verify/check.ts';
import { fixturesDir, repoRoot, runImport, tempContent } from './helpers.ts';

vi.mock('../../../scripts/migrate/convert/side-by-side.ts', async (original) => {
  const real = await original<typeof import('../../../scripts/migrate/convert/side-by-side.ts')>();
  // The bug: segment `abc12-107` is unwrapped (its translated text kept, its id and English gone).
  const unwrap = (parent: Parents) => {
    parent.children = (parent.children as RootContent[]).flatMap((child) => {
      if (child.type === 'segment' && child.id === 'abc12-107') return child.children;
      if ('children' in child) unwrap(child as Parents);
      return [child];
    }) as typeof parent.children;
  };
  return { ...real, pairSegments: (...args: Parameters<typeof real.pairSegments>) => {
    const stats = real.pairSegments(...args);
    unwrap(args[0]);
    return stats;
  } };
});

vi.mock('../../../scripts/migrate/read/front-matter.ts', async (original) => {
  const real = await original<typeof import('../../../scripts/migrate/read/front-matter.ts')>();
  // The bug: `author:` is not read.
  return { ...real, readFrontMatter: (...args: Parameters<typeof real.readFrontMatter>) => {
    const result = real.readFrontMatter(...args);
    result.frontMatter.entries = result.frontMatter.entries.filter((e) => e.key !== 'author');
    return result;
  } };
});

const fixture = join(fixturesDir, 'verify-side-by-side');
const legacy = 'test/fixtures/verify-side-by-side/ja-jp/partner-center/sample-page.md';

describe('an importer bug in reading legacy files', () => {
  it('is caught by the check, which reads the legacy file on its own', () => {
    const out = tempContent();
    const imported = runImport([fixture], { out, cwd: repoRoot });
    // The importer does not notice anything wrong.
    expect(imported.exitCode, imported.messages.join('\n')).toBe(0);
    const result = runCheck([fixture], { out, cwd: repoRoot });
    expect(result.exitCode).toBe(1);
    const errors = result.report.split('\n').filter((line) => /  error  /.test(line));
    expect(errors).toEqual([
      `${legacy}:1:1  error  Front matter \`author\` lost: expected one of \`labrenne\`, the page has none  front-matter-lost`,
      expect.stringMatching(new RegExp(`^${legacy}:19:1  error  Segment \`abc12-107\` \`詳しくは ドキュメント をご覧ください。\` lost: no \`<Segment>\` with this id; the English \`For more, see the docs\\.\` is not in the en-us page  segment-lost$`)),
    ]);
    expect(result.rows[0]!.segments).toEqual([8, 9]);
    expect(result.rows[0]!.frontMatterLost).toBe(1);
  });
});

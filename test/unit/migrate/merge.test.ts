/**
 * Several legacy files for one page: the newer wins (the other is reported), and en-us pages
 * recovered from two side-by-side files are compared (a disagreement is reported).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceHash } from '../../../src/lib/source-hash.ts';
import { pageBody } from '../../../src/lib/mdx/read-page.ts';
import { fixturesDir, runImport, tempContent } from './helpers.ts';

describe('pages given by several legacy files', () => {
  it('keeps the newer translation and reports the other', () => {
    const dir = join(fixturesDir, 'migrate-newer-wins');
    const out = tempContent();
    const result = runImport(['.'], { cwd: dir, out });
    expect(result.exitCode, result.messages.join('\n')).toBe(0);
    expect(result.outputs.map((o) => [o.origin, o.path.slice(out.length)])).toEqual([
      ['100_5f3a.txt', '/ja-jp/partner-center/reset-a-user-password.mdx'],
    ]);
    const page = readFileSync(result.outputs[0]!.path, 'utf8');
    expect(page).toContain('新しい版の本文です。');
    expect(page).toContain('date: 2019-06-01');
    expect(result.messages).toContainEqual(
      expect.stringMatching(/^101_9c2e\.txt:1:1 {2}warning {2}`ja-jp\/reset-a-user-password` also comes from `100_5f3a\.txt` and they disagree; kept that one \(newer: 2019-06-01 against 2018-01-15\)\. First difference, page line 2: .* {2}page-conflict$/),
    );
    expect(result.messages).toContainEqual(
      expect.stringMatching(/^100_5f3a\.txt:1:1 {2}warning {2}`ja-jp\/reset-a-user-password` also comes from `101_9c2e\.txt` and they disagree; kept this one \(newer/),
    );
  });

  it('reports side-by-side files whose English disagrees, and keeps one deterministically', () => {
    const dir = join(fixturesDir, 'migrate-english-disagrees');
    const runs = [tempContent(), tempContent()].map((out) => {
      const result = runImport(['.'], { cwd: dir, out });
      expect(result.exitCode, result.messages.join('\n')).toBe(0);
      return { result, out, english: readFileSync(join(out, 'en-us/partner-center/reset-a-password.mdx'), 'utf8') };
    });
    const { result, out, english } = runs[0]!;
    expect(runs[1]!.english).toBe(english);
    expect(english).toContain('Select a user.');
    expect(result.messages).toContainEqual(
      expect.stringMatching(/^200_a1\.txt:1:1 {2}warning {2}`en-us\/reset-a-password` also comes from `201_b2\.txt` and they disagree; kept that one \(neither is newer; the later file wins\)\. First difference, page line \d+: `Select the user\.` here, `Select a user\.` there {2}page-conflict$/),
    );
    // Each translation records the English it was made from: the loser's is stale.
    expect(result.messages).toContainEqual(expect.stringMatching(/^200_a1\.txt:1:1 {2}info {2}.*which is not the en-us page written: the translation will show as stale {2}source-hash$/));
    const hashOf = (locale: string) => /sourceHash: ([0-9a-f]+)/.exec(readFileSync(join(out, locale, 'partner-center/reset-a-password.mdx'), 'utf8'))?.[1];
    const current = sourceHash({ title: 'Reset a password', description: 'How to reset a password', body: pageBody(english) });
    expect(hashOf('ko-kr')).toBe(current);
    expect(hashOf('zh-tw')).toMatch(/^[0-9a-f]{40}$/);
    expect(hashOf('zh-tw')).not.toBe(current);
    // Both translations are written, each with its own segments.
    expect(result.outputs.map((o) => o.path.slice(o.path.indexOf('/partner-center/') - 5)).sort()).toEqual([
      'en-us/partner-center/reset-a-password.mdx',
      'ko-kr/partner-center/reset-a-password.mdx',
      'zh-tw/partner-center/reset-a-password.mdx',
    ]);
  });
});

/**
 * A front-matter mistake stops the build with the file, the field and what was expected
 * (a real `astro build` of a fixture content root).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

describe('a build with bad front matter', () => {
  it('fails, naming the file, each field and what was expected', { timeout: 120_000 }, () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bad-build-'));
    try {
      const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: 'test/fixtures/build-bad-frontmatter/content', ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
      });
      const output = result.stdout + result.stderr;
      expect(result.status).not.toBe(0);
      expect(output).toContain('test/fixtures/build-bad-frontmatter/content/ja-jp/partner-center/good-page.mdx');
      expect(output).toContain('description: a description is required');
      expect(output).toContain('date: expected a date written as YYYY-MM-DD, for example 2019-03-05');
      expect(output).toContain('translation.type: expected one of "source", "human", "machine"');
      expect(output).toContain('unknown field "descripton"; did you mean "description"?');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

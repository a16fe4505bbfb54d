/** `npm run check:site` on a small hand-made build with known defects. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');

describe('check:site', () => {
  it('reports broken links, missing fragments (decoded like a browser) and bad hreflang, and exits 1', { timeout: 60_000 }, () => {
    const result = spawnSync(join(repo, 'node_modules/.bin/node'), ['scripts/check-site.ts', 'test/fixtures/site-broken'], { cwd: repo, encoding: 'utf8' });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.slice(0, -1).sort()).toEqual(
      [
        '/  error  links to "/en-us/partner-center/missing/", which answers 404  broken-link',
        '/en-us/partner-center/a/  error  links to "/en-us/partner-center/a/#sectoin", and that page has no such id  fragment',
        '/en-us/partner-center/a/  error  links to "/ja-jp/partner-center/a/#資格", and that page has no such id  fragment',
        'en-us/partner-center/a/index.html  error  The hreflang="ko-KR" URL "http://localhost:4321/ko-kr/partner-center/a/" is not a page of the build.  hreflang',
        'en-us/partner-center/a/index.html  error  The hreflang alternates have no x-default.  hreflang',
      ].sort(),
    );
    // The percent-encoded and the raw Japanese fragments that exist are not reported.
    expect(result.stdout).not.toContain('資格を得る');
    expect(lines.at(-1)).toMatch(/^✖ 5 problems in the built site \(3 pages/);
  });

  it('exits 2 when there is no build', () => {
    const result = spawnSync(join(repo, 'node_modules/.bin/node'), ['scripts/check-site.ts', 'test/fixtures/no-such-build'], { cwd: repo, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('run `npm run build` first');
  });
});

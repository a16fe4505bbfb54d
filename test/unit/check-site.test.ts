/** `npm run check:site` on a small hand-made build with known defects. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuiltPage } from '../../scripts/check-site/built-pages.ts';
import { checkEveryPageBuilt, expectedPaths } from '../../scripts/check-site/every-page-built.ts';
import type { Locale } from '../../src/config/locales.ts';

const repo = join(import.meta.dirname, '../..');

describe('check:site', () => {
  it('reports broken links, missing fragments (decoded like a browser) and bad hreflang, and exits 1', { timeout: 60_000 }, () => {
    const result = spawnSync(join(repo, 'node_modules/.bin/node'), ['scripts/check-site.ts', 'test/fixtures/site-broken'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'test/fixtures/site-broken-content' },
    });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.slice(0, -1).sort()).toEqual(
      [
        '/  error  links to "/en-us/partner-center/missing/", which answers 404  broken-link',
        '/en-us/partner-center/a/  error  links to "/en-us/partner-center/a/#sectoin", and that page has no such id  fragment',
        '/en-us/partner-center/a/  error  links to "/ja-jp/partner-center/a/#資格", and that page has no such id  fragment',
        'en-us/partner-center/a/index.html  error  The hreflang="ko-KR" URL "http://localhost:4321/ko-kr/partner-center/a/" is not a page of the build.  hreflang',
        'en-us/partner-center/a/index.html  error  The hreflang alternates have no x-default.  hreflang',
        `/404.html  error  15 of the 18 pages of ${join(repo, 'test/fixtures/site-broken-content')} are not in the build: /404.html, /status/, /en-us/, /en-us/contents/, /zh-tw/, /zh-tw/contents/, /ru-ru/, /ru-ru/contents/, /ko-kr/, /ko-kr/contents/, and 5 more. The build read fewer pages than the content has (an empty content store?): read the build's log, then run \`npm run build\` again.  every-page-built`,
      ].sort(),
    );
    // The percent-encoded and the raw Japanese fragments that exist are not reported.
    expect(result.stdout).not.toContain('資格を得る');
    expect(lines.at(-1)).toMatch(/^✖ 6 problems in the built site \(3 pages/);
  });

  it('exits 2 when there is no build', () => {
    const result = spawnSync(join(repo, 'node_modules/.bin/node'), ['scripts/check-site.ts', 'test/fixtures/no-such-build'], { cwd: repo, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('run `npm run build` first');
  });
});

describe('every page built (a build from an empty content store fails)', () => {
  const built = (paths: string[]): BuiltPage[] => paths.map((path) => ({ file: `${path.slice(1)}index.html`, path, ids: new Set(), canonical: [], alternates: [] }));
  const content = new Map<string, Set<Locale>>([
    ['a', new Set<Locale>(['en-us', 'ja-jp'])],
    ['b', new Set<Locale>(['en-us'])],
  ]);

  it('expects every page in every locale (fallbacks included), each home and contents page, the chooser, status and 404', () => {
    const paths = expectedPaths(content);
    expect(paths).toHaveLength(3 + 5 * 2 + 2 * 5);
    expect(paths).toContain('/ko-kr/partner-center/b/');
  });

  it('passes a build with every page, fails one with only the pages that need no content', () => {
    expect(checkEveryPageBuilt(built(expectedPaths(content)), content, 'content')).toEqual([]);
    const empty = built(expectedPaths(new Map()));
    const [message, ...rest] = checkEveryPageBuilt(empty, content, 'content');
    expect(rest).toEqual([]);
    expect(message!.message).toMatch(/^10 of the 23 pages of content are not in the build: \/en-us\/partner-center\/a\/, /);
  });

  it('reports a page of the build that no content makes', () => {
    const stale = built([...expectedPaths(content), '/en-us/partner-center/gone/']);
    expect(checkEveryPageBuilt(stale, content, 'content')).toEqual([
      { file: 'en-us/partner-center/gone/index.html', ruleId: 'every-page-built', message: '/en-us/partner-center/gone/ is in the build, but no page of content makes it: a stale build? Run `npm run build` again.' },
    ]);
  });
});

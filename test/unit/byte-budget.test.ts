/**
 * A page's HTML does not grow with the size of the site: the same content page of the bench
 * corpus, built at 100 and at 1,000 pages per locale, differs by less than 1 KB gzip (its
 * navigation carries its own branch of the table of contents, not the whole tree).
 * Two real `astro build`s of the synthetic corpus (scripts/lib/generate-corpus.ts) into temporary folders.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, slugOf } from '../../scripts/lib/generate-corpus.ts';

const repo = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'byte-budget-'));
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

function build(pages: number): string {
  const corpus = generateCorpus(join(work, `corpus-${pages}`), pages);
  const out = join(work, `dist-${pages}`);
  const result = spawnSync(join(repo, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
    cwd: repo,
    encoding: 'utf8',
    // The corpus's planted defects make the build print many warnings.
    maxBuffer: 256 * 2 ** 20,
    env: { ...process.env, PATH: `${join(repo, 'node_modules/.bin')}:${process.env.PATH}`, CONTENT_DIR: corpus.root, ASTRO_CACHE_DIR: join(work, `cache-${pages}`), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(result.status, `astro build (signal ${result.signal}, ${result.error?.message ?? 'no spawn error'}) of ${pages} pages per locale:\n${result.stdout.slice(-2000)}${result.stderr.slice(-2000)}`).toBe(0);
  return out;
}

const gzip = (dist: string, path: string) => gzipSync(readFileSync(join(dist, path, 'index.html')), { level: 9 }).length;

describe('byte budget of a content page', () => {
  it('HTML gzip at 100 and at 1,000 pages per locale differs by less than 1 KB', { timeout: 900_000 }, () => {
    const small = build(100);
    const large = build(1000);
    // A page deep in a group (a subgroup's child), and the first page of a group, in two scripts.
    for (const locale of ['en-us', 'ja-jp']) {
      for (const slug of [slugOf(55), slugOf(0)]) {
        const path = `${locale}/partner-center/${slug}`;
        const [a, b] = [gzip(small, path), gzip(large, path)];
        expect(Math.abs(b - a), `${path}: ${a} B gzip at 100 pages, ${b} B at 1,000`).toBeLessThan(1024);
        // The navigation is there in both: the page is marked current in its sidebar.
        for (const dist of [small, large]) expect(readFileSync(join(dist, path, 'index.html'), 'utf8')).toMatch(/aria-current="page"/);
      }
    }
  });
});

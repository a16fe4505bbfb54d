/**
 * `astro build` of a synthetic corpus as a separate content root (CONTENT_DIR; the real content is
 * untouched), with and without the Pagefind index: wall time, peak memory, pages per second; then
 * linkinator's crawl of the result (check:site), for comparison with the content check.
 *
 * Each build starts from an empty Astro cache of its own (ASTRO_CACHE_DIR, a new temporary
 * folder): builds are cold and comparable, and a corpus's entries never mix with the site's in the
 * repository's `.astro` (which made the next real build warn of duplicate ids).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawlBuild } from '../check-site/crawl.ts';
import type { Corpus } from '../lib/generate-corpus.ts';
import { measure } from './measure.ts';

export interface BuildBench {
  files: number;
  pagesBuilt: number;
  buildSeconds: number;
  buildPeakMiB: number | undefined;
  searchSeconds: number;
  searchPeakMiB: number | undefined;
  withSearchSeconds: number;
  pagesPerSecondWithSearch: number;
  linkinatorSeconds: number;
  linkinatorLinks: number;
  linkinatorProblems: number;
}

/** `crawl: false` leaves out linkinator's crawl (its figures are then 0). */
export async function benchBuild(corpus: Corpus, repo: string, outDir: string, options: { crawl?: boolean } = {}): Promise<BuildBench> {
  const bin = join(repo, 'node_modules/.bin');
  const cacheDir = mkdtempSync(join(tmpdir(), 'partner-docs-bench-astro-'));
  const env = { PATH: `${bin}:${process.env.PATH}`, CONTENT_DIR: corpus.root, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' };
  rmSync(outDir, { recursive: true, force: true });
  const build = measure(join(bin, 'astro'), ['build', '--outDir', outDir], { env, cwd: repo });
  rmSync(cacheDir, { recursive: true, force: true });
  if (build.status !== 0) throw new Error(`astro build of the corpus failed:\n${build.stdout.slice(-2000)}${build.stderr.slice(-2000)}`);
  const pagesBuilt = Number(/(\d+) page\(s\) built/.exec(build.stdout)?.[1] ?? 0);
  const search = measure(join(bin, 'pagefind'), ['--site', outDir], { env, cwd: repo });
  if (search.status !== 0) throw new Error(`pagefind failed:\n${search.stdout.slice(-2000)}`);
  const started = performance.now();
  const crawl = options.crawl === false ? { links: 0, messages: [] } : await crawlBuild(outDir);
  const linkinatorSeconds = (performance.now() - started) / 1000;
  const withSearchSeconds = build.seconds + search.seconds;
  return {
    files: corpus.files,
    pagesBuilt,
    buildSeconds: build.seconds,
    buildPeakMiB: build.peakMiB,
    searchSeconds: search.seconds,
    searchPeakMiB: search.peakMiB,
    withSearchSeconds,
    pagesPerSecondWithSearch: pagesBuilt / withSearchSeconds,
    linkinatorSeconds,
    linkinatorLinks: crawl.links,
    linkinatorProblems: crawl.messages.length,
  };
}

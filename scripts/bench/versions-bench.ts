/**
 * The content check and the build of one corpus, this version and a base ref side by side (issue
 * 14's targets: "measured side by side with today's main in one run, medians of at least 3").
 * Rounds alternate the versions (this, base, this, base…) so that the machine's noise falls on
 * both alike. Each version runs its own code, in its own checkout (bench-checkouts.ts), with its
 * own dependencies when its package-lock.json differs.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from '../lib/generate-corpus.ts';
import { checkoutOfRef, checkoutOfWorkingTree, type BenchCheckout } from './bench-checkouts.ts';
import { benchBuild, type BuildBench } from './build-bench.ts';
import { benchCheck, type CheckBench } from './check-bench.ts';
import { spread, type Spread } from './stats.ts';

export interface VersionBench {
  version: string;
  commit: string;
  files: number;
  rounds: number;
  checkCold: Spread | undefined;
  checkOneChanged: Spread | undefined;
  recall: number;
  precision: number;
  build: Spread | undefined;
  buildPeakMiB: Spread | undefined;
  pagefind: Spread | undefined;
  withSearch: Spread | undefined;
  pagesBuilt: number;
}

export async function benchVersions(repo: string, corpus: Corpus, options: { base: string; rounds: number }, log: (message: string) => void): Promise<VersionBench[]> {
  const checkouts: BenchCheckout[] = [];
  try {
    checkouts.push(checkoutOfWorkingTree(repo), checkoutOfRef(repo, options.base));
    const runs = checkouts.map(() => ({ checks: [] as CheckBench[], builds: [] as BuildBench[] }));
    for (let round = 1; round <= options.rounds; round++) {
      for (const [k, checkout] of checkouts.entries()) {
        log(`side by side, ${corpus.files} files: ${checkout.label} (${checkout.version}), round ${round}/${options.rounds}: check…`);
        const check = benchCheck(corpus, checkout.dir);
        log(`  check cold ${check.coldSeconds.toFixed(2)} s, one changed ${check.oneChangedSeconds.toFixed(2)} s; build…`);
        const build = await benchBuild(corpus, checkout.dir, join(tmpdir(), `partner-docs-dist-${checkout.label.replace(/[^\w.-]+/g, '-')}`), { crawl: false });
        log(`  build ${build.buildSeconds.toFixed(1)} s (${build.buildPeakMiB?.toFixed(0) ?? '?'} MiB), Pagefind ${build.searchSeconds.toFixed(1)} s`);
        runs[k]!.checks.push(check);
        runs[k]!.builds.push(build);
      }
    }
    return checkouts.map((checkout, k) => {
      const { checks, builds } = runs[k]!;
      const of = <T>(xs: T[], f: (x: T) => number | undefined) => spread(xs.flatMap((x) => (f(x) === undefined ? [] : [f(x)!])));
      return {
        version: checkout.label,
        commit: checkout.version,
        files: corpus.files,
        rounds: options.rounds,
        checkCold: of(checks, (c) => c.coldSeconds),
        checkOneChanged: of(checks, (c) => c.oneChangedSeconds),
        recall: Math.min(...checks.map((c) => c.recall)),
        precision: Math.min(...checks.map((c) => c.precision)),
        build: of(builds, (b) => b.buildSeconds),
        buildPeakMiB: of(builds, (b) => b.buildPeakMiB),
        pagefind: of(builds, (b) => b.searchSeconds),
        withSearch: of(builds, (b) => b.withSearchSeconds),
        pagesBuilt: Math.min(...builds.map((b) => b.pagesBuilt)),
      };
    });
  } finally {
    for (const checkout of checkouts) checkout.remove();
  }
}

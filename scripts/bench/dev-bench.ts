/**
 * The dev-loop step of `npm run bench` (issue 14, "the writer's preview loop"): this version and a
 * base ref (default main) side by side, each on every synthetic corpus and on the real docset.
 * Starts alternate between the two (this, base, this, base…) so that the machine's noise falls on
 * both alike; each start measures start → first page once and save → served over several saves
 * (dev-loop-bench.ts). Each row gives the median, min and max of its starts, and of all its saves
 * pooled. The dev servers' logs stay in the temp folder for reading; their paths are in the results.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locales, sourceLocale } from '../../src/config/locales.ts';
import { checkoutOfRef, checkoutOfWorkingTree, type BenchCheckout } from './bench-checkouts.ts';
import { benchDevLoop, type DevLoopRun } from './dev-loop-bench.ts';
import { slugOf, type Corpus } from '../lib/generate-corpus.ts';
import { spread, type Spread } from './stats.ts';

export interface DevBenchOptions {
  base: string;
  starts: number;
  edits: number;
  /** The real docset's page to load and save (each version's own content/). */
  realPage: string;
}

export interface DevBench {
  /** `this` or the base ref. */
  version: string;
  commit: string;
  docset: 'corpus' | 'real';
  pagesPerLocale: number;
  locales: number;
  files: number;
  page: string;
  startSeconds: Spread | undefined;
  saveSeconds: Spread | undefined;
  saves: number;
  failures: string[];
  runs: DevLoopRun[];
}

interface Docset {
  docset: DevBench['docset'];
  name: string;
  /** CONTENT_DIR; undefined for each checkout's own content/. */
  contentDir: string | undefined;
  page: string;
}

export async function benchDev(repo: string, corpora: Corpus[], options: DevBenchOptions, log: (message: string) => void): Promise<DevBench[]> {
  const logs = join(tmpdir(), 'partner-docs-dev-bench-logs');
  rmSync(logs, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });
  const docsets: Docset[] = [
    ...corpora.map((c) => ({ docset: 'corpus' as const, name: `corpus-${c.pages}`, contentDir: c.root, page: `en-us/partner-center/${slugOf(Math.floor(c.pages / 2))}` })),
    { docset: 'real', name: 'real', contentDir: undefined, page: options.realPage },
  ];
  const checkouts: BenchCheckout[] = [];
  try {
    checkouts.push(checkoutOfWorkingTree(repo), checkoutOfRef(repo, options.base));
    log(`dev loop: this = ${checkouts[0]!.version} in ${checkouts[0]!.dir}; ${options.base} = ${checkouts[1]!.version} in ${checkouts[1]!.dir}`);
    const results: DevBench[] = [];
    for (const set of docsets) {
      const runs: DevLoopRun[][] = checkouts.map(() => []);
      for (let round = 1; round <= options.starts; round++) {
        for (const [k, checkout] of checkouts.entries()) {
          const logFile = join(logs, `${set.name}-${checkout.label.replace(/[^\w.-]+/g, '-')}-${round}.log`);
          log(`dev loop, ${set.name}: ${checkout.label} (${checkout.version}), start ${round}/${options.starts}…`);
          const run = await benchDevLoop(checkout.dir, { contentDir: set.contentDir, page: set.page, edits: options.edits, logFile });
          const saved = run.saves.flatMap((s) => (s.seconds === undefined ? [] : [s.seconds.toFixed(2)]));
          log(`  start ${run.startSeconds?.toFixed(1) ?? 'failed'} s; saves ${saved.join(', ') || 'none'} s${run.failures.length ? `; ${run.failures.join('; ')}` : ''}`);
          runs[k]!.push(run);
        }
      }
      results.push(...checkouts.map((checkout, k) => summarise(checkout, set, runs[k]!)));
    }
    return results;
  } finally {
    for (const checkout of checkouts) checkout.remove();
  }
}

function summarise(checkout: BenchCheckout, set: Docset, runs: DevLoopRun[]): DevBench {
  const size = docsetSize(set.contentDir ?? join(checkout.dir, 'content'));
  const starts = runs.flatMap((r) => (r.startSeconds === undefined ? [] : [r.startSeconds]));
  const saves = runs.flatMap((r) => r.saves.flatMap((s) => (s.seconds === undefined ? [] : [s.seconds])));
  return {
    version: checkout.label,
    commit: checkout.version,
    docset: set.docset,
    ...size,
    page: set.page,
    startSeconds: spread(starts),
    saveSeconds: spread(saves),
    saves: saves.length,
    failures: runs.flatMap((r) => r.failures),
    runs,
  };
}

/** Pages per locale (the source locale's count), locales and pages in all, of a content root. */
function docsetSize(root: string): { pagesPerLocale: number; locales: number; files: number } {
  const present = locales.map((l) => l.locale).filter((locale) => existsSync(join(root, locale, 'partner-center')));
  const count = (locale: string) => readdirSync(join(root, locale, 'partner-center')).filter((f) => f.endsWith('.mdx')).length;
  const files = present.reduce((sum, locale) => sum + count(locale), 0);
  return { pagesPerLocale: present.includes(sourceLocale) ? count(sourceLocale) : 0, locales: present.length, files };
}

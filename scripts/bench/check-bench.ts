/**
 * The content checker on a synthetic corpus: cold (no cache), warm (nothing changed) and with
 * one file changed, as `npm run check` runs it (`node scripts/check.ts <root> --format json`
 * with the script's compile cache), with recall and precision on the planted broken links and
 * anchors. The one-file-changed run is also timed through `npm run check` itself, whose own
 * start-up (npm on the machine's Node) is outside the checker.
 */
import { appendFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../lib/generate-corpus.ts';
import { measure } from './measure.ts';
import { defaultCacheDir } from '../check/cache.ts';

export interface CheckBench {
  pages: number;
  files: number;
  coldSeconds: number;
  warmSeconds: number;
  /** Median of three runs, each after one more English page (linked from others) was edited. */
  oneChangedSeconds: number;
  /** The same edit, through `npm run check`. */
  oneChangedNpmSeconds: number;
  filesPerSecondCold: number;
  peakMiB: number | undefined;
  cacheMiB: number;
  planted: number;
  found: number;
  falsePositives: number;
  recall: number;
  precision: number;
}

interface JsonMessage {
  file: string;
  line: number;
  ruleId: string;
  severity: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchCheck(corpus: Corpus, repo: string): CheckBench {
  const cacheDir = defaultCacheDir(corpus.root, join(repo, '.cache'));
  const node = join(repo, 'node_modules/.bin/node');
  // As package.json's "check" script runs it.
  const env = { NODE_COMPILE_CACHE: join(repo, '.cache/node-compile') };
  const run = () => measure(node, [join(repo, 'scripts/check.ts'), corpus.root, '--format', 'json'], { cwd: repo, env });
  rmSync(cacheDir, { recursive: true, force: true });
  const cold = run();
  if (cold.status !== 1 && cold.status !== 0) throw new Error(`the check failed (${cold.status}): ${cold.stderr}`);
  run(); // files written just before the cold run are read once more (too recent to trust their times)
  const warm = run();
  // One file changed: a sentence added to an English page that other pages link to.
  const edit = (i: number) => appendFileSync(join(corpus.root, `en-us/partner-center/page-${String(i).padStart(5, '0')}.mdx`), '\nOne more sentence.\n');
  const changed = [1, 2, 3].map((i) => {
    edit(i);
    return run().seconds;
  });
  edit(4);
  const viaNpm = measure('npm', ['run', '--silent', 'check', '--', corpus.root, '--format', 'json'], { cwd: repo });
  const messages = (JSON.parse(cold.stdout) as { messages: JsonMessage[] }).messages.filter((m) => m.severity === 'error');
  const truth = new Set(corpus.defects.map((d) => `${d.file}:${d.line}:${d.ruleId}`));
  const reported = new Set(messages.map((m) => `${m.file}:${m.line}:${m.ruleId}`));
  const found = [...truth].filter((t) => reported.has(t)).length;
  const falsePositives = [...reported].filter((r) => !truth.has(r)).length;
  const cacheBytes = readdirSync(cacheDir).reduce((sum, f) => sum + statSync(join(cacheDir, f)).size, 0);
  return {
    pages: corpus.pages,
    files: corpus.files,
    coldSeconds: cold.seconds,
    warmSeconds: warm.seconds,
    oneChangedSeconds: median(changed),
    oneChangedNpmSeconds: viaNpm.seconds,
    filesPerSecondCold: corpus.files / cold.seconds,
    peakMiB: cold.peakMiB,
    cacheMiB: cacheBytes / 2 ** 20,
    planted: truth.size,
    found,
    falsePositives,
    recall: truth.size ? found / truth.size : 1,
    precision: reported.size ? found / reported.size : 1,
  };
}

/**
 * `npm run bench [-- --sizes 100,1000] [--skip-build]`: figures for the closing notes, printed as
 * tables and written to bench-results.json. Never a test: nothing here passes or fails.
 *
 *   bench/generate-corpus.ts  N pages × 5 locales with planted defects (a separate content root)
 *   bench/check-bench.ts      npm run check: cold, warm, one file changed; recall and precision
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchCheck, type CheckBench } from './bench/check-bench.ts';
import { generateCorpus } from './bench/generate-corpus.ts';
import { fixed, percent, table } from './bench/table.ts';

const repo = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000' }, 'skip-build': { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number);

const checks: CheckBench[] = [];
for (const n of sizes) {
  const corpus = generateCorpus(join(tmpdir(), `partner-docs-corpus-${n}`), n);
  console.error(`check: ${corpus.files} files…`);
  checks.push(benchCheck(corpus, repo));
}

console.log('\nnpm run check on a synthetic corpus (N pages × 5 locales)');
console.log(
  table(
    ['files', 'cold s', 'files/s', 'warm s', 'one changed s', 'peak MiB', 'planted', 'recall', 'precision'],
    checks.map((c) => [c.files, fixed(c.coldSeconds), fixed(c.filesPerSecondCold, 0), fixed(c.warmSeconds), fixed(c.oneChangedSeconds), fixed(c.peakMiB, 0), c.planted, percent(c.recall), percent(c.precision)]),
  ),
);
writeFileSync(join(repo, 'bench-results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine: { cores: (await import('node:os')).availableParallelism() }, check: checks }, null, 2)}\n`);
console.log('\nWritten to bench-results.json.');

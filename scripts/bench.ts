/**
 * `npm run bench [-- --sizes 100,1000] [--skip-build] [--skip-crawl] [--skip-lighthouse] [--skip-dev | --only-dev]
 * [--base main] [--dev-starts 3] [--dev-edits 5] [--only-versions [--rounds 3]]`: figures for the
 * closing notes, printed as tables and written to bench-results.json. Never a test: nothing here passes or fails. Run it on an idle
 * machine: it measures wall time.
 *
 *   lib/generate-corpus.ts     N pages × 5 locales with planted defects (a separate content root;
 *                              the tests at scale use it too)
 *   bench/versions-bench.ts    --only-versions: check and build, this version and --base side by side
 *   bench/check-bench.ts       npm run check: cold, warm, one file changed; recall and precision
 *   bench/build-bench.ts       astro build ± Pagefind: time, peak memory; linkinator's crawl
 *                              (--skip-crawl: it takes minutes at 1,000 pages a locale)
 *   bench/bytes-bench.ts       bytes of a content page and of the program page (real build)
 *   bench/lighthouse-bench.ts  Lighthouse, mobile profile, on the program page in en-us and ja-jp
 *   bench/dev-bench.ts         npm run dev: start → first page, save → new text served; this
 *                              version and --base side by side, on each corpus and the real docset
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchBuild, type BuildBench } from './bench/build-bench.ts';
import { pageBytes, type PageBytes } from './bench/bytes-bench.ts';
import { benchCheck, type CheckBench } from './bench/check-bench.ts';
import { benchDev, type DevBench } from './bench/dev-bench.ts';
import { benchVersions, type VersionBench } from './bench/versions-bench.ts';
import { generateCorpus, slugOf, type Corpus } from './lib/generate-corpus.ts';
import { runLighthouse, type LighthouseScores } from './bench/lighthouse-bench.ts';
import { median } from './bench/stats.ts';
import { fixed, percent, spreadText, table } from './bench/table.ts';
import { createStaticServer } from './lib/static-server.ts';

const repo = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000' },
    'skip-build': { type: 'boolean', default: false },
    'skip-crawl': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-dev': { type: 'boolean', default: false },
    'only-dev': { type: 'boolean', default: false },
    base: { type: 'string', default: 'main' },
    'dev-starts': { type: 'string', default: '3' },
    'dev-edits': { type: 'string', default: '5' },
    'only-versions': { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
  },
});
const count = (flag: string, value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag} ${value}: a whole number of at least 1 is expected, e.g. --${flag} 3`);
  return n;
};
const sizes = values.sizes.split(',').map((size) => count('sizes', size));
const devStarts = count('dev-starts', values['dev-starts']);
const devEdits = count('dev-edits', values['dev-edits']);
const rounds = count('rounds', values.rounds);
const onlyVersions = values['only-versions'];
const onlyDev = values['only-dev'] || onlyVersions;
if (onlyDev && values['skip-dev']) throw new Error('--only-dev and --skip-dev together leave nothing to measure: give one of them.');
const log = (message: string) => console.error(`bench: ${message}`);

const checks: CheckBench[] = [];
const builds: BuildBench[] = [];
/** The same content page at each corpus size: its HTML must not grow with the site (issue 13). */
const corpusBytes: (PageBytes & { pagesPerLocale: number })[] = [];
const corpora: Corpus[] = [];
for (const n of sizes) {
  const corpus = generateCorpus(join(tmpdir(), `partner-docs-corpus-${n}`), n);
  corpora.push(corpus);
  if (onlyDev) continue;
  log(`check of ${corpus.files} files…`);
  checks.push(benchCheck(corpus, repo));
  if (!values['skip-build']) {
    log(`build of ${corpus.files} pages…`);
    const out = join(tmpdir(), `partner-docs-dist-${n}`);
    builds.push(await benchBuild(corpus, repo, out, { crawl: !values['skip-crawl'] }));
    for (const locale of ['en-us', 'ja-jp']) corpusBytes.push({ ...pageBytes(out, `${locale}/partner-center/${slugOf(55)}`), pagesPerLocale: n });
  }
}

const dist = join(repo, 'dist');
let bytes: PageBytes[] = [];
if (!onlyDev) {
  log('the real site: npm run build…');
  const realBuild = spawnSync('npm', ['run', 'build'], { cwd: repo, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (realBuild.status !== 0) throw new Error(`npm run build failed:\n${realBuild.stdout.slice(-3000)}`);
  bytes = [
    pageBytes(dist, 'en-us/partner-center/reset-a-user-password'),
    pageBytes(dist, 'ja-jp/partner-center/reset-a-user-password'),
    pageBytes(dist, 'en-us/partner-center/partner-incentives-is-now-on-partner-center'),
    pageBytes(dist, 'ja-jp/partner-center/partner-incentives-is-now-on-partner-center'),
  ];
}

let lighthouse: LighthouseScores[] = [];
if (!onlyDev && !values['skip-lighthouse']) {
  log('Lighthouse (3 runs a page, median)…');
  const server = createStaticServer(dist).listen(4499, '127.0.0.1');
  const urls = ['en-us', 'ja-jp'].map((l) => `http://127.0.0.1:4499/${l}/partner-center/partner-incentives-is-now-on-partner-center/`);
  const runs = [await runLighthouse(urls), await runLighthouse(urls), await runLighthouse(urls)];
  lighthouse = urls.map((url, i) => {
    const of = (k: keyof LighthouseScores) => runs.map((r) => r[i]![k] as number);
    return { url, performance: median(of('performance')), accessibility: median(of('accessibility')), bestPractices: median(of('bestPractices')), seo: median(of('seo')), lcpMs: median(of('lcpMs')), tbtMs: median(of('tbtMs')), cls: median(of('cls')) };
  });
  server.close();
}

const versions: VersionBench[] = [];
if (onlyVersions) {
  for (const corpus of corpora) {
    log(`check and build: this version and ${values.base} side by side, ${rounds} rounds…`);
    versions.push(...(await benchVersions(repo, corpus, { base: values.base, rounds }, log)));
  }
}

let dev: DevBench[] = [];
if (!values['skip-dev'] && !onlyVersions) {
  log(`npm run dev: this version and ${values.base}, ${devStarts} starts each, ${devEdits} saves a start…`);
  dev = await benchDev(repo, corpora, { base: values.base, starts: devStarts, edits: devEdits, realPage: 'en-us/partner-center/reset-a-user-password' }, log);
}

if (checks.length) {
  console.log('\nnpm run check on a synthetic corpus (N pages × 5 locales)');
  console.log(
    table(
      ['files', 'cold s', 'files/s', 'warm s', 'one changed s', 'via npm s', 'peak MiB', 'cache MiB', 'planted', 'recall', 'precision'],
      checks.map((c) => [c.files, fixed(c.coldSeconds), fixed(c.filesPerSecondCold, 0), fixed(c.warmSeconds), fixed(c.oneChangedSeconds), fixed(c.oneChangedNpmSeconds), fixed(c.peakMiB, 0), fixed(c.cacheMiB, 1), c.planted, percent(c.recall), percent(c.precision)]),
    ),
  );
}
if (builds.length) {
  console.log('\nastro build of the corpus, then Pagefind, then linkinator (check:site crawl)');
  console.log(
    table(
      ['pages', 'build s', 'build MiB', 'pagefind s', 'with search s', 'pages/s', 'linkinator s', 'links', 'broken found'],
      builds.map((b) => [b.pagesBuilt, fixed(b.buildSeconds, 1), fixed(b.buildPeakMiB, 0), fixed(b.searchSeconds, 1), fixed(b.withSearchSeconds, 1), fixed(b.pagesPerSecondWithSearch, 0), fixed(b.linkinatorSeconds, 1), b.linkinatorLinks, b.linkinatorProblems]),
    ),
  );
}
if (corpusBytes.length) {
  console.log('\nA content page of the corpus at each size (gzip level 9): its HTML must not grow with the site');
  console.log(table(['pages/locale', 'page', 'HTML', 'HTML gz'], corpusBytes.map((b) => [b.pagesPerLocale, b.page, b.htmlRaw, b.htmlGzip])));
}
if (bytes.length) {
  console.log('\nBytes of the real build (gzip level 9)');
  console.log(table(['page', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz'], bytes.map((b) => [b.page, b.htmlRaw, b.htmlGzip, b.cssRaw, b.cssGzip, b.jsRaw, b.jsGzip])));
}
if (lighthouse.length) {
  console.log('\nLighthouse, mobile profile (median of 3)');
  console.log(table(['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS'], lighthouse.map((l) => [new URL(l.url).pathname, l.performance, l.accessibility, l.bestPractices, l.seo, l.lcpMs, l.tbtMs, l.cls])));
}
if (versions.length) {
  console.log(`\nnpm run check and astro build + Pagefind on a synthetic corpus, side by side: median (min–max) of ${rounds} rounds`);
  console.log(
    table(
      ['version', 'files', 'check cold s', 'one changed s', 'recall', 'precision', 'build s', 'build peak MiB', 'pagefind s', 'with search s', 'pages'],
      versions.map((v) => [`${v.version} ${v.commit}`, v.files, spreadText(v.checkCold), spreadText(v.checkOneChanged), percent(v.recall), percent(v.precision), spreadText(v.build, 1), spreadText(v.buildPeakMiB, 0), spreadText(v.pagefind, 1), spreadText(v.withSearch, 1), v.pagesBuilt]),
    ),
  );
}
if (dev.length) {
  console.log(`\nnpm run dev from cold caches: median (min–max) of ${devStarts} starts, and of all their saves (${devEdits} a start)`);
  console.log(
    table(
      ['version', 'docset', 'pages × locales', 'start → first page s', 'save → served s', 'saves', 'failures', 'server errors'],
      dev.map((d) => [`${d.version} ${d.commit}`, d.docset, `${d.pagesPerLocale} × ${d.locales}`, spreadText(d.startSeconds), spreadText(d.saveSeconds), d.saves, d.failures.length, d.runs.reduce((sum, r) => sum + r.errorLines.length, 0)]),
    ),
  );
  for (const d of dev) {
    const where = `${d.version}, ${d.docset} ${d.pagesPerLocale} × ${d.locales}`;
    for (const failure of d.failures) console.log(`  ${where}: ${failure}`);
    for (const run of d.runs) for (const line of run.errorLines) console.log(`  ${where}, server error in ${run.logFile}: ${line.slice(0, 300)}`);
  }
}
const machine = { cores: availableParallelism(), memoryGiB: Math.round(totalmem() / 2 ** 30) };
writeFileSync(join(repo, 'bench-results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, check: checks, build: builds, versions, corpusBytes, bytes, lighthouse, dev }, null, 2)}\n`);
console.log('\nWritten to bench-results.json.');

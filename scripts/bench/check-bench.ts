/**
 * The content checker on a synthetic corpus: cold (no cache), warm (nothing changed) and with
 * one file changed, as a writer runs it (`node scripts/check.ts <root> --format json`), with
 * recall and precision on the planted broken links and anchors.
 */
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from './generate-corpus.ts';
import { measure } from './measure.ts';
import { defaultCacheFile } from '../check/cache.ts';

export interface CheckBench {
  pages: number;
  files: number;
  coldSeconds: number;
  warmSeconds: number;
  oneChangedSeconds: number;
  filesPerSecondCold: number;
  peakMiB: number | undefined;
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

export function benchCheck(corpus: Corpus, repo: string): CheckBench {
  const cacheFile = defaultCacheFile(corpus.root, join(repo, '.cache'));
  const node = join(repo, 'node_modules/.bin/node');
  const run = () => measure(node, [join(repo, 'scripts/check.ts'), corpus.root, '--format', 'json'], { cwd: repo });
  rmSync(cacheFile, { force: true });
  const cold = run();
  if (cold.status !== 1 && cold.status !== 0) throw new Error(`the check failed (${cold.status}): ${cold.stderr}`);
  const warm = run();
  // One file changed: a heading that other pages link to is edited.
  const changed = join(corpus.root, 'en-us/partner-center/page-00001.mdx');
  appendFileSync(changed, '\nOne more sentence.\n');
  const oneChanged = run();
  const messages = (JSON.parse(cold.stdout) as { messages: JsonMessage[] }).messages.filter((m) => m.severity === 'error');
  const truth = new Set(corpus.defects.map((d) => `${d.file}:${d.line}:${d.ruleId}`));
  const reported = new Set(messages.map((m) => `${m.file}:${m.line}:${m.ruleId}`));
  const found = [...truth].filter((t) => reported.has(t)).length;
  const falsePositives = [...reported].filter((r) => !truth.has(r)).length;
  return {
    pages: corpus.pages,
    files: corpus.files,
    coldSeconds: cold.seconds,
    warmSeconds: warm.seconds,
    oneChangedSeconds: oneChanged.seconds,
    filesPerSecondCold: corpus.files / cold.seconds,
    peakMiB: cold.peakMiB,
    planted: truth.size,
    found,
    falsePositives,
    recall: truth.size ? found / truth.size : 1,
    precision: reported.size ? found / reported.size : 1,
  };
}

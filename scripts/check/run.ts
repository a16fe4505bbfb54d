/**
 * The content check: one parse of every page (cached by content hash, on every core), then every
 * rule over all pages. Used by `npm run check`, the dev server, the tests and the benchmark.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { requiredPagesSchema } from '../../src/schemas/required-pages.ts';
import { describeIssues, formatProblems } from '../../src/lib/schema-issues.ts';
import { defaultCacheFile, readCache, unchangedByStat, writeCache, type FileStat } from './cache.ts';
import { createContext, type CheckMessage, type Rule } from './context.ts';
import { hashBytes } from './extract.ts';
import { listContentFiles } from './files.ts';
import type { PageModel } from './model.ts';
import { extractAll, type ExtractJob } from './pool.ts';
import { rules as allRules } from './rules/index.ts';

export interface CheckOptions {
  /** Absolute content root. */
  root: string;
  publicDir?: string;
  /** Warnings count as errors. */
  strict?: boolean;
  /** Where parse results are cached; `false` for none. */
  cacheFile?: string | false;
  rules?: readonly Rule[];
}

export interface CheckResult {
  messages: CheckMessage[];
  models: PageModel[];
  files: number;
  errors: number;
  warnings: number;
  /** Files parsed in this run (the others came from the cache). */
  parsed: number;
  durationMs: number;
}

export class UsageError extends Error {}

function readRequiredPages(root: string, messages: CheckMessage[]): string[] {
  const file = join(root, 'required-pages.json');
  if (!existsSync(file)) return [];
  const report = (message: string) => messages.push({ file: 'required-pages.json', line: 1, column: 1, severity: 'error', ruleId: 'required-pages', message });
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    report(`required-pages.json is not valid JSON: ${(error as Error).message}`);
    return [];
  }
  const result = requiredPagesSchema.safeParse(data);
  if (!result.success) {
    report(`required-pages.json: ${formatProblems(describeIssues(result.error.issues))}`);
    return [];
  }
  return result.data.pages;
}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const started = performance.now();
  const { root } = options;
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`The content folder "${root}" does not exist.`);
  const cacheFile = options.cacheFile === false ? undefined : (options.cacheFile ?? defaultCacheFile(root));
  const { pages: files, strays } = listContentFiles(root);

  const cache = readCache(cacheFile, root);
  const models: PageModel[] = [];
  const jobs: ExtractJob[] = [];
  const stats = new Map<string, FileStat>();
  let statsChanged = false;
  for (const file of files) {
    const stat = statSync(join(root, file));
    stats.set(file, [stat.size, stat.mtimeMs]);
    const hit = cache.models.get(file);
    // Without a cached model there is nothing to compare: the parsing thread reads the file.
    if (!hit) {
      jobs.push({ file });
      continue;
    }
    if (unchangedByStat(cache, file, stat.size, stat.mtimeMs)) {
      models.push(hit);
      continue;
    }
    statsChanged = true;
    const bytes = readFileSync(join(root, file));
    if (hit.hash === hashBytes(bytes)) models.push(hit);
    else jobs.push({ file, bytes });
  }
  models.push(...(await extractAll(root, jobs)));
  models.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (jobs.length > 0 || statsChanged || cache.models.size !== models.length) writeCache(cacheFile, root, models, stats);

  const messages: CheckMessage[] = [];
  const requiredPages = readRequiredPages(root, messages);
  const context = createContext({ root, publicDir: options.publicDir ?? join(root, '../public'), models, requiredPages }, messages);
  for (const model of models) {
    if (model.fatal) context.report(model, model.fatal, 'error', model.fatal.ruleId, model.fatal.message);
    else if (model.pathProblem) context.report(model, { line: 1, column: 1 }, 'error', 'content-path', `This file is not where pages go: ${model.pathProblem}.`);
  }
  for (const stray of strays) {
    context.report(stray, { line: 1, column: 1 }, 'error', 'content-path', 'Only .mdx files are pages: migrate this file with `npm run migrate`, or move it out of the content folder.');
  }
  for (const rule of options.rules ?? allRules) rule.check(context);

  if (options.strict) for (const m of messages) m.severity = 'error';
  messages.sort((a, b) => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line || a.column - b.column));
  const errors = messages.filter((m) => m.severity === 'error').length;
  return {
    messages,
    models,
    files: files.length + strays.length,
    errors,
    warnings: messages.length - errors,
    parsed: jobs.length,
    durationMs: performance.now() - started,
  };
}

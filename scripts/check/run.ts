/**
 * The content check. Used by `npm run check`, the dev server, the tests and the benchmark.
 *
 *   1. which files changed      by size and time, else by content hash (cache.ts)
 *   2. parse the changed ones   on every core (pool.ts)
 *   3. which answers changed    a page's hash, a list of slugs, an image file's existence
 *   4. check pages              every page rule (rules/, check-page.ts) on each page whose file changed or that
 *                               asked a question whose answer changed; the others keep their
 *                               messages (context.ts records the questions)
 *   5. check the site           required pages and stray files, every run
 *   6. store the run            models, messages and questions (cache.ts, cache-entry.ts)
 *
 * Without a cache every page is parsed and checked. With one, the messages are the same, by
 * construction: a cached message is one this code made from the same file and the same answers
 * (test/unit/check/incremental.test.ts compares the two after every kind of edit). Parsing and
 * the rules are loaded only when a run has a page to parse or check.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CacheEntry } from './cache-entry.ts';
import { defaultCacheDir, openCache, packReader, unchangedByStat, writeCache } from './cache.ts';
import { Catalogue } from './catalogue.ts';
import { checkPage, type EarlierCheck } from './check-page.ts';
import type { CheckMessage, PageRule, Rule, SiteRule } from './context.ts';
import { hashBytes } from './hash.ts';
import { listContentFiles } from './files.ts';
import { summarize, type PageModel, type PageSummary } from './model.ts';
import type { ExtractJob } from './pool.ts';
import { readRequiredPages, requiredPagesFile } from './required-pages-file.ts';
import { checkerVersion } from './version.ts';

export interface CheckOptions {
  /** Absolute content root. */
  root: string;
  publicDir?: string;
  /** Warnings count as errors. */
  strict?: boolean;
  /** The cache folder; `false` for none. Default: `.cache/content-check-<root hash>/`. */
  cache?: string | false;
  /** The rules to run (default: all of rules/index.ts). */
  rules?: readonly Rule[];
}

export interface CheckResult {
  messages: CheckMessage[];
  /** Every page file, in path order, with what its translation state needs. */
  pages: PageSummary[];
  files: number;
  errors: number;
  warnings: number;
  /** Files parsed in this run (the others came from the cache). */
  parsed: number;
  /** Pages whose rules ran in this run (the others kept their cached messages). */
  checked: number;
  durationMs: number;
}

export class UsageError extends Error {}

function readBytes(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined; // parsing reads it again, and reports why it cannot
  }
}

const pageKey = (entry: CacheEntry) => (entry.summary.locale && entry.summary.slug ? `${entry.summary.locale}/${entry.summary.slug}` : undefined);

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const started = performance.now();
  const now = Date.now();
  const { root } = options;
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`The content folder "${root}" does not exist.`);
  const publicDir = options.publicDir ?? join(root, '../public');
  const version = `${checkerVersion({ publicDir })}:${options.rules ? options.rules.map((r) => r.id).join(',') : 'all rules'}`;
  const cache = options.cache === false ? undefined : openCache(options.cache ?? defaultCacheDir(root), root, version);
  const previous = cache?.entries ?? new Map<string, CacheEntry>();
  const { pages: files, strays } = listContentFiles(root);

  // 1. Which files changed.
  const kept = new Map<string, CacheEntry>();
  const changed = new Set<string>();
  const jobs: ExtractJob[] = [];
  const stats = new Map<string, { size: number; mtimeMs: number }>();
  for (const file of files) {
    // A broken link has no size: it is parsed (and reported as unreadable) every run.
    const { size, mtimeMs } = statSync(join(root, file), { throwIfNoEntry: false }) ?? { size: -1, mtimeMs: -1 };
    stats.set(file, { size, mtimeMs });
    const old = previous.get(file);
    if (old && unchangedByStat(old, size, mtimeMs)) {
      kept.set(file, old);
      continue;
    }
    changed.add(file);
    const bytes = old && size >= 0 ? readBytes(join(root, file)) : undefined;
    if (old && bytes && old.hash === hashBytes(bytes)) kept.set(file, { ...old, size, mtimeMs, readAt: now });
    else jobs.push(bytes ? { file, bytes } : { file });
  }

  // 2. Parse what changed. `entries` keeps the listing's order.
  const parsed = new Map<string, PageModel>();
  if (jobs.length > 0) {
    const { extractAll } = await import('./pool.ts');
    for (const model of await extractAll(root, jobs)) parsed.set(model.file, model);
  }
  const entries = new Map<string, CacheEntry>();
  for (const file of files) {
    const model = parsed.get(file);
    entries.set(file, model ? { ...stats.get(file)!, readAt: now, hash: model.hash, summary: summarize(model) } : kept.get(file)!);
  }

  // 3. Which answers changed since the cache was written: pages changed, added or removed, then the rest.
  const reader = cache ? packReader(cache) : undefined;
  const catalogue = new Catalogue({ root, publicDir, entries, parsed, reader });
  const changedAnswers = new Set<string>();
  for (const [file, old] of previous) {
    const key = pageKey(old);
    if (key && entries.get(file)?.hash !== old.hash) changedAnswers.add(`page:${key}`);
  }
  for (const [file, entry] of entries) {
    const key = pageKey(entry);
    if (key && !previous.has(file)) changedAnswers.add(`page:${key}`);
  }
  const answers: Record<string, string> = {};
  for (const question in cache?.answers) {
    answers[question] = catalogue.answer(question);
    if (answers[question] !== cache.answers[question]) changedAnswers.add(question);
  }

  // 4. Check each page whose messages may have changed.
  const asked = [...changedAnswers].map((question) => `\n${question}\n`);
  const toCheck = [...entries].filter(([, e]) => !e.messages || e.questions === undefined || asked.some((q) => e.questions!.includes(q)));
  if (toCheck.length > 0) {
    const [{ extractFile }, pageRules] = await Promise.all([import('./pool.ts'), options.rules ?? import('./rules/index.ts').then((m) => m.rules)]);
    catalogue.parse = extractFile;
    const rules = pageRules.filter((r): r is PageRule => r.scope === 'page');
    const someReadPart = rules.some((r) => r.reads);
    for (const [file, entry] of toCheck) {
      // For rules that read part of the page: the last check's messages, and the page then.
      const before = someReadPart ? previous.get(file) : undefined;
      let earlier: EarlierCheck | undefined;
      if (before?.messages && before.hash === entry.hash) earlier = { messages: before.messages, model: undefined };
      else if (before?.messages) {
        const model = reader?.read(before.at, before.hash);
        if (model) earlier = { messages: before.messages, model };
      }
      const { messages, questions } = checkPage(catalogue.modelOf(file), rules, catalogue, earlier);
      entry.messages = messages;
      entry.questions = `\n${[...questions].join('\n')}\n`;
      for (const question of questions) if (!question.startsWith('page:')) answers[question] = catalogue.answer(question);
      changed.add(file);
    }
  }

  // 5. The site: required pages, stray files.
  const siteMessages: CheckMessage[] = [];
  const report = (file: string, place: { line: number; column: number }, severity: CheckMessage['severity'], ruleId: string, message: string) =>
    siteMessages.push({ file, line: place.line, column: place.column, severity, ruleId, message });
  const required = await readRequiredPages(root, cache?.required);
  for (const message of required?.messages ?? []) report(requiredPagesFile, { line: 1, column: 1 }, 'error', 'required-pages', message);
  const siteRules = (options.rules ?? (await import('./rules/site.ts')).siteRules).filter((r): r is SiteRule => r.scope === 'site');
  for (const rule of siteRules) rule.checkSite({ requiredPages: required?.pages ?? [], exists: (locale, slug) => catalogue.exists(locale, slug), report });
  for (const stray of strays) {
    report(stray, { line: 1, column: 1 }, 'error', 'content-path', 'Only .mdx files are pages: migrate this file with `npm run migrate`, or move it out of the content folder.');
  }

  // 6. Store the run.
  if (cache) {
    const dirty = changed.size > 0 || catalogue.newModels.size > 0 || previous.size !== entries.size || changedAnswers.size > 0 || required?.hash !== cache.required?.hash;
    if (dirty) writeCache(cache, { entries, changed, newModels: catalogue.newModels, answers, required }, reader!);
  }
  reader?.close();

  const messages: CheckMessage[] = [];
  for (const [file, entry] of entries) for (const m of entry.messages!) messages.push({ file, ...m });
  messages.push(...siteMessages);
  if (options.strict) for (const m of messages) m.severity = 'error';
  messages.sort((a, b) => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line || a.column - b.column));
  const errors = messages.filter((m) => m.severity === 'error').length;
  return {
    messages,
    pages: [...entries.values()].map((e) => e.summary),
    files: files.length + strays.length,
    errors,
    warnings: messages.length - errors,
    parsed: parsed.size,
    checked: toCheck.length,
    durationMs: performance.now() - started,
  };
}

/** Every page's full model, parsed now (for tests that compare the checker with the built site). */
export async function parseContent(root: string): Promise<PageModel[]> {
  const { extractAll } = await import('./pool.ts');
  return extractAll(root, listContentFiles(root).pages.map((file) => ({ file })));
}

/**
 * The cache never changes an answer: after every kind of edit a writer makes, a run with the
 * cache gives exactly the messages and page states of a run without it, while parsing only the
 * changed files and checking only the pages whose answers may have changed.
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, slugOf } from '../../../scripts/lib/generate-corpus.ts';
import type { PageRule } from '../../../scripts/check/context.ts';
import { runCheck, type CheckResult } from '../../../scripts/check/run.ts';

const pagesPerLocale = 12;
const filesInCorpus = pagesPerLocale * 5;
let dir: string;
let root: string;
let cache: string;

const page = (locale: string, i: number) => join(root, locale, 'partner-center', `${slugOf(i)}.mdx`);
const edit = (file: string, change: (text: string) => string) => {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${file} changes it`).not.toBe(before);
  writeFileSync(file, after);
};
const observable = (r: CheckResult) => ({ messages: r.messages, pages: r.pages, files: r.files, errors: r.errors, warnings: r.warnings });

/** Runs the check with the cache and without it; they must agree. Returns the cached run. */
async function agree(): Promise<CheckResult> {
  const cached = await runCheck({ root, cache });
  const fresh = await runCheck({ root, cache: false });
  expect(observable(cached)).toEqual(observable(fresh));
  return cached;
}

/** Every page as if written an hour ago: the size-and-time shortcut applies to them. */
function ageFiles() {
  const old = new Date(Date.now() - 3_600_000);
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) if (file.endsWith('.mdx')) utimesSync(join(root, file), old, old);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-incremental-'));
  root = join(dir, 'content');
  cache = join(dir, 'cache');
  generateCorpus(root, pagesPerLocale, { defectEvery: 5 });
  ageFiles();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the cache', () => {
  it('parses and checks everything once, then nothing until something changes', async () => {
    const cold = await agree();
    expect(cold.parsed).toBe(filesInCorpus);
    expect(cold.checked).toBe(filesInCorpus);
    expect(cold.errors).toBeGreaterThan(0);
    const warm = await agree();
    expect([warm.parsed, warm.checked]).toEqual([0, 0]);
  });

  it('re-checks the pages that link to a renamed anchor, and only those', async () => {
    // page-00001's "#section-1" becomes "#section-one": links to it from other pages break.
    edit(page('en-us', 1), (t) => t.replace('\\{#section-1\\}', '\\{#section-one\\}'));
    const run = await agree();
    expect(run.parsed).toBe(1);
    expect(run.checked).toBeGreaterThan(1);
    expect(run.checked).toBeLessThan(filesInCorpus / 2);
    expect(run.messages.some((m) => m.ruleId === 'anchor-parity' && m.message.includes('#section-one'))).toBe(true);
  });

  it('follows a page deleted and restored, in its translations and in the pages linking to it', async () => {
    const file = page('ja-jp', 3);
    const text = readFileSync(file, 'utf8');
    unlinkSync(file);
    const deleted = await agree();
    expect(deleted.parsed).toBe(0);
    writeFileSync(file, text);
    await agree();

    const english = page('en-us', 2);
    const englishText = readFileSync(english, 'utf8');
    unlinkSync(english);
    const orphaned = await agree();
    expect(orphaned.messages.filter((m) => m.ruleId === 'orphan-translation')).toHaveLength(4);
    writeFileSync(english, englishText);
    await agree();
  });

  it('drops a broken-link error when the missing page is created', async () => {
    const before = await agree();
    const broken = before.messages.find((m) => m.ruleId === 'link-target' && m.severity === 'error');
    expect(broken).toBeDefined();
    const slug = /no-such-page-\d+/.exec(broken!.message)![0];
    const locale = broken!.file.split('/')[0]!;
    writeFileSync(join(root, locale, 'partner-center', `${slug}.mdx`), '---\ntitle: New\ndescription: A new page.\n---\n\nText.\n');
    const after = await agree();
    expect(after.messages.some((m) => m.message.includes(`/${slug}.mdx)`) && m.file === broken!.file && m.line === broken!.line)).toBe(false);
  });

  it('marks translations stale when their English page changes', async () => {
    edit(page('en-us', 4), (t) => `${t}\nA new English sentence.\n`);
    const run = await agree();
    expect(run.messages.filter((m) => m.ruleId === 'translation-stale' && m.file.endsWith(`${slugOf(4)}.mdx`))).toHaveLength(4);
  });

  it('follows front matter broken and mended', async () => {
    edit(page('zh-tw', 10), (t) => t.replace('title:', 'tittle:'));
    const broken = await agree();
    expect(broken.messages.filter((m) => m.ruleId === 'frontmatter' && m.file === `zh-tw/partner-center/${slugOf(10)}.mdx`).map((m) => m.message)).toEqual([
      'title: a title is required',
      'tittle: unknown field "tittle"; did you mean "title"?',
    ]);
    edit(page('zh-tw', 10), (t) => `${t}\nMore text.\n`); // the body only: the front matter's messages stand
    await agree();
    edit(page('zh-tw', 10), (t) => t.replace('tittle:', 'title:'));
    const mended = await agree();
    expect(mended.messages.some((m) => m.ruleId === 'frontmatter')).toBe(false);
  });

  it('runs a rule that reads part of a page only when that part changed', async () => {
    const spyCache = join(dir, 'spy-cache');
    const seen: string[] = [];
    const spy: PageRule = {
      id: 'spy',
      description: 'counts its runs',
      scope: 'page',
      reads: (p) => p.frontmatter,
      checkPage(p, context) {
        seen.push(p.file);
        context.report({ line: 1, column: 1 }, 'warning', 'spy', `title ${JSON.stringify((p.frontmatter?.data as { title?: string }).title)}`);
      },
    };
    const first = await runCheck({ root, cache: spyCache, rules: [spy] });
    expect(seen).toHaveLength(first.pages.filter((p) => !p.fatal).length);
    seen.length = 0;
    const file = page('ja-jp', 11);
    edit(file, (t) => `${t}\nMore text.\n`);
    const body = await runCheck({ root, cache: spyCache, rules: [spy] });
    expect(body.parsed).toBe(1);
    expect(seen).toEqual([]);
    expect(body.messages).toEqual(first.messages);
    edit(file, (t) => t.replace(/^title: .*$/m, 'title: "Renamed"'));
    const renamed = await runCheck({ root, cache: spyCache, rules: [spy] });
    expect(seen).toEqual([`ja-jp/partner-center/${slugOf(11)}.mdx`]);
    expect(renamed.messages.find((m) => m.file === seen[0])!.message).toBe('title "Renamed"');
  });

  it('reads a file it could not read again on every run, and sees it mended', async () => {
    const link = join(root, 'en-us/partner-center/linked-page.mdx');
    symlinkSync('linked-target.mdx', link);
    const dangling = await agree();
    expect(dangling.messages.some((m) => m.file === 'en-us/partner-center/linked-page.mdx' && m.ruleId === 'unreadable-file')).toBe(true);
    const again = await agree();
    expect(again.parsed).toBe(1);
    writeFileSync(join(root, 'en-us/partner-center/linked-target.mdx'), '---\ntitle: Linked\ndescription: A page behind a link.\n---\n\nText.\n');
    const mended = await agree();
    expect(mended.messages.some((m) => m.ruleId === 'unreadable-file' && m.file.includes('linked-page'))).toBe(false);
    unlinkSync(link);
    unlinkSync(join(root, 'en-us/partner-center/linked-target.mdx'));
    await agree();
  });

  it('follows image files appearing and disappearing', async () => {
    edit(page('ko-kr', 5), (t) => `${t}\n![A diagram](./diagram.png)\n`);
    const missing = await agree();
    expect(missing.messages.some((m) => m.ruleId === 'image' && m.message.includes('diagram.png'))).toBe(true);
    writeFileSync(join(root, 'ko-kr/partner-center/diagram.png'), 'png');
    const present = await agree();
    expect(present.messages.some((m) => m.ruleId === 'image' && m.message.includes('diagram.png'))).toBe(false);
    expect(present.parsed).toBe(0);
  });

  it('follows files that break, required pages, stray files and a file touched but not changed', async () => {
    writeFileSync(page('ru-ru', 6), Buffer.from([0, 1, 2]));
    const broken = await agree();
    expect(broken.messages.some((m) => m.ruleId === 'unreadable-file')).toBe(true);

    writeFileSync(join(root, 'required-pages.json'), JSON.stringify({ pages: [slugOf(7), 'not-written-yet'] }));
    const required = await agree();
    expect(required.messages.filter((m) => m.ruleId === 'required-pages')).toHaveLength(5);

    writeFileSync(join(root, 'en-us/partner-center/leftover.md'), '# Old\n');
    await agree();

    const now = new Date();
    utimesSync(page('zh-tw', 8), now, now);
    const touched = await agree();
    expect([touched.parsed, touched.checked]).toEqual([0, 0]);
  });

  it('agrees after a long run of random edits', async () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const locales = ['en-us', 'zh-tw', 'ru-ru', 'ko-kr', 'ja-jp'];
    const removed = new Map<string, string>();
    for (let step = 0; step < 40; step++) {
      const file = page(locales[Math.floor(random() * 5)]!, Math.floor(random() * pagesPerLocale));
      const kind = Math.floor(random() * 5);
      const saved = removed.get(file);
      if (saved !== undefined) {
        writeFileSync(file, saved);
        removed.delete(file);
      } else if (kind === 0) {
        removed.set(file, readFileSync(file, 'utf8'));
        unlinkSync(file);
      } else if (kind === 1) {
        appendFileSync(file, `\n## Added ${step} \\{#section-${1 + (step % 6)}\\}\n\nText.\n`);
      } else if (kind === 2) {
        appendFileSync(file, `\n- [Link ${step}](../${slugOf(Math.floor(random() * pagesPerLocale))}/#section-${1 + (step % 7)})\n`);
      } else if (kind === 3) {
        edit(file, (t) => t.replace(/\\\{#section-(\d)\\\}/, (_, n) => `\\{#section-${Number(n) + 1}\\}`) + '\n');
      } else {
        appendFileSync(file, `\n- [Gone ${step}](../page-${String(100 + step).padStart(5, '0')}/)\n`);
      }
      await agree();
    }
  });

  it('ignores journal lines made from another state, and a torn last line', async () => {
    rmSync(cache, { recursive: true, force: true });
    ageFiles();
    await agree(); // a new base, and an empty journal
    edit(page('ko-kr', 1), (t) => `${t}\nMore.\n`);
    await agree();
    const journal = join(cache, 'index.journal');
    const lines = readFileSync(journal, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    // The last run's line again (as a second checker that started from the same state would
    // write it), then half a line.
    appendFileSync(journal, `${lines.at(-1)}\n${lines.at(-1)!.slice(0, 40)}`);
    edit(page('ko-kr', 1), (t) => t.replace('\nMore.\n', ''));
    const run = await agree();
    expect(run.parsed).toBe(1);
    // The torn line is still there, and the line written after it is read: the next run has nothing to do.
    expect(readFileSync(journal, 'utf8')).toContain(`${lines.at(-1)!.slice(0, 40)}\n{`);
    const next = await agree();
    expect([next.parsed, next.checked]).toEqual([0, 0]);
  });

  it('recovers from a damaged cache: a pack of garbage, then an index of garbage', async () => {
    edit(page('en-us', 9), (t) => `${t}\nMore.\n`);
    writeFileSync(join(cache, 'models.pack'), 'x'.repeat(100_000));
    expect(observable(await runCheck({ root, cache }))).toEqual(observable(await runCheck({ root, cache: false })));
    writeFileSync(join(cache, 'index.json'), '{ not json');
    const recovered = await runCheck({ root, cache });
    expect(recovered.parsed).toBe(recovered.pages.length);
    expect(observable(recovered)).toEqual(observable(await runCheck({ root, cache: false })));
  });

  it('does not reuse messages made by other rules or for another site address', async () => {
    await runCheck({ root, cache });
    const none = await runCheck({ root, cache, rules: [] });
    expect(none.messages.every((m) => ['content-path', 'unreadable-file'].includes(m.ruleId))).toBe(true);
    const all = await runCheck({ root, cache });
    expect(all.checked).toBe(all.pages.length);
    expect((await runCheck({ root, cache })).checked).toBe(0);
    process.env.SITE_URL = 'https://docs.example.com';
    try {
      expect((await runCheck({ root, cache })).checked).toBe(all.pages.length);
    } finally {
      delete process.env.SITE_URL;
    }
  });
});

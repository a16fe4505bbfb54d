/**
 * `migrate.ts --check`: re-reads each legacy file and compares it with the imported pages:
 * every segment (translated text, and its English kept by id), every anchor, every link
 * (mapped to a page, which may not exist yet: unresolved, reported), the front matter.
 * Where several files give one page, the check works out which wins (precedence.ts) and counts
 * what only a losing file says as superseded, not lost. Prints the lost, mapped and superseded
 * items, a per-file table, figures per input and locale, a total; exit 1 when anything was lost.
 */
import { basename, extname, relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import type { Locale } from '../../../src/config/locales.ts';
import { formatMessages, hasErrors, quote, report } from '../messages.ts';
import { legacyInventory } from './check-legacy.ts';
import { readPage, type PageInventory } from './check-page.ts';
import { emptyFigures, sumFigures, summary, table, verdict, type Figures } from './check-table.ts';
import { checkFrontMatter } from './compare-front-matter.ts';
import { checkLinks, type LinkContext } from './compare-links.ts';
import { segmentFindings } from './compare-segments.ts';
import { legacyFiles, pagePath as pageFile } from './legacy-reader/inputs.ts';
import type { LegacyInventory } from './legacy-reader/types.ts';
import { fileName, settle, type FileCheck, type Finding } from './outcome.ts';
import { precedence, type Entry } from './precedence.ts';

export { expectedLink } from './expected-link.ts';
export type { Figures } from './check-table.ts';

export interface CheckResult {
  rows: Figures[];
  total: Figures;
  /** Per input and locale (`content/legacy/partner-center-pr-2018 ja-jp`), in order. */
  groups: Figures[];
  files: VFile[];
  report: string;
  exitCode: 0 | 1;
}

export function runCheck(inputs: readonly string[], options: { out: string; cwd?: string }): CheckResult {
  const cwd = options.cwd ?? process.cwd();
  const out = resolve(cwd, options.out);
  const { files: paths, missing, rank } = legacyFiles(inputs, cwd);
  const rows: Figures[] = [];
  const files: VFile[] = [];
  const inputOf = (path: string) => inputs[rank.get(path) ?? 0] ?? '';

  for (const path of missing) {
    const file = new VFile({ path, cwd });
    report(file, 'error', 'No such file or directory', 'read-error', { line: 1, column: 1 });
    files.push(file);
    rows.push(emptyFigures(relative(cwd, path), '-', { input: relative(cwd, path), failed: true }));
  }

  // Every file read first: which file wins a page, and which file names are not slugs, take them all.
  const entries: Entry[] = [];
  const order: (Entry | Figures)[] = [];
  for (const [i, path] of paths.entries()) {
    const read = legacyInventory(path, cwd);
    files.push(read.file);
    if ('locale' in read) {
      const entry = { inv: read, rank: rank.get(path) ?? 0, order: i };
      entries.push(entry);
      order.push(entry);
    } else {
      const row = emptyFigures(relative(cwd, path), '-', { input: inputOf(path), failed: read.skipped === undefined });
      if (read.skipped !== undefined) row.skipped = read.skipped;
      order.push(row);
    }
  }
  const losses = precedence(entries);
  const slugs = new Map<string, string>();
  for (const { inv } of entries) {
    const name = basename(inv.file.path, extname(inv.file.path)).toLowerCase();
    if (name !== inv.slug && !slugs.has(name)) slugs.set(name, inv.slug);
  }
  // Pages read once: an en-us page is compared with each translation it was recovered from.
  const pages = new Map<string, PageInventory>();
  const pageOf = (locale: Locale, slug: string) => {
    const path = pageFile(out, locale, slug);
    if (!pages.has(path)) pages.set(path, readPage(path, slug));
    return pages.get(path)!;
  };
  const ctx: CheckContext = {
    slugs,
    out,
    cwd,
    pageOf,
    idsOf: (locale, slug) => [locale, 'en-us' as Locale].map((l) => pageOf(l, slug)).find((p) => p.exists)?.ids,
  };

  for (const item of order) {
    if (!('inv' in item)) rows.push(item);
    else rows.push(checkFile(item.inv, losses.get(item) ?? {}, inputOf(item.inv.file.path!), ctx));
  }

  const total = sumFigures('total', `${rows.length} file${rows.length === 1 ? '' : 's'}`, rows);
  const groups: Figures[] = [];
  const byGroup = new Map<string, Figures[]>();
  for (const r of rows) {
    if (r.locale === undefined) continue;
    const key = `${r.input}\u0000${r.locale}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), r]);
  }
  for (const [key, members] of byGroup) {
    const [input, locale] = key.split('\u0000') as [string, string];
    groups.push({ ...sumFigures(input, `${locale} (${members.length} file${members.length === 1 ? '' : 's'})`, members), input, locale });
  }
  const lines = [...files.flatMap((f) => formatMessages(f, cwd)), '', ...table(rows, total, groups), '', ...summary(rows, total), verdict(total)];
  return { rows, total, groups, files, report: `${lines.join('\n')}\n`, exitCode: total.failed ? 1 : 0 };
}

interface CheckContext extends LinkContext {
  pageOf(locale: Locale, slug: string): PageInventory;
}

function checkFile(inv: LegacyInventory, losses: FileCheck['losses'], input: string, ctx: CheckContext): Figures {
  const { cwd } = ctx;
  const file = inv.file;
  const page = ctx.pageOf(inv.locale, inv.slug);
  const english = inv.englishPage ? ctx.pageOf('en-us', inv.slug) : undefined;
  const row = emptyFigures(relative(cwd, file.path), `${inv.locale}/${inv.slug}${english ? ' +en-us' : ''}`, { input, locale: inv.locale });
  const check: FileCheck = { inv, file, page, english, losses, row, superseded: new Set() };

  const sides = [[page, inv.locale, losses.own], [english, 'en-us', losses.english]] as const;
  for (const [p, label, lost] of sides) {
    if (!p) continue;
    const shown = `\`${relative(cwd, p.path)}\``;
    if (!p.exists && !lost) report(file, 'error', `The ${label} page ${shown} does not exist: everything in this file is lost`, 'page-missing', { line: 1, column: 1 });
    else if (p.problem && !lost) report(file, 'error', `The ${label} page ${shown} cannot be read: ${p.problem}`, 'page-invalid', { line: 1, column: 1 });
  }

  for (const s of inv.segments) {
    const { findings, mapped } = segmentFindings(s, page, english);
    const lost = (whys: string[]) => ({ message: `Segment ${s.id !== undefined ? `\`${s.id}\` ` : ''}${quote(s.text, 40)} lost: ${whys.join('; ')}`, rule: 'segment-lost' });
    settle(check, 'segments', findings, mapped, s.where, lost, cwd);
  }

  for (const a of inv.anchors) {
    const findings: Finding[] = [];
    // The H1's anchor: the page's `<h1>` has the slug as its id; another id must be kept as `<a id>`.
    if (!(a.h1 && a.id === inv.slug)) {
      if (!page.ids.has(a.id)) findings.push({ side: 'own', why: a.h1 ? `the H1's id is the slug \`${inv.slug}\` and the page has no \`<a id="${a.id}">\`` : 'no heading id or `<a id>` in the page' });
      if (english && !english.ids.has(a.id)) findings.push({ side: 'en-us', why: 'no heading id or `<a id>` in the en-us page', inWinner: (w) => w.anchors.has(a.id) });
    }
    settle(check, 'anchors', findings, undefined, a.where, (whys) => ({ message: `Anchor \`${a.id}\` lost: ${whys.join('; ')}`, rule: 'anchor-lost' }), cwd);
  }

  checkLinks(check, ctx);
  checkFrontMatter(check, cwd);
  for (const [i, [, label, lost]] of sides.entries()) {
    if (!lost) continue;
    const from = `the ${label} page \`${label}/${inv.slug}\` comes from ${fileName(lost, cwd)} (${lost.why})`;
    if (!check.superseded.has(i === 0 ? 'own' : 'en-us')) {
      row.agreeing++;
      continue;
    }
    row.supersededBy.push(`the ${label} page comes from ${fileName(lost, cwd)} (${lost.why})`);
    report(file, 'info', `Superseded: ${from}; what only this file says is not in it by design (not lost)`, 'superseded', { line: 1, column: 1 });
  }
  row.failed = hasErrors(file);
  return row;
}

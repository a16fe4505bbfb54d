/**
 * The importer: convert every legacy file, merge pages that come from several files, resolve
 * and check links against the content dir and this run's pages, write the pages.
 *
 * The steps, in order: the inputs read (tables of contents, and each page file converted,
 * convert/legacy-file.ts); one page per locale and slug (merge-pages.ts); translations with no
 * English marked `sourceMissing`; links resolved (resolve-links.ts, against page-index.ts); each
 * page's final text (final-text.ts); the tables of contents built (convert/toc.ts); the files
 * written (write-pages.ts).
 */
import { basename, resolve } from 'node:path';
import { VFile } from 'vfile';
import type { Locale } from '../../../src/config/locales.ts';
import { convertFile, type PageDraft } from '../convert/legacy-file.ts';
import { buildTocs, type LegacyToc } from '../convert/toc.ts';
import { hasErrors, report } from '../messages.ts';
import { silentProgress, type Progress } from '../progress.ts';
import { expandInputs } from '../read/input-files.ts';
import { isTocFile, localeOfFolder, readTocFile } from '../read/toc.ts';
import { finalTexts } from './final-text.ts';
import { mergePages } from './merge-pages.ts';
import { PageIndex, pageFile } from './page-index.ts';
import { checkLinks, type UidTarget } from './resolve-links.ts';
import { tocFile, tocJson } from './toc.ts';
import { writePages, type Output, type PageToWrite } from './write-pages.ts';

export interface ImportOptions {
  out: string;
  locale?: Locale | undefined;
  dryRun?: boolean;
  force?: boolean;
  beside?: boolean;
  cwd?: string;
  /** Told after each file (a terminal's progress line: scripts/migrate/progress.ts). */
  progress?: Progress;
}

export type { Output };

export interface ImportResult {
  files: VFile[];
  outputs: Output[];
  exitCode: 0 | 1;
}

/** The legacy inputs read: every file's report, the tables of contents, the page drafts and the uids they give. */
interface Inputs {
  files: VFile[];
  tocs: LegacyToc[];
  drafts: PageDraft[];
  uids: Map<string, UidTarget>;
}

function readInputs(inputs: readonly string[], options: ImportOptions, cwd: string): Inputs {
  const { files: paths, rank, missing } = expandInputs(inputs, cwd);
  const read: Inputs = { files: [], tocs: [], drafts: [], uids: new Map() };
  const { files, tocs, drafts, uids } = read;

  for (const path of missing) {
    const file = new VFile({ path, cwd });
    report(file, 'error', 'No such file or directory', 'read-error', { line: 1, column: 1 });
    files.push(file);
  }
  for (const path of paths.filter(isTocFile)) {
    const { file, entries } = readTocFile(path);
    file.cwd = cwd;
    files.push(file);
    const locale = options.locale ?? localeOfFolder(path);
    if (!locale) report(file, 'error', 'Cannot tell the language of this table of contents: put it in a folder named for its locale (ja-jp/…) or pass --locale', 'toc-locale', { line: 1, column: 1 });
    else tocs.push({ locale, toc: entries, file });
  }
  const progress = options.progress ?? silentProgress;
  const pagePaths = paths.filter((p) => !isTocFile(p));
  for (const [done, path] of pagePaths.entries()) {
    progress.tick(done, pagePaths.length);
    let converted;
    try {
      converted = convertFile(path, { locale: options.locale }, cwd);
    } catch (error) {
      const file = new VFile({ path, cwd });
      report(file, 'error', `internal error while importing: ${(error as Error).message}`, 'internal', { line: 1, column: 1 });
      files.push(file);
      continue;
    }
    files.push(converted.file);
    if (hasErrors(converted.file)) continue;
    for (const page of converted.pages) page.rank = rank.get(path) ?? 0;
    drafts.push(...converted.pages);
    const own = converted.pages.find((p) => p.derived === undefined);
    if (converted.uid && own) uids.set(converted.uid, { slug: own.slug, title: own.frontmatter.title });
  }
  progress.tick(pagePaths.length, pagePaths.length);
  progress.done();
  return read;
}

/**
 * A translation whose English page is neither imported nor in the content dir (a legacy page
 * with no side-by-side English to recover, in every locale): `translation.sourceMissing: true`,
 * so that the site says so and the checker does not call it an orphan.
 */
function markMissingSources(pages: readonly PageDraft[], index: PageIndex): void {
  for (const page of pages) {
    if (page.locale === 'en-us' || index.resolve(page.locale, page.slug) === undefined) continue;
    if (index.hasEnglish(page.slug)) continue;
    page.frontmatter.translation = { ...page.frontmatter.translation!, sourceMissing: true };
    report(page.origin, 'warning', `No English page for \`${page.slug}\` (this file has no side-by-side English, and no other input or page gives it): marked the translation \`sourceMissing: true\`: the site says it has no English original, and readers of other languages get this translation`, 'source-missing', { line: 1, column: 1 });
  }
}

export function importFiles(inputs: readonly string[], options: ImportOptions): ImportResult {
  const cwd = options.cwd ?? process.cwd();
  const out = resolve(cwd, options.out);
  const { files, tocs, drafts, uids } = readInputs(inputs, options, cwd);

  const winners = mergePages(drafts);
  const index = new PageIndex(out, winners);
  markMissingSources(winners, index);
  for (const page of winners) checkLinks(page, index, uids);
  const texts = finalTexts(winners, drafts, index, uids);

  const toWrite: PageToWrite[] = [];
  if (tocs.length > 0) {
    const pages = winners.map((p) => ({ locale: p.locale, slug: p.slug, title: p.frontmatter.title, file: basename(p.origin.path) }));
    for (const [locale, toc] of buildTocs(tocs, pages)) {
      const origin = tocs.find((t) => t.locale === locale)?.file ?? tocs[0]!.file;
      toWrite.push({ path: tocFile(out, locale), text: tocJson(toc), origin, derived: locale === 'en-us' });
    }
  }
  for (const page of winners) {
    const text = texts.get(page);
    if (text === undefined || hasErrors(page.origin)) continue;
    toWrite.push({ path: pageFile(out, page.locale, page.slug), text, origin: page.origin, derived: page.derived !== undefined });
  }
  const outputs = writePages(toWrite, { out, cwd, dryRun: options.dryRun, force: options.force, beside: options.beside });
  const failed = files.some(hasErrors);
  return { files, outputs, exitCode: failed ? 1 : 0 };
}

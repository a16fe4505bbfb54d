/**
 * The importer: convert every legacy file, merge pages that come from several files, resolve
 * and check links against the content dir and this run's pages, write the pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Link, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { isLocale, type Locale } from '../../../src/config/locales.ts';
import { section } from '../../../src/lib/content-index.ts';
import { scanContent } from '../../../src/data/content-files.ts';
import { sourceHash } from '../../../src/lib/source-hash.ts';
import { pageSchema } from '../../../src/schemas/page.ts';
import { convertFile, type PageDraft } from '../convert/legacy-file.ts';
import { closest } from '../../../src/lib/closest.ts';
import { expandInputs } from '../read/input-files.ts';
import { pageUrl } from '../convert/links.ts';
import { forgetRender, mergePages, missingPlacements, pageKey, render } from './merge-pages.ts';
import { hasErrors, quote, report } from '../messages.ts';
import { pageBody, parseMdx, readPageFrontMatter } from './mdx-output.ts';
import { pageIds } from '../convert/page-ids.ts';
import { writePages, type Output, type PageToWrite } from './write-pages.ts';
import { isTocFile, localeOfFolder, readTocFile } from '../read/toc.ts';
import { buildTocs, type LegacyToc } from '../convert/toc.ts';
import { tocFile, tocJson } from './toc.ts';
import { silentProgress, type Progress } from '../progress.ts';

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

export function pageFile(out: string, locale: string, slug: string): string {
  return join(out, locale, section, `${slug}.mdx`);
}

class PageIndex {
  private readonly out: string;
  private readonly onDisk: Map<string, Set<Locale>>;
  private readonly run = new Map<string, PageDraft>();
  private readonly idCache = new Map<string, Set<string> | undefined>();
  private readonly fileSlugs = new Map<string, string>();

  constructor(out: string, winners: readonly PageDraft[]) {
    this.out = out;
    this.onDisk = existsSync(out) ? scanContent(out) : new Map();
    for (const page of winners) {
      this.run.set(pageKey(page), page);
      const name = basename(page.origin.path).replace(/\.md$/i, '').toLowerCase();
      if (name !== page.slug && /\.md$/i.test(page.origin.path)) this.fileSlugs.set(name, page.slug);
    }
  }

  /** The locale whose page a reader of `locale` gets for `slug` (the English fallback), if any. */
  resolve(locale: Locale, slug: string): Locale | undefined {
    for (const l of [locale, 'en-us'] as Locale[]) {
      if (this.run.has(`${l}/${slug}`) || this.onDisk.get(slug)?.has(l)) return l;
    }
    return undefined;
  }

  /** The slug of a page of this run whose legacy file name, as a link target, was `target`. */
  renamed(target: string): string | undefined {
    return this.fileSlugs.get(target);
  }

  /** An en-us page for `slug`, in this import or in the content dir. */
  hasEnglish(slug: string): boolean {
    return this.run.has(`en-us/${slug}`) || (this.onDisk.get(slug)?.has('en-us') ?? false);
  }

  slugs(): Set<string> {
    const all = new Set(this.onDisk.keys());
    for (const page of this.run.values()) all.add(page.slug);
    return all;
  }

  ids(locale: Locale, slug: string): Set<string> | undefined {
    const key = `${locale}/${slug}`;
    if (this.idCache.has(key)) return this.idCache.get(key);
    let ids: Set<string> | undefined;
    const page = this.run.get(key);
    try {
      if (page) ids = pageIds(parseMdx(render(page)), slug);
      else {
        const path = pageFile(this.out, locale, slug);
        if (existsSync(path)) ids = pageIds(parseMdx(readFileSync(path, 'utf8')), slug);
      }
    } catch {
      ids = undefined;
    }
    this.idCache.set(key, ids);
    return ids;
  }
}

function unlink(node: Link): void {
  const text = toString(node);
  const replacement: Text = { type: 'text', value: text };
  if (node.position) replacement.position = node.position;
  for (const key of Object.keys(node)) delete (node as unknown as Record<string, unknown>)[key];
  Object.assign(node, replacement);
}

export interface UidTarget {
  slug: string;
  title: string;
}

function checkLinks(page: PageDraft, index: PageIndex, uids: ReadonlyMap<string, UidTarget>): void {
  const verbose = page.derived === undefined;
  const file = verbose ? page.origin : new VFile();
  const slugs = index.slugs();
  for (const link of page.links) {
    const where = link.position;
    let slug = link.target;
    if (link.kind === 'xref') {
      forgetRender(page);
      const target = uids.get(link.target);
      // `<xref:uid>` (an autolink) shows its URL: show the uid, or the target's title.
      const autolink = toString(link.node) === link.written;
      if (!target) {
        const suggestion = closest(link.target, [...uids.keys()]);
        report(
          file,
          'warning',
          `Cannot resolve ${quote(link.written)}: no imported page has \`uid: ${link.target}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}; kept the link text`,
          'xref',
          where,
        );
        if (autolink) link.node.children = [{ type: 'text', value: link.target }];
        unlink(link.node);
        continue;
      }
      link.node.url = pageUrl(target.slug, link.anchor);
      if (autolink) link.node.children = [{ type: 'text', value: target.title }];
      report(file, 'info', `Resolved ${quote(link.written)} to ${quote(link.node.url)}`, 'xref', where);
      slug = target.slug;
    }
    if (link.kind === 'anchor') {
      const ids = index.ids(page.locale, page.slug);
      if (ids && link.anchor !== undefined && !ids.has(link.anchor)) {
        const suggestion = closest(link.anchor, [...ids]);
        report(file, 'warning', `Link to unknown heading: \`${link.anchor}\`${suggestion ? `. Did you mean \`${suggestion}\`` : ''}`, 'missing-heading', where);
      }
      continue;
    }
    const renamed = index.renamed(slug);
    if (renamed) {
      // A page whose file name is no slug (`non-payment--fraud--or-misuse.md`) took its slug
      // from its H1 anchor: links by the file name follow it.
      forgetRender(page);
      link.node.url = pageUrl(renamed, link.anchor);
      report(file, 'info', `Link ${quote(link.written)} names the file of the page \`${renamed}\` (its file name is not a slug): pointed it at ${quote(link.node.url)}`, 'link-renamed', where);
      slug = renamed;
    }
    const locale = index.resolve(page.locale, slug);
    const url = pageUrl(slug, undefined);
    if (!locale) {
      const suggestion = closest(slug, [...slugs]);
      report(
        file,
        'warning',
        `Link to unknown page: \`${url}\` (from ${quote(link.written)}); it is not in the content dir nor in this import${suggestion ? `. Did you mean \`${pageUrl(suggestion, undefined)}\`` : ''}`,
        'missing-page',
        where,
      );
      continue;
    }
    if (link.anchor !== undefined) {
      const ids = index.ids(locale, slug);
      if (ids && !ids.has(link.anchor)) {
        const suggestion = closest(link.anchor, [...ids]);
        report(file, 'warning', `Link to unknown heading in \`${url}\`: \`${link.anchor}\`${suggestion ? `. Did you mean \`${suggestion}\`` : ''}`, 'missing-heading-in-page', where);
      }
    }
  }
  if (page.links.some((link) => link.kind === 'xref')) forgetRender(page);
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

/** Renders a page and checks it is what the site can read: valid MDX, front matter the schema accepts. */
function finalText(page: PageDraft): string | undefined {
  for (const section of missingPlacements(page)) {
    report(page.origin, 'warning', `content/rules/component-placements.json places a component at the end of the section \`#${section}\`, which this ${page.locale} page does not have`, 'component-placement', { line: 1, column: 1 });
  }
  const text = render(page);
  try {
    parseMdx(text);
  } catch (error) {
    report(page.origin, 'error', `internal: the ${page.locale} page is not valid MDX (${(error as Error).message}); not written`, 'invalid-mdx', { line: 1, column: 1 });
    return undefined;
  }
  const check = pageSchema.safeParse(readPageFrontMatter(text));
  if (!check.success) {
    report(page.origin, 'error', `internal: the ${page.locale} front matter does not pass src/schemas/page.ts (${check.error.issues[0]?.message}); not written`, 'front-matter-schema', { line: 1, column: 1 });
    return undefined;
  }
  return text;
}

export function importFiles(inputs: readonly string[], options: ImportOptions): ImportResult {
  const cwd = options.cwd ?? process.cwd();
  const out = resolve(cwd, options.out);
  const { files: paths, rank, missing } = expandInputs(inputs, cwd);
  const files: VFile[] = [];
  const drafts: PageDraft[] = [];
  const uids = new Map<string, UidTarget>();

  for (const path of missing) {
    const file = new VFile({ path, cwd });
    report(file, 'error', 'No such file or directory', 'read-error', { line: 1, column: 1 });
    files.push(file);
  }
  const tocs: LegacyToc[] = [];
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
  const winners = mergePages(drafts);
  const index = new PageIndex(out, winners);
  markMissingSources(winners, index);
  for (const page of winners) checkLinks(page, index, uids);

  // Side-by-side translations were made from exactly the English beside them: their sourceHash
  // is the hash of the en-us page recovered from the same file (stale if another file's won).
  const texts = new Map<PageDraft, string | undefined>();
  for (const page of winners) if (page.locale === 'en-us') texts.set(page, finalText(page));
  const linked = new Set<PageDraft>();
  for (const page of winners) {
    if (!page.hashFromEnglish) continue;
    const english = drafts.find((p) => p.origin === page.origin && p.derived === 'side-by-side');
    if (!english) continue;
    // An English that lost to another file's gets its links resolved as the winner's were (quietly: derived).
    if (!texts.has(english) && !linked.has(english)) {
      checkLinks(english, index, uids);
      linked.add(english);
    }
    const text = texts.get(english) ?? render(english);
    const front = english.frontmatter;
    page.frontmatter.translation = {
      ...page.frontmatter.translation!,
      sourceHash: sourceHash({ title: front.title, description: front.description, body: pageBody(text) }),
    };
    const written = winners.find((p) => p.locale === 'en-us' && p.slug === page.slug);
    const won = written !== undefined && (texts.get(written) ?? render(written)) === text;
    report(
      page.origin,
      'info',
      `Set \`translation.sourceHash\` to the hash of the English beside the segments (src/lib/source-hash.ts)${won ? '' : ', which is not the en-us page written: the translation will show as stale'}`,
      'source-hash',
      { line: 1, column: 1 },
    );
  }
  for (const page of winners) if (page.locale !== 'en-us') texts.set(page, finalText(page));

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

export { isLocale };

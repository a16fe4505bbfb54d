/**
 * `migrate.ts --check`: re-reads each legacy file and compares it with the imported pages:
 * every segment (translated text, and its English kept by id), every anchor, every link
 * (mapped to a page, which may not exist yet: unresolved, reported), the front matter.
 * Prints the lost and unresolved items, a per-file table and a total; exit 1 when anything was lost.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import type { Locale } from '../../../src/config/locales.ts';
import { legacyInventory, normalise, type LegacyLink, type LegacySegment } from './check-legacy.ts';
import { readPage, type PageInventory } from './check-page.ts';
import { legacyFiles, pagePath as pageFile } from './legacy-reader/inputs.ts';
import { formatMessages, hasErrors, quote, report } from '../messages.ts';
import { table, verdict, type Figures } from './check-table.ts';

export type { Figures } from './check-table.ts';

export interface CheckResult {
  rows: Figures[];
  total: Figures;
  files: VFile[];
  report: string;
  exitCode: 0 | 1;
}

type Expected =
  | { kind: 'page'; url: string; slug: string; anchor: string | undefined }
  | { kind: 'anchor'; url: string; id: string }
  | { kind: 'external'; url: string }
  | { kind: 'text' };

/** Where a legacy link must point in the page (the check's own reading, not the importer's). */
export function expectedLink(written: string): Expected {
  const url = written.trim().replace(/\\/g, '/');
  if (/^\s*(javascript|vbscript|data|xref):/i.test(url)) return { kind: 'text' };
  if (url.startsWith('#')) return { kind: 'anchor', url, id: decodeURIComponent(url.slice(1)) };
  let path = url;
  const docs = /^https?:\/\/(?:docs|learn)\.microsoft\.com(\/[^?#]*)?(.*)$/i.exec(url);
  if (docs) path = (docs[1] ?? '/') + (docs[2] ?? '');
  else if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { kind: 'external', url };
  const section = /^\/(?:[a-z]{2}-[a-z]{2}\/)?partner-center\/([^/?#]+?)(?:\.md)?\/?(?:\?[^#]*)?(?:#(.*))?$/i.exec(path);
  if (section) {
    const slug = section[1]!.toLowerCase();
    return { kind: 'page', slug, anchor: section[2] || undefined, url: `../${slug}/${section[2] ? `#${section[2]}` : ''}` };
  }
  if (docs) return { kind: 'external', url };
  if (path.startsWith('/')) return { kind: 'external', url: `https://learn.microsoft.com/en-us${path}` };
  const md = /^([^?#]*?)([^/?#]+)\.md(?:\?[^#]*)?(?:#(.*))?$/i.exec(path);
  if (md) {
    const slug = decodeURIComponent(md[2]!).toLowerCase();
    const anchor = md[3] || undefined;
    return { kind: 'page', slug, anchor, url: `../${slug}/${anchor ? `#${anchor}` : ''}` };
  }
  return { kind: 'external', url };
}

function fieldValue(page: PageInventory, key: string): string | undefined {
  const value = page.frontmatter[key];
  return typeof value === 'string' ? normalise(value) : undefined;
}

function appliesTo(page: PageInventory): string[] {
  const value = page.frontmatter['appliesTo'];
  return Array.isArray(value) ? value.map((v) => normalise(String(v))) : [];
}

/** Why a segment is lost (empty: kept). */
function segmentProblems(s: LegacySegment, page: PageInventory, english: PageInventory | undefined): string[] {
  const problems: string[] = [];
  const en = english;
  switch (s.kind) {
    case 'front-matter':
      if (!s.fields || s.fields.length === 0) problems.push('its front matter line could not be read');
      for (const f of s.fields ?? []) {
        const has = fieldValue(page, f.key);
        const ok = f.key === 'author' ? has !== undefined && [f.value, f.english].some((v) => v?.toLowerCase() === has.toLowerCase()) : has === f.value;
        if (!ok) problems.push(`\`${f.key}\` is ${has === undefined ? 'missing' : quote(has)}, expected ${quote(f.value)}`);
        if (en && f.english !== undefined && f.key !== 'author' && fieldValue(en, f.key) !== f.english) problems.push(`the en-us \`${f.key}\` is not ${quote(f.english)}`);
      }
      break;
    case 'h1':
      if (fieldValue(page, 'title') !== s.text) problems.push(`the title is not the H1 text ${quote(s.text)}`);
      if (en && s.english !== undefined && fieldValue(en, 'title') !== s.english) problems.push(`the en-us title is not ${quote(s.english)}`);
      break;
    case 'applies-label':
      if (appliesTo(page).length === 0) problems.push('the page has no `appliesTo`');
      if (en && appliesTo(en).length === 0) problems.push('the en-us page has no `appliesTo`');
      break;
    case 'applies-item':
      if (!appliesTo(page).includes(s.text)) problems.push(`\`appliesTo\` does not list ${quote(s.text)}`);
      if (en && s.english !== undefined && !appliesTo(en).includes(s.english)) problems.push(`the en-us \`appliesTo\` does not list ${quote(s.english)}`);
      break;
    case 'body':
      if (s.id !== undefined) {
        const found = page.segments.get(s.id);
        if (!found) problems.push('no `<Segment>` with this id');
        else {
          if (found.text !== s.text) problems.push(`its text is ${quote(found.text)}, expected ${quote(s.text)}`);
          if (normalise(found.source ?? '') !== s.english) problems.push(`its \`source\` is ${quote(found.source ?? '')}, expected ${quote(s.english ?? '')}`);
        }
      } else if (!page.text.includes(s.text)) problems.push('the text is not in the page');
      if (en && s.english !== undefined && s.english !== '' && !en.text.includes(s.english)) problems.push(`the English ${quote(s.english)} is not in the en-us page`);
      break;
  }
  return problems;
}

export function runCheck(inputs: readonly string[], options: { out: string; cwd?: string }): CheckResult {
  const cwd = options.cwd ?? process.cwd();
  const out = resolve(cwd, options.out);
  const { files: paths, missing } = legacyFiles(inputs, cwd);
  const rows: Figures[] = [];
  const files: VFile[] = [];
  const pageExists = (locale: Locale, slug: string) => existsSync(pageFile(out, locale, slug)) || existsSync(pageFile(out, 'en-us', slug));
  const idCache = new Map<string, Set<string> | undefined>();
  const idsOf = (locale: Locale, slug: string) => {
    const key = `${locale}/${slug}`;
    if (!idCache.has(key)) {
      const p = [locale, 'en-us' as Locale].map((l) => pageFile(out, l, slug)).find((f) => existsSync(f));
      idCache.set(key, p ? readPage(p, slug).ids : undefined);
    }
    return idCache.get(key);
  };

  for (const path of missing) {
    const file = new VFile({ path, cwd });
    report(file, 'error', 'No such file or directory', 'read-error', { line: 1, column: 1 });
    files.push(file);
    rows.push({ file: relative(cwd, path), page: '-', segments: [0, 0], anchors: [0, 0], links: [0, 0], linksLost: 0, frontMatterLost: 0, failed: true });
  }

  for (const path of paths) {
    const name = relative(cwd, path);
    const read = legacyInventory(path, cwd);
    if (!('locale' in read)) {
      files.push(read.file);
      const row: Figures = { file: name, page: '-', segments: [0, 0], anchors: [0, 0], links: [0, 0], linksLost: 0, frontMatterLost: 0, failed: read.skipped === undefined };
      if (read.skipped !== undefined) row.skipped = read.skipped;
      rows.push(row);
      continue;
    }
    const inv = read;
    const file = inv.file;
    files.push(file);
    const page = readPage(pageFile(out, inv.locale, inv.slug), inv.slug);
    const english = inv.englishPage ? readPage(pageFile(out, 'en-us', inv.slug), inv.slug) : undefined;
    const row: Figures = {
      file: name,
      page: `${inv.locale}/${inv.slug}${english ? ' +en-us' : ''}`,
      segments: [0, inv.segments.length],
      anchors: [0, inv.anchors.length],
      links: [0, inv.links.length],
      linksLost: 0,
      frontMatterLost: 0,
      failed: false,
    };
    for (const [p, label] of [[page, inv.locale], [english, 'en-us']] as const) {
      if (!p) continue;
      const shown = `\`${relative(cwd, p.path)}\``;
      if (!p.exists) report(file, 'error', `The ${label} page ${shown} does not exist: everything in this file is lost`, 'page-missing', { line: 1, column: 1 });
      else if (p.problem) report(file, 'error', `The ${label} page ${shown} cannot be read: ${p.problem}`, 'page-invalid', { line: 1, column: 1 });
    }

    for (const s of inv.segments) {
      const problems = segmentProblems(s, page, english);
      if (problems.length === 0) row.segments[0]++;
      else report(file, 'error', `Segment ${s.id !== undefined ? `\`${s.id}\` ` : ''}${quote(s.text, 40)} lost: ${problems.join('; ')}`, 'segment-lost', s.where);
    }

    for (const a of inv.anchors) {
      // The H1's anchor: the page's `<h1>` has the slug as its id; another id must be kept as `<a id>`.
      const ok = (a.h1 && a.id === inv.slug) || (page.ids.has(a.id) && (!english || english.ids.has(a.id)));
      if (ok) row.anchors[0]++;
      else {
        report(
          file,
          'error',
          a.h1 ? `Anchor \`${a.id}\` lost: the H1's id is the slug \`${inv.slug}\` and the page has no \`<a id="${a.id}">\`` : `Anchor \`${a.id}\` lost: no heading id or \`<a id>\` in the ${english && page.ids.has(a.id) ? 'en-us ' : ''}page`,
          'anchor-lost',
          a.where,
        );
      }
    }

    const pageLinks = [page, english].filter((p): p is PageInventory => p !== undefined).map((p) => p.links.map((l) => l.url));
    for (const link of inv.links) {
      const expected = expectedLink(link.url);
      const take = (urls: string[], url: string) => {
        const i = urls.indexOf(url);
        if (i === -1) return false;
        urls.splice(i, 1);
        return true;
      };
      if (expected.kind === 'text') {
        if (page.text.includes(link.text)) row.links[0]++;
        else lostLink(file, link, 'its text is not in the page', row);
        continue;
      }
      const kept = pageLinks.every((urls) => take(urls, expected.url));
      if (!kept) {
        lostLink(file, link, `no link to ${quote(expected.url)} in the page${english ? 's' : ''}`, row);
        continue;
      }
      if (expected.kind === 'external') row.links[0]++;
      else if (expected.kind === 'anchor') {
        if (page.ids.has(expected.id)) row.links[0]++;
        else report(file, 'warning', `Link ${quote(link.url)} is unresolved: the page has no heading \`${expected.id}\``, 'link-unresolved', link.where);
      } else if (!pageExists(inv.locale, expected.slug)) {
        report(file, 'warning', `Link ${quote(link.url)} → ${quote(expected.url)} is unresolved: no page \`${expected.slug}\` in ${quote(relative(cwd, out) || '.')} yet`, 'link-unresolved', link.where);
      } else if (expected.anchor !== undefined && !(idsOf(inv.locale, expected.slug)?.has(expected.anchor) ?? false)) {
        report(file, 'warning', `Link ${quote(link.url)} is unresolved: \`${expected.slug}\` has no heading \`${expected.anchor}\``, 'link-unresolved', link.where);
      } else row.links[0]++;
    }

    // Front matter mapped.
    const fm = inv.frontMatter;
    const compare = (key: string, expected: string | undefined, actual: unknown, nested = false) => {
      if (expected === undefined) return;
      const has = typeof actual === 'string' ? normalise(actual) : undefined;
      if (has !== expected) {
        row.frontMatterLost++;
        report(file, 'error', `Front matter \`${nested ? 'translation.' : ''}${key}\` lost: expected ${quote(expected)}, the page has ${has === undefined ? 'none' : quote(has)}`, 'front-matter-lost', inv.frontMatterWhere);
      }
    };
    if (page.exists) {
      const translation = (page.frontmatter['translation'] ?? {}) as Record<string, unknown>;
      compare('title', fm.title, page.frontmatter['title']);
      compare('description', fm.description, page.frontmatter['description']);
      if (fm.author) {
        const author = page.frontmatter['author'];
        if (typeof author !== 'string' || !fm.author.some((a) => a.toLowerCase() === author.toLowerCase())) {
          row.frontMatterLost++;
          report(file, 'error', `Front matter \`author\` lost: expected one of ${fm.author.map((a) => quote(a)).join(', ')}`, 'front-matter-lost', inv.frontMatterWhere);
        }
      }
      compare('date', fm.date, page.frontmatter['date']);
      if (fm.type && !fm.type.includes(translation['type'] as never)) {
        row.frontMatterLost++;
        report(file, 'error', `Front matter \`translation.type\` lost: expected ${fm.type.map((t) => quote(t)).join(' or ')}`, 'front-matter-lost', inv.frontMatterWhere);
      }
      compare('sourceHash', fm.sourceHash, translation['sourceHash'], true);
      if (fm.sourceHashOfEnglish && english?.exists && english.sourceHash !== undefined && translation['sourceHash'] !== english.sourceHash) {
        const has = translation['sourceHash'];
        if (typeof has !== 'string' || !/^[0-9a-f]{40}$/.test(has)) {
          row.frontMatterLost++;
          report(file, 'error', `Front matter \`translation.sourceHash\` lost: expected the en-us page's hash ${quote(english.sourceHash)}, the page has ${typeof has === 'string' ? quote(has) : 'none'}`, 'front-matter-lost', inv.frontMatterWhere);
        } else {
          report(file, 'warning', `\`translation.sourceHash\` ${quote(has)} is not the en-us page's hash ${quote(english.sourceHash)}: the translation will show as stale (another file's English may have won the en-us page)`, 'source-hash-stale', inv.frontMatterWhere);
        }
      }
      compare('sourceDate', fm.sourceDate, translation['sourceDate'], true);
    }
    row.failed = hasErrors(file);
    rows.push(row);
  }

  const sum = (pick: (r: Figures) => [number, number]): [number, number] => [rows.reduce((n, r) => n + pick(r)[0], 0), rows.reduce((n, r) => n + pick(r)[1], 0)];
  const total: Figures = {
    file: 'total',
    page: `${rows.length} file${rows.length === 1 ? '' : 's'}`,
    segments: sum((r) => r.segments),
    anchors: sum((r) => r.anchors),
    links: sum((r) => r.links),
    linksLost: rows.reduce((n, r) => n + r.linksLost, 0),
    frontMatterLost: rows.reduce((n, r) => n + r.frontMatterLost, 0),
    failed: rows.some((r) => r.failed),
  };
  const text = [...files.flatMap((f) => formatMessages(f, cwd)), '', ...table(rows, total), '', verdict(total)].join('\n');
  return { rows, total, files, report: `${text}\n`, exitCode: total.failed ? 1 : 0 };
}

function lostLink(file: VFile, link: LegacyLink, why: string, row: Figures): void {
  row.linksLost++;
  report(file, 'error', `Link ${quote(link.url)} (${quote(link.text, 40)}) lost: ${why}`, 'link-lost', link.where);
}

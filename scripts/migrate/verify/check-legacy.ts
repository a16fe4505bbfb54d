/**
 * The migration check's view of a legacy file, read afresh: every text segment (side-by-side
 * spans with their English, or text blocks), every anchor, every link, and the front matter
 * values a page must carry.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { VFile } from 'vfile';
import type { Locale } from '../../../src/config/locales.ts';
import { type TranslationType } from '../../../src/schemas/page.ts';
import { ownText, pageSlug, readLegacyTree } from '../convert/legacy-file.ts';
import { entryFor, stringValue, type FrontMatterEntry } from '../read/front-matter.ts';
import { legacyDate, translationTypeOf } from '../convert/front-matter-map.ts';
import { attr } from '../repair/html-tree.ts';
import { chooseLocale, countScripts, isLatinOnly } from '../read/locale.ts';
import type { HtmlElement, Segment } from '../convert/nodes.ts';
import { report } from '../messages.ts';
import { pairSegments } from '../convert/side-by-side.ts';
import { stripTitleSuffix } from '../repair/title-suffix.ts';
import { isAppliesToLabel } from '../repair/translated-keys.ts';

export type SegmentKind = 'front-matter' | 'h1' | 'applies-label' | 'applies-item' | 'body';

export interface LegacySegment {
  /** Side-by-side id; undefined for a text block. */
  id: string | undefined;
  kind: SegmentKind;
  text: string;
  /** The English alongside (side-by-side), or the block itself when it is untranslated English. */
  english: string | undefined;
  /** Front matter segments: the fields they hold. */
  fields?: { key: string; value: string; english: string | undefined }[];
  where: Point;
}

export interface LegacyAnchor {
  id: string;
  h1: boolean;
  where: Point;
}

export interface LegacyLink {
  url: string;
  text: string;
  where: Point;
}

export interface ExpectedFrontMatter {
  title?: string;
  description?: string;
  author?: string[];
  date?: string;
  type?: TranslationType[];
  sourceHash?: string;
  sourceDate?: string;
}

export interface LegacyInventory {
  file: VFile;
  locale: Locale;
  slug: string;
  sideBySide: boolean;
  /** An en-us page is expected from this file (side-by-side, or half translated). */
  englishPage: boolean;
  segments: LegacySegment[];
  anchors: LegacyAnchor[];
  links: LegacyLink[];
  frontMatter: ExpectedFrontMatter;
  frontMatterWhere: Point;
}

const start: Point = { line: 1, column: 1 };

export function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Plain text of legacy nodes: text and code, not comments, not the English of segments. */
export function plain(nodes: readonly RootContent[] | readonly Nodes[]): string {
  let out = '';
  for (const node of nodes as Nodes[]) {
    if (node.type === 'htmlComment') continue;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out += node.value;
    else if (node.type === 'break') out += ' ';
    else if (node.type === 'image') out += node.alt ?? '';
    else if ('children' in node) out += plain(node.children as RootContent[]);
  }
  return out;
}

const blockTags = new Set(['p', 'td', 'th', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'caption', 'figcaption', 'pre', 'blockquote']);

function isBlock(node: RootContent): boolean {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code') return true;
  return node.type === 'htmlElement' && blockTags.has(node.tagName);
}

function leafBlocks(nodes: readonly RootContent[], out: RootContent[]): boolean {
  let found = false;
  for (const node of nodes) {
    const inner = 'children' in node ? leafBlocks(node.children as RootContent[], out) : false;
    if (!inner && isBlock(node)) out.push(node);
    found ||= inner || isBlock(node);
  }
  return found;
}

function pointOf(node: { position?: { start: Point } | undefined }): Point {
  return node.position?.start ?? start;
}

function anchorsOf(tree: Root): LegacyAnchor[] {
  const anchors: LegacyAnchor[] = [];
  const visit = (node: RootContent, h1: boolean) => {
    if (node.type === 'htmlElement' && node.tagName === 'a') {
      const href = attr(node as HtmlElement, 'href');
      const id = attr(node as HtmlElement, 'name') ?? attr(node as HtmlElement, 'id');
      if (id && (href === undefined || href.trim() === '' || href.trim() === '#')) anchors.push({ id: id.trim(), h1, where: pointOf(node) });
    }
    const inH1 = h1 || (node.type === 'heading' && node.depth === 1);
    if (node.type === 'segment') node.children.forEach((c) => visit(c, inH1));
    else if ('children' in node) (node.children as RootContent[]).forEach((c) => visit(c, inH1));
  };
  tree.children.forEach((c) => visit(c, false));
  return anchors;
}

function linksOf(tree: Root): LegacyLink[] {
  const links: LegacyLink[] = [];
  const visit = (node: RootContent) => {
    if (node.type === 'link') links.push({ url: node.url, text: normalise(plain(node.children)), where: pointOf(node) });
    if (node.type === 'htmlElement' && node.tagName === 'a') {
      const href = attr(node, 'href');
      if (href !== undefined && href.trim() !== '' && href.trim() !== '#') links.push({ url: href.trim(), text: normalise(plain(node.children)), where: pointOf(node) });
    }
    if (node.type === 'segment') node.children.forEach(visit);
    else if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  tree.children.forEach(visit);
  return links;
}

/** Paragraph nodes that are an "Applies to" label, and the list after each. */
function appliesTo(tree: Root): { labels: Set<RootContent>; lists: Set<RootContent> } {
  const labels = new Set<RootContent>();
  const lists = new Set<RootContent>();
  tree.children.forEach((node, i) => {
    if (node.type !== 'paragraph') return;
    const first = node.children[0];
    if (first?.type !== 'strong') return;
    const text = normalise(plain([first]));
    const english = normalise(englishOf([first]));
    if (!isAppliesToLabel(text) && !isAppliesToLabel(english)) return;
    labels.add(node);
    const next = tree.children[i + 1];
    if (next?.type === 'list') lists.add(next);
  });
  return { labels, lists };
}

function englishOf(nodes: readonly RootContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'segment') out += plain(node.source);
    else if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if ('children' in node) out += englishOf(node.children as RootContent[]);
  }
  return out;
}

function frontMatterSegments(entries: readonly FrontMatterEntry[], english: readonly FrontMatterEntry[], segments: { id: string; translated: string; english: string; line: number; column: number }[]): LegacySegment[] {
  return segments.map((s) => ({
    id: s.id,
    kind: 'front-matter' as const,
    text: normalise(s.translated),
    english: normalise(s.english),
    fields: entries
      .filter((e) => e.segmentId === s.id)
      .map((e) => ({
        key: e.key,
        value: normalise(e.key === 'title' ? stripTitleSuffix(stringValue(e)!).title : stringValue(e)!),
        english: (() => {
          const en = english.find((x) => x.segmentId === s.id && x.key === e.key);
          if (!en) return undefined;
          return normalise(e.key === 'title' ? stripTitleSuffix(stringValue(en)!).title : stringValue(en)!);
        })(),
      })),
    where: { line: s.line, column: s.column },
  }));
}

function expectedFrontMatter(entries: readonly FrontMatterEntry[], english: readonly FrontMatterEntry[], locale: Locale): ExpectedFrontMatter {
  const expected: ExpectedFrontMatter = {};
  const title = entryFor(entries, 'title');
  if (title) expected.title = normalise(stripTitleSuffix(stringValue(title)!).title);
  const description = entryFor(entries, 'description');
  if (description) expected.description = normalise(stringValue(description)!);
  const authors = [entryFor(entries, 'ms.author'), entryFor(english, 'author'), entryFor(entries, 'author')]
    .map((e) => stringValue(e)?.trim())
    .filter((a): a is string => a !== undefined && a !== '');
  if (authors.length > 0) expected.author = authors;
  const date = entryFor(entries, 'ms.date') ?? entryFor(entries, 'date') ?? entryFor(entries, 'ms.lasthandoff');
  const parsedDate = date ? legacyDate(stringValue(date)!) : undefined;
  if (parsedDate) expected.date = parsedDate;
  if (locale === 'en-us') expected.type = ['source'];
  else {
    const type = entryFor(entries, 'ms.translationtype');
    const mapped = type ? translationTypeOf(stringValue(type)!) : undefined;
    expected.type = mapped ? [mapped] : ['human', 'machine'];
    const hash = entryFor(entries, 'ms.openlocfilehash');
    if (hash && /^[0-9a-f]{7,64}$/i.test(stringValue(hash)!.trim())) expected.sourceHash = stringValue(hash)!.trim().toLowerCase();
    const sourceDate = entryFor(entries, 'ms.lasthandoff') ?? entryFor(entries, 'ms.date');
    const parsed = sourceDate ? legacyDate(stringValue(sourceDate)!) : undefined;
    if (parsed) expected.sourceDate = parsed;
  }
  return expected;
}

function hasLetters(text: string): boolean {
  const c = countScripts(text);
  return c.latin + c.hangul + c.kana + c.han + c.cyrillic > 0;
}

/** Reads a legacy file for the check; undefined (with errors on `file`) when it cannot be read. */
export function legacyInventory(path: string, cwd = process.cwd()): LegacyInventory | { file: VFile } {
  // Read quietly: the importer reported the repairs; the check reports what was lost.
  const quiet = new VFile({ path, cwd });
  const legacy = readLegacyTree(path, quiet);
  if (!legacy) {
    const file = new VFile({ path, cwd });
    for (const m of quiet.messages.filter((m) => m.fatal)) report(file, 'error', m.reason, m.ruleId ?? 'read-error', m.place ?? undefined);
    return { file };
  }
  const file = new VFile({ path, cwd });
  const { frontMatter, tree } = legacy;
  const stats = pairSegments(tree, quiet);
  const sideBySide = stats.count > 0 || frontMatter.segments.length > 0;
  const locale = chooseLocale(entryFor(frontMatter.entries, 'ms.contentlocale'), undefined, ownText(tree, frontMatter), quiet);
  const slug = pageSlug(path, tree, quiet);
  if (!locale || !slug) return { file: quiet };

  const segments: LegacySegment[] = frontMatterSegments(frontMatter.entries, frontMatter.englishEntries, frontMatter.segments);
  const { labels, lists } = appliesTo(tree);
  const kindOf = (ancestors: readonly RootContent[]): SegmentKind => {
    if (ancestors.some((a) => a.type === 'heading' && a.depth === 1)) return 'h1';
    if (ancestors.some((a) => labels.has(a))) return 'applies-label';
    if (ancestors.some((a) => lists.has(a))) return 'applies-item';
    return 'body';
  };

  if (sideBySide) {
    const visit = (node: RootContent, ancestors: RootContent[]) => {
      if (node.type === 'segment') {
        const segment = node as Segment;
        segments.push({
          id: segment.id,
          kind: kindOf(ancestors),
          text: normalise(plain(segment.children)),
          english: normalise(plain(segment.source)),
          where: pointOf(segment),
        });
        return;
      }
      if ('children' in node) (node.children as RootContent[]).forEach((c) => visit(c, [...ancestors, node]));
    };
    tree.children.forEach((c) => visit(c, []));
  } else {
    const visit = (node: RootContent, ancestors: RootContent[]) => {
      if (isBlock(node) && !('children' in node && leafBlocks(node.children as RootContent[], []))) {
        const text = normalise(plain([node]));
        if (text !== '') segments.push({ id: undefined, kind: kindOf([...ancestors, node]), text, english: undefined, where: pointOf(node) });
        return;
      }
      if ('children' in node) (node.children as RootContent[]).forEach((c) => visit(c, [...ancestors, node]));
    };
    tree.children.forEach((c) => visit(c, []));
  }

  // A half-translated page: its untranslated blocks are expected in the en-us page too.
  let englishPage = sideBySide && locale !== 'en-us';
  if (!sideBySide && locale !== 'en-us') {
    const body = segments.filter((s) => s.kind === 'body' && hasLetters(s.text));
    const english = body.filter((s) => isLatinOnly(s.text)).length;
    if (english > 0 && english >= body.length - english) {
      englishPage = true;
      for (const s of segments) if (s.kind !== 'front-matter' && isLatinOnly(s.text)) s.english = s.text;
    }
  }

  return {
    file,
    locale,
    slug,
    sideBySide,
    englishPage,
    segments,
    anchors: anchorsOf(tree),
    links: linksOf(tree),
    frontMatter: expectedFrontMatter(frontMatter.entries, frontMatter.englishEntries, locale),
    frontMatterWhere: frontMatter.range ? { line: frontMatter.range.start, column: 1 } : start,
  };
}

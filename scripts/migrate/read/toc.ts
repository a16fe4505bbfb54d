/**
 * Reads a legacy DocFX `TOC.md` into nested entries, by heading depth. Each heading should hold
 * one link, `[title](page.md)`; links are kept as written (scripts/migrate/convert/toc.ts maps
 * them to pages). Problems are reported on the file and what can be kept is kept:
 *
 * Before:
 *
 *   # [請求](billing.md)
 *   ### [請求書](read-your-bill.md)
 *   # データと分析
 *
 * After (positions left out):
 *
 *   [{ title: '請求', depth: 1, url: 'billing.md', children: [
 *      { title: '請求書', depth: 3, url: 'read-your-bill.md', children: [] }] },
 *    { title: 'データと分析', depth: 1, url: undefined, children: [] }]
 *
 * with a warning for `###` under `#` (a skipped level: kept as the child of `# 請求`) and one
 * for the heading without a link and without entries under it (kept as a title without a page).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isLocale, type Locale } from '../../../src/config/locales.ts';
import type { Heading, Link, Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from 'unist';
import { VFile } from 'vfile';
import { quote, report } from '../messages.ts';
import { headingSpacing } from '../repair/heading-spacing.ts';
import { mapBodyLines, type LineFix } from './body-lines.ts';
import { decodeInput } from './input-text.ts';

export interface LegacyTocEntry {
  /** The link text (or the heading's text when it has no link), markdown stripped, trimmed. */
  title: string;
  /** The heading's level as written: 1 for `#`. */
  depth: number;
  /** The link's URL as written (`billing.md`), undefined when the heading has no link. */
  url: string | undefined;
  /** The heading's place in TOC.md. */
  position: Position | undefined;
  /** The link's place in TOC.md (the heading's when it has no link). */
  linkPosition: Position | undefined;
  children: LegacyTocEntry[];
}

const markdown = unified().use(remarkParse).use(remarkGfm);

const plain = (node: Nodes | Nodes[]): string => toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();

/** `#[title](page.md)`: a TOC heading missing the space after its hashes (CommonMark reads a paragraph). */
function tocHeadingSpacing(file: VFile): LineFix {
  return (line, lineNumber) => {
    const match = /^( {0,3})(#{1,6})(?=\[)/.exec(line);
    if (!match) return line;
    report(file, 'warning', `Heading \`${match[2]}\` has no space before its link; added one (write \`${match[2]} [title](page.md)\`)`, 'heading-space', { line: lineNumber, column: match[1]!.length + 1 });
    return `${match[0]} ${line.slice(match[0].length)}`;
  };
}

function links(node: Nodes): Link[] {
  if (node.type === 'link') return [node];
  return 'children' in node ? node.children.flatMap((child) => links(child as Nodes)) : [];
}

/** One heading → one entry; undefined (reported) when there is nothing to show. */
function entryOf(heading: Heading, file: VFile): LegacyTocEntry | undefined {
  const found = links(heading);
  const link = found[0];
  const hashes = '#'.repeat(heading.depth);
  if (!link) {
    const title = plain(heading);
    if (title === '') {
      report(file, 'warning', `Empty heading \`${hashes}\`: it has no text and no link; skipped it (write \`${hashes} [title](page.md)\` or remove the line)`, 'toc-empty-heading', heading);
      return undefined;
    }
    return { title, depth: heading.depth, url: undefined, position: heading.position, linkPosition: heading.position, children: [] };
  }
  if (found.length > 1) {
    const rest = found.slice(1).map((l) => quote(l.url)).join(', ');
    report(file, 'warning', `Heading ${quote(plain(heading))} holds ${found.length} links; kept the first, ${quote(link.url)}, and dropped ${rest} (give each link its own heading)`, 'toc-many-links', found[1]);
  }
  const outside = plain(heading.children.filter((child) => !found.includes(child as Link)) as Nodes[]);
  let title = plain(link);
  if (outside !== '') {
    report(file, 'warning', `Heading text ${quote(outside)} is outside the link ${quote(`[${title}](${link.url})`)}; dropped it (put the whole title inside the brackets)`, 'toc-heading-text', heading);
  }
  if (title === '') {
    title = outside !== '' ? outside : link.url;
    report(file, 'warning', `Link ${quote(link.url)} has no text; used ${quote(title)} as its title (write \`${hashes} [title](${link.url})\`)`, 'toc-empty-title', link);
  }
  return { title, depth: heading.depth, url: link.url, position: heading.position, linkPosition: link.position, children: [] };
}

const kinds: Partial<Record<RootContent['type'], string>> = {
  paragraph: 'text',
  list: 'a list',
  code: 'a code block',
  table: 'a table',
  blockquote: 'a block quote',
  thematicBreak: 'a horizontal rule',
  html: 'HTML',
};

function notHeading(node: RootContent, source: string, file: VFile): void {
  if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())) {
    report(file, 'info', 'Ignored an HTML comment', 'toc-comment', node);
    return;
  }
  const { start, end } = node.position ?? {};
  const written = node.type === 'code' ? node.value : start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : '';
  const line = written.split('\n')[0]!.trim();
  report(
    file,
    'warning',
    `${line ? `${quote(line)} is` : 'This is'} ${kinds[node.type] ?? `a ${node.type}`}, not a heading; ignored it (a TOC.md holds only headings, \`# [title](page.md)\`, nested by level)`,
    'toc-not-heading',
    node,
  );
}

/** Markdown text of a TOC.md → its entries, nested by heading depth. */
export function parseToc(text: string, file: VFile): LegacyTocEntry[] {
  const source = mapBodyLines(text, [tocHeadingSpacing(file), headingSpacing(file)]);
  const tree = markdown.parse(source);
  const root: LegacyTocEntry[] = [];
  const open: LegacyTocEntry[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading') {
      notHeading(node, source, file);
      continue;
    }
    const entry = entryOf(node, file);
    if (!entry) continue;
    while (open.length > 0 && open[open.length - 1]!.depth >= entry.depth) open.pop();
    const parent = open[open.length - 1];
    const expected = (parent?.depth ?? 0) + 1;
    if (entry.depth > expected) {
      const hashes = '#'.repeat(entry.depth);
      const want = '#'.repeat(expected);
      const after = parent ? `under \`${'#'.repeat(parent.depth)} ${parent.title}\`` : 'at the start of the file';
      report(file, 'warning', `Heading \`${hashes}\` ${after} skips a level; read it as \`${want}\` (write \`${want} [${entry.title}](…)\`)`, 'toc-heading-level', node);
    }
    (parent ? parent.children : root).push(entry);
    open.push(entry);
  }
  noLinks(root, file);
  return root;
}

/** Headings without a link: a group heading (info), or, without entries under it, a mistake. */
function noLinks(entries: readonly LegacyTocEntry[], file: VFile): void {
  for (const entry of entries) {
    if (entry.url === undefined) {
      const how = `(write \`${'#'.repeat(entry.depth)} [${entry.title}](page.md)\` to link it)`;
      if (entry.children.length > 0) report(file, 'info', `Heading ${quote(entry.title)} has no link; kept it as a group heading of ${entry.children.length} ${entry.children.length === 1 ? 'entry' : 'entries'} ${how}`, 'toc-no-link', entry.position);
      else report(file, 'warning', `Heading ${quote(entry.title)} has no link and no entries under it; kept it as a title without a page ${how}`, 'toc-no-link', entry.position);
    }
    noLinks(entry.children, file);
  }
}

/** Bytes of a TOC.md → entries; undefined when the bytes are not Markdown text (reported). */
export function readToc(bytes: Uint8Array, file: VFile): LegacyTocEntry[] | undefined {
  const text = decodeInput(bytes, file);
  return text === undefined ? undefined : parseToc(text, file);
}

/** Reads a TOC.md from disk; a file that cannot be read is reported, never thrown. */
export function readTocFile(path: string): { file: VFile; entries: LegacyTocEntry[] | undefined } {
  const file = new VFile({ path });
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    report(file, 'error', code === 'ENOENT' ? 'File not found' : `Cannot read the file (${code ?? String(error)})`, 'read-error', { line: 1, column: 1 });
    return { file, entries: undefined };
  }
  return { file, entries: readToc(bytes, file) };
}

/** A docset's table of contents: `TOC.md` (any letter case). */
export function isTocFile(path: string): boolean {
  return basename(path).toLowerCase() === 'toc.md';
}

/** The locale named by one of the path's folders (`…/ja-jp/partner-center/TOC.md`), if any. */
export function localeOfFolder(path: string): Locale | undefined {
  return path.split(/[\\/]/).map((part) => part.toLowerCase()).reverse().find(isLocale);
}

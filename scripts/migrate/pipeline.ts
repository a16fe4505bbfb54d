/**
 * The importer's steps, in order: the one file to read to know what `npm run migrate` does to a
 * legacy file. Each step is one module in its stage's folder; this file only orders them.
 *
 * A run (write/import-files.ts):
 *   read     read/input-files     the legacy files, and which input wins a page (seeds first)
 *            read/toc             each locale's TOC.md
 *   (each file, below: read → repair → convert → one page per locale, convert/legacy-file.ts)
 *   write    write/merge-pages    one page per locale and slug, the others reported
 *            write/import-files   `sourceMissing` for translations with no English
 *            write/resolve-links  links and anchors resolved against this import and content/
 *            write/final-text     each page's text, checked as the site reads it; the
 *                                 translations' `sourceHash` from the English beside them
 *            convert/toc          the tables of contents, en-us built from the locales'
 *            write/write-pages    pages written, a writer's edits kept (imported.json)
 *   verify   verify/check         `--check`: the legacy files read again, by their own reader,
 *                                 and compared with content/
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from 'unist';
import { VFile } from 'vfile';
import { convertAlerts } from './convert/alerts.ts';
import { cutAutolinkLiterals } from './convert/autolink-literal.ts';
import { placeAnchors } from './convert/anchors.ts';
import { takeAppliesTo } from './convert/applies-to.ts';
import { takeH1, type H1 } from './convert/h1.ts';
import { dropDuplicateIds } from './convert/duplicate-ids.ts';
import { fixHeadingLevels } from './convert/heading-levels.ts';
import { convertHtml } from './convert/html-elements.ts';
import { rewriteLinks, type PageLink } from './convert/links.ts';
import { hasErrors, quote, report } from './messages.ts';
import { mapBodyLines, type LineFix } from './read/body-lines.ts';
import { readFrontMatter, type LegacyFrontMatter } from './read/front-matter.ts';
import { expandIncludes } from './read/include.ts';
import { decodeInput } from './read/input-text.ts';
import { docfxImage } from './repair/docfx-image.ts';
import { docfxNoLoc } from './repair/docfx-no-loc.ts';
import { docfxUnknown } from './repair/docfx-unknown.ts';
import { headingSpacing } from './repair/heading-spacing.ts';
import { buildHtmlTrees } from './repair/html-tree.ts';
import { repairIndentedSegments } from './repair/indented-segments.ts';
import { repairSegmentBlocks } from './repair/segment-html-block.ts';
import { tableRowIndent } from './repair/table-row-indent.ts';

// DocFX (markdig) strikes through with `~~` only: a single `~` (`6/25~6/30`) is text.
const markdown = unified().use(remarkParse).use(remarkGfm, { singleTilde: false });
const parse = (text: string) => markdown.parse(text);

/** repair, line by line before parsing: what Markdown would misread. */
const lineRepairs = (file: VFile): LineFix[] => [
  headingSpacing(file), // `##<a name>` without a space
  tableRowIndent(file), // a table row indented like code
  docfxImage(file), // `:::image …:::`
  docfxNoLoc(file), // `:::no-loc …:::`
  docfxUnknown(file), // any other `:::…:::`
];

/** repair, on the parsed tree: blocks Markdown read otherwise than their writer meant, raw HTML paired. */
const treeRepairs: ((tree: Root, file: VFile) => void)[] = [
  (tree, file) => repairIndentedSegments(tree, file, parse), // side-by-side text indented as code
  (tree, file) => repairSegmentBlocks(tree, file, parse), // a segment opening on its own line
  (tree, file) => expandIncludes(tree, { file, load: loadInclude, stack: [] }), // [!INCLUDE]
  (tree, file) => buildHtmlTrees(tree, file), // loose tags → elements
];

/** read: bytes → text → front matter and body; undefined when it is bad input (reported). */
export function readLegacy(path: string, file: VFile): { text: string; frontMatter: LegacyFrontMatter; body: string } | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    report(file, 'error', code === 'ENOENT' ? 'File not found' : `Cannot read the file (${code ?? String(error)})`, 'read-error', { line: 1, column: 1 });
    return undefined;
  }
  const text = decodeInput(bytes, file);
  if (text === undefined) return undefined;
  file.value = text;
  const { frontMatter, body } = readFrontMatter(text, file);
  return { text, frontMatter, body };
}

/** Text → mdast with the line-level repairs done first. */
export function parseLegacyBody(body: string, file: VFile): Root {
  return parse(mapBodyLines(body, lineRepairs(file)));
}

function loadInclude(path: string, from: VFile, where: Position | undefined): Root | undefined {
  const inner = new VFile({ path, cwd: from.cwd });
  const legacy = readLegacy(path, inner);
  // The include's problems are the including page's warnings: the include stays visible as text.
  const problems = inner.messages.filter((m) => m.fatal !== null && m.fatal !== undefined);
  for (const m of problems) {
    const kept = m.fatal ? '; kept the include as text' : '';
    report(from, 'warning', `In the include ${quote(basename(path))} (line ${m.line ?? 1}): ${m.reason}${kept}`, m.ruleId ?? 'include', where);
  }
  if (!legacy) return undefined;
  return parseLegacyBody(legacy.body, inner);
}

/** read and repair: a legacy file up to its element trees (undefined after an error, reported). */
export function readLegacyTree(path: string, file: VFile): { frontMatter: LegacyFrontMatter; tree: Root } | undefined {
  const legacy = readLegacy(path, file);
  if (!legacy) return undefined;
  const tree = parseLegacyBody(legacy.body, file);
  for (const repair of treeRepairs) repair(tree, file);
  if (hasErrors(file)) return undefined;
  return { frontMatter: legacy.frontMatter, tree };
}

export interface Body {
  h1: H1 | undefined;
  appliesTo: string[] | undefined;
  links: PageLink[];
  firstParagraph: string | undefined;
}

/**
 * convert, on one variant of the tree (the translation, or the English beside it; side by side
 * segments are split before, by convert/side-by-side.ts). `verbose` false: a derived page, whose
 * file was reported already.
 */
export function convertBody(tree: Root, file: VFile, verbose: boolean, slug: string): Body {
  const quiet = verbose ? file : new VFile({ path: file.path });
  convertHtml(tree, { file: quiet }); // HTML elements, tables → Markdown or allowed HTML
  placeAnchors(tree, quiet); // `<a name>` → heading ids, `<a id />`
  const h1 = takeH1(tree, verbose ? file : undefined); // the H1 leaves the body (the layout's title)
  fixHeadingLevels(tree, verbose ? file : undefined); // no skipped heading levels
  dropDuplicateIds(tree, slug, h1?.id, verbose ? file : undefined); // one element per id
  const applies = takeAppliesTo(tree); // "Applies to" → front matter
  if (applies && verbose) {
    report(file, 'info', `Moved "Applies to" (${applies.items.map((i) => quote(i)).join(', ')}) to \`appliesTo\` in the front matter`, 'applies-to', applies.position);
  }
  convertAlerts(tree, verbose ? file : undefined); // `> [!NOTE]` → <Callout>
  cutAutolinkLiterals(tree, verbose ? file : undefined); // `https://a.com에서`: the address ends at the CJK
  const links = rewriteLinks(tree, { file: quiet, verbose }); // `.md` links, images, unsafe URLs
  const first = tree.children.find((n) => n.type === 'paragraph');
  return {
    h1,
    appliesTo: applies?.items,
    links,
    firstParagraph: first ? toString(first).replace(/\s+/g, ' ').trim() : undefined,
  };
}

/**
 * The body's HTML, read as one document by parse5 (code blanked first, so `<span>` quoted in
 * code is not HTML): every side-by-side pair, every `<a name>` / `<a id>` / `<a href>`. The
 * English side of a pair (its `sxs-lookup` span) is a copy of the text: its anchors are not
 * counted again, its `<a href>` links are kept with the pair (the en-us page's counterparts of
 * the translated links). Offsets are in the body's text (see markdown.ts).
 */
import type { Element, Nodes, RootContent } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
import type { VFile } from 'vfile';
import { quote, report } from '../../messages.ts';
import { attribute, isElement, isLookupSpan, isTranslatedSpan, pairAt, parseHtml, textOf } from './html.ts';
import type { Body } from './markdown.ts';

export interface Range {
  start: number;
  end: number;
}

export interface HtmlPair {
  id: string;
  start: number;
  /** Inside the translated span, the lookup span, and the English span. */
  translated: Range;
  lookup: Range;
  english: Range;
  /** The spans, for their text when they sit in an HTML block (no Markdown there). */
  translatedElement: Element;
  englishElement: Element;
  /** The `<a href>` links in the English span. */
  englishLinks: HtmlLink[];
}

export interface HtmlAnchor {
  id: string;
  start: number;
  /** `href` empty, `#` or absent: an anchor to land on, not a link. */
  target: boolean;
}

export interface HtmlLink {
  url: string;
  text: string;
  start: number;
  /** The start of the side-by-side pair whose translated span holds the link. */
  pair?: number;
}

export interface HtmlPass {
  pairs: HtmlPair[];
  anchors: HtmlAnchor[];
  links: HtmlLink[];
}

interface Located {
  position?: { start: { offset?: number }; end: { offset?: number } } | undefined;
  data?: { position?: { opening?: { end: { offset?: number } }; closing?: { start: { offset?: number } } } } | undefined;
}

const startOf = (node: Nodes) => node.position?.start.offset ?? 0;

/** `href` empty, `#` or absent: an anchor to land on, not a link. */
const isTarget = (href: string | undefined) => href === undefined || href === '' || href === '#';

/** Every `<a href>` under `node`. */
function linksIn(node: Nodes, found: HtmlLink[] = []): HtmlLink[] {
  if (isElement(node, 'a')) {
    const href = attribute(node, 'href')?.trim();
    if (!isTarget(href)) found.push({ url: href!, text: textOf(node, true), start: startOf(node) });
  }
  if ('children' in node) for (const child of node.children) linksIn(child as Nodes, found);
  return found;
}

/** The element's content: after its start tag, up to its end tag (or its last child). */
function inner(element: Element): Range {
  const e = element as Located;
  const start = e.data?.position?.opening?.end.offset ?? e.position?.start.offset ?? 0;
  const lastEnd = element.children.at(-1)?.position?.end.offset ?? start;
  return { start, end: e.data?.position?.closing?.start.offset ?? lastEnd };
}

/**
 * An indented code block holding side-by-side spans: the localization tool only wraps prose, so
 * the writer over-indented text (the legacy site showed the raw spans); read as text.
 */
export function isOverIndentedText(body: Body, node: MdastNodes): boolean {
  const from = node.position?.start.offset;
  return node.type === 'code' && from !== undefined && !/^ {0,3}(`{3,}|~{3,})/.test(body.text.slice(from)) && /<span\b[^>]*data-ttu-id=/i.test(node.value);
}

/** Code and autolinks blanked (same length, same lines): parse5 must not see them as tags. */
function blankCode(body: Body): string {
  const chars = body.text.split('');
  const visit = (node: MdastNodes) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    const autolink = node.type === 'link' && from !== undefined && body.text[from] === '<';
    if ((node.type === 'inlineCode' || autolink || (node.type === 'code' && !isOverIndentedText(body, node))) && from !== undefined && to !== undefined) {
      for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
      return;
    }
    if ('children' in node) (node.children as MdastNodes[]).forEach(visit);
  };
  visit(body.tree);
  return chars.join('');
}

export function readHtml(body: Body, file: VFile): HtmlPass {
  const root = parseHtml(blankCode(body));
  const pass: HtmlPass = { pairs: [], anchors: [], links: [] };
  const seen = new Set<string>();
  // parse5 may clone an unclosed `<a>` or `<span>` into later blocks: keep each tag once.
  const once = (kind: string, node: Nodes) => {
    const key = `${kind}@${startOf(node)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const visit = (children: readonly (RootContent | Element['children'][number])[], inPair?: number) => {
    for (let i = 0; i < children.length; i++) {
      const node = children[i] as Nodes;
      if (!isElement(node)) continue;
      const pair = pairAt(children, i);
      if (pair) {
        if (once('pair', pair.translated)) {
          pass.pairs.push({
            id: pair.id,
            start: startOf(pair.translated),
            translated: inner(pair.translated),
            lookup: { start: startOf(pair.lookup), end: pair.lookup.position?.end.offset ?? startOf(pair.lookup) },
            english: inner(pair.source),
            translatedElement: pair.translated,
            englishElement: pair.source,
            englishLinks: linksIn(pair.source),
          });
          const sourceId = attribute(pair.source, 'data-stu-id');
          if (sourceId !== pair.id) report(file, 'warning', `Side-by-side ids differ: translated ${quote(pair.id)}, English ${quote(sourceId ?? '')}; read them as one segment ${quote(pair.id)}`, 'segment-id', body.point(startOf(pair.translated)));
        }
        visit(pair.translated.children, startOf(pair.translated));
        i = pair.lookupIndex;
        continue;
      }
      if (isTranslatedSpan(node) && once('lone', node)) {
        report(file, 'warning', `Translated span ${quote(attribute(node, 'data-ttu-id')!)} has no English alongside: not a segment, not checked`, 'segment-source', body.point(startOf(node)));
      } else if (isLookupSpan(node) && once('lone', node)) {
        report(file, 'warning', `English ${quote(textOf(node).trim(), 40)} has no translated span before it: not a segment, not checked`, 'segment-translation', body.point(startOf(node)));
      }
      if (node.tagName === 'a' && once('a', node)) {
        const href = attribute(node, 'href')?.trim();
        const id = (attribute(node, 'name') ?? attribute(node, 'id'))?.trim();
        const target = isTarget(href);
        if (id) pass.anchors.push({ id, start: startOf(node), target });
        if (!target) pass.links.push({ url: href!, text: textOf(node, true), start: startOf(node), ...(inPair !== undefined ? { pair: inPair } : {}) });
      }
      visit(node.children, inPair);
    }
  };
  visit(root.children);
  return pass;
}

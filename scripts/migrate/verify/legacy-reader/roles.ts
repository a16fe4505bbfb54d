/**
 * Where things sit in the page, from the Markdown tree: the first `#` heading (the page's
 * title), the "Applies to" label and the list after it (the page's `appliesTo`), the HTML
 * blocks (no Markdown inside), and the text blocks of a page that is not side by side.
 */
import type { Nodes as HastNodes } from 'hast';
import type { Nodes, Root, RootContent } from 'mdast';
import { parseHtml, textOf } from './html.ts';
import type { HtmlPair, Range } from './html-pass.ts';
import { plain, type Body } from './markdown.ts';
import { normalise } from './types.ts';
import { variantText } from './variants.ts';
import { isAppliesLabel } from './words.ts';

export interface Roles {
  h1: Range | undefined;
  /** The H1's content (for its text). */
  h1Content: Range | undefined;
  appliesLabel: Range | undefined;
  appliesItems: Range | undefined;
  /** HTML blocks opened by a block tag (`<table>`, `<p>`…): no Markdown inside. */
  htmlBlocks: Range[];
}

/**
 * CommonMark's HTML blocks of kinds 1, 2 and 6. A block opened by an inline tag alone on its
 * line (kind 7: `1. <span data-ttu-id="x">` then the text on the next line) is an accident of
 * line wrapping by the localization tool: its text is read as Markdown.
 */
const blockHtml =
  /^\s*<(?:!--|\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|pre|script|search|section|style|summary|table|tbody|td|textarea|tfoot|th|thead|title|tr|track|ul)(?=[\s/>]|$))/i;

const rangeOf = (node: Nodes): Range => ({ start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 });

function contentRange(node: Nodes & { children: RootContent[] }): Range {
  const first = node.children[0];
  const last = node.children.at(-1);
  return first && last ? { start: rangeOf(first).start, end: rangeOf(last).end } : { start: rangeOf(node).end, end: rangeOf(node).end };
}

/** The first "Applies to" paragraph at the top level (label and list, or label and items inline). */
function appliesTo(body: Body, pairs: readonly HtmlPair[]): Pick<Roles, 'appliesLabel' | 'appliesItems'> {
  const children = body.tree.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    const strong = node.type === 'paragraph' ? node.children[0] : undefined;
    if (node.type !== 'paragraph' || strong?.type !== 'strong') continue;
    const label = contentRange(strong);
    const read = (variant: 'translated' | 'english') => variantText(body, pairs, label, variant);
    if (!isAppliesLabel(read('translated')) && !isAppliesLabel(read('english'))) continue;
    const rest = variantText(body, pairs, { start: rangeOf(strong).end, end: rangeOf(node).end }, 'translated').replace(/^[\s:：]+/u, '');
    const next = children[i + 1];
    if (rest === '' && next?.type === 'list') return { appliesLabel: rangeOf(node), appliesItems: rangeOf(next) };
    if (rest !== '') return { appliesLabel: rangeOf(node), appliesItems: undefined };
  }
  return { appliesLabel: undefined, appliesItems: undefined };
}

export function rolesOf(body: Body, pairs: readonly HtmlPair[]): Roles {
  const h1 = body.tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  const htmlBlocks: Range[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'html' && node.position && blockHtml.test(node.value)) htmlBlocks.push(rangeOf(node));
    else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') (node.children as Nodes[]).forEach(visit);
  };
  visit(body.tree);
  return {
    h1: h1 ? rangeOf(h1) : undefined,
    h1Content: h1 && h1.type === 'heading' ? contentRange(h1) : undefined,
    ...appliesTo(body, pairs),
    htmlBlocks,
  };
}

const blockTags = new Set(['p', 'td', 'th', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'caption', 'figcaption', 'pre', 'blockquote']);

/** The innermost blocks of a page that is not side by side, with their plain text. */
export function textBlocks(tree: Root): { text: string; start: number }[] {
  const blocks: { text: string; start: number }[] = [];
  const fromHtml = (node: HastNodes, offset: number): boolean => {
    let inner = false;
    if ('children' in node) for (const child of node.children) inner = fromHtml(child, offset) || inner;
    const block = node.type === 'element' && blockTags.has(node.tagName);
    if (block && !inner) {
      const text = normalise(textOf(node));
      if (text !== '') blocks.push({ text, start: offset + (node.position?.start.offset ?? 0) });
    }
    return inner || block;
  };
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset ?? 0;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code') {
      const text = normalise(plain([node]));
      if (text !== '') blocks.push({ text, start });
    } else if (node.type === 'html') {
      fromHtml(parseHtml(node.value), start);
    } else if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(tree);
  return blocks;
}

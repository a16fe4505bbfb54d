/**
 * Legacy anchors (`<a name="x"></a>`, `<a href="" id="x"></a>`) onto the right element:
 *
 * - in a heading (`## <a name="x"></a>Text`, with or without the space after `##`) → the
 *   heading's explicit id, written `## Text \{#x\}`;
 * - alone on the line before a heading → that heading's id;
 * - anywhere else → an `<a id="x" />` element where it stood (JSX, id only).
 *
 * Ids keep their legacy spelling so old deep links (`page.md#x`) still land.
 */
import type { Heading, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { quote, report } from '../messages.ts';
import type { Anchor } from './nodes.ts';

/** What an explicit heading id may hold (src/lib/mdx/heading-ids.ts: no white space, no braces). */
export function cleanId(id: string): string {
  return id.trim().replace(/[\s{}]+/g, '-');
}

function anchorElement(anchor: Anchor, flow: boolean): MdxJsxFlowElement | MdxJsxTextElement {
  const attributes = [{ type: 'mdxJsxAttribute' as const, name: 'id', value: cleanId(anchor.id) }];
  const node: MdxJsxFlowElement | MdxJsxTextElement = flow
    ? { type: 'mdxJsxFlowElement', name: 'a', attributes, children: [] }
    : { type: 'mdxJsxTextElement', name: 'a', attributes, children: [] };
  if (anchor.position) node.position = anchor.position;
  return node;
}

function checkId(anchor: Anchor, file: VFile): void {
  const clean = cleanId(anchor.id);
  if (clean !== anchor.id) {
    report(file, 'warning', `Anchor id ${quote(anchor.id)} has spaces or braces; wrote it as ${quote(clean)}`, 'anchor-id', anchor);
  }
}

function isBlankText(node: PhrasingContent): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'break';
}

/** Paragraph made only of anchors (and white space). */
function anchorsOnly(node: RootContent): Anchor[] | undefined {
  if (node.type === 'anchor') return [node];
  if (node.type !== 'paragraph') return undefined;
  const anchors = node.children.filter((c): c is Anchor => c.type === 'anchor');
  if (anchors.length === 0) return undefined;
  return node.children.every((c) => c.type === 'anchor' || isBlankText(c)) ? anchors : undefined;
}

function trimStart(children: PhrasingContent[]): void {
  const first = children[0];
  if (first?.type === 'text') {
    first.value = first.value.replace(/^\s+/, '');
    if (first.value === '') children.shift();
  }
}

function headingAnchors(heading: Heading, file: VFile): void {
  const out: PhrasingContent[] = [];
  const visitInline = (nodes: PhrasingContent[]): PhrasingContent[] => {
    const kept: PhrasingContent[] = [];
    for (const node of nodes) {
      if (node.type === 'anchor') {
        checkId(node, file);
        if (heading.data?.explicitId === undefined) {
          heading.data = { ...heading.data, explicitId: cleanId(node.id) };
          // The H1 leaves the body (h1.ts reports on its anchor).
          if (heading.depth > 1) report(file, 'info', `Converted the heading anchor ${quote(node.raw)} to the heading id \`\\{#${cleanId(node.id)}\\}\``, 'heading-anchor', node);
        } else {
          report(file, 'warning', `Heading already has the id ${quote(heading.data.explicitId)}; kept the anchor ${quote(node.id)} as \`<a id>\` in it`, 'heading-anchor', node);
          kept.push(anchorElement(node, false) as PhrasingContent);
        }
      } else {
        if ('children' in node) (node as { children: PhrasingContent[] }).children = visitInline(node.children as PhrasingContent[]);
        kept.push(node);
      }
    }
    return kept;
  };
  out.push(...visitInline(heading.children));
  trimStart(out);
  heading.children = out;
}

function inlineAnchors(nodes: PhrasingContent[], file: VFile): PhrasingContent[] {
  return nodes.map((node) => {
    if (node.type === 'anchor') {
      checkId(node, file);
      report(file, 'info', `Kept the anchor ${quote(node.raw)} as \`<a id="${cleanId(node.id)}" />\``, 'anchor', node);
      return anchorElement(node, false) as PhrasingContent;
    }
    if (node.type === 'segment') {
      node.children = inlineAnchors(node.children, file);
      node.source = node.source.filter((n) => n.type !== 'anchor');
      return node;
    }
    if ('children' in node) (node as { children: PhrasingContent[] }).children = inlineAnchors(node.children as PhrasingContent[], file);
    return node;
  });
}

function placeIn(parent: Parents, file: VFile): void {
  const children = parent.children as RootContent[];
  const out: RootContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'heading') {
      headingAnchors(node, file);
      out.push(node);
      continue;
    }
    const anchors = anchorsOnly(node);
    if (anchors) {
      const next = children[i + 1];
      if (next?.type === 'heading') {
        headingAnchors(next, file);
        const free = next.data?.explicitId === undefined;
        const [first, ...rest] = anchors;
        if (free && first) {
          checkId(first, file);
          next.data = { ...next.data, explicitId: cleanId(first.id) };
          report(file, 'info', `Moved the anchor ${quote(first.raw)} onto the heading after it: \`\\{#${cleanId(first.id)}\\}\``, 'heading-anchor', first);
        }
        for (const anchor of free ? rest : anchors) {
          checkId(anchor, file);
          report(file, 'info', `Kept the anchor ${quote(anchor.raw)} as \`<a id="${cleanId(anchor.id)}" />\` before the heading`, 'anchor', anchor);
          out.push(anchorElement(anchor, true) as RootContent);
        }
        continue;
      }
      for (const anchor of anchors) {
        checkId(anchor, file);
        report(file, 'info', `Kept the anchor ${quote(anchor.raw)} as \`<a id="${cleanId(anchor.id)}" />\``, 'anchor', anchor);
        out.push(anchorElement(anchor, true) as RootContent);
      }
      continue;
    }
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      (node as Paragraph).children = inlineAnchors(node.children, file);
    } else if ('children' in node) {
      placeIn(node as Parents, file);
    }
    out.push(node);
  }
  parent.children = out as typeof parent.children;
}

export function placeAnchors(tree: Root, file: VFile): void {
  placeIn(tree, file);
}

/** Every anchor id of a tree that still holds `anchor` nodes (for the H1 and the slug). */
export function firstAnchorId(nodes: readonly RootContent[]): string | undefined {
  for (const node of nodes) {
    if (node.type === 'anchor') return node.id;
    if ('children' in node) {
      const found = firstAnchorId(node.children as RootContent[]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

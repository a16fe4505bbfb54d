/**
 * Raw HTML elements (rebuilt by html-tree.ts) → Markdown, or a safe MDX equivalent:
 *
 * - `<strong>`/`<b>` → `**…**`, `<em>`/`<i>` → `_…_`, `<code>` → `` `…` ``, `<br>` → a line break,
 *   `<p>`, `<ul>`/`<ol>`/`<li>`, `<h1>`…`<h6>`, `<img>`, `<pre>`, `<blockquote>`, `<hr>` → Markdown;
 * - `<sup>`, `<sub>`, `<kbd>` → the same element in JSX, without attributes;
 * - `<a href>` → a link, `<a name|id>` → an anchor (anchors.ts places it), tables → html-table.ts;
 * - layout-only wrappers (`<span>`, `<div>`, `<font>`, `<center>`…) → their content, reported;
 * - `<script>`, `<style>`, `<iframe>`, forms… → never live: shown as code, reported;
 * - unknown tags → their tags kept visibly as text, reported; comments → MDX comments.
 *
 * Event-handler attributes and `javascript:` URLs are dropped and reported.
 *
 * This file walks the tree; each element is converted by html-tags.ts, and runs of inline
 * content are wrapped in paragraphs where blocks stand (html-phrasing.ts).
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import type { VFile } from 'vfile';
import { quote, report } from '../messages.ts';
import { flowParents, text, withPosition, wrapPhrasing } from './html-phrasing.ts';
import { convertElement } from './html-tags.ts';
import type { HtmlComment } from './nodes.ts';

export interface HtmlContext {
  file: VFile;
}

function comment(node: HtmlComment, flow: boolean, file: VFile): RootContent {
  const value = `/* ${node.value.trim().replace(/\*\//g, '* /')} */`;
  report(file, 'info', `Kept the HTML comment ${quote(node.value.trim())} as an MDX comment`, 'html-comment', node);
  const expression: MdxFlowExpression | MdxTextExpression = flow ? { type: 'mdxFlowExpression', value } : { type: 'mdxTextExpression', value };
  return withPosition(expression, node) as RootContent;
}

/** Converts raw HTML in a list of siblings; `flow` says whether they are blocks. */
export function convertNodes(nodes: readonly RootContent[], flow: boolean, ctx: HtmlContext): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === 'htmlElement') out.push(...convertElement(node, flow, ctx, convertNodes));
    else if (node.type === 'htmlComment') out.push(comment(node, flow, ctx.file));
    else if (node.type === 'segment') {
      node.children = convertNodes(node.children, false, ctx) as PhrasingContent[];
      node.source = convertNodes(node.source, false, { file: ctx.file }) as PhrasingContent[];
      out.push(node);
    } else if (node.type === 'html') {
      // Left over (html-tree.ts pairs every tag): never passed through.
      report(ctx.file, 'warning', `Kept raw HTML ${quote(node.value)} as text`, 'unknown-html', node);
      out.push(withPosition(text(node.value), node));
    } else if ('children' in node) {
      const parentFlow = flowParents.has(node.type);
      (node as { children: RootContent[] }).children = convertNodes(node.children as RootContent[], parentFlow, ctx);
      out.push(node);
    } else out.push(node);
  }
  return flow ? wrapPhrasing(out, ctx.file) : out;
}

/** Converts raw HTML everywhere in `tree`. */
export function convertHtml(tree: Root, ctx: HtmlContext): void {
  tree.children = convertNodes(tree.children, true, ctx) as Root['children'];
}

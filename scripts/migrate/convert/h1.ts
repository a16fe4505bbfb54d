/**
 * The legacy `# <a name="slug"></a>Title` heading. The layout renders the title as the page's
 * `<h1 id="<slug>">`, so the H1 leaves the body: its text is the page's `heading` when it is not
 * the title (front-matter-map.ts), or the title when there is none. Its anchor, when
 * it is not the slug (`# <a name="view-customer-activity-logs"></a>…` in `activity-logs.md`),
 * stays on the page as `<a id="view-customer-activity-logs" />` at the top of the body, so
 * legacy links to `activity-logs.md#view-customer-activity-logs` still land. Later H1s become
 * `##`, reported.
 */
import type { Heading, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { quote, report } from '../messages.ts';

export interface H1 {
  text: string;
  /** The explicit id from its legacy anchor. */
  id: string | undefined;
  position: Position | undefined;
}

/** Removes the first H1 (and demotes others); returns it. `file` undefined: no reports. */
export function takeH1(tree: Root, file: VFile | undefined): H1 | undefined {
  let h1: H1 | undefined;
  const out: Root['children'] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) {
      if (!h1) {
        h1 = { text: toString(node).replace(/\s+/g, ' ').trim(), id: node.data?.explicitId, position: node.position };
        continue;
      }
      (node as Heading).depth = 2;
      if (file) report(file, 'warning', `Another \`#\` heading ${quote(toString(node))}: the page has one title; made it \`##\``, 'extra-h1', node);
    }
    out.push(node);
  }
  tree.children = out;
  return h1;
}

/** Reports an H1 whose anchor is not the slug (the page's `<h1>` gets the slug as its id). */
export function checkH1(h1: H1 | undefined, slug: string, title: string, file: VFile): void {
  if (!h1) {
    report(file, 'info', 'No `#` heading: the layout renders the title as the heading', 'h1', { line: 1, column: 1 });
    return;
  }
  if (h1.id !== undefined && h1.id !== slug) {
    report(file, 'info', `The H1's anchor ${quote(h1.id)} is not the slug ${quote(slug)}: kept it as \`<a id="${h1.id}" />\` at the top of the page, so links to \`#${h1.id}\` land`, 'h1-anchor', h1.position);
  }
  if (h1.text !== '' && h1.text !== title) {
    report(file, 'info', `The H1 ${quote(h1.text)} is not the title ${quote(title)}: kept it as the page's \`heading\` (its <h1>; the title names the page in the browser and in navigation)`, 'h1-title', h1.position);
  } else {
    report(file, 'info', 'Removed the H1: the layout renders the title as the page heading', 'h1', h1.position);
  }
}

/** Puts the H1's own anchor, when it is not the slug, at the top of the body (see above). */
export function keepH1Anchor(tree: Root, h1: H1 | undefined, slug: string): void {
  if (h1?.id === undefined || h1.id === slug) return;
  const anchor: MdxJsxFlowElement = { type: 'mdxJsxFlowElement', name: 'a', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: h1.id }], children: [] };
  if (h1.position) anchor.position = h1.position;
  tree.children.unshift(anchor);
}

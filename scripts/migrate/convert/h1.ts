/**
 * The legacy `# <a name="slug"></a>Title` heading. The layout renders the title as the page's
 * `<h1 id="<slug>">`, so the H1 leaves the body: its text backs up the title, its anchor backs
 * up the slug (and must equal it, else reported). Later H1s become `##`, reported.
 */
import type { Heading, Root } from 'mdast';
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
    report(
      file,
      'warning',
      `The H1's anchor ${quote(h1.id)} differs from the slug ${quote(slug)}: the page's heading id is the slug, so links to \`#${h1.id}\` will not land`,
      'h1-anchor',
      h1.position,
    );
  }
  if (h1.text !== '' && h1.text !== title) {
    report(file, 'warning', `The H1 ${quote(h1.text)} differs from the title ${quote(title)}; the page shows the title`, 'h1-title', h1.position);
  } else {
    report(file, 'info', 'Removed the H1: the layout renders the title as the page heading', 'h1', h1.position);
  }
}

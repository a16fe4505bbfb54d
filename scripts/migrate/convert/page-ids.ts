/** The ids an MDX page renders: heading ids exactly as the site computes them (src/lib/mdx/), and `<a id>` anchors. */
import type { Root, RootContent } from 'mdast';
import type { ReadPage } from '../../../src/lib/mdx/read-page.ts';

export function jsxAnchorIds(tree: Root): string[] {
  const ids: string[] = [];
  const visit = (node: RootContent | Root) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      for (const a of node.attributes) {
        if (a.type === 'mdxJsxAttribute' && a.name === 'id' && typeof a.value === 'string') ids.push(a.value);
      }
    }
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  visit(tree);
  return ids;
}

/** Every id of a page read by the site's reader: its slug (the title's), `<a id>` anchors, heading ids. */
export function pageIds(page: ReadPage, slug: string): Set<string> {
  const ids = new Set<string>([slug]);
  for (const a of jsxAnchorIds(page.tree)) ids.add(a);
  for (const h of page.headings) ids.add(h.id);
  return ids;
}

/** The ids an MDX page renders: heading ids exactly as the site computes them, and `<a id>` anchors. */
import type { Root, RootContent } from 'mdast';
import { assignHeadingIds } from '../../../src/lib/heading-ids.ts';

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

/** Every id of the page (the tree is modified: explicit ids are taken out of heading text). */
export function pageIds(tree: Root, slug: string): Set<string> {
  const ids = new Set<string>([slug]);
  for (const a of jsxAnchorIds(tree)) ids.add(a);
  for (const h of assignHeadingIds(tree, slug)) ids.add(h.id);
  return ids;
}

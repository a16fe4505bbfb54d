/**
 * An anchor given twice on one page, as in `customer-support.md`, whose H1 and a later `##` both
 * carry `<a name="customer-support">`: two elements with one id are invalid HTML, and a link can
 * land on only one of them (the browser takes the first: the title). The later heading's id gets a
 * number (`customer-support-2`, the same in every locale, so translations keep the English page's
 * anchors), reported; links to the legacy id land on the first, as they did.
 * Runs after the H1 left the body: the page's slug is the title's id.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { quote, report } from '../messages.ts';

/** `h1Anchor`: the H1's own anchor, kept at the top of the page when it is not the slug. */
export function dropDuplicateIds(tree: Root, slug: string, h1Anchor: string | undefined, file: VFile | undefined): void {
  const seen = new Set<string>([slug, ...(h1Anchor === undefined ? [] : [h1Anchor])]);
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') check(node);
      else if ('children' in node) visit(node.children as RootContent[]);
    }
  };
  const check = (heading: Heading) => {
    const id = heading.data?.explicitId;
    if (id === undefined) return;
    if (!seen.has(id)) {
      seen.add(id);
      return;
    }
    let n = 2;
    while (seen.has(`${id}-${n}`)) n++;
    const renamed = `${id}-${n}`;
    heading.data!.explicitId = renamed;
    seen.add(renamed);
    if (file) {
      const what = id === slug || id === h1Anchor ? "the page's title's anchor" : 'the id of an earlier heading';
      report(file, 'warning', `The anchor ${quote(id)} is ${what} too: gave this heading the id ${quote(renamed)}; links to \`#${id}\` land on the first`, 'duplicate-id', heading.position?.start);
    }
  };
  visit(tree.children);
}

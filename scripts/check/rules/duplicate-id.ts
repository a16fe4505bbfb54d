/**
 * `duplicate-id`: every id on a page is given once: the title's (the slug), the headings'
 * explicit ids and the `<a id>` anchors. Two elements with one id are invalid HTML, and a link
 * lands on the first only (the legacy `competency-*.md` pages gave `#silver` and `#gold` twice).
 * Automatic heading ids never collide: src/lib/mdx/heading-ids.ts makes them unique.
 */
import type { PageRule } from '../context.ts';

export const duplicateIdRule: PageRule = {
  id: 'duplicate-id',
  description: 'an id is given once per page',
  scope: 'page',
  checkPage(page, context) {
    const first = new Map<string, { line: number; kind: string }>();
    // The title's id comes first in the page, whatever the order the anchors were found in.
    const anchors = [...page.anchors].sort((a, b) => Number(b.kind === 'layout') - Number(a.kind === 'layout'));
    for (const anchor of anchors) {
      if (anchor.kind === 'heading' && !anchor.explicit) continue;
      const earlier = first.get(anchor.id);
      if (!earlier) {
        first.set(anchor.id, { line: anchor.line, kind: anchor.kind });
        continue;
      }
      const where = earlier.kind === 'layout' ? "the page's title (its slug)" : `line ${earlier.line}`;
      context.report(anchor, 'error', this.id, `The id "${anchor.id}" is already given by ${where}: links to #${anchor.id} land there only. Give this one another id, or remove it.`);
    }
  },
};

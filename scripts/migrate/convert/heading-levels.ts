/**
 * Headings that skip a level, as in `customer-accounts.md` (`#` title, then `###`) or
 * `non-payment--fraud--or-misuse.md` (`##` then `####`): a screen reader's outline of the page
 * then has holes, and the content checker (`heading-increment`) rejects it. Each heading becomes
 * one level below the heading it belongs to, keeping the page's shape:
 *
 *   # Title / ### A / #### A.1 / ### B   →   (title) / ## A / ### A.1 / ## B
 *
 * The page's title is level 1 (the layout renders it); each change is reported.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { quote, report } from '../messages.ts';

export function fixHeadingLevels(tree: Root, file: VFile | undefined): void {
  const open: { written: number; level: number }[] = [];
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') fix(node);
      else if ('children' in node && node.type !== 'table') visit(node.children as RootContent[]);
    }
  };
  const fix = (heading: Heading) => {
    while (open.length > 0 && open.at(-1)!.written >= heading.depth) open.pop();
    const level = Math.min(heading.depth, (open.at(-1)?.level ?? 1) + 1) as Heading['depth'];
    open.push({ written: heading.depth, level });
    if (level === heading.depth) return;
    if (file) {
      report(file, 'warning', `The heading ${quote(toString(heading))} skips a level (${'#'.repeat(heading.depth)} under ${'#'.repeat(level - 1)}): made it ${'#'.repeat(level)}, so the page's outline has no holes`, 'heading-level', heading.position?.start);
    }
    heading.depth = level;
  };
  visit(tree.children);
}

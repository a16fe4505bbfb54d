/**
 * Parses a repaired piece of a legacy block again as Markdown, with its nodes' positions moved
 * back onto the legacy file, so that messages about them still name the right line and column.
 * `place` maps a point of the repaired text (1-based) to the legacy file.
 */
import type { Root, RootContent } from 'mdast';
import type { Point } from 'unist';

export type PlacePoint = (point: Point) => Point;

export function reparse(text: string, parse: (text: string) => Root, place: PlacePoint): RootContent[] {
  const nodes = parse(text).children;
  const visit = (node: RootContent) => {
    if (node.position) node.position = { start: place(node.position.start), end: place(node.position.end) };
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  nodes.forEach(visit);
  return nodes;
}

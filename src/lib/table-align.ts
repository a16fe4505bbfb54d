/**
 * Table column alignment as classes, not inline styles. A GFM table's alignment (`| :-: |`)
 * reaches the page as `style="text-align:center"` on every cell, which the site's
 * Content-Security-Policy (`style-src 'self'`) blocks, with a console error per cell. This remark
 * plugin moves it to a class on the cells (`align-center`, `align-right`, `align-left`; styled in
 * src/styles/global.css) and removes it from the table, so no inline style is written.
 */
import type { Root, TableCell } from 'mdast';
import { visit } from 'unist-util-visit';

export function remarkTableAlignClasses() {
  return (tree: Root) => {
    visit(tree, 'table', (table) => {
      const align = table.align ?? [];
      if (!align.some(Boolean)) return;
      table.align = align.map(() => null);
      for (const row of table.children) {
        row.children.forEach((cell: TableCell, index) => {
          const side = align[index];
          if (!side) return;
          const data = (cell.data ??= {}) as { hProperties?: Record<string, unknown> };
          data.hProperties = { ...data.hProperties, className: [`align-${side}`] };
        });
      }
    });
  };
}

/**
 * Table column alignment as classes, not inline styles. A GFM table's alignment (`| :-: |`)
 * reaches the page as `style="text-align:center"` on every cell, which the site's
 * Content-Security-Policy (`style-src 'self'`) blocks, with a console error per cell. This remark
 * plugin moves it to a class on the cells (`align-center`, `align-right`, `align-left`; styled in
 * src/styles/global.css) and removes it from the table, so no inline style is written.
 *
 * Every table is also focusable (`tabindex="0"`): on a phone a wide table scrolls sideways in its
 * own box (global.css), and a keyboard user must be able to reach and scroll it (WCAG 2.1.1).
 */
import type { Root, TableCell } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** An HTML table written in the page (`<table>` in MDX): focusable too. */
function focusableHtmlTables(tree: Root): void {
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'table' || node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name.toLowerCase() === 'tabindex')) return;
    node.attributes.push({ type: 'mdxJsxAttribute', name: 'tabIndex', value: '0' });
  });
}

export function remarkTableAlignClasses() {
  return (tree: Root) => {
    focusableHtmlTables(tree);
    visit(tree, 'table', (table) => {
      const own = (table.data ??= {}) as { hProperties?: Record<string, unknown> };
      own.hProperties = { ...own.hProperties, tabIndex: 0 };
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

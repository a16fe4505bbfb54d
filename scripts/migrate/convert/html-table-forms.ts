/**
 * The two forms an HTML table becomes (html-table.ts says which and why): a GFM table of inline
 * cells, or a plain HTML table in JSX, the subset the content checker allows (`table`, `thead`,
 * `tbody`, `tr`, `th`, `td`; `colspan`/`rowspan` on cells, `scope` on `<th>`), its header cells
 * `<th scope="col">` and its row headers `<th scope="row">`.
 */
import type { PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { attr } from '../repair/html-tree.ts';
import { tidyBlocks } from './html-table-cells.ts';
import type { Cell, Row } from './html-table-rows.ts';

/** The values of `scope` kept on a `<th>`. */
export const scopes = new Set(['col', 'row', 'colgroup', 'rowgroup']);

function jsx(name: string, attributes: MdxJsxAttribute[], children: RootContent[]): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes, children: children as MdxJsxFlowElement['children'] };
}

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

export function htmlTable(rows: Row[], headerCount: number, starts: number[][], rowHeaders: Set<Cell>): MdxJsxFlowElement {
  const cell = (c: Cell, header: boolean, start: number): MdxJsxFlowElement => {
    const th = header || c.th || rowHeaders.has(c);
    const attributes: MdxJsxAttribute[] = [];
    if (c.colspan > 1) attributes.push(attribute('colspan', String(c.colspan)));
    if (c.rowspan > 1) attributes.push(attribute('rowspan', String(c.rowspan)));
    if (th) {
      const legacy = (attr(c.element, 'scope') ?? '').toLowerCase();
      const scope = scopes.has(legacy) ? legacy : header ? 'col' : start === 0 ? 'row' : undefined;
      if (scope) attributes.push(attribute('scope', scope));
    }
    return jsx(th ? 'th' : 'td', attributes, tidyBlocks(c.content));
  };
  const row = (r: number, header: boolean) => jsx('tr', [], rows[r]!.cells.map((c, i) => cell(c, header, starts[r]![i]!)));
  const indexes = rows.map((_, r) => r);
  const groups: MdxJsxFlowElement[] = [];
  if (headerCount > 0) groups.push(jsx('thead', [], indexes.slice(0, headerCount).map((r) => row(r, true))));
  if (rows.length > headerCount) groups.push(jsx('tbody', [], indexes.slice(headerCount).map((r) => row(r, false))));
  return jsx('table', [], groups);
}

export function gfmTable(cells: PhrasingContent[][][]): Table {
  const width = Math.max(1, ...cells.map((r) => r.length));
  const children: TableRow[] = cells.map((row) => {
    const out: TableCell[] = row.map((content) => ({ type: 'tableCell', children: content }));
    while (out.length < width) out.push({ type: 'tableCell', children: [] });
    return { type: 'tableRow', children: out };
  });
  return { type: 'table', align: Array.from({ length: width }, () => null), children };
}

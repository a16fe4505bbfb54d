/**
 * An HTML table's rows and cells, read as a browser reads them (for html-table.ts): a `<tr>`,
 * `<td>` or row group that opens inside an unclosed row or cell (html-tree.ts nests it there)
 * ends that row or cell; cells outside a row get a row of their own; header rows come first and
 * footer rows last, wherever they are written. Besides the rows: the caption, the content that
 * stood outside the cells, the anchors of the table and its row groups, and every element whose
 * attributes to look at.
 */
import type { RootContent } from 'mdast';
import { attr } from '../repair/html-tree.ts';
import type { Anchor, HtmlElement } from './nodes.ts';

export interface Cell {
  element: HtmlElement;
  /** The cell's own children (without cells or rows an unclosed tag swallowed). */
  children: RootContent[];
  th: boolean;
  colspan: number;
  rowspan: number;
  /** Converted content (flow nodes), anchors first. */
  content: RootContent[];
}

export interface Row {
  element: HtmlElement | undefined;
  group: 'head' | 'body' | 'foot';
  cells: Cell[];
}

export interface Collected {
  rows: Row[];
  caption: HtmlElement[];
  /** Content outside the cells (HTML moves it before the table). */
  stray: RootContent[];
  /** Anchors of the table and its row groups (before the table). */
  anchors: Anchor[];
  /** Elements whose attributes to look at. */
  elements: HtmlElement[];
  colgroup: boolean;
  /** A row or cell held the next rows or cells: a closing tag was missing. */
  unclosed: boolean;
}

function span(cell: HtmlElement, name: string): number {
  const value = Number(attr(cell, name) ?? '1');
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/** The anchor an element's `id` or `name` gives, if any. */
export function anchorOf(element: HtmlElement): Anchor | undefined {
  const id = (attr(element, 'id') ?? attr(element, 'name'))?.trim();
  if (!id) return undefined;
  const anchor: Anchor = { type: 'anchor', id, raw: element.raw };
  if (element.position) anchor.position = element.position;
  return anchor;
}

const isBlankText = (node: RootContent) => node.type === 'text' && node.value.trim() === '';

const isElement = (node: RootContent, ...tags: string[]): node is HtmlElement => node.type === 'htmlElement' && tags.includes(node.tagName);
const tableParts = ['td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'caption', 'colgroup', 'col'];

/**
 * The rows and cells, read as a browser reads them: a `<tr>`, `<td>` or row group that opens
 * inside an unclosed row or cell (html-tree.ts nests it there) ends that row or cell.
 */
export function collect(table: HtmlElement): Collected {
  const found: Collected = { rows: [], caption: [], stray: [], anchors: [], elements: [table], colgroup: false, unclosed: false };
  let group: Row['group'] = 'body';
  let row: Row | undefined;
  const visit = (nodes: readonly RootContent[], inside: 'table' | 'row' | 'cell') => {
    for (const node of nodes) {
      if (node.type !== 'htmlElement' || !tableParts.includes(node.tagName)) {
        if (!isBlankText(node)) found.stray.push(node);
        continue;
      }
      const tag = node.tagName;
      if (inside === 'cell' || (inside === 'row' && tag !== 'td' && tag !== 'th')) found.unclosed = true;
      found.elements.push(node);
      if (tag === 'td' || tag === 'th') {
        // Cells outside a row: HTML puts them in a row of their own.
        if (!row) found.rows.push((row = { element: undefined, group, cells: [] }));
        const own = node.children.findIndex((c) => isElement(c, ...tableParts));
        const children = own === -1 ? node.children : node.children.slice(0, own);
        row.cells.push({ element: node, children, th: tag === 'th', colspan: span(node, 'colspan'), rowspan: span(node, 'rowspan'), content: [] });
        if (own !== -1) visit(node.children.slice(own), 'cell');
      } else if (tag === 'tr') {
        found.rows.push((row = { element: node, group, cells: [] }));
        visit(node.children, 'row');
      } else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
        row = undefined;
        group = tag === 'thead' ? 'head' : tag === 'tfoot' ? 'foot' : 'body';
        const anchor = anchorOf(node);
        if (anchor) found.anchors.push(anchor);
        visit(node.children, 'table');
        group = 'body';
      } else if (tag === 'colgroup' || tag === 'col') {
        found.colgroup = true;
      } else {
        found.caption.push(node);
      }
    }
  };
  visit(table.children, 'table');
  const tableAnchor = anchorOf(table);
  if (tableAnchor) found.anchors.unshift(tableAnchor);
  // HTML shows the header rows first and the footer rows last, wherever they are written.
  const order = { head: 0, body: 1, foot: 2 };
  found.rows.sort((a, b) => order[a.group] - order[b.group]);
  return found;
}

/**
 * HTML tables (`<table>`, `<caption>`, `<colgroup>`, `<thead>`/`<tbody>`/`<tfoot>`, `<tr>`,
 * `<th>`/`<td>`, Markdown and HTML inside cells) → one of two forms, reported (info) at the
 * table's line:column with what decided it. Every cell's content is kept: text, links, images,
 * side-by-side segments, anchors.
 *
 * 1. A GFM table, when every cell holds only inline content: paragraphs in a cell are joined with
 *    `<br />`, a segment stays `<Segment id source>…</Segment>` inside the cell (inline JSX in a
 *    GFM cell is valid MDX and renders inside the cell: test/unit/migrate/table-render.test.ts).
 *    It needs exactly one header row, no row or column span, no `<th>` outside the header row,
 *    and no `|` inside a JSX attribute or expression of a cell (a segment's English, an anchor
 *    id): a GFM row splits at any `|` that is not in text or code.
 *
 * 2. Otherwise (lists, code blocks or other blocks in a cell, spans, several header rows, no header
 *    row) a plain HTML table in JSX, the subset the content checker allows (its `html` rule,
 *    scripts/check/rules/html.ts): `table`, `thead`, `tbody`, `tr`, `th`, `td`, with
 *    only `colspan`/`rowspan` on cells and `scope` on `<th>`. Cells hold Markdown, each block on
 *    lines of its own, which MDX parses as Markdown. The site renders a real table, so screen
 *    readers get its rows, columns and headers. Plain HTML rather than a component of ours: it
 *    needs no code, renders the same with or without the site's components, keeps the table
 *    semantics without ARIA, and stays readable to the translators who edit it.
 *
 * The header row: the rows of `<thead>`; else a first row made only of `<th>`; else a first row
 * whose cells are each wholly bold (`<td><p><strong>…</strong></p></td>`; empty cells allowed,
 * as a corner cell), which becomes the header without its bold. A first row with a row span is
 * never taken for a header. A table with none of these has no header row: it gets the HTML form,
 * without one, rather than a header invented from a data row (every cell would be read out under
 * a wrong header) or an empty one (GFM's only other way: screen readers announce blank headers).
 * In the HTML form the header cells are `<th scope="col">`; the first column's body cells become
 * row headers, `<th scope="row">` without bold, when each of them is wholly bold (a label for its
 * row: "**Global admin** | what a global admin can do") or a legacy `<th>`. A GFM table keeps
 * such bold as bold (it has no row headers).
 *
 * Read as a browser reads it: a `<tr>` or `<td>` that opens inside an unclosed row or cell (the
 * legacy `create-user-accounts-and-set-permissions.md` misses a `</tr>`, which html-tree.ts nests)
 * ends that row or cell, with a warning; header rows first, footer rows last.
 *
 * Kept beside the table: `id`/`name` on the table or a row group → an anchor before it; on a row
 * or cell → an anchor at the start of its (first) cell (anchors.ts writes `<a id>`). A
 * `<caption>` and anything HTML would move out of a table (text or elements outside the cells)
 * → before the table, with a warning. Dropped with a note in the info: presentation the site's
 * stylesheet owns (`<colgroup>`/`<col>` widths, `class`, `style`, `width`, `align`…). Dropped
 * with a warning: any other attribute (`title`, `lang`, `summary`…). Event handlers and unsafe
 * URLs: html-attributes.ts.
 *
 * A table in inline content (inside a paragraph or a link) cannot stay a table: its cells become
 * text, one cell a line, with a warning.
 */
import type { PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { reportAttributes } from './html-attributes.ts';
import { inlineCell, isEmptyCell, pipeInAttribute, tidyBlocks, unbolded } from './html-table-cells.ts';
import { attr } from '../repair/html-tree.ts';
import { quote, report } from '../messages.ts';
import type { Anchor, HtmlElement } from './nodes.ts';

type Convert = (nodes: readonly RootContent[], flow: boolean, ctx: { file: VFile }) => RootContent[];

interface Cell {
  element: HtmlElement;
  /** The cell's own children (without cells or rows an unclosed tag swallowed). */
  children: RootContent[];
  th: boolean;
  colspan: number;
  rowspan: number;
  /** Converted content (flow nodes), anchors first. */
  content: RootContent[];
}

interface Row {
  element: HtmlElement | undefined;
  group: 'head' | 'body' | 'foot';
  cells: Cell[];
}

/** What the site's stylesheet owns: dropped, noted in the info. */
const presentational = new Set([
  'class', 'style', 'width', 'height', 'align', 'valign', 'border', 'cellpadding', 'cellspacing', 'bgcolor', 'nowrap',
  'frame', 'rules', 'char', 'charoff', 'span',
]);
const scopes = new Set(['col', 'row', 'colgroup', 'rowgroup']);

function span(cell: HtmlElement, name: string): number {
  const value = Number(attr(cell, name) ?? '1');
  return Number.isInteger(value) && value > 0 ? value : 1;
}

function anchorOf(element: HtmlElement): Anchor | undefined {
  const id = (attr(element, 'id') ?? attr(element, 'name'))?.trim();
  if (!id) return undefined;
  const anchor: Anchor = { type: 'anchor', id, raw: element.raw };
  if (element.position) anchor.position = element.position;
  return anchor;
}

const isBlankText = (node: RootContent) => node.type === 'text' && node.value.trim() === '';

interface Collected {
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

const isElement = (node: RootContent, ...tags: string[]): node is HtmlElement => node.type === 'htmlElement' && tags.includes(node.tagName);
const tableParts = ['td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'caption', 'colgroup', 'col'];

/**
 * The rows and cells, read as a browser reads them: a `<tr>`, `<td>` or row group that opens
 * inside an unclosed row or cell (html-tree.ts nests it there) ends that row or cell.
 */
function collect(table: HtmlElement): Collected {
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

/** Attributes that are neither kept nor presentation nor already reported (html-attributes.ts). */
function droppedAttributes(elements: readonly HtmlElement[]): { presentation: Set<string>; other: string[] } {
  const presentation = new Set<string>();
  const other: string[] = [];
  for (const element of elements) {
    const tag = element.tagName;
    for (const { name, value } of element.attributes) {
      if (name === 'id' || name === 'name' || name.startsWith('on')) continue;
      if ((tag === 'td' || tag === 'th') && (name === 'colspan' || name === 'rowspan')) continue;
      if (tag === 'th' && name === 'scope' && scopes.has((value ?? '').toLowerCase())) continue;
      if (presentational.has(name) || name.startsWith('data-')) presentation.add(`\`${name}\``);
      else other.push(`\`${name}\` on \`<${tag}>\` (line ${element.position?.start.line ?? '?'})`);
    }
  }
  return { presentation, other };
}

type HeaderSource = 'thead' | 'th' | 'bold' | undefined;

/** How many rows make the header, and where it came from; unbolds a bold header row. */
function findHeader(rows: Row[]): { count: number; source: HeaderSource } {
  const head = rows.filter((r) => r.group === 'head').length;
  if (head > 0) return { count: head, source: 'thead' };
  const first = rows[0];
  if (!first || first.cells.length === 0 || first.cells.some((c) => c.rowspan > 1)) return { count: 0, source: undefined };
  if (first.cells.every((c) => c.th)) return { count: 1, source: 'th' };
  if (rows.length < 2) return { count: 0, source: undefined };
  const plain = first.cells.map((c) => (isEmptyCell(c.content) ? c.content : unbolded(c.content)));
  if (plain.some((p) => p === undefined) || first.cells.every((c) => isEmptyCell(c.content))) return { count: 0, source: undefined };
  first.cells.forEach((cell, i) => (cell.content = plain[i]!));
  return { count: 1, source: 'bold' };
}

function jsx(name: string, attributes: MdxJsxAttribute[], children: RootContent[]): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes, children: children as MdxJsxFlowElement['children'] };
}

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

/** The grid column where each cell starts, row spans from rows above taken into account. */
function startColumns(rows: readonly Row[]): number[][] {
  const covered: number[] = [];
  return rows.map((row) => {
    let column = 0;
    const starts = row.cells.map((cell) => {
      while ((covered[column] ?? 0) > 0) column++;
      const start = column;
      for (let k = 0; k < cell.colspan; k++) covered[column + k] = cell.rowspan;
      column += cell.colspan;
      return start;
    });
    for (let k = 0; k < covered.length; k++) if ((covered[k] ?? 0) > 0) covered[k]!--;
    return starts;
  });
}

/**
 * The body cells of the first column when each of them is a `<th>` or wholly bold (a label for
 * its row, as in "**Global admin** | what a global admin can do"): row headers, without bold.
 */
function findRowHeaders(rows: Row[], headerCount: number, starts: number[][]): Set<Cell> {
  const width = Math.max(0, ...rows.map((row, r) => (row.cells.length === 0 ? 0 : starts[r]!.at(-1)! + row.cells.at(-1)!.colspan)));
  const first: Cell[] = [];
  for (let r = headerCount; r < rows.length; r++) {
    const i = starts[r]!.indexOf(0);
    if (i !== -1) first.push(rows[r]!.cells[i]!);
  }
  if (width < 2 || first.length === 0 || first.every((c) => c.th)) return new Set();
  const plain = first.map((c) => (c.th ? c.content : unbolded(c.content)));
  if (plain.some((p) => p === undefined)) return new Set();
  first.forEach((cell, i) => (cell.content = plain[i]!));
  return new Set(first);
}

function htmlTable(rows: Row[], headerCount: number, starts: number[][], rowHeaders: Set<Cell>): MdxJsxFlowElement {
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

function gfmTable(cells: PhrasingContent[][][]): Table {
  const width = Math.max(1, ...cells.map((r) => r.length));
  const children: TableRow[] = cells.map((row) => {
    const out: TableCell[] = row.map((content) => ({ type: 'tableCell', children: content }));
    while (out.length < width) out.push({ type: 'tableCell', children: [] });
    return { type: 'tableRow', children: out };
  });
  return { type: 'table', align: Array.from({ length: width }, () => null), children };
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const headerNote: Record<NonNullable<HeaderSource>, (count: number) => string> = {
  thead: (count) => (count === 1 ? 'header row from `<thead>`' : `${count} header rows from \`<thead>\``),
  th: () => 'header row: the first row, all `<th>`',
  bold: () => 'header row: the first row, all bold (bold removed)',
};

/** A table where only phrasing may stand: its cells as text, one cell a line. */
function inlineFallback(table: HtmlElement, found: Collected, ctx: { file: VFile }, convert: Convert): RootContent[] {
  const out: PhrasingContent[] = [];
  for (const row of found.rows) {
    for (const cell of row.cells) {
      const nodes = convert(cell.children, false, ctx) as PhrasingContent[];
      if (toString({ type: 'paragraph', children: nodes }).trim() === '' && !nodes.some((n) => n.type === 'anchor' || n.type === 'image')) continue;
      if (out.length > 0) out.push({ type: 'break' });
      out.push(...nodes);
    }
  }
  report(ctx.file, 'warning', `An HTML table inside inline content (a paragraph, a link…) cannot stay a table: kept the text of its cells, one cell a line`, 'html-table', table);
  return out as RootContent[];
}

export function convertTable(table: HtmlElement, flow: boolean, ctx: { file: VFile }, convert: Convert): RootContent[] {
  const { file } = ctx;
  const found = collect(table);
  for (const element of found.elements) reportAttributes(element, file);
  if (!flow) return inlineFallback(table, found, ctx, convert);

  // Beside the table: anchors, the caption, anything outside the cells.
  const before: RootContent[] = [...found.anchors];
  const warnings: string[] = [];
  if (found.caption.length > 0) {
    for (const caption of found.caption) before.push(...convert(caption.children, true, ctx));
    warnings.push('kept its `<caption>` as a paragraph before it');
  }
  if (found.stray.length > 0) {
    before.push(...convert(found.stray, true, ctx));
    warnings.push(`moved ${quote(found.stray.map((n) => (n.type === 'htmlElement' ? n.raw : toString(n))).join(' '))}, which stood outside its cells, before it`);
  }
  if (found.unclosed) warnings.push('a row or cell was not closed (`</tr>`, `</td>` missing): read the rows and cells as a browser does');
  const { presentation, other } = droppedAttributes(found.elements);
  if (other.length > 0) warnings.push(`dropped the attributes ${list(other)}`);
  const notes: string[] = [];
  const dropped = [...(found.colgroup ? ['column widths (`<colgroup>`)'] : []), ...presentation];
  if (dropped.length > 0) notes.push(`dropped ${list(dropped)} (the site's stylesheet lays tables out)`);

  const { rows } = found;
  if (rows.length === 0) {
    report(file, 'warning', `Dropped an HTML table with no rows${warnings.length ? `; ${warnings.join('; ')}` : ''}`, 'html-table', table);
    return before;
  }

  for (const row of rows) {
    for (const cell of row.cells) {
      cell.content = convert(cell.children, true, ctx);
      const anchor = anchorOf(cell.element);
      if (anchor) cell.content.unshift(anchor);
    }
    const anchor = row.element && anchorOf(row.element);
    if (anchor && row.cells[0]) row.cells[0].content.unshift(anchor);
    else if (anchor) before.push(anchor);
  }
  const header = findHeader(rows);
  const inline = rows.map((row) => row.cells.map((cell) => inlineCell(cell.content)));

  const reasons: string[] = [];
  const blocks = new Set(inline.flatMap((row) => row.flatMap((cell) => cell.blocks)));
  if (blocks.size > 0) reasons.push(`its cells hold ${list([...blocks])}`);
  if (rows.some((row) => row.cells.some((c) => c.colspan > 1 || c.rowspan > 1))) reasons.push('it has row or column spans');
  if (header.count === 0) reasons.push('it has no header row (no `<thead>`, no first row of `<th>` or of bold cells)');
  if (header.count > 1) reasons.push(`it has ${header.count} header rows`);
  if (rows.slice(header.count).some((row) => row.cells.some((c) => c.th))) reasons.push('it has `<th>` cells in its body');
  if (blocks.size === 0 && inline.some((row) => row.some((cell) => pipeInAttribute(cell.phrasing!)))) {
    reasons.push('a cell has a `|` in a segment\'s English or an anchor id, which splits a Markdown table row');
  }

  const size = `${rows.length} row${rows.length === 1 ? '' : 's'}`;
  const headerText = header.source ? [headerNote[header.source](header.count)] : [];
  let node: Table | MdxJsxFlowElement;
  let message: string;
  if (reasons.length === 0) {
    node = gfmTable(inline.map((row) => row.map((cell) => cell.phrasing!)));
    message = `Converted an HTML table (${size}) to a Markdown table; ${[...headerText, ...notes].join('; ')}`;
  } else {
    const starts = startColumns(rows);
    const rowHeaders = findRowHeaders(rows, header.count, starts);
    const rowText = rowHeaders.size > 0 ? ['row headers: the first column, all bold (bold removed)'] : [];
    node = htmlTable(rows, header.count, starts, rowHeaders);
    message = `Converted an HTML table (${size}) to a plain HTML table, as a Markdown table cannot hold it: ${list(reasons)}${[...headerText, ...rowText, ...notes].map((n) => `; ${n}`).join('')}`;
  }
  if (table.position) node.position = table.position;
  report(file, 'info', message, 'html-table', table);
  if (warnings.length > 0) report(file, 'warning', `In the HTML table: ${warnings.join('; ')}`, 'html-table', table);
  return [...before, node];
}

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
 *
 * The steps: the rows and cells read as a browser reads them (html-table-rows.ts), their content
 * converted, the header found (html-table-header.ts), the form chosen here and built by
 * html-table-forms.ts.
 */
import type { PhrasingContent, RootContent, Table } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { reportAttributes } from './html-attributes.ts';
import { inlineCell, pipeInAttribute } from './html-table-cells.ts';
import { gfmTable, htmlTable, scopes } from './html-table-forms.ts';
import { findHeader, findRowHeaders, startColumns, type HeaderSource } from './html-table-header.ts';
import { anchorOf, collect, type Collected } from './html-table-rows.ts';
import { quote, report } from '../messages.ts';
import type { HtmlElement } from './nodes.ts';

type Convert = (nodes: readonly RootContent[], flow: boolean, ctx: { file: VFile }) => RootContent[];

/** What the site's stylesheet owns: dropped, noted in the info. */
const presentational = new Set([
  'class', 'style', 'width', 'height', 'align', 'valign', 'border', 'cellpadding', 'cellspacing', 'bgcolor', 'nowrap',
  'frame', 'rules', 'char', 'charoff', 'span',
]);

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

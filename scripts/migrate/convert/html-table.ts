/**
 * HTML tables (`<table>`, `<colgroup>`, `<thead>`, `<tr>`, `<th>`/`<td>`, `<p>` inside cells)
 * → a GFM table; line breaks and paragraphs inside a cell become `<br />`. A table a GFM table
 * cannot hold (row or column spans, lists or code in cells) becomes the same table in JSX with
 * only `colspan`/`rowspan` kept, reported.
 */
import type { PhrasingContent, RootContent, Table, TableCell, TableRow, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { reportAttributes } from './html-attributes.ts';
import { attr } from '../repair/html-tree.ts';
import { report } from '../messages.ts';
import type { HtmlElement } from './nodes.ts';

type Convert = (nodes: readonly RootContent[], flow: boolean, ctx: { file: VFile }) => RootContent[];

interface Cell {
  element: HtmlElement;
  header: boolean;
}

interface Row {
  cells: Cell[];
  inHead: boolean;
}

function elements(nodes: readonly RootContent[]): HtmlElement[] {
  return nodes.filter((n): n is HtmlElement => n.type === 'htmlElement');
}

function collectRows(table: HtmlElement, file: VFile): { rows: Row[]; dropped: string[] } {
  const rows: Row[] = [];
  const dropped: string[] = [];
  const visit = (nodes: readonly RootContent[], inHead: boolean) => {
    for (const el of elements(nodes)) {
      if (el.tagName === 'tr') {
        rows.push({
          inHead,
          cells: elements(el.children)
            .filter((c) => c.tagName === 'td' || c.tagName === 'th')
            .map((c) => ({ element: c, header: c.tagName === 'th' })),
        });
      } else if (el.tagName === 'thead') visit(el.children, true);
      else if (el.tagName === 'tbody' || el.tagName === 'tfoot') visit(el.children, false);
      else if (el.tagName === 'colgroup' || el.tagName === 'col') dropped.push(el.tagName);
      else if (el.tagName === 'caption') dropped.push('caption');
      else {
        report(file, 'warning', `Ignored \`<${el.tagName}>\` directly inside a table`, 'html-table', el);
      }
    }
  };
  visit(table.children, false);
  return { rows, dropped };
}

const blockTypes = new Set(['list', 'code', 'table', 'heading', 'blockquote', 'thematicBreak', 'mdxJsxFlowElement']);

function span(cell: HtmlElement, name: string): number {
  const value = Number(attr(cell, name) ?? '1');
  return Number.isFinite(value) && value > 0 ? value : 1;
}

function trimPhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  const blank = (n: PhrasingContent | undefined) => n !== undefined && (n.type === 'break' || (n.type === 'text' && n.value.trim() === ''));
  while (blank(out[0])) out.shift();
  while (blank(out.at(-1))) out.pop();
  return out.map((n) => (n.type === 'text' ? ({ ...n, value: n.value.replace(/\s*\n\s*/g, ' ') } as Text) : n));
}

const br = (): MdxJsxTextElement => ({ type: 'mdxJsxTextElement', name: 'br', attributes: [], children: [] });

/** A cell's content as one line of phrasing: paragraphs and breaks joined with `<br />`. */
function cellPhrasing(nodes: RootContent[]): PhrasingContent[] | undefined {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (blockTypes.has(node.type)) return undefined;
    if (node.type === 'paragraph') {
      if (out.length > 0) out.push({ type: 'break' });
      out.push(...node.children);
    } else out.push(node as PhrasingContent);
  }
  return trimPhrasing(out).map((n) => (n.type === 'break' ? br() : n));
}

export function convertTable(table: HtmlElement, flow: boolean, ctx: { file: VFile }, convert: Convert): RootContent[] {
  const { file } = ctx;
  const { rows, dropped } = collectRows(table, file);
  if (rows.length === 0) {
    report(file, 'warning', 'Dropped an HTML table with no rows', 'html-table', table);
    return [];
  }
  for (const el of [table, ...rows.flatMap((r) => r.cells.map((c) => c.element))]) reportAttributes(el, file);
  const converted = rows.map((row) => row.cells.map((cell) => convert(cell.element.children, true, ctx)));
  const spans = rows.some((row) => row.cells.some((c) => span(c.element, 'colspan') > 1 || span(c.element, 'rowspan') > 1));
  const phrasing = converted.map((row) => row.map(cellPhrasing));
  const simple = !spans && phrasing.every((row) => row.every((c) => c !== undefined));

  if (simple && flow) {
    const width = Math.max(...rows.map((r) => r.cells.length));
    const first = rows[0]!;
    const hasHeader = first.inHead || (first.cells.length > 0 && first.cells.every((c) => c.header));
    const tableRows: TableRow[] = phrasing.map((row) => {
      const cells: TableCell[] = row.map((content) => ({ type: 'tableCell', children: content! }));
      while (cells.length < width) cells.push({ type: 'tableCell', children: [] });
      return { type: 'tableRow', children: cells };
    });
    const node: Table = { type: 'table', align: Array.from({ length: width }, () => null), children: tableRows };
    if (table.position) node.position = table.position;
    const notes = [
      !hasHeader ? 'the first row became the header row (Markdown tables need one)' : '',
      dropped.length > 0 ? `dropped ${[...new Set(dropped)].map((d) => `\`<${d}>\``).join(', ')}` : '',
    ].filter(Boolean);
    report(file, 'info', `Converted an HTML table (${rows.length} rows) to a Markdown table${notes.length ? `; ${notes.join('; ')}` : ''}`, 'html-table', table);
    return [node];
  }

  // JSX table: same structure, only spans kept.
  const jsxCell = (cell: Cell, content: RootContent[]): MdxJsxFlowElement => {
    const attributes: MdxJsxAttribute[] = [];
    for (const name of ['colspan', 'rowspan']) {
      const n = span(cell.element, name);
      if (n > 1) attributes.push({ type: 'mdxJsxAttribute', name, value: String(n) });
    }
    return { type: 'mdxJsxFlowElement', name: cell.header ? 'th' : 'td', attributes, children: content as MdxJsxFlowElement['children'] };
  };
  const jsx: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: 'table',
    attributes: [],
    children: [
      {
        type: 'mdxJsxFlowElement',
        name: 'tbody',
        attributes: [],
        children: rows.map((row, r) => ({
          type: 'mdxJsxFlowElement',
          name: 'tr',
          attributes: [],
          children: row.cells.map((cell, c) => jsxCell(cell, converted[r]![c]!)),
        })),
      },
    ],
  };
  if (table.position) jsx.position = table.position;
  report(
    file,
    'warning',
    `Kept an HTML table as a JSX table (${spans ? 'it has row or column spans' : 'its cells hold lists, code or other blocks'}); only \`colspan\`/\`rowspan\` kept`,
    'html-table',
    table,
  );
  return [jsx];
}

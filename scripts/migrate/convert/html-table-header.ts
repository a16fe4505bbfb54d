/**
 * A table's headers (for html-table.ts): the header rows (from `<thead>`, a first row of `<th>`,
 * or a first row of wholly bold cells, unbolded), the grid column where each cell starts (row and
 * column spans taken into account), and the row headers of the HTML form (a first column of `<th>`
 * or of wholly bold cells, unbolded).
 */
import { isEmptyCell, unbolded } from './html-table-cells.ts';
import type { Cell, Row } from './html-table-rows.ts';

export type HeaderSource = 'thead' | 'th' | 'bold' | undefined;

/** How many rows make the header, and where it came from; unbolds a bold header row. */
export function findHeader(rows: Row[]): { count: number; source: HeaderSource } {
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

/** The grid column where each cell starts, row spans from rows above taken into account. */
export function startColumns(rows: readonly Row[]): number[][] {
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
export function findRowHeaders(rows: Row[], headerCount: number, starts: number[][]): Set<Cell> {
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

/** The check's per-file table and its one-line verdict (what `migrate.ts --check` prints last). */

export interface Figures {
  file: string;
  page: string;
  segments: [number, number];
  anchors: [number, number];
  links: [number, number];
  linksLost: number;
  frontMatterLost: number;
  failed: boolean;
  /** Why the file is not checked (a table of contents is not a page). */
  skipped?: string;
}

const pct = ([a, b]: [number, number]) => (b === 0 ? '100%' : `${Math.floor((a / b) * 1000) / 10}%`);

export function table(rows: readonly Figures[], total: Figures): string[] {
  const cells = (r: Figures) => [
    r.file,
    r.page,
    `${r.segments[0]}/${r.segments[1]}`,
    `${r.anchors[0]}/${r.anchors[1]}`,
    `${r.links[0]}/${r.links[1]}${r.linksLost > 0 ? ` (${r.linksLost} lost)` : ''}`,
    r.skipped !== undefined ? `not checked: ${r.skipped}` : r.failed && r.segments[1] === 0 && r.page === '-' ? 'unreadable' : r.frontMatterLost > 0 ? `${r.frontMatterLost} lost` : 'ok',
  ];
  const header = ['file', 'page', 'segments kept', 'anchors kept', 'links resolved', 'front matter'];
  const body = rows.map(cells);
  const totalRow = cells(total);
  totalRow[5] = total.frontMatterLost > 0 ? `${total.frontMatterLost} lost` : total.failed ? 'see above' : 'ok';
  const all = [header, ...body, totalRow];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line), widths.map((w) => '-'.repeat(w)).join('  '), line(totalRow)];
}

export function verdict(total: Figures): string {
  const parts = [
    `segments kept ${total.segments[0]}/${total.segments[1]} (${pct(total.segments)})`,
    `anchors kept ${total.anchors[0]}/${total.anchors[1]} (${pct(total.anchors)})`,
    `links resolved ${total.links[0]}/${total.links[1]}${total.linksLost > 0 ? `, ${total.linksLost} lost` : ''}`,
  ];
  const unresolved = total.links[1] - total.links[0] - total.linksLost;
  const outcome = total.failed
    ? 'Something was lost or could not be read: see the errors above.'
    : `Nothing lost${unresolved > 0 ? `; ${unresolved} link${unresolved === 1 ? '' : 's'} point at pages not written yet` : ''}.`;
  return `${parts.join('; ')}. ${outcome}`;
}

/**
 * The check's figures: per file, per input and locale, and the total; the table and the lines
 * `migrate.ts --check` prints last (what was mapped, what was superseded, the verdict).
 * Kept or mapped items count against what the page must have; superseded ones (another file's
 * page won) are counted apart, never as kept nor as lost.
 */

export type Item = 'segments' | 'anchors' | 'links';

/** Ways a legacy item is in the page in another form (counted and explained, not lost). */
export const mappedKinds = {
  heading: "H1 kept as the page's `heading` (not its title)",
  'applies-to': "English 'Applies to' line kept as the en-us `appliesTo`",
  'fixed-anchor': 'link to an anchor fixed by a writer in content/',
  'renamed-slug': 'link by a file name that is not the slug, to the page’s slug',
} as const;
export type MappedKind = keyof typeof mappedKinds;

export interface Figures {
  file: string;
  page: string;
  /** The input (as given) the file came from, and the file's locale. */
  input?: string;
  locale?: string;
  /** [kept or mapped, expected in the pages]: superseded items are not expected. */
  segments: [number, number];
  anchors: [number, number];
  links: [number, number];
  linksLost: number;
  frontMatterLost: number;
  mapped: Partial<Record<MappedKind, number>>;
  superseded: Record<Item | 'frontMatter', number>;
  /** What superseded the file's pages (`the ja-jp page comes from file (why)`). */
  supersededBy: string[];
  /** Pages the file also gives that another file wins, agreeing on everything this file says. */
  agreeing: number;
  failed: boolean;
  /** Why the file is not checked (a table of contents is not a page). */
  skipped?: string;
}

export function emptyFigures(file: string, page: string, extra: Partial<Figures> = {}): Figures {
  return {
    file,
    page,
    segments: [0, 0],
    anchors: [0, 0],
    links: [0, 0],
    linksLost: 0,
    frontMatterLost: 0,
    mapped: {},
    superseded: { segments: 0, anchors: 0, links: 0, frontMatter: 0 },
    supersededBy: [],
    agreeing: 0,
    failed: false,
    ...extra,
  };
}

/** Sums rows into one (the total, or a group). */
export function sumFigures(file: string, page: string, rows: readonly Figures[]): Figures {
  const total = emptyFigures(file, page);
  for (const r of rows) {
    for (const item of ['segments', 'anchors', 'links'] as const) {
      total[item][0] += r[item][0];
      total[item][1] += r[item][1];
      total.superseded[item] += r.superseded[item];
    }
    total.superseded.frontMatter += r.superseded.frontMatter;
    total.linksLost += r.linksLost;
    total.frontMatterLost += r.frontMatterLost;
    total.agreeing += r.agreeing;
    for (const [kind, n] of Object.entries(r.mapped) as [MappedKind, number][]) total.mapped[kind] = (total.mapped[kind] ?? 0) + n;
    total.failed ||= r.failed;
  }
  return total;
}

const pct = ([a, b]: [number, number]) => (b === 0 ? '100%' : `${Math.floor((a / b) * 1000) / 10}%`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const mappedCount = (r: Figures) => Object.values(r.mapped).reduce((n, m) => n + m, 0);

function cells(r: Figures): string[] {
  const figure = (item: Item) => `${r[item][0]}/${r[item][1]}${r.superseded[item] > 0 ? ` +${r.superseded[item]} superseded` : ''}`;
  const frontMatter = `${r.frontMatterLost > 0 ? `${r.frontMatterLost} lost` : 'ok'}${r.superseded.frontMatter > 0 ? ` +${r.superseded.frontMatter} superseded` : ''}`;
  const last = r.skipped !== undefined ? `not checked: ${r.skipped}` : r.failed && r.segments[1] === 0 && r.page === '-' ? 'unreadable' : frontMatter;
  return [r.file, r.page, figure('segments'), figure('anchors'), `${figure('links')}${r.linksLost > 0 ? ` (${r.linksLost} lost)` : ''}`, last, mappedCount(r) > 0 ? String(mappedCount(r)) : ''];
}

/** The table: one line per row, then the total (and `groups`, per input and locale, under it). */
export function table(rows: readonly Figures[], total: Figures, groups: readonly Figures[] = []): string[] {
  const header = ['file', 'page', 'segments kept', 'anchors kept', 'links resolved', 'front matter', 'mapped'];
  const body = rows.map(cells);
  const totalRow = cells(total);
  if (total.frontMatterLost === 0 && total.failed) totalRow[5] = 'see above';
  const groupRows = groups.map(cells);
  const all = [header, ...body, totalRow, ...groupRows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...body.map(line), rule, line(totalRow), ...(groupRows.length > 0 ? [rule, ...groupRows.map(line)] : [])];
}

/** What was mapped (by kind) and what was superseded (by file, with what won), if anything. */
export function summary(rows: readonly Figures[], total: Figures): string[] {
  const lines: string[] = [];
  const kinds = Object.entries(total.mapped) as [MappedKind, number][];
  if (kinds.length > 0) {
    lines.push(`Mapped (in the page in another form, not lost): ${kinds.map(([kind, n]) => `${n} × ${mappedKinds[kind]}`).join('; ')}.`);
  }
  if (total.agreeing > 0) {
    lines.push(`Agreeing: ${plural(total.agreeing, 'page')} also come${total.agreeing === 1 ? 's' : ''} from another file that wins, with everything this file says in it (as the en-us page recovered from each translation of a page).`);
  }
  const superseded = rows.filter((r) => r.supersededBy.length > 0);
  if (superseded.length > 0) {
    lines.push('Superseded (another file gives the page; what only this file says is not in it by design, not counted as lost):');
    for (const r of superseded) {
      const what = (['segment', 'anchor', 'link'] as const).filter((i) => r.superseded[`${i}s`] > 0).map((i) => plural(r.superseded[`${i}s`], i));
      if (r.superseded.frontMatter > 0) what.push(`${plural(r.superseded.frontMatter, 'front matter field')}`);
      lines.push(`  ${r.file}: ${r.supersededBy.join('; ')}${what.length > 0 ? ` — ${what.join(', ')}` : ' — nothing of it differs'}`);
    }
  }
  return lines;
}

export function verdict(total: Figures): string {
  const item = (label: string, i: Item) => `${label} ${total[i][0]}/${total[i][1]} (${pct(total[i])})${total.superseded[i] > 0 ? ` +${total.superseded[i]} superseded` : ''}`;
  const parts = [
    item('segments kept', 'segments'),
    item('anchors kept', 'anchors'),
    `links resolved ${total.links[0]}/${total.links[1]}${total.linksLost > 0 ? `, ${total.linksLost} lost` : ''}${total.superseded.links > 0 ? ` +${total.superseded.links} superseded` : ''}`,
  ];
  if (mappedCount(total) > 0) parts.push(`${plural(mappedCount(total), 'item')} mapped`);
  const unresolved = total.links[1] - total.links[0] - total.linksLost;
  const outcome = total.failed
    ? 'Something was lost or could not be read: see the errors above.'
    : `Nothing lost${unresolved > 0 ? `; ${plural(unresolved, 'link')} unresolved (no such page or heading yet)` : ''}.`;
  return `${parts.join('; ')}. ${outcome}`;
}

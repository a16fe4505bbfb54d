/**
 * How current a translation is, from the source hash it records and the English page's hash now
 * (src/lib/source-hash.ts). One function for the checker and the site's status page; below it,
 * what the status page (`/status/`) shows of those states.
 */
import type { TranslationState } from './translation-state.ts';

export type Freshness = 'fresh' | 'stale' | 'unknown';

export function translationFreshness(recorded: unknown, current: string | undefined): Freshness {
  if (typeof recorded !== 'string' || recorded.trim() === '' || !current) return 'unknown';
  const hash = recorded.trim().toLowerCase();
  // A shortened hash (at least 7 hex digits, as git prints them) matches its full form.
  return hash.length >= 7 && current.toLowerCase().startsWith(hash) ? 'fresh' : 'stale';
}

// The status page (`/status/`): the states a cell can be in, their counts per language, what each
// one means (the legend), and the bar chart of the counts, drawn at build time as plain SVG.

/** A page's state in one language: exactly one of these. */
export type StatusKey = 'source' | 'up-to-date' | 'stale' | 'unknown' | 'missing';
/** What the counts table and the chart count: the states, and the translations by type. */
export type CountKey = StatusKey | 'machine' | 'human';
export const countKeys = ['source', 'up-to-date', 'stale', 'unknown', 'machine', 'human', 'missing'] as const satisfies readonly CountKey[];

export function statusKey(state: TranslationState): StatusKey {
  if (state.kind !== 'translated') return state.kind;
  return state.freshness === 'fresh' ? 'up-to-date' : state.freshness;
}

export function statusCounts(states: readonly TranslationState[]): Record<CountKey, number> {
  const counts = Object.fromEntries(countKeys.map((k) => [k, 0])) as Record<CountKey, number>;
  for (const state of states) {
    counts[statusKey(state)] += 1;
    if (state.kind === 'translated') counts[state.type] += 1;
  }
  return counts;
}

export interface LegendEntry {
  key: CountKey;
  /** Shown before the state in a cell of the per-page table (decoration: the words say it too). */
  symbol: string;
  name: string;
  meaning: string;
}

/** The legend, in the order of the counts table. */
export const statusLegend: readonly LegendEntry[] = [
  { key: 'source', symbol: '●', name: 'Source', meaning: 'The English page: every translation is made from it.' },
  { key: 'up-to-date', symbol: '✓', name: 'Up to date', meaning: 'Translated from the English page as it is now (its recorded translation.sourceHash matches).' },
  { key: 'stale', symbol: '!', name: 'Stale', meaning: 'The English page has changed since it was translated: the page tells readers so, with the date.' },
  { key: 'unknown', symbol: '?', name: 'Unknown', meaning: 'The translation records no source hash, so whether it is current cannot be told.' },
  { key: 'machine', symbol: '⚙', name: 'Machine', meaning: 'Translated by machine: the page says so and links to the English page. Counted with its state as well.' },
  { key: 'human', symbol: '', name: 'Human', meaning: 'Translated by a person (every translation not marked as machine). Counted with its state as well.' },
  { key: 'missing', symbol: '–', name: 'Missing', meaning: 'No page in that language: its readers see the English page (with no English, the first translation), with a notice.' },
];

export const legendEntry = (key: CountKey): LegendEntry => statusLegend.find((e) => e.key === key)!;

/**
 * A cell's words on the status page (after its symbol): the state first ("up to date", which stays on one line),
 * then its details, so that a narrow table wraps between them ("stale" / "since 2018-04-08").
 */
export function statusLabelParts(state: TranslationState): string[] {
  switch (state.kind) {
    case 'source':
      return ['source'];
    case 'missing':
      return ['missing', '(English shown)'];
    case 'translated': {
      const parts = state.freshness === 'fresh' ? ['up to date'] : state.freshness === 'stale' ? ['stale', `since ${state.sourceUpdated ?? 'an English update'}`] : ['unknown', '(no source hash)'];
      return state.type === 'machine' ? [...parts.slice(0, -1), `${parts.at(-1)},`, 'machine'] : parts;
    }
  }
}

export interface BarChartRow {
  key: CountKey;
  label: string;
  value: number;
  /** Geometry in SVG user units. */
  y: number;
  barWidth: number;
  /** Where the number is written: just after the bar. */
  valueX: number;
}

export interface BarChart {
  width: number;
  height: number;
  /** Where the bars start (after the labels). */
  barX: number;
  rowHeight: number;
  barHeight: number;
  rows: BarChartRow[];
  /** The chart as one sentence, for its accessible name. */
  text: string;
}

/**
 * One language's group of bars: one horizontal bar per count, on a scale shared by every group
 * (`max`, the number of pages), so groups can be compared side by side. A count above zero is at
 * least 2 units wide, so a single stale page still shows.
 */
export function barChart(
  title: string,
  counts: Record<CountKey, number>,
  max: number,
  { width = 300, labelWidth = 84, valueWidth = 36, rowHeight = 22, barHeight = 14, top = 0 } = {},
): BarChart {
  const barSpace = width - labelWidth - valueWidth;
  const rows = countKeys.map((key, i): BarChartRow => {
    const value = counts[key];
    const scaled = max > 0 ? (value / max) * barSpace : 0;
    const barWidth = value > 0 ? Math.max(2, Math.round(scaled * 10) / 10) : 0;
    return { key, label: legendEntry(key).name, value, y: top + i * rowHeight, barWidth, valueX: labelWidth + barWidth + 4 };
  });
  const text = `${title}: ${rows.map((r) => `${r.value} ${r.label.toLowerCase()}`).join(', ')}.`;
  return { width, height: top + rows.length * rowHeight, barX: labelWidth, rowHeight, barHeight, rows, text };
}

/** What the status page shows of the translation states: keys, counts, legend, bar chart. */
import { describe, expect, it } from 'vitest';
import type { TranslationState } from '../../src/lib/translation-state.ts';
import { barChart, countKeys, statusCounts, statusKey, statusLabelParts, statusLegend } from '../../src/lib/translation-status.ts';

const fresh: TranslationState = { kind: 'translated', type: 'human', freshness: 'fresh', sourceUpdated: '2026-11-01' };
const staleMachine: TranslationState = { kind: 'translated', type: 'machine', freshness: 'stale', sourceUpdated: '2026-11-21' };
const unknown: TranslationState = { kind: 'translated', type: 'human', freshness: 'unknown', sourceUpdated: undefined };

describe('status page', () => {
  it('gives each state one key, and counts the translations by state and by type', () => {
    expect([{ kind: 'source' } as const, fresh, staleMachine, unknown, { kind: 'missing' } as const].map(statusKey)).toEqual([
      'source',
      'up-to-date',
      'stale',
      'unknown',
      'missing',
    ]);
    expect(statusCounts([fresh, fresh, staleMachine, unknown, { kind: 'missing' }])).toEqual({
      source: 0,
      'up-to-date': 2,
      stale: 1,
      unknown: 1,
      machine: 1,
      human: 3,
      missing: 1,
    });
  });

  it('says a stale translation since when, and that a machine made it', () => {
    expect(statusLabelParts(staleMachine).join(' ')).toBe('stale since 2026-11-21, machine');
    expect(statusLabelParts({ ...staleMachine, type: 'human', sourceUpdated: undefined }).join(' ')).toBe('stale since an English update');
  });

  it('puts the state first, then its details', () => {
    expect(statusLabelParts(staleMachine)).toEqual(['stale', 'since 2026-11-21,', 'machine']);
    expect(statusLabelParts({ ...staleMachine, type: 'human', freshness: 'fresh' })).toEqual(['up to date']);
    expect(statusLabelParts({ ...staleMachine, freshness: 'unknown' })).toEqual(['unknown', '(no source hash),', 'machine']);
    expect(statusLabelParts({ kind: 'missing' })).toEqual(['missing', '(English shown)']);
  });

  it('has a legend entry, with a name and a meaning, for everything it counts', () => {
    expect(statusLegend.map((e) => e.key)).toEqual([...countKeys]);
    for (const entry of statusLegend) expect(entry.name && entry.meaning).toBeTruthy();
  });

  it('draws one bar per count on a shared scale, a single page still visible, and says it all in words', () => {
    const chart = barChart('Japanese (ja-jp)', statusCounts([...Array(99).fill(fresh), staleMachine]), 100, { width: 300, labelWidth: 80, valueWidth: 20 });
    const bar = (key: string) => chart.rows.find((r) => r.key === key)!;
    expect(chart.rows.map((r) => r.key)).toEqual([...countKeys]);
    expect(bar('human').barWidth).toBe(198);
    expect(bar('machine').barWidth).toBe(2); // 1 of 100 pages: 2 units, not 2 %
    expect(bar('missing').barWidth).toBe(0);
    expect(bar('missing').valueX).toBe(84);
    expect(new Set(chart.rows.map((r) => r.y)).size).toBe(7);
    expect(chart.text).toBe('Japanese (ja-jp): 0 source, 99 up to date, 1 stale, 0 unknown, 1 machine, 99 human, 0 missing.');
  });
});

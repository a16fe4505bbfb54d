/**
 * Legacy front matter values as the page schema wants them (for front-matter-map.ts): an entry's
 * text (none when blank), a date (`10/29/2018` → `2018-10-29`), a translation type (`HT` → human,
 * `MT` → machine); and where an entry's message is reported.
 */
import type { TranslationType } from '../../../src/schemas/page.ts';
import { stringValue, type FrontMatterEntry } from '../read/front-matter.ts';

/** Reports a message at an entry (line 1 without one); `verbose` false keeps only errors. */
export type Say = (severity: 'error' | 'warning' | 'info', reason: string, rule: string, entry?: FrontMatterEntry) => void;

/** An entry's place in the legacy file, or the file's first line. */
export function at(entry: FrontMatterEntry | undefined) {
  return entry ? { line: entry.line, column: entry.column } : { line: 1, column: 1 };
}

/** An entry's text, or undefined when it is missing or blank (`description:` with no value). */
export function text(entry: FrontMatterEntry | undefined): string | undefined {
  const value = stringValue(entry)?.trim();
  return value === '' ? undefined : value;
}

/** `10/29/2018` (or `2018-10-29`) → `2018-10-29`; undefined when it is no date. */
export function legacyDate(value: string): string | undefined {
  const us = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(value);
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(value);
  let y: number, m: number, d: number;
  if (us) [y, m, d] = [Number(us[3]), Number(us[1]), Number(us[2])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function translationTypeOf(value: string): TranslationType | undefined {
  const v = value.trim().toUpperCase();
  if (v === 'HT' || v === 'HUMAN') return 'human';
  if (v === 'MT' || v === 'MACHINE') return 'machine';
  return undefined;
}

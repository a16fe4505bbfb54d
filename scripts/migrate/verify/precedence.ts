/**
 * Which legacy file gives each page, by the check's own reading of the inputs, with the rules
 * scripts/migrate/write/merge-pages.ts documents: where several files give the same page
 * (locale and slug) — a translation given twice, or the en-us page recovered from the English
 * of several translations — a file from an input named earlier wins (the seeds before the 2018
 * docset), then a file's own page beats a recovered one, then the newer date, then the later
 * file. Pages that agree are one: nothing of a losing file is exempt unless it differs from the
 * winner. A losing file is "superseded" for that page: what it alone says is not in the page
 * by design (reported, not lost).
 */
import type { LegacyInventory } from './legacy-reader/types.ts';

export interface Entry {
  inv: LegacyInventory;
  /** Index of the input the file came from (0: named first). */
  rank: number;
  /** Position of the file in the inputs, in reading order. */
  order: number;
}

/** What the winner of a page says, to tell what of a losing file differs from it. */
export interface Winner {
  entry: Entry;
  /** The winner gives the page as its own (not recovered from a translation's English). */
  own: boolean;
  /** Why it won. */
  why: string;
  /** Its texts in the page's language (segments, front matter values), normalised. */
  texts: Set<string>;
  /** The links and anchors it writes in that language, as written. */
  links: Set<string>;
  anchors: Set<string>;
}

export interface Losses {
  /** The file's own page (its locale) comes from another file. */
  own?: Winner;
  /** The en-us page recovered from the file's English comes from another file. */
  english?: Winner;
}

interface Candidate {
  entry: Entry;
  derived: boolean;
  date: string;
}

function englishOf(inv: LegacyInventory, own: boolean): Pick<Winner, 'texts' | 'links' | 'anchors'> {
  const texts = new Set<string>();
  for (const s of inv.segments) {
    const text = own ? s.text : s.english;
    if (text !== undefined) texts.add(text);
    for (const f of s.fields ?? []) {
      const value = own ? f.value : f.english;
      if (value !== undefined) texts.add(value);
    }
  }
  const links = new Set(inv.links.flatMap((l) => (!own && l.pair ? l.pair.english.map((e) => e.url) : [l.url])));
  return { texts, links, anchors: new Set(inv.anchors.map((a) => a.id)) };
}

function why(winner: Candidate, other: Candidate): string {
  if (winner.entry.rank !== other.entry.rank) return 'its input is named earlier, which takes precedence';
  if (winner.derived !== other.derived) return 'a file’s own page beats one recovered from a translation';
  if (winner.date !== other.date) return `newer: ${winner.date} against ${other.date || 'no date'}`;
  return 'neither is newer; the later file wins';
}

/** Better first: earlier input, own page, newer, later file. */
function compare(a: Candidate, b: Candidate): number {
  return a.entry.rank - b.entry.rank || Number(a.derived) - Number(b.derived) || b.date.localeCompare(a.date) || b.entry.order - a.entry.order;
}

export function precedence(entries: readonly Entry[]): Map<Entry, Losses> {
  const groups = new Map<string, Candidate[]>();
  const add = (key: string, candidate: Candidate) => {
    const group = groups.get(key);
    if (group) group.push(candidate);
    else groups.set(key, [candidate]);
  };
  for (const entry of entries) {
    const { inv } = entry;
    const fm = inv.frontMatter;
    add(`${inv.locale}/${inv.slug}`, { entry, derived: false, date: fm.date ?? fm.sourceDate ?? '' });
    // The recovered en-us page is dated as the importer dates it: side by side, the file's date;
    // half translated, the date of the English the translation was made from.
    const englishDate = inv.sideBySide ? fm.date : (fm.sourceDate ?? fm.date);
    if (inv.englishPage && inv.locale !== 'en-us') add(`en-us/${inv.slug}`, { entry, derived: true, date: englishDate ?? '' });
  }
  const losses = new Map<Entry, Losses>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [best, ...others] = [...group].sort(compare);
    for (const other of others) {
      const winner: Winner = { entry: best!.entry, own: !best!.derived, why: why(best!, other), ...englishOf(best!.entry.inv, !best!.derived) };
      const loss = losses.get(other.entry) ?? {};
      if (other.derived) loss.english = winner;
      else loss.own = winner;
      losses.set(other.entry, loss);
    }
  }
  return losses;
}

/**
 * One legacy item's fate, from what the check found wrong with it: kept, mapped (in the page in
 * another form, counted by kind), superseded (what is wrong is what another file's winning page
 * says instead: see precedence.ts) or lost (an error, naming the file:line:col, what and why).
 */
import { relative } from 'node:path';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../messages.ts';
import type { Figures, Item, MappedKind } from './check-table.ts';
import type { PageInventory } from './check-page.ts';
import type { LegacyInventory } from './legacy-reader/types.ts';
import type { Losses, Winner } from './precedence.ts';

/** Something the page does not have. */
export interface Finding {
  /** The translation's own page, or the en-us page recovered from its English. */
  side: 'own' | 'en-us';
  why: string;
  /** The winner of the en-us page says the same (so the difference is not the winner's doing). */
  inWinner?: (winner: Winner) => boolean;
}

export interface Mapped {
  kind: MappedKind;
  /** Said as info at the item's place (none: only counted). */
  note?: string;
}

export interface FileCheck {
  inv: LegacyInventory;
  file: VFile;
  page: PageInventory;
  english: PageInventory | undefined;
  losses: Losses;
  row: Figures;
  /** The sides on which something of this file was superseded. */
  superseded: Set<Finding['side']>;
}

export type Status = 'kept' | 'mapped' | 'superseded' | 'lost';

/** The winning file, as the report names files. */
export const fileName = (winner: Winner, cwd: string) => `\`${relative(cwd, winner.entry.inv.file.path)}\``;

function isSuperseded(f: Finding, losses: Losses): boolean {
  if (f.side === 'own') return losses.own !== undefined;
  return losses.english !== undefined && !(f.inWinner?.(losses.english) ?? false);
}

/**
 * Counts the item in the row and reports it: an error when lost (`lost` makes the message), info
 * when superseded on the en-us side only (the own page superseded is said once for the file),
 * info when mapped with a note.
 */
export function settle(
  check: FileCheck,
  item: Item,
  findings: readonly Finding[],
  mapped: Mapped | undefined,
  where: Point,
  lost: (whys: string[]) => { message: string; rule: string },
  cwd: string,
): Status {
  const { row, losses, file } = check;
  const superseded = findings.filter((f) => isSuperseded(f, losses));
  const remaining = findings.filter((f) => !isSuperseded(f, losses));
  if (remaining.length > 0) {
    row[item][1]++;
    if (item === 'links') row.linksLost++;
    const { message, rule } = lost(remaining.map((f) => f.why));
    report(file, 'error', message, rule, where);
    return 'lost';
  }
  if (superseded.length > 0) {
    row.superseded[item]++;
    for (const f of superseded) check.superseded.add(f.side);
    if (!losses.own && losses.english) {
      const whys = superseded.map((f) => f.why).join('; ');
      report(file, 'info', `Superseded: ${whys}; the en-us page comes from ${fileName(losses.english, cwd)} (${losses.english.why}), whose English differs here`, 'superseded', where);
    }
    return 'superseded';
  }
  row[item][0]++;
  row[item][1]++;
  if (mapped) {
    row.mapped[mapped.kind] = (row.mapped[mapped.kind] ?? 0) + 1;
    if (mapped.note) report(file, 'info', mapped.note, mapped.kind, where);
    return 'mapped';
  }
  return 'kept';
}

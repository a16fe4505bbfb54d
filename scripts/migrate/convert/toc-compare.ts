/**
 * The locales' tables of contents should have one structure (the same pages, nested and ordered
 * alike): the en-us table is built from it. This module picks that structure (the one most
 * locales share; on a tie, the first locale's) and reports, on each other locale's TOC.md, where
 * it differs: an entry missing, an extra entry, an entry under another parent, in another order.
 *
 * Before (entries by key):  ja-jp [billing [read-your-bill, tax]]   ko-kr [billing [read-your-bill, tax]]
 *                           zh-tw [billing [tax, read-your-bill]]
 * After: the structure of ja-jp and ko-kr (the majority), and on zh-tw's TOC.md, at `tax`:
 *   "The entry `tax` comes first under `billing` in zh-tw, but after `read-your-bill` in ja-jp and
 *    ko-kr; the en-us table follows ja-jp and ko-kr (the majority)"
 */
import type { VFile } from 'vfile';
import type { Locale } from '../../../src/config/locales.ts';
import { report } from '../messages.ts';
import type { LegacyTocEntry } from '../read/toc.ts';

export interface TocNode {
  /** What identifies the entry across locales: its page slug, its URL, or `(no link) <n>`. */
  key: string;
  /** How messages name it: `` `slug` `` or the heading's quoted title. */
  label: string;
  source: LegacyTocEntry;
  children: TocNode[];
}

export interface LocaleTable<Node extends TocNode = TocNode> {
  locale: Locale;
  file: VFile;
  nodes: Node[];
}

export interface Choice<Node extends TocNode> {
  /** The table whose structure the en-us table takes. */
  table: LocaleTable<Node>;
  /** Every locale with that structure. */
  locales: Locale[];
  /** `ja-jp and ko-kr (the majority)`, `ja-jp (a tie: the first locale given)`. */
  reason: string;
}

function shape(nodes: readonly TocNode[]): string {
  return nodes.map((n) => `${JSON.stringify(n.key)}${n.children.length > 0 ? `[${shape(n.children)}]` : ''}`).join(',');
}

export function listLocales(locales: readonly string[]): string {
  return locales.length <= 1 ? (locales[0] ?? '') : `${locales.slice(0, -1).join(', ')} and ${locales[locales.length - 1]}`;
}

interface Place {
  node: TocNode;
  parent: TocNode | undefined;
}

function places(nodes: readonly TocNode[], parent: TocNode | undefined = undefined, into = new Map<string, Place>()): Map<string, Place> {
  for (const node of nodes) {
    if (!into.has(node.key)) into.set(node.key, { node, parent });
    places(node.children, node, into);
  }
  return into;
}

/** The longest common subsequence of two key lists (both short: one parent's children). */
function common(a: readonly string[], b: readonly string[]): Set<string> {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

const under = (parent: TocNode | undefined) => (parent ? `under ${parent.label}` : 'at the top level');

/** Reports, on `table`'s file, where it differs from the chosen structure. */
function reportDifferences<Node extends TocNode>(table: LocaleTable<Node>, choice: Choice<Node>): void {
  const them = listLocales(choice.locales);
  const follows = `the en-us table follows ${choice.reason}`;
  const ours = places(choice.table.nodes);
  const theirs = places(table.nodes);
  const say = (message: string, where: LegacyTocEntry | undefined) =>
    report(table.file, 'warning', message, 'toc-disagreement', where?.linkPosition ?? { line: 1, column: 1 });

  for (const [key, { node, parent }] of ours) {
    if (theirs.has(key)) continue;
    if (parent && !theirs.has(parent.key)) continue; // said once, for the missing parent
    // Reported where it would be: after its nearest earlier sibling that both have, else at its parent.
    const siblings = parent ? parent.children : choice.table.nodes;
    const previous = siblings.slice(0, siblings.indexOf(node)).reverse().find((n) => theirs.has(n.key));
    const near = theirs.get(previous?.key ?? parent?.key ?? '')?.node;
    const place = `${under(parent)}${previous ? `, after ${previous.label}` : ''}`;
    say(`The entry ${node.label} (${place} in ${them}) is missing in ${table.locale}; ${follows}, which has it`, near?.source);
  }
  for (const [key, { node, parent }] of theirs) {
    if (ours.has(key)) continue;
    if (parent && !ours.has(parent.key)) continue;
    say(`The entry ${node.label} is in ${table.locale} but not in ${them}; ${follows}, without it`, node.source);
  }
  for (const [key, { node, parent }] of theirs) {
    const mine = ours.get(key);
    if (!mine || mine.parent?.key === parent?.key) continue;
    say(`The entry ${node.label} is ${under(parent)} in ${table.locale}, but ${under(mine.parent)} in ${them}; ${follows}`, node.source);
  }
  // Order: among the children both tables give one parent, those out of the longest common order.
  const parents: (TocNode | undefined)[] = [undefined, ...[...theirs.values()].map((p) => p.node)];
  for (const parent of parents) {
    const mineParent = parent ? ours.get(parent.key)?.node : undefined;
    if (parent && !mineParent) continue;
    const siblings = (nodes: readonly TocNode[], other: Map<string, Place>) =>
      nodes.map((n) => n.key).filter((k) => other.get(k)?.parent?.key === parent?.key);
    const theirOrder = siblings(parent ? parent.children : table.nodes, ours);
    const ourOrder = siblings(mineParent ? mineParent.children : choice.table.nodes, theirs);
    const kept = common(theirOrder, ourOrder);
    theirOrder.forEach((key, i) => {
      if (kept.has(key)) return;
      const before = (order: string[], at: number) => (at > 0 ? `after ${theirs.get(order[at - 1]!)!.node.label}` : 'first');
      const node = theirs.get(key)!.node;
      say(`The entry ${node.label} comes ${before(theirOrder, i)} ${under(parent)} in ${table.locale}, but ${before(ourOrder, ourOrder.indexOf(key))} in ${them}; ${follows}`, node.source);
    });
  }
}

/**
 * The structure most tables share (a tie: the first table's), with a report on each table
 * that differs. Undefined when there are no tables.
 */
export function chooseStructure<Node extends TocNode>(tables: readonly LocaleTable<Node>[]): Choice<Node> | undefined {
  const groups = new Map<string, LocaleTable<Node>[]>();
  for (const table of tables) {
    const key = shape(table.nodes);
    groups.set(key, [...(groups.get(key) ?? []), table]);
  }
  let best: LocaleTable<Node>[] | undefined;
  for (const group of groups.values()) if (!best || group.length > best.length) best = group;
  if (!best) return undefined;
  const locales = best.map((t) => t.locale);
  const tied = [...groups.values()].filter((g) => g.length === best.length).length > 1;
  const why = tied ? 'a tie: the first locale given' : best.length * 2 > tables.length ? 'the majority' : 'the most locales; no majority';
  const reason = `${listLocales(locales)} (${why})`;
  const choice: Choice<Node> = { table: best[0]!, locales, reason };
  for (const table of tables) if (!best.includes(table)) reportDifferences(table, choice);
  return choice;
}

/**
 * Several legacy files can give the same page (locale and slug): the en-us page recovered from
 * two side-by-side translations (000 and 003 both carry the English), or two versions of one
 * translation. Pages that agree are one; otherwise a page from an input named earlier on the
 * command line wins (the seeds before the 2018 docset), then the file's own page beats a
 * recovered one, then the newer (date) wins, then the later file. Every other candidate is reported.
 */
import { basename } from 'node:path';
import type { PageDraft } from '../convert/legacy-file.ts';
import { quote, report } from '../messages.ts';
import { toMdx } from './mdx-output.ts';
import { placeComponents, readPlacements } from '../convert/components.ts';

const placements = readPlacements();

export function pageKey(page: { locale: string; slug: string }): string {
  return `${page.locale}/${page.slug}`;
}

/** Rendered pages, by draft: valid while the draft's front matter is the same (a step that changes the tree calls forgetRender). */
const rendered = new WeakMap<PageDraft, { frontmatter: string; text: string }>();

/** Drops a draft's rendered text after its tree changed (xref links resolved in place). */
export function forgetRender(page: PageDraft): void {
  rendered.delete(page);
}

/** The page file, without consuming the draft's tree, with the site's components placed (components.ts). */
export function render(page: PageDraft): string {
  const frontmatter = JSON.stringify(page.frontmatter);
  const cached = rendered.get(page);
  if (cached?.frontmatter === frontmatter) return cached.text;
  const tree = structuredClone(page.tree);
  placeComponents(tree, page.slug, placements);
  const text = toMdx(structuredClone(page.frontmatter), tree);
  rendered.set(page, { frontmatter, text });
  return text;
}

/** Sections named in component-placements.json that the page does not have. */
export function missingPlacements(page: PageDraft): string[] {
  return placeComponents(structuredClone(page.tree), page.slug, placements);
}

function dateOf(page: PageDraft): string {
  return page.frontmatter.date ?? page.frontmatter.translation?.sourceDate ?? '';
}

function firstDifference(a: string, b: string): { line: number; left: string; right: string } | undefined {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return { line: i + 1, left: la[i] ?? '', right: lb[i] ?? '' };
  }
  return undefined;
}

/** Picks one page per locale and slug (in input order), reporting the others. */
export function mergePages(drafts: readonly PageDraft[]): PageDraft[] {
  const groups = new Map<string, PageDraft[]>();
  for (const draft of drafts) {
    const key = pageKey(draft);
    const group = groups.get(key);
    if (group) group.push(draft);
    else groups.set(key, [draft]);
  }
  const winners: PageDraft[] = [];
  for (const [key, group] of groups) {
    if (group.length === 1) {
      winners.push(group[0]!);
      continue;
    }
    const texts = group.map(render);
    const ranked = group
      .map((page, index) => ({ page, index, text: texts[index]! }))
      .sort(
        (a, b) =>
          (b.page.rank ?? 0) - (a.page.rank ?? 0) ||
          Number(a.page.derived === undefined) - Number(b.page.derived === undefined) ||
          dateOf(a.page).localeCompare(dateOf(b.page)) ||
          a.index - b.index,
      );
    const winner = ranked.at(-1)!;
    winners.push(winner.page);
    const name = (p: PageDraft) => quote(basename(p.origin.path));
    for (const other of ranked.slice(0, -1)) {
      if (other.text === winner.text) {
        for (const side of [other.page, winner.page]) {
          const partner = side === other.page ? winner.page : other.page;
          report(side.origin, 'info', `${quote(key)} also comes from ${name(partner)}; the two agree byte for byte`, 'page-agree', { line: 1, column: 1 });
        }
        continue;
      }
      const diff = firstDifference(other.text, winner.text);
      const why =
        (other.page.rank ?? 0) > (winner.page.rank ?? 0)
          ? 'it comes from an input named earlier, which takes precedence'
          : other.page.derived !== undefined && winner.page.derived === undefined
          ? 'the file’s own page beats a recovered one'
          : dateOf(winner.page) !== dateOf(other.page)
            ? `newer: ${dateOf(winner.page)} against ${dateOf(other.page) || 'no date'}`
            : 'neither is newer; the later file wins';
      const detail = diff ? ` First difference, page line ${diff.line}: ${quote(diff.left, 50)} here, ${quote(diff.right, 50)} there` : '';
      report(other.page.origin, 'warning', `${quote(key)} also comes from ${name(winner.page)} and they disagree; kept that one (${why}).${detail}`, 'page-conflict', { line: 1, column: 1 });
      report(winner.page.origin, 'warning', `${quote(key)} also comes from ${name(other.page)} and they disagree; kept this one (${why})`, 'page-conflict', { line: 1, column: 1 });
    }
  }
  return winners;
}

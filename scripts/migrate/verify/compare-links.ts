/**
 * A legacy file's links against its pages. Each link must be in the translation, and its
 * counterpart in the en-us page: the same link, or for a link in a side-by-side pair the
 * pair's English link (same address first, else the one in the same place: a bare URL differs,
 * `…/ja-jp/…` against `…/en-us/…`). Links in a page are used once. Two mappings, said as info:
 * a link by a file name that is not a slug goes to that file's page (expected-link.ts), and a
 * link whose anchor is not on its target, where the page links the same text to the same
 * target with an anchor that is there, was fixed by a writer. A kept link whose target page or
 * heading does not exist is unresolved (a warning), not lost.
 */
import { relative } from 'node:path';
import type { Locale } from '../../../src/config/locales.ts';
import { quote, report } from '../messages.ts';
import { expectedLink, pageTarget, type Expected, type SlugsByName } from './expected-link.ts';
import type { LegacyLink } from './legacy-reader/types.ts';
import { settle, type FileCheck, type Finding, type Mapped } from './outcome.ts';

export interface LinkContext {
  slugs: SlugsByName;
  /** The ids a page renders (the locale's page, else the en-us one); undefined: no such page. */
  idsOf(locale: Locale, slug: string): Set<string> | undefined;
  out: string;
  cwd: string;
}

type Counterpart = { url: string; text: string } | null;

/** Each link's en-us counterpart: itself outside a pair; in a pair, its English link (null: none). */
function counterparts(links: readonly LegacyLink[]): Map<LegacyLink, Counterpart> {
  const result = new Map<LegacyLink, Counterpart>();
  const groups = new Map<object, LegacyLink[]>();
  for (const link of links) {
    if (!link.pair) result.set(link, link);
    else groups.set(link.pair, [...(groups.get(link.pair) ?? []), link]);
  }
  for (const [pair, translated] of groups) {
    const english = [...(pair as NonNullable<LegacyLink['pair']>).english];
    const unmatched: LegacyLink[] = [];
    for (const link of translated) {
      const i = english.findIndex((e) => e.url === link.url);
      if (i === -1) unmatched.push(link);
      else result.set(link, english.splice(i, 1)[0]!);
    }
    unmatched.forEach((link, i) => result.set(link, english[i] ?? null));
  }
  return result;
}

type Found = { fixed?: { from: string; to: string; url: string } } | undefined;

/** Takes the page's link to `expected` (or the writer's fix of its anchor) from `pool`. */
function take(pool: { url: string; text: string }[], expected: Expected & { url: string }, text: string, ids: (slug: string | undefined) => Set<string> | undefined): Found {
  const i = pool.findIndex((l) => l.url === expected.url);
  if (i !== -1) {
    pool.splice(i, 1);
    return {};
  }
  const slug = expected.kind === 'page' ? expected.slug : undefined;
  const anchor = expected.kind === 'page' ? expected.anchor : expected.kind === 'anchor' ? expected.id : undefined;
  const targetIds = anchor === undefined ? undefined : ids(slug);
  if (anchor === undefined || !targetIds || targetIds.has(anchor)) return undefined;
  const j = pool.findIndex((l) => {
    const t = pageTarget(l.url);
    return l.text === text && t !== undefined && t.slug === slug && t.anchor !== undefined && t.anchor !== anchor && targetIds.has(t.anchor);
  });
  if (j === -1) return undefined;
  const url = pool.splice(j, 1)[0]!.url;
  return { fixed: { from: anchor, to: pageTarget(url)!.anchor!, url } };
}

export function checkLinks(check: FileCheck, ctx: LinkContext): void {
  const { inv, page, english, file, row } = check;
  const ownPool = page.links.map((l) => ({ ...l }));
  const enPool = english?.links.map((l) => ({ ...l }));
  const idsFor = (locale: Locale, self: Set<string>) => (slug: string | undefined) => (slug === undefined || slug === inv.slug ? self : ctx.idsOf(locale, slug));
  const pairs = counterparts(inv.links);
  for (const link of inv.links) {
    const expected = expectedLink(link.url, ctx.slugs);
    const findings: Finding[] = [];
    const notes: string[] = [];
    let kind: Mapped['kind'] | undefined;
    let fixedUrl: string | undefined;
    if (expected.kind === 'text') {
      if (!page.text.includes(link.text)) findings.push({ side: 'own', why: 'its text is not in the page' });
    } else {
      const own = take(ownPool, expected, link.text, idsFor(inv.locale, page.ids));
      if (!own) findings.push({ side: 'own', why: `no link to ${quote(expected.url)} in the page` });
      const counterpart = pairs.get(link);
      if (enPool && english && counterpart) {
        const enExpected = expectedLink(counterpart.url, ctx.slugs);
        const en = enExpected.kind === 'text' ? {} : take(enPool, enExpected, counterpart.text, idsFor('en-us', english.ids));
        if (!en && enExpected.kind !== 'text') findings.push({ side: 'en-us', why: `no link to ${quote(enExpected.url)} in the en-us page`, inWinner: (w) => w.links.has(counterpart.url) });
        if (en?.fixed) {
          kind = 'fixed-anchor';
          notes.push(own?.fixed ? 'so does the en-us page' : `the en-us page links the same text to \`#${en.fixed.to}\` instead of \`#${en.fixed.from}\`, which is not there`);
        }
      }
      if (own?.fixed) {
        kind = 'fixed-anchor';
        fixedUrl = own.fixed.url;
        notes.unshift(`the anchor \`${own.fixed.from}\` is not on its page; the page links the same text to \`#${own.fixed.to}\`, which is (a legacy defect fixed in content/)`);
      }
      if (expected.kind === 'page' && expected.renamedFrom !== undefined) {
        kind ??= 'renamed-slug';
        notes.push(`\`${expected.renamedFrom}.md\` is not a slug: that file is the page \`${expected.slug}\``);
      }
      // Kept, but where does it go?
      if (findings.length === 0 && !own?.fixed) {
        const unresolved = whyUnresolved(expected, check, ctx);
        if (unresolved) {
          row.links[1]++;
          report(file, 'warning', `Link ${quote(link.url)}${expected.kind === 'page' ? ` → ${quote(expected.url)}` : ''} is unresolved: ${unresolved}`, 'link-unresolved', link.where);
          continue;
        }
      }
    }
    const shown = expected.kind === 'text' ? link.text : (fixedUrl ?? expected.url);
    const mapped = kind ? { kind, note: `Link ${quote(link.url)} → ${quote(shown)} mapped: ${notes.join('; ')}` } : undefined;
    settle(check, 'links', findings, mapped, link.where, (whys) => ({ message: `Link ${quote(link.url)} (${quote(link.text, 40)}) lost: ${whys.join('; ')}`, rule: 'link-lost' }), ctx.cwd);
  }
}

function whyUnresolved(expected: Expected, check: FileCheck, ctx: LinkContext): string | undefined {
  if (expected.kind === 'anchor') return check.page.ids.has(expected.id) ? undefined : `the page has no heading \`${expected.id}\``;
  if (expected.kind !== 'page') return undefined;
  const ids = ctx.idsOf(check.inv.locale, expected.slug);
  if (!ids) return `no page \`${expected.slug}\` in ${quote(relative(ctx.cwd, ctx.out) || '.')} yet`;
  if (expected.anchor !== undefined && !ids.has(expected.anchor)) return `\`${expected.slug}\` has no heading \`${expected.anchor}\``;
  return undefined;
}

/**
 * Each page of the import → the text to write (for import-files.ts), checked as the site reads
 * it: valid MDX, front matter the schema accepts. The en-us pages first: a side-by-side
 * translation's `translation.sourceHash` is the hash of the English recovered from the same file
 * (src/lib/source-hash.ts), stale when another file's English won the en-us page.
 */
import { sourceHash } from '../../../src/lib/source-hash.ts';
import { pageSchema } from '../../../src/schemas/page.ts';
import type { PageDraft } from '../convert/legacy-file.ts';
import { report } from '../messages.ts';
import { missingPlacements, render } from './merge-pages.ts';
import { pageBody } from '../../../src/lib/mdx/read-page.ts';
import { parseMdx, readPageFrontMatter } from './mdx-output.ts';
import type { PageIndex } from './page-index.ts';
import { checkLinks, type UidTarget } from './resolve-links.ts';

/** Renders a page and checks it is what the site can read: valid MDX, front matter the schema accepts. */
function finalText(page: PageDraft): string | undefined {
  for (const section of missingPlacements(page)) {
    report(page.origin, 'warning', `content/rules/component-placements.json places a component at the end of the section \`#${section}\`, which this ${page.locale} page does not have`, 'component-placement', { line: 1, column: 1 });
  }
  const text = render(page);
  try {
    parseMdx(text);
  } catch (error) {
    report(page.origin, 'error', `internal: the ${page.locale} page is not valid MDX (${(error as Error).message}); not written`, 'invalid-mdx', { line: 1, column: 1 });
    return undefined;
  }
  const check = pageSchema.safeParse(readPageFrontMatter(text));
  if (!check.success) {
    report(page.origin, 'error', `internal: the ${page.locale} front matter does not pass src/schemas/page.ts (${check.error.issues[0]?.message}); not written`, 'front-matter-schema', { line: 1, column: 1 });
    return undefined;
  }
  return text;
}

/**
 * The final text of every winning page (undefined: not written, reported); `drafts` holds the
 * pages that lost too, among them the English a side-by-side translation was made from.
 */
export function finalTexts(winners: readonly PageDraft[], drafts: readonly PageDraft[], index: PageIndex, uids: ReadonlyMap<string, UidTarget>): Map<PageDraft, string | undefined> {
  // Side-by-side translations were made from exactly the English beside them: their sourceHash
  // is the hash of the en-us page recovered from the same file (stale if another file's won).
  const texts = new Map<PageDraft, string | undefined>();
  for (const page of winners) if (page.locale === 'en-us') texts.set(page, finalText(page));
  const linked = new Set<PageDraft>();
  for (const page of winners) {
    if (!page.hashFromEnglish) continue;
    const english = drafts.find((p) => p.origin === page.origin && p.derived === 'side-by-side');
    if (!english) continue;
    // An English that lost to another file's gets its links resolved as the winner's were (quietly: derived).
    if (!texts.has(english) && !linked.has(english)) {
      checkLinks(english, index, uids);
      linked.add(english);
    }
    const text = texts.get(english) ?? render(english);
    const front = english.frontmatter;
    page.frontmatter.translation = {
      ...page.frontmatter.translation!,
      sourceHash: sourceHash({ title: front.title, description: front.description, body: pageBody(text) }),
    };
    const written = winners.find((p) => p.locale === 'en-us' && p.slug === page.slug);
    const won = written !== undefined && (texts.get(written) ?? render(written)) === text;
    report(
      page.origin,
      'info',
      `Set \`translation.sourceHash\` to the hash of the English beside the segments (src/lib/source-hash.ts)${won ? '' : ', which is not the en-us page written: the translation will show as stale'}`,
      'source-hash',
      { line: 1, column: 1 },
    );
  }
  for (const page of winners) if (page.locale !== 'en-us') texts.set(page, finalText(page));
  return texts;
}

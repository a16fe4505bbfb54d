/**
 * The en-us page a translation gives (for legacy-file.ts), when the legacy docset has no English
 * file for it: from the English of its side-by-side segments, or, for a half-translated page,
 * from its untranslated English blocks and the supplied English of the rest (english-recovery.ts).
 * Each recovered page is reported; a page that cannot be recovered whole is not written (reported).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Locale } from '../../../src/config/locales.ts';
import type { PageFrontmatter } from '../../../src/schemas/page.ts';
import { convertBody } from '../pipeline.ts';
import type { LegacyFrontMatter } from '../read/front-matter.ts';
import { quote, report } from '../messages.ts';
import { englishText, isHalfTranslated, recoverEnglishBlocks, untranslatedShare } from './english-recovery.ts';
import { mapFrontMatter } from './front-matter-map.ts';
import { keepH1Anchor } from './h1.ts';
import type { PageDraft } from './legacy-file.ts';
import { collectPageLinks } from './links.ts';
import { variantOf } from './side-by-side.ts';

/** The en-us page from the English of the side-by-side segments, if its front matter maps. */
export function englishBeside(tree: Root, frontMatter: LegacyFrontMatter, slug: string, file: VFile): PageDraft | undefined {
  const english = variantOf(tree, 'english');
  const body = convertBody(english, file, false, slug);
  keepH1Anchor(english, body.h1, slug);
  const front = mapFrontMatter(
    {
      entries: frontMatter.entries.filter((e) => !['title', 'description', 'author'].includes(e.key)),
      englishEntries: frontMatter.englishEntries,
      englishPage: true,
      locale: 'en-us',
      h1Text: body.h1?.text,
      firstParagraph: body.firstParagraph,
      appliesTo: body.appliesTo,
      sideBySide: true,
      verbose: false,
    },
    file,
  );
  if (!front) return undefined;
  report(file, 'info', `Recovered the en-us page ${quote(`en-us/${slug}`)} from the English of the side-by-side segments`, 'english-recovered', { line: 1, column: 1 });
  return { locale: 'en-us', slug, frontmatter: front, tree: english, links: body.links, origin: file, derived: 'side-by-side', hashFromEnglish: false };
}

/**
 * The en-us page of a half-translated page (`own`, converted, in `locale`, with its front matter
 * `ownFront`): its English blocks, and supplied English. Undefined when it is not half-translated
 * or when English is missing for some translated text.
 */
export function englishUntranslated(own: Root, ownFront: PageFrontmatter, locale: Locale, slug: string, file: VFile): PageDraft | undefined {
  const share = untranslatedShare(own);
  if (!isHalfTranslated(share)) return undefined;
  report(
    file,
    'warning',
    `${share.english} of ${share.english + share.translated} blocks are untranslated English; kept them as they are in the ${locale} page`,
    'untranslated',
    { line: 1, column: 1 },
  );
  const english = structuredClone(own);
  const title = englishText(ownFront.title, locale);
  const description = englishText(ownFront.description, locale);
  const complete = recoverEnglishBlocks(english, locale, file);
  for (const [field, value, original] of [
    ['title', title, ownFront.title],
    ['description', description, ownFront.description],
  ] as const) {
    if (!value) report(file, 'warning', `No English for the ${field} ${quote(original)}: add it to scripts/migrate/convert/supplied-english.ts`, 'english-missing', { line: 1, column: 1 });
    else if (value.supplied) report(file, 'warning', `English for the ${field} ${quote(original)} is not in the source; supplied ${quote(value.value)} (scripts/migrate/convert/supplied-english.ts)`, 'english-supplied', { line: 1, column: 1 });
  }
  if (!complete || !title || !description) {
    report(file, 'warning', `Did not write an en-us page for ${quote(slug)}: English is missing for some translated text`, 'english-missing', { line: 1, column: 1 });
    return undefined;
  }
  const front: PageFrontmatter = { title: title.value, description: description.value };
  if (ownFront.author !== undefined) front.author = ownFront.author;
  // The English version's date: the one the translation was made from.
  const date = ownFront.translation?.sourceDate ?? ownFront.date;
  if (date !== undefined) {
    front.date = date;
    report(file, 'info', `Dated the recovered en-us page ${date}, the date of the English the translation was made from`, 'date', { line: 1, column: 1 });
  }
  const applies = ownFront.appliesTo?.map((item: string) => englishText(item, locale)?.value ?? item);
  if (applies) front.appliesTo = applies;
  front.translation = { type: 'source' };
  const links = collectPageLinks(english);
  report(file, 'info', `Recovered the en-us page ${quote(`en-us/${slug}`)} from the untranslated English (and the supplied English above)`, 'english-recovered', { line: 1, column: 1 });
  return { locale: 'en-us', slug, frontmatter: front, tree: english, links, origin: file, derived: 'untranslated', hashFromEnglish: false };
}

/**
 * One legacy file → its page drafts: the page in its own locale and, for a side-by-side or a
 * half-translated page, the recovered en-us page (recovered-english.ts). The body's steps are
 * listed in ../pipeline.ts; which page a file is (its locale's text, its slug), in page-identity.ts.
 */
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import type { Locale } from '../../../src/config/locales.ts';
import type { PageFrontmatter } from '../../../src/schemas/page.ts';
import { entryFor, stringValue } from '../read/front-matter.ts';
import { convertBody, readLegacyTree } from '../pipeline.ts';
import { mapFrontMatter } from './front-matter-map.ts';
import { checkH1, keepH1Anchor } from './h1.ts';
import type { PageLink } from './links.ts';
import { chooseLocale } from '../read/locale.ts';
import { report } from '../messages.ts';
import { ownText, pageSlug } from './page-identity.ts';
import { englishBeside, englishUntranslated } from './recovered-english.ts';
import { pairSegments, variantOf } from './side-by-side.ts';

export interface PageDraft {
  locale: Locale;
  slug: string;
  frontmatter: PageFrontmatter;
  tree: Root;
  links: PageLink[];
  /** The legacy file the page comes from. */
  origin: VFile;
  /** How an en-us page was recovered from a translation (undefined: the file's own page). */
  derived: 'side-by-side' | 'untranslated' | undefined;
  /** A side-by-side translation: its sourceHash is the recovered English page's. */
  hashFromEnglish: boolean;
  /** The rank of the input the file came from (0: named first, wins a conflict). */
  rank?: number;
}

export interface Converted {
  file: VFile;
  pages: PageDraft[];
  /** DocFX `uid` (for `xref:` links). */
  uid: string | undefined;
}

export interface ConvertOptions {
  locale?: Locale | undefined;
}

export function convertFile(path: string, options: ConvertOptions = {}, cwd = process.cwd()): Converted {
  const file = new VFile({ path, cwd });
  const none: Converted = { file, pages: [], uid: undefined };
  const legacy = readLegacyTree(path, file);
  if (!legacy) return none;
  const { frontMatter, tree } = legacy;
  const stats = pairSegments(tree, file);
  const sideBySide = stats.count > 0 || frontMatter.segments.length > 0;
  if (sideBySide) {
    report(
      file,
      'info',
      `Converted ${stats.count + frontMatter.segments.length} side-by-side segments (${frontMatter.segments.length} in the front matter): \`<Segment id source>\` in the translation, the English kept for the en-us page`,
      'side-by-side',
      stats.first ?? { line: 1, column: 1 },
    );
  }

  const locale = chooseLocale(entryFor(frontMatter.entries, 'ms.contentlocale'), options.locale, ownText(tree, frontMatter), file);
  if (!locale) return none;

  const slug = pageSlug(path, tree, file);
  if (!slug) return none;

  const uid = stringValue(entryFor(frontMatter.entries, 'uid'));
  const pages: PageDraft[] = [];

  // The page in its own locale.
  const own = sideBySide ? variantOf(tree, 'translated') : tree;
  const ownBody = convertBody(own, file, true, slug);
  const ownFront = mapFrontMatter(
    {
      entries: frontMatter.entries,
      ...(sideBySide ? { englishEntries: frontMatter.englishEntries } : {}),
      locale,
      h1Text: ownBody.h1?.text,
      firstParagraph: ownBody.firstParagraph,
      appliesTo: ownBody.appliesTo,
      sideBySide,
      verbose: true,
    },
    file,
  );
  if (!ownFront) return none;
  checkH1(ownBody.h1, slug, ownFront.title, file);
  keepH1Anchor(own, ownBody.h1, slug);
  pages.push({
    locale,
    slug,
    frontmatter: ownFront,
    tree: own,
    links: ownBody.links,
    origin: file,
    derived: undefined,
    // A side-by-side translation was made from exactly the English beside it: its sourceHash is
    // that English page's (src/lib/source-hash.ts), not the legacy \`ms.openlocfilehash\`, which
    // hashes a source file this site does not have.
    hashFromEnglish: sideBySide && locale !== 'en-us',
  });
  if (locale === 'en-us') return { file, pages, uid };

  // The en-us page from the side-by-side English, or from a half-translated page's English.
  const english = sideBySide ? englishBeside(tree, frontMatter, slug, file) : englishUntranslated(own, ownFront, locale, slug, file);
  if (english) pages.push(english);
  return { file, pages, uid };
}

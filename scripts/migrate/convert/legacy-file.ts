/**
 * One legacy file → its page drafts: the page in its own locale and, for a side-by-side or a
 * half-translated page, the recovered en-us page (the body's steps are listed in ../pipeline.ts).
 */
import { basename } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import type { Locale } from '../../../src/config/locales.ts';
import type { PageFrontmatter } from '../../../src/schemas/page.ts';
import { englishText, isHalfTranslated, recoverEnglishBlocks, untranslatedShare } from './english-recovery.ts';
import { entryFor, stringValue, type LegacyFrontMatter } from '../read/front-matter.ts';
import { convertBody, readLegacyTree } from '../pipeline.ts';
import { mapFrontMatter } from './front-matter-map.ts';
import { checkH1, keepH1Anchor } from './h1.ts';
import { attr } from '../repair/html-tree.ts';
import { collectPageLinks, type PageLink } from './links.ts';
import { chooseLocale } from '../read/locale.ts';
import { quote, report } from '../messages.ts';
import type { HtmlElement } from './nodes.ts';
import { pairSegments, variantOf } from './side-by-side.ts';
import { slugFromFileName, slugFromText } from '../read/slug.ts';

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

/** The `name`/`id` of the first `<a>` in the first H1 (before anchors are placed). */
export function h1Anchor(tree: Root): string | undefined {
  const heading = tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  if (!heading || heading.type !== 'heading') return undefined;
  const find = (nodes: readonly RootContent[]): string | undefined => {
    for (const node of nodes) {
      if (node.type === 'htmlElement' && node.tagName === 'a') {
        const id = attr(node as HtmlElement, 'name') ?? attr(node as HtmlElement, 'id');
        if (id) return id;
      }
      if ('children' in node) {
        const found = find(node.children as RootContent[]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return find(heading.children);
}

/** Text in the page's own language: everything but the English of side-by-side segments and code. */
export function ownText(tree: Root, frontMatter: LegacyFrontMatter): string {
  const parts: string[] = [];
  const visit = (node: RootContent) => {
    if (node.type === 'code' || node.type === 'inlineCode') return;
    if ('value' in node && typeof node.value === 'string' && node.type === 'text') parts.push(node.value);
    if (node.type === 'htmlElement' && (attr(node, 'class') ?? '').includes('sxs-lookup')) return;
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  tree.children.forEach(visit);
  for (const entry of frontMatter.entries) {
    if (['title', 'description'].includes(entry.key)) parts.push(stringValue(entry) ?? '');
  }
  return parts.join(' ');
}

/** The page's slug (reported), or undefined after an error. */
export function pageSlug(path: string, tree: Root, file: VFile): string | undefined {
  const fromName = slugFromFileName(path);
  if (fromName) return fromName;
  const anchor = h1Anchor(tree);
  const englishH1 = variantOf(tree, 'english').children.find((n) => n.type === 'heading' && n.depth === 1);
  const slug = anchor ?? (englishH1 ? slugFromText(toString(englishH1)) : undefined);
  if (!slug) {
    report(file, 'error', `Cannot tell the page's slug: the file name ${quote(basename(path))} is not a slug and the H1 has no \`<a name>\` anchor`, 'slug', { line: 1, column: 1 });
    return undefined;
  }
  report(file, 'info', `The file name ${quote(basename(path))} is not a slug; took the slug ${quote(slug)} from the H1's ${anchor ? 'anchor' : 'text'}`, 'slug', { line: 1, column: 1 });
  return slug;
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

  // The en-us page from the side-by-side English.
  if (sideBySide) {
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
    if (front) {
      report(file, 'info', `Recovered the en-us page ${quote(`en-us/${slug}`)} from the English of the side-by-side segments`, 'english-recovered', { line: 1, column: 1 });
      pages.push({ locale: 'en-us', slug, frontmatter: front, tree: english, links: body.links, origin: file, derived: 'side-by-side', hashFromEnglish: false });
    }
    return { file, pages, uid };
  }

  // The en-us page of a half-translated page: its English blocks, and supplied English.
  const share = untranslatedShare(own);
  if (isHalfTranslated(share)) {
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
    if (complete && title && description) {
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
      pages.push({ locale: 'en-us', slug, frontmatter: front, tree: english, links, origin: file, derived: 'untranslated', hashFromEnglish: false });
    } else {
      report(file, 'warning', `Did not write an en-us page for ${quote(slug)}: English is missing for some translated text`, 'english-missing', { line: 1, column: 1 });
    }
  }
  return { file, pages, uid };
}

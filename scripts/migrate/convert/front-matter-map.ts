/**
 * Legacy front matter → the page schema (src/schemas/page.ts, validated with it):
 * title (without ` | Partner Center`), description, author (`ms.author` alias first), date
 * (`ms.date` else `ms.lasthandoff`, `MM/DD/YYYY` → `YYYY-MM-DD`: front-matter-values.ts), and
 * `translation` (front-matter-translation.ts). Other keys are reported, not silently dropped
 * (front-matter-unmapped.ts).
 */
import type { VFile } from 'vfile';
import type { Locale } from '../../../src/config/locales.ts';
import { pageSchema, type PageFrontmatter } from '../../../src/schemas/page.ts';
import { entryFor, stringValue, type FrontMatterEntry } from '../read/front-matter.ts';
import { countScripts } from '../read/locale.ts';
import { quote, report } from '../messages.ts';
import { stripTitleSuffix } from '../repair/title-suffix.ts';
import { mapTranslation } from './front-matter-translation.ts';
import { reportUnmapped } from './front-matter-unmapped.ts';
import { at, legacyDate, text, type Say } from './front-matter-values.ts';

export interface FrontMatterInput {
  /** Entries in the page's language. */
  entries: readonly FrontMatterEntry[];
  /** Side-by-side files: the English entries (the author is taken from them). */
  englishEntries?: readonly FrontMatterEntry[];
  /** The en-us page recovered from side-by-side English: title and description from `englishEntries`. */
  englishPage?: boolean;
  locale: Locale;
  /** Fallbacks from the body. */
  h1Text: string | undefined;
  firstParagraph: string | undefined;
  appliesTo: string[] | undefined;
  /** The page is a side-by-side translation (no translationtype: assume human). */
  sideBySide: boolean;
  /** Report (false for derived pages, whose source file was reported already). */
  verbose: boolean;
}

export function mapFrontMatter(input: FrontMatterInput, file: VFile): PageFrontmatter | undefined {
  const { entries, locale, verbose } = input;
  const say: Say = (severity, reason, rule, entry) => {
    if (verbose || severity === 'error') report(file, severity, reason, rule, at(entry));
  };
  const english = input.englishEntries;
  const get = (key: string) => entryFor(english && input.englishPage && ['title', 'description'].includes(key) ? english : entries, key);

  // Title
  const titleEntry = get('title');
  let title: string | undefined;
  if (titleEntry) {
    const parts = stripTitleSuffix(stringValue(titleEntry)!);
    title = parts.title;
    if (parts.suffix) say('info', `Dropped the title suffix ${quote(` | ${parts.suffix}`)}`, 'title-suffix', titleEntry);
    if (parts.unknownSuffix) say('warning', `Title ends with ${quote(` | ${parts.unknownSuffix}`)}, not a known product suffix; kept it`, 'title-suffix', titleEntry);
  } else if (input.h1Text) {
    title = input.h1Text;
    say('warning', `No title in the front matter; used the H1 ${quote(title)}`, 'title-missing');
  }

  // Description
  const descriptionEntry = get('description');
  let description = text(descriptionEntry);
  if (description === undefined) {
    const from = input.firstParagraph ? 'the first paragraph' : 'the title';
    description = input.firstParagraph ?? title;
    const blank = descriptionEntry ? '`description:` is empty' : 'No description in the front matter';
    say('warning', `${blank}; used ${from} ${quote(description ?? '')}: write a one-sentence summary of the page there`, 'description-missing', descriptionEntry);
  }

  // Author: the alias (`ms.author`) first; in side-by-side files the English value (an
  // author's alias is not translated).
  const alias = entryFor(entries, 'ms.author');
  const translatedAuthor = entryFor(entries, 'author');
  const englishAuthor = english ? entryFor(english, 'author') : undefined;
  const authorEntry = englishAuthor ?? translatedAuthor;
  let author = text(alias) ?? text(authorEntry);
  if (author === undefined && (alias ?? authorEntry)) {
    say('warning', '`author:` is empty; left it out (it is optional): add the writer\'s alias if it is known', 'author-missing', alias ?? authorEntry);
  } else if (alias && authorEntry && text(alias) !== text(authorEntry)) {
    say('info', `Used the alias \`ms.author: ${stringValue(alias)}\` as the author (\`author: ${stringValue(authorEntry)}\` dropped)`, 'author', alias);
  } else if (!alias && englishAuthor && translatedAuthor && stringValue(englishAuthor) !== stringValue(translatedAuthor)) {
    say('info', `Author ${quote(stringValue(translatedAuthor)!)} in the translation, ${quote(stringValue(englishAuthor)!)} in the English; kept the English alias`, 'author', translatedAuthor);
  }
  if (author !== undefined) {
    author = author.trim();
    const scripts = countScripts(author);
    if (scripts.hangul + scripts.kana + scripts.han + scripts.cyrillic > 0) {
      say('warning', `Author ${quote(author)} looks translated (an author is an alias, like \`labrenne\`); kept it as written`, 'author', authorEntry);
    }
  }

  // Date
  const dateEntry = entryFor(entries, 'ms.date') ?? entryFor(entries, 'date') ?? entryFor(entries, 'ms.lasthandoff');
  let date: string | undefined;
  if (dateEntry) {
    date = legacyDate(stringValue(dateEntry)!);
    if (!date) say('warning', `Cannot read the date ${quote(stringValue(dateEntry)!)} (expected MM/DD/YYYY); left \`date\` out`, 'date', dateEntry);
    else if (dateEntry.key === 'ms.lasthandoff') say('info', `No \`ms.date\`; used \`ms.lasthandoff\` as the date`, 'date', dateEntry);
  }

  const translation = mapTranslation(entries, locale, input.sideBySide, say);
  if (verbose) reportUnmapped(entries, file);

  const data: Record<string, unknown> = {};
  if (title !== undefined) data['title'] = title;
  // The legacy page's readers saw the H1 as its heading: kept when it is not the title.
  if (input.h1Text && title !== undefined && input.h1Text !== title) data['heading'] = input.h1Text;
  if (description !== undefined) data['description'] = description;
  if (author !== undefined) data['author'] = author;
  if (date !== undefined) data['date'] = date;
  if (input.appliesTo && input.appliesTo.length > 0) data['appliesTo'] = input.appliesTo;
  data['translation'] = translation;

  const result = pageSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || 'front matter';
      const entry = get(String(issue.path[0] ?? ''));
      report(file, 'error', `Front matter \`${field}\`: ${issue.message}`, 'front-matter-schema', at(entry));
    }
    return undefined;
  }
  return data as PageFrontmatter;
}

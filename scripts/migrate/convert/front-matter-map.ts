/**
 * Legacy front matter → the page schema (src/schemas/page.ts, validated with it):
 * title (without ` | Partner Center`), description, author (`ms.author` alias first), date
 * (`ms.date` else `ms.lasthandoff`, `MM/DD/YYYY` → `YYYY-MM-DD`), `translation.type` from
 * `ms.translationtype` (HT human, MT machine; en-us pages are the source), `sourceHash` from
 * `ms.openlocfilehash`, `sourceDate` from `ms.lasthandoff` (the date that English version was
 * handed off for translation) else `ms.date`. Other `ms.*` keys are reported, not silently dropped.
 */
import type { VFile } from 'vfile';
import type { Locale } from '../../../src/config/locales.ts';
import { pageFields, pageSchema, type PageFrontmatter, type TranslationType } from '../../../src/schemas/page.ts';
import { closest } from '../../../src/lib/closest.ts';
import { entryFor, stringValue, type FrontMatterEntry } from '../read/front-matter.ts';
import { countScripts } from '../read/locale.ts';
import { quote, report } from '../messages.ts';
import { stripTitleSuffix } from '../repair/title-suffix.ts';

/** Keys this module maps onto the schema. */
export const mappedKeys: ReadonlySet<string> = new Set([
  'title', 'description', 'author', 'date', 'appliesTo',
  'ms.author', 'ms.date', 'ms.lasthandoff', 'ms.translationtype', 'translationtype', 'ms.openlocfilehash', 'ms.contentlocale',
]);

/**
 * DocFX metadata the site has no use for (search keywords, robots directives, fwlink notes):
 * dropped and reported as info, not as unknown keys. Compared in lower case (`Keywords:` too).
 */
const docfxOnlyKeys: ReadonlySet<string> = new Set(['keywords', 'robots', 'fwlink', 'fwlink1', 'fwlink2', 'ms.assetid', 'ms.topic', 'ms.prod', 'ms.technology', 'ms.service', 'ms.devlang', 'ms.custom']);

/** An entry's text, or undefined when it is missing or blank (`description:` with no value). */
function text(entry: FrontMatterEntry | undefined): string | undefined {
  const value = stringValue(entry)?.trim();
  return value === '' ? undefined : value;
}

/** `10/29/2018` (or `2018-10-29`) → `2018-10-29`; undefined when it is no date. */
export function legacyDate(value: string): string | undefined {
  const us = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(value);
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(value);
  let y: number, m: number, d: number;
  if (us) [y, m, d] = [Number(us[3]), Number(us[1]), Number(us[2])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function translationTypeOf(value: string): TranslationType | undefined {
  const v = value.trim().toUpperCase();
  if (v === 'HT' || v === 'HUMAN') return 'human';
  if (v === 'MT' || v === 'MACHINE') return 'machine';
  return undefined;
}

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

function at(entry: FrontMatterEntry | undefined) {
  return entry ? { line: entry.line, column: entry.column } : { line: 1, column: 1 };
}

export function mapFrontMatter(input: FrontMatterInput, file: VFile): PageFrontmatter | undefined {
  const { entries, locale, verbose } = input;
  const say = (severity: 'error' | 'warning' | 'info', reason: string, rule: string, entry?: FrontMatterEntry) => {
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

  // Translation
  let translation: PageFrontmatter['translation'];
  const typeEntry = entryFor(entries, 'ms.translationtype') ?? entryFor(entries, 'translationtype');
  if (locale === 'en-us') {
    translation = { type: 'source' };
  } else {
    let type: TranslationType | undefined;
    if (typeEntry) {
      type = translationTypeOf(stringValue(typeEntry)!);
      if (!type) {
        type = /^MT/i.test(stringValue(typeEntry)!) ? 'machine' : 'human';
        say('warning', `Unknown \`ms.translationtype: ${stringValue(typeEntry)}\`; took it as \`${type}\``, 'translation-type', typeEntry);
      }
    } else {
      type = 'human';
      say(
        'warning',
        input.sideBySide
          ? 'No `ms.translationtype`: a side-by-side Microsoft translation, taken as `human`'
          : 'No `ms.translationtype`: took the translation as `human` (check it)',
        'translation-type',
      );
    }
    translation = { type };
    const hashEntry = entryFor(entries, 'ms.openlocfilehash');
    if (hashEntry) {
      const hash = stringValue(hashEntry)!.trim();
      if (/^[0-9a-f]{7,64}$/i.test(hash)) translation.sourceHash = hash.toLowerCase();
      else say('warning', `\`ms.openlocfilehash: ${hash}\` is not a hexadecimal hash; left it out`, 'source-hash', hashEntry);
    }
    else if (!input.sideBySide) {
      say('info', 'No `ms.openlocfilehash`: the page cannot say which English version it translates (no `translation.sourceHash`)', 'source-hash');
    }
    const sourceDateEntry = entryFor(entries, 'ms.lasthandoff') ?? entryFor(entries, 'ms.date');
    const sourceDate = sourceDateEntry ? legacyDate(stringValue(sourceDateEntry)!) : undefined;
    if (sourceDate) translation.sourceDate = sourceDate;
  }

  // Unmapped keys: reported, never silently dropped.
  if (verbose) {
    const seen = new Set<string>();
    for (const entry of entries) {
      if (mappedKeys.has(entry.key) || seen.has(entry.key)) continue;
      seen.add(entry.key);
      const value = stringValue(entry) ?? '';
      if (entry.key.startsWith('ms.') || docfxOnlyKeys.has(entry.key.toLowerCase())) {
        report(file, 'info', `Dropped \`${entry.key}: ${value}\`: the page schema has no such field`, 'front-matter-unmapped', at(entry));
      } else if (entry.key === 'uid') {
        report(file, 'info', `\`uid: ${value}\` resolves \`xref:\` links to this page; not kept in the page`, 'front-matter-unmapped', at(entry));
      } else {
        const suggestion = closest(entry.key, [...pageFields]);
        report(
          file,
          'warning',
          `Dropped the unknown front matter key \`${entry.key}\` (\`${entry.key}: ${value}\`)${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
          'front-matter-unknown',
          at(entry),
        );
      }
    }
  }

  const data: Record<string, unknown> = {};
  if (title !== undefined) data['title'] = title;
  // The legacy page's readers saw the H1 as its heading: kept when it is not the title.
  if (input.h1Text && title !== undefined && input.h1Text !== title) data['heading'] = input.h1Text;
  if (description !== undefined) data['description'] = description;
  if (author !== undefined) data['author'] = author;
  if (date !== undefined) data['date'] = date;
  if (input.appliesTo && input.appliesTo.length > 0) data['appliesTo'] = input.appliesTo;
  if (translation) data['translation'] = translation;

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

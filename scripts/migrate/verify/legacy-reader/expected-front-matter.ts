/**
 * The front matter values a page must carry, from the legacy entries: title (without the
 * ` | Partner Center` suffix), description, author (any of `ms.author`, the English and the
 * translated `author`), date (`ms.date`, else `date`, else `ms.lasthandoff`), and for a
 * translation its type (`ms.translationtype` HT → human, MT → machine), source hash (the legacy
 * `ms.openlocfilehash`; for a side-by-side file, the English page's hash) and date.
 * An empty value is not expected (the importer derives one), and is reported.
 */
import type { VFile } from 'vfile';
import type { Locale } from '../../../../src/config/locales.ts';
import type { TranslationType } from '../../../../src/schemas/page.ts';
import { report } from '../../messages.ts';
import { valueFor, type Entry, type FrontMatter } from './front-matter.ts';
import { normalise, type ExpectedFrontMatter, type LegacySegment } from './types.ts';
import { isProductName } from './words.ts';

/** `Title | Partner Center` → `Title` (an unknown suffix is part of the title). */
export function withoutSuffix(title: string): string {
  const match = /^(.*\S)\s*[|｜]\s*([^|｜]+)$/su.exec(title.trim());
  return match && isProductName(match[2]!) ? match[1]! : title.trim();
}

/** `MM/DD/YYYY` or `YYYY-MM-DD` → `YYYY-MM-DD`; undefined for anything else or no such day. */
export function isoDate(value: string): string | undefined {
  const us = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(value);
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(value);
  const [y, m, d] = us ? [us[3], us[1], us[2]].map(Number) : iso ? [iso[1], iso[2], iso[3]].map(Number) : [];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** `HT`, `Human Translation` → human; `MT`, `Machine Translation` → machine. */
export function translationType(value: string): TranslationType | undefined {
  const v = value.trim().toLowerCase().replace(/\s+translation$/, '');
  if (v === 'ht' || v === 'human') return 'human';
  if (v === 'mt' || v === 'machine') return 'machine';
  return undefined;
}

const fieldValue = (key: string, value: string) => normalise(key === 'title' ? withoutSuffix(value) : value);

/** The side-by-side lines of the front matter, with the fields each holds. */
export function frontMatterSegments(fm: FrontMatter): LegacySegment[] {
  const text = (e: Entry) => (Array.isArray(e.value) ? e.value.join(', ') : e.value);
  return fm.segments.map((s) => ({
    id: s.id,
    kind: 'front-matter' as const,
    text: normalise(s.translated),
    english: normalise(s.english),
    fields: fm.entries
      .filter((e) => e.segment === s.id)
      .map((e) => {
        const en = fm.english.find((x) => x.segment === s.id && x.key === e.key);
        return { key: e.key, value: fieldValue(e.key, text(e)), english: en ? fieldValue(e.key, text(en)) : undefined };
      }),
    where: { line: s.line, column: s.column },
  }));
}

export function expectedFrontMatter(fm: FrontMatter, locale: Locale, sideBySide: boolean, file: VFile): ExpectedFrontMatter {
  const expected: ExpectedFrontMatter = {};
  const given = (key: string, entries: readonly Entry[] = fm.entries) => {
    const found = valueFor(entries, key);
    if (found && found.text.trim() === '') {
      report(file, 'warning', `\`${found.entry.key}:\` is empty: the page's ${found.entry.key} is not checked`, 'front-matter-empty', found.entry);
      return undefined;
    }
    return found;
  };
  const title = given('title');
  if (title) expected.title = fieldValue('title', title.text);
  const description = given('description');
  if (description) expected.description = normalise(description.text);
  const authors = [valueFor(fm.entries, 'ms.author'), valueFor(fm.english, 'author'), given('author')]
    .map((a) => a?.text.trim())
    .filter((a): a is string => a !== undefined && a !== '');
  if (authors.length > 0) expected.author = authors;
  const dateText = (valueFor(fm.entries, 'ms.date') ?? valueFor(fm.entries, 'date') ?? valueFor(fm.entries, 'ms.lasthandoff'))?.text;
  const date = dateText === undefined ? undefined : isoDate(dateText);
  if (date) expected.date = date;
  if (locale === 'en-us') {
    expected.type = ['source'];
    return expected;
  }
  const type = valueFor(fm.entries, 'ms.translationtype') ?? valueFor(fm.entries, 'translationtype');
  const mapped = type ? translationType(type.text) : undefined;
  if (type && !mapped) report(file, 'warning', `Unknown translation type \`${type.text}\`: human or machine accepted`, 'translation-type', type.entry);
  expected.type = mapped ? [mapped] : ['human', 'machine'];
  const hash = valueFor(fm.entries, 'ms.openlocfilehash')?.text.trim();
  if (sideBySide) expected.sourceHashOfEnglish = true;
  else if (hash && /^[0-9a-f]{7,64}$/i.test(hash)) expected.sourceHash = hash.toLowerCase();
  const sourceDate = (valueFor(fm.entries, 'ms.lasthandoff') ?? valueFor(fm.entries, 'ms.date'))?.text;
  const parsed = sourceDate === undefined ? undefined : isoDate(sourceDate);
  if (parsed) expected.sourceDate = parsed;
  return expected;
}

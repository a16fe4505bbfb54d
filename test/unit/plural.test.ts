/** Plural forms: picked by each language's plural rules, and every category a language uses is present. */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/config/locales.ts';
import { missingPluralForms, pluralCategoriesOf, pluralText } from '../../src/lib/plural.ts';
import { pluralForms, tCount } from '../../src/i18n/ui.ts';
import { migrationWording } from '../../src/data/migration-steps.ts';
import { uiStringsSchema } from '../../src/schemas/ui-strings.ts';
import { describeIssues, formatProblems } from '../../src/lib/schema-issues.ts';
import enUs from '../../src/i18n/ui/en-us.json';

const russian = { one: '{count} страница', few: '{count} страницы', many: '{count} страниц', other: '{count} страницы' };

describe('plural forms', () => {
  it('Russian picks one, few and many', () => {
    expect(pluralCategoriesOf('ru-RU').sort()).toEqual(['few', 'many', 'one', 'other']);
    expect([1, 2, 5, 11, 21, 22, 25, 101].map((n) => pluralText(russian, n, 'ru-RU'))).toEqual([
      '1 страница',
      '2 страницы',
      '5 страниц',
      '11 страниц',
      '21 страница',
      '22 страницы',
      '25 страниц',
      '101 страница',
    ]);
  });

  it('English picks one and other; Japanese has other only', () => {
    expect(pluralText({ one: '{count} page', other: '{count} pages' }, 1, 'en-US')).toBe('1 page');
    expect(pluralText({ one: '{count} page', other: '{count} pages' }, 0, 'en-US')).toBe('0 pages');
    expect(pluralCategoriesOf('ja-JP')).toEqual(['other']);
    expect(pluralText({ other: '{count} 件' }, 1, 'ja-JP')).toBe('1 件');
  });

  it('names the categories a language needs and lacks', () => {
    expect(missingPluralForms({ other: '{count}' }, 'ru-RU').sort()).toEqual(['few', 'many', 'one']);
    expect(missingPluralForms({ other: '{count}' }, 'zh-TW')).toEqual([]);
  });

  it('every locale has every form its language uses: search results and cleared ticks', () => {
    for (const { locale, lang } of locales) {
      expect(missingPluralForms(pluralForms(locale, 'searchResults'), lang), locale).toEqual([]);
      expect(missingPluralForms(migrationWording[locale].cleared, lang), locale).toEqual([]);
    }
    expect(tCount('en-us', 'searchResults', 1)).toBe('1 page found');
    expect(tCount('en-us', 'searchResults', 17)).toBe('17 pages found');
    expect(tCount('ru-ru', 'searchResults', 1)).toBe('Найдена 1 страница');
    expect(tCount('ru-ru', 'searchResults', 3)).toBe('Найдено 3 страницы');
    expect(tCount('ru-ru', 'searchResults', 16)).toBe('Найдено 16 страниц');
  });

  it('the schema wants {count} in every form and known categories only', () => {
    const bad = uiStringsSchema.safeParse({ ...enUs, searchResults: { one: 'a page', several: '{count}', other: '{count} pages' } });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages.some((m) => m.includes('several'))).toBe(true);
    expect(messages).toContain('searchResults.one: every plural form must contain {count}');
  });

  it('names an unknown category as every schema names an unknown field, with the closest category', () => {
    const bad = uiStringsSchema.safeParse({ ...enUs, searchResults: { onee: '{count} page', other: '{count} pages' } });
    expect(formatProblems(describeIssues(bad.error!.issues))).toBe(
      'searchResults.onee: unknown field "onee" (not a plural category: zero, one, two, few, many, other); did you mean "one"?',
    );
  });
});

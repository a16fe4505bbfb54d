import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/config/locales.ts';
import { uiPluralKeys, uiStringKeys, uiStringPlaceholders, uiStringsSchema } from '../../src/schemas/ui-strings.ts';
import { t } from '../../src/i18n/ui.ts';

const dir = join(import.meta.dirname, '../../src/i18n/ui');
const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

describe('UI strings', () => {
  it('there is exactly one file per locale of the locale table', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(locales.map((l) => `${l.locale}.json`).sort());
  });

  for (const { locale } of locales) {
    it(`${locale} has every string, none empty, no unknown key`, () => {
      const result = uiStringsSchema.safeParse(read(`${locale}.json`));
      expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    });

    it(`${locale} keeps every placeholder`, () => {
      const strings = read(`${locale}.json`);
      for (const [key, placeholders] of Object.entries(uiStringPlaceholders)) {
        for (const placeholder of placeholders) expect(strings[key], `${locale}.${key}`).toContain(placeholder);
      }
    });
  }

  it('the schema names a missing or empty string', () => {
    const english = read('en-us.json');
    const { appliesTo: _dropped, ...missing } = english;
    const result = uiStringsSchema.safeParse({ ...missing, siteName: '  ' });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('appliesTo: this string is missing');
    expect(messages).toContain('siteName: this string is empty');
  });

  it('the key list and the English file agree', () => {
    expect(Object.keys(read('en-us.json')).sort()).toEqual([...uiStringKeys, ...uiPluralKeys].sort());
  });

  it('t() fills placeholders in the reader\'s language', () => {
    expect(t('ja-jp', 'untranslatedNotice', { language: '日本語' })).toContain('日本語に翻訳されていません');
    expect(t('en-us', 'untranslatedNotice', { language: 'Japanese' })).toBe(
      'This page is not translated into Japanese yet. You are reading the English version.',
    );
  });
});

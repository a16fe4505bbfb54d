import { describe, expect, it } from 'vitest';
import { locales } from '../../src/config/locales.ts';
import { negotiateLocale } from '../../src/lib/negotiate-locale.ts';

describe('negotiateLocale', () => {
  const cases: [string[], string | undefined][] = [
    [['ja-JP'], 'ja-jp'],
    [['ja'], 'ja-jp'],
    [['ko', 'en-US'], 'ko-kr'],
    [['zh-TW'], 'zh-tw'],
    [['zh-HK', 'en'], 'zh-tw'],
    [['ru-UA'], 'ru-ru'],
    [['en-GB'], 'en-us'],
    [['sw-KE', 'ru'], 'ru-ru'],
    [['sw-KE'], undefined],
    [[], undefined],
    [['JA-jp'], 'ja-jp'],
  ];
  for (const [preferred, expected] of cases) {
    it(`${JSON.stringify(preferred)} → ${expected}`, () => {
      expect(negotiateLocale(preferred, locales)).toBe(expected);
    });
  }
});

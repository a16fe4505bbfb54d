/** The 404 page speaks every language, the reader's first, with a link to each language's home. */
import { locales } from '../../src/config/locales.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { uiString } from './site-data.ts';

const blocks = (page: import('@playwright/test').Page) => page.locator('[data-not-found-languages] > section');
/** The 404 status itself is the one console error these pages may have (Chromium logs it). */
const allow404 = (errors: string[]) => {
  const rest = errors.filter((e) => !e.endsWith('Failed to load resource: the server responded with a status of 404 (Not Found)'));
  errors.splice(0, errors.length, ...rest);
};

test.describe('a Russian browser', () => {
  test.use({ locale: 'ru-RU' });
  test('gets the Russian message first, with the Russian title; every language is there', async ({ page, consoleErrors }) => {
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(blocks(page).first()).toHaveAttribute('lang', 'ru-RU');
    await expect(blocks(page).first()).toContainText(uiString('ru-ru', 'notFoundText'));
    await expect(page).toHaveTitle(new RegExp(`^${uiString('ru-ru', 'notFoundTitle')}`));
    await expect(page.locator('h1 [lang]').first()).toHaveAttribute('lang', 'ru-RU');
    await expect(blocks(page)).toHaveCount(locales.length);
    for (const { locale, lang } of locales) {
      const block = page.locator(`[data-not-found-languages] > section[lang="${lang}"]`);
      await expect(block, locale).toContainText(uiString(locale, 'notFoundText'));
      await expect(block.getByRole('link', { name: uiString(locale, 'homeTitle') })).toHaveAttribute('href', `/${locale}/`);
      await expect(page.locator(`h1 [lang="${lang}"]`)).toHaveText(uiString(locale, 'notFoundTitle'));
    }
    await expectNoAxeViolations(page, 'on the 404 page');
    allow404(consoleErrors);
  });
});

test.describe('a Korean browser', () => {
  test.use({ locale: 'ko-KR' });
  test('gets the Korean message first', async ({ page, consoleErrors }) => {
    await page.goto('/en-us/partner-center/nothing-here/');
    await expect(blocks(page).first()).toHaveAttribute('lang', 'ko-KR');
    await expect(page).toHaveTitle(new RegExp(`^${uiString('ko-kr', 'notFoundTitle')}`));
    allow404(consoleErrors);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'ja-JP' });
  test('every language in the locale table\'s order, each marked with its lang', async ({ page, consoleErrors }) => {
    const response = await page.goto('/missing/');
    expect(response?.status()).toBe(404);
    await expect(blocks(page)).toHaveCount(locales.length);
    for (const [i, { lang }] of locales.entries()) await expect(blocks(page).nth(i)).toHaveAttribute('lang', lang);
    for (const { locale } of locales) await expect(blocks(page).locator(`a[href="/${locale}/"]`)).toHaveCount(1);
    allow404(consoleErrors);
  });
});

test.describe('a Japanese phone', () => {
  test.use({ locale: 'ja-JP', viewport: { width: 360, height: 740 } });
  test('the heading\'s Japanese words break between phrases, not inside "見つかりません"', async ({ page, consoleErrors }) => {
    await page.goto('/no/such/page/');
    const japanese = page.locator('h1 [lang="ja-JP"]');
    await expect(japanese).toHaveText(uiString('ja-jp', 'notFoundTitle'));
    // The top of each character's box in the heading's Japanese words.
    const lines = await japanese.evaluate((span) => {
      const text = span.firstChild as Text;
      const range = document.createRange();
      return [...text.data].map((char, i) => {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return { char, top: Math.round(range.getBoundingClientRect().top) };
      });
    });
    const word = '見つかりません';
    const at = lines.map((l) => l.char).join('').indexOf(word);
    expect(at, 'the title holds the word').toBeGreaterThanOrEqual(0);
    expect(new Set(lines.slice(at, at + word.length).map((l) => l.top)).size, 'lines the word is on').toBe(1);
    allow404(consoleErrors);
  });
});

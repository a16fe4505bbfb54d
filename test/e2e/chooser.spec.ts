/** `/`: the language chooser, with and without JavaScript. */
import { locales } from '../../src/config/locales.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('lists every language by its native name, as plain links', async ({ page }) => {
    await page.goto('/');
    for (const { locale, nativeName, lang } of locales) {
      const link = page.getByRole('link', { name: nativeName, exact: true });
      await expect(link).toHaveAttribute('href', `/${locale}/`);
      await expect(link).toHaveAttribute('lang', lang);
    }
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });
  test('goes to the Japanese pages', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ja-jp\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP');
  });
});

test.describe('a browser asking for Russian first, then English', () => {
  test.use({ locale: 'ru' });
  test('goes to the Russian pages (language match without region)', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ru-ru\/$/);
  });
});

test.describe('a remembered choice', () => {
  test.use({ locale: 'ja-JP' });
  test('wins over the browser language, and the picker remembers the choice', async ({ page }) => {
    await page.goto('/en-us/');
    await page.locator('[data-language-picker] summary').click();
    await page.locator('[data-language-picker] a[data-locale="ko-kr"]').click();
    await expect(page).toHaveURL(/\/ko-kr\/$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/ko-kr\/$/);
  });
});

test.describe('a language the site does not have', () => {
  test.use({ locale: 'sw-KE' });
  test('stays on the chooser', async ({ page }) => {
    await page.goto('/');
    await page.waitForLoadState('load');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('link', { name: '日本語 (日本)' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('each locale home is in its language and leads to its pages', async ({ page }) => {
  for (const { locale, lang } of locales) {
    await page.goto(`/${locale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('[data-home-groups] a').first()).toHaveAttribute('href', new RegExp(`^/${locale}/partner-center/`));
    await expect(page.locator('[data-home-groups] [data-all-pages]')).toHaveAttribute('href', `/${locale}/contents/`);
  }
});

test('the sitemap lists translated pages with their alternates, and every URL is in the build', async ({ page, request }) => {
  const index = await request.get('/sitemap-index.xml');
  expect(index.status()).toBe(200);
  const sitemapUrls = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(sitemapUrls.length).toBeGreaterThan(0);
  for (const sitemapUrl of sitemapUrls) {
    const xml = await (await request.get(new URL(sitemapUrl).pathname)).text();
    const urls = [...xml.matchAll(/<(?:loc>|xhtml:link [^>]*href=")([^<"]+)/g)].map((m) => new URL(m[1]!).pathname);
    expect(urls.length).toBeGreaterThan(0);
    for (const path of new Set(urls)) expect((await request.get(path)).status(), path).toBe(200);
    expect(xml).toContain('hreflang="x-default"');
  }
  void page;
});

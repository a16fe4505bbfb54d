/**
 * Real imported pages as a reader meets them: legacy `#anchor` links land, the H1's own legacy
 * anchor still lands, a page with no English original says so, images that were never published
 * show a placeholder, complex tables keep their header, and every page credits its source.
 */
import { getLocaleInfo, locales } from '../../src/config/locales.ts';
import { pagePath } from '../../src/lib/content-index.ts';
import { expect, test } from './fixtures.ts';
import { uiString } from './site-data.ts';

for (const { locale } of locales) {
  test(`${locale}: a legacy #anchor link lands on its heading (competencies, fixed from #maintaining_membership)`, async ({ page }) => {
    await page.goto(pagePath(locale, 'competencies'));
    const link = page.locator('.content a[href="#maintain_membership"]').first();
    await link.click();
    await expect(page).toHaveURL(/#maintain_membership$/);
    await expect(page.locator('[id="maintain_membership"]')).toBeInViewport();
  });

  test(`${locale}: the H1's legacy anchor lands at the top of the page`, async ({ page }) => {
    await page.goto(`${pagePath(locale, 'activity-logs')}#view-customer-activity-logs`);
    const anchor = page.locator('[id="view-customer-activity-logs"]');
    await expect(anchor).toHaveCount(1);
    await expect(page.locator('.content > :first-child')).toHaveAttribute('id', 'view-customer-activity-logs');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });
}

test('a page with no English original: its translations say so, and English readers get the first translation', async ({ page }) => {
  const slug = 'user-management-in-partner-center-for-microsoft-cloud-germany';
  await page.goto(pagePath('ja-jp', slug));
  await expect(page.locator('[data-translation-notice="no-source"]')).toHaveText(uiString('ja-jp', 'noSourceNotice'));

  await page.goto(pagePath('en-us', slug));
  const shown = getLocaleInfo('zh-tw');
  await expect(page.locator('[data-translation-notice="fallback"]')).toContainText(shown.nativeName);
  await expect(page.locator('.content')).toHaveAttribute('lang', shown.lang);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${pagePath('zh-tw', slug)}$`));
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`${pagePath('zh-tw', slug)}$`));
  const english = page.locator('[data-language-picker] a[data-locale="en-us"]');
  await expect(english.locator('xpath=..')).toContainText(uiString('en-us', 'languagePickerShownIn').replace('{language}', shown.nativeName));
});

test('an image that was never published is a labelled placeholder, not a broken image', async ({ page }) => {
  await page.goto(pagePath('ja-jp', 'add-azure-shared-services'));
  const placeholder = page.locator('.image-missing').first();
  await expect(placeholder).toBeVisible();
  await expect(placeholder).toContainText(uiString('ja-jp', 'imageMissing'));
  await expect(placeholder.locator('.image-missing-alt')).toHaveText(/\S/);
  expect(await page.locator('.content img').count()).toBe(0);
});

test('a legacy HTML table keeps its header row and row headers', async ({ page }) => {
  await page.goto(pagePath('en-us', 'create-user-accounts-and-set-permissions'));
  const table = page.locator('.content table').first();
  await expect(table.getByRole('columnheader')).toHaveText(['Role in the Partner Dashboard', 'What they can do']);
  await expect(table.getByRole('rowheader', { name: 'Global admin' })).toHaveCount(1);
});

test('every page credits its source and license', async ({ page }) => {
  for (const { locale } of locales) {
    await page.goto(pagePath(locale, 'reset-a-user-password'));
    const credit = page.locator('.footer-credit');
    await expect(credit.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
    await expect(credit.getByRole('link', { name: /MicrosoftDocs\/partner-center-pr\./ })).toHaveCount(4);
  }
});

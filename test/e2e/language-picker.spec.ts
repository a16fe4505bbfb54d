/** The language picker as a disclosure: a button that opens a menu of links; Escape and an outside click close it. */
import { pagePath } from '../../src/lib/content-index.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const path = pagePath('ru-ru', 'competencies');

test('it looks like a button with a chevron, not like a text box', async ({ page }) => {
  await page.goto(path);
  const summary = page.locator('[data-language-picker] summary');
  const [background, pageBackground] = await Promise.all([
    summary.evaluate((el) => getComputedStyle(el).backgroundColor),
    page.evaluate(() => getComputedStyle(document.body).backgroundColor),
  ]);
  expect(background, 'a filled button, unlike the page (and the search field)').not.toBe(pageBackground);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  const chevron = summary.locator('.language-picker-chevron');
  await expect(chevron).toBeVisible();
  await expect(chevron).toHaveAttribute('aria-hidden', 'true');
  await expect(summary).toHaveCSS('cursor', 'pointer');
});

test('Escape closes the open list and returns focus to its button', async ({ page }) => {
  await page.goto(path);
  const picker = page.locator('[data-language-picker]');
  const list = picker.locator('ul');
  await picker.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible();
  await expectNoAxeViolations(page, 'with the language list open');
  await page.keyboard.press('Tab');
  await expect(picker.locator('a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(picker.locator('summary')).toBeFocused();
  // Escape on the button itself closes it too.
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(picker.locator('summary')).toBeFocused();
});

test('a click outside closes the list; a click inside does not', async ({ page }) => {
  await page.goto(path);
  const picker = page.locator('[data-language-picker]');
  const list = picker.locator('ul');
  await picker.locator('summary').click();
  await expect(list).toBeVisible();
  await list.locator('li').first().click({ position: { x: 2, y: 2 } });
  await expect(list).toBeVisible();
  await page.locator('h1').click();
  await expect(list).toBeHidden();
  await expectNoAxeViolations(page, 'after closing the list');
});

test('a language link carries the #anchor and the query string', async ({ page }) => {
  await page.goto(`${path}?from=test`);
  await page.evaluate(() => (location.hash = '#main'));
  await page.locator('[data-language-picker] summary').click();
  await page.locator('[data-language-picker] a[data-locale="ja-jp"]').click();
  await expect(page).toHaveURL(new RegExp(`${pagePath('ja-jp', 'competencies')}\\?from=test#main$`));
});

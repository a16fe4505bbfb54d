/**
 * The admins' migration checklist in every locale: ticking, progress that survives a reload and a
 * change of language, reset and its undo, corrupt or unavailable storage, keyboard only, no JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { locales } from '../../src/config/locales.ts';
import { pagePath } from '../../src/lib/content-index.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const rules = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/rules/migration-steps.json'), 'utf8'));
const key: string = rules.storage.key;
const stepIds: string[] = rules.steps.map((s: { id: string }) => s.id);
const wording = (locale: string) => JSON.parse(readFileSync(join(import.meta.dirname, `../../content/rules/migration-steps.${locale}.json`), 'utf8'));
const progressText = (locale: string, done: number) => wording(locale).progress.replace('{done}', String(done)).replace('{total}', String(stepIds.length));
/** "Cleared N ticks", in the plural form the count takes in the language. */
const clearedText = (locale: string, lang: string, count: number) => {
  const forms: Record<string, string> = wording(locale).cleared;
  return (forms[new Intl.PluralRules(lang).select(count)] ?? forms.other!).replace('{count}', String(count));
};
const programPage = (locale: string) => pagePath(locale as 'en-us', 'partner-incentives-is-now-on-partner-center');

const checklist = (page: Page) => page.locator('[data-checklist]');
const box = (page: Page, id: string) => page.locator(`[data-step-id="${id}"] input[type="checkbox"]`);

test('the checklist is on both pages that describe the migration, in every locale', async ({ page }) => {
  for (const { locale } of locales) {
    for (const slug of ['partner-incentives-is-now-on-partner-center', 'manage-your-incentives-in-partner-center']) {
      await page.goto(pagePath(locale, slug));
      await expect(checklist(page), `${locale}/${slug}`).toHaveCount(1);
      await expect(page.locator('[data-step-id]')).toHaveCount(stepIds.length);
    }
  }
});

for (const { locale } of locales) {
  test.describe(locale, () => {
    test('ticks are kept across a reload, and reset clears them', async ({ page }) => {
      await page.goto(programPage(locale));
      await expect(checklist(page).locator('[data-checklist-progress]')).toHaveText(progressText(locale, 0));
      await page.locator(`label[for="step-${stepIds[0]}"]`).click();
      await box(page, stepIds[2]!).check();
      await expect(checklist(page).locator('[data-checklist-progress]')).toHaveText(progressText(locale, 2));
      await page.reload();
      await expect(box(page, stepIds[0]!)).toBeChecked();
      await expect(box(page, stepIds[1]!)).not.toBeChecked();
      await expect(box(page, stepIds[2]!)).toBeChecked();
      await expect(checklist(page).locator('[data-checklist-progress]')).toHaveText(progressText(locale, 2));
      await expect(checklist(page).locator('progress')).toHaveAttribute('value', '2');
      const stored = await page.evaluate((k) => localStorage.getItem(k), key);
      expect(JSON.parse(stored!)).toEqual({ version: rules.storage.version, done: [stepIds[0], stepIds[2]] });
      await expectNoAxeViolations(page, 'with two steps ticked');

      await checklist(page).locator('[data-checklist-reset]').click();
      for (const id of stepIds) await expect(box(page, id)).not.toBeChecked();
      // Clearing says how many ticks went, and offers an undo, focused.
      const lang = locales.find((l) => l.locale === locale)!.lang;
      await expect(checklist(page).locator('[data-checklist-cleared]')).toHaveText(clearedText(locale, lang, 2));
      await expect(checklist(page).locator('[data-checklist-undo]')).toBeFocused();
      await page.reload();
      await expect(checklist(page).locator('[data-checklist-progress]')).toHaveText(progressText(locale, 0));
      await expect(checklist(page).locator('[data-checklist-undo]')).toBeHidden();
    });

    test('clearing all ticks can be undone, and the restored ticks survive a reload', async ({ page }) => {
      const lang = locales.find((l) => l.locale === locale)!.lang;
      await page.goto(programPage(locale));
      for (const i of [0, 1, 3]) await box(page, stepIds[i]!).check();
      const undo = checklist(page).locator('[data-checklist-undo]');
      const cleared = checklist(page).locator('[data-checklist-cleared]');
      await expect(undo).toBeHidden();
      await checklist(page).locator('[data-checklist-reset]').click();
      await expect(checklist(page).locator('[data-checklist-progress]')).toHaveText(progressText(locale, 0));
      await expect(cleared).toHaveText(clearedText(locale, lang, 3));
      await expect(cleared).toHaveAttribute('role', 'status');
      await expect(undo).toBeVisible();
      await expect(undo).toHaveText(wording(locale).undo);
      await expectNoAxeViolations(page, 'with the undo offer');
      await undo.click();
      for (const [i, id] of stepIds.entries()) {
        if ([0, 1, 3].includes(i)) await expect(box(page, id)).toBeChecked();
        else await expect(box(page, id)).not.toBeChecked();
      }
      await expect(checklist(page).locator('[data-checklist-progress]')).toHaveText(progressText(locale, 3));
      await expect(undo).toBeHidden();
      await expect(cleared).toHaveText('');
      await expect(checklist(page).locator('[data-checklist-reset]')).toBeFocused();
      await page.reload();
      for (const i of [0, 1, 3]) await expect(box(page, stepIds[i]!)).toBeChecked();
      await expect(checklist(page).locator('[data-checklist-progress]')).toHaveText(progressText(locale, 3));
    });

    test('progress follows the reader into another language', async ({ page }) => {
      await page.goto(programPage(locale));
      await box(page, stepIds[1]!).check();
      const other = locales.find((l) => l.locale !== locale)!;
      await page.locator('[data-language-picker] summary').click();
      await page.locator(`[data-language-picker] a[data-locale="${other.locale}"]`).click();
      await expect(page.locator('html')).toHaveAttribute('lang', other.lang);
      await expect(box(page, stepIds[1]!)).toBeChecked();
      await expect(checklist(page).locator('[data-checklist-progress]')).toHaveText(progressText(other.locale, 1));
    });

    test('keyboard only: every step ticks with Space, and all done shows the finished state', async ({ page }) => {
      await page.goto(programPage(locale));
      await box(page, stepIds[0]!).focus();
      for (let i = 0; i < stepIds.length; i++) {
        await expect(box(page, stepIds[i]!)).toBeFocused();
        await page.keyboard.press('Space');
        await expect(box(page, stepIds[i]!)).toBeChecked();
        // Tab passes the step's links, then reaches the next checkbox.
        if (i < stepIds.length - 1) {
          for (let guard = 0; guard < 6 && !(await box(page, stepIds[i + 1]!).evaluate((el) => el === document.activeElement)); guard++) await page.keyboard.press('Tab');
        }
      }
      await expect(checklist(page).locator('[data-checklist-finished]')).toBeVisible();
      await expect(checklist(page)).toHaveAttribute('data-complete', '');
      await expectNoAxeViolations(page, 'with every step done');
    });
  });
}

test('a corrupt or foreign stored value does not break the page', async ({ page }) => {
  for (const value of ['{ not json', '"just a string"', JSON.stringify({ version: 99, done: stepIds }), JSON.stringify({ version: 1, done: ['<img src=x onerror=alert(1)>'] })]) {
    await page.goto(programPage('en-us'));
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, value]);
    await page.reload();
    await expect(checklist(page).locator('[data-checklist-progress]')).toHaveText(progressText('en-us', 0));
    await box(page, stepIds[0]!).check();
    await expect(checklist(page).locator('[data-checklist-progress]')).toHaveText(progressText('en-us', 1));
    await page.evaluate((k) => localStorage.removeItem(k), key);
  }
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('without storage it works for the page and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(programPage('ja-jp'));
  await expect(checklist(page).locator('[data-checklist-storage-warning]')).toBeVisible();
  await expect(checklist(page).locator('[data-checklist-storage-warning]')).toHaveText(wording('ja-jp').storageUnavailable);
  await box(page, stepIds[0]!).check();
  await expect(checklist(page).locator('[data-checklist-progress]')).toHaveText(progressText('ja-jp', 1));
  await expectNoAxeViolations(page, 'with the storage warning');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the steps read as a plain ordered list with their links', async ({ page }) => {
    await page.goto(programPage('ko-kr'));
    const list = checklist(page).locator('ol');
    await expect(list.locator('> li')).toHaveCount(stepIds.length);
    await expect(list.locator('input[type="checkbox"]').first()).toBeHidden();
    await expect(checklist(page).locator('[data-checklist-status]')).toBeHidden();
    await expect(list.locator('a[href="../assign-a-user-the-incentive-admin-or-incentive-user-role/"]')).toBeVisible();
    await expect(list.locator('li').first()).toContainText(wording('ko-kr').steps['wait-for-email'].title);
  });
});

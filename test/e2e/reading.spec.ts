/**
 * Reading in your language: the English source beside a side-by-side translation (hover, focus,
 * "Show English"), the language picker keeping the section, the remembered language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagePath } from '../../src/lib/content-index.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const program = (locale: string) => pagePath(locale as 'en-us', 'partner-incentives-is-now-on-partner-center');
const sideBySide = ['zh-tw', 'ko-kr'];

// The segments as the importer wrote them: id → English source.
function segmentsOf(locale: string): Map<string, string> {
  const mdx = readFileSync(join(import.meta.dirname, `../../content/${locale}/partner-center/partner-incentives-is-now-on-partner-center.mdx`), 'utf8');
  return new Map([...mdx.matchAll(/<Segment id="([^"]+)" source="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')]));
}

for (const locale of sideBySide) {
  test.describe(`${locale}: English source`, () => {
    test('hovering or focusing a sentence shows its English source; the switch shows all, and is remembered', async ({ page }) => {
      const segments = segmentsOf(locale);
      expect(segments.size).toBeGreaterThan(10);
      await page.goto(program(locale));
      const sources = page.locator('[data-source-segment]');
      await expect(sources).toHaveCount(segments.size);
      await expect(sources.first()).toBeHidden();

      const [firstId, firstSource] = [...segments][3]!;
      const segment = page.locator(`[data-segment="${firstId}"]`);
      await segment.hover();
      const shown = page.locator(`[data-source-segment="${firstId}"]`);
      await expect(shown).toBeVisible();
      await expect(shown).toHaveAttribute('lang', 'en');
      await expect(shown).toHaveText(firstSource);
      await page.mouse.move(0, 0);
      await expect(shown).toBeHidden();

      await segment.focus();
      await expect(shown).toBeVisible();
      await expect(segment).toHaveAttribute('aria-describedby', `source-${firstId}`);
      await page.locator('h1').click();

      const toggle = page.locator('[data-source-toggle] button');
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await toggle.press('Enter');
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      for (const [id, source] of segments) await expect(page.locator(`[data-source-segment="${id}"]`)).toHaveText(source);
      await expect(sources.nth(segments.size - 1)).toBeVisible();
      await expectNoAxeViolations(page, 'with the English source shown');

      await page.reload();
      await expect(page.locator('[data-source-toggle] button')).toHaveAttribute('aria-pressed', 'true');
      await expect(sources.first()).toBeVisible();
      await page.locator('[data-source-toggle] button').click();
      await expect(sources.first()).toBeHidden();
    });
  });
}

test('pages without side-by-side text have no "Show English" switch', async ({ page }) => {
  await page.goto(program('ja-jp'));
  await expect(page.locator('[data-source-toggle]')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a side-by-side page reads normally: no English shown, no switch', async ({ page }) => {
    await page.goto(program('zh-tw'));
    await expect(page.locator('[data-source-segment]').first()).toBeHidden();
    await expect(page.locator('[data-source-toggle]')).toBeHidden();
    await expect(page.locator('.content')).not.toContainText('Whether you are doing business', { useInnerText: true });
  });
});

test('the picker keeps the section (#anchor) and the choice is remembered at /', async ({ page }) => {
  await page.goto(`${program('en-us')}#set-your-users-up-in-partner-center`);
  await page.locator('[data-language-picker] summary').click();
  await page.locator('[data-language-picker] a[data-locale="ru-ru"]').click();
  await expect(page).toHaveURL(new RegExp(`${program('ru-ru')}#set-your-users-up-in-partner-center$`));
  await expect(page.locator('#set-your-users-up-in-partner-center')).toBeInViewport();
  await page.goto('/');
  await expect(page).toHaveURL(/\/ru-ru\/$/);
});

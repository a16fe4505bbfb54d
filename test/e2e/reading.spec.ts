/**
 * Reading in your language: a side-by-side translation reads as prose (paragraphs, no tab stop
 * per sentence), its English source on hover (Escape closes it) or for the whole page ("Show
 * English"), kept out of search; the language picker keeping the section, the remembered language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagePath } from '../../src/lib/content-index.ts';
import uiKo from '../../src/i18n/ui/ko-kr.json' with { type: 'json' };
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const program = (locale: string) => pagePath(locale as 'en-us', 'partner-incentives-is-now-on-partner-center');
const sideBySide = ['zh-tw', 'ko-kr'];

async function search(page: Page, query: string) {
  await page.locator('[data-site-search] input').fill(query);
  // The status ends in "…" while searching; then it says how many pages were found.
  await expect(page.locator('[data-search-status]')).toHaveText(/^(?!.*…$).+$/, { timeout: 15_000 });
  return page.locator('[data-search-list] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

// The segments as the importer wrote them: id → English source.
function segmentsOf(locale: string): Map<string, string> {
  const mdx = readFileSync(join(import.meta.dirname, `../../content/${locale}/partner-center/partner-incentives-is-now-on-partner-center.mdx`), 'utf8');
  return new Map([...mdx.matchAll(/<Segment id="([^"]+)" source="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')]));
}

/** The English words of a page's sources that its translated text does not use (so cannot come from it). */
function englishOnlyWords(locale: string): string[] {
  const mdx = readFileSync(join(import.meta.dirname, `../../content/${locale}/partner-center/partner-incentives-is-now-on-partner-center.mdx`), 'utf8');
  const translated = mdx.replace(/source="[^"]*"/g, '').toLowerCase();
  const words = [...segmentsOf(locale).values()].flatMap((source) => source.toLowerCase().match(/[a-z]{6,}/g) ?? []);
  return [...new Set(words)].filter((w) => !translated.includes(w));
}

/** Presses Tab from the top of the page until `target` has focus; the elements focused on the way. */
async function tabUntil(page: Page, target: string, limit = 80): Promise<{ count: number; stops: string[] }> {
  await page.locator('body').focus();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: string[] = [];
  for (let count = 1; count <= limit; count++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((target) => {
      const el = document.activeElement!;
      return { reached: el.matches(target), inSegment: !!el.closest('.segment'), describedBy: el.getAttribute('aria-describedby'), html: el.outerHTML.slice(0, 120) };
    }, target);
    expect(stop.inSegment, `a sentence is a tab stop: ${stop.html}`).toBe(false);
    stops.push(stop.html);
    if (stop.reached) return { count, stops };
  }
  throw new Error(`${target} not reached in ${limit} Tabs:\n${stops.join('\n')}`);
}

const checkerControl = '[data-eligibility-checker] input';

test('a translated page is not longer to Tab through than the English one: sentences are no tab stops', async ({ page }) => {
  await page.goto(program('en-us'));
  const english = await tabUntil(page, checkerControl);
  for (const locale of ['zh-tw', 'ko-kr']) {
    await page.goto(program(locale));
    const translated = await tabUntil(page, checkerControl);
    expect(translated.count, `${locale}:\n${translated.stops.join('\n')}`).toBeLessThanOrEqual(english.count + 2);
  }
  await expect(page.locator('[data-segment][tabindex], [data-segment] [tabindex], [data-segment][aria-describedby]')).toHaveCount(0);
});

test('a link made of a sentence is one tab stop', async ({ page }) => {
  await page.goto(program('zh-tw'));
  const link = page.locator('.content a:has([data-segment="31616-128"])');
  await expect(link).toHaveCount(1);
  await link.focus();
  await page.keyboard.press('Tab');
  const after = await page.evaluate(() => document.activeElement!.outerHTML.slice(0, 200));
  expect(after).not.toContain('31616-128');
  expect(await link.evaluate((a) => a.querySelectorAll('[tabindex], a, button, input').length)).toBe(0);
});

test('paragraphs of translated sentences are paragraphs', async ({ page }) => {
  await page.goto(program('zh-tw'));
  const paragraphOf = (id: string) => page.locator(`[data-segment="${id}"]`).evaluate((s) => {
    const p = s.parentElement!;
    return p.tagName === 'P' ? [...p.querySelectorAll('[data-segment]')].map((e) => e.getAttribute('data-segment')).join(' ') : p.tagName;
  });
  expect(await paragraphOf('31616-107')).toBe('31616-107 31616-108');
  expect(await paragraphOf('31616-110')).toBe('31616-110 31616-111 31616-112');
  expect(await paragraphOf('31616-121')).toBe('31616-121 31616-122 31616-123');
  // Every sentence is inside a paragraph, heading, list item, cell or link: none is loose in a block.
  const loose = await page.locator('.content [data-segment]').evaluateAll((segments) =>
    segments.filter((s) => !s.parentElement!.matches('p, h1, h2, h3, h4, h5, h6, li, td, th, a, strong, em, dt, dd')).map((s) => s.outerHTML.slice(0, 80)),
  );
  expect(loose).toEqual([]);
  // Sentences of one paragraph are separated by their white space, not run together.
  expect(await page.locator('[data-segment="31616-107"]').evaluate((s) => s.nextSibling?.textContent)).toMatch(/^\s+$/);
});

for (const locale of sideBySide) {
  test.describe(`${locale}: English source`, () => {
    // axe on a long page with every source shown is slow on a busy machine.
    test.describe.configure({ timeout: 180_000 });
    test('hovering a sentence shows its English; the popover can be hovered, and Escape closes it', async ({ page }) => {
      const segments = segmentsOf(locale);
      expect(segments.size).toBeGreaterThan(10);
      await page.goto(program(locale));
      const sources = page.locator('[data-source-segment]');
      await expect(sources).toHaveCount(segments.size);
      await expect(sources.first()).toBeHidden();

      const [id, source] = [...segments][3]!;
      const segment = page.locator(`[data-segment="${id}"] > .segment-text`);
      const shown = page.locator(`[data-source-segment="${id}"]`);
      await segment.hover();
      await expect(shown).toBeVisible();
      await expect(shown).toHaveAttribute('lang', 'en');
      await expect(shown).toHaveText(source);
      await expectNoAxeViolations(page, 'with a sentence\'s English shown on hover');
      // Hoverable: the pointer can move onto the English without it closing.
      await shown.hover();
      await expect(shown).toBeVisible();
      // Dismissible: Escape closes it while the pointer stays on the sentence, and it stays closed…
      await segment.hover({ position: { x: 2, y: 2 } });
      await expect(shown).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(shown).toBeHidden();
      await segment.hover({ position: { x: 6, y: 4 } });
      await expect(shown).toBeHidden();
      // …until the pointer leaves and comes back.
      await page.mouse.move(0, 0);
      await segment.hover();
      await expect(shown).toBeVisible();
      await page.mouse.move(0, 0);
      await expect(shown).toBeHidden();
    });

    test('"Show English" shows every source, in English, and is remembered', async ({ page }) => {
      const segments = segmentsOf(locale);
      await page.goto(program(locale));
      const sources = page.locator('[data-source-segment]');
      const toggle = page.locator('[data-source-toggle] button');
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await toggle.press('Enter');
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      for (const [id, source] of segments) {
        const shown = page.locator(`[data-source-segment="${id}"]`);
        await expect(shown).toHaveText(source);
        await expect(shown).toHaveAttribute('lang', 'en');
      }
      await expect(sources.nth(segments.size - 1)).toBeVisible();
      await expectNoAxeViolations(page, 'with the English source shown');

      await page.reload();
      await expect(page.locator('[data-source-toggle] button')).toHaveAttribute('aria-pressed', 'true');
      await expect(sources.first()).toBeVisible();
      await page.locator('[data-source-toggle] button').click();
      await expect(sources.first()).toBeHidden();
      await expectNoAxeViolations(page, 'with the English source hidden again');
    });
  });
}

test('the English of a side-by-side page is not in its search index', async ({ page }) => {
  const englishOnly = englishOnlyWords('ko-kr');
  expect(englishOnly).toEqual(expect.arrayContaining(['profitability']));
  await page.goto(program('ko-kr'));
  // An English-only word of the page's sources does not find it…
  expect(await search(page, 'profitability')).not.toContain(program('ko-kr'));
  // …and its excerpts, in Korean, quote none of its English (a fresh page: one search each).
  await page.goto(program('ko-kr'));
  expect(await search(page, '인센티브')).toContain(program('ko-kr'));
  const excerpt = (await page.locator('[data-search-list] li', { has: page.locator(`a[href$="${program('ko-kr')}"]`) }).locator('p').textContent()) ?? '';
  expect(excerpt).toMatch(/인센티브/);
  expect(englishOnly.filter((w) => excerpt.toLowerCase().includes(w))).toEqual([]);
  // Nor the label of the "Show English" switch, which is no text of the page.
  expect(excerpt).not.toContain(uiKo.showSource);
});

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

/** Search in the reader's language: one Pagefind index per locale, loaded only when used. */
import type { Page } from '@playwright/test';
import { pagePath } from '../../src/lib/content-index.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { expectedPages, uiString } from './site-data.ts';

async function search(page: Page, query: string) {
  const input = page.locator('[data-site-search] input');
  await input.fill(query);
  // The status ends in "…" while searching; then it says how many pages were found.
  await expect(page.locator('[data-search-status]')).toHaveText(/^(?!.*…$).+$/, { timeout: 15_000 });
  return page.locator('[data-search-list] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const fallbackPaths = new Set(expectedPages.filter((p) => p.fallback).map((p) => p.path));

test('a Japanese word finds the Japanese page, from a Japanese page', async ({ page }) => {
  await page.goto(pagePath('ja-jp', 'competencies'));
  const urls = await search(page, 'インセンティブ');
  expect(urls).toContain(pagePath('ja-jp', 'partner-incentives-is-now-on-partner-center'));
  expect(urls.every((u) => u.startsWith('/ja-jp/'))).toBe(true);
  expect(urls.filter((u) => fallbackPaths.has(u))).toEqual([]);
  await expect(page.locator('[data-search-list] mark').first()).toBeVisible();
});

test('a Russian word finds the Russian page', async ({ page }) => {
  await page.goto(pagePath('ru-ru', 'reset-a-user-password'));
  const urls = await search(page, 'поощрений');
  expect(urls).toContain(pagePath('ru-ru', 'partner-incentives-is-now-on-partner-center'));
  expect(urls.every((u) => u.startsWith('/ru-ru/'))).toBe(true);
});

test('fallback copies are not in another language\'s index', async ({ page }) => {
  // The Germany user-management page has no English: English readers get its zh-tw text, which
  // is indexed as Chinese only, not in the English index.
  const slug = 'user-management-in-partner-center-for-microsoft-cloud-germany';
  await page.goto(pagePath('en-us', 'competencies'));
  expect(await search(page, '德國')).not.toContain(pagePath('en-us', slug));
  await page.goto(pagePath('zh-tw', 'competencies'));
  expect(await search(page, '德國')).toContain(pagePath('zh-tw', slug));
});

test('the search code and index load only when the reader types, and results are text', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
  });
  await page.goto(pagePath('en-us', 'competencies'));
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);
  const urls = await search(page, '<img src=x onerror=alert(1)> competency');
  expect(pagefindRequests.length).toBeGreaterThan(0);
  expect(urls.length).toBeGreaterThanOrEqual(0);
  await expect(page.locator('[data-site-search] img')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-search-panel]')).toBeHidden();
});

test('a click outside closes the results; back in the box they show again; Escape closes them too', async ({ page }) => {
  await page.goto(pagePath('en-us', 'competencies'));
  await search(page, 'competency');
  const panel = page.locator('[data-search-panel]');
  await expect(panel).toBeVisible();
  await expectNoAxeViolations(page, 'with search results open');
  // The results cover the top of the article: click the footer, well outside them.
  await page.locator('.site-footer p').first().click();
  await expect(panel).toBeHidden();
  await expectNoAxeViolations(page, 'after an outside click');
  await page.locator('[data-site-search] input').click();
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

/** "N pages found" in the plural form N takes in the language (Russian: one, few, many). */
const foundText = (locale: 'en-us' | 'ru-ru', lang: string, count: number) => {
  const forms = uiString(locale, 'searchResults') as unknown as Record<string, string>;
  return (forms[new Intl.PluralRules(lang).select(count)] ?? forms.other!).replace('{count}', String(count));
};

for (const [locale, lang, query, count] of [
  ['en-us', 'en-US', 'Ukrainian', 1],
  ['ru-ru', 'ru-RU', 'сверки', 1],
  ['ru-ru', 'ru-RU', 'Ватикан', 3],
] as const) {
  test(`${locale}: "${query}" finds ${count}, said in the right plural form`, async ({ page }) => {
    await page.goto(pagePath(locale, 'competencies'));
    const urls = await search(page, query);
    expect(urls).toHaveLength(count);
    await expect(page.locator('[data-search-status]')).toHaveText(foundText(locale, lang, count));
  });
}

test('excerpts start at a sentence (or say they are cut) and leave out the "Applies to" box', async ({ page }) => {
  await page.goto(pagePath('en-us', 'competencies'));
  await search(page, 'payout');
  const excerpts = await page.locator('[data-search-list] li p').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) {
    expect(excerpt, 'starts on a capital or a "…"').toMatch(/^[…A-Z0-9]/);
    expect(excerpt).not.toContain(`${uiString('en-us', 'appliesTo')}.`);
  }
  const payouts = page.locator('[data-search-list] li', { has: page.locator(`a[href="${pagePath('en-us', 'incentives-payouts')}"]`) });
  await expect(payouts.locator('p')).toHaveText(/^Understand your incentives payouts\. /);

  await page.goto(pagePath('zh-tw', 'competencies'));
  await search(page, '獎勵');
  const program = page.locator('[data-search-list] li', { has: page.locator(`a[href="${pagePath('zh-tw', 'partner-incentives-is-now-on-partner-center')}"]`) });
  // Not "夥伴獎勵…", cut inside 合作夥伴 (partner).
  await expect(program.locator('p')).toHaveText(/^合作夥伴獎勵現在位於合作夥伴中心/);
  for (const excerpt of await page.locator('[data-search-list] li p').allTextContents()) {
    expect(excerpt).not.toContain(uiString('zh-tw', 'appliesTo'));
    // The side-by-side page's "Show English" button is not part of its text.
    expect(excerpt).not.toContain(uiString('zh-tw', 'showSource'));
  }
  // The word finds the side-by-side page: the loop above is not vacuous for it.
  await expect(program).toHaveCount(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search box is absent, not broken', async ({ page }) => {
    await page.goto(pagePath('en-us', 'competencies'));
    await expect(page.locator('[data-site-search]')).toBeHidden();
  });
});

/**
 * The site foundation, page by page in every locale: language attributes, titles, canonical
 * and hreflang links that resolve, the language picker, fallback notices, accessibility.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getLocaleInfo, locales } from '../../src/config/locales.ts';
import { pagePath } from '../../src/lib/content-index.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { expectedPages, sampledPages, samplePages, uiString } from './site-data.ts';

const distDir = join(import.meta.dirname, '../../dist');

/** Absolute site URL → the file of the build that serves it. */
function builtFileFor(href: string): string {
  const { pathname } = new URL(href);
  return join(distDir, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
}

test('the content has pages to test, and the sample is real pages', () => {
  expect(expectedPages.length).toBeGreaterThanOrEqual(130 * locales.length);
  expect(sampledPages).toHaveLength(samplePages.length * locales.length);
});

// Every page of the site: its shell. A sample in every locale: the picker and accessibility.
for (const expected of expectedPages) {
  const sampled = samplePages.includes(expected.slug);
  test.describe(`${expected.path}`, () => {
    test('shell: lang, dir, title, description, canonical, hreflang, notice', async ({ page }) => {
      const response = await page.goto(expected.path);
      expect(response?.status()).toBe(200);
      const { lang, dir } = getLocaleInfo(expected.locale);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page).toHaveTitle(`${expected.title} | ${uiString(expected.locale, 'titleSuffix')}`);
      await expect(page.locator('h1')).toHaveText(expected.heading);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);

      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toBeTruthy();
      expect(new URL(canonical!).pathname).toBe(pagePath(expected.shownIn, expected.slug));
      expect(existsSync(builtFileFor(canonical!)), `canonical ${canonical} is a page of the build`).toBe(true);

      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((l) => ({ hreflang: l.getAttribute('hreflang')!, href: l.getAttribute('href')! })));
      const expectedHreflangs = locales.filter((l) => expected.translatedIn.has(l.locale)).map((l) => l.lang);
      expect(alternates.map((a) => a.hreflang).sort()).toEqual([...expectedHreflangs, 'x-default'].sort());
      for (const alternate of alternates) {
        expect(existsSync(builtFileFor(alternate.href)), `hreflang ${alternate.hreflang} ${alternate.href} is a page of the build`).toBe(true);
      }

      const notice = page.locator('[data-translation-notice="fallback"]');
      if (expected.fallback) {
        await expect(notice).toHaveCount(1);
        await expect(notice).toContainText(getLocaleInfo(expected.shownIn === 'en-us' ? expected.locale : expected.shownIn).nativeName);
        await expect(page.locator('.content')).toHaveAttribute('lang', getLocaleInfo(expected.shownIn).lang);
      } else {
        await expect(notice).toHaveCount(0);
      }
    });

    if (!sampled) return;
    test('language picker reaches the same page in each locale', async ({ page, request }) => {
      await page.goto(expected.path);
      const picker = page.locator('[data-language-picker]');
      const links = picker.locator('a[data-locale]');
      await expect(links).toHaveCount(locales.length);
      for (const { locale } of locales) {
        const link = picker.locator(`a[data-locale="${locale}"]`);
        await expect(link).toHaveAttribute('href', pagePath(locale, expected.slug));
        const isFallback = !expected.translatedIn.has(locale);
        expect(await link.getAttribute('data-fallback'), `${locale} marked as fallback`).toBe(isFallback ? '' : null);
        expect((await request.get(pagePath(locale, expected.slug))).status()).toBe(200);
      }
      await expect(picker.locator('a[aria-current="page"]')).toHaveAttribute('data-locale', expected.locale);
    });

    test('no accessibility violations (WCAG 2.1 AA)', async ({ page }) => {
      // axe over the longest legacy pages (a 600-row reconciliation table) takes tens of seconds on a loaded machine.
      test.setTimeout(180_000);
      await page.goto(expected.path);
      await expectNoAxeViolations(page);
    });
  });
}

test('the picker is usable by keyboard and takes the reader to the same page', async ({ page }) => {
  const first = expectedPages.find((p) => p.locale === 'en-us')!;
  await page.goto(first.path);
  await page.locator('[data-language-picker] summary').focus();
  await page.keyboard.press('Enter');
  const target = page.locator('[data-language-picker] a[data-locale="ja-jp"]');
  await expect(target).toBeVisible();
  await target.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${pagePath('ja-jp', first.slug)}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP');
});

test('the table of contents lists the h2/h3 headings and its links land on them', async ({ page }) => {
  const withHeadings = expectedPages.find((p) => p.locale === 'en-us' && p.slug === 'partner-incentives-is-now-on-partner-center')!;
  await page.goto(withHeadings.path);
  // The page's own headings: the checker's and the checklist's titles are headings too, but not sections of the article.
  const headingIds = await page.locator('.content :is(h2, h3):not([data-eligibility-checker] *, [data-checklist] *)').evaluateAll((hs) => hs.map((h) => h.id));
  expect(headingIds.length).toBeGreaterThan(0);
  const tocTargets = await page.locator('.toc a').evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))));
  expect(tocTargets).toEqual(headingIds);
  await page.locator('.toc a').last().click();
  await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(headingIds.at(-1)!)}$`));
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  test('a code block with long lines scrolls in its own box, and a keyboard reaches it', async ({ page }) => {
    await page.goto(pagePath('ko-kr', 'third-party-help'));
    const code = page.locator('.content pre').first();
    const { scrollWidth, clientWidth } = await code.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth, 'the block has lines longer than the screen').toBeGreaterThan(clientWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await code.focus();
    await expect(code).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => code.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  for (const locale of locales) {
    test(`${locale.locale}: nothing overflows sideways`, async ({ page }) => {
      const expected = expectedPages.find((p) => p.locale === locale.locale && p.slug === 'partner-incentives-is-now-on-partner-center')!;
      await page.goto(expected.path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.locator('[data-language-picker] summary').tap();
      const box = await page.locator('[data-language-picker] ul').boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360, 'language list fits the screen').toBe(true);
    });
  }
});

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('has no contrast or other violations', async ({ page }) => {
    await page.goto(expectedPages.find((p) => p.fallback)!.path);
    await expectNoAxeViolations(page, 'in dark mode');
  });
});

test('print hides the header, picker, navigation and table of contents, and the text takes the page width', async ({ page }) => {
  await page.goto(expectedPages[0]!.path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  await expect(page.locator('.page-sidebar')).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  // With the sidebar and the table of contents gone, the text keeps its reading measure, not a leftover grid column (0 or 240 px before).
  const widths = await page.evaluate(() => ({
    text: document.querySelector('.page > .content')?.getBoundingClientRect().width ?? 0,
    page: document.documentElement.clientWidth,
  }));
  expect(widths.text, 'printed text width').toBeGreaterThan(widths.page * 0.5);
});

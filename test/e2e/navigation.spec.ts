/**
 * The reader's way around the docset, in every locale: the sidebar (a menu on phones) from the
 * locale's table of contents with the current page marked and its group open, breadcrumbs,
 * previous/next in the table's order, the page's date, the contents page and the home page; all
 * of it without JavaScript too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { getLocaleInfo, locales, type Locale } from '../../src/config/locales.ts';
import { pagePath } from '../../src/lib/content-index.ts';
import { buildNav, readingOrder, trail, type NavNode } from '../../src/lib/nav.ts';
import { tocSchema } from '../../src/schemas/toc.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { contentDir, expectedPages, uiString } from './site-data.ts';

/** The navigation the pages should show, from the same data the site reads (content/toc, content/). */
function expectedNav(locale: Locale): { tree: NavNode[]; order: NavNode[] } {
  const toc = tocSchema.parse(JSON.parse(readFileSync(join(contentDir, 'toc', `${locale}.json`), 'utf8')));
  const pages = expectedPages
    .filter((p) => p.locale === locale)
    .map((p) => ({ slug: p.slug, title: p.title, fallback: p.fallback, ...(p.fallback ? { lang: getLocaleInfo(p.shownIn).lang } : {}) }));
  const tree = buildNav(toc.entries, pages, { moreTitle: uiString(locale, 'navMorePages'), lang: getLocaleInfo(locale).lang });
  return { tree, order: readingOrder(tree) };
}

/** Pages in the table of contents at each depth, one not in it, the first and the last. */
const sampleSlugs = ['read-your-bill', 'billing', 'index', 'partner-incentives-is-now-on-partner-center', 'create-user-accounts-and-set-permissions'];

const sidebar = (page: Page) => page.locator('[data-docs-nav]');

for (const { locale } of locales) {
  test.describe(locale, () => {
    const nav = expectedNav(locale);
    const slugs = [...sampleSlugs, nav.order.at(-1)!.slug!];

    for (const slug of slugs) {
      test(`${slug}: sidebar marks the page and opens its group; breadcrumbs; previous and next in table order`, async ({ page }) => {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(pagePath(locale, slug));
        const path = trail(nav.tree, slug);
        expect(path.length, `${slug} has a place in the navigation`).toBeGreaterThan(0);

        // The sidebar shows without opening anything on a wide screen; exactly one current page: this one.
        const current = sidebar(page).locator('a[aria-current="page"]');
        await expect(current).toHaveCount(1);
        await expect(current).toBeVisible();
        await expect(current).toHaveAttribute('href', pagePath(locale, slug));
        await expect(current).toHaveText(path.at(-1)!.title);
        // Its group is open: every entry on the way is shown, with its siblings.
        for (const node of path) await expect(sidebar(page).getByText(node.title, { exact: true }).first()).toBeVisible();
        const parent = path.at(-2);
        if (parent) {
          const siblings = sidebar(page).locator('li.nav-open').last().locator(':scope > ul > li');
          await expect(siblings).toHaveCount(parent.children.length);
        }
        // Top-level entries all present, closed groups carry no children.
        await expect(sidebar(page).locator('.nav-depth-0 > li')).toHaveCount(nav.tree.length);

        // Breadcrumbs: home, then the groups above the page.
        const crumbs = page.locator('[data-breadcrumbs] li');
        await expect(crumbs).toHaveText([uiString(locale, 'siteName'), ...path.slice(0, -1).map((n) => n.title)]);
        await expect(crumbs.first().locator('a')).toHaveAttribute('href', `/${locale}/`);

        // Previous and next, in the table's reading order.
        const i = nav.order.findIndex((n) => n.slug === slug);
        const previous = nav.order[i - 1];
        const next = nav.order[i + 1];
        const prevLink = page.locator('[data-pager-previous]');
        const nextLink = page.locator('[data-pager-next]');
        if (previous) await expect(prevLink).toHaveAttribute('href', pagePath(locale, previous.slug!));
        else await expect(prevLink).toHaveCount(0);
        if (next) {
          await expect(nextLink).toHaveAttribute('href', pagePath(locale, next.slug!));
          await expect(nextLink).toHaveAttribute('rel', 'next');
          await expect(nextLink.locator('.pager-title')).toHaveText(next.title);
        } else await expect(nextLink).toHaveCount(0);
      });
    }

    test('the page says when it was last updated, in the reader\'s date format', async ({ page }) => {
      await page.goto(pagePath(locale, 'read-your-bill'));
      const time = page.locator('[data-last-updated] time');
      const iso = await time.getAttribute('datetime');
      expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const shown = new Intl.DateTimeFormat(getLocaleInfo(locale).lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
      await expect(time).toHaveText(shown);
      await expect(page.locator('[data-last-updated]')).toContainText(uiString(locale, 'lastUpdated'));
    });

    test('on a phone the navigation is a menu: closed, then open with the page marked, no axe violations', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(pagePath(locale, 'read-your-bill'));
      const menu = sidebar(page).locator('summary');
      await expect(menu).toBeVisible();
      await expect(menu).toContainText(uiString(locale, 'navMenu'));
      await expect(sidebar(page).locator('a[aria-current="page"]')).toBeHidden();
      await menu.click();
      await expect(sidebar(page).locator('a[aria-current="page"]')).toBeVisible();
      await expectNoAxeViolations(page, 'with the menu open');
      // Keyboard: the menu closes and opens with Enter.
      await menu.focus();
      await page.keyboard.press('Enter');
      await expect(sidebar(page).locator('a[aria-current="page"]')).toBeHidden();
    });

    test('home: the tasks, the main groups (untranslated last, marked), and the way to every page', async ({ page }) => {
      await page.goto(`/${locale}/`);
      const eligibility = page.locator('[data-task="eligibility"]');
      await expect(eligibility).toHaveText(uiString(locale, 'homeEligibilityTitle'));
      await eligibility.click();
      await expect(page).toHaveURL(new RegExp(`${pagePath(locale, 'partner-incentives-is-now-on-partner-center')}#qualify-for-the-incentives-program$`));
      await expect(page.locator('#qualify-for-the-incentives-program')).toBeInViewport();
      await page.goBack();
      const migration = page.locator('[data-task="migration"]');
      await migration.click();
      await expect(page.locator('#set-your-users-up-in-partner-center')).toBeInViewport();
      await page.goBack();

      const groups = page.locator('[data-home-groups] li');
      await expect(groups).toHaveCount(nav.tree.length);
      const fallbacks = await groups.evaluateAll((items) => items.map((li) => li.hasAttribute('data-fallback')));
      const firstFallback = fallbacks.indexOf(true);
      if (firstFallback !== -1) expect(fallbacks.slice(firstFallback).every(Boolean), 'untranslated groups come last').toBe(true);
      for (const [i, fallback] of fallbacks.entries()) {
        if (fallback) await expect(groups.nth(i).locator('.nav-lang')).toHaveCount(1);
      }
      await expectNoAxeViolations(page, 'home');
      await page.goto(`/${locale}/contents/`);
      await expectNoAxeViolations(page, 'contents page');
    });
  });
}

test('en-us: the pages with no English original are marked with the language they are shown in, and come last among the pages the table does not list', async ({ page }) => {
  const nav = expectedNav('en-us');
  const shownElsewhere = nav.order.filter((n) => n.fallback);
  expect(shownElsewhere.map((n) => n.slug).sort()).toEqual(['get-automated-service-notifications-with-our-apis', 'user-management-in-partner-center-for-microsoft-cloud-germany']);
  await page.goto('/en-us/contents/');
  for (const node of shownElsewhere) {
    const item = page.locator('[data-contents] li', { has: page.locator(`> a[href="${pagePath('en-us', node.slug!)}"]`) });
    await expect(item.locator('> .nav-lang')).toHaveAttribute('lang', node.pageLang!);
  }
  const more = page.locator('[data-contents] .nav-depth-0 > li').last();
  await expect(more.locator('> .nav-heading')).toHaveText(uiString('en-us', 'navMorePages'));
  await expect(more.locator('> ul > li').last().locator('> a')).toHaveAttribute('href', pagePath('en-us', 'user-management-in-partner-center-for-microsoft-cloud-germany'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { locale } of locales) {
    test(`${locale}: every page is two clicks away from any page (sidebar, then the contents page)`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(pagePath(locale, 'read-your-bill'));
      await expect(sidebar(page).locator('a[aria-current="page"]')).toBeVisible();
      await sidebar(page).locator('[data-all-pages]').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/contents/$`));
      const hrefs = new Set(await page.locator('[data-contents] a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))));
      const missing = expectedPages.filter((p) => p.locale === locale && !hrefs.has(p.path)).map((p) => p.path);
      expect(missing, 'pages the contents page does not link to').toEqual([]);
    });
  }
});

test('ru-ru at 1280 px: a closed group\'s chevron and the pager\'s arrows stay on the line of the last word', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pagePath('ru-ru', 'partner-incentives-is-now-on-partner-center'));
  // A link whose box reaches below its last character holds a line with only the marker on it.
  const alone = await page.locator('.nav-depth-0 > .nav-group:not(.nav-open) > a, .pager-label').evaluateAll((links) =>
    links.flatMap((link) => {
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      let last: Text | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node.textContent ?? '').trim()) last = node as Text;
      if (!last) return [];
      const range = document.createRange();
      const end = last.data.trimEnd().length;
      range.setStart(last, end - 1);
      range.setEnd(last, end);
      const lastChar = range.getBoundingClientRect();
      return link.getBoundingClientRect().bottom - lastChar.bottom > lastChar.height / 2 ? [link.textContent!.trim()] : [];
    }),
  );
  expect(alone).toEqual([]);
  // Titles do wrap in that column: the check is not vacuous.
  const wrapped = await page.locator('.nav-depth-0 > .nav-group:not(.nav-open) > a').evaluateAll((links) => links.filter((a) => a.getClientRects().length > 1 || a.getBoundingClientRect().height > 40).length);
  expect(wrapped).toBeGreaterThan(2);
});

/**
 * /status/ and `npm run check -- --format json` never disagree; the notices match the states.
 * The status page reads on a phone and a desktop: its tables scroll sideways in their own region
 * instead of breaking words, a legend says what each state means, and its chart shows the
 * table's numbers. Pages link to it from the writers' corner, not from the readers' footer.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { locales } from '../../src/config/locales.ts';
import { pagePath } from '../../src/lib/content-index.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { index } from './site-data.ts';

const repo = join(import.meta.dirname, '../..');
type CheckJson = {
  pages: { slug: string; locale: string; state: { kind: string; type?: string; freshness?: string } }[];
  messages: { file: string; ruleId: string; message: string }[];
};
const checkJson = () => {
  const run = spawnSync(join(repo, 'node_modules/.bin/node'), ['scripts/check.ts', '--format', 'json', '--no-cache'], { cwd: repo, encoding: 'utf8' });
  return JSON.parse(run.stdout) as CheckJson;
};
const stateKey = (s: { kind: string; freshness?: string }) => (s.kind === 'translated' ? (s.freshness === 'fresh' ? 'up-to-date' : s.freshness!) : s.kind);

// axe over the status page's ~800 table cells, and the checker over the whole docset, take a
// while on a loaded machine: the tests that run them get a longer timeout.
test('the status page shows, cell by cell and in its counts, what the checker reports', async ({ page }) => {
  test.slow();
  const json = checkJson();
  await page.goto('/status/');
  const cells = await page.locator('[data-status-pages] td[data-locale]').evaluateAll((tds) =>
    tds.map((td) => ({ slug: td.closest('tr')!.dataset.slug!, locale: (td as HTMLElement).dataset.locale!, state: (td as HTMLElement).dataset.state!, type: (td as HTMLElement).dataset.type! })),
  );
  expect(cells.length).toBe(json.pages.length);
  const expected = json.pages.map((p) => ({ slug: p.slug, locale: p.locale, state: stateKey(p.state), type: p.state.type ?? p.state.kind }));
  expect(cells).toEqual(expected);

  // A "stale" state is exactly a translation-stale warning that says the English page changed.
  const staleFiles = json.messages.filter((m) => m.ruleId === 'translation-stale' && m.message.startsWith('The English page has changed')).map((m) => m.file).sort();
  expect(expected.filter((c) => c.state === 'stale').map((c) => `${c.locale}/partner-center/${c.slug}.mdx`).sort()).toEqual(staleFiles);

  for (const locale of ['en-us', 'zh-tw', 'ru-ru', 'ko-kr', 'ja-jp']) {
    const row = page.locator(`[data-status-counts] tr[data-locale="${locale}"]`);
    for (const state of ['source', 'up-to-date', 'stale', 'unknown', 'missing']) {
      const n = expected.filter((c) => c.locale === locale && c.state === state).length;
      await expect(row.locator(`[data-count="${state}"]`), `${locale} ${state}`).toHaveText(String(n));
    }
    const machine = expected.filter((c) => c.locale === locale && c.type === 'machine').length;
    await expect(row.locator('[data-count="machine"]')).toHaveText(String(machine));
  }
  await expectNoAxeViolations(page);
});

/**
 * Each page's state in each language as /status/ shows it: the first test proves it is the
 * checker's, so the tests below need not run the checker again.
 */
async function statesOnStatusPage(page: Page) {
  await page.goto('/status/');
  return page.locator('[data-status-pages] td[data-locale]').evaluateAll((tds) =>
    tds.map((td) => ({ slug: td.closest('tr')!.dataset.slug!, locale: (td as HTMLElement).dataset.locale!, state: (td as HTMLElement).dataset.state!, type: (td as HTMLElement).dataset.type! })),
  );
}

// Every page of every locale, in tests of 20 pages each: each ends well within the timeout.
const slugs = [...index.keys()].sort();
const chunk = 20;
for (const { locale } of locales) {
  for (let from = 0; from < slugs.length; from += chunk) {
    const these = new Set(slugs.slice(from, from + chunk));
    test(`${locale}, pages ${from + 1}–${from + these.size}: the machine-translation label is on exactly the machine-translated pages, the stale notice on exactly the stale ones, in one notice box`, async ({ page }) => {
      const pages = (await statesOnStatusPage(page)).filter((p) => p.locale === locale && these.has(p.slug));
      expect(pages.map((p) => p.slug).sort()).toEqual([...these].sort());
      const seen = [];
      const expected = [];
      for (const p of pages) {
        const path = pagePath(locale, p.slug);
        // The notices are in the page's HTML: no need to wait for its images.
        await page.goto(path, { waitUntil: 'domcontentloaded' });
        seen.push(
          await page.evaluate((path) => {
            const kinds = [...document.querySelectorAll<HTMLElement>('[data-translation-notice]')].map((e) => e.dataset.translationNotice!);
            return {
              path,
              // "no-source" (a translation whose English was never published) is not a state of the status page.
              notices: kinds.filter((k) => k !== 'no-source').sort(),
              noSource: kinds.includes('no-source'),
              boxes: document.querySelectorAll('[data-translation-notices]').length,
              oneBoxForAll: kinds.length === 0 || document.querySelector('[data-translation-notices]')!.querySelectorAll('[data-translation-notice]').length === kinds.length,
              links: [...document.querySelectorAll('[data-translation-notices] a')].map((a) => a.getAttribute('href')),
            };
          }, path),
        );
        const notices = [...(p.state === 'missing' ? ['fallback'] : []), ...(p.type === 'machine' ? ['machine'] : []), ...(p.state === 'stale' ? ['stale'] : [])].sort();
        const linked = p.type === 'machine' || p.state === 'stale';
        const { noSource } = seen.at(-1)!;
        expected.push({ path, notices, noSource, boxes: notices.length || noSource ? 1 : 0, oneBoxForAll: true, links: linked ? [pagePath('en-us', p.slug)] : [] });
      }
      expect(seen).toEqual(expected);
    });
  }
}

test('a page with two notices (machine-translated and stale) has one compact box, and its title is on the first screen of a phone', async ({ page }) => {
  const both = (await statesOnStatusPage(page)).filter((p) => p.locale === 'ja-jp' && p.type === 'machine' && p.state === 'stale');
  expect(both.length, 'a ja-jp page that is machine-translated and stale').toBeGreaterThan(0);
  await page.setViewportSize({ width: 360, height: 640 });
  for (const p of both) {
    await page.goto(pagePath('ja-jp', p.slug));
    await expect(page.locator('[data-translation-notice]')).toHaveCount(2);
    await expect(page.locator('.notice')).toHaveCount(1);
    await expect(page.locator('[data-translation-notices]')).toHaveCount(1);
    const h1 = await page.locator('h1').boundingBox();
    expect(h1!.y, 'top of the title').toBeLessThan(640);
    await expect(page.locator('h1')).toBeInViewport();
    await expectNoAxeViolations(page, `ja-jp/${p.slug} at 360 px`);
  }
});

/** Cells of the status tables in which a word is broken across lines or wider than the cell. */
async function brokenWords(page: Page) {
  return page.locator('.status table').evaluateAll((tables) => {
    const problems: string[] = [];
    for (const cell of tables.flatMap((t) => [...t.querySelectorAll<HTMLElement>('th, td')])) {
      const style = getComputedStyle(cell);
      const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (const word of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          const lines = new Set(rects.map((r) => Math.round(r.top)));
          const width = rects.reduce((sum, r) => sum + r.width, 0);
          if (lines.size > 1 || width > inner + 0.5) problems.push(`"${word[0]}" (${Math.round(width)} px on ${lines.size} lines) in a ${Math.round(inner)} px cell`);
        }
      }
    }
    return problems;
  });
}

for (const width of [360, 1280]) {
  test(`status page at ${width} px: no cell narrower than its longest word, tables scroll in a focusable region, legend, no axe violation`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/status/');
    await expect(page.locator('[data-status-pages] td')).not.toHaveCount(0);
    expect(await brokenWords(page)).toEqual([]);

    const region = page.getByRole('region', { name: 'Per page' });
    await expect(region).toHaveAttribute('tabindex', '0');
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    // No wider than the screen: the table scrolls inside its region, not the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    if (width === 360) {
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    } else {
      // A desktop screen shows the whole table: "machine" wraps under its state instead.
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    }
    // A state ("up to date") is never split over two lines.
    const splitStates = await page.locator('[data-status-pages] td .part:first-child').evaluateAll((parts) =>
      parts.filter((p) => new Set([...p.getClientRects()].map((r) => Math.round(r.top))).size > 1).map((p) => p.textContent),
    );
    expect(splitStates).toEqual([]);

    const legend = page.locator('[data-status-legend]');
    for (const state of ['source', 'up-to-date', 'stale', 'unknown', 'machine', 'human', 'missing']) {
      await expect(legend.locator(`[data-legend="${state}"] dt`), `legend for ${state}`).not.toBeEmpty();
      await expect(legend.locator(`[data-legend="${state}"] dd`)).not.toBeEmpty();
    }
    // A cell's symbol is its state's symbol in the legend.
    const symbols = await page.evaluate(() => {
      const legendSymbol = (key: string) => document.querySelector(`[data-legend="${key}"] .symbol`)?.textContent ?? '';
      const shown = (el: Element | null, pseudo: string) => (el ? getComputedStyle(el, pseudo).content.replace(/^"(.*)" \/ ""$/, '$1') : 'no such cell');
      return ['source', 'up-to-date', 'stale', 'unknown'].map((key) => ({ key, legend: legendSymbol(key), cell: shown(document.querySelector(`td[data-state="${key}"]`), '::before') }))
        .concat({ key: 'machine', legend: legendSymbol('machine'), cell: shown(document.querySelector('td[data-type="machine"]'), '::after') });
    });
    for (const { key, legend: inLegend, cell } of symbols) expect(cell, key).toBe(inLegend);
    expect(symbols.every((s) => s.legend.length > 0)).toBe(true);
    // At 1280 px (the default viewport), the first test runs axe on this page.
    if (width === 360) await expectNoAxeViolations(page, `at ${width} px`);
  });
}

test('the chart shows the numbers of the counts table, as text for screen readers too', async ({ page }) => {
  await page.goto('/status/');
  const total = await page.locator('[data-status-pages] tbody tr').count();
  for (const { locale } of locales) {
    const row = page.locator(`[data-status-counts] tr[data-locale="${locale}"]`);
    const chart = page.locator(`svg[data-chart-locale="${locale}"]`);
    await expect(chart).toHaveAttribute('role', 'img');
    const title = (await chart.locator('title').textContent())!;
    await expect(page.getByRole('img', { name: title })).toHaveCount(1);
    const keys = await row.locator('td[data-count]').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.count!));
    expect(keys.length).toBe(7);
    const widths: [number, number][] = [];
    for (const key of keys) {
      const n = Number(await row.locator(`[data-count="${key}"]`).textContent());
      const bar = chart.locator(`[data-chart-count="${key}"]`);
      await expect(bar.locator('.chart-value'), `${locale} ${key}`).toHaveText(String(n));
      expect(title, `${locale} ${key} in the chart's text`).toMatch(new RegExp(`(: |, )${n} ${key.replace(/-/g, ' ')}(,|\\.$)`));
      await expect(bar.locator('rect')).toHaveCount(n > 0 ? 1 : 0);
      if (n > 0) widths.push([n, Number(await bar.locator('rect').getAttribute('width'))]);
    }
    // One scale for every bar: the longer bar is the larger number; all the pages, the full width.
    for (const [n, w] of widths) for (const [m, v] of widths) if (n > m) expect(w, `${locale}: ${n} vs ${m}`).toBeGreaterThan(v);
    for (const [n, w] of widths) if (n === total) expect(w).toBe(Math.max(...widths.map(([, v]) => v)));
  }
});

/** WCAG relative luminance and contrast ratio of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} mode: every bar stands out from the page (3:1), its text can be read, colours tell states apart`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    await page.goto('/status/');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const fills = await page.locator('.chart rect.bar').evaluateAll((rects) =>
      rects.map((r) => ({ key: r.closest('g')!.getAttribute('data-chart-count')!, fill: getComputedStyle(r).fill })),
    );
    expect(fills.length).toBeGreaterThan(5);
    for (const { key, fill } of fills) expect(contrast(fill, background), `${key} bar ${fill} on ${background}`).toBeGreaterThanOrEqual(3);
    const byKey = new Map(fills.map((f) => [f.key, f.fill]));
    expect(new Set(byKey.values()).size, 'one colour per state').toBe(byKey.size);
    const text = await page.locator('.chart .chart-value').first().evaluate((t) => getComputedStyle(t).fill);
    expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
    // Light mode's axe run is in the layout tests above.
    if (colorScheme === 'dark') await expectNoAxeViolations(page, colorScheme);
  });
}

test('readers\' footers do not link to the status page', async ({ page }) => {
  for (const path of [pagePath('en-us', 'competencies'), pagePath('ja-jp', 'competencies'), pagePath('ru-ru', 'activity-logs'), '/en-us/', '/zh-tw/']) {
    await page.goto(path);
    await expect(page.locator('footer')).toHaveCount(1);
    await expect(page.locator('footer a[href="/status/"]'), path).toHaveCount(0);
  }
});

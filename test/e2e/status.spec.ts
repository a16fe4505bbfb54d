/** /status/ and `npm run check -- --format json` never disagree; the notices match the states. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pagePath } from '../../src/lib/content-index.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const repo = join(import.meta.dirname, '../..');
const checkJson = () => {
  const run = spawnSync(join(repo, 'node_modules/.bin/node'), ['scripts/check.ts', '--format', 'json', '--no-cache'], { cwd: repo, encoding: 'utf8' });
  return JSON.parse(run.stdout) as {
    pages: { slug: string; locale: string; state: { kind: string; type?: string; freshness?: string } }[];
    messages: { file: string; ruleId: string; message: string }[];
  };
};
const stateKey = (s: { kind: string; freshness?: string }) => (s.kind === 'translated' ? (s.freshness === 'fresh' ? 'up-to-date' : s.freshness!) : s.kind);

test('the status page shows, cell by cell and in its counts, what the checker reports', async ({ page }) => {
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

test('the machine-translation label is on exactly the machine-translated pages, the stale notice on exactly the stale ones', async ({ page }) => {
  const json = checkJson();
  const english = new Set(json.pages.filter((p) => p.locale === 'en-us' && p.state.kind === 'source').map((p) => p.slug));
  for (const p of json.pages) {
    if (!english.has(p.slug)) continue;
    await page.goto(pagePath(p.locale as 'en-us', p.slug));
    const isMachine = p.state.kind === 'translated' && p.state.type === 'machine';
    const isStale = p.state.kind === 'translated' && p.state.freshness === 'stale';
    await expect(page.locator('[data-translation-notice="machine"]'), `${p.locale}/${p.slug} machine`).toHaveCount(isMachine ? 1 : 0);
    await expect(page.locator('[data-translation-notice="stale"]'), `${p.locale}/${p.slug} stale`).toHaveCount(isStale ? 1 : 0);
    await expect(page.locator('[data-translation-notice="fallback"]'), `${p.locale}/${p.slug} fallback`).toHaveCount(p.state.kind === 'missing' ? 1 : 0);
    if (isMachine || isStale) {
      await expect(page.locator('[data-translation-notice] a').first()).toHaveAttribute('href', pagePath('en-us', p.slug));
    }
  }
});

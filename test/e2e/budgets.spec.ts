/**
 * Size budgets on the real build (bytes are deterministic): what a reader's browser downloads
 * before any interaction, gzip-compressed as a host would serve it. The browser says which files
 * it loads; their bytes are read from dist/ (a response body can be gone by the time it is asked for).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { pagePath } from '../../src/lib/content-index.ts';
import { expect, test } from './fixtures.ts';

interface Loaded {
  url: string;
  type: string;
  gzip: number;
}

const dist = join(import.meta.dirname, '../../dist');

async function loadAndMeasure(page: Page, path: string): Promise<Loaded[]> {
  const seen: { url: string; type: string }[] = [];
  const onResponse = (response: Response) => {
    const type = response.request().resourceType();
    if (['script', 'stylesheet', 'font', 'document'].includes(type)) seen.push({ url: new URL(response.url()).pathname, type });
  };
  page.on('response', onResponse);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return seen.map(({ url, type }) => {
    const file = join(dist, decodeURIComponent(url), url.endsWith('/') ? 'index.html' : '');
    return { url, type, gzip: gzipSync(readFileSync(file), { level: 9 }).length };
  });
}
const total = (items: Loaded[], type: string, match: (url: string) => boolean = () => true) =>
  items.filter((i) => i.type === type && match(i.url)).reduce((sum, i) => sum + i.gzip, 0);

test('a content page loads at most 3 KB of JavaScript and 8 KB of CSS (gzip), no fonts, nothing render-blocking', async ({ page }) => {
  for (const locale of ['en-us', 'ja-jp']) {
    const loaded = await loadAndMeasure(page, pagePath(locale as 'en-us', 'reset-a-user-password'));
    const js = total(loaded, 'script');
    const css = total(loaded, 'stylesheet');
    test.info().annotations.push({ type: 'bytes', description: `${locale} content page: JS ${js} B, CSS ${css} B gzip` });
    expect(js, 'JavaScript before interaction').toBeLessThanOrEqual(3 * 1024);
    expect(css, 'CSS').toBeLessThanOrEqual(8 * 1024);
    expect(loaded.filter((i) => i.type === 'font')).toEqual([]);
    expect(loaded.some((i) => i.url.includes('/pagefind/')), 'search loads only when used').toBe(false);
    const blocking = await page.locator('script:not([type="module"]):not([type="application/json"]), head link[rel="stylesheet"][media="print"]').count();
    expect(blocking, 'classic (render-blocking) scripts').toBe(0);
  }
});

test('the checker\'s script is at most 6 KB and the checklist\'s at most 3 KB (gzip), only where they are used', async ({ page }) => {
  const program = await loadAndMeasure(page, pagePath('ko-kr', 'partner-incentives-is-now-on-partner-center'));
  const checker = total(program, 'script', (u) => u.includes('EligibilityChecker'));
  const checklist = total(program, 'script', (u) => u.includes('MigrationSteps'));
  test.info().annotations.push({ type: 'bytes', description: `checker ${checker} B, checklist ${checklist} B gzip` });
  expect(checker).toBeGreaterThan(0);
  expect(checker).toBeLessThanOrEqual(6 * 1024);
  expect(checklist).toBeGreaterThan(0);
  expect(checklist).toBeLessThanOrEqual(3 * 1024);
  const plain = await loadAndMeasure(page, pagePath('ko-kr', 'competencies'));
  expect(plain.filter((i) => /EligibilityChecker|MigrationSteps/.test(i.url))).toEqual([]);
});

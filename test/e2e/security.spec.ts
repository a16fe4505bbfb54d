/**
 * Locked down: a Content-Security-Policy on every page, no violation in any state, and hostile
 * values in the query string, storage or hash never become HTML.
 */
import type { Page } from '@playwright/test';
import { locales } from '../../src/config/locales.ts';
import { pagePath } from '../../src/lib/content-index.ts';
import { expect, test } from './fixtures.ts';
import { expectedPages } from './site-data.ts';

const payload = '"><img src=x data-injected onerror="window.__xss=1"><script>window.__xss=1</script>';

async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

async function expectNothingInjected(page: Page) {
  await expect(page.locator('[data-injected], img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
}

test('every page has a strict Content-Security-Policy', async ({ request }) => {
  test.setTimeout(300_000);
  const paths = ['/', '/status/', ...locales.map((l) => `/${l.locale}/`), ...expectedPages.map((p) => p.path)];
  for (const path of paths) {
    const response = await request.get(path);
    // The host's header (public/_headers) and the page's <meta> both set the policy.
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    const html = await response.text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, path).toBeDefined();
    const directives = new Map(csp!.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)]));
    expect(directives.get('script-src'), path).toContain("'self'");
    expect(directives.get('script-src'), path).not.toContain("'unsafe-inline'");
    expect(directives.get('script-src'), path).not.toContain("'unsafe-eval'");
    expect(directives.get('object-src'), path).toEqual(["'none'"]);
    expect(directives.get('base-uri'), path).toEqual(["'self'"]);
    expect(directives.get('form-action'), path).toEqual(["'self'"]);
  }
});

for (const { locale } of locales) {
  test(`${locale}: no CSP violation on any page`, async ({ page }) => {
    test.setTimeout(600_000);
    await watchCsp(page);
    for (const p of expectedPages.filter((e) => e.locale === locale)) {
      await page.goto(p.path);
      expect(await violations(page), p.path).toEqual([]);
    }
  });
}

test('no CSP violation while using every interactive part', async ({ page }) => {
  await watchCsp(page);
  await page.goto(`${pagePath('zh-tw', 'partner-incentives-is-now-on-partner-center')}?partner-type=direct-reseller&mpn=yes`);
  await page.locator('label[for="answer-reseller-agreement-yes"]').click();
  await page.locator('label[for="answer-competency-yes"]').click();
  await expect(page.locator('[data-checker-result]')).toHaveAttribute('data-verdict', 'eligible');
  await page.locator('[data-step-id] input[type="checkbox"]').first().check();
  await page.locator('[data-source-toggle] button').click();
  await page.locator('[data-site-search] input').fill('合作夥伴');
  await expect(page.locator('[data-search-list] a').first()).toBeVisible({ timeout: 15_000 });
  await page.locator('[data-language-picker] summary').click();
  await page.goto('/status/');
  expect(await violations(page)).toEqual([]);
});

test('hostile values in storage, the query string and the hash never become HTML', async ({ page }) => {
  const program = pagePath('en-us', 'partner-incentives-is-now-on-partner-center');
  await page.goto(program);
  await page.evaluate((value) => {
    localStorage.setItem('partner-center-docs:migration-steps', JSON.stringify({ version: 1, done: [value, 'sign-in'] }));
    localStorage.setItem('show-source', value);
    localStorage.setItem('preferred-locale', value);
  }, payload);
  const hostileQuery = new URLSearchParams({ 'partner-type': payload, mpn: payload, [payload]: 'yes', q: payload }).toString();
  await page.goto(`${program}?${hostileQuery}#${encodeURIComponent(payload)}`);
  await expectNothingInjected(page);
  await expect(page.locator('[data-checker-result]')).toHaveAttribute('data-verdict', 'incomplete');
  await expect(page.locator('[data-step-id="sign-in"] input')).toBeChecked();

  await page.locator('[data-site-search] input').fill(payload);
  await expect(page.locator('[data-search-status]')).toHaveText(/^(?!.*…$).+$/, { timeout: 15_000 });
  await expectNothingInjected(page);

  // The picker carries the (hostile) hash into its link without it becoming markup.
  await page.locator('[data-language-picker] summary').click();
  await page.locator('[data-language-picker] a[data-locale="ko-kr"]').click();
  await expect(page).toHaveURL(/\/ko-kr\/partner-center\//);
  await expectNothingInjected(page);

  // A remembered language that is not a locale is ignored at /.
  await page.evaluate((value) => localStorage.setItem('preferred-locale', value), payload);
  await page.goto('/');
  // (the browser asks for en-US, so the reader lands on the English pages)
  await expect(page).toHaveURL(/\/en-us\/$/);
  await expectNothingInjected(page);
});

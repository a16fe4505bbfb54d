/**
 * The eligibility checker in a real browser, in every locale: by mouse and by keyboard to every
 * verdict, answers in the URL, back and forward, hostile query strings, accessibility, no JS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { locales } from '../../src/config/locales.ts';
import { pagePath } from '../../src/lib/content-index.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const rules = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/rules/eligibility.json'), 'utf8'));
const wording = (locale: string) => JSON.parse(readFileSync(join(import.meta.dirname, `../../content/rules/eligibility.${locale}.json`), 'utf8'));
const program = (locale: string) => pagePath(locale as 'en-us', 'partner-incentives-is-now-on-partner-center');

interface Scenario {
  verdict: string;
  answers: [question: string, value: string][];
  /** Criteria listed as reasons, by status. */
  reasons: Record<string, string[]>;
}
const scenarios: Scenario[] = [
  { verdict: 'incomplete', answers: [['partner-type', 'direct-reseller'], ['mpn', 'yes']], reasons: {} },
  { verdict: 'not-eligible', answers: [['partner-type', 'direct-reseller'], ['mpn', 'no'], ['reseller-agreement', 'no'], ['competency', 'unsure']], reasons: { unmet: ['mpn-agreement', 'reseller-agreement'], unsure: ['competency'] } },
  { verdict: 'not-eligible', answers: [['partner-type', 'other']], reasons: { unmet: ['csp-reseller'] } },
  { verdict: 'unknown', answers: [['partner-type', 'indirect-provider'], ['mpn', 'yes'], ['distributor-agreement', 'unsure'], ['competency', 'yes']], reasons: { unsure: ['distributor-agreement'] } },
  { verdict: 'pending-first-transaction', answers: [['partner-type', 'indirect-reseller'], ['mpn', 'yes'], ['first-transaction', 'no'], ['competency', 'yes']], reasons: { pending: ['first-transaction'] } },
  { verdict: 'eligible', answers: [['partner-type', 'direct-reseller'], ['mpn', 'yes'], ['reseller-agreement', 'yes'], ['competency', 'yes']], reasons: {} },
];
const query = (answers: Scenario['answers']) => answers.map(([q, v]) => `${q}=${v}`).join('&');

const result = (page: Page) => page.locator('[data-checker-result]');

async function expectVerdict(page: Page, locale: string, scenario: Scenario) {
  await expect(result(page)).toHaveAttribute('data-verdict', scenario.verdict);
  await expect(result(page).locator('[data-checker-announce]')).toHaveText(wording(locale).verdicts[scenario.verdict].heading);
  for (const status of ['unmet', 'unsure', 'pending']) {
    const listed = await result(page).locator(`[data-reasons="${status}"] [data-criterion]`).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.criterion));
    expect(listed, `${scenario.verdict}: ${status} reasons`).toEqual(scenario.reasons[status] ?? []);
  }
  // The summary lists exactly the answers given, each with a change link.
  await expect(result(page).locator('[data-checker-answers] dd a.checker-change')).toHaveCount(scenario.answers.length);
}

async function answerByMouse(page: Page, answers: Scenario['answers']) {
  for (const [question, value] of answers) await page.locator(`label[for="answer-${question}-${value}"]`).click();
}

/** Only keys: Space picks the first option of a group, arrows move the choice, Tab goes to the next question. */
async function answerByKeyboard(page: Page, answers: Scenario['answers']) {
  await page.locator('input[name="partner-type"]').first().focus();
  for (const [question, value] of answers) {
    const values: string[] = rules.questions.find((q: { id: string }) => q.id === question).answers.map((a: { value: string }) => a.value);
    await expect(page.locator(`input[name="${question}"]`).first()).toBeFocused();
    await page.keyboard.press('Space');
    for (let i = 0; i < values.indexOf(value); i++) await page.keyboard.press('ArrowDown');
    await expect(page.locator(`#answer-${question}-${value}`)).toBeChecked();
    await page.keyboard.press('Tab');
  }
}

test('the checker is in the program page\'s "Qualify" section, in every locale', async ({ page }) => {
  for (const { locale } of locales) {
    await page.goto(program(locale));
    const checker = page.locator('#qualify-for-the-incentives-program ~ [data-eligibility-checker]');
    await expect(checker, locale).toHaveCount(1);
  }
});

for (const { locale } of locales) {
  test.describe(locale, () => {
    test('by mouse: every verdict, with its reasons and summary; zero axe violations in each state', async ({ page }) => {
      for (const scenario of scenarios) {
        await page.goto(program(locale));
        await answerByMouse(page, scenario.answers);
        await expectVerdict(page, locale, scenario);
        await expect(page).toHaveURL(new RegExp(`\\?${query(scenario.answers).replace(/[?&]/g, '\\$&')}`));
        await expectNoAxeViolations(page, `verdict ${scenario.verdict}`);
      }
    });

    test('by keyboard only: every verdict', async ({ page }) => {
      for (const scenario of scenarios) {
        await page.goto(program(locale));
        await answerByKeyboard(page, scenario.answers);
        await expectVerdict(page, locale, scenario);
      }
    });

    test('a URL with answers shows the verdict; back and forward restore the answers', async ({ page }) => {
      const eligible = scenarios.at(-1)!;
      await page.goto(`${program(locale)}?${query(eligible.answers)}`);
      await expectVerdict(page, locale, eligible);
      for (const [q, v] of eligible.answers) await expect(page.locator(`#answer-${q}-${v}`)).toBeChecked();
      // The eligible verdict links to the migration steps for admins.
      const steps = result(page).locator('a[href="#set-your-users-up-in-partner-center"]');
      await expect(steps).toHaveCount(1);

      await page.locator('label[for="answer-competency-no"]').click();
      await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
      await page.goBack();
      await expect(page.locator('#answer-competency-yes')).toBeChecked();
      await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
      await page.goForward();
      await expect(page.locator('#answer-competency-no')).toBeChecked();
      await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');

      await result(page).locator('[data-checker-reset]').click();
      await expect(result(page)).toHaveAttribute('data-verdict', 'incomplete');
      await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
      await expect(page).toHaveURL(new RegExp(`${program(locale)}$`));
    });
  });
}

test('a "change" link takes the reader to the question, ready to answer', async ({ page }) => {
  await page.goto(`${program('ja-jp')}?${query(scenarios.at(-1)!.answers)}`);
  await result(page).locator('a.checker-change[data-question="mpn"]').click();
  await expect(page.locator('#answer-mpn-yes')).toBeFocused();
});

test('questions appear only when they apply, and answers to others are ignored', async ({ page }) => {
  await page.goto(`${program('en-us')}?partner-type=indirect-provider&reseller-agreement=no&first-transaction=no&mpn=yes&distributor-agreement=yes&competency=yes`);
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
  await expect(page.locator('fieldset[data-question="reseller-agreement"]')).toBeHidden();
  await expect(page.locator('fieldset[data-question="first-transaction"]')).toBeHidden();
  await expect(page.locator('fieldset[data-question="distributor-agreement"]')).toBeVisible();
  await expect(page).toHaveURL(/\?partner-type=indirect-provider&mpn=yes&distributor-agreement=yes&competency=yes$/);
});

test.describe('hostile query strings change nothing', () => {
  const clean = scenarios.find((s) => s.verdict === 'unknown')!;
  const hostile = [
    `partner-type=%3Cscript%3Ealert(1)%3C%2Fscript%3E&${query(clean.answers)}`,
    `${query(clean.answers)}&mpn=no&MPN=no&competency=${'x'.repeat(10_000)}`,
    `${query(clean.answers)}&%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1&distributor-agreement=%22%3E%3Csvg%20onload%3Dalert(1)%3E`,
  ];
  for (const [i, q] of hostile.entries()) {
    test(`case ${i + 1}`, async ({ page }) => {
      page.on('dialog', () => {
        throw new Error('a script from the query string ran');
      });
      await page.goto(`${program('en-us')}?${q}`);
      await expectVerdict(page, 'en-us', clean);
      await expect(page.locator('[data-eligibility-checker] script, [data-eligibility-checker] img, [data-eligibility-checker] svg')).toHaveCount(0);
      expect(await page.content()).not.toContain('alert(1)');
      await expect(page).toHaveURL(new RegExp(`\\?${query(clean.answers)}$`));
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const { locale } of locales) {
    test(`${locale}: the full criteria list and a line saying the check needs JavaScript`, async ({ page }) => {
      await page.goto(program(locale));
      const checker = page.locator('[data-eligibility-checker]');
      const items = checker.locator('[data-criterion-item]');
      await expect(items).toHaveCount(rules.criteria.length);
      for (const c of rules.criteria) await expect(checker.locator(`[data-criterion-item="${c.id}"]`)).toHaveText(wording(locale).criteria[c.id].name);
      await expect(checker.locator('[data-checker-nojs]')).toHaveText(wording(locale).ui.needsJavaScript);
      await expect(checker.locator('form')).toBeHidden();
    });
  }
});

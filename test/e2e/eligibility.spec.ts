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
      // One axe scan per verdict state: on a loaded 2-core machine the whole walk took over 60 s.
      test.setTimeout(180_000);
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

    test('a URL with answers shows the verdict; a change updates the URL in place and survives a reload', async ({ page }) => {
      const eligible = scenarios.at(-1)!;
      await page.goto(`${program(locale)}?${query(eligible.answers)}`);
      await expectVerdict(page, locale, eligible);
      for (const [q, v] of eligible.answers) await expect(page.locator(`#answer-${q}-${v}`)).toBeChecked();
      // The eligible verdict links to the migration steps for admins.
      const steps = result(page).locator('a[href="#set-your-users-up-in-partner-center"]');
      await expect(steps).toHaveCount(1);

      const entries = await page.evaluate(() => history.length);
      await page.locator('label[for="answer-competency-no"]').click();
      await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');
      await expect(page).toHaveURL(/competency=no$/);
      expect(await page.evaluate(() => history.length), 'a choice adds no history entry').toBe(entries);
      await page.reload();
      await expect(page.locator('#answer-competency-no')).toBeChecked();
      await expect(result(page)).toHaveAttribute('data-verdict', 'not-eligible');

      await result(page).locator('[data-checker-reset]').click();
      await expect(result(page)).toHaveAttribute('data-verdict', 'incomplete');
      await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
      await expect(page).toHaveURL(new RegExp(`${program(locale)}$`));
      // Nothing answered: no result, no "Start again".
      await expect(result(page)).toBeHidden();
    });

    test('before any answer: no empty result and no "Start again"; the title, verdict and checklist title are headings', async ({ page }) => {
      const words = wording(locale);
      await page.goto(program(locale));
      const checker = page.locator('[data-eligibility-checker]');
      await expect(checker.locator('form')).toBeVisible();
      await expect(checker.getByText(words.ui.resultHeading, { exact: true })).toBeHidden();
      await expect(checker.getByRole('button', { name: words.ui.startAgain })).toBeHidden();
      // The checker is in an h2 section: its title is an h3, its verdict an h4; so is the checklist's title.
      await expect(checker.getByRole('heading', { level: 3, name: words.ui.title })).toBeVisible();
      const checklistTitle = JSON.parse(readFileSync(join(import.meta.dirname, `../../content/rules/migration-steps.${locale}.json`), 'utf8')).heading;
      await expect(page.locator('[data-checklist]').getByRole('heading', { level: 3, name: checklistTitle })).toBeVisible();
      await expectNoAxeViolations(page, 'before any answer');

      await page.locator('label[for="answer-partner-type-indirect-reseller"]').click();
      await expect(checker.getByRole('heading', { level: 4, name: words.verdicts.incomplete.heading })).toBeVisible();
      await expect(checker.getByText(words.ui.resultHeading, { exact: true })).toBeVisible();
      await expect(checker.getByRole('button', { name: words.ui.startAgain })).toBeVisible();
      await expectNoAxeViolations(page, 'after the first answer');
    });

    test('each verdict\'s headings are distinct, and its next steps point up to the reasons shown above them', async ({ page }) => {
      const below = { 'en-us': /below/i, 'zh-tw': /下方/, 'ru-ru': /ниже/i, 'ko-kr': /아래/, 'ja-jp': /以下/ }[locale]!;
      for (const scenario of scenarios) {
        await page.goto(`${program(locale)}?${query(scenario.answers)}`);
        await expectVerdict(page, locale, scenario);
        const headings = await result(page).locator('[data-checker-body] :is(h4, h5, h6)').allTextContents();
        expect(headings.length, scenario.verdict).toBeGreaterThan(0);
        expect(new Set(headings).size, `${scenario.verdict}: ${headings.join(' | ')}`).toBe(headings.length);
        const steps = await result(page).locator('.verdict-steps').textContent();
        if (scenario.verdict !== 'incomplete') expect(steps, `${scenario.verdict} next steps`).not.toMatch(below);
        // Reasons come before the next steps that refer to them.
        const order = await result(page).locator('[data-checker-body]').evaluate((body) => {
          const reasons = body.querySelector('[data-reasons]');
          const next = body.querySelector('.verdict-steps')!;
          return reasons ? Boolean(reasons.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING) : true;
        });
        expect(order, `${scenario.verdict}: reasons above next steps`).toBe(true);
        if (scenario.verdict === 'pending-first-transaction') await expectNoAxeViolations(page, 'pending verdict');
      }
    });
  });
}

test('choosing answers by keyboard and mouse adds no history: Back leaves the page in at most 2 presses', async ({ page }) => {
  await page.goto('/en-us/');
  await page.goto(program('en-us'));
  // Arrow keys move through the partner types (each move is a change), then settle on direct reseller.
  await page.locator('input[name="partner-type"]').first().focus();
  await page.keyboard.press('Space');
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp', 'ArrowUp']) await page.keyboard.press(key);
  await expect(page.locator('#answer-partner-type-direct-reseller')).toBeChecked();
  for (const label of ['mpn-no', 'mpn-yes', 'reseller-agreement-unsure', 'reseller-agreement-yes', 'competency-no', 'competency-yes']) {
    await page.locator(`label[for="answer-${label}"]`).click();
  }
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');
  await expect(page).toHaveURL(/\?partner-type=direct-reseller&mpn=yes&reseller-agreement=yes&competency=yes$/);
  await page.reload();
  await expect(page.locator('#answer-competency-yes')).toBeChecked();
  await expect(result(page)).toHaveAttribute('data-verdict', 'eligible');

  let presses = 0;
  while (new URL(page.url()).pathname === program('en-us') && presses < 20) {
    await page.goBack();
    presses++;
  }
  expect(presses, 'Back presses to leave the checker').toBeLessThanOrEqual(2);
  await expect(page).toHaveURL(/\/en-us\/$/);
});

test('switching language keeps the answers (picker and footer links)', async ({ page }) => {
  await page.goto(program('en-us'));
  await page.locator('label[for="answer-partner-type-indirect-provider"]').click();
  await page.locator('label[for="answer-mpn-unsure"]').click();
  await page.locator('[data-language-picker] summary').click();
  await page.locator('[data-language-picker] a[data-locale="ru-ru"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await expect(page.locator('#answer-partner-type-indirect-provider')).toBeChecked();
  await expect(page.locator('#answer-mpn-unsure')).toBeChecked();
  await expect(result(page)).toHaveAttribute('data-verdict', 'incomplete');

  await page.locator('label[for="answer-distributor-agreement-yes"]').click();
  await page.locator('.site-footer a[hreflang="ko-KR"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko-KR');
  for (const id of ['partner-type-indirect-provider', 'mpn-unsure', 'distributor-agreement-yes']) await expect(page.locator(`#answer-${id}`)).toBeChecked();
});

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

/**
 * The build-time loader: the real rules and wording load; a broken file stops it with an error
 * that names the file and each field.
 */
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EligibilityDataError, loadEligibilityData, rulesDir as defaultRulesDir } from '../../../src/data/eligibility.ts';
import { evaluate } from '../../../src/lib/eligibility.ts';
import { fixturesDir, rawRules, rulesDir } from './helpers.ts';

const dirOf = (name: string) => join(fixturesDir, `eligibility-${name}`);
const shown = (name: string, file = 'eligibility.json') => relative(process.cwd(), join(dirOf(name), file));

/** The error the loader throws for these options. */
function failure(options: Parameters<typeof loadEligibilityData>[0]): EligibilityDataError {
  try {
    loadEligibilityData(options);
  } catch (error) {
    if (error instanceof EligibilityDataError) return error;
    throw error;
  }
  throw new Error('expected the loader to fail');
}

describe('loadEligibilityData', () => {
  const savedContentDir = process.env.CONTENT_DIR;
  afterEach(() => {
    if (savedContentDir === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = savedContentDir;
  });

  it('loads the rules and the wording of every locale, links checked against the English pages', () => {
    const data = loadEligibilityData({ dir: rulesDir });
    expect(data.rules).toEqual(rawRules);
    expect(Object.keys(data.wording)).toEqual(['en-us', 'zh-tw', 'ru-ru', 'ko-kr', 'ja-jp']);
    const verdict = evaluate(data.rules, { 'partner-type': 'other' }).verdict;
    expect(data.wording['ja-jp'].verdicts[verdict]!.heading).toBe('現時点ではプログラムに参加できません');
  });

  it('finds content/rules by default, and when CONTENT_DIR is a fixture tree without rules', () => {
    expect(defaultRulesDir()).toBe(rulesDir);
    process.env.CONTENT_DIR = 'test/fixtures/site-broken';
    expect(defaultRulesDir()).toBe(rulesDir);
    expect(loadEligibilityData({ locales: ['en-us'] }).wording['en-us'].ui.startAgain).toBe('Start again');
  });

  it('a broken rules file: names the file and every field, and stops before the wording', () => {
    const error = failure({ dir: dirOf('broken-references'), pagesRoot: false });
    expect(error.problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
      `${shown('broken-references')}: questions.2.appliesTo.0`,
      `${shown('broken-references')}: questions.1.criterion`,
      `${shown('broken-references')}: criteria.1.id`,
    ]);
    expect(error.message).toContain(`${shown('broken-references')}: questions.1.criterion: question "mpn" tests criterion "mpn-agreemnt"`);
  });

  it('a rules file that is not JSON', () => {
    const error = failure({ dir: dirOf('bad-json') });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ file: shown('bad-json'), field: '' });
    expect(error.problems[0]!.message).toMatch(/^not valid JSON: /);
  });

  it('wording with missing, empty, stale and marked-up strings', () => {
    const error = failure({ dir: dirOf('missing-wording'), locales: ['en-us'], pagesRoot: false });
    const file = shown('missing-wording', 'eligibility.en-us.json');
    expect(error.message.split('\n').slice(1)).toEqual([
      `  ${file}: questions.mpn.options.unsure: this string is missing`,
      `  ${file}: criteria.csp-reseller.unsure: unknown field "unsure" (not wording this criterion needs: its question gives no such outcome); remove it or check its spelling`,
      `  ${file}: criteria.competency.unsure: this string is missing`,
      `  ${file}: verdicts.eligible.heading: this string is empty`,
      `  ${file}: links.competencies: this string is missing`,
      `  ${file}: links.competencie: unknown field "competencie" (not a link in the rules); did you mean "competencies"?`,
      `  ${file}: ui.startAgain: expected plain text: markup is not rendered (links come from content/rules/eligibility.json)`,
    ]);
  });

  it('every locale: a missing wording file is named, and so is a file for a locale that does not exist', () => {
    const error = failure({ dir: dirOf('missing-wording'), pagesRoot: false });
    const problems = error.problems.filter((p) => p.field === '').map((p) => `${p.file}: ${p.message}`);
    expect(problems).toEqual([
      ...['zh-tw', 'ru-ru', 'ko-kr', 'ja-jp'].map(
        (locale) => `${shown('missing-wording', `eligibility.${locale}.json`)}: the file is missing; expected it in ${relative(process.cwd(), dirOf('missing-wording'))}`,
      ),
      `${shown('missing-wording', 'eligibility.en-gb.json')}: "en-gb" is not a locale of src/config/locales.ts (en-us, zh-tw, ru-ru, ko-kr, ja-jp); rename the file or add the locale`,
    ]);
  });

  it('links to a page or a heading that does not exist', () => {
    const error = failure({ dir: dirOf('broken-links'), locales: ['en-us'], pagesRoot: join(rulesDir, '..') });
    expect(error.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'criteria.5.links.1.href: link "check-competencies" goes to "#check-or-earn-competencies", which is not a heading of content/en-us/partner-center/competencies.mdx; expected one of "attainment_paths", "earn-competencies", "associating_achievements", "display-your-competency-awards", "upgrade-your-membership", "maintain_membership", "related-topics"',
      'verdicts.4.links.2.href: link "payouts" goes to "../incentive-payouts/", but there is no page content/en-us/partner-center/incentive-payouts.mdx; expected the slug of an English page',
    ]);
    // Without a content root, links are not checked.
    expect(() => loadEligibilityData({ dir: dirOf('broken-links'), locales: ['en-us'] })).not.toThrow();
  });

  it('a folder without a rules file', () => {
    const error = failure({ dir: dirOf('does-not-exist') });
    expect(error.problems).toEqual([
      { file: shown('does-not-exist'), field: '', message: `the file is missing; expected it in ${relative(process.cwd(), dirOf('does-not-exist'))}` },
    ]);
  });
});

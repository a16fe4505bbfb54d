/**
 * The rules schema: the real rules pass; broken rules (fixtures in test/fixtures/eligibility-*)
 * fail with messages that name the path and say what was expected.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eligibilityRulesSchema, partnerTypesOf } from '../../../src/schemas/eligibility/rules.ts';
import { describeIssues, formatProblems } from '../../../src/lib/schema-issues.ts';
import { copyRules, criterionIds, fixturesDir, partnerTypes, questionIds, rawRules, readJson } from './helpers.ts';

const problems = (data: unknown): string[] => {
  const result = eligibilityRulesSchema.safeParse(data);
  return result.success ? [] : formatProblems(describeIssues(result.error.issues)).split('\n');
};
const fixture = (name: string) => readJson(join(fixturesDir, `eligibility-${name}`, 'eligibility.json'));

describe('the rules file (content/rules/eligibility.json)', () => {
  it('is valid', () => {
    expect(problems(rawRules)).toEqual([]);
  });

  it('has the questions, partner types and criteria of the program, in order', () => {
    const rules = eligibilityRulesSchema.parse(rawRules);
    expect(rules.questions.map((q) => q.id)).toEqual([...questionIds]);
    expect(partnerTypesOf(rules)).toEqual([...partnerTypes]);
    expect(rules.criteria.map((c) => c.id)).toEqual([...criterionIds]);
    expect(rules.verdicts.map((v) => v.id)).toEqual(['incomplete', 'not-eligible', 'unknown', 'pending-first-transaction', 'eligible']);
    for (const q of rules.questions.slice(1)) expect(q.answers.map((a) => a.value), q.id).toEqual(['yes', 'no', 'unsure']);
  });

  it('parsing changes nothing: the browser can use the raw JSON', () => {
    expect(eligibilityRulesSchema.parse(rawRules)).toEqual(rawRules);
  });

  it('links the competencies page, agreements in Partner Center, and the migration steps', () => {
    const rules = eligibilityRulesSchema.parse(rawRules);
    const hrefs = (list: { links: { href: string }[] }[]) => list.flatMap((x) => x.links.map((l) => l.href));
    expect(hrefs(rules.criteria.filter((c) => c.id === 'competency'))).toContain('../competencies/');
    expect(hrefs(rules.criteria.filter((c) => c.id.endsWith('-agreement'))).every((h) => h.startsWith('https://partner.microsoft.com/'))).toBe(true);
    // The eligible verdict links to the admins' migration checklist, on the same page as the checker.
    expect(hrefs(rules.verdicts.filter((v) => v.id === 'eligible'))).toContain('../partner-incentives-is-now-on-partner-center/#set-your-users-up-in-partner-center');
  });
});

describe('broken rules are rejected, naming the path', () => {
  it('a question testing an unknown criterion, and an unknown partner type (eligibility-broken-references)', () => {
    expect(problems(fixture('broken-references'))).toEqual([
      'questions.2.appliesTo.0: question "reseller-agreement" applies to "direct-resseler", which is not a partner type; expected one of "direct-reseller", "indirect-provider", "indirect-reseller", "other" (the answers of question "partner-type") (did you mean "direct-reseller"?)',
      'questions.1.criterion: question "mpn" tests criterion "mpn-agreemnt", which is not in "criteria"; expected one of "csp-reseller", "mpn-agreement", "reseller-agreement", "distributor-agreement", "first-transaction", "competency" (did you mean "mpn-agreement"?)',
      'criteria.1.id: no question tests criterion "mpn-agreement"; expected a question with "criterion": "mpn-agreement", or remove the criterion',
    ]);
  });

  it('duplicate question ids, criterion ids and answer values (eligibility-duplicates)', () => {
    expect(problems(fixture('duplicates'))).toEqual([
      'questions.5.id: duplicate question id "mpn" (questions.1.id has it already); expected each question id once',
      'criteria.6.id: duplicate criterion id "competency" (criteria.5.id has it already); expected each criterion id once',
      'questions.1.answers.2.value: duplicate answer value "yes" (questions.1.answers.0.value has it already); expected each answer value once',
    ]);
  });

  it('verdicts: "always" not last, an outcome without its verdict (eligibility-bad-verdicts)', () => {
    expect(problems(fixture('bad-verdicts'))).toEqual([
      'verdicts.3.when: expected the last verdict to have "when": "always", so that every set of answers has a verdict',
      'verdicts.0.when: expected "always" only on the last verdict: the verdicts after "eligible" could never be reached',
      'questions.1.answers.2.outcome: the outcome "unsure" needs a verdict with "when": "unsure" in "verdicts"; expected one',
    ]);
  });

  it('shape: unknown field, missing field, wrong outcome, locale-bound link (eligibility-bad-shape)', () => {
    expect(problems(fixture('bad-shape'))).toEqual([
      'questions.3.answers.0.outcome: expected an outcome, one of "met", "unmet", "unsure", "pending"',
      'questions.4.criterion: a criterion id is required',
      'criteria: the list of criteria is missing: expected a list',
      'verdicts.4.links.0.href: expected a locale-free link to a page of the site ("../competencies/" or "../competencies/#check-or-earn-competencies") or an https:// address',
      'critera: unknown field "critera"; did you mean "criteria"?',
    ]);
  });

  it('a partner-type question with "appliesTo", an unknown partnerTypeQuestion', () => {
    const asked = copyRules();
    asked.questions[0]!.appliesTo = ['other'];
    expect(problems(asked)).toEqual(['questions.0.appliesTo: the partner-type question "partner-type" is asked of everyone: remove "appliesTo"']);
    const unknown = { ...copyRules(), partnerTypeQuestion: 'partner-typ' };
    expect(problems(unknown)).toEqual([
      'partnerTypeQuestion: expected the id of one of the questions ("partner-type", "mpn", "reseller-agreement", "distributor-agreement", "first-transaction", "competency"), not "partner-typ" (did you mean "partner-type"?)',
    ]);
  });

  it('a criterion tested twice, a question that can never be met, an unreachable verdict', () => {
    const rules = copyRules();
    rules.questions[5]!.criterion = 'mpn-agreement';
    rules.questions[2]!.answers = rules.questions[2]!.answers.map((a) => ({ ...a, outcome: a.outcome === 'met' ? 'unsure' : a.outcome }));
    rules.questions[4]!.answers[1]!.outcome = 'unmet';
    expect(problems(rules)).toEqual([
      'questions.2.answers: question "reseller-agreement" has no answer with the outcome "met"; expected at least one, or criterion "reseller-agreement" can never be met',
      'questions.5.criterion: criterion "mpn-agreement" is tested by question "mpn" already; expected each criterion to be tested by exactly one question',
      'criteria.5.id: no question tests criterion "competency"; expected a question with "criterion": "competency", or remove the criterion',
      'verdicts.3.when: no answer has the outcome "pending", so verdict "pending-first-transaction" can never be reached; expected an answer with that outcome, or remove the verdict',
    ]);
  });

  it('one link id with two addresses, ids that are not kebab-case (all reported at once)', () => {
    const rules = copyRules();
    rules.criteria[1]!.links[0]!.href = 'https://partner.microsoft.com/dashboard/account';
    rules.questions[1]!.answers[0]!.value = 'Yes';
    rules.questions[1]!.id = 'mpn_agreement';
    const other = (at: string) =>
      `${at}: link "partner-center" points to "https://partner.microsoft.com/dashboard" here but to "https://partner.microsoft.com/dashboard/account" at criteria.1.links.0.href; expected one address per link id`;
    expect(problems(rules)).toEqual([
      'questions.1.id: expected a question id in kebab-case (lower-case letters, digits, single hyphens), for example "mpn"',
      'questions.1.answers.0.value: expected an answer value in kebab-case (lower-case letters, digits, single hyphens), for example "yes"',
      other('criteria.2.links.0.href'),
      other('criteria.3.links.0.href'),
      other('verdicts.2.links.0.href'),
    ]);
  });

  it('not a map at all', () => {
    expect(problems([])).toEqual(['expected the rules: a map with "partnerTypeQuestion", "questions", "criteria" and "verdicts"']);
  });
});

/**
 * Shared by the eligibility tests: the real rules (validated), and an oracle that computes the
 * expected result from the program's requirements written out plainly, without the rules file
 * or the evaluator, so that the two are checked against each other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eligibilityRulesSchema, type EligibilityRules } from '../../../src/schemas/eligibility/rules.ts';

export const rulesDir = join(import.meta.dirname, '../../../content/rules');
export const fixturesDir = join(import.meta.dirname, '../../fixtures');

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The raw rules JSON, exactly as the browser script would get it. */
export const rawRules = readJson(join(rulesDir, 'eligibility.json')) as EligibilityRules;
export const rules: EligibilityRules = eligibilityRulesSchema.parse(rawRules);

/** A deep copy of the rules to break in a test. */
export const copyRules = (): EligibilityRules => structuredClone(rules);

// --- The program's requirements, written out plainly (from the seeds' "Qualify for the Incentives program").

export const partnerTypes = ['direct-reseller', 'indirect-provider', 'indirect-reseller', 'other'] as const;
export type PartnerType = (typeof partnerTypes)[number];
export const yesNoUnsure = ['yes', 'no', 'unsure'] as const;
export const questionIds = ['partner-type', 'mpn', 'reseller-agreement', 'distributor-agreement', 'first-transaction', 'competency'] as const;
export type QuestionId = (typeof questionIds)[number];
/** The yes/no/unsure questions, in the order they are asked. */
export const followUps = ['mpn', 'reseller-agreement', 'distributor-agreement', 'first-transaction', 'competency'] as const;
export type FollowUp = (typeof followUps)[number];
export const criterionIds = ['csp-reseller', 'mpn-agreement', 'reseller-agreement', 'distributor-agreement', 'first-transaction', 'competency'] as const;

/** Who is asked what, beyond the partner type: MPN and competency of every CSP reseller, one agreement or the first transaction by type. */
export const askedOf: Record<PartnerType, readonly FollowUp[]> = {
  'direct-reseller': ['mpn', 'reseller-agreement', 'competency'],
  'indirect-provider': ['mpn', 'distributor-agreement', 'competency'],
  'indirect-reseller': ['mpn', 'first-transaction', 'competency'],
  other: [],
};

export const criterionOf: Record<QuestionId, (typeof criterionIds)[number]> = {
  'partner-type': 'csp-reseller',
  mpn: 'mpn-agreement',
  'reseller-agreement': 'reseller-agreement',
  'distributor-agreement': 'distributor-agreement',
  'first-transaction': 'first-transaction',
  competency: 'competency',
};

export type TestAnswers = Partial<Record<QuestionId, string>>;

export interface Expected {
  verdict: string;
  applicableQuestions: string[];
  unanswered: string[];
  unmet: string[];
  unsure: string[];
  pending: string[];
  met: string[];
}

const inCriterionOrder = (ids: readonly string[]) => criterionIds.filter((id) => ids.includes(id));

/**
 * The verdict, by the precedence of the brief:
 * 1. incomplete: a question that applies is unanswered (the partner type first of all);
 * 2. not-eligible: "other", or any criterion answered "no" except the first transaction;
 * 3. unknown: any answer "unsure" (the first transaction included);
 * 4. pending-first-transaction: an indirect reseller whose first transaction is still to come;
 * 5. eligible.
 * Answers to questions that do not apply are ignored; "other" is asked nothing further.
 */
export function expectedResult(answers: TestAnswers): Expected {
  const type = answers['partner-type'] as PartnerType | undefined;
  if (type === undefined) {
    return { verdict: 'incomplete', applicableQuestions: ['partner-type'], unanswered: ['partner-type'], unmet: [], unsure: [], pending: [], met: [] };
  }
  if (type === 'other') {
    return { verdict: 'not-eligible', applicableQuestions: ['partner-type'], unanswered: [], unmet: ['csp-reseller'], unsure: [], pending: [], met: [] };
  }
  const asked = askedOf[type];
  const unanswered = asked.filter((q) => answers[q] === undefined);
  const unmet = asked.filter((q) => answers[q] === 'no' && q !== 'first-transaction').map((q) => criterionOf[q]);
  const pending = asked.filter((q) => answers[q] === 'no' && q === 'first-transaction').map((q) => criterionOf[q]);
  const unsure = asked.filter((q) => answers[q] === 'unsure').map((q) => criterionOf[q]);
  const met = ['csp-reseller', ...asked.filter((q) => answers[q] === 'yes').map((q) => criterionOf[q])];
  let verdict = 'eligible';
  if (unanswered.length > 0) verdict = 'incomplete';
  else if (unmet.length > 0) verdict = 'not-eligible';
  else if (unsure.length > 0) verdict = 'unknown';
  else if (pending.length > 0) verdict = 'pending-first-transaction';
  return {
    verdict,
    applicableQuestions: ['partner-type', ...asked],
    unanswered,
    unmet: inCriterionOrder(unmet),
    unsure: inCriterionOrder(unsure),
    pending: inCriterionOrder(pending),
    met: inCriterionOrder(met),
  };
}

/** Every set of answers: each question unanswered or answered with each of its values (5 × 4⁵ = 5 120). */
export function* allAnswerSets(types: readonly (PartnerType | undefined)[] = [undefined, ...partnerTypes]): Generator<TestAnswers> {
  const choices = [undefined, ...yesNoUnsure];
  for (const type of types) {
    const total = choices.length ** followUps.length;
    for (let n = 0; n < total; n++) {
      const answers: TestAnswers = {};
      if (type !== undefined) answers['partner-type'] = type;
      let rest = n;
      for (const q of followUps) {
        const value = choices[rest % choices.length];
        rest = Math.floor(rest / choices.length);
        if (value !== undefined) answers[q] = value;
      }
      yield answers;
    }
  }
}

export const describeAnswers = (answers: TestAnswers) =>
  Object.entries(answers)
    .map(([k, v]) => `${k}=${v}`)
    .join('&') || '(no answers)';

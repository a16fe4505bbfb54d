/**
 * The eligibility verdict, organised by question as alphagov/smart-answers does: a describe per
 * question and partner type, with the answers that lead to each verdict, then every combination
 * of answers checked against the precedence written out plainly in helpers.ts.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type RulesInput } from '../../../src/lib/eligibility.ts';
import {
  allAnswerSets,
  askedOf,
  copyRules,
  describeAnswers,
  expectedResult,
  followUps,
  partnerTypes,
  rawRules,
  rules,
  yesNoUnsure,
  type FollowUp,
  type PartnerType,
  type TestAnswers,
} from './helpers.ts';

const result = (answers: TestAnswers, r: RulesInput = rules) => {
  const e = evaluate(r, answers);
  return {
    verdict: e.verdict,
    applicableQuestions: e.applicableQuestions,
    unanswered: e.unanswered,
    unmet: e.unmet,
    unsure: e.unsure,
    pending: e.pending,
    met: e.met,
  };
};

/** Every answer set of these partner types on which the evaluator and the plain precedence disagree. */
function disagreements(types: readonly (PartnerType | undefined)[], r: RulesInput = rules) {
  const found: { answers: string; got: unknown; expected: unknown }[] = [];
  let checked = 0;
  for (const answers of allAnswerSets(types)) {
    checked++;
    const got = result(answers, r);
    const expected = expectedResult(answers);
    if (JSON.stringify(got) !== JSON.stringify(expected)) found.push({ answers: describeAnswers(answers), got, expected });
  }
  return { checked, found };
}

/** All "yes", for the questions asked of this partner type. */
const allYes = (type: PartnerType): TestAnswers => ({
  'partner-type': type,
  ...Object.fromEntries(askedOf[type].map((q) => [q, 'yes'])),
});

describe('question: partner-type', () => {
  it('unanswered: incomplete, and only the partner type is asked for', () => {
    expect(result({})).toEqual({
      verdict: 'incomplete',
      applicableQuestions: ['partner-type'],
      unanswered: ['partner-type'],
      unmet: [],
      unsure: [],
      pending: [],
      met: [],
    });
  });

  it('unanswered, whatever else is answered: still incomplete on the partner type alone', () => {
    const e = evaluate(rules, { mpn: 'no', competency: 'no', 'reseller-agreement': 'unsure' });
    expect(e.verdict).toBe('incomplete');
    expect(e.unanswered).toEqual(['partner-type']);
    expect(e.unmet).toEqual([]);
    expect(e.answers).toEqual({});
  });

  it('other: not eligible, with "a CSP reseller" as the one unmet criterion', () => {
    expect(result({ 'partner-type': 'other' })).toEqual({
      verdict: 'not-eligible',
      applicableQuestions: ['partner-type'],
      unanswered: [],
      unmet: ['csp-reseller'],
      unsure: [],
      pending: [],
      met: [],
    });
  });

  it('other: no further question applies, so answers to them (even all "yes") change nothing', () => {
    const { checked, found } = disagreements(['other']);
    expect(checked).toBe(4 ** followUps.length);
    expect(found).toEqual([]);
    expect(evaluate(rules, { 'partner-type': 'other', mpn: 'yes', competency: 'yes', 'reseller-agreement': 'yes' }).verdict).toBe('not-eligible');
  });

  it('an unknown partner type counts as unanswered', () => {
    expect(result({ 'partner-type': 'distributor' }).verdict).toBe('incomplete');
    expect(result({ 'partner-type': 'Direct-Reseller' }).unanswered).toEqual(['partner-type']);
  });
});

const byType: { type: PartnerType; name: string; own: FollowUp; notAsked: FollowUp[] }[] = [
  { type: 'direct-reseller', name: 'direct reseller', own: 'reseller-agreement', notAsked: ['distributor-agreement', 'first-transaction'] },
  { type: 'indirect-provider', name: 'indirect provider', own: 'distributor-agreement', notAsked: ['reseller-agreement', 'first-transaction'] },
  { type: 'indirect-reseller', name: 'indirect reseller', own: 'first-transaction', notAsked: ['reseller-agreement', 'distributor-agreement'] },
];

for (const { type, name, own, notAsked } of byType) {
  describe(`partner type: ${name}`, () => {
    it(`asks partner-type, mpn, ${own} and competency, in that order`, () => {
      expect(evaluate(rules, { 'partner-type': type }).applicableQuestions).toEqual(['partner-type', 'mpn', own, 'competency']);
    });

    it('all "yes": eligible, every criterion met', () => {
      expect(result(allYes(type))).toMatchObject({
        verdict: 'eligible',
        met: ['csp-reseller', 'mpn-agreement', own, 'competency'],
        unmet: [],
        unsure: [],
        unanswered: [],
      });
    });

    it(`ignores answers to questions not asked of a ${name} (${notAsked.join(', ')})`, () => {
      for (const value of yesNoUnsure) {
        const answers = { ...allYes(type), ...Object.fromEntries(notAsked.map((q) => [q, value])) };
        expect(result(answers), value).toEqual(result(allYes(type)));
      }
      expect(evaluate(rules, { ...allYes(type), [notAsked[0]!]: 'no' }).answers).not.toHaveProperty(notAsked[0]!);
    });

    it('only the partner type answered: incomplete, naming the three questions left', () => {
      expect(result({ 'partner-type': type })).toMatchObject({ verdict: 'incomplete', unanswered: ['mpn', own, 'competency'], met: ['csp-reseller'] });
    });

    it('everything "no": not eligible, listing every unmet criterion, not just the first', () => {
      const answers: TestAnswers = { 'partner-type': type, mpn: 'no', [own]: 'no', competency: 'no' };
      const expected = own === 'first-transaction' ? ['mpn-agreement', 'competency'] : ['mpn-agreement', own, 'competency'];
      expect(result(answers)).toMatchObject({ verdict: 'not-eligible', unmet: expected });
    });

    it('everything "unsure": unknown, listing every criterion to verify', () => {
      const answers: TestAnswers = { 'partner-type': type, mpn: 'unsure', [own]: 'unsure', competency: 'unsure' };
      expect(result(answers)).toMatchObject({ verdict: 'unknown', unsure: ['mpn-agreement', own, 'competency'], unmet: [] });
    });

    for (const question of ['mpn', own, 'competency'] as const) {
      describe(`question: ${question}`, () => {
        const criterion = question === 'mpn' ? 'mpn-agreement' : question;
        const withAnswer = (value: string | undefined): TestAnswers => {
          const answers: TestAnswers = { ...allYes(type) };
          if (value === undefined) delete answers[question];
          else answers[question] = value;
          return answers;
        };

        it('unanswered: incomplete, naming it', () => {
          expect(result(withAnswer(undefined))).toMatchObject({ verdict: 'incomplete', unanswered: [question] });
        });

        it('"yes": eligible', () => {
          expect(result(withAnswer('yes')).verdict).toBe('eligible');
        });

        if (question === 'first-transaction') {
          it('"no": eligible once the first transaction is done (pending-first-transaction)', () => {
            expect(result(withAnswer('no'))).toMatchObject({ verdict: 'pending-first-transaction', pending: ['first-transaction'], unmet: [] });
          });
        } else {
          it(`"no": not eligible, ${criterion} unmet`, () => {
            expect(result(withAnswer('no'))).toMatchObject({ verdict: 'not-eligible', unmet: [criterion] });
          });
        }

        it(`"unsure": unknown, ${criterion} to verify`, () => {
          expect(result(withAnswer('unsure'))).toMatchObject({ verdict: 'unknown', unsure: [criterion] });
        });

        it('a value it does not know: unanswered', () => {
          expect(result(withAnswer('maybe'))).toMatchObject({ verdict: 'incomplete', unanswered: [question] });
        });
      });
    }

    it(`every combination of answers (${4 ** followUps.length}, non-applicable ones included) follows the precedence`, () => {
      const { checked, found } = disagreements([type]);
      expect(checked).toBe(4 ** followUps.length);
      expect(found.slice(0, 5)).toEqual([]);
    });
  });
}

describe('question: first-transaction (indirect resellers)', () => {
  const base: TestAnswers = { 'partner-type': 'indirect-reseller', mpn: 'yes', competency: 'yes' };

  it('"no" with everything else met: pending-first-transaction, not "not eligible"', () => {
    expect(result({ ...base, 'first-transaction': 'no' })).toMatchObject({
      verdict: 'pending-first-transaction',
      pending: ['first-transaction'],
      met: ['csp-reseller', 'mpn-agreement', 'competency'],
    });
  });

  it('"no" and a missing requirement: not eligible; the unmet list names only the real gaps', () => {
    expect(result({ ...base, mpn: 'no', 'first-transaction': 'no' })).toMatchObject({
      verdict: 'not-eligible',
      unmet: ['mpn-agreement'],
      pending: ['first-transaction'],
    });
  });

  it('"no" and an "unsure": unknown comes before pending', () => {
    expect(result({ ...base, competency: 'unsure', 'first-transaction': 'no' })).toMatchObject({ verdict: 'unknown', unsure: ['competency'] });
  });

  it('"unsure": unknown (ask the indirect provider), even when everything else is met', () => {
    expect(result({ ...base, 'first-transaction': 'unsure' })).toMatchObject({ verdict: 'unknown', unsure: ['first-transaction'] });
  });

  it('is not asked of the other partner types: "no" there changes nothing', () => {
    for (const type of ['direct-reseller', 'indirect-provider'] as const) {
      expect(result({ ...allYes(type), 'first-transaction': 'no' }).verdict).toBe('eligible');
    }
  });
});

describe('precedence', () => {
  it('incomplete comes before not eligible: an open question wins over a "no"', () => {
    expect(result({ 'partner-type': 'direct-reseller', mpn: 'no', competency: 'no' })).toMatchObject({
      verdict: 'incomplete',
      unanswered: ['reseller-agreement'],
      unmet: ['mpn-agreement', 'competency'],
    });
  });

  it('not eligible comes before unknown: a "no" wins over an "unsure"', () => {
    expect(result({ 'partner-type': 'indirect-provider', mpn: 'unsure', 'distributor-agreement': 'no', competency: 'unsure' })).toMatchObject({
      verdict: 'not-eligible',
      unmet: ['distributor-agreement'],
      unsure: ['mpn-agreement', 'competency'],
    });
  });

  it(`all ${5 * 4 ** followUps.length} combinations (every partner type and none × every value and none) agree with the plain rules`, () => {
    const { checked, found } = disagreements([undefined, ...partnerTypes]);
    expect(checked).toBe(5 * 4 ** followUps.length);
    expect(found.slice(0, 5)).toEqual([]);
  });

  it('the exhaustive check can fail: rules with "unknown" before "not eligible" disagree with it', () => {
    const swapped = copyRules();
    const [a, b] = [swapped.verdicts[1]!, swapped.verdicts[2]!];
    swapped.verdicts[1] = b;
    swapped.verdicts[2] = a;
    expect(disagreements(['direct-reseller'], swapped).found.length).toBeGreaterThan(0);
  });

  it('the exhaustive check can fail: a question asked of the wrong partner type disagrees with it', () => {
    const wrong = copyRules();
    wrong.questions.find((q) => q.id === 'reseller-agreement')!.appliesTo = ['indirect-provider'];
    expect(disagreements(['direct-reseller']).found).toEqual([]);
    expect(disagreements(['direct-reseller'], wrong).found.length).toBeGreaterThan(0);
  });
});

describe('the evaluation, for the UI', () => {
  it('lists the applicable criteria in criterion order with their status, and the kept answers in question order', () => {
    const e = evaluate(rules, { competency: 'unsure', 'first-transaction': 'no', mpn: 'yes', 'partner-type': 'indirect-reseller', 'reseller-agreement': 'no' });
    expect(e.criteria).toEqual([
      { id: 'csp-reseller', question: 'partner-type', status: 'met' },
      { id: 'mpn-agreement', question: 'mpn', status: 'met' },
      { id: 'first-transaction', question: 'first-transaction', status: 'pending' },
      { id: 'competency', question: 'competency', status: 'unsure' },
    ]);
    expect(Object.keys(e.answers)).toEqual(['partner-type', 'mpn', 'first-transaction', 'competency']);
    expect(e.partnerType).toBe('indirect-reseller');
  });

  it('marks unanswered criteria as such', () => {
    expect(evaluate(rules, { 'partner-type': 'direct-reseller', mpn: 'yes' }).criteria.map((c) => c.status)).toEqual([
      'met',
      'met',
      'unanswered',
      'unanswered',
    ]);
  });

  it('works on the raw JSON as the browser gets it (no parsing)', () => {
    expect(evaluate(rawRules, allYes('direct-reseller')).verdict).toBe('eligible');
  });

  it('ignores inherited and non-string answers', () => {
    const inherited = Object.create({ 'partner-type': 'direct-reseller' }) as TestAnswers;
    expect(evaluate(rules, inherited).verdict).toBe('incomplete');
    expect(evaluate(rules, { 'partner-type': ['other'] } as unknown as TestAnswers).verdict).toBe('incomplete');
  });
});

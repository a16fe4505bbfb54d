/**
 * The shape of `content/rules/eligibility.json`: questions, criteria, verdicts and their links,
 * each a strict map of ids and values. What a shape cannot say (unique ids, references that
 * resolve, reachable verdicts) is checked on top of it by rules-references.ts.
 */
import { z } from 'zod';
import { outcomes, verdictConditions } from '../../lib/eligibility.ts';
import { hrefPattern } from '../patterns.ts';
import { idOf, listOf, quoted, strictMap } from './fields.ts';

export const linkSchema = strictMap(
  {
    id: idOf('a link id', 'competencies'),
    href: z
      .string({ error: (issue) => (issue.input === undefined ? 'a link address is required' : 'expected the link address as text') })
      .regex(hrefPattern, {
        error:
          'expected a locale-free link to a page of the site ("../competencies/" or "../competencies/#check-or-earn-competencies") or an https:// address',
      }),
  },
  'a link: {"id": "…", "href": "…"}',
);

const linksSchema = listOf(linkSchema, 'the list of links ([] for none)');

export const answerSchema = strictMap(
  {
    value: idOf('an answer value', 'yes'),
    outcome: z.enum(outcomes, { error: `expected an outcome, one of ${quoted(outcomes)}` }),
  },
  'an answer: {"value": "…", "outcome": "met"}',
);

export const questionSchema = strictMap(
  {
    id: idOf('a question id', 'mpn'),
    appliesTo: z
      .array(idOf('a partner type', 'direct-reseller'), {
        error: 'expected a list of partner types (answers of the partner-type question); leave "appliesTo" out for a question asked of everyone',
      })
      .min(1, { error: 'expected at least one partner type; leave "appliesTo" out for a question asked of everyone' })
      .optional(),
    criterion: idOf('a criterion id', 'mpn-agreement'),
    answers: listOf(answerSchema, 'the list of answers')
      .min(2, { error: 'expected at least two answers to choose from' }),
  },
  'a question: {"id", "criterion", "answers" and, unless everyone is asked, "appliesTo"}',
);

export const criterionSchema = strictMap(
  { id: idOf('a criterion id', 'mpn-agreement'), links: linksSchema },
  'a criterion: {"id": "…", "links": […]}',
);

export const verdictSchema = strictMap(
  {
    id: idOf('a verdict id', 'eligible'),
    when: z.enum(verdictConditions, { error: `expected when the verdict applies, one of ${quoted(verdictConditions)}` }),
    links: linksSchema,
  },
  'a verdict: {"id": "…", "when": "…", "links": […]}',
);

export const rulesShapeSchema = strictMap(
  {
    partnerTypeQuestion: idOf('the id of the partner-type question', 'partner-type'),
    questions: listOf(questionSchema, 'the list of questions').min(1, { error: 'expected at least one question' }),
    criteria: listOf(criterionSchema, 'the list of criteria').min(1, { error: 'expected at least one criterion' }),
    verdicts: listOf(verdictSchema, 'the list of verdicts').min(1, { error: 'expected at least one verdict' }),
  },
  'the rules: a map with "partnerTypeQuestion", "questions", "criteria" and "verdicts"',
);

export type RulesShape = z.output<typeof rulesShapeSchema>;
export type EligibilityLink = z.output<typeof linkSchema>;
export type EligibilityAnswer = z.output<typeof answerSchema>;
export type EligibilityQuestion = z.output<typeof questionSchema>;
export type EligibilityCriterion = z.output<typeof criterionSchema>;
export type EligibilityVerdict = z.output<typeof verdictSchema>;

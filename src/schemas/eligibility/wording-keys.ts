/**
 * Which strings a wording file (`content/rules/eligibility.<locale>.json`) must have: the
 * checker's own words, the same in every locale, and for each question, criterion, verdict and
 * link of the rules the strings that follow from it (a new criterion needs its wording in every
 * locale).
 */
import { outcomes, type Outcome, type RulesInput } from '../../lib/eligibility.ts';
import { linksOf, type EligibilityRules } from './rules.ts';

/** The checker's own words (buttons, headings, status labels): the same keys in every locale. */
export const eligibilityUiKeys = [
  /** Heading of the checker. */
  'title',
  /** One sentence under the heading: what the check does. */
  'intro',
  /** Shown instead of the checker when scripts do not run. */
  'needsJavaScript',
  /** Heading of the list of applicable questions not answered yet. */
  'questionsToAnswer',
  /** Button that shows the result (progressive form). */
  'showResult',
  /** Heading of the summary of the answers given. */
  'yourAnswers',
  /** Link/button next to an answer in the summary. */
  'change',
  /** Clears every answer. */
  'startAgain',
  /** In the summary, for a question that applies but has no answer. */
  'notAnswered',
  /** Heading of the verdict box. */
  'resultHeading',
  /** Heading of the list of criteria with their status. */
  'requirementsHeading',
  /** Status labels of a criterion in that list, one per criterion status. */
  'statusMet',
  'statusUnmet',
  'statusUnsure',
  'statusPending',
  'statusUnanswered',
  /** Headings in the verdict: what is missing, what to verify, how to get it, next steps, links. */
  'whatIsMissing',
  'whatToVerify',
  /** Heading of the pending criteria (what still has to happen): not "next steps", which follow it. */
  'whatIsPending',
  'howToGetIt',
  'nextSteps',
  'learnMore',
  /** Label of the link that keeps these answers (the page URL with the answers in its query). */
  'linkToAnswers',
] as const;

export type EligibilityUiKey = (typeof eligibilityUiKeys)[number];

/**
 * The wording every criterion has: its short name (for the list of criteria on the page) and how
 * to meet it (constructive, where to go); plus a reason per outcome its question can give.
 */
export const criterionWordingKeys = ['name', 'howToGet'] as const;
export const verdictWordingKeys = ['heading', 'explanation', 'nextSteps'] as const;
export const questionWordingKeys = ['legend', 'hint', 'options'] as const;

/**
 * A reason in a criterion's wording, named for the outcome it explains: why the reader does not
 * qualify (`unmet`), what to verify and where (`unsure`), what happens next (`pending`).
 */
export type Reason = Exclude<Outcome, 'met'>;

/** The outcomes (but "met") each criterion's question can give: the reasons its wording needs. */
export function criterionReasonKeys(rules: RulesInput): Map<string, Reason[]> {
  const reasons = new Map<string, Reason[]>();
  for (const c of rules.criteria) {
    const found = new Set<Reason>();
    for (const q of rules.questions) {
      if (q.criterion !== c.id) continue;
      for (const a of q.answers) if (a.outcome !== 'met') found.add(a.outcome as Reason);
    }
    reasons.set(c.id, outcomes.filter((o): o is Reason => found.has(o as Reason)));
  }
  return reasons;
}

/**
 * Every string a wording file must have, as dotted paths (`criteria.competency.unsure`,
 * `verdicts.eligible.nextSteps`), enumerated from the rules: for reports and tests.
 */
export function requiredWordingPaths(rules: EligibilityRules): string[] {
  const reasons = criterionReasonKeys(rules);
  return [
    ...rules.questions.flatMap((q) => [
      `questions.${q.id}.legend`,
      `questions.${q.id}.hint`,
      ...q.answers.map((a) => `questions.${q.id}.options.${a.value}`),
    ]),
    ...rules.criteria.flatMap((c) => [...criterionWordingKeys, ...(reasons.get(c.id) ?? [])].map((k) => `criteria.${c.id}.${k}`)),
    ...rules.verdicts.flatMap((v) => verdictWordingKeys.map((k) => `verdicts.${v.id}.${k}`)),
    ...linksOf(rules).map((l) => `links.${l.id}`),
    ...eligibilityUiKeys.map((k) => `ui.${k}`),
  ];
}

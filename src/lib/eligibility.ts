/**
 * The eligibility checker's logic: pure, tiny, no DOM, no Astro, no zod. It is bundled into the
 * browser script of the checker (6 KB gzip budget for the whole checker), so it imports nothing.
 * The rules it runs are data (`content/rules/eligibility.json`), validated at build time by
 * `src/schemas/eligibility/rules.ts`; the raw JSON is usable here as it is (the schema transforms nothing).
 *
 * How a verdict is reached:
 * - A question applies when it has no `appliesTo` (the partner-type question), or when the
 *   partner type is answered and listed in its `appliesTo`. So with no partner type only the
 *   partner-type question applies, and with `other` (not a CSP reseller) no further question does.
 * - Each applicable question tests one criterion; the answer gives that criterion's status
 *   (`met`, `unmet`, `unsure`, `pending`), or `unanswered` when there is no valid answer.
 * - The verdicts are tried in the rules' order (their precedence); the first whose `when` holds
 *   wins: `unanswered` (some applicable question is unanswered), `unmet`/`unsure`/`pending` (some
 *   criterion has that status), `always`. With the shipped rules: incomplete, not-eligible,
 *   unknown, pending-first-transaction, eligible.
 * - Answers to questions that do not apply, and values a question does not know, are ignored.
 *
 * Decisions the rules file encodes (content/rules/eligibility.json):
 * - `partner-type=other` is not-eligible at once, whatever else is (un)answered: no other
 *   question applies to a partner who is not a CSP reseller, so nothing is left to ask.
 * - `first-transaction=no` is `pending` (eligible, invited after the first transaction);
 *   `first-transaction=unsure` is `unsure` like any other "unsure": the verdict is unknown,
 *   and the wording says to ask the indirect provider or look for orders in Partner Center.
 * - An answer "no" still shows in `unmet` while the verdict is incomplete, so a UI can say
 *   "so far" if it wants; the verdict itself follows the precedence.
 */

/** What an answer means for the criterion its question tests. */
export const outcomes = ['met', 'unmet', 'unsure', 'pending'] as const;
export type Outcome = (typeof outcomes)[number];

/** When a verdict applies; the verdicts are tried in order, `always` closes the list. */
export const verdictConditions = ['unanswered', 'unmet', 'unsure', 'pending', 'always'] as const;
export type VerdictCondition = (typeof verdictConditions)[number];

/** A criterion's status in an evaluation. */
export type CriterionStatus = Outcome | 'unanswered';

/**
 * The rules as the evaluator reads them: the parsed rules file (`EligibilityRules`) fits, and
 * so does the raw JSON (its strings are not narrowed to the unions).
 */
export interface RulesInput {
  readonly partnerTypeQuestion: string;
  readonly questions: readonly {
    readonly id: string;
    readonly appliesTo?: readonly string[] | undefined;
    readonly criterion: string;
    readonly answers: readonly { readonly value: string; readonly outcome: string }[];
  }[];
  readonly criteria: readonly { readonly id: string }[];
  readonly verdicts: readonly { readonly id: string; readonly when: string }[];
}

/** Question id → answer value. Unknown keys and values are ignored. */
export type Answers = { readonly [questionId: string]: string | undefined };

export interface CriterionResult {
  id: string;
  /** The question that tests it. */
  question: string;
  status: CriterionStatus;
}

export interface Evaluation {
  /** Verdict id, from the rules. */
  verdict: string;
  /** The answered partner type, if any. */
  partnerType: string | undefined;
  /** Question ids that apply to this partner type, in question order. */
  applicableQuestions: string[];
  /** The valid answers to applicable questions only: what the UI shows under "Your answers". */
  answers: Record<string, string>;
  /** Applicable questions without a valid answer, in question order. */
  unanswered: string[];
  /** Every criterion that applies, in criterion order, with its status. */
  criteria: CriterionResult[];
  /** Criterion ids by status, each in criterion order. */
  met: string[];
  unmet: string[];
  unsure: string[];
  pending: string[];
}

/** Values longer than this are never valid (ids are short kebab-case words); checked before any lookup. */
export const maxValueLength = 64;

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

type Question = RulesInput['questions'][number];

/** The answer to `question` if it is one of its known values, else undefined. */
function validAnswer(question: Question, answers: Answers): string | undefined {
  const value = own(answers, question.id) ? answers[question.id] : undefined;
  return typeof value === 'string' && question.answers.some((a) => a.value === value) ? value : undefined;
}

/** Does `question` apply once `partnerType` is known (or not)? */
export function isApplicable(question: Question, partnerType: string | undefined): boolean {
  return !question.appliesTo || (partnerType !== undefined && question.appliesTo.includes(partnerType));
}

export function evaluate(rules: RulesInput, answers: Answers): Evaluation {
  const typeQuestion = rules.questions.find((q) => q.id === rules.partnerTypeQuestion);
  const partnerType = typeQuestion && validAnswer(typeQuestion, answers);
  const applicable = rules.questions.filter((q) => isApplicable(q, partnerType));
  const kept: Record<string, string> = {};
  const unanswered: string[] = [];
  const statusOf = new Map<string, CriterionResult>();
  for (const question of applicable) {
    const value = validAnswer(question, answers);
    let status: CriterionStatus = 'unanswered';
    if (value === undefined) unanswered.push(question.id);
    else {
      kept[question.id] = value;
      status = question.answers.find((a) => a.value === value)!.outcome as Outcome;
    }
    statusOf.set(question.criterion, { id: question.criterion, question: question.id, status });
  }
  const criteria = rules.criteria.flatMap((c) => statusOf.get(c.id) ?? []);
  const having = (status: CriterionStatus) => criteria.filter((c) => c.status === status).map((c) => c.id);
  const lists = { met: having('met'), unmet: having('unmet'), unsure: having('unsure'), pending: having('pending') };
  const holds = (when: string) =>
    when === 'always' || (when === 'unanswered' ? unanswered.length > 0 : own(lists, when) && lists[when as Outcome].length > 0);
  const verdict = (rules.verdicts.find((v) => holds(v.when)) ?? rules.verdicts[rules.verdicts.length - 1])?.id ?? '';
  return {
    verdict,
    partnerType,
    applicableQuestions: applicable.map((q) => q.id),
    answers: kept,
    unanswered,
    criteria,
    ...lists,
  };
}

/**
 * Answers from a query string (`location.search`, with or without its leading `?`) or from
 * `URLSearchParams`. Hostile or stale input is dropped, never repaired:
 * - only keys that are question ids, compared exactly (`MPN` is not `mpn`);
 * - only values the question knows, compared exactly (`YES`, `yes ` and `` are not `yes`);
 *   a value longer than `maxValueLength` is dropped without a lookup;
 * - a repeated key: the first valid value wins (`mpn=maybe&mpn=no&mpn=yes` → `no`);
 * - answers to questions that do not apply to the partner type are kept (switching back to
 *   that type restores them); `evaluate` and `serializeAnswers` ignore them.
 */
export function parseAnswers(rules: RulesInput, input: URLSearchParams | string): Record<string, string> {
  const params = typeof input === 'string' ? new URLSearchParams(input.startsWith('?') ? input.slice(1) : input) : input;
  const answers: Record<string, string> = {};
  for (const [key, value] of params) {
    if (value.length > maxValueLength || own(answers, key)) continue;
    const question = rules.questions.find((q) => q.id === key);
    if (question && question.answers.some((a) => a.value === value)) answers[key] = value;
  }
  return answers;
}

/**
 * The query string (no leading `?`) for `answers`: applicable, validly answered questions
 * only, in question order; `''` when there is none. `parseAnswers` reads it back unchanged.
 */
export function serializeAnswers(rules: RulesInput, answers: Answers): string {
  const kept = evaluate(rules, answers).answers;
  return Object.keys(kept)
    .map((id) => `${encodeURIComponent(id)}=${encodeURIComponent(kept[id]!)}`)
    .join('&');
}

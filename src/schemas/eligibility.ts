/**
 * The eligibility checker's data, checked at build time (never in the browser):
 *
 * - `content/rules/eligibility.json`: the rules (questions, criteria, verdicts, links); no wording.
 *   `eligibilityRulesSchema` checks its shape and its cross-references.
 * - `content/rules/eligibility.<locale>.json`: the wording of one locale. Which strings it must
 *   have follows from the rules (a new criterion needs its wording in every locale), so its
 *   schema is made from the rules: `eligibilityWordingSchema(rules)`.
 *
 * The schemas transform nothing (no defaults, no coercion), so the raw rules JSON and the parsed
 * rules are the same data: the browser script can use the JSON as it is.
 */
import { z } from 'zod';
import { closest } from '../lib/closest.ts';
import { outcomes, verdictConditions, type Outcome, type RulesInput } from '../lib/eligibility.ts';
import { unknownKeysError } from '../lib/schema-issues.ts';

/** Ids and answer values: short kebab-case words, safe in a URL query without escaping. */
export const idPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const maxIdLength = 40;

/** A locale-free link to a site page (`../competencies/`, `../competencies/#anchor`) or an https address. */
export const hrefPattern = /^(?:\.\.\/[a-z0-9]+(?:-[a-z0-9]+)*\/(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?|https:\/\/[^\s"<>]+)$/;

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
const didYouMean = (value: string, known: readonly string[]) => {
  const suggestion = closest(value, known);
  return suggestion ? ` (did you mean "${suggestion}"?)` : '';
};

/** A strict map: unknown keys are named (with the closest known one); a missing map says what it should be. */
function strictMap<T extends z.core.$ZodLooseShape>(shape: T, what: string, unknownNote?: string) {
  return z.strictObject(shape, {
    error: unknownKeysError(Object.keys(shape), (issue) => (issue.input === undefined ? `${what} is missing` : `expected ${what}`), unknownNote),
  });
}

const idOf = (what: string, example: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `expected ${what} as text, for example "${example}"`) })
    .max(maxIdLength, { error: `expected ${what} of at most ${maxIdLength} characters` })
    .regex(idPattern, {
      error: `expected ${what} in kebab-case (lower-case letters, digits, single hyphens), for example "${example}"`,
    });

const linkSchema = strictMap(
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

/** A list; a missing one says so. */
const listOf = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: (issue) => (issue.input === undefined ? `${what} is missing: expected a list` : `expected ${what} as a list`) });

const linksSchema = listOf(linkSchema, 'the list of links ([] for none)');

const answerSchema = strictMap(
  {
    value: idOf('an answer value', 'yes'),
    outcome: z.enum(outcomes, { error: `expected an outcome, one of ${quoted(outcomes)}` }),
  },
  'an answer: {"value": "…", "outcome": "met"}',
);

const questionSchema = strictMap(
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

const criterionSchema = strictMap(
  { id: idOf('a criterion id', 'mpn-agreement'), links: linksSchema },
  'a criterion: {"id": "…", "links": […]}',
);

const verdictSchema = strictMap(
  {
    id: idOf('a verdict id', 'eligible'),
    when: z.enum(verdictConditions, { error: `expected when the verdict applies, one of ${quoted(verdictConditions)}` }),
    links: linksSchema,
  },
  'a verdict: {"id": "…", "when": "…", "links": […]}',
);

const rulesShape = strictMap(
  {
    partnerTypeQuestion: idOf('the id of the partner-type question', 'partner-type'),
    questions: listOf(questionSchema, 'the list of questions').min(1, { error: 'expected at least one question' }),
    criteria: listOf(criterionSchema, 'the list of criteria').min(1, { error: 'expected at least one criterion' }),
    verdicts: listOf(verdictSchema, 'the list of verdicts').min(1, { error: 'expected at least one verdict' }),
  },
  'the rules: a map with "partnerTypeQuestion", "questions", "criteria" and "verdicts"',
);

type RulesShape = z.infer<typeof rulesShape>;
type Path = (string | number)[];

/** Every check a JSON shape cannot express: unique ids, references that resolve, reachable verdicts. */
function crossCheck(rules: RulesShape, ctx: z.core.$RefinementCtx<RulesShape>): void {
  const report = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message, input: rules });

  const unique = <T>(items: readonly T[], key: (item: T) => string, path: (i: number) => Path, what: string) => {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const value = key(item);
      const seen = first.get(value);
      if (seen === undefined) first.set(value, i);
      else report(path(i), `duplicate ${what} "${value}" (${path(seen).join('.')} has it already); expected each ${what} once`);
    });
  };

  unique(rules.questions, (q) => q.id, (i) => ['questions', i, 'id'], 'question id');
  unique(rules.criteria, (c) => c.id, (i) => ['criteria', i, 'id'], 'criterion id');
  unique(rules.verdicts, (v) => v.id, (i) => ['verdicts', i, 'id'], 'verdict id');
  unique(rules.verdicts, (v) => v.when, (i) => ['verdicts', i, 'when'], 'verdict condition');
  rules.questions.forEach((q, i) => {
    unique(q.answers, (a) => a.value, (j) => ['questions', i, 'answers', j, 'value'], 'answer value');
    unique(q.appliesTo ?? [], (t) => t, (j) => ['questions', i, 'appliesTo', j], 'partner type');
  });

  // The partner-type question: it exists, everyone is asked it, its answers are the partner types.
  const questionIds = rules.questions.map((q) => q.id);
  const typeIndex = questionIds.indexOf(rules.partnerTypeQuestion);
  const partnerTypes = typeIndex < 0 ? [] : rules.questions[typeIndex]!.answers.map((a) => a.value);
  if (typeIndex < 0) {
    report(
      ['partnerTypeQuestion'],
      `expected the id of one of the questions (${quoted(questionIds)}), not "${rules.partnerTypeQuestion}"${didYouMean(rules.partnerTypeQuestion, questionIds)}`,
    );
  } else if (rules.questions[typeIndex]!.appliesTo) {
    report(['questions', typeIndex, 'appliesTo'], `the partner-type question "${rules.partnerTypeQuestion}" is asked of everyone: remove "appliesTo"`);
  }
  rules.questions.forEach((q, i) => {
    if (typeIndex < 0) return;
    q.appliesTo?.forEach((type, j) => {
      if (!partnerTypes.includes(type)) {
        report(
          ['questions', i, 'appliesTo', j],
          `question "${q.id}" applies to "${type}", which is not a partner type; expected one of ${quoted(partnerTypes)} (the answers of question "${rules.partnerTypeQuestion}")${didYouMean(type, partnerTypes)}`,
        );
      }
    });
  });

  // Criteria: each is tested by exactly one question.
  const criterionIds = rules.criteria.map((c) => c.id);
  const testedBy = new Map<string, string>();
  rules.questions.forEach((q, i) => {
    if (!criterionIds.includes(q.criterion)) {
      report(
        ['questions', i, 'criterion'],
        `question "${q.id}" tests criterion "${q.criterion}", which is not in "criteria"; expected one of ${quoted(criterionIds)}${didYouMean(q.criterion, criterionIds)}`,
      );
    } else if (testedBy.has(q.criterion)) {
      report(
        ['questions', i, 'criterion'],
        `criterion "${q.criterion}" is tested by question "${testedBy.get(q.criterion)}" already; expected each criterion to be tested by exactly one question`,
      );
    } else testedBy.set(q.criterion, q.id);
    if (!q.answers.some((a) => a.outcome === 'met')) {
      report(['questions', i, 'answers'], `question "${q.id}" has no answer with the outcome "met"; expected at least one, or criterion "${q.criterion}" can never be met`);
    }
  });
  rules.criteria.forEach((c, i) => {
    if (!testedBy.has(c.id) && !rules.questions.some((q) => q.criterion === c.id)) {
      report(['criteria', i, 'id'], `no question tests criterion "${c.id}"; expected a question with "criterion": "${c.id}", or remove the criterion`);
    }
  });

  // Verdicts: an "unanswered" one, "always" last, one for every outcome an answer can give, none unreachable.
  const whens = rules.verdicts.map((v) => v.when);
  const last = rules.verdicts.length - 1;
  if (!whens.includes('unanswered')) {
    report(['verdicts'], 'expected a verdict with "when": "unanswered", for answers that are not complete yet');
  }
  if (whens[last] !== 'always') {
    report(['verdicts', last, 'when'], 'expected the last verdict to have "when": "always", so that every set of answers has a verdict');
  }
  whens.forEach((when, i) => {
    if (when === 'always' && i !== last) {
      report(['verdicts', i, 'when'], `expected "always" only on the last verdict: the verdicts after "${rules.verdicts[i]!.id}" could never be reached`);
    }
  });
  const given = new Set<Outcome>();
  rules.questions.forEach((q, i) =>
    q.answers.forEach((a, j) => {
      if (a.outcome === 'met' || given.has(a.outcome)) return;
      given.add(a.outcome);
      if (!whens.includes(a.outcome)) {
        report(['questions', i, 'answers', j, 'outcome'], `the outcome "${a.outcome}" needs a verdict with "when": "${a.outcome}" in "verdicts"; expected one`);
      }
    }),
  );
  rules.verdicts.forEach((v, i) => {
    if (v.when !== 'unanswered' && v.when !== 'always' && !given.has(v.when)) {
      report(['verdicts', i, 'when'], `no answer has the outcome "${v.when}", so verdict "${v.id}" can never be reached; expected an answer with that outcome, or remove the verdict`);
    }
  });

  // Links: one id, one address (the wording names a link once, by id); no id twice in one list.
  const hrefOf = new Map<string, { href: string; path: Path }>();
  const checkLinks = (links: RulesShape['criteria'][number]['links'], base: Path) => {
    unique(links, (l) => l.id, (k) => [...base, k, 'id'], 'link id');
    links.forEach((link, k) => {
      const path = [...base, k, 'href'];
      const seen = hrefOf.get(link.id);
      if (!seen) hrefOf.set(link.id, { href: link.href, path });
      else if (seen.href !== link.href) {
        report(path, `link "${link.id}" points to "${link.href}" here but to "${seen.href}" at ${seen.path.join('.')}; expected one address per link id`);
      }
    });
  };
  rules.criteria.forEach((c, i) => checkLinks(c.links, ['criteria', i, 'links']));
  rules.verdicts.forEach((v, i) => checkLinks(v.links, ['verdicts', i, 'links']));
}

export const eligibilityRulesSchema = rulesShape.superRefine(crossCheck);

export type EligibilityRules = z.infer<typeof eligibilityRulesSchema>;
export type EligibilityQuestion = EligibilityRules['questions'][number];
export type EligibilityCriterion = EligibilityRules['criteria'][number];
export type EligibilityVerdict = EligibilityRules['verdicts'][number];
export type EligibilityLink = EligibilityCriterion['links'][number];

/** The parsed rules are what the evaluator reads (a compile-time check, erased at run time). */
export type RulesFitTheEvaluator = EligibilityRules extends RulesInput ? true : never;
const rulesFitTheEvaluator: RulesFitTheEvaluator = true;
void rulesFitTheEvaluator;

/** The partner types: the answer values of the partner-type question. */
export function partnerTypesOf(rules: RulesInput): string[] {
  return rules.questions.find((q) => q.id === rules.partnerTypeQuestion)?.answers.map((a) => a.value) ?? [];
}

/** Every link of the rules, once per id, in order of first use. */
export function linksOf(rules: EligibilityRules): EligibilityLink[] {
  const links = new Map<string, EligibilityLink>();
  for (const item of [...rules.criteria, ...rules.verdicts]) for (const link of item.links) if (!links.has(link.id)) links.set(link.id, link);
  return [...links.values()];
}

// ---------------------------------------------------------------------------------------------
// Wording, one file per locale.

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

/** The criterion wording every criterion has; plus one reason per outcome its question can give (but "met"). */
export const criterionWordingKeys = ['name', 'howToGet'] as const;
export const verdictWordingKeys = ['heading', 'explanation', 'nextSteps'] as const;
export const questionWordingKeys = ['legend', 'hint', 'options'] as const;

export interface QuestionWording {
  legend: string;
  hint: string;
  /** Answer value → its label. */
  options: Record<string, string>;
}

export interface CriterionWording {
  /** Short name, for the list of criteria on the page. */
  name: string;
  /** How to meet it: constructive, where to go. */
  howToGet: string;
  /** Why the reader does not qualify (outcome "unmet"). */
  unmet?: string;
  /** What to verify and where (outcome "unsure"). */
  unsure?: string;
  /** What happens next (outcome "pending"). */
  pending?: string;
}

export interface VerdictWording {
  heading: string;
  explanation: string;
  nextSteps: string[];
}

export interface EligibilityWording {
  questions: Record<string, QuestionWording>;
  criteria: Record<string, CriterionWording>;
  verdicts: Record<string, VerdictWording>;
  /** Link id → its text. */
  links: Record<string, string>;
  ui: Record<EligibilityUiKey, string>;
}

const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'this string is missing' : 'expected text') })
  .trim()
  .min(1, { error: 'this string is empty' })
  .refine((s) => !/[<>]/.test(s), {
    error: 'expected plain text: markup is not rendered (links come from content/rules/eligibility.json)',
  });

/** The outcomes (but "met") each criterion's question can give: the reasons its wording needs. */
export function criterionReasonKeys(rules: RulesInput): Map<string, Exclude<Outcome, 'met'>[]> {
  const reasons = new Map<string, Exclude<Outcome, 'met'>[]>();
  for (const c of rules.criteria) {
    const found = new Set<Exclude<Outcome, 'met'>>();
    for (const q of rules.questions) {
      if (q.criterion !== c.id) continue;
      for (const a of q.answers) if (a.outcome !== 'met') found.add(a.outcome as Exclude<Outcome, 'met'>);
    }
    reasons.set(c.id, outcomes.filter((o): o is Exclude<Outcome, 'met'> => found.has(o as Exclude<Outcome, 'met'>)));
  }
  return reasons;
}

const stringMap = (keys: readonly string[], what: string, unknownNote: string) =>
  strictMap(Object.fromEntries(keys.map((k) => [k, text])), what, unknownNote);

/**
 * The schema of a wording file for these rules: every question (legend, hint, a label per answer),
 * every criterion (name, how to get it, a reason per outcome), every verdict (heading, explanation,
 * next steps), every link's text and every UI string, none empty, nothing unknown.
 */
export function eligibilityWordingSchema(rules: EligibilityRules): z.ZodType<EligibilityWording> {
  const reasons = criterionReasonKeys(rules);
  const questions = strictMap(
    Object.fromEntries(
      rules.questions.map((q) => [
        q.id,
        strictMap(
          {
            legend: text,
            hint: text,
            options: stringMap(
              q.answers.map((a) => a.value),
              `the labels of the answers of question "${q.id}" (${quoted(q.answers.map((a) => a.value))})`,
              `not an answer of question "${q.id}" in the rules`,
            ),
          },
          `the wording of question "${q.id}": {"legend", "hint", "options"}`,
        ),
      ]),
    ),
    'the wording of every question, by question id',
    'not a question in the rules',
  );
  const criteria = strictMap(
    Object.fromEntries(
      rules.criteria.map((c) => [
        c.id,
        strictMap(
          Object.fromEntries([...criterionWordingKeys, ...(reasons.get(c.id) ?? [])].map((k) => [k, text])),
          `the wording of criterion "${c.id}": {${quoted([...criterionWordingKeys, ...(reasons.get(c.id) ?? [])])}}`,
          'not wording this criterion needs: its question gives no such outcome',
        ),
      ]),
    ),
    'the wording of every criterion, by criterion id',
    'not a criterion in the rules',
  );
  const verdicts = strictMap(
    Object.fromEntries(
      rules.verdicts.map((v) => [
        v.id,
        strictMap(
          {
            heading: text,
            explanation: text,
            nextSteps: z
              .array(text, { error: (issue) => (issue.input === undefined ? 'the next steps are missing' : 'expected a list of next steps') })
              .min(1, { error: 'expected at least one next step' }),
          },
          `the wording of verdict "${v.id}": {"heading", "explanation", "nextSteps"}`,
        ),
      ]),
    ),
    'the wording of every verdict, by verdict id',
    'not a verdict in the rules',
  );
  const links = stringMap(
    linksOf(rules).map((l) => l.id),
    'the text of every link, by link id',
    'not a link in the rules',
  );
  const ui = stringMap(eligibilityUiKeys, 'the UI strings of the checker', 'not a UI string of the checker');
  return strictMap(
    { questions, criteria, verdicts, links, ui },
    'the wording: a map with "questions", "criteria", "verdicts", "links" and "ui"',
  ) as unknown as z.ZodType<EligibilityWording>;
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

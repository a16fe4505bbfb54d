/**
 * The schema of a wording file, `content/rules/eligibility.<locale>.json`: made from the rules,
 * since which strings a file must have follows from them (wording-keys.ts). Every question
 * (legend, hint, a label per answer), every criterion (name, how to get it, a reason per outcome
 * its question can give), every verdict (heading, explanation, next steps), every link's text and
 * every UI string: none empty, none with markup, nothing unknown.
 *
 * The types are the schema's output. Where the keys come from the rules (question, criterion,
 * verdict and link ids, a criterion's reasons), they are maps of strings.
 */
import { z } from 'zod';
import { quoted, strictMap } from './fields.ts';
import type { EligibilityQuestion } from './rules-shape.ts';
import { linksOf, type EligibilityRules } from './rules.ts';
import { criterionReasonKeys, criterionWordingKeys, eligibilityUiKeys, type Reason } from './wording-keys.ts';

const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'this string is missing' : 'expected text') })
  .trim()
  .min(1, { error: 'this string is empty' })
  .refine((s) => !/[<>]/.test(s), {
    error: 'expected plain text: markup is not rendered (links come from content/rules/eligibility.json)',
  });

/** A strict map with one string for each of `keys`. */
function stringMap<K extends string>(keys: readonly K[], what: string, unknownNote: string) {
  return strictMap(Object.fromEntries(keys.map((k) => [k, text])) as Record<K, typeof text>, what, unknownNote);
}

/** A strict map with an entry for each id, made by `schemaOf`. */
function mapOf<T, S extends z.ZodType>(items: readonly T[], id: (item: T) => string, schemaOf: (item: T) => S, what: string, unknownNote: string) {
  return strictMap(Object.fromEntries(items.map((item) => [id(item), schemaOf(item)])), what, unknownNote);
}

function questionWordingSchema(q: EligibilityQuestion) {
  const values = q.answers.map((a) => a.value);
  return strictMap(
    {
      legend: text,
      hint: text,
      /** Answer value → its label. */
      options: stringMap(values, `the labels of the answers of question "${q.id}" (${quoted(values)})`, `not an answer of question "${q.id}" in the rules`),
    },
    `the wording of question "${q.id}": {"legend", "hint", "options"}`,
  );
}

/** Its name and how to get it, and a reason for each outcome its question can give (wording-keys.ts). */
function criterionWordingSchema(id: string, reasons: readonly Reason[]) {
  const keys: string[] = [...criterionWordingKeys, ...reasons];
  return stringMap(keys, `the wording of criterion "${id}": {${quoted(keys)}}`, 'not wording this criterion needs: its question gives no such outcome');
}

function verdictWordingSchema(id: string) {
  return strictMap(
    {
      heading: text,
      explanation: text,
      nextSteps: z
        .array(text, { error: (issue) => (issue.input === undefined ? 'the next steps are missing' : 'expected a list of next steps') })
        .min(1, { error: 'expected at least one next step' }),
    },
    `the wording of verdict "${id}": {"heading", "explanation", "nextSteps"}`,
  );
}

/** The schema of a wording file for these rules. */
export function eligibilityWordingSchema(rules: EligibilityRules) {
  const reasons = criterionReasonKeys(rules);
  return strictMap(
    {
      questions: mapOf(rules.questions, (q) => q.id, questionWordingSchema, 'the wording of every question, by question id', 'not a question in the rules'),
      criteria: mapOf(
        rules.criteria,
        (c) => c.id,
        (c) => criterionWordingSchema(c.id, reasons.get(c.id) ?? []),
        'the wording of every criterion, by criterion id',
        'not a criterion in the rules',
      ),
      verdicts: mapOf(rules.verdicts, (v) => v.id, (v) => verdictWordingSchema(v.id), 'the wording of every verdict, by verdict id', 'not a verdict in the rules'),
      /** Link id → its text. */
      links: stringMap(
        linksOf(rules).map((l) => l.id),
        'the text of every link, by link id',
        'not a link in the rules',
      ),
      ui: stringMap(eligibilityUiKeys, 'the UI strings of the checker', 'not a UI string of the checker'),
    },
    'the wording: a map with "questions", "criteria", "verdicts", "links" and "ui"',
  );
}

export type EligibilityWording = z.output<ReturnType<typeof eligibilityWordingSchema>>;
export type QuestionWording = z.output<ReturnType<typeof questionWordingSchema>>;
export type CriterionWording = z.output<ReturnType<typeof criterionWordingSchema>>;
export type VerdictWording = z.output<ReturnType<typeof verdictWordingSchema>>;

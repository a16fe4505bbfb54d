/**
 * `content/rules/eligibility.json`, the eligibility checker's rules (questions, criteria,
 * verdicts, links; no wording), checked at build time, never in the browser: its shape
 * (rules-shape.ts), then its cross-references (rules-references.ts).
 *
 * The schema transforms nothing (no defaults, no coercion), so the raw rules JSON and the parsed
 * rules are the same data: the browser script can use the JSON as it is.
 */
import type { z } from 'zod';
import type { RulesInput } from '../../lib/eligibility.ts';
import { checkReferences } from './rules-references.ts';
import { rulesShapeSchema, type EligibilityLink } from './rules-shape.ts';

export const eligibilityRulesSchema = rulesShapeSchema.superRefine(checkReferences);

export type EligibilityRules = z.output<typeof eligibilityRulesSchema>;

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

/**
 * What the shape of the rules file (rules-shape.ts) cannot express: unique ids, references that
 * resolve (the partner types, the criteria), a verdict for every outcome and none unreachable,
 * one address per link id. Each problem is an issue at the field to fix.
 */
import type { z } from 'zod';
import { closest } from '../../lib/closest.ts';
import type { Outcome } from '../../lib/eligibility.ts';
import { quoted } from './fields.ts';
import type { EligibilityLink, RulesShape } from './rules-shape.ts';

type Path = (string | number)[];

/** ` (did you mean "…"?)` after a value that names nothing known, when a known one is near. */
const didYouMean = (value: string, known: readonly string[]) => {
  const suggestion = closest(value, known);
  return suggestion ? ` (did you mean "${suggestion}"?)` : '';
};

/** Every check a JSON shape cannot express: unique ids, references that resolve, reachable verdicts. */
export function checkReferences(rules: RulesShape, ctx: z.core.$RefinementCtx<RulesShape>): void {
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
  const checkLinks = (links: readonly EligibilityLink[], base: Path) => {
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

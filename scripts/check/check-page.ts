/** Step 4 of a check (run.ts): every page rule on one page. */
import type { Catalogue } from './catalogue.ts';
import { pageContext, type PageMessage, type PageRule } from './context.ts';
import type { PageModel } from './model.ts';

/** The page's messages from its last check, and its model then (undefined: the same model as now). */
export interface EarlierCheck {
  messages: readonly PageMessage[];
  model: PageModel | undefined;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every page rule on one page; a file that could not be read or sits elsewhere gets just that
 * message. A rule that reads only part of the page keeps its earlier messages when that part is
 * unchanged (`reads`, context.ts).
 */
export function checkPage(model: PageModel, rules: readonly PageRule[], catalogue: Catalogue, earlier: EarlierCheck | undefined): { messages: PageMessage[]; questions: Set<string> } {
  const messages: PageMessage[] = [];
  const questions = new Set<string>();
  if (model.fatal) {
    const { line, column, ruleId, message } = model.fatal;
    messages.push({ line, column, severity: 'error', ruleId, message });
  } else if (model.pathProblem || !model.locale || !model.slug) {
    messages.push({ line: 1, column: 1, severity: 'error', ruleId: 'content-path', message: `This file is not where pages go: ${model.pathProblem}.` });
  } else {
    const context = pageContext(catalogue, messages, questions);
    for (const rule of rules) {
      if (rule.reads && earlier && (!earlier.model || sameJson(rule.reads(earlier.model), rule.reads(model)))) {
        messages.push(...earlier.messages.filter((m) => m.ruleId === rule.id));
      } else {
        rule.checkPage(model, context);
      }
    }
  }
  return { messages, questions };
}

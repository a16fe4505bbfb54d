/**
 * Turns zod issues into lines a writer can act on: which field, what was wrong, what is expected,
 * and for an unknown field the closest known one ("did you mean").
 *
 * Unknown fields are worded in one place: `unknownFieldMessage`. A strict object words its own
 * with `unknownKeysError` (it knows its keys, and can say why a key is unknown); `describeIssues`
 * words zod's own unknown-key issues the same way.
 */
import type { z } from 'zod';
import { closest } from './closest.ts';

export interface FieldProblem {
  /** Dotted path of the field: `translation.type`; empty for the whole document. */
  field: string;
  message: string;
}

const unknownField = 'unknown field';

/**
 * `unknown field "tittle"; did you mean "title"?`, or how to fix it when no known key is near;
 * `note` says why the key is unknown (`not a question in the rules`).
 */
export function unknownFieldMessage(key: string, known: readonly string[], note?: string): string {
  const suggestion = closest(key, known);
  const why = note ? ` (${note})` : '';
  return `${unknownField} "${key}"${why}${suggestion ? `; did you mean "${suggestion}"?` : '; remove it or check its spelling'}`;
}

/**
 * The `error` option of a strict zod object whose keys are `known`: its unknown keys, one line
 * each (as `describeIssues` expects), and for any other issue of the object itself `otherwise`
 * (none: zod's own message).
 */
export function unknownKeysError(known: readonly string[], otherwise?: string | ((issue: z.core.$ZodRawIssue) => string), note?: string) {
  return (issue: z.core.$ZodRawIssue): string | undefined => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => unknownFieldMessage(key, known, note)).join('\n');
    return typeof otherwise === 'function' ? otherwise(issue) : otherwise;
  };
}

export function describeIssues(issues: readonly z.core.$ZodIssue[], knownFields: readonly string[] = []): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys' && !issue.message.startsWith(unknownField)) {
      // zod's own message: worded here, with a suggestion for the top-level fields it was given.
      for (const key of issue.keys) {
        const field = base ? `${base}.${key}` : key;
        problems.push({ field, message: unknownFieldMessage(key, base ? [] : knownFields) });
      }
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      // The schema worded it already (unknownKeysError, one line per key): keep the wording, name each field.
      issue.message.split('\n').forEach((message, i) => {
        const key = issue.keys[i] ?? '';
        problems.push({ field: base ? `${base}.${key}` : key, message });
      });
      continue;
    }
    problems.push({ field: base, message: issue.message });
  }
  return problems;
}

export function formatProblems(problems: readonly FieldProblem[]): string {
  return problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('\n');
}

/**
 * Turns zod issues into lines a writer can act on: which field, what was wrong, what is expected,
 * and for an unknown field the closest known one ("did you mean").
 */
import type { z } from 'zod';
import { closest } from './closest.ts';

export interface FieldProblem {
  /** Dotted path of the field: `translation.type`; empty for the whole document. */
  field: string;
  message: string;
}

export function describeIssues(issues: readonly z.core.$ZodIssue[], knownFields: readonly string[] = []): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys' && !issue.message.startsWith('unknown field')) {
      for (const key of issue.keys) {
        const field = base ? `${base}.${key}` : key;
        const suggestion = base ? undefined : closest(key, knownFields);
        problems.push({
          field,
          message: `unknown field "${key}"${suggestion ? `; did you mean "${suggestion}"?` : '; remove it or check its spelling'}`,
        });
      }
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      // The schema worded it already (one line per key): keep the wording, name each field.
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

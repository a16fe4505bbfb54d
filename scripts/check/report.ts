/** Prints a check result: grouped text (`path:line:col  severity  message  rule-id`) or JSON. */
import { relative } from 'node:path';
import type { CheckResult } from './run.ts';
import { translationStates } from './translation-states.ts';

export function formatText(result: CheckResult, root: string, cwd = process.cwd()): string {
  const lines: string[] = [];
  const prefix = relative(cwd, root);
  let current = '';
  for (const m of result.messages) {
    const path = prefix ? `${prefix}/${m.file}` : m.file;
    if (m.file !== current) {
      if (current) lines.push('');
      lines.push(path);
      current = m.file;
    }
    lines.push(`  ${path}:${m.line}:${m.column}  ${m.severity.padEnd(7)}  ${m.message}  ${m.ruleId}`);
  }
  if (lines.length) lines.push('');
  const filesWithProblems = new Set(result.messages.map((m) => m.file)).size;
  const timing = `${result.files} files checked in ${(result.durationMs / 1000).toFixed(2)} s`;
  if (result.messages.length === 0) lines.push(`✔ No problems: ${timing}.`);
  else {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    lines.push(`${result.errors ? '✖' : '⚠'} ${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')} in ${plural(filesWithProblems, 'file')}: ${timing}.`);
  }
  return lines.join('\n');
}

/** The same as data, on one line (as eslint and tsc print theirs): messages, summary, every page's translation state. */
export function formatJson(result: CheckResult, root: string, cwd = process.cwd()): string {
  const prefix = relative(cwd, root);
  return JSON.stringify({
    messages: result.messages.map(({ file, line, column, severity, message, ruleId }) => ({ file, line, column, severity, message, ruleId, path: prefix ? `${prefix}/${file}` : file })),
    summary: { files: result.files, errors: result.errors, warnings: result.warnings, parsed: result.parsed, checked: result.checked, durationMs: Math.round(result.durationMs) },
    pages: translationStates(result.pages),
  });
}

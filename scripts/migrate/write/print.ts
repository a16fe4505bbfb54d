/** What the importer prints: each file's messages, then the pages written, then a tally. */
import { relative } from 'node:path';
import { formatMessages, formatTally, hasErrors, tally } from '../messages.ts';
import type { ImportResult } from './import-files.ts';

export function printImport(result: ImportResult, cwd = process.cwd()): string {
  const lines: string[] = [];
  for (const file of result.files) {
    const messages = formatMessages(file, cwd);
    lines.push(...(messages.length > 0 ? messages : [`${relative(cwd, file.path)}: no issues found`]));
    if (hasErrors(file)) lines.push(`${relative(cwd, file.path)}: not imported`);
    lines.push('');
  }
  for (const output of result.outputs) {
    lines.push(`${output.status.padEnd(11)} ${relative(cwd, output.path)}  (from ${output.origin})`);
  }
  const failed = result.files.filter(hasErrors).length;
  lines.push(`${result.files.length} file${result.files.length === 1 ? '' : 's'}, ${failed} failed; ${formatTally(tally(result.files))}`);
  return `${lines.join('\n')}\n`;
}

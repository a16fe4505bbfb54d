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
  const kept = result.outputs.filter((o) => o.status === 'kept (edited)' || o.status === 'beside');
  if (kept.length > 0) {
    lines.push('', `${kept.length} page${kept.length === 1 ? '' : 's'} changed by a writer since the last import, kept as they are (--force replaces them, --beside writes the import next to them):`);
    for (const output of kept) lines.push(`  ${relative(cwd, output.path)}`);
  }
  const failed = result.files.filter(hasErrors).length;
  lines.push(`${result.files.length} file${result.files.length === 1 ? '' : 's'}, ${failed} failed; ${formatTally(tally(result.files))}`);
  return `${lines.join('\n')}\n`;
}

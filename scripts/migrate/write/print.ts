/** What the importer prints: each file's messages, then the pages written, then a tally. */
import { relative } from 'node:path';
import { formatMessages, formatTally, hasErrors, tally } from '../messages.ts';
import type { ImportResult } from './import-files.ts';

/** `seconds`: the run's time, for the summary (left out when not given, as in golden tests). */
export function printImport(result: ImportResult, cwd = process.cwd(), seconds?: number): string {
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
  const count = (status: string) => result.outputs.filter((o) => o.status === status).length;
  const pages = ['written', 'unchanged', 'would write', 'kept (edited)', 'beside'].filter((s) => count(s) > 0).map((s) => `${count(s)} ${s}`);
  lines.push(`${result.files.length} file${result.files.length === 1 ? '' : 's'}, ${failed} failed; ${formatTally(tally(result.files))}`);
  if (pages.length > 0) lines.push(`outputs: ${pages.join(', ')}${seconds !== undefined ? `; ${seconds.toFixed(1)} s` : ''}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Positioned messages (vfile-message) and their one-line form
 * `file:line:col  severity  message  rule-id`, the way the importer and the check print them.
 */
import { relative } from 'node:path';
import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

export type Severity = 'error' | 'warning' | 'info';

/** Every message's `source`, as remark plugins name theirs. */
export const messageSource = 'migrate';

export type Where = Point | Position | Node | { line: number; column: number } | undefined;

function toPlace(where: Where): Point | Position | undefined {
  if (!where) return undefined;
  if ('type' in where) return (where as Node).position;
  if ('start' in where) return where as Position;
  return { line: where.line, column: where.column };
}

/** Adds a message to `file`: `error` (fatal: the file fails), `warning` or `info`. */
export function report(file: VFile, severity: Severity, reason: string, ruleId: string, where?: Where): VFileMessage {
  const place = toPlace(where);
  const options = place ? { ruleId, source: messageSource, place } : { ruleId, source: messageSource };
  const message = severity === 'info' ? file.info(reason, options) : file.message(reason, options);
  if (severity === 'error') message.fatal = true;
  return message;
}

export function severityOf(message: VFileMessage): Severity {
  if (message.fatal === true) return 'error';
  if (message.fatal === false) return 'warning';
  return 'info';
}

export function hasErrors(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true);
}

function displayPath(file: VFile, cwd: string): string {
  if (!file.path) return '<input>';
  const rel = relative(cwd, file.path);
  return rel === '' ? file.path : rel;
}

/** `path:line:col  severity  message  rule-id`, one line per message, in position order. */
export function formatMessages(file: VFile, cwd = process.cwd()): string[] {
  const path = displayPath(file, cwd);
  const sorted = file.messages
    .map((message, index) => ({ message, index }))
    .sort(
      (a, b) =>
        (a.message.line ?? 1) - (b.message.line ?? 1) ||
        (a.message.column ?? 1) - (b.message.column ?? 1) ||
        a.index - b.index,
    );
  return sorted.map(({ message }) => {
    const reason = message.reason.replace(/\s*\n\s*/g, ' ');
    return `${path}:${message.line ?? 1}:${message.column ?? 1}  ${severityOf(message)}  ${reason}  ${message.ruleId ?? ''}`.trimEnd();
  });
}

export interface Tally {
  errors: number;
  warnings: number;
  infos: number;
}

export function tally(files: readonly VFile[]): Tally {
  const result: Tally = { errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    for (const message of file.messages) {
      const severity = severityOf(message);
      if (severity === 'error') result.errors++;
      else if (severity === 'warning') result.warnings++;
      else result.infos++;
    }
  }
  return result;
}

export function formatTally({ errors, warnings, infos }: Tally): string {
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${part(errors, 'error')}, ${part(warnings, 'warning')}, ${part(infos, 'info')}`;
}

/** Shortens long quoted text in messages. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return '`' + (flat.length > max ? flat.slice(0, max - 1) + '…' : flat) + '`';
}

/**
 * Raw bytes → Markdown text, or a clear error. Bad input (empty, binary, invalid UTF-8,
 * absurdly long lines, a file that is not Markdown at all) is refused with the file's line;
 * a byte-order mark and CRLF / CR line endings are normalised and reported as info.
 */
import type { VFile } from 'vfile';
import { report } from '../messages.ts';

/** Longer lines are data or minified code, not prose a writer wrote. */
export const maxLineLength = 100_000;

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/** Byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let code = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function notMarkdown(text: string): string | undefined {
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('%pdf-')) return 'a PDF document';
  if (head.startsWith('<?xml')) return 'an XML document';
  if (/^<!doctype\s+html|^<html[\s>]/.test(head)) return 'an HTML document';
  const trimmed = text.trim();
  if ((trimmed.startsWith('{') && trimmed.endsWith('}')) || (trimmed.startsWith('[') && trimmed.endsWith(']'))) {
    try {
      JSON.parse(trimmed);
      return 'JSON data';
    } catch {
      // not JSON: Markdown may start with a bracket
    }
  }
  return undefined;
}

/**
 * Decodes and checks a legacy file. Returns the normalised text (LF line endings, no BOM),
 * or undefined after adding an error to `file`.
 */
export function decodeInput(bytes: Uint8Array, file: VFile): string | undefined {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    report(file, 'error', 'File is UTF-16 encoded (byte-order mark FF FE / FE FF): save it as UTF-8 and import it again', 'not-utf8', { line: 1, column: 1 });
    return undefined;
  }
  const nul = bytes.indexOf(0);
  const invalid = firstInvalidUtf8(bytes);
  // A NUL byte anywhere means binary (as git decides), even after bytes that are not UTF-8.
  if (nul !== -1) {
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, nul));
    report(file, 'error', 'File is binary (NUL byte), not Markdown text', 'binary-file', lineAndColumn(prefix, prefix.length));
    return undefined;
  }
  if (invalid !== -1) {
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, invalid));
    const hex = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0');
    report(file, 'error', `Invalid UTF-8 (byte 0x${hex}): save the file as UTF-8 and import it again`, 'invalid-utf8', lineAndColumn(prefix, prefix.length));
    return undefined;
  }
  let text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    report(file, 'info', 'Removed the byte-order mark', 'byte-order-mark', { line: 1, column: 1 });
  }
  if (/\r/.test(text)) {
    const crlf = (text.match(/\r\n/g) ?? []).length;
    text = text.replace(/\r\n?/g, '\n');
    report(file, 'info', `Normalised ${crlf > 0 ? 'CRLF' : 'CR'} line endings to LF`, 'line-endings', { line: 1, column: 1 });
  }
  if (text.trim() === '') {
    report(file, 'error', bytes.length === 0 ? 'File is empty' : 'File has only white space', 'empty-file', { line: 1, column: 1 });
    return undefined;
  }
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > Math.max(8, text.length / 100)) {
    const first = text.search(/[\u0001-\u0008\u000E-\u001F\u007F]/);
    report(file, 'error', `File is binary (${controls} control characters), not Markdown text`, 'binary-file', lineAndColumn(text, first));
    return undefined;
  }
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > maxLineLength) {
      report(
        file,
        'error',
        `Line ${line} is ${(end - start).toLocaleString('en-US')} characters long (the limit is ${maxLineLength.toLocaleString('en-US')}): this is not a Markdown page`,
        'line-too-long',
        { line, column: 1 },
      );
      return undefined;
    }
    start = end + 1;
    line++;
  }
  const kind = notMarkdown(text);
  if (kind) {
    report(file, 'error', `File is ${kind}, not Markdown`, 'not-markdown', { line: 1, column: 1 });
    return undefined;
  }
  if (controls > 0) {
    const first = text.search(/[\u0001-\u0008\u000E-\u001F\u007F]/);
    report(file, 'warning', `Removed ${controls} control character${controls === 1 ? '' : 's'}`, 'control-character', lineAndColumn(text, first));
    text = text.replace(/[\u0001-\u0008\u000E-\u001F\u007F]/g, '');
  }
  return text;
}

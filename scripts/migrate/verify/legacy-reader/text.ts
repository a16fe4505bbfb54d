/**
 * A legacy file's bytes → its text: UTF-8 only (UTF-16, binary and invalid bytes are refused
 * with the place), the byte-order mark dropped, CRLF / CR line endings read as LF.
 * Positions in the text are the file's lines and columns.
 */
import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import { report } from '../../messages.ts';

function placeOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export function readLegacyText(path: string, file: VFile): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    report(file, 'error', code === 'ENOENT' ? 'No such file' : `Cannot read the file (${code})`, 'read-error', { line: 1, column: 1 });
    return undefined;
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    report(file, 'error', 'The file is UTF-16, not UTF-8: the check cannot read it', 'not-utf8', { line: 1, column: 1 });
    return undefined;
  }
  const loose = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const nul = loose.indexOf('\0');
  if (nul !== -1) {
    report(file, 'error', 'The file is binary (NUL byte), not Markdown', 'binary-file', placeOf(loose, nul));
    return undefined;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    report(file, 'error', 'The file is not valid UTF-8: the check cannot read it', 'invalid-utf8', placeOf(loose, Math.max(0, loose.indexOf('\uFFFD'))));
    return undefined;
  }
  const text = loose.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    report(file, 'error', 'The file is empty', 'empty-file', { line: 1, column: 1 });
    return undefined;
  }
  return text;
}

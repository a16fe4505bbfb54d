/**
 * The hash that identifies a version of an English source page. A translation records the hash
 * of the English page it was translated from (`translation.sourceHash`); when the English page
 * changes, the hashes differ and the translation is stale.
 *
 * It covers what a translator translates (title, description, body), normalised so that line
 * endings, trailing spaces and the `translation` bookkeeping block do not count.
 */
import { createHash } from 'node:crypto';

export interface HashablePage {
  title: string;
  description: string;
  body: string;
}

export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** 40 hex characters (SHA-1, like the legacy `ms.openlocfilehash`). */
export function sourceHash(page: HashablePage): string {
  const text = [page.title, page.description, page.body].map(normaliseText).join('\n\0\n');
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

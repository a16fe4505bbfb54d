/**
 * content/required-pages.json: the pages every locale must have (checked by the `required-pages`
 * rule). Validated against src/schemas/required-pages.ts; the result is kept with the file's hash,
 * so an unchanged file is not validated again (and zod is not even loaded).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequiredPagesResult } from './cache-entry.ts';

export const requiredPagesFile = 'required-pages.json';

/** The file's pages, or what is wrong with it; undefined when there is no such file. */
export async function readRequiredPages(root: string, previous: RequiredPagesResult | undefined): Promise<RequiredPagesResult | undefined> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, requiredPagesFile));
  } catch {
    return undefined;
  }
  const hash = createHash('sha1').update(bytes).digest('hex');
  if (previous?.hash === hash) return previous;
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    return { hash, pages: [], messages: [`${requiredPagesFile} is not valid JSON: ${(error as Error).message}`] };
  }
  const [{ requiredPagesSchema }, { describeIssues, formatProblems }] = await Promise.all([import('../../src/schemas/required-pages.ts'), import('../../src/lib/schema-issues.ts')]);
  const result = requiredPagesSchema.safeParse(data);
  if (!result.success) return { hash, pages: [], messages: [`${requiredPagesFile}: ${formatProblems(describeIssues(result.error.issues))}`] };
  return { hash, pages: result.data.pages, messages: [] };
}

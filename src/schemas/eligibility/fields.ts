/**
 * The fields the eligibility schemas are made of (rules-shape.ts, wording.ts): ids, links, lists
 * and strict maps, each of which says what it expected in the writer's terms when it gets
 * something else.
 */
import { z } from 'zod';
import { unknownKeysError } from '../../lib/schema-issues.ts';
import { idPattern } from '../patterns.ts';

/** Ids and answer values: short kebab-case words (patterns.ts), safe in a URL query without escaping. */
export const maxIdLength = 40;

/** `"a", "b", "c"`: values as a message lists them. */
export const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/**
 * A strict map: unknown keys are named (with the closest known one; `unknownNote` says why they
 * are unknown); a missing map says what it should be.
 */
export function strictMap<T extends z.core.$ZodLooseShape>(shape: T, what: string, unknownNote?: string) {
  return z.strictObject(shape, {
    error: unknownKeysError(Object.keys(shape), (issue) => (issue.input === undefined ? `${what} is missing` : `expected ${what}`), unknownNote),
  });
}

/** An id: required, kebab-case, at most `maxIdLength` characters. */
export const idOf = (what: string, example: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `expected ${what} as text, for example "${example}"`) })
    .max(maxIdLength, { error: `expected ${what} of at most ${maxIdLength} characters` })
    .regex(idPattern, {
      error: `expected ${what} in kebab-case (lower-case letters, digits, single hyphens), for example "${example}"`,
    });

/** A list; a missing one says so. */
export const listOf = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: (issue) => (issue.input === undefined ? `${what} is missing: expected a list` : `expected ${what} as a list`) });

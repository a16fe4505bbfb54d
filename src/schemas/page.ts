/**
 * Front matter of a content page (`content/<locale>/partner-center/<slug>.mdx`).
 * One schema, used by the site (src/content.config.ts) and by the scripts (importer, checker).
 */
import { z } from 'zod';
import { unknownKeysError } from '../lib/schema-issues.ts';

/**
 * A calendar date, `YYYY-MM-DD`. YAML readers differ: some give an unquoted date as a Date
 * object (Astro's), some as text (the scripts'); both are accepted and normalised to text.
 */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'expected a date written as YYYY-MM-DD, for example 2019-03-05' }),
);

const nonEmpty = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `expected ${what} as text`) })
    .trim()
    .min(1, { error: `${what} must not be empty` });

export const translationTypes = ['source', 'human', 'machine'] as const;
export type TranslationType = (typeof translationTypes)[number];

export const translationSchema = z.strictObject(
  {
    /** `source`: the English original; `human`/`machine`: how this translation was made. */
    type: z.enum(translationTypes, {
      error: `expected one of ${translationTypes.map((t) => `"${t}"`).join(', ')}`,
    }),
    /** Hash of the English source text this translation was made from (legacy `ms.openlocfilehash`). */
    sourceHash: z
      .string({ error: 'expected the source hash as text' })
      .regex(/^[0-9a-f]{7,64}$/i, { error: 'expected a hexadecimal hash (7 to 64 characters)' })
      .optional(),
    /** Date of that English source. */
    sourceDate: isoDate.optional(),
    /**
     * `true`: the English page this was translated from was never published with these docs (a
     * legacy page with no side-by-side English to recover). The page stands alone, says so to
     * its readers, and the checker does not call it an orphan.
     */
    sourceMissing: z.literal(true, { error: 'expected sourceMissing: true, or no sourceMissing at all' }).optional(),
  },
  { error: unknownKeysError(['type', 'sourceHash', 'sourceDate', 'sourceMissing'], 'expected translation to be a map with a "type" key') },
);

/** The fields a page may have, for "did you mean" suggestions on unknown keys. */
export const pageFields: readonly string[] = ['title', 'heading', 'description', 'author', 'date', 'appliesTo', 'translation'];

export const pageSchema = z.strictObject(
  {
    title: nonEmpty('a title'),
    /**
     * The page's heading (its `<h1>`), when it is not the title: legacy pages often have an H1
     * that differs from their `title` (which names the page in the browser tab, search results
     * and navigation). Without it, the title is the heading.
     */
    heading: nonEmpty('a heading').optional(),
    description: nonEmpty('a description'),
    author: nonEmpty('an author').optional(),
    date: isoDate.optional(),
    appliesTo: z
      .array(nonEmpty('an "applies to" item'), { error: 'expected a list of products, for example ["Partner Center"]' })
      .optional(),
    translation: translationSchema.optional(),
  },
  { error: unknownKeysError(pageFields, 'expected front matter: a YAML map between two "---" lines') },
);

export type PageFrontmatter = z.infer<typeof pageSchema>;

/** A UI string with a count, as plural forms (src/lib/plural.ts): `other` is required, each form keeps `{count}`. */
import { z } from 'zod';
import { pluralCategoryNames } from '../lib/plural.ts';
import { unknownKeysError } from '../lib/schema-issues.ts';

const form = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, { error: 'this form is empty' })
  .refine((s) => s.includes('{count}'), { error: 'every plural form must contain {count}' });

export const pluralFormsSchema = z.strictObject(
  {
    zero: form.optional(),
    one: form.optional(),
    two: form.optional(),
    few: form.optional(),
    many: form.optional(),
    other: form,
  },
  {
    error: unknownKeysError(
      pluralCategoryNames,
      (issue) =>
        issue.input === undefined
          ? 'these plural forms are missing'
          : `expected plural forms: {"one": "…{count}…", "other": "…{count}…"} (the categories of the language's plural rules)`,
      `not a plural category: ${pluralCategoryNames.join(', ')}`,
    ),
  },
);

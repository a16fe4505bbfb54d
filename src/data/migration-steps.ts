/**
 * The migration steps and their wording for every locale, validated when loaded (at build time
 * and in the tests): a mistake names the file and the field.
 */
import type { z } from 'zod';
import { locales, type Locale } from '../config/locales.ts';
import { migrationStepsSchema, migrationWordingSchema, type MigrationSteps, type MigrationWording } from '../schemas/migration-steps.ts';
import { describeIssues, formatProblems } from '../lib/schema-issues.ts';
import { missingPluralForms } from '../lib/plural.ts';

const files = import.meta.glob<{ default: unknown }>('/content/rules/migration-steps*.json', { eager: true });

function parse<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const raw = files[`/${file}`];
  if (!raw) throw new Error(`${file} is missing.`);
  const result = schema.safeParse(raw.default);
  if (!result.success) throw new Error(`${file} has mistakes:\n${formatProblems(describeIssues(result.error.issues))}`);
  return result.data;
}

export const migrationSteps: MigrationSteps = parse('content/rules/migration-steps.json', migrationStepsSchema);

const wordingSchema = migrationWordingSchema(migrationSteps);
export const migrationWording: Record<Locale, MigrationWording> = Object.fromEntries(
  locales.map(({ locale, lang }) => {
    const file = `content/rules/migration-steps.${locale}.json`;
    const wording = parse(file, wordingSchema);
    // Every plural category the language uses needs its own text (Russian: one, few, many, other).
    const missing = missingPluralForms(wording.cleared, lang);
    if (missing.length) throw new Error(`${file} has mistakes:\n  cleared: the plural form(s) ${missing.join(', ')} are missing (${lang} uses them)`);
    return [locale, wording];
  }),
) as Record<Locale, MigrationWording>;

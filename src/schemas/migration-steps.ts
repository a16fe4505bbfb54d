/**
 * The admins' migration steps:
 * - `content/rules/migration-steps.json`: the steps (stable ids, links) and where progress is kept;
 * - `content/rules/migration-steps.<locale>.json`: the wording of one locale, with an entry for
 *   every step of the steps file and one link text for every link of that step.
 */
import { z } from 'zod';
import { pluralFormsSchema } from './plural.ts';
import { idPattern } from './patterns.ts';

const stepId = z.string().regex(idPattern, { error: 'expected a step id in kebab-case, for example "sign-in"' });
const href = z
  .string()
  .regex(/^(?:\.\.\/[a-z0-9-]+\/(?:#[a-z0-9-]+)?|https:\/\/[^\s"<>]+)$/, { error: 'expected a site link like "../reset-a-user-password/#reset-a-password" or an https:// address' });
const text = z.string({ error: (i) => (i.input === undefined ? 'this text is missing' : 'expected text') }).trim().min(1, { error: 'this text is empty' });

export const migrationStepsSchema = z
  .strictObject({
    storage: z.strictObject({
      key: z.string().min(1),
      version: z.int().positive({ error: 'expected the stored data version as a whole number from 1' }),
    }),
    steps: z.array(z.strictObject({ id: stepId, links: z.array(href) })).min(1, { error: 'there must be at least one step' }),
  })
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.steps.forEach((step, i) => {
      if (seen.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `the step id "${step.id}" is used twice: ids must be unique` });
      seen.add(step.id);
    });
  });

export type MigrationSteps = z.infer<typeof migrationStepsSchema>;

/** The wording schema follows from the steps: every step, every link, nothing else. */
export function migrationWordingSchema(steps: MigrationSteps) {
  const stepShape = Object.fromEntries(
    steps.steps.map((step) => [
      step.id,
      z.strictObject({
        title: text,
        text,
        links: z.array(text).length(step.links.length, { error: `expected ${step.links.length} link text(s), one for each link of the step "${step.id}"` }),
      }),
    ]),
  );
  return z.strictObject({
    heading: text,
    intro: text,
    progress: text.refine((s) => s.includes('{done}') && s.includes('{total}'), { error: 'the progress line must contain {done} and {total}' }),
    finished: text,
    reset: text,
    /** Said after "clear all ticks", with the number of ticks cleared: plural forms (src/lib/plural.ts). */
    cleared: pluralFormsSchema,
    /** The button that puts the cleared ticks back. */
    undo: text,
    storageUnavailable: text,
    steps: z.strictObject(stepShape),
  });
}

export type MigrationWording = z.infer<ReturnType<typeof migrationWordingSchema>>;

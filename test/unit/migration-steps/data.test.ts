/** The migration steps' data: wording complete in every locale, links that resolve. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/config/locales.ts';
import { migrationSteps, migrationWording } from '../../../src/data/migration-steps.ts';
import { migrationStepsSchema, migrationWordingSchema } from '../../../src/schemas/migration-steps.ts';
import { resolveSiteLink } from '../../../src/lib/site-links.ts';
import { parseContent } from '../../../scripts/check/run.ts';

describe('migration steps data', () => {
  it('has the six steps the seeds describe, with stable ids', () => {
    expect(migrationSteps.steps.map((s) => s.id)).toEqual([
      'wait-for-email',
      'sign-in',
      'set-up-incentive-users',
      'give-credentials',
      'complete-migration',
      'check-dashboard',
    ]);
  });

  for (const { locale } of locales) {
    it(`${locale}: every step has a title, a text and one text per link`, () => {
      const wording = migrationWording[locale];
      for (const step of migrationSteps.steps) {
        expect(wording.steps[step.id]!.links).toHaveLength(step.links.length);
      }
    });
  }

  it('a missing string or a duplicate id is named', () => {
    const broken = structuredClone(migrationWording['en-us']) as Record<string, unknown> & { steps: Record<string, { title?: string }> };
    delete broken.steps['sign-in']!.title;
    const result = migrationWordingSchema(migrationSteps).safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain('steps.sign-in.title: this text is missing');
    const duplicate = { ...migrationSteps, steps: [...migrationSteps.steps, migrationSteps.steps[0]] };
    expect(migrationStepsSchema.safeParse(duplicate).error!.issues[0]!.message).toContain('is used twice');
  });

  it('every site link points to an existing page and anchor', async () => {
    const models = await parseContent(join(import.meta.dirname, '../../../content'));
    for (const step of migrationSteps.steps) {
      for (const href of step.links) {
        const target = resolveSiteLink(href, { locale: 'en-us', slug: 'x' });
        if (target.kind === 'external') continue;
        expect(target.kind, href).toBe('page');
        if (target.kind !== 'page') continue;
        for (const { locale } of locales) {
          const page = models.find((m) => m.locale === locale && m.slug === target.slug);
          expect(page, `${locale}/${target.slug}`).toBeDefined();
          if (target.fragment) expect(page!.anchors.map((a) => a.id), `${locale} ${href}`).toContain(target.fragment);
        }
      }
    }
  });
});

/**
 * The content checker's idea of each page's anchors is exactly what the browser gets: heading ids
 * computed by the checker equal the `id`s of the rendered headings, page by page, in every locale.
 */
import { join } from 'node:path';
import { parseContent } from '../../scripts/check/run.ts';
import { locales } from '../../src/config/locales.ts';
import { pagePath } from '../../src/lib/content-index.ts';
import { expect, test } from './fixtures.ts';

for (const locale of locales) {
  test(`${locale.locale}: heading ids in the built pages are the ones the checker computes`, async ({ page }) => {
    test.setTimeout(600_000);
    const models = (await parseContent(join(import.meta.dirname, '../../content'))).filter((m) => m.locale === locale.locale && m.slug && !m.fatal);
    expect(models.length).toBeGreaterThan(120);
    for (const model of models) {
      await page.goto(pagePath(locale.locale, model.slug!));
      // The page's own headings: the eligibility checker's and the checklist's are the components', not the content's.
      const rendered = await page.locator('.content :is(h1, h2, h3, h4, h5, h6):not([data-eligibility-checker] *, [data-checklist] *)').evaluateAll((hs) => hs.map((h) => h.id));
      expect(rendered, model.file).toEqual(model.headings.map((h) => h.id));
      await expect(page.locator(`[id="${model.slug}"]`), `${model.file}: the title's id is the slug`).toHaveCount(1);
    }
  });
}

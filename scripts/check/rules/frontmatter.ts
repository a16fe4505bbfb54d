/**
 * `frontmatter`: every page's front matter against the site's own schema (src/schemas/page.ts).
 * The schema (and zod with it) is loaded on the first page whose front matter must be checked:
 * a page whose front matter did not change keeps its messages (`reads`).
 */
import { createRequire } from 'node:module';
import { describeIssues } from '../../../src/lib/schema-issues.ts';
import type { PageRule } from '../context.ts';

type PageSchemaModule = typeof import('../../../src/schemas/page.ts');
let schemaModule: PageSchemaModule | undefined;
const pageSchemaModule = () => (schemaModule ??= createRequire(import.meta.url)('../../../src/schemas/page.ts') as PageSchemaModule);

export const frontmatterRule: PageRule = {
  id: 'frontmatter',
  description: 'front matter matches the page schema',
  scope: 'page',
  reads: (page) => page.frontmatter,
  checkPage(page, context) {
    const fm = page.frontmatter;
    if (!fm) {
      context.report({ line: 1, column: 1 }, 'error', this.id, 'The page has no front matter: start the file with "---", then "title: …" and "description: …", then "---".');
      return;
    }
    if (fm.yamlError) {
      context.report(fm.yamlError, 'error', this.id, `The front matter is not valid YAML: ${fm.yamlError.message}`);
      return;
    }
    const { pageFields, pageSchema } = pageSchemaModule();
    const result = pageSchema.safeParse(fm.data ?? {});
    if (result.success) return;
    for (const problem of describeIssues(result.error.issues, pageFields)) {
      const place = fm.keyPlaces[problem.field] ?? fm.keyPlaces[problem.field.split('.')[0]!] ?? fm.place;
      context.report(place, 'error', this.id, problem.field ? `${problem.field}: ${problem.message}` : problem.message);
    }
  },
};

/** `frontmatter`: every page's front matter against the site's own schema (src/schemas/page.ts). */
import { pageFields, pageSchema } from '../../../src/schemas/page.ts';
import { describeIssues } from '../../../src/lib/schema-issues.ts';
import { checkedPages, type Rule } from '../context.ts';

export const frontmatterRule: Rule = {
  id: 'frontmatter',
  description: 'front matter matches the page schema',
  check(context) {
    for (const page of checkedPages(context)) {
      const fm = page.frontmatter;
      if (!fm) {
        context.report(page, { line: 1, column: 1 }, 'error', this.id, 'The page has no front matter: start the file with "---", then "title: …" and "description: …", then "---".');
        continue;
      }
      if (fm.yamlError) {
        context.report(page, fm.yamlError, 'error', this.id, `The front matter is not valid YAML: ${fm.yamlError.message}`);
        continue;
      }
      const result = pageSchema.safeParse(fm.data ?? {});
      if (result.success) continue;
      for (const problem of describeIssues(result.error.issues, pageFields)) {
        const place = fm.keyPlaces[problem.field] ?? fm.keyPlaces[problem.field.split('.')[0]!] ?? fm.place;
        context.report(page, place, 'error', this.id, problem.field ? `${problem.field}: ${problem.message}` : problem.message);
      }
    }
  },
};

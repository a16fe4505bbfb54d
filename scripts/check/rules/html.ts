/**
 * `html`: components and HTML in content come from a short allow-list; never `<script>`,
 * event-handler attributes (`onclick`…) or `import`/`export` (content is data, not code).
 *
 * Tables a Markdown table cannot hold (lists or several blocks in a cell, spans, no header row)
 * are plain HTML tables of a small subset, as the importer writes them
 * (scripts/migrate/convert/html-table.ts): `table`, `thead`, `tbody`, `tr`, `th`, `td`, with
 * no attribute but `colspan`/`rowspan` (a whole number from 1) on cells and `scope` (`col`,
 * `row`, `colgroup`, `rowgroup`) on `<th>`; any other attribute on them is reported.
 */
import type { PageRule } from '../context.ts';

/** The HTML table subset: each element and the attributes it may have. */
export const tableAttributes: Record<string, readonly string[]> = {
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
};

/** Our components (provided by the page, no import needed) and a few harmless HTML elements. */
export const allowedElements = new Set([
  'Callout',
  'Segment',
  'EligibilityChecker',
  'MigrationSteps',
  'ImageMissing',
  'br',
  'kbd',
  'sub',
  'sup',
  'abbr',
  'a',
  'span',
  ...Object.keys(tableAttributes),
]);

const scopes = ['col', 'row', 'colgroup', 'rowgroup'];

/** What is wrong with a table element's attribute, with the fix; undefined when it is fine. */
function tableAttributeProblem(element: string, name: string, value: string | null): string | undefined {
  const allowed = tableAttributes[element]!;
  if (!allowed.includes(name)) {
    const which = allowed.length === 0 ? 'takes no attributes' : `takes only ${allowed.map((a) => `"${a}"`).join(', ')}`;
    const fix = name === 'id' || name === 'name' ? 'For a link target, put <a id="…" /> in a cell instead.' : 'Remove it (the site styles tables itself).';
    return `The attribute "${name}" is not allowed on <${element}>: in content, <${element}> ${which}. ${fix}`;
  }
  if (name === 'scope') {
    if (value !== null && scopes.includes(value)) return undefined;
    return `scope${value === null ? '' : `="${value}"`} on <th>: write one of ${scopes.map((s) => `scope="${s}"`).join(', ')}.`;
  }
  if (value !== null && /^[1-9][0-9]{0,3}$/.test(value)) return undefined;
  return `${name}${value === null ? '' : `="${value}"`} on <${element}>: write a whole number from 1 as text, for example ${name}="2".`;
}

const dangerous = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'link', 'meta', 'base']);

export const htmlRule: PageRule = {
  id: 'html',
  description: 'only allow-listed components and HTML, no scripts or event handlers',
  scope: 'page',
  checkPage(page, context) {
    for (const esm of page.esm) {
      context.report(esm, 'error', this.id, 'Content files cannot import or export code: the page provides the components (Callout, Segment, EligibilityChecker, MigrationSteps, ImageMissing). Remove this line.');
    }
    for (const element of page.elements) {
      const name = element.name || '<>';
      if (dangerous.has(name.toLowerCase())) {
        context.report(element, 'error', this.id, `<${name}> is not allowed in content: it could run code or change the page. Remove it.`);
        continue;
      }
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) {
          context.report(element, 'error', this.id, `The attribute "${attribute.name}" on <${name}> runs code: remove it.`);
        } else if (attribute.name === '{…}') {
          context.report(element, 'error', this.id, `<${name}> has a spread or code attribute: content can only use plain attribute values.`);
        } else if (Object.hasOwn(tableAttributes, name)) {
          const problem = tableAttributeProblem(name, attribute.name, attribute.value);
          if (problem) context.report(element, 'error', this.id, problem);
        }
      }
      if (!allowedElements.has(name)) {
        context.report(element, 'error', this.id, `<${name}> is not one of the allowed elements (${[...allowedElements].join(', ')}): use Markdown, or ask for a component.`);
      }
    }
  },
};

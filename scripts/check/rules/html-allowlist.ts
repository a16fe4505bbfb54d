/**
 * `html`: components and HTML in content come from a short allow-list; never `<script>`,
 * event-handler attributes (`onclick`…) or `import`/`export` (content is data, not code).
 */
import type { PageRule } from '../context.ts';

/** Our components (provided by the page, no import needed) and a few harmless HTML elements. */
export const allowedElements = new Set([
  'Callout',
  'Segment',
  'EligibilityChecker',
  'MigrationSteps',
  'br',
  'kbd',
  'sub',
  'sup',
  'abbr',
  'a',
  'span',
]);
const dangerous = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'link', 'meta', 'base']);

export const htmlAllowlistRule: PageRule = {
  id: 'html',
  description: 'only allow-listed components and HTML, no scripts or event handlers',
  scope: 'page',
  checkPage(page, context) {
    for (const esm of page.esm) {
      context.report(esm, 'error', this.id, 'Content files cannot import or export code: the page provides the components (Callout, Segment, EligibilityChecker, MigrationSteps). Remove this line.');
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
        }
      }
      if (!allowedElements.has(name)) {
        context.report(element, 'error', this.id, `<${name}> is not one of the allowed elements (${[...allowedElements].join(', ')}): use Markdown, or ask for a component.`);
      }
    }
  },
};

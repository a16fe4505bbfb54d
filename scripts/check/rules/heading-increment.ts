/**
 * `heading-increment`: headings go down one level at a time, starting at `##` (the layout
 * renders the title as the page's only `#` heading).
 */
import type { PageRule } from '../context.ts';

export const headingIncrementRule: PageRule = {
  id: 'heading-increment',
  description: 'headings increase one level at a time, from ##',
  scope: 'page',
  checkPage(page, context) {
    let previous = 1;
    for (const heading of page.headings) {
      if (heading.depth === 1) {
        context.report(heading, 'error', this.id, `"# ${heading.text}" is a second page title: the title comes from the front matter, so start sections at "##".`);
      } else if (heading.depth > previous + 1) {
        context.report(heading, 'error', this.id, `This heading jumps from level ${previous} to ${heading.depth}: use ${'#'.repeat(previous + 1)} here, so screen-reader users can follow the outline.`);
      }
      previous = heading.depth;
    }
  },
};

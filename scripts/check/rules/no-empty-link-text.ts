/** `no-empty-link-text`: every link has text a reader (and a screen reader) can follow. */
import type { PageRule } from '../context.ts';

export const noEmptyLinkTextRule: PageRule = {
  id: 'no-empty-link-text',
  description: 'links have text',
  scope: 'page',
  checkPage(page, context) {
    for (const link of page.links) {
      if (link.kind === 'definition' || !link.empty) continue;
      context.report(link, 'error', this.id, `The link to "${link.url}" has no text: write what the reader will find there between the brackets.`);
    }
  },
};

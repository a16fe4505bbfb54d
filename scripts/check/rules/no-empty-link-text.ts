/** `no-empty-link-text`: every link has text a reader (and a screen reader) can follow. */
import { checkedPages, type Rule } from '../context.ts';

export const noEmptyLinkTextRule: Rule = {
  id: 'no-empty-link-text',
  description: 'links have text',
  check(context) {
    for (const page of checkedPages(context)) {
      for (const link of page.links) {
        if (link.kind === 'definition' || !link.empty) continue;
        context.report(page, link, 'error', this.id, `The link to "${link.url}" has no text: write what the reader will find there between the brackets.`);
      }
    }
  },
};

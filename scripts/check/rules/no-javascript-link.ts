/** `no-javascript-link`: no `javascript:` (or `vbscript:`/`data:`) URLs in links. */
import { checkedPages, type Rule } from '../context.ts';

export const noJavascriptLinkRule: Rule = {
  id: 'no-javascript-link',
  description: 'no javascript: links',
  check(context) {
    for (const page of checkedPages(context)) {
      for (const link of page.links) {
        if (link.target.kind !== 'javascript') continue;
        context.report(page, link, 'error', this.id, `"${link.url.slice(0, 60)}" runs code when clicked; content links must go to a page. Remove it or link to a page.`);
      }
    }
  },
};

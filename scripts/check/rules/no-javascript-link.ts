/** `no-javascript-link`: no `javascript:` (or `vbscript:`/`data:`) URLs in links. */
import type { PageRule } from '../context.ts';

export const noJavascriptLinkRule: PageRule = {
  id: 'no-javascript-link',
  description: 'no javascript: links',
  scope: 'page',
  checkPage(page, context) {
    for (const link of page.links) {
      if (link.target.kind !== 'javascript') continue;
      context.report(link, 'error', this.id, `"${link.url.slice(0, 60)}" runs code when clicked; content links must go to a page. Remove it or link to a page.`);
    }
  },
};

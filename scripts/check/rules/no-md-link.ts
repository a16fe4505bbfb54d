/** `no-md-link`: no leftover legacy `.md` links; says which site link to write instead. */
import { checkedPages, type Rule } from '../context.ts';

export const noMdLinkRule: Rule = {
  id: 'no-md-link',
  description: 'no legacy .md links',
  check(context) {
    for (const page of checkedPages(context)) {
      for (const link of page.links) {
        const target = link.target;
        if (target.kind !== 'md') continue;
        const fix = `../${target.slug}/${target.fragment ? `#${target.fragment}` : ''}`;
        context.report(page, link, 'error', this.id, `"${link.url}" is a legacy .md link, which does not work on the site: write "${fix}".`);
      }
    }
  },
};

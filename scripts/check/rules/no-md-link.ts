/** `no-md-link`: no leftover legacy `.md` links; says which site link to write instead. */
import type { PageRule } from '../context.ts';

export const noMdLinkRule: PageRule = {
  id: 'no-md-link',
  description: 'no legacy .md links',
  scope: 'page',
  checkPage(page, context) {
    for (const link of page.links) {
      const target = link.target;
      if (target.kind !== 'md') continue;
      const fix = `../${target.slug}/${target.fragment ? `#${target.fragment}` : ''}`;
      context.report(link, 'error', this.id, `"${link.url}" is a legacy .md link, which does not work on the site: write "${fix}".`);
    }
  },
};

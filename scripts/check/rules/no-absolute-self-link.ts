/**
 * `no-absolute-self-link`: links to our own pages are relative (`../slug/`), so they work on any
 * host and stay in the reader's language. Full URLs to the site, `/partner-center/…` legacy paths
 * and `/<locale>/…` paths that pin a language are reported with the relative form.
 */
import type { PageRule } from '../context.ts';

const ownHosts = new Set(['localhost:4321', ...(process.env.SITE_URL ? [new URL(process.env.SITE_URL).host] : [])]);
const legacyHosts = /^(docs\.microsoft\.com|learn\.microsoft\.com)$/i;

export const noAbsoluteSelfLinkRule: PageRule = {
  id: 'no-absolute-self-link',
  description: 'links to our own pages are relative',
  scope: 'page',
  checkPage(page, context) {
    for (const link of page.links) {
      const target = link.target;
      if (target.kind === 'external') {
        let url: URL;
        try {
          url = new URL(link.url.startsWith('//') ? `https:${link.url}` : link.url);
        } catch {
          continue;
        }
        const legacy = legacyHosts.test(url.hostname) && /\/partner-center\//i.test(url.pathname);
        if (ownHosts.has(url.host) || legacy) {
          const slug = url.pathname.split('/').filter(Boolean).at(-1);
          context.report(link, 'error', this.id, `"${link.url}" is an absolute link to this site: write "../${slug}/${url.hash}" so it works on any host and in the reader's language.`);
        }
      } else if (target.kind === 'page' && target.rootRelative) {
        const samePlace = target.locale === page.locale;
        context.report(
          link,
          samePlace ? 'warning' : 'error',
          this.id,
          `"${link.url}" is a site-absolute link${samePlace ? '' : ` that sends ${page.locale} readers to ${target.locale}`}: write "../${target.slug}/${target.fragment ? `#${target.fragment}` : ''}".`,
        );
      } else if (target.kind === 'unknown' && target.path.startsWith('/partner-center/')) {
        const slug = target.path.split('/').filter(Boolean)[1];
        context.report(link, 'error', this.id, `"${link.url}" is a legacy site-absolute path with no locale, which does not exist here: write "../${slug}/".`);
      }
    }
  },
};

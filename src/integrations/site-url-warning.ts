/**
 * `astro build` without `SITE_URL` (or with a local one): a loud warning at the start of the build
 * and again at its end, where it is seen (src/lib/site-url.ts). `astro dev` and `astro preview`
 * are local by nature and stay quiet.
 */
import type { AstroIntegration } from 'astro';
import type { SiteUrl } from '../lib/site-url.ts';

export function siteUrlWarning(siteUrl: SiteUrl): AstroIntegration {
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build' && siteUrl.warning) logger.warn(`\n${siteUrl.warning}`);
      },
      'astro:build:done': ({ logger }) => {
        if (siteUrl.warning) logger.warn(`\n${siteUrl.warning}`);
      },
    },
  };
}

/**
 * The last step of `npm run build`: without a public `SITE_URL`, the warning again, after
 * Pagefind's output, where the build ends (src/lib/site-url.ts; `astro build` itself prints it
 * at its start and end, src/integrations/site-url-warning.ts).
 */
import { resolveSiteUrl } from '../src/lib/site-url.ts';

const { warning } = resolveSiteUrl(process.env.SITE_URL);
if (warning) console.warn(`\n${warning}\n`);

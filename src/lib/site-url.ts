/**
 * Where the site is deployed (`SITE_URL`): canonical, hreflang and sitemap URLs are absolute on it.
 * Without it the build still works (tests, previews) but those URLs point at the local preview
 * server, which no reader can reach: the build says so, loudly, at its start and at its end
 * (src/integrations/site-url-warning.ts), and `npm run check:site` fails a build made with `SITE_URL`
 * that still names a local host anywhere (scripts/check-site/no-localhost.ts).
 */

/** The local preview server (`astro preview`, `server.port` in astro.config.mjs). */
export const localSiteUrl = 'http://localhost:4321';

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

export function isLocalHost(hostname: string): boolean {
  return localHosts.has(hostname) || hostname.endsWith('.localhost');
}

export interface SiteUrl {
  /** The URL to build with. */
  site: string;
  /** True when it is not a public address (SITE_URL unset, or set to a local host). */
  local: boolean;
  /** The warning to print when local, several lines. */
  warning: string | undefined;
}

/** `SITE_URL` as the build uses it; an unusable value is an error that says what to set. */
export function resolveSiteUrl(value: string | undefined): SiteUrl {
  const raw = value?.trim();
  if (!raw) return { site: localSiteUrl, local: true, warning: siteUrlWarning(undefined) };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL="${raw}" is not a URL: set it to the address the site is deployed at, e.g. SITE_URL=https://docs.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL="${raw}" must be an http(s) address, e.g. SITE_URL=https://docs.example.com`);
  }
  const local = isLocalHost(url.hostname);
  return { site: raw, local, warning: local ? siteUrlWarning(raw) : undefined };
}

export function siteUrlWarning(localUrl: string | undefined): string {
  const why = localUrl === undefined ? `SITE_URL is not set, so this build uses ${localSiteUrl}.` : `SITE_URL is ${localUrl}, a local address.`;
  const lines = [
    'NOT FOR PRODUCTION: canonical, hreflang and sitemap URLs will point at localhost.',
    why,
    'Every page\'s <link rel="canonical"> and <link rel="alternate" hreflang>, and sitemap-*.xml,',
    'will name that address: search engines and readers cannot reach it.',
    'Fine for tests and local previews. To deploy, build with the site\'s public address:',
    '    SITE_URL=https://docs.example.com npm run build',
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const rule = '!'.repeat(width + 4);
  return [rule, ...lines.map((l) => `! ${l.padEnd(width)} !`), rule].join('\n');
}

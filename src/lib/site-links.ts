/**
 * What a link in a page points to on this site, resolved as the browser would from the page's
 * URL (`/<locale>/partner-center/<slug>/`). Shared by the content checker and the site.
 */
import { isLocale, type Locale } from '../config/locales.ts';
import { section } from './content-index.ts';
import { unsafeScheme, urlScheme, type UnsafeScheme } from './unsafe-url.ts';

export type ResolvedLink =
  | { kind: 'page'; locale: Locale; slug: string; fragment: string | undefined; rootRelative: boolean }
  | { kind: 'same-page'; fragment: string }
  | { kind: 'home'; locale: Locale | undefined }
  | { kind: 'asset'; path: string }
  | { kind: 'md'; path: string; slug: string; fragment: string | undefined }
  | { kind: 'unsafe'; scheme: UnsafeScheme }
  | { kind: 'external'; url: string }
  | { kind: 'other-scheme'; scheme: string }
  | { kind: 'unknown'; path: string };

const base = 'http://site.invalid';

/** Decodes a `#fragment` the way a browser matches it against ids (percent-decoding, NFC). */
export function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment).normalize('NFC');
  } catch {
    return fragment.normalize('NFC');
  }
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function resolveSiteLink(href: string, from: { locale: string; slug: string }): ResolvedLink {
  const trimmed = href.trim();
  const unsafe = unsafeScheme(trimmed);
  if (unsafe) return { kind: 'unsafe', scheme: unsafe };
  const scheme = urlScheme(trimmed);
  if (scheme === 'http' || scheme === 'https') return { kind: 'external', url: trimmed };
  if (scheme) return { kind: 'other-scheme', scheme };
  if (trimmed.startsWith('//')) return { kind: 'external', url: trimmed };
  if (trimmed.startsWith('#')) return { kind: 'same-page', fragment: decodeFragment(trimmed.slice(1)) };

  const url = new URL(trimmed, `${base}/${from.locale}/${section}/${from.slug}/`);
  const fragment = url.hash ? decodeFragment(url.hash.slice(1)) : undefined;
  // A broken percent-escape ("%E0%A4") stays as written: the link then points nowhere, and is reported.
  const path = decodePath(url.pathname);
  const md = /\/([^/]+)\.md$/i.exec(path);
  if (md) return { kind: 'md', path, slug: md[1]!.toLowerCase(), fragment };
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { kind: 'home', locale: undefined };
  const [first, second, third, ...rest] = parts;
  if (isLocale(first!) && parts.length === 1) return { kind: 'home', locale: first };
  if (isLocale(first!) && second === section && third && rest.length === 0) {
    return { kind: 'page', locale: first, slug: third, fragment, rootRelative: trimmed.startsWith('/') };
  }
  if (first === section && second && !third) {
    // `/partner-center/<slug>`: a legacy site-absolute path without a locale.
    return { kind: 'unknown', path };
  }
  if (/\.[a-z0-9]{2,5}$/i.test(path)) return { kind: 'asset', path };
  return { kind: 'unknown', path };
}

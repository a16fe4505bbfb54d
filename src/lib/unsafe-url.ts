/**
 * URLs that must never reach a page: they run code (`javascript:`, `vbscript:`, `livescript:`),
 * carry a document of their own (`data:`), or open the reader's own files (`file:`). The one
 * list, used by the site (src/lib/mdx/unsafe-urls.ts), the content check (src/lib/site-links.ts →
 * the no-javascript-link rule) and the importer (scripts/migrate/convert/).
 */
export const unsafeSchemes = ['javascript', 'vbscript', 'livescript', 'data', 'file'] as const;
export type UnsafeScheme = (typeof unsafeSchemes)[number];

/**
 * The scheme a browser would see, lower-cased: browsers ignore white space and control
 * characters in it ("java\nscript:" is JavaScript) and its case. Undefined for a relative URL.
 */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007F]+/g, ''))?.[1]?.toLowerCase();
}

/** The unsafe scheme of `url`, or undefined when it has none. */
export function unsafeScheme(url: string): UnsafeScheme | undefined {
  const scheme = urlScheme(url);
  return (unsafeSchemes as readonly string[]).includes(scheme ?? '') ? (scheme as UnsafeScheme) : undefined;
}

export function isUnsafeUrl(url: string): boolean {
  return unsafeScheme(url) !== undefined;
}

/** The attributes of an HTML element that hold a URL the browser follows or loads. */
export const urlAttributes: readonly string[] = ['href', 'src', 'action', 'formaction', 'srcset', 'poster', 'xlink:href', 'cite', 'data'];

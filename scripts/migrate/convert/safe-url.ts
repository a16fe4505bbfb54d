/** URLs that must never reach a page: script schemes and data URLs. */

/** Removes what browsers ignore in a scheme (white space, control characters) before checking it. */
export function isUnsafeUrl(url: string): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007F]+/g, '').toLowerCase();
  return /^(javascript|vbscript|livescript|data|file):/.test(compact);
}

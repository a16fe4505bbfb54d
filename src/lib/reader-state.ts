/**
 * A language link that keeps the reader's place: the query string (the eligibility checker's
 * answers) and the `#anchor` (translations keep the English page's anchors) of the page being
 * read, on the other language's page. `href` is the link's own address (a path); its own query or
 * hash, if any, gives way to the reader's when the reader has one.
 */
export function carryReaderState(href: string, search: string, hash: string): string {
  const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(href)!;
  const query = search && search !== '?' ? (search.startsWith('?') ? search : `?${search}`) : (match[2] ?? '');
  const anchor = hash && hash !== '#' ? (hash.startsWith('#') ? hash : `#${hash}`) : (match[3] ?? '');
  return `${match[1]}${query}${anchor}`;
}

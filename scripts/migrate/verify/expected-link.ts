/**
 * Where a legacy link must point in the page (the check's own reading, not the importer's):
 * a `.md` file or a `/partner-center/` address → `../<slug>/` (a file name that is no slug, as
 * `non-payment--fraud--or-misuse.md`, → the slug of the page that file became, when the file
 * is among the inputs), `#anchor` as written, other addresses as they are (a site-relative
 * one on learn.microsoft.com), an unsafe URL (src/lib/unsafe-url.ts) and `xref:` → text only.
 */
import { isUnsafeUrl } from '../../../src/lib/unsafe-url.ts';

export type Expected =
  | { kind: 'page'; url: string; slug: string; anchor: string | undefined; renamedFrom?: string }
  | { kind: 'anchor'; url: string; id: string }
  | { kind: 'external'; url: string }
  | { kind: 'text' };

/** A legacy file's name (lower case, no extension) → the slug of its page, where they differ. */
export type SlugsByName = ReadonlyMap<string, string>;

function toPage(name: string, anchor: string | undefined, slugs: SlugsByName | undefined): Expected {
  const written = name.toLowerCase();
  const slug = slugs?.get(written) ?? written;
  const url = `../${slug}/${anchor ? `#${anchor}` : ''}`;
  return { kind: 'page', slug, anchor, url, ...(slug !== written ? { renamedFrom: written } : {}) };
}

// A bare address stops where CJK text starts (no space between them in CJK text).
const cjkTail = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef].*$/su;

export function expectedLink(written: string, slugs?: SlugsByName): Expected {
  const url = written.trim().replace(/\\/g, '/').replace(cjkTail, '');
  if (isUnsafeUrl(url) || /^\s*xref:/i.test(url)) return { kind: 'text' };
  if (url.startsWith('#')) return { kind: 'anchor', url, id: decodeURIComponent(url.slice(1)) };
  let path = url;
  const docs = /^https?:\/\/(?:docs|learn)\.microsoft\.com(\/[^?#]*)?(.*)$/i.exec(url);
  if (docs) path = (docs[1] ?? '/') + (docs[2] ?? '');
  else if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { kind: 'external', url };
  const section = /^\/(?:[a-z]{2}-[a-z]{2}\/)?partner-center\/([^/?#]+?)(?:\.md)?\/?(?:\?[^#]*)?(?:#(.*))?$/i.exec(path);
  if (section) return toPage(section[1]!, section[2] || undefined, slugs);
  if (docs) return { kind: 'external', url };
  if (path.startsWith('/')) return { kind: 'external', url: `https://learn.microsoft.com/en-us${path}` };
  const md = /^([^?#]*?)([^/?#]+)\.md(?:\?[^#]*)?(?:#(.*))?$/i.exec(path);
  if (md) return toPage(decodeURIComponent(md[2]!), md[3] || undefined, slugs);
  return { kind: 'external', url };
}

/** The page and anchor a written page URL (`../slug/#a`, `#a`) points at; undefined for another URL. */
export function pageTarget(url: string): { slug: string | undefined; anchor: string | undefined } | undefined {
  if (url.startsWith('#')) return { slug: undefined, anchor: decodeURIComponent(url.slice(1)) || undefined };
  const page = /^\.\.\/([^/?#]+)\/(?:#(.*))?$/.exec(url);
  return page ? { slug: page[1]!, anchor: page[2] ? decodeURIComponent(page[2]) : undefined } : undefined;
}

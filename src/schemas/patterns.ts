/**
 * The shapes of names, written once: every schema, the importer and the data loaders take
 * them from here.
 *
 *   slug       a page's name in its URL and file: `reset-a-user-password`
 *   id         a data id (an eligibility question, answer, rule or verdict; a migration step):
 *              a slug that starts with a letter, safe in a URL query without escaping
 *   page href  a locale-free link from one page to another: `../competencies/`, `../x/#anchor`
 */
const slugSource = '[a-z0-9]+(?:-[a-z0-9]+)*';
const idSource = '[a-z][a-z0-9]*(?:-[a-z0-9]+)*';

export const slugPattern = new RegExp(`^${slugSource}$`);
export const idPattern = new RegExp(`^${idSource}$`);
/** `../<slug>/` or `../<slug>/#<anchor>`, the anchor a slug too (English headings' ids). */
const pageHrefSource = `\\.\\./(${slugSource})/(?:#(${slugSource}))?`;
export const pageHrefPattern = new RegExp(`^${pageHrefSource}$`);
/** A page href, or an https address. */
export const hrefPattern = new RegExp(`^(?:${pageHrefSource}|https://[^\\s"<>]+)$`);

export const isSlug = (value: string): boolean => slugPattern.test(value);

/** The slug and the anchor of a page href; undefined for any other link. */
export function parsePageHref(href: string): { slug: string; anchor: string | undefined } | undefined {
  const match = pageHrefPattern.exec(href);
  return match ? { slug: match[1]!, anchor: match[2] } : undefined;
}

/**
 * A table of contents → the text of `content/toc/<locale>.json`: checked with the site's schema
 * (src/schemas/toc.ts) first, so a file the site cannot read is never written, then printed the
 * same way every run (fixed key order, 2-space indent, trailing newline, empty `children` left
 * out) so re-running the import changes nothing and a diff shows only real changes.
 *
 * Before: { locale: 'ja-jp', entries: [{ title: ' 請求 ', slug: 'billing', children: [] }] }
 * After (`content/toc/ja-jp.json`):
 *
 *   {
 *     "locale": "ja-jp",
 *     "entries": [
 *       {
 *         "title": "請求",
 *         "slug": "billing"
 *       }
 *     ]
 *   }
 */
import { join } from 'node:path';
import type { Locale } from '../../../src/config/locales.ts';
import { describeIssues, formatProblems } from '../../../src/lib/schema-issues.ts';
import { tocEntryFields, tocSchema, type Toc, type TocEntry } from '../../../src/schemas/toc.ts';

/** Where a locale's table goes: `<out>/toc/<locale>.json`, `out` being the content dir. */
export function tocFile(out: string, locale: Locale): string {
  return join(out, 'toc', `${locale}.json`);
}

/** Keys in the schema's order; optional keys only when set, `children` only when not empty. */
function ordered(entry: TocEntry): Record<string, unknown> {
  return {
    title: entry.title,
    ...(entry.slug !== undefined ? { slug: entry.slug } : {}),
    ...(entry.href !== undefined ? { href: entry.href } : {}),
    ...(entry.lang !== undefined ? { lang: entry.lang } : {}),
    ...(entry.children.length > 0 ? { children: entry.children.map(ordered) } : {}),
  };
}

/** The JSON text of `toc`; throws an Error naming each bad field when the schema refuses it. */
export function tocJson(toc: Toc): string {
  const result = tocSchema.safeParse(toc);
  if (!result.success) {
    const problems = formatProblems(describeIssues(result.error.issues, tocEntryFields));
    throw new Error(`The ${String(toc.locale)} table of contents does not match src/schemas/toc.ts:\n${problems}`);
  }
  const { locale, entries } = result.data;
  return `${JSON.stringify({ locale, entries: entries.map(ordered) }, null, 2)}\n`;
}

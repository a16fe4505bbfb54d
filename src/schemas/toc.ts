/**
 * The docset's table of contents, one file per locale: `content/toc/<locale>.json`.
 * The importer writes it from the legacy `TOC.md` (scripts/migrate/write/toc.ts); the site reads it.
 *
 * Before, the legacy `TOC.md` of ja-jp:
 *
 *   # [請求](billing.md)
 *   ## [請求書の記載事項](read-your-bill.md)
 *   # パートナー ダッシュボードのデータと分析
 *
 * After, `content/toc/ja-jp.json`:
 *
 *   { "locale": "ja-jp", "entries": [
 *     { "title": "請求", "slug": "billing", "children": [{ "title": "請求書の記載事項", "slug": "read-your-bill" }] },
 *     { "title": "パートナー ダッシュボードのデータと分析" } ] }
 *
 * An entry links to a page of the docset (`slug`), to another site (`href`), or to nothing (a
 * group heading). `children` may be left out when empty. `lang` marks a title that is not in the
 * table's language (an en-us entry whose English title is unknown keeps a translated one).
 */
import { z } from 'zod';
import { localeSlugs, type Locale } from '../config/locales.ts';
import { unknownKeysError } from '../lib/schema-issues.ts';
import { slugPattern } from './patterns.ts';

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `expected ${what} as text`) })
    .trim()
    .min(1, { error: `${what} must not be empty` });

const slug = z
  .string({ error: 'expected a page slug as text' })
  .regex(slugPattern, { error: 'expected a page slug: lower-case words joined by hyphens, no ".md", for example "reset-a-user-password"' });

const href = z
  .string({ error: 'expected an address as text' })
  .regex(/^https?:\/\/[^\s"<>]+$/, { error: 'expected an http:// or https:// address' });

const lang = z
  .string({ error: 'expected a language tag as text' })
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a BCP-47 language tag, for example "ja-JP"' });

export const tocEntryFields: readonly string[] = ['title', 'slug', 'href', 'lang', 'children'];

export const tocEntrySchema = z.strictObject(
  {
    /** As the reader sees it: the link text of the legacy heading, markdown stripped. */
    title: text('a title'),
    /** The page it links to, in the same locale (or its en-us fallback). */
    slug: slug.optional(),
    /** An address outside the docset, when the entry is not a page. */
    href: href.optional(),
    /** BCP-47 tag of the title, only when it is not in the table's language. */
    lang: lang.optional(),
    get children() {
      return z.array(tocEntrySchema, { error: 'expected "children" to be a list of entries' }).default([]);
    },
  },
  { error: unknownKeysError(tocEntryFields, 'expected an entry: a map with a "title" and "children"') },
);

type Entry = z.output<typeof tocEntrySchema>;

export const tocSchema = z
  .strictObject(
    {
      locale: z.enum(localeSlugs as [Locale, ...Locale[]], { error: `expected one of ${localeSlugs.map((l) => `"${l}"`).join(', ')}` }),
      entries: z.array(tocEntrySchema, { error: 'expected "entries" to be a list' }),
    },
    { error: unknownKeysError(['locale', 'entries'], 'expected a table of contents: a map with "locale" and "entries"') },
  )
  .superRefine((toc, ctx) => {
    // On the table, not the entry: a refinement on a recursive zod object loses its inferred type.
    const walk = (entries: readonly Entry[], path: (string | number)[]): void =>
      entries.forEach((entry, i) => {
        if (entry.slug !== undefined && entry.href !== undefined) {
          ctx.addIssue({ code: 'custom', path: [...path, i], message: 'an entry links either to a page ("slug") or to an address ("href"), not both' });
        }
        walk(entry.children, [...path, i, 'children']);
      });
    walk(toc.entries, ['entries']);
  });

export type TocEntry = z.output<typeof tocEntrySchema>;
export type Toc = z.output<typeof tocSchema>;

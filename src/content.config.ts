import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { pageSchema } from './schemas/page.ts';
import { tocSchema } from './schemas/toc.ts';
import { contentDir } from './config/paths.ts';

/**
 * Every page of every locale: `content/<locale>/partner-center/<slug>.mdx`, id `<locale>/partner-center/<slug>`.
 */
const pages = defineCollection({
  // The id is the path without `.mdx`, as written: glob()'s default would turn the legacy docset's
  // `index.mdx` into its folder's id (`en-us/partner-center`), which is no page.
  // No bodies in the store (src/data/page-body.ts reads the two the site needs): Astro writes,
  // reads back and re-evaluates the whole store after each save in `npm run dev`.
  loader: glob({ pattern: '*/partner-center/*.mdx', base: contentDir(), generateId: ({ entry }) => entry.replace(/\.mdx$/, ''), retainBody: false }),
  schema: pageSchema,
});

/**
 * The table of contents of each locale: `content/toc/<locale>.json` (made by the importer from the
 * legacy TOC.md), id `<locale>`. The site's navigation is built from it (src/lib/nav.ts).
 */
const toc = defineCollection({
  loader: glob({ pattern: '*.json', base: join(contentDir(), 'toc') }),
  schema: tocSchema,
});

export const collections = { pages, toc };

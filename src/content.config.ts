import { defineCollection } from 'astro:content';
import { pageSchema } from './schemas/page.ts';
import { contentDir } from './config/paths.ts';
import { pagesLoader } from './loaders/pages.ts';

/**
 * Every page of every locale: `content/<locale>/partner-center/<slug>.mdx`, id `<locale>/partner-center/<slug>`.
 * A page without components is rendered to HTML by the loader; the others are compiled as MDX
 * (src/loaders/pages.ts).
 */
const pages = defineCollection({
  // The id is the path without `.mdx`, as written: glob()'s default would turn the legacy docset's
  // `index.mdx` into its folder's id (`en-us/partner-center`), which is no page.
  loader: pagesLoader({ pattern: '*/partner-center/*.mdx', base: contentDir(), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: pageSchema,
});

export const collections = { pages };

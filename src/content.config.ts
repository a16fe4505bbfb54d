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
  loader: pagesLoader({ pattern: '*/partner-center/*.mdx', base: contentDir() }),
  schema: pageSchema,
});

export const collections = { pages };

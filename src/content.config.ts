import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/page.ts';
import { contentDir } from './config/paths.ts';

/** Every page of every locale: `content/<locale>/partner-center/<slug>.mdx`, id `<locale>/partner-center/<slug>`. */
const pages = defineCollection({
  loader: glob({ pattern: '*/partner-center/*.mdx', base: contentDir() }),
  schema: pageSchema,
});

export const collections = { pages };

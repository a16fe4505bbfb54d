/** `content/required-pages.json`: pages that must exist in every locale (checked by `npm run check`). */
import { z } from 'zod';
import { slugPattern } from './patterns.ts';

export const requiredPagesSchema = z.strictObject({
  pages: z.array(
    z.string().regex(slugPattern, { error: 'expected a page slug in kebab-case, for example "reset-a-user-password"' }),
    { error: 'expected a list of page slugs' },
  ),
});

export type RequiredPages = z.infer<typeof requiredPagesSchema>;

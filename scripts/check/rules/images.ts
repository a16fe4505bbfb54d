/** `image`: every image file exists (next to the page or in public/) and has alt text. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkedPages, type Rule } from '../context.ts';

export const imagesRule: Rule = {
  id: 'image',
  description: 'images exist and have alt text',
  check(context) {
    for (const page of checkedPages(context)) {
      for (const image of page.images) {
        if (image.alt.trim() === '') {
          context.report(page, image, 'error', this.id, `The image "${image.url}" has no alt text: describe what it shows, for readers who cannot see it.`);
        }
        if (/^(https?:)?\/\//i.test(image.url) || image.url.startsWith('data:')) continue;
        const path = decodeURIComponent(image.url.split(/[?#]/)[0]!);
        const file = path.startsWith('/') ? join(context.publicDir, path) : join(context.root, dirname(page.file), path);
        if (!existsSync(file)) {
          context.report(page, image, 'error', this.id, `The image file "${image.url}" does not exist (looked for ${path.startsWith('/') ? `public${path}` : join(dirname(page.file), path)}).`);
        }
      }
    }
  },
};

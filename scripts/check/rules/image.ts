/** `image`: every image file exists (next to the page or in public/) and has alt text. */
import { dirname, join } from 'node:path';
import type { PageRule } from '../context.ts';
import { urlScheme } from '../../../src/lib/unsafe-url.ts';

export const imageRule: PageRule = {
  id: 'image',
  description: 'images exist and have alt text',
  scope: 'page',
  checkPage(page, context) {
    for (const image of page.images) {
      if (image.alt.trim() === '') {
        context.report(image, 'error', this.id, `The image "${image.url}" has no alt text: describe what it shows, for readers who cannot see it.`);
      }
      if (/^(https?:)?\/\//i.test(image.url) || urlScheme(image.url) !== undefined) continue; // other schemes: no-javascript-link
      let path: string;
      try {
        path = decodeURIComponent(image.url.split(/[?#]/)[0]!);
      } catch {
        context.report(image, 'error', this.id, `The image address "${image.url}" has a broken percent-escape (a "%" not followed by two hex digits): write "%25" for a percent sign.`);
        continue;
      }
      const file = path.startsWith('/') ? join(context.publicDir, path) : join(context.root, dirname(page.file), path);
      if (!context.fileExists(file)) {
        context.report(image, 'error', this.id, `The image file "${image.url}" does not exist (looked for ${path.startsWith('/') ? `public${path}` : join(dirname(page.file), path)}).`);
      }
    }
  },
};

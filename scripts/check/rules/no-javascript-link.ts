/** `no-javascript-link`: no link with an unsafe URL (`javascript:`, `vbscript:`, `data:`, `file:`…: src/lib/unsafe-url.ts). */
import type { PageRule } from '../context.ts';
import { unsafeScheme, type UnsafeScheme } from '../../../src/lib/unsafe-url.ts';

const harm: Record<UnsafeScheme, string> = {
  javascript: 'runs code when clicked',
  vbscript: 'runs code when clicked',
  livescript: 'runs code when clicked',
  data: 'opens a document made inside the link',
  file: "opens a file on the reader's own computer",
};

export const noJavascriptLinkRule: PageRule = {
  id: 'no-javascript-link',
  description: 'no links with unsafe URLs (javascript:, vbscript:, data:, file:)',
  scope: 'page',
  checkPage(page, context) {
    for (const link of page.links) {
      if (link.target.kind !== 'unsafe') continue;
      context.report(link, 'error', this.id, `"${link.url.slice(0, 60)}" is a ${link.target.scheme}: URL, which ${harm[link.target.scheme]}; the site removes it. Link to a page instead, or remove the link.`);
    }
    for (const image of page.images) {
      const scheme = unsafeScheme(image.url);
      if (!scheme) continue;
      context.report(image, 'error', this.id, `The image "${image.url.slice(0, 60)}" is a ${scheme}: URL; the site removes it. Save the image as a file next to the page (or in public/) and give its path.`);
    }
  },
};

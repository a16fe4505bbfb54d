/** The HTML pages of a build (`dist/`), read once: their ids, canonical and hreflang links. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

export interface BuiltPage {
  /** Path in the build, with `/`: `ja-jp/partner-center/x/index.html`. */
  file: string;
  /** The URL path that serves it: `/ja-jp/partner-center/x/`. */
  path: string;
  ids: Set<string>;
  canonical: string[];
  alternates: { hreflang: string; href: string }[];
}

export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

export function readBuiltPages(distDir: string): BuiltPage[] {
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split(sep).join('/'))
    .filter((f) => f.endsWith('.html'));
  return files.sort().map((file) => {
    const tree = fromHtml(readFileSync(join(distDir, file), 'utf8'));
    const attr = (el: Element, name: string) => String(el.properties[name] ?? '');
    return {
      file,
      path: urlPathOf(file),
      ids: new Set(selectAll('[id]', tree).map((el) => attr(el, 'id'))),
      canonical: selectAll('link[rel~="canonical"]', tree).map((el) => attr(el, 'href')),
      alternates: selectAll('link[rel~="alternate"][hreflang]', tree).map((el) => ({ hreflang: attr(el, 'hrefLang'), href: attr(el, 'href') })),
    };
  });
}

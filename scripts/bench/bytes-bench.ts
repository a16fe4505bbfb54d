/** Bytes a reader downloads for a page of the real build (HTML, CSS, JS; raw and gzip), from the files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageBytes {
  page: string;
  htmlRaw: number;
  htmlGzip: number;
  cssRaw: number;
  cssGzip: number;
  jsRaw: number;
  jsGzip: number;
}

/** The page's stylesheets and module scripts, with the modules they import statically. */
export function pageBytes(distDir: string, path: string): PageBytes {
  const html = readFileSync(join(distDir, path, 'index.html'));
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
  const js = new Set<string>();
  const visit = (src: string) => {
    if (js.has(src)) return;
    js.add(src);
    const code = readFileSync(join(distDir, src), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[\w*{}\s,]+from\s*)?["']([^"']+)["']/g)) visit(new URL(m[1]!, `http://x${src}`).pathname);
  };
  for (const m of text.matchAll(/<script type="module" src="([^"]+)"/g)) visit(m[1]!);
  const size = (files: Iterable<string>, gzip: boolean) =>
    [...files].reduce((sum, f) => {
      const bytes = readFileSync(join(distDir, f));
      return sum + (gzip ? gzipSync(bytes, { level: 9 }).length : bytes.length);
    }, 0);
  return {
    page: path,
    htmlRaw: html.length,
    htmlGzip: gzipSync(html, { level: 9 }).length,
    cssRaw: size(css, false),
    cssGzip: size(css, true),
    jsRaw: size(js, false),
    jsGzip: size(js, true),
  };
}

/** The content files to check: every `.mdx` below the content root, and stray non-MDX pages. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface ContentFiles {
  pages: string[];
  /** Files in a page folder that are not `.mdx` (a leftover `.md`, say): reported, not parsed. */
  strays: string[];
}

export function listContentFiles(root: string): ContentFiles {
  const pages: string[] = [];
  const strays: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.mdx')) pages.push(relative(root, path).split(sep).join('/'));
      else if (/\.(md|markdown|mdown|txt)$/i.test(entry.name)) strays.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return { pages: pages.sort(), strays: strays.sort() };
}

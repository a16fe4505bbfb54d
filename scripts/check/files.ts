/** The content files to check: every `.mdx` below the content root, and stray non-MDX pages. */
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';

export interface ContentFiles {
  pages: string[];
  /** Files in a page folder that are not `.mdx` (a leftover `.md`, say): reported, not parsed. */
  strays: string[];
}

export function listContentFiles(root: string): ContentFiles {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).map((path) => path.split(sep).join('/'));
  return {
    pages: files.filter((f) => f.endsWith('.mdx')).sort(),
    strays: files.filter((f) => /\.(md|markdown|mdown|txt)$/i.test(f)).sort(),
  };
}

/**
 * The content files to check: every `.mdx` below the content root, and stray non-MDX pages.
 * `legacy/` holds the importer's sources (legacy DocFX Markdown, kept byte for byte): not pages.
 */
import { readdirSync } from 'node:fs';

export interface ContentFiles {
  pages: string[];
  /** Files in a page folder that are not `.mdx` (a leftover `.md`, say): reported, not parsed. */
  strays: string[];
}

/**
 * Every file below `root`, as `/`-separated relative paths. A walk by hand with entry types:
 * Node's `readdirSync(root, { recursive: true })` takes ten times as long on 5,000 files.
 */
export function listFiles(root: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(prefix ? `${root}/${prefix}` : root, { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(root, path));
    else files.push(path);
  }
  return files;
}

/** Top-level folders of the content root that hold no pages. */
export const sourceFolders = ['legacy/'];

export function listContentFiles(root: string): ContentFiles {
  const files = listFiles(root).filter((f) => !sourceFolders.some((folder) => f.startsWith(folder)));
  return {
    pages: files.filter((f) => f.endsWith('.mdx')).sort(),
    strays: files.filter((f) => /\.(md|markdown|mdown|txt)$/i.test(f)).sort(),
  };
}

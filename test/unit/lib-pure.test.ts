/**
 * `src/lib/` is pure: no file reading (node:fs, Vite's import.meta.glob), no Astro (astro,
 * astro:*), and nothing from the folders that read (src/data/, src/loaders/); those modules live
 * in src/data/, src/loaders/ and src/integrations/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const libDir = join(import.meta.dirname, '../../src/lib');

/**
 * Known exceptions, each with the reason it is one. astro.config.mjs imports the sitemap
 * serializer from src/lib; it moves out with the config's next rewrite.
 */
const exceptions: Record<string, string> = {
  'sitemap-links.ts': 'reads which pages exist (src/data/content-files.ts) for astro.config.mjs',
};

/** What a module's source shows of file reading or Astro: runtime imports (not `import type`) and import.meta.glob. */
function impurities(text: string): string[] {
  const imports = [...text.matchAll(/^\s*import\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  const found = imports.filter((name) => /^(node:)?fs(\/|$)|^astro(:|\/|$)|\/(data|loaders|integrations)\//.test(name));
  if (text.includes('import.meta.glob')) found.push('import.meta.glob');
  return found;
}

describe('src/lib', () => {
  it('reads no files and imports no Astro', () => {
    const found = readdirSync(libDir)
      .filter((name) => name.endsWith('.ts') && !(name in exceptions))
      .flatMap((name) => impurities(readFileSync(join(libDir, name), 'utf8')).map((what) => `${name}: ${what}`));
    expect(found).toEqual([]);
  });

  it('would see file reading and Astro, and not a type import', () => {
    const text = [
      "import { readFileSync } from 'node:fs';",
      "import { getCollection } from 'astro:content';",
      "import { scanContent } from '../data/content-files.ts';",
      "import type { AstroIntegration } from 'astro';",
      "import { closest } from './closest.ts';",
      "const files = import.meta.glob('/content/*.json');",
    ].join('\n');
    expect(impurities(text)).toEqual(['node:fs', 'astro:content', '../data/content-files.ts', 'import.meta.glob']);
  });

  it('has exceptions only for modules that still need them', () => {
    for (const name of Object.keys(exceptions)) expect(impurities(readFileSync(join(libDir, name), 'utf8')), name).not.toEqual([]);
  });
});

/**
 * The migration check reads legacy files with its own reader (scripts/migrate/verify/): if it
 * used the importer's reading code, a bug there would hide from the check. No module under
 * verify/ may import from the importer's stages read/, repair/, convert/ or write/, nor from
 * pipeline.ts, which runs them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.ts';

const verifyDir = join(repoRoot, 'scripts/migrate/verify');
const stages = ['read', 'repair', 'convert', 'write'].map((stage) => join(repoRoot, 'scripts/migrate', stage) + sep);
const pipeline = join(repoRoot, 'scripts/migrate/pipeline');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.[cm]?[jt]sx?$/.test(name) ? [path] : [];
  });
}

/** Every import of an importer stage in `text` (a file at `path`): static, `export … from`, `import()`, `import type`. */
function stageImports(path: string, text: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => {
      const target = resolve(dirname(path), name);
      return name.startsWith('.') && (stages.some((stage) => target.startsWith(stage)) || target.replace(/\.[cm]?[jt]s$/, '') === pipeline);
    });
}

describe('the check reads legacy files on its own', () => {
  it('finds the verify modules', () => {
    expect(sources(verifyDir).map((p) => relative(verifyDir, p))).toEqual(expect.arrayContaining(['check.ts', 'check-legacy.ts', 'check-page.ts']));
    expect(sources(verifyDir).length).toBeGreaterThan(10);
  });

  it('imports nothing from read/, repair/, convert/, write/ or pipeline.ts', () => {
    const found = sources(verifyDir).flatMap((path) => stageImports(path, readFileSync(path, 'utf8')).map((name) => `${relative(repoRoot, path)} imports ${name}`));
    expect(found).toEqual([]);
  });

  it('would see such an import, in any form', () => {
    const at = join(verifyDir, 'legacy-reader', 'x.ts');
    const text = [
      "import { a } from '../../read/front-matter.ts';",
      "import type { B } from '../../convert/nodes.ts';",
      "export { c } from '../../repair/html-tree.ts';",
      "const d = await import('../../write/import-files.ts');",
      "import { g } from '../../pipeline.ts';",
      "import { e } from './html.ts';",
      "import { f } from '../../messages.ts';",
    ].join('\n');
    expect(stageImports(at, text)).toEqual(['../../read/front-matter.ts', '../../convert/nodes.ts', '../../repair/html-tree.ts', '../../write/import-files.ts', '../../pipeline.ts']);
  });
});

/**
 * Golden tests, one per legacy construct: test/fixtures/migrate-<construct>/input.md (plus any
 * other `.md` files there, and a `content/` tree the pages may link to) → expected.mdx (the
 * input's page), expected.<locale>.mdx (its recovered en-us page), expected.<locale>.<slug>.mdx
 * (pages of the other inputs), and expected-messages.txt (what the importer reported).
 *
 * MIGRATE_UPDATE_GOLDEN=1 rewrites the expected files (review the diff before committing).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidPage, fixturesDir, runImport, tempContent } from './helpers.ts';

const update = process.env['MIGRATE_UPDATE_GOLDEN'] === '1';

const fixtures = readdirSync(fixturesDir)
  .filter((name) => name.startsWith('migrate-') && existsSync(join(fixturesDir, name, 'input.md')))
  .sort();

function expectedName(output: { path: string; origin: string; derived: boolean }, out: string): string {
  const [locale, , file] = relative(out, output.path).split(sep);
  const slug = basename(file!, '.mdx');
  if (slug === 'input' && basename(output.origin) === 'input.md') return output.derived ? `expected.${locale}.mdx` : 'expected.mdx';
  return `expected.${locale}.${slug}.mdx`;
}

describe('golden tests per legacy construct', () => {
  it('finds the construct fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of fixtures) {
    it(name.slice('migrate-'.length), () => {
      const dir = join(fixturesDir, name);
      const out = tempContent(join(dir, 'content'));
      const inputs = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
      const result = runImport(inputs, { cwd: dir, out });
      const messages = `${result.messages.join('\n')}\n`;
      expect(result.exitCode, messages).toBe(0);

      const produced = new Map(result.outputs.map((o) => [expectedName(o, out), readFileSync(o.path, 'utf8')]));
      expect(produced.has('expected.mdx'), `input.md gave no page; messages:\n${messages}`).toBe(true);
      if (update) {
        for (const [file, text] of produced) writeFileSync(join(dir, file), text);
        writeFileSync(join(dir, 'expected-messages.txt'), messages);
      }
      const expectedFiles = readdirSync(dir).filter((f) => /^expected.*\.mdx$/.test(f)).sort();
      expect([...produced.keys()].sort()).toEqual(expectedFiles);
      for (const file of expectedFiles) {
        const expected = readFileSync(join(dir, file), 'utf8');
        assertValidPage(expected, `${name}/${file}`);
        expect(produced.get(file), `${name}/${file}`).toBe(expected);
      }
      expect(messages).toBe(readFileSync(join(dir, 'expected-messages.txt'), 'utf8'));
    });
  }
});

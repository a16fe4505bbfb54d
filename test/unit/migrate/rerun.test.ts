/**
 * Re-running the importer: on the repository's sources it reproduces content/ byte for byte,
 * apart from the pages writers fixed since (which it keeps and lists); and it never destroys an
 * edit (imported.json, --force, --beside).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../../../scripts/migrate/cli-args.ts';
import { contentDir, fixturesDir, repoRoot, runImport, tempContent } from './helpers.ts';

/** Pages a writer fixed after the import: legacy defects (see the README's list). */
const fixedByWriters = ['competencies', 'indirect-reseller-tasks-in-partner-center', 'manual-subscription-migration'].flatMap((slug) =>
  ['en-us', 'ja-jp', 'ko-kr', 'ru-ru', 'zh-tw'].map((locale) => `${locale}/partner-center/${slug}.mdx`),
);

function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('re-importing the repository\'s legacy sources', () => {
  it('reproduces content/ byte for byte, keeps and lists the pages writers fixed, and records what it wrote', { timeout: 180_000 }, () => {
    const out = tempContent(contentDir);
    const before = tree(out);
    const result = runImport([...defaultInputs], { cwd: repoRoot, out, beside: true });
    expect(result.exitCode, result.messages.filter((m) => / error /.test(m)).join('\n')).toBe(0);
    expect(result.files.filter((f) => f.messages.some((m) => m.fatal))).toEqual([]);

    const kept = result.outputs.filter((o) => o.status === 'beside').map((o) => relative(out, o.path)).sort();
    expect(kept).toEqual([...fixedByWriters].sort());
    expect(result.outputs.filter((o) => o.status !== 'beside' && o.status !== 'unchanged')).toEqual([]);
    for (const page of kept) {
      expect(result.messages.some((m) => m.includes(page) && m.includes('was changed since the last import')), page).toBe(true);
    }

    // Nothing changed but the `.new` files beside the kept pages; the record holds the import's hash
    // of each kept page (the writer's fix sits on top of what the importer wrote).
    const after = tree(out);
    const added = [...after.keys()].filter((k) => !before.has(k)).sort();
    expect(added).toEqual(kept.map((k) => `${k}.new`));
    for (const [path, text] of before) expect(after.get(path), path).toBe(text);
    const record = JSON.parse(before.get('imported.json')!) as { pages: Record<string, string> };
    for (const page of kept) expect(record.pages[page], page).toBe(sha256(after.get(`${page}.new`)!));
    const written = result.outputs.map((o) => relative(out, o.path)).sort();
    expect(Object.keys(record.pages).sort()).toEqual(written);
  });
});

describe('re-importing over a page a writer edited', () => {
  const legacy = join(fixturesDir, 'migrate-heading-levels/input.md');
  const page = (out: string) => join(out, 'en-us/partner-center/input.mdx');

  function importedThenEdited() {
    const out = tempContent();
    expect(runImport([legacy], { cwd: repoRoot, out }).exitCode).toBe(0);
    const edited = `${readFileSync(page(out), 'utf8')}\nA sentence a writer added.\n`;
    writeFileSync(page(out), edited);
    return { out, edited };
  }

  it('keeps the edit, and the message names the file, why, and how to proceed', () => {
    const { out, edited } = importedThenEdited();
    const result = runImport([legacy], { cwd: repoRoot, out });
    expect(result.outputs.map((o) => o.status)).toEqual(['kept (edited)']);
    expect(readFileSync(page(out), 'utf8')).toBe(edited);
    const shown = relative(repoRoot, page(out));
    expect(result.messages.join("\n")).toContain(
      `test/fixtures/migrate-heading-levels/input.md:1:1  warning  \`${shown}\` was changed since the last import: kept it as it is. To replace it with this import run again with --force; to compare first, with --beside  edited-page`,
    );
  });

  it('writes the new import beside the edited page with --beside', () => {
    const { out, edited } = importedThenEdited();
    const result = runImport([legacy], { cwd: repoRoot, out, beside: true });
    expect(result.outputs.map((o) => o.status)).toEqual(['beside']);
    expect(readFileSync(page(out), 'utf8')).toBe(edited);
    expect(`${readFileSync(`${page(out)}.new`, 'utf8')}\nA sentence a writer added.\n`).toBe(edited);
  });

  it('replaces it with --force, and then counts it as the importer\'s again', () => {
    const { out, edited } = importedThenEdited();
    expect(runImport([legacy], { cwd: repoRoot, out, force: true }).outputs.map((o) => o.status)).toEqual(['written']);
    expect(`${readFileSync(page(out), 'utf8')}\nA sentence a writer added.\n`).toBe(edited);
    expect(runImport([legacy], { cwd: repoRoot, out }).outputs.map((o) => o.status)).toEqual(['unchanged']);
  });

  it('does not replace a page it never wrote', () => {
    const out = tempContent();
    writeFileSync(join(out, 'imported.json'), '{"version":1,"pages":{}}\n');
    mkdirSync(join(out, 'en-us/partner-center'), { recursive: true });
    writeFileSync(page(out), "a writer's own page\n");
    const result = runImport([legacy], { cwd: repoRoot, out });
    expect(result.outputs.map((o) => o.status)).toEqual(['kept (edited)']);
    expect(result.messages.join('\n')).toContain('was not written by the importer (it is not in imported.json)');
    expect(readFileSync(page(out), 'utf8')).toBe("a writer's own page\n");
  });
});

/** Re-running the importer on the seeds reproduces the committed content byte for byte. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, runImport, seedsDir, tempContent } from './helpers.ts';

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

describe('re-running the importer on the seeds', () => {
  it('reproduces the committed pages byte for byte, twice', () => {
    const runs = [tempContent(), tempContent()].map((out) => {
      const result = runImport([seedsDir()], { cwd: seedsDir(), out });
      expect(result.exitCode, result.messages.join('\n')).toBe(0);
      return tree(out);
    });
    const [first, second] = runs as [Map<string, string>, Map<string, string>];
    expect([...first.keys()].sort()).toEqual([
      'en-us/partner-center/manage-your-incentives-in-partner-center.mdx',
      'en-us/partner-center/partner-incentives-is-now-on-partner-center.mdx',
      'ja-jp/partner-center/partner-incentives-is-now-on-partner-center.mdx',
      'ko-kr/partner-center/partner-incentives-is-now-on-partner-center.mdx',
      'ru-ru/partner-center/partner-incentives-is-now-on-partner-center.mdx',
      'zh-tw/partner-center/manage-your-incentives-in-partner-center.mdx',
      'zh-tw/partner-center/partner-incentives-is-now-on-partner-center.mdx',
    ]);
    for (const [path, text] of first) {
      expect(second.get(path), `${path}: two runs differ`).toBe(text);
      expect(text, `${path} differs from content/${path}: re-run the importer or fix it`).toBe(readFileSync(join(contentDir, path), 'utf8'));
    }
  });

  it('leaves a content dir that already holds the pages unchanged', () => {
    const out = tempContent(contentDir);
    const before = tree(out);
    const result = runImport([seedsDir()], { cwd: seedsDir(), out });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.map((o) => o.status)).toEqual(Array(7).fill('unchanged'));
    expect(tree(out)).toEqual(before);
  });

  it('writes nothing with --dry-run', () => {
    const out = tempContent();
    const result = runImport([seedsDir()], { cwd: seedsDir(), out, dryRun: true });
    expect(result.outputs.map((o) => o.status)).toEqual(Array(7).fill('would write'));
    expect(tree(out).size).toBe(0);
  });
});

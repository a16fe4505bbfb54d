/**
 * The front matter fast path (scripts/check/fast-frontmatter.ts) against the YAML parser: on
 * everything it takes, the very same model (data, key places); on anything outside its subset,
 * no answer. Differential on every page and fixture, a generated corpus and seeded random front
 * matter; then targeted cases it must decline.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/lib/generate-corpus.ts';
import { readFrontmatterYaml } from '../../../scripts/check/extract.ts';
import { fastFrontmatter } from '../../../scripts/check/fast-frontmatter.ts';
import { listFiles } from '../../../scripts/check/files.ts';

const repo = join(import.meta.dirname, '../../..');
const place = { line: 1, column: 1 };

/** The text between the fences of a page, when it has front matter. */
function frontmatterOf(text: string): string | undefined {
  const match = /^---[ \t]*\n([\s\S]*?)\n?^---[ \t]*$/m.exec(text);
  return match?.index === 0 ? match[1] : undefined;
}

/** Compares both on one front matter; true when the fast path took it. */
function compare(yaml: string, label: string): boolean {
  const fast = fastFrontmatter(yaml, place);
  if (!fast) return false;
  const full = readFrontmatterYaml(yaml, place);
  expect(full.yamlError, `${label}: the parser found an error in what the fast path took`).toBeUndefined();
  expect(fast, label).toStrictEqual(full);
  expect(Object.keys(fast.keyPlaces), `${label}: key order`).toEqual(Object.keys(full.keyPlaces));
  return true;
}

function compareTree(root: string): { files: number; fast: number } {
  let files = 0;
  let fast = 0;
  for (const file of listFiles(root)) {
    if (!/\.mdx?$/.test(file) || !existsSync(join(root, file))) continue;
    const yaml = frontmatterOf(readFileSync(join(root, file), 'utf8'));
    if (yaml === undefined) continue;
    files++;
    if (compare(yaml, file)) fast++;
  }
  return { files, fast };
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('the front matter fast path gives the parser’s model', () => {
  it('on the real content, taking most pages', () => {
    const { files, fast } = compareTree(join(repo, 'content'));
    expect(files).toBeGreaterThan(30);
    expect(fast).toBeGreaterThan(files / 2);
  });

  it('on every fixture tree', () => {
    const fixtures = join(repo, 'test/fixtures');
    let fast = 0;
    for (const tree of readdirSync(fixtures)) fast += compareTree(join(fixtures, tree)).fast;
    expect(fast).toBeGreaterThan(20);
  });

  it('on a generated corpus, taking every page', () => {
    const root = mkdtempSync(join(tmpdir(), 'fast-frontmatter-'));
    temps.push(root);
    generateCorpus(root, 30);
    const { files, fast } = compareTree(root);
    expect(files).toBe(150);
    expect(fast).toBe(150);
  });

  it('on seeded random front matter (whenever it takes one)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const keys = ['title', 'description', 'date', 'author', 'ms.date', 'ms-topic', '_x', 'true', 'null', 'Yes', 'a1', 'title'];
    const values = [
      'Reset a password', '"Quoted: yes"', "'single'", 'It is 12:30', 'C# and F#', 'a #comment', 'ends with:', 'key: value',
      '12', '-3', '+4', '1.5', '.5', '1e3', '1E-3', '0x1F', '0o17', '0b1', '.inf', '-.Inf', '.NaN', 'NaN', 'inf', '~', 'null', 'Null', 'NULL',
      'true', 'False', 'yes', 'no', 'on', 'off', 'y', 'n', '2019-03-05', '2019-03-05T10:00:00Z', '1_000', '0777', '09',
      'パートナー センター', 'Пароль сброс', '비밀번호', '(optional) text', '[a, b]', '{a: 1}', 'a, b, c', 'x [y] {z}', '"unclosed', "'it''s'",
      '"a\\"b"', '"tab\\there"', '"#hash"', "'#hash'", 'trailing   ', '"q" trailing', '@at', '`tick`', '!tag', '&anchor', '*alias', '|', '>', '- item',
      '? key', '% dir', 'a\tb', 'x"y', "x'y", 'émoji 🙂', '100%', 'e', 'E5', '5e', '0.', '.', '-', '+', '0x', '1.2.3', '123abc',
    ];
    let taken = 0;
    for (let n = 0; n < 5000; n++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(random() * 5);
      for (let k = 0; k < count; k++) {
        const key = pick(keys);
        const shape = random();
        if (shape < 0.1) {
          const indent = ' '.repeat(1 + Math.floor(random() * 3));
          lines.push(`${key}:`);
          const items = Math.floor(random() * 3);
          for (let j = 0; j < items; j++) lines.push(`${random() < 0.9 ? indent : ''}-${random() < 0.9 ? ' ' : ''}${pick(values)}`);
        } else if (shape < 0.2) {
          const indent = ' '.repeat(1 + Math.floor(random() * 4));
          lines.push(`${key}:`);
          const subs = Math.floor(random() * 3);
          for (let j = 0; j < subs; j++) lines.push(`${random() < 0.9 ? indent : ' '.repeat(1 + Math.floor(random() * 4))}${pick(keys)}: ${pick(values)}`);
        } else if (shape < 0.25) {
          lines.push(`${key}:${pick(['', ' ', 'x', '  ' + pick(values)])}`);
        } else {
          lines.push(`${key}: ${pick(values)}`);
        }
        if (random() < 0.1) lines.push(pick(['', '   ', '# a comment', '  continued', '...', '- x']));
      }
      if (compare(lines.join('\n'), JSON.stringify(lines))) taken++;
    }
    expect(taken).toBeGreaterThan(400);
  });
});

describe('the front matter fast path declines what it does not read exactly', () => {
  const cases: [string, string][] = [
    ['a flow sequence', 'appliesTo: [Partner Center]'],
    ['a list at the key\'s own indentation', 'appliesTo:\n- Partner Center'],
    ['a list mixed with keys', 'appliesTo:\n  - Partner Center\n  type: x'],
    ['an empty list item', 'appliesTo:\n  -'],
    ['a list of maps', 'appliesTo:\n  - name: Partner Center'],
    ['a number', 'order: 3'],
    ['a boolean', 'draft: true'],
    ['a null', 'author: ~'],
    ['an escape in double quotes', 'title: "a\\"b"'],
    ['a comment', 'title: Reset # a password'],
    ['a multi-line plain scalar', 'title: Reset\n  a password'],
    ['two levels of nesting', 'translation:\n  source:\n    hash: abc'],
    ['uneven nesting', 'translation:\n  type: machine\n   sourceHash: abc'],
    ['a duplicate key', 'title: A\ntitle: B'],
    ['a tab', 'title:\tA'],
    ['a block scalar', 'description: |\n  Text'],
    ['an anchor', 'title: &a A'],
    ['a key YAML reads as a boolean', 'true: A'],
    ['nothing at all', '\n  \n'],
  ];
  for (const [what, yaml] of cases) {
    it(what, () => expect(fastFrontmatter(yaml, place)).toBeUndefined());
  }
});

/**
 * The checker's model of a page (scripts/check/extract.ts, over the site's reader
 * src/lib/mdx/read-page.ts): what the rules read, where it stands (line and column as the
 * editor shows them), and the pool that parses many files on every core.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/lib/generate-corpus.ts';
import { extractPage } from '../../../scripts/check/extract.ts';
import { listContentFiles } from '../../../scripts/check/files.ts';
import { extractAll } from '../../../scripts/check/pool.ts';

const front = '---\ntitle: "A page"\ndescription: "About it."\n---\n\n';
const page = (body: string, locale = 'en-us') => ({ file: `${locale}/partner-center/a-page.mdx`, bytes: Buffer.from(front + body) });

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('what a page model holds', () => {
  const both = (body: string, locale = 'en-us') => {
    const { file, bytes } = page(body, locale);
    return extractPage(file, bytes);
  };

  it('a # line inside a fenced block is not a heading', () => {
    expect(both('```md\n## Not a heading\n```\n\n## Real \\{#real\\}\n').headings.map((h) => h.id)).toEqual(['real']);
  });

  it('## without a space is text, not a heading', () => {
    expect(both('##Heading\n').headings).toEqual([]);
  });

  it('a link in a table cell is a link, and a cell is not a paragraph', () => {
    const model = both('| Partner Center help | English words only |\n| --- | --- |\n| [Reset a password](../reset/#a) | more English words here |\n', 'ja-jp');
    expect(model.links.map((l) => [l.url, l.line, l.column])).toEqual([['../reset/#a', 8, 3]]);
    expect(model.untranslated).toEqual([]);
  });

  it('a trailing # closing sequence is not part of the heading', () => {
    const model = both('## Set up ##\n\n## C# #\n\n## Tag#\n\n### ###\n');
    expect(model.headings.map((h) => [h.text, h.id])).toEqual([
      ['Set up', 'set-up'],
      ['C#', 'c'],
      ['Tag#', 'tag'],
      ['', ''],
    ]);
  });

  it('duplicate headings get -1, -2, and explicit ids are reserved first', () => {
    const model = both('## Setup\n\n## Setup\n\n## Setup\n\n## Other \\{#setup-2\\}\n');
    expect(model.headings.map((h) => h.id)).toEqual(['setup', 'setup-1', 'setup-3', 'setup-2']);
    expect(model.anchors.map((a) => [a.id, a.explicit])).toEqual([
      ['setup', false],
      ['setup-1', false],
      ['setup-3', false],
      ['setup-2', true],
      ['a-page', true],
    ]);
  });

  it('columns count UTF-16 code units, as micromark does: CJK one, an emoji two', () => {
    const model = both('日本語 [a](../x/) 😀 [b](#%E8%A8%AD%E5%AE%9A) 👍🏽[c](../y/)\n', 'ja-jp');
    // 日本語 and a space: 4; [a](../x/) 10, a space, 😀 2, a space: [b] at 19; 👍🏽 is 4 code units.
    expect(model.links.map((l) => l.column)).toEqual([5, 19, 48]);
    expect(model.links[1]!.target).toEqual({ kind: 'same-page', fragment: '設定' });
  });

  it('an explicit id in any script, after code, with a closing sequence', () => {
    const model = both('## 資格を得る \\{#資格\\}\n\n## Use `<Callout>` \\{#callout\\} ##\n\n## `code`\\{#c\\}\n');
    expect(model.headings.map((h) => [h.text, h.id])).toEqual([
      ['資格を得る', '資格'],
      ['Use <Callout>', 'callout'],
      ['code', 'c'],
    ]);
  });

  it('untranslated text is what mdast-util-to-string gives: link text, code, no URL', () => {
    const model = both('「設定」を選択します。\n\nRead the [partner guide](https://example.com/a/very/long/english/path) before you `sign in` today.\n', 'ja-jp');
    expect(model.untranslated).toEqual([{ excerpt: 'Read the partner guide before you sign in today.', line: 8, column: 1 }]);
  });

  it('a paragraph over lines: soft breaks are line feeds, a hard break is nothing', () => {
    const model = both('Sign in to the partner\ncenter with your work  \naccount and then continue on.\n', 'ko-kr');
    expect(model.untranslated[0]!.excerpt).toBe('Sign in to the partner\ncenter with your workaccount and t…');
  });

  it('list items start their paragraph after the marker', () => {
    const model = both('- Partner center admin role\n- [y](../x/)\n\n10. Sign in to partner center now\n', 'ru-ru');
    expect(model.untranslated.map((p) => [p.line, p.column])).toEqual([
      [6, 3],
      [9, 5],
    ]);
    expect(model.links[0]!.column).toBe(3);
  });

  it('empty link text, and emphasis in links and paragraphs', () => {
    const model = both('Text [](../a/) and [ ](../b/) and [**bold**](../c/) and *em* [x_y](../d/).\n');
    expect(model.links.map((l) => l.empty)).toEqual([true, true, false, false]);
  });

  it('code spans keep <, {, @ and URLs as text', () => {
    const model = both('Use `name@contoso.com`, `<Callout>` and `{x}` or `` a`b ``: see `https://example.com`.\n');
    expect(model.links).toEqual([]);
  });

  it('front matter with trailing spaces, and the source hash of the body', () => {
    const file = 'en-us/partner-center/a-page.mdx';
    const bytes = Buffer.from('---  \ntitle: T\ndescription: D\ntranslation:\n  type: source\n---\t \n## Heading\n');
    const model = extractPage(file, bytes);
    expect(model.sourceHash).toMatch(/^[0-9a-f]{40}$/);
    expect(model.frontmatter!.keyPlaces['translation.type']).toEqual({ line: 5, column: 3 });
  });

  it('unreadable and empty files give a fatal model, with a reason', () => {
    const reasons = [Buffer.alloc(0), Buffer.from('  \n'), Buffer.from([0xff, 0xfe, 0x00]), Buffer.from([0xc3, 0x28])].map((bytes) => extractPage('en-us/partner-center/a.mdx', bytes).fatal?.message);
    expect(reasons).toEqual([
      expect.stringMatching(/^The file is empty/),
      expect.stringMatching(/^The file has only white space/),
      expect.stringMatching(/^This is a binary file/),
      expect.stringMatching(/^The file is not valid UTF-8/),
    ]);
  });

  it('front matter is read as Astro reads it (js-yaml): an unquoted date, a duplicate key', () => {
    const file = 'en-us/partner-center/a-page.mdx';
    expect(extractPage(file, Buffer.from('---\ntitle: T\ndescription: D\ndate: 2018-05-21\n---\n\nText\n')).frontmatter!.data).toEqual({ title: 'T', description: 'D', date: '2018-05-21' });
    const duplicate = extractPage(file, Buffer.from('---\ntitle: T\ndescription: D\ntitle: U\n---\n\nText\n')).frontmatter!;
    expect(duplicate.yamlError).toMatchObject({ message: expect.stringMatching(/duplicated mapping key/), line: 4 });
  });

  it('MDX a page cannot render is reported where it is, with the fix', () => {
    const model = both('## Heading {#id}\n');
    expect(model.fatal).toMatchObject({ ruleId: 'mdx-parse', line: 6, message: expect.stringMatching(/escape the braces/) });
  });
});

describe('the pool', () => {
  it('gives every file’s model, in order, with worker threads sharing the files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'extract-pool-'));
    temps.push(root);
    generateCorpus(root, 100);
    const { pages } = listContentFiles(root);
    expect(pages.length).toBeGreaterThanOrEqual(400); // enough for worker threads
    const models = await extractAll(root, pages.map((file) => ({ file })));
    expect(models.map((m) => m.file)).toEqual(pages);
    for (const [i, file] of pages.entries()) expect(models[i]).toStrictEqual(extractPage(file, readFileSync(join(root, file))));
  }, 60_000);
});

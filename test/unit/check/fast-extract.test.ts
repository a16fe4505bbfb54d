/**
 * The fast path of the content check (scripts/check/fast-extract.ts) against the full parse
 * (extractPage): on every page it accepts, the very same PageModel; on anything outside its
 * subset, no answer (and the full parse takes over). Differential on the real content, every
 * checker fixture, a generated corpus and seeded random documents; then targeted cases.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/lib/generate-corpus.ts';
import { extractPage } from '../../../scripts/check/extract.ts';
import { fastExtractPage } from '../../../scripts/check/fast-extract.ts';
import { listContentFiles } from '../../../scripts/check/files.ts';
import { extractAll, extractOne } from '../../../scripts/check/pool.ts';

const repo = join(import.meta.dirname, '../../..');
const fixtures = join(repo, 'test/fixtures');
const front = '---\ntitle: "A page"\ndescription: "About it."\n---\n\n';
const page = (body: string, locale = 'en-us') => ({ file: `${locale}/partner-center/a-page.mdx`, bytes: Buffer.from(front + body) });

/** Fast and full models of every page under `root`: how many the fast path took. */
function compareTree(root: string): { files: number; fast: number } {
  const { pages } = listContentFiles(root);
  let fast = 0;
  for (const file of pages) {
    if (!existsSync(join(root, file))) continue; // a broken link, as check-bad-files has: nothing to parse
    const bytes = readFileSync(join(root, file));
    const model = fastExtractPage(file, bytes);
    if (!model) continue;
    fast++;
    expect(model, file).toStrictEqual(extractPage(file, bytes));
  }
  return { files: pages.length, fast };
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('the fast path gives the full parse’s model', () => {
  it('on every content page it takes', () => {
    const { files, fast } = compareTree(join(repo, 'content'));
    expect(files).toBeGreaterThan(0);
    expect(fast).toBeGreaterThan(0);
  });

  it('on every page of every fixture tree it takes (each tree a content root)', () => {
    const trees = readdirSync(fixtures).filter((name) => name.startsWith('check-') || name.startsWith('migrate-'));
    expect(trees.filter((name) => name.startsWith('check-')).length).toBeGreaterThan(10);
    let fast = 0;
    for (const tree of trees) fast += compareTree(join(fixtures, tree)).fast;
    expect(fast).toBeGreaterThan(20);
  });

  describe('on a generated corpus', () => {
    let root = '';
    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'fast-extract-'));
      temps.push(root);
      generateCorpus(root, 40);
    });

    it('and takes the large majority of its pages', () => {
      const { files, fast } = compareTree(root);
      expect(files).toBe(200);
      expect(fast / files).toBeGreaterThan(0.9);
    });
  });

  it('on seeded random documents of tricky lines (whenever it takes one)', () => {
    const { cases, fast } = fuzz(1500, 20261121);
    expect(cases).toBe(1500);
    // Enough of them in the subset for the comparison to mean something.
    expect(fast).toBeGreaterThan(200);
  });
});

describe('the fast path declines what could change the parse', () => {
  const tricky: [construct: string, body: string][] = [
    ['a JSX element', 'Text <Callout type="note">x</Callout> here.'],
    ['a JSX flow element', '<EligibilityChecker />'],
    ['an HTML comment', '<!-- note -->'],
    ['an expression', 'Total: {1 + 1}.'],
    ['a brace', 'A } alone.'],
    ['a backslash escape', 'Not \\*emphasis\\*.'],
    ['an unclosed code span', 'A ` alone.'],
    ['a code span over two lines', 'A `code\nspan` here.'],
    ['a character reference', 'Fish &amp; chips.'],
    ['an ampersand', 'Fish & chips.'],
    ['a backtick fence', '```\n## Not a heading\n```'],
    ['a tilde fence', '~~~\n## Not a heading\n~~~'],
    ['an image', 'See ![the chart](chart.png).'],
    ['a link reference definition', '[docs]: https://example.com'],
    ['a full reference link', 'See [the docs][docs].'],
    ['a shortcut reference', 'See [docs].'],
    ['a lone closing bracket', 'A ] alone.'],
    ['a link with a title', 'See [docs](https://example.com "Docs").'],
    ['a link in angle brackets', 'See [docs](<../a page/>).'],
    ['a link with parentheses', 'See [docs](../a(b)/).'],
    ['a link with a space', 'See [docs]( ../a/).'],
    ['nested brackets', 'See [a [b] c](../a/).'],
    ['an empty destination', 'See [docs]().'],
    ['an http autolink literal', 'See https://example.com for more.'],
    ['a www autolink literal', 'See www.example.com for more.'],
    ['an e-mail address', 'Write to partner@example.com.'],
    ['a mailto literal', 'Write to mailto:partner.'],
    ['a setext heading (===)', 'Title\n==='],
    ['a setext heading (---)', 'Title\n---'],
    ['a thematic break', '***'],
    ['a block quote', '> Quoted.'],
    ['an indented line', '    indented'],
    ['an indented continuation of a list item', '- item\n  continued'],
    ['a lazy continuation of a list item', '- item\nlazy'],
    ['a heading inside a list item', '- ## Heading'],
    ['a nested list', '- - item'],
    ['a task list item', '- [ ] to do'],
    ['two lists with different delimiters', '1. one\n2) two'],
    ['a list right after a paragraph', 'Text\n- item'],
    ['a heading right after a list item', '- item\n## Heading'],
    ['emphasis in a heading', '## Heading *emphasis*'],
    ['underscores in a heading', '## A _b_ c'],
    ['strikethrough in a heading', '## A ~b~ c'],
    ['a link in a heading', '## See [docs](../a/)'],
    ['a heading without a space', '##Heading'],
    ['seven hashes', '####### Seven'],
    ['an unescaped id', '## Heading {#id}'],
    ['an id with a space', '## Heading \\{#a b\\}'],
    ['a footnote call', 'Text[^1] here.'],
    ['a footnote definition', '[^1]: The note.'],
    ['a tab', 'Text\twith a tab.'],
    ['a carriage return', 'Text.\r\n\r\nMore.'],
    ['MDX ESM export', 'export const meta = 1'],
    ['MDX ESM import', "import X from './x.js'"],
    ['a table row with fewer cells', '| a | b |\n| - | - |\n| c |'],
    ['a table whose delimiter row does not match', '| a |\n| - | - |'],
    ['text right after a table', '| a |\n| - |\n| b |\nnot a row'],
    ['a table row without its closing pipe', '| a | b |\n| - | - |\n| c | d'],
    ['a number that looks like an ordered item', '1.5 million partners.'],
    ['an empty list item', '-'],
    ['a + line', '+1 for this.'],
  ];

  it.each(tricky)('%s', (_construct, body) => {
    const { file, bytes } = page(body, 'ja-jp');
    expect(fastExtractPage(file, bytes)).toBeUndefined();
    // The full parse still reads it (a model, with a `fatal` message where MDX rejects it).
    const model = extractPage(file, bytes);
    expect(model.file).toBe(file);
    // And the pool's extractOne gives exactly the full parse.
    expect(extractOne(file, bytes)).toStrictEqual(model);
  });

  it('declines a page without front matter, or with unclosed front matter', () => {
    expect(fastExtractPage('en-us/partner-center/a.mdx', Buffer.from('## Heading\n'))).toBeUndefined();
    expect(fastExtractPage('en-us/partner-center/a.mdx', Buffer.from('---\ntitle: x\n## Heading\n'))).toBeUndefined();
  });

  it('declines an emphasised translated paragraph it cannot be sure of', () => {
    const { file, bytes } = page('Partner *Center* incentives program details.', 'ja-jp');
    expect(fastExtractPage(file, bytes)).toBeUndefined();
    expect(extractPage(file, bytes).untranslated).toHaveLength(1);
  });
});

describe('where a naive line scanner would be wrong', () => {
  /** The fast model, checked equal to the full one. */
  const both = (body: string, locale = 'en-us') => {
    const { file, bytes } = page(body, locale);
    const fast = fastExtractPage(file, bytes);
    expect(fast).toBeDefined();
    expect(fast).toStrictEqual(extractPage(file, bytes));
    return fast!;
  };

  it('a # line inside a fenced block is not a heading (declined, and the full parse agrees)', () => {
    const { file, bytes } = page('```md\n## Not a heading\n```\n\n## Real \\{#real\\}\n');
    expect(fastExtractPage(file, bytes)).toBeUndefined();
    expect(extractPage(file, bytes).headings.map((h) => h.id)).toEqual(['real']);
  });

  it('## without a space is text, not a heading (declined, and the full parse agrees)', () => {
    const { file, bytes } = page('##Heading\n');
    expect(fastExtractPage(file, bytes)).toBeUndefined();
    expect(extractPage(file, bytes).headings).toEqual([]);
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
    const fast = fastExtractPage(file, bytes);
    expect(fast).toStrictEqual(extractPage(file, bytes));
    expect(fast!.sourceHash).toMatch(/^[0-9a-f]{40}$/);
    expect(fast!.frontmatter!.keyPlaces['translation.type']).toEqual({ line: 5, column: 3 });
  });

  it('unreadable and empty files give the full parse’s fatal model', () => {
    for (const bytes of [Buffer.alloc(0), Buffer.from('  \n'), Buffer.from([0xff, 0xfe, 0x00]), Buffer.from([0xc3, 0x28])]) {
      const fast = fastExtractPage('en-us/partner-center/a.mdx', bytes);
      expect(fast?.fatal).toBeDefined();
      expect(fast).toStrictEqual(extractPage('en-us/partner-center/a.mdx', bytes));
    }
  });
});

describe('the pool', () => {
  it('gives every file’s model, in order, with worker threads sharing the files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fast-extract-pool-'));
    temps.push(root);
    generateCorpus(root, 100);
    const { pages } = listContentFiles(root);
    expect(pages.length).toBeGreaterThanOrEqual(400); // enough for worker threads
    const models = await extractAll(root, pages.map((file) => ({ file })));
    expect(models.map((m) => m.file)).toEqual(pages);
    for (const [i, file] of pages.entries()) expect(models[i]).toStrictEqual(extractOne(file, readFileSync(join(root, file))));
  }, 60_000);
});

/**
 * Seeded random documents: blocks (headings, paragraphs, lists, tables, odd lines) made of
 * tricky inline pieces; every one the fast path takes must equal the full parse.
 */
function fuzz(count: number, seed: number): { cases: number; fast: number } {
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const scripts: Record<string, string[]> = {
    'en-us': ['partner', 'center', 'user', 'admin', 'Role'],
    'zh-tw': ['合作夥伴', '獎勵'],
    'ru-ru': ['партнер', 'центр'],
    'ko-kr': ['파트너', '센터'],
    'ja-jp': ['パートナー', '設定'],
  };
  const common = ['partner', 'center', 'user', 'admin', '😀', 'x', '1', '2024', 'a', 'A'];
  const safe = ['[link](../page/)', '[link](#sec)', '[](x)', '[ ](x)', '[a b](../p/#%E3%83%91)', '`code`', '`` a`b ``', '` `', '` a `', '`<b>{x}`', '`a@b.c`', '*', '**', '_', '~', '*em*', '**strong**', '|', '#', '!', '>', '(', ')', '"', "'", '  ', ':', '\u3000', 'é', '😀[x](y)', '[**x**](y)', '`*`'];
  const risky = ['<b>', '{x}', '\\{', '&amp;', 'www.x.com', 'a@b.c', 'http://x.y', '![a](b)', '[x]', ']', '[^1]', '[a](b "t")', '[a](<b>)', '`', '```', '\\', 'import', '1.', '-', '+', '='];
  let fast = 0;
  for (let n = 0; n < count; n++) {
    const tricky = pick([0.01, 0.03, 0.2]);
    const locale = pick(Object.keys(scripts));
    const words = random() < 0.2 ? [...common, '合作夥伴', 'центр', '파트너', 'パートナー'] : [...common, ...scripts[locale]!, ...scripts[locale]!];
    const inline = (length = 1 + Math.floor(random() * 8)) =>
      Array.from({ length }, (_, i) => (i === 0 && random() < 0.7 ? pick(words) : random() < 0.55 ? pick(words) : random() < tricky ? pick(risky) : pick(safe))).join(random() < 0.7 ? ' ' : '');
    const trailing = () => pick(['', '', '', ' ', '  ']);
    const row = (cells: number) => `|${Array.from({ length: cells }, () => pick([' ', '']) + inline(1 + Math.floor(random() * 3)) + pick([' ', ''])).join('|')}${random() < tricky ? '' : '|'}`;
    const block = (): string[] => {
      const r = random();
      if (r < 0.2) {
        const id = random() < tricky ? pick([' {#y}', ' \\{#a b\\}', ' \\{#www.x\\}']) : pick(['', ' \\{#sec-1\\}', '\\{#x\\}', ' \\{#日本\\}']);
        return ['#'.repeat(1 + Math.floor(random() * (random() < tricky ? 7 : 6))) + (random() < tricky ? pick(['', '  ']) : ' ') + inline(1 + Math.floor(random() * 4)) + pick(['', '', ' ##', '#']) + id + trailing()];
      }
      if (r < 0.45) return Array.from({ length: random() < 0.7 ? 1 : 2 + Math.floor(random() * 2) }, () => inline() + trailing());
      if (r < 0.7) {
        const marker = () => (random() < tricky ? pick(['-  ', '-', '2) ', '1234567890. ']) : pick(['- ', '* ', '1. ', '3. ', '+ ']));
        const first = marker();
        return Array.from({ length: 1 + Math.floor(random() * 4) }, () => (random() < 0.8 ? first : marker()) + inline() + trailing());
      }
      if (r < 0.85) {
        const cells = 1 + Math.floor(random() * 3);
        const delimiter = `|${Array.from({ length: random() < tricky ? cells + 1 : cells }, () => pick([' --- ', '-', ':-:', '---:'])).join('|')}|`;
        return [row(cells), delimiter, ...Array.from({ length: Math.floor(random() * 3) }, () => row(random() < tricky ? cells + 1 : cells))];
      }
      if (random() > tricky) return [inline()];
      return [pick(['---', '***', '===', '> quote', '    code', '```', '~~~', '<div>', 'export const a = 1', '[a]: /b', '- ## h', '- [ ] task', 'text\n===', '- a\n  b', '1. a\n2) b', '- a\nlazy', '```\n# h\n```', '##no space', '| a |\n| - |\n| b |\nnot a row'])];
    };
    const separator = random() < 0.1 ? '\n' : pick(['\n\n', '\n\n', '\n   \n']);
    const body = Array.from({ length: 1 + Math.floor(random() * 8) }, () => block().join('\n')).join(separator) + pick(['', '\n']);
    const head = pick(['---\ntitle: "T"\ndescription: "D"\n---\n', '---\ntitle: T\ndescription: D\n---  \n', '---\n---\n']);
    const file = `${locale}/partner-center/p.mdx`;
    const bytes = Buffer.from(head + body);
    const model = fastExtractPage(file, bytes);
    if (!model) continue;
    fast++;
    expect(model, JSON.stringify(head + body)).toStrictEqual(extractPage(file, bytes));
  }
  return { cases: count, fast };
}

/**
 * The check's own reader of legacy files (scripts/migrate/verify/legacy-reader/): the locale,
 * the slug, the segments, anchors and links, and the front matter values, read from files as
 * broken as the real ones: never a throw, every problem reported.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legacyInventory, type LegacyInventory, type LegacyRead } from '../../../scripts/migrate/verify/check-legacy.ts';
import { formatMessages } from '../../../scripts/migrate/messages.ts';
import { repoRoot, seedFiles, tempDir } from './helpers.ts';

function readText(name: string, text: string | Buffer): LegacyRead {
  const path = join(tempDir('verify-reader-'), name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return legacyInventory(path);
}

function inventory(name: string, text: string): LegacyInventory {
  const read = readText(name, text);
  if (!('locale' in read)) throw new Error(`not read: ${formatMessages(read.file).join('\n')}`);
  return read;
}

const rules = (read: LegacyRead) => read.file.messages.map((m) => `${m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info'} ${m.ruleId}`);
const sxs = (id: string, translated: string, english: string) =>
  `<span data-ttu-id="${id}">${translated}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

describe('the check reads a seed', () => {
  it('finds the locale, the slug, every segment and anchor, the front matter values', () => {
    const path = seedFiles()[0]!;
    const text = readFileSync(path, 'utf8');
    const read = legacyInventory(path, repoRoot);
    if (!('locale' in read)) throw new Error('seed not read');
    expect(read.locale).toBe('zh-tw');
    expect(read.slug).toBe('partner-incentives-is-now-on-partner-center');
    expect(read.sideBySide).toBe(true);
    expect(read.segments).toHaveLength(text.match(/data-ttu-id=/g)!.length);
    expect(read.anchors.map((a) => a.id)).toEqual([...text.matchAll(/<a name="([^"]+)"/g)].map((m) => m[1]));
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(read.anchors[0]).toMatchObject({ id: 'partner-incentives-is-now-on-partner-center', h1: true, where: { line: lineOf('# <a name='), column: 3 } });
    // `##<a name=…>` (no space): the column is the file's.
    expect(read.anchors[1]).toMatchObject({ h1: false, where: { line: lineOf('##<a name='), column: 3 } });
    expect(read.segments[0]).toMatchObject({
      id: '31616-101',
      kind: 'front-matter',
      fields: [
        { key: 'title', value: '合作夥伴獎勵現在位於合作夥伴中心', english: 'Partner Incentives is now on Partner Center' },
        { key: 'description', value: '獎勵計畫鼓勵合作夥伴發展新的行銷技術、提供訓練等', english: 'Incentives programs encourage partners to develop new marketing techniques, offer training, and more' },
      ],
    });
    expect(read.segments.map((s) => s.kind).slice(2, 5)).toEqual(['h1', 'applies-label', 'applies-item']);
    expect(read.frontMatter).toMatchObject({ title: '合作夥伴獎勵現在位於合作夥伴中心', author: ['labrenne', 'labrenne'], type: ['human', 'machine'], sourceHashOfEnglish: true });
    expect(rules(read)).toEqual(expect.arrayContaining(['warning front-matter-unclosed', 'warning locale-detected']));
  });
});

describe('broken front matter: read, reported, never thrown', () => {
  const body = '\n# <a name="page"></a>見出し\n\nテキスト。\n';
  it.each([
    ['never closed', `---\ntitle: 題 | パートナー センター\ndescription: 説明\n${body}`, { title: '題', description: '説明' }, ['warning front-matter-unclosed']],
    ['translated keys and full-width colons', `---\nタイトル：題\n説明: 説明文\n作成者：kim\n---${body}`, { title: '題', description: '説明文', author: ['kim'] }, []],
    ['title and description merged', `---\ntitle: 題 | パートナー センター description: 説明\n---${body}`, { title: '題', description: '説明' }, []],
    ['empty description and author', `---\ntitle: 題\ndescription: ''\nauthor:\n---${body}`, { title: '題' }, ['warning front-matter-empty', 'warning front-matter-empty']],
    ['HT', `---\nms.translationtype: HT\n---${body}`, { type: ['human'] }, []],
    ['MT', `---\nms.translationtype: MT\n---${body}`, { type: ['machine'] }, []],
    ['Human Translation', `---\ntranslationtype: Human Translation\n---${body}`, { type: ['human'] }, []],
    ['an unknown type', `---\nms.translationtype: XX\n---${body}`, { type: ['human', 'machine'] }, ['warning translation-type']],
    ['a hash and dates', `---\nms.openlocfilehash: 0E1FC66\nms.date: 10/29/2018\nms.lasthandoff: 04/08/2018\n---${body}`, { sourceHash: '0e1fc66', date: '2018-10-29', sourceDate: '2018-04-08' }, []],
    ['a line that is no front matter', `---\n  stray\ntitle: 題\n---${body}`, { title: '題' }, ['warning front-matter-line']],
    ['Markdown before the closing delimiter', `---\ntitle: 題\n<b>?</b>\n---${body}`, { title: '題' }, ['warning front-matter-unclosed']],
  ])('%s', (_, text, expected, reported) => {
    const read = inventory('ja-jp/partner-center/page.md', text);
    expect(read.frontMatter).toEqual(expect.objectContaining(expected));
    if (!('description' in expected)) expect(read.frontMatter.description).toBeUndefined();
    expect(rules(read).filter((r) => !r.startsWith('info'))).toEqual(reported);
  });

  it('unwraps values written side by side, keeping their English as a segment', () => {
    const title = sxs('a1-101', '題 | パートナー センター', 'Title | Partner Center').replace(/"/g, '\\"');
    const read = inventory('ja-jp/partner-center/page.md', `---\ntitle: "${title}"\n---${body}`);
    expect(read.frontMatter.title).toBe('題');
    expect(read.segments[0]).toMatchObject({ id: 'a1-101', kind: 'front-matter', fields: [{ key: 'title', value: '題', english: 'Title' }], where: { line: 2 } });
  });

  it.each([
    ['binary', Buffer.from('---\ntitle: x\0\n'), 'error binary-file'],
    ['empty', '', 'error empty-file'],
    ['UTF-16', Buffer.from([0xff, 0xfe, 0x41, 0]), 'error not-utf8'],
    ['invalid UTF-8', Buffer.from([0x41, 0xc3, 0x28]), 'error invalid-utf8'],
  ])('refuses a %s file with an error', (_, content, rule) => {
    const read = readText('ja-jp/partner-center/page.md', content);
    expect('locale' in read).toBe(false);
    expect(rules(read)).toEqual([rule]);
  });

  it('reads a file that is only a delimiter, or only front matter', () => {
    expect(() => readText('ja-jp/partner-center/page.md', '---\n')).not.toThrow();
    expect(inventory('ja-jp/partner-center/page.md', '---\ntitle: 題\n---\n').frontMatter.title).toBe('題');
  });
});

describe('which page a file is', () => {
  it('takes `ms.contentlocale` over the folder, the folder over the script', () => {
    expect(inventory('ja-jp/partner-center/page.md', '---\nms.contentlocale: ko-KR\n---\n텍스트\n').locale).toBe('ko-kr');
    expect(inventory('ja-jp/partner-center/page.md', 'English only.\n').locale).toBe('ja-jp');
    const detected = inventory('legacy/page.md', 'Текст по-русски.\n');
    expect(detected.locale).toBe('ru-ru');
    expect(rules(detected)).toContain('warning locale-detected');
  });

  it('takes a hashed file name\'s slug from the H1 anchor, else from the English H1', () => {
    expect(inventory('ja-jp/007_0123456789abcdef.txt', '# <a name="from-anchor"></a>見出し\n').slug).toBe('from-anchor');
    expect(inventory('ja-jp/007_0123456789abcdef.txt', `# ${sxs('x-1', '見出し', 'The English Title')}\n`).slug).toBe('the-english-title');
    const none = readText('ja-jp/007_0123456789abcdef.txt', '# 見出し\n');
    expect(rules(none)).toContain('error slug');
  });

  it('does not check a table of contents as a page', () => {
    const read = readText('ja-jp/partner-center/TOC.md', '# [ページ](page.md)\n');
    expect(read).toMatchObject({ skipped: 'table of contents' });
    expect(rules(read)).toEqual(['warning table-of-contents']);
  });
});

describe('segments, anchors and links', () => {
  it('reads positions in the file, also on `##<a name>` lines (no space after the hashes)', () => {
    const read = inventory('ja-jp/partner-center/page.md', `# <a name="page"></a>題\n\n##<a name="next"></a>${sxs('x-2', '次', 'Next')}\n`);
    expect(read.anchors).toEqual([
      { id: 'page', h1: true, where: { line: 1, column: 3 } },
      { id: 'next', h1: false, where: { line: 3, column: 3 } },
    ]);
    expect(read.segments).toEqual([{ id: 'x-2', kind: 'body', text: '次', english: 'Next', where: { line: 3, column: 22 } }]);
  });

  it('counts a link once (not its copy in the English), also inside a span CommonMark leaves as raw HTML', () => {
    const text = [
      `1. <span data-ttu-id="x-3">`,
      `   [訳](a.md)と **太字**。</span><span class="sxs-lookup"><span data-stu-id="x-3">[English](a.md) and **bold**.</span></span>`,
      '',
      `${sxs('x-4', '<a href="https://example.com/">外部</a>', '<a href="https://example.com/">external</a>')} ${sxs('x-5', '`<span data-ttu-id="q">`', '`<span data-ttu-id="q">`')}`,
      '',
      `[${sxs('x-6', '全体', 'Whole')}](b.md#part)`,
    ].join('\n');
    const read = inventory('ja-jp/partner-center/page.md', text);
    expect(read.segments.map((s) => [s.id, s.text, s.english])).toEqual([
      ['x-3', '訳と 太字。', 'English and bold.'],
      ['x-4', '外部', 'external'],
      ['x-5', '<span data-ttu-id="q">', '<span data-ttu-id="q">'],
      ['x-6', '全体', 'Whole'],
    ]);
    // Each with the English links of its pair (the en-us page's counterparts).
    expect(read.links).toEqual([
      { url: 'a.md', text: '訳', where: { line: 2, column: 4 }, pair: { id: 'x-3', english: [{ url: 'a.md', text: 'English' }] } },
      { url: 'https://example.com/', text: '外部', where: { line: 4, column: 25 }, pair: { id: 'x-4', english: [{ url: 'https://example.com/', text: 'external' }] } },
      { url: 'b.md#part', text: '全体', where: { line: 6, column: 1 }, pair: { id: expect.any(String), english: [{ url: 'b.md#part', text: 'Whole' }] } },
    ]);
  });

  it('reads the blocks of a page written in one language, and a second `#` heading as body', () => {
    const read = inventory('ja-jp/partner-center/page.md', '# 題\n\n**適用対象**\n- パートナー センター\n\n段落。\n\n# 二つ目\n\n| A | B |\n|---|---|\n| セル | `code` |\n');
    expect(read.sideBySide).toBe(false);
    expect(read.segments.map((s) => [s.kind, s.text])).toEqual([
      ['h1', '題'],
      ['applies-label', '適用対象'],
      ['applies-item', 'パートナー センター'],
      ['body', '段落。'],
      ['body', '二つ目'],
      ['body', 'A'],
      ['body', 'B'],
      ['body', 'セル'],
      ['body', 'code'],
    ]);
  });
});

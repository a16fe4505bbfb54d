/** Unit tests of the importer's small modules, on the cases the golden files do not spell out. */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { expectedLink } from '../../../scripts/migrate/verify/check.ts';
import { parseArgs, UsageError } from '../../../scripts/migrate/cli-args.ts';
import { outsideInlineCode } from '../../../scripts/migrate/read/body-lines.ts';
import { entryFor, readFrontMatter, stringValue } from '../../../scripts/migrate/read/front-matter.ts';
import { legacyDate, translationTypeOf } from '../../../scripts/migrate/convert/front-matter-values.ts';
import { decodeEntities, tokenizeHtml } from '../../../scripts/migrate/repair/html-tokens.ts';
import { firstInvalidUtf8 } from '../../../scripts/migrate/read/input-text.ts';
import { chooseLocale, detectLocale } from '../../../scripts/migrate/read/locale.ts';
import { formatMessages } from '../../../scripts/migrate/messages.ts';
import { slugFromFileName } from '../../../scripts/migrate/read/slug.ts';
import { splitMergedTitle, stripTitleSuffix } from '../../../scripts/migrate/repair/title-suffix.ts';
import { isAppliesToLabel } from '../../../scripts/migrate/repair/translated-keys.ts';

describe('title suffixes and merged title lines', () => {
  it.each([
    ['Reset a user password | Partner Center', 'Reset a user password'],
    ['重設密碼 | 合作夥伴中心', '重設密碼'],
    ['パスワード | パートナー センター', 'パスワード'],
    ['Сброс пароля | Центр партнеров', 'Сброс пароля'],
    ['암호 재설정 | 파트너 센터', '암호 재설정'],
  ])('drops the product suffix from %s', (value, title) => {
    expect(stripTitleSuffix(value)).toMatchObject({ title });
  });

  it('keeps an unknown suffix and says so', () => {
    expect(stripTitleSuffix('Billing | Azure')).toEqual({ title: 'Billing | Azure', unknownSuffix: 'Azure' });
  });

  it.each([
    ['Partner Incentives is now on Partner Center | Partner Center description: Incentives programs', 'Partner Incentives is now on Partner Center', 'Incentives programs', '| Partner Center description:'],
    ['合作夥伴獎勵現在位於合作夥伴中心 | 合作夥伴中心描述：獎勵計畫', '合作夥伴獎勵現在位於合作夥伴中心', '獎勵計畫', '| 合作夥伴中心描述：'],
    ['В Центре партнеров | Описание в Центре партнеров: Программы', 'В Центре партнеров', 'Программы', '| Описание в Центре партнеров:'],
    ['파트너 센터에서 | 파트너 센터 설명: 인센티브', '파트너 센터에서', '인센티브', '| 파트너 센터 설명:'],
  ])('splits %s', (value, title, description, junction) => {
    expect(splitMergedTitle(value)).toMatchObject({ title, description, junction, suffixIsProduct: true });
  });

  it('does not split a title without a description key', () => {
    expect(splitMergedTitle('Reset a user password | Partner Center')).toBeUndefined();
  });
});

describe('front matter reader', () => {
  const read = (text: string) => {
    const file = new VFile({ path: 'x.md' });
    return { ...readFrontMatter(text, file), messages: formatMessages(file, process.cwd()) };
  };

  it('does not swallow the body of never-closed front matter, even a `Note:` line or a later `---`', () => {
    const { frontMatter, body, messages } = read('---\ntitle: T\ndescription: D\n\nNote: this is body text.\n\n---\n\nMore body.\n');
    expect(frontMatter.range).toEqual({ start: 1, end: 3 });
    expect(body.split('\n').slice(4)).toEqual(['Note: this is body text.', '', '---', '', 'More body.', '']);
    expect(messages[0]).toMatch(/^x\.md:1:1 {2}warning {2}Front matter opened on line 1 is never closed; closed it after line 3/);
  });

  it('reads lists, quoted values and full-width colons', () => {
    const { frontMatter } = read('---\ntitle: "A: quoted \\"title\\""\n作者：labrenne\nkeywords:\n  - a\n  - b\n---\n');
    expect(stringValue(entryFor(frontMatter.entries, 'title'))).toBe('A: quoted "title"');
    expect(stringValue(entryFor(frontMatter.entries, 'author'))).toBe('labrenne');
    expect(entryFor(frontMatter.entries, 'keywords')?.value).toEqual(['a', 'b']);
  });

  it('reports a key given twice with different values and keeps the later', () => {
    const { frontMatter, messages } = read('---\ntitle: Old\n---\ntitle: New\nms.date: 01/02/2019\n---\nBody\n');
    expect(stringValue(entryFor(frontMatter.entries, 'title'))).toBe('New');
    expect(messages).toContain('x.md:4:1  warning  `title` is given twice (lines 2 and 4) with different values; kept the later `New`, dropped `Old`  front-matter-conflict');
  });

  it('leaves a file without front matter alone', () => {
    const { frontMatter, body } = read('# Title\n\nText: with a colon.\n');
    expect(frontMatter.range).toBeUndefined();
    expect(body).toBe('# Title\n\nText: with a colon.\n');
  });
});

describe('dates, translation types, slugs', () => {
  it.each([
    ['10/29/2018', '2018-10-29'],
    ['3/5/2019', '2019-03-05'],
    ['2019-03-05', '2019-03-05'],
    ['02/30/2019', undefined],
    ['yesterday', undefined],
  ])('reads the legacy date %s', (value, expected) => {
    expect(legacyDate(value)).toBe(expected);
  });

  it('maps ms.translationtype', () => {
    expect([translationTypeOf('HT'), translationTypeOf('mt'), translationTypeOf('MTE')]).toEqual(['human', 'machine', undefined]);
  });

  it('takes slugs from file names only when they are slugs', () => {
    expect(slugFromFileName('/a/reset-a-user-password.md')).toBe('reset-a-user-password');
    expect(slugFromFileName('/a/000_870ede6414386827.txt')).toBeUndefined();
    expect(slugFromFileName('/a/Reset_Password.md')).toBeUndefined();
  });

  it('knows the translated "Applies to" labels', () => {
    for (const label of ['Applies to', '適用於', 'Область применения', '적용 대상', '適用対象', 'Applies to:']) expect(isAppliesToLabel(label), label).toBe(true);
    expect(isAppliesToLabel('See also')).toBe(false);
  });
});

describe('locale', () => {
  it.each([
    ['파트너 센터에서 파트너 인센티브를 사용할 수 있습니다', 'ko-kr'],
    ['パートナー センターにパートナー インセンティブ', 'ja-jp'],
    ['合作夥伴獎勵現在位於合作夥伴中心', 'zh-tw'],
    ['В Центре партнеров появились программы', 'ru-ru'],
    ['Partner Incentives is now on Partner Center', 'en-us'],
    // Half translated: a few Chinese lines in an English page still read as Chinese.
    [`${'Whether you are doing business in the cloud. '.repeat(20)}登入合作夥伴中心，設定您的獎勵使用者`, 'zh-tw'],
    // One Japanese word in an English page does not make it Japanese.
    [`${'Sign in to Partner Center and open the dashboard. '.repeat(20)}パ`, 'en-us'],
  ])('detects the script of %s', (text, locale) => {
    expect(detectLocale(text).locale).toBe(locale);
  });

  it('prefers ms.contentlocale, then --locale, and warns when the text disagrees', () => {
    const file = new VFile({ path: 'x.md' });
    const entry = { key: 'ms.contentlocale', writtenKey: 'ms.contentlocale', value: 'ja-JP', line: 3, column: 1 };
    expect(chooseLocale(entry, 'ko-kr', 'パートナー', file)).toBe('ja-jp');
    expect(chooseLocale(undefined, 'ko-kr', 'Партнеры центра', file)).toBe('ko-kr');
    expect(chooseLocale({ ...entry, value: 'de-DE' }, undefined, 'Text', file)).toBeUndefined();
    expect(formatMessages(file, process.cwd())).toEqual([
      'x.md:1:1  warning  Used `--locale ko-kr`, but the text reads as ru-ru (Cyrillic (0 Hangul, 0 kana, 0 Han, 14 Cyrillic, 0 Latin letters))  locale',
      'x.md:3:1  warning  `--locale ko-kr` ignored: the file says `ms.contentlocale: ja-JP`  locale',
      "x.md:3:1  error  `ms.contentlocale: de-DE` is not one of the site's locales (en-us, zh-tw, ru-ru, ko-kr, ja-jp)  locale",
    ]);
  });
});

describe('raw HTML tokens and URLs', () => {
  it('decodes named and numeric references, keeps unknown ones', () => {
    expect(decodeEntities('&amp; &lt; &copy; &#233; &#xE9; &nbsp; &bogus; &#0;')).toBe('& < © é é \u00A0 &bogus; \uFFFD');
  });

  it('reads a script body as text, not tags', () => {
    const tokens = tokenizeHtml('<script>if (a < b) document.write("<b>x</b>")</script>');
    expect(tokens.map((t) => t.kind)).toEqual(['open', 'text', 'close']);
  });

  it('reads attributes in every quoting style', () => {
    const [open] = tokenizeHtml(`<a href='x.md' name=y data-x="a &amp; b" hidden>`);
    expect(open).toMatchObject({ kind: 'open', name: 'a', attributes: [{ name: 'href', value: 'x.md' }, { name: 'name', value: 'y' }, { name: 'data-x', value: 'a & b' }, { name: 'hidden', value: undefined }] });
  });

  it('finds the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('añ€😀'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc3]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(0);
  });

  it('leaves inline code alone', () => {
    expect(outsideInlineCode('a `b` c ``d ` e`` f', (part) => part.toUpperCase())).toBe('A `b` C ``d ` e`` F');
    expect(outsideInlineCode('unclosed `code', (part) => part.toUpperCase())).toBe('UNCLOSED `CODE');
  });
});

describe("the check's own link mapping", () => {
  it.each([
    ['page.md', '../page/'],
    ['Page.MD#Anchor', '../page/#Anchor'],
    ['..\\x\\page.md', '../page/'],
    ['/partner-center/page', '../page/'],
    ['/en-us/partner-center/page.md#a', '../page/#a'],
    ['https://docs.microsoft.com/en-us/partner-center/page', '../page/'],
    ['/azure/x', 'https://learn.microsoft.com/en-us/azure/x'],
    ['#local', '#local'],
    ['https://example.com', 'https://example.com'],
  ])('expects %s at %s', (written, url) => {
    expect(expectedLink(written)).toMatchObject({ url });
  });
});

describe('command line', () => {
  it('reads the options', () => {
    expect(parseArgs(['seeds', '--out', 'c', '--locale', 'KO-KR', '--dry-run'])).toEqual({ mode: 'import', inputs: ['seeds'], out: 'c', locale: 'ko-kr', dryRun: true, force: false, beside: false });
    expect(parseArgs(['--check', 'a.md', '--out=x'])).toMatchObject({ mode: 'check', inputs: ['a.md'], out: 'x' });
    expect(parseArgs(['a.md', '--force'])).toMatchObject({ force: true, beside: false });
    expect(parseArgs(['a.md', '--beside'])).toMatchObject({ force: false, beside: true });
  });

  it('imports the repository\'s sources when no path is given, the seeds first', () => {
    expect(parseArgs([]).inputs).toEqual(['content/legacy/seeds', 'content/legacy/partner-center-pr-2018']);
    expect(parseArgs(['--check']).inputs).toEqual(['content/legacy/seeds', 'content/legacy/partner-center-pr-2018']);
  });

  it.each([[['--check', '--force', 'a']], [['--locale', 'xx-yy', 'a']], [['--nope', 'a']], [['--check', '--locale', 'ja-jp', 'a']], [['a', '--out']]])('refuses %j', (args) => {
    expect(() => parseArgs(args)).toThrow(UsageError);
  });
});

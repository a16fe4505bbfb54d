/**
 * The docset's table of contents: legacy TOC.md → entries (read/toc.ts) → each locale's table and
 * the en-us one (convert/toc.ts, convert/toc-compare.ts) → `content/toc/<locale>.json`
 * (write/toc.ts, src/schemas/toc.ts). On test/fixtures/migrate-toc and on the real 2018 docset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/config/locales.ts';
import { tocSchema, type TocEntry } from '../../../src/schemas/toc.ts';
import { buildTocs, type LegacyToc, type TocPage } from '../../../scripts/migrate/convert/toc.ts';
import { severityOf } from '../../../scripts/migrate/messages.ts';
import { parseToc, readToc, readTocFile } from '../../../scripts/migrate/read/toc.ts';
import { slugFromFileName } from '../../../scripts/migrate/read/slug.ts';
import { tocFile, tocJson } from '../../../scripts/migrate/write/toc.ts';
import { fixturesDir, repoRoot } from './helpers.ts';

type Row = [file: string, line: number, column: number, severity: string, ruleId: string];

/** Every message of `files` as [file, line, column, severity, ruleId], in file then position order. */
function rows(files: readonly VFile[]): Row[] {
  return files.flatMap((file) =>
    file.messages
      .map((m): Row => [relative(repoRoot, file.path || '<input>'), m.line ?? 1, m.column ?? 1, severityOf(m), m.ruleId ?? ''])
      .sort((a, b) => a[1] - b[1] || a[2] - b[2]),
  );
}

function reasons(file: VFile, ruleId: string): string[] {
  return file.messages.filter((m) => m.ruleId === ruleId).map((m) => m.reason);
}

function legacyFrom(dir: string, locales: readonly Locale[]): LegacyToc[] {
  return locales.map((locale) => {
    const { file, entries } = readTocFile(join(dir, locale, 'partner-center', 'TOC.md'));
    return { locale, toc: entries, file };
  });
}

const pagesOf = (locale: Locale, slugs: string) => slugs.split(' ').map((slug): TocPage => ({ locale, slug, title: slug }));

describe('table of contents: the fixture', () => {
  const dir = join(fixturesDir, 'migrate-toc');
  const legacy = legacyFrom(dir, ['ja-jp', 'zh-tw']);
  const pages: TocPage[] = [
    ...pagesOf('ja-jp', 'index billing read-your-bill data-analysis-lp support tax-exemptions'),
    ...pagesOf('zh-tw', 'index billing read-your-bill pay-your-bill data-analysis-lp support'),
    { locale: 'en-us', slug: 'index', title: 'Overview' },
    { locale: 'en-us', slug: 'billing', title: 'Billing' },
    { locale: 'en-us', slug: 'read-your-bill', title: 'Read your bill' },
    { locale: 'en-us', slug: 'pay-your-bill', title: 'Pay your bill' },
    { locale: 'en-us', slug: 'data-analysis-lp', title: 'Get data and analyze your business' },
  ];
  const tocs = buildTocs(legacy, pages);
  const [ja, zh] = [legacy[0]!.file, legacy[1]!.file];
  const jaPath = 'test/fixtures/migrate-toc/ja-jp/partner-center/TOC.md';
  const zhPath = 'test/fixtures/migrate-toc/zh-tw/partner-center/TOC.md';

  it('reports each problem at its place in TOC.md', () => {
    expect(rows([ja, zh])).toEqual([
      [jaPath, 4, 4, 'warning', 'toc-link-case'],
      [jaPath, 5, 4, 'warning', 'toc-missing-page'],
      [jaPath, 5, 4, 'warning', 'toc-english-page'],
      [jaPath, 8, 1, 'info', 'toc-no-link'],
      [jaPath, 8, 1, 'warning', 'toc-english-title'],
      [jaPath, 9, 1, 'warning', 'toc-heading-level'],
      [jaPath, 11, 1, 'warning', 'toc-not-heading'],
      [jaPath, 13, 3, 'warning', 'toc-english-page'],
      [jaPath, 14, 3, 'warning', 'toc-english-title'],
      [zhPath, 4, 4, 'warning', 'toc-disagreement'],
      [zhPath, 5, 4, 'warning', 'toc-disagreement'],
      [zhPath, 7, 1, 'info', 'toc-no-link'],
      [zhPath, 10, 3, 'warning', 'toc-disagreement'],
    ]);
  });

  it('says what is wrong and how to fix it', () => {
    expect(reasons(ja, 'toc-link-case')).toEqual([
      'Link `Read-Your-Bill.md` differs from the page `read-your-bill` only by letter case; linked that page (did you mean `read-your-bill.md`?)',
    ]);
    expect(reasons(ja, 'toc-missing-page')).toEqual([
      'Link `tax-exemption.md`: there is no page `tax-exemption` in ja-jp nor in en-us; kept the title without a link (did you mean `tax-exemptions.md`?)',
    ]);
    expect(reasons(zh, 'toc-disagreement')).toEqual([
      'The entry `tax-exemption` (under `billing`, after `read-your-bill` in ja-jp) is missing in zh-tw; the en-us table follows ja-jp (a tie: the first locale given), which has it',
      'The entry `https://partner.microsoft.com/` (at the top level, after `support` in ja-jp) is missing in zh-tw; the en-us table follows ja-jp (a tie: the first locale given), which has it',
      'The entry `pay-your-bill` comes first under `billing` in zh-tw, but after `read-your-bill` in ja-jp; the en-us table follows ja-jp (a tie: the first locale given)',
    ]);
    expect(reasons(ja, 'toc-english-title')[0]).toBe(
      'No English title for `データと分析`: it does not link to a page, so no en-us page gives its title; the en-us table shows the ja-jp title `データと分析` (link the heading to a page)',
    );
  });

  it('builds each locale’s table with its own titles, and the en-us table from the first locale’s structure', () => {
    const leaf = (title: string, more: Partial<TocEntry> = {}): TocEntry => ({ title, ...more, children: [] });
    expect([...tocs.keys()]).toEqual(['en-us', 'ja-jp', 'zh-tw']);
    expect(tocs.get('ja-jp')).toEqual({
      locale: 'ja-jp',
      entries: [
        leaf('概要', { slug: 'index' }),
        { title: '請求', slug: 'billing', children: [leaf('請求書の記載事項', { slug: 'read-your-bill' }), leaf('税金'), leaf('支払い', { slug: 'pay-your-bill' })] },
        { title: 'データと分析', children: [leaf('ビジネス データ', { slug: 'data-analysis-lp' })] },
        leaf('サポート', { slug: 'support' }),
        leaf('パートナー ネットワーク', { href: 'https://partner.microsoft.com/' }),
      ],
    });
    expect(tocs.get('zh-tw')).toEqual({
      locale: 'zh-tw',
      entries: [
        leaf('概觀', { slug: 'index' }),
        { title: '帳單', slug: 'billing', children: [leaf('支付帳單', { slug: 'pay-your-bill' }), leaf('閱讀帳單', { slug: 'read-your-bill' })] },
        { title: '資料與分析', children: [leaf('商務資料', { slug: 'data-analysis-lp' })] },
        leaf('支援', { slug: 'support' }),
      ],
    });
    expect(tocs.get('en-us')).toEqual({
      locale: 'en-us',
      entries: [
        leaf('Overview', { slug: 'index' }),
        {
          title: 'Billing',
          slug: 'billing',
          children: [leaf('Read your bill', { slug: 'read-your-bill' }), leaf('税金', { lang: 'ja-JP' }), leaf('Pay your bill', { slug: 'pay-your-bill' })],
        },
        { title: 'データと分析', lang: 'ja-JP', children: [leaf('Get data and analyze your business', { slug: 'data-analysis-lp' })] },
        leaf('サポート', { slug: 'support', lang: 'ja-JP' }),
        leaf('パートナー ネットワーク', { href: 'https://partner.microsoft.com/', lang: 'ja-JP' }),
      ],
    });
  });

  it('writes stable JSON the schema accepts', () => {
    const text = tocJson(tocs.get('zh-tw')!);
    expect(text).toBe(`{
  "locale": "zh-tw",
  "entries": [
    {
      "title": "概觀",
      "slug": "index"
    },
    {
      "title": "帳單",
      "slug": "billing",
      "children": [
        {
          "title": "支付帳單",
          "slug": "pay-your-bill"
        },
        {
          "title": "閱讀帳單",
          "slug": "read-your-bill"
        }
      ]
    },
    {
      "title": "資料與分析",
      "children": [
        {
          "title": "商務資料",
          "slug": "data-analysis-lp"
        }
      ]
    },
    {
      "title": "支援",
      "slug": "support"
    }
  ]
}
`);
    expect(tocSchema.parse(JSON.parse(text))).toEqual(tocs.get('zh-tw'));
    expect(tocJson(tocSchema.parse(JSON.parse(text)))).toBe(text);
    expect(tocFile('/site/content', 'zh-tw')).toBe('/site/content/toc/zh-tw.json');
  });

  it('refuses to write a table the schema refuses', () => {
    const bad = { locale: 'ja-jp', entries: [{ title: ' ', slug: 'Billing.md', children: [], url: 'x' }] } as never;
    expect(() => tocJson(bad)).toThrow(
      'The ja-jp table of contents does not match src/schemas/toc.ts:\n' +
        'entries.0.title: a title must not be empty\n' +
        'entries.0.slug: expected a page slug: lower-case words joined by hyphens, no ".md", for example "reset-a-user-password"\n' +
        'entries.0.url: unknown field "url"; remove it or check its spelling',
    );
  });
});

describe('table of contents: what the reader keeps', () => {
  it('keeps what it can from a badly written TOC.md, and reports the rest', () => {
    const file = new VFile({ path: join(repoRoot, 'TOC.md') });
    const bytes = new TextEncoder().encode('\uFEFF## [A](a.md)\r\n#[B](b.md)\r\n# [C](c.md) [D](d.md)\r\n# see [E](e.md)\r\n#\r\n<!-- note -->\r\n- [F](f.md)\r\n');
    const entries = readToc(bytes, file)!;
    const simple = (list: typeof entries): unknown[] => list.map((e) => [e.title, e.url, e.depth, ...(e.children.length ? [simple(e.children)] : [])]);
    expect(simple(entries)).toEqual([['A', 'a.md', 2], ['B', 'b.md', 1], ['C', 'c.md', 1], ['E', 'e.md', 1]]);
    expect(rows([file])).toEqual([
      ['TOC.md', 1, 1, 'info', 'byte-order-mark'],
      ['TOC.md', 1, 1, 'info', 'line-endings'],
      ['TOC.md', 1, 1, 'warning', 'toc-heading-level'],
      ['TOC.md', 2, 1, 'warning', 'heading-space'],
      ['TOC.md', 3, 13, 'warning', 'toc-many-links'],
      ['TOC.md', 4, 1, 'warning', 'toc-heading-text'],
      ['TOC.md', 5, 1, 'warning', 'toc-empty-heading'],
      ['TOC.md', 6, 1, 'info', 'toc-comment'],
      ['TOC.md', 7, 1, 'warning', 'toc-not-heading'],
    ]);
  });

  it('takes the majority’s structure and names the locale that differs', () => {
    const read = (locale: Locale, text: string): LegacyToc => {
      const file = new VFile({ path: join(repoRoot, `${locale}.md`) });
      return { locale, toc: parseToc(text, file), file };
    };
    const legacy = [read('ko-kr', '# [A](a.md)\n## [B](b.md)\n# [C](c.md)\n'), read('ru-ru', '# [A](a.md)\n# [B](b.md)\n# [C](c.md)\n'), read('zh-tw', '# [A](a.md)\n# [B](b.md)\n# [C](c.md)\n')];
    const pages = ['ko-kr', 'ru-ru', 'zh-tw', 'en-us'].flatMap((locale) => pagesOf(locale as Locale, 'a b c'));
    const tocs = buildTocs(legacy, pages);
    expect(rows(legacy.map((l) => l.file))).toEqual([['ko-kr.md', 2, 4, 'warning', 'toc-disagreement']]);
    expect(legacy[0]!.file.messages[0]!.reason).toBe('The entry `b` is under `a` in ko-kr, but at the top level in ru-ru and zh-tw; the en-us table follows ru-ru and zh-tw (the majority)');
    expect(tocs.get('en-us')!.entries.map((e) => [e.slug, e.children.length])).toEqual([['a', 0], ['b', 0], ['c', 0]]);
  });
});

describe('table of contents: the 2018 docset', () => {
  const dir = join(repoRoot, 'content/legacy/partner-center-pr-2018');
  const locales: Locale[] = ['ja-jp', 'ko-kr', 'ru-ru', 'zh-tw'];
  const legacy = legacyFrom(dir, locales);
  // Pages as the importer names them: the file name, else the H1's `<a name>` (pageSlug in page-identity.ts).
  const pages = locales.flatMap((locale) =>
    readdirSync(join(dir, locale, 'partner-center'))
      .filter((name) => name.endsWith('.md') && name !== 'TOC.md')
      .map((name): TocPage => {
        const text = readFileSync(join(dir, locale, 'partner-center', name), 'utf8');
        const slug = slugFromFileName(name) ?? /^# <a name="([^"]+)"><\/a>/m.exec(text)?.[1] ?? name;
        return { locale, slug, title: slug, file: name };
      }),
  );
  const english = pages.filter((p) => p.locale === 'ja-jp').map((p): TocPage => ({ ...p, locale: 'en-us' }));
  const tocs = buildTocs(legacy, [...pages, ...english]);
  const flat = (entries: readonly TocEntry[]): TocEntry[] => entries.flatMap((e) => [e, ...flat(e.children)]);
  const structure = (entries: readonly TocEntry[]): unknown[] => entries.map((e) => [e.slug ?? null, structure(e.children)]);

  it('lists 131 pages per locale and 79 entries in each TOC.md, all but one group heading linked', () => {
    for (const locale of locales) {
      expect(pages.filter((p) => p.locale === locale)).toHaveLength(131);
      const toc = tocs.get(locale)!;
      expect(toc.entries).toHaveLength(13);
      const entries = flat(toc.entries);
      expect(entries).toHaveLength(79);
      expect(entries.filter((e) => e.slug !== undefined)).toHaveLength(78);
      expect(entries.filter((e) => e.slug === undefined && e.href === undefined).map((e) => e.children.length)).toEqual([2]);
    }
    // The file name that is not a slug maps to the page the importer makes of it.
    expect(flat(tocs.get('ja-jp')!.entries).some((e) => e.slug === 'non-payment-fraud-or-misuse')).toBe(true);
  });

  it('finds the four locales in agreement; the only reports are the heading without a link', () => {
    const first = structure(tocs.get('ja-jp')!.entries);
    for (const locale of ['ko-kr', 'ru-ru', 'zh-tw', 'en-us'] as const) expect(structure(tocs.get(locale)!.entries)).toEqual(first);
    const path = (locale: string) => `content/legacy/partner-center-pr-2018/${locale}/partner-center/TOC.md`;
    expect(rows(legacy.map((l) => l.file))).toEqual([
      [path('ja-jp'), 72, 1, 'info', 'toc-no-link'],
      [path('ja-jp'), 72, 1, 'warning', 'toc-english-title'],
      [path('ko-kr'), 72, 1, 'info', 'toc-no-link'],
      [path('ru-ru'), 72, 1, 'info', 'toc-no-link'],
      [path('zh-tw'), 72, 1, 'info', 'toc-no-link'],
    ]);
    for (const toc of tocs.values()) expect(() => tocJson(toc)).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { pageRoutes } from '../../src/lib/page-routes.ts';
import { alternatesFor } from '../../src/lib/alternates.ts';
import { parseEntryId } from '../../src/lib/content-index.ts';

describe('page routes', () => {
  const routes = pageRoutes([
    { locale: 'en-us', slug: 'a' },
    { locale: 'ja-jp', slug: 'a' },
    { locale: 'en-us', slug: 'b' },
    { locale: 'ko-kr', slug: 'orphan' },
  ]);

  it('serves every English page in every locale', () => {
    expect(routes.filter((r) => r.slug === 'a')).toHaveLength(5);
    expect(routes.filter((r) => r.slug === 'b')).toHaveLength(5);
  });

  it('uses the translation where there is one and falls back to English elsewhere', () => {
    const ja = routes.find((r) => r.slug === 'a' && r.locale === 'ja-jp')!;
    expect(ja).toMatchObject({ contentLocale: 'ja-jp', fallback: false });
    const zh = routes.find((r) => r.slug === 'a' && r.locale === 'zh-tw')!;
    expect(zh).toMatchObject({ contentLocale: 'en-us', fallback: true });
  });

  it('serves a page without an English source in every locale, falling back to its translation', () => {
    const orphan = routes.filter((r) => r.slug === 'orphan');
    expect(orphan.map((r) => [r.locale, r.contentLocale, r.fallback])).toEqual([
      ['en-us', 'ko-kr', true],
      ['zh-tw', 'ko-kr', true],
      ['ru-ru', 'ko-kr', true],
      ['ko-kr', 'ko-kr', false],
      ['ja-jp', 'ko-kr', true],
    ]);
  });

  it('falls back to the first translation in the locale table when there is no English', () => {
    const two = pageRoutes([
      { locale: 'ja-jp', slug: 'x' },
      { locale: 'ru-ru', slug: 'x' },
    ]);
    expect(two.find((r) => r.locale === 'en-us')).toMatchObject({ contentLocale: 'ru-ru', fallback: true });
  });

  it('lists hreflang alternates only for real translations, plus x-default', () => {
    const alternates = alternatesFor('a', new Set(['en-us', 'ja-jp'] as const), 'https://docs.example/');
    expect(alternates).toEqual([
      { hreflang: 'en-US', href: 'https://docs.example/en-us/partner-center/a/' },
      { hreflang: 'ja-JP', href: 'https://docs.example/ja-jp/partner-center/a/' },
      { hreflang: 'x-default', href: 'https://docs.example/en-us/partner-center/a/' },
    ]);
  });

  it('points x-default at the first translation of a page with no English', () => {
    const alternates = alternatesFor('x', new Set(['ja-jp', 'ru-ru'] as const), 'https://docs.example/');
    expect(alternates.at(-1)).toEqual({ hreflang: 'x-default', href: 'https://docs.example/ru-ru/partner-center/x/' });
  });

  it('reads content entry ids and rejects other shapes', () => {
    expect(parseEntryId('zh-tw/partner-center/reset-a-user-password')).toEqual({ locale: 'zh-tw', slug: 'reset-a-user-password' });
    expect(parseEntryId('xx-yy/partner-center/a')).toBeUndefined();
    expect(parseEntryId('en-us/other/a')).toBeUndefined();
  });
});

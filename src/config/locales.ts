/**
 * The one locale table. Adding a language means one row here, its content under
 * `content/<locale>/` and one UI-strings file in `src/i18n/ui/<locale>.json`; nothing else.
 *
 * `locale` is the URL slug (`zh-tw`); `lang` is the BCP-47 tag (`zh-TW`). Never mix them.
 */
export interface LocaleInfo {
  /** URL slug and content folder name, lower case: `zh-tw`. */
  readonly locale: string;
  /** BCP-47 language tag for `<html lang>`, `hreflang` and `Intl`: `zh-TW`. */
  readonly lang: string;
  /** The language's name in itself, as a reader looks for it. */
  readonly nativeName: string;
  /** The language's name in English, for docs writers' tools. */
  readonly englishName: string;
  readonly dir: 'ltr' | 'rtl';
  /** ISO 15924 writing system of the language (how untranslated or mislabelled text is spotted). */
  readonly script: 'Latn' | 'Hant' | 'Cyrl' | 'Kore' | 'Jpan';
}

export const locales = [
  { locale: 'en-us', lang: 'en-US', nativeName: 'English (United States)', englishName: 'English (United States)', dir: 'ltr', script: 'Latn' },
  { locale: 'zh-tw', lang: 'zh-TW', nativeName: '中文 (台灣)', englishName: 'Chinese (Traditional, Taiwan)', dir: 'ltr', script: 'Hant' },
  { locale: 'ru-ru', lang: 'ru-RU', nativeName: 'Русский (Россия)', englishName: 'Russian (Russia)', dir: 'ltr', script: 'Cyrl' },
  { locale: 'ko-kr', lang: 'ko-KR', nativeName: '한국어 (대한민국)', englishName: 'Korean (Korea)', dir: 'ltr', script: 'Kore' },
  { locale: 'ja-jp', lang: 'ja-JP', nativeName: '日本語 (日本)', englishName: 'Japanese (Japan)', dir: 'ltr', script: 'Jpan' },
] as const satisfies readonly LocaleInfo[];

export type Locale = (typeof locales)[number]['locale'];

/** The source locale: every other locale is translated from it and falls back to it. */
export const sourceLocale: Locale = 'en-us';

export const localeSlugs: readonly Locale[] = locales.map((l) => l.locale);

export function isLocale(value: string): value is Locale {
  return (localeSlugs as readonly string[]).includes(value);
}

export function getLocaleInfo(locale: Locale): LocaleInfo {
  const info = locales.find((l) => l.locale === locale);
  if (!info) throw new Error(`Unknown locale "${locale}". Known locales: ${localeSlugs.join(', ')}.`);
  return info;
}

/** `zh-TW` → `zh-tw` when that locale exists; case-insensitive. */
export function localeFromLang(lang: string): Locale | undefined {
  const lower = lang.toLowerCase();
  return locales.find((l) => l.lang.toLowerCase() === lower)?.locale;
}

/** The locale a site path is in (`/ja-jp/partner-center/x/` → `ja-jp`), or the source locale. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return isLocale(first) ? first : sourceLocale;
}

/** `getStaticPaths()` of a route with one page per locale (`src/pages/[locale]/…`). */
export function localeStaticPaths(): { params: { locale: Locale }; props: { locale: Locale } }[] {
  return locales.map(({ locale }) => ({ params: { locale }, props: { locale } }));
}

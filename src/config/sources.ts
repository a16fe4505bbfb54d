/**
 * Where the site's text comes from, for its credit line (Footer.astro) and the README: the
 * legacy Partner Center docs, CC BY 4.0, which asks every copy to name its source and license
 * and to say that it was changed. The sources themselves are in content/legacy/.
 */
import type { Locale } from './locales.ts';

export interface SourceRepository {
  /** The locale whose translation (with its side-by-side English) the repository holds. */
  locale: Locale;
  name: string;
  url: string;
  commit: string;
}

export const license = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export const sourceRepositories: readonly SourceRepository[] = [
  { locale: 'ja-jp', name: 'MicrosoftDocs/partner-center-pr.ja-jp', url: 'https://github.com/MicrosoftDocs/partner-center-pr.ja-jp', commit: '2775ad7f70d1519e98453dd63235b9c1c4641025' },
  { locale: 'ko-kr', name: 'MicrosoftDocs/partner-center-pr.ko-kr', url: 'https://github.com/MicrosoftDocs/partner-center-pr.ko-kr', commit: '0a88fffce8429e0fdf523017bfd7c1bf48bcf047' },
  { locale: 'ru-ru', name: 'MicrosoftDocs/partner-center-pr.ru-ru', url: 'https://github.com/MicrosoftDocs/partner-center-pr.ru-ru', commit: '26b7a34b0c8815ea5cecdd2f179781213243ee95' },
  { locale: 'zh-tw', name: 'MicrosoftDocs/partner-center-pr.zh-tw', url: 'https://github.com/MicrosoftDocs/partner-center-pr.zh-tw', commit: '43cdb2898f84fe101d31e65ba652f05daa80d4c2' },
];

/**
 * Links of the language picker: the same page in every locale, marking English fallbacks. A
 * translation with no English page (its English original was never published) exists only in
 * its own locales: the others, which have nothing to fall back to, are left out.
 */
import { locales, sourceLocale, type Locale } from '../config/locales.ts';

export interface PickerLink {
  locale: Locale;
  lang: string;
  nativeName: string;
  href: string;
  current: boolean;
  /** The page is not translated into this locale: it shows the English text there. */
  fallback: boolean;
}

export function pickerLinks(current: Locale, hrefFor: (locale: Locale) => string, translatedIn?: ReadonlySet<Locale>): PickerLink[] {
  const served = (locale: Locale) => !translatedIn || translatedIn.has(locale) || translatedIn.has(sourceLocale);
  return locales.filter((l) => served(l.locale)).map((l) => ({
    locale: l.locale,
    lang: l.lang,
    nativeName: l.nativeName,
    href: hrefFor(l.locale),
    current: l.locale === current,
    fallback: translatedIn ? !translatedIn.has(l.locale) : false,
  }));
}

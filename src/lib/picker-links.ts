/** Links of the language picker: the same page in every locale, marking English fallbacks. */
import { locales, type Locale } from '../config/locales.ts';

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
  return locales.map((l) => ({
    locale: l.locale,
    lang: l.lang,
    nativeName: l.nativeName,
    href: hrefFor(l.locale),
    current: l.locale === current,
    fallback: translatedIn ? !translatedIn.has(l.locale) : false,
  }));
}

/** Links of the language picker: the same page in every locale, marking fallbacks. */
import { locales, sourceLocale, type Locale } from '../config/locales.ts';

export interface PickerLink {
  locale: Locale;
  lang: string;
  nativeName: string;
  href: string;
  current: boolean;
  /** The page is not translated into this locale: it shows the English text there. */
  fallback: boolean;
  /** For a fallback, the locale whose text is shown: English, or a translation for a page with no English. */
  shownIn: Locale | undefined;
}

export function pickerLinks(current: Locale, hrefFor: (locale: Locale) => string, translatedIn?: ReadonlySet<Locale>): PickerLink[] {
  return locales.map((l) => ({
    locale: l.locale,
    lang: l.lang,
    nativeName: l.nativeName,
    href: hrefFor(l.locale),
    current: l.locale === current,
    fallback: translatedIn ? !translatedIn.has(l.locale) : false,
    shownIn: translatedIn && !translatedIn.has(l.locale) ? (translatedIn.has(sourceLocale) ? sourceLocale : locales.find((o) => translatedIn.has(o.locale))?.locale) : undefined,
  }));
}

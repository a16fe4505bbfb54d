/**
 * The best site locale for a reader's preferred languages (`navigator.languages`, in order):
 * an exact tag match (`ja-JP`), else the first locale of the same language (`ja`, `ja-XX`).
 * Runs in the browser: keep it free of imports beyond the locale data it is given.
 */
export interface NegotiableLocale {
  locale: string;
  lang: string;
}

export function negotiateLocale(preferred: readonly string[], available: readonly NegotiableLocale[]): string | undefined {
  for (const tag of preferred) {
    const wanted = tag.toLowerCase();
    const exact = available.find((l) => l.lang.toLowerCase() === wanted);
    if (exact) return exact.locale;
    const language = wanted.split('-')[0];
    const sameLanguage = available.find((l) => l.lang.toLowerCase().split('-')[0] === language);
    if (sameLanguage) return sameLanguage.locale;
  }
  return undefined;
}

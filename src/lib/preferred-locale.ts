/**
 * The reader's remembered language, kept in the browser only: localStorage key
 * `preferred-locale`, value a locale slug (`ja-jp`). Unavailable storage is not an error.
 */
export const preferredLocaleKey = 'preferred-locale';

export function rememberLocale(locale: string): void {
  try {
    localStorage.setItem(preferredLocaleKey, locale);
  } catch {
    // Storage unavailable (private mode, quota): the choice lasts for this page only.
  }
}

export function rememberedLocale(known: readonly string[]): string | undefined {
  try {
    const value = localStorage.getItem(preferredLocaleKey);
    return value && known.includes(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

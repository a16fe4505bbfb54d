/**
 * Plural forms of a UI string, picked with the browser's own plural rules (`Intl.PluralRules`):
 * English has `one`/`other`, Russian `one`/`few`/`many`/`other`, Chinese, Japanese and Korean
 * `other` only. A string with a count is stored as a map from plural category to text, each text
 * with its `{count}`. Pure: usable at build time and in the browser.
 */
export const pluralCategoryNames = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof pluralCategoryNames)[number];
export type PluralForms = { [category in PluralCategory]?: string | undefined } & { other: string };

/** The categories a language's integer counts use (`ru` → one, few, many, other). */
export function pluralCategoriesOf(lang: string): PluralCategory[] {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories as PluralCategory[];
}

/** Categories `lang` uses that `forms` lacks: each needs its own text. */
export function missingPluralForms(forms: { [category in PluralCategory]?: string | undefined }, lang: string): PluralCategory[] {
  return pluralCategoriesOf(lang).filter((c) => !forms[c]);
}

/** The text for `count` in `lang`, with `{count}` filled in (formatted for `lang`); `other` when a form is absent. */
export function pluralText(forms: PluralForms, count: number, lang: string): string {
  const category = new Intl.PluralRules(lang).select(count) as PluralCategory;
  const text = forms[category] ?? forms.other;
  return text.replaceAll('{count}', new Intl.NumberFormat(lang).format(count));
}

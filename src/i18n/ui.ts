/**
 * UI strings per locale, loaded from `src/i18n/ui/<locale>.json` and validated on load.
 */
import { locales, type Locale } from '../config/locales.ts';
import { uiPluralKeys, uiStringsSchema, type UiPluralKey, type UiStringKey, type UiStrings } from '../schemas/ui-strings.ts';
import { missingPluralForms, pluralText, type PluralForms } from '../lib/plural.ts';
import { describeIssues, formatProblems } from '../lib/schema-issues.ts';

const files = import.meta.glob<{ default: unknown }>('./ui/*.json', { eager: true });

function load(): Record<Locale, UiStrings> {
  const result = {} as Record<Locale, UiStrings>;
  const errors: string[] = [];
  for (const { locale, lang } of locales) {
    const path = `./ui/${locale}.json`;
    const file = files[path];
    if (!file) {
      errors.push(`src/i18n/ui/${locale}.json is missing: every locale in src/config/locales.ts needs a UI-strings file.`);
      continue;
    }
    const parsed = uiStringsSchema.safeParse(file.default);
    if (!parsed.success) {
      errors.push(`src/i18n/ui/${locale}.json:\n${formatProblems(describeIssues(parsed.error.issues))}`);
      continue;
    }
    const missing = uiPluralKeys.flatMap((key) =>
      missingPluralForms(parsed.data[key], lang).map((category) => `  ${key}.${category}: this plural form is missing (${lang} uses it)`),
    );
    if (missing.length) {
      errors.push(`src/i18n/ui/${locale}.json:\n${missing.join('\n')}`);
      continue;
    }
    result[locale] = parsed.data;
  }
  if (errors.length) throw new Error(`UI strings are incomplete.\n${errors.join('\n')}`);
  return result;
}

const strings = load();

export function t(locale: Locale, key: UiStringKey, values: Record<string, string> = {}): string {
  return strings[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The plural forms of a string with a count, for a script that picks one in the browser. */
export function pluralForms(locale: Locale, key: UiPluralKey): PluralForms {
  return strings[locale][key];
}

/** A string with a count, in the plural form the count takes in the locale's language. */
export function tCount(locale: Locale, key: UiPluralKey, count: number): string {
  return pluralText(strings[locale][key], count, locales.find((l) => l.locale === locale)!.lang);
}

export function uiStrings(locale: Locale): UiStrings {
  return strings[locale];
}

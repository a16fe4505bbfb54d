/**
 * UI strings per locale, loaded from `src/i18n/ui/<locale>.json` and validated on load.
 */
import { locales, type Locale } from '../config/locales.ts';
import { uiStringsSchema, type UiStringKey, type UiStrings } from '../schemas/ui-strings.ts';
import { describeIssues, formatProblems } from '../lib/schema-issues.ts';

const files = import.meta.glob<{ default: unknown }>('./ui/*.json', { eager: true });

function load(): Record<Locale, UiStrings> {
  const result = {} as Record<Locale, UiStrings>;
  const errors: string[] = [];
  for (const { locale } of locales) {
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
    result[locale] = parsed.data;
  }
  if (errors.length) throw new Error(`UI strings are incomplete.\n${errors.join('\n')}`);
  return result;
}

const strings = load();

export function t(locale: Locale, key: UiStringKey, values: Record<string, string> = {}): string {
  return strings[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function uiStrings(locale: Locale): UiStrings {
  return strings[locale];
}

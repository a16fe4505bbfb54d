/**
 * UI strings of one locale (`src/i18n/ui/<locale>.json`). Every locale must have every key:
 * a missing or empty string fails the build and the unit tests, naming the file and the key.
 */
import { z } from 'zod';
import { pluralFormsSchema } from './plural.ts';

export const uiStringKeys = [
  'siteName',
  'titleSuffix',
  'skipToContent',
  'languagePickerLabel',
  'languagePickerFallback',
  'languagePickerShownIn',
  'appliesTo',
  'inThisArticle',
  'untranslatedNotice',
  'chooserTitle',
  'chooserIntro',
  'homeTitle',
  'homeIntro',
  'homePagesHeading',
  'footerNote',
  'footerLanguages',
  'notFoundTitle',
  'notFoundText',
  'breadcrumbHome',
  'calloutNote',
  'calloutImportant',
  'calloutTip',
  'calloutWarning',
  'calloutCaution',
  'noSourceNotice',
  'noSourceFallbackNotice',
  'imageMissing',
  'sourceCredit',
  'sourceRepositories',
  'machineNotice',
  'readEnglish',
  'staleNotice',
  'staleNoticeNoDate',
  'showSource',
  'searchLabel',
  'searchPlaceholder',
  'searchNoResults',
  'searchLoading',
  'searchUnavailable',
  // Navigation and home (issue 13)
  'navLabel',
  'navMenu',
  'navAllPages',
  'navMorePages',
  'breadcrumbLabel',
  'pagerLabel',
  'previousPage',
  'nextPage',
  'lastUpdated',
  'contentsIntro',
  'homeTasksHeading',
  'homeEligibilityTitle',
  'homeEligibilityText',
  'homeMigrationTitle',
  'homeMigrationText',
  'homeGroupsHeading',
  'homeAllPages',
  'writersHeading',
  'writersStatusLink',
  'writersStatusText',
] as const;

export type UiStringKey = (typeof uiStringKeys)[number];

/**
 * Strings with a count: plural forms (src/lib/plural.ts), one text per plural category of the
 * locale's language (`{"one": "{count} page found", "other": "{count} pages found"}`; Russian
 * needs one, few, many and other; Chinese, Japanese and Korean other only). Which categories a
 * locale needs is checked where the locale's language is known (src/i18n/ui.ts).
 */
export const uiPluralKeys = ['searchResults'] as const;

export type UiPluralKey = (typeof uiPluralKeys)[number];

const uiString = z
  .string({ error: (issue) => (issue.input === undefined ? 'this string is missing' : 'expected text') })
  .trim()
  .min(1, { error: 'this string is empty' });

export const uiStringsSchema = z.strictObject({
  ...(Object.fromEntries(uiStringKeys.map((key) => [key, uiString])) as Record<UiStringKey, typeof uiString>),
  ...(Object.fromEntries(uiPluralKeys.map((key) => [key, pluralFormsSchema])) as Record<UiPluralKey, typeof pluralFormsSchema>),
});

export type UiStrings = z.infer<typeof uiStringsSchema>;

/** Strings with placeholders must keep them in every locale. */
export const uiStringPlaceholders: Partial<Record<UiStringKey, readonly string[]>> = {
  untranslatedNotice: ['{language}'],
  staleNotice: ['{date}'],
};

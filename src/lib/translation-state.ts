/**
 * The state of one page in one locale, for the notices on the page and the status page: one
 * function, fed from the same data the content checker reads (front matter and the English
 * page's source hash, src/lib/source-hash.ts; freshness from src/lib/translation-status.ts).
 */
import { sourceLocale } from '../config/locales.ts';
import { translationFreshness, type Freshness } from './translation-status.ts';
import { sourceHash } from './source-hash.ts';
import type { PageFrontmatter } from '../schemas/page.ts';

export type TranslationState =
  | { kind: 'source' }
  | { kind: 'missing' }
  | { kind: 'translated'; type: 'human' | 'machine'; freshness: Freshness; sourceUpdated: string | undefined };

export function translationState(
  locale: string,
  page: Pick<PageFrontmatter, 'translation'> | undefined,
  english: { hash: string | undefined; date: string | undefined } | undefined,
): TranslationState {
  // A page whose English original was never published is missing in English too.
  if (!page) return { kind: 'missing' };
  if (locale === sourceLocale) return { kind: 'source' };
  const type = page.translation?.type === 'machine' ? 'machine' : 'human';
  return {
    kind: 'translated',
    type,
    freshness: translationFreshness(page.translation?.sourceHash, english?.hash),
    sourceUpdated: english?.date,
  };
}

/** The English page's current version, as translations record it: its hash and its date. */
export function englishVersion(page: { data: Pick<PageFrontmatter, 'title' | 'description' | 'date'>; body?: string | undefined }) {
  const { title, description, date } = page.data;
  return { hash: sourceHash({ title, description, body: page.body ?? '' }), date };
}

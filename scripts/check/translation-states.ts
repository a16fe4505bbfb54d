/**
 * Every page × locale with its translation state (src/lib/translation-state.ts), from the page
 * summaries: part of `--format json`, and the same function the site's /status/ page uses.
 */
import { locales, sourceLocale } from '../../src/config/locales.ts';
import { translationState, type TranslationState } from '../../src/lib/translation-state.ts';
import type { PageFrontmatter } from '../../src/schemas/page.ts';
import type { PageSummary } from './model.ts';

export interface PageState {
  slug: string;
  locale: string;
  state: TranslationState;
}

export function translationStates(summaries: readonly PageSummary[]): PageState[] {
  const pages = new Map<string, PageSummary>();
  for (const s of summaries) if (s.locale && s.slug && !s.fatal) pages.set(`${s.locale}/${s.slug}`, s);
  const slugs = [...new Set([...pages.values()].map((s) => s.slug!))].sort();
  return slugs.flatMap((slug) => {
    const english = pages.get(`${sourceLocale}/${slug}`);
    const englishInfo = english ? { hash: english.sourceHash, date: english.date } : undefined;
    return locales.map(({ locale }) => {
      const page = pages.get(`${locale}/${slug}`);
      const data = page ? ({ translation: page.translation } as Pick<PageFrontmatter, 'translation'>) : undefined;
      return { slug, locale, state: translationState(locale, data, englishInfo) };
    });
  });
}

/**
 * Every page × locale with its translation state (src/lib/translation-state.ts), from the parsed
 * pages: part of `--format json`, and the same function the site's /status/ page uses.
 */
import { locales, sourceLocale } from '../../src/config/locales.ts';
import { translationState, type TranslationState } from '../../src/lib/translation-state.ts';
import type { PageFrontmatter } from '../../src/schemas/page.ts';
import type { PageModel } from './model.ts';

export interface PageState {
  slug: string;
  locale: string;
  state: TranslationState;
}

const dateOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined);

export function translationStates(models: readonly PageModel[]): PageState[] {
  const pages = new Map<string, PageModel>();
  for (const m of models) if (m.locale && m.slug && !m.fatal) pages.set(`${m.locale}/${m.slug}`, m);
  const slugs = [...new Set([...pages.values()].map((m) => m.slug!))].sort();
  return slugs.flatMap((slug) => {
    const english = pages.get(`${sourceLocale}/${slug}`);
    const englishInfo = english ? { hash: english.sourceHash, date: dateOf((english.frontmatter?.data as { date?: unknown } | undefined)?.date) } : undefined;
    return locales.map(({ locale }) => {
      const data = pages.get(`${locale}/${slug}`)?.frontmatter?.data as Pick<PageFrontmatter, 'translation'> | undefined;
      const exists = pages.has(`${locale}/${slug}`);
      return { slug, locale, state: translationState(locale, exists ? (data ?? {}) : undefined, englishInfo) };
    });
  });
}

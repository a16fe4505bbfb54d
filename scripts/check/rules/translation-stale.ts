/**
 * `translation-stale`: a translation records the hash of the English text it was made from
 * (`translation.sourceHash`); when the English page has changed since, the translation is stale.
 */
import { translationFreshness } from '../../../src/lib/translation-status.ts';
import type { PageRule } from '../context.ts';
import { frontmatterDate } from '../model.ts';

export const translationStaleRule: PageRule = {
  id: 'translation-stale',
  description: 'translations were made from the current English page',
  scope: 'page',
  checkPage(page, context) {
    const source = context.source(page);
    if (!source || source.fatal) return;
    const data = page.frontmatter?.data as { translation?: { type?: string; sourceHash?: unknown } } | undefined;
    const sourceDate = frontmatterDate(source);
    const state = translationFreshness(data?.translation?.sourceHash, source.sourceHash);
    const place = page.frontmatter?.keyPlaces['translation.sourceHash'] ?? page.frontmatter?.keyPlaces['translation'] ?? { line: 1, column: 1 };
    const current = source.sourceHash?.slice(0, 40) ?? '';
    const since = sourceDate ? ` (English page dated ${sourceDate})` : '';
    if (state === 'stale') {
      context.report(place, 'warning', this.id, `The English page has changed since this translation was made${since}: update the translation, then set translation.sourceHash to ${current}.`);
    } else if (state === 'unknown') {
      context.report(place, 'warning', this.id, `This translation does not record which English version it was made from, so it cannot be checked for freshness: after reviewing it against the English page, set translation.sourceHash to ${current}.`);
    }
  },
};

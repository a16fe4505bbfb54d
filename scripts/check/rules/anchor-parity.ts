/**
 * `anchor-parity`: a translation has every anchor its English source has, so a deep link
 * (`…/reset-a-user-password/#reset-a-password`) works in every language. An explicit id
 * (`\{#id\}`) is a promise to keep the anchor: missing it is an error. A heading's automatic
 * slug is in the heading's language and cannot match across scripts: missing it is a warning
 * that says how to make it an explicit, shared id.
 */
import type { PageRule } from '../context.ts';

export const anchorParityRule: PageRule = {
  id: 'anchor-parity',
  description: 'translations keep every anchor of their English source',
  scope: 'page',
  checkPage(page, context) {
    const source = context.source(page);
    if (!source || source.fatal) return;
    const own = context.anchorIds(page);
    for (const anchor of source.anchors) {
      if (own.has(anchor.id.normalize('NFC'))) continue;
      const sameRank = source.headings.findIndex((h) => h.id === anchor.id);
      const counterpart = sameRank >= 0 ? page.headings[sameRank] : undefined;
      const hint = counterpart
        ? `: give the matching heading (line ${counterpart.line}, "${counterpart.text}") the explicit id "\\{#${anchor.id}\\}"`
        : '';
      context.report(counterpart ?? { line: 1, column: 1 }, anchor.explicit ? 'error' : 'warning', this.id, `The English page has the anchor "#${anchor.id}" (line ${anchor.line}) and this translation does not${hint}.`);
    }
  },
};

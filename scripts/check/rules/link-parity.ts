/** `link-parity`: a translation links to the same internal pages as its English source (warning). */
import type { PageModel } from '../model.ts';
import type { PageRule } from '../context.ts';

function internalTargets(page: PageModel): Set<string> {
  const targets = new Set<string>();
  for (const link of page.links) {
    const target = link.target;
    if (target.kind === 'page' || target.kind === 'md') targets.add(target.slug);
  }
  return targets;
}

export const linkParityRule: PageRule = {
  id: 'link-parity',
  description: 'translations link to the same pages as their English source',
  scope: 'page',
  checkPage(page, context) {
    const source = context.source(page);
    if (!source || source.fatal) return;
    const ours = internalTargets(page);
    const theirs = internalTargets(source);
    const missing = [...theirs].filter((s) => !ours.has(s)).sort();
    const extra = [...ours].filter((s) => !theirs.has(s)).sort();
    if (missing.length === 0 && extra.length === 0) return;
    const parts = [
      missing.length ? `missing links to ${missing.map((s) => `../${s}/`).join(', ')}` : '',
      extra.length ? `links the English page does not have: ${extra.map((s) => `../${s}/`).join(', ')}` : '',
    ].filter(Boolean);
    context.report({ line: 1, column: 1 }, 'warning', this.id, `Links differ from the English page: ${parts.join('; ')}.`);
  },
};

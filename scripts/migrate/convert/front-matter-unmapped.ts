/**
 * Legacy front matter keys the page schema has no field for (for front-matter-map.ts): reported,
 * never silently dropped. DocFX metadata (`ms.*`, search keywords, robots directives) and `uid`
 * as info; any other key as a warning, with the closest page field ("did you mean").
 */
import type { VFile } from 'vfile';
import { pageFields } from '../../../src/schemas/page.ts';
import { closest } from '../../../src/lib/closest.ts';
import { stringValue, type FrontMatterEntry } from '../read/front-matter.ts';
import { report } from '../messages.ts';
import { at } from './front-matter-values.ts';

/** Keys front-matter-map.ts maps onto the schema. */
export const mappedKeys: ReadonlySet<string> = new Set([
  'title', 'description', 'author', 'date', 'appliesTo',
  'ms.author', 'ms.date', 'ms.lasthandoff', 'ms.translationtype', 'translationtype', 'ms.openlocfilehash', 'ms.contentlocale',
]);

/**
 * DocFX metadata the site has no use for (search keywords, robots directives, fwlink notes):
 * dropped and reported as info, not as unknown keys. Compared in lower case (`Keywords:` too).
 */
const docfxOnlyKeys: ReadonlySet<string> = new Set(['keywords', 'robots', 'fwlink', 'fwlink1', 'fwlink2', 'ms.assetid', 'ms.topic', 'ms.prod', 'ms.technology', 'ms.service', 'ms.devlang', 'ms.custom']);

/** Reports each unmapped key once. */
export function reportUnmapped(entries: readonly FrontMatterEntry[], file: VFile): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (mappedKeys.has(entry.key) || seen.has(entry.key)) continue;
    seen.add(entry.key);
    const value = stringValue(entry) ?? '';
    if (entry.key.startsWith('ms.') || docfxOnlyKeys.has(entry.key.toLowerCase())) {
      report(file, 'info', `Dropped \`${entry.key}: ${value}\`: the page schema has no such field`, 'front-matter-unmapped', at(entry));
    } else if (entry.key === 'uid') {
      report(file, 'info', `\`uid: ${value}\` resolves \`xref:\` links to this page; not kept in the page`, 'front-matter-unmapped', at(entry));
    } else {
      const suggestion = closest(entry.key, [...pageFields]);
      report(
        file,
        'warning',
        `Dropped the unknown front matter key \`${entry.key}\` (\`${entry.key}: ${value}\`)${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
        'front-matter-unknown',
        at(entry),
      );
    }
  }
}

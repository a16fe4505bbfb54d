/**
 * `translation` from legacy front matter (for front-matter-map.ts): en-us pages are the source;
 * a translation's `type` from `ms.translationtype` (HT human, MT machine; none: human, reported),
 * its `sourceHash` from `ms.openlocfilehash`, its `sourceDate` from `ms.lasthandoff` (the date
 * that English version was handed off for translation) else `ms.date`.
 */
import type { Locale } from '../../../src/config/locales.ts';
import type { PageFrontmatter, TranslationType } from '../../../src/schemas/page.ts';
import { entryFor, stringValue, type FrontMatterEntry } from '../read/front-matter.ts';
import { legacyDate, translationTypeOf, type Say } from './front-matter-values.ts';

export function mapTranslation(entries: readonly FrontMatterEntry[], locale: Locale, sideBySide: boolean, say: Say): NonNullable<PageFrontmatter['translation']> {
  if (locale === 'en-us') return { type: 'source' };
  const typeEntry = entryFor(entries, 'ms.translationtype') ?? entryFor(entries, 'translationtype');
  let type: TranslationType | undefined;
  if (typeEntry) {
    type = translationTypeOf(stringValue(typeEntry)!);
    if (!type) {
      type = /^MT/i.test(stringValue(typeEntry)!) ? 'machine' : 'human';
      say('warning', `Unknown \`ms.translationtype: ${stringValue(typeEntry)}\`; took it as \`${type}\``, 'translation-type', typeEntry);
    }
  } else {
    type = 'human';
    say(
      'warning',
      sideBySide
        ? 'No `ms.translationtype`: a side-by-side Microsoft translation, taken as `human`'
        : 'No `ms.translationtype`: took the translation as `human` (check it)',
      'translation-type',
    );
  }
  const translation: NonNullable<PageFrontmatter['translation']> = { type };
  const hashEntry = entryFor(entries, 'ms.openlocfilehash');
  if (hashEntry) {
    const hash = stringValue(hashEntry)!.trim();
    if (/^[0-9a-f]{7,64}$/i.test(hash)) translation.sourceHash = hash.toLowerCase();
    else say('warning', `\`ms.openlocfilehash: ${hash}\` is not a hexadecimal hash; left it out`, 'source-hash', hashEntry);
  }
  else if (!sideBySide) {
    say('info', 'No `ms.openlocfilehash`: the page cannot say which English version it translates (no `translation.sourceHash`)', 'source-hash');
  }
  const sourceDateEntry = entryFor(entries, 'ms.lasthandoff') ?? entryFor(entries, 'ms.date');
  const sourceDate = sourceDateEntry ? legacyDate(stringValue(sourceDateEntry)!) : undefined;
  if (sourceDate) translation.sourceDate = sourceDate;
  return translation;
}

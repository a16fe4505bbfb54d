/**
 * A legacy page's locale: `ms.contentlocale` when present, else `--locale`, else the script
 * its (translated) text is written in: Hangul → ko-kr, kana → ja-jp, Han → zh-tw,
 * Cyrillic → ru-ru, Latin → en-us, reported as a guess.
 */
import type { VFile } from 'vfile';
import { localeFromLang, localeSlugs, type Locale } from '../../../src/config/locales.ts';
import type { FrontMatterEntry } from './front-matter.ts';
import { quote, report } from '../messages.ts';

export interface ScriptCounts {
  hangul: number;
  kana: number;
  han: number;
  cyrillic: number;
  latin: number;
}

export function countScripts(text: string): ScriptCounts {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return {
    hangul: count(/\p{Script=Hangul}/gu),
    kana: count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu),
    han: count(/\p{Script=Han}/gu),
    cyrillic: count(/\p{Script=Cyrillic}/gu),
    latin: count(/\p{Script=Latin}/gu),
  };
}

/** True when the text has letters and all of them are Latin (an untranslated English block). */
export function isLatinOnly(text: string): boolean {
  const c = countScripts(text);
  return c.latin > 0 && c.hangul + c.kana + c.han + c.cyrillic === 0;
}

export interface Detection {
  locale: Locale;
  reason: string;
}

/**
 * The locale the text is written in. One CJK character weighs about a Latin word (3 letters
 * here), so a half-translated Chinese page still reads as Chinese.
 */
export function detectLocale(text: string): Detection {
  const c = countScripts(text);
  const weighted = { hangul: c.hangul * 3, kana: c.kana * 3, han: c.han * 3, cyrillic: c.cyrillic, latin: c.latin };
  const total = weighted.hangul + weighted.kana + weighted.han + weighted.cyrillic + weighted.latin;
  const share = (n: number) => (total === 0 ? 0 : n / total);
  const describe = `${c.hangul} Hangul, ${c.kana} kana, ${c.han} Han, ${c.cyrillic} Cyrillic, ${c.latin} Latin letters`;
  if (c.hangul >= 3 && share(weighted.hangul) >= 0.05 && c.hangul >= c.kana) return { locale: 'ko-kr', reason: `Hangul (${describe})` };
  if (c.kana >= 3 && share(weighted.kana + weighted.han) >= 0.05) return { locale: 'ja-jp', reason: `kana (${describe})` };
  if (c.han >= 3 && share(weighted.han) >= 0.05) return { locale: 'zh-tw', reason: `Han without kana (${describe}); zh-tw is the site's Chinese` };
  if (c.cyrillic >= 3 && share(weighted.cyrillic) >= 0.05) return { locale: 'ru-ru', reason: `Cyrillic (${describe})` };
  return { locale: 'en-us', reason: `Latin (${describe})` };
}

/** Picks the page's locale and reports how; undefined (with an error) when it is not a site locale. */
export function chooseLocale(
  contentLocale: FrontMatterEntry | undefined,
  option: Locale | undefined,
  text: string,
  file: VFile,
): Locale | undefined {
  const detected = detectLocale(text);
  if (contentLocale && typeof contentLocale.value === 'string' && contentLocale.value.trim() !== '') {
    const written = contentLocale.value.trim();
    const locale = localeFromLang(written);
    const where = { line: contentLocale.line, column: contentLocale.column };
    if (!locale) {
      report(file, 'error', `\`ms.contentlocale: ${written}\` is not one of the site's locales (${localeSlugs.join(', ')})`, 'locale', where);
      return undefined;
    }
    if (option && option !== locale) {
      report(file, 'warning', `\`--locale ${option}\` ignored: the file says \`ms.contentlocale: ${written}\``, 'locale', where);
    }
    if (detected.locale !== locale && detected.locale !== 'en-us') {
      report(file, 'warning', `\`ms.contentlocale: ${written}\` but the text reads as ${detected.locale} (${detected.reason})`, 'locale', where);
    }
    return locale;
  }
  if (option) {
    if (detected.locale !== option) {
      report(file, 'warning', `Used \`--locale ${option}\`, but the text reads as ${detected.locale} (${detected.reason})`, 'locale', { line: 1, column: 1 });
    }
    return option;
  }
  report(
    file,
    'warning',
    `No \`ms.contentlocale\` and no \`--locale\`: detected the locale ${quote(detected.locale)} from the script of the text, ${detected.reason}`,
    'locale-detected',
    { line: 1, column: 1 },
  );
  return detected.locale;
}

/**
 * Which writing system a text is in, from its letters (Unicode script properties). Used to spot
 * English left in a translation and to guess a legacy file's language.
 */
import { locales, type LocaleInfo } from '../config/locales.ts';

const scriptLetters: Record<LocaleInfo['script'], RegExp> = {
  Latn: /\p{Script=Latin}/gu,
  Hant: /\p{Script=Han}/gu,
  Cyrl: /\p{Script=Cyrillic}/gu,
  Kore: /\p{Script=Hangul}/gu,
  Jpan: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu,
};

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Text without what stays English in any language: URLs, code, product names in backticks. */
function prose(text: string): string {
  return text.replace(/https?:\/\/\S+/g, ' ').replace(/`[^`]*`/g, ' ');
}

/**
 * A paragraph of a page in `locale` is untranslated when it has no letter of that locale's
 * script and at least four English words (shorter runs are usually product names: "Partner Center").
 */
export function isUntranslatedParagraph(text: string, locale: string): boolean {
  const info = locales.find((l) => l.locale === locale);
  if (!info || info.script === 'Latn') return false;
  const body = prose(text);
  if (count(body, scriptLetters[info.script]) > 0) return false;
  const words = body.match(/\p{Script=Latin}{2,}/gu)?.length ?? 0;
  return words >= 4;
}

/** The locale whose script has most letters in the text (Hangul, then kana, before Han). */
export function detectLocaleByScript(text: string): { locale: string; script: LocaleInfo['script'] } | undefined {
  const body = prose(text);
  const hangul = count(body, scriptLetters.Kore);
  const kana = count(body, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const han = count(body, scriptLetters.Hant);
  const cyrillic = count(body, scriptLetters.Cyrl);
  const latin = count(body, scriptLetters.Latn);
  const byScript = (script: LocaleInfo['script']) => locales.find((l) => l.script === script);
  let script: LocaleInfo['script'] | undefined;
  if (hangul > 0 && hangul >= kana) script = 'Kore';
  else if (kana > 0) script = 'Jpan';
  else if (han > 0) script = 'Hant';
  else if (cyrillic > 0) script = 'Cyrl';
  else if (latin > 0) script = 'Latn';
  const info = script && byScript(script);
  return info ? { locale: info.locale, script: info.script } : undefined;
}

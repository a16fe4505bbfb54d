/**
 * Which page a legacy file is: its locale (`ms.contentlocale`, else a `xx-yy` folder on its
 * path, else the script its own text is written in) and its slug (the file name when it is a
 * slug; for a seed's hashed name `000_870ede6414386827.txt`, the H1's `<a name>` anchor, else
 * the English H1 text, slugged as GitHub does).
 */
import { basename, extname, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { VFile } from 'vfile';
import { isLocale, localeFromLang, localeSlugs, type Locale } from '../../../../src/config/locales.ts';
import { detectLocaleByScript } from '../../../../src/lib/script-detect.ts';
import { quote, report } from '../../messages.ts';
import { valueFor, type Entry } from './front-matter.ts';
import { isSlug } from '../../../../src/schemas/patterns.ts';


export function localeOf(path: string, entries: readonly Entry[], ownText: string, file: VFile): Locale | undefined {
  const written = valueFor(entries, 'ms.contentlocale');
  if (written && written.text.trim() !== '') {
    const value = written.text.trim();
    const locale = localeFromLang(value) ?? (isLocale(value.toLowerCase()) ? (value.toLowerCase() as Locale) : undefined);
    if (!locale) report(file, 'error', `\`ms.contentlocale: ${value}\` is not one of the site's locales (${localeSlugs.join(', ')}): no page to compare with`, 'locale', written.entry);
    return locale;
  }
  const folder = path
    .split(sep)
    .reverse()
    .map((part) => part.toLowerCase())
    .find((part) => /^[a-z]{2}-[a-z]{2}$/.test(part) && isLocale(part));
  if (folder) return folder as Locale;
  const detected = detectLocaleByScript(ownText);
  if (detected && isLocale(detected.locale)) {
    report(file, 'warning', `No \`ms.contentlocale\` and no locale folder: read the locale ${quote(detected.locale)} from the script of the text (${detected.script})`, 'locale-detected', { line: 1, column: 1 });
    return detected.locale;
  }
  report(file, 'error', 'Cannot tell the locale: no `ms.contentlocale`, no locale folder, no letters to tell the script by', 'locale', { line: 1, column: 1 });
  return undefined;
}

export function slugOf(path: string, h1Anchor: string | undefined, englishH1: string | undefined, file: VFile): string | undefined {
  const name = basename(path, extname(path));
  if (isSlug(name)) return name;
  if (h1Anchor) return h1Anchor;
  const fromText = englishH1 === undefined ? undefined : new GithubSlugger().slug(englishH1);
  if (fromText && isSlug(fromText)) return fromText;
  report(file, 'error', `Cannot tell the page's slug: the file name ${quote(basename(path))} is not a slug and the H1 has no \`<a name>\` anchor nor English text`, 'slug', { line: 1, column: 1 });
  return undefined;
}

/** DocFX's table of contents (`TOC.md`): navigation, not a page. */
export function isTableOfContents(path: string): boolean {
  return /^toc\.(md|markdown)$/i.test(basename(path));
}

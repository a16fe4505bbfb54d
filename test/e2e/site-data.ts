/** What the built site should contain, computed from `content/` (not from the build). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { locales, sourceLocale, type Locale } from '../../src/config/locales.ts';
import { pagePath, scanContent } from '../../src/lib/content-index.ts';
import uiEn from '../../src/i18n/ui/en-us.json' with { type: 'json' };

export const contentDir = join(import.meta.dirname, '../../content');
export const index = scanContent(contentDir);

export interface ExpectedPage {
  locale: Locale;
  slug: string;
  path: string;
  fallback: boolean;
  title: string;
  translatedIn: ReadonlySet<Locale>;
}

function frontmatterTitle(locale: Locale, slug: string): string {
  const text = readFileSync(join(contentDir, locale, 'partner-center', `${slug}.mdx`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${locale}/${slug}.mdx has no front matter`);
  return String(parse(match[1]!).title);
}

export const expectedPages: ExpectedPage[] = [...index.entries()]
  .filter(([, translated]) => translated.has(sourceLocale))
  .flatMap(([slug, translatedIn]) =>
    locales.map(({ locale }) => {
      const fallback = !translatedIn.has(locale);
      return {
        locale,
        slug,
        path: pagePath(locale, slug),
        fallback,
        title: frontmatterTitle(fallback ? sourceLocale : locale, slug),
        translatedIn,
      };
    }),
  );

export function uiString(locale: Locale, key: keyof typeof uiEn): string {
  const strings = JSON.parse(readFileSync(join(import.meta.dirname, `../../src/i18n/ui/${locale}.json`), 'utf8'));
  return strings[key];
}

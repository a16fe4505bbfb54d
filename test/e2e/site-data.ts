/** What the built site should contain, computed from `content/` (not from the build). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { locales, sourceLocale, type Locale } from '../../src/config/locales.ts';
import { pagePath } from '../../src/lib/content-index.ts';
import { scanContent } from '../../src/data/content-files.ts';
import uiEn from '../../src/i18n/ui/en-us.json' with { type: 'json' };

export const contentDir = join(import.meta.dirname, '../../content');
export const index = scanContent(contentDir);

export interface ExpectedPage {
  locale: Locale;
  slug: string;
  path: string;
  fallback: boolean;
  /** The locale whose text is shown: the page's own, English, or for a page with no English its first translation. */
  shownIn: Locale;
  title: string;
  heading: string;
  translatedIn: ReadonlySet<Locale>;
}

/** The page's title (the browser's) and heading (its `<h1>`: `heading`, else the title). */
function frontmatterTitle(locale: Locale, slug: string): { title: string; heading: string } {
  const text = readFileSync(join(contentDir, locale, 'partner-center', `${slug}.mdx`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${locale}/${slug}.mdx has no front matter`);
  const data = parse(match[1]!) as { title: unknown; heading?: unknown };
  return { title: String(data.title), heading: String(data.heading ?? data.title) };
}

export const expectedPages: ExpectedPage[] = [...index.entries()].flatMap(([slug, translatedIn]) =>
  locales.map(({ locale }) => {
    const fallback = !translatedIn.has(locale);
    const shownIn = !fallback ? locale : translatedIn.has(sourceLocale) ? sourceLocale : locales.find((l) => translatedIn.has(l.locale))!.locale;
    return { locale, slug, path: pagePath(locale, slug), fallback, shownIn, ...frontmatterTitle(shownIn, slug), translatedIn };
  }),
);

/**
 * The pages the slower browser tests (accessibility, the picker) visit in every locale: the
 * required pages, and real imported pages with each legacy construct (tables, missing images,
 * repaired side-by-side blocks, fixed anchors, no English original, a long FAQ).
 */
export const samplePages = [
  'partner-incentives-is-now-on-partner-center',
  'manage-your-incentives-in-partner-center',
  'assign-a-user-the-incentive-admin-or-incentive-user-role',
  'create-user-accounts-and-set-permissions',
  'reset-a-user-password',
  'change-your-temporary-password',
  'competencies',
  'use-the-reconciliation-files',
  'add-azure-shared-services',
  'get-special-pricing-for-offers',
  'minecraft-subscriptions',
  'mpn-action-pack-subscription-benefits',
  'faq-about-new-billing-features',
  'user-management-in-partner-center-for-microsoft-cloud-germany',
];

export const sampledPages: ExpectedPage[] = expectedPages.filter((p) => samplePages.includes(p.slug));

export function uiString(locale: Locale, key: keyof typeof uiEn): string {
  const strings = JSON.parse(readFileSync(join(import.meta.dirname, `../../src/i18n/ui/${locale}.json`), 'utf8'));
  return strings[key];
}

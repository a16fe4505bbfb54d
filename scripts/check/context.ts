/** What every rule sees: all pages (second pass), and a way to report a message at a place. */
import { sourceLocale } from '../../src/config/locales.ts';
import type { PageModel, Place } from './model.ts';

export type Severity = 'error' | 'warning';

export interface CheckMessage extends Place {
  file: string;
  severity: Severity;
  message: string;
  ruleId: string;
}

export interface CheckContext {
  /** Absolute path of the content root. */
  root: string;
  /** Absolute path of `public/` (site-absolute assets). */
  publicDir: string;
  models: readonly PageModel[];
  /** `locale/slug` → page. */
  pages: ReadonlyMap<string, PageModel>;
  /** Slugs that must exist in every locale. */
  requiredPages: readonly string[];
  page(locale: string, slug: string): PageModel | undefined;
  /** The page's anchor ids (NFC), computed once a page: what a `#fragment` is matched against. */
  anchorIds(model: PageModel): ReadonlySet<string>;
  source(model: PageModel): PageModel | undefined;
  report(model: PageModel | string, place: Place, severity: Severity, ruleId: string, message: string): void;
}

export interface Rule {
  /** Stable id, printed with every message of this rule. */
  id: string;
  description: string;
  check(context: CheckContext): void;
}

export function createContext(
  options: Pick<CheckContext, 'root' | 'publicDir' | 'models' | 'requiredPages'>,
  messages: CheckMessage[],
): CheckContext {
  const pages = new Map<string, PageModel>();
  const anchorSets = new WeakMap<PageModel, Set<string>>();
  for (const model of options.models) if (model.locale && model.slug) pages.set(`${model.locale}/${model.slug}`, model);
  return {
    ...options,
    pages,
    page: (locale, slug) => pages.get(`${locale}/${slug}`),
    anchorIds(model) {
      let ids = anchorSets.get(model);
      if (!ids) anchorSets.set(model, (ids = new Set(model.anchors.map((a) => a.id.normalize('NFC')))));
      return ids;
    },
    source: (model) => (model.slug && model.locale !== sourceLocale ? pages.get(`${sourceLocale}/${model.slug}`) : undefined),
    report(model, place, severity, ruleId, message) {
      messages.push({ file: typeof model === 'string' ? model : model.file, line: place.line, column: place.column, severity, ruleId, message });
    },
  };
}

/** Pages that were parsed (no fatal problem) and sit at a proper path. */
export function checkedPages(context: CheckContext): PageModel[] {
  return context.models.filter((m) => !m.fatal && m.locale && m.slug);
}

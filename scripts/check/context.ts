/**
 * What a rule sees and how it reports.
 *
 * Most rules are page rules: `checkPage(page, context)` checks one page, and everything it learns
 * of other pages (or of files) it asks the context for. The context records those questions as
 * the page's dependencies: a later run checks the page again only when its own file changed or
 * one of those questions has another answer (run.ts). A rule that read other pages any other way
 * would escape that record, so the context is a rule's only window on the rest of the site.
 *
 * Site rules (`checkSite`) look at the whole catalogue at once and run on every run; they must
 * stay cheap (no page's content, only which pages exist).
 */
import { sourceLocale } from '../../src/config/locales.ts';
import type { PageModel, Place } from './model.ts';

export type Severity = 'error' | 'warning';

export interface CheckMessage extends Place {
  file: string;
  severity: Severity;
  message: string;
  ruleId: string;
}

/** A message of the page being checked (its file is implied). */
export type PageMessage = Omit<CheckMessage, 'file'>;

export interface PageContext {
  /** Absolute path of the content root. */
  root: string;
  /** Absolute path of `public/` (site-absolute assets). */
  publicDir: string;
  /** The page at `locale/slug`, whether it parsed or not; undefined when there is no such file. */
  page(locale: string, slug: string): PageModel | undefined;
  /** A translation's English page (undefined for an English page, or when there is none). */
  source(model: PageModel): PageModel | undefined;
  /** The page's anchor ids (NFC), computed once a page: what a `#fragment` is matched against. */
  anchorIds(model: PageModel): ReadonlySet<string>;
  /** Slugs of the pages that parsed, in one locale or in any: for "did you mean". */
  slugs(locale?: string): readonly string[];
  /** Whether a file exists (an absolute path): for images. */
  fileExists(path: string): boolean;
  /** Reports a message on the page being checked. */
  report(place: Place, severity: Severity, ruleId: string, message: string): void;
}

export interface PageRule {
  /** Stable id, printed with every message of this rule. */
  id: string;
  description: string;
  scope: 'page';
  /**
   * For a rule that reads only part of its page and asks the context nothing: that part. When a
   * page is checked again and this part is unchanged, the rule's earlier messages stand and the
   * rule does not run (so what it loads is not loaded). Such a rule reports under its own id only.
   */
  reads?: (page: PageModel) => unknown;
  /** Called for every page that parsed and sits at a proper path. */
  checkPage(page: PageModel, context: PageContext): void;
}

export interface SiteContext {
  /** Slugs that must exist in every locale (content/required-pages.json). */
  requiredPages: readonly string[];
  /** Whether a file `locale/partner-center/slug.mdx` exists (parsed or not). */
  exists(locale: string, slug: string): boolean;
  report(file: string, place: Place, severity: Severity, ruleId: string, message: string): void;
}

export interface SiteRule {
  id: string;
  description: string;
  scope: 'site';
  checkSite(context: SiteContext): void;
}

export type Rule = PageRule | SiteRule;

/** What the page context reads from: the run's catalogue (catalogue.ts). */
export interface PageLookup {
  root: string;
  publicDir: string;
  /** The answer to a question now (catalogue.ts lists the questions). */
  answer(question: string): string;
  /** The model of the page at `locale/slug`; undefined when there is no such file. */
  model(key: string): PageModel | undefined;
  /** The slugs of the pages that parsed, in one locale or in any, sorted. */
  slugs(locale: string | undefined): readonly string[];
}

/** The context for checking one page: every question it asks about the rest of the site goes into `questions`. */
export function pageContext(lookup: PageLookup, messages: PageMessage[], questions: Set<string>): PageContext {
  const anchorSets = new WeakMap<PageModel, Set<string>>();
  const ask = (question: string) => {
    questions.add(question);
    return lookup.answer(question);
  };
  const page = (locale: string, slug: string) => {
    const key = `${locale}/${slug}`;
    return ask(`page:${key}`) === '' ? undefined : lookup.model(key);
  };
  return {
    root: lookup.root,
    publicDir: lookup.publicDir,
    page,
    source: (model) => (model.slug && model.locale !== sourceLocale ? page(sourceLocale, model.slug) : undefined),
    anchorIds(model) {
      let ids = anchorSets.get(model);
      if (!ids) anchorSets.set(model, (ids = new Set(model.anchors.map((a) => a.id.normalize('NFC')))));
      return ids;
    },
    slugs(locale) {
      ask(`slugs:${locale ?? '*'}`);
      return lookup.slugs(locale);
    },
    fileExists: (path) => ask(`file:${path}`) === '1',
    report(place, severity, ruleId, message) {
      messages.push({ line: place.line, column: place.column, severity, ruleId, message });
    },
  };
}

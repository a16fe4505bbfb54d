import type { ResolvedLink } from '../../src/lib/site-links.ts';

/**
 * What the checker knows of one content file after its one parse: plain data (JSON-safe), so it
 * can come from a worker thread or from the cache and every rule reads the same thing.
 */
export interface Place {
  line: number;
  column: number;
}

export interface LinkRef extends Place {
  url: string;
  /** The link has no visible text (nor an image with alt text). */
  empty: boolean;
  kind: 'link' | 'definition' | 'jsx';
  /** Where it points, resolved once from the page's URL (src/lib/site-links.ts). */
  target: ResolvedLink;
}

export interface ImageRef extends Place {
  url: string;
  alt: string;
}

export interface AnchorRef extends Place {
  id: string;
  kind: 'heading' | 'element' | 'layout';
  explicit: boolean;
}

export interface HeadingRef extends Place {
  depth: number;
  id: string;
  text: string;
}

export interface ElementRef extends Place {
  name: string;
  attributes: { name: string; value: string | null }[];
}

export interface ParagraphRef extends Place {
  /** The start of the paragraph's text, for the message. */
  excerpt: string;
}

export interface FrontmatterModel {
  /** Parsed YAML (undefined when it could not be read). */
  data: unknown;
  /** Where each top-level and nested key stands, by dotted path. */
  keyPlaces: Record<string, Place>;
  place: Place;
  yamlError?: { message: string } & Place;
}

export interface PageModel {
  /** Path relative to the content root, with `/`. */
  file: string;
  /** SHA-1 of the file's bytes and the extractor version. */
  hash: string;
  locale?: string;
  slug?: string;
  /** Why the path is not `<locale>/partner-center/<slug>.mdx`, when it is not. */
  pathProblem?: string;
  frontmatter?: FrontmatterModel;
  /** The file could not be read or parsed: nothing else below is known. */
  fatal?: { message: string; ruleId: string } & Place;
  /** Hash of the translatable text (title, description, body): see src/lib/source-hash.ts. */
  sourceHash?: string;
  headings: HeadingRef[];
  anchors: AnchorRef[];
  links: LinkRef[];
  images: ImageRef[];
  elements: ElementRef[];
  esm: Place[];
  /** Paragraphs of a translation that are entirely in English (src/lib/script-detect.ts). */
  untranslated: ParagraphRef[];
}

/**
 * What the checker keeps of every page on every run, parsed or not: where it is, whether it
 * parsed, and what its translation state needs (translation-states.ts). Small, so the cache
 * index holds it for every page and a run reads no model it does not need.
 */
export interface PageSummary {
  file: string;
  locale?: string;
  slug?: string;
  /** The file could not be read or parsed. */
  fatal: boolean;
  sourceHash?: string;
  /** The front matter's `date`, as written. */
  date?: string;
  /** The front matter's `translation.type` and `translation.sourceHash`, as written. */
  translation?: { type?: unknown; sourceHash?: unknown };
}

/** The front matter's `date` as written (YYYY-MM-DD), when it has one. */
export function frontmatterDate(model: PageModel): string | undefined {
  const date = (model.frontmatter?.data as { date?: unknown } | undefined)?.date;
  return date instanceof Date ? date.toISOString().slice(0, 10) : typeof date === 'string' ? date : undefined;
}

export function summarize(model: PageModel): PageSummary {
  const data = model.frontmatter?.data as { translation?: { type?: unknown; sourceHash?: unknown } } | undefined;
  const summary: PageSummary = { file: model.file, fatal: model.fatal !== undefined };
  if (model.locale) summary.locale = model.locale;
  if (model.slug) summary.slug = model.slug;
  if (model.sourceHash) summary.sourceHash = model.sourceHash;
  const date = frontmatterDate(model);
  if (date) summary.date = date;
  const translation = data?.translation;
  if (translation && typeof translation === 'object') {
    summary.translation = {};
    if (translation.type !== undefined) summary.translation.type = translation.type;
    if (translation.sourceHash !== undefined) summary.translation.sourceHash = translation.sourceHash;
  }
  return summary;
}

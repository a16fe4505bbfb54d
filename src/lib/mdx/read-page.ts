/**
 * One way to read a page: the content checker, the importer's validation of what it writes and
 * the tests read an `.mdx` page here, as the site renders it.
 *
 * - The body is parsed by Sätteri (`mdxToMdast`), Astro's Markdown and MDX engine, with the
 *   site's features (features.ts); heading ids come from the site's own function (heading-ids.ts),
 *   and sentences of one paragraph are joined into it as the site's plugin joins them
 *   (segment-paragraphs.ts): the tree has the paragraphs the page shows.
 * - The front matter is found and parsed by the function @astrojs/mdx calls for it
 *   (`parseFrontmatter` of @astrojs/internal-helpers, js-yaml inside): same fences, same dates,
 *   same duplicate-key errors; and the body Sätteri parses is the file with its front matter
 *   blanked out, exactly what @astrojs/mdx compiles. Only the places of keys, for messages, are
 *   found here (`keyPlaces`), by their indentation. (test/unit/mdx/read-page.test.ts checks that
 *   this package is the very one @astrojs/mdx uses.)
 *
 * Pure: it takes the text, never reads a file.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { features } from './features.ts';
import { headingIds, pageSlugOfPath, type HeadingId } from './heading-ids.ts';
import { joinSegmentParagraphs } from './segment-paragraphs.ts';

export interface Place {
  line: number;
  column: number;
}

export interface FrontMatter {
  /** The YAML between the fences. */
  raw: string;
  /** The opening `---`. */
  place: Place;
  /** The parsed YAML, undefined when it could not be parsed (see `error`). */
  data: unknown;
  error?: ({ message: string } & Place) | undefined;
  /** Where each key stands, by dotted path (`translation.sourceHash`). */
  keyPlaces: Record<string, Place>;
}

export interface ReadPage {
  tree: Root;
  frontmatter?: FrontMatter | undefined;
  /** Offset of the first character after the front matter (0 without one). */
  bodyStart: number;
  headings: HeadingId[];
}

/** The text is not valid MDX: what Sätteri said, and where. */
export class MdxSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  constructor(reason: string, place: Place) {
    super(`${place.line}:${place.column}: ${reason}`);
    this.name = 'MdxSyntaxError';
    this.reason = reason;
    this.line = place.line;
    this.column = place.column;
  }
}

/** Sätteri's parse errors read `3:16: Could not parse … (mdx-jsx:unexpected-character)`. */
function syntaxError(error: unknown): MdxSyntaxError {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s+\([\w:-]+\))?$/.exec(message);
  return match ? new MdxSyntaxError(match[3]!, { line: Number(match[1]), column: Number(match[2]) }) : new MdxSyntaxError(message, { line: 1, column: 1 });
}

/** The place of every key of a block-style YAML map, by dotted path; `first` is the line of the opening fence (the YAML's line 0). */
export function keyPlaces(raw: string, first: number): Record<string, Place> {
  const places: Record<string, Place> = {};
  const open: { indent: number; key: string }[] = [];
  raw.split('\n').forEach((line, index) => {
    const match = /^( *)(?:- +)?([^\s#:'"][^:#]*?|'[^']*'|"[^"]*")\s*:(?:\s|$)/.exec(line);
    if (!match || /^\s*#/.test(line)) return;
    const indent = match[1]!.length;
    while (open.length > 0 && open.at(-1)!.indent >= indent) open.pop();
    const key = match[2]!.replace(/^(['"])(.*)\1$/, '$2');
    const path = [...open.map((o) => o.key), key].join('.');
    places[path] ??= { line: first + index, column: indent + 1 };
    open.push({ indent, key });
  });
  return places;
}

/** Where the front matter's fence starts: the first character the blanking changed. */
function fenceOffset(text: string, blanked: string): number {
  let i = 0;
  while (i < text.length && text[i] === blanked[i]) i++;
  return i;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The front matter as Astro reads it, and the text with it blanked out (positions kept). */
function readFrontMatter(text: string): { frontmatter?: FrontMatter; body: string; bodyStart: number } {
  const raw = extractFrontmatter(text);
  if (raw === undefined) return { body: text, bodyStart: 0 };
  let data: unknown;
  let body: string;
  let error: FrontMatter['error'];
  try {
    ({ frontmatter: data, content: body } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }));
  } catch (thrown) {
    // Astro would stop at this error; the body is still read, for its own messages.
    const fence = text.indexOf(raw) - 3;
    body = text.slice(0, fence) + `   ${raw.replace(/[^\r\n]/g, ' ')}   ` + text.slice(fence + raw.length + 6);
    const { reason, mark, message } = thrown as { reason?: string; mark?: { line: number; column: number }; message: string };
    // js-yaml counts from 0, from just after the opening fence (the rest of its line is line 0).
    error = { message: reason ?? message, line: lineAt(text, fence) + (mark?.line ?? 0), column: (mark?.column ?? 0) + 1 };
  }
  const fence = fenceOffset(text, body);
  const line = lineAt(text, fence);
  const frontmatter: FrontMatter = { raw, place: { line, column: 1 }, data, error, keyPlaces: keyPlaces(raw, line) };
  return { frontmatter, body, bodyStart: fence + 3 + raw.length + 3 };
}

/** Front matter data as plain text values: js-yaml reads `2018-05-21` as a Date; as `YYYY-MM-DD`, as the page schema takes it. */
export function datesAsText(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? value : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesAsText);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesAsText(v)]));
  return value;
}

/**
 * The body after the front matter: what a translation's source hash covers (src/lib/source-hash.ts),
 * for the checker, the importer and the site alike. Reads the front matter only.
 */
export function pageBody(text: string): string {
  return text.slice(readFrontMatter(text).bodyStart);
}

/** Reads a page's text; throws MdxSyntaxError when it is not valid MDX. */
export function readPage(text: string, path?: string): ReadPage {
  const { frontmatter, body, bodyStart } = readFrontMatter(text);
  let tree: Root;
  try {
    tree = mdxToMdast(body, { features }) as Root;
  } catch (error) {
    throw syntaxError(error);
  }
  // As the site's plugins do (plugins.ts): sentences of one paragraph are one paragraph again.
  if (body.includes('<Segment')) joinSegmentParagraphs(tree, body);
  return { tree, frontmatter, bodyStart, headings: headingIds(tree, pageSlugOfPath(path)) };
}

/**
 * Heading ids, computed once for the site (a remark plugin in astro.config.mjs) and for the
 * content checker, so a link checked by `npm run check` is exactly the id the page renders.
 *
 * - An explicit id ends the heading: `## Heading \{#explicit-id\}` (the braces are escaped
 *   because `{…}` is a JavaScript expression in MDX). Imported legacy anchors
 *   (`## <a name="x"></a>Heading`) become such explicit ids, so old deep links keep working.
 * - Every other heading gets a GitHub-style slug (github-slugger) of its text, made unique
 *   in the page; explicit ids are reserved first, and so is the page's slug (the id of the
 *   title, which the layout renders), so a slug never takes one: a "Customer support" section
 *   of the page `customer-support` is `#customer-support-1`.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
// Types `data.hProperties`, the id remark-rehype gives the rendered heading.
import type {} from 'mdast-util-to-hast';

/** `{#id}` at the very end of a heading's text. Ids may be any non-space characters but `}`. */
const explicitIdPattern = /\s*\{#([^\s{}]+)\}\s*$/u;

export interface HeadingId {
  depth: number;
  id: string;
  text: string;
  explicit: boolean;
  /** 1-based line and column of the heading in its file, when known. */
  line?: number | undefined;
  column?: number | undefined;
}

/** Reads (and removes) a trailing `{#id}` from a heading; returns the id if there was one. */
function takeExplicitId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (!last || last.type !== 'text') return undefined;
  const match = explicitIdPattern.exec(last.value);
  if (!match) return undefined;
  (last as Text).value = last.value.slice(0, match.index).trimEnd();
  if ((last as Text).value === '') heading.children.pop();
  return match[1];
}

/**
 * Assigns an id to every heading of the tree (in `data.hProperties.id`, which Astro and
 * remark-rehype keep) and returns them in document order.
 */
export function assignHeadingIds(tree: Root, pageSlug?: string): HeadingId[] {
  const headings: Heading[] = [];
  // Headings are blocks: they sit in the root, lists, block quotes and JSX flow elements.
  const collect = (node: Root | RootContent) => {
    if (node.type === 'heading') headings.push(node);
    else if ('children' in node && node.type !== 'paragraph') for (const child of node.children) collect(child);
  };
  collect(tree);
  const explicit = new Map<Heading, string>();
  for (const heading of headings) {
    const id = takeExplicitId(heading);
    if (id !== undefined) explicit.set(heading, id);
  }
  const reserved = new Set(explicit.values());
  if (pageSlug !== undefined) reserved.add(pageSlug);
  const slugger = new GithubSlugger();
  const result: HeadingId[] = [];
  for (const heading of headings) {
    const text = toString(heading).trim();
    let id = explicit.get(heading);
    if (id === undefined) {
      do id = slugger.slug(text);
      while (reserved.has(id));
    }
    heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    result.push({
      depth: heading.depth,
      id,
      text,
      explicit: explicit.has(heading),
      line: heading.position?.start.line,
      column: heading.position?.start.column,
    });
  }
  return result;
}

/** The page's slug from its file (`…/reset-a-user-password.mdx`), if the file has a path. */
function slugOfPath(path: string | undefined): string | undefined {
  return path ? /([^/\\]+)\.mdx?$/.exec(path)?.[1] : undefined;
}

/** The remark plugin form, for `unified({ remarkPlugins: [remarkHeadingIds] })`. */
export function remarkHeadingIds() {
  return (tree: Root, file: { path?: string | undefined }) => {
    assignHeadingIds(tree, slugOfPath(file.path));
  };
}

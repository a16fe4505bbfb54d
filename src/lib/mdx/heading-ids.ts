/**
 * Heading ids: the one function that decides them, for the site (as a Sätteri plugin, in
 * src/lib/mdx/plugins.ts) and for the content checker (over the tree src/lib/mdx/read-page.ts
 * parses), so a link checked by `npm run check` is exactly the id the page renders.
 *
 * - An explicit id ends the heading: `## Heading \{#explicit-id\}` (the braces are escaped
 *   because `{…}` is a JavaScript expression in MDX). Imported legacy anchors
 *   (`## <a name="x"></a>Heading`) become such explicit ids, so old deep links keep working.
 * - Every other heading gets a GitHub-style slug (github-slugger) of its text, made unique
 *   in the page; explicit ids are reserved first, and so is the page's slug (the id of the
 *   title, which the layout renders), so a slug never takes one: a "Customer support" section
 *   of the page `customer-support` is `#customer-support-1`.
 *
 * `headingIds` only reads the tree; the plugin applies what it returns.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
// Types `data.hProperties`, the properties the rendered heading gets.
import type {} from 'mdast-util-to-hast';

/** `{#id}` at the very end of a heading's text. Ids may be any non-space characters but `}`. */
const explicitIdPattern = /\s*\{#([^\s{}]+)\}\s*$/u;

export interface HeadingId {
  depth: number;
  id: string;
  /** The heading's text, without its explicit id. */
  text: string;
  explicit: boolean;
  /** 1-based line and column of the heading in its file, when the tree has positions. */
  line?: number | undefined;
  column?: number | undefined;
  /** The heading node, as found in the tree given. */
  node: Heading;
  /** For an explicit id: the heading's last text node and its text without `{#id}`. */
  trimmed?: { node: Text; value: string } | undefined;
}

/** Headings are blocks: they sit in the root, lists, block quotes and JSX flow elements. */
export function collectHeadings(node: Nodes, into: Heading[] = []): Heading[] {
  if (node.type === 'heading') into.push(node);
  else if ('children' in node && node.type !== 'paragraph') for (const child of node.children) collectHeadings(child, into);
  return into;
}

/** The heading's explicit id and its last text without it, if it ends with `{#id}`. */
function explicitIdOf(heading: Heading): { id: string; trimmed: { node: Text; value: string } } | undefined {
  const last = heading.children.at(-1);
  if (!last || last.type !== 'text') return undefined;
  const match = explicitIdPattern.exec(last.value);
  if (!match) return undefined;
  return { id: match[1]!, trimmed: { node: last, value: last.value.slice(0, match.index).trimEnd() } };
}

/** The id of every heading of a page, in document order. `pageSlug` is reserved for the title. */
export function headingIds(tree: Root, pageSlug?: string): HeadingId[] {
  return idsOfHeadings(collectHeadings(tree), pageSlug);
}

/** The same, from the page's headings in document order: the one place ids are decided. */
export function idsOfHeadings(headings: readonly Heading[], pageSlug?: string): HeadingId[] {
  const explicit = new Map(headings.map((heading) => [heading, explicitIdOf(heading)] as const));
  const reserved = new Set([...explicit.values()].flatMap((e) => (e ? [e.id] : [])));
  if (pageSlug !== undefined) reserved.add(pageSlug);
  const slugger = new GithubSlugger();
  return headings.map((heading) => {
    const own = explicit.get(heading);
    const full = toString(heading);
    const text = (own ? full.slice(0, full.length - own.trimmed.node.value.length) + own.trimmed.value : full).trim();
    let id = own?.id;
    if (id === undefined) {
      do id = slugger.slug(text);
      while (reserved.has(id));
    }
    return {
      depth: heading.depth,
      id,
      text,
      explicit: own !== undefined,
      line: heading.position?.start.line,
      column: heading.position?.start.column,
      node: heading,
      trimmed: own?.trimmed,
    };
  });
}

/** The page's slug from its file (`…/reset-a-user-password.mdx`): the id of its title. */
export function pageSlugOfPath(path: string | undefined): string | undefined {
  return path ? /([^/\\]+)\.mdx?$/.exec(path)?.[1] : undefined;
}

/**
 * The Sätteri plugin: gives every heading its id (`data.hProperties.id`, which becomes the
 * element's id; Astro's own heading plugin keeps an id it finds) and removes `{#id}` from the text.
 * It visits headings only, in document order, and decides their ids when the walk is done: Sätteri
 * then hands JavaScript the headings, not the whole tree (which cost a 5,000-page build 1.4 s).
 */
export const headingIdsPlugin: MdastPluginEntry = (file) => {
  const headings: Heading[] = [];
  return defineMdastPlugin({
    name: 'heading-ids',
    heading(node) {
      headings.push(node as Heading);
    },
    after(_root, ctx) {
      for (const heading of idsOfHeadings(headings, pageSlugOfPath(file.fileURL && decodeURIComponent(file.fileURL.pathname)))) {
        if (heading.trimmed?.value === '') ctx.removeNode(heading.trimmed.node);
        else if (heading.trimmed) ctx.setProperty(heading.trimmed.node, 'value', heading.trimmed.value);
        const data = heading.node.data;
        ctx.setProperty(heading.node, 'data', { ...data, hProperties: { ...data?.hProperties, id: heading.id } });
      }
    },
  });
};

/**
 * The migration check's view of an imported page, read by the site's reader
 * (src/lib/mdx/read-page.ts: Sätteri, front matter as Astro reads it), with the ids the site
 * renders (the page's slug, heading ids, `<a id>` anchors). Nothing of the importer's writer is used.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Nodes, Root, RootContent, Text } from 'mdast';
import { datesAsText, MdxSyntaxError, readPage as readMdx, type ReadPage } from '../../../src/lib/mdx/read-page.ts';
import { sourceHash } from '../../../src/lib/source-hash.ts';
import { pageSchema } from '../../../src/schemas/page.ts';
import { normalise } from './legacy-reader/types.ts';

/** Every id the page renders: the slug (its `<h1>`), heading ids, `<a id>` anchors. */
function idsOf(page: ReadPage, slug: string): Set<string> {
  const ids = new Set<string>([slug]);
  const visit = (node: Nodes) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && a.name === 'id' && typeof a.value === 'string') ids.add(a.value);
    }
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(page.tree);
  for (const heading of page.headings) ids.add(heading.id);
  return ids;
}

export interface PageSegment {
  text: string;
  source: string | undefined;
}

export interface PageInventory {
  path: string;
  exists: boolean;
  /** Why the page cannot be read (invalid MDX or front matter). */
  problem: string | undefined;
  frontmatter: Record<string, unknown>;
  segments: Map<string, PageSegment>;
  /** The body's plain text, normalised, blocks separated by spaces. */
  text: string;
  ids: Set<string>;
  links: { url: string; text: string }[];
  /** The page's version hash, as src/lib/source-hash.ts computes it (title, description, body). */
  sourceHash: string | undefined;
}

const blockTypes = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'code', 'mdxJsxFlowElement']);

/** Heading text the site renders without its explicit id (`## Title \\{#id\\}` shows "Title"). */
type Shown = ReadonlyMap<Text, string>;

function plain(nodes: readonly Nodes[], shown: Shown): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'yaml') continue;
    if (node.type === 'text') out += shown.get(node) ?? node.value;
    else if (node.type === 'inlineCode' || node.type === 'code') out += node.value;
    else if (node.type === 'break') out += ' ';
    else if (node.type === 'image') out += node.alt ?? '';
    else if ('children' in node) out += plain(node.children as Nodes[], shown);
    if (blockTypes.has(node.type)) out += ' ';
  }
  return out;
}

function attribute(node: Nodes, name: string): string | undefined {
  if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return undefined;
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return found && typeof found.value === 'string' ? found.value : undefined;
}

function hashOf(source: string, page: ReadPage, data: unknown): string | undefined {
  const { title, description } = (data ?? {}) as Record<string, unknown>;
  if (typeof title !== 'string' || typeof description !== 'string') return undefined;
  return sourceHash({ title, description, body: source.slice(page.bodyStart) });
}

export function readPage(path: string, slug: string): PageInventory {
  const empty: PageInventory = { path, exists: false, problem: undefined, frontmatter: {}, segments: new Map(), text: '', ids: new Set(), links: [], sourceHash: undefined };
  if (!existsSync(path)) return empty;
  const source = readFileSync(path, 'utf8');
  let page: ReadPage;
  try {
    page = readMdx(source, path);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    return { ...empty, exists: true, problem: `not valid MDX: ${error.message}` };
  }
  if (page.frontmatter?.error) return { ...empty, exists: true, problem: `its front matter is not YAML: ${page.frontmatter.error.message} (line ${page.frontmatter.error.line})` };
  const data = datesAsText(page.frontmatter?.data);
  const tree: Root = page.tree;
  const shown: Shown = new Map(page.headings.flatMap((h) => (h.trimmed ? [[h.trimmed.node, h.trimmed.value] as const] : [])));
  const parsed = pageSchema.safeParse(data);
  const problem = parsed.success ? undefined : `front matter fails src/schemas/page.ts: ${parsed.error.issues.map((i: { path: PropertyKey[]; message: string }) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ')}`;
  const segments = new Map<string, PageSegment>();
  const links: PageInventory['links'] = [];
  const ids = idsOf(page, slug);
  const visit = (node: Nodes) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Segment') {
      const id = attribute(node, 'id');
      if (id !== undefined) segments.set(id, { text: normalise(plain(node.children as Nodes[], shown)), source: attribute(node, 'source') });
    }
    if (node.type === 'link') links.push({ url: node.url, text: normalise(plain(node.children, shown)) });
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  visit(tree);
  return {
    path,
    exists: true,
    problem,
    frontmatter: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    segments,
    text: normalise(plain(tree.children, shown)),
    sourceHash: hashOf(source, page, data),
    ids,
    links,
  };
}

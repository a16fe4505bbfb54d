/**
 * The migration check's view of an imported page, parsed as the site parses it (remark-mdx,
 * the front matter as Astro reads it: YAML 1.1), with the ids the site renders (heading ids
 * from src/lib/heading-ids.ts, `<a id>` anchors). Nothing of the importer's writer is used.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import YAML from 'yaml';
import { assignHeadingIds } from '../../../src/lib/heading-ids.ts';
import { sourceHash } from '../../../src/lib/source-hash.ts';
import { pageSchema } from '../../../src/schemas/page.ts';
import { normalise } from './legacy-reader/types.ts';

const reader = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx);

/** Dates a YAML 1.1 reader makes Date objects, as `YYYY-MM-DD` (as the page schema reads them). */
function datesAsText(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? value : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesAsText);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesAsText(v)]));
  return value;
}

function frontMatterOf(text: string): unknown {
  const match = /^---\n([\s\S]*?\n)---(?:\n|$)/.exec(text);
  return match ? datesAsText(YAML.parse(match[1]!, { version: '1.1' })) : undefined;
}

/** Every id the page renders: the slug (its `<h1>`), heading ids, `<a id>` anchors. */
function idsOf(tree: Root, slug: string): Set<string> {
  const ids = new Set<string>([slug]);
  const visit = (node: Nodes) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && a.name === 'id' && typeof a.value === 'string') ids.add(a.value);
    }
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(tree);
  for (const heading of assignHeadingIds(tree)) ids.add(heading.id);
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

function plain(nodes: readonly Nodes[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'yaml') continue;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out += node.value;
    else if (node.type === 'break') out += ' ';
    else if (node.type === 'image') out += node.alt ?? '';
    else if ('children' in node) out += plain(node.children as Nodes[]);
    if (blockTypes.has(node.type)) out += ' ';
  }
  return out;
}

function attribute(node: Nodes, name: string): string | undefined {
  if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return undefined;
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return found && typeof found.value === 'string' ? found.value : undefined;
}

function hashOf(source: string, data: unknown): string | undefined {
  const { title, description } = (data ?? {}) as Record<string, unknown>;
  if (typeof title !== 'string' || typeof description !== 'string') return undefined;
  const body = source.replace(/^---\n[\s\S]*?\n---(?:\n|$)/, '');
  return sourceHash({ title, description, body });
}

export function readPage(path: string, slug: string): PageInventory {
  const empty: PageInventory = { path, exists: false, problem: undefined, frontmatter: {}, segments: new Map(), text: '', ids: new Set(), links: [], sourceHash: undefined };
  if (!existsSync(path)) return empty;
  const source = readFileSync(path, 'utf8');
  let tree: Root;
  try {
    tree = reader.parse(source);
  } catch (error) {
    return { ...empty, exists: true, problem: `not valid MDX: ${(error as Error).message}` };
  }
  let data: unknown;
  try {
    data = frontMatterOf(source);
  } catch (error) {
    return { ...empty, exists: true, problem: `its front matter is not YAML: ${(error as Error).message}` };
  }
  const parsed = pageSchema.safeParse(data);
  const problem = parsed.success ? undefined : `front matter fails src/schemas/page.ts: ${parsed.error.issues.map((i: { path: PropertyKey[]; message: string }) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ')}`;
  const segments = new Map<string, PageSegment>();
  const links: PageInventory['links'] = [];
  const ids = idsOf(tree, slug);
  const visit = (node: Nodes) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Segment') {
      const id = attribute(node, 'id');
      if (id !== undefined) segments.set(id, { text: normalise(plain(node.children as Nodes[])), source: attribute(node, 'source') });
    }
    if (node.type === 'link') links.push({ url: node.url, text: normalise(plain(node.children)) });
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  visit(tree);
  return {
    path,
    exists: true,
    problem,
    frontmatter: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    segments,
    text: normalise(plain(tree.children)),
    sourceHash: hashOf(source, data),
    ids,
    links,
  };
}

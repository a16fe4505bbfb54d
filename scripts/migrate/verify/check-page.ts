/** The migration check's view of an imported page, parsed as the site parses it (remark-mdx). */
import { existsSync, readFileSync } from 'node:fs';
import type { Nodes, Root, RootContent } from 'mdast';
import { pageSchema } from '../../../src/schemas/page.ts';
import { normalise } from './check-legacy.ts';
import { parseMdx, readPageFrontMatter } from '../write/mdx-output.ts';
import { pageIds } from '../convert/page-ids.ts';

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

export function readPage(path: string, slug: string): PageInventory {
  const empty: PageInventory = { path, exists: false, problem: undefined, frontmatter: {}, segments: new Map(), text: '', ids: new Set(), links: [] };
  if (!existsSync(path)) return empty;
  const source = readFileSync(path, 'utf8');
  let tree: Root;
  try {
    tree = parseMdx(source);
  } catch (error) {
    return { ...empty, exists: true, problem: `not valid MDX: ${(error as Error).message}` };
  }
  const data = readPageFrontMatter(source);
  const parsed = pageSchema.safeParse(data);
  const problem = parsed.success ? undefined : `front matter fails src/schemas/page.ts: ${parsed.error.issues.map((i: { path: PropertyKey[]; message: string }) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ')}`;
  const segments = new Map<string, PageSegment>();
  const links: PageInventory['links'] = [];
  const ids = pageIds(tree, slug);
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
    ids,
    links,
  };
}

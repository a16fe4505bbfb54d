/**
 * The reader's way around the docset, from the locale's table of contents (content/toc/<locale>.json,
 * made from the legacy TOC.md): the tree in the reader's language, the reading order
 * (previous/next), the trail to a page (breadcrumbs) and the part of the tree a page carries
 * inline (its group). Pure: the site passes the table and the pages it serves.
 *
 * Pages the legacy table never listed (about a third of the 2018 docset) are not left out: they
 * come last, in a group of their own, so every page has a place, a trail and neighbours.
 *
 * Size: a page carries its own group only (the top-level entries and the branch down to it, with
 * the siblings on the way), never the whole tree; the whole tree is one shared page (the locale's
 * contents page). So a page's HTML does not grow with the number of pages in the site.
 */
import type { TocEntry } from '../schemas/toc.ts';

/** A page the site serves in the reader's locale. */
export interface NavPage {
  slug: string;
  /** The page's own title, as shown (used when the table has no entry for it). */
  title: string;
  /** Served in another language than the reader's (an English fallback, or a translation with no English). */
  fallback: boolean;
  /** BCP-47 tag of the title when it is not in the reader's language. */
  lang?: string | undefined;
}

export interface NavNode {
  title: string;
  /** BCP-47 tag of the title when it is not in the reader's language. */
  lang?: string | undefined;
  /** The page it links to (a page the site serves). */
  slug?: string | undefined;
  /** An address outside the docset. */
  href?: string | undefined;
  /** The linked page is not in the reader's language. */
  fallback?: boolean;
  /** BCP-47 tag of the linked page's text when it is a fallback. */
  pageLang?: string | undefined;
  children: NavNode[];
}

export interface NavOptions {
  /** Title of the group of pages the table does not list (in the reader's language). */
  moreTitle: string;
  /** Collation for sorting that group, the reader's BCP-47 tag. */
  lang: string;
}

/** Translated pages first, then the others; each alphabetically in the reader's collation. */
export function sortPages(pages: readonly NavPage[], lang: string): NavPage[] {
  const collator = new Intl.Collator(lang);
  return [...pages].sort((a, b) => Number(a.fallback) - Number(b.fallback) || collator.compare(a.title, b.title));
}

/** The tree: the table's entries that lead somewhere, then every page it does not list. */
export function buildNav(toc: readonly TocEntry[], pages: readonly NavPage[], options: NavOptions): NavNode[] {
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const listed = new Set<string>();
  const convert = (entry: TocEntry): NavNode | undefined => {
    const children = entry.children.map(convert).filter((n): n is NavNode => n !== undefined);
    const page = entry.slug === undefined ? undefined : bySlug.get(entry.slug);
    if (page) listed.add(page.slug);
    // An entry whose page the site does not serve keeps its place only as a group of what it holds.
    if (!page && entry.href === undefined && children.length === 0) return undefined;
    return {
      title: entry.title,
      ...(entry.lang ? { lang: entry.lang } : {}),
      ...(page ? { slug: page.slug, fallback: page.fallback, ...(page.fallback ? { pageLang: page.lang } : {}) } : {}),
      ...(entry.href ? { href: entry.href } : {}),
      children,
    };
  };
  const tree = toc.map(convert).filter((n): n is NavNode => n !== undefined);
  const rest = sortPages(
    pages.filter((p) => !listed.has(p.slug)),
    options.lang,
  );
  if (rest.length > 0) {
    tree.push({
      title: options.moreTitle,
      children: rest.map((p) => ({ title: p.title, slug: p.slug, fallback: p.fallback, ...(p.lang ? { lang: p.lang, pageLang: p.lang } : {}), children: [] })),
    });
  }
  return tree;
}

/** Every page once, in reading order (depth first, a page listed twice counts where it first appears). */
export function readingOrder(tree: readonly NavNode[]): NavNode[] {
  const seen = new Set<string>();
  const order: NavNode[] = [];
  const walk = (nodes: readonly NavNode[]) => {
    for (const node of nodes) {
      if (node.slug !== undefined && !seen.has(node.slug)) {
        seen.add(node.slug);
        order.push(node);
      }
      walk(node.children);
    }
  };
  walk(tree);
  return order;
}

/** The entries from the top of the tree down to the page's first appearance (the page last); [] when absent. */
export function trail(tree: readonly NavNode[], slug: string): NavNode[] {
  for (const node of tree) {
    if (node.slug === slug) return [node];
    const below = trail(node.children, slug);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}

export function neighbours(order: readonly NavNode[], slug: string): { previous: NavNode | undefined; next: NavNode | undefined } {
  const i = order.findIndex((n) => n.slug === slug);
  if (i === -1) return { previous: undefined, next: undefined };
  return { previous: order[i - 1], next: order[i + 1] };
}

/** A node as a page carries it: open (children shown) or closed (its link only). */
export interface BranchNode {
  node: NavNode;
  current: boolean;
  /** On the way to the current page (or the current page): its children are shown. */
  open: boolean;
  /** It has children, shown or not. */
  group: boolean;
  children: BranchNode[];
}

/**
 * What one page carries inline: the top-level entries, and the branch down to the page open,
 * with the siblings on the way and the page's own children. Nothing of the closed groups below
 * their own entry.
 */
export function branch(tree: readonly NavNode[], slug: string): BranchNode[] {
  const path = new Set(trail(tree, slug));
  const shape = (node: NavNode): BranchNode => {
    const open = path.has(node);
    return {
      node,
      current: open && node.slug === slug,
      open,
      group: node.children.length > 0,
      children: open ? node.children.map(shape) : [],
    };
  };
  return tree.map(shape);
}

/** The whole tree, every group open: the contents page. */
export function wholeTree(tree: readonly NavNode[]): BranchNode[] {
  const shape = (node: NavNode): BranchNode => ({ node, current: false, open: true, group: node.children.length > 0, children: node.children.map(shape) });
  return tree.map(shape);
}

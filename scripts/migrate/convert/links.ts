/**
 * Links → the site's relative, locale-free page links:
 *
 * - `page.md`, `page.md#anchor`, `../folder/page.md` → `../page/`, `../page/#anchor`;
 * - backslashes (`..\folder\page.md`) and letter case (`Page.MD`) fixed and reported;
 * - site-absolute `/partner-center/page` (and docs.microsoft.com / learn.microsoft.com URLs
 *   into partner-center) → `../page/`; other site-absolute paths → learn.microsoft.com;
 * - `xref:uid` links resolved after every file is read (write/resolve-links.ts), else kept as text;
 * - `javascript:`/`data:` URLs dropped (text kept); `[text] (page.md)` (not a link) reported.
 *
 * Page links are returned so the importer can check them once it knows every page.
 *
 * One link's URL is rewritten by link-rewrite.ts; this file walks the tree (links, images, text
 * that looks like a broken link) and collects the page links.
 */
import type { Link, Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { checkImage, fileMissing } from '../repair/docfx-image.ts';
import { imageMissing } from './image-missing.ts';
import { pointAt } from '../repair/html-tokens.ts';
import { quote, report } from '../messages.ts';
import { rewrite } from './link-rewrite.ts';
import { isUnsafeUrl } from '../../../src/lib/unsafe-url.ts';

export interface PageLink {
  kind: 'page' | 'xref' | 'anchor';
  /** Target slug (`page`), or the xref uid (`xref`); empty for same-page anchors. */
  target: string;
  anchor: string | undefined;
  /** The URL as written in the legacy file. */
  written: string;
  node: Link;
  /** The link's place in the legacy file. */
  position: Position | undefined;
}

export interface LinkContext {
  file: VFile;
  /** Report what was changed (false for a derived page: the translated pass already did). */
  verbose: boolean;
}

const notALink = /\[([^\]\n]+)\][ \t]+\(([^()\s]+\.md(?:#[^()\s]*)?)\)/gi;

function checkText(node: Text, file: VFile): void {
  for (const match of node.value.matchAll(notALink)) {
    const where = pointAt(node.position, node.value, match.index);
    report(
      file,
      'warning',
      `${quote(match[0])} is not a link (a space between \`]\` and \`(\`); did you mean ${quote(`[${match[1]}](${match[2]})`)}?`,
      'link-space',
      where,
    );
  }
}

function visitChildren(parent: Parents, ctx: LinkContext, links: PageLink[]): void {
  const out: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'link') {
      child.children = visitPhrasing(child.children, ctx, links) as Link['children'];
      out.push(...rewrite(child, ctx, links));
      continue;
    }
    if (child.type === 'image') {
      if (isUnsafeUrl(child.url)) {
        report(ctx.file, 'warning', `Dropped the image with the unsafe URL ${quote(child.url)}; kept its alt text`, 'unsafe-url', child);
        if (child.alt) out.push({ type: 'text', value: child.alt });
        continue;
      }
      if (fileMissing(child.url, ctx.file)) {
        if (ctx.verbose) checkImage(child.url, ctx.file, child.position?.start, 'wrote `<ImageMissing>` (a visible placeholder with the alt text) instead; put the file next to the page and write the image back');
        out.push(imageMissing(child, ctx.verbose));
        continue;
      }
      if (ctx.verbose) checkImage(child.url, ctx.file, child.position?.start);
      out.push(child);
      continue;
    }
    if (child.type === 'text') {
      if (ctx.verbose) checkText(child, ctx.file);
      out.push(child);
      continue;
    }
    if (child.type === 'segment') {
      child.children = visitPhrasing(child.children, ctx, links);
      out.push(child);
      continue;
    }
    if ('children' in child) visitChildren(child as Parents, ctx, links);
    out.push(child);
  }
  parent.children = out as typeof parent.children;
}

function visitPhrasing(nodes: PhrasingContent[], ctx: LinkContext, links: PageLink[]): PhrasingContent[] {
  const holder = { type: 'paragraph', children: nodes } as Parents;
  visitChildren(holder, ctx, links);
  return holder.children as PhrasingContent[];
}

/** Rewrites the links of `tree` in place; returns its page, anchor and xref links. */
export function rewriteLinks(tree: Root, ctx: LinkContext): PageLink[] {
  const links: PageLink[] = [];
  visitChildren(tree, ctx, links);
  return links;
}

/** Page links of a tree whose links were rewritten already (a copy of a converted page). */
export function collectPageLinks(tree: Root): PageLink[] {
  const links: PageLink[] = [];
  const visit = (node: RootContent | Root) => {
    if (node.type === 'link') {
      const page = /^\.\.\/([^/]+)\/(?:#(.*))?$/.exec(node.url);
      if (page) links.push({ kind: 'page', target: page[1]!, anchor: page[2], written: node.url, node, position: node.position });
      else if (node.url.startsWith('#')) links.push({ kind: 'anchor', target: '', anchor: node.url.slice(1), written: node.url, node, position: node.position });
    }
    if (node.type === 'segment') node.children.forEach(visit);
    else if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  visit(tree);
  return links;
}

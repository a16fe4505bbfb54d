/**
 * Links → the site's relative, locale-free page links:
 *
 * - `page.md`, `page.md#anchor`, `../folder/page.md` → `../page/`, `../page/#anchor`;
 * - backslashes (`..\folder\page.md`) and letter case (`Page.MD`) fixed and reported;
 * - site-absolute `/partner-center/page` (and docs.microsoft.com / learn.microsoft.com URLs
 *   into partner-center) → `../page/`; other site-absolute paths → learn.microsoft.com;
 * - `xref:uid` links resolved after every file is read (resolveXrefs), else kept as text;
 * - `javascript:`/`data:` URLs dropped (text kept); `[text] (page.md)` (not a link) reported.
 *
 * Page links are returned so the importer can check them once it knows every page.
 */
import { posix } from 'node:path';
import type { Link, Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { checkImage, fileMissing } from '../repair/docfx-image.ts';
import { imageMissing } from './image-missing.ts';
import { pointAt } from '../repair/html-tokens.ts';
import { quote, report } from '../messages.ts';
import { isUnsafeUrl } from './safe-url.ts';
import { isSlug } from '../read/slug.ts';

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

const docsHost = /^https?:\/\/(?:docs|learn)\.microsoft\.com(\/.*)?$/i;

export function pageUrl(slug: string, anchor: string | undefined): string {
  return `../${slug}/${anchor ? `#${anchor}` : ''}`;
}

/** `/en-us/partner-center/page(.md)(/)` → `page`. */
function partnerCenterPath(path: string): { slug: string; rest: string } | undefined {
  const match = /^\/(?:[a-z]{2}-[a-z]{2}\/)?partner-center\/([^/?#]+?)(?:\.md)?\/?([?#].*)?$/i.exec(path);
  if (!match) return undefined;
  return { slug: match[1]!, rest: match[2] ?? '' };
}

function splitHash(url: string): { path: string; query: string; hash: string | undefined } {
  const hashIndex = url.indexOf('#');
  const beforeHash = hashIndex === -1 ? url : url.slice(0, hashIndex);
  const hash = hashIndex === -1 ? undefined : url.slice(hashIndex + 1);
  const queryIndex = beforeHash.indexOf('?');
  return {
    path: queryIndex === -1 ? beforeHash : beforeHash.slice(0, queryIndex),
    query: queryIndex === -1 ? '' : beforeHash.slice(queryIndex),
    hash: hash === '' ? undefined : hash,
  };
}

function rewrite(node: Link, ctx: LinkContext, links: PageLink[]): PhrasingContent[] {
  const { file, verbose } = ctx;
  const written = node.url;
  const say = (severity: 'warning' | 'info', reason: string, rule: string) => {
    if (verbose || severity === 'warning') report(file, severity, reason, rule, node);
  };
  const record = (kind: PageLink['kind'], target: string, anchor: string | undefined) =>
    links.push({ kind, target, anchor, written, node, position: node.position });

  if (isUnsafeUrl(written)) {
    report(file, 'warning', `Dropped the unsafe link ${quote(written)}; kept its text`, 'unsafe-url', node);
    return node.children;
  }
  if (/^xref:/i.test(written)) {
    const uid = decodeURIComponent(written.slice(5).split(/[?#]/)[0]!);
    const hash = splitHash(written).hash;
    record('xref', uid, hash);
    return [node];
  }
  if (written.startsWith('#')) {
    record('anchor', '', decodeURIComponent(written.slice(1)));
    return [node];
  }

  let url = written;
  if (url.includes('\\')) {
    url = url.replace(/\\/g, '/');
    say('warning', `Link ${quote(written)} uses backslashes; fixed it to ${quote(url)}`, 'link-backslash');
  }

  // Absolute URLs: the docs site's partner-center pages become page links; others stay.
  const docs = docsHost.exec(url);
  if (docs) {
    const inSection = partnerCenterPath(docs[1] ?? '/');
    if (!inSection) return [node];
    url = `${inSection.slug}.md${inSection.rest}`;
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    return [node];
  } else if (url.startsWith('/')) {
    const inSection = partnerCenterPath(url);
    if (!inSection) {
      const target = `https://learn.microsoft.com/en-us${url}`;
      say('warning', `Site-absolute link ${quote(written)} is outside partner-center; pointed it at ${quote(target)}`, 'link-absolute');
      node.url = target;
      return [node];
    }
    url = `${inSection.slug}.md${inSection.rest}`;
  }

  const { path, query, hash } = splitHash(url);
  if (!/\.md$/i.test(path)) {
    // A relative link to something else than a page (an image, a PDF…): it must exist.
    if (path !== '') checkImage(path, file, node.position?.start);
    return [node];
  }
  const name = posix.basename(path).replace(/\.md$/i, '');
  let slug = decodeURIComponent(name);
  if (slug !== slug.toLowerCase()) {
    slug = slug.toLowerCase();
    say('warning', `Link ${quote(written)} has upper-case letters; page slugs are lower case: fixed it to \`${slug}\``, 'link-case');
  } else if (/\.MD$/.test(path) || /\.Md$|\.mD$/.test(path)) {
    say('warning', `Link ${quote(written)} has an upper-case \`.md\`; fixed it`, 'link-case');
  }
  if (!isSlug(slug)) {
    say('warning', `Link target ${quote(name)} is not a page slug (lower-case words joined by hyphens)`, 'link-slug');
  }
  if (query !== '') say('info', `Dropped the query ${quote(query)} from ${quote(written)}`, 'link-query');
  const target = pageUrl(slug, hash);
  node.url = target;
  const folder = posix.dirname(path);
  say(
    'info',
    `Rewrote the link ${quote(written)} to ${quote(target)}${folder !== '.' && folder !== '' ? ` (dropped the folder ${quote(folder)})` : ''}`,
    'link-md',
  );
  record('page', slug, hash);
  return [node];
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

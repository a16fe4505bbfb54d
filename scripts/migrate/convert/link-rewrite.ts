/**
 * One Markdown link's URL → the site's relative, locale-free page link (for links.ts, which says
 * what happens to which URL): `.md` pages and anchors, docs.microsoft.com and site-absolute paths,
 * backslashes and letter case fixed, `xref:` recorded for later, unsafe URLs dropped. Page,
 * anchor and xref links are recorded for the importer to check once it knows every page.
 */
import { posix } from 'node:path';
import type { Link, PhrasingContent } from 'mdast';
import { checkImage } from '../repair/docfx-image.ts';
import { quote, report } from '../messages.ts';
import { isSlug } from '../../../src/schemas/patterns.ts';
import type { LinkContext, PageLink } from './links.ts';
import { isUnsafeUrl } from '../../../src/lib/unsafe-url.ts';

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

/** Rewrites `node`'s URL in place; returns what stands for it (its text alone, when the URL is unsafe). */
export function rewrite(node: Link, ctx: LinkContext, links: PageLink[]): PhrasingContent[] {
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

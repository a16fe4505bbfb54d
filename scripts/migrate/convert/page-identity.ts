/**
 * Which page a legacy file is (for legacy-file.ts): the text in its own language, from which its
 * locale is told when the front matter does not say, and its slug, from the file name or, when
 * that is no slug, from the H1's anchor or text (reported).
 */
import { basename } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { stringValue, type LegacyFrontMatter } from '../read/front-matter.ts';
import { slugFromFileName, slugFromText } from '../read/slug.ts';
import { attr } from '../repair/html-tree.ts';
import { quote, report } from '../messages.ts';
import type { HtmlElement } from './nodes.ts';
import { variantOf } from './side-by-side.ts';

/** The `name`/`id` of the first `<a>` in the first H1 (before anchors are placed). */
export function h1Anchor(tree: Root): string | undefined {
  const heading = tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  if (!heading || heading.type !== 'heading') return undefined;
  const find = (nodes: readonly RootContent[]): string | undefined => {
    for (const node of nodes) {
      if (node.type === 'htmlElement' && node.tagName === 'a') {
        const id = attr(node as HtmlElement, 'name') ?? attr(node as HtmlElement, 'id');
        if (id) return id;
      }
      if ('children' in node) {
        const found = find(node.children as RootContent[]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return find(heading.children);
}

/** Text in the page's own language: everything but the English of side-by-side segments and code. */
export function ownText(tree: Root, frontMatter: LegacyFrontMatter): string {
  const parts: string[] = [];
  const visit = (node: RootContent) => {
    if (node.type === 'code' || node.type === 'inlineCode') return;
    if ('value' in node && typeof node.value === 'string' && node.type === 'text') parts.push(node.value);
    if (node.type === 'htmlElement' && (attr(node, 'class') ?? '').includes('sxs-lookup')) return;
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  tree.children.forEach(visit);
  for (const entry of frontMatter.entries) {
    if (['title', 'description'].includes(entry.key)) parts.push(stringValue(entry) ?? '');
  }
  return parts.join(' ');
}

/** The page's slug (reported), or undefined after an error. */
export function pageSlug(path: string, tree: Root, file: VFile): string | undefined {
  const fromName = slugFromFileName(path);
  if (fromName) return fromName;
  const anchor = h1Anchor(tree);
  const englishH1 = variantOf(tree, 'english').children.find((n) => n.type === 'heading' && n.depth === 1);
  const slug = anchor ?? (englishH1 ? slugFromText(toString(englishH1)) : undefined);
  if (!slug) {
    report(file, 'error', `Cannot tell the page's slug: the file name ${quote(basename(path))} is not a slug and the H1 has no \`<a name>\` anchor`, 'slug', { line: 1, column: 1 });
    return undefined;
  }
  report(file, 'info', `The file name ${quote(basename(path))} is not a slug; took the slug ${quote(slug)} from the H1's ${anchor ? 'anchor' : 'text'}`, 'slug', { line: 1, column: 1 });
  return slug;
}

/**
 * Every link a reader of the translation follows: Markdown links (each translated span read as
 * Markdown on its own, so a link survives a span that CommonMark would leave as raw HTML) and
 * `<a href>`. Links in the English of a pair are its copy, not counted again.
 */
import type { Nodes } from 'mdast';
import type { HtmlPass, Range } from './html-pass.ts';
import { parseInline, plain, type Body } from './markdown.ts';
import type { Roles } from './roles.ts';
import { normalise, type LegacyLink } from './types.ts';
import { variantText } from './variants.ts';

const inside = (offset: number, range: Range) => range.start <= offset && offset < range.end;

function eachLink(tree: Nodes, take: (link: Nodes & { type: 'link' }) => void): void {
  if (tree.type === 'link') take(tree);
  if ('children' in tree) for (const child of tree.children) eachLink(child, take);
}

export function linksOf(body: Body, html: HtmlPass, roles: Roles): LegacyLink[] {
  const found: { url: string; text: string; start: number }[] = [];
  const markdownPairs = html.pairs.filter((p) => !roles.htmlBlocks.some((b) => b.start <= p.start && p.start < b.end));
  for (const pair of markdownPairs) {
    const { tree, offset } = parseInline(body.text.slice(pair.translated.start, pair.translated.end));
    eachLink(tree, (link) => {
      found.push({ url: link.url, text: normalise(plain(link.children)), start: pair.translated.start + offset(link.position?.start.offset ?? 0) });
    });
  }
  const counted = [...html.pairs.map((p) => p.lookup), ...markdownPairs.map((p) => p.translated)];
  eachLink(body.tree, (link) => {
    const start = link.position?.start.offset ?? 0;
    if (counted.some((range) => inside(start, range))) return;
    const first = link.children[0]?.position?.start.offset ?? start;
    const last = link.children.at(-1)?.position?.end.offset ?? start;
    found.push({ url: link.url, text: variantText(body, html.pairs, { start: first, end: last }, 'translated'), start });
  });
  found.push(...html.links.map((l) => ({ ...l, text: normalise(l.text) })));
  return found.sort((a, b) => a.start - b.start).map((l) => ({ url: l.url.trim(), text: l.text, where: body.point(l.start) }));
}

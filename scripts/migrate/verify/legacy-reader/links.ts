/**
 * Every link a reader of the translation follows: Markdown links (each translated span read as
 * Markdown on its own, so a link survives a span that CommonMark would leave as raw HTML) and
 * `<a href>`. Links in the English of a pair are its copy, not counted again, but kept with the
 * translated link as the pair's English links (what the en-us page must have instead).
 */
import type { Nodes } from 'mdast';
import type { HtmlPair, HtmlPass, Range } from './html-pass.ts';
import { parseInline, plain, type Body } from './markdown.ts';
import type { Roles } from './roles.ts';
import { normalise, type LegacyLink } from './types.ts';
import { variantText } from './variants.ts';

type Pair = NonNullable<LegacyLink['pair']>;

const inside = (offset: number, range: Range) => range.start <= offset && offset < range.end;

function eachLink(tree: Nodes, take: (link: Nodes & { type: 'link' }) => void): void {
  if (tree.type === 'link') take(tree);
  if ('children' in tree) for (const child of tree.children) eachLink(child, take);
}

/** The Markdown links of a span read on its own, with their offsets in the body. */
function markdownLinks(body: Body, range: Range): { url: string; text: string; start: number }[] {
  const found: { url: string; text: string; start: number }[] = [];
  const { tree, offset } = parseInline(body.text.slice(range.start, range.end));
  eachLink(tree, (link) => {
    found.push({ url: link.url.trim(), text: normalise(plain(link.children)), start: range.start + offset(link.position?.start.offset ?? 0) });
  });
  return found;
}

/** A pair's English links, in order: Markdown (not inside an HTML block) and `<a href>`. */
function englishOf(body: Body, pair: HtmlPair, markdown: boolean): Pair {
  const links = [...(markdown ? markdownLinks(body, pair.english) : []), ...pair.englishLinks.map((l) => ({ ...l, url: l.url.trim(), text: normalise(l.text) }))];
  return { id: pair.id, english: links.sort((a, b) => a.start - b.start).map(({ url, text }) => ({ url, text })) };
}

export function linksOf(body: Body, html: HtmlPass, roles: Roles): LegacyLink[] {
  const found: { url: string; text: string; start: number; pair?: Pair }[] = [];
  const isMarkdown = (p: HtmlPair) => !roles.htmlBlocks.some((b) => b.start <= p.start && p.start < b.end);
  const markdownPairs = html.pairs.filter(isMarkdown);
  const pairs = new Map(html.pairs.map((p) => [p.start, englishOf(body, p, isMarkdown(p))]));
  for (const pair of markdownPairs) {
    for (const link of markdownLinks(body, pair.translated)) found.push({ ...link, pair: pairs.get(pair.start)! });
  }
  const counted = [...html.pairs.map((p) => p.lookup), ...markdownPairs.map((p) => p.translated)];
  eachLink(body.tree, (link) => {
    const start = link.position?.start.offset ?? 0;
    if (counted.some((range) => inside(start, range))) return;
    const first = link.children[0]?.position?.start.offset ?? start;
    const last = link.children.at(-1)?.position?.end.offset ?? start;
    const range = { start: first, end: last };
    const text = variantText(body, html.pairs, range, 'translated');
    // A link around side-by-side spans (`[<span>…</span><span class="sxs-lookup">…</span>](url)`): its English text differs.
    const spans = html.pairs.some((p) => inside(p.start, range));
    const pair = spans ? { id: `@${start}`, english: [{ url: link.url.trim(), text: variantText(body, html.pairs, range, 'english') }] } : undefined;
    found.push({ url: link.url, text, start, ...(pair ? { pair } : {}) });
  });
  for (const l of html.links) {
    const pair = l.pair === undefined ? undefined : pairs.get(l.pair);
    found.push({ url: l.url, text: normalise(l.text), start: l.start, ...(pair ? { pair } : {}) });
  }
  return found
    .sort((a, b) => a.start - b.start)
    .map((l) => ({ url: l.url.trim(), text: l.text, where: body.point(l.start), ...(l.pair ? { pair: l.pair } : {}) }));
}

/**
 * A bare address runs into the CJK text after it (`https://ms.portal.azure.com에서`,
 * `…/partner/support。`): GFM reads up to the next space, and CJK puts none there. The
 * address ends where the Han, kana, Hangul or full-width punctuation starts; the rest is text
 * again, after the link.
 */
import type { Link, Nodes, Parents, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { quote, report } from '../messages.ts';

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** A link written as its own address (a literal autolink): one text child equal to its URL. */
function isLiteral(link: Link): link is Link & { children: [Text] } {
  const only = link.children.length === 1 ? link.children[0] : undefined;
  return only?.type === 'text' && (link.url === only.value || link.url.endsWith(`:${only.value}`) || link.url === `http://${only.value}`);
}

export function cutAutolinkLiterals(tree: Parents, file: VFile | undefined): void {
  visit(tree, 'link', (link, index, parent) => {
    if (!parent || index === undefined || !isLiteral(link)) return;
    const text = link.children[0];
    const at = text.value.search(cjk);
    if (at <= 0) return;
    const rest = text.value.slice(at);
    const cut = link.url.length - (text.value.length - at);
    if (link.url.slice(cut) !== rest) return;
    link.url = link.url.slice(0, cut);
    text.value = text.value.slice(0, at);
    (parent.children as Nodes[]).splice(index + 1, 0, { type: 'text', value: rest } satisfies Text);
    if (file) report(file, 'info', `The address ${quote(link.url)} ran into the text after it (${quote(rest, 20)}): the link ends before it`, 'autolink-literal', link);
  });
}

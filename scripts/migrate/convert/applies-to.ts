/**
 * `**Applies to**` (or `**適用於**`, `**Область применения**`, `**적용 대상**`, `**適用対象**`)
 * followed by a list → `appliesTo` in the front matter; both leave the body.
 * Also `**Applies to:** Partner Center, Azure` on one line.
 */
import type { List, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { isAppliesToLabel } from '../repair/translated-keys.ts';

export interface AppliesTo {
  items: string[];
  position: Position | undefined;
}

function plain(node: RootContent): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

function labelOf(paragraph: Paragraph): { label: string; rest: string } | undefined {
  const [first, ...others] = paragraph.children;
  if (first?.type !== 'strong') return undefined;
  const label = plain(first);
  if (!isAppliesToLabel(label)) return undefined;
  const rest = others.map((n) => plain(n as RootContent)).join('').replace(/^[\s:：\-‐–—]+/u, '').trim();
  return { label, rest };
}

export function takeAppliesTo(tree: Root): AppliesTo | undefined {
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'paragraph') continue;
    const label = labelOf(node);
    if (!label) continue;
    const next = children[i + 1];
    if (label.rest === '' && next?.type === 'list') {
      const items = (next as List).children.map((item) => plain(item)).filter((t) => t !== '');
      children.splice(i, 2);
      return { items, position: node.position };
    }
    if (label.rest !== '') {
      children.splice(i, 1);
      return { items: label.rest.split(/\s*[,、，]\s*/u).filter((t) => t !== ''), position: node.position };
    }
  }
  return undefined;
}

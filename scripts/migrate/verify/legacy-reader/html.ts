/**
 * HTML as the check reads it: parse5 (hast-util-from-html), not the importer's tokenizer.
 * Side-by-side pairs are found on the parsed tree: a `<span data-ttu-id>` followed (white space
 * aside) by `<span class="sxs-lookup">` holding one `<span data-stu-id>`.
 */
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** A fragment, with positions (and, `verbose`, where each start and end tag is). */
export function parseHtml(text: string): Root {
  return fromHtml(text, { fragment: true, verbose: true });
}

export function isElement(node: Nodes | undefined, tag?: string): node is Element {
  return node?.type === 'element' && (tag === undefined || node.tagName === tag);
}

/** An attribute as written (`data-ttu-id`, `name`, `href`…), undefined when absent. */
export function attribute(element: Element, name: string): string | undefined {
  // hast names properties as the DOM does: `className`, `dataTtuId`.
  const property = name === 'class' ? 'className' : name.startsWith('data-') ? `data${name.slice(5).replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase())}` : name;
  const value = element.properties[property];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export function hasClass(element: Element, name: string): boolean {
  return (attribute(element, 'class') ?? '').split(/\s+/).includes(name);
}

/** The element's text (comments left out; with `translatedOnly`, the English of segments too). */
export function textOf(node: Nodes, translatedOnly = false): string {
  if (node.type === 'text') return node.value;
  if (translatedOnly && isLookupSpan(node)) return '';
  if ('children' in node) return (node.children as Nodes[]).map((c) => textOf(c, translatedOnly)).join('');
  return '';
}

const isBlank = (node: RootContent | undefined) => node?.type === 'text' && node.value.trim() === '';

export function isTranslatedSpan(node: Nodes | undefined): node is Element {
  return isElement(node, 'span') && attribute(node, 'data-ttu-id') !== undefined;
}

export function isLookupSpan(node: Nodes | undefined): node is Element {
  return isElement(node, 'span') && hasClass(node, 'sxs-lookup');
}

export interface Pair {
  id: string;
  translated: Element;
  lookup: Element;
  /** The `<span data-stu-id>`: the English. */
  source: Element;
  /** Index of the lookup span among the siblings. */
  lookupIndex: number;
}

/** The side-by-side pair starting at `children[i]`, if it is one. */
export function pairAt(children: readonly (RootContent | ElementContent)[], i: number): Pair | undefined {
  const translated = children[i] as Nodes;
  if (!isTranslatedSpan(translated)) return undefined;
  let j = i + 1;
  while (j < children.length && isBlank(children[j] as RootContent)) j++;
  const lookup = children[j] as Nodes | undefined;
  if (!isLookupSpan(lookup)) return undefined;
  const inner = lookup.children.filter((c) => !isBlank(c as RootContent));
  const source = inner[0];
  if (inner.length !== 1 || !isElement(source, 'span') || attribute(source, 'data-stu-id') === undefined) return undefined;
  return { id: attribute(translated, 'data-ttu-id')!, translated, lookup, source, lookupIndex: j };
}

/** A front matter line written side by side: its id, the translated and the English text. */
export function sideBySideLine(line: string): { id: string; translated: string; english: string; column: number } | undefined {
  const root = parseHtml(line);
  for (let i = 0; i < root.children.length; i++) {
    const pair = pairAt(root.children, i);
    if (!pair) continue;
    const column = pair.translated.position?.start.column ?? 1;
    return { id: pair.id, translated: textOf(pair.translated).trim(), english: textOf(pair.source).trim(), column };
  }
  return undefined;
}

/**
 * No unsafe URL reaches a page (src/lib/unsafe-url.ts: `javascript:`, `vbscript:`, `data:`,
 * `file:`…). The content check reports each one (no-javascript-link) and the importer drops them;
 * this plugin is the site's own guard, for a page built despite the check:
 *
 *   [text](javascript:…)         the text, without the link
 *   ![alt](data:…)               the alt text, without the image
 *   [x]: file:…  (a definition)  the URL emptied; its references link nowhere
 *   <a href="vbscript:…">        the element, without the attribute (also src, action, srcset…)
 */
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defineMdastPlugin } from 'satteri';
import { isUnsafeUrl, urlAttributes } from '../unsafe-url.ts';

const isUnsafeAttribute = (a: MdxJsxFlowElement['attributes'][number]): a is MdxJsxAttribute =>
  a.type === 'mdxJsxAttribute' && urlAttributes.includes(a.name.toLowerCase()) && typeof a.value === 'string' && isUnsafeUrl(a.value);

function withoutUnsafeAttributes<N extends MdxJsxFlowElement | MdxJsxTextElement>(node: N): N | undefined {
  if (!node.attributes.some(isUnsafeAttribute)) return undefined;
  return { ...node, attributes: node.attributes.filter((a) => !isUnsafeAttribute(a)) };
}

export const unsafeUrlsPlugin = defineMdastPlugin({
  name: 'unsafe-urls',
  link(node, ctx) {
    if (isUnsafeUrl(node.url)) ctx.replaceNode(node, [...node.children]);
  },
  image(node, ctx) {
    if (isUnsafeUrl(node.url)) ctx.replaceNode(node, node.alt ? [{ type: 'text', value: node.alt }] : []);
  },
  definition(node, ctx) {
    if (isUnsafeUrl(node.url)) ctx.setProperty(node, 'url', '');
  },
  mdxJsxFlowElement(node) {
    return withoutUnsafeAttributes(node as MdxJsxFlowElement);
  },
  mdxJsxTextElement(node) {
    return withoutUnsafeAttributes(node as MdxJsxTextElement);
  },
});

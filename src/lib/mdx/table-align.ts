/**
 * Tables: column alignment as classes, not inline styles, and every table focusable.
 *
 * A GFM table's alignment (`| :-: |`) reaches the page as `style="text-align: center"` on every
 * cell, which the site's Content-Security-Policy (`style-src 'self'`) blocks, with a console
 * error per cell. The hast plugin moves it to a class on the cell (`align-center`, `align-right`,
 * `align-left`; styled in src/styles/global.css), so no inline style is written.
 *
 * Every table is also focusable (`tabindex="0"`): on a phone a wide table scrolls sideways in its
 * own box (global.css), and a keyboard user must be able to reach and scroll it (WCAG 2.1.1).
 * GFM tables get it in hast; an HTML `<table>` written in the page is an MDX element, which gets
 * it in mdast.
 */
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { defineHastPlugin, defineMdastPlugin } from 'satteri';

const alignment = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/;

export const tableAlignPlugin = defineHastPlugin({
  name: 'table-align',
  element: {
    filter: ['table', 'th', 'td'],
    visit(node, ctx) {
      if (node.tagName === 'table') {
        ctx.setProperty(node, 'tabIndex', 0);
        return;
      }
      const side = typeof node.properties?.style === 'string' ? alignment.exec(node.properties.style)?.[1] : undefined;
      if (!side) return;
      ctx.setProperty(node, 'style', null);
      ctx.setProperty(node, 'className', [`align-${side}`]);
    },
  },
});

export const focusableHtmlTablesPlugin = defineMdastPlugin({
  name: 'focusable-html-tables',
  mdxJsxFlowElement(node) {
    if (node.name !== 'table' || node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name.toLowerCase() === 'tabindex')) return;
    const focusable: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: node.name,
      attributes: [...node.attributes, { type: 'mdxJsxAttribute', name: 'tabIndex', value: '0' }],
      children: node.children,
    };
    return focusable;
  },
});

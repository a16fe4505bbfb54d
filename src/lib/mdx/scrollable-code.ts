/**
 * A code block keeps its lines as written (legacy pages hold indented lists that became code),
 * so on a phone a long line scrolls sideways in the block's own box (src/styles/global.css), not
 * the whole page. The block is focusable (`tabindex="0"`), so a keyboard user can reach and
 * scroll it, as a table is (WCAG 2.1.1).
 */
import { defineHastPlugin } from 'satteri';

export const scrollableCodePlugin = defineHastPlugin({
  name: 'scrollable-code',
  element: {
    filter: ['pre'],
    visit(node, ctx) {
      if (node.properties?.tabIndex === undefined) ctx.setProperty(node, 'tabIndex', 0);
    },
  },
});

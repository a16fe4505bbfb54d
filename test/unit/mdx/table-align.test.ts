/** Tables: alignment as classes (the CSP forbids inline styles), every table focusable. */
import { describe, expect, it } from 'vitest';
import { render } from './render.ts';

describe('tables', () => {
  it('a GFM table: alignment becomes a class on every cell of the column, the table is focusable', async () => {
    const html = await render('| a | b | c |\n| :-: | --: | --- |\n| 1 | 2 | 3 |\n');
    expect(html).not.toContain('style');
    expect(html).toContain('<table tabindex="0">');
    expect(html.match(/<t[hd](?: [^>]*)?>/g)).toEqual(['<th class="align-center">', '<th class="align-right">', '<th>', '<td class="align-center">', '<td class="align-right">', '<td>']);
  });

  it('an HTML table written in the page is focusable too, unless it says otherwise', async () => {
    expect(await render('<table>\n<tr><td>x</td></tr>\n</table>\n')).toContain('<table tabIndex="0">');
    expect(await render('<table tabindex="-1">\n<tr><td>x</td></tr>\n</table>\n')).toContain('<table tabindex="-1">');
  });
});

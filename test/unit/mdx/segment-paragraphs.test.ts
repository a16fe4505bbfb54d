/**
 * Paragraphs of translated sentences (<Segment>) stay paragraphs: compiled as the site compiles
 * them (Sätteri unravels JSX-only paragraphs, as MDX does), with the site's plugins.
 */
import { describe, expect, it } from 'vitest';
import { render } from './render.ts';

const s = (id: string, text: string) => `<Segment id="${id}" source="English ${id}">${text}</Segment>`;

describe('segment paragraphs', () => {
  it('needs to exist: MDX alone drops the paragraph and the space between sentences', async () => {
    expect(await render(`${s('1', '가')} ${s('2', '나')}`, { plugins: { mdast: [], hast: [] } })).toBe('[Segment]가[/Segment]\n[Segment]나[/Segment]');
  });

  it('makes a paragraph of sentences on one line, with their space', async () => {
    expect(await render(`${s('1', '가')} ${s('2', '나')}`)).toBe('<p>[Segment]가[/Segment] [Segment]나[/Segment]</p>');
  });

  it('keeps sentences on following lines in one paragraph, and a blank line starts another', async () => {
    expect(await render(`${s('1', 'a')}\n${s('2', 'b')}\n\n${s('3', 'c')}`)).toBe('<p>[Segment]a[/Segment]\n[Segment]b[/Segment]</p>\n<p>[Segment]c[/Segment]</p>');
  });

  it('keeps inline Markdown inside a sentence', async () => {
    expect(await render(s('1', '獎勵**儀表板**上'))).toBe('<p>[Segment]獎勵<strong>儀表板</strong>上[/Segment]</p>');
  });

  it('leaves other components, headings, links and tight lists as they are', async () => {
    const html = await render(`## ${s('1', 'h')}\n\n<EligibilityChecker />\n\n[${s('2', 'l')}](../x/)\n\n- ${s('3', 'i')} ${s('4', 'j')}\n- ${s('5', 'k')}`);
    expect(html).toBe(
      '<h2 id="h">[Segment]h[/Segment]</h2>\n[EligibilityChecker][/EligibilityChecker]\n<p><a href="../x/">[Segment]l[/Segment]</a></p>\n' +
        '<ul>\n<li>[Segment]i[/Segment] [Segment]j[/Segment]</li>\n<li>[Segment]k[/Segment]</li>\n</ul>',
    );
  });

  it('makes paragraphs inside a component too, and leaves a Segment holding blocks alone', async () => {
    expect(await render(`<Callout>\n${s('1', 'a')} ${s('2', 'b')}\n</Callout>`)).toBe('[Callout]<p>[Segment]a[/Segment] [Segment]b[/Segment]</p>[/Callout]');
    expect(await render('<Segment id="1" source="x">\n\nblock\n\n</Segment>')).toBe('[Segment]<p>block</p>[/Segment]');
  });
});

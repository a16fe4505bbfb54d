/** The writers' corner (for the locale home pages): a heading in the reader's language and a link to /status/. */
import type { Nodes } from 'hast';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import WritersCorner from '../../../src/components/WritersCorner.astro';
import { locales } from '../../../src/config/locales.ts';
import { t } from '../../../src/i18n/ui.ts';

const toString = (node: Nodes): string => ('value' in node ? String(node.value) : 'children' in node ? node.children.map(toString).join('') : '');

describe('WritersCorner', () => {
  for (const { locale } of locales) {
    it(`${locale}: "For writers" in the reader's language, linking to the status page with what it is`, async () => {
      const container = await AstroContainer.create();
      const tree = fromHtml(await container.renderToString(WritersCorner, { props: { locale } }), { fragment: true });
      const section = select('section[data-writers-corner]', tree)!;
      const heading = select('h2', section)!;
      expect(toString(heading)).toBe(t(locale, 'writersHeading'));
      expect(section.properties.ariaLabelledBy).toEqual([heading.properties.id]);
      const link = select('a', section)!;
      expect(link.properties.href).toBe('/status/');
      expect(link.properties.hrefLang).toBe('en-US');
      expect(toString(link)).toBe(t(locale, 'writersStatusLink'));
      expect(toString(section)).toContain(t(locale, 'writersStatusText'));
    });
  }

  it('takes an h3 under a page whose sections are h2', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(WritersCorner, { props: { locale: 'ja-jp', headingLevel: 3 } });
    expect(select('h3', fromHtml(html, { fragment: true }))).toBeTruthy();
    expect(html).not.toContain('<h2');
  });
});

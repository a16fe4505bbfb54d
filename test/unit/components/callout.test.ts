/**
 * A DocFX alert (`> [!NOTE]`, converted by the importer to `<Callout>`) is labelled in the reader's
 * language, as visible text and as the region's name for screen readers. The 2018 docset writes
 * its notes as bold text, so no real page has one: the component is rendered on its own here.
 */
import type { Nodes } from 'hast';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import Callout from '../../../src/components/Callout.astro';
import { locales } from '../../../src/config/locales.ts';
import { t } from '../../../src/i18n/ui.ts';

const toString = (node: Nodes): string => ('value' in node ? String(node.value) : 'children' in node ? node.children.map(toString).join('') : '');
const labels = { note: 'calloutNote', important: 'calloutImportant', tip: 'calloutTip', warning: 'calloutWarning', caution: 'calloutCaution' } as const;

describe('Callout', () => {
  for (const { locale } of locales) {
    for (const [type, key] of Object.entries(labels)) {
      it(`${locale} ${type}: labelled "${t(locale, key)}"`, async () => {
        const container = await AstroContainer.create();
        const html = await container.renderToString(Callout, {
          props: { type },
          slots: { default: 'Body text' },
          request: new Request(`http://localhost/${locale}/partner-center/some-page/`),
        });
        const aside = select('aside', fromHtml(html, { fragment: true }))!;
        expect(aside.properties.dataCallout).toBe(type);
        expect(aside.properties.ariaLabel).toBe(t(locale, key));
        expect(toString(select('.callout-label', aside)!)).toBe(t(locale, key));
        expect(toString(aside)).toContain('Body text');
      });
    }
  }
});

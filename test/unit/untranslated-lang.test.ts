import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markUntranslated, remarkUntranslatedLang } from '../../src/lib/untranslated-lang.ts';

const fromMarkdown = (text: string) => unified().use(remarkParse).parse(text);

const lang = (node: unknown) => (node as { data?: { hProperties?: { lang?: string } } }).data?.hProperties?.lang;

describe('English left in a translation is marked lang="en"', () => {
  it('marks a paragraph with no letter of the locale\'s script, not a translated one or a product name', () => {
    const tree = fromMarkdown('Sign in to Partner Center with your work account.\n\n合作夥伴中心的 Partner Center 說明。\n\nPartner Center\n');
    markUntranslated(tree, 'zh-tw');
    expect(tree.children.map(lang)).toEqual(['en', undefined, undefined]);
  });

  it('leaves English pages and Russian Latin-free text alone; finds the locale from the file path', () => {
    const tree = fromMarkdown('Sign in to Partner Center with your work account.\n');
    remarkUntranslatedLang()(tree, { path: '/repo/content/en-us/partner-center/x.mdx' });
    expect(lang(tree.children[0])).toBeUndefined();
    remarkUntranslatedLang()(tree, { path: '/repo/content/ru-ru/partner-center/x.mdx' });
    expect(lang(tree.children[0])).toBe('en');
  });
});

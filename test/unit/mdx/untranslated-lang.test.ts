/** English left in a translation is marked lang="en", as the site compiles the page. */
import { describe, expect, it } from 'vitest';
import { render } from './render.ts';

const at = (locale: string) => ({ path: `/repo/content/${locale}/partner-center/x.mdx` });

describe('English left in a translation is marked lang="en"', () => {
  it("marks a paragraph with no letter of the locale's script, not a translated one or a product name", async () => {
    const html = await render('Sign in to Partner Center with your work account.\n\n合作夥伴中心的 Partner Center 說明。\n\nPartner Center\n', at('zh-tw'));
    expect(html).toBe('<p lang="en">Sign in to Partner Center with your work account.</p>\n<p>合作夥伴中心的 Partner Center 說明。</p>\n<p>Partner Center</p>');
  });

  it('marks headings and table cells too', async () => {
    const html = await render('## Manage your users and their roles\n\n| 名前 | 説明 |\n| --- | --- |\n| Windows ten Pro for Advanced PC | 日本語の説明 |\n', at('ja-jp'));
    expect(html).toContain('<h2 id="manage-your-users-and-their-roles" lang="en">');
    expect(html).toContain('<td lang="en">Windows ten Pro for Advanced PC</td>');
    expect(html).toContain('<td>日本語の説明</td>');
  });

  it('leaves English pages alone, and finds the locale from the file path', async () => {
    const source = 'Sign in to Partner Center with your work account.\n';
    expect(await render(source, at('en-us'))).toBe('<p>Sign in to Partner Center with your work account.</p>');
    expect(await render(source, at('ru-ru'))).toBe('<p lang="en">Sign in to Partner Center with your work account.</p>');
  });
});

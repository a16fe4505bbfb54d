/**
 * Unsafe URLs: one list (src/lib/unsafe-url.ts) for the site, the content check and the importer,
 * and the site's own guard (src/lib/mdx/unsafe-urls.ts) for a page built despite the check.
 */
import { describe, expect, it } from 'vitest';
import { resolveSiteLink } from '../../../src/lib/site-links.ts';
import { isUnsafeUrl, unsafeScheme, unsafeSchemes } from '../../../src/lib/unsafe-url.ts';
import { expectedLink } from '../../../scripts/migrate/verify/expected-link.ts';
import { render } from './render.ts';

const from = { locale: 'en-us', slug: 'a-page' };

describe('the unsafe-scheme list', () => {
  it('covers javascript:, vbscript:, data: and file:', () => {
    expect(unsafeSchemes).toEqual(expect.arrayContaining(['javascript', 'vbscript', 'data', 'file']));
  });

  it('reads a scheme as a browser does: case, white space and control characters ignored', () => {
    expect(unsafeScheme('JavaScript:alert(1)')).toBe('javascript');
    expect(unsafeScheme('java\nscript:alert(1)')).toBe('javascript');
    expect(unsafeScheme(' \tjava\u0000script:alert(1)')).toBe('javascript');
    expect(unsafeScheme('FILE:///etc/passwd')).toBe('file');
    expect(unsafeScheme('data:text/html,<b>x</b>')).toBe('data');
    for (const safe of ['https://learn.microsoft.com/', '../other-page/', '#anchor', 'mailto:a@b.c', 'javascript-guide/', 'files:x']) {
      expect(isUnsafeUrl(safe), safe).toBe(false);
    }
  });

  it.each(['javascript:alert(1)', 'vbscript:msgbox', 'data:text/html,hi', 'file:///etc/passwd'])('%s: the checker, the importer and the site all refuse it', async (url) => {
    expect(resolveSiteLink(url, from)).toEqual({ kind: 'unsafe', scheme: url.split(':')[0] });
    expect(expectedLink(url).kind).toBe('text');
    const html = await render(`[the text](${url}) and <a href="${url}">html</a> and ![the alt](${url})\n\n[ref][r]\n\n[r]: ${url}\n`);
    expect(html).not.toContain(url.split(':')[0] + ':');
    expect(html).toContain('<p>the text and <a>html</a> and the alt</p>');
    expect(html).toContain('<p><a href="">ref</a></p>');
  });

  it('leaves safe links alone', async () => {
    expect(await render('[a page](../other/) and <a href="https://example.com/">x</a>\n')).toBe('<p><a href="../other/">a page</a> and <a href="https://example.com/">x</a></p>');
  });
});

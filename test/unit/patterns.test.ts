/** The shapes of names (src/schemas/patterns.ts), which every schema and the importer share. */
import { describe, expect, it } from 'vitest';
import { hrefPattern, idPattern, isSlug, pageHrefPattern, parsePageHref } from '../../src/schemas/patterns.ts';

describe('patterns', () => {
  it('a slug is lower-case words and digits joined by single hyphens', () => {
    for (const slug of ['reset-a-user-password', 'mpn', '2018-changes']) expect(isSlug(slug), slug).toBe(true);
    for (const bad of ['Reset', 'a--b', '-a', 'a-', 'a_b', 'page.md', '資格', '']) expect(isSlug(bad), bad).toBe(false);
  });

  it('an id is a slug that starts with a letter', () => {
    expect(idPattern.test('sign-in')).toBe(true);
    expect(idPattern.test('2fa')).toBe(false);
  });

  it('a page href is ../slug/ with an optional #anchor; hrefPattern adds https addresses only', () => {
    expect(parsePageHref('../competencies/')).toEqual({ slug: 'competencies', anchor: undefined });
    expect(parsePageHref('../competencies/#gold-level')).toEqual({ slug: 'competencies', anchor: 'gold-level' });
    for (const bad of ['../competencies', 'competencies/', '../a/b/', '../a/#', '/en-us/partner-center/a/']) expect(pageHrefPattern.test(bad), bad).toBe(false);
    expect(hrefPattern.test('https://partner.microsoft.com/')).toBe(true);
    expect(hrefPattern.test('../competencies/#gold-level')).toBe(true);
    for (const bad of ['http://partner.microsoft.com/', 'javascript:alert(1)', 'https://a b', '../a/x']) expect(hrefPattern.test(bad), bad).toBe(false);
  });
});

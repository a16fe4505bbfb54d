/** SITE_URL: a build without it (or with a local one) is told loudly; a production build names no local address. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { findLocalAddresses } from '../../scripts/check-site/no-localhost.ts';
import { localSiteUrl, resolveSiteUrl } from '../../src/lib/site-url.ts';

describe('SITE_URL', () => {
  it('unset: builds for localhost, with a warning of several lines that says what breaks and how to set it', () => {
    for (const value of [undefined, '', '  ']) {
      const resolved = resolveSiteUrl(value);
      expect(resolved.site).toBe(localSiteUrl);
      expect(resolved.local).toBe(true);
      const lines = resolved.warning!.split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(5);
      expect(resolved.warning).toMatch(/canonical, hreflang and sitemap URLs will point at localhost/);
      expect(resolved.warning).toContain('SITE_URL is not set');
      expect(resolved.warning).toContain('SITE_URL=https://docs.example.com npm run build');
      // A box: every line as wide as the others.
      expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    }
  });

  it('a local address warns too; a public one does not', () => {
    expect(resolveSiteUrl('http://127.0.0.1:8080').warning).toContain('SITE_URL is http://127.0.0.1:8080, a local address');
    expect(resolveSiteUrl('http://docs.localhost/').local).toBe(true);
    expect(resolveSiteUrl('https://partners.example.test')).toEqual({ site: 'https://partners.example.test', local: false, warning: undefined });
  });

  it('a value that is not an http(s) URL stops the build with what to set', () => {
    expect(() => resolveSiteUrl('docs.example.com')).toThrow(/SITE_URL="docs.example.com" is not a URL: set it to the address/);
    expect(() => resolveSiteUrl('ftp://docs.example.com')).toThrow(/must be an http\(s\) address/);
  });
});

describe('check:site, a production build', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reports every file naming a local address, including compressed search-index files, and nothing else', () => {
    dir = mkdtempSync(join(tmpdir(), 'no-localhost-'));
    mkdirSync(join(dir, 'en-us/x'), { recursive: true });
    mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<link rel="canonical" href="https://partners.example.test/">');
    writeFileSync(join(dir, 'en-us/x/index.html'), '<link rel="canonical" href="http://localhost:4321/en-us/x/"><link rel="alternate" href="http://localhost:4321/ja-jp/x/">');
    writeFileSync(join(dir, 'sitemap-0.xml'), '<loc>http://127.0.0.1:4321/</loc>');
    writeFileSync(join(dir, 'pagefind/fragment/en_1.pf_fragment'), gzipSync('pagefind_dcd{"url":"http://localhost:4321/en-us/x/"}'));
    writeFileSync(join(dir, 'pagefind/fragment/en_2.pf_fragment'), gzipSync('pagefind_dcd{"url":"/en-us/y/"}'));
    const messages = findLocalAddresses(dir);
    expect(messages.map((m) => m.file)).toEqual(['en-us/x/index.html', 'pagefind/fragment/en_1.pf_fragment', 'sitemap-0.xml']);
    expect(messages[0]!.message).toMatch(/^names a local address 2 times .*"…<link rel="canonical" href="http:\/\/localhost:4321/);
    expect(messages.every((m) => m.ruleId === 'localhost')).toBe(true);
  });
});

/**
 * The site reads a page's body from its file (the content store keeps none): the same text the
 * checker and the importer hash, and the new text as soon as the file changes.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageBodyOf } from '../../src/data/page-body.ts';
import { pageBody, readPage } from '../../src/lib/mdx/read-page.ts';

const dir = mkdtempSync(join(tmpdir(), 'page-body-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pageBodyOf', () => {
  it('is the text after the front matter, where the reader says the body starts', () => {
    const text = '---\ntitle: A page\ndescription: About it.\n---\n\n## First\n\nText.\n';
    const file = join(dir, 'a.mdx');
    writeFileSync(file, text);
    expect(pageBodyOf({ id: 'en-us/partner-center/a', filePath: file })).toBe('\n\n## First\n\nText.\n');
    expect(pageBody(text)).toBe(text.slice(readPage(text).bodyStart));
  });

  it('reads the file again when it changes', () => {
    const file = join(dir, 'b.mdx');
    writeFileSync(file, '---\ntitle: B\ndescription: B.\n---\nOld text.\n');
    utimesSync(file, 1_000, 1_000);
    expect(pageBodyOf({ id: 'b', filePath: file })).toBe('\nOld text.\n');
    writeFileSync(file, '---\ntitle: B\ndescription: B.\n---\nNew text.\n');
    utimesSync(file, 2_000, 2_000);
    expect(pageBodyOf({ id: 'b', filePath: file })).toBe('\nNew text.\n');
  });

  it('says what is wrong when an entry has no file', () => {
    expect(() => pageBodyOf({ id: 'en-us/partner-center/x' })).toThrow('The page "en-us/partner-center/x" has no file path in the content store');
  });
});

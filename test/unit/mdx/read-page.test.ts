/**
 * The one reader of a page (src/lib/mdx/read-page.ts): front matter as Astro reads it, the body
 * as Astro compiles it, places for messages.
 */
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MdxSyntaxError, readPage } from '../../../src/lib/mdx/read-page.ts';

describe('readPage', () => {
  it('reads front matter with the very package @astrojs/mdx reads it with (an upgrade cannot split them)', () => {
    const ours = createRequire(import.meta.url);
    const mdx = createRequire(ours.resolve('@astrojs/mdx'));
    const where = (require: NodeJS.Require) => realpathSync(dirname(require.resolve('@astrojs/internal-helpers/frontmatter')));
    expect(where(ours)).toBe(where(mdx));
  });

  it('reads front matter as Astro does: fences with trailing spaces, dates, the body after it', () => {
    const text = '---  \ntitle: T\ndate: 2018-05-21\ntranslation:\n  type: human\n  sourceHash: abc\n---\n\n## Heading\n';
    const page = readPage(text);
    expect(page.frontmatter).toMatchObject({ place: { line: 1, column: 1 }, data: { title: 'T', date: new Date('2018-05-21'), translation: { type: 'human' } } });
    expect(page.frontmatter!.keyPlaces).toEqual({
      title: { line: 2, column: 1 },
      date: { line: 3, column: 1 },
      translation: { line: 4, column: 1 },
      'translation.type': { line: 5, column: 3 },
      'translation.sourceHash': { line: 6, column: 3 },
    });
    expect(text.slice(page.bodyStart)).toBe('\n\n## Heading\n');
    expect(page.headings).toMatchObject([{ id: 'heading', line: 9, column: 1 }]);
  });

  it('says where the YAML is wrong, and still reads the body', () => {
    const page = readPage('---\ntitle: T\ndescription: [unclosed\n---\n\n## Heading\n');
    expect(page.frontmatter!.error).toMatchObject({ line: 4 });
    expect(page.frontmatter!.data).toBeUndefined();
    expect(page.headings.map((h) => h.id)).toEqual(['heading']);
  });

  it('a page without front matter has none', () => {
    expect(readPage('Text\n')).toMatchObject({ frontmatter: undefined, bodyStart: 0 });
  });

  it('throws an MdxSyntaxError with the place Sätteri gives', () => {
    let error: unknown;
    try {
      readPage('---\ntitle: T\n---\n\nText {\n');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(MdxSyntaxError);
    expect(error).toMatchObject({ line: 5, reason: expect.stringMatching(/closing brace/) });
  });
});

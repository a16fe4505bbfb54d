/**
 * Every rule of the content checker, on a fixture content tree of its own: it fires with the
 * right id, file, line and column, and stays quiet on the good pages next to the bad one.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../scripts/check/context.ts';
import { rules } from '../../../scripts/check/rules/index.ts';
import { runCheck } from '../../../scripts/check/run.ts';

const fixtures = join(import.meta.dirname, '../../fixtures');
type Expected = [file: string, line: number, column: number, severity: 'error' | 'warning'];

async function messagesOf(fixture: string, ruleId: string) {
  const result = await runCheck({ root: join(fixtures, fixture), cache: false });
  return result.messages.filter((m) => m.ruleId === ruleId);
}

async function expectRule(fixture: string, ruleId: string, expected: Expected[]) {
  const messages = await messagesOf(fixture, ruleId);
  expect(messages.map((m) => [m.file, m.line, m.column, m.severity])).toEqual(expected);
  return messages;
}

describe('rule modules', () => {
  const dir = join(import.meta.dirname, '../../../scripts/check/rules');
  /** The modules that list rules rather than hold one. */
  const lists = ['index.ts', 'site.ts'];

  it('each holds one rule, named for its id (html.ts is `html`)', async () => {
    const modules = readdirSync(dir).filter((name) => name.endsWith('.ts') && !lists.includes(name));
    for (const name of modules) {
      const exported = Object.values(await import(join(dir, name))) as unknown[];
      const held = exported.filter((value): value is Rule => typeof value === 'object' && value !== null && 'id' in value && 'scope' in value);
      expect(held.map((rule) => `${rule.id}.ts`), name).toEqual([name]);
    }
    expect(modules.sort()).toEqual(rules.map((rule) => `${rule.id}.ts`).sort());
  });
});

describe('frontmatter', () => {
  it('checks every page against the site schema, at the field', async () => {
    const messages = await expectRule('check-frontmatter', 'frontmatter', [
      ['en-us/partner-center/bad.mdx', 1, 1, 'error'],
      ['en-us/partner-center/bad.mdx', 3, 1, 'error'],
      ['en-us/partner-center/bad.mdx', 4, 1, 'error'],
      ['en-us/partner-center/bad.mdx', 6, 3, 'error'],
      ['en-us/partner-center/broken-yaml.mdx', 3, 1, 'error'],
      ['en-us/partner-center/no-frontmatter.mdx', 1, 1, 'error'],
    ]);
    expect(messages.map((m) => m.message)).toEqual([
      'description: a description is required',
      'tittle: unknown field "tittle"; did you mean "title"?',
      'date: expected a date written as YYYY-MM-DD, for example 2019-03-05',
      'translation.type: expected one of "source", "human", "machine"',
      expect.stringContaining('The front matter is not valid YAML'),
      expect.stringContaining('The page has no front matter'),
    ]);
  });
});

describe('link-target', () => {
  it('errors on a missing page with a suggestion, warns on an English-only page', async () => {
    const messages = await expectRule('check-link-target', 'link-target', [
      ['ja-jp/partner-center/good.mdx', 8, 1, 'warning'],
      ['ja-jp/partner-center/good.mdx', 8, 37, 'error'],
    ]);
    expect(messages[0]!.message).toContain('is not translated into ja-jp yet');
    expect(messages[1]!.message).toContain('does not exist');
  });
});

describe('link-anchor', () => {
  it('finds misses, decodes percent-encoded and non-ASCII fragments, suggests the closest', async () => {
    const messages = await expectRule('check-link-anchor', 'link-anchor', [
      ['en-us/partner-center/other.mdx', 10, 5, 'error'],
      ['en-us/partner-center/other.mdx', 10, 53, 'error'],
      ['en-us/partner-center/other.mdx', 10, 175, 'error'],
    ]);
    expect(messages[0]!.message).toBe('"#frist" is not an anchor on en-us/partner-center/good; did you mean "#first"? (anchors there: #first, #second-section)');
    expect(messages[1]!.message).toContain('"#nowhere" is not an anchor on this page');
    expect(messages[2]!.message).toContain('(anchors there: #資格を得る)');
  });
});

describe('link style', () => {
  it('no-md-link gives the site link to write', async () => {
    const [message] = await expectRule('check-no-md-link', 'no-md-link', [['en-us/partner-center/other.mdx', 8, 5, 'error']]);
    expect(message!.message).toContain('write "../good/#first"');
  });

  it('no-absolute-self-link catches own-host, locale-pinned and legacy paths, not other sites', async () => {
    await expectRule('check-no-absolute-self-link', 'no-absolute-self-link', [
      ['en-us/partner-center/other.mdx', 8, 1, 'error'],
      ['en-us/partner-center/other.mdx', 8, 56, 'error'],
      ['en-us/partner-center/other.mdx', 8, 90, 'error'],
      ['en-us/partner-center/other.mdx', 8, 117, 'error'],
    ]);
  });

  it('no-javascript-link: javascript:, vbscript:, file: and data: in links, HTML links and images', async () => {
    const messages = await expectRule('check-no-javascript-link', 'no-javascript-link', [
      ['en-us/partner-center/other.mdx', 8, 1, 'error'],
      ['en-us/partner-center/other.mdx', 10, 1, 'error'],
      ['en-us/partner-center/other.mdx', 10, 31, 'error'],
      ['en-us/partner-center/other.mdx', 10, 64, 'error'],
      ['en-us/partner-center/other.mdx', 12, 1, 'error'],
      ['en-us/partner-center/other.mdx', 14, 1, 'error'],
    ]);
    expect(messages.map((m) => /is an? (\w+): URL/.exec(m.message)?.[1])).toEqual(['javascript', 'vbscript', 'file', 'data', 'file', 'data']);
    expect(messages[2]!.message).toBe(`"file:///etc/passwd" is a file: URL, which opens a file on the reader's own computer; the site removes it. Link to a page instead, or remove the link.`);
  });

  it('no-empty-link-text', async () => {
    await expectRule('check-no-empty-link-text', 'no-empty-link-text', [['en-us/partner-center/other.mdx', 8, 6, 'error']]);
  });
});

describe('translations', () => {
  it('anchor-parity: a lost explicit id is an error, a lost automatic slug a warning; both point at the heading', async () => {
    const messages = await expectRule('check-anchor-parity', 'anchor-parity', [
      ['ru-ru/partner-center/good.mdx', 6, 1, 'error'],
      ['ru-ru/partner-center/good.mdx', 10, 1, 'warning'],
    ]);
    expect(messages[0]!.message).toContain('"\\{#first\\}"');
    expect(messages[1]!.message).toContain('"\\{#second-section\\}"');
  });

  it('link-parity lists the difference', async () => {
    const [message] = await expectRule('check-link-parity', 'link-parity', [['ko-kr/partner-center/good.mdx', 1, 1, 'warning']]);
    expect(message!.message).toBe('Links differ from the English page: missing links to ../other/.');
  });

  it('translation-stale: a changed source, and a translation with no recorded source', async () => {
    const messages = await expectRule('check-translation-stale', 'translation-stale', [
      ['ko-kr/partner-center/good.mdx', 4, 1, 'warning'],
      ['zh-tw/partner-center/good.mdx', 6, 3, 'warning'],
    ]);
    expect(messages[1]!.message).toContain('(English page dated 2026-11-01)');
  });

  it('orphan-translation suggests the English page it was meant for', async () => {
    const [message] = await expectRule('check-orphan-translation', 'orphan-translation', [['ja-jp/partner-center/goood.mdx', 1, 1, 'error']]);
    expect(message!.message).toContain('was it meant to be good.mdx?');
  });

  it('untranslated-text flags an English paragraph, not product names in translated text', async () => {
    await expectRule('check-untranslated-text', 'untranslated-text', [['ja-jp/partner-center/good.mdx', 10, 1, 'warning']]);
  });

  it('required-pages names each missing locale', async () => {
    await expectRule('check-required-pages', 'required-pages', [
      ['ja-jp/partner-center/good.mdx', 1, 1, 'error'],
      ['ko-kr/partner-center/good.mdx', 1, 1, 'error'],
      ['ru-ru/partner-center/good.mdx', 1, 1, 'error'],
    ]);
  });
});

describe('structure and safety', () => {
  it('heading-increment', async () => {
    await expectRule('check-heading-increment', 'heading-increment', [
      ['en-us/partner-center/bad.mdx', 6, 1, 'error'],
      ['en-us/partner-center/bad.mdx', 10, 1, 'error'],
    ]);
  });

  it('duplicate-id: an explicit id or anchor given twice, or the title\'s id again', async () => {
    await expectRule('check-duplicate-id', 'duplicate-id', [
      ['en-us/partner-center/bad.mdx', 10, 1, 'error'],
      ['en-us/partner-center/bad.mdx', 12, 1, 'error'],
      ['en-us/partner-center/bad.mdx', 14, 1, 'error'],
    ]);
  });

  it('image: missing alt text and missing files', async () => {
    await expectRule('check-image', 'image', [
      ['en-us/partner-center/bad.mdx', 8, 1, 'error'],
      ['en-us/partner-center/bad.mdx', 10, 1, 'error'],
    ]);
  });

  it('html: imports, scripts, event handlers, unknown elements', async () => {
    const messages = await expectRule('check-html', 'html', [
      ['en-us/partner-center/bad.mdx', 5, 1, 'error'],
      ['en-us/partner-center/bad.mdx', 9, 1, 'error'],
      ['en-us/partner-center/bad.mdx', 11, 1, 'error'],
      ['en-us/partner-center/bad.mdx', 13, 1, 'error'],
    ]);
    expect(messages[2]!.message).toContain('"onClick"');
  });
});

describe('files that cannot be pages', () => {
  it('reports each bad file and still checks the rest', async () => {
    const result = await runCheck({ root: join(fixtures, 'check-bad-files'), cache: false });
    const byFile = Object.fromEntries(result.messages.filter((m) => m.ruleId !== 'link-target').map((m) => [m.file, [m.ruleId, m.line, m.column]]));
    expect(byFile).toEqual({
      'en-us/elsewhere/misplaced.mdx': ['content-path', 1, 1],
      'en-us/partner-center/binary.mdx': ['unreadable-file', 1, 1],
      'en-us/partner-center/dangling.mdx': ['unreadable-file', 1, 1],
      // Where Sätteri (the site's parser) stops: inside `{#my-id}`, read as an expression.
      'en-us/partner-center/broken.mdx': ['mdx-parse', 6, 16],
      'en-us/partner-center/empty.mdx': ['empty-file', 1, 1],
      'en-us/partner-center/latin1.mdx': ['unreadable-file', 1, 1],
      'en-us/partner-center/legacy.md': ['content-path', 1, 1],
      'en-us/partner-center/unclosed.mdx': ['mdx-parse', 8, 1],
    });
    // The good page was still checked: its broken link is reported.
    expect(result.messages.some((m) => m.file === 'en-us/partner-center/good.mdx' && m.ruleId === 'link-target')).toBe(true);
    expect(result.messages.find((m) => m.file === 'en-us/partner-center/broken.mdx')!.message).toContain('escape the braces');
  });
});

/**
 * Heading ids: the one function (src/lib/mdx/heading-ids.ts) on the tree the checker reads, and
 * the same ids in the page the site compiles.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/lib/mdx/read-page.ts';
import { render } from './render.ts';

const ids = (mdx: string, path?: string) => readPage(mdx, path).headings.map((h) => h.id);

describe('heading ids', () => {
  it('slugs headings as GitHub does, in any script', () => {
    expect(ids('## One site, one log on\n\n## インセンティブ プログラムの参加資格を得る\n\n## Настройка пользователей')).toEqual([
      'one-site-one-log-on',
      'インセンティブ-プログラムの参加資格を得る',
      'настройка-пользователей',
    ]);
  });

  it('takes an explicit id written with escaped braces, and removes it from the text', () => {
    const [heading] = readPage('## 符合獎勵計畫資格 \\{#qualify-for-the-incentives-program\\}').headings;
    expect(heading).toMatchObject({ id: 'qualify-for-the-incentives-program', text: '符合獎勵計畫資格', explicit: true, line: 1, column: 1 });
  });

  it('makes duplicate slugs unique, never reuses an explicit id, and reserves the page slug for the title', () => {
    expect(ids('## Steps\n\n## Steps\n\n## Other \\{#steps-1\\}')).toEqual(['steps', 'steps-2', 'steps-1']);
    expect(ids('## Customer support\n', '/c/en-us/partner-center/customer-support.mdx')).toEqual(['customer-support-1']);
  });

  it('finds headings in lists, quotes and components, not in code', () => {
    expect(ids('- ## In a list\n\n> ## Quoted\n\n<Callout>\n\n## In a callout\n\n</Callout>\n\n```md\n## Code\n```\n')).toEqual(['in-a-list', 'quoted', 'in-a-callout']);
  });

  it('the site numbers repeated headings in document order, inside lists, quotes and components too', async () => {
    const source = '## Steps\n\n- ## Steps\n\n> ## Steps\n\n<Callout>\n\n## Steps\n\n</Callout>\n\n## Steps\n';
    const html = await render(source);
    const rendered = [...html.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]);
    expect(rendered).toEqual(['steps', 'steps-1', 'steps-2', 'steps-3', 'steps-4']);
    expect(rendered).toEqual(ids(source));
  });

  it('the site renders the ids the reader computes, and the text without the explicit id', async () => {
    const source = '## Steps\n\n## Steps\n\n## 資格を得る \\{#qualify\\}\n\n## Use `<Callout>` *now* \\{#callout\\}\n';
    const html = await render(source);
    expect([...html.matchAll(/<h2 id="([^"]+)">(.*?)<\/h2>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['steps', 'Steps'],
      ['steps-1', 'Steps'],
      ['qualify', '資格を得る'],
      ['callout', 'Use <code><Callout></code> <em>now</em>'],
    ]);
    expect(ids(source)).toEqual(['steps', 'steps-1', 'qualify', 'callout']);
  });
});

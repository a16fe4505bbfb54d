import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { assignHeadingIds } from '../../src/lib/heading-ids.ts';

const ids = (mdx: string) => assignHeadingIds(unified().use(remarkParse).use(remarkMdx).parse(mdx)).map((h) => h.id);

describe('heading ids', () => {
  it('slugs headings as GitHub does, in any script', () => {
    expect(ids('## One site, one log on\n\n## インセンティブ プログラムの参加資格を得る\n\n## Настройка пользователей')).toEqual([
      'one-site-one-log-on',
      'インセンティブ-プログラムの参加資格を得る',
      'настройка-пользователей',
    ]);
  });

  it('takes an explicit id written with escaped braces, and removes it from the text', () => {
    const tree = unified().use(remarkParse).use(remarkMdx).parse('## 符合獎勵計畫資格 \\{#qualify-for-the-incentives-program\\}');
    const [heading] = assignHeadingIds(tree);
    expect(heading).toMatchObject({ id: 'qualify-for-the-incentives-program', text: '符合獎勵計畫資格', explicit: true, line: 1 });
  });

  it('makes duplicate slugs unique and never reuses an explicit id', () => {
    expect(ids('## Steps\n\n## Steps\n\n## Other \\{#steps-1\\}')).toEqual(['steps', 'steps-2', 'steps-1']);
  });
});

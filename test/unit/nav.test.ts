/**
 * The reader's way around: the tree from a table of contents and the pages served, reading order,
 * trail, neighbours, and what one page carries inline (src/lib/nav.ts).
 */
import { describe, expect, it } from 'vitest';
import { branch, buildNav, neighbours, readingOrder, sortPages, trail, wholeTree, type NavPage } from '../../src/lib/nav.ts';
import type { TocEntry } from '../../src/schemas/toc.ts';

const entry = (title: string, slug?: string, children: TocEntry[] = []): TocEntry => ({ title, ...(slug ? { slug } : {}), children });
const page = (slug: string, title = slug, fallback = false): NavPage => ({ slug, title, fallback, ...(fallback ? { lang: 'en-US' } : {}) });

const toc: TocEntry[] = [
  entry('Welcome', 'index'),
  entry('Billing', 'billing', [entry('Read your bill', 'read-your-bill'), entry('Taxes', 'taxes'), entry('Gone', 'deleted-page')]),
  entry('Data and analytics', undefined, [entry('Overview', 'data-overview', [entry('Reports', 'reports')])]),
  entry('Empty heading'),
];
const pages = [page('index'), page('billing'), page('read-your-bill'), page('taxes', 'Taxes', true), page('data-overview'), page('reports'), page('zeta', 'Zeta'), page('alpha', 'Alpha', true), page('beta', 'Beta')];
const tree = buildNav(toc, pages, { moreTitle: 'More pages', lang: 'en-US' });

describe('the navigation tree', () => {
  it('keeps the table of contents order and titles, drops entries that lead nowhere', () => {
    expect(tree.map((n) => n.title)).toEqual(['Welcome', 'Billing', 'Data and analytics', 'More pages']);
    expect(tree[1]!.children.map((n) => n.slug)).toEqual(['read-your-bill', 'taxes']);
  });

  it('puts the pages the table does not list last, translated ones first, each alphabetical', () => {
    expect(tree.at(-1)!.children.map((n) => n.slug)).toEqual(['beta', 'zeta', 'alpha']);
    expect(sortPages([page('b', 'B', true), page('c', 'C'), page('a', 'A')], 'en').map((p) => p.slug)).toEqual(['a', 'c', 'b']);
  });

  it('marks a page shown in another language, with that language', () => {
    const taxes = tree[1]!.children[1]!;
    expect(taxes).toMatchObject({ slug: 'taxes', fallback: true, pageLang: 'en-US' });
  });

  it('orders every page once, depth first', () => {
    expect(readingOrder(tree).map((n) => n.slug)).toEqual(['index', 'billing', 'read-your-bill', 'taxes', 'data-overview', 'reports', 'beta', 'zeta', 'alpha']);
  });

  it('gives the trail down to a page and its neighbours in reading order', () => {
    expect(trail(tree, 'reports').map((n) => n.title)).toEqual(['Data and analytics', 'Overview', 'Reports']);
    expect(trail(tree, 'nowhere')).toEqual([]);
    const order = readingOrder(tree);
    expect(neighbours(order, 'taxes')).toMatchObject({ previous: { slug: 'read-your-bill' }, next: { slug: 'data-overview' } });
    expect(neighbours(order, 'index').previous).toBeUndefined();
    expect(neighbours(order, 'alpha').next).toBeUndefined();
  });

  it('a page carries the top level and its own branch open, the current page marked', () => {
    const items = branch(tree, 'read-your-bill');
    expect(items.map((i) => [i.node.title, i.open, i.children.length])).toEqual([
      ['Welcome', false, 0],
      ['Billing', true, 2],
      ['Data and analytics', false, 0],
      ['More pages', false, 0],
    ]);
    const billing = items[1]!;
    expect(billing.current).toBe(false);
    expect(billing.children.map((c) => [c.node.slug, c.current])).toEqual([
      ['read-your-bill', true],
      ['taxes', false],
    ]);
    expect(branch(tree, 'reports')[2]!.children[0]!.children[0]!.current).toBe(true);
  });

  it('the contents page opens everything', () => {
    const count = (items: ReturnType<typeof wholeTree>): number => items.reduce((n, i) => n + 1 + count(i.children), 0);
    expect(count(wholeTree(tree))).toBe(4 + 2 + 2 + 3);
  });
});

/**
 * The tables the importer writes (the golden pages of test/fixtures/migrate-table-* and
 * migrate-html-table), as the site renders them and as the content checker reads them:
 *
 * - compiled by the site's own MDX pipeline (`markdown.processor` of astro.config.mjs, as
 *   @astrojs/mdx runs it) and rendered by Astro's JSX renderer, with a stand-in `<Segment>`: a
 *   GFM table keeps its segments inside the cells, an HTML table keeps its header cells and
 *   scopes, spans, and the Markdown in its cells (lists, code, emphasis);
 * - checked by the `html` rule of the content checker: nothing the importer writes is refused.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { Fragment } from 'astro/jsx-runtime';
import { addAttribute, createComponent, render, renderJSX, renderSlot } from 'astro/runtime/server/index.js';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { runCheck } from '../../../scripts/check/run.ts';
import { htmlRule } from '../../../scripts/check/rules/html.ts';
import { fixturesDir, repoRoot } from './helpers.ts';

const fixtures = readdirSync(fixturesDir)
  .filter((name) => name.startsWith('migrate-table-') || name === 'migrate-html-table')
  .sort();

const processor = config.markdown!.processor!;
const mdxRenderer = await processor.createMdxRenderer!(
  { syntaxHighlight: 'prism', shikiConfig: {}, gfm: true, smartypants: false },
  { optimize: false, srcDir: new URL('src/', pathToFileURL(`${repoRoot}/`)), sourcemap: false },
);
// Compiled modules import `astro/jsx-runtime`: they are written where that resolves.
mkdirSync(join(repoRoot, 'node_modules/.cache'), { recursive: true });
const modules = mkdtempSync(join(repoRoot, 'node_modules/.cache/table-render-'));
afterAll(() => rmSync(modules, { recursive: true, force: true }));
let moduleCount = 0;

/** Stands in for src/components/Segment.astro: the text, and the id and English as attributes. */
const Segment = createComponent(
  (result: unknown, props: { id: string; source: string }, slots: Record<string, unknown>) =>
    render`<span${addAttribute(props.id, 'data-segment')}${addAttribute(props.source, 'data-source')}>${renderSlot(result as never, slots['default'] as never)}</span>`,
);

/** What Astro's JSX renderer needs of a page's render result for an Astro component. */
const renderResult = () => ({
  _metadata: {
    routeHasPropagation: false,
    pendingSlotEvaluations: [],
    hasHydrationScript: false,
    rendererSpecificHydrationScripts: new Set(),
    hasRenderedHead: false,
    renderedScripts: new Set(),
    hasDirectives: new Set(),
    headInTree: false,
    extraHead: [],
    propagators: new Set(),
  },
  componentMetadata: new Map(),
  slots: {},
});

/** The page's HTML as the site renders its MDX, parsed. */
async function rendered(file: string): Promise<Root> {
  const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
  const { code } = await mdxRenderer.process(content, file, frontmatter);
  const path = join(modules, `page-${moduleCount++}.mjs`);
  // What @astrojs/mdx's Vite post-processing adds to the compiled page: its default export and `_Fragment`.
  const exported = /export default/.test(code) ? code : `${code}\nexport default MDXContent;`;
  writeFileSync(path, /[\s,{]_Fragment[\s,}]/.test(exported) && !/as _Fragment/.test(exported) ? `${exported}\nimport { Fragment as _Fragment } from 'astro/jsx-runtime';` : exported);
  const module = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as { default: (props: object) => unknown };
  const html = await renderJSX(renderResult() as never, module.default({ components: { Fragment, Segment } }));
  return fromHtml(String(html), { fragment: true });
}

function text(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => text(c as Nodes)).join('') : '';
}

const texts = (root: Root | Element, selector: string) => selectAll(selector, root).map((e) => text(e).replace(/\s+/g, ' ').trim());
const tables = (root: Root) => selectAll('table', root);

describe('tables the importer writes, as the site renders them', () => {
  it('finds the table fixtures', () => {
    expect(fixtures).toEqual(expect.arrayContaining(['migrate-html-table', 'migrate-table-simple', 'migrate-table-bold-header', 'migrate-table-list', 'migrate-table-segments', 'migrate-table-colspan']));
  });

  it('simple: a GFM table, its pipes, code, links, line breaks and anchor kept in the cells', async () => {
    const page = await rendered(join(fixturesDir, 'migrate-table-simple/expected.mdx'));
    const [first, second] = tables(page);
    expect(texts(first!, 'thead th')).toEqual(['Setting', 'What it does']);
    expect(texts(first!, 'tbody tr:first-child td code')).toEqual(['a|b']);
    expect(select('tbody td a[href="https://example.com/docs"]', first!)).toBeDefined();
    expect(selectAll('tbody td br', first!)).toHaveLength(3);
    expect(select('tbody tr:last-child td a#last-row', first!)).toBeDefined();
    expect(texts(second!, 'thead th')).toEqual(['Key', 'Value']);
  });

  it('bold header: the bold first row is the header, without bold; a table without one has row headers', async () => {
    const page = await rendered(join(fixturesDir, 'migrate-table-bold-header/expected.mdx'));
    const [first, corner, noHeader] = tables(page);
    expect(texts(first!, 'thead th')).toEqual(['Role', 'What they can do']);
    expect(selectAll('thead strong', first!)).toHaveLength(0);
    expect(texts(first!, 'tbody td strong')).toEqual(['bills']);
    expect(texts(corner!, 'thead th')).toEqual(['', 'Monthly', 'Annual']);
    expect(select('thead', noHeader!)).toBeUndefined();
    expect(texts(noHeader!, 'tbody th[scope="row"]')).toEqual(['Dates', 'Payment terms']);
  });

  it('lists: a real table, header row and row headers with scopes, the Markdown in the cells rendered', async () => {
    const page = await rendered(join(fixturesDir, 'migrate-table-list/expected.mdx'));
    const [table] = tables(page);
    expect(texts(table!, 'thead th[scope="col"]')).toEqual(['Role', 'What they can do']);
    expect(texts(table!, 'tbody th[scope="row"]')).toEqual(['Global admin', 'Admin agent', 'Sales agent', 'Helpdesk agent']);
    expect(texts(table!, 'tbody td > ul > li')).toEqual(['Everything, with full rights', 'Create support tickets', 'Manages subscriptions']);
    expect(texts(table!, 'tbody td > ol > li')).toEqual(['Creates their accounts', 'Resets passwords']);
    expect(select('tbody td a[href="https://example.com/roles"]', table!)).toBeDefined();
    expect(select('tbody td ol a#reset-passwords', table!)).toBeDefined();
    expect(texts(table!, 'tbody td pre')).toEqual(['Reset-Password -User x']);
    // No Markdown left as text.
    expect(text(table!)).not.toMatch(/\*\*|^\s*- |```/m);
  });

  it('segments: inside GFM cells and HTML table cells, English in the en-us page', async () => {
    const page = await rendered(join(fixturesDir, 'migrate-table-segments/expected.mdx'));
    const [gfm, html] = tables(page);
    expect(selectAll('th > span[data-segment]', gfm!).map((s) => s.properties['dataSegment'])).toEqual(['7ab1-103', '7ab1-104']);
    expect(selectAll('td span[data-segment]', gfm!).map((s) => s.properties['dataSource'])).toEqual(['Billing admin', 'Views bills.', 'See [Billing](billing.md).']);
    expect(texts(gfm!, 'td span[data-segment="7ab1-106"] strong')).toEqual(['表示']);
    expect(selectAll('th[scope] span[data-segment]', html!)).toHaveLength(3);
    expect(selectAll('td > ul > li span[data-segment]', html!).map((s) => s.properties['dataSegment'])).toEqual(['7ab1-111', '7ab1-112']);

    const english = await rendered(join(fixturesDir, 'migrate-table-segments/expected.en-us.mdx'));
    const [gfmEn, htmlEn] = tables(english);
    expect(selectAll('span[data-segment]', english)).toHaveLength(0);
    expect(texts(gfmEn!, 'thead th')).toEqual(['Role', 'What they can do']);
    expect(texts(htmlEn!, 'td > ul > li')).toEqual(['Access to all services', 'Create support tickets']);
  });

  it('colspan: spans kept, the spanning header cell scoped to its columns', async () => {
    const page = await rendered(join(fixturesDir, 'migrate-table-colspan/expected.mdx'));
    const [table] = tables(page);
    expect(texts(table!, 'thead th[scope="col"]')).toEqual(['Type', 'Charges']);
    expect(select('thead th[colspan="2"]', table!)).toBeDefined();
    expect(texts(table!, 'td[rowspan="2"] strong')).toEqual(['Recurring']);
    expect(texts(table!, 'td[colspan="3"] em')).toEqual(['both']);
  });
});

describe('tables the importer writes, as the content checker reads them', () => {
  it('the html rule accepts every table page the importer wrote', async () => {
    const root = mkdtempSync(join(modules, 'content-'));
    let pages = 0;
    for (const fixture of fixtures) {
      const dir = join(fixturesDir, fixture);
      for (const file of readdirSync(dir).filter((f) => /^expected.*\.mdx$/.test(f))) {
        const locale = /^expected\.([a-z]{2}-[a-z]{2})\.mdx$/.exec(file)?.[1] ?? (fixture === 'migrate-table-segments' ? 'ja-jp' : 'en-us');
        const target = join(root, locale, 'partner-center', `${fixture}.mdx`);
        mkdirSync(join(root, locale, 'partner-center'), { recursive: true });
        expect(existsSync(target), target).toBe(false);
        cpSync(join(dir, file), target);
        pages++;
      }
    }
    expect(pages).toBeGreaterThanOrEqual(7);
    const result = await runCheck({ root, cache: false, rules: [htmlRule] });
    expect(result.messages).toEqual([]);
  });
});

/**
 * Pages without components are rendered to HTML by the pages loader (src/loaders/pages.ts,
 * src/lib/static-mdx.ts) instead of being compiled as MDX. That must not change a byte of what a
 * reader gets, so every such page is also rendered the way the site renders MDX, as the oracle:
 * compiled by the site's own `markdown.processor` into the module @astrojs/mdx would build, and
 * that module's JSX rendered by Astro's own JSX renderer. Both must give the same HTML and the
 * same headings (the table of contents).
 */
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import type { AstroConfig, AstroIntegration } from 'astro';
import { Fragment } from 'astro/jsx-runtime';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { renderJSX } from 'astro/runtime/server/index.js';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { localeSlugs } from '../../src/config/locales.ts';
import { createStaticMdxRenderer, usesMdxSyntax, type StaticRender } from '../../src/lib/static-mdx.ts';
import { pagesLoader, staticMdxOptions } from '../../src/loaders/pages.ts';

const root = join(import.meta.dirname, '../..');
const samples = join(root, 'test/fixtures/fast-render/samples');
const realPages = localeSlugs
  .flatMap((locale) => {
    const dir = join(root, 'content', locale, 'partner-center');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => join(dir, f));
  });

const resolved = staticMdxOptions(config);
if ('reason' in resolved) throw new Error(`the static renderer is off: ${resolved.reason}`);
const fast = createStaticMdxRenderer(resolved.options);

/** What @astrojs/mdx compiles: the file with its front matter blanked out. */
const mdxSource = (file: string) => parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' });

/** Whether MDX sees any JSX, expression or import/export in the page. */
const isComponentFree = (file: string) => !usesMdxSyntax(unified().use(remarkParse).use(remarkMdx).parse(mdxSource(file).content));

// The oracle: the site's MDX compiler, set up as @astrojs/mdx sets it up (it inherits `markdown`).
const processor = config.markdown!.processor!;
const options = (processor as unknown as { options: { gfm?: boolean; smartypants?: unknown } }).options;
const mdxRenderer = await processor.createMdxRenderer!(
  {
    syntaxHighlight: config.markdown!.syntaxHighlight as 'prism',
    shikiConfig: {},
    gfm: options.gfm ?? true,
    smartypants: (options.smartypants ?? true) as boolean,
  },
  { optimize: false, srcDir: new URL('src/', pathToFileURL(`${root}/`)), sourcemap: false },
);
// Compiled modules import `astro/jsx-runtime`: they are written where that resolves.
let modules: string;
let moduleCount = 0;
beforeAll(() => {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  modules = mkdtempSync(join(root, 'node_modules/.cache/fast-render-'));
});
afterAll(() => rmSync(modules, { recursive: true, force: true }));

async function renderAsMdx(file: string): Promise<StaticRender> {
  const { frontmatter, content } = mdxSource(file);
  const { code } = await mdxRenderer.process(content, file, frontmatter);
  const path = join(modules, `page-${moduleCount++}.mjs`);
  writeFileSync(path, code);
  const module = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as {
    default: (props: object) => unknown;
    getHeadings: () => StaticRender['headings'];
  };
  const html = await renderJSX({} as Parameters<typeof renderJSX>[0], module.default({ components: { Fragment } }));
  return { html: String(html), headings: module.getHeadings() };
}

const staticRender = (file: string) => fast.render(mdxSource(file).content, file);

describe('the static renderer', () => {
  it('renders every page of the site that has no component, and only those', () => {
    const components = realPages.filter((file) => !isComponentFree(file));
    const componentFree = realPages.filter((file) => !components.includes(file));
    expect(componentFree.length).toBeGreaterThan(20);
    expect(components.length).toBeGreaterThan(0);
    for (const file of componentFree) expect(staticRender(file), file).toBeDefined();
    for (const file of components) expect(staticRender(file), file).toBeUndefined();
  });

  it.each(realPages.filter((file) => isComponentFree(file)).map((file) => [file.slice(root.length + 1), file]))(
    'renders %s exactly as MDX does',
    async (_, file) => {
      const page = staticRender(file);
      const reference = await renderAsMdx(file);
      expect(page?.html).toBe(reference.html);
      expect(page?.headings).toEqual(reference.headings);
    },
  );

  const sampleFiles = readdirSync(samples).filter((f) => f.endsWith('.mdx'));

  it.each(sampleFiles.filter((f) => !f.startsWith('declined-')))('renders the sample %s exactly as MDX does', async (name) => {
    const file = join(samples, name);
    const page = staticRender(file);
    expect(page, 'rendered by the static renderer').toBeDefined();
    const reference = await renderAsMdx(file);
    expect(page?.html).toBe(reference.html);
    expect(page?.headings).toEqual(reference.headings);
  });

  it.each(sampleFiles.filter((f) => f.startsWith('declined-')))(
    'leaves the sample %s to MDX (MDX syntax, or a construct it does not render)',
    (name) => {
      expect(staticRender(join(samples, name))).toBeUndefined();
    },
  );
});

/** A content store as Astro's scoped data store behaves for glob(), in memory. */
function memoryStore(): DataStore & { entries: () => [string, Record<string, unknown>][] } {
  const map = new Map<string, Record<string, unknown>>();
  const store = {
    get: (key: string) => map.get(key),
    entries: () => [...map.entries()],
    values: () => [...map.values()],
    keys: () => [...map.keys()],
    set: (entry: { id: string; digest?: string | number }) => {
      if (entry.digest !== undefined && map.get(entry.id)?.digest === entry.digest) return false;
      map.set(entry.id, { ...entry });
      return true;
    },
    delete: (key: string) => void map.delete(key),
    clear: () => map.clear(),
    has: (key: string) => map.has(key),
    addModuleImport: () => {},
  };
  return store as unknown as DataStore & { entries: () => [string, Record<string, unknown>][] };
}

/** @astrojs/mdx's content entry type (its `getEntryInfo` reads front matter and body). */
async function mdxEntryTypes() {
  const types = new Map<string, unknown>();
  const setup = (mdx() as AstroIntegration).hooks['astro:config:setup']!;
  await setup({
    config,
    updateConfig: () => config,
    addRenderer: () => {},
    addPageExtension: () => {},
    addContentEntryType: (type: { extensions: string[] }) => {
      for (const extension of type.extensions) types.set(extension, type);
    },
  } as unknown as Parameters<typeof setup>[0]);
  return types;
}

describe('the pages loader', () => {
  const page = (title: string, body: string) => `---\ntitle: ${title}\ndescription: A page.\n---\n\n${body}\n`;
  const staticBody = '## Steps \\{#steps\\}\n\n1. Sign in.\n2. Select **Settings**.';
  const componentBody = '## Steps\n\n<Callout type="note">Sign in first.</Callout>';

  it('stores HTML for a page without components, a deferred MDX module for the others, and switches when a page is saved', async () => {
    const base = mkdtempSync(join(modules, 'content-'));
    const dir = join(base, 'en-us/partner-center');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'plain.mdx'), page('Plain', staticBody));
    writeFileSync(join(dir, 'with-component.mdx'), page('With a component', componentBody));
    const store = memoryStore();
    const watcher = Object.assign(new EventEmitter(), { add: () => {} });
    const context = {
      collection: 'pages',
      store,
      meta: new Map(),
      logger: { warn: () => {}, info: () => {}, error: (message: string) => expect.fail(message) },
      config: { ...config, root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) } as unknown as AstroConfig,
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (data: unknown) => createHash('sha1').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
      watcher,
      entryTypes: await mdxEntryTypes(),
    } as unknown as LoaderContext;

    await pagesLoader({ pattern: '*/partner-center/*.mdx', base }).load(context);
    const plain = store.get('en-us/partner-center/plain');
    const withComponent = store.get('en-us/partner-center/with-component');
    expect(plain?.rendered?.html).toBe((await renderAsMdx(join(dir, 'plain.mdx'))).html);
    expect(plain?.rendered?.metadata?.headings).toEqual([{ depth: 2, slug: 'steps', text: 'Steps' }]);
    expect(plain?.deferredRender).toBeUndefined();
    expect(plain?.body).toBe(staticBody);
    expect(withComponent?.deferredRender).toBe(true);
    expect(withComponent?.rendered).toBeUndefined();
    expect(withComponent?.body).toBe(componentBody);

    // `npm run dev`: a saved page is loaded again, and changes way when it gains or loses a component.
    const save = async (file: string, contents: string) => {
      writeFileSync(join(dir, file), contents);
      watcher.emit('change', join(dir, file));
      await new Promise((resolve) => setTimeout(resolve, 200));
    };
    await save('plain.mdx', page('Plain', componentBody));
    expect(store.get('en-us/partner-center/plain')?.deferredRender).toBe(true);
    expect(store.get('en-us/partner-center/plain')?.rendered).toBeUndefined();
    await save('with-component.mdx', page('With a component', staticBody));
    expect(store.get('en-us/partner-center/with-component')?.deferredRender).toBeUndefined();
    expect(store.get('en-us/partner-center/with-component')?.rendered?.metadata?.headings).toEqual([
      { depth: 2, slug: 'steps', text: 'Steps' },
    ]);
  });
});

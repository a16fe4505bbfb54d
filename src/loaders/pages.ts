/**
 * The pages collection's loader: Astro's `glob()` loader, except that a page which uses no MDX
 * syntax (no component, no `{expression}`, no import/export) is rendered to HTML here, when the
 * content is synced, instead of being compiled to a JavaScript module that Vite bundles (a
 * build's main cost). Such an entry carries `rendered` HTML and headings, exactly what its MDX
 * module would have rendered (src/lib/static-mdx.ts, test/unit/fast-render.test.ts); every other
 * page stays a deferred MDX module, so components keep working.
 *
 * Everything else is `glob()`'s own: ids, `body`, front-matter validation and its errors, the
 * content cache, and the dev watcher (a saved page is synced again, and may change way).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type DataStore, type Loader, type LoaderContext } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { PluggableList } from 'unified';
import { createStaticMdxRenderer, type StaticMdxOptions, type StaticRender } from '../lib/static-mdx.ts';

/** What `glob()` reads from a content entry type (Astro's `ContentEntryType`, not exported). */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown> } & Record<string, unknown>>;
}
/** The loader context as `glob()` gets it: with the entry types by extension (`.mdx` → @astrojs/mdx's). */
type GlobContext = LoaderContext & { entryTypes?: Map<string, EntryType> };
type StoreEntry = Parameters<DataStore['set']>[0];

/** `unified()`'s resolved options, as `markdown.processor.options` holds them. */
interface UnifiedOptions {
  remarkPlugins?: PluggableList;
  rehypePlugins?: PluggableList;
  recmaPlugins?: PluggableList;
  remarkRehype?: StaticMdxOptions['remarkRehype'];
  gfm?: boolean;
  smartypants?: unknown;
}

/**
 * Sources whose change changes the HTML rendered here: mixed into every entry's digest, so the
 * content cache (node_modules/.astro) never serves HTML rendered by an older renderer.
 */
const rendererSources = ['src/loaders/pages.ts', 'src/lib/static-mdx.ts', 'src/lib/heading-ids.ts', 'src/lib/table-align.ts', 'src/lib/untranslated-lang.ts', 'src/lib/script-detect.ts', 'src/lib/segment-paragraphs.ts', 'astro.config.mjs', 'package-lock.json'];

/**
 * The options of the static renderer: those @astrojs/mdx compiles `.mdx` with (it inherits
 * `markdown.processor`, a `unified()` one here), or why pages cannot be rendered here exactly as
 * it would render them (then every page is compiled as MDX).
 */
export function staticMdxOptions(config: { markdown?: { processor?: unknown } | undefined }): { options: StaticMdxOptions } | { reason: string } {
  const processor = config.markdown?.processor as { name?: string; options?: UnifiedOptions } | undefined;
  if (processor?.name !== 'unified' || !processor.options) return { reason: 'markdown.processor is not unified()' };
  const { options } = processor;
  // The deprecated top-level settings, which @astrojs/mdx still falls back to.
  const legacy = config.markdown as { gfm?: boolean; smartypants?: unknown };
  if ((options.smartypants ?? legacy.smartypants ?? true) !== false) return { reason: 'smartypants is on' };
  if (options.rehypePlugins?.length) return { reason: 'markdown.processor has rehype plugins' };
  if (options.recmaPlugins?.length) return { reason: 'markdown.processor has recma plugins' };
  // @astrojs/mdx skips plugins given by name (strings); so does this.
  const remarkPlugins = (options.remarkPlugins ?? []).filter((p) => typeof p !== 'string' && !(Array.isArray(p) && typeof p[0] === 'string'));
  return {
    options: {
      remarkPlugins,
      gfm: options.gfm ?? legacy.gfm ?? true,
      ...(options.remarkRehype ? { remarkRehype: options.remarkRehype } : {}),
    },
  };
}

export function pagesLoader(globOptions: Parameters<typeof glob>[0]): Loader {
  const inner = glob(globOptions);
  return {
    name: 'pages-loader',
    load: async (context: GlobContext) => {
      const resolved = staticMdxOptions(context.config);
      const mdxEntryType = context.entryTypes?.get('.mdx');
      if ('reason' in resolved || !context.entryTypes || !mdxEntryType) {
        const reason = 'reason' in resolved ? resolved.reason : 'the loader context has no .mdx entry type';
        context.logger.warn(`Every page is compiled as MDX: ${reason}.`);
        return inner.load(context);
      }
      const renderer = createStaticMdxRenderer(resolved.options);
      const root = fileURLToPath(context.config.root);
      const fingerprint = context.generateDigest(
        rendererSources
          .map((file) => {
            try {
              return readFileSync(resolve(root, file), 'utf8');
            } catch {
              return '';
            }
          })
          .join('\0'),
      );

      // The file glob() has just read, by absolute path, until its entry is stored.
      const read = new Map<string, { contents: string; data: Record<string, unknown> }>();
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.mdx', {
        ...mdxEntryType,
        async getEntryInfo(params) {
          const info = await mdxEntryType.getEntryInfo(params);
          read.set(fileURLToPath(params.fileUrl), { contents: params.contents, data: info.data });
          return info;
        },
      });
      const base = context.store;
      // The store glob() writes to: Astro's, every method as is (glob() also calls some the
      // public type omits, like addAssetImports) but `set`.
      const methods = ['get', 'entries', 'values', 'keys', 'delete', 'clear', 'has', 'addModuleImport', 'addAssetImport', 'addAssetImports'];
      const delegated = Object.fromEntries(
        methods.flatMap((name) => {
          const method = (base as unknown as Record<string, unknown>)[name];
          return typeof method === 'function' ? [[name, method.bind(base)]] : [];
        }),
      ) as Omit<DataStore, 'set'>;
      const store: DataStore = {
        ...delegated,
        set(entry: StoreEntry) {
          const file = entry.filePath === undefined ? undefined : resolve(root, entry.filePath);
          const source = file === undefined ? undefined : read.get(file);
          if (file !== undefined) read.delete(file);
          if (entry.deferredRender && file !== undefined && source !== undefined) {
            let page: StaticRender | undefined;
            try {
              // What @astrojs/mdx compiles: the file with its front matter blanked out.
              const mdxSource = parseFrontmatter(source.contents, { frontmatter: 'empty-with-spaces' }).content;
              page = renderer.render(mdxSource, file);
            } catch (error) {
              // A bug here must not cost the page: MDX renders it, as before.
              context.logger.warn(`${entry.filePath}: compiled as MDX (${(error as Error).message})`);
            }
            if (page) {
              const { deferredRender: _, ...rest } = entry;
              return base.set({
                ...rest,
                rendered: { html: page.html, metadata: { headings: page.headings, frontmatter: source.data } },
              });
            }
          }
          return base.set(entry);
        },
      };
      // glob() digests each file's text to skip unchanged files: the renderer counts too.
      const generateDigest: LoaderContext['generateDigest'] = (data) =>
        context.generateDigest(typeof data === 'string' ? `${data}\0${fingerprint}` : data);

      await inner.load({ ...context, store, entryTypes, generateDigest } as GlobContext);
      read.clear();
    },
  };
}

/**
 * Hands the content data store to the static pages' renderer without bundling it.
 *
 * `astro build` puts the whole content data store (every page's front matter, body and, for
 * pages rendered by the loader, HTML) into the prerender bundle as one JavaScript string:
 * `export default JSON.parse("…")`. For a large site that string is tens of megabytes, and
 * Rolldown and the JavaScript heap hold many copies of it while bundling and rendering (about
 * 17 MB of peak memory per MB of data store, measured on 5,000 pages).
 *
 * This integration gives the prerender build a small module instead, which reads the same
 * bytes, read when the module is bundled (exactly when Astro would have inlined them), from
 * memory: the pages are rendered in the same process right after bundling. Astro still decides
 * what the data store holds; only its way into the prerender changes.
 *
 * It stands aside (Astro's own module is used) in `astro dev`, for on-demand (`ssr`) pages,
 * with chunked collection storage or incremental builds, and when the store file is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's virtual module for the data store, once resolved (astro/dist/content/consts.js). */
const dataStoreModule = '\0astro:data-layer-content';
/** Where the bytes wait for the prerender (the same Node.js process). */
const handoffKey = 'partner-center-docs.content-data-store';

type Handoff = Map<string, Buffer>;

export function dataStoreHandoff(): AstroIntegration {
  return {
    name: 'data-store-handoff',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const { collectionStorage, incrementalBuild } = config.experimental;
        if (command !== 'build' || (collectionStorage !== undefined && collectionStorage !== 'single-file') || incrementalBuild) return;
        // Astro's build reads the data store from the cache directory (astro/dist/content/paths.js).
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'data-store-handoff',
                apply: 'build',
                applyToEnvironment: (environment) => environment.name === 'prerender',
                load: {
                  // Before astro-content-virtual-mod-plugin's own load hook.
                  order: 'pre',
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(id) {
                    if (id !== dataStoreModule || !existsSync(file)) return null;
                    const handoffs = ((globalThis as Record<symbol, Handoff | undefined>)[Symbol.for(handoffKey)] ??= new Map());
                    const token = `${Date.now()}-${handoffs.size}`;
                    handoffs.set(token, readFileSync(file));
                    return {
                      code: [
                        `import { readFileSync } from 'node:fs';`,
                        `const handoffs = globalThis[Symbol.for(${JSON.stringify(handoffKey)})];`,
                        `const bytes = handoffs?.get(${JSON.stringify(token)});`,
                        `handoffs?.delete(${JSON.stringify(token)});`,
                        `// Not rendered in the process that bundled it: read the store file itself.`,
                        `export default JSON.parse(bytes ? bytes.toString('utf8') : readFileSync(${JSON.stringify(file)}, 'utf8'));`,
                      ].join('\n'),
                      map: { mappings: '' },
                      // What Astro marks its own module with (astro/dist/core/build/incremental-metadata.js).
                      meta: { astroIncremental: { kind: 'content-data' } },
                    };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}

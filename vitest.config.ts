import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Several tests run the importer, the checker or the migration check over the whole docset
    // (650 pages) or spawn them as a writer would; on a loaded 2-core machine they take seconds.
    testTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], exclude: ['test/unit/components/**'], environment: 'node' },
      },
      // Astro components rendered on their own (Astro's container API) need Astro's Vite setup to
      // compile `.astro` files; without the site's config file (integrations, content) they need nothing else.
      getViteConfig(
        { test: { name: 'components', include: ['test/unit/components/**/*.test.ts'], environment: 'node' } },
        { configFile: false, logLevel: 'error' },
      ),
    ],
  },
});

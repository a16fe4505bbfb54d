import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Several tests run the importer, the checker or the migration check over the whole docset
    // (650 pages) or spawn them as a writer would; on a loaded 2-core machine they take seconds.
    testTimeout: 120_000,
  },
});

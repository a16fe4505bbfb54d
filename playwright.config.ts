import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4322);
// The build to test: `dist` (npm test builds it first); E2E_DIST points at another build.
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  webServer: {
    // The built site, served as a static host serves it (the build runs before the e2e tests).
    command: `node scripts/serve.ts ${dist} --port ${port}`,
    url: `http://127.0.0.1:${port}/en-us/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

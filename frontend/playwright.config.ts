import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright's own downloads are not reachable from these machines. */
const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: process.env.DIN_CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Docker's default /dev/shm (64 MB) is too small for Chromium.
      '--disable-dev-shm-usage',
    ],
  },
};

/**
 * End-to-end journeys against a running stack: ./din starts the API, Keycloak and the SPA, so
 * there is no webServer here. Run one project at a time (`--project=built`): both use
 * DIN_SPA_URL, where ./din serves first the built SPA and then the dev server.
 */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: process.env.DIN_SPA_URL || 'http://localhost:5173',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    // The built SPA (vite preview), as production serves it: every journey.
    { name: 'built', use: chromium },
    // `vite`, the dev server of ./din up: what differs from the build there (the widget's files).
    // ./din runs it after `built`, on the same port, so Keycloak and CORS need no other origin.
    { name: 'dev-server', testMatch: 'feed-builder.spec.ts', use: chromium },
  ],
});

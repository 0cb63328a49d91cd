import { defineConfig } from '@playwright/test';

/**
 * End-to-end journeys against a running stack: ./din starts the API, Keycloak and the SPA, so
 * there is no webServer here. The browser is Debian's Chromium: Playwright's own downloads are
 * not reachable from these machines.
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
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
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
      },
    },
  ],
});

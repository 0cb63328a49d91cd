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
 * there is no webServer here. Run `built` and `phone` together, then `dev-server` on its own:
 * all use DIN_SPA_URL, where ./din serves first the built SPA and then the dev server.
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
    { name: 'built', testIgnore: 'phone-layout.spec.ts', use: chromium },
    // The same build on a small phone (360 × 740, touch), in the same run as `built`: a member's
    // main journey (join an organisation: register, moderation, request, accept), a visitor's
    // (search by the header's field and open the hits), the login round trip through Keycloak's
    // page with the language switch, and the layout check of the main pages. The rest repeat
    // the same header, forms and tables, so a second pass over them would cost minutes and find
    // little that these do not. The home page is the front door, so its journey runs here too.
    {
      name: 'phone',
      testMatch: ['login.spec.ts', 'actor-membership.spec.ts', 'search.spec.ts', 'phone-layout.spec.ts', 'home.spec.ts'],
      use: { ...chromium, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    // `vite`, the dev server of ./din up: what differs from the build there (the widget's files).
    // ./din runs it after `built`, on the same port, so Keycloak and CORS need no other origin.
    { name: 'dev-server', testMatch: 'feed-builder.spec.ts', use: chromium },
  ],
});

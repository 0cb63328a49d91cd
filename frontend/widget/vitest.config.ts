import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The widget's unit tests, apart from the SPA's (whose config includes src/** only). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The embeddable <din-feed> element as one ES module, dist/embed/din-embed.js. It is built apart
 * from the SPA (no React, no shared chunks) so that a partner page loads a few kilobytes only;
 * scripts/finish-build.mjs then names the versioned copy, writes din-embed.json (file and SRI
 * hash) and fails the build above the size budget.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/embed', import.meta.url)),
    // Only dist/embed: the SPA's build has already written the rest of dist/.
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'din-embed.js',
    },
    rolldownOptions: {
      output: {
        // Vite keeps whitespace and /*#__PURE__*/ in ES libraries for bundlers to tree-shake; this
        // file goes to browsers as it is, so it is minified fully.
        minify: true,
        comments: false,
        codeSplitting: false,
      },
    },
  },
});

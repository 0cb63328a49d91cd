import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Connect, type Plugin } from 'vite';
import { BUDGET_BYTES, describe, LATEST, MANIFEST, manifestOf, manifestText, versionedName } from './finish-build.mjs';

/**
 * The widget's own build configuration: the dev server builds with exactly this, as `npm run build`
 * does. Resolved when asked for, not on import: the SPA's config tests import this under jsdom.
 */
export function widgetConfig(): string {
  return fileURLToPath(new URL('../vite.config.ts', import.meta.url));
}

/** The widget as the production build makes it: its bytes and what its manifest says. */
export interface BuiltWidget {
  code: Buffer;
  version: string;
  manifest: { file: string; integrity: string };
}

/**
 * Builds din-embed.js in memory with the widget's Vite config (minified, production mode), so the
 * bytes, the versioned name and the SRI hash are those `npm run build` writes to dist/embed. Over
 * the size budget it fails, as the production build does.
 */
export async function buildWidget(): Promise<BuiltWidget> {
  const result = await build({
    configFile: widgetConfig(),
    logLevel: 'warn',
    build: { write: false, emptyOutDir: false },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    for (const item of output.output) {
      if (item.type === 'chunk' && item.fileName === LATEST) {
        const code = Buffer.from(item.code);
        const { version, integrity, gzipBytes } = describe(code);
        if (gzipBytes > BUDGET_BYTES) {
          throw new Error(`${LATEST} is ${gzipBytes} bytes gzipped, over the budget of ${BUDGET_BYTES} bytes`);
        }
        return { code, version, manifest: manifestOf(version, integrity) };
      }
    }
  }
  throw new Error(`the widget build produced no ${LATEST}`);
}

/**
 * Serves /embed/ under `vite` (the dev server of `./din up`) as dist/embed is served in production:
 * din-embed.json, din-embed.js ("latest") and the versioned din-embed-<hash>.js, built on first
 * request and again after a widget source changes. Any other /embed/ path is a 404, never the SPA's
 * index.html (which the feed builder would take for a broken manifest). Under `vite preview` the
 * files come from dist/embed, and a missing one is a 404 likewise.
 */
export function embedDevPlugin(): Plugin {
  let current: Promise<BuiltWidget> | undefined;
  const widget = () => {
    current ??= buildWidget().catch((error: unknown) => {
      current = undefined; // try again on the next request, after the source is fixed
      throw error;
    });
    return current;
  };

  const notFound = (res: Parameters<Connect.NextHandleFunction>[1]) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Not found\n');
  };

  const serveBuilt: Connect.NextHandleFunction = (req, res, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith('/embed/')) {
      next();
      return;
    }
    const name = path.slice('/embed/'.length);
    widget().then(
      ({ code, version, manifest }) => {
        // As docker/nginx.conf serves /embed/: module scripts with SRI from another origin need CORS.
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Cache-Control', 'no-cache');
        if (name === MANIFEST) {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(manifestText(manifest));
        } else if (name === LATEST || name === versionedName(version)) {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(code);
        } else {
          notFound(res);
        }
      },
      (error: unknown) => {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(`The widget did not build: ${error instanceof Error ? error.message : String(error)}\n`);
      },
    );
  };

  return {
    name: 'din-embed-dev',
    configureServer(server) {
      const sources = fileURLToPath(new URL('../src/', import.meta.url));
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(sources)) current = undefined;
      });
      server.middlewares.use(serveBuilt);
    },
    configurePreviewServer(server) {
      // Preview serves dist/ as it is, but would answer a missing file with index.html.
      const dir = resolve(server.config.root, server.config.build.outDir, 'embed');
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (!path.startsWith('/embed/')) {
          next();
          return;
        }
        const name = path.slice('/embed/'.length);
        if (/^[\w.-]+$/.test(name) && !name.startsWith('.') && existsSync(join(dir, name))) next();
        else notFound(res);
      });
    },
  };
}

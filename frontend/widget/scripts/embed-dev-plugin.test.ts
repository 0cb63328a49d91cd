// @vitest-environment node
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedDevPlugin, widgetConfig } from './embed-dev-plugin';
import { finish } from './finish-build.mjs';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'din-embed-dev-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function urlOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the dev server (./din up) serves /embed/ as the built SPA does', () => {
  let vite: ViteDevServer;
  let http: Server;
  let base: string;

  beforeAll(async () => {
    vite = await createServer({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [embedDevPlugin()],
      server: { middlewareMode: true, watch: null },
    });
    http = createHttpServer(vite.middlewares);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = urlOf(http);
  }, 60_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => http.close(() => resolve()));
    await vite.close();
  });

  it('answers the manifest, the versioned file and "latest" with the bytes and hash of `npm run build`', async () => {
    // The production build, as `npm run build:widget` makes it.
    const out = join(dir, 'built');
    await build({ configFile: widgetConfig(), logLevel: 'silent', build: { outDir: out } });
    const built = await finish(out);

    const manifest = await fetch(`${base}/embed/din-embed.json`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await manifest.text();
    expect(text).toBe(await readFile(join(out, 'din-embed.json'), 'utf8'));
    expect(JSON.parse(text)).toEqual({ file: built.file, integrity: built.integrity });

    const versioned = await fetch(`${base}${built.file}`);
    expect(versioned.status).toBe(200);
    expect(versioned.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(versioned.headers.get('access-control-allow-origin')).toBe('*');
    const code = Buffer.from(await versioned.arrayBuffer());
    expect(`sha384-${createHash('sha384').update(code).digest('base64')}`).toBe(built.integrity);

    const latest = await fetch(`${base}/embed/din-embed.js`);
    expect(Buffer.from(await latest.arrayBuffer())).toEqual(code);
  }, 60_000);

  it('answers any other /embed/ path with 404, not the SPA', async () => {
    for (const path of ['/embed/din-embed-000000000000.js', '/embed/unknown', '/embed/v2/din-embed.json']) {
      const response = await fetch(`${base}${path}`, { headers: { Accept: 'text/html,*/*' } });
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<html');
    }
  }, 60_000);
});

describe('the preview server (the built SPA) answers a missing /embed/ file with 404', () => {
  let server: PreviewServer;

  beforeAll(async () => {
    const root = join(dir, 'preview');
    await mkdir(join(root, 'dist', 'embed'), { recursive: true });
    await writeFile(join(root, 'dist', 'index.html'), '<!doctype html><html><body>SPA</body></html>');
    await writeFile(join(root, 'dist', 'embed', 'din-embed.json'), '{}\n');
    server = await preview({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [embedDevPlugin()],
      preview: { host: '127.0.0.1', port: 0 },
    });
  }, 60_000);

  afterAll(async () => {
    await server.close();
  });

  it('serves the file that is there and 404s the one that is not', async () => {
    const base = urlOf(server.httpServer as Server);
    expect((await fetch(`${base}/embed/din-embed.json`)).status).toBe(200);
    const missing = await fetch(`${base}/embed/din-embed-000000000000.js`, { headers: { Accept: 'text/html' } });
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('SPA');
    expect(await (await fetch(`${base}/floden`, { headers: { Accept: 'text/html' } })).text()).toContain('SPA');
  });
});

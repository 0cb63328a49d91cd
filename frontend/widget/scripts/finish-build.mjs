// @ts-check
/**
 * After `vite build --config widget/vite.config.ts`: checks the size budget, then writes the
 * versioned copy din-embed-<hash>.js (cached for a year) and din-embed.json (its path and SRI
 * hash) next to din-embed.js ("latest"). Over the budget it exits non-zero and removes
 * din-embed.js, so that an oversized widget never ships.
 *
 *   node widget/scripts/finish-build.mjs [directory, default dist/embed]
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The issue allows 10 KB gzipped; counted as 10,000 bytes so that no reading of "KB" exceeds it. */
export const BUDGET_BYTES = 10_000;
export const LATEST = 'din-embed.js';
export const MANIFEST = 'din-embed.json';

/**
 * The version is the content's hash, not package.json's version: the URL changes exactly when the
 * bytes do, so a year of `immutable` caching can never serve stale code, and no one has to
 * remember to bump a version for a widget fix.
 *
 * @param {Buffer} code
 */
export function describe(code) {
  return {
    version: createHash('sha256').update(code).digest('hex').slice(0, 12),
    integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`,
    bytes: code.length,
    // zlib's default level, as a web server compresses on the fly.
    gzipBytes: gzipSync(code).length,
  };
}

/**
 * @param {string} dir the widget's output directory
 * @returns {Promise<{ file: string, integrity: string, bytes: number, gzipBytes: number }>}
 */
export async function finish(dir) {
  const code = await readFile(join(dir, LATEST));
  const { version, integrity, bytes, gzipBytes } = describe(code);
  if (gzipBytes > BUDGET_BYTES) {
    await rm(join(dir, LATEST), { force: true });
    throw new Error(`${LATEST} is ${gzipBytes} bytes gzipped, over the budget of ${BUDGET_BYTES} bytes`);
  }
  const manifest = manifestOf(version, integrity);
  await writeFile(join(dir, versionedName(version)), code);
  await writeFile(join(dir, MANIFEST), manifestText(manifest));
  return { ...manifest, bytes, gzipBytes };
}

/**
 * The versioned file's name. The dev server's plugin (embed-dev-plugin.ts) serves the same names
 * and manifest, so that `./din up` hands the feed builder what the built SPA does.
 *
 * @param {string} version
 */
export function versionedName(version) {
  return `din-embed-${version}.js`;
}

/**
 * @param {string} version
 * @param {string} integrity
 * @returns {{ file: string, integrity: string }}
 */
export function manifestOf(version, integrity) {
  return { file: `/embed/${versionedName(version)}`, integrity };
}

/** @param {{ file: string, integrity: string }} manifest */
export function manifestText(manifest) {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = resolve(process.argv[2] ?? fileURLToPath(new URL('../../dist/embed', import.meta.url)));
  try {
    const result = await finish(dir);
    console.log(
      `din-embed: ${result.bytes} bytes, ${result.gzipBytes} bytes gzipped (budget ${BUDGET_BYTES}) → ${result.file}\n` +
        `  integrity ${result.integrity}`,
    );
  } catch (error) {
    console.error(`din-embed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

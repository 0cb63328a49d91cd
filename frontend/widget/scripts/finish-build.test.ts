// @vitest-environment node
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUDGET_BYTES, finish } from './finish-build.mjs';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'din-embed-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('finishing the widget build', () => {
  it('writes the versioned copy and its SRI hash', async () => {
    const code = Buffer.from('customElements.get("din-feed")||console.log(1);\n');
    await writeFile(join(dir, 'din-embed.js'), code);

    const result = await finish(dir);

    const version = createHash('sha256').update(code).digest('hex').slice(0, 12);
    const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    expect(result.file).toBe(`/embed/din-embed-${version}.js`);
    expect(JSON.parse(await readFile(join(dir, 'din-embed.json'), 'utf8'))).toEqual({ file: result.file, integrity });
    expect(await readFile(join(dir, `din-embed-${version}.js`))).toEqual(code);
    expect(await readFile(join(dir, 'din-embed.js'))).toEqual(code);
  });

  it('fails over the gzipped size budget, and leaves nothing to ship', async () => {
    // Random bytes do not compress.
    await writeFile(join(dir, 'din-embed.js'), randomBytes(BUDGET_BYTES + 1).toString('base64'));

    await expect(finish(dir)).rejects.toThrow(/over the budget of 10000 bytes/);
    expect(await readdir(dir)).toEqual([]);
  });
});

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { activeOrganisation, expectNoA11yViolations, tokenFor, uniqueName } from './support';

/**
 * docs/integrators.md, run as written: every fenced `sh` block, in order, with bash, as if typed
 * into one shell session (the variables a block sets are there in the next), against this stack's
 * Keycloak and API. The `js` blocks that name a file on their first line are saved under that name
 * first, so that the guide's own commands run the guide's own code. Each block must exit 0, and
 * where its output is the point (a status, an outcome per item), the output is checked too.
 */

const API = process.env.DIN_API_URL || 'http://localhost:8080';
const KEYCLOAK = process.env.DIN_KEYCLOAK_URL || 'http://localhost:8180';
const GUIDE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'integrators.md');

interface Block {
  lang: string;
  code: string;
}

/** The fenced code blocks of a Markdown text, in order, with their info string's first word. */
function fencedBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const fence = /^```(\w*)[^\n]*\n([\s\S]*?)^```\s*$/gm;
  for (const match of markdown.matchAll(fence)) blocks.push({ lang: match[1] ?? '', code: match[2] ?? '' });
  return blocks;
}

/** The upper-case shell variables the guide's blocks assign: what one block hands the next. */
function assignedVariables(blocks: Block[]): string[] {
  const names = new Set<string>();
  for (const block of blocks) {
    for (const match of block.code.matchAll(/^\s*([A-Z][A-Z0-9_]*)=/gm)) names.add(match[1]!);
  }
  return [...names];
}

function runBash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('bash', ['-c', script], { cwd, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** What a block must print, found by a piece of its code. */
const EXPECTED_OUTPUT: { block: string; output: (stdout: string) => void }[] = [
  {
    block: '/api-clients"',
    output: (out) => {
      const printed = JSON.parse(out) as { status: string; tokenUrl: string };
      expect(printed.status).toBe('ACTIVE');
      expect(printed.tokenUrl).toMatch(/\/realms\/din\/protocol\/openid-connect\/token$/);
    },
  },
  { block: 'grant_type=client_credentials', output: (out) => expect(JSON.parse(out)).toContain('integrator') },
  { block: 'EVENT_BODY=$(cat', output: (out) => expect(out.trim()).toBe('201') },
  {
    block: 'curl -s -D - -o /dev/null -X PUT',
    output: (out) => {
      expect(out).toMatch(/^HTTP\/1\.1 200/m);
      expect(out).toMatch(/^etag: "\d+"/im);
    },
  },
  { block: '/feeds/v1/events.json', output: (out) => expect(out.trim().split('\n')).toEqual(['AI-frukost i Umeå']) },
  {
    block: '/resources/batch" \\\n  -H "Authorization: Bearer $TOKEN" -H \'Content-Type: application/json\' -d @-',
    output: (out) =>
      expect(out.trim().split('\n')).toEqual([
        '{"externalId":"cal-2031-0042","outcome":"unchanged","fields":[]}',
        '{"externalId":"cal-2031-0043","outcome":"created","fields":[]}',
        '{"externalId":"cal-2031-0044","outcome":"failed","fields":["items[2].resource.title"]}',
      ]),
  },
  { block: 'CURSOR=""', output: (out) => expect(out).toContain('{"type":"resource","change":"upsert"}') },
  { block: 'since=not-a-cursor', output: (out) => expect(JSON.parse(out)).toEqual({ status: 400, field: 'since' }) },
  {
    block: 'WEBHOOK_URL=',
    output: (out) =>
      expect(JSON.parse(out)).toEqual({ status: 'ACTIVE', eventTypes: ['resource.published', 'resource.updated', 'resource.archived'] }),
  },
  { block: '/deliveries"', output: (out) => expect(out).toMatch(/^\{"deliveries":\d+\}$/m) },
  { block: 'verifyWebhook(secret', output: (out) => expect(out.trim()).toBe('true false') },
  {
    block: 'cal-2031-0045',
    output: (out) => {
      const printed = JSON.parse(out) as { status: number; type: string; fields: string[] };
      expect(printed.status).toBe(400);
      expect(printed.type).toBe('urn:din:problem:validation');
      expect(printed.fields).toContain('resource.title');
    },
  },
  { block: "If-Match: \"0\"", output: (out) => expect(JSON.parse(out)).toEqual({ status: 412, type: 'urn:din:problem:precondition-failed' }) },
  { block: 'Idempotency-Key: \\"$KEY', output: (out) => expect(out.trim().split('\n')).toEqual(['200', '200', '{"status":422}']) },
  { block: 'call() {', output: (out) => expect(out.trim()).toBe('cal-2031-0042') },
];

test.describe('the integrator guide (docs/integrators.md)', () => {
  let receiver: Server;
  let workdir = '';

  test.beforeAll(async () => {
    // Where the guide's webhook points: a receiver on loopback, which the e2e stack's API allows.
    receiver = createServer((request, response) => {
      request.resume();
      request.on('end', () => response.writeHead(204).end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    workdir = await mkdtemp(join(tmpdir(), 'din-guide-'));
  });

  test.afterAll(async () => {
    await new Promise((resolve) => receiver.close(resolve));
    if (workdir) await rm(workdir, { recursive: true, force: true });
  });

  test('every sh block runs in order against the real Keycloak and API, and prints what the guide says', async ({ page, playwright }) => {
    test.setTimeout(180_000);
    const api = await playwright.request.newContext();
    const organisation = await activeOrganisation(api, 'anna', uniqueName('Guidens kalender AB'), 'COMPANY', '2480');

    const blocks = fencedBlocks(await readFile(GUIDE, 'utf8'));
    const shellBlocks = blocks.filter((block) => block.lang === 'sh');
    expect(shellBlocks.length).toBeGreaterThan(10);
    // Every curl of the guide sits in a block this test runs.
    for (const block of blocks.filter((b) => b.lang !== 'sh')) expect(block.code, 'a curl outside an sh block').not.toMatch(/^\s*curl /m);
    for (const block of blocks.filter((b) => b.lang === 'js')) {
      const file = /^\/\/ ([\w.-]+\.mjs)\n/.exec(block.code)?.[1];
      if (file) await writeFile(join(workdir, file), block.code);
    }

    const variables = assignedVariables(shellBlocks);
    const state = join(workdir, 'session.sh');
    await writeFile(state, '');
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DIN_API: API,
      DIN_KEYCLOAK: KEYCLOAK,
      ACTOR_ID: organisation.id,
      WEBHOOK_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/din`,
    };
    const checked = new Set<string>();
    for (const [index, block] of shellBlocks.entries()) {
      // One session: what earlier blocks set is read back in, what this one sets is written out.
      const script = [
        'set -euo pipefail',
        `source ${JSON.stringify(state)}`,
        block.code,
        `declare -p ${variables.join(' ')} 2>/dev/null > ${JSON.stringify(state)} || true`,
      ].join('\n');
      const result = await runBash(script, workdir, env);
      const label = `sh block ${index + 1}:\n${block.code}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`;
      expect(result.code, label).toBe(0);
      for (const expected of EXPECTED_OUTPUT.filter((e) => block.code.includes(e.block))) {
        await test.step(`block ${index + 1} prints what the guide says`, () => {
          try {
            expected.output(result.stdout);
          } catch (error) {
            throw new Error(`${label}\n${(error as Error).message}`);
          }
        });
        checked.add(expected.block);
      }
    }
    // Each expectation found its block: the guide still has the examples this test knows.
    expect([...checked].sort()).toEqual(EXPECTED_OUTPUT.map((e) => e.block).sort());

    // What the guide did is in the API: one event by its id, the batch's good item, not the bad one.
    const owner = { Authorization: `Bearer ${await tokenFor(api, 'anna')}` };
    const byExternalId = (id: string) => `${API}/api/v1/actors/${organisation.id}/resources/by-external-id/${id}`;
    const event = await api.get(byExternalId('cal-2031-0042'), { headers: owner });
    expect(event.status()).toBe(200);
    const published = (await event.json()) as { externalId: string; status: string; slug: string };
    expect(published).toMatchObject({ externalId: 'cal-2031-0042', status: 'PUBLISHED' });
    expect((await api.get(byExternalId('cal-2031-0043'), { headers: owner })).status()).toBe(200);
    expect((await api.get(byExternalId('cal-2031-0044'), { headers: owner })).status()).toBe(404);
    expect((await api.get(byExternalId('cal-2031-0045'), { headers: owner })).status()).toBe(404);

    // The event the guide published, on its page in the SPA as visitors read it.
    await page.goto(`/resurser/${published.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: 'AI-frukost i Umeå' })).toBeVisible();
    await expectNoA11yViolations(page);
    await api.dispose();
  });
});

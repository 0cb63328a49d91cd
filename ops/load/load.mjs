#!/usr/bin/env node
// The load client of ops/replicas.sh: a bounded mixed load through nginx for a fixed time.
//
//   node ops/load/load.mjs --base URL --keycloak URL --out DIR --phase NAME --duration SECONDS
//
// Writers (anna and erik, password-grant tokens of the realm's development client din-dev-cli) create
// resources and collaborations (Idempotency-Key, a unique marker in each title), publish the resources
// and update both with If-Match. An integrator (an API client registered through the API, with a
// client-credentials token) upserts published resources by external id. Readers (moa, adam and
// anonymous callers) read the lists, search, the feeds, the changes feed and /me.
//
// It writes, in DIR:
//   requests-<phase>.jsonl  one line per response (or network error): time, operation, status, duration
//   writes-<phase>.jsonl    one line per write attempt: acked (2xx) or not, with id, version and marker
//   summary-<phase>.json    counts
// ops/load/verify.mjs compares these logs with the database and the API afterwards.
// No dependencies: Node >= 20's fetch.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string' }, keycloak: { type: 'string' }, out: { type: 'string' },
    phase: { type: 'string', default: 'load' }, duration: { type: 'string', default: '60' },
    writers: { type: 'string', default: '2' }, readers: { type: 'string', default: '3' },
    'think-ms': { type: 'string', default: '150' },
    // Ends the load early when this file appears (the rolling restart's load ends when it is done).
    'stop-file': { type: 'string' },
  },
});
for (const required of ['base', 'keycloak', 'out']) if (!args[required]) throw new Error(`--${required} is needed`);
const BASE = args.base.replace(/\/+$/, '');
const TOKEN_URL = `${args.keycloak.replace(/\/+$/, '')}/realms/din/protocol/openid-connect/token`;
const PHASE = args.phase;
const THINK = Number(args['think-ms']);
const RUN = `${PHASE}-${Date.now().toString(36)}`;
const REQUESTS = `${args.out}/requests-${PHASE}.jsonl`;
const WRITES = `${args.out}/writes-${PHASE}.jsonl`;
writeFileSync(REQUESTS, '');
writeFileSync(WRITES, '');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const jitter = (ms) => ms / 2 + Math.random() * ms;
const counts = { requests: 0, byStatus: {}, networkErrors: 0, writesAttempted: 0, writesAcked: 0 };

// ------------------------------------------------------------------------------------------------
// HTTP with a log line per response
// ------------------------------------------------------------------------------------------------
/** One request through nginx; never throws: a network error is status 0 with its message. */
async function call(op, method, path, { token, body, headers = {}, base = BASE } = {}) {
  const started = Date.now();
  const h = { accept: 'application/json', ...headers };
  if (token) h.authorization = `Bearer ${await token()}`;
  if (body !== undefined) h['content-type'] = 'application/json';
  let status = 0, text = '', error, responseHeaders = new Headers();
  try {
    const response = await fetch(base + path, {
      method, headers: h, body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    status = response.status;
    responseHeaders = response.headers;
    text = await response.text();
  } catch (e) {
    status = 0;
    error = String(e.cause?.code ?? e.cause?.message ?? e.message);
  }
  const line = { t: started, ms: Date.now() - started, phase: PHASE, op, method, status };
  if (error) line.error = error;
  const upstream = responseHeaders.get('x-din-upstream');
  if (upstream) line.upstream = upstream;
  const requestId = responseHeaders.get('x-request-id');
  if (requestId) line.requestId = requestId;
  if (status >= 500 || status === 0) line.path = path;
  appendFileSync(REQUESTS, JSON.stringify(line) + '\n');
  counts.requests++;
  counts.byStatus[status] = (counts.byStatus[status] ?? 0) + 1;
  if (status === 0) counts.networkErrors++;
  let json;
  try { json = text && (responseHeaders.get('content-type') ?? '').includes('json') ? JSON.parse(text) : undefined; } catch { json = undefined; }
  return { status, headers: responseHeaders, json, text, error };
}

function logWrite(entry) {
  counts.writesAttempted++;
  if (entry.acked) counts.writesAcked++;
  appendFileSync(WRITES, JSON.stringify({ t: Date.now(), phase: PHASE, ...entry }) + '\n');
}

const versionOf = (etag) => {
  const m = /"?(\d+)"?$/.exec(etag ?? '');
  return m ? Number(m[1]) : undefined;
};

// ------------------------------------------------------------------------------------------------
// Tokens: fetched from Keycloak directly (not through nginx), renewed before they expire
// ------------------------------------------------------------------------------------------------
function tokenSource(form) {
  let token, expires = 0, pending;
  const fetchToken = async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await fetch(TOKEN_URL, { method: 'POST', body: new URLSearchParams(form), signal: AbortSignal.timeout(15_000) });
        const j = await r.json();
        if (!r.ok) throw new Error(`token: HTTP ${r.status} ${JSON.stringify(j)}`);
        token = j.access_token;
        expires = Date.now() + (j.expires_in - 60) * 1000;
        return token;
      } catch (e) {
        if (attempt >= 5) throw e;
        await sleep(1000 * attempt);
      }
    }
  };
  return async () => {
    if (token && Date.now() < expires) return token;
    pending ??= fetchToken().finally(() => { pending = undefined; });
    return pending;
  };
}
const person = (name) => tokenSource({ grant_type: 'password', client_id: 'din-dev-cli', username: name, password: name });

/** Setup calls are retried (they are not what is measured, but they go through nginx too). */
async function setupCall(op, method, path, options, expected) {
  for (let attempt = 1; attempt <= 10; attempt++) {
    const r = await call(op, method, path, options);
    if (expected.includes(r.status)) return r;
    if (attempt === 10) throw new Error(`${op}: HTTP ${r.status} ${r.text?.slice(0, 300)}`);
    await sleep(1000);
  }
}

/** The id of an active actor the person owns (the demo data gives anna and erik one each). */
async function ownedActor(name, token) {
  const me = (await setupCall('setup.me', 'GET', '/api/v1/me', { token }, [200])).json;
  const m = (me.memberships ?? []).find((x) => x.role === 'OWNER' && (x.actor?.status ?? 'ACTIVE') === 'ACTIVE');
  if (!m) throw new Error(`${name} owns no active actor (is DIN_DEMO_DATA on for the first replica?)`);
  return m.actor.id;
}

// ------------------------------------------------------------------------------------------------
// Writers
// ------------------------------------------------------------------------------------------------
const resourceBody = (actorId, marker, summary) => ({
  kind: 'HORIZON_SCAN', actorId,
  title: { sv: `Omvärldsanalys ${marker}` },
  summary: { sv: summary },
  tags: ['lasttest'],
  horizonScan: { publicationDate: '2026-11-01' },
});
const collaborationBody = (actorId, marker, summary) => ({
  leadActorId: actorId, kind: 'PROJECT', status: 'ACTIVE',
  title: { sv: `Samverkan ${marker}` }, summary: { sv: summary }, startDate: '2026-01-01',
});

/**
 * A creating POST with an Idempotency-Key, retried with the same key and body after a network error,
 * a 5xx or a 409 (the key still in progress), as the README tells integrators to do.
 */
async function create(op, path, token, body, marker) {
  const key = randomUUID();
  let r;
  for (let attempt = 1; attempt <= 4; attempt++) {
    r = await call(op, 'POST', path, { token, body, headers: { 'idempotency-key': key } });
    if (r.status === 0 || r.status >= 500 || r.status === 409) { await sleep(1000 * attempt); continue; }
    break;
  }
  const acked = r.status >= 200 && r.status < 300;
  const entry = { op, marker, key, status: r.status, acked };
  if (acked) Object.assign(entry, { id: r.json.id, version: versionOf(r.headers.get('etag')) ?? r.json.version, summary: body.summary.sv });
  logWrite(entry);
  return acked ? { id: r.json.id, etag: r.headers.get('etag'), body } : undefined;
}

async function writer(name, index) {
  const token = person(name);
  const actorId = await ownedActor(name, token);
  const resources = [], collaborations = [];
  let n = 0;
  while (Date.now() < deadline) {
    n++;
    const marker = `ld-${RUN}-${name}${index}-${n}`;
    const roll = Math.random();
    if (roll < 0.35 || resources.length === 0) {
      const created = await create('resource.create', '/api/v1/resources', token, resourceBody(actorId, marker, `skapad ${marker}`), marker);
      if (created) {
        resources.push(created);
        const p = await call('resource.publish', 'POST', `/api/v1/resources/${created.id}/publish`, { token, headers: { 'if-match': created.etag } });
        const acked = p.status === 200;
        logWrite({ op: 'resource.publish', id: created.id, status: p.status, acked, version: acked ? versionOf(p.headers.get('etag')) ?? p.json?.version : undefined });
        if (acked) { created.etag = p.headers.get('etag'); created.published = true; }
      }
    } else if (roll < 0.75) {
      await update('resource', resources[Math.floor(Math.random() * resources.length)], token, marker);
    } else if (roll < 0.87 || collaborations.length === 0) {
      const created = await create('collaboration.create', '/api/v1/collaborations', token, collaborationBody(actorId, marker, `skapad ${marker}`), marker);
      if (created) collaborations.push(created);
    } else {
      await update('collaboration', collaborations[Math.floor(Math.random() * collaborations.length)], token, marker);
    }
    await sleep(jitter(THINK));
  }
}

/** GET for the current ETag, then PUT with If-Match: the optimistic-concurrency path of the SPA. */
async function update(type, item, token, marker) {
  const path = `/api/v1/${type}s/${item.id}`;
  const g = await call(`${type}.get`, 'GET', path, { token });
  if (g.status !== 200) return;
  const summary = `ändrad ${marker}`;
  const body = { ...item.body, summary: { sv: summary } };
  const r = await call(`${type}.update`, 'PUT', path, { token, body, headers: { 'if-match': g.headers.get('etag') } });
  const acked = r.status === 200;
  logWrite({ op: `${type}.update`, id: item.id, status: r.status, acked, summary,
    version: acked ? versionOf(r.headers.get('etag')) ?? r.json?.version : undefined });
  if (acked) { item.body = body; item.etag = r.headers.get('etag'); }
}

// ------------------------------------------------------------------------------------------------
// The integrator: an API client of anna's actor, upserting published resources by external id
// ------------------------------------------------------------------------------------------------
async function integrator() {
  const owner = person('anna');
  const actorId = await ownedActor('anna', owner);
  const created = (await setupCall('setup.api-client', 'POST', `/api/v1/actors/${actorId}/api-clients`,
    { token: owner, body: { name: `Lasttest ${RUN}` } }, [201])).json;
  const token = tokenSource({ grant_type: 'client_credentials', client_id: created.client.clientId, client_secret: created.clientSecret });
  const known = [];
  let n = 0;
  while (Date.now() < deadline) {
    n++;
    const fresh = known.length === 0 || Math.random() < 0.4;
    const externalId = fresh ? `ld-${RUN}-x${n}` : known[Math.floor(Math.random() * known.length)];
    const summary = `synkad ${externalId} #${n}`;
    const body = { status: 'PUBLISHED', resource: resourceBody(actorId, externalId, summary) };
    let r;
    // A PUT by external id is idempotent: retried as it is after a network error or a 5xx.
    for (let attempt = 1; attempt <= 4; attempt++) {
      r = await call('upsert', 'PUT', `/api/v1/actors/${actorId}/resources/by-external-id/${externalId}`, { token, body });
      if (r.status === 0 || r.status >= 500) { await sleep(1000 * attempt); continue; }
      break;
    }
    const acked = r.status === 200 || r.status === 201;
    logWrite({ op: 'upsert', externalId, actorId, status: r.status, acked, summary,
      id: acked ? r.json.id : undefined, version: acked ? versionOf(r.headers.get('etag')) ?? r.json.version : undefined });
    if (acked && fresh) known.push(externalId);
    await sleep(jitter(THINK));
  }
}

// ------------------------------------------------------------------------------------------------
// Readers
// ------------------------------------------------------------------------------------------------
const READS = [
  ['list.resources', '/api/v1/resources?limit=20'],
  ['list.resources.filtered', '/api/v1/resources?limit=10&kind=HORIZON_SCAN'],
  ['list.actors', '/api/v1/actors?limit=20'],
  ['list.collaborations', '/api/v1/collaborations?limit=20'],
  ['search', '/api/v1/search?q=AI'],
  ['search', '/api/v1/search?q=omv%C3%A4rldsanalys'],
  ['feed.events.json', '/feeds/v1/events.json'],
  ['feed.events.ics', '/feeds/v1/events.ics'],
  ['feed.resources.rss', '/feeds/v1/resources.rss'],
  ['feed.resources.atom', '/feeds/v1/resources.atom'],
  ['feed.testbeds.json', '/feeds/v1/testbeds.json'],
  ['feed.collaborations.json', '/feeds/v1/collaborations.json'],
  ['changes', '/api/v1/changes?limit=200'],
];

async function reader(name) {
  const token = name ? person(name) : undefined;
  while (Date.now() < deadline) {
    const [op, path] = READS[Math.floor(Math.random() * READS.length)];
    const r = await call(op, 'GET', path, { token });
    // Sometimes the next page: the cursor of one replica, served by whichever nginx picks.
    if (r.status === 200 && r.json?.nextCursor && op.startsWith('list') && Math.random() < 0.5) {
      await call(`${op}.page2`, 'GET', `${path}&cursor=${encodeURIComponent(r.json.nextCursor)}`, { token });
    }
    if (token && Math.random() < 0.1) await call('me', 'GET', '/api/v1/me', { token });
    await sleep(jitter(THINK / 3));
  }
}

// ------------------------------------------------------------------------------------------------
let deadline = Date.now() + Number(args.duration) * 1000;
if (args['stop-file']) {
  const poll = setInterval(() => { if (existsSync(args['stop-file'])) { deadline = Date.now(); clearInterval(poll); } }, 250);
  poll.unref();
}
const started = Date.now();
const workers = [];
for (let i = 1; i <= Number(args.writers); i++) {
  workers.push(writer('anna', i), writer('erik', i));
}
workers.push(integrator());
const readerNames = ['moa', 'adam', undefined];
for (let i = 0; i < Number(args.readers); i++) workers.push(reader(readerNames[i % readerNames.length]));
const results = await Promise.allSettled(workers);
const failed = results.filter((r) => r.status === 'rejected');
for (const f of failed) console.error(`load: a worker stopped: ${f.reason?.stack ?? f.reason}`);
const summary = { phase: PHASE, run: RUN, startedAt: started, endedAt: Date.now(), ...counts, workersFailed: failed.length };
writeFileSync(`${args.out}/summary-${PHASE}.json`, JSON.stringify(summary, null, 2));
console.log(`load ${PHASE}: ${counts.requests} requests (${Object.entries(counts.byStatus).map(([s, c]) => `${s}: ${c}`).join(', ')}), ` +
  `${counts.writesAcked} of ${counts.writesAttempted} writes acknowledged`);
process.exit(failed.length ? 1 : 0);

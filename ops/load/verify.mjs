#!/usr/bin/env node
// The proofs of ops/replicas.sh, once the load has ended: compares the load client's logs with the
// database (psql) and asks both replicas directly. Prints a table, one line per proof, and
// 'result: N passed, N failed'; exits 1 when any proof failed.
//
//   PGPASSWORD=... node ops/load/verify.mjs --logs DIR --db postgresql://user@host:port/db \
//     --replica http://127.0.0.1:18091 --replica http://127.0.0.1:18092
//
// What each proof means: docs/operations.md, "Two replicas under load, with a fault".
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    logs: { type: 'string' }, db: { type: 'string' }, replica: { type: 'string', multiple: true },
    base: { type: 'string' },
    // The window around the kill in which 5xx and network errors are expected (before / after).
    'window-before-ms': { type: 'string', default: '1000' }, 'window-after-ms': { type: 'string', default: '5000' },
  },
});
const [A, B] = args.replica;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const jsonl = (file) => existsSync(file)
  ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];

const events = jsonl(`${args.logs}/events.jsonl`);
const phases = ['load', 'rolling'].filter((p) => existsSync(`${args.logs}/requests-${p}.jsonl`));
const requests = Object.fromEntries(phases.map((p) => [p, jsonl(`${args.logs}/requests-${p}.jsonl`)]));
const writes = phases.flatMap((p) => jsonl(`${args.logs}/writes-${p}.jsonl`));
const acked = writes.filter((w) => w.acked);

/** Runs one query through psql; the query returns one JSON value. */
function sql(query) {
  // A ten-minute run's rows make tens of megabytes of JSON: room for them (the default is 1 MiB).
  const out = execFileSync('psql', [args.db, '-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c', query],
    { encoding: 'utf8', maxBuffer: 1 << 30 });
  return JSON.parse(out.trim() || 'null');
}
const quote = (s) => `'${String(s).replaceAll("'", "''")}'`;

const proofs = [];
function proof(name, ok, detail) {
  proofs.push({ name, ok, detail });
}

// ------------------------------------------------------------------------------------------------
// The database's view of everything the load touched (titles carry the run's markers: 'ld-...')
// ------------------------------------------------------------------------------------------------
const resources = sql(`select coalesce(json_agg(json_build_object('id', id, 'title', title_sv, 'summary', summary_sv,
  'version', version, 'status', status, 'externalId', external_id, 'actorId', actor_id)), '[]') from resource where title_sv like '% ld-%'`);
const collaborations = sql(`select coalesce(json_agg(json_build_object('id', id, 'title', title_sv, 'summary', summary_sv,
  'version', version, 'publication', publication)), '[]') from collaboration where title_sv like '% ld-%'`);
const byId = new Map([...resources, ...collaborations].map((r) => [r.id, r]));
const markerOf = (title) => title.split(' ').pop();
const rowsByMarker = new Map();
for (const r of [...resources, ...collaborations]) {
  const m = markerOf(r.title);
  rowsByMarker.set(m, (rowsByMarker.get(m) ?? 0) + 1);
}

// 1. Every acknowledged write is in the database, at its version or later, with its content unless a
//    later attempt (acknowledged or not) wrote over it.
{
  const missing = [];
  let found = 0;
  const attemptsById = new Map();
  for (const w of writes) {
    const id = w.id ?? (w.op === 'upsert' ? resources.find((r) => r.externalId === w.externalId && r.actorId === w.actorId)?.id : undefined);
    if (!id) continue;
    if (!attemptsById.has(id)) attemptsById.set(id, []);
    attemptsById.get(id).push(w);
  }
  for (const w of acked) {
    const row = w.id ? byId.get(w.id) : undefined;
    let ok = !!row && (w.version === undefined || row.version >= w.version);
    if (ok && w.op === 'resource.publish') ok = row.status === 'PUBLISHED' || row.version > w.version;
    if (ok && w.summary !== undefined && row.summary !== w.summary) {
      // Overwritten since: only by a later attempt on the same object.
      ok = (attemptsById.get(w.id) ?? []).some((x) => x.t > w.t && x.summary === row.summary);
    }
    if (ok && (w.op.endsWith('.create'))) ok = markerOf(row.title) === w.marker;
    if (ok) found++; else missing.push(`${w.op} ${w.id ?? w.externalId} v${w.version}: db ${row ? `v${row.version} "${row.summary}"` : 'no row'}`);
  }
  // A run whose writes all failed proves nothing: each kind of write must have been acknowledged.
  const kinds = ['resource.create', 'resource.publish', 'resource.update', 'collaboration.create', 'collaboration.update', 'upsert'];
  const absent = kinds.filter((k) => !acked.some((w) => w.op === k));
  proof('every acknowledged write is in the database', missing.length === 0 && absent.length === 0,
    `${acked.length} acknowledged, ${found} found` + (missing.length ? `; missing: ${missing.slice(0, 5).join('; ')}` : '')
      + (absent.length ? `; no acknowledged ${absent.join(', ')} at all` : ''));
  proofs.at(-1).counts = { acked: acked.length, found };
}

// 2. No write happened twice: one row per acknowledged create (its marker), at most one per
//    unacknowledged create (the server may have done it without the client hearing), one per
//    external id; and no row of the run that no attempt explains.
{
  const problems = [];
  const attempted = new Set();
  let storedUnacked = 0;
  for (const w of writes.filter((x) => x.op.endsWith('.create'))) {
    attempted.add(w.marker);
    const n = rowsByMarker.get(w.marker) ?? 0;
    if (w.acked ? n !== 1 : n > 1) problems.push(`${w.marker}: ${n} rows`);
    if (!w.acked && n === 1) storedUnacked++;
  }
  const externalIds = new Set(writes.filter((x) => x.op === 'upsert').map((x) => x.externalId));
  for (const id of externalIds) {
    attempted.add(id);
    const n = rowsByMarker.get(id) ?? 0;
    const ackedOnce = acked.some((x) => x.op === 'upsert' && x.externalId === id);
    if (ackedOnce ? n !== 1 : n > 1) problems.push(`external id ${id}: ${n} rows`);
  }
  for (const m of rowsByMarker.keys()) if (!attempted.has(m)) problems.push(`row ${m} that no attempt explains`);
  proof('no write happened twice', problems.length === 0,
    `${attempted.size} creates and external ids, ${rowsByMarker.size} rows of the run; ${storedUnacked} stored without an acknowledgement`
      + (problems.length ? `; ${problems.slice(0, 5).join('; ')}` : ''));
}

// 3. 5xx and network errors: in the load phase only in the window around the kill; none in the
//    rolling restart.
// A 412 counts too: every object of the load has one writer, so its If-Match goes stale only when an
// earlier attempt was applied and its answer lost on the way (a connection cut after the work).
const failedOf = (rs) => rs.filter((r) => r.status === 0 || r.status >= 500 || r.status === 412);
// nginx's own account: attempts that broke after the request reached a replica (not refused connects).
const nginxErrors = existsSync(`${args.logs}/nginx-error.log`)
  ? readFileSync(`${args.logs}/nginx-error.log`, 'utf8').split('\n')
    .filter((l) => /\[error\]/.test(l) && /prematurely closed|reset by peer|timed out/.test(l) && !/while connecting to upstream/.test(l))
    .map((l) => ({ t: Date.parse(l.slice(0, 19).replaceAll('/', '-').replace(' ', 'T') + 'Z'), line: l }))
  : [];
const kill = events.find((e) => e.event === 'kill');
const restarted = kill && events.find((e) => e.event === 'ready' && e.t > kill.t);
const windowFrom = kill ? kill.t - Number(args['window-before-ms']) : 0;
const windowTo = restarted ? restarted.t + Number(args['window-after-ms']) : Infinity;
const describe = (r) => `${r.status || r.error} ${r.method} ${r.op} at ${new Date(r.t).toISOString().slice(11, 23)}`
  + (kill ? ` (${((r.t - kill.t) / 1000).toFixed(1)} s after the kill)` : '');
if (requests.load) {
  const failed = failedOf(requests.load);
  const outside = failed.filter((r) => r.t + r.ms < windowFrom || r.t > windowTo);
  proof('5xx, network errors and lost answers only around the kill', outside.length === 0,
    `${failed.length} in the window (kill at ${kill ? new Date(kill.t).toISOString().slice(11, 23) : '-'}, ready again at ${restarted ? new Date(restarted.t).toISOString().slice(11, 23) : '-'}), ${outside.length} outside`
      + (failed.length ? `: ${failed.slice(0, 8).map(describe).join('; ')}${failed.length > 8 ? '; ...' : ''}` : ''));
}
if (requests.rolling) {
  const failed = failedOf(requests.rolling);
  const stops = events.filter((e) => e.event === 'stopped').length;
  const from = events.find((e) => e.event === 'phase-start-rolling')?.t ?? 0;
  const to = events.find((e) => e.event === 'phase-end-rolling')?.t ?? Infinity;
  const cut = nginxErrors.filter((e) => e.t >= from - 1000 && e.t <= to + 1000);
  proof('rolling restart (SIGTERM, restart, each replica in turn) without a failed request', failed.length === 0 && cut.length === 0 && stops === 2,
    `${requests.rolling.length} requests, ${failed.length} 5xx, network errors or lost answers (412), ${cut.length} requests cut by a replica (nginx), ${stops} of 2 replicas restarted`
      + (failed.length ? `: ${failed.slice(0, 8).map(describe).join('; ')}` : '')
      + (cut.length ? `; nginx: ${cut.slice(0, 3).map((e) => e.line.slice(0, 160)).join(' | ')}` : ''));
}

// 4. Feeds: the same bytes and the same ETag from each replica, asked directly.
async function get(base, path, headers = {}) {
  const r = await fetch(base + path, { headers, signal: AbortSignal.timeout(30_000) });
  const body = Buffer.from(await r.arrayBuffer());
  return { status: r.status, etag: r.headers.get('etag'), body, hash: createHash('sha256').update(body).digest('hex').slice(0, 16) };
}
{
  const feeds = ['/feeds/v1/events.json', '/feeds/v1/events.ics', '/feeds/v1/events.rss', '/feeds/v1/events.atom', '/feeds/v1/events.jsonld',
    '/feeds/v1/resources.json', '/feeds/v1/resources.rss', '/feeds/v1/resources.atom', '/feeds/v1/testbeds.json',
    '/feeds/v1/resources.jsonld', '/feeds/v1/testbeds.jsonld', '/feeds/v1/collaborations.json', '/feeds/v1/collaborations.atom',
    '/feeds/v1/collaborations.jsonld', '/feeds/v1/resources.json?kind=HORIZON_SCAN&limit=100', '/embed/v1/events'];
  const differing = [];
  let bytes = 0;
  for (const path of feeds) {
    let same = false, a, b;
    // A replica renders afresh when it hears of a change; give both a moment to agree.
    for (let attempt = 0; attempt < 10 && !same; attempt++) {
      if (attempt) await sleep(1000);
      [a, b] = await Promise.all([get(A, path), get(B, path)]);
      same = a.status === 200 && b.status === 200 && a.etag === b.etag && a.body.equals(b.body);
    }
    bytes += a.body.length;
    if (!same) {
      // Kept for a diff: feed-<n>-replica1 and -replica2 in the log folder.
      const n = differing.length + 1;
      writeFileSync(`${args.logs}/feed-${n}-replica1`, a.body);
      writeFileSync(`${args.logs}/feed-${n}-replica2`, b.body);
      differing.push(`${path}: ${a.status} ${a.etag} ${a.hash} vs ${b.status} ${b.etag} ${b.hash} (feed-${n}-replica1/2)`);
    }
  }
  proof('feeds byte-identical with the same ETag from both replicas', differing.length === 0,
    `${feeds.length} feeds, ${bytes} bytes` + (differing.length ? `; differ: ${differing.join('; ')}` : ''));
}

// 5. A cursor from one replica pages on the other: page 2 asked of B with A's cursor equals page 2 of A.
async function json(base, path) {
  const r = await fetch(base + path, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
  if (r.status !== 200) throw new Error(`${base}${path}: HTTP ${r.status}`);
  return r.json();
}
{
  const problems = [];
  const lists = ['/api/v1/resources?limit=5', '/api/v1/resources?limit=7&kind=HORIZON_SCAN', '/api/v1/actors?limit=4',
    '/api/v1/collaborations?limit=2'];
  let pages = 0;
  for (const list of lists) {
    try {
      const first = await json(A, list);
      if (!first.nextCursor) { problems.push(`${list}: no second page`); continue; }
      const next = `${list}&cursor=${encodeURIComponent(first.nextCursor)}`;
      const [onA, onB] = await Promise.all([json(A, next), json(B, next)]);
      const ids = (p) => p.items.map((i) => i.id ?? i.slug).join(',');
      if (ids(onA) !== ids(onB) || onA.nextCursor !== onB.nextCursor) problems.push(`${list}: page 2 differs`);
      pages += 2;
    } catch (e) { problems.push(e.message); }
  }
  // The changes feed: read to its end alternating replicas, and again from replica A alone.
  const walk = async (bases) => {
    const seen = [];
    let cursor = '', i = 0;
    for (;;) {
      const page = await json(bases[i++ % bases.length], `/api/v1/changes?limit=25${cursor ? `&since=${encodeURIComponent(cursor)}` : ''}`);
      seen.push(...page.items.map((c) => `${c.type}:${c.id}:${c.change}:${c.version ?? ''}`));
      cursor = page.nextCursor;
      if (!page.hasMore) return { seen, pages: i };
    }
  };
  const alternating = await walk([A, B]);
  const alone = await walk([A]);
  if (alternating.seen.join('\n') !== alone.seen.join('\n')) problems.push(`changes: ${alternating.seen.length} read alternating, ${alone.seen.length} from one replica, not the same`);
  proof('a cursor from one replica pages correctly on the other', problems.length === 0,
    `${lists.length} lists, and the changes feed over ${alternating.pages} pages alternating (${alternating.seen.length} changes)`
      + (problems.length ? `; ${problems.join('; ')}` : ''));

  // 6. The changes feed has every acknowledged write of public data: each resource of the run that
  //    is public now has an upsert at its current version, and no acknowledged version above it.
  const latest = new Map();
  for (const line of alone.seen) {
    const [type, id, change, version] = line.split(':');
    if (type === 'resource') latest.set(id, { change, version: Number(version) });
  }
  const missingChanges = [];
  let checked = 0;
  for (const r of resources.filter((x) => x.status === 'PUBLISHED')) {
    checked++;
    const c = latest.get(r.id);
    if (!c || c.change !== 'upsert' || c.version !== Number(r.version)) missingChanges.push(`${r.id} v${r.version}: ${c ? `${c.change} v${c.version}` : 'absent'}`);
  }
  const ackedPublic = acked.filter((w) => w.op === 'upsert' || w.op === 'resource.publish'
    || (w.op === 'resource.update' && byId.get(w.id)?.status === 'PUBLISHED'));
  for (const w of ackedPublic) {
    const id = w.id;
    const c = latest.get(id);
    if (!c || c.version < w.version) missingChanges.push(`${w.op} ${id} v${w.version}: ${c ? `latest change v${c.version}` : 'absent'}`);
  }
  proof('the changes feed has every acknowledged write', missingChanges.length === 0,
    `${checked} published resources of the run, ${ackedPublic.length} acknowledged writes of public data`
      + (missingChanges.length ? `; ${missingChanges.slice(0, 5).join('; ')}` : ''));
}

// ------------------------------------------------------------------------------------------------
// The table
// ------------------------------------------------------------------------------------------------
const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);
console.log('');
console.log(`${pad('phase', 8)} ${num('requests', 9)} ${num('2xx', 7)} ${num('3xx', 5)} ${num('4xx', 6)} ${num('5xx', 5)} ${num('network', 8)} ${num('writes', 7)} ${num('acked', 7)} ${num('found', 7)}   first..last failure`);
for (const p of phases) {
  const rs = requests[p];
  const by = (lo, hi) => rs.filter((r) => r.status >= lo && r.status < hi).length;
  const ws = writes.filter((w) => w.phase === p);
  const ak = ws.filter((w) => w.acked);
  const foundHere = ak.filter((w) => w.id ? byId.has(w.id) : false).length;
  const failed = failedOf(rs);
  const span = failed.length ? `${new Date(failed[0].t).toISOString().slice(11, 23)}..${new Date(failed.at(-1).t).toISOString().slice(11, 23)}` : '-';
  console.log(`${pad(p, 8)} ${num(rs.length, 9)} ${num(by(200, 300), 7)} ${num(by(300, 400), 5)} ${num(by(400, 500), 6)} ${num(by(500, 600), 5)} ${num(by(0, 1), 8)} ${num(ws.length, 7)} ${num(ak.length, 7)} ${num(foundHere, 7)}   ${span}`);
}
const statuses = {};
for (const p of phases) for (const r of requests[p]) if (r.status >= 400 || r.status === 0) statuses[`${p} ${r.status || 'network'} ${r.op}`] = (statuses[`${p} ${r.status || 'network'} ${r.op}`] ?? 0) + 1;
if (Object.keys(statuses).length) console.log(`non-2xx by phase, status and operation: ${Object.entries(statuses).map(([k, v]) => `${k}: ${v}`).join(', ')}`);
if (kill) console.log(`kill -9 of replica 1 at ${new Date(kill.t).toISOString().slice(11, 23)}, ready again at ${restarted ? new Date(restarted.t).toISOString().slice(11, 23) : 'never'}`);
for (const e of events.filter((x) => ['sigterm', 'stopped', 'ready', 'upstream'].includes(x.event) && x.t > (kill?.t ?? 0) && x !== restarted)) {
  console.log(`  ${e.event === 'upstream' ? `nginx upstream now ${e.ready.split('').map((r, i) => `replica ${i + 1} ${r === '1' ? 'in' : 'out'}`).join(', ')}` : `${e.event} replica ${e.replica}`} at ${new Date(e.t).toISOString().slice(11, 23)}`);
}
console.log('');
for (const p of proofs) console.log(`${p.ok ? 'PASS' : 'FAIL'}  ${p.name}: ${p.detail}`);
const passed = proofs.filter((p) => p.ok).length;
console.log(`result: ${passed} passed, ${proofs.length - passed} failed`);
process.exit(passed === proofs.length ? 0 : 1);

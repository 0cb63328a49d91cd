#!/usr/bin/env bash
# ops/checks/backup.sh: the backup round trip of ./din backup and ./din restore, for ./din test's ops layer.
#
#   1. a PostgreSQL (DIN_BACKUP_CHECK_DB_PORT, 55451) and the API on it (DIN_BACKUP_CHECK_API_PORT,
#      18093) with the demo data, indexed into OpenSearch under this run's own prefix;
#   2. ./din backup of that database; ./din restore of the dump into a database that does not exist
#      yet on a second, fresh PostgreSQL (DIN_BACKUP_CHECK_RESTORED_DB_PORT, 55452), which also
#      rebuilds the search indexes (./din reindex) under a second prefix;
#   3. ./din backup of the restored database, and the two dumps compared: their tables of contents
#      and their complete SQL (schema and every table's rows) must be identical apart from what the
#      README's "Backups" names;
#   4. a second API on the restored database (DIN_BACKUP_CHECK_RESTORED_API_PORT, 18094): every public
#      feed and embed must give the same bytes and the same ETag from both APIs, and the lists and
#      search (OpenSearch, rebuilt by the restore's reindex) the same answers.
#
# No Keycloak: the API starts without reaching its OIDC server (it discovers the keys on the first
# authenticated request), and everything compared here is public. The data comes from DIN_DEMO_DATA.
# Prints 'result: N passed, N failed' last; everything it starts stops on exit, its indexes are deleted.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=../../din
source "$ROOT/din"

DB_A_PORT=${DIN_BACKUP_CHECK_DB_PORT:-55451} DB_B_PORT=${DIN_BACKUP_CHECK_RESTORED_DB_PORT:-55452}
API_A_PORT=${DIN_BACKUP_CHECK_API_PORT:-18093} API_B_PORT=${DIN_BACKUP_CHECK_RESTORED_API_PORT:-18094}
TEST_LOGS=${TEST_LOGS:-$DIN_HOME/test-logs}
export DIN_SEARCH_URL=${DIN_SEARCH_URL:-http://127.0.0.1:9250}
WORK=$DIN_HOME/test/backup-check LOGS=$TEST_LOGS/backup-check
PREFIX=backup-check-$(date +%s)-$$-
rm -rf "$WORK" "$LOGS"; mkdir -p "$WORK" "$LOGS"

PASSED=0 FAILED=0
pass() { PASSED=$((PASSED + 1)); printf '  ok    %s\n' "$1"; }
fail() { FAILED=$((FAILED + 1)); printf '  FAIL  %s\n' "$1"; [[ -z ${2:-} ]] || printf '%s\n' "$2" | head -n 40 | sed 's/^/        /'; }

# Two clusters: start_postgres remembers one (PG_DATA, for stop_all), so the first is stopped here.
PG_A=''
finish() {
  local rc=$?
  stop_all
  [[ -z $PG_A ]] || as_postgres "$PG_TOOLS/bin/pg_ctl" stop -D "$PG_A" -m fast -w >/dev/null 2>&1 || true
  drop_indexes "$PREFIX"
  # The clusters and dumps stay for a look when something failed.
  (( rc != 0 || FAILED > 0 )) || rm -rf "$WORK"
  echo "result: $PASSED passed, $FAILED failed"
  (( rc == 0 && FAILED == 0 )) || exit 1
}
trap finish EXIT
trap 'exit 130' INT; trap 'exit 143' TERM

find_jdk; check_node
build_backend
find_pg_client
info "PostgreSQL client: $("$PG_BIN/pg_dump" --version) in $PG_BIN"

# The settings start_api passes. DIN_API_URL is the same for both APIs, as for replicas behind one
# address: the feeds echo it (feedUrl, Atom's rel="self"), so it must not be each API's own port.
DB_USER=din DB_PASSWORD=din DEMO_DATA=true SEARCH_URL=$DIN_SEARCH_URL
OIDC_URL=http://127.0.0.1:9/realms/din KC_ADMIN_URL=http://127.0.0.1:9 KC_ADMIN_CLIENT_SECRET=unused
SPA_URL=http://localhost:5173 CORS_ORIGINS=$SPA_URL
export DIN_API_URL=http://localhost:$API_A_PORT DIN_LOG_FORMAT=${DIN_LOG_FORMAT:-text}

say "The original: PostgreSQL on $DB_A_PORT, the API with the demo data on $API_A_PORT"
start_postgres "$WORK/postgres-a" "$DB_A_PORT" "$LOGS/postgres-a.log" DIN_BACKUP_CHECK_DB_PORT
PG_A=$PG_DATA PG_DATA=''
DB_URL=jdbc:postgresql://localhost:$DB_A_PORT/din SEARCH_INDEX_PREFIX=${PREFIX}a-
start_api "$API_A_PORT" "$LOGS/api-a.log" DIN_BACKUP_CHECK_API_PORT

# The demo data reaches the original's indexes through Hibernate Search's outbox, shortly after the
# start: wait until the outbox is empty, so that the search comparison below is not a race.
for _ in $(seq 1 60); do
  outbox=$(PGHOST=localhost PGPORT=$DB_A_PORT PGUSER=din PGPASSWORD=din PGDATABASE=din "$PG_BIN/psql" -XAtq -c \
    "select count(*) from hsearch_outbox_event" 2>/dev/null || echo unknown)
  [[ $outbox == 0 ]] && break
  sleep 1
done
info "search outbox of the original: ${outbox:-unknown} waiting"
# Likewise the webhooks' change follower (every 5 s) moves its cursor (webhook_change_cursor) to the
# end of the change log: wait until it stands still for one interval, or the restored database,
# whose reindex run follows the changes too, would be further along than the dump of the original.
cursor() { PGHOST=localhost PGPORT=$DB_A_PORT PGUSER=din PGPASSWORD=din PGDATABASE=din "$PG_BIN/psql" -XAtq -c \
  "select coalesce(cursor, '') from webhook_change_cursor where id = 1" 2>/dev/null || true; }
for _ in $(seq 1 8); do
  before=$(cursor); sleep 6; after=$(cursor)
  [[ -n $after && $before == "$after" ]] && break
done
info "webhooks' change cursor of the original: ${after:-none}"

say "./din backup of the original"
DUMP_A=$WORK/original.dump DUMP_B=$WORK/restored.dump
if DIN_DB_URL=jdbc:postgresql://localhost:$DB_A_PORT/din "$ROOT/din" backup "$DUMP_A" >"$LOGS/backup-a.log" 2>&1 && [[ -s $DUMP_A ]]; then
  pass "./din backup wrote $(basename "$DUMP_A") ($(du -h "$DUMP_A" | cut -f1))"
else fail "./din backup of the original" "$(tail -n 20 "$LOGS/backup-a.log")"; exit 1; fi

say "./din restore into a new database on a fresh PostgreSQL ($DB_B_PORT)"
start_postgres "$WORK/postgres-b" "$DB_B_PORT" "$LOGS/postgres-b.log" DIN_BACKUP_CHECK_RESTORED_DB_PORT
RESTORED_URL=jdbc:postgresql://localhost:$DB_B_PORT/din_restored
# The database din that start_postgres created has no tables yet but is refused all the same once it
# has one: first the refusal, on a database with a table.
PGHOST=localhost PGPORT=$DB_B_PORT PGUSER=din PGPASSWORD=din PGDATABASE=din "$PG_BIN/psql" -XAtq -c 'create table not_empty (id int)' >/dev/null
if DIN_DB_URL=jdbc:postgresql://localhost:$DB_B_PORT/din "$ROOT/din" restore "$DUMP_A" >"$LOGS/restore-refused.log" 2>&1; then
  fail "./din restore refuses a database that has tables" "$(tail -n 5 "$LOGS/restore-refused.log")"
elif grep -q 'not empty' "$LOGS/restore-refused.log"; then pass "./din restore refuses a database that has tables, and says so"
else fail "./din restore refuses a database that has tables, and says so" "$(tail -n 5 "$LOGS/restore-refused.log")"; fi

if DIN_DB_URL=$RESTORED_URL DIN_SEARCH_INDEX_PREFIX=${PREFIX}b- "$ROOT/din" restore "$DUMP_A" >"$LOGS/restore.log" 2>&1; then
  pass "./din restore created din_restored, restored the dump and reindexed search"
else fail "./din restore" "$(tail -n 20 "$LOGS/restore.log")"; exit 1; fi

say "./din backup of the restored database, and the two dumps compared"
if DIN_DB_URL=$RESTORED_URL "$ROOT/din" backup "$DUMP_B" >"$LOGS/backup-b.log" 2>&1; then pass "./din backup of the restored database"
else fail "./din backup of the restored database" "$(tail -n 20 "$LOGS/backup-b.log")"; exit 1; fi

# The table of contents without its header (comments: dump time, database name, sizes) and without
# each entry's dump id and catalogue OIDs ("215; 1259 16390 TABLE ...": the OIDs are the cluster's).
toc() { "$PG_BIN/pg_restore" -l "$1" | grep -v '^;' | sed -E 's/^[0-9]+; [0-9]+ [0-9]+ //'; }
toc "$DUMP_A" >"$WORK/original.toc"; toc "$DUMP_B" >"$WORK/restored.toc"
entries=$(grep -c . "$WORK/original.toc" || true)
if diff -u "$WORK/original.toc" "$WORK/restored.toc" >"$WORK/toc.diff"; then pass "the tables of contents are identical ($entries entries)"
else fail "the tables of contents are identical" "$(cat "$WORK/toc.diff")"; fi

# The complete SQL of each dump (schema, then the rows of every table in COPY, sequences' values),
# apart from the three differences the README's "Backups" names, each normalised here:
#  - the \restrict and \unrestrict lines: pg_dump 17.6+ writes a new random key there each time;
#  - a CHECK constraint or index predicate `varchar IN (...)`, which PostgreSQL stores as
#    `(col)::text = ANY ((ARRAY['A'::character varying, ...])::text[])` when Flyway creates it but
#    prints as `= ANY (ARRAY[('A'::character varying)::text, ...])` once restored from that text (the
#    same expression; a further round trip prints it the same way again);
#  - the rows of hsearch_agent: Hibernate Search's registry of running API processes (a heartbeat
#    with an expiry), not data. The restore's reindex ends by removing the original's stale entry.
sql() {
  "$PG_BIN/pg_restore" -f - "$1" | perl -pe '
    s/^\\(un)?restrict [A-Za-z0-9]+$/\\$1restrict KEY/;
    s{\(ARRAY\[((?:'"'"'[^'"'"']*'"'"'::character varying(?:, )?)+)\]\)::text\[\]}{"ARRAY[" . join(", ", map { "($_)::text" } split(/, /, $1)) . "]"}ge;
    if (/^COPY public\.hsearch_agent /) { $agent = 1 } elsif (/^\\\.$/) { $agent = 0 } elsif ($agent) { $_ = "" }'
}
sql "$DUMP_A" >"$WORK/original.sql"; sql "$DUMP_B" >"$WORK/restored.sql"
tables=$(grep -c '^COPY ' "$WORK/original.sql" || true)
rows=$(awk '/^COPY /{copy=1; next} /^\\\.$/{copy=0} copy{n++} END{print n+0}' "$WORK/original.sql")
if diff -u "$WORK/original.sql" "$WORK/restored.sql" >"$WORK/sql.diff"; then
  pass "the dumps' SQL is identical: schema, $tables tables with $rows rows, sequences (apart from the README's three differences)"
else fail "the dumps' SQL is identical" "$(head -n 40 "$WORK/sql.diff")"; fi
(( rows > 100 )) && pass "the dump holds the demo data ($rows rows)" || fail "the dump holds the demo data" "only $rows rows"

say "A second API on the restored database ($API_B_PORT)"
DB_URL=$RESTORED_URL SEARCH_INDEX_PREFIX=${PREFIX}b- DEMO_DATA=false
start_api "$API_B_PORT" "$LOGS/api-b.log" DIN_BACKUP_CHECK_RESTORED_API_PORT

# Every public feed and embed (feed/FeedsEndpoint.java, feed/EmbedEndpoint.java) in every format it
# serves, and the public lists and search that OpenSearch answers: same status, bytes and ETag.
FEEDS=(
  /feeds/v1/events /feeds/v1/events.json /feeds/v1/events.ics /feeds/v1/events.rss /feeds/v1/events.atom /feeds/v1/events.jsonld
  /feeds/v1/testbeds.json /feeds/v1/testbeds.rss /feeds/v1/testbeds.atom /feeds/v1/testbeds.jsonld
  /feeds/v1/resources.json /feeds/v1/resources.rss /feeds/v1/resources.atom /feeds/v1/resources.jsonld '/feeds/v1/resources.ics?kind=EVENT'
  '/feeds/v1/events.json?lang=en' '/feeds/v1/events.ics?municipality=2480'
  /feeds/v1/collaborations /feeds/v1/collaborations.json /feeds/v1/collaborations.atom /feeds/v1/collaborations.jsonld
  /embed/v1/events /embed/v1/testbeds
)
LISTS=(
  /api/v1/actors /api/v1/resources '/api/v1/resources?kind=EVENT' /api/v1/collaborations
  '/api/v1/search?q=testbed' '/api/v1/search?q=Ume%C3%A5' '/api/v1/search?q=AI'
)
compare() {
  node -e '
    const [a, b, kind, ...paths] = process.argv.slice(1);
    (async () => {
      for (const path of paths) {
        const [ra, rb] = await Promise.all([fetch(a + path), fetch(b + path)]);
        const [ba, bb] = await Promise.all([ra.arrayBuffer(), rb.arrayBuffer()]).then(x => x.map(b => Buffer.from(b)));
        const ea = ra.headers.get("etag"), eb = rb.headers.get("etag");
        const problems = [];
        if (ra.status !== 200 || rb.status !== 200) problems.push(`status ${ra.status} / ${rb.status}`);
        if (!ba.equals(bb)) {
          let i = 0; while (i < Math.min(ba.length, bb.length) && ba[i] === bb[i]) i++;
          problems.push(`bodies differ (${ba.length} / ${bb.length} bytes) at byte ${i}: ` +
            JSON.stringify(ba.subarray(Math.max(0, i - 40), i + 60).toString()) + " / " + JSON.stringify(bb.subarray(Math.max(0, i - 40), i + 60).toString()));
        }
        if (kind === "feed" && (!ea || ea !== eb)) problems.push(`ETag ${ea} / ${eb}`);
        if (ra.headers.get("content-type") !== rb.headers.get("content-type")) problems.push("Content-Type differs");
        if (ba.length < 50) problems.push(`a body of only ${ba.length} bytes`);
        const what = kind === "feed" ? `${ba.length} bytes, ETag ${ea}` : `${ba.length} bytes`;
        console.log(problems.length ? `FAIL ${path}: ${problems.join("; ")}` : `ok ${path} (${what})`);
      }
    })().catch(e => { console.log("FAIL " + e.message); });' "http://localhost:$API_A_PORT" "http://localhost:$API_B_PORT" "$@"
}
while read -r status line; do
  if [[ $status == ok ]]; then pass "feed byte-identical with its ETag: $line"; else fail "feed: $line"; fi
done < <(compare feed "${FEEDS[@]}")
while read -r status line; do
  if [[ $status == ok ]]; then pass "same answer from search after the reindex: $line"; else fail "search after the reindex: $line"; fi
done < <(compare list "${LISTS[@]}")

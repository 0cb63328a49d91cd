#!/usr/bin/env bash
# bench/feed-writes.sh: what keeping the feed cache current costs writers and readers. In one run
# on this machine:
#  1. writes: pgbench runs the statements of an event edit (the resource row, its occurrences
#     rebuilt) from 8 concurrent clients, three times, with the feed trigger function doing
#     nothing, bumping the single counter row (V4, before V7), and sending NOTIFY (V7); it prints
#     transactions/s and latency of each and the ratios to "nothing";
#  2. reads under writes: wrk on a cached feed of 50 events while pgbench edits events at a fixed
#     rate, against the same feed with no writes, with whichever mechanism the API jar has
#     (counter read per request before V7, LISTEN/NOTIFY after). Not a test.
#
#   bench/feed-writes.sh                          about 2 minutes on 2 cores
#   BENCH_JAR=/path/to/quarkus-run.jar bench/feed-writes.sh   another build of the API (e.g. before V7)
#
# Settings: BENCH_DURATION (15 s per measurement), BENCH_CLIENTS (8 writers), BENCH_WRITE_RATE
# (20 edits/s during the reads), BENCH_CONNECTIONS (16, wrk), BENCH_EVENTS (200),
# BENCH_DB_PORT (55996), BENCH_API_PORT (18996). Needs wrk, pgbench and psql (Debian:
# apt-get install wrk postgresql-15), a JDK >= 21, .din/tools/postgres-* (./din test or ./din up
# leaves them) and the API jar. Everything listens on 127.0.0.1 and is stopped when it ends.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIN_HOME=${DIN_HOME:-$ROOT/.din}
WORK=$DIN_HOME/bench-feed-writes
DURATION=${BENCH_DURATION:-15}
CLIENTS=${BENCH_CLIENTS:-8}
RATE=${BENCH_WRITE_RATE:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
EVENTS=${BENCH_EVENTS:-200}
DB_PORT=${BENCH_DB_PORT:-55996}
API_PORT=${BENCH_API_PORT:-18996}
JAR=${BENCH_JAR:-$ROOT/backend/target/quarkus-app/quarkus-run.jar}
FEED="/feeds/v1/events.json?limit=50"

die() { echo "bench/feed-writes.sh: $*" >&2; exit 1; }
for tool in wrk pgbench psql curl; do command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install wrk postgresql-15)"; done
. "$ROOT/bench/lib.sh"
export PGPASSWORD=din
sql() { psql -q -h 127.0.0.1 -p "$DB_PORT" -U din -d din -v ON_ERROR_STOP=1 "$@"; }

rm -rf "$WORK"; mkdir -p "$WORK"; chmod 755 "$WORK"
trap bench_stop EXIT

echo "==> PostgreSQL on 127.0.0.1:$DB_PORT (fsync on: commits wait for the disk, as in production), the API on :$API_PORT"
bench_start_postgres -c max_connections=50
bench_start_api
if [[ $(sql -tAc "select to_regclass('feed_state') is not null") == t ]]; then MECHANISM=counter; else MECHANISM=notify; fi
echo "    the jar's schema keeps feeds current by: $MECHANISM ($( [[ $MECHANISM == counter ]] && echo 'one counter row, read on every feed request' || echo 'LISTEN/NOTIFY, no read per request'))"

echo "==> Seeding $EVENTS published events"
sql -v events="$EVENTS" <<'SQL'
insert into actor (id, slug, name, kind, status, municipality_code)
values ('6d1b2c3a-0000-4000-8000-00000000feed', 'bench-feeds', 'Bänkbolaget AB', 'COMPANY', 'ACTIVE', '2480');
insert into resource (id, slug, actor_id, kind, status, title_sv, summary_sv, language, municipality_code,
                      starts_at, ends_at, time_zone, all_day, event_status, attendance_mode, published_at, details, tags)
select gen_random_uuid(), 'bench-event-' || g, '6d1b2c3a-0000-4000-8000-00000000feed', 'EVENT', 'PUBLISHED',
       'Seminarium ' || g || ': AI, data och digitalisering i norr',
       'Ett seminarium om hur regionen blir en av Europas ledande inom IT, AI och digitalisering.', 'sv', '2480',
       date_trunc('day', now()) + make_interval(days => g % 170, hours => 10),
       date_trunc('day', now()) + make_interval(days => g % 170, hours => 12),
       'Europe/Stockholm', false, 'SCHEDULED', 'OFFLINE', now(),
       jsonb_build_object('venue', jsonb_build_object('name', 'Umeå Science Park', 'address', 'Tvistevägen 48')),
       array['ai', 'seminarium']
  from generate_series(1, :events) g;
insert into event_occurrence (resource_id, starts_at, ends_at)
select id, starts_at, ends_at from resource where actor_id = '6d1b2c3a-0000-4000-8000-00000000feed';
analyze;
SQL

# What an API edit of an event writes, in one transaction: the row, then its occurrences rebuilt.
# Each statement fires the statement-level feed triggers (resource, event_occurrence).
cat > "$WORK/edit.sql" <<SQL
\set n random(1, $EVENTS)
BEGIN;
UPDATE resource SET summary_sv = 'Ändrad ' || :n, version = version + 1, updated_at = now() WHERE slug = 'bench-event-' || :n;
DELETE FROM event_occurrence WHERE resource_id = (SELECT id FROM resource WHERE slug = 'bench-event-' || :n);
INSERT INTO event_occurrence (resource_id, starts_at, ends_at) SELECT id, starts_at, ends_at FROM resource WHERE slug = 'bench-event-' || :n;
COMMIT;
SQL

# The trigger function's three bodies; the triggers themselves (V4) stay as they are.
trigger_body() {
  case $1 in
    nothing) echo "begin return null; end" ;;
    counter) echo "begin update feed_state set version = version + 1 where id; return null; end" ;;
    notify)  echo "begin perform pg_notify('din_feeds', ''); return null; end" ;;
  esac
}
use_trigger() {
  sql -q -c "set client_min_messages = warning; create table if not exists feed_state (id boolean primary key default true check (id), version bigint not null);
          insert into feed_state values (true, 0) on conflict do nothing;
          create or replace function din_bump_feed_state() returns trigger language plpgsql as \$\$ $(trigger_body "$1") \$\$;"
}

# pgbench: "tps p50 p99" (ms) of the edit transaction.
edits() {
  local out
  out=$(pgbench -n -h 127.0.0.1 -p "$DB_PORT" -U din -M prepared -c "$CLIENTS" -j 2 -T "$DURATION" -f "$WORK/edit.sql" \
        -l --log-prefix="$WORK/txlog" "$@" din 2>&1) || { echo "$out" >&2; die "pgbench failed"; }
  echo "$out" >> "$WORK/pgbench.out"
  local tps; tps=$(echo "$out" | awk '/^tps/ {print $3; exit}')
  local pct; pct=$(cat "$WORK"/txlog.* 2>/dev/null | awk '{print $3 / 1000}' | sort -n | awk '{a[NR] = $1} END {
      if (NR == 0) { print "- -"; exit }
      i = int(NR * 0.5) + 1; if (i > NR) i = NR; j = int(NR * 0.99) + 1; if (j > NR) j = NR
      printf "%.2f %.2f", a[i], a[j] }')
  rm -f "$WORK"/txlog.*
  echo "$tps $pct"
}

echo "==> Writes: $CLIENTS clients editing events, ${DURATION}s per variant of the trigger function"
declare -A W
for variant in nothing counter notify nothing counter notify; do
  use_trigger "$variant"
  read -r tps p50 p99 <<<"$(edits)"
  W[$variant]="${W[$variant]:-} $tps/$p50/$p99"
  echo "    $variant: $tps tps, p50 $p50 ms, p99 $p99 ms"
done

echo "==> Writes at a steady $RATE edits/s from $CLIENTS clients (latency is the cost there), ${DURATION}s per variant"
declare -A L
for variant in nothing counter notify; do
  use_trigger "$variant"
  read -r tps p50 p99 <<<"$(edits -R "$RATE")"
  L[$variant]="$p50/$p99"
  echo "    $variant: p50 $p50 ms, p99 $p99 ms"
done

echo "==> Reads under writes: wrk on $FEED, alone and while events are edited at $RATE/s"
use_trigger "$MECHANISM"
URL="http://127.0.0.1:$API_PORT$FEED"
curl -sf -o /dev/null "$URL" || die "the feed did not answer"
wrk -t 2 -c "$CONNECTIONS" -d 5s "$URL" >/dev/null
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }
reads() {
  local out; out=$(wrk -t 2 -c "$CONNECTIONS" -d "${DURATION}s" --latency "$URL")
  echo "$out" >> "$WORK/wrk.log"
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')") $(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")"
}
read -r quiet_rps quiet_p50 quiet_p99 <<<"$(reads)"
pgbench -n -h 127.0.0.1 -p "$DB_PORT" -U din -M prepared -c 2 -j 1 -R "$RATE" -T "$((DURATION + 2))" -f "$WORK/edit.sql" din \
  > "$WORK/pgbench-rate.out" 2>&1 &
BG=$!
sleep 1
read -r busy_rps busy_p50 busy_p99 <<<"$(reads)"
wait "$BG" || true
rate_tps=$(awk '/^tps/ {print $3; exit}' "$WORK/pgbench-rate.out")

echo
echo "Feed writes and reads, one run  ($(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'))"
echo "  machine    $(nproc) CPUs, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); load average when it ended: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  jar        $JAR ($MECHANISM)"
echo
echo "  edits of an event by $CLIENTS concurrent clients, as fast as they go (tps/p50 ms/p99 ms, two rounds each):"
for variant in nothing counter notify; do printf '    %-8s %s\n' "$variant" "${W[$variant]}"; done
awk -v n="${W[nothing]}" -v c="${W[counter]}" -v m="${W[notify]}" 'function tps(s,  a, b, i, t) { split(s, a, " "); t = 0;
    for (i in a) { split(a[i], b, "/"); t += b[1] } return t / length(a) }
  BEGIN { printf "    ratio to nothing: counter %.2f, notify %.2f (throughput, mean of the rounds)\n", tps(c) / tps(n), tps(m) / tps(n) }'
echo "  the same edits at a steady $RATE/s (p50 ms/p99 ms): nothing ${L[nothing]}, counter ${L[counter]}, notify ${L[notify]}"
echo
printf '  %-44s %12s %10s %10s\n' "cached feed (wrk, $CONNECTIONS connections)" "requests/s" "p50 ms" "p99 ms"
printf '  %-44s %12s %10s %10s\n' "no writes" "$quiet_rps" "$quiet_p50" "$quiet_p99"
printf '  %-44s %12s %10s %10s\n' "while events are edited (${rate_tps:-?} edits/s)" "$busy_rps" "$busy_p50" "$busy_p99"
awk -v q="$quiet_rps" -v b="$busy_rps" 'BEGIN { printf "  ratio under writes / quiet: %.2f\n", b / q }'

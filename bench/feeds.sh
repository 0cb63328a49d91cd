#!/usr/bin/env bash
# bench/feeds.sh: how close a cached public feed comes to a static file. In one run on this
# machine, wrk measures (1) GET /feeds/v1/events.json on the API jar, a cached feed of 50 events,
# (2) nginx serving the very same bytes as a static file, and (3) the API's 304 answer to
# If-None-Match; it prints requests/s and p50/p99 of each and the ratios to nginx. Not a test.
#
#   bench/feeds.sh                 about 1.5 minutes on 2 cores
#
# Settings (all optional): BENCH_DURATION (15 s per target), BENCH_CONNECTIONS (16),
# BENCH_THREADS (2), BENCH_EVENTS (200 seeded), BENCH_DB_PORT (55998), BENCH_API_PORT (18998),
# BENCH_NGINX_PORT (18997), BENCH_NGINX_WORKERS (auto: one per core), BENCH_JAR (another build of the API, e.g. an older commit's, to
# compare). Needs wrk and nginx (Debian: apt-get install wrk nginx), a JDK >= 21,
# and what ./din test leaves behind: .din/tools/postgres-* and backend/target/quarkus-app.
# Everything it starts listens on 127.0.0.1 and is stopped when it ends.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIN_HOME=${DIN_HOME:-$ROOT/.din}
WORK=$DIN_HOME/bench-feeds
DURATION=${BENCH_DURATION:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
EVENTS=${BENCH_EVENTS:-200}
DB_PORT=${BENCH_DB_PORT:-55998}
API_PORT=${BENCH_API_PORT:-18998}
NGINX_PORT=${BENCH_NGINX_PORT:-18997}
NGINX_WORKERS=${BENCH_NGINX_WORKERS:-auto}
JAR=${BENCH_JAR:-$ROOT/backend/target/quarkus-app/quarkus-run.jar}
FEED="/feeds/v1/events.json?limit=50"

die() { echo "bench/feeds.sh: $*" >&2; exit 1; }
for tool in wrk nginx curl; do command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install $tool)"; done
. "$ROOT/bench/lib.sh"

rm -rf "$WORK"; mkdir -p "$WORK/www" "$WORK/nginx/logs"; chmod 755 "$WORK" "$WORK/www"
NGINX_PID=''
cleanup() {
  [[ -n $NGINX_PID ]] && kill "$NGINX_PID" 2>/dev/null || true
  bench_stop
}
trap cleanup EXIT

echo "==> PostgreSQL on 127.0.0.1:$DB_PORT, the API on :$API_PORT, nginx on :$NGINX_PORT"
bench_start_postgres
bench_start_api

echo "==> Seeding $EVENTS published events"
PGPASSWORD=din psql -q -h 127.0.0.1 -p "$DB_PORT" -U din -d din -v ON_ERROR_STOP=1 -v events="$EVENTS" <<'SQL'
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

URL="http://127.0.0.1:$API_PORT$FEED"
curl -sf -D "$WORK/headers" -o "$WORK/www/events.json" "$URL" || die "the feed did not answer"
ETAG=$(sed -n 's/^[Ee][Tt]ag: *\(.*\)\r$/\1/p' "$WORK/headers")
ITEMS=$(grep -o '"organizer"' "$WORK/www/events.json" | wc -l)
BYTES=$(stat -c %s "$WORK/www/events.json")
[[ $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$URL") == 304 ]] || die "the feed did not answer 304 to its ETag"

# nginx serves the same bytes, as the reference: a static file with no application in the way.
# One worker per core by default, as the API uses every core (BENCH_NGINX_WORKERS=1 gives the
# single-worker reference of the first runs).
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes ${NGINX_WORKERS};
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location = /events.json { default_type application/json; add_header Cache-Control "public, max-age=60"; }
  }
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 1 20); do curl -sf "http://127.0.0.1:$NGINX_PORT/events.json" >/dev/null && break; sleep 0.25; done
cmp -s <(curl -s "http://127.0.0.1:$NGINX_PORT/events.json") "$WORK/www/events.json" || die "nginx does not serve the same bytes"

to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }

# One wrk run; prints "requests/s p50 p99" (latencies in ms).
measure() {
  local out rps p50 p99
  out=$(wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --latency "$@")
  echo "$out" >> "$WORK/wrk.log"
  if echo "$out" | grep -qE 'Non-2xx or 3xx responses|Socket errors'; then
    echo "$out" | grep -E 'Non-2xx|Socket errors' >&2
  fi
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  echo "$rps $(to_ms "$p50") $(to_ms "$p99")"
}

echo "==> Warming up the API (JIT, caches)"
wrk -t "$THREADS" -c "$CONNECTIONS" -d 5s "$URL" >/dev/null
wrk -t "$THREADS" -c "$CONNECTIONS" -d 3s -H "If-None-Match: $ETAG" "$URL" >/dev/null
echo "==> Measuring: ${DURATION}s each, $CONNECTIONS connections, $THREADS threads"
read -r ngx_rps ngx_p50 ngx_p99 <<<"$(measure "http://127.0.0.1:$NGINX_PORT/events.json")"
read -r api_rps api_p50 api_p99 <<<"$(measure "$URL")"
read -r nm_rps nm_p50 nm_p99 <<<"$(measure -H "If-None-Match: $ETAG" "$URL")"

echo
echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Run: $(date -u '+%Y-%m-%d %H:%M UTC'), jar $JAR"
echo "Feed: $FEED, $ITEMS events, $BYTES bytes, ETag $ETAG"
printf '%-36s %12s %10s %10s\n' "target" "requests/s" "p50 ms" "p99 ms"
printf '%-36s %12s %10s %10s\n' "nginx ($NGINX_WORKERS workers), same bytes" "$ngx_rps" "$ngx_p50" "$ngx_p99"
printf '%-36s %12s %10s %10s\n' "API, cached feed (200)" "$api_rps" "$api_p50" "$api_p99"
printf '%-36s %12s %10s %10s\n' "API, If-None-Match (304)" "$nm_rps" "$nm_p50" "$nm_p99"
awk -v a="$api_rps" -v n="$ngx_rps" -v m="$nm_rps" -v ap="$api_p99" -v np="$ngx_p99" -v mp="$nm_p99" 'BEGIN {
  printf "ratio API 200 / nginx: throughput %.2f, p99 %.2f\n", a / n, ap / np
  printf "ratio API 304 / nginx: throughput %.2f, p99 %.2f\n", m / n, mp / np
}'

#!/usr/bin/env bash
# bench/insights.sh: the insights API (issue 12) on an ecosystem of 5,000 actors, 50,000 resources
# and 20,000 public collaborations, measured in one run on this machine: wrk (8 connections) on each
# /api/v1/insights/* endpoint warm (after one priming request) as a ratio against a cached feed
# measured in the same run, and the cold recompute: the first request of each endpoint after a write
# that changes the data. Not a test: see bench/README.md ("bench/insights.sh").
#
#   bench/insights.sh                  about 5-6 minutes on 2 cores
#   BENCH_DURATION=10 bench/insights.sh  10 s of wrk per endpoint instead of 5
#   BENCH_KEEP=1 bench/insights.sh     keep the throwaway database afterwards
#
# Settings (all optional): BENCH_ACTORS (5000), BENCH_RESOURCES (50000), BENCH_COLLABORATIONS (20000),
# BENCH_DURATION (5 s of wrk per endpoint), BENCH_WARMUP (1 s per endpoint, before any measuring),
# BENCH_CONNECTIONS (8), BENCH_COLD_ROUNDS (1: cold requests per endpoint; the median is reported),
# BENCH_COLD_LIMIT (30 s: an endpoint whose first computation took longer gets no cold pass of its own,
# which would take as long again; its first computation is reported instead), BENCH_REQUEST_TIMEOUT (1800 s),
# BENCH_ACCEPT_ENCODING (gzip, as browsers send it; empty for identity), BENCH_DB_PORT (55996), BENCH_API_PORT (18996), BENCH_API_JAVA_OPTS, BENCH_INSTALL=1 (apt-get wrk,
# psql, curl when missing), BENCH_KEEP=1.
# It starts its own PostgreSQL and API, on 127.0.0.1 only, and stops them when it ends. No
# OpenSearch: the insights read PostgreSQL only, and the API serves without its search engine.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
# ./din's functions (sourcing runs nothing): find_jdk, install_postgres, as_postgres, spawn,
# stop_one/stop_all, wait_for_url, require_free_port, say/info.
# shellcheck source=../din
source "$ROOT/din"
die() { printf '%sbench/insights.sh: %s%s\n' "$RED" "$*" "$RESET" >&2; exit 1; }

WORK=$DIN_HOME/bench-insights
LOGS=$WORK/logs
RUN=$WORK/run
PGDATA_DIR=$WORK/postgres
ACTORS=${BENCH_ACTORS:-5000}
RESOURCES=${BENCH_RESOURCES:-50000}
COLLABORATIONS=${BENCH_COLLABORATIONS:-20000}
DURATION=${BENCH_DURATION:-5}
WARMUP=${BENCH_WARMUP:-1}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
COLD_ROUNDS=${BENCH_COLD_ROUNDS:-1}
COLD_LIMIT=${BENCH_COLD_LIMIT:-30}
REQUEST_TIMEOUT=${BENCH_REQUEST_TIMEOUT:-1800}
DB_PORT=${BENCH_DB_PORT:-55996}
API_PORT=${BENCH_API_PORT:-18996}
DB_USER=din DB_PASSWORD=din DB_NAME=din
export PGPASSWORD=$DB_PASSWORD   # of the throwaway database, for psql
API=http://127.0.0.1:$API_PORT
# The reference: a cached public feed (what bench/search.sh uses as its floor), served from memory.
FEED_PATH='/feeds/v1/events.json?limit=50'
# Every figure of INSIGHTS-CONTRACT.md / docs/insights.md, unfiltered, JSON.
# network/edges is rendered from the same computation as network (one cache entry, "network?filter").
declare -A DERIVED_FROM=([network/edges]=network)
FIGURES=(actors-by-sector actors-by-kind actors-by-county actors-by-municipality actors-joined
  resources-published collaboration-intensity boundary-crossing boundary-scores sdg-coverage
  technology-areas knowledge-areas area-co-occurrence municipality-links synergy network network/edges)
# The issue's targets, in ms: p99 warm of every figure but the network, of the network, and cold.
TARGET_WARM=50 TARGET_NETWORK=200 TARGET_COLD=2000

# ---------------------------------------------------------------------------------------------
# Prerequisites and the API (as bench/search.sh)
# ---------------------------------------------------------------------------------------------
pg_client() {
  local found; found=$(ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n 1)
  [[ -n $found ]] || found=$(command -v "$1" 2>/dev/null) || true
  echo "$found"
}

check_tools() {
  local missing=() packages=()
  command -v wrk >/dev/null 2>&1 || { missing+=(wrk); packages+=(wrk); }
  PSQL=$(pg_client psql)
  [[ -n $PSQL ]] || { missing+=(psql); packages+=(postgresql-client); }
  command -v curl >/dev/null 2>&1 || { missing+=(curl); packages+=(curl); }
  (( ${#missing[@]} == 0 )) && return 0
  local cmd="apt-get install -y --no-install-recommends ${packages[*]}"
  if [[ ${BENCH_INSTALL:-0} == 1 && $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    say "Installing ${missing[*]}: $cmd"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive $cmd >/dev/null || die "could not install ${packages[*]}"
    check_tools; return
  fi
  die "missing ${missing[*]}. On Debian (as root): apt-get update && $cmd; or rerun with BENCH_INSTALL=1."
}

# The API to measure: backend/target's jar when it is newer than every source file (as after
# ./din test or ./din up); otherwise a private build of a copy of the sources in .din/bench-insights/build,
# so that a build here never rewrites a jar that ./din may be running.
resolve_api() {
  local jar=$ROOT/backend/target/quarkus-app/quarkus-run.jar src
  if [[ -f $jar && -z $(find "$ROOT/backend/src/main" "$ROOT/backend/pom.xml" -newer "$jar" -print -quit) ]]; then
    APP=$ROOT/backend/target/quarkus-app; info "API: $jar (newer than its sources)"; return
  fi
  src=$WORK/build; APP=$src/target/quarkus-app
  if [[ -f $APP/quarkus-run.jar ]] && diff -rq "$ROOT/backend/src/main" "$src/src/main" >/dev/null 2>&1 \
     && cmp -s "$ROOT/backend/pom.xml" "$src/pom.xml"; then
    info "API: $APP/quarkus-run.jar (built earlier from the same sources)"; return
  fi
  info "backend/target has no jar newer than the sources: building a copy of them in $src"
  rm -rf "$src"; mkdir -p "$src/src"
  cp -r "$ROOT/backend/pom.xml" "$ROOT/backend/mvnw" "$ROOT/backend/.mvn" "$src/"
  [[ -d $ROOT/backend/maven-repo ]] && cp -r "$ROOT/backend/maven-repo" "$src/"
  cp -r "$ROOT/backend/src/main" "$src/src/main"
  local started=$SECONDS
  (cd "$src" && timeout 900 ./mvnw -B -q package -Dmaven.test.skip=true) >"$LOGS/build.log" 2>&1 \
    || { tail -n 30 "$LOGS/build.log" >&2; rm -rf "$src"; die "the API did not build (log: $LOGS/build.log)"; }
  info "built in $((SECONDS - started)) s"
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  (( rc == 0 )) || info "stopping what this run started (exit status $rc)"
  stop_all
  if [[ ${BENCH_KEEP:-0} == 1 ]]; then info "kept $PGDATA_DIR (BENCH_KEEP=1); logs in $LOGS"
  else rm -rf "$PGDATA_DIR" "$RUN"; fi
  exit "$rc"
}

psql_din() { PGOPTIONS="-c statement_timeout=600s" "$PSQL" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" "$@"; }

# A fresh cluster with ./din's binaries, durability off: it is thrown away.
bench_start_postgres() {
  require_free_port "$DB_PORT" PostgreSQL BENCH_DB_PORT
  rm -rf "$PGDATA_DIR"; mkdir -p "$PGDATA_DIR"; chmod 700 "$PGDATA_DIR"
  local pwfile; pwfile=$(mktemp); printf '%s\n' "$DB_PASSWORD" >"$pwfile"; chmod 644 "$pwfile"
  as_postgres "$PG_TOOLS/bin/initdb" -D "$PGDATA_DIR" -U "$DB_USER" --pwfile="$pwfile" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$LOGS/initdb.log" 2>&1 || { rm -f "$pwfile"; cat "$LOGS/initdb.log" >&2; die "initdb failed"; }
  rm -f "$pwfile"
  echo "CREATE DATABASE $DB_NAME;" | as_postgres "$PG_TOOLS/bin/postgres" --single -D "$PGDATA_DIR" postgres >>"$LOGS/initdb.log" 2>&1 \
    || { cat "$LOGS/initdb.log" >&2; die "could not create the database"; }
  as_postgres "$PG_TOOLS/bin/pg_ctl" start -D "$PGDATA_DIR" -w -t 60 -l "$LOGS/postgres.log" \
    -o "-p $DB_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    >/dev/null || { tail -n 20 "$LOGS/postgres.log" >&2; die "PostgreSQL did not start (log: $LOGS/postgres.log)"; }
  PG_DATA=$PGDATA_DIR
}

# The API: the insights and feeds are public, so OIDC points at a closed local port; no search
# engine either (a closed port: the API starts and serves without it, and retries every few
# seconds in the background). No demo data. The per-address rate limit is off: wrk from one address
# would otherwise measure 429s.
bench_start_api() {
  local log=$1
  require_free_port "$API_PORT" "the API" BENCH_API_PORT
  spawn "$log" env QUARKUS_HTTP_HOST=127.0.0.1 DIN_API_PORT="$API_PORT" DIN_DEMO_DATA=false DIN_RATE_LIMIT_ANONYMOUS=0 \
    DIN_DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/$DB_NAME" DIN_DB_USER="$DB_USER" DIN_DB_PASSWORD="$DB_PASSWORD" \
    DIN_OIDC_URL="http://127.0.0.1:9/realms/din" DIN_CORS_ORIGINS="http://127.0.0.1:9" DIN_SEARCH_URL="http://127.0.0.1:9" \
    "$JAVA_HOME/bin/java" ${BENCH_API_JAVA_OPTS:-} -jar "$APP/quarkus-run.jar"
  API_PID=$LAST_PID
  wait_for_url "the API" "$API/q/health/ready" 180 "$API_PID" "$log"
}

# ---------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------
percentile() { sort -n "$1" | awk -v q="$2" '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } r = int(q * NR + 0.999999); if (r < 1) r = 1; print v[r] }'; }
ms() { awk -v us="$1" 'BEGIN { if (us == "nan") print "nan"; else printf "%.2f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0 || a == "n/a") print "n/a"; else printf "%.2f", a / b }'; }
kv() { sed -n "s/.*[ ]$2=\([^ ]*\).*/\1/p" <<<" $1"; }
verdict() { awk -v v="$1" -v lim="$2" 'BEGIN { if (v == "n/a" || v == "") print "-"; else print (v + 0 < lim ? "met" : "NOT met") }'; }
# A name for files: network/edges -> network-edges.
slug_of() { tr '/' '-' <<<"$1"; }

# wrk asks as browsers do: "Accept-Encoding: gzip" (BENCH_ACCEPT_ENCODING; empty: identity). The API keeps
# large figures (the network) gzipped once per change of the data; small ones and feeds go as they are.
ACCEPT_ENCODING=${BENCH_ACCEPT_ENCODING-gzip}

declare -A REQ=() US=() RPS=() P50=() P99=() BYTES=() COLD=() COMPUTE=() STATUS=() FIRST=()

# measure NAME PATH: wrk -t 1 -c CONNECTIONS for DURATION s on one path (bench/search.lua, one
# request line), its latencies appended to $RUN/NAME.latencies (microseconds, one a line).
measure() {
  local name=$1 path=$2 seconds=${3:-$DURATION} log w errors req dur per_connection interval
  log=$LOGS/wrk-$name.log
  printf 'GET\t%s\n' "$path" >"$RUN/$name.request"
  BENCH_ACCEPT_ENCODING=$ACCEPT_ENCODING BENCH_WRK_LATENCIES=$RUN/wrk-latencies wrk -t 1 -c "$CONNECTIONS" -d "${seconds}s" --timeout 30s -s "$BENCH/search.lua" \
    "$API" -- "$RUN/$name.request" 0 >"$log" 2>&1 || { cat "$log" >&2; die "wrk failed on $path"; }
  w=$(grep '^BENCH_WRK ' "$log") || { cat "$log" >&2; die "no result line from wrk"; }
  errors=$(( $(kv "$w" connect_errors) + $(kv "$w" read_errors) + $(kv "$w" write_errors) + $(kv "$w" status_errors) + $(kv "$w" timeouts) ))
  (( errors == 0 )) || { cat "$log" >&2; die "wrk saw $errors errors on $path (non-2xx, timeouts, socket errors): see $LOGS"; }
  req=$(kv "$w" requests); dur=$(kv "$w" duration_us); per_connection=$(( req / CONNECTIONS ))
  REQ[$name]=$(( ${REQ[$name]:-0} + req )); US[$name]=$(( ${US[$name]:-0} + dur ))
  # wrk 4 "corrects" its latencies for coordinated omission, adding made-up samples L-E, L-2E, ...
  # for every latency L above twice the mean interval E; take them out (as bench/search.sh does) so
  # that the percentiles are those of the requests sent, and check one sample is left per request.
  interval=$(( per_connection > 0 ? dur / per_connection : 0 ))
  awk -v e="$interval" '
    { n[$1] = $2; v[NR] = $1 }
    END { for (i = 1; i <= NR; i++) { l = v[i]; real = n[l] - ((e > 0 && l > e && (l + e) in n) ? n[l + e] : 0)
                                      for (k = 0; k < real; k++) print l } }' "$RUN/wrk-latencies" >"$RUN/wrk-slice"
  (( $(wc -l <"$RUN/wrk-slice") == req )) || die "could not take wrk's coordinated-omission correction out of its latencies ($(wc -l <"$RUN/wrk-slice") samples for $req requests)"
  cat "$RUN/wrk-slice" >>"$RUN/$name.latencies"
}

summarise() {
  local name=$1
  RPS[$name]=$(awk -v n="${REQ[$name]}" -v d="${US[$name]}" 'BEGIN { printf "%.0f", n / (d / 1e6) }')
  P50[$name]=$(ms "$(percentile "$RUN/$name.latencies" 0.50)"); P99[$name]=$(ms "$(percentile "$RUN/$name.latencies" 0.99)")
}

# A write that every insight depends on: one public resource's updated_at (its trigger notifies the
# feeds' change signal, which the insights cache follows), then a wait past FeedChanges.COALESCE_MS
# (1 s), so the next request must read the ecosystem again.
touch_data() {
  psql_din -c "update resource set updated_at = now() where id = (select id from resource where status = 'PUBLISHED' order by slug limit 1)"
  sleep 1.5
}

# Seconds of one request, as curl times it (connection to the last byte), in ms.
time_request() { curl -fsS --max-time "$REQUEST_TIMEOUT" -o /dev/null -w '%{time_total}' "$API$1" | awk '{ printf "%.0f", $1 * 1000 }'; }

median() { tr ' ' '\n' <<<"$*" | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

main() {
  rm -rf "$LOGS" "$RUN"; mkdir -p "$LOGS" "$RUN"
  trap cleanup EXIT; trap 'exit 130' INT; trap 'exit 143' TERM
  local run_started=$SECONDS load_at_start; load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
  say "Insights benchmark: $ACTORS actors, $RESOURCES resources, $COLLABORATIONS collaborations"
  find_jdk; check_node; check_tools
  local wrk_version; wrk_version=$(wrk -v 2>&1 | sed -n '1s/^wrk \([^ ]*\).*/\1/p') || true
  install_postgres
  resolve_api

  say "PostgreSQL $POSTGRES_BINARIES_VERSION on 127.0.0.1:$DB_PORT (throwaway) and the API once, for its schema"
  bench_start_postgres
  bench_start_api "$LOGS/api-schema.log"
  stop_one "$API_PID" "$API_PORT"

  say "Seeding (bench/insights-seed.sql)"
  local started=$SECONDS
  psql_din -v actors="$ACTORS" -v resources="$RESOURCES" -v collaborations="$COLLABORATIONS" -f "$BENCH/insights-seed.sql" \
    >"$LOGS/seed.log" 2>&1 || { cat "$LOGS/seed.log" >&2; die "seeding failed (log: $LOGS/seed.log)"; }
  local seed_seconds=$((SECONDS - started)) counts
  counts=$(psql_din -At -F '|' -c "
    select (select count(*) from actor where status = 'ACTIVE'),
           (select count(*) from resource r where r.status = 'PUBLISHED' and r.taken_down_at is null),
           (select count(*) from collaboration where publication = 'PUBLISHED' and participant_count >= 2),
           (select count(*) from collaboration_participant where status = 'ACCEPTED'),
           (select round(avg(participant_count), 2) from collaboration),
           (select count(distinct actor_id) from collaboration_participant where status = 'ACCEPTED'),
           pg_size_pretty(pg_database_size(current_database())), current_setting('server_version')")
  local c_actors c_resources c_collaborations c_participants c_mean c_in_network s_db pg_version
  IFS='|' read -r c_actors c_resources c_collaborations c_participants c_mean c_in_network s_db pg_version <<<"$counts"
  info "seeded in $seed_seconds s: $c_actors active actors, $c_resources published resources, $c_collaborations public collaborations ($c_participants accepted participants, $c_mean on average; $c_in_network actors in one or more); database $s_db"

  say "The API for the measurements"
  bench_start_api "$LOGS/api.log"
  # Which figures this build serves: a 404 means the endpoint is not there (yet); anything else
  # but 200 stops the run. The first request reads the ecosystem (timed: the first read after a start);
  # each figure's first request after it is timed too (FIRST: its first computation, the ecosystem read).
  local figure present=() first_ms
  first_ms=$(time_request "/api/v1/insights/actors-by-sector" 2>/dev/null || echo n/a)
  for figure in "${FIGURES[@]}"; do
    local code seconds
    read -r code seconds < <(curl -s --max-time "$REQUEST_TIMEOUT" -o "$RUN/$(slug_of "$figure").json" -w '%{http_code} %{time_total}\n' "$API/api/v1/insights/$figure")
    FIRST[$figure]=$(awk -v s="$seconds" 'BEGIN { printf "%.0f", s * 1000 }')
    info "$figure: first computation ${FIRST[$figure]} ms (HTTP $code)"
    case $code in
      200) present+=("$figure"); BYTES[$figure]=$(stat -c %s "$RUN/$(slug_of "$figure").json") ;;
      404) STATUS[$figure]=missing; info "GET /api/v1/insights/$figure: 404, not in this build" ;;
      *) die "GET /api/v1/insights/$figure answered $code: $(head -c 300 "$RUN/$(slug_of "$figure").json")" ;;
    esac
  done
  (( ${#present[@]} > 0 )) || die "this build serves none of the insights endpoints"
  curl -fsS -o "$RUN/feed.json" "$API$FEED_PATH" || die "the feed $FEED_PATH did not answer"
  BYTES[feed]=$(stat -c %s "$RUN/feed.json")
  local network_info='not in this build'
  if [[ -f $RUN/network.json && -n ${BYTES[network]:-} ]]; then
    network_info=$(node -e '
      const n = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      console.log(`${n.nodes.length} nodes, ${n.edges.length} edges`);' "$RUN/network.json")
  fi
  info "network: $network_info; first request after the start (reads the ecosystem): $first_ms ms"

  say "Warming up the JVM: ${WARMUP} s of wrk per endpoint"
  measure warmup-feed "$FEED_PATH" "$WARMUP"
  for figure in "${present[@]}"; do measure "warmup-$(slug_of "$figure")" "/api/v1/insights/$figure" "$WARMUP"; done

  say "Warm: ${DURATION} s of wrk per endpoint, $CONNECTIONS connections, after one priming request; the feed first and last"
  curl -fsS -o /dev/null "$API$FEED_PATH"
  measure feed "$FEED_PATH"
  for figure in "${present[@]}"; do
    curl -fsS -o /dev/null "$API/api/v1/insights/$figure"   # the priming request
    measure "$(slug_of "$figure")" "/api/v1/insights/$figure"
    summarise "$(slug_of "$figure")"
    info "$figure: p50 ${P50[$(slug_of "$figure")]} ms, p99 ${P99[$(slug_of "$figure")]} ms"
  done
  measure feed "$FEED_PATH"
  summarise feed

  # Cold: the first request after a change, alone. "cold" reads the ecosystem and computes the
  # figure; "compute" is the same first request when another endpoint has just read the ecosystem
  # (so only this figure is computed).
  say "Cold: the first request of each endpoint after a write ($COLD_ROUNDS round(s); 1.5 s after each write)"
  local primer_of_first=${present[1]:-${present[0]}}
  for figure in "${present[@]}"; do
    local colds=() computes=() r primer=${present[0]} parent=${DERIVED_FROM[$figure]:-$figure}
    [[ $figure == "$primer" ]] && primer=$primer_of_first
    if (( ${FIRST[$parent]:-0} > COLD_LIMIT * 1000 )); then
      # As slow as that, a cold pass would take as long again (twice): its first computation says it.
      COLD[$figure]="> ${FIRST[$parent]}"; COMPUTE[$figure]=${FIRST[$parent]}; STATUS[$figure]=slow
      info "$figure: no cold pass (the first computation of $parent took ${FIRST[$parent]} ms, over BENCH_COLD_LIMIT=$COLD_LIMIT s)"
      continue
    fi
    for (( r = 1; r <= COLD_ROUNDS; r++ )); do
      touch_data; colds+=("$(time_request "/api/v1/insights/$figure")")
      if [[ $primer != "$figure" ]]; then
        touch_data; curl -fsS -o /dev/null "$API/api/v1/insights/$primer"; computes+=("$(time_request "/api/v1/insights/$figure")")
      fi
    done
    COLD[$figure]=$(median "${colds[@]}"); COMPUTE[$figure]=$(median "${computes[@]:-}")
    info "$figure: cold ${COLD[$figure]} ms, its computation alone ${COMPUTE[$figure]:-n/a} ms"
  done
  local cpu mem
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
  mem=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
  local api_rss; api_rss=$(ps -o rss= -p "$API_PID" | awk '{ printf "%.0f MiB", $1 / 1024 }')

  local header
  header=$(printf '  %-24s %8s %6s %7s %6s %7s %6s %8s %8s %8s  %-7s %-7s' endpoint 'req/s' '/feed' 'p50 ms' '/feed' 'p99 ms' '/feed' 'bytes' 'cold ms' 'comp ms' 'warm' 'cold')
  cat <<EOF

${BOLD}Insights: every figure warm (wrk, $CONNECTIONS connections) against a cached feed, and cold, one run$RESET  ($(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- backend 2>/dev/null || echo ', backend/ modified'))
  machine    $(nproc) CPUs, ${cpu:-unknown CPU}, $mem; load average when the run started: $load_at_start, at the end: $(cut -d' ' -f1-3 /proc/loadavg)
  software   PostgreSQL $pg_version, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), wrk $wrk_version; the API's RSS at the end: $api_rss
  data       $c_actors active actors, $c_resources published resources, $c_collaborations public collaborations with $c_participants accepted participants ($c_mean each on average; $c_in_network actors in one or more); seeded in $seed_seconds s; database $s_db
  network    $network_info
  load       wrk -t 1 -c $CONNECTIONS, ${DURATION} s per endpoint after one priming request (JVM warmed ${WARMUP} s per endpoint before); the feed ${FEED_PATH} before and after them, ${DURATION} s each
  cold       the first request after a write (a resource's updated_at, then 1.5 s); "comp" the same when another figure has just read the ecosystem (this figure's computation alone);
             "> N": no cold pass, its first computation after the start took N ms (over BENCH_COLD_LIMIT=$COLD_LIMIT s), so a cold request takes at least that
  targets    warm p99 < $TARGET_WARM ms (the network: < $TARGET_NETWORK ms), cold < $TARGET_COLD ms

$header
EOF
  printf '  %-24s %8s %6s %7s %6s %7s %6s %8s %8s %8s\n' "feed (reference)" "${RPS[feed]}" 1 "${P50[feed]}" 1 "${P99[feed]}" 1 "${BYTES[feed]}" - -
  for figure in "${FIGURES[@]}"; do
    local s; s=$(slug_of "$figure")
    if [[ ${STATUS[$figure]:-} == missing ]]; then printf '  %-24s %s\n' "$figure" "not in this build (404)"; continue; fi
    local limit=$TARGET_WARM; [[ $figure == network* ]] && limit=$TARGET_NETWORK
    printf '  %-24s %8s %6s %7s %6s %7s %6s %8s %8s %8s  %-7s %-7s\n' "$figure" "${RPS[$s]}" "$(ratio "${RPS[$s]}" "${RPS[feed]}")" \
      "${P50[$s]}" "$(ratio "${P50[$s]}" "${P50[feed]}")" "${P99[$s]}" "$(ratio "${P99[$s]}" "${P99[feed]}")" "${BYTES[$figure]}" \
      "${COLD[$figure]}" "${COMPUTE[$figure]:-n/a}" "$(verdict "${P99[$s]}" "$limit")" "$(verdict "${COLD[$figure]#> }" "$TARGET_COLD")"
  done
  cat <<EOF

  req/s: requests per second with $CONNECTIONS clients; each /feed: that figure divided by the cached feed's in
  this run (1: as fast as a feed served from memory; latencies above 1 are slower, requests/s below 1). Latencies are wrk's raw samples (its
  coordinated-omission correction taken out). Only compare within a run. Whole run: $((SECONDS - run_started)) s; logs in $LOGS.
EOF
}

main "$@"

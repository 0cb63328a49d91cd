#!/usr/bin/env bash
# bench/search.sh: search and the catalogue list on OpenSearch, measured in one run on this machine
# on 300,000 seeded resources: wrk (8 connections) against the API (GET /api/v1/search, GET
# /api/v1/resources) and against OpenSearch directly with the very requests the API sent it for
# the same queries, recorded by a proxy (the API's overhead), and a cached feed as a floor; plus the time to index the
# database and the memory of PostgreSQL, OpenSearch and the API. Not a test: see bench/README.md.
#
#   bench/search.sh                        the whole run: about 6-8 minutes on 2 cores
#   BENCH_RESOURCES=1000000 bench/search.sh  the 1,000,000-resource run (seeding and indexing take longer)
#   BENCH_KEEP=1 bench/search.sh           keep the throwaway database and OpenSearch data afterwards
#
# Settings (all optional): BENCH_RESOURCES (300000), BENCH_ACTORS (400), BENCH_DURATION (20 s per
# target, measured in BENCH_ROUNDS (2) slices taken in turns), BENCH_WARMUP (10 s), BENCH_CONNECTIONS
# (8), BENCH_DB_PORT (55999), BENCH_SEARCH_PORT (19200; transport + 100, the recording proxy + 1),
# BENCH_API_PORT (18999), BENCH_INDEX_TIMEOUT (3600 s),
# BENCH_SEARCH_JAVA_OPTS (OpenSearch's heap, default DIN_SEARCH_JAVA_OPTS or -Xms512m -Xmx1g),
# BENCH_API_JAVA_OPTS, BENCH_INSTALL=1 (apt-get the missing tools).
# It starts its own PostgreSQL, OpenSearch and API, on 127.0.0.1 only, and stops them when it ends.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
# ./din's functions (sourcing runs nothing): find_jdk, install_postgres, as_postgres,
# start_opensearch/wait_opensearch (as root through unshare -U), spawn/stop_one/stop_all, wait_for_url.
# shellcheck source=../din
source "$ROOT/din"
die() { printf '%sbench/search.sh: %s%s\n' "$RED" "$*" "$RESET" >&2; exit 1; }

WORK=$DIN_HOME/bench
LOGS=$WORK/logs
RUN=$WORK/run
PGDATA_DIR=$WORK/postgres
SEARCH_DATA=$WORK/opensearch
RESOURCES=${BENCH_RESOURCES:-300000}
ACTORS=${BENCH_ACTORS:-400}
DURATION=${BENCH_DURATION:-20}   # per target, in ROUNDS slices taken in turns
ROUNDS=${BENCH_ROUNDS:-2}
SLICE=$(( DURATION / ROUNDS ))
WARMUP=${BENCH_WARMUP:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
DB_PORT=${BENCH_DB_PORT:-55999}
BENCH_SEARCH_PORT=${BENCH_SEARCH_PORT:-19200}
API_PORT=${BENCH_API_PORT:-18999}
DB_USER=din DB_PASSWORD=din DB_NAME=din
PREFIX=bench-                          # the API's index prefix: indexes bench-resource-000001, ...
OPENSEARCH_URL=http://127.0.0.1:$BENCH_SEARCH_PORT
export PGPASSWORD=$DB_PASSWORD         # of the throwaway database, for psql
export DIN_SEARCH_JAVA_OPTS=${BENCH_SEARCH_JAVA_OPTS:-${DIN_SEARCH_JAVA_OPTS:--Xms512m -Xmx1g}}
FEED_PATH='/feeds/v1/events.json?limit=50'
# The catalogue list: unfiltered, by municipality (Umeå), with a text query, and with several facet
# filters at once. Every answer carries the facets (counts per kind, family, area, SDG, municipality).
LIST_PATHS=('/api/v1/resources' '/api/v1/resources?municipality=2480' '/api/v1/resources?q=AI'
            '/api/v1/resources?family=INNOVATION&kind=TESTBED&access=OPEN&tag=ai')

# ---------------------------------------------------------------------------------------------
# Prerequisites
# ---------------------------------------------------------------------------------------------
# Debian's psql: the newest under /usr/lib/postgresql, else the PATH (the seeding runs through it).
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

# The API to measure (APP: a quarkus-app directory). backend/target's jar when it is newer than
# every source file (as after ./din test or ./din up); otherwise a private build of a copy of the
# sources under .din/bench/build, so that a build here never rewrites a jar ./din may be running.
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

# ---------------------------------------------------------------------------------------------
# Services; stop_all (./din's) ends the API and OpenSearch (PIDS) and PostgreSQL (PG_DATA)
# ---------------------------------------------------------------------------------------------
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  (( rc == 0 )) || info "stopping what this run started (exit status $rc)"
  stop_all
  if [[ ${BENCH_KEEP:-0} == 1 ]]; then info "kept $PGDATA_DIR and $SEARCH_DATA (BENCH_KEEP=1); logs in $LOGS"
  else rm -rf "$PGDATA_DIR" "$SEARCH_DATA" "$RUN"; fi
  exit "$rc"
}

psql_din() { PGOPTIONS="-c statement_timeout=${BENCH_STATEMENT_TIMEOUT:-600s}" "$PSQL" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" "$@"; }

# A fresh cluster with ./din's binaries, durability off: it is thrown away, and fsync only slows
# the seeding.
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
    -o "-p $DB_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_wal_size=8GB" \
    >/dev/null || { tail -n 20 "$LOGS/postgres.log" >&2; die "PostgreSQL did not start (log: $LOGS/postgres.log)"; }
  PG_DATA=$PGDATA_DIR
}

# The API's environment. Search and the lists are public: no token is checked, so OIDC points at a
# closed local port (discovery is lazy and does not block readiness). No demo data: only the seeded
# rows. The per-address rate limit is off: wrk from one address would otherwise measure 429s.
bench_api_env() {
  API_ENV=(QUARKUS_HTTP_HOST=127.0.0.1 DIN_DEMO_DATA=false DIN_RATE_LIMIT_ANONYMOUS=0
    DIN_DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/$DB_NAME" DIN_DB_USER="$DB_USER" DIN_DB_PASSWORD="$DB_PASSWORD"
    DIN_OIDC_URL="http://127.0.0.1:9/realms/din" DIN_CORS_ORIGINS="http://127.0.0.1:9"
    DIN_SEARCH_URL="$OPENSEARCH_URL" DIN_SEARCH_INDEX_PREFIX="$PREFIX")
}

# bench_start_api LOG [VAR=value...]: the jar on API_PORT until it is ready; API_PID.
bench_start_api() {
  local log=$1; shift
  require_free_port "$API_PORT" "the API" BENCH_API_PORT
  bench_api_env
  spawn "$log" env "${API_ENV[@]}" DIN_API_PORT="$API_PORT" "$@" "$JAVA_HOME/bin/java" ${BENCH_API_JAVA_OPTS:-} -jar "$APP/quarkus-run.jar"
  API_PID=$LAST_PID
  wait_for_url "the API" "http://127.0.0.1:$API_PORT/q/health/ready" 180 "$API_PID" "$log"
}

bench_stop_api() { stop_one "$API_PID" "$API_PORT"; API_PID=''; }

# GET/POST to OpenSearch; fails on a non-2xx answer.
opensearch() { curl -fsS -H 'Content-Type: application/json' "$@"; }

# ---------------------------------------------------------------------------------------------
# Seeding (bench/search-seed.sql, in several psql sessions at once)
# ---------------------------------------------------------------------------------------------
seed_part() { psql_din -v part="$1" "${@:2}" -f "$BENCH/search-seed.sql"; }

seed_parallel() {
  local cmd pids=() rc=0 n=0 pid
  for cmd in "$@"; do
    n=$((n + 1))
    eval "seed_part $cmd" >"$LOGS/seed-$n.log" 2>&1 &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || rc=$?; done
  if (( rc != 0 )); then cat "$LOGS"/seed-*.log >&2; die "seeding failed (logs: $LOGS/seed-*.log)"; fi
}

seed() {
  local jobs=${BENCH_JOBS:-$(nproc)} started=$SECONDS step cmds=() k lo hi
  seed_part setup -v actors="$ACTORS" >"$LOGS/seed-setup.log" 2>&1 || { cat "$LOGS/seed-setup.log" >&2; die "seeding failed"; }
  step=$(( (RESOURCES + jobs - 1) / jobs ))
  for (( k = 0; k < jobs; k++ )); do
    lo=$(( k * step + 1 )); hi=$(( (k + 1) * step )); (( hi > RESOURCES )) && hi=$RESOURCES
    (( lo <= hi )) && cmds+=("resources -v lo=$lo -v hi=$hi")
  done
  seed_parallel "${cmds[@]}"
  cmds=()
  for (( k = 0; k < jobs; k++ )); do cmds+=("index -v slot=$k -v slots=$jobs"); done
  seed_parallel "${cmds[@]}"
  seed_part finish >"$LOGS/seed-finish.log" 2>&1 || { cat "$LOGS/seed-finish.log" >&2; die "seeding failed"; }
  SEED_SECONDS=$((SECONDS - started))
}

# ---------------------------------------------------------------------------------------------
# The requests: what the API is asked, and what it asked OpenSearch for the same
# ---------------------------------------------------------------------------------------------
# Writes $RUN/api-search.txt (GET /api/v1/search?q=... for every term of search-terms.txt, in one
# shuffled order, the same every run) and $RUN/api-list.txt (the list's paths).
write_api_requests() {
  grep -v -E '^[[:space:]]*(#|$)' "$BENCH/search-terms.txt" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//' \
    | shuf --random-source=<(yes 42) >"$RUN/terms.txt"
  node -e '
    const fs = require("fs");
    for (const term of fs.readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean))
      console.log("GET\t/api/v1/search?q=" + encodeURIComponent(term));' "$RUN/terms.txt" >"$RUN/api-search.txt"
  printf 'GET\t%s\n' "${LIST_PATHS[@]}" >"$RUN/api-list.txt"
}

# capture API_REQUESTS DIRECT_REQUESTS: sends each request of the first file once, one at a time,
# to an API whose OpenSearch is reached through bench/search-capture.js's proxy, and writes what
# the API sent OpenSearch for it (method, path with its parameters, body: exactly, whoever wrote
# the query) as one request line of the second file.
capture() {
  local method path before n
  : >"$2"
  while IFS=$'\t' read -r method path; do
    before=$(wc -l <"$RUN/proxy.log")
    curl -fsS -o /dev/null "http://127.0.0.1:$API_PORT$path" || die "GET $path failed (log: $LOGS/api-capture.log)"
    n=$(( $(wc -l <"$RUN/proxy.log") - before ))
    if (( n == 0 )); then
      [[ ${3:-} == optional ]] || die "the API sent OpenSearch no search for $path (log: $LOGS/api-capture.log)"
      info "the API answered $path without OpenSearch: no direct comparison for this target"
      : >"$2"; return 0
    fi
    (( n == 1 )) || MULTI=$((MULTI + 1))
    tail -n +"$((before + 1))" "$RUN/proxy.log" | node "$BENCH/search-capture.js" merge >>"$2" \
      || die "could not turn what the API sent for $path into one request ($RUN/proxy.log)"
  done <"$1"
}

# The API is ready before it has created its indexes (it creates them in the background, and
# retries while OpenSearch is down): waits until the three read aliases answer.
wait_for_indexes() {
  local started=$SECONDS aliases="${PREFIX}actor-read,${PREFIX}resource-read,${PREFIX}collaboration-read"
  until curl -fsS -o /dev/null "$OPENSEARCH_URL/$aliases/_count" 2>/dev/null; do
    (( SECONDS - started < 180 )) || die "the API did not create its indexes ($aliases) within 180 s (log: $LOGS)"
    sleep 1
  done
}

# Sends every request of a file once and checks for 2xx (and, for OpenSearch, no errors inside).
check_requests() {
  local base=$1 method path body out
  while IFS=$'\t' read -r method path body; do
    if [[ -n $body ]]; then
      local type=application/json; [[ $path == */_msearch ]] && type=application/x-ndjson
      out=$(printf '%s' "$body" | tr '\036' '\n' | curl -fsS -X "$method" -H "Content-Type: $type" --data-binary @- "$base$path") \
        || die "$method $path failed against $base"
      [[ $out != *'"error"'* ]] || die "$method $path answered an error: ${out:0:300}"
    else
      curl -fsS -o /dev/null -X "$method" "$base$path" || die "$method $path failed against $base"
    fi
  done <"$2"
}

# ---------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------
percentile() { sort -n "$1" | awk -v q="$2" '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } r = int(q * NR + 0.999999); if (r < 1) r = 1; print v[r] }'; }
ms() { awk -v us="$1" 'BEGIN { if (us == "nan") print "nan"; else printf "%.2f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
kv() { sed -n "s/.*[ ]$2=\([^ ]*\).*/\1/p" <<<" $1"; }
mib() { awk -v kb="$1" 'BEGIN { printf "%.0f MiB", kb / 1024 }'; }

# CPU seconds used so far by a process (user + system).
cpu_of() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$1/stat"; }

# The targets: name -> base URL and requests file.
declare -A TARGET_URL=() TARGET_FILE=() REQ=() US=() CPU=()
TARGETS=(api-search direct-search direct-list api-list feed)

# run_wrk TARGET SECONDS: a closed loop of CONNECTIONS clients over the target's requests, round
# robin from START. Prints wrk's output.
run_wrk() {
  BENCH_WRK_LATENCIES=$RUN/wrk-latencies wrk -t 1 -c "$CONNECTIONS" -d "${2}s" --timeout 30s -s "$BENCH/search.lua" \
    "${TARGET_URL[$1]}" -- "${TARGET_FILE[$1]}" "${START:-0}"
}

# One slice of a target: wrk for SLICE seconds; appends its latencies (us, one a line) to
# $RUN/<target>.latencies and adds to REQ, US (and CPU, the API's CPU seconds, for API targets).
measure() {
  local target=$1 log=$LOGS/wrk-$1-$2.log w errors req dur per_connection interval cpu_before=0
  [[ $target == api-* || $target == feed ]] && cpu_before=$(cpu_of "$API_PID")
  run_wrk "$target" "$SLICE" >"$log" 2>&1 || { cat "$log" >&2; die "wrk failed"; }
  [[ $target == api-* || $target == feed ]] && CPU[$target]=$(awk -v a="${CPU[$target]:-0}" -v b="$cpu_before" -v c="$(cpu_of "$API_PID")" 'BEGIN { printf "%.2f", a + c - b }')
  w=$(grep '^BENCH_WRK ' "$log") || { cat "$log" >&2; die "no result line from wrk"; }
  errors=$(( $(kv "$w" connect_errors) + $(kv "$w" read_errors) + $(kv "$w" write_errors) + $(kv "$w" status_errors) + $(kv "$w" timeouts) ))
  (( errors == 0 )) || { cat "$log" >&2; die "wrk saw $errors errors on $target (non-2xx, timeouts, socket errors): see $LOGS"; }
  req=$(kv "$w" requests); dur=$(kv "$w" duration_us); per_connection=$(( req / CONNECTIONS ))
  REQ[$target]=$(( ${REQ[$target]:-0} + req )); US[$target]=$(( ${US[$target]:-0} + dur ))
  # wrk 4 "corrects" its latencies for coordinated omission: for every latency L above twice the
  # mean interval E = duration / (requests / connections) it adds made-up samples L-E, L-2E, ...
  # down to E. Take them out again (real[L] = recorded[L] - recorded[L + E] above E), so that the
  # percentiles are those of the requests sent, and check that one sample is left per request.
  interval=$(( per_connection > 0 ? dur / per_connection : 0 ))
  awk -v e="$interval" '
    { n[$1] = $2; v[NR] = $1 }
    END { for (i = 1; i <= NR; i++) { l = v[i]; real = n[l] - ((e > 0 && l > e && (l + e) in n) ? n[l + e] : 0)
                                      for (k = 0; k < real; k++) print l } }' "$RUN/wrk-latencies" >"$RUN/wrk-slice"
  (( $(wc -l <"$RUN/wrk-slice") == req )) || die "could not take wrk's coordinated-omission correction out of its latencies ($(wc -l <"$RUN/wrk-slice") samples for $req requests)"
  cat "$RUN/wrk-slice" >>"$RUN/$target.latencies"
}

# RSS of one process, in kB.
rss_of() { ps -o rss= -p "$1" | tr -d ' '; }

# PostgreSQL's memory: the RSS and the PSS (shared pages divided among the processes that map them)
# summed over the postmaster and its children; RSS alone counts shared buffers once per process.
postgres_memory() {
  local pm rss=0 pss=0 n=0 pid
  pm=$(head -n 1 "$PGDATA_DIR/postmaster.pid")
  for pid in "$pm" $(ps -o pid= --ppid "$pm"); do
    rss=$(( rss + $(rss_of "$pid" || echo 0) ))
    pss=$(( pss + $(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0) ))
    n=$((n + 1))
  done
  echo "$(mib "$pss") PSS ($(mib "$rss") RSS summed over its $n processes)"
}

main() {
  rm -rf "$LOGS" "$RUN"; mkdir -p "$LOGS" "$RUN"
  trap cleanup EXIT; trap 'exit 130' INT; trap 'exit 143' TERM
  local run_started=$SECONDS load_at_start; load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
  say "Search benchmark: the API against OpenSearch directly, $RESOURCES resources"
  find_jdk; check_node; check_tools
  WRK_VERSION=$(wrk -v 2>&1 | sed -n '1s/^wrk \([^ ]*\).*/\1/p') || true
  install_postgres
  resolve_api
  write_api_requests
  info "$(wc -l <"$RUN/api-search.txt") search queries (bench/search-terms.txt), ${#LIST_PATHS[@]} list requests"

  say "PostgreSQL $POSTGRES_BINARIES_VERSION on 127.0.0.1:$DB_PORT and OpenSearch $OPENSEARCH_VERSION on 127.0.0.1:$BENCH_SEARCH_PORT (throwaway)"
  bench_start_postgres
  rm -rf "$SEARCH_DATA"
  start_opensearch "$SEARCH_DATA" "$BENCH_SEARCH_PORT" "$LOGS/opensearch.log" BENCH_SEARCH_PORT
  local search_pid=$SEARCH_PID
  wait_opensearch
  # The first API creates the schema (Flyway) and the empty indexes. What it sends OpenSearch for a
  # query does not depend on the data, so it is recorded now, through a proxy, on the empty indexes.
  say "The API once, for its schema and empty indexes, and what it asks OpenSearch (through a recording proxy)"
  local proxy_port=$((BENCH_SEARCH_PORT + 1))
  require_free_port "$proxy_port" "the recording proxy (BENCH_SEARCH_PORT + 1)" BENCH_SEARCH_PORT
  : >"$RUN/proxy.log"
  spawn "$LOGS/proxy.log" node "$BENCH/search-capture.js" proxy "$proxy_port" "$OPENSEARCH_URL" "$RUN/proxy.log"
  local proxy_pid=$LAST_PID
  wait_for_url "the recording proxy" "http://127.0.0.1:$proxy_port/" 30 "$proxy_pid" "$LOGS/proxy.log"
  OPENSEARCH_URL=http://127.0.0.1:$proxy_port bench_start_api "$LOGS/api-capture.log" DIN_SEARCH_LOG_QUERIES=true
  wait_for_indexes
  MULTI=0
  capture "$RUN/api-search.txt" "$RUN/direct-search.txt"
  capture "$RUN/api-list.txt" "$RUN/direct-list.txt" optional
  # A build whose catalogue list still reads PostgreSQL has no direct side for it.
  [[ -s $RUN/direct-list.txt ]] || TARGETS=(api-search direct-search api-list feed)
  bench_stop_api
  stop_one "$proxy_pid" "$proxy_port"
  info "recorded $(( $(wc -l <"$RUN/direct-search.txt") + $(wc -l <"$RUN/direct-list.txt") )) OpenSearch requests ($MULTI API requests sent several: merged into one _msearch each)"
  info "for example: $(head -n 1 "$RUN/direct-search.txt" | cut -c1-240)..."

  say "Seeding $ACTORS actors and $RESOURCES resources"
  seed
  local counts
  counts=$(psql_din -At -F '|' -c "select (select count(*) from resource), (select count(*) from resource r where r.status = 'PUBLISHED' and r.taken_down_at is null
        and exists (select 1 from actor pub where pub.id = r.actor_id and pub.status = 'ACTIVE')),
      (select count(*) from resource where kind = 'EVENT'), (select count(*) from actor), (select count(*) from actor where status = 'ACTIVE'),
      pg_size_pretty(pg_database_size(current_database())), current_setting('server_version')")
  IFS='|' read -r C_RES C_PUBLIC C_EVT C_ACT C_ACT_ACTIVE S_DB PG_VERSION <<<"$counts"
  info "seeded in $SEED_SECONDS s: $C_RES resources ($C_PUBLIC public, $C_EVT events), $C_ACT actors ($C_ACT_ACTIVE active); database $S_DB"

  # Indexing: rows written by SQL bypass the outbox, so the indexes are empty while the database
  # is full; an API that starts on that fills them (as on a new cluster). Timed from its start
  # until the read aliases count every public resource and active actor.
  say "The API for the measurements: it fills the empty indexes at its start (timed)"
  local started=$SECONDS
  bench_start_api "$LOGS/api.log"
  local ready=$((SECONDS - started)) resources=0 actors=0
  until (( resources == C_PUBLIC && actors == C_ACT_ACTIVE )); do
    (( SECONDS - started < ${BENCH_INDEX_TIMEOUT:-3600} )) || die "the indexes held $resources resources and $actors actors after ${BENCH_INDEX_TIMEOUT:-3600} s, the database $C_PUBLIC and $C_ACT_ACTIVE (log: $LOGS/api.log)"
    kill -0 "$API_PID" 2>/dev/null || die "the API stopped while indexing (log: $LOGS/api.log)"
    sleep 1
    opensearch -X POST "$OPENSEARCH_URL/${PREFIX}*/_refresh" >/dev/null 2>&1 || true
    resources=$(opensearch "$OPENSEARCH_URL/${PREFIX}resource-read/_count" 2>/dev/null | sed -n 's/.*"count":\([0-9]*\).*/\1/p')
    actors=$(opensearch "$OPENSEARCH_URL/${PREFIX}actor-read/_count" 2>/dev/null | sed -n 's/.*"count":\([0-9]*\).*/\1/p')
    resources=${resources:-0} actors=${actors:-0}
  done
  INDEX_SECONDS=$((SECONDS - started)); INDEX_READY=$ready
  INDEXES=$(opensearch "$OPENSEARCH_URL/_cat/indices/${PREFIX}*?h=index,docs.count,store.size&s=index" | awk '{ printf "%s%s %s docs %s", (NR > 1 ? ", " : ""), $1, $2, $3 }')
  info "indexed $resources public resources and $actors actors in $INDEX_SECONDS s from the API's start (ready after $ready s): $INDEXES"
  check_requests "$OPENSEARCH_URL" "$RUN/direct-search.txt"
  [[ ! -s $RUN/direct-list.txt ]] || check_requests "$OPENSEARCH_URL" "$RUN/direct-list.txt"
  info "each recorded request answers 2xx when sent to OpenSearch directly"
  printf 'GET\t%s\n' "$FEED_PATH" >"$RUN/feed.txt"
  local api=http://127.0.0.1:$API_PORT
  TARGET_URL=([api-search]=$api [api-list]=$api [feed]=$api [direct-search]=$OPENSEARCH_URL [direct-list]=$OPENSEARCH_URL)
  TARGET_FILE=([api-search]=$RUN/api-search.txt [api-list]=$RUN/api-list.txt [feed]=$RUN/feed.txt
               [direct-search]=$RUN/direct-search.txt [direct-list]=$RUN/direct-list.txt)
  check_requests "$api" "$RUN/api-search.txt"; check_requests "$api" "$RUN/api-list.txt"; check_requests "$api" "$RUN/feed.txt"

  say "Warming up: ${WARMUP} s through the API, $(( (WARMUP + 1) / 2 )) s directly"
  local t
  for t in "${TARGETS[@]}"; do
    local seconds=$WARMUP; [[ $t == api-* ]] || seconds=$(( (WARMUP + 1) / 2 ))
    run_wrk "$t" "$seconds" >"$LOGS/wrk-warmup-$t.log" 2>&1 || die "wrk failed (warm-up)"
  done

  say "Measuring: ${#TARGETS[@]} targets in turns, $ROUNDS × ${SLICE} s each, $CONNECTIONS connections"
  for t in "${TARGETS[@]}"; do : >"$RUN/$t.latencies"; done
  local r order
  for (( r = 1; r <= ROUNDS; r++ )); do
    START=$(( (r - 1) * 7 ))  # each round starts elsewhere in the lists, the same on both sides
    # A, B, C... then ...C, B, A: a drift of the machine's other load weighs on every target alike.
    if (( r % 2 == 1 )); then order=("${TARGETS[@]}"); else order=(); for (( k = ${#TARGETS[@]} - 1; k >= 0; k-- )); do order+=("${TARGETS[$k]}"); done; fi
    for t in "${order[@]}"; do measure "$t" "$r"; sleep 1; done
  done

  local mem_pg mem_os mem_api
  mem_pg=$(postgres_memory); mem_os=$(mib "$(rss_of "$search_pid")"); mem_api=$(mib "$(rss_of "$API_PID")")

  # ./din reindex's way: the jar once with DIN_SEARCH_REINDEX_AND_EXIT=true, beside the running API
  # (a rebuild behind the aliases); timed, JVM start included. Its failure is reported, not fatal.
  REINDEX='skipped (BENCH_REINDEX=0)'
  if [[ ${BENCH_REINDEX:-1} == 1 ]]; then
    say "Rebuilding the indexes as ./din reindex does (DIN_SEARCH_REINDEX_AND_EXIT=true)"
    bench_api_env
    started=$SECONDS
    if timeout "${BENCH_INDEX_TIMEOUT:-3600}" env "${API_ENV[@]}" DIN_API_PORT=0 DIN_SEARCH_REINDEX_AND_EXIT=true \
         "$JAVA_HOME/bin/java" ${BENCH_API_JAVA_OPTS:-} -jar "$APP/quarkus-run.jar" >"$LOGS/api-reindex.log" 2>&1 </dev/null; then
      REINDEX="$((SECONDS - started)) s (exit 0)"
    else
      REINDEX="FAILED after $((SECONDS - started)) s: $(grep -m 1 -E 'ERROR' "$LOGS/api-reindex.log" | cut -c1-200) (log: $LOGS/api-reindex.log)"
    fi
    info "reindex: $REINDEX"
  fi

  declare -A RPS=() P50=() P99=()
  for t in "${TARGETS[@]}"; do
    RPS[$t]=$(awk -v n="${REQ[$t]}" -v d="${US[$t]}" 'BEGIN { printf "%.1f", n / (d / 1e6) }')
    P50[$t]=$(ms "$(percentile "$RUN/$t.latencies" 0.50)"); P99[$t]=$(ms "$(percentile "$RUN/$t.latencies" 0.99)")
  done
  row() { printf '  %-40s %11s %9s %9s %9s\n' "$1" "${RPS[$2]:-n/a}" "${P50[$2]:-n/a}" "${P99[$2]:-n/a}" "${REQ[$2]:-n/a}"; }
  ratio_row() { printf '  %-40s %11s %9s %9s\n' "$1" "$(ratio "${RPS[$2]:-0}" "${RPS[$3]:-0}")" "$(ratio "${P50[$2]:-0}" "${P50[$3]:-0}")" "$(ratio "${P99[$2]:-0}" "${P99[$3]:-0}")"; }
  cpu_per() { awk -v c="${CPU[$1]:-0}" -v n="${REQ[$1]}" 'BEGIN { if (n > 0) printf "%.2f", c * 1000 / n; else print "?" }'; }
  verdict() { awk -v v="$1" -v lim="$2" -v op="$3" 'BEGIN { ok = (op == "<" ? v + 0 < lim : v + 0 >= lim); print (ok ? "met" : "NOT met") }'; }
  local p99_target=50; (( RESOURCES >= 1000000 )) && p99_target=100
  local cpu mem
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
  mem=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
  cat <<EOF

${BOLD}Search and the catalogue list: the API against OpenSearch directly, one run$RESET  ($(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- backend 2>/dev/null || echo ', backend/ modified'))
  machine    $(nproc) CPUs, ${cpu:-unknown CPU}, $mem; load average when the run started: $load_at_start, at the end: $(cut -d' ' -f1-3 /proc/loadavg)
  software   PostgreSQL $PG_VERSION, OpenSearch $OPENSEARCH_VERSION (heap: $DIN_SEARCH_JAVA_OPTS), $(java -version 2>&1 | head -n 1), wrk $WRK_VERSION
  data       $C_RES resources ($C_PUBLIC public, $C_EVT events) by $C_ACT actors ($C_ACT_ACTIVE active), seeded in ${SEED_SECONDS} s; database $S_DB
  indexing   ${INDEX_SECONDS} s from the API's start until the empty indexes held every public row (ready after ${INDEX_READY} s): $INDEXES
             a rebuild as ./din reindex runs it, beside the running API: $REINDEX
  load       $(wc -l <"$RUN/api-search.txt") queries of bench/search-terms.txt and ${#LIST_PATHS[@]} list requests, each round robin in one order;
             $CONNECTIONS connections; ${DURATION} s per target in turns ($ROUNDS × ${SLICE} s), after warm-up

                                             requests/s    p50 ms    p99 ms  requests
$(row "search   API  GET /api/v1/search?q=..." api-search)
$(row "search   OpenSearch, the same requests" direct-search)
$(ratio_row "search   ratio API/direct" api-search direct-search)
$(row "list     API  GET /api/v1/resources..." api-list)
$(row "list     OpenSearch, the same requests" direct-list)
$(ratio_row "list     ratio API/direct" api-list direct-list)
$(row "floor    API  a cached feed" feed)

  the API's CPU per request: search $(cpu_per api-search) ms, list $(cpu_per api-list) ms, cached feed $(cpu_per feed) ms
  memory at the end: PostgreSQL $mem_pg; OpenSearch $mem_os RSS; the API $mem_api RSS
  targets ($RESOURCES resources): search p99 < $p99_target ms: $(verdict "${P99[api-search]}" "$p99_target" "<"); search API/direct requests/s >= 0.7: $(verdict "$(ratio "${RPS[api-search]}" "${RPS[direct-search]}")" 0.7 ">="); list p99 < $p99_target ms: $(verdict "${P99[api-list]}" "$p99_target" "<")

  The list requests are unfiltered, by municipality, q=AI and four facet filters at once; each
  answer carries the facets. The direct side sends OpenSearch exactly what the API sent it for the
  same requests (recorded by a proxy, in a run before the measured one; index sizes count nested
  occurrence documents, the checks above count top-level ones): what is left
  between the two is HTTP, JSON, the mapping of hits and the JVM's CPU taken from OpenSearch (they
  share the machine). Only compare within a run. Whole run: $((SECONDS - run_started)) s; logs in $LOGS.
EOF
}

main "$@"

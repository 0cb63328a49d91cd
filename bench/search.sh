#!/usr/bin/env bash
# bench/search.sh: throughput and latency of GET /api/v1/search (wrk against the API jar) and of
# the same SQL alone (pgbench against PostgreSQL), measured in one run on this machine, on
# 300,000 seeded resources; prints both and their ratios. Not a test: see bench/README.md.
#
#   bench/search.sh                       the whole run: about 4-5 minutes on 2 cores
#   BENCH_KEEP=1 bench/search.sh          keep the throwaway database (.din/bench/postgres) afterwards
#
# Settings (all optional): BENCH_RESOURCES (300000), BENCH_ACTORS (400), BENCH_DURATION (40 s
# per side, measured in BENCH_ROUNDS (2) slices taken in turns: API, SQL, SQL, API),
# BENCH_WARMUP (10 s), BENCH_CONNECTIONS (8), BENCH_DB_PORT (55999), BENCH_API_PORT (18999),
# BENCH_PER_QUERY=0 (skip timing each query alone), BENCH_INSTALL=1 (apt-get the missing tools).
# It starts its own PostgreSQL and API, on 127.0.0.1 only, and stops them when it ends.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
DIN_HOME=${DIN_HOME:-$ROOT/.din}
WORK=$DIN_HOME/bench
LOGS=$WORK/logs
PGDATA_DIR=$WORK/postgres
RESOURCES=${BENCH_RESOURCES:-300000}
ACTORS=${BENCH_ACTORS:-400}
DURATION=${BENCH_DURATION:-40}   # per side, in ROUNDS slices taken in turns
ROUNDS=${BENCH_ROUNDS:-2}
SLICE=$(( DURATION / ROUNDS ))
WARMUP=${BENCH_WARMUP:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
DB_PORT=${BENCH_DB_PORT:-55999}
API_PORT=${BENCH_API_PORT:-18999}
DB_USER=din DB_PASSWORD=din DB_NAME=din
export PGPASSWORD=$DB_PASSWORD  # of the throwaway database, for psql and pgbench
# The PostgreSQL binaries ./din uses (zonky's embedded-postgres-binaries), same version.
POSTGRES_BINARIES_VERSION=$(sed -n 's/^POSTGRES_BINARIES_VERSION=\([0-9.]*\).*/\1/p' "$ROOT/din")
PG_TOOLS=$DIN_HOME/tools/postgres-$POSTGRES_BINARIES_VERSION
SERVICE_SOURCE=src/main/java/se/digitalimpactnorth/resource/SearchService.java

if [[ -t 1 ]]; then BOLD=$'\e[1m'; DIM=$'\e[2m'; RED=$'\e[31m'; RESET=$'\e[0m'; else BOLD=''; DIM=''; RED=''; RESET=''; fi
say()  { printf '%s==>%s %s\n' "$BOLD" "$RESET" "$*"; }
info() { printf '    %s%s%s\n' "$DIM" "$*" "$RESET"; }
die()  { printf '%sbench/search.sh: %s%s\n' "$RED" "$*" "$RESET" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# Prerequisites
# ---------------------------------------------------------------------------------------------
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }

# A JDK >= 21, chosen like ./din does: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
find_jdk() {
  local c m best='' best_major=0
  if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/javac ]] && (( $(java_major "$JAVA_HOME") >= 21 )); then best=$JAVA_HOME
  else
    for c in /usr/lib/jvm/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/; do
      c=${c%/}; [[ -x $c/bin/java && -x $c/bin/javac ]] || continue
      m=$(java_major "$c"); [[ -n $m ]] || continue
      if (( m >= 21 && m > best_major )); then best=$c; best_major=$m; fi
    done
  fi
  [[ -n $best ]] || die "no JDK 21 or newer found (JAVA_HOME, /usr/lib/jvm): see README.md, Prerequisites"
  export JAVA_HOME=$best PATH=$best/bin:$PATH
  if (( $(java_major "$best") >= 24 )) && [[ ${MAVEN_OPTS:-} != *unsafe-memory-access* ]]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}

# Debian's PostgreSQL client tools: the newest under /usr/lib/postgresql, else the PATH.
pg_client() {
  local found; found=$(ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n 1)
  [[ -n $found ]] || found=$(command -v "$1" 2>/dev/null) || true
  echo "$found"
}

check_tools() {
  local missing=() packages=()
  command -v wrk >/dev/null 2>&1 || { missing+=(wrk); packages+=(wrk); }
  PGBENCH=$(pg_client pgbench); PSQL=$(pg_client psql)
  # Debian 12: pgbench comes with the server package postgresql-15 (psql with postgresql-client-15).
  [[ -n $PGBENCH ]] || { missing+=(pgbench); packages+=(postgresql-15); }
  [[ -n $PSQL ]] || { missing+=(psql); packages+=(postgresql-client-15); }
  command -v curl >/dev/null 2>&1 || { missing+=(curl); packages+=(curl); }
  (( ${#missing[@]} == 0 )) && return 0
  local cmd="apt-get install -y --no-install-recommends ${packages[*]}"
  if [[ ${BENCH_INSTALL:-0} == 1 && $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    say "Installing ${missing[*]}: $cmd"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive $cmd >/dev/null || die "could not install ${packages[*]}"
    check_tools; return
  fi
  die "missing ${missing[*]}. On Debian 12 (as root): apt-get update && $cmd
    (postgresql-15 is where Debian ships pgbench; it creates a cluster '15 main' on port 5432 that this
    benchmark does not use: 'pg_dropcluster --stop 15 main' removes it). Or rerun with BENCH_INSTALL=1."
}

# As ./din: PostgreSQL refuses to run as root, so as root it runs in a user namespace where it is
# not root but still owns its files.
as_postgres() { if [[ $(id -u) == 0 ]]; then unshare -U "$@"; else "$@"; fi; }

# The PostgreSQL binaries of ./din; fetched from Maven Central like ./din does when absent.
install_postgres() {
  [[ -x $PG_TOOLS/bin/postgres ]] && return 0
  [[ -n $POSTGRES_BINARIES_VERSION ]] || die "could not read POSTGRES_BINARIES_VERSION from $ROOT/din"
  local arch classifier jar
  case $(uname -m) in x86_64|amd64) arch=amd64 ;; aarch64|arm64) arch=arm64v8 ;; *) die "no embedded PostgreSQL for $(uname -m)" ;; esac
  case $(uname -s) in Linux) classifier=linux-$arch ;; Darwin) classifier=darwin-$arch ;; *) die "no embedded PostgreSQL for $(uname -s)" ;; esac
  jar=embedded-postgres-binaries-$classifier-$POSTGRES_BINARIES_VERSION.jar
  if [[ ! -s $DIN_HOME/cache/$jar ]]; then
    info "fetching PostgreSQL $POSTGRES_BINARIES_VERSION from Maven Central (./din up does the same)"
    mkdir -p "$DIN_HOME/cache"
    (cd "$ROOT/backend" && ./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-$classifier:$POSTGRES_BINARIES_VERSION" \
      -DoutputDirectory="$DIN_HOME/cache" -Dmdep.overWriteReleases=false) >"$LOGS/fetch-postgres.log" 2>&1 \
      || die "could not fetch PostgreSQL (log: $LOGS/fetch-postgres.log); or run ./din up once"
  fi
  info "unpacking PostgreSQL $POSTGRES_BINARIES_VERSION into $PG_TOOLS"
  rm -rf "$PG_TOOLS.tmp"; mkdir -p "$PG_TOOLS.tmp"
  (cd "$PG_TOOLS.tmp" && "$JAVA_HOME/bin/jar" xf "$DIN_HOME/cache/$jar" && tar xJf ./*.txz && rm -f ./*.txz && rm -rf META-INF)
  mv "$PG_TOOLS.tmp" "$PG_TOOLS"
}

# The API to measure, and the source it was built from (APP: a quarkus-app directory, SRC: a
# backend directory). backend/target's jar when it is newer than every source file (as after
# ./din test or ./din up); otherwise a private build of a copy of the sources under
# .din/bench/build, so that a build here never rewrites the jar that ./din may be running.
resolve_api() {
  local jar=$ROOT/backend/target/quarkus-app/quarkus-run.jar
  if [[ -f $jar && -z $(find "$ROOT/backend/src/main" "$ROOT/backend/pom.xml" -newer "$jar" -print -quit) ]]; then
    APP=$ROOT/backend/target/quarkus-app; SRC=$ROOT/backend
    info "API: $jar (newer than its sources)"
    return
  fi
  SRC=$WORK/build; APP=$SRC/target/quarkus-app
  if [[ -f $APP/quarkus-run.jar ]] && diff -rq "$ROOT/backend/src/main" "$SRC/src/main" >/dev/null 2>&1 \
     && cmp -s "$ROOT/backend/pom.xml" "$SRC/pom.xml"; then
    info "API: $APP/quarkus-run.jar (built earlier from the same sources)"
    return
  fi
  if [[ -f $jar ]]; then info "backend/target's jar is older than the sources: building a copy of them in $SRC"
  else info "no backend/target/quarkus-app/quarkus-run.jar: building a copy of the sources in $SRC"; fi
  rm -rf "$SRC"; mkdir -p "$SRC/src"
  cp -r "$ROOT/backend/pom.xml" "$ROOT/backend/mvnw" "$ROOT/backend/.mvn" "$SRC/"
  cp -r "$ROOT/backend/src/main" "$SRC/src/main"
  local started=$SECONDS
  (cd "$SRC" && timeout 900 ./mvnw -B -q package -Dmaven.test.skip=true) >"$LOGS/build.log" 2>&1 \
    || { tail -n 30 "$LOGS/build.log" >&2; rm -rf "$SRC"; die "the API did not build (log: $LOGS/build.log)"; }
  info "built in $((SECONDS - started)) s"
}

# SearchService.SQL from the Java source: the text block between SQL = """ and """, with its
# incidental indentation removed as javac does.
source_sql() {
  awk '
    !open && /static final String SQL = """[ \t]*$/ { open = 1; next }
    open && /^[ \t]*""";/ { match($0, /^[ \t]*/); close_indent = RLENGTH; done = 1; exit }
    open { sub(/[ \t]+$/, ""); lines[n++] = $0 }
    END {
      if (!done) { print "no text block SQL = \"\"\" ... \"\"\"; found" > "/dev/stderr"; exit 1 }
      indent = close_indent
      for (i = 0; i < n; i++) if (lines[i] != "") { match(lines[i], /^[ \t]*/); if (RLENGTH < indent) indent = RLENGTH }
      for (i = 0; i < n; i++) {
        if (index(lines[i], "\\") > 0) { print "escape sequences in the SQL text block are not supported" > "/dev/stderr"; exit 1 }
        print substr(lines[i], indent + 1)
      }
    }' "$1"
}

# ---------------------------------------------------------------------------------------------
# Services, and stopping them whatever happens
# ---------------------------------------------------------------------------------------------
API_PID=''; PG_RUNNING=''; BG_PIDS=()
cleanup() {
  local rc=$? pid
  trap - EXIT INT TERM
  (( rc == 0 )) || info "stopping what this run started (exit status $rc)"
  for pid in "${BG_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  if [[ -n $API_PID ]]; then
    kill -TERM -- "-$API_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$API_PID" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$API_PID" 2>/dev/null || true
  fi
  if [[ -n $PG_RUNNING ]]; then
    as_postgres "$PG_TOOLS/bin/pg_ctl" stop -D "$PGDATA_DIR" -m fast -w -t 60 >/dev/null 2>&1 \
      || as_postgres "$PG_TOOLS/bin/pg_ctl" stop -D "$PGDATA_DIR" -m immediate -w >/dev/null 2>&1 || true
  fi
  if [[ ${BENCH_KEEP:-0} == 1 ]]; then
    [[ -d $PGDATA_DIR ]] && info "kept the database in $PGDATA_DIR (BENCH_KEEP=1); logs in $LOGS"
  else
    rm -rf "$PGDATA_DIR" "$WORK/run"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a command in the background and waits for it, so that an INT or TERM stops the run at once
# (the EXIT trap ends it).
bg_wait() { local rc=0; "$@" & BG_PIDS+=($!); wait $! || rc=$?; BG_PIDS=("${BG_PIDS[@]:0:${#BG_PIDS[@]}-1}"); return $rc; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Every statement is bounded in time, the seeding's too.
psql_din() { PGOPTIONS="-c statement_timeout=${BENCH_STATEMENT_TIMEOUT:-600s}" "$PSQL" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" "$@"; }

start_postgres() {
  port_in_use "$DB_PORT" && die "port $DB_PORT is in use: stop what runs there or set BENCH_DB_PORT"
  rm -rf "$PGDATA_DIR"; mkdir -p "$PGDATA_DIR"; chmod 700 "$PGDATA_DIR"
  local pwfile; pwfile=$(mktemp); printf '%s\n' "$DB_PASSWORD" >"$pwfile"; chmod 644 "$pwfile"
  as_postgres "$PG_TOOLS/bin/initdb" -D "$PGDATA_DIR" -U "$DB_USER" --pwfile="$pwfile" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$LOGS/initdb.log" 2>&1 || { rm -f "$pwfile"; cat "$LOGS/initdb.log" >&2; die "initdb failed"; }
  rm -f "$pwfile"
  echo "CREATE DATABASE $DB_NAME;" | as_postgres "$PG_TOOLS/bin/postgres" --single -D "$PGDATA_DIR" postgres >>"$LOGS/initdb.log" 2>&1 \
    || { cat "$LOGS/initdb.log" >&2; die "could not create the database"; }
  # ./din's settings, except durability: this database is thrown away, and fsync only slows the
  # seeding (the measured queries only read).
  as_postgres "$PG_TOOLS/bin/pg_ctl" start -D "$PGDATA_DIR" -w -t 60 -l "$LOGS/postgres.log" \
    -o "-p $DB_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_wal_size=8GB" \
    >/dev/null || { tail -n 20 "$LOGS/postgres.log" >&2; die "PostgreSQL did not start (log: $LOGS/postgres.log)"; }
  PG_RUNNING=1
}

start_api() {
  port_in_use "$API_PORT" && die "port $API_PORT is in use: stop what runs there or set BENCH_API_PORT"
  # Search is public: no token is ever checked, so OIDC points at a closed local port (discovery
  # is retried lazily and does not block readiness). No demo data: only the seeded rows. The
  # per-address rate limit is off (DIN_RATE_LIMIT_ANONYMOUS=0; set BENCH_RATE_LIMIT to measure with
  # one): wrk from one address would otherwise measure 429s.
  setsid env DIN_API_PORT="$API_PORT" QUARKUS_HTTP_HOST=127.0.0.1 DIN_DEMO_DATA=false \
    DIN_RATE_LIMIT_ANONYMOUS="${BENCH_RATE_LIMIT:-0}" \
    DIN_DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/$DB_NAME" DIN_DB_USER="$DB_USER" DIN_DB_PASSWORD="$DB_PASSWORD" \
    DIN_OIDC_URL="http://127.0.0.1:9/realms/din" DIN_CORS_ORIGINS="http://127.0.0.1:9" \
    "$JAVA_HOME/bin/java" ${BENCH_API_JAVA_OPTS:-} -jar "$APP/quarkus-run.jar" >"$LOGS/api.log" 2>&1 </dev/null &
  API_PID=$!
  local started=$SECONDS
  until curl -fsS -o /dev/null "http://127.0.0.1:$API_PORT/q/health/ready" 2>/dev/null; do
    kill -0 "$API_PID" 2>/dev/null || { tail -n 30 "$LOGS/api.log" >&2; die "the API stopped while starting (log: $LOGS/api.log)"; }
    (( SECONDS - started < 120 )) || { tail -n 30 "$LOGS/api.log" >&2; die "the API was not ready within 120 s (log: $LOGS/api.log)"; }
    sleep 1
  done
  info "API ready on 127.0.0.1:$API_PORT in $((SECONDS - started)) s (Flyway migrated the schema)"
}

# ---------------------------------------------------------------------------------------------
# Seeding
# ---------------------------------------------------------------------------------------------
seed_part() { psql_din -v part="$1" "${@:2}" -f "$BENCH/search-seed.sql"; }

# Runs "seed_part ..." commands (one per argument) at once, one psql session each.
seed_parallel() {
  local cmd pids=() rc=0 n=0
  for cmd in "$@"; do
    n=$((n + 1))
    eval "seed_part $cmd" >"$LOGS/seed-$n.log" 2>&1 &
    pids+=($!); BG_PIDS+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || rc=$?; done
  BG_PIDS=()
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
  local rows_at=$SECONDS; cmds=()
  for (( k = 0; k < jobs; k++ )); do cmds+=("index -v slot=$k -v slots=$jobs"); done
  seed_parallel "${cmds[@]}"
  local index_at=$SECONDS
  seed_part finish >"$LOGS/seed-finish.log" 2>&1 || { cat "$LOGS/seed-finish.log" >&2; die "seeding failed"; }
  SEED_SECONDS=$((SECONDS - started))
  info "seeded in ${SEED_SECONDS} s: rows $((rows_at - started)) s, indexes $((index_at - rows_at)) s, VACUUM ANALYZE $((SECONDS - index_at)) s ($jobs sessions)"
}

# ---------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------
# Nearest-rank percentile of the numbers in a file (one a line).
percentile() { sort -n "$1" | awk -v q="$2" '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } r = int(q * NR + 0.999999); if (r < 1) r = 1; print v[r] }'; }
ms() { awk -v us="$1" 'BEGIN { if (us == "nan") print "nan"; else printf "%.2f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
kv() { sed -n "s/.*[ ]$2=\([^ ]*\).*/\1/p" <<<" $1"; }

# Both load generators are closed loops of CONNECTIONS clients, each waiting for its answer
# before sending the next query; both take the queries round robin in the same order.
run_wrk() { # DURATION [--latency]; START: the first query (0-based) of the round robin
  bg_wait wrk -t 1 -c "$CONNECTIONS" -d "${1}s" --timeout 60s "${@:2}" -s "$BENCH/search.lua" \
    "http://127.0.0.1:$API_PORT/api/v1/search" -- "$RUN/terms.txt" "${START:-0}"
}

run_pgbench() { # DURATION [options]
  psql_din -c "alter sequence bench.term_seq restart with $(( ${START:-0} + 1 ))"
  bg_wait "$PGBENCH" -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" -n -M prepared \
    -c "$CONNECTIONS" -j 1 -T "$1" "${@:2}" -f "$RUN/search.pgbench" "$DB_NAME"
}

# Waits until no query runs in the database (but this one): when wrk stops it closes its
# connections, but the API does not cancel the queries of the requests it was serving, and they
# would run on into the next measurement. Prints how long it waited.
wait_quiet() {
  local started=$SECONDS active
  while :; do
    active=$(psql_din -At -c "select count(*) from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()")
    (( active == 0 )) && break
    (( SECONDS - started < 120 )) || die "queries still running in the database after 120 s"
    sleep 0.5
  done
  echo $((SECONDS - started))
}

# CPU seconds used so far by the API's JVM (user + system).
api_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$API_PID/stat"; }

# One slice of the API: wrk for SLICE seconds; appends its latencies (us, one a line) to
# api-latencies and adds to API_REQ, API_US. Then waits for the queries the API still runs.
measure_api() {
  local log=$LOGS/wrk-$1.log w errors drained
  wait_quiet >/dev/null
  local cpu_before; cpu_before=$(api_cpu)
  run_wrk "$SLICE" >"$log" 2>&1 || { cat "$log" >&2; die "wrk failed"; }
  API_CPU=$(awk -v a="${API_CPU:-0}" -v b="$cpu_before" -v c="$(api_cpu)" 'BEGIN { printf "%.2f", a + c - b }')
  w=$(grep '^BENCH_WRK ' "$log") || { cat "$log" >&2; die "no result line from wrk"; }
  errors=$(( $(kv "$w" connect_errors) + $(kv "$w" read_errors) + $(kv "$w" write_errors) + $(kv "$w" status_errors) + $(kv "$w" timeouts) ))
  (( errors == 0 )) || { cat "$log" >&2; die "wrk saw $errors errors (non-2xx, timeouts, socket errors): see $LOGS/api.log"; }
  local req dur per_connection interval
  req=$(kv "$w" requests); dur=$(kv "$w" duration_us); per_connection=$(( req / CONNECTIONS ))
  API_REQ=$((API_REQ + req)); API_US=$((API_US + dur))
  # wrk 4 "corrects" its latencies for coordinated omission: for every latency L above twice the
  # mean interval E = duration / (requests / connections) it adds made-up samples L-E, L-2E, ...
  # down to E. pgbench records what happened, and so must wrk here: take them out again
  # (real[L] = recorded[L] - recorded[L + E] above E), and check that one sample is left per request.
  interval=$(( per_connection > 0 ? dur / per_connection : 0 ))
  awk -v e="$interval" '
    { n[$1] = $2; v[NR] = $1 }
    END { for (i = 1; i <= NR; i++) { l = v[i]; real = n[l] - ((e > 0 && l > e && (l + e) in n) ? n[l + e] : 0)
                                      for (k = 0; k < real; k++) print l } }' "$RUN/wrk-latencies" >"$RUN/wrk-slice"
  (( $(wc -l <"$RUN/wrk-slice") == req )) || die "could not take wrk's coordinated-omission correction out of its latencies ($(wc -l <"$RUN/wrk-slice") samples for $req requests)"
  cat "$RUN/wrk-slice" >>"$RUN/api-latencies"
  drained=$(wait_quiet); (( drained > DRAINED )) && DRAINED=$drained
  return 0
}

# One slice of the SQL: pgbench for SLICE seconds, counted as wrk counts: the transactions that
# ended within SLICE seconds of the first start (pgbench lets the ones in flight at the end finish
# and counts them, wrk drops them; with queries of seconds that alone would tilt the comparison).
# Its log: client, transaction, latency (us), script, end time (epoch s, us).
measure_sql() {
  local log=$LOGS/pgbench-$1.log failed n
  wait_quiet >/dev/null
  rm -f "$RUN"/pgbench-log.*
  run_pgbench "$SLICE" --log --log-prefix="$RUN/pgbench-log" >"$log" 2>&1 || { cat "$log" >&2; die "pgbench failed"; }
  failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$log")
  [[ ${failed:-0} == 0 ]] || { cat "$log" >&2; die "pgbench: $failed failed transactions"; }
  cat "$RUN"/pgbench-log.* | awk -v d="$SLICE" '
    { e = $5 * 1000000 + $6; s = e - $3; if (NR == 1 || s < t0) t0 = s; end_us[NR] = e; lat[NR] = $3 }
    END { w = t0 + d * 1000000; for (i = 1; i <= NR; i++) if (end_us[i] <= w) print lat[i] }' >"$RUN/pgbench-slice"
  n=$(wc -l <"$RUN/pgbench-slice")
  cat "$RUN/pgbench-slice" >>"$RUN/sql-latencies"; SQL_N=$((SQL_N + n))
  rm -f "$RUN"/pgbench-log.*
}

main() {
  rm -rf "$LOGS"; mkdir -p "$LOGS"
  RUN=$WORK/run; rm -rf "$RUN"; mkdir -p "$RUN"
  export BENCH_WRK_LATENCIES=$RUN/wrk-latencies  # where search.lua writes each request's latency
  local run_started=$SECONDS load_at_start; load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
  say "Search benchmark: API (wrk) against the same SQL (pgbench), $RESOURCES resources"
  find_jdk
  check_tools
  WRK_VERSION=$(wrk -v 2>&1 | sed -n '1s/^wrk \([^ ]*\).*/\1/p') || true
  info "wrk $WRK_VERSION; $("$PGBENCH" --version) ($PGBENCH); psql: $PSQL"
  install_postgres
  resolve_api

  # The SQL: from SearchService.java, checked against the constant compiled into the jar, and the
  # :tsq/:raw of each query from TextQuery itself (bench/SearchQuery.java on the jar's classes).
  source_sql "$SRC/$SERVICE_SOURCE" >"$RUN/search.sql" || die "could not read SearchService.SQL from $SRC/$SERVICE_SOURCE"
  "$JAVA_HOME/bin/java" -cp "$APP/app/*" "$BENCH/SearchQuery.java" sql >"$RUN/search-jar.sql" \
    || die "could not read SearchService.SQL from the jar in $APP"
  if [[ $(tr -s ' \t\n' '   ' <"$RUN/search.sql") != "$(tr -s ' \t\n' '   ' <"$RUN/search-jar.sql")" ]]; then
    diff "$RUN/search.sql" "$RUN/search-jar.sql" >&2 || true
    die "SearchService.SQL in $SRC/$SERVICE_SOURCE differs from the one compiled into $APP: rebuild the API"
  fi
  "$JAVA_HOME/bin/java" -cp "$APP/app/*" "$BENCH/SearchQuery.java" terms <"$BENCH/search-terms.txt" >"$RUN/terms.tsv" \
    || die "could not build the queries of bench/search-terms.txt"
  # One order for both sides, shuffled (the same every run) so that a slice that covers part of
  # the list is not all long single words or all cheap multi-word queries.
  shuf --random-source=<(yes 42) "$RUN/terms.tsv" >"$RUN/terms.shuffled" && mv "$RUN/terms.shuffled" "$RUN/terms.tsv"
  cut -f1 "$RUN/terms.tsv" >"$RUN/terms.txt"
  local nterms; nterms=$(wc -l <"$RUN/terms.tsv"); NTERMS=$nterms
  info "SearchService.SQL: $(wc -l <"$RUN/search.sql") lines, the same in the source and in the jar; $nterms queries"

  say "PostgreSQL $POSTGRES_BINARIES_VERSION on 127.0.0.1:$DB_PORT (throwaway, $PGDATA_DIR)"
  start_postgres
  say "API on 127.0.0.1:$API_PORT"
  start_api

  say "Seeding $ACTORS actors and $RESOURCES resources"
  seed
  local counts
  counts=$(psql_din -At -F '|' -c "select (select count(*) from resource), (select count(*) from resource where status = 'PUBLISHED'),
      (select count(*) from resource where kind = 'EVENT'), (select count(*) from actor), (select count(*) from actor where status = 'ACTIVE'),
      pg_size_pretty(pg_total_relation_size('resource')), pg_size_pretty(pg_relation_size('resource_search_idx')),
      pg_size_pretty(pg_relation_size('resource_title_trgm_idx')), current_setting('server_version')")
  IFS='|' read -r C_RES C_PUB C_EVT C_ACT C_ACT_ACTIVE S_TABLE S_SEARCH S_TRGM PG_VERSION <<<"$counts"
  info "resource: $C_RES rows ($C_PUB published, $C_EVT events), $S_TABLE with indexes (search $S_SEARCH, title trigrams $S_TRGM); actor: $C_ACT ($C_ACT_ACTIVE active)"

  # The queries, for pgbench: bench.terms(id, term, tsq, raw).
  psql_din -c "create table bench.terms (id int primary key, term text not null, tsq text not null, raw text not null)" \
    -c "create sequence bench.term_seq"
  awk -F '\t' '{ printf "%d\t%s\t%s\t%s\n", NR, $1, $2, $3 }' "$RUN/terms.tsv" | psql_din -c "\copy bench.terms from pstdin"
  psql_din -c "analyze bench.terms"
  # pgbench's script: take the next query (round robin, as wrk does), read its parameters, run
  # SearchService.SQL verbatim: with -M prepared, :tsq, :raw and :limit become bind parameters of a
  # prepared statement, as the API's JDBC driver sends them.
  {
    echo "select tsq, raw from bench.terms where id = (select (nextval('bench.term_seq') - 1) % $nterms + 1) \\gset"
    echo "\\set limit 20"
    cat "$RUN/search.sql"; echo ";"
  } >"$RUN/search.pgbench"

  # Both answer the same: the API's hits are the SQL's rows, in the same order.
  local term tsq raw api_ids sql_ids checked=0
  sed 's/:\(tsq\|raw\)\b/:'"'"'\1'"'"'/g' "$RUN/search.sql" >"$RUN/search-psql.sql"
  while IFS=$'\t' read -r term tsq raw; do
    api_ids=$(curl -fsS -G --data-urlencode "q=$term" "http://127.0.0.1:$API_PORT/api/v1/search" | grep -o '"id":"[^"]*"' | cut -d'"' -f4) \
      || die "GET /api/v1/search?q=$term failed (log: $LOGS/api.log)"
    sql_ids=$(psql_din -At -F $'\t' -v tsq="$tsq" -v raw="$raw" -v limit=20 -f "$RUN/search-psql.sql" | grep -E $'^(RESOURCE|ACTOR)\t' | cut -f2)
    [[ $api_ids == "$sql_ids" ]] || die "the API and the SQL disagree on '$term': API [$(echo $api_ids)] SQL [$(echo $sql_ids)]"
    checked=$((checked + 1))
  done < <(grep -E -m 3 $'^(testbäddar|digitalisring|AI i Umeå)\t' "$RUN/terms.tsv")
  info "the API and the SQL return the same hits in the same order ($checked queries checked)"

  local pg_warmup=$(( WARMUP / 2 > 0 ? WARMUP / 2 : 1 ))
  say "Warming up: API ${WARMUP} s, SQL ${pg_warmup} s"
  run_wrk "$WARMUP" >"$LOGS/wrk-warmup.log" 2>&1 || { cat "$LOGS/wrk-warmup.log" >&2; die "wrk failed"; }
  wait_quiet >/dev/null
  run_pgbench "$pg_warmup" >"$LOGS/pgbench-warmup.log" 2>&1 || { cat "$LOGS/pgbench-warmup.log" >&2; die "pgbench failed"; }

  # ABBA: API, SQL, SQL, API... so that a drift of the machine's other load weighs on both alike.
  say "Measuring: API (wrk) and SQL (pgbench) in turns, $ROUNDS × ${SLICE} s each, $CONNECTIONS connections"
  : >"$RUN/api-latencies"; : >"$RUN/sql-latencies"
  API_REQ=0 API_US=0 SQL_N=0 DRAINED=0
  local r
  for (( r = 1; r <= ROUNDS; r++ )); do
    START=$(( (r - 1) * NTERMS / ROUNDS ))  # each round starts elsewhere in the list, on both sides
    if (( r % 2 == 1 )); then measure_api "$r"; measure_sql "$r"; else measure_sql "$r"; measure_api "$r"; fi
  done
  info "after wrk stopped, the API's queries ran on for up to ${DRAINED} s (waited for them before going on)"
  API_CPU_MS=$(awk -v c="$API_CPU" -v n="$API_REQ" 'BEGIN { if (n > 0) printf "%.1f", c * 1000 / n; else print "?" }')
  API_RPS=$(awk -v n="$API_REQ" -v d="$API_US" 'BEGIN { printf "%.1f", n / (d / 1e6) }')
  API_P50=$(ms "$(percentile "$RUN/api-latencies" 0.50)"); API_P99=$(ms "$(percentile "$RUN/api-latencies" 0.99)")
  SQL_TPS=$(awk -v n="$SQL_N" -v d="$((ROUNDS * SLICE))" 'BEGIN { printf "%.1f", n / d }')
  SQL_P50=$(ms "$(percentile "$RUN/sql-latencies" 0.50)"); SQL_P99=$(ms "$(percentile "$RUN/sql-latencies" 0.99)")
  local w_req=$API_REQ sql_n=$SQL_N

  # Each query alone, one at a time, through the API (curl) and as SQL (EXPLAIN ANALYZE: planning
  # and execution): a paired comparison without concurrency, and what the percentiles are made of.
  local per_query=''
  if [[ ${BENCH_PER_QUERY:-1} == 1 ]]; then
    say "Timing each query alone: through the API, then as SQL"
    local plan api_s sql_ms ranked
    printf 'query\tAPI ms\tSQL ms\trows ranked\n' >"$LOGS/queries.tsv"
    while IFS=$'\t' read -r term tsq raw; do
      api_s=$(curl -fsS -o /dev/null -w '%{time_total}' -G --data-urlencode "q=$term" "http://127.0.0.1:$API_PORT/api/v1/search") \
        || die "GET /api/v1/search?q=$term failed"
      plan=$({ echo "explain (analyze, timing off)"; cat "$RUN/search-psql.sql"; } | psql_din -At -v tsq="$tsq" -v raw="$raw" -v limit=20) \
        || die "EXPLAIN ANALYZE failed for '$term'"
      sql_ms=$(awk '/^(Planning|Execution) Time:/ { t += $3 } END { printf "%.1f", t }' <<<"$plan")
      ranked=$(sed -n 's/.*-> *Append .*actual rows=\([0-9]*\).*/\1/p' <<<"$plan" | head -n 1)
      printf '%s\t%.1f\t%s\t%s\n' "$term" "$(awk -v s="$api_s" 'BEGIN { print s * 1000 }')" "$sql_ms" "${ranked:-?}" >>"$LOGS/queries.tsv"
    done <"$RUN/terms.tsv"
    per_query=$(tail -n +2 "$LOGS/queries.tsv" | sort -t $'\t' -k3,3 -g -r | awk -F '\t' '
      { n++; q[n] = $1; a += $2; s += $3; t[n] = $3; r[n] = $4 }
      END {
        printf "API/SQL %.2f (%.1f s / %.1f s for the %d queries one after another)\n", a / s, a / 1000, s / 1000, n
        printf "  SQL alone: median %.0f ms; slowest", t[int((n + 1) / 2)]
        for (i = 1; i <= 3 && i <= n; i++) printf "%s \"%s\" %.0f ms (%s rows ranked)", (i > 1 ? "," : ""), q[i], t[i], r[i]
        printf "; fastest \"%s\" %.0f ms\n", q[n], t[n]
      }')
  fi

  local cpu; cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
  local mem; mem=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
  cat <<EOF

${BOLD}Search: the API against its own SQL, one run$RESET  ($(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- backend 2>/dev/null || echo ', backend/ modified'))
  machine    $(nproc) CPUs, ${cpu:-unknown CPU}, $mem; load average when the run started: $load_at_start
  software   PostgreSQL $PG_VERSION, $(java -version 2>&1 | head -n 1), wrk $WRK_VERSION, pgbench $("$PGBENCH" --version | awk '{ print $3 }')
  data       $C_RES resources ($C_PUB published, $C_EVT events) by $C_ACT actors ($C_ACT_ACTIVE active), seeded in ${SEED_SECONDS} s; table $S_TABLE
  load       $nterms queries from bench/search-terms.txt, round robin in one shuffled order; $CONNECTIONS connections; ${DURATION} s each in turns ($ROUNDS × ${SLICE} s), after warm-up

                              requests/s     p50 ms     p99 ms   requests
  API  GET /api/v1/search    $(printf '%11s %10s %10s %10s' "$API_RPS" "$API_P50" "$API_P99" "$w_req")
  SQL  pgbench               $(printf '%11s %10s %10s %10s' "$SQL_TPS" "$SQL_P50" "$SQL_P99" "$sql_n")
  ratio API/SQL              $(printf '%11s %10s %10s' "$(ratio "$API_RPS" "$SQL_TPS")" "$(ratio "$API_P50" "$SQL_P50")" "$(ratio "$API_P99" "$SQL_P99")")

  the API's JVM used ${API_CPU} s of CPU while wrk ran ($((ROUNDS * SLICE)) s on $(nproc) CPUs): ${API_CPU_MS} ms per request
${per_query:+
  each query alone: $per_query
  (every query: $LOGS/queries.tsv)
}
  Throughput below 1 and latencies above 1 are what the API adds to its SQL: HTTP, JSON, Hibernate,
  the pool, and the JVM's CPU taken from PostgreSQL. The concurrent figures move with other load on
  the machine (load average above); the one-at-a-time ratio moves least. Whole run: $((SECONDS - run_started)) s.
EOF
}

main "$@"

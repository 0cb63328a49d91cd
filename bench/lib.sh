# bench/lib.sh: what the feed benchmarks share (sourced, not run): a JDK, a throwaway PostgreSQL
# and the API jar on it, all on 127.0.0.1. The caller sets ROOT, DIN_HOME, WORK, DB_PORT,
# API_PORT, JAR and a die() function before sourcing it.

PG_VERSION=$(sed -n 's/^POSTGRES_BINARIES_VERSION=\([0-9.]*\).*/\1/p' "$ROOT/din")
PG_TOOLS=$DIN_HOME/tools/postgres-$PG_VERSION
API_PID=''

[[ -x $PG_TOOLS/bin/postgres ]] || die "no PostgreSQL binaries in $PG_TOOLS: run ./din test (or ./din up) once first"
[[ -f $JAR ]] || die "no API jar at $JAR: run (cd backend && ./mvnw -B package -DskipTests) first"

# The newest JDK >= 21 under /usr/lib/jvm, else JAVA_HOME's or the PATH's java.
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
for c in /usr/lib/jvm/*/bin/java; do
  if [[ -x $c ]] && "$c" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then JAVA=$c; fi
done

# PostgreSQL refuses to run as root; as root, run it in a user namespace (as ./din does).
as_postgres() { if [[ $(id -u) == 0 ]]; then unshare -U "$@"; else "$@"; fi; }

# bench_start_postgres [extra server options]: a fresh cluster in $WORK/pg, user and password din,
# database din, on $DB_PORT.
bench_start_postgres() {
  echo din > "$WORK/pw"; chmod 644 "$WORK/pw"
  as_postgres "$PG_TOOLS/bin/initdb" -D "$WORK/pg" -U din --pwfile="$WORK/pw" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  echo "CREATE DATABASE din;" | as_postgres "$PG_TOOLS/bin/postgres" --single -D "$WORK/pg" postgres >/dev/null 2>&1
  as_postgres "$PG_TOOLS/bin/pg_ctl" start -D "$WORK/pg" -w -l "$WORK/pg.log" \
    -o "-p $DB_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' $*" >/dev/null
}

# bench_start_api: the jar on $API_PORT against that database, until it is ready. The feeds are
# public, so Keycloak is not needed: the OIDC URL points at a closed port.
bench_start_api() {
  DIN_API_PORT=$API_PORT DIN_DB_URL=jdbc:postgresql://127.0.0.1:$DB_PORT/din DIN_DB_USER=din DIN_DB_PASSWORD=din \
    DIN_OIDC_URL=http://127.0.0.1:9/realms/din "$JAVA" -jar "$JAR" > "$WORK/api.log" 2>&1 &
  API_PID=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$API_PORT/q/health/ready" >/dev/null && break; sleep 1; done
  curl -sf "http://127.0.0.1:$API_PORT/q/health/ready" >/dev/null || { tail -20 "$WORK/api.log"; die "the API did not start"; }
}

# bench_stop: the API and PostgreSQL, if they run, and $WORK.
bench_stop() {
  [[ -n $API_PID ]] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null || true
  [[ -f $WORK/pg/postmaster.pid ]] && as_postgres "$PG_TOOLS/bin/pg_ctl" stop -D "$WORK/pg" -m fast -w >/dev/null 2>&1 || true
  rm -rf "$WORK"
}

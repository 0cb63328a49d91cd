#!/usr/bin/env bash
# ops/replicas.sh: two API replicas behind nginx, under a mixed load, with one killed halfway.
#
#   ops/replicas.sh [--duration SECONDS] [--no-rolling-restart]
#
# Starts, all on 127.0.0.1: PostgreSQL, Keycloak (the realm in keycloak/), OpenSearch (DIN_SEARCH_URL's,
# with an index prefix of this run that is deleted at the end; or one of its own), two API processes
# from the packaged jar and Debian's nginx in front of them. Then:
#   1. the load phase: ops/load/load.mjs runs reads (lists, search, feeds, the changes feed) and writes
#      (resources and collaborations by anna and erik, with Idempotency-Key and If-Match; an
#      integrator's upserts by external id) through nginx for --duration seconds; halfway, replica 1
#      gets kill -9 and is started again;
#   2. the rolling-restart phase (--no-rolling-restart skips it): under load, replica 1 gets SIGTERM,
#      is started again and waited for until ready, then replica 2 the same;
#   3. the proofs (ops/load/verify.mjs): every acknowledged write is in the database, none happened
#      twice, 5xx and network errors only around the kill (none in the rolling restart), feeds
#      byte-identical from both replicas, cursors valid across replicas, the changes feed complete.
# It prints a table and 'result: N passed, N failed'; it exits non-zero when any proof fails.
# docs/operations.md explains each proof and how to read the table.
#
# Ports (each overridable): DIN_REPLICAS_DB_PORT 55441, DIN_REPLICAS_KEYCLOAK_PORT 18191,
# DIN_REPLICAS_API1_PORT 18091, DIN_REPLICAS_API2_PORT 18092, DIN_REPLICAS_NGINX_PORT 18090,
# DIN_REPLICAS_SEARCH_PORT 9261 (only when DIN_SEARCH_URL is not set).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../din
source "$ROOT/din"

DURATION=600 ROLLING=1
while (( $# )); do
  case $1 in
    --duration) DURATION=$2; shift 2 ;;
    --no-rolling-restart) ROLLING=''; shift ;;
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done
[[ $DURATION =~ ^[0-9]+$ ]] && (( DURATION >= 20 )) || die "--duration must be a number of seconds, at least 20"

DB_PORT=${DIN_REPLICAS_DB_PORT:-55441} KC_PORT=${DIN_REPLICAS_KEYCLOAK_PORT:-18191}
API1_PORT=${DIN_REPLICAS_API1_PORT:-18091} API2_PORT=${DIN_REPLICAS_API2_PORT:-18092}
NGINX_PORT=${DIN_REPLICAS_NGINX_PORT:-18090} OWN_SEARCH_PORT=${DIN_REPLICAS_SEARCH_PORT:-9261}
STATE=$DIN_HOME/replicas
RUN=$(date -u +%Y%m%dT%H%M%SZ)
LOGS=${TEST_LOGS:-$DIN_HOME/logs}/replicas-$RUN
mkdir -p "$STATE" "$LOGS"
EVENTS=$LOGS/events.jsonl   # what this script did to the replicas, and when (the verifier reads it)
: >"$EVENTS"

# ---------------------------------------------------------------------------------------------
# Prerequisites: a JDK, Node, Debian's nginx and psql (installed when missing, like .ci/run does Chromium)
# ---------------------------------------------------------------------------------------------
find_jdk; check_node
apt_install() {
  local sudo=(); [[ $(id -u) == 0 ]] || sudo=(sudo)
  say "Installing $* (Debian packages)"
  "${sudo[@]}" apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$@" >/dev/null \
    || die "could not install $*: install it yourself (apt-get install $*)"
}
NGINX=${DIN_NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
[[ -x $NGINX ]] || { apt_install nginx-light 2>/dev/null || apt_install nginx; NGINX=/usr/sbin/nginx; }
command -v psql >/dev/null 2>&1 || apt_install postgresql-client
command -v curl >/dev/null 2>&1 || apt_install curl

event() { printf '{"t":%s,"event":"%s","replica":%s}\n' "$(date +%s%3N)" "$1" "${2:-null}" >>"$EVENTS"; }

# ---------------------------------------------------------------------------------------------
# Cleanup: everything this run started, and its search indexes
# ---------------------------------------------------------------------------------------------
SEARCH_INDEX_PREFIX=replicas-$RUN-$$-
SEARCH_INDEX_PREFIX=${SEARCH_INDEX_PREFIX,,}
NGINX_PID='' TMP=$(mktemp -d /tmp/din-replicas.XXXXXX)
cleanup() {
  local rc=$?
  stop_all
  if [[ -n ${DIN_SEARCH_URL:-} && -z ${OWN_SEARCH:-} ]]; then drop_indexes "$SEARCH_INDEX_PREFIX"; fi
  rm -rf "$TMP" "$STATE/postgres" "$STATE/opensearch"
  info "logs: $LOGS"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------
# The services
# ---------------------------------------------------------------------------------------------
say "PostgreSQL on $DB_PORT"
rm -rf "$STATE/postgres"
DB_USER=din DB_PASSWORD=din DB_URL=jdbc:postgresql://localhost:$DB_PORT/din
start_postgres "$STATE/postgres" "$DB_PORT" "$LOGS/postgres.log" DIN_REPLICAS_DB_PORT

if [[ -n ${DIN_SEARCH_URL:-} ]]; then
  SEARCH_URL=$DIN_SEARCH_URL; info "using the OpenSearch at $SEARCH_URL with the index prefix $SEARCH_INDEX_PREFIX"
else
  say "OpenSearch on $OWN_SEARCH_PORT"
  OWN_SEARCH=1 SEARCH_URL=http://127.0.0.1:$OWN_SEARCH_PORT
  rm -rf "$STATE/opensearch"
  start_opensearch "$STATE/opensearch" "$OWN_SEARCH_PORT" "$LOGS/opensearch.log" DIN_REPLICAS_SEARCH_PORT
fi
export DIN_SEARCH_URL=$SEARCH_URL

say "Keycloak on $KC_PORT"
KC_URL=http://localhost:$KC_PORT
rm -rf "$STATE/keycloak/data/h2" "$STATE/keycloak/data/tmp"   # a fresh realm: no API clients of earlier runs
KC_ADMIN_URL=$KC_URL KC_ADMIN_CLIENT_SECRET=${DIN_KEYCLOAK_ADMIN_CLIENT_SECRET:-din-api-admin-dev-secret}
SPA_URL=http://localhost:5173 CORS_ORIGINS=$SPA_URL OIDC_URL=$KC_URL/realms/din
start_keycloak "$STATE/keycloak" "$KC_PORT" "$LOGS/keycloak.log" "$SPA_URL" DIN_REPLICAS_KEYCLOAK_PORT
[[ -z ${OWN_SEARCH:-} ]] || wait_opensearch

build_backend

# Both replicas build feed URLs on the same public URL (nginx's), so that their feeds are the same bytes.
export DIN_API_URL=http://127.0.0.1:$NGINX_PORT
# All load comes from one address (nginx): the rate limits would measure themselves, not the replicas.
export DIN_RATE_LIMIT_ANONYMOUS=0 DIN_RATE_LIMIT_INTEGRATOR=0 DIN_TRUSTED_PROXIES=127.0.0.1
declare -A API_PID=()
API_PORTS=([1]=$API1_PORT [2]=$API2_PORT)
# start_replica N: the packaged API on its port, waited for until ready. Only the first start of
# replica 1 loads the demo data (idempotent, but two at once would race for nothing).
start_replica() {
  local n=$1
  event start "$n"
  DEMO_DATA=false; [[ $n == 1 && -z ${API_PID[1]:-} ]] && DEMO_DATA=true
  start_api "${API_PORTS[$n]}" "$LOGS/api-$n.log" "DIN_REPLICAS_API${n}_PORT"
  API_PID[$n]=$LAST_PID
  event ready "$n"
}
# forget N: drops replica N's pid from PIDS (after it ended by our hand).
forget() { local kept=() p; for p in "${PIDS[@]}"; do [[ $p == "${API_PID[$1]}" ]] || kept+=("$p"); done; PIDS=("${kept[@]}"); }

say "API replica 1 on $API1_PORT (Flyway, demo data, search indexes), then replica 2 on $API2_PORT"
mv "$LOGS/api-1.log" "$LOGS/api-1.log.0" 2>/dev/null || true
start_replica 1
start_replica 2

# nginx: a config of this run in a temp folder, a master in the foreground (not a daemon) with its own
# pid, logs and temp paths, so it needs no root and touches nothing of the system's nginx.
say "nginx on $NGINX_PORT in front of both"
mkdir -p "$TMP/nginx"
# render_nginx STATE: the config with each replica in or out of the upstream; STATE is two digits,
# 1 = ready (in), 0 = not ready (marked down), replica 1 first.
render_nginx() {
  local down1='' down2=''
  [[ ${1:0:1} == 1 ]] || down1=down
  [[ ${1:1:1} == 1 ]] || down2=down
  sed -e "s#@TMP@#$TMP/nginx#g" -e "s#@LOGS@#$LOGS#g" -e "s#@PORT@#$NGINX_PORT#g" -e "s#@API1@#$API1_PORT#g" \
      -e "s#@API2@#$API2_PORT#g" -e "s#@API1_DOWN@#$down1#" -e "s#@API2_DOWN@#$down2#" \
      "$ROOT/ops/nginx-replicas.conf" >"$TMP/nginx/nginx.conf.new"
  mv "$TMP/nginx/nginx.conf.new" "$TMP/nginx/nginx.conf"
}
render_nginx 11
"$NGINX" -t -q -c "$TMP/nginx/nginx.conf" -p "$TMP/nginx" 2>"$LOGS/nginx-test.log" || { cat "$LOGS/nginx-test.log" >&2; die "nginx refused its configuration"; }
spawn "$LOGS/nginx.log" "$NGINX" -c "$TMP/nginx/nginx.conf" -p "$TMP/nginx"
NGINX_PID=$LAST_PID
wait_for_url nginx "http://127.0.0.1:$NGINX_PORT/q/health/ready" 30 "$NGINX_PID" "$LOGS/nginx.log"

# The readiness watcher: polls each replica's /q/health/ready twice a second and, when one changes,
# takes it out of nginx's upstream (or back in) and reloads nginx (SIGHUP: new workers take the new
# config, old ones finish what they carry). This is what a load balancer with health checks, or
# Kubernetes' endpoints, does: a replica that got SIGTERM says DOWN at once and keeps serving for
# DIN_SHUTDOWN_DELAY, long enough to be taken out before it stops accepting requests.
watch_readiness() {
  local state=11 now n code
  local -A misses=([1]=0 [2]=0)
  while kill -0 "$NGINX_PID" 2>/dev/null; do
    now=''
    for n in 1 2; do
      code=$(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:${API_PORTS[$n]}/q/health/ready" || true)
      # 200: ready. 503: the replica says it is not (shutting down, or starting): out at once. No answer
      # (refused, or slow on a busy machine): out after three in a row, so that load does not flap it.
      case $code in
        200) misses[$n]=0; now+=1 ;;
        503) misses[$n]=3; now+=0 ;;
        *) misses[$n]=$((misses[$n] + 1)); if (( misses[$n] >= 3 )); then now+=0; else now+=${state:n-1:1}; fi ;;
      esac
    done
    [[ $now != 00 ]] || now=11   # none ready: keep both, so that nginx still tries (and retries)
    if [[ $now != "$state" ]]; then
      render_nginx "$now"
      kill -HUP "$NGINX_PID"
      printf '{"t":%s,"event":"upstream","replica":null,"ready":"%s"}\n' "$(date +%s%3N)" "$now" >>"$EVENTS"
      state=$now
    fi
    sleep 0.5
  done
}
spawn "$LOGS/readiness-watcher.log" bash -c "$(declare -f render_nginx watch_readiness); $(declare -p API_PORTS); \
  TMP='$TMP' LOGS='$LOGS' NGINX_PORT='$NGINX_PORT' API1_PORT='$API1_PORT' API2_PORT='$API2_PORT' ROOT='$ROOT' \
  NGINX_PID='$NGINX_PID' EVENTS='$EVENTS'; watch_readiness"

# ---------------------------------------------------------------------------------------------
# The load, with its faults
# ---------------------------------------------------------------------------------------------
LOAD=(node "$ROOT/ops/load/load.mjs" --base "http://127.0.0.1:$NGINX_PORT" --keycloak "$KC_URL" --out "$LOGS")

say "Load phase: $DURATION s through nginx; replica 1 gets kill -9 after $((DURATION / 2)) s"
event phase-start-load
"${LOAD[@]}" --phase load --duration "$DURATION" &
load_pid=$!
sleep $((DURATION / 2))
info "kill -9 replica 1 (pid ${API_PID[1]})"
event kill 1
{ kill -KILL "${API_PID[1]}"; wait "${API_PID[1]}"; } 2>/dev/null || true   # wait: no "Killed" notice from bash
forget 1
for _ in $(seq 1 40); do port_in_use "$API1_PORT" || break; sleep 0.25; done
start_replica 1
wait "$load_pid" || die "the load client failed (see $LOGS)"
event phase-end-load

if [[ -n $ROLLING ]]; then
  say "Rolling restart under load: SIGTERM replica 1, start it, wait until ready; then replica 2"
  event phase-start-rolling
  # The load runs from 5 s before the first SIGTERM until 5 s after the second replica is back.
  "${LOAD[@]}" --phase rolling --duration 900 --stop-file "$TMP/rolling-done" &
  load_pid=$!
  sleep 5
  for n in 1 2; do
    info "SIGTERM replica $n (pid ${API_PID[$n]})"
    event sigterm "$n"
    started=$SECONDS
    kill -TERM "${API_PID[$n]}"
    while kill -0 "${API_PID[$n]}" 2>/dev/null; do sleep 0.2; done
    event stopped "$n"
    info "replica $n stopped after $((SECONDS - started)) s"
    forget "$n"
    start_replica "$n"
  done
  sleep 5
  event rolling-done
  touch "$TMP/rolling-done"
  wait "$load_pid" || die "the load client failed (see $LOGS)"
  event phase-end-rolling
fi

# ---------------------------------------------------------------------------------------------
# The proofs
# ---------------------------------------------------------------------------------------------
say "Proofs"
PGPASSWORD=din node "$ROOT/ops/load/verify.mjs" --logs "$LOGS" --db "postgresql://din@127.0.0.1:$DB_PORT/din" \
  --replica "http://127.0.0.1:$API1_PORT" --replica "http://127.0.0.1:$API2_PORT" --base "http://127.0.0.1:$NGINX_PORT"

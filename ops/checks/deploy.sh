#!/usr/bin/env bash
# The deployment files check of ./din test's ops layer (README, "Running in production"): no
# cluster, no Docker, nothing listening; about 15 s (the first run installs its tools, ~10 s more).
#
#  - every manifest in deploy/k8s/ against the Kubernetes API's schemas, strictly (an unknown field
#    fails): ops/checks/deploy/validate-k8s.mjs, with kubernetes-models and @kubernetes/client-node;
#  - the same validator must REJECT the broken manifests in ops/checks/deploy/fixtures/ (a misspelt
#    field, a wrong type), so a validator that passes everything is caught;
#  - kustomization.yaml lists every manifest (but the secret's example) and nothing missing, and
#    where kubectl is installed, what `kubectl kustomize` renders from it is valid too;
#  - every DIN_* variable that application.properties reads is set by the API's ConfigMap or
#    Secret, or is one of the few left out on purpose (named in api-configmap.yaml);
#  - terminationGracePeriodSeconds covers the API's graceful shutdown (quarkus.shutdown.delay +
#    timeout, assumed 5 s + 30 s where application.properties does not set them);
#  - docker-compose.yml against the Compose specification's JSON schema (dclint, which bundles it),
#    and its error-level rules; a broken compose file in fixtures/ must be rejected.
#
# Tools: the pinned packages of ops/checks/deploy/package-lock.json, installed with npm ci into
# $DIN_HOME/tools/deploy-check (once, and again when the lock file changes).
# Prints one line per sub-check and, last, 'result: N passed, N failed'.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DIN_HOME=${DIN_HOME:-$ROOT/.din}
HERE=$ROOT/ops/checks/deploy
K8S=$ROOT/deploy/k8s
TOOLS=$DIN_HOME/tools/deploy-check
passed=0 failed=0

pass() { passed=$((passed + 1)); echo "PASS $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

command -v node >/dev/null || { echo "deploy.sh: needs Node.js (20 or later) and npm"; echo "result: 0 passed, 1 failed"; exit 1; }

# --- tools ---
mkdir -p "$TOOLS"
if ! cmp -s "$HERE/package-lock.json" "$TOOLS/package-lock.json" || [[ ! -d $TOOLS/node_modules ]]; then
  cp "$HERE/package.json" "$HERE/package-lock.json" "$TOOLS/"
  if ! (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error); then
    rm -f "$TOOLS/package-lock.json"; echo "result: 0 passed, 1 failed"; exit 1
  fi
fi
# Next to its packages, so that Node resolves them from there.
cp "$HERE/validate-k8s.mjs" "$TOOLS/"
validate_k8s() { node "$TOOLS/validate-k8s.mjs" "$@"; }
dclint() { "$TOOLS/node_modules/.bin/dclint" --color false --quiet "$@"; }

# --- Kubernetes manifests: each one valid ---
manifests=()
for f in "$K8S"/*.yaml; do [[ $(basename "$f") == kustomization.yaml ]] || manifests+=("$f"); done
for f in "${manifests[@]}"; do
  if out=$(validate_k8s "$f" 2>&1); then pass "k8s: ${f#"$ROOT"/}"; else fail "k8s: ${f#"$ROOT"/}"; echo "$out" | sed 's/^/    /'; fi
done

# --- ...and the validator rejects what is broken, naming the fault ---
declare -A expected=(
  [unknown-field.yaml]='containers[0].readinessProbes: unknown field'
  [wrong-type.yaml]='spec.minReplicas: must be integer'
)
for name in "${!expected[@]}"; do
  out=$(validate_k8s "$HERE/fixtures/$name" 2>&1) && { fail "k8s fixture $name: accepted, must be rejected"; continue; }
  if grep -qF -- "${expected[$name]}" <<<"$out"; then pass "k8s fixture $name: rejected (${expected[$name]})"
  else fail "k8s fixture $name: rejected, but not for '${expected[$name]}'"; echo "$out" | sed 's/^/    /'; fi
done

# --- kustomization.yaml lists every manifest, and each one it lists exists ---
listed=$(sed -n '/^resources:/,/^[a-z]/{s/^  - \(.*\.yaml\)$/\1/p}' "$K8S/kustomization.yaml" | sort)
present=$(cd "$K8S" && ls *.yaml | grep -vx -e kustomization.yaml -e secret.example.yaml | sort)
if [[ -n $listed && $listed == "$present" ]]; then pass "kustomization.yaml lists every manifest ($(wc -w <<<"$listed"))"
else fail "kustomization.yaml: lists [$(echo $listed)], deploy/k8s has [$(echo $present)]"; fi

# What `kubectl apply -k` would send, where kubectl is installed (its kustomize needs no cluster).
if command -v kubectl >/dev/null; then
  rendered=$(mktemp --suffix=.yaml); trap 'rm -f "$rendered"' EXIT
  if kubectl kustomize "$K8S" > "$rendered" 2>&1 && out=$(validate_k8s "$rendered" 2>&1); then
    pass "k8s: kubectl kustomize deploy/k8s renders $(grep -c '^ok' <<<"$out") valid objects"
  else fail "k8s: kubectl kustomize deploy/k8s"; { cat "$rendered"; echo "${out:-}"; } | sed 's/^/    /' | tail -n 20; fi
else
  echo "SKIP k8s: kubectl kustomize (no kubectl here)"
fi

# --- every DIN_* the API reads is set, or left out on purpose ---
left_out="DIN_API_PORT DIN_DEMO_DATA DIN_SEARCH_REINDEX_AND_EXIT DIN_SEARCH_LOG_QUERIES DIN_WEBHOOK_ALLOWED_HOSTS"
props=$ROOT/backend/src/main/resources/application.properties
set_here=$(grep -ohE '^  DIN_[A-Z0-9_]+:' "$K8S/api-configmap.yaml" "$K8S/secret.example.yaml" | tr -d ' :' | sort -u)
secret_refs=$(grep -oE 'key: DIN_[A-Z0-9_]+' "$K8S/api-deployment.yaml" | sed 's/key: //' | sort -u)
missing=()
for v in $(grep -v '^%' "$props" | grep -oE '\$\{DIN_[A-Z0-9_]+' | tr -d '${' | sort -u); do
  grep -qx "$v" <<<"$set_here" || [[ " $left_out " == *" $v "* ]] || missing+=("$v")
done
unreferenced=()
for v in $(grep -ohE '^  DIN_[A-Z0-9_]+:' "$K8S/secret.example.yaml" | tr -d ' :'); do
  grep -qx "$v" <<<"$secret_refs" || unreferenced+=("$v")
done
if (( ${#missing[@]} == 0 && ${#unreferenced[@]} == 0 )); then pass "every DIN_* of application.properties is in the ConfigMap or the Secret (or left out on purpose)"
else fail "DIN_* not set in deploy/k8s: ${missing[*]:-none}; secret keys the Deployment does not use: ${unreferenced[*]:-none}"; fi

# --- the grace period covers the graceful shutdown ---
seconds() { # 5s, 30S, PT30S, 1m, 500ms (rounded up) → seconds
  local v=${1#PT}; v=${v,,}
  case $v in *ms) echo $(( (${v%ms} + 999) / 1000 ));; *s) echo "${v%s}";; *m) echo $(( ${v%m} * 60 ));; *) echo "$v";; esac
}
# The ConfigMap's DIN_SHUTDOWN_* when it sets them, else application.properties' defaults.
setting() { # PROPERTY VARIABLE
  local v; v=$(sed -n "s/^  $2: *\"\{0,1\}\([^\"]*\)\"\{0,1\}$/\1/p" "$K8S/api-configmap.yaml")
  [[ -n $v ]] || v=$(sed -n "s/^$1=\(\\\${[^:]*:\)\{0,1\}\([^}]*\)}\{0,1\}$/\2/p" "$props" | tail -n 1)
  echo "$v"
}
delay=$(setting 'quarkus\.shutdown\.delay' DIN_SHUTDOWN_DELAY)
timeout=$(setting 'quarkus\.shutdown\.timeout' DIN_SHUTDOWN_TIMEOUT)
need=$(( $(seconds "${delay:-5s}") + $(seconds "${timeout:-30s}") ))
grace=$(sed -n 's/^ *terminationGracePeriodSeconds: *\([0-9]*\)$/\1/p' "$K8S/api-deployment.yaml" | head -n 1)
if [[ -n $grace ]] && (( grace > need )); then pass "terminationGracePeriodSeconds $grace > shutdown delay ${delay:-5s (assumed)} + timeout ${timeout:-30s (assumed)}"
else fail "terminationGracePeriodSeconds ${grace:-unset} does not exceed shutdown delay + timeout ($need s)"; fi

# --- docker-compose.yml against the Compose specification ---
# no-build-and-image: `image:` names what `build:` makes (din-backend:local), as Compose allows.
if out=$(dclint "$ROOT/docker-compose.yml" --disable-rule no-build-and-image 2>&1); then pass "compose: docker-compose.yml"
else fail "compose: docker-compose.yml"; echo "$out" | sed 's/^/    /'; fi
if out=$(dclint "$HERE/fixtures/compose-unknown-key.yml" 2>&1); then fail "compose fixture compose-unknown-key.yml: accepted, must be rejected"
elif grep -q 'invalid-schema' <<<"$out"; then pass "compose fixture compose-unknown-key.yml: rejected by the schema"
else fail "compose fixture compose-unknown-key.yml: rejected, but not by the schema"; echo "$out" | sed 's/^/    /'; fi

echo "result: $passed passed, $failed failed"
(( failed == 0 ))

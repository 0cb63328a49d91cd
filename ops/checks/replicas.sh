#!/usr/bin/env bash
# The short replicas check of ./din test's ops layer: ops/replicas.sh with one minute of load (replica 1
# killed with kill -9 after 30 s and started again), then the rolling restart under load, then the
# proofs; it prints 'result: N passed, N failed' over them. About three and a half minutes on 2 cores.
# DIN_REPLICAS_CHECK_DURATION changes the minute; the ports are ops/replicas.sh's (DIN_REPLICAS_*).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
exec "$ROOT/ops/replicas.sh" --duration "${DIN_REPLICAS_CHECK_DURATION:-60}"

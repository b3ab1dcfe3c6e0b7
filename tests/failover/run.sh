#!/usr/bin/env bash
#
# Failover run: bash tests/failover/run.sh [driver options, see failover.py --help]
#
# Starts a cluster with scripts/cluster.sh in a new temporary directory (a PostgreSQL primary and
# synchronous standby, Redis, two service instances published once in Release, HAProxy in front)
# and hands it to tests/failover/failover.py, which drives writers and readers through the load
# balancer, SIGKILLs an instance, stops the primary at once, promotes the standby, and checks
# that nothing acknowledged was lost (tests/failover/README.md).
#
# Everything is stopped and the directory deleted on exit, also on failure or Ctrl+C. Exit code:
# the driver's (0 = every check held), 2 for a set-up failure.
#
# Environment:
#   PG_BIN                 directory of the PostgreSQL server binaries (see scripts/lib/pg.sh)
#   JIPP_FAILOVER_KEEP=1   keep the temporary directory (logs) after the run
#   JIPP_CLUSTER_API_DIR   an existing `dotnet publish` output of src/Api (skips the build)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

log() { printf '[failover] %s\n' "$*" >&2; }

command -v python3 >/dev/null 2>&1 || { log "python3 is required"; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/jipp-failover.XXXXXX")
chmod 755 -- "$WORK"
export JIPP_CLUSTER_DIR=$WORK/cluster
# The deployed allowance per API client; each of the run's clients stays below it, but for the
# burst that checks that both instances keep one count.
export JIPP_CLUSTER_PERMITS_PER_MINUTE=600
unset JIPP_CLUSTER_LB_PORT JIPP_ADMIN_API_KEY
DRIVER_PID=''

# shellcheck disable=SC2317  # invoked through the traps
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n $DRIVER_PID ]] && kill -0 "$DRIVER_PID" 2>/dev/null; then
        kill -TERM "$DRIVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$DRIVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$DRIVER_PID" 2>/dev/null || true
    fi
    if [[ ${JIPP_FAILOVER_KEEP:-0} == 1 ]]; then
        JIPP_CLUSTER_KEEP=1 bash "$ROOT/scripts/cluster.sh" down || true
        log "kept $WORK (JIPP_FAILOVER_KEEP=1)"
    else
        bash "$ROOT/scripts/cluster.sh" down || true
        rm -rf -- "$WORK"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "starting the cluster in $JIPP_CLUSTER_DIR"
if ! bash "$ROOT/scripts/cluster.sh" start; then
    log "the cluster did not start"
    exit 2
fi
# shellcheck source=/dev/null
source "$JIPP_CLUSTER_DIR/cluster.env"

export FAILOVER_CLUSTER_SH=$ROOT/scripts/cluster.sh
export FAILOVER_PSQL=$PG_BIN/psql
export FAILOVER_LB_PORT=$LB_PORT
FAILOVER_ADMIN_KEY=$(head -n1 -- "$ADMIN_KEY_FILE")
export FAILOVER_ADMIN_KEY
export FAILOVER_PERMITS_PER_MINUTE=$PERMITS_PER_MINUTE
export FAILOVER_PRIMARY_SOCK=$PRIMARY_SOCK FAILOVER_PRIMARY_PORT=$PRIMARY_PORT
export FAILOVER_STANDBY_SOCK=$STANDBY_SOCK FAILOVER_STANDBY_PORT=$STANDBY_PORT
export FAILOVER_LOG_DIR=$JIPP_CLUSTER_DIR

log "cluster up, load balancer on 127.0.0.1:$LB_PORT; running the driver"
rc=0
python3 -u "$ROOT/tests/failover/failover.py" "$@" &
DRIVER_PID=$!
wait "$DRIVER_PID" || rc=$?
DRIVER_PID=''
# What the instances logged at Error and above, by category and message (the outage's health checks are expected),
# and the first line of each exception that reached the error handler (what a 500 was).
for f in "$JIPP_CLUSTER_DIR"/instance*.log; do
    [[ -e $f ]] || continue
    log "$(basename -- "$f"), lines at Error or Critical, by category and message:"
    python3 - "$f" <<'PY' >&2
import collections, json, re, sys
counts = collections.Counter()
unhandled = collections.Counter()
for line in open(sys.argv[1], errors="replace"):
    try:
        e = json.loads(line)
    except ValueError:
        continue
    if e.get("LogLevel") in ("Error", "Critical"):
        message = re.sub(r"[0-9]+(\.[0-9]+)?", "N", e.get("Message") or "")[:110]
        counts[(e.get("Category"), message)] += 1
        if e.get("Message") == "Unhandled exception" and e.get("Exception"):
            unhandled[e["Exception"].splitlines()[0][:300]] += 1
for (category, message), n in counts.most_common():
    print(f"    {n:5d}  {category}: {message}")
for first_line, n in unhandled.most_common():
    print(f"    {n:5d}  unhandled: {first_line}")
PY
done
exit "$rc"

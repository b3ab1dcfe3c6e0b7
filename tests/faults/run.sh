#!/usr/bin/env bash
#
# Fault-injection run: bash tests/faults/run.sh [driver options, see faults.py --help]
#
# Publishes the service in Release into a temporary directory, starts a private
# throwaway PostgreSQL cluster (TCP on 127.0.0.1, a free port, trust auth),
# creates the database and hands both to tests/faults/faults.py, which starts
# the service, drives concurrent writes, stops/restarts PostgreSQL, SIGKILLs
# the service and checks that nothing acknowledged was lost.
#
# Everything (service, cluster, temporary directory) is removed on exit, also
# on failure or Ctrl+C. Exit code: the driver's (0 = no loss, no 500, events
# consistent), 2 for a set-up failure.
#
# Environment:
#   PG_BIN              directory of the PostgreSQL server binaries (see scripts/lib/pg.sh)
#   JIPP_FAULTS_KEEP=1  keep the temporary directory (logs) after the run
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/lib/pg.sh
source "$ROOT/scripts/lib/pg.sh"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '[faults] %s\n' "$*" >&2; }

WORK=''
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
    # The service, if the driver could not stop it (its pid file is kept current).
    if [[ -n $WORK && -s $WORK/api.pid ]]; then
        local pid
        pid=$(cat -- "$WORK/api.pid")
        if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    if [[ -n $WORK ]]; then
        pg_stop_cluster "$WORK/data" || true
        # pg.sh may have moved data or socket dir elsewhere under /tmp.
        local d
        for d in "$PG_DATADIR" "$PG_SOCKDIR"; do
            if [[ -n $d && $d != "$WORK"/* ]]; then
                rm -rf -- "$d" "$d.log"
                rmdir -- "$(dirname -- "$d")" 2>/dev/null || true
            fi
        done
        if [[ ${JIPP_FAULTS_KEEP:-0} == 1 ]]; then
            log "kept $WORK (JIPP_FAULTS_KEEP=1)"
        else
            rm -rf -- "$WORK"
        fi
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

command -v python3 >/dev/null 2>&1 || { log "python3 is required"; exit 2; }
command -v dotnet >/dev/null 2>&1 || { log "the .NET SDK (dotnet) is required"; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/jipp-faults.XXXXXX")
chmod 755 -- "$WORK"   # the `postgres` user must reach it when we are root

# ----------------------------------------------------------------- build

log "dotnet publish src/Api/Jipp.Api.csproj -c Release -o $WORK/api"
if ! dotnet publish src/Api/Jipp.Api.csproj -c Release -o "$WORK/api" >"$WORK/publish.log" 2>&1; then
    tail -n 40 -- "$WORK/publish.log" >&2
    log "publish failed"
    exit 2
fi

# -------------------------------------------------------------- database

# A port below the ephemeral range (32768+) that we can bind right now, so that
# an outgoing connection's local port cannot take it between choice and start.
pick_port() {
    python3 - <<'PY'
import random, socket
for _ in range(200):
    port = random.randint(20000, 32000)
    try:
        with socket.socket() as s:
            s.bind(("127.0.0.1", port))
    except OSError:
        continue
    print(port)
    break
PY
}
# Start in a subshell first (pg_die exits), retry on another port, then once
# more in this shell, which finds it running and sets PG_DATADIR & co.
started=0
for attempt in 1 2 3; do
    port=$(pick_port)
    [[ -n $port && ! -e /tmp/.s.PGSQL.$port ]] || continue
    if (pg_start_cluster --listen 127.0.0.1 --max-connections 200 "$WORK/data" "$WORK/sock" "$port"); then
        started=1
        break
    fi
    log "PostgreSQL did not start on port $port (attempt $attempt); trying another port"
done
[[ $started -eq 1 ]] || { log "could not start PostgreSQL"; exit 2; }
pg_start_cluster --listen 127.0.0.1 --max-connections 200 "$WORK/data" "$WORK/sock" "$port"
pg_psql -d postgres -c "CREATE DATABASE jipp" >/dev/null

# How the driver runs pg_ctl: as the cluster owner when we are root.
if [[ $(id -u) -eq 0 ]]; then
    PG_CTL_PREFIX='runuser -u postgres --'
else
    PG_CTL_PREFIX=''
fi

export FAULTS_WORK=$WORK
export FAULTS_API_DLL=$WORK/api/Jipp.Api.dll
export FAULTS_CONNECTION_STRING="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=jipp"
export FAULTS_PG_CTL="$PG_BIN/pg_ctl"
export FAULTS_PG_CTL_PREFIX=$PG_CTL_PREFIX
export FAULTS_PG_DATADIR=$PG_DATADIR
export FAULTS_PG_LOGFILE=$PG_LOGFILE
export FAULTS_PG_ISREADY="$PG_BIN/pg_isready"
export FAULTS_PG_PORT=$PG_PORT

# The run's webhook receiver speaks HTTPS with a certificate made here; the service trusts it (and nothing else)
# through SSL_CERT_FILE, which OpenSSL reads, so no trust setting of the service itself is involved.
if command -v openssl >/dev/null 2>&1 && openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=127.0.0.1" \
        -addext "subjectAltName=IP:127.0.0.1" -keyout "$WORK/webhook.key" -out "$WORK/webhook.crt" >/dev/null 2>&1; then
    export FAULTS_WEBHOOK_CERT=$WORK/webhook.crt FAULTS_WEBHOOK_KEY=$WORK/webhook.key
else
    log "openssl could not make a certificate: the run checks no webhook deliveries"
fi

log "cluster on 127.0.0.1:$PG_PORT, data $PG_DATADIR; running the driver"
rc=0
python3 -u "$ROOT/tests/faults/faults.py" "$@" &
DRIVER_PID=$!
wait "$DRIVER_PID" || rc=$?
DRIVER_PID=''
exit "$rc"

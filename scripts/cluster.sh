#!/usr/bin/env bash
#
# A local cluster of the JIPP Hub API on one machine, no Docker needed:
#
#   PostgreSQL primary --(streaming replication, slot, synchronous)--> standby
#   Redis
#   two service instances (one `dotnet publish` of src/Api, run twice on two ports)
#   HAProxy in front of them, health checks on /health/ready
#
# Usage:
#   scripts/cluster.sh up                 start everything, print the addresses, stay in the
#                                         foreground until Ctrl+C, then stop everything
#   scripts/cluster.sh start              start everything in the background and return
#   scripts/cluster.sh status             roles of the databases, replication, instances, load balancer
#   scripts/cluster.sh kill-instance N    SIGKILL service instance N (1 or 2)
#   scripts/cluster.sh start-instance N   start service instance N again
#   scripts/cluster.sh stop-primary       stop the primary at once (pg_ctl stop -m immediate)
#   scripts/cluster.sh promote            promote the standby (pg_ctl promote)
#   scripts/cluster.sh down               stop everything and delete the cluster's directory
#
# Every subcommand but `up` works on the cluster in $JIPP_CLUSTER_DIR (default <repo>/.data/cluster);
# `start` writes its settings there (cluster.env, sourced by the other subcommands). The script can
# also be sourced for its functions (cluster_start, cluster_down, cluster_kill_instance, ...).
#
# The databases: the primary has synchronous_standby_names = 'standby1' and synchronous_commit = on,
# so a commit is acknowledged only once the standby has flushed it to disk: an acknowledged write
# survives the loss of the primary. The standby is made with `pg_basebackup -R` through the
# physical replication slot `standby1`, is a hot standby (read-only queries), and has no
# synchronous standby of its own: once promoted it acknowledges commits alone (degraded, until a
# new standby is attached; docs/ops/runbook-failover.md). Both listen on Unix sockets only (a
# private directory each, trust authentication for the local OS users root and postgres).
#
# The services get
#   ConnectionStrings__Default       Host=<primary>,<standby>;Target Session Attributes=primary
#                                    (Npgsql finds the primary among the hosts, also after a promotion)
#   ConnectionStrings__ReadReplicas  Host=<standby>,<primary>;Target Session Attributes=prefer-standby
#   ConnectionStrings__Redis         127.0.0.1:<port>
# and the rate limits of Jipp:RateLimiting (see below). Instance 1 is started first and applies the
# migrations; instance 2 starts once instance 1 is ready.
#
# Debian packages redis-server and haproxy are installed with apt-get when missing; the PostgreSQL
# server binaries are found (or installed) as in scripts/lib/pg.sh. Run as root, PostgreSQL runs as
# the `postgres` OS user.
#
# Environment:
#   JIPP_CLUSTER_DIR                  state directory (default <repo>/.data/cluster; `up` uses a new
#                                     temporary directory unless this is set)
#   JIPP_CLUSTER_LB_PORT              port of the load balancer (default: a free one; `up`: 5080 if free)
#   JIPP_CLUSTER_API_DIR              an existing `dotnet publish` output of src/Api (skips the build)
#   JIPP_ADMIN_API_KEY                bootstrap admin key (default: generated into $JIPP_CLUSTER_DIR/admin-api-key)
#   JIPP_CLUSTER_PERMITS_PER_MINUTE   Jipp:RateLimiting:PermitsPerMinute (default 600, as deployed)
#   JIPP_CLUSTER_ANONYMOUS_PERMITS_PER_MINUTE
#                                     Jipp:RateLimiting:AnonymousPermitsPerMinute (default 6000: the
#                                     instances believe X-Forwarded-For from the balancer, but every
#                                     caller of this one-machine cluster is on 127.0.0.1 too)
#   JIPP_CLUSTER_SYNC_COMMIT          synchronous_commit of the primary: on (default) or remote_apply
#   JIPP_CLUSTER_KEEP=1               `down` keeps the directory (logs)
#   PG_BIN                            directory of the PostgreSQL server binaries
set -euo pipefail

CLUSTER_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/pg.sh
source "$CLUSTER_ROOT/scripts/lib/pg.sh"

cl_log() { printf '[cluster] %s\n' "$*" >&2; }
cl_die() { printf '[cluster] ERROR: %s\n' "$*" >&2; exit 1; }

CLUSTER_DIR=${JIPP_CLUSTER_DIR:-$CLUSTER_ROOT/.data/cluster}
INSTANCES=2

# ------------------------------------------------------------------ helpers

# cl_free_port VAR: sets VAR to a TCP port on 127.0.0.1 below the ephemeral range (32768+) that is
# free right now and that this script has not handed out before (the ports are bound only later).
CL_PORTS_GIVEN=''
cl_free_port() {
    local port
    port=$(CL_PORTS_GIVEN=$CL_PORTS_GIVEN python3 - <<'PY'
import os, random, socket
given = set(os.environ.get("CL_PORTS_GIVEN", "").split())
for _ in range(500):
    port = random.randint(20000, 32000)
    if str(port) in given:
        continue
    try:
        with socket.socket() as s:
            s.bind(("127.0.0.1", port))
    except OSError:
        continue
    print(port)
    break
PY
)
    [[ -n $port ]] || cl_die "no free port"
    CL_PORTS_GIVEN="$CL_PORTS_GIVEN $port"
    printf -v "$1" '%s' "$port"
}

cl_port_free() {
    python3 - "$1" <<'PY'
import socket, sys
try:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
PY
}

cl_apt_install() {
    local missing=() pkg
    for pkg in "$@"; do
        case $pkg in
            redis-server) command -v redis-server >/dev/null 2>&1 || missing+=(redis-server) ;;
            haproxy) command -v haproxy >/dev/null 2>&1 || [[ -x /usr/sbin/haproxy ]] || missing+=(haproxy) ;;
        esac
    done
    [[ ${#missing[@]} -gt 0 ]] || return 0
    command -v apt-get >/dev/null 2>&1 || cl_die "missing ${missing[*]} and no apt-get to install them"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || cl_die "missing ${missing[*]}; install them: apt-get install ${missing[*]}"
        sudo=(sudo)
    fi
    cl_log "installing ${missing[*]} with apt-get..."
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || cl_die "apt-get update failed"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || cl_die "apt-get install ${missing[*]} failed"
}

cl_haproxy_bin() { command -v haproxy 2>/dev/null || echo /usr/sbin/haproxy; }

cl_alive() { [[ -s $1 ]] && kill -0 "$(cat -- "$1")" 2>/dev/null; }

# Run a PostgreSQL server binary as the cluster owner.
cl_pg() { _pg_as_owner "$@"; }

# psql as superuser on the server at socket dir $1, port $2.
cl_psql() {
    local sock=$1 port=$2; shift 2
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$sock" -p "$port" -U postgres "$@"
}

cl_load_env() {
    [[ -s $CLUSTER_DIR/cluster.env ]] || cl_die "no cluster in $CLUSTER_DIR (set JIPP_CLUSTER_DIR, or run 'scripts/cluster.sh start')"
    # shellcheck source=/dev/null
    source "$CLUSTER_DIR/cluster.env"
}

# Waits until $1 (an URL) answers 200, at most $2 seconds; fails early if pid file $3 names a dead process.
cl_wait_http() {
    local url=$1 seconds=$2 pidfile=${3:-} i
    for ((i = 0; i < seconds * 5; i++)); do
        if [[ -n $pidfile ]] && ! cl_alive "$pidfile"; then return 1; fi
        if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" 2>/dev/null) == 200 ]]; then return 0; fi
        sleep 0.2
    done
    return 1
}

# ---------------------------------------------------------------- PostgreSQL

cl_start_databases() {
    local primary_port standby_port
    pg_find_bin
    cl_free_port primary_port
    cl_free_port standby_port

    # The primary: a private cluster (scripts/lib/pg.sh), then the replication settings.
    pg_start_cluster --max-connections 300 "$CLUSTER_DIR/primary" "$CLUSTER_DIR/primary-sock" "$primary_port"
    PRIMARY_DATA=$PG_DATADIR PRIMARY_SOCK=$PG_SOCKDIR PRIMARY_PORT=$PG_PORT PRIMARY_LOG=$PG_LOGFILE
    local sync_commit=${JIPP_CLUSTER_SYNC_COMMIT:-on}
    [[ $sync_commit == on || $sync_commit == remote_apply ]] || cl_die "JIPP_CLUSTER_SYNC_COMMIT must be on or remote_apply"
    {
        echo "# Written by scripts/cluster.sh: the primary of a streaming pair."
        echo "wal_level = replica"
        echo "max_wal_senders = 5"
        echo "max_replication_slots = 5"
        # synchronous_standby_names follows once the standby streams (a commit would wait for it before).
        echo "synchronous_commit = $sync_commit"
        echo "wal_log_hints = on"
        echo "hot_standby = on"
        echo "hot_standby_feedback = on"
    } >"$PRIMARY_DATA/replication.conf"
    _pg_own "$PRIMARY_DATA/replication.conf"
    grep -q "include_if_exists = 'replication.conf'" "$PRIMARY_DATA/postgresql.conf" \
        || printf "include_if_exists = 'replication.conf'\n" >>"$PRIMARY_DATA/postgresql.conf"
    cl_pg "$PG_BIN/pg_ctl" restart -D "$PRIMARY_DATA" -l "$PRIMARY_LOG" -w -t 30 -m fast >/dev/null \
        || cl_die "the primary did not restart with the replication settings (log: $PRIMARY_LOG)"

    # The application's role and database; the replication slot of the standby.
    cl_psql "$PRIMARY_SOCK" "$PRIMARY_PORT" -d postgres >/dev/null <<'SQL'
CREATE ROLE jipp LOGIN;
CREATE DATABASE jipp OWNER jipp;
SELECT pg_create_physical_replication_slot('standby1');
SQL

    # The standby: a base backup of the primary with -R (standby.signal and primary_conninfo),
    # streaming through the slot, as application_name standby1 (which synchronous_standby_names names).
    local standby_data standby_sock
    standby_data=$(pg_effective_dir "$CLUSTER_DIR/standby") || exit 1
    mkdir -p -- "$standby_data"
    _pg_own "$standby_data"
    chmod 700 -- "$standby_data"
    cl_log "pg_basebackup -R of the primary into $standby_data"
    cl_pg "$PG_BIN/pg_basebackup" -D "$standby_data" -R -X stream -S standby1 -c fast \
        -d "host=$PRIMARY_SOCK port=$PRIMARY_PORT user=postgres application_name=standby1" \
        || cl_die "pg_basebackup failed"
    grep -q "application_name=standby1" "$standby_data/postgresql.auto.conf" \
        || cl_die "pg_basebackup -R did not keep application_name=standby1 in primary_conninfo"
    {
        echo "# Written by scripts/cluster.sh: the standby. No synchronous standby of its own: once promoted"
        echo "# it acknowledges commits alone until a new standby is attached (docs/ops/runbook-failover.md)."
        echo "synchronous_standby_names = ''"
    } >"$standby_data/replication-standby.conf"
    _pg_own "$standby_data/replication-standby.conf"
    printf "include_if_exists = 'replication-standby.conf'\n" >>"$standby_data/postgresql.conf"
    # pg_start_cluster rewrites local.conf (port, socket dir) and starts it.
    pg_start_cluster --max-connections 300 "$CLUSTER_DIR/standby" "$CLUSTER_DIR/standby-sock" "$standby_port"
    STANDBY_DATA=$PG_DATADIR STANDBY_SOCK=$PG_SOCKDIR STANDBY_PORT=$PG_PORT STANDBY_LOG=$PG_LOGFILE
    standby_sock=$STANDBY_SOCK

    # Wait until the standby streams synchronously.
    local i state=''
    for ((i = 0; i < 100; i++)); do
        state=$(cl_psql "$PRIMARY_SOCK" "$PRIMARY_PORT" -d postgres -Atc \
            "SELECT state FROM pg_stat_replication WHERE application_name = 'standby1'" || true)
        [[ $state == streaming ]] && break
        sleep 0.2
    done
    [[ $state == streaming ]] || cl_die "the standby does not stream (state '$state'; logs $PRIMARY_LOG, $STANDBY_LOG)"
    # From now on a commit waits until the standby has it.
    echo "synchronous_standby_names = 'standby1'" >>"$PRIMARY_DATA/replication.conf"
    cl_pg "$PG_BIN/pg_ctl" reload -D "$PRIMARY_DATA" >/dev/null || cl_die "pg_ctl reload of the primary failed"
    for ((i = 0; i < 100; i++)); do
        state=$(cl_psql "$PRIMARY_SOCK" "$PRIMARY_PORT" -d postgres -Atc \
            "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby1' AND state = 'streaming'" || true)
        [[ $state == sync ]] && break
        sleep 0.2
    done
    [[ $state == sync ]] || cl_die "the standby does not stream synchronously (sync_state '$state')"
    cl_log "primary $PRIMARY_SOCK:$PRIMARY_PORT, standby $standby_sock:$STANDBY_PORT streaming synchronously (slot standby1)"
}

# ------------------------------------------------------------------ Redis

cl_start_redis() {
    cl_free_port REDIS_PORT
    mkdir -p -- "$CLUSTER_DIR/redis"
    # Loopback only, no persistence: it holds counters and cache entries that may be lost.
    setsid redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
        --dir "$CLUSTER_DIR/redis" --protected-mode yes \
        --logfile "$CLUSTER_DIR/redis.log" </dev/null >/dev/null 2>&1 &
    echo $! >"$CLUSTER_DIR/redis.pid"
    local i
    for ((i = 0; i < 50; i++)); do
        if [[ $(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]]; then
            cl_log "redis on 127.0.0.1:$REDIS_PORT"
            return 0
        fi
        sleep 0.2
    done
    cl_die "redis did not start (log $CLUSTER_DIR/redis.log)"
}

# --------------------------------------------------------------- instances

cl_build() {
    if [[ -n ${JIPP_CLUSTER_API_DIR:-} ]]; then
        API_DLL=$(realpath -- "$JIPP_CLUSTER_API_DIR")/Jipp.Api.dll
        [[ -f $API_DLL ]] || cl_die "no Jipp.Api.dll in $JIPP_CLUSTER_API_DIR"
        return 0
    fi
    command -v dotnet >/dev/null 2>&1 || cl_die "the .NET SDK (dotnet) is required"
    cl_log "dotnet publish src/Api/Jipp.Api.csproj -c Release -o $CLUSTER_DIR/api"
    if ! DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 dotnet publish "$CLUSTER_ROOT/src/Api/Jipp.Api.csproj" \
            -c Release -o "$CLUSTER_DIR/api" >"$CLUSTER_DIR/publish.log" 2>&1; then
        tail -n 40 -- "$CLUSTER_DIR/publish.log" >&2
        cl_die "publish failed"
    fi
    API_DLL=$CLUSTER_DIR/api/Jipp.Api.dll
}

# Start instance N (ports and connection strings from cluster.env) and wait until it is ready.
cl_start_instance() {
    local n=$1 port_var pidfile port
    port_var=INSTANCE_PORT_$n
    port=${!port_var:-}
    [[ -n $port ]] || cl_die "no instance $n"
    pidfile=$CLUSTER_DIR/instance$n.pid
    if cl_alive "$pidfile"; then cl_log "instance $n is already running"; return 0; fi
    printf '\n===== start at %s =====\n' "$(date -u +%H:%M:%S)" >>"$CLUSTER_DIR/instance$n.log"
    (
        cd "$(dirname -- "$API_DLL")"
        export ConnectionStrings__Default=$CONN_DEFAULT
        export ConnectionStrings__ReadReplicas=$CONN_REPLICAS
        export ConnectionStrings__Redis=$CONN_REDIS
        export JIPP_ADMIN_API_KEY
        JIPP_ADMIN_API_KEY=$(head -n1 -- "$ADMIN_KEY_FILE")
        export ASPNETCORE_URLS=http://127.0.0.1:$port
        export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
        export Jipp__SeedDemoData=${Jipp__SeedDemoData:-false}
        export Jipp__RateLimiting__Enabled=true
        export Jipp__RateLimiting__PermitsPerMinute=$PERMITS_PER_MINUTE
        export Jipp__RateLimiting__AnonymousPermitsPerMinute=$ANONYMOUS_PERMITS_PER_MINUTE
        export Jipp__ForwardedHeaders__KnownNetworks__0=127.0.0.1/32
        export DOTNET_NOLOGO=1
        exec setsid dotnet "$API_DLL" </dev/null >>"$CLUSTER_DIR/instance$n.log" 2>&1
    ) &
    echo $! >"$pidfile"
    if ! cl_wait_http "http://127.0.0.1:$port/health/ready" 120 "$pidfile"; then
        tail -n 40 -- "$CLUSTER_DIR/instance$n.log" >&2
        cl_die "instance $n did not become ready on 127.0.0.1:$port"
    fi
    cl_log "instance $n ready on 127.0.0.1:$port (pid $(cat -- "$pidfile"))"
}

cl_kill_instance() {
    local n=$1 pidfile=$CLUSTER_DIR/instance$1.pid
    cl_alive "$pidfile" || cl_die "instance $n is not running"
    local pid
    pid=$(cat -- "$pidfile")
    kill -KILL "$pid"
    local i
    for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    cl_log "instance $n (pid $pid) killed with SIGKILL"
}

# ------------------------------------------------------------ load balancer

cl_start_haproxy() {
    local lb_port=${JIPP_CLUSTER_LB_PORT:-}
    [[ -n $lb_port ]] || cl_free_port lb_port
    LB_PORT=$lb_port
    # What HAProxy answers while no instance is up: the API's own 503 problem, with Retry-After.
    printf '%s\r\n' \
        'HTTP/1.1 503 Service Unavailable' \
        'Content-Type: application/problem+json' \
        'Cache-Control: no-store' \
        'Retry-After: 2' \
        'Connection: close' \
        '' \
        '{"type":"https://jipp.menpan.go.id/problems/unavailable","title":"Service unavailable.","status":503,"code":"unavailable","detail":"No instance of the service is ready at the moment; retry after a few seconds."}' \
        >"$CLUSTER_DIR/haproxy-503.http"
    {
        echo "# Written by scripts/cluster.sh"
        echo "global"
        echo "    maxconn 2000"
        echo "defaults"
        echo "    mode http"
        # The caller's address for the instances, which believe it from this balancer only (Jipp:ForwardedHeaders).
        echo "    option forwardfor"
        echo "    timeout connect 2s"
        echo "    timeout client 60s"
        echo "    timeout server 60s"
        echo "    timeout http-request 10s"
        # A request that could not be sent to an instance (refused: it died) goes to the other one.
        echo "    retries 2"
        echo "    option redispatch 1"
        echo "    retry-on conn-failure"
        echo "    errorfile 503 $CLUSTER_DIR/haproxy-503.http"
        echo "frontend api"
        echo "    bind 127.0.0.1:$LB_PORT"
        echo "    default_backend instances"
        echo "backend instances"
        echo "    balance roundrobin"
        echo "    option httpchk GET /health/ready"
        echo "    http-check expect status 200"
        # Which instance answered, for the failover test and for support.
        echo "    http-response set-header X-Jipp-Instance %[srv_name]"
        echo "    default-server inter 1s fall 2 rise 2"
        local n port_var
        for ((n = 1; n <= INSTANCES; n++)); do
            port_var=INSTANCE_PORT_$n
            echo "    server instance$n 127.0.0.1:${!port_var} check"
        done
    } >"$CLUSTER_DIR/haproxy.cfg"
    "$(cl_haproxy_bin)" -c -q -f "$CLUSTER_DIR/haproxy.cfg" || cl_die "haproxy rejects $CLUSTER_DIR/haproxy.cfg"
    setsid "$(cl_haproxy_bin)" -f "$CLUSTER_DIR/haproxy.cfg" -db </dev/null >>"$CLUSTER_DIR/haproxy.log" 2>&1 &
    echo $! >"$CLUSTER_DIR/haproxy.pid"
    if ! cl_wait_http "http://127.0.0.1:$LB_PORT/health/ready" 30 "$CLUSTER_DIR/haproxy.pid"; then
        tail -n 20 -- "$CLUSTER_DIR/haproxy.log" >&2
        cl_die "the load balancer did not answer on 127.0.0.1:$LB_PORT"
    fi
    cl_log "load balancer (HAProxy) on 127.0.0.1:$LB_PORT"
}

# ---------------------------------------------------------------- commands

cluster_start() {
    command -v python3 >/dev/null 2>&1 || cl_die "python3 is required"
    if [[ -s $CLUSTER_DIR/cluster.env ]]; then
        cl_die "$CLUSTER_DIR already holds a cluster (scripts/cluster.sh down first)"
    fi
    cl_apt_install redis-server haproxy
    pg_find_bin
    mkdir -p -- "$CLUSTER_DIR"
    CLUSTER_DIR=$(realpath -- "$CLUSTER_DIR")
    chmod 755 -- "$CLUSTER_DIR"   # the `postgres` user must reach the directories in it
    : >"$CLUSTER_DIR/cluster.env.partial"   # `down` cleans up after a start that failed half-way

    ADMIN_KEY_FILE=$CLUSTER_DIR/admin-api-key
    if [[ -n ${JIPP_ADMIN_API_KEY:-} ]]; then
        (umask 077 && printf '%s\n' "$JIPP_ADMIN_API_KEY" >"$ADMIN_KEY_FILE")
    else
        (umask 077 && printf 'jipp_%s\n' "$(pg_gen_secret 32)" >"$ADMIN_KEY_FILE")
    fi
    PERMITS_PER_MINUTE=${JIPP_CLUSTER_PERMITS_PER_MINUTE:-600}
    ANONYMOUS_PERMITS_PER_MINUTE=${JIPP_CLUSTER_ANONYMOUS_PERMITS_PER_MINUTE:-6000}

    cl_build
    cl_start_databases
    cl_save_env
    cl_start_redis
    local n
    for ((n = 1; n <= INSTANCES; n++)); do
        cl_free_port "INSTANCE_PORT_$n"
    done
    CONN_DEFAULT="Host=$PRIMARY_SOCK:$PRIMARY_PORT,$STANDBY_SOCK:$STANDBY_PORT;Database=jipp;Username=jipp;Target Session Attributes=primary;Host Recheck Seconds=2"
    CONN_REPLICAS="Host=$STANDBY_SOCK:$STANDBY_PORT,$PRIMARY_SOCK:$PRIMARY_PORT;Database=jipp;Username=jipp;Target Session Attributes=prefer-standby;Host Recheck Seconds=2"
    CONN_REDIS="127.0.0.1:$REDIS_PORT"
    cl_save_env
    # One after the other: the first applies the migrations before the second starts.
    for ((n = 1; n <= INSTANCES; n++)); do
        cl_start_instance "$n"
    done
    cl_start_haproxy
    cl_save_env
    rm -f -- "$CLUSTER_DIR/cluster.env.partial"
}

cl_save_env() {
    local n port_var
    {
        printf '# Written by scripts/cluster.sh start\n'
        printf 'PG_BIN=%q\n' "$PG_BIN"
        printf 'API_DLL=%q\n' "${API_DLL:-}"
        printf 'ADMIN_KEY_FILE=%q\n' "$ADMIN_KEY_FILE"
        printf 'PERMITS_PER_MINUTE=%q\nANONYMOUS_PERMITS_PER_MINUTE=%q\n' "$PERMITS_PER_MINUTE" "$ANONYMOUS_PERMITS_PER_MINUTE"
        printf 'PRIMARY_DATA=%q\nPRIMARY_SOCK=%q\nPRIMARY_PORT=%q\nPRIMARY_LOG=%q\n' \
            "${PRIMARY_DATA:-}" "${PRIMARY_SOCK:-}" "${PRIMARY_PORT:-}" "${PRIMARY_LOG:-}"
        printf 'STANDBY_DATA=%q\nSTANDBY_SOCK=%q\nSTANDBY_PORT=%q\nSTANDBY_LOG=%q\n' \
            "${STANDBY_DATA:-}" "${STANDBY_SOCK:-}" "${STANDBY_PORT:-}" "${STANDBY_LOG:-}"
        printf 'REDIS_PORT=%q\nLB_PORT=%q\nINSTANCES=%q\n' "${REDIS_PORT:-}" "${LB_PORT:-}" "$INSTANCES"
        for ((n = 1; n <= INSTANCES; n++)); do
            port_var=INSTANCE_PORT_$n
            printf 'INSTANCE_PORT_%s=%q\n' "$n" "${!port_var:-}"
        done
        printf 'CONN_DEFAULT=%q\nCONN_REPLICAS=%q\nCONN_REDIS=%q\n' "${CONN_DEFAULT:-}" "${CONN_REPLICAS:-}" "${CONN_REDIS:-}"
    } >"$CLUSTER_DIR/cluster.env.tmp"
    mv -- "$CLUSTER_DIR/cluster.env.tmp" "$CLUSTER_DIR/cluster.env"
}

cl_stop_pid() {
    local pidfile=$1 what=$2 pid i
    cl_alive "$pidfile" || return 0
    pid=$(cat -- "$pidfile")
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    cl_log "$what (pid $pid) did not stop within 10 s; SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
}

cluster_down() {
    [[ -d $CLUSTER_DIR ]] || return 0
    # Only a directory that `start` made is stopped and deleted (JIPP_CLUSTER_DIR may name any directory).
    if [[ ! -e $CLUSTER_DIR/cluster.env && ! -e $CLUSTER_DIR/cluster.env.partial ]]; then
        cl_log "$CLUSTER_DIR holds no cluster (no cluster.env); nothing to stop"
        return 0
    fi
    if [[ -s $CLUSTER_DIR/cluster.env ]]; then
        # shellcheck source=/dev/null
        source "$CLUSTER_DIR/cluster.env"
    fi
    [[ -n ${PG_BIN:-} ]] || pg_find_bin
    cl_stop_pid "$CLUSTER_DIR/haproxy.pid" "haproxy"
    local f
    for f in "$CLUSTER_DIR"/instance*.pid; do
        [[ -e $f ]] || continue
        cl_stop_pid "$f" "$(basename -- "$f" .pid)"
    done
    cl_stop_pid "$CLUSTER_DIR/redis.pid" "redis"
    local d
    for d in "${STANDBY_DATA:-$CLUSTER_DIR/standby}" "${PRIMARY_DATA:-$CLUSTER_DIR/primary}"; do
        if [[ -f $d/PG_VERSION ]] && cl_pg "$PG_BIN/pg_ctl" status -D "$d" >/dev/null 2>&1; then
            cl_pg "$PG_BIN/pg_ctl" stop -D "$d" -m fast -w -t 30 >/dev/null 2>&1 \
                || cl_pg "$PG_BIN/pg_ctl" stop -D "$d" -m immediate -w -t 10 >/dev/null 2>&1 \
                || cl_log "warning: could not stop PostgreSQL in $d"
        fi
    done
    if [[ ${JIPP_CLUSTER_KEEP:-0} == 1 ]]; then
        cl_log "kept $CLUSTER_DIR (JIPP_CLUSTER_KEEP=1)"
        rm -f -- "$CLUSTER_DIR/cluster.env"
        return 0
    fi
    # pg.sh may have placed data or socket directories elsewhere under /tmp.
    for d in "${PRIMARY_DATA:-}" "${PRIMARY_SOCK:-}" "${STANDBY_DATA:-}" "${STANDBY_SOCK:-}"; do
        if [[ -n $d && $d != "$CLUSTER_DIR"/* ]]; then
            rm -rf -- "$d" "$d.log"
            rmdir -- "$(dirname -- "$d")" 2>/dev/null || true
        fi
    done
    rm -rf -- "$CLUSTER_DIR"
}

cluster_stop_primary() {
    cl_load_env
    cl_pg "$PG_BIN/pg_ctl" stop -D "$PRIMARY_DATA" -m immediate -w -t 30 >/dev/null \
        || cl_die "pg_ctl stop -m immediate of the primary failed"
    cl_log "primary stopped (immediate: no shutdown checkpoint, connections cut)"
}

cluster_promote() {
    cl_load_env
    cl_pg "$PG_BIN/pg_ctl" promote -D "$STANDBY_DATA" -w -t 60 >/dev/null || cl_die "pg_ctl promote of the standby failed"
    local r
    r=$(cl_psql "$STANDBY_SOCK" "$STANDBY_PORT" -d postgres -Atc "SELECT pg_is_in_recovery()")
    [[ $r == f ]] || cl_die "the standby is still in recovery after pg_ctl promote"
    cl_log "standby promoted: it is the primary now ($STANDBY_SOCK:$STANDBY_PORT)"
}

cluster_status() {
    cl_load_env
    local name sock port data r
    for name in primary standby; do
        if [[ $name == primary ]]; then sock=$PRIMARY_SOCK port=$PRIMARY_PORT data=$PRIMARY_DATA
        else sock=$STANDBY_SOCK port=$STANDBY_PORT data=$STANDBY_DATA; fi
        if r=$(cl_psql "$sock" "$port" -d postgres -Atc "SELECT CASE WHEN pg_is_in_recovery() THEN 'standby (in recovery)' ELSE 'primary (read-write)' END" 2>/dev/null); then
            printf 'postgres %-8s %s:%s  %s  data %s\n' "$name" "$sock" "$port" "$r" "$data"
            if [[ $r == primary* ]]; then
                cl_psql "$sock" "$port" -d postgres -Atc \
                    "SELECT '    replication to ' || application_name || ': ' || state || ', ' || sync_state || ', replay lag ' || coalesce(replay_lag::text, '0') FROM pg_stat_replication" 2>/dev/null || true
            fi
        else
            printf 'postgres %-8s %s:%s  down\n' "$name" "$sock" "$port"
        fi
    done
    if [[ $(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]]; then
        echo "redis             127.0.0.1:$REDIS_PORT  up"
    else
        echo "redis             127.0.0.1:$REDIS_PORT  down"
    fi
    local n port_var code
    for ((n = 1; n <= INSTANCES; n++)); do
        port_var=INSTANCE_PORT_$n
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:${!port_var}/health/ready" 2>/dev/null || true)
        if cl_alive "$CLUSTER_DIR/instance$n.pid"; then
            printf 'instance %s        http://127.0.0.1:%s  pid %s, /health/ready %s\n' "$n" "${!port_var}" "$(cat -- "$CLUSTER_DIR/instance$n.pid")" "$code"
        else
            printf 'instance %s        http://127.0.0.1:%s  not running\n' "$n" "${!port_var}"
        fi
    done
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$LB_PORT/health/ready" 2>/dev/null || true)
    printf 'load balancer     http://127.0.0.1:%s  /health/ready %s\n' "$LB_PORT" "$code"
}

cluster_up() {
    if [[ -z ${JIPP_CLUSTER_DIR:-} ]]; then
        CLUSTER_DIR=$(mktemp -d "${TMPDIR:-/tmp}/jipp-cluster.XXXXXX")
        rmdir -- "$CLUSTER_DIR"
    fi
    if [[ -z ${JIPP_CLUSTER_LB_PORT:-} ]] && cl_port_free 5080; then export JIPP_CLUSTER_LB_PORT=5080; fi
    local sleeper=''
    trap 'rc=$?; trap - EXIT INT TERM; [[ -z $sleeper ]] || kill "$sleeper" 2>/dev/null; cl_log "stopping the cluster"; cluster_down; exit $rc' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    cluster_start
    echo
    cluster_status
    echo
    echo "API (load balancer):  http://127.0.0.1:$LB_PORT   Swagger UI: http://127.0.0.1:$LB_PORT/swagger"
    echo "Admin API key:        in $ADMIN_KEY_FILE"
    echo "Cluster directory:    $CLUSTER_DIR (logs: instance*.log, haproxy.log, redis.log; PostgreSQL: $PRIMARY_LOG, $STANDBY_LOG)"
    echo "Other commands:       JIPP_CLUSTER_DIR=$CLUSTER_DIR scripts/cluster.sh status|kill-instance N|start-instance N|stop-primary|promote"
    echo "Ctrl+C stops everything."
    while true; do
        sleep 3600 &
        sleeper=$!
        wait "$sleeper" || true
    done
}

cluster_main() {
    local cmd=${1:-}
    shift || true
    case $cmd in
        up) cluster_up ;;
        start)
            # A start that fails half-way stops what it started.
            trap 'rc=$?; trap - EXIT; if [[ $rc -ne 0 ]]; then cl_log "start failed; stopping what was started"; cluster_down; fi; exit $rc' EXIT
            trap 'exit 130' INT
            trap 'exit 143' TERM
            cluster_start
            trap - EXIT INT TERM
            cluster_status
            ;;
        status) cluster_status ;;
        kill-instance) cl_load_env; cl_kill_instance "${1:?instance number}" ;;
        start-instance) cl_load_env; cl_start_instance "${1:?instance number}" ;;
        stop-primary) cluster_stop_primary ;;
        promote) cluster_promote ;;
        down) cluster_down ;;
        *)
            sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//' >&2
            [[ $cmd == -h || $cmd == --help || $cmd == help ]] && return 0
            return 2
            ;;
    esac
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    cluster_main "$@"
fi

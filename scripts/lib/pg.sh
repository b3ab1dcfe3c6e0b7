# shellcheck shell=bash
#
# Helpers to run a private PostgreSQL cluster from the server binaries of the
# machine (no Docker needed). Sourced by scripts/run.sh and scripts/test.sh.
#
# Public functions:
#   pg_find_bin                     sets PG_BIN (installs `postgresql` via apt as a last resort)
#   pg_start_cluster [opts] DATADIR SOCKDIR PORT [PASSWORD_FILE]
#   pg_stop_cluster DATADIR
#   pg_psql ARGS...                 psql as superuser `postgres` on the last started cluster
#   pg_pick_free_port               prints a random free port in 20000-60000
#   pg_gen_secret NBYTES            prints NBYTES random bytes as unpadded base64url
#
# PostgreSQL refuses to run as root, so when we are root every server binary
# runs as the `postgres` OS user (runuser) and the directories it needs are
# chowned to it. As a normal user everything runs directly.

# ---------------------------------------------------------------- utilities

# Results of pg_start_cluster, read by the sourcing scripts.
# shellcheck disable=SC2034
PG_DATADIR='' PG_SOCKDIR='' PG_PORT='' PG_LOGFILE='' PG_STARTED=0

pg_log() { printf '[pg] %s\n' "$*" >&2; }
pg_die() { printf '[pg] ERROR: %s\n' "$*" >&2; exit 1; }

_pg_is_root() { [[ $(id -u) -eq 0 ]]; }

# Run a command as the cluster owner. cd / first: the caller's directory may
# not be readable by `postgres`, and initdb/pg_ctl complain about that.
_pg_as_owner() {
    if _pg_is_root; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

# Give a path we created to the cluster owner (no-op unless root).
_pg_own() {
    if _pg_is_root; then chown postgres:postgres "$@"; fi
}

pg_gen_secret() {
    head -c "${1:-32}" /dev/urandom | base64 -w0 | tr '+/' '-_' | tr -d '='
}

# ------------------------------------------------------------- binary lookup

_pg_newest_bindir() {
    local d
    # Newest major version first (sort -V handles 9.6 < 15 < 16).
    # shellcheck disable=SC2012  # these paths have no odd characters
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
        if [[ -x $d/initdb && -x $d/pg_ctl ]]; then printf '%s\n' "$d"; return 0; fi
    done
    # Non-Debian layouts: binaries on PATH or reported by pg_config.
    if command -v pg_config >/dev/null 2>&1; then
        d=$(pg_config --bindir 2>/dev/null || true)
        if [[ -n $d && -x $d/initdb ]]; then printf '%s\n' "$d"; return 0; fi
    fi
    d=$(command -v initdb 2>/dev/null || true)
    if [[ -n $d ]]; then dirname -- "$d"; return 0; fi
    return 1
}

pg_find_bin() {
    if [[ -n ${PG_BIN:-} && -x ${PG_BIN}/initdb ]]; then return 0; fi
    if PG_BIN=$(_pg_newest_bindir); then export PG_BIN; return 0; fi

    if command -v apt-get >/dev/null 2>&1; then
        local sudo=()
        if ! _pg_is_root; then
            command -v sudo >/dev/null 2>&1 || pg_die "PostgreSQL server binaries not found and not root; install them: apt-get install postgresql"
            sudo=(sudo)
        fi
        pg_log "PostgreSQL server binaries not found; installing the 'postgresql' package with apt-get..."
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
            || pg_die "apt-get update failed"
        # The Debian package creates and starts a system cluster; we do not use it.
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
            || pg_die "apt-get install postgresql failed"
        if PG_BIN=$(_pg_newest_bindir); then export PG_BIN; return 0; fi
    fi
    pg_die "PostgreSQL server binaries (initdb, pg_ctl) not found. Install PostgreSQL (e.g. 'apt-get install postgresql'), set PG_BIN=/path/to/bin, or set ConnectionStrings__Default / JIPP_TEST_POSTGRES to an existing server."
}

# ----------------------------------------------------------- directory logic

# Fallback location under /tmp for DIR: keyed on DIR's parent, so sibling
# directories (data and socket dir) stay together, and stable, so that start,
# stop and later runs agree on it.
_pg_fallback_dir() {
    local dir=$1 sum
    sum=$(dirname -- "$dir" | cksum | cut -d' ' -f1)
    printf '/tmp/pg-%s-%s/%s\n' "$(id -u)" "$sum" "$(basename -- "$dir")"
}

# Print the directory to actually use for DIR. As root, the cluster owner must
# be able to traverse DIR's parent (e.g. a repo under /root, mode 700, is not);
# if it cannot, a directory under /tmp is used instead.
pg_effective_dir() {
    local dir parent fb
    dir=$(realpath -m -- "$1")
    if ! _pg_is_root; then printf '%s\n' "$dir"; return 0; fi

    parent=$(dirname -- "$dir")
    mkdir -p -- "$parent"
    if runuser -u postgres -- test -x "$parent" 2>/dev/null; then
        printf '%s\n' "$dir"; return 0
    fi
    fb=$(_pg_fallback_dir "$dir")
    parent=$(dirname -- "$fb")
    mkdir -p -- "$parent"
    # Guard against someone else having planted this /tmp path for us.
    if [[ -L $parent || $(stat -c %u -- "$parent") -ne 0 ]]; then
        pg_die "$parent is not a root-owned directory; refusing to use it"
    fi
    chmod 755 -- "$parent"
    printf '%s\n' "$fb"
}

# Unix socket paths are limited to ~107 bytes; fall back to a short /tmp path.
_pg_effective_sockdir() {
    local dir=$1 port=$2
    if (( ${#dir} + ${#port} + 12 > 100 )); then
        local fb
        fb=$(_pg_fallback_dir "$dir")
        dir=$fb
        mkdir -p -- "$(dirname -- "$dir")"
        chmod 755 -- "$(dirname -- "$dir")"
    fi
    printf '%s\n' "$dir"
}

# Quote a value for postgresql.conf.
_pg_conf_quote() { printf "'%s'" "${1//\'/\'\'}"; }

# --------------------------------------------------------- start / stop

# pg_start_cluster [--listen ADDR] [--throwaway] [--max-connections N]
#                  DATADIR SOCKDIR PORT [PASSWORD_FILE]
#
#   --listen ADDR   TCP listen_addresses ('' = Unix socket only, the default)
#   --throwaway     fsync/full_page_writes/synchronous_commit off: fast but
#                   not crash safe; only for disposable test clusters
#   PASSWORD_FILE   scram-sha-256 auth for every connection, superuser
#                   `postgres` gets the password in this file (created with a
#                   random password at first initdb). Without it: trust auth.
#
# initdb runs only when DATADIR has no PG_VERSION. If the cluster is already
# running it is reused. Sets: PG_DATADIR PG_SOCKDIR PG_PORT PG_LOGFILE and
# PG_STARTED (1 if this call started the server, 0 if it was already running).
pg_start_cluster() {
    local listen='' throwaway=0 max_conn=''
    while [[ $# -gt 0 ]]; do
        case $1 in
            --listen) listen=$2; shift 2 ;;
            --throwaway) throwaway=1; shift ;;
            --max-connections) max_conn=$2; shift 2 ;;
            --) shift; break ;;
            -*) pg_die "pg_start_cluster: unknown option $1" ;;
            *) break ;;
        esac
    done
    [[ $# -ge 3 ]] || pg_die "usage: pg_start_cluster [opts] DATADIR SOCKDIR PORT [PASSWORD_FILE]"
    local datadir sockdir port=$3 pwfile=${4:-} logfile
    pg_find_bin
    if _pg_is_root; then
        id postgres >/dev/null 2>&1 || pg_die "running as root but there is no 'postgres' OS user to own the cluster (PostgreSQL refuses to run as root)"
        command -v runuser >/dev/null 2>&1 || pg_die "running as root but 'runuser' is missing (util-linux)"
    fi

    # (`|| exit 1`: pg_die inside $(...) only leaves the subshell.)
    datadir=$(pg_effective_dir "$1") || exit 1
    sockdir=$(pg_effective_dir "$2") || exit 1
    sockdir=$(_pg_effective_sockdir "$sockdir" "$port") || exit 1
    local req_data req_sock
    req_data=$(realpath -m -- "$1") req_sock=$(realpath -m -- "$2")
    if [[ $datadir != "$req_data" ]]; then
        pg_log "user 'postgres' cannot reach $(dirname -- "$req_data"); using $datadir instead"
    fi
    if [[ $sockdir != "$req_sock" && $(dirname -- "$sockdir") != "$(dirname -- "$datadir")" ]]; then
        pg_log "using socket directory $sockdir instead of $req_sock (path too long or not reachable)"
    fi
    logfile="$(dirname -- "$datadir")/$(basename -- "$datadir").log"
    # shellcheck disable=SC2034
    PG_DATADIR=$datadir PG_SOCKDIR=$sockdir PG_PORT=$port PG_LOGFILE=$logfile PG_STARTED=0

    # Socket dir private to the owner: root bypasses the mode, and a trust-auth
    # test cluster must not be reachable by other local users.
    mkdir -p -- "$sockdir"
    _pg_own "$sockdir"
    chmod 700 -- "$sockdir"

    if [[ ! -f $datadir/PG_VERSION ]]; then
        mkdir -p -- "$datadir"
        _pg_own "$datadir"
        chmod 700 -- "$datadir"
        local auth_args=(--auth=trust) tmp_pw=''
        if [[ -n $pwfile ]]; then
            if [[ ! -s $pwfile ]]; then
                (umask 077 && pg_gen_secret 24 >"$pwfile")
                pg_log "generated database password in $pwfile"
            fi
            # initdb reads the password as the cluster owner, which may not
            # be able to read $pwfile (root-owned, mode 600): hand it a copy.
            tmp_pw=$(mktemp)
            cat -- "$pwfile" >"$tmp_pw"
            _pg_own "$tmp_pw"
            auth_args=(--auth=scram-sha-256 --pwfile="$tmp_pw")
        fi
        local locale_args=(--no-locale)
        if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then locale_args=(--locale=C.UTF-8); fi
        pg_log "initdb $datadir"
        if ! _pg_as_owner "$PG_BIN/initdb" -D "$datadir" -U postgres -E UTF8 "${locale_args[@]}" \
                "${auth_args[@]}" >"$datadir.initdb.log" 2>&1; then
            [[ -z $tmp_pw ]] || rm -f -- "$tmp_pw"
            cat -- "$datadir.initdb.log" >&2
            pg_die "initdb failed for $datadir"
        fi
        [[ -z $tmp_pw ]] || rm -f -- "$tmp_pw"
        rm -f -- "$datadir.initdb.log"
        # Our settings live in a file included from postgresql.conf and
        # rewritten at every start (port or socket dir may change).
        printf "\ninclude_if_exists = 'local.conf'\n" >>"$datadir/postgresql.conf"
    elif [[ -n $pwfile && ! -s $pwfile ]]; then
        pg_die "cluster $datadir exists but password file $pwfile is missing; delete $datadir to start afresh"
    fi

    {
        echo "# Written by scripts/lib/pg.sh at each start; edits are overwritten."
        echo "listen_addresses = $(_pg_conf_quote "$listen")"
        echo "port = $port"
        echo "unix_socket_directories = $(_pg_conf_quote "$sockdir")"
        echo "unix_socket_permissions = 0700"
        [[ -z $max_conn ]] || echo "max_connections = $max_conn"
        if [[ $throwaway -eq 1 ]]; then
            echo "fsync = off"
            echo "full_page_writes = off"
            echo "synchronous_commit = off"
        fi
    } >"$datadir/local.conf"
    _pg_own "$datadir/local.conf"

    if _pg_as_owner "$PG_BIN/pg_ctl" status -D "$datadir" >/dev/null 2>&1; then
        pg_log "cluster $datadir is already running; reusing it"
    else
        touch -- "$logfile"
        _pg_own "$logfile"
        pg_log "starting PostgreSQL ($("$PG_BIN/postgres" --version | awk '{print $3}')) in $datadir, port $port, log $logfile"
        if ! _pg_as_owner "$PG_BIN/pg_ctl" start -D "$datadir" -l "$logfile" -w -t 20 >/dev/null 2>&1; then
            echo "----- $logfile (last 50 lines) -----" >&2
            tail -n 50 -- "$logfile" >&2 || true
            pg_die "PostgreSQL failed to start (see above)"
        fi
        # shellcheck disable=SC2034
        PG_STARTED=1
    fi

    local i
    for ((i = 0; i < 80; i++)); do
        if "$PG_BIN/pg_isready" -q -h "$sockdir" -p "$port" -t 1; then return 0; fi
        sleep 0.25
    done
    echo "----- $logfile (last 50 lines) -----" >&2
    tail -n 50 -- "$logfile" >&2 || true
    pg_die "PostgreSQL did not become ready within 20 s"
}

# pg_stop_cluster DATADIR — fast shutdown; fine if it is not running.
pg_stop_cluster() {
    local datadir
    [[ $# -ge 1 ]] || pg_die "usage: pg_stop_cluster DATADIR"
    pg_find_bin
    datadir=$(pg_effective_dir "$1") || exit 1
    [[ -f $datadir/PG_VERSION ]] || return 0
    if ! _pg_as_owner "$PG_BIN/pg_ctl" status -D "$datadir" >/dev/null 2>&1; then
        return 0
    fi
    pg_log "stopping PostgreSQL in $datadir"
    if ! _pg_as_owner "$PG_BIN/pg_ctl" stop -D "$datadir" -m fast -w -t 30 >/dev/null 2>&1; then
        _pg_as_owner "$PG_BIN/pg_ctl" stop -D "$datadir" -m immediate -w -t 10 >/dev/null 2>&1 \
            || pg_log "warning: could not stop PostgreSQL in $datadir"
    fi
    return 0
}

# psql as superuser on the cluster last started by pg_start_cluster.
# Set PGPASSWORD beforehand for a password-protected cluster.
pg_psql() {
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKDIR" -p "$PG_PORT" -U postgres "$@"
}

# A random TCP port in 20000-60000 that nothing listens on and for which no
# PostgreSQL socket exists in the usual shared socket directories.
pg_pick_free_port() {
    local port i
    for ((i = 0; i < 50; i++)); do
        port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40001 ))
        [[ -e /tmp/.s.PGSQL.$port || -e /var/run/postgresql/.s.PGSQL.$port ]] && continue
        # A successful connect means the port is taken.
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
        printf '%s\n' "$port"; return 0
    done
    pg_die "could not find a free port"
}

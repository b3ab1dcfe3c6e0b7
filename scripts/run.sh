#!/usr/bin/env bash
#
# Run the Jipp API locally: ./scripts/run.sh [extra `dotnet run` args]
#
# Database, first match wins:
#   1. ConnectionStrings__Default is set      -> used as is
#   2. a Docker engine and `docker compose`   -> the `db` service of docker-compose.yml
#   3. otherwise                              -> a private PostgreSQL cluster kept in
#                                                .data/ (port 55432 on 127.0.0.1)
# Whatever this script starts (cluster or compose db) it stops again on exit.
#
# The public page at / is built from web/ first (needs node and npm; see scripts/lib/web.sh).
#
# Environment:
#   ConnectionStrings__Default  Npgsql connection string; skips database setup
#   JIPP_ADMIN_API_KEY          bootstrap admin key; generated once into .data/admin-api-key
#   ASPNETCORE_URLS             default http://localhost:5080
#   ASPNETCORE_ENVIRONMENT      default Development
#   POSTGRES_PASSWORD           password of the compose db (default as in docker-compose.yml)
#   JIPP_NO_DOCKER=1            never use Docker, always the local cluster
#   JIPP_DATA_DIR               state directory (default <repo>/.data)
#   JIPP_PG_PORT                port of the local cluster (default 55432)
#   PG_BIN                      directory of the PostgreSQL server binaries
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/lib/pg.sh
source "$ROOT/scripts/lib/pg.sh"
# shellcheck source=scripts/lib/web.sh
source "$ROOT/scripts/lib/web.sh"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

DATA_DIR=$(realpath -m -- "${JIPP_DATA_DIR:-$ROOT/.data}")
PG_PORT_LOCAL=${JIPP_PG_PORT:-55432}
# Must match the default in docker-compose.yml and .env.example.
COMPOSE_DEFAULT_PASSWORD=jipp-dev-password

log() { printf '[run] %s\n' "$*" >&2; }

# ------------------------------------------------------------ cleanup on exit

STARTED_CLUSTER=''   # data dir of the cluster we started
STARTED_COMPOSE=0
DOTNET_PID=''

# shellcheck disable=SC2317  # invoked through the traps
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n $DOTNET_PID ]] && kill -0 "$DOTNET_PID" 2>/dev/null; then
        log "stopping the API..."
        # `dotnet run` forwards SIGTERM to the app, which shuts down gracefully.
        kill -TERM "$DOTNET_PID" 2>/dev/null || true
        local i
        for ((i = 0; i < 150; i++)); do
            kill -0 "$DOTNET_PID" 2>/dev/null || break
            sleep 0.2
        done
        if kill -0 "$DOTNET_PID" 2>/dev/null; then
            log "API did not stop within 30 s; killing it"
            pkill -KILL -P "$DOTNET_PID" 2>/dev/null || true
            kill -KILL "$DOTNET_PID" 2>/dev/null || true
        fi
        wait "$DOTNET_PID" 2>/dev/null || true
    fi
    if [[ -n $STARTED_CLUSTER ]]; then
        pg_stop_cluster "$STARTED_CLUSTER" || true
    fi
    if [[ $STARTED_COMPOSE -eq 1 ]]; then
        log "stopping the compose db service (data stays in its volume)"
        docker compose stop db >/dev/null 2>&1 || log "warning: 'docker compose stop db' failed"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ----------------------------------------------------------- admin API key

mkdir -p -- "$DATA_DIR"
if [[ -z ${JIPP_ADMIN_API_KEY:-} ]]; then
    key_file=$DATA_DIR/admin-api-key
    if [[ ! -s $key_file ]]; then
        (umask 077 && printf 'jipp_%s\n' "$(pg_gen_secret 32)" >"$key_file")
        log "generated a bootstrap admin API key into $key_file"
    fi
    JIPP_ADMIN_API_KEY=$(head -n1 -- "$key_file")
    export JIPP_ADMIN_API_KEY
    echo "Admin API key (stored in ${key_file#"$ROOT"/}):"
    echo "    $JIPP_ADMIN_API_KEY"
    echo "Paste it into Swagger UI's 'Authorize' button to call the admin endpoints."
else
    # Supplied by the caller: do not echo a secret we did not create.
    echo "Admin API key: the value of JIPP_ADMIN_API_KEY (paste it into Swagger UI's 'Authorize' button)."
fi

# ---------------------------------------------------------------- database

docker_usable() {
    [[ ${JIPP_NO_DOCKER:-0} != 1 ]] || return 1
    command -v docker >/dev/null 2>&1 || return 1
    timeout 15 docker info >/dev/null 2>&1 || return 1
    docker compose version >/dev/null 2>&1
}

# POSTGRES_PASSWORD as docker compose will see it (shell env, then .env file).
compose_password() {
    if [[ -n ${POSTGRES_PASSWORD:-} ]]; then printf '%s' "$POSTGRES_PASSWORD"; return; fi
    local v=''
    if [[ -f .env ]]; then
        v=$(sed -n 's/^[[:space:]]*POSTGRES_PASSWORD[[:space:]]*=[[:space:]]*//p' .env | tail -n1)
        v=${v%\"}; v=${v#\"}; v=${v%\'}; v=${v#\'}
    fi
    printf '%s' "${v:-$COMPOSE_DEFAULT_PASSWORD}"
}

if [[ -n ${ConnectionStrings__Default:-} ]]; then
    log "using ConnectionStrings__Default from the environment"
elif docker_usable; then
    log "starting the 'db' service with docker compose..."
    STARTED_COMPOSE=1
    # --wait returns once the healthcheck passes (fails if it never does).
    docker compose up -d --wait db
    db_password=$(compose_password)
    export ConnectionStrings__Default="Host=localhost;Port=5432;Database=jipp;Username=jipp;Password=$db_password"
else
    log "no ConnectionStrings__Default and no Docker engine: using a local PostgreSQL cluster in $DATA_DIR"
    pw_file=$DATA_DIR/pg-password
    STARTED_CLUSTER=$DATA_DIR/pg
    pg_start_cluster --listen 127.0.0.1 "$DATA_DIR/pg" "$DATA_DIR/run" "$PG_PORT_LOCAL" "$pw_file"
    # Reusing a cluster another run.sh started: leave stopping it to that run.
    [[ $PG_STARTED -eq 1 ]] || STARTED_CLUSTER=''

    # One password (generated at first initdb) for superuser and app role.
    PGPASSWORD=$(head -n1 -- "$pw_file")
    export PGPASSWORD
    # Idempotent: app role `jipp` owning database `jipp`. The password goes in
    # through stdin (not argv, which other users can see in ps).
    pg_psql -d postgres <<SQL
SELECT 'CREATE ROLE jipp LOGIN'
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jipp') \gexec
ALTER ROLE jipp LOGIN PASSWORD '${PGPASSWORD//\'/\'\'}';
SELECT 'CREATE DATABASE jipp OWNER jipp'
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'jipp') \gexec
SQL
    export ConnectionStrings__Default="Host=127.0.0.1;Port=$PG_PORT_LOCAL;Database=jipp;Username=jipp;Password=$PGPASSWORD"
    unset PGPASSWORD
fi

# ------------------------------------------------------------------- API

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://localhost:5080}

# The public page at / (npm and esbuild, scripts/lib/web.sh). Without node and npm the API runs all the
# same, and / says how to build the page.
web_build_page log || log "the public page is not built; the API runs without it"

# Swagger link for the first URL, with wildcard hosts shown as localhost.
first_url=${ASPNETCORE_URLS%%;*}
first_url=$(sed -E 's#://(\+|\*|0\.0\.0\.0|\[::\])#://localhost#' <<<"$first_url")
echo "The network at a glance: ${first_url%/}/"
echo "Swagger UI: ${first_url%/}/swagger"

# In the background so that the traps can run while it is up; without job
# control its stdin is /dev/null. --no-launch-profile: launchSettings.json
# would otherwise override ASPNETCORE_URLS/ASPNETCORE_ENVIRONMENT.
dotnet run --project src/Api/Jipp.Api.csproj -c Release --no-launch-profile "$@" &
DOTNET_PID=$!
set +e
wait "$DOTNET_PID"
rc=$?
set -e
DOTNET_PID=''
exit "$rc"

#!/usr/bin/env bash
#
# Benchmark the JIPP Hub API against a bare baseline (bench/Baseline) at one million innovations:
#
#   bash bench/run.sh                          # full run, 1,000,000 innovations
#   BENCH_INNOVATIONS=100000 bash bench/run.sh # quick run for development
#
# Builds in Release, starts a private PostgreSQL cluster (stopped on exit), lets the service
# migrate it, loads the registry with bench/Generator (binary COPY), counts the matches of each
# benchmark search query (samples/search-queries.tsv), then drives the service and the baseline in
# turn with wrk over loopback. Prints the scenario table and the query table and writes them to
# bench/results/latest.md (and a copy named after the date).
#
# Environment:
#   BENCH_INNOVATIONS   innovations to load (default 1000000)
#   BENCH_DURATION      seconds measured per scenario and target (default 12)
#   BENCH_WARMUP        seconds of warm-up before each measurement (default 3)
#   BENCH_CONNECTIONS   concurrent connections (default 16; the registration scenarios name their own: 2 and 16)
#   BENCH_THREADS       wrk threads (default 2)
#   BENCH_DATA_DIR      cluster and samples (default bench/.data; wiped at start)
#   BENCH_KEEP_DATA=1   reuse a cluster loaded by an earlier run with the same BENCH_INNOVATIONS
#   BENCH_ONLY          only scenarios whose name contains this text
#   PG_BIN              directory of the PostgreSQL server binaries
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/lib/pg.sh
source "$ROOT/scripts/lib/pg.sh"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

INNOVATIONS=${BENCH_INNOVATIONS:-1000000}
DURATION=${BENCH_DURATION:-12}
WARMUP=${BENCH_WARMUP:-3}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
ONLY=${BENCH_ONLY:-}
DATA=$(realpath -m -- "${BENCH_DATA_DIR:-$ROOT/bench/.data}")
RESULTS=$ROOT/bench/results
WORK=$DATA/work

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

# CPU time (user + system) of PID in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
CLK_TCK=$(getconf CLK_TCK)

# ------------------------------------------------------------------ cleanup

SERVICE_PID='' BASELINE_PID='' SAMPLER_PID='' CLUSTER=''
stop_pid() {
    local pid=$1 i
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
# shellcheck disable=SC2317  # invoked through the trap
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_pid "$SAMPLER_PID"
    stop_pid "$SERVICE_PID"
    stop_pid "$BASELINE_PID"
    [[ -z $CLUSTER ]] || pg_stop_cluster "$CLUSTER" || true
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ------------------------------------------------------------------ tools

if ! command -v wrk >/dev/null 2>&1; then
    log "installing wrk (Debian package)..."
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1 \
        || { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; } \
        || die "could not install wrk; install it (apt-get install wrk) and run again"
fi
command -v curl >/dev/null 2>&1 || die "curl is needed"

# The service is published as a deployment would be (Release), precompiled with ReadyToRun so that
# start-up does not wait for the JIT; the baseline and the generator are plain Release builds.
log "publishing the service (Release, ReadyToRun) and building the baseline and the generator..."
BUILD_LOG=$ROOT/bench/.build.log
RID=linux-$(case $(uname -m) in aarch64) echo arm64 ;; *) echo x64 ;; esac)
dotnet publish src/Api -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true -o "$ROOT/bench/.build/service" -v q -nologo >"$BUILD_LOG" 2>&1 \
    || { cat "$BUILD_LOG" >&2; die "publishing the service failed"; }
for project in bench/Baseline bench/Generator; do
    dotnet build "$project" -c Release -v q -nologo >"$BUILD_LOG" 2>&1 || { cat "$BUILD_LOG" >&2; die "build of $project failed"; }
done
rm -f "$BUILD_LOG"
API_DLL=$ROOT/bench/.build/service/Jipp.Api.dll
BASELINE_DLL=$ROOT/bench/Baseline/bin/Release/net10.0/Jipp.Bench.Baseline.dll
GENERATOR_DLL=$ROOT/bench/Generator/bin/Release/net10.0/Jipp.Bench.Generator.dll

# ------------------------------------------------------------------ database

loaded_marker=$DATA/loaded-innovations
reuse=0
if [[ ${BENCH_KEEP_DATA:-0} == 1 && -f $loaded_marker && $(cat "$loaded_marker") == "$INNOVATIONS" ]]; then
    reuse=1
    log "reusing the cluster in $DATA ($INNOVATIONS innovations)"
else
    rm -rf -- "$DATA"
fi
mkdir -p "$DATA" "$WORK" "$RESULTS"

PORT=$(cat "$DATA/pg-port" 2>/dev/null || pg_pick_free_port)
echo "$PORT" >"$DATA/pg-port"
CLUSTER=$DATA/pg
pg_start_cluster --listen 127.0.0.1 --max-connections 200 "$DATA/pg" "$DATA/run" "$PORT"
if [[ $reuse -eq 0 ]]; then
    # A server sized for the machine (2 cores, the data set in memory), durable as in production.
    pg_psql -d postgres <<'SQL'
ALTER SYSTEM SET shared_buffers = '1GB';
ALTER SYSTEM SET effective_cache_size = '4GB';
ALTER SYSTEM SET work_mem = '16MB';
ALTER SYSTEM SET maintenance_work_mem = '512MB';
ALTER SYSTEM SET random_page_cost = 1.1;
ALTER SYSTEM SET jit = off;
ALTER SYSTEM SET max_wal_size = '4GB';
ALTER SYSTEM SET checkpoint_timeout = '15min';
CREATE DATABASE jipp;
SQL
    pg_stop_cluster "$DATA/pg"
    pg_start_cluster --listen 127.0.0.1 --max-connections 200 "$DATA/pg" "$DATA/run" "$PORT"
fi
CONNECTION="Host=127.0.0.1;Port=$PORT;Database=jipp;Username=postgres"

# ------------------------------------------------------------------ service

# Kept with the cluster, so that a run on a kept cluster restarts the service as a deployment restarts:
# with the key it already holds (a new key is written at start, which is not what a restart measures).
ADMIN_KEY=$(cat "$DATA/admin-key" 2>/dev/null || true)
[[ -n $ADMIN_KEY ]] || { ADMIN_KEY="jipp_$(pg_gen_secret 32)"; echo "$ADMIN_KEY" >"$DATA/admin-key"; }
SERVICE_URL=http://127.0.0.1:$(pg_pick_free_port)
BASELINE_URL=http://127.0.0.1:$(pg_pick_free_port)

wait_ready() { # URL PID -> prints milliseconds until /health/ready answered 200
    local url=$1 pid=$2 started i
    started=$(date +%s%N)
    for ((i = 0; i < 1200; i++)); do
        kill -0 "$pid" 2>/dev/null || return 1
        if curl -sf -o /dev/null "$url/health/ready"; then
            echo $(( ($(date +%s%N) - started) / 1000000 ))
            return 0
        fi
        sleep 0.02
    done
    return 1
}

start_service() {
    local started
    started=$(date +%s%N)
    # From its output directory, so that it reads its appsettings.json as a deployment would.
    (cd "$(dirname "$API_DLL")" && exec env ConnectionStrings__Default="$CONNECTION" ASPNETCORE_URLS="$SERVICE_URL" ASPNETCORE_ENVIRONMENT=Production \
        Jipp__SeedDemoData=false Jipp__RateLimiting__Enabled=false Jipp__SwaggerUi=false JIPP_ADMIN_API_KEY="$ADMIN_KEY" \
        dotnet "$API_DLL" >>"$DATA/service.log" 2>&1) &
    SERVICE_PID=$!
    wait_ready "$SERVICE_URL" "$SERVICE_PID" >/dev/null || { tail -n 40 "$DATA/service.log" >&2; die "the service did not become ready"; }
    READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
    READY_CPU_MS=$(( $(cpu_ticks "$SERVICE_PID") * 1000 / CLK_TCK ))
}

if [[ $reuse -eq 0 ]]; then
    log "first start of the service: migrations and reference data"
    start_service
    stop_pid "$SERVICE_PID"; SERVICE_PID=''
    log "loading $INNOVATIONS innovations with bench/Generator..."
    dotnet "$GENERATOR_DLL" --connection "$CONNECTION" --innovations "$INNOVATIONS" --out "$DATA/samples" >&2
    echo "$INNOVATIONS" >"$loaded_marker"
fi

pg_psql -d jipp -At -c "SELECT 'innovations: ' || count(*) FROM innovations" >&2
pg_psql -d jipp -At -c "SELECT 'database size: ' || pg_size_pretty(pg_database_size('jipp'))" >&2

log "starting the service on the loaded database (start to ready is measured)"
start_service
log "service ready in $READY_MS ms (pid $SERVICE_PID)"
RECENT_WORDS_LOCK=20909757570373449 # RecentWordsIndex's advisory lock ("JIPPRWI")
RECENT_WORDS_INDEXES="SELECT c.relname AS name FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid WHERE c.relname LIKE 'ix\\_innovations\\_recent\\_words\\_%' AND x.indisvalid"
# At its first start on a database the service builds the indexes of the newest innovations' words in the background
# (ADR 31; concurrently, 10–20 s of both cores at a million), holding an advisory lock while it checks and builds. The
# scenarios measure the running service, so they start once an index is there and the lock is free; start to ready is
# measured above without them.
log "waiting for the indexes of the newest innovations' words"
sleep 2
for ((i = 0; i < 600; i++)); do
    [[ $(pg_psql -d jipp -At -c "SELECT (SELECT count(*) FROM ($RECENT_WORDS_INDEXES) AS i) > 0 AND pg_try_advisory_lock($RECENT_WORDS_LOCK) AND pg_advisory_unlock($RECENT_WORDS_LOCK)" 2>/dev/null) == t ]] && break
    sleep 1
done
log "indexes of the newest innovations' words after $i s: $(pg_psql -d jipp -At -c "SELECT string_agg(name, ', ') FROM ($RECENT_WORDS_INDEXES) AS i")"

env ConnectionStrings__Default="$CONNECTION" ASPNETCORE_URLS="$BASELINE_URL" dotnet "$BASELINE_DLL" >"$DATA/baseline.log" 2>&1 &
BASELINE_PID=$!
wait_ready "$BASELINE_URL" "$BASELINE_PID" >/dev/null || { tail -n 40 "$DATA/baseline.log" >&2; die "the baseline did not become ready"; }

# ------------------------------------------------------------------ clients and inputs

HUB=''
{ read -r PROVINCE; read -r SECTOR; read -r AGENCY; read -r HUB; } <"$DATA/samples/list-filter.txt" || true
[[ -n $HUB && -f $DATA/samples/search-queries.tsv ]] || die "the samples in $DATA predate the hub and the query set: load again (without BENCH_KEEP_DATA)"
json_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
AGENCY_KEY=$(curl -sf -X POST "$SERVICE_URL/api/v1/api-clients" -H "X-Api-Key: $ADMIN_KEY" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Benchmark agency $(date +%s)\",\"role\":\"agency\",\"agencyId\":\"$AGENCY\"}" | json_field key)
[[ -n $AGENCY_KEY ]] || die "could not create the agency API client"

sed 's|^|/api/v1/innovations/|' "$DATA/samples/innovation-ids.txt" >"$WORK/get.paths"
sed 's|^|/api/v1/innovations?q=|' "$DATA/samples/search-terms.txt" >"$WORK/search.paths"
# The lists of the reads issue: each filter alone and the combinations dashboards use, on the largest
# province that has a hub, its hub, its most common sector; state=submitted only means something to an
# agency (anonymous callers see published innovations only).
list_path() { echo "/api/v1/innovations?$2" >"$WORK/list-$1.paths"; }
list_path province "provinceCode=$PROVINCE"
list_path sector "sector=$SECTOR"
list_path hub "hubId=$HUB"
list_path state "state=published"
list_path province-sector "provinceCode=$PROVINCE&sector=$SECTOR"
list_path province-state "provinceCode=$PROVINCE&state=published"
list_path province-submitted "provinceCode=$PROVINCE&state=submitted"
list_path hub-sector "hubId=$HUB&sector=$SECTOR"
LIST="/api/v1/innovations?provinceCode=$PROVINCE&sector=$SECTOR"
echo "/api/v1/statistics/overview" >"$WORK/stats.paths"

# A deep page: follow nextCursor (100 items a page) up to 40 pages in, on each target's own cursors.
deep_cursor() {
    local url=$1 cursor='' next page
    for ((page = 0; page < 40; page++)); do
        next=$(curl -sf "$url$LIST&pageSize=100${cursor:+&cursor=$cursor}" | sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p')
        [[ -n $next ]] || break
        cursor=$next
    done
    echo "$cursor"
}
DEEP_SERVICE=$(deep_cursor "$SERVICE_URL")
DEEP_BASELINE=$(deep_cursor "$BASELINE_URL")
echo "$LIST&cursor=$DEEP_SERVICE" >"$WORK/deep-service.paths"
echo "$LIST&cursor=$DEEP_BASELINE" >"$WORK/deep-baseline.paths"

cat bench/wrk/paths.lua bench/wrk/report.lua >"$WORK/paths.lua"
cat bench/wrk/unique.lua bench/wrk/report.lua >"$WORK/unique.lua"
cat bench/wrk/register.lua bench/wrk/report.lua >"$WORK/register.lua"
cat bench/wrk/bodies.lua bench/wrk/report.lua >"$WORK/bodies.lua"
# Matchmaking: the problem statements of bench/matchmaking-problems.tsv (sector, tab, problem) as bodies, asked from the
# list filters' province; "similar" of the sampled innovations.
awk -F'\t' -v province="$PROVINCE" '{ printf "{\"problem\":\"%s\"%s,\"provinceCode\":\"%s\"}\n", $2, ($1 == "" ? "" : ",\"sector\":\"" $1 "\""), province }' \
    bench/matchmaking-problems.tsv >"$WORK/matchmaking.bodies"
head -n 500 "$DATA/samples/innovation-ids.txt" | sed 's|^\(.*\)$|/api/v1/innovations/\1/similar|' >"$WORK/similar.paths"

# How many published innovations each benchmark query matches, as the search sees them.
log "counting the matches of the benchmark queries"
QUERY_ROWS=()
while IFS=$'\t' read -r category query matches share; do
    QUERY_ROWS+=("| $category | \`$query\` | $matches | $share |")
done < <({
    echo "CREATE TEMP TABLE bench_queries (position int, category text, query text);"
    echo "COPY bench_queries FROM STDIN;"
    cat "$DATA/samples/search-queries.tsv"
    echo '\.'
    echo "SELECT q.category, q.query, m.n, to_char(100.0 * m.n / greatest(p.n, 1), 'FM990.00') || ' %'
          FROM bench_queries AS q
          CROSS JOIN (SELECT count(*) AS n FROM innovations WHERE state = 'Published') AS p
          CROSS JOIN LATERAL (SELECT count(*) AS n FROM innovations AS i
                              WHERE i.state = 'Published' AND i.search_vector @@ websearch_to_tsquery('indonesian', q.query)) AS m
          ORDER BY q.position;"
} | pg_psql -d jipp -At -F $'\t')
(( ${#QUERY_ROWS[@]} == $(wc -l <"$DATA/samples/search-queries.tsv") )) || die "counting the matches of the benchmark queries failed"

# ------------------------------------------------------------------ measuring

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
hwm_kb() { awk '/^VmHWM/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# Peak RSS of PID while a scenario runs, sampled every 200 ms, into FILE.
start_sampler() {
    local pid=$1 file=$2
    # Each new peak is written beside the file and moved over it, so that a reader never finds it empty (a sampler
    # stopped between truncating and writing once cost a scenario its row).
    ( peak=0; while kill -0 "$pid" 2>/dev/null; do r=$(rss_kb "$pid"); (( r > peak )) && peak=$r && echo "$peak" >"$file.new" && mv -f "$file.new" "$file"; sleep 0.2; done ) &
    SAMPLER_PID=$!
}


# run_wrk URL PID SCRIPT ARG [KEY] -> "rps p50_us p99_us requests errors cpu_us_per_request"
#   The CPU the target process spent per request is steadier than req/s on a shared machine.
#   SCENARIO_CONNECTIONS, when set, replaces BENCH_CONNECTIONS (wrk needs at least one connection per thread).
run_wrk() {
    local url=$1 pid=$2 script=$3 arg=$4 key=${5:-} headers=() before after line
    local connections=${SCENARIO_CONNECTIONS:-$CONNECTIONS} threads=$THREADS
    (( threads <= connections )) || threads=$connections
    [[ -z $key ]] || headers=(-H "X-Api-Key: $key")
    wrk -t"$threads" -c"$connections" -d"${WARMUP}s" "${headers[@]}" -s "$script" "$url" -- "$arg" >/dev/null 2>&1 || true
    before=$(cpu_ticks "$pid")
    line=$(wrk -t"$threads" -c"$connections" -d"${DURATION}s" --latency "${headers[@]}" -s "$script" "$url" -- "$arg" 2>&1 \
        | sed -n 's/^BENCH rps=\([0-9.]*\) p50_us=\([0-9]*\) p99_us=\([0-9]*\) requests=\([0-9]*\) errors=\([0-9]*\) non2xx=\([0-9]*\)$/\1 \2 \3 \4 \5/p')
    after=$(cpu_ticks "$pid")
    [[ -n $line ]] || return 0
    awk -v l="$line" -v t=$((after - before)) -v hz="$CLK_TCK" 'BEGIN { split(l, f, " "); printf "%s %d\n", l, (f[4] > 0 ? t * 1e6 / hz / f[4] : 0) }'
}

ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }

ROWS=()
FIRST_P99=0
declare -A SERVICE_RPS=() BASELINE_RPS=()
# scenario NAME TARGET_TEXT SCRIPT SERVICE_ARG BASELINE_ARG KEY CHECK
#   CHECK is an awk condition over rps, p99 (ms), ratio, first (p99 of the first page, ms)
scenario() {
    local name=$1 target=$2 script=$3 service_arg=$4 baseline_arg=$5 key=$6 check=$7
    [[ -z $ONLY || $name == *"$ONLY"* ]] || return 0
    log "scenario: $name"
    local rss_file=$WORK/rss s b
    rm -f "$rss_file"; echo 0 >"$rss_file"
    start_sampler "$SERVICE_PID" "$rss_file"
    s=$(run_wrk "$SERVICE_URL" "$SERVICE_PID" "$script" "$service_arg" "$key")
    stop_pid "$SAMPLER_PID"; SAMPLER_PID=''
    # A BASELINE_ARG of "-": the baseline has no counterpart of the route (matchmaking); the service alone is measured.
    if [[ $baseline_arg == - ]]; then b="0 0 0 0 0 0"; else b=$(run_wrk "$BASELINE_URL" "$BASELINE_PID" "$script" "$baseline_arg" "$key"); fi
    [[ -n $s && -n $b ]] || die "wrk gave no result for $name (see the scripts in $WORK)"
    local s_rps s_p50 s_p99 s_n s_err s_cpu b_rps b_p50 b_p99 b_n b_err b_cpu ratio peak verdict
    read -r s_rps s_p50 s_p99 s_n s_err s_cpu <<<"$s"
    read -r b_rps b_p50 b_p99 b_n b_err b_cpu <<<"$b"
    SERVICE_RPS[$name]=$s_rps
    BASELINE_RPS[$name]=$b_rps
    ratio=$(awk -v a="$s_rps" -v b="$b_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    peak=$(( $(cat "$rss_file") / 1024 ))
    [[ $name != "list, province+sector" ]] || FIRST_P99=$(ms "$s_p99")
    verdict=$(awk -v rps="$s_rps" -v p99="$(ms "$s_p99")" -v ratio="$ratio" -v first="$FIRST_P99" -v bp99="$(ms "$b_p99")" \
        "BEGIN { print (($check) ? \"met\" : \"**missed**\") }")
    # Every read scenario is also held to a tail no longer than 4 × its median.
    if [[ $name != registration* ]]; then
        tail=$(awk -v a="$s_p99" -v b="$s_p50" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')
        if awk -v t="$tail" 'BEGIN { exit !(t > 4) }'; then verdict="$verdict; tail p99/p50 $tail: **missed**"; else verdict="$verdict; tail p99/p50 $tail: met"; fi
    fi
    # No completed request means no measurement at all (wrk leaves time-outs out of the latencies); errors
    # (time-outs, socket errors) are requests that got no answer, so a scenario with any is not met.
    if (( s_n == 0 )); then verdict="**missed** (no request completed)"; fi
    if (( s_err > 0 )); then verdict="**missed** ($s_err errors; without them: $verdict)"; fi
    ROWS+=("| $name | $(printf '%.0f' "$s_rps") | $(ms "$s_p50") | $(ms "$s_p99") | $(printf '%.0f' "$b_rps") | $(ms "$b_p99") | $ratio | $(ms "$s_cpu") / $(ms "$b_cpu") | $peak MB | $target | $verdict |")
    printf '  service %8.0f req/s p50 %6s ms p99 %6s ms | baseline %8.0f req/s p99 %6s ms | ratio %s | cpu/req %s / %s ms | rss %s MB | %s\n' \
        "$s_rps" "$(ms "$s_p50")" "$(ms "$s_p99")" "$b_rps" "$(ms "$b_p99")" "$ratio" "$(ms "$s_cpu")" "$(ms "$b_cpu")" "$peak" "$verdict" >&2
}

P=$WORK/paths.lua
scenario "get by id, anonymous"        "≥ 0.8 × baseline req/s, p99 ≤ 2 × baseline's" "$P" "$WORK/get.paths" "$WORK/get.paths" ""            "ratio >= 0.8 && p99 <= 2 * bp99"
scenario "get by id, agency key"       "≥ 0.8 × baseline req/s, p99 ≤ 2 × baseline's" "$P" "$WORK/get.paths" "$WORK/get.paths" "$AGENCY_KEY" "ratio >= 0.8 && p99 <= 2 * bp99"
# list_scenario NAME PATHS [KEY]: a first page, p99 < 20 ms.
list_scenario() { scenario "$1" "p99 < 20 ms" "$P" "$WORK/list-$2.paths" "$WORK/list-$2.paths" "${3:-}" "p99 < 20"; }
list_scenario "list, province"                     province
list_scenario "list, sector"                       sector
list_scenario "list, hub"                          hub
list_scenario "list, state"                        state
list_scenario "list, province+sector"              province-sector
list_scenario "list, province+state"               province-state
list_scenario "list, hub+sector"                   hub-sector
list_scenario "list, province, agency key"         province           "$AGENCY_KEY"
list_scenario "list, province+sector, agency key"  province-sector    "$AGENCY_KEY"
list_scenario "list, province+submitted, agency key" province-submitted "$AGENCY_KEY"
scenario "list, deep page"             "p99 ≤ 1.5 × province+sector" "$P" "$WORK/deep-service.paths" "$WORK/deep-baseline.paths" "" "first > 0 && p99 <= 1.5 * first"
# The query set repeats, as a portal's popular searches do (the service caches a search's window for 30 s, the
# baseline does not); "each query new" makes every request a query no cache has seen.
scenario "full-text search"            "p99 < 50 ms"                "$P" "$WORK/search.paths" "$WORK/search.paths" ""            "p99 < 50"
scenario "full-text search, agency key" "p99 < 50 ms"               "$P" "$WORK/search.paths" "$WORK/search.paths" "$AGENCY_KEY" "p99 < 50"
scenario "full-text search, each query new" "p99 < 50 ms"           "$WORK/unique.lua" "$WORK/search.paths" "$WORK/search.paths" "" "p99 < 50"
# Matchmaking ranks the candidates of a problem's rarest words (ADR 26); the baseline has no counterpart. It needs the
# term table, which the service computes in the background at its first start on a database (ts_stat over the
# published innovations) and again when it is an hour old.
if [[ -z $ONLY || "matchmaking: POST /replication-matches, GET /innovations/{id}/similar" == *"$ONLY"* ]]; then
    log "waiting for the matchmaking term table"
    for ((i = 0; i < 600; i++)); do
        [[ $(pg_psql -d jipp -At -c "SELECT count(*) FROM matchmaking_corpus" 2>/dev/null) == 1 ]] && break
        sleep 1
    done
    log "term table: $(pg_psql -d jipp -At -c "SELECT (SELECT count(*) FROM matchmaking_terms) || ' lexemes over ' || documents || ' published innovations, refreshed ' || refreshed_at FROM matchmaking_corpus")"
    grep -o 'Matchmaking term table refreshed in [0-9]* ms' "$DATA/service.log" >&2 || true
fi
scenario "matchmaking: POST /replication-matches" "p99 < 100 ms" "$WORK/bodies.lua" "$WORK/matchmaking.bodies" - "" "p99 < 100"
scenario "matchmaking: GET /innovations/{id}/similar" "p99 < 100 ms" "$P" "$WORK/similar.paths" - "" "p99 < 100"
# Registration (an innovation, its audit entry and its event in one transaction) at 2 and at 16 connections:
# writers of events must not wait for each other, so the rate must grow with the connections (ADR 18).
REGISTER_FEW="registration (POST), 2 connections"
REGISTER_MANY="registration (POST), 16 connections"
SCENARIO_CONNECTIONS=2
scenario "$REGISTER_FEW"  "≥ 0.8 × baseline inserts/s" "$WORK/register.lua" "/api/v1/innovations" "/api/v1/innovations" "$AGENCY_KEY" "ratio >= 0.8"
SCENARIO_CONNECTIONS=16
scenario "$REGISTER_MANY" "≥ 0.8 × baseline inserts/s" "$WORK/register.lua" "/api/v1/innovations" "/api/v1/innovations" "$AGENCY_KEY" "ratio >= 0.8"
unset SCENARIO_CONNECTIONS
# The registrations are not kept: they are drafts of the benchmark's agency at the newest ids, and a kept cluster
# (BENCH_KEEP_DATA=1) that piled them up run after run searched and listed differently each time. The innovations
# of register.lua's titles go, with their audit entries and events, and the table is vacuumed.
log "removing the innovations registered by the registration scenarios"
pg_psql -d jipp <<'SQL'
CREATE TEMP TABLE bench_registered AS
    SELECT id FROM innovations WHERE title ~ '^Layanan Antrean Daring Puskesmas [0-9]+-[0-9]+-[0-9]+$';
DELETE FROM events WHERE subject_type = 'innovation' AND subject_id IN (SELECT id::text FROM bench_registered);
DELETE FROM audit_entries WHERE subject_id IN (SELECT id::text FROM bench_registered);
DELETE FROM innovations WHERE id IN (SELECT id FROM bench_registered);
SQL
pg_psql -d jipp -c "VACUUM (ANALYZE) innovations"
# The scaling factor, 16 connections against 2: at least 1.8, or the baseline's own factor where the baseline
# (the same writes and the same feed method on raw Npgsql) does not scale that far on this machine.
if [[ -n ${SERVICE_RPS[$REGISTER_FEW]:-} && -n ${SERVICE_RPS[$REGISTER_MANY]:-} ]]; then
    read -r s_factor b_factor factor_ratio factor_verdict < <(awk \
        -v s2="${SERVICE_RPS[$REGISTER_FEW]}" -v s16="${SERVICE_RPS[$REGISTER_MANY]}" \
        -v b2="${BASELINE_RPS[$REGISTER_FEW]}" -v b16="${BASELINE_RPS[$REGISTER_MANY]}" 'BEGIN {
            sf = (s2 > 0 ? s16 / s2 : 0); bf = (b2 > 0 ? b16 / b2 : 0); goal = (bf < 1.8 ? bf : 1.8)
            printf "%.2f %.2f %.2f %s\n", sf, bf, (bf > 0 ? sf / bf : 0), (sf >= goal && sf > 0 ? "met" : "**missed**") }')
    log "registration scaling 2 -> 16 connections: service ${s_factor}x, baseline ${b_factor}x: $factor_verdict"
    ROWS+=("| registration scaling, 2 → 16 connections (factor of inserts/s) | ${s_factor}× | | | ${b_factor}× | | $factor_ratio | | | ≥ 1.8×, or the baseline's factor where it is lower | $factor_verdict |")
fi
scenario "statistics overview"         "p99 < 20 ms, ≤ 60 s stale"  "$P" "$WORK/stats.paths"  "$WORK/stats.paths"  ""            "p99 < 20"

# The open data export (ADR 28): the whole published registry downloaded in each format, streamed from one query.
# Reported: rows/s, MB/s, elapsed, and the service's peak RSS while it streams (the target: under 300 MB).
EXPORT_ROWS=()
export_scenario() { # NAME ACCEPT
    local name=$1 accept=$2
    [[ -z $ONLY || $name == *"$ONLY"* ]] || return 0
    log "scenario: $name"
    local rss_file=$WORK/rss out status bytes seconds rows peak verdict first before
    rm -f "$rss_file"; echo 0 >"$rss_file"
    before=$(( $(rss_kb "$SERVICE_PID") / 1024 ))
    start_sampler "$SERVICE_PID" "$rss_file"
    # Lines counted as they arrive (JSON Lines: one per row; CSV: records end with CRLF, and a CR ends nothing else,
    # since the generator's texts have no line breaks: checked against the published count below).
    curl -s -w '%{stderr}%{http_code} %{size_download} %{time_total} %{time_starttransfer}' -H "Accept: $accept" \
        "$SERVICE_URL/api/v1/open-data/innovations" 2>"$WORK/export-stats" | tr -cd '\n' | wc -c >"$WORK/export-lines"
    stop_pid "$SAMPLER_PID"; SAMPLER_PID=''
    out=$(cat "$WORK/export-stats")
    read -r status bytes seconds first <<<"$out"
    rows=$(cat "$WORK/export-lines")
    [[ $accept == text/csv ]] && rows=$((rows - 1))
    peak=$(( $(cat "$rss_file") / 1024 ))
    verdict=$(awk -v s="$status" -v r="$rows" -v p="$PUBLISHED" -v m="$peak" 'BEGIN { print ((s == 200 && r == p && m < 300) ? "met" : "**missed**") }')
    [[ $rows == "$PUBLISHED" ]] || verdict="$verdict (rows $rows, published $PUBLISHED)"
    EXPORT_ROWS+=("| $name | $rows | $(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1048576 }') | $(printf '%.1f' "$seconds") | $(printf '%.3f' "$first") | $(awk -v r="$rows" -v t="$seconds" 'BEGIN { printf "%.0f", (t > 0 ? r / t : 0) }') | $(awk -v b="$bytes" -v t="$seconds" 'BEGIN { printf "%.1f", (t > 0 ? b / 1048576 / t : 0) }') | $before MB | $peak MB | < 300 MB | $verdict |")
    printf '  HTTP %s, %s rows, %s bytes in %s s (first byte %s s) | rss %s MB before, %s MB peak | %s\n' "$status" "$rows" "$bytes" "$seconds" "$first" "$before" "$peak" "$verdict" >&2
}
PUBLISHED=$(pg_psql -d jipp -At -c "SELECT count(*) FROM innovations WHERE state = 'Published'")
export_scenario "open data export, CSV" "text/csv"
export_scenario "open data export, JSON Lines" "application/x-ndjson"

PEAK_MB=$(( $(hwm_kb "$SERVICE_PID") / 1024 ))
RSS_VERDICT=$([[ $PEAK_MB -lt 300 ]] && echo met || echo '**missed**')
READY_VERDICT=$([[ $READY_MS -lt 2000 ]] && echo met || echo '**missed**')

# ------------------------------------------------------------------ report

STAMP=$(date -u +%Y-%m-%dT%H%MZ)
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)
REPORT=$RESULTS/latest.md
{
    echo "## Run of $STAMP"
    echo
    echo "$INNOVATIONS innovations; $(nproc) cores ($CPU), $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM;" \
         "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), .NET $(dotnet --version);" \
         "wrk $THREADS threads, $CONNECTIONS connections (registration: 2 and 16), ${WARMUP} s warm-up + ${DURATION} s per scenario and target; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    echo "| scenario | service req/s | p50 ms | p99 ms | baseline req/s | baseline p99 ms | ratio | CPU ms/request service / baseline | service peak RSS | target | result |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
    printf '%s\n' "${ROWS[@]}"
    echo "| service peak RSS (VmHWM, whole run) | | | | | | | | $PEAK_MB MB | < 300 MB | $RSS_VERDICT |"
    echo "| start to ready (migrated, loaded database; CPU $READY_CPU_MS ms) | | | | | | | | | < 2000 ms: $READY_MS ms | $READY_VERDICT |"
    echo
    echo "Lists: province $PROVINCE, sector $SECTOR, hub $HUB; the agency key is agency $AGENCY's."
    if (( ${#EXPORT_ROWS[@]} > 0 )); then
        echo
        echo "### Open data export"
        echo
        echo "GET /api/v1/open-data/innovations, the whole published registry ($PUBLISHED innovations), one download at a time with curl; peak RSS sampled every 200 ms during the download."
        echo
        echo "| scenario | rows | MB | elapsed s | first byte s | rows/s | MB/s | service RSS before | service peak RSS | target | result |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
        printf '%s\n' "${EXPORT_ROWS[@]}"
    fi
    echo
    echo "### Benchmark queries"
    echo
    echo "Matches among published innovations (\`search_vector @@ websearch_to_tsquery('indonesian', query)\`); the search scenarios pick one of these at random per request."
    echo
    echo "| category | query | matches | share of published |"
    echo "|---|---|---:|---:|"
    printf '%s\n' "${QUERY_ROWS[@]}"
} >"$REPORT"
cp "$REPORT" "$RESULTS/run-$STAMP.md"
echo
cat "$REPORT"
echo
log "written to ${REPORT#"$ROOT"/} and bench/results/run-$STAMP.md"

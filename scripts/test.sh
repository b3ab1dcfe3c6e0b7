#!/usr/bin/env bash
#
# Build the solution and run every test project: ./scripts/test.sh [extra `dotnet test` args]
#   e.g. ./scripts/test.sh --filter "FullyQualifiedName~Hubs"
#
# Unless JIPP_TEST_POSTGRES is set, a throwaway PostgreSQL cluster (Unix socket
# only, trust auth, no fsync) is started in a temporary directory for the run
# and removed afterwards. Debian's `chromium` package, which the browser tests
# drive, is installed with apt-get when it is missing, and so is Debian's
# `prometheus` package, whose promtool checks and unit-tests the alert rules of
# docs/ops (each of the two promtool runs counts as one test). The OpenAPI
# document is linted by Spectral, Redocly and the OWASP ruleset (npm packages
# pinned in tools/, installed with `npm ci`; each linter counts as one test),
# and two contract suites run against the built service: the collection that
# Portman generates from it, run by Newman (each assertion counts as one test),
# and tools/contract/contract.mjs (each of its checks counts as one test); see
# ADR 23.
#
# The public page (web/) is built first with npm and esbuild (scripts/lib/web.sh); without node and npm
# the run fails.
#
# Unless JIPP_TEST_REDIS is set, a throwaway redis-server (Debian's
# `redis-server` package, installed with apt-get when missing) listens on a
# free port of 127.0.0.1, without persistence, for the run, and is stopped on
# exit; the tests of state shared between instances use it.
#
# Results: TestResults/<project>/<project>.trx (the folder is recreated per run).
# The last line of output is always "N passed, N failed, N skipped"; the exit
# code is non-zero if the build or any test run failed, or nothing passed.
#
# Environment:
#   JIPP_TEST_POSTGRES   admin connection string of an existing server
#                        (the tests CREATE/DROP their own databases on it)
#   PG_BIN               directory of the PostgreSQL server binaries
#   JIPP_CHROMIUM        the Chromium the browser tests launch (default
#                        /usr/bin/chromium, from Debian's `chromium` package)
#   JIPP_PROMTOOL        the promtool that checks docs/ops/alerts.yml (default
#                        promtool on PATH, from Debian's `prometheus` package)
#   JIPP_TEST_REDIS      StackExchange.Redis configuration of an existing Redis
#                        (host:port) for the shared-state tests; they use keys
#                        under a prefix of their own
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/lib/pg.sh
source "$ROOT/scripts/lib/pg.sh"
# shellcheck source=scripts/lib/web.sh
source "$ROOT/scripts/lib/web.sh"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

SOLUTION=Jipp.sln
RESULTS_DIR=$ROOT/TestResults

log() { printf '[test] %s\n' "$*" >&2; }

# --------------------------------------------------------------- cleanup

PG_TMP=''
REDIS_TMP='' REDIS_PID=''
FINAL_LINE_PRINTED=0

stop_redis() {
    if [[ -n $REDIS_PID ]]; then
        kill -- "$REDIS_PID" 2>/dev/null || true
        wait -- "$REDIS_PID" 2>/dev/null || true
        REDIS_PID=''
    fi
    if [[ -n $REDIS_TMP ]]; then
        rm -rf -- "$REDIS_TMP"
        REDIS_TMP=''
    fi
}

stop_db() {
    if [[ -n $PG_TMP ]]; then
        pg_stop_cluster "$PG_TMP/data" || true
        # pg.sh may have moved data or socket dir under /tmp (TMPDIR not
        # reachable by `postgres`, or socket path too long): remove them too.
        local d
        for d in "$PG_DATADIR" "$PG_SOCKDIR"; do
            if [[ -n $d && $d != "$PG_TMP"/* ]]; then
                rm -rf -- "$d" "$d.log"
                rmdir -- "$(dirname -- "$d")" 2>/dev/null || true
            fi
        done
        rm -rf -- "$PG_TMP"
        PG_TMP=''
    fi
}

# shellcheck disable=SC2317  # invoked through the traps
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if declare -F stop_api >/dev/null; then stop_api; fi
    stop_redis
    stop_db
    # Whatever went wrong, the output still ends with the totals line.
    if [[ $FINAL_LINE_PRINTED -eq 0 ]]; then
        [[ $rc -ne 0 ]] || rc=1
        echo "0 passed, 1 failed"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ----------------------------------------------------------------- build

# The public page first: the service's build copies web/dist beside it, and the browser tests drive it
# (and inject axe-core from web/node_modules).
if ! web_build_page log; then
    echo "build failed: the public page (web/) could not be built"
    exit 1   # the EXIT trap prints "0 passed, 1 failed"
fi

log "dotnet build $SOLUTION -c Release"
if ! dotnet build "$SOLUTION" -c Release; then
    echo "build failed"
    exit 1   # the EXIT trap prints "0 passed, 1 failed"
fi

# -------------------------------------------------------------- database

if [[ -n ${JIPP_TEST_POSTGRES:-} ]]; then
    log "using JIPP_TEST_POSTGRES from the environment"
else
    PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/jipp-test-pg.XXXXXX")
    chmod 755 -- "$PG_TMP"   # the `postgres` user must reach it when we are root
    port=$(pg_pick_free_port)
    pg_start_cluster --throwaway --max-connections 300 "$PG_TMP/data" "$PG_TMP/sock" "$port"
    export JIPP_TEST_POSTGRES="Host=$PG_SOCKDIR;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true"
    log "JIPP_TEST_POSTGRES=$JIPP_TEST_POSTGRES"
fi

# apt-get install ARGS... (through sudo when not root), updating the package
# lists once if the first attempt fails.
apt_install_package() {
    local sudo_cmd=()
    if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); fi
    _apt_install() { "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
    _apt_install "$@" || { "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && _apt_install "$@"; }
}

# ------------------------------------------------------------------ redis

# The tests of state shared between instances (rate limits, statistics) run two
# hosts against one Redis. Should Redis be missing, those tests fail (they do
# not skip).
if [[ -n ${JIPP_TEST_REDIS:-} ]]; then
    log "using JIPP_TEST_REDIS from the environment"
else
    if ! command -v redis-server >/dev/null 2>&1; then
        if command -v apt-get >/dev/null 2>&1; then
            log "redis-server not found; installing the 'redis-server' package with apt-get..."
            apt_install_package --no-install-recommends redis-server || log "apt-get install redis-server failed: the shared-state tests will fail"
        else
            log "redis-server not found and no apt-get: the shared-state tests will fail"
        fi
    fi
    if command -v redis-server >/dev/null 2>&1; then
        REDIS_TMP=$(mktemp -d "${TMPDIR:-/tmp}/jipp-test-redis.XXXXXX")
        redis_port=$(pg_pick_free_port)
        redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no \
            --dir "$REDIS_TMP" --logfile "$REDIS_TMP/redis.log" --daemonize no &
        REDIS_PID=$!
        for _ in $(seq 50); do
            if (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null; then break; fi
            sleep 0.1
        done
        export JIPP_TEST_REDIS="127.0.0.1:$redis_port"
        log "JIPP_TEST_REDIS=$JIPP_TEST_REDIS (redis-server pid $REDIS_PID)"
    fi
fi

# --------------------------------------------------------------- browser

# The browser tests (tests/Browser.Tests) drive Debian's Chromium; Playwright's
# own browser downloads are never used. Install the package when it is missing.
# Should that fail, the browser tests fail (they do not skip).
CHROMIUM=${JIPP_CHROMIUM:-/usr/bin/chromium}
if [[ ! -x $CHROMIUM ]]; then
    if command -v apt-get >/dev/null 2>&1; then
        log "Chromium not found at $CHROMIUM; installing the 'chromium' package with apt-get..."
        apt_install_package chromium || log "apt-get install chromium failed: the browser tests will fail"
    else
        log "Chromium not found at $CHROMIUM and no apt-get: the browser tests will fail"
    fi
fi

# ------------------------------------------------------------------ tests

# Test projects: solution entries under tests/ whose IsTestProject is true.
# shellcheck disable=SC1003  # tr turns Windows separators into /
mapfile -t candidates < <(dotnet sln "$SOLUTION" list | tr '\\' '/' | grep -E '^tests/.*\.csproj[[:space:]]*$' | sed 's/[[:space:]]*$//' | sort)
projects=()
for p in "${candidates[@]}"; do
    is_test=$(dotnet msbuild "$p" -nologo -getProperty:IsTestProject 2>/dev/null | tr -d '[:space:]') || is_test=''
    if [[ ${is_test,,} == true ]]; then projects+=("$p"); else log "skipping $p (not a test project)"; fi
done
if [[ ${#projects[@]} -eq 0 ]]; then
    echo "no test projects found in $SOLUTION"
    exit 1
fi

rm -rf -- "$RESULTS_DIR"
mkdir -p -- "$RESULTS_DIR"

# Prints "total executed passed failed skipped outcome" from a TRX file.
# Skipped tests are counted in total but not in executed (VSTest leaves
# notExecuted at 0 for them).
trx_counters() {
    tr '\n' ' ' <"$1" | awk '
        function attr(s, name) {
            if (match(s, "[ \t]" name "=\"[0-9]+\"")) {
                s = substr(s, RSTART, RLENGTH); gsub(/[^0-9]/, "", s); return s + 0
            }
            return 0
        }
        {
            c = ""; o = "Unknown"
            if (match($0, /<Counters[^>]*>/)) c = substr($0, RSTART, RLENGTH)
            if (match($0, /<ResultSummary[^>]*outcome="[A-Za-z]+"/)) {
                o = substr($0, RSTART, RLENGTH); sub(/.*outcome="/, "", o); sub(/"$/, "", o)
            }
            failed = attr(c, "failed") + attr(c, "error") + attr(c, "timeout") + attr(c, "aborted")
            skipped = attr(c, "total") - attr(c, "executed")
            if (skipped < 0) skipped = 0
            print attr(c, "total"), attr(c, "executed"), attr(c, "passed"), failed, skipped, o
        }'
}

total_passed=0 total_failed=0 total_skipped=0 any_run_failed=0
summary=()
for p in "${projects[@]}"; do
    name=$(basename -- "$p" .csproj)
    log "dotnet test $p"
    rc=0
    dotnet test "$p" -c Release --no-build \
        --results-directory "$RESULTS_DIR/$name" \
        --logger "trx;LogFileName=$name.trx" \
        --logger "console;verbosity=normal" \
        "$@" || rc=$?
    [[ $rc -eq 0 ]] || any_run_failed=1

    trx=$RESULTS_DIR/$name/$name.trx
    if [[ ! -f $trx ]]; then
        # The test host crashed or never started: no results at all.
        passed=0 failed=1 skipped=0
        summary+=("$name: no TRX produced (exit code $rc) - counted as 1 failure")
    else
        counters=$(trx_counters "$trx" || true)
        read -r _total _executed passed failed skipped outcome <<<"$counters" || true
        passed=${passed:-0} failed=${failed:-0} skipped=${skipped:-0} outcome=${outcome:-Unknown}
        # A run that failed without a failed test (e.g. test host aborted
        # mid-run) still has to show up as a failure in the totals.
        if [[ $failed -eq 0 && ( $rc -ne 0 || $outcome == Failed || $outcome == Aborted || $outcome == Error ) ]]; then
            failed=1
            summary+=("$name: run ended with exit code $rc / outcome $outcome - counted as 1 failure")
        fi
        summary+=("$name: $passed passed, $failed failed, $skipped skipped")
    fi
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
    total_skipped=$((total_skipped + skipped))
done

# ------------------------------------------------------------ alert rules

# docs/ops/alerts.yml: `promtool check rules` (syntax, PromQL, templates) and
# `promtool test rules` (each alert fires on a synthetic series and stays quiet
# on a healthy one), each counted as one test. promtool comes from Debian's
# `prometheus` package (only the tool is used; the server is not started here).
PROMTOOL=${JIPP_PROMTOOL:-promtool}
if ! command -v "$PROMTOOL" >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
        log "promtool not found; installing the 'prometheus' package with apt-get..."
        apt_install_package --no-install-recommends prometheus || log "apt-get install prometheus failed: the alert rule checks will fail"
    else
        log "promtool not found and no apt-get: the alert rule checks will fail"
    fi
fi

mkdir -p -- "$RESULTS_DIR/promtool"
run_promtool() {
    local name=$1 out
    shift
    out=$RESULTS_DIR/promtool/$name.txt
    log "promtool $*"
    if command -v "$PROMTOOL" >/dev/null 2>&1 && "$PROMTOOL" "$@" >"$out" 2>&1; then
        total_passed=$((total_passed + 1))
        summary+=("promtool $name: passed")
    else
        [[ -s $out ]] || echo "promtool ($PROMTOOL) is not available" >"$out"
        cat -- "$out" >&2
        total_failed=$((total_failed + 1))
        summary+=("promtool $name: FAILED - see ${out#"$ROOT"/}")
    fi
}
run_promtool check-rules check rules docs/ops/alerts.yml
run_promtool test-rules test rules docs/ops/alerts.test.yml

# ------------------------------------------------------------ OpenAPI checks

# docs/openapi/v1.json is checked by third-party tools, pinned in tools/package.json and installed
# with `npm ci` into tools/node_modules (git-ignored; reinstalled when package-lock.json changes):
# Spectral's `spectral:oas`, Redocly's `recommended` and, on the caller's side of the document, the
# OWASP API Security ruleset, each counted as one test; then two contract suites run against one
# instance of the service (demo data, a bootstrap key made for the run, a database of its own on the
# test server): first the Postman collection that Portman generates from the document and
# tools/portman/portman-config.json, run by Newman (each assertion counted as a test), then
# tools/contract/contract.mjs (each of its checks counted as a test). See ADR 23. Without node and
# npm these checks fail; they never skip.
OPENAPI_OUT=$RESULTS_DIR/openapi
mkdir -p -- "$OPENAPI_OUT"
OPENAPI_DOC=$ROOT/docs/openapi/v1.json
openapi_tools=0
openapi_failed() {   # NAME REASON-FILE
    cat -- "$2" >&2
    total_failed=$((total_failed + 1))
    summary+=("$1: FAILED - see ${2#"$ROOT"/}")
}
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "node and npm are needed for the OpenAPI checks (Node.js 20 or later) and were not found" >"$OPENAPI_OUT/npm-ci.txt"
else
    lock_sum=$(sha256sum tools/package-lock.json | cut -d' ' -f1)
    if [[ -f tools/node_modules/.jipp-lock-sha256 && $(cat tools/node_modules/.jipp-lock-sha256) == "$lock_sum" ]]; then
        openapi_tools=1
    else
        log "npm ci (tools/package-lock.json) into tools/node_modules..."
        # --ignore-scripts: none of the tools needs an install script.
        if (cd tools && npm ci --ignore-scripts --no-audit --no-fund) >"$OPENAPI_OUT/npm-ci.txt" 2>&1; then
            echo "$lock_sum" >tools/node_modules/.jipp-lock-sha256
            openapi_tools=1
        fi
    fi
fi

run_openapi_check() {   # NAME COMMAND...
    local name=$1 out
    shift
    out=$OPENAPI_OUT/$name.txt
    if [[ $openapi_tools -ne 1 ]]; then
        openapi_failed "$name" "$OPENAPI_OUT/npm-ci.txt"
        return
    fi
    log "$name"
    if (cd tools && "$@") >"$out" 2>&1; then
        total_passed=$((total_passed + 1))
        summary+=("$name: passed")
    else
        openapi_failed "$name" "$out"
    fi
}
run_openapi_check spectral-oas node_modules/.bin/spectral lint --ruleset openapi/spectral-oas.yaml --fail-severity error "$OPENAPI_DOC"
run_openapi_check redocly-recommended node_modules/.bin/redocly lint --config openapi/redocly.yaml "$OPENAPI_DOC"
# shellcheck disable=SC2016  # $1 and $2 are the inner shell's
run_openapi_check spectral-owasp bash -c 'node openapi/caller-side.mjs "$1" "$2" && node_modules/.bin/spectral lint --ruleset openapi/spectral-owasp.yaml --fail-severity error "$2"' \
    _ "$OPENAPI_DOC" "$OPENAPI_OUT/caller-side.json"

# The contract suite, against the built service on a database of its own.
API_PID=''
stop_api() {
    if [[ -n $API_PID ]] && kill -0 "$API_PID" 2>/dev/null; then
        kill -TERM "$API_PID" 2>/dev/null || true
        local i
        for ((i = 0; i < 100; i++)); do kill -0 "$API_PID" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$API_PID" 2>/dev/null || true
        wait "$API_PID" 2>/dev/null || true
    fi
    API_PID=''
}
# The Portman suite: the environment (the service's address, the keys, real ids read from the
# service) is written by tools/portman/environment.mjs, the collection by Portman (which works in its
# current directory and needs no network), and Newman runs it. It goes first, on the demo data as
# seeded; contract.mjs, which reads what it needs afresh, follows on the same service.
run_portman_suite() {   # BASE-URL KEY
    local base=$1 key=$2 dir=$OPENAPI_OUT/portman out=$OPENAPI_OUT/portman.txt rc=0 last passed failed
    local bin=$ROOT/tools/node_modules/.bin
    mkdir -p -- "$dir"
    log "Portman suite: generating the collection, running it with Newman"
    if ! (cd "$dir" && JIPP_ADMIN_API_KEY=$key node "$ROOT/tools/portman/environment.mjs" "$base" environment.json) >"$out" 2>&1 ||
        ! (cd "$dir" && "$bin/portman" -l "$OPENAPI_DOC" -b '{{baseUrl}}' -c "$ROOT/tools/portman/portman-config.json" \
            -o collection.json --warn false) >>"$out" 2>&1 ||
        [[ ! -s $dir/collection.json ]] ||
        # A target of the config that the document lacks (a renamed operation) fails; it is not skipped.
        grep -q 'targets are missing' -- "$out"; then
        openapi_failed "Portman suite" "$out"
        return
    fi
    (cd "$dir" && "$bin/newman" run collection.json -e environment.json --reporters cli,json \
        --reporter-json-export newman.json --color off --disable-unicode --timeout-request 30000) >>"$out" 2>&1 || rc=$?
    node "$ROOT/tools/portman/summary.mjs" "$dir/newman.json" >"$dir/summary.txt" 2>&1 || true
    last=$(tail -n 1 -- "$dir/summary.txt")
    if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        passed=${BASH_REMATCH[1]} failed=${BASH_REMATCH[2]}
    else
        passed=0 failed=0
    fi
    if [[ $rc -ne 0 && $failed -eq 0 ]]; then failed=1; fi
    grep '^not ok' -- "$dir/summary.txt" >&2 || true
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
    summary+=("Portman suite (Newman assertions): $passed passed, $failed failed; $(grep '^requests:' -- "$dir/summary.txt" || echo 'no report') (${out#"$ROOT"/})")
}
run_contract_suite() {
    local out=$OPENAPI_OUT/contract.txt log_file=$OPENAPI_OUT/contract-service.log database key base='' i
    if [[ $openapi_tools -ne 1 ]]; then
        openapi_failed contract "$OPENAPI_OUT/npm-ci.txt"
        openapi_failed "Portman suite" "$OPENAPI_OUT/npm-ci.txt"
        return
    fi
    database="jipp_contract_$$_$RANDOM"
    key="jipp_$(pg_gen_secret 32)"
    log "contract suite: starting the service (database $database)"
    (
        cd "$ROOT/src/Api/bin/Release/net10.0" || exit 1
        export ConnectionStrings__Default="$JIPP_TEST_POSTGRES;Database=$database"
        # Port 0: the system picks a free port, which the service logs; no race with other services.
        export ASPNETCORE_URLS=http://127.0.0.1:0 ASPNETCORE_ENVIRONMENT=Production Jipp__SeedDemoData=true JIPP_ADMIN_API_KEY=$key
        # The suite's own allowance: it sends a few hundred requests in seconds. The limiter and
        # its headers stay on.
        export Jipp__RateLimiting__PermitsPerMinute=100000 Jipp__RateLimiting__AnonymousPermitsPerMinute=100000 \
            Jipp__RateLimiting__ReplicationRequestsPerHour=100000
        exec dotnet Jipp.Api.dll
    ) >"$log_file" 2>&1 &
    API_PID=$!
    for ((i = 0; i < 180; i++)); do
        kill -0 "$API_PID" 2>/dev/null || break
        if [[ -z $base ]]; then
            base=$(grep -o 'Now listening on: http://127\.0\.0\.1:[0-9]*' -- "$log_file" | head -n 1 | sed 's/^Now listening on: //') || base=''
        fi
        if [[ -n $base ]] && curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; then break; fi
        sleep 0.5
    done
    if [[ -z $base ]] || ! kill -0 "$API_PID" 2>/dev/null || ! curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; then
        echo "the service did not become ready; its log: ${log_file#"$ROOT"/}" >"$out"
        tail -n 30 -- "$log_file" >>"$out"
        stop_api
        openapi_failed contract "$out"
        openapi_failed "Portman suite" "$out"
        return
    fi
    log "contract suite: the service is ready on $base"
    run_portman_suite "$base" "$key"
    local rc=0
    (cd tools && JIPP_ADMIN_API_KEY=$key node contract/contract.mjs "$OPENAPI_DOC" "$base") >"$out" 2>&1 || rc=$?
    stop_api
    # On the throwaway cluster the database goes with it; on a server of JIPP_TEST_POSTGRES it stays.
    [[ -n $PG_TMP ]] || log "contract suite: the database $database is left on the JIPP_TEST_POSTGRES server"
    local last passed failed
    last=$(tail -n 1 -- "$out")
    if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        passed=${BASH_REMATCH[1]} failed=${BASH_REMATCH[2]}
    else
        passed=0 failed=0
    fi
    if [[ $rc -ne 0 && $failed -eq 0 ]]; then failed=1; fi
    grep '^not ok' -- "$out" >&2 || true
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
    summary+=("contract suite: $passed passed, $failed failed (${out#"$ROOT"/})")
}
run_contract_suite

# Stop the servers now so that nothing is printed after the totals line.
stop_redis
stop_db

echo
echo "===== Test summary (TRX files in ${RESULTS_DIR#"$ROOT"/}/) ====="
printf '  %s\n' "${summary[@]}"
if [[ $total_passed -eq 0 ]]; then echo "  no test passed"; fi
echo "$total_passed passed, $total_failed failed, $total_skipped skipped"
FINAL_LINE_PRINTED=1

if [[ $any_run_failed -ne 0 || $total_failed -gt 0 || $total_passed -eq 0 ]]; then
    exit 1
fi
exit 0

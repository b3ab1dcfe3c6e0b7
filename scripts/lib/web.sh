# shellcheck shell=bash
#
# Builds the public page (web/, docs/adr/0029-public-page.md) into web/dist/, which the service's build
# copies beside it as page/: `npm ci --ignore-scripts` (only when web/package-lock.json changed since the
# last install) and `npm run build` (esbuild). Sourced by scripts/run.sh and scripts/test.sh.
#
# web_build_page LOG-FUNCTION  -> 0 when web/dist is built, 1 otherwise (the reason is logged)

web_build_page() {
    local log=$1 root lock_sum stamp
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        "$log" "node and npm (Node.js 20 or later) are needed to build the public page at /; not found"
        return 1
    fi
    lock_sum=$(sha256sum "$root/web/package-lock.json" | cut -d' ' -f1)
    stamp=$root/web/node_modules/.jipp-lock-sha256
    if [[ ! -f $stamp || $(cat -- "$stamp") != "$lock_sum" ]]; then
        "$log" "npm ci (web/package-lock.json) into web/node_modules..."
        # --ignore-scripts: esbuild's binary comes as a package of its own; nothing needs an install script.
        if ! (cd "$root/web" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null); then
            "$log" "npm ci in web/ failed"
            return 1
        fi
        echo "$lock_sum" >"$stamp"
    fi
    "$log" "building the public page (web/ -> web/dist/)"
    if ! (cd "$root/web" && npm run --silent build >/dev/null); then
        "$log" "the build of the public page failed"
        return 1
    fi
}

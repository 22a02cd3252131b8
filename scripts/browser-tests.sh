#!/usr/bin/env bash
# The browser front in a real browser (docs/web.md): Playwright for Python driving Debian's
# chromium (nothing is downloaded), against `govmon serve` on the demo borough, with axe-core
# (bundled by axe-playwright-python) checking every page at WCAG 2.2 A and AA as each role, and
# every flow done with the keyboard only. Run by scripts/test.sh after the Swift tests:
#
#   GOVMON_BIN=.build/debug/govmon scripts/browser-tests.sh
#
# Uses a throwaway database, govmon_browser, on the private local cluster: recreated with the
# demo borough, served by the least-privilege login (the service takes 2015-11-30 as today,
# server.today, where the demo's story ends), dropped at the end. Screenshots of a failure and
# the server's log go to .build/browser-tests.
set -euo pipefail
cd "$(dirname "$0")/.."

govmon="${GOVMON_BIN:-.build/debug/govmon}"
reports="${GOVMON_BROWSER_REPORTS:-.build/browser-tests}"
database=govmon_browser
[ -x "$govmon" ] || { echo "browser-tests: no govmon at $govmon (build it, or set GOVMON_BIN)" >&2; exit 1; }
command -v chromium >/dev/null 2>&1 || deploy/install-chromium.sh
python3 -c "import playwright, axe_playwright_python" 2>/dev/null \
    || python3 -m pip install --quiet "playwright==1.65.2" "axe-playwright-python==0.1.8"

work="$(mktemp -d)"
server_pid=""
deploy/local-postgres.sh start >/dev/null
owner_url="$(deploy/local-postgres.sh url)"
owner_url="${owner_url%/*}"
service_url="$(deploy/local-postgres.sh service-url)"
service_url="${service_url%/*}/$database"

cleanup() {
    status=$?
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    psql -X -q "$owner_url/postgres" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
    if [ "$status" -ne 0 ] && [ -f "$work/serve.log" ]; then
        mkdir -p "$reports" && cp "$work/serve.log" "$reports/serve.log"
        echo "browser-tests: the server's log is in $reports/serve.log" >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== a fresh $database with the demo borough"
psql -X -q "$owner_url/postgres" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
export GOVMON_DATABASE_URL="$owner_url/$database"
export GOVMON_ACTOR=browser-tests
"$govmon" db migrate >/dev/null
"$govmon" demo load --seed 2015 >/dev/null
"$govmon" track run --as-of 2015-11-30 >/dev/null

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
echo "== govmon serve on http://localhost:$port (as the least-privilege login, today 2015-11-30)"
GOVMON_DATABASE_URL="$service_url" GOVMON_SERVER_TODAY=2015-11-30 GOVMON_SERVER_PASSWORD_COST=10 \
GOVMON_SERVER_PORT="$port" "$govmon" serve --host 127.0.0.1 --port "$port" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { echo "browser-tests: govmon serve exited" >&2; exit 1; }
    sleep 0.5
done

mkdir -p "$reports"
GOVMON_BIN="$govmon" GOVMON_BASE_URL="http://localhost:$port" GOVMON_BROWSER_REPORTS="$reports" \
    python3 tests/browser/flows.py

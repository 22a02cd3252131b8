#!/usr/bin/env bash
# Page benchmark (not a test): the demo borough in a database of its own, a release `govmon serve`
# (least-privilege login, response cache off, today taken as 2015-11-30), an officer signed in, and
# wrk on loopback against the body page and the dashboard: requests per second and the latency
# percentiles, p99 among them (the issue's target: p99 under 50 ms, uncached). Every page request
# includes the session look-up (one UPDATE) and is rendered from the database: pages are never cached.
#
#   scripts/bench-pages.sh [SECONDS] [CONNECTIONS]      (apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
connections="${2:-8}"
command -v wrk >/dev/null || { echo "bench-pages: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

deploy/local-postgres.sh start >/dev/null
echo "== release build (the first takes 10-15 minutes)"
swift build -c release --product govmon
bin=.build/release
base="$(deploy/local-postgres.sh url)"
server="${base%/*}"
psql -X -q "$server/postgres" -c "DROP DATABASE IF EXISTS govmon_bench_pages WITH (FORCE)" -c "CREATE DATABASE govmon_bench_pages"
export GOVMON_DATABASE_URL="$server/govmon_bench_pages" GOVMON_ACTOR=benchmark
$bin/govmon db migrate >/dev/null
$bin/govmon demo load --seed 2015 >/dev/null
$bin/govmon track run --as-of 2015-11-30 >/dev/null
port=18081
link=$(GOVMON_SERVER_PORT=$port $bin/govmon user invite --email bench@council.example --name "Bench Officer" --role officer | tail -n 1)
body=$($bin/govmon governor list --la 315 --as-of 2015-11-30 --format csv | awk -F, '$6 == "chair" { print $4; exit }')
service="$(deploy/local-postgres.sh service-url)"
work="$(mktemp -d)"
if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
    echo "bench-pages: something already listens on port $port; stop it first" >&2
    exit 1
fi
GOVMON_SERVER_CACHE_SECONDS=0 GOVMON_RETENTION_IN_SERVICE=false GOVMON_SERVER_TODAY=2015-11-30 \
    GOVMON_DATABASE_URL="${service%/*}/govmon_bench_pages" $bin/govmon serve --port $port 2>"$work/serve.log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.1; done
password="benchmark passphrase long enough"
curl -fsS -o /dev/null --data-urlencode "password=$password" --data-urlencode "confirmation=$password" "${link/localhost/127.0.0.1}"
jar="$work/cookies"
token=$(curl -fsS -c "$jar" "http://127.0.0.1:$port/sign-in" | grep -o 'name="form_token" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -sS -o /dev/null -b "$jar" -c "$jar" --data-urlencode "form_token=$token" --data-urlencode "email=bench@council.example" \
    --data-urlencode "password=$password" "http://127.0.0.1:$port/sign-in"
session=$(awk '$6 == "govmon_session" { print $7 }' "$jar")
[ -n "$session" ] || { echo "bench-pages: could not sign in" >&2; exit 1; }
for path in "/bodies/$body" "/dashboard"; do
    echo "== GET $path as an officer ($connections connections, $seconds s, uncached)"
    curl -sS -o /dev/null -w "   status %{http_code}, %{size_download} bytes\n" -H "Cookie: govmon_session=$session" "http://127.0.0.1:$port$path"
    wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${seconds}s" --latency -H "Cookie: govmon_session=$session" "http://127.0.0.1:$port$path" \
        | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|Socket errors"
done

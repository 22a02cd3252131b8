#!/usr/bin/env bash
# Service benchmark (not a test): the demo borough in a database of its own, a release
# `govmon serve`, and wrk on loopback against a body's representativeness and the alert list
# (the default page of 100, and the largest page of 1000),
# with the response cache on (server.cache_seconds 5, the default) and off (0). Also times the
# demo borough's board report (HTML and JSON, excluding PDF printing).
#
#   scripts/bench-service.sh [SECONDS] [CONNECTIONS]      (apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
connections="${2:-32}"
command -v wrk >/dev/null || { echo "bench-service: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

deploy/local-postgres.sh start
echo "== release build (the first takes 10-15 minutes)"
swift build -c release --product govmon
bin=.build/release
base="$(deploy/local-postgres.sh url)"
server="${base%/*}"
psql -X -q "$server/postgres" -c "DROP DATABASE IF EXISTS govmon_bench_service WITH (FORCE)" -c "CREATE DATABASE govmon_bench_service"
export GOVMON_DATABASE_URL="$server/govmon_bench_service" GOVMON_ACTOR=benchmark
$bin/govmon db migrate >/dev/null
$bin/govmon demo load --seed 2015 >/dev/null
$bin/govmon track run --as-of 2015-11-30 >/dev/null
work="$(mktemp -d)"

now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$2"; }
echo "== the demo borough's board report (release build, whole command including start-up)"
for format in html json; do
    for run in 1 2 3; do
        t0=$(now); $bin/govmon report board --la 315 --as-of 2015-11-30 --format $format --out "$work/report.$format"; t1=$(now)
        echo "   $format run $run: $(elapsed "$t0" "$t1") s"
    done
done

token=$($bin/govmon token create --owner "Bench Officer" --role officer | tail -n 1)
# The service runs as a least-privilege login, as in production (deploy/README.md): row-level
# security applies to every query it makes, and is part of what is measured.
psql -X -q "$server/postgres" -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'govmon_bench_app') THEN CREATE ROLE govmon_bench_app LOGIN IN ROLE govmon_app; END IF; END \$\$"
service_url="postgres://govmon_bench_app@${server#postgres://*@}/govmon_bench_service"
body=$(psql -X -q -t -A "$GOVMON_DATABASE_URL" -c "SELECT body_id FROM governing_bodies WHERE dissolved_on IS NULL ORDER BY body_id LIMIT 1")
port=18080
if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
    echo "bench-service: something already listens on port $port; stop it first" >&2
    exit 1
fi
for cache in 5 0; do
    # Retention off: the demo's governors left years ago, so a run would erase what is measured.
    GOVMON_SERVER_CACHE_SECONDS=$cache GOVMON_SERVER_TRACKING_SCHEDULE="daily 06:00" GOVMON_RETENTION_IN_SERVICE=false \
        GOVMON_DATABASE_URL="$service_url" $bin/govmon serve --port $port 2>"$work/serve.log" &
    pid=$!
    for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.1; done
    for path in "/api/v1/bodies/$body/representativeness?as_of=2015-11-30" "/api/v1/alerts" "/api/v1/alerts?limit=1000"; do
        echo "== cache_seconds=$cache GET $path ($connections connections, $seconds s)"
        curl -sS -o /dev/null -w "   status %{http_code}, %{size_download} bytes\n" -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path"
        wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path" \
            | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors"
    done
    if kill -TERM $pid 2>/dev/null; then wait $pid || true; else echo "   the service had exited:"; tail -5 "$work/serve.log"; fi
done
rm -rf "$work"

#!/usr/bin/env bash
# Fuzzes the HTTP contract with an independent client: Schemathesis generates requests from
# openapi.yaml and holds every answer of a running `govmon serve` to it (no 5xx; only documented
# status codes, content types, headers and bodies; valid data not refused as malformed). Run by CI
# after the test suite:
#
#   GOVMON_BIN=.build/debug/govmon scripts/fuzz-contract.sh
#
# Uses a throwaway database, govmon_fuzz, on the private local cluster: recreated with the demo
# borough, served by the least-privilege login, dropped at the end. Exits non-zero on any failure,
# and when an operation never reached a real object or refused every valid request.
# Settings (environment): GOVMON_BIN (the govmon to serve, default .build/debug/govmon),
# GOVMON_FUZZ_SEED (the seed: default 20151130, so that CI sends the same requests every run and
# a failure is a change in govmon, not a new draw; "random" for a new draw, whose seed
# Schemathesis prints), GOVMON_FUZZ_REPORTS (where the JUnit and VCR reports go, default
# .build/fuzz-contract).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

govmon="${GOVMON_BIN:-.build/debug/govmon}"
reports="${GOVMON_FUZZ_REPORTS:-.build/fuzz-contract}"
database=govmon_fuzz
[ -x "$govmon" ] || { echo "fuzz-contract: no govmon at $govmon (build it, or set GOVMON_BIN)" >&2; exit 1; }
command -v schemathesis >/dev/null 2>&1 || python3 -m pip install --quiet "schemathesis==4.32.5"

work="$(mktemp -d)"
server_pid=""
deploy/local-postgres.sh start
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
        echo "fuzz-contract: the server's log is in $reports/serve.log" >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== a fresh $database with the demo borough"
psql -X -q "$owner_url/postgres" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
export GOVMON_DATABASE_URL="$owner_url/$database"
export GOVMON_ACTOR=fuzz-contract
"$govmon" db migrate >/dev/null
"$govmon" demo load --seed 2015
# A skills audit framework (docs/skills.md), so a body's skills summary has something to answer.
printf '%s\n' "category,code,question,answer" "Finance,FIN1,Setting and monitoring the budget,scale" \
    "Strategy,SL1,Setting the school's direction,scale" "Strategy,SL2,Which committee would you chair?,text" \
    >"$work/skills.csv"
"$govmon" skills load "$work/skills.csv" --name "Fuzz skills audit" >/dev/null
# No --la: an officer token for every authority (adding authorities, imports and retention need it).
GOVMON_FUZZ_TOKEN="$("$govmon" token create --owner "Fuzz Officer" --role officer | tail -n 1)"
export GOVMON_FUZZ_TOKEN

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
echo "== govmon serve on $base (as the least-privilege login)"
# The fuzzer sends requests without a token on purpose (401); the failed-sign-in throttle would
# then answer 429 to everything from 127.0.0.1 for a minute, so it is raised for this run only.
# Officers may read individuals' declarations here (privacy.officer_reads_declarations), so that the
# fuzzer's officer token reaches those operations too.
GOVMON_DATABASE_URL="$service_url" GOVMON_SERVER_FAILED_AUTH_PER_MINUTE=1000000 GOVMON_PRIVACY_OFFICER_READS_DECLARATIONS=true \
    "$govmon" serve --host 127.0.0.1 --port "$port" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
    if curl -fsS "$base/ready" >/dev/null 2>&1; then break; fi
    kill -0 "$server_pid" 2>/dev/null || { echo "fuzz-contract: govmon serve exited" >&2; cat "$work/serve.log" >&2; exit 1; }
    sleep 0.5
done
curl -fsS "$base/ready" >/dev/null || { echo "fuzz-contract: $base/ready never answered" >&2; exit 1; }

echo "== real objects to aim at"
python3 scripts/fuzz_ids.py "$base" "$work/ids.env" "$work/ids.toml"
# shellcheck disable=SC1091
. "$work/ids.env"
cat scripts/schemathesis.toml "$work/ids.toml" >"$work/schemathesis.toml"

echo "== Schemathesis"
rm -rf "$reports" && mkdir -p "$reports"
reports="$(cd "$reports" && pwd)"
seed=()
fuzz_seed="${GOVMON_FUZZ_SEED:-20151130}"
[ "$fuzz_seed" != random ] && seed=(--seed "$fuzz_seed")
started=$SECONDS
set +e
# From the work folder, so that Hypothesis' and Schemathesis' own files stay out of the project.
(cd "$work" && schemathesis --no-color --config-file "$work/schemathesis.toml" run "$root/openapi.yaml" \
    --url "$base" "${seed[@]}" --report junit,vcr --report-dir "$reports") 2>&1 | tee "$work/schemathesis.out"
result=${PIPESTATUS[0]}
set -e
cp "$work/serve.log" "$reports/serve.log"
cases="$(sed -n 's/^  \([0-9][0-9]*\) generated.*/\1/p' "$work/schemathesis.out" | tail -n 1)"
operations="$(sed -n 's/^  Tested: \([0-9][0-9]*\).*/\1/p' "$work/schemathesis.out" | tail -n 1)"
errors="$(grep -c 'request failed' "$work/serve.log" || true)"
echo "fuzz-contract: ${cases:-?} cases against ${operations:-?} operations in $((SECONDS - started)) s;" \
    "requests that failed on the server: $errors; Schemathesis exit status $result (reports in $reports)"
exit "$result"

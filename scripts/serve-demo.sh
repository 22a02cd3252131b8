#!/usr/bin/env bash
# The browser front on the demo borough (after scripts/demo.sh): invites a first officer, a board
# member and the chair of a body with a chair, prints their one-time links, and runs `govmon serve`
# as the least-privilege login on http://localhost:8080 (GOVMON_SERVER_PORT to change), taking
# 2015-11-30, where the demo's story ends, as today (server.today). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
govmon=.build/debug/govmon
[ -x "$govmon" ] || swift build --product govmon
deploy/local-postgres.sh start >/dev/null
base="$(deploy/local-postgres.sh url)"
export GOVMON_DATABASE_URL="${base%/*}/govmon_demo"
export GOVMON_SERVER_HOST=localhost GOVMON_SERVER_PORT="${GOVMON_SERVER_PORT:-8080}" GOVMON_SERVER_TODAY=2015-11-30
"$govmon" db status >/dev/null 2>&1 || { echo "serve-demo: run scripts/demo.sh first (no govmon_demo database)" >&2; exit 1; }
export GOVMON_ACTOR=serve-demo
stamp="$(date +%s)"
body="$("$govmon" governor list --la 315 --as-of 2015-11-30 --format csv | awk -F, '$6 == "chair" { print $4; exit }')"
echo "== one-time links (each works once, for 7 days; the invitee sets a password):"
echo "officer:  $("$govmon" user invite --email "officer.$stamp@council.example" --name "Demo Officer" --role officer | tail -n 1)"
echo "board:    $("$govmon" user invite --email "board.$stamp@mga.example" --name "Demo Board Member" --role board | tail -n 1)"
echo "chair:    $("$govmon" user invite --email "chair.$stamp@school.example" --name "Demo Chair" --role chair --body "$body" | tail -n 1)"
service="$(deploy/local-postgres.sh service-url)"
echo "== govmon serve on http://localhost:$GOVMON_SERVER_PORT (Ctrl-C stops it)"
GOVMON_DATABASE_URL="${service%/*}/govmon_demo" exec "$govmon" serve

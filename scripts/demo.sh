#!/usr/bin/env bash
# The main job: a synthetic demo borough from nothing to the register summary (and, as later work
# lands, the MGA Board report). Uses a database of its own, `govmon_demo`, recreated on each run,
# on the private local cluster, unless GOVMON_DATABASE_URL names an (empty) database to use instead.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${GOVMON_DATABASE_URL:-}" ]; then
    deploy/local-postgres.sh start
    base="$(deploy/local-postgres.sh url)"
    psql -X -q "${base%/*}/postgres" -c "DROP DATABASE IF EXISTS govmon_demo WITH (FORCE)" -c "CREATE DATABASE govmon_demo"
    export GOVMON_DATABASE_URL="${base%/*}/govmon_demo"
fi
export GOVMON_ACTOR="${GOVMON_ACTOR:-demo-loader}"

echo "== building govmon"
swift build --product govmon
govmon=.build/debug/govmon

echo "== migrating"
$govmon db migrate

echo "== loading the synthetic demo borough"
$govmon demo load --seed 2015

echo "== register summary on 30 November 2015"
$govmon register summary --la 315 --as-of 2015-11-30

echo "== reconstitution on 30 November 2015 (deadline 1 September 2015)"
$govmon reconstitution status --la 315 --as-of 2015-11-30 | sed -n '1,9p'

echo "== deadline checks on 30 November 2015 (run twice: the second raises nothing new)"
$govmon track run --as-of 2015-11-30
$govmon track run --as-of 2015-11-30 | head -1
echo "   open alerts: govmon alerts list --open   (with GOVMON_DATABASE_URL=$GOVMON_DATABASE_URL)"

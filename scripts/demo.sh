#!/usr/bin/env bash
# The main job: a synthetic demo borough from nothing to the MGA Board report (HTML, PDF and the
# data pack) in ./out. Uses a database of its own, `govmon_demo`, recreated on each run, on the
# private local cluster, unless GOVMON_DATABASE_URL names an (empty) database to use instead.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${GOVMON_DATABASE_URL:-}" ]; then
    deploy/local-postgres.sh start
    base="$(deploy/local-postgres.sh url)"
    psql -X -q "${base%/*}/postgres" -c "DROP DATABASE IF EXISTS govmon_demo WITH (FORCE)" -c "CREATE DATABASE govmon_demo"
    export GOVMON_DATABASE_URL="${base%/*}/govmon_demo"
fi
export GOVMON_ACTOR="${GOVMON_ACTOR:-demo-loader}"

# PDF reports are printed by headless Chromium (Debian's chromium package); installed when missing.
deploy/install-chromium.sh || echo "(no Chromium: the report is written as HTML only)"

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
$govmon track run --as-of 2015-11-30 | sed -n 1p
echo "   open alerts: govmon alerts list --open   (with GOVMON_DATABASE_URL=$GOVMON_DATABASE_URL)"

echo "== representativeness snapshots (for the trend) and the borough on 30 November 2015"
for date in 2012-11-30 2013-11-30 2014-11-30 2015-11-30; do $govmon represent snapshot --as-of "$date" --la 315; done
$govmon represent borough 315 --as-of 2015-11-30 --audience board | sed -n 1,30p

echo "== the MGA Board report"
mkdir -p out
report() { $govmon report board --la 315 --as-of 2015-11-30 --since 2014-11-30 "$@"; }
report --format html --out out/mga-board-report-2015-11-30.html
report --format md --out out/mga-board-report-2015-11-30.md
report --format json --out out/mga-board-report-2015-11-30.json
report --format csv --out out/mga-board-report-2015-11-30-data
report --audience officer --format html --out out/mga-board-report-2015-11-30-officer.html
if command -v chromium >/dev/null 2>&1; then
    report --format pdf --out out/mga-board-report-2015-11-30.pdf
    pdf="$(pwd)/out/mga-board-report-2015-11-30.pdf"
fi
echo
echo "MGA Board report (board version):   $(pwd)/out/mga-board-report-2015-11-30.html"
[ -n "${pdf:-}" ] && echo "                          as PDF:    $pdf"
echo "Data pack (CSV, one file per table): $(pwd)/out/mga-board-report-2015-11-30-data/"
echo "Officer version (OFFICIAL-SENSITIVE): $(pwd)/out/mga-board-report-2015-11-30-officer.html"

#!/usr/bin/env bash
# Import benchmark (not a test): generates a national-size synthetic GIAS pair of files (25,000
# schools, 300,000 governor rows by default), imports them with a release build into a fresh
# database, and prints rows per second and peak memory beside a raw `psql \copy` of the same
# governance file into a bare table of text columns. Also times an idempotent re-import.
#
#   scripts/bench-import.sh [SCHOOLS] [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
schools="${1:-25000}"
rows="${2:-300000}"

deploy/local-postgres.sh start
echo "== release build (the first takes 10-15 minutes)"
swift build -c release --product govmon
swift build -c release --product govmon-bench
bin=.build/release
work="$(mktemp -d)"
$bin/govmon-bench "$work" "$schools" "$rows"

base="$(deploy/local-postgres.sh url)"
server="${base%/*}"
psql -X -q "$server/postgres" -c "DROP DATABASE IF EXISTS govmon_bench WITH (FORCE)" -c "CREATE DATABASE govmon_bench"
export GOVMON_DATABASE_URL="$server/govmon_bench" GOVMON_ACTOR=benchmark
$bin/govmon db migrate >/dev/null

now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$1" "$2"; }
rate() { python3 -c "import sys; n, t = int(sys.argv[1]), float(sys.argv[2]); print(f'{t:.2f} s, {n / t:,.0f} rows/s')" "$1" "$2"; }

echo "== establishments ($schools rows)"
t0=$(now); /usr/bin/time -f "   peak memory %M KB" $bin/govmon import schools "$work/establishments.csv" --quiet; t1=$(now)
echo "   $(rate "$schools" "$(elapsed "$t0" "$t1")")"

echo "== governance ($rows rows), phases:"
t0=$(now); /usr/bin/time -f "   peak memory %M KB" $bin/govmon import gias "$work/governance.csv" --quiet --timings; t1=$(now)
import_seconds=$(elapsed "$t0" "$t1")
echo "   govmon import gias: $(rate "$rows" "$import_seconds")"

echo "== the same file again (idempotent re-import)"
t0=$(now); $bin/govmon import gias "$work/governance.csv" --quiet >/dev/null; t1=$(now)
echo "   $(rate "$rows" "$(elapsed "$t0" "$t1")")"

bodies=$(psql -X -q -t -A "$GOVMON_DATABASE_URL" -c "SELECT count(*) FROM governing_bodies")
serving=$(psql -X -q -t -A "$GOVMON_DATABASE_URL" -c "SELECT count(*) FROM appointments WHERE start_date <= '2016-03-31' AND coalesce(ended_on, term_end, 'infinity') >= '2016-03-31'")
echo "== national register: $bodies bodies, $serving governors serving on 2016-03-31"

echo "== every deadline check on the national register (track run)"
t0=$(now); /usr/bin/time -f "   peak memory %M KB" $bin/govmon track run --as-of 2016-03-31 --timings | head -1; t1=$(now)
echo "   $(elapsed "$t0" "$t1") s in all"

echo "== representativeness for every body (represent snapshot, all authorities)"
t0=$(now); /usr/bin/time -f "   peak memory %M KB" $bin/govmon represent snapshot --as-of 2016-03-31 --timings; t1=$(now)
echo "   $(elapsed "$t0" "$t1") s in all"

echo "== the board report for one authority (HTML, board audience)"
for run in 1 2; do
    t0=$(now); $bin/govmon report board --la 200 --as-of 2016-03-31 --format html --out "$work/report.html"; t1=$(now)
    echo "   run $run: $(elapsed "$t0" "$t1") s"
done

echo "== raw psql \\copy of the same file into a bare table"
psql -X -q "$GOVMON_DATABASE_URL" -c "CREATE TABLE bench_raw (gid text, urn text, uid text, role text, title text, forename1 text, forename2 text, surname text, appointed text, term_end text, appointing_body text)"
t0=$(now); psql -X -q "$GOVMON_DATABASE_URL" -c "\\copy bench_raw FROM '$work/governance.csv' WITH (FORMAT csv, HEADER true)"; t1=$(now)
copy_seconds=$(elapsed "$t0" "$t1")
echo "   psql \\copy: $(rate "$rows" "$copy_seconds")"
python3 -c "import sys; print(f'== govmon imports at {float(sys.argv[2]) / float(sys.argv[1]):.1%} of \\\\copy speed')" "$import_seconds" "$copy_seconds"
rm -rf "$work"

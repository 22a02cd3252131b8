#!/usr/bin/env bash
# Takes a backup of a govmon database: pg_dump in custom format (compressed, restorable table by
# table), then checks that pg_restore can read it.
#
#   deploy/backup.sh [DATABASE_URL] [FILE]
#
# DATABASE_URL defaults to GOVMON_DATABASE_URL, else the local cluster's (deploy/local-postgres.sh url);
# FILE defaults to backups/govmon-YYYYMMDDTHHMMSSZ.dump. The dump holds personal and special
# category data: keep it encrypted at rest and delete it by the retention schedule for backups.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

url="${1:-${GOVMON_DATABASE_URL:-}}"
if [ -z "$url" ]; then url="$("$here/local-postgres.sh" url)"; fi
file="${2:-backups/govmon-$(date -u +%Y%m%dT%H%M%SZ).dump}"

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
pg_dump="${bin:+$bin/}pg_dump"
pg_restore="${bin:+$bin/}pg_restore"
command -v "$pg_dump" >/dev/null || { echo "backup: pg_dump not found (apt-get install postgresql-client)" >&2; exit 1; }

mkdir -p "$(dirname "$file")"
umask 077
partial="$file.partial"
# A dump is one consistent snapshot (one transaction); written to a side file first so that a
# failed run never leaves something that looks like a backup.
# Row-level security applies to the service login and, on the tables of people's data, to the
# owner too (sql/0009): the dump reads under it with the every-authority scope, so that any
# govmon login (service or migration) takes a complete backup and none needs to bypass the policies.
PGOPTIONS="${PGOPTIONS:-} -c govmon.la_codes=*" "$pg_dump" --enable-row-security --format=custom --compress=6 \
    --file="$partial" "$url"
"$pg_restore" --list "$partial" >/dev/null
mv "$partial" "$file"
echo "backup: wrote $file ($(du -h "$file" | cut -f1))" >&2
echo "$file"

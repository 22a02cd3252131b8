#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into an empty database, all or nothing.
#
#   deploy/restore.sh FILE TARGET_DATABASE_URL
#
# The target database must exist and hold no govmon tables (create it with `createdb` or
# `CREATE DATABASE`): a restore never overwrites a live register. The roles the dump names
# (govmon_owner, govmon_app, govmon_reporting) are created first if the server lacks them; the
# restoring login must be able to act as govmon_owner (a member of it, or a superuser).
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: deploy/restore.sh FILE TARGET_DATABASE_URL" >&2
    exit 64
fi
file="$1"
url="$2"
[ -r "$file" ] || { echo "restore: $file: cannot read it" >&2; exit 1; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
psql="${bin:+$bin/}psql"
pg_restore="${bin:+$bin/}pg_restore"

"$pg_restore" --list "$file" >/dev/null || { echo "restore: $file is not a pg_dump custom-format file" >&2; exit 1; }

existing=$("$psql" -X -q -t -A -v ON_ERROR_STOP=1 "$url" -c \
    "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if [ "$existing" != "0" ]; then
    echo "restore: the target database already has $existing table(s); restore into an empty database" >&2
    exit 1
fi

"$psql" -X -q -v ON_ERROR_STOP=1 "$url" <<'SQL'
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['govmon_owner', 'govmon_app', 'govmon_reporting'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
    IF NOT pg_has_role(current_user, 'govmon_owner', 'MEMBER') THEN
        EXECUTE format('GRANT govmon_owner TO %I', current_user);
    END IF;
END
$$;
-- The dump gives objects to govmon_owner before it restores the schema's privileges: the owner
-- role needs them first.
GRANT CREATE, USAGE ON SCHEMA public TO govmon_owner;
SQL

# One transaction: any error rolls the whole restore back and leaves the target empty.
"$pg_restore" --single-transaction --exit-on-error --no-comments --dbname="$url" "$file"
echo "restore: restored $file" >&2

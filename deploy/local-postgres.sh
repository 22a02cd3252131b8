#!/usr/bin/env bash
# A private PostgreSQL cluster for govmon on this machine: created, started and stopped idempotently.
#
#   deploy/local-postgres.sh start    install Debian's postgresql if missing, create and start the cluster
#   deploy/local-postgres.sh stop     stop it (data kept)
#   deploy/local-postgres.sh status   say whether it runs, exit 0 if it does
#   deploy/local-postgres.sh url      print the database URL govmon uses for it (the owner's login:
#                                     migrations, imports, the command line)
#   deploy/local-postgres.sh service-url   make sure of a least-privilege login for `govmon serve`
#                                     (govmon_service, a member of govmon_app) and print its URL
#
# As root the server runs as the `postgres` user; as an ordinary user, as that user.
# Settings (environment): GOVMON_PGDATA (data folder), GOVMON_PGPORT (default 54329; the same
# default as config/govmon.json), GOVMON_PGDATABASE (default govmon).
# The cluster listens on 127.0.0.1 only and trusts local connections: it is for a developer's
# machine and CI. Production uses a managed PostgreSQL through GOVMON_DATABASE_URL.
set -euo pipefail

port="${GOVMON_PGPORT:-54329}"
dbname="${GOVMON_PGDATABASE:-govmon}"
if [ "$(id -u)" = 0 ]; then
    owner=postgres
    data="${GOVMON_PGDATA:-/var/lib/govmon/postgres}"
else
    owner="$(id -un)"
    data="${GOVMON_PGDATA:-${XDG_STATE_HOME:-$HOME/.local/state}/govmon/postgres}"
fi
log="$data.log"

say() { echo "local-postgres: $*" >&2; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

find_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$dir" ] || [ ! -x "$dir/pg_ctl" ]; then
        if [ "$(id -u)" = 0 ]; then
            say "installing Debian's postgresql package"
            apt-get update -qq >/dev/null
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
            dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
        else
            say "PostgreSQL is not installed: run 'sudo apt-get install postgresql' and try again"
            exit 1
        fi
    fi
    echo "$dir"
}

running() {
    [ -f "$data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1
}

psql_super() {
    as_owner "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -d postgres "$@"
}

start() {
    if [ ! -f "$data/PG_VERSION" ]; then
        say "creating a cluster in $data"
        mkdir -p "$data"
        [ "$(id -u)" = 0 ] && chown -R postgres: "$(dirname "$data")"
        chmod 700 "$data"
        as_owner "$bin/initdb" -D "$data" -U "$owner" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
        cat >>"$data/postgresql.conf" <<CONF
# govmon private cluster
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
max_connections = 400
fsync = on
CONF
    fi
    if running; then
        say "already running on port $port"
    else
        as_owner touch "$log" 2>/dev/null || true
        as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 start >/dev/null
        say "started on 127.0.0.1:$port (data $data, log $log)"
    fi
    # The test suite runs its tests in parallel, each with databases and pools of its own: a
    # cluster made with the earlier limit (200) is raised once, with a restart.
    if [ "$(psql_super -At -c 'SHOW max_connections')" -lt 400 ]; then
        psql_super -q -c "ALTER SYSTEM SET max_connections = 400"
        as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 restart >/dev/null
        say "max_connections raised to 400 (restarted)"
    fi
    # The application role and database, created once.
    psql_super <<SQL
SELECT 'CREATE ROLE govmon LOGIN CREATEDB CREATEROLE'
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'govmon') \gexec
SELECT format('CREATE DATABASE %I OWNER govmon', '$dbname')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$dbname') \gexec
SQL
}

service_url() {
    # The roles are the cluster's; creating them before the first migration is harmless (sql/0008
    # creates them only when missing).
    psql_super >/dev/null <<SQL
DO \$\$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['govmon_owner', 'govmon_app', 'govmon_reporting'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r); END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'govmon_service') THEN
        CREATE ROLE govmon_service LOGIN IN ROLE govmon_app;
    END IF;
END
\$\$;
SQL
    echo "postgres://govmon_service@127.0.0.1:$port/$dbname"
}

stop() {
    if running; then
        as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
        say "stopped"
    else
        say "not running"
    fi
}

bin=$(find_bin)
case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) if running; then say "running on 127.0.0.1:$port"; else say "not running"; exit 3; fi ;;
    url) echo "postgres://govmon@127.0.0.1:$port/$dbname" ;;
    service-url) service_url ;;
    *) echo "usage: $0 start|stop|status|url|service-url" >&2; exit 2 ;;
esac

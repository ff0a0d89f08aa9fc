#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the store tests and print the line to use it:
#     eval "$(.ci/postgres.sh)"      # -> export HADATH_TEST_PG_URL=postgresql+psycopg://...
# Installs the Debian package when missing (needs root), runs the server as the `postgres` user when
# called as root, and is idempotent: a second call reuses the running server, role and database.
# Settings: HADATH_PG_PORT (54329), HADATH_PG_DATA (/tmp/hadath-pg). Stop it with
#     pg_ctl -D /tmp/hadath-pg stop   (as the user that owns the folder)
set -euo pipefail

PORT="${HADATH_PG_PORT:-54329}"
DATA="${HADATH_PG_DATA:-/tmp/hadath-pg}"
DB=hadath_test
ROLE=hadath
PASS=hadath

log() { echo "postgres.sh: $*" >&2; }

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

BIN="$(find_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
    if [ "$(id -u)" != 0 ]; then
        log "PostgreSQL is not installed and this is not root: apt-get install postgresql first"; exit 1
    fi
    log "installing postgresql with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    BIN="$(find_bin)"
fi

if [ "$(id -u)" = 0 ]; then
    OWNER=postgres
    as_owner() { runuser -u postgres -- "$@"; }
else
    OWNER="$(id -un)"
    as_owner() { "$@"; }
fi

if [ ! -s "$DATA/PG_VERSION" ]; then
    log "initialising a cluster in $DATA"
    mkdir -p "$DATA"
    chown "$OWNER" "$DATA"
    chmod 700 "$DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C --auth-local=trust \
        --auth-host=scram-sha-256 >/dev/null
fi

if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    log "starting the server on 127.0.0.1:$PORT"
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off" start >/dev/null
fi

psql_su() { as_owner "$BIN/psql" -h "$DATA" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_su -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
    psql_su -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASS'" >/dev/null
fi
if [ "$(psql_su -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
    psql_su -c "CREATE DATABASE $DB OWNER $ROLE" >/dev/null
fi

echo "export HADATH_TEST_PG_URL=postgresql+psycopg://$ROLE:$PASS@127.0.0.1:$PORT/$DB"

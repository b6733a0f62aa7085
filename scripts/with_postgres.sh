#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server, its URL in POSTGRES_URL (asyncpg form).
# Usage: [PG_PORT=54339] [PG_OPTIONS="-c fsync=off"] bash scripts/with_postgres.sh COMMAND [ARGS...]
set -euo pipefail
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d)
pg_port=${PG_PORT:-54339}
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
stop_pg() { as_pg "$pg_bin/pg_ctl -D $pg_dir/data -m fast -w stop" >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap stop_pg EXIT
as_pg "$pg_bin/initdb -D $pg_dir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
as_pg "$pg_bin/pg_ctl -D $pg_dir/data -l $pg_dir/log -o '-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 ${PG_OPTIONS:-}' -w start" >/dev/null
export POSTGRES_URL="postgresql+asyncpg://postgres@127.0.0.1:$pg_port/postgres"
"$@"

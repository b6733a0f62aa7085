#!/usr/bin/env bash
# The whole test run: system packages, lint, types, migrations, then pytest on SQLite and
# on a throwaway PostgreSQL server started here and stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

need_apt=()
ls -d /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/espeak-ng ] || need_apt+=(espeak-ng)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

echo "== ruff format / ruff check / mypy"
$BIN/ruff format --check .
$BIN/ruff check .
$BIN/mypy

echo "== alembic check"
scratch=$(mktemp -d)
MOCKINTERVIEW_DATA_DIR="$scratch" $BIN/mockinterview db upgrade >/dev/null
MOCKINTERVIEW_DATA_DIR="$scratch" $BIN/alembic check
rm -rf "$scratch"

echo "== pytest on SQLite"
$BIN/pytest -q "$@"

echo "== pytest on PostgreSQL"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d)
pg_port=${MOCKINTERVIEW_TEST_PG_PORT:-54329}
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
stop_pg() { as_pg "$pg_bin/pg_ctl -D $pg_dir/data -m fast -w stop" >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap stop_pg EXIT
as_pg "$pg_bin/initdb -D $pg_dir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
as_pg "$pg_bin/pg_ctl -D $pg_dir/data -l $pg_dir/log -o '-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off' -w start" >/dev/null
MOCKINTERVIEW_TEST_DATABASE_URL="postgresql+asyncpg://postgres@127.0.0.1:$pg_port/postgres" \
  $BIN/pytest -q "$@"

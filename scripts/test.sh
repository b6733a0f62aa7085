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
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)  # the OpenID Connect provider of the tests
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
# A throwaway server without fsync: the tests need its behaviour, not its durability.
PG_PORT=${MOCKINTERVIEW_TEST_PG_PORT:-54329} PG_OPTIONS="-c fsync=off" \
  bash scripts/with_postgres.sh sh -c \
  'MOCKINTERVIEW_TEST_DATABASE_URL="$POSTGRES_URL" "$0" -q "$@"' "$BIN/pytest" "$@"

#!/usr/bin/env bash
# Runs COMMAND with a private, throw-away PostgreSQL server on 127.0.0.1 and stops the server afterwards,
# whatever COMMAND's outcome. Installs Debian's postgresql package first when no server is installed.
#
# Usage: scripts/with-postgres.sh COMMAND [ARG...]   (exits with COMMAND's status)
#
# Settings (environment):
#   DXMONITOR_PG_PORT     the port (default: $DXMONITOR_TEST_PG_PORT, else 55432); it must be free
#   DXMONITOR_PG_OPTIONS  extra server settings, e.g. "-c shared_buffers=1GB -c work_mem=256MB"
# COMMAND sees:
#   DXMONITOR_TEST_POSTGRES  an Npgsql connection string to the server's "postgres" database (user postgres, trust)
#   DXMONITOR_PG_PORT        the port
#
# The server is for tests and benchmarks only: data in a temporary folder, fsync off.
set -euo pipefail

[ $# -gt 0 ] || { echo "usage: scripts/with-postgres.sh COMMAND [ARG...]" >&2; exit 2; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(pg_bin)" ]; then
  echo "with-postgres.sh: installing postgresql from Debian's packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

bin=$(pg_bin)
port=${DXMONITOR_PG_PORT:-${DXMONITOR_TEST_PG_PORT:-55432}}
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "with-postgres.sh: port $port on 127.0.0.1 is in use; choose another with DXMONITOR_PG_PORT" >&2
  exit 1
fi

# A private cluster owned by the unprivileged postgres user (the server refuses to run as root).
pgdir=$(mktemp -d /tmp/dxmonitor-pg.XXXXXX)
chmod 755 "$pgdir"
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -ne 0 ] || chown postgres "$pgdir"
stop_pg() {
  run_pg "$bin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap stop_pg EXIT
trap 'exit 130' INT TERM
run_pg "$bin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
# shellcheck disable=SC2086 # DXMONITOR_PG_OPTIONS is a list of settings
run_pg "$bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 start \
  -o "-p $port -c listen_addresses=127.0.0.1 -k $pgdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400 ${DXMONITOR_PG_OPTIONS:-}" >/dev/null
echo "with-postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export DXMONITOR_PG_PORT=$port
export DXMONITOR_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"

status=0
"$@" || status=$?
exit $status

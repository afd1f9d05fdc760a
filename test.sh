#!/usr/bin/env bash
# Runs every test of DxMonitor. Installs what the tests need when it is missing (PostgreSQL and Chromium
# from Debian's packages), starts a throw-away PostgreSQL server on 127.0.0.1, runs the solution's tests
# against it and SQLite, and stops the server afterwards. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
[ -n "$(pg_bin)" ] || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -e /usr/share/zoneinfo/Asia/Ho_Chi_Minh ] || missing+=(tzdata)
# A real SMTP sink for the e-mail notification tests.
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} from Debian's packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A private PostgreSQL cluster on 127.0.0.1, owned by the unprivileged postgres user (the server refuses root).
bin=$(pg_bin)
port=${DXMONITOR_TEST_PG_PORT:-55432}
pgdir=$(mktemp -d /tmp/dxmonitor-pg.XXXXXX)
chmod 755 "$pgdir"
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -ne 0 ] || chown postgres "$pgdir"
stop_pg() {
  run_pg "$bin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap stop_pg EXIT
run_pg "$bin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 start \
  -o "-p $port -c listen_addresses=127.0.0.1 -k $pgdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
echo "test.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export DXMONITOR_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
export DXMONITOR_TEST_CHROMIUM=${DXMONITOR_TEST_CHROMIUM:-$(command -v chromium)}

log=$(mktemp)
status=0
dotnet test DxMonitor.slnx -c Release "$@" 2>&1 | tee "$log" || status=$?
# House style is part of the build: a file that `dotnet format` would change fails the run.
if [ $# -eq 0 ]; then
  dotnet format DxMonitor.slnx --verify-no-changes || { echo "test.sh: run 'dotnet format DxMonitor.slnx' and commit"; status=1; }
fi
# One closing line over all test projects: "N passed, N failed".
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { printf "%d passed, %d failed\n", p, f }' FS='[ ,]+' "$log"
rm -f "$log"
exit $status

#!/usr/bin/env bash
# Builds the benchmark harness in Release and runs it against a private PostgreSQL server on 127.0.0.1
# (scripts/with-postgres.sh), printing the results table and writing it to bench/results/latest.md.
#
# Usage: bench/run.sh [--scale S] [--runs N] [--reports N] [--seed N]
#   --scale 1 (default) is the run whose figures count (~9.3 M values, several minutes);
#   --scale 0.1 makes about a tenth of the values for a quick run.
# The server listens on DXMONITOR_BENCH_PG_PORT (default 55433), so a test run on 55432 can go on beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build bench/DxMonitor.Bench/DxMonitor.Bench.csproj -c Release -nologo -v quiet

export DXMONITOR_PG_PORT=${DXMONITOR_BENCH_PG_PORT:-55433}
# A server sized for the GROUP BY over ~10 M rows (defaults: 128 MB shared buffers, 4 MB work_mem).
export DXMONITOR_PG_OPTIONS="-c shared_buffers=1GB -c work_mem=256MB -c maintenance_work_mem=512MB -c max_wal_size=8GB ${DXMONITOR_PG_OPTIONS:-}"
exec scripts/with-postgres.sh dotnet bench/DxMonitor.Bench/bin/Release/net10.0/DxMonitor.Bench.dll \
  --output bench/results/latest.md "$@"

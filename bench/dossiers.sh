#!/usr/bin/env bash
# Issue 7's benchmark: generates dossiers as CSV, ingests them into SQLite and PostgreSQL through the product's
# bulk path, times psql's \copy of the same file, and times computing every figure. Prints a table and writes
# it to bench/results/dossiers.md.
#
# Usage: bench/dossiers.sh [--rows N (default 10000000)] [--seed N] [--file PATH]
# The private PostgreSQL server listens on DXMONITOR_DOSSIER_BENCH_PG_PORT (default 55453).
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build bench/DxMonitor.Bench/DxMonitor.Bench.csproj -c Release -nologo -v quiet

export DXMONITOR_PG_PORT=${DXMONITOR_DOSSIER_BENCH_PG_PORT:-55453}
export DXMONITOR_PG_OPTIONS="-c shared_buffers=512MB -c work_mem=128MB -c maintenance_work_mem=512MB -c max_wal_size=8GB ${DXMONITOR_PG_OPTIONS:-}"
exec scripts/with-postgres.sh dotnet bench/DxMonitor.Bench/bin/Release/net10.0/DxMonitor.Bench.dll \
  dossiers --output bench/results/dossiers.md "$@"

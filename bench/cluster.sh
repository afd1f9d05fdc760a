#!/usr/bin/env bash
# Builds the product and the two-instance harness in Release and runs it against a private PostgreSQL server on
# 127.0.0.1 (scripts/with-postgres.sh), printing the results and writing them to bench/results/cluster-latest.md.
#
# Usage: bench/cluster.sh [--writes N] [--seconds S] [--clients N]
# The server listens on DXMONITOR_BENCH_PG_PORT (default 55435).
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build bench/DxMonitor.Bench.Cluster/DxMonitor.Bench.Cluster.csproj -c Release -nologo -v quiet

export DXMONITOR_PG_PORT=${DXMONITOR_BENCH_PG_PORT:-55435}
exec scripts/with-postgres.sh dotnet bench/DxMonitor.Bench.Cluster/bin/Release/net10.0/DxMonitor.Bench.Cluster.dll \
  --output bench/results/cluster-latest.md "$@"

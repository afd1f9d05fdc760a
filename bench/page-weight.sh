#!/usr/bin/env bash
# Builds the product and the page-weight harness in Release and runs it: what /dashboard, /map, /units/VN and the home
# page transfer cold and warm, and their load time, in headless Chromium throttled as a mid-range phone. Writes
# bench/results/page-weight-latest.md. Usage: bench/page-weight.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/DxMonitor.Bench.PageWeight/DxMonitor.Bench.PageWeight.csproj -c Release -nologo -v quiet
exec dotnet bench/DxMonitor.Bench.PageWeight/bin/Release/net10.0/DxMonitor.Bench.PageWeight.dll --output bench/results/page-weight-latest.md "$@"

#!/usr/bin/env bash
# Portal evaluator benchmark: time to evaluate one fixture portal and N (default 100) with bounded concurrency, and
# Lighthouse (npm, on Debian's Chromium) on the same pages side by side. Writes bench/results/portals.md.
#
# Usage: bench/portals.sh [--portals N] [--concurrency N] [--lighthouse N]
# Needs node/npm (Lighthouse 12.x; 13.x needs Node 22) and chromium from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f bench/lighthouse/node_modules/lighthouse/cli/index.js ]; then
  (cd bench/lighthouse && npm install --no-audit --no-fund --loglevel=error) \
    || echo "portals.sh: npm could not install Lighthouse; the comparison will say so"
fi
export CHROME_PATH=${CHROME_PATH:-$(command -v chromium || echo /usr/bin/chromium)}
dotnet build bench/DxMonitor.PortalBench/DxMonitor.PortalBench.csproj -c Release -nologo -v quiet
dotnet bench/DxMonitor.PortalBench/bin/Release/net10.0/DxMonitor.PortalBench.dll --output bench/results/portals.md "$@"

#!/usr/bin/env bash
# Regenerates the C# client (src/DxMonitor.Client) from the OpenAPI document the product serves:
# builds the web host, starts it on a free port over a throw-away SQLite database, saves /openapi/v1.json as the
# client's snapshot (server URL set to the default http://localhost:5080) and runs Kiota (pinned in
# .config/dotnet-tools.json) over it. Run it after any change to the API; ApiDocumentTests fails until you do.
#
# Usage: scripts/generate-client.sh
set -euo pipefail
cd "$(dirname "$0")/.."

client=src/DxMonitor.Client
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/DxMonitor.Web -c Release -v quiet -nologo
dotnet tool restore >/dev/null

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd src/DxMonitor.Web && exec dotnet bin/Release/net10.0/DxMonitor.Web.dll --urls "http://127.0.0.1:$port" --environment Test \
  --Database:Provider Sqlite --Database:ConnectionString "Data Source=$work/snapshot.db") >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/openapi/v1.json" -o "$work/v1.json" && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 1
done
[ -s "$work/v1.json" ] || { echo "generate-client.sh: the server did not serve /openapi/v1.json" >&2; cat "$work/app.log" >&2; exit 1; }
sed "s#\"url\": \"http://127.0.0.1:$port\"#\"url\": \"http://localhost:5080\"#" "$work/v1.json" >"$client/openapi/v1.json"

rm -rf "$client/Generated"
dotnet kiota generate --language CSharp --openapi "$client/openapi/v1.json" --output "$client/Generated" \
  --namespace-name DxMonitor.Client --class-name DxMonitorApiClient --exclude-backward-compatible --clean-output \
  --log-level Error >/dev/null
# The lock file records this machine's paths; the snapshot and this script say all it would.
rm -f "$client/Generated/kiota-lock.json"
echo "generate-client.sh: $(find "$client/Generated" -name '*.cs' | wc -l) files generated from $client/openapi/v1.json"

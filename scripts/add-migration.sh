#!/usr/bin/env bash
# Adds a migration NAME to both providers' migration sets (SQLite and PostgreSQL), kept in step.
# Usage: scripts/add-migration.sh NAME
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NAME}
root=$(cd "$(dirname "$0")/.." && pwd)
project="$root/src/DxMonitor.Data"
dotnet build "$project" -c Debug -v quiet -nologo
out="$project/bin/Debug/net10.0"
version=$(sed -n 's/.*"Microsoft.EntityFrameworkCore.Tools" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")
ef="${NUGET_PACKAGES:-$HOME/.nuget/packages}/microsoft.entityframeworkcore.tools/$version/tools/net8.0/any/ef.dll"
for provider in Sqlite Postgres; do
  dotnet exec --depsfile "$out/DxMonitor.Data.deps.json" --runtimeconfig "$out/DxMonitor.Data.runtimeconfig.json" \
    --additionalprobingpath "${NUGET_PACKAGES:-$HOME/.nuget/packages}" "$ef" \
    migrations add "$name" --assembly "$out/DxMonitor.Data.dll" --startup-assembly "$out/DxMonitor.Data.dll" \
    --project-dir "$project" --root-namespace DxMonitor.Data --language C# --framework net10.0 \
    --context "${provider}DxDbContext" --output-dir "$provider/Migrations"
done

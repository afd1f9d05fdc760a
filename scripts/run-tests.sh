#!/usr/bin/env bash
# Builds the solution once, then runs its test projects: the web tests, by far the longest, alongside the domain,
# data and evaluator tests, which run one after another. Extra arguments go to every `dotnet test`. Runs under
# scripts/with-postgres.sh, which test.sh does; exits non-zero when a build or any project fails.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build DxMonitor.slnx -c Release -nologo -v quiet

dotnet test tests/DxMonitor.Web.Tests -c Release --no-build "$@" &
web=$!
status=0
for project in Domain Data Evaluator; do
  dotnet test "tests/DxMonitor.$project.Tests" -c Release --no-build "$@" || status=1
done
wait "$web" || status=1
exit $status

#!/usr/bin/env bash
# Builds the solution once, then runs its test projects: the web tests, by far the longest, alongside the house-style
# check and the domain, data and evaluator tests, which run one after another. Extra arguments go to every
# `dotnet test` (and skip the style check, as for a filtered run). Runs under scripts/with-postgres.sh, which test.sh
# does; exits non-zero when the build, the style check or any project fails.
set -euo pipefail
cd "$(dirname "$0")/.."

# The JIT's settings for this run (ADR 029); the product keeps the defaults, and what the tests check does not change.
# Dynamic PGO off for everything the run starts (the build, the test processes, the product processes they start): it
# instruments hot methods and compiles them a further time, which pays back in a server that runs for days, not in one
# build and hundreds of short-lived apps (the build 200 s of CPU instead of 270 s, the web tests about a fifth less).
export DOTNET_TieredPGO=0

dotnet build DxMonitor.slnx -c Release -nologo -v quiet

# After the build, which does not gain from it: methods optimised after 5,000 calls instead of 30, so the JIT does not
# compile again code that an app runs a few dozen times before it stops (a sample of web tests 7 % less CPU, app
# starts a third less).
export DOTNET_TC_CallCountThreshold=5000

dotnet test tests/DxMonitor.Web.Tests -c Release --no-build "$@" &
web=$!
status=0
# House style is part of the run: a file that `dotnet format` would change fails it. The build already refuses every
# analyzer and code-style rule (warnings are errors, EnforceCodeStyleInBuild), so what is left to check is layout and
# the order of usings (~30 s, run here beside the web tests rather than after them).
if [ $# -eq 0 ]; then
  { dotnet format whitespace --folder --verify-no-changes && dotnet format style DxMonitor.slnx --diagnostics IMPORTS --verify-no-changes; } ||
    { echo "run-tests.sh: run 'dotnet format DxMonitor.slnx' and commit"; status=1; }
fi
for project in Domain Data Evaluator; do
  dotnet test "tests/DxMonitor.$project.Tests" -c Release --no-build "$@" || status=1
done
wait "$web" || status=1
exit $status

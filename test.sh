#!/usr/bin/env bash
# Runs every test of DxMonitor. Installs what the tests need when it is missing (PostgreSQL, Chromium,
# its headless shell, LibreOffice Calc, an SMTP sink and Node.js from Debian's packages; the pinned OpenAPI linter from npm), starts a throw-away PostgreSQL server on 127.0.0.1, runs the solution's tests
# against it and SQLite, and stops the server afterwards. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
# Chromium for the evaluator (it grades portals in the full browser); its headless shell, the same engine without
# the browser's user interface, for the web UI tests: a third of the CPU for the same pages (ADR 029).
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
shell_missing=$(command -v chromium-headless-shell >/dev/null 2>&1 || echo yes)
[ -e /usr/share/zoneinfo/Asia/Ho_Chi_Minh ] || missing+=(tzdata)
# A real SMTP sink for the e-mail notification tests.
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
# A real spreadsheet program writes the workbooks the import tests read.
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
# Node.js runs the OpenAPI linter (Redocly CLI) over the served document.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ] || [ -n "$shell_missing" ]; then
  echo "test.sh: installing ${missing[*]} ${shell_missing:+chromium-headless-shell} from Debian's packages"
  as_root apt-get update -qq
  [ ${#missing[@]} -eq 0 ] || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # A release without the headless shell package still runs every test, in the full browser.
  [ -z "$shell_missing" ] || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium-headless-shell >/dev/null ||
    echo "test.sh: no chromium-headless-shell package here; the web tests run in chromium, slower" >&2
fi
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' ||
  echo "test.sh: Redocly CLI needs Node.js 20.19 or later (Debian 13's nodejs); the OpenAPI lint test will fail" >&2
# The linter at the version pinned by tools/openapi/package-lock.json, kept in its ignored node_modules between runs.
if [ ! -x tools/openapi/node_modules/.bin/redocly ] || [ tools/openapi/package-lock.json -nt tools/openapi/node_modules/.package-lock.json ]; then
  (cd tools/openapi && npm ci --no-audit --no-fund --loglevel=error)
fi
# The tests' browser is the headless shell, or chromium where there is none (Infrastructure/Browser chooses;
# DXMONITOR_TEST_CHROMIUM names another).
log=$(mktemp)
status=0
# scripts/with-postgres.sh installs PostgreSQL when missing, starts it on 127.0.0.1 and stops it afterwards;
# scripts/run-tests.sh builds, checks the house style and runs every test project.
scripts/with-postgres.sh scripts/run-tests.sh "$@" 2>&1 | tee "$log" || status=$?
# One closing line over all test projects: "N passed, N failed".
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { printf "%d passed, %d failed\n", p, f }' FS='[ ,]+' "$log"
rm -f "$log"
exit $status

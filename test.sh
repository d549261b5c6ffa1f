#!/usr/bin/env bash
# Runs every test: installs the Debian packages the tests use, publishes the binary the process-level
# tests start, builds the test projects and runs each one. Ends with one line: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")"

packages=(dpkg-dev apt-utils util-linux procps dbus polkitd pkexec)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh: these Debian packages are needed: ${missing[*]} (run as root, or install them)" >&2
    exit 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || {
    echo "test.sh: apt-get install ${missing[*]} failed" >&2; exit 1; }
fi

./build.sh || { echo "0 passed, 1 failed"; exit 1; }
dotnet build tests/tests.slnf -c Release --nologo -v quiet >/tmp/update-station-test-build.log 2>&1 || {
  cat /tmp/update-station-test-build.log; echo "0 passed, 1 failed"; exit 1; }

export UPDATE_STATION_BIN="$PWD/artifacts/bin/update-station"
passed=0 failed=0 skipped=0
for project in tests/*/; do
  name=$(basename "$project")
  exe="$project/bin/Release/net10.0/$name"
  [ -x "$exe" ] || continue
  echo "== $name"
  # A hung test project must not hang CI: each gets 20 minutes.
  out=$(timeout --kill-after=30 1200 "$exe" -noColor "$@" 2>&1); status=$?
  echo "$out" | grep -vE '^\s*(\[PASS\]|Discover|Starting|Finished)' | tail -n 40
  summary=$(echo "$out" | grep -E "^\s+$name\s+Total: [0-9]+" | tail -n 1)
  if [ -z "$summary" ]; then
    echo "$name: no test summary (exit status $status)"; failed=$((failed + 1)); continue
  fi
  count() { echo "$summary" | grep -Eo "$1: [0-9]+" | grep -Eo '[0-9]+' || echo 0; }
  total=$(count Total) fails=$(count Failed) errors=$(count Errors) skips=$(count Skipped) notrun=$(count "Not Run")
  passed=$((passed + total - fails - skips - notrun))
  failed=$((failed + fails + errors))
  skipped=$((skipped + skips + notrun))
done

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]

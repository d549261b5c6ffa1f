#!/usr/bin/env bash
# The check's own overhead over apt's: `update-station check --json --no-refresh --backend apt` against
# `apt-get -s dist-upgrade` on the same local apt world (file: repositories only), both with its APT_CONFIG.
# Target: within 10 %. Usage: bench/apt-check-overhead.sh [PACKAGES]  (default 300; the world is reused).
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-300}
world=${APT_BENCH_WORLD:-${TMPDIR:-/tmp}/update-station-bench-apt-$count}
bin=${UPDATE_STATION_BIN:-$PWD/artifacts/bin/update-station}

if ! command -v hyperfine >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then echo "apt-check-overhead: hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; fi
  apt-get install -y -qq hyperfine >/dev/null
fi
for tool in dpkg-deb apt-ftparchive; do
  command -v "$tool" >/dev/null || { echo "apt-check-overhead: $tool is needed (dpkg-dev, apt-utils)" >&2; exit 1; }
done

if [ ! -f "$world/apt.conf" ]; then
  echo "building a world of $count packages in $world"
  dotnet run --project bench/AptWorldBuilder -c Release -v quiet -- "$world" "$count" >/dev/null
fi
export APT_CONFIG="$world/apt.conf"
apt-get -q update >/dev/null
planned=$(apt-get -s dist-upgrade | grep -c '^Inst ' || true)
echo "world: $count packages installed, $planned upgradable"

commands=("apt-get -s dist-upgrade")
status=0 output=""
if [ -x "$bin" ]; then output=$("$bin" check --json --no-refresh --backend apt 2>/dev/null) || status=$?; else status=127; fi
# A usable check exits 0 or 100 and prints the plan as JSON; anything else would time a no-op.
if { [ "$status" -eq 0 ] || [ "$status" -eq 100 ]; } && [[ "$output" == *'"updates"'* ]]; then
  commands+=("$bin check --json --no-refresh --backend apt")
else
  echo "note: '$bin check --json --no-refresh --backend apt' is not usable yet (exit $status, no JSON plan; run ./build.sh); timing apt-get alone"
fi

json=$(mktemp)
trap 'rm -f "$json"' EXIT
# -N: no shell in between; -i: check exits 100 when updates are waiting.
hyperfine -N -i --warmup 5 --min-runs 30 --style basic --export-json "$json" "${commands[@]}" >/dev/null 2>&1

means=($(grep -Eo '"mean": [0-9.e-]+' "$json" | awk '{print $2}'))
stddevs=($(grep -Eo '"stddev": [0-9.e-]+' "$json" | awk '{print $2}'))
printf '\n%-58s %12s %12s\n' command "mean (ms)" "± (ms)"
for i in "${!commands[@]}"; do
  printf '%-58s %12.1f %12.1f\n' "${commands[$i]/#$PWD\//}" "$(awk -v m="${means[$i]}" 'BEGIN{print m*1000}')" \
    "$(awk -v s="${stddevs[$i]}" 'BEGIN{print s*1000}')"
done
if [ "${#commands[@]}" -eq 2 ]; then
  overhead=$(awk -v a="${means[0]}" -v c="${means[1]}" 'BEGIN{printf "%.1f", (c/a-1)*100}')
  verdict=$(awk -v o="$overhead" 'BEGIN{print (o <= 10) ? "within" : "over"}')
  echo "check overhead: ${overhead}% ($verdict the 10% target)"
fi

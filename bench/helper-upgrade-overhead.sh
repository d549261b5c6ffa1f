#!/usr/bin/env bash
# The root helper's own overhead over apt's: `update-station-helper upgrade --plan FP` against `apt-get -y dist-upgrade`
# alone, on the same local apt world (file: repositories, a private dpkg root; 2,000 packages, 1,000 upgradable by
# default). Before every run the world's dpkg root is put back as it was (hyperfine --prepare), so each run upgrades the
# same 1,000 packages. The helper refreshes, plans, compares, plans again and applies through the same apt-get with its
# plan hook; apt-get alone only applies. Target: within 5 %. Root only (the helper refuses anyone else).
# Usage: bench/helper-upgrade-overhead.sh [PACKAGES [ROUNDS]]   (defaults 2000 and 3; the world is reused)
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-2000}
runs=${2:-3}
world=${APT_BENCH_WORLD:-${TMPDIR:-/tmp}/update-station-bench-helper-$count}
published=${UPDATE_STATION_HELPER:-$PWD/artifacts/libexec/update-station-helper}

[ "$(id -u)" -eq 0 ] || { echo "helper-upgrade-overhead: run it as root (the helper refuses anyone else)" >&2; exit 1; }
[ -x "$published" ] || { echo "helper-upgrade-overhead: '$published' is missing; run ./build.sh first" >&2; exit 1; }
for tool in hyperfine dpkg-deb apt-ftparchive; do
  command -v "$tool" >/dev/null || { echo "helper-upgrade-overhead: $tool is needed (hyperfine, dpkg-dev, apt-utils)" >&2; exit 1; }
done

if [ ! -d "$world/root.pristine" ]; then
  echo "building a world of $count packages in $world"
  rm -rf "$world"
  dotnet run --project bench/AptWorldBuilder -c Release -v quiet -- "$world" "$count" >/dev/null
  APT_CONFIG="$world/apt.conf" apt-get -q update >/dev/null
  cp -a "$world/root" "$world/root.pristine"
fi

# A private install of the helper: a root-owned folder with the settings override beside it (update-station-helper(8)).
helper=$(mktemp -d "${TMPDIR:-/tmp}/update-station-bench-helper-XXXXXX")
trap 'rm -rf "$helper"' EXIT
chmod 0755 "$helper"
cp "$published" "$helper/update-station-helper"
cat > "$helper/update-station-helper.toml" <<EOF
[helper]
backend = "apt"
apt-config = "$world/apt.conf"
log = "$helper/update-station.log"
EOF

reset="rm -rf '$world/root' '$helper/update-station.log' '$world/log/dpkg.log' && cp -a '$world/root.pristine' '$world/root'"
sh -c "$reset"
fingerprint=$("$helper/update-station-helper" refresh | grep -o '"fingerprint":"[0-9a-f]*"' | tail -n 1 | cut -d'"' -f4)
planned=$(APT_CONFIG="$world/apt.conf" apt-get -s dist-upgrade | grep -c '^Inst ' || true)
echo "world: $count packages installed, $planned upgradable; plan $fingerprint"

apt_alone="apt-get -y -o Dpkg::Use-Pty=0 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold dist-upgrade"
through_helper="$helper/update-station-helper upgrade --plan $fingerprint"
rounds=$(mktemp -d)
trap 'rm -rf "$helper" "$rounds"' EXIT

# One run of each per round, alternating, so a change in the machine's load (other builds) falls on both alike.
# -N: no shell in between (the --prepare command has one). apt-get gets the world through APT_CONFIG, as the helper
# does from its settings; its output goes to /dev/null as hyperfine's does, the helper's into its log and events.
for round in $(seq "$runs"); do
  APT_CONFIG="$world/apt.conf" DEBIAN_FRONTEND=noninteractive \
    hyperfine -N --runs 1 --prepare "sh -c \"$reset\"" --style none --export-json "$rounds/$round.json" \
    -n "apt-get -y dist-upgrade" "$apt_alone" -n "update-station-helper upgrade --plan FP" "$through_helper" >/dev/null
done

# The helper's own part before apt starts (lock checks, refresh, plan, compare) is measured alone: with a fingerprint no
# plan has, it does all of that and stops with plan-changed (exit 3), changing nothing.
hyperfine -N -i --runs 5 --prepare "sh -c \"$reset\"" --style none --export-json "$rounds/before-apt.json" \
  "$helper/update-station-helper upgrade --plan $(printf '0%.0s' $(seq 64))" >/dev/null

# Wall time moves with whatever else the machine does; CPU time (user + system, the children's included: apt-get, dpkg,
# the maintainer scripts) much less, so both are shown.
python3 - "$rounds" "$count packages, $planned upgradable, $runs rounds" <<'PY'
import json, pathlib, statistics, sys
rounds = [json.loads(p.read_text())["results"] for p in sorted(pathlib.Path(sys.argv[1]).glob("[0-9]*.json"))]
before_apt = json.loads((pathlib.Path(sys.argv[1]) / "before-apt.json").read_text())["results"][0]
rows = []
for i, name in enumerate(r["command"] for r in rounds[0]):
    wall = [r[i]["mean"] for r in rounds]
    cpu = [r[i]["user"] + r[i]["system"] for r in rounds]
    rows.append((name, statistics.mean(wall), statistics.stdev(wall) if len(wall) > 1 else 0.0, statistics.mean(cpu)))
print(f"\n{sys.argv[2]:<44} {'wall (s)':>10} {'± (s)':>8} {'CPU (s)':>10}")
for name, wall, spread, cpu in rows:
    print(f"{name:<44} {wall:>10.2f} {spread:>8.2f} {cpu:>10.2f}")
(_, apt_wall, _, apt_cpu), (_, helper_wall, _, helper_cpu) = rows
print(f"helper overhead: wall {100 * (helper_wall / apt_wall - 1):.1f}%, CPU {100 * (helper_cpu / apt_cpu - 1):.1f}% (target: within 5%)")
print(f"the helper's part before apt starts (refresh, plan, compare; 5 runs): {before_apt['mean']:.2f} ± {before_apt['stddev']:.2f} s wall, "
      f"{before_apt['user'] + before_apt['system']:.2f} s CPU = {100 * before_apt['mean'] / apt_wall:.1f}% of apt-get's wall time")
PY

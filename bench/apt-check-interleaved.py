#!/usr/bin/env python3
"""The check's overhead over apt-get's, measured in interleaved rounds: apt-get -s dist-upgrade, then
update-station check --json --no-refresh (and a baseline build's, when given), one after the other in each round.

On a shared 2-core machine the speed drifts by tens of percent within a minute, so hyperfine's consecutive runs of one
command, then the other (apt-check-overhead.sh), can put the drift into the difference. Here each check is divided by
the apt-get of its own round and the median of those ratios is reported.

Usage: bench/apt-check-interleaved.py [ROUNDS] [PACKAGES]   (25 and 2000; the world of apt-check-overhead.sh PACKAGES)
Environment: UPDATE_STATION_BIN (default artifacts/bin/update-station), BASELINE_BIN (another build to compare).
"""
import os
import statistics
import subprocess
import sys
import time

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 25
packages = sys.argv[2] if len(sys.argv) > 2 else "2000"
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
world = os.environ.get("APT_BENCH_WORLD", os.path.join(os.environ.get("TMPDIR", "/tmp"), f"update-station-bench-apt-{packages}"))
if not os.path.isfile(os.path.join(world, "apt.conf")):
    sys.exit(f"apt-check-interleaved: no world at {world}; run bench/apt-check-overhead.sh {packages} once first")
os.environ["APT_CONFIG"] = os.path.join(world, "apt.conf")

check = ["check", "--json", "--no-refresh", "--backend", "apt"]
commands = {"apt-get -s dist-upgrade": ["apt-get", "-s", "dist-upgrade"]}
commands["update-station check"] = [os.environ.get("UPDATE_STATION_BIN", os.path.join(root, "artifacts/bin/update-station")), *check]
if os.environ.get("BASELINE_BIN"):
    commands["baseline check"] = [os.environ["BASELINE_BIN"], *check]


def run(command):
    started = time.perf_counter()
    status = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    if status not in (0, 100):
        sys.exit(f"apt-check-interleaved: {' '.join(command)} exited {status}")
    return time.perf_counter() - started


for command in commands.values():
    run(command)  # warm-up: the page cache, apt's caches
times = {name: [] for name in commands}
for _ in range(rounds):
    for name, command in commands.items():
        times[name].append(run(command))

apt = times["apt-get -s dist-upgrade"]
print(f"{rounds} interleaved rounds, {packages}-package world")
for name, seconds in times.items():
    ratio = statistics.median(t / a for t, a in zip(seconds, apt))
    print(f"{name:26} median {statistics.median(seconds) * 1000:7.1f} ms   {ratio:.3f} x apt-get in the same round")

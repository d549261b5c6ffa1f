#!/usr/bin/env bash
# Idle cost of the whole instance: `update-station tray` (artifacts/bin) with its icon registered in a real
# xfce4-panel, after a check of a local apt world of COUNT packages (default 300, half upgradable) shown on the icon and
# notified to dunst, on a private Xvfb and session bus. Prints its RSS once registered and once the check is shown,
# and the CPU time it used over a quiet period (QUIET seconds, default 60).
# Usage: bench/tray-idle.sh [COUNT]      (UPDATE_STATION_BIN for another build; needs ./build.sh first, and xvfb dbus xfce4-panel xfconf dunst apt-utils)
set -euo pipefail
cd "$(dirname "$0")/.."
quiet=${QUIET:-60}
count=${1:-300}
bin=${UPDATE_STATION_BIN:-$PWD/artifacts/bin/update-station}

root=$(mktemp -d /tmp/us-bench-tray-XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$root"; }
trap cleanup EXIT

dotnet run --project bench/AptWorldBuilder -c Release -v quiet -- "$root/world" "$count" >/dev/null
display=:$((150 + $$ % 40))
Xvfb "$display" -nolisten tcp -screen 0 1024x768x24 >/dev/null 2>&1 & pids+=($!)
mkdir -p "$root/home" "$root/run"
chmod 700 "$root/run"
export HOME="$root/home" XDG_CONFIG_HOME="$root/home/.config" XDG_CACHE_HOME="$root/home/.cache" \
  XDG_STATE_HOME="$root/home/.local/state" XDG_RUNTIME_DIR="$root/run" DISPLAY="$display" NO_AT_BRIDGE=1 \
  APT_CONFIG="$root/world/apt.conf"
dbus-daemon --session --nofork --nopidfile --print-address=1 > "$root/bus" 2>/dev/null & pids+=($!)
for _ in $(seq 100); do [ -s "$root/bus" ] && break; sleep 0.1; done
export DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$root/bus")
has_owner() { dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q true; }
xfce4-panel --disable-wm-check >/dev/null 2>&1 & pids+=($!)
dunst >/dev/null 2>&1 & pids+=($!)
for _ in $(seq 300); do has_owner org.kde.StatusNotifierWatcher && has_owner org.freedesktop.Notifications && break; sleep 0.1; done

"$bin" tray --backend apt --first-check-delay 30 2> "$root/tray.log" & tray=$!; pids+=($tray)
for _ in $(seq 100); do has_owner "org.kde.StatusNotifierItem-$tray-1" && break; sleep 0.1; done
sleep 5
rss() { awk '/^VmRSS/ {print $2 / 1024}' "/proc/$tray/status"; }
registered=$(rss)
for _ in $(seq 900); do grep -q 'check done' "$root/tray.log" && break; sleep 0.1; done
grep -q 'check done: [1-9]' "$root/tray.log" || { echo "the tray's check did not finish with updates:" >&2; cat "$root/tray.log" >&2; exit 1; }
has_owner "org.kde.StatusNotifierItem-$tray-1" || { echo "the tray's icon is not on the bus" >&2; exit 1; }
sleep 5
checked=$(rss)
ticks() { awk '{print $14 + $15}' "/proc/$tray/stat"; }
before=$(ticks); sleep "$quiet"; after=$(ticks)
hz=$(getconf CLK_TCK)
echo "| process | RSS registered (MB) | RSS after a check of $count packages (MB) | CPU over ${quiet} s idle (ms) |"
echo "|---|---|---|---|"
printf '| update-station tray (NativeAOT) | %.1f | %.1f | %d |\n' "$registered" "$checked" $(( (after - before) * 1000 / hz ))

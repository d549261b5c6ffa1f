#!/usr/bin/env bash
# Idle cost of the desktop face: a NativeAOT process (bench/desktop-idle) with the icon registered in a real
# xfce4-panel and a plan shown (one notification sent to dunst), on a private Xvfb and session bus.
# Prints its RSS once settled and the CPU time it used over a quiet period (QUIET seconds, default 60).
# Usage: bench/desktop-idle.sh            (needs xvfb dbus xfce4-panel xfconf dunst; see bench/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."
quiet=${QUIET:-60}
out=artifacts/bench/desktop-idle
dotnet publish bench/desktop-idle/DesktopIdle.csproj -c Release --nologo -v quiet -o "$out" >/dev/null

root=$(mktemp -d /tmp/us-bench-desktop-XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$root"; }
trap cleanup EXIT

display=:$((150 + $$ % 40))
Xvfb "$display" -nolisten tcp -screen 0 1024x768x24 >/dev/null 2>&1 & pids+=($!)
mkdir -p "$root/home"
export HOME="$root/home" XDG_CONFIG_HOME="$root/home/.config" XDG_CACHE_HOME="$root/home/.cache" DISPLAY="$display" NO_AT_BRIDGE=1
dbus-daemon --session --nofork --nopidfile --print-address=1 > "$root/bus" 2>/dev/null & pids+=($!)
for _ in $(seq 100); do [ -s "$root/bus" ] && break; sleep 0.1; done
export DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$root/bus")
has_owner() { dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q true; }
xfce4-panel --disable-wm-check >/dev/null 2>&1 & pids+=($!)
dunst >/dev/null 2>&1 & pids+=($!)
for _ in $(seq 300); do has_owner org.kde.StatusNotifierWatcher && has_owner org.freedesktop.Notifications && break; sleep 0.1; done

"$out/desktop-idle" "$root/notifications.json" > "$root/face" & face=$!; pids+=($face)
for _ in $(seq 100); do grep -q '^ready' "$root/face" 2>/dev/null && break; sleep 0.1; done
sleep 5
ticks() { awk '{print $14 + $15}' "/proc/$face/stat"; }
rss=$(awk '/^VmRSS/ {print $2}' "/proc/$face/status")
before=$(ticks); sleep "$quiet"; after=$(ticks)
hz=$(getconf CLK_TCK)
echo "| process | registered | RSS (MB) | CPU over ${quiet} s idle (ms) |"
echo "|---|---|---|---|"
awk -v host="$(sed -n 's/^ready [0-9]* host=//p' "$root/face")" -v rss="$rss" -v cpu=$(( (after - before) * 1000 / hz )) \
  'BEGIN { printf "| desktop-idle (NativeAOT, face only) | %s | %.1f | %d |\n", host, rss / 1024, cpu }'

#!/usr/bin/env bash
# Makes docs/screenshots/window.png, the README's picture: `update-station window` on a private Xvfb, showing a plan
# published in a private runtime directory as the instance publishes it (plan.json, in `check --json`'s form).
# Needs ./build.sh first, and xvfb, x11-utils (xdpyinfo), xdotool and imagemagick (import).
# Usage: docs/screenshots/make.sh        (UPDATE_STATION_BIN names another binary; the X display is a free one)
set -euo pipefail
cd "$(dirname "$0")/../.."

bin=${UPDATE_STATION_BIN:-$PWD/artifacts/bin/update-station}
out=$PWD/docs/screenshots/window.png
work=$(mktemp -d)
xvfb=
window=
cleanup() {
  [ -n "$window" ] && kill "$window" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Polls (at most 60 s: a first start builds fontconfig's cache) until the command given succeeds.
until_ok() {
  for _ in $(seq 600); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "make.sh: timed out waiting for: $*" >&2; cat "$work"/*.log >&2; return 1
}

# -displayfd: Xvfb picks a display nobody uses and writes its number once it accepts clients.
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp -noreset 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
until_ok test -s "$work/display"
display=:$(head -n 1 "$work/display")
until_ok xdpyinfo -display "$display"

# Six updates, one of them a security update, and one held package: what a Debian 12 desktop sees on a usual week.
export XDG_RUNTIME_DIR=$work/run
mkdir -m 0700 "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR/update-station"
now=$(date --iso-8601=seconds)
refreshed=$(date --iso-8601=seconds -d '-12 minutes')
change() { # name current new repository security
  printf '{"name":"%s","action":"upgrade","currentVersion":"%s","newVersion":"%s","repository":"%s","security":%s,"vulnerable":false,"reason":null}' "$@"
}
updates=$(IFS=,; echo "$(change openssl 3.0.15-1~deb12u1 3.0.17-1~deb12u2 bookworm-security true),$(
  change curl 7.88.1-10+deb12u8 7.88.1-10+deb12u12 bookworm false),$(
  change libc6 2.36-9+deb12u9 2.36-9+deb12u10 bookworm false),$(
  change libc-bin 2.36-9+deb12u9 2.36-9+deb12u10 bookworm false),$(
  change tzdata 2025a-0+deb12u1 2025b-0+deb12u1 bookworm-updates false),$(
  change base-files 12.4+deb12u10 12.4+deb12u11 bookworm false)")
printf '{"backend":"apt","checkedAt":"%s","updates":[%s],"held":[{"name":"linux-image-amd64","currentVersion":"6.1.129-1","availableVersion":"6.1.133-1"}],"downloadBytes":98304000,"diskChangeBytes":1572864,"selfUpgradeFirst":false,"catalogueRefreshed":true,"catalogueUpdatedAt":"%s"}' \
  "$now" "$updates" "$refreshed" >"$XDG_RUNTIME_DIR/update-station/plan.json.tmp"
mv "$XDG_RUNTIME_DIR/update-station/plan.json.tmp" "$XDG_RUNTIME_DIR/update-station/plan.json"

# No session bus: the window needs none (NO_AT_BRIDGE keeps GTK from looking for the accessibility bus).
env -u DBUS_SESSION_BUS_ADDRESS DISPLAY="$display" NO_AT_BRIDGE=1 LANG=C.UTF-8 "$bin" window >"$work/window.log" 2>&1 &
window=$!
until_ok test -s "$XDG_RUNTIME_DIR/update-station/window.json"   # published from the window's first map-event
id=$(DISPLAY=$display xdotool search --sync --onlyvisible --name '^Update Station$' | head -n 1)
# The window is mapped; wait until it has drawn itself (two equal captures in a row).
prev=
for _ in $(seq 50); do
  import -display "$display" -window "$id" "$work/shot.png"
  sum=$(md5sum <"$work/shot.png")
  [ "$sum" = "$prev" ] && break
  prev=$sum; sleep 0.2
done
mkdir -p "$(dirname "$out")"
cp "$work/shot.png" "$out"
echo "wrote $out ($(identify -format '%wx%h' "$out"))"

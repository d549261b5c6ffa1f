#!/usr/bin/env bash
# Makes the window's pictures from a real session: `update-station window` on a private Xvfb, showing a plan published
# in a private runtime directory as the instance publishes it (plan.json, in `check --json`'s form), driven with the
# keyboard (xdotool) as a user drives it:
#   window.png      the list with the selected update's details (the README's picture)
#   confirm.png     Install Updates asking first, since the plan removes a package
#   progress.png    the install's progress page        result.png   its end: what changed, the restart advice
#   up-to-date.png  the page for a system with nothing to do
# The install is the one stand-in: a `pkexec` first on the window's PATH writes the events update-station-helper
# writes, instead of changing this machine's packages.
# Needs ./build.sh first, and xvfb, x11-utils (xdpyinfo), xdotool and imagemagick (import).
# Usage: docs/screenshots/make.sh        (UPDATE_STATION_BIN names another binary; the X display is a free one)
set -euo pipefail
cd "$(dirname "$0")/../.."

bin=${UPDATE_STATION_BIN:-$PWD/artifacts/bin/update-station}
outdir=$PWD/docs/screenshots
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
change() { # name current new repository security [more fields]
  printf '{"name":"%s","action":"upgrade","currentVersion":"%s","newVersion":"%s","repository":"%s","security":%s,"vulnerable":false,"reason":null%s}' \
    "$1" "$2" "$3" "$4" "$5" "${6:+,$6}"
}
# openssl as the package indexes describe it (the details pane shows this); legacy-codec goes (Install asks first).
openssl='"downloadBytes":2457600,"diskChangeBytes":4096,"summary":"Secure Sockets Layer toolkit - cryptographic utility","homepage":"https://www.openssl.org/","advisory":"DSA-5901-1","description":"This package is part of the OpenSSL implementation of the SSL and TLS protocols.\n\nIt contains the command line binary /usr/bin/openssl."'
removal='{"name":"legacy-codec","action":"remove","currentVersion":"0.9.2-3","newVersion":null,"repository":null,"security":false,"vulnerable":false,"reason":"conflicts with codec-ng"}'
updates=$(IFS=,; echo "$(change openssl 3.0.15-1~deb12u1 3.0.17-1~deb12u2 bookworm-security true "$openssl"),$(
  change curl 7.88.1-10+deb12u8 7.88.1-10+deb12u12 bookworm false),$(
  change libc6 2.36-9+deb12u9 2.36-9+deb12u10 bookworm false),$(
  change libc-bin 2.36-9+deb12u9 2.36-9+deb12u10 bookworm false),$(
  change tzdata 2025a-0+deb12u1 2025b-0+deb12u1 bookworm-updates false),$(
  change base-files 12.4+deb12u10 12.4+deb12u11 bookworm false),$removal")
printf '{"backend":"apt","checkedAt":"%s","updates":[%s],"held":[{"name":"linux-image-amd64","currentVersion":"6.1.129-1","availableVersion":"6.1.133-1"}],"downloadBytes":98304000,"diskChangeBytes":1572864,"selfUpgradeFirst":false,"catalogueRefreshed":true,"catalogueUpdatedAt":"%s"}' \
  "$now" "$updates" "$refreshed" >"$XDG_RUNTIME_DIR/update-station/plan.json.tmp"
mv "$XDG_RUNTIME_DIR/update-station/plan.json.tmp" "$XDG_RUNTIME_DIR/update-station/plan.json"

# The stand-in for pkexec and the helper: a run's events, holding at the progress page until the script has its picture.
mkdir "$work/bin"
cat >"$work/bin/pkexec" <<STANDIN
#!/bin/sh
ev() { printf '%s\n' "\$1"; }
ev '{"event":"step","step":"download"}'
ev '{"event":"progress","percent":0}'
sleep 2
ev '{"event":"progress","percent":64}'
sleep 1
ev '{"event":"progress","percent":100}'
ev '{"event":"step","step":"install"}'
for p in openssl curl libc6; do
  ev "{\"event\":\"progress\",\"percent\":30,\"package\":\"\$p\"}"
  ev "{\"event\":\"log\",\"line\":\"Unpacking \$p ...\"}"
  sleep 1
done
touch "$work/at-progress"
while [ ! -e "$work/go" ]; do sleep 0.1; done
ev '{"event":"progress","percent":100,"package":"base-files"}'
ev '{"event":"done","restartNeeded":true}'
touch "$work/done"
STANDIN
chmod +x "$work/bin/pkexec"

# No session bus: the window needs none (NO_AT_BRIDGE keeps GTK from looking for the accessibility bus).
env -u DBUS_SESSION_BUS_ADDRESS DISPLAY="$display" NO_AT_BRIDGE=1 LANG=C.UTF-8 PATH="$work/bin:$PATH" XDG_STATE_HOME="$work/state" \
  "$bin" window >"$work/window.log" 2>&1 &
window=$!
until_ok test -s "$XDG_RUNTIME_DIR/update-station/window.json"   # published from the window's first map-event
id=$(DISPLAY=$display xdotool search --sync --onlyvisible --name '^Update Station$' | head -n 1)
mkdir -p "$outdir"

# Captures window $1 into docs/screenshots/$2 once it has drawn itself (two equal captures in a row).
shoot() {
  local prev='' sum
  for _ in $(seq 50); do
    import -display "$display" -window "$1" "$work/shot.png"
    sum=$(md5sum <"$work/shot.png")
    [ "$sum" = "$prev" ] && break
    prev=$sum; sleep 0.3
  done
  cp "$work/shot.png" "$outdir/$2"
  echo "wrote $outdir/$2 ($(identify -format '%wx%h' "$outdir/$2"))"
}
key() { DISPLAY=$display xdotool windowfocus --sync "$id" key --delay 150 "$@"; }

sleep 1                            # the list is filled at idle priority after the map
key Down Down                      # the tree has the focus: the security group's title, then openssl, selected
shoot "$id" window.png
key alt+i                          # Install Updates: the plan removes legacy-codec, so it asks first
dialog=$(DISPLAY=$display xdotool search --sync --onlyvisible --name '^Remove packages\?$' | head -n 1)
shoot "$dialog" confirm.png
DISPLAY=$display xdotool windowfocus --sync "$dialog" key alt+r
until_ok test -e "$work/at-progress"
shoot "$id" progress.png
touch "$work/go"
until_ok test -e "$work/done"
shoot "$id" result.png

# Nothing to do: the instance publishes an empty plan, and the window (back from the result) follows it.
key alt+l                          # Later
printf '{"backend":"apt","checkedAt":"%s","updates":[],"held":[],"downloadBytes":null,"diskChangeBytes":null,"selfUpgradeFirst":false,"catalogueRefreshed":true,"catalogueUpdatedAt":"%s"}' \
  "$now" "$refreshed" >"$XDG_RUNTIME_DIR/update-station/plan.json.tmp"
mv "$XDG_RUNTIME_DIR/update-station/plan.json.tmp" "$XDG_RUNTIME_DIR/update-station/plan.json"
sleep 1
shoot "$id" up-to-date.png

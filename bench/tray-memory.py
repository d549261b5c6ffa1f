#!/usr/bin/env python3
"""Where the idle tray's memory goes, and what each runtime or publish setting buys.

Runs `update-station tray` (a published NativeAOT binary) on one private desktop: Xvfb, a session bus (dbus-daemon),
xfce4-panel as the StatusNotifierItem host, dunst as the notification server (dbus-monitor counts the Notify calls). Each run gets a fresh home and
runtime directory (so the notification policy has no memory of an earlier run), starts the tray with
--first-check-delay 20, reads its memory once the icon is registered, 10 s have passed (the tray trims its heap 5 s
after each check) and the process is quiet, then again once the
check of a local apt world (COUNT packages, half upgradable; bench/AptWorldBuilder, built once into
$TMPDIR/update-station-bench-tray-memory-COUNT and kept) is done, shown on the icon,
notified to dunst, 10 s have passed and the process has been quiet for 3 s. Then it stops the tray.

Where it goes, from /proc/PID/smaps (resident pages, which is what RSS counts; PSS shares pages mapped by others):
  image    the executable's own mappings (code, read-only data, the runtime's data)
  libs     shared libraries (libc, libm, ld.so, and OpenSSL when it is loaded: libssl, libcrypto)
  gc       the GC's reservation (heap regions and its bookkeeping): the run of anonymous mappings, with no gap
           between them, around the largest anonymous mapping (the GC reserves its whole range at start)
  anon     every other anonymous mapping: malloc, thread stacks, the runtime's native data
Rows come in rounds (each variant once per round, interleaved) and each figure is the median over the rounds.

Variants: runtime settings (knob) and publish settings are binaries published with -p: properties into
artifacts/bench/tray-memory/NAME (when missing; a publish takes minutes, and ILC gets an intermediate directory of its
own per variant); runtime settings are compiled in as src/NativeAot.props does, through bench/tray-memory/Variant.targets. `headless` runs the baseline without a session bus: no icon, no notification,
no D-Bus connection, so its difference from the baseline is what the desktop face costs.

Usage: bench/tray-memory.py [--rounds N] [--count N] [VARIANT ...]    (default: every variant, 3 rounds, 300 packages)
       bench/tray-memory.py --list
Environment: UPDATE_STATION_BIN (the baseline binary; default artifacts/bin/update-station, so ./build.sh first).
Needs xvfb dbus xfce4-panel xfconf dunst apt-utils.
"""
import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUIET_S = 3.0
SETTLE_S = 10.0

# name: (kind, settings, what it is). "knob" is a runtime setting compiled in (bench/tray-memory/Variant.targets):
# NativeAOT does not read the DOTNET_GC* environment variables here (a 64 KB DOTNET_GCHeapHardLimit changed nothing).
VARIANTS = {
    "baseline": ("binary", None, "as published by ./build.sh (src/NativeAot.props)"),
    "headless": ("binary", None, "the baseline without a session bus: no icon, no notification, no D-Bus"),
    "before": ("binary", "BEFORE_BIN", "another build (BEFORE_BIN), e.g. the one before a change"),
    "conserve-5": ("knob", ("System.GC.ConserveMemory", "5"), "System.GC.ConserveMemory=5"),
    "hardlimit-32m": ("knob", ("System.GC.HeapHardLimit", str(32 << 20)), "System.GC.HeapHardLimit=32 MB"),
    "gen0-256k": ("knob", ("System.GC.Gen0Size", str(256 << 10)), "System.GC.Gen0Size=256 KB"),
    "size": ("publish", ["-p:IlcOptimizationPreference=Size"], "IlcOptimizationPreference=Size"),
    "no-stacktrace": ("publish", ["-p:StackTraceSupport=false"], "StackTraceSupport=false"),
}
DEFAULT = ["baseline", "headless", "conserve-5", "hardlimit-32m", "gen0-256k", "size"]


def fail(message):
    sys.exit(f"tray-memory: {message}")


def binary_of(name, kind, settings, baseline):
    if kind == "binary":
        binary = os.environ.get(settings, "") if settings else baseline
        if not os.path.isfile(binary):
            fail(f"variant {name} needs a binary in {settings}")
        return binary
    if kind == "knob":
        settings = [f"-p:CustomAfterMicrosoftCommonTargets={ROOT}/bench/tray-memory/Variant.targets",
                    f"-p:TrayMemoryKnob={settings[0]}", f"-p:TrayMemoryValue={settings[1]}"]
    out = os.path.join(ROOT, "artifacts/bench/tray-memory", name)
    binary = os.path.join(out, "update-station")
    if not os.path.isfile(binary):
        print(f"publishing {name} ({' '.join(settings)}) into {out}", file=sys.stderr)
        # ILC's own intermediate directory per variant: its incremental check does not see -p: properties, so in the
        # shared one a variant would get the last build's native code (and ./build.sh the variant's).
        native = os.path.join(ROOT, "artifacts/bench/tray-memory/obj", name) + "/"
        subprocess.run(["dotnet", "publish", os.path.join(ROOT, "src/UpdateStation/UpdateStation.csproj"), "-c", "Release",
                        "--nologo", "-v", "quiet", "-o", out, f"-p:NativeIntermediateOutputPath={native}", *settings],
                       check=True, stdout=subprocess.DEVNULL)
    return binary


def smaps(pid, binary):
    """Resident kB by where it goes, from /proc/PID/smaps, and the rollup's totals."""
    maps = []
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            head = re.match(r"^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$", line)
            if head:
                maps.append({"start": int(head[1], 16), "end": int(head[2], 16), "path": head[4].strip()})
            elif line.endswith(" kB\n"):
                key, value = line.split(":", 1)
                maps[-1][key] = int(value.split()[0])
    anonymous = [i for i, m in enumerate(maps) if m["path"] == ""]
    largest = max(anonymous, key=lambda i: maps[i]["end"] - maps[i]["start"])
    low = high = largest
    while low - 1 >= 0 and maps[low - 1]["path"] == "" and maps[low - 1]["end"] == maps[low]["start"]:
        low -= 1
    while high + 1 < len(maps) and maps[high + 1]["path"] == "" and maps[high + 1]["start"] == maps[high]["end"]:
        high += 1
    real = os.path.realpath(binary)
    out = {"image": 0, "libs": 0, "crypto": 0, "gc": 0, "anon": 0}
    for i, m in enumerate(maps):
        rss = m.get("Rss", 0)
        if m["path"] == real:
            out["image"] += rss
        elif low <= i <= high:
            out["gc"] += rss
        elif m["path"] == "" or m["path"].startswith("["):
            out["anon"] += rss
        else:
            out["libs"] += rss
            if re.search(r"/lib(ssl|crypto)\.so", m["path"]):
                out["crypto"] += rss
    with open(f"/proc/{pid}/smaps_rollup") as f:
        rollup = {k: int(v.split()[0]) for k, v in (line.split(":", 1) for line in f if line.endswith(" kB\n"))}
    out["rss"] = rollup["Rss"]
    out["pss"] = rollup["Pss"]
    out["private"] = rollup["Private_Clean"] + rollup["Private_Dirty"]
    with open(f"/proc/{pid}/status") as f:
        out["threads"] = int(re.search(r"^Threads:\s+(\d+)", f.read(), re.M)[1])
    return out


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def wait_for(condition, what, timeout=60.0, process=None):
    deadline = time.monotonic() + timeout
    while not condition():
        if process is not None and process.poll() is not None:
            fail(f"the tray exited ({process.returncode}) while waiting for {what}")
        if time.monotonic() > deadline:
            fail(f"timed out waiting for {what}")
        time.sleep(0.1)


def wait_quiet(pid, process, settle):
    """Until SETTLE_S seconds from now have passed and the process's CPU time has not grown for QUIET_S seconds."""
    time.sleep(settle)
    last, since = cpu_ticks(pid), time.monotonic()
    deadline = since + 120
    while time.monotonic() - since < QUIET_S:
        if process.poll() is not None:
            fail(f"the tray exited ({process.returncode}) before it was idle")
        if time.monotonic() > deadline:
            fail("the tray did not go quiet within 120 s")
        time.sleep(0.25)
        now = cpu_ticks(pid)
        if now != last:
            last, since = now, time.monotonic()


class Desktop:
    def __init__(self, root):
        self.root = root
        self.processes = []
        display = f":{150 + os.getpid() % 40}"
        self.env = dict(os.environ, DISPLAY=display, NO_AT_BRIDGE="1", HOME=os.path.join(root, "desktop-home"))
        os.makedirs(self.env["HOME"])
        self.spawn(["Xvfb", display, "-nolisten", "tcp", "-screen", "0", "1024x768x24"])
        bus = self.spawn(["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"], stdout=subprocess.PIPE)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        self.spawn(["xfce4-panel", "--disable-wm-check"])
        self.spawn(["dunst"])
        self.monitor_log = os.path.join(root, "notify.log")
        with open(self.monitor_log, "w") as log:
            self.spawn(["dbus-monitor", "--session", "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"],
                       stdout=log)
        wait_for(lambda: self.has_owner("org.kde.StatusNotifierWatcher") and self.has_owner("org.freedesktop.Notifications"),
                 "xfce4-panel and dunst on the session bus")

    def spawn(self, argv, stdout=subprocess.DEVNULL):
        process = subprocess.Popen(argv, env=self.env, stdout=stdout, stderr=subprocess.DEVNULL)
        self.processes.append(process)
        return process

    def has_owner(self, name):
        reply = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/",
                                "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
                               env=self.env, capture_output=True, text=True)
        return "boolean true" in reply.stdout

    def notifications(self):
        """Notify calls seen on the bus so far (dbus-monitor's log): dunst's own counts drop when a tray withdraws one."""
        with open(self.monitor_log) as f:
            return sum(1 for line in f if "member=Notify" in line)

    def close(self):
        for process in reversed(self.processes):
            process.terminate()
        for process in self.processes:
            process.wait()


def run_tray(desktop, binary, world, headless, run_dir):
    home = os.path.join(run_dir, "home")
    runtime = os.path.join(run_dir, "run")
    os.makedirs(home)
    os.makedirs(runtime, mode=0o700)
    env = dict(desktop.env, HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_CACHE_HOME=f"{home}/.cache",
               XDG_STATE_HOME=f"{home}/.local/state", XDG_RUNTIME_DIR=runtime, APT_CONFIG=f"{world}/apt.conf")
    if headless:
        del env["DBUS_SESSION_BUS_ADDRESS"]
        del env["DISPLAY"]
    log_path = os.path.join(run_dir, "tray.log")
    notified_before = desktop.notifications()
    with open(log_path, "w") as log:
        tray = subprocess.Popen([binary, "tray", "--backend", "apt", "--first-check-delay", "20"], env=env,
                                stdout=subprocess.DEVNULL, stderr=log)
    try:
        def logged(text):
            with open(log_path) as f:
                return text in f.read()

        wait_for(lambda: logged("running as the instance"), "the tray to start", process=tray)
        if not headless:
            wait_for(lambda: desktop.has_owner(f"org.kde.StatusNotifierItem-{tray.pid}-1"), "the icon on the bus", process=tray)
        wait_quiet(tray.pid, tray, SETTLE_S)
        if logged("check done") or logged("activation"):
            fail("the check started before the registered reading; the machine is too slow for --first-check-delay 20")
        registered = smaps(tray.pid, binary)
        wait_for(lambda: logged("check done") or logged("check failed"), "the check", timeout=300, process=tray)
        if not logged("check done: "):
            fail(f"the check failed:\n{open(log_path).read()}")
        if not headless:
            wait_for(lambda: desktop.notifications() > notified_before, "the notification at dunst", process=tray)
            if not desktop.has_owner(f"org.kde.StatusNotifierItem-{tray.pid}-1"):
                fail("the tray's icon left the bus")
        wait_quiet(tray.pid, tray, SETTLE_S)
        return registered, smaps(tray.pid, binary)
    except SystemExit:
        with open(log_path) as f:
            print(f"the tray's log:\n{f.read()}", file=sys.stderr)
        raise
    finally:
        tray.send_signal(signal.SIGTERM)
        try:
            tray.wait(30)
        except subprocess.TimeoutExpired:
            tray.kill()
            tray.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("variants", nargs="*")
    args = parser.parse_args()
    if args.list:
        for name, (kind, settings, what) in VARIANTS.items():
            print(f"{name:15} {kind:8} {what}")
        return
    names = args.variants or DEFAULT
    for name in names:
        if name not in VARIANTS:
            fail(f"unknown variant '{name}'; --list shows them")
    baseline = os.environ.get("UPDATE_STATION_BIN", os.path.join(ROOT, "artifacts/bin/update-station"))
    if not os.path.isfile(baseline):
        fail(f"no binary at {baseline}; run ./build.sh first")
    binaries = {name: binary_of(name, VARIANTS[name][0], VARIANTS[name][1], baseline) for name in names}

    world = os.path.join(tempfile.gettempdir(), f"update-station-bench-tray-memory-{args.count}")
    if not os.path.isfile(os.path.join(world, "apt.conf")):
        subprocess.run(["dotnet", "run", "--project", os.path.join(ROOT, "bench/AptWorldBuilder"), "-c", "Release", "-v", "quiet",
                        "--", world, str(args.count)], check=True, stdout=subprocess.DEVNULL)
    root = tempfile.mkdtemp(prefix="us-bench-memory-")
    desktop = Desktop(root)
    results = {name: [] for name in names}
    try:
        for round_ in range(args.rounds):
            for name in names:
                run_dir = os.path.join(root, f"{name}-{round_}")
                results[name].append(run_tray(desktop, binaries[name], world, name == "headless", run_dir))
    finally:
        desktop.close()
        shutil.rmtree(root, ignore_errors=True)
    report(names, results, args)


def report(names, results, args):
    def median(name, phase, key):
        return statistics.median(run[phase][key] for run in results[name]) / 1024

    base = "baseline" if "baseline" in names else names[0]
    for phase, title in ((1, f"after a check of {args.count} packages, shown on the icon and notified"),
                         (0, "registered, before the first check")):
        print(f"The idle tray, {title} (MB, median of {args.rounds} rounds):")
        print()
        print("| variant | setting | RSS | PSS | private | image | libs (OpenSSL) | GC | other anon | threads | RSS vs baseline |")
        print("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
        for name in names:
            m = lambda key: median(name, phase, key)
            threads = statistics.median(run[phase]["threads"] for run in results[name])
            print(f"| {name} | {VARIANTS[name][2]} | {m('rss'):.1f} | {m('pss'):.1f} | {m('private'):.1f} | {m('image'):.1f} | "
                  f"{m('libs'):.1f} ({m('crypto'):.1f}) | {m('gc'):.1f} | {m('anon'):.1f} | {threads:.0f} | "
                  f"{m('rss') - median(base, phase, 'rss'):+.1f} |")
        print()


if __name__ == "__main__":
    main()

"""The seed approach's check-now: scan every process with psutil for the tray's name, then send it SIGUSR1.

Usage: seed-check-now.py TITLE. Exits 1 when no process has that name, so a benchmark never times a no-op.
Debian's python3 with python3-psutil.
"""
import signal
import sys

import psutil

found = False
for process in psutil.process_iter(["name"]):
    if process.info["name"] == sys.argv[1]:
        process.send_signal(signal.SIGUSR1)
        found = True
sys.exit(0 if found else 1)

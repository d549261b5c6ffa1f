"""The seed approach's tray, as the article describes it: it names itself with setproctitle and waits for SIGUSR1.

Usage: seed-tray.py TITLE. Prints "ready" once the handler is in place and the title is set. Debian's python3 with
python3-setproctitle; it acknowledges nothing (the seed's check-now waits for no answer).
"""
import signal
import sys

import setproctitle

activations = 0


def on_activation(signum, frame):
    global activations
    activations += 1


signal.signal(signal.SIGUSR1, on_activation)
setproctitle.setproctitle(sys.argv[1])
print("ready", flush=True)
while True:
    signal.pause()

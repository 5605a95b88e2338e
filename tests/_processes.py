"""Watching the processes a test starts (Linux's /proc): the tests that stop a script while its child runs."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Callable


def started_child(proc, matches: Callable[[list[bytes]], bool], timeout: float) -> int | None:
    """The pid of the first child of `proc` (a subprocess.Popen) whose command line (its arguments, as bytes) `matches`
    says is the one awaited, polled until `timeout` seconds have passed or `proc` has ended; None if none started."""
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        for pid in children.read_text().split() if children.exists() else []:
            try:
                if matches(Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")):
                    return int(pid)
            except OSError:   # the child ended meanwhile
                pass
        time.sleep(0.05)
    return None


def popen_then_sigterm(real) -> tuple[Callable, list]:
    """A stand-in for subprocess.Popen (`real`) that starts the child, then sends this process SIGTERM, as a stop
    arriving while Popen returns (the window analysis.stopping.start_child closes); and the list of the children it
    started, for the test to check and clean up."""
    started: list = []

    def popen_then_stop(*args, **kwargs):
        proc = real(*args, **kwargs)
        started.append(proc)
        os.kill(os.getpid(), signal.SIGTERM)
        return proc
    return popen_then_stop, started

"""A deadline for a call that once hung: the test fails, naming the call, instead of running until CI's limit."""
from __future__ import annotations

import contextlib
import signal


@contextlib.contextmanager
def returns_within(seconds: int, what: str):
    """Raise AssertionError("WHAT did not return within N s") if the block runs longer than `seconds` (SIGALRM, main
    thread only); the previous handler is put back afterwards."""
    def _hung(*_):
        raise AssertionError(f"{what} did not return within {seconds} s")
    before = signal.signal(signal.SIGALRM, _hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)

"""analysis.qca.atomic: a file written all or nothing, with the mode a new file gets under the umask."""
from __future__ import annotations

import os
import sys
import threading

import pytest

from analysis.qca import atomic


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/status is Linux's")
def test_the_umask_is_read_without_changing_it(monkeypatch, tmp_path):
    """write_atomic read the umask by setting it to 0 and back: for that moment every thread of the process created
    files writable by every user (a notebook writing tables while a worker thread writes its own). On Linux it is now
    read from /proc/self/status, and os.umask is not called."""
    expected = os.umask(0o027)
    os.umask(0o027)
    try:
        def refuse(_mask):
            raise AssertionError(f"os.umask called from {threading.current_thread().name}")

        monkeypatch.setattr(atomic.os, "umask", refuse)
        assert atomic.current_umask() == 0o027
        path = atomic.write_atomic(tmp_path / "t.csv", b"a\n")
        assert path.stat().st_mode & 0o777 == 0o640 and path.read_bytes() == b"a\n"
    finally:
        monkeypatch.undo()
        os.umask(expected)


def test_signals_held_leave_a_handler_not_set_from_python_alone(monkeypatch):
    """signals_held swaps the Python handlers of Ctrl-C, SIGTERM and SIGHUP and puts them back. A handler set outside
    Python (an embedding program's) reads as None and cannot be put back: signal.signal(SIGHUP, None) raised
    TypeError at the end of the block, after the files were renamed. Such a signal is left alone."""
    import signal

    real_signal, real_getsignal = signal.signal, signal.getsignal
    outside = {signal.SIGHUP}   # SIGHUP's handler as if set outside Python: None, once

    def signal_(sig, handler):
        previous = real_signal(sig, handler)
        return None if outside and sig in outside and not outside.discard(sig) else previous

    monkeypatch.setattr(signal, "getsignal", lambda sig: None if sig in outside else real_getsignal(sig))
    hup = real_getsignal(signal.SIGHUP)
    try:
        monkeypatch.setattr(signal, "signal", signal_)
        with atomic.signals_held():
            pass
    finally:
        monkeypatch.undo()
        real_signal(signal.SIGHUP, hup)

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

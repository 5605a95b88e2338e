"""analysis.stopping: the one stop handler of benchmarks/run.py, tools/run_notebook.py and tools/build_book.py."""
from __future__ import annotations

import os
import signal

import pytest

from analysis import stopping


def _handlers() -> dict:
    return {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_stop_signal_unwinds_once_and_the_handlers_are_put_back(sig):
    """SIGTERM and SIGHUP raise Stopped (with the signal) where the program is; while it unwinds a second SIGTERM,
    SIGHUP or Ctrl-C changes nothing (it cut the cleanup short); after the block the three handlers are as before."""
    before = _handlers()
    cleaned = []
    with pytest.raises(stopping.Stopped) as stopped:
        with stopping.stopped_by_signals():
            try:
                os.kill(os.getpid(), sig)
                raise AssertionError(f"{sig.name} did not stop the block")
            finally:
                for again in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
                    os.kill(os.getpid(), again)   # ignored while unwinding: no second Stopped, no KeyboardInterrupt
                cleaned.append(True)
    assert stopped.value.signum == sig and cleaned == [True]
    assert _handlers() == before


def test_the_handlers_are_put_back_when_the_block_ends_without_a_stop():
    before = _handlers()
    with stopping.stopped_by_signals():
        assert signal.getsignal(signal.SIGTERM) is not before[signal.SIGTERM]
    assert _handlers() == before


@pytest.mark.parametrize(("raised", "code", "line"), [
    (KeyboardInterrupt, 130, "error: interrupted (Ctrl-C); nothing was written"),
    (stopping.Stopped(signal.SIGTERM), 143, "error: terminated (SIGTERM); nothing was written"),
    (stopping.Stopped(signal.SIGHUP), 129, "error: terminated (SIGHUP); nothing was written"),
])
def test_a_stop_is_reported_in_one_error_line_with_128_plus_the_signal(capsys, raised, code, line):
    def run():
        raise raised

    assert stopping.reporting_stops(run, "nothing was written", interrupted="interrupted (Ctrl-C)") == code
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [line] and captured.out == ""


def test_a_run_that_is_not_stopped_keeps_its_exit_status(capsys):
    assert stopping.reporting_stops(lambda: 2, "unused") == 2
    assert capsys.readouterr().err == ""

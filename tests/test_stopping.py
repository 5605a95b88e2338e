"""analysis.stopping: the one stop handler of benchmarks/run.py, tools/run_notebook.py and tools/build_book.py."""
from __future__ import annotations

import os
import signal
import sys

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


def test_a_stop_while_a_child_starts_leaves_no_child_running(monkeypatch):
    """A SIGTERM raised inside subprocess.Popen, after its fork, lost the only handle on a child already running: the
    book builder's Sphinx went on after the builder had ended (once in a full run of its stop test: 'Sphinx still
    runs', state R). start_child notes the stop signals while Popen runs, then kills and waits for the child and
    raises the stop. Here the SIGTERM is sent from inside Popen, once the child runs (in pytest-xdist's worker, a
    process with other threads: a signal mask on the main thread let the signal through them, and the stop came
    after start_child had returned)."""
    import subprocess

    from analysis.stopping import Stopped, start_child, stopped_by_signals

    from _processes import popen_then_sigterm

    popen_then_stop, started = popen_then_sigterm(subprocess.Popen)
    monkeypatch.setattr(subprocess, "Popen", popen_then_stop)
    with stopped_by_signals(), pytest.raises(Stopped):
        start_child([sys.executable, "-c", "import time; time.sleep(60)"])
    assert started and started[0].returncode is not None, "the child still runs"
    monkeypatch.undo()
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)}
    with stopped_by_signals():
        inside = {sig: signal.getsignal(sig) for sig in before}
        proc = start_child([sys.executable, "-c", "print('ran')"], stdout=subprocess.PIPE, text=True)
        assert {sig: signal.getsignal(sig) for sig in before} == inside   # its handlers put back
    assert proc.communicate(timeout=60)[0].strip() == "ran"

"""Stopping the project's scripts cleanly (benchmarks/run.py, tools/run_notebook.py, tools/build_book.py).

SIGTERM (make passing its own on: a CI job cancelled, `kill`) and SIGHUP (the terminal closed) unwind the program as
Ctrl-C does (`stopped_by_signals`), so its `finally` blocks stop what it started and put back or remove what it half
wrote (Python's default ended the process at once); the script's entry point turns the stop into one `error:` line
and exit status 128 + the signal (`reporting_stops`). A process killed outright (SIGKILL) can do neither: on Linux
the kernel of the OS signals its children when it dies (`die_with`, `stop_with_parent`: PR_SET_PDEATHSIG).

A module of its own, beside analysis.io rather than in the engine: importing it loads os, signal and sys only, where
importing analysis.qca loads the engine (pandas, numpy) first; the notebook runner sets stop_with_parent before it
imports anything else."""
from __future__ import annotations

import os
import signal
import sys
from contextlib import contextmanager

__all__ = ["STOP_SIGNALS", "Stopped", "die_with", "reporting_stops", "start_child", "stop_with_parent",
           "stopped_by_signals"]

#: The signals that stop a run by unwinding (`Stopped`), as Ctrl-C does (KeyboardInterrupt).
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class Stopped(BaseException):
    """SIGTERM (a time limit, `kill`, make passing on its own SIGTERM) or SIGHUP (the terminal closed) arrived.
    `signum`: the signal. (A BaseException, as KeyboardInterrupt: `except Exception` does not swallow it.)"""

    def __init__(self, signum: int = signal.SIGTERM):
        super().__init__(signum)
        self.signum = signum


def _stop(signum, frame):
    """Unwind (`Stopped`), so what the run started is stopped and what it wrote is put back.

    Further SIGTERM, SIGHUP and SIGINT change nothing from here on (`_stopping`; `stopped_by_signals` restores the
    handlers at its end): one arriving while the run stops raised again inside its cleanup and cut it short. They
    come together: the terminal closing sends SIGHUP to make, the recipe's shell and the notebook runner, and the
    shell, dying at once, sends the runner SIGTERM (stop_with_parent)."""
    for sig in (*STOP_SIGNALS, signal.SIGINT):
        signal.signal(sig, _stopping)
    raise Stopped(signum)


def _stopping(signum, frame):
    """A signal while the run already stops: nothing more to do. (A handler, not SIG_IGN: Python reports a signal
    still pending when its handler became SIG_IGN as 'Exception ignored ... Signal 15 ignored due to race
    condition' on stderr.)"""


def start_child(cmd, **popen):
    """subprocess.Popen(cmd, **popen), never leaving the child behind when a stop (SIGTERM, SIGHUP, Ctrl-C) comes
    while it starts: raised inside Popen, after the fork, the stop lost the only handle on a child already running
    (the book builder's Sphinx went on after the builder had ended, once in a full run of its stop test). While Popen
    runs, the stop signals are only noted; once it exists, the handlers are put back and a stop noted kills and waits
    for the child, then goes to its handler. (Handlers, not a signal mask: Python runs them in the main thread, while
    the kernel gives a signal to whichever thread does not block it.) Main thread only."""
    import subprocess

    came: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, frame: came.append(signum))
                for sig in (*STOP_SIGNALS, signal.SIGINT)}
    proc = None
    try:
        proc = subprocess.Popen(cmd, **popen)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if came:
            if proc is not None:
                proc.kill()
                proc.wait()
            handler = previous[came[0]]
            if callable(handler):
                handler(came[0], None)   # _stop raises Stopped, Python's SIGINT handler KeyboardInterrupt
            elif handler == signal.SIG_DFL:
                os.kill(os.getpid(), came[0])
    return proc


@contextmanager
def stopped_by_signals():
    """Inside the block SIGTERM and SIGHUP raise `Stopped` where the program is (the first of them; later ones, and
    Ctrl-C, do nothing while it unwinds); after it the handlers of SIGTERM, SIGHUP and SIGINT are as they were, so a
    script's main run inside another program (the tests) leaves no handler behind (a later joblib pool stopping
    its forked workers by SIGTERM met `Stopped` in them). Main thread only, as every signal handler."""
    previous = {signal.SIGINT: signal.getsignal(signal.SIGINT)}  # _stop replaces its handler too
    previous.update({sig: signal.signal(sig, _stop) for sig in STOP_SIGNALS})
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def reporting_stops(run, tail: str, interrupted: str = "interrupted") -> int:
    """`run()` (a script's main, returning its exit status), with a stop reported in one line on stderr, not a
    traceback: Ctrl-C as 'error: {interrupted}; {tail}' (exit status 130), `Stopped` as 'error: terminated
    (SIGTERM); {tail}' (128 + the signal: 143 for SIGTERM, 129 for SIGHUP). `tail`: what the stop left, for the user."""
    try:
        return run()
    except KeyboardInterrupt:
        print(f"error: {interrupted}; {tail}", file=sys.stderr)
        return 130
    except Stopped as stopped:
        print(f"error: terminated ({signal.Signals(stopped.signum).name}); {tail}", file=sys.stderr)
        return 128 + stopped.signum


PR_SET_PDEATHSIG = 1  # prctl(2): the signal the kernel of the OS sends a process when its parent dies


def _prctl():
    """libc's prctl (Linux), or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


def die_with(parent: int):
    """A preexec_fn (subprocess.Popen) that has the kernel (Linux: PR_SET_PDEATHSIG) kill the child when `parent`
    (the caller's pid, os.getpid()) dies, even by SIGKILL (an out-of-memory kill, a CI time limit, kill -9), which no
    handler can catch. None where prctl is missing (not Linux). (The kernel signals the child when the thread that
    started it ends: start children from the main thread.)"""
    prctl = _prctl()
    if prctl is None:
        return None

    def preexec():
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died before prctl took hold
            os._exit(1)
    return preexec


def stop_with_parent() -> None:
    """Have the kernel of the OS (Linux: PR_SET_PDEATHSIG) send this process SIGTERM when its parent dies, so it stops
    as on a SIGTERM of its own (`Stopped`, under stopped_by_signals).

    make's recipe runs the notebook runner from a shell (a compound command, so the shell forks it); SIGTERM to make
    alone (`kill` of make's pid, a CI job or scheduler stopping its main process) reaches that shell, which dies
    without passing it on, and the orphaned runner went on running the notebook, writing its outputs and stamp
    after make had exited. Nothing where prctl is missing (not Linux)."""
    prctl = _prctl()
    if prctl is None:
        return
    parent = os.getppid()
    prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before prctl took hold
        os.kill(os.getpid(), signal.SIGTERM)

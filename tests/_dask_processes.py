"""A Dask cluster of real processes on loopback, started as a user starts one on other machines (`dask scheduler`
and `dask worker`s, each in a process group of its own), for the tests of sweeps on a remote cluster
(tests/test_qca_sweeps_dask_remote.py, tests/test_qca_sweeps_dask_scheduler_lost.py). Every process is killed at
the end whatever happened, so a failing test leaves none behind."""
from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

DASK = Path(sys.executable).parent / "dask"    # the command the locked environment installs with distributed
#: seconds the cluster may take to come up (two cores shared with other work)
START_TIMEOUT = 90


@contextlib.contextmanager
def dask_processes(folder: Path, workers: dict[str, int]):
    """(address, [(process, log file)], scheduler's process first) of a scheduler and one worker per entry of
    `workers` (its name: its threads), all registered before it yields; the logs in `folder`."""
    import distributed

    if not DASK.exists():
        pytest.skip(f"no {DASK}")
    address_file, procs = folder / "scheduler.json", []
    address_file.unlink(missing_ok=True)

    def start(*args, log):
        fh = open(folder / log, "w", encoding="utf-8")
        procs.append((subprocess.Popen([str(DASK), *args], cwd=folder, stdout=fh, stderr=subprocess.STDOUT,
                                       start_new_session=True), fh))

    try:
        start("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file",
              str(address_file), log="scheduler.log")
        deadline = time.monotonic() + START_TIMEOUT
        while not address_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        address = json.loads(address_file.read_text(encoding="utf-8"))["address"]
        for name, threads in workers.items():   # the project is importable: the environment's editable install
            start("worker", address, "--nthreads", str(threads), "--no-dashboard", "--name", name,
                  "--local-directory", str(folder / name), log=f"{name}.log")
        with distributed.Client(address, timeout=START_TIMEOUT) as client:
            client.wait_for_workers(len(workers), timeout=START_TIMEOUT)
        yield address, procs
    finally:
        for proc, fh in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            fh.close()

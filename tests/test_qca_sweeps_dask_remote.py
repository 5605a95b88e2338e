"""A sweep on a Dask cluster started as a user starts one on other machines: `dask scheduler` and two `dask worker`
processes (each with its nanny, the default), here on loopback, and the sweep pointed at the scheduler's address with
Client(address), as README's script does. Its results are byte-identical to one process's; a worker killed in the
middle of a setting is restarted by its nanny and the setting run again, the results still identical (the sweep's
data is a task's result, which Dask recomputes: _parallel.shared_on_dask; joblib scattered it to one worker, and when
that worker was the one killed the sweep failed with 'FutureCancelledError: ... already forgotten'); the cluster shuts down cleanly
(every process exits 0). Every process is killed at the end whatever happened (its own process group), so a failing
test leaves none behind."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import joblib
import pandas as pd
import pytest

from analysis.qca.protocol import robustness_protocol
from analysis.qca.robustness import sensitivity_incl_cut
from setmethods_reference import dataset

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]
DASK = Path(sys.executable).parent / "dask"    # the command the locked environment installs with distributed
CONDS = ["DEV", "URB", "LIT", "IND", "STB"]
TESTS = [{"label": "TS1", "incl_cut": 0.7}, {"label": "TS2", "n_cut": 2}, {"label": "without FI", "drop_cases": ["FI"]}]
#: seconds the cluster may take to come up (two cores shared with other work)
START_TIMEOUT = 90


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """The scheduler's address, with two workers registered; every process killed at the end."""
    if not DASK.exists():
        pytest.skip(f"no {DASK}")
    folder = tmp_path_factory.mktemp("dask_cluster")
    address_file = folder / "scheduler.json"
    procs = []

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
        for i in (1, 2):   # the project is importable: the environment's editable install
            start("worker", address, "--nthreads", "1", "--no-dashboard", "--name", f"w{i}",
                  "--local-directory", str(folder / f"w{i}"), log=f"worker{i}.log")
        with distributed.Client(address, timeout=START_TIMEOUT) as client:
            client.wait_for_workers(2, timeout=START_TIMEOUT)
        yield address, procs, folder
    finally:
        for proc, fh in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            fh.close()


def _n_models(solution):
    return {"n_terms": len(solution.models[0].terms)}


def _runs(n_jobs, summarize=None):
    lf = dataset("LF")
    sens = sensitivity_incl_cut(lf, "SURV", CONDS, cuts=[0.7, 0.75, 0.8, 0.85], incl_cut=0.8, case_column="case",
                                include="?", n_jobs=n_jobs, summarize=summarize)
    rob = robustness_protocol(lf, "SURV", CONDS, TESTS, incl_cut=0.8, case_column="case", n_jobs=n_jobs)
    return sens.to_csv().encode("utf-8") + json.dumps(rob.to_dict(), sort_keys=True, default=str).encode("utf-8")


def test_a_sweep_on_a_scheduler_and_workers_started_apart_is_byte_identical_to_one_process(cluster):
    address, _, _ = cluster
    with distributed.Client(address) as client, joblib.parallel_config(backend="dask"), \
            distributed.get_task_stream(client) as tasks:
        got = _runs(2)
        workers = set(client.scheduler_info()["workers"])
    assert got == _runs(1)
    assert {t["worker"] for t in tasks.data} == workers   # both workers ran tasks


def test_a_worker_killed_mid_setting_is_restarted_and_the_setting_run_again(cluster):
    """The process of the worker running the setting incl_cut=0.75 is killed (SIGKILL, as the out-of-memory killer
    sends) the first time it runs it: its nanny starts another, the scheduler gives the setting to a worker again,
    and the sweep's results are those of one process. (A setting that kills every worker running it ends the sweep
    with Dask's KilledWorker after distributed.scheduler.allowed-failures deaths, 3 by default:
    test_qca_sweeps_parallel.py.)"""
    address, _, folder = cluster
    marker = str(folder / "killed_once")

    def killed_once(solution):   # defined here: cloudpickle sends it by value, as it does a script's function
        import os
        import signal
        if solution.truth_table.incl_cut[0] == 0.75 and not os.path.exists(marker):
            open(marker, "w").close()
            os.kill(os.getpid(), signal.SIGKILL)
        return {"n_terms": len(solution.models[0].terms)}   # as _n_models (a function of this module would not be sent)

    expected = _runs(1, summarize=_n_models)
    with distributed.Client(address) as client, joblib.parallel_config(backend="dask"):
        before = set(client.scheduler_info()["workers"])
        got = _runs(2, summarize=killed_once)
        client.wait_for_workers(2, timeout=START_TIMEOUT)   # the killed worker's nanny starts another
        after = set(client.scheduler_info()["workers"])
    assert os.path.exists(marker)   # a worker was killed
    assert got == expected
    assert len(before & after) == 1   # one of the two is a new worker (a new address)


def test_the_cluster_shuts_down_cleanly(cluster):
    """Client.shutdown(), the way to end a cluster one started apart: the scheduler and every worker (nanny) exit
    with 0, none left running."""
    address, procs, _ = cluster
    with distributed.Client(address) as client:
        client.shutdown()
    codes = []
    for proc, _ in procs:
        try:
            codes.append(proc.wait(timeout=START_TIMEOUT))
        except subprocess.TimeoutExpired:
            codes.append(None)
    assert codes == [0, 0, 0], codes

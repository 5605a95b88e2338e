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
import subprocess
from pathlib import Path

import joblib
import pytest

from analysis.qca.protocol import robustness_protocol
from analysis.qca.robustness import sensitivity_incl_cut
from _dask_processes import START_TIMEOUT, dask_processes
from setmethods_reference import dataset

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]
CONDS = ["DEV", "URB", "LIT", "IND", "STB"]
TESTS = [{"label": "TS1", "incl_cut": 0.7}, {"label": "TS2", "n_cut": 2}, {"label": "without FI", "drop_cases": ["FI"]}]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """The scheduler's address, with two workers registered; every process killed at the end."""
    folder = tmp_path_factory.mktemp("dask_cluster")
    with dask_processes(folder, {"w1": 1, "w2": 1}) as (address, procs):
        yield address, procs, folder


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

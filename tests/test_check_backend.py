"""tools/check_backend.py: a backend's sweeps and split search compared with one process; it says DIFFERENT and
exits 1 when a result differs, exits 2 for a backend that is not installed."""
from __future__ import annotations

import sys

import pytest

from _scripts import load_script

check = load_script("tools/check_backend.py")


def test_threads_give_identical_results(monkeypatch, capsys):
    """The tool end to end on threads: both checks run on the backend and come out identical. The split search runs
    on a draw of the benchmark with the same 12 conditions and fewer cases (issue10_k12_n090: 2,542 minimal models,
    listed in part) whose search is left to the workers from its first step, and the test sees that it was: the
    tool's own draw (8,136,611 models; `tools/check_backend.py threading` by hand) took 167 s of the suite on a
    shared two-core machine, its serial answer alone about 50 s. The engine's split search is compared with one
    process on random charts by tests/test_qca_engine_scale.py too."""
    from analysis.qca import _cover

    monkeypatch.setattr(check, "DRAW", check.DRAW.with_name("issue10_k12_n090.csv"))
    monkeypatch.setattr(_cover, "_SPLIT_AFTER_STEPS", 0)
    parts = []
    search_parts = _cover._search_parts
    monkeypatch.setattr(_cover, "_search_parts", lambda *a: parts.append(len(a[1])) or search_parts(*a))
    assert check.main(["threading"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and all(line.split(": ")[-1].startswith("identical") for line in out), out
    assert "(issue10_k12_n090.csv)" in out[1]
    assert len(parts) >= 20  # the threaded search was split into tasks the workers ran


def test_a_result_that_differs_is_reported(monkeypatch, capsys):
    calls = []

    def drifting(n_jobs):  # a backend that loses a setting: the parallel run's result differs
        calls.append(n_jobs)
        return ["serial"] if n_jobs == 1 else ["parallel"]

    monkeypatch.setattr(check, "sweeps", drifting)
    monkeypatch.setattr(check, "split_search", lambda n_jobs: {})
    assert check.main(["threading"]) == 1
    assert "sweeps (sensitivity_incl_cut, robustness_protocol, threshold_range on LF): DIFFERENT" in \
        capsys.readouterr().out
    assert calls == [1, 2]


def test_a_backend_not_installed_is_one_error(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray raises ImportError
    monkeypatch.setattr(check, "sweeps", lambda n_jobs: [])
    monkeypatch.setattr(check, "split_search", lambda n_jobs: {})
    assert check.main(["ray"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: backend 'ray' is not installed") and err.count("\n") == 1


def test_one_worker_is_refused():
    with pytest.raises(SystemExit) as exc:
        check.main(["loky", "--workers", "1"])
    assert exc.value.code == 2


def test_dask_scheduler_runs_the_checks_on_that_cluster(monkeypatch, capsys):
    """The docstring said the tool was 'for a backend or cluster of your own', but its dask option always started a
    local cluster and could not be pointed at one. With --scheduler ADDRESS it connects to the cluster at that
    address: here a LocalCluster's, and the parallel runs' tasks are seen on that cluster's worker."""
    import distributed
    import joblib

    seen = []

    def where(_):
        return distributed.get_worker().address

    def on_workers(n_jobs):
        if n_jobs > 1:
            seen.append(set(joblib.Parallel(n_jobs=n_jobs)(joblib.delayed(where)(i) for i in range(4))))
        return ["same"]

    monkeypatch.setattr(check, "sweeps", on_workers)
    monkeypatch.setattr(check, "split_search", lambda n_jobs: {})
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        assert check.main(["dask", "--scheduler", cluster.scheduler_address]) == 0
        workers = set(cluster.scheduler.workers)
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and all(": identical" in line for line in out), out
    assert seen == [workers]


def test_a_cluster_of_one_thread_is_said_not_to_be_checked(monkeypatch, capsys):
    """--scheduler to a cluster of one worker thread in all: joblib runs every task in this process, so the tool
    compared this process with itself and printed 'identical' for both checks, exit 0, beside the engine's QCAWarning
    (which says so for a sweep but not that the check is then empty). It is one error line saying the backend is not
    checked and why, exit 2, before the split search is run."""
    import distributed

    runs = []

    def recorded(n_jobs):
        runs.append(n_jobs)
        return sweeps(n_jobs)

    sweeps = check.sweeps
    monkeypatch.setattr(check, "sweeps", recorded)
    monkeypatch.setattr(check, "split_search", lambda n_jobs: runs.append(("split", n_jobs)) or {})
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        assert check.main(["dask", "--scheduler", cluster.scheduler_address]) == 2
        worker = next(iter(cluster.scheduler.workers))
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (f"error: dask: sweeps (sensitivity_incl_cut, robustness_protocol, threshold_range on LF): not "
                   f"checked: the Dask cluster at {cluster.scheduler_address} has one worker thread in all (worker "
                   f"{worker}), so joblib runs every task of this call in this process, not on the cluster: this "
                   "check would compare this process with itself; give its worker more threads (dask worker "
                   "--nthreads 2) or start more workers, then check again\n"), err
    assert runs == [1, ("split", 1), 2]


@pytest.mark.parametrize("address, says", [("tcp://127.0.0.1:1", "no Dask scheduler answered within 0.2 s"),
                                           ("nonsense", "not an address")])
def test_a_scheduler_not_reached_is_one_error(monkeypatch, capsys, address, says):
    monkeypatch.setattr(check, "CONNECT_TIMEOUT", 0.2)
    monkeypatch.setattr(check, "sweeps", lambda n_jobs: [])
    monkeypatch.setattr(check, "split_search", lambda n_jobs: {})
    assert check.main(["dask", "--scheduler", address]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: --scheduler {address}: {says}") and err.count("\n") == 1, err


def test_scheduler_is_refused_for_another_backend(capsys):
    with pytest.raises(SystemExit) as exc:
        check.main(["loky", "--scheduler", "tcp://127.0.0.1:8786"])
    assert exc.value.code == 2 and "--scheduler is for the dask backend only" in capsys.readouterr().err


def test_a_backend_the_engine_refuses_is_one_error(monkeypatch, capsys):
    """On a cluster of one's own (--scheduler), a worker without this engine makes the sweeps refuse the backend with
    a QCAInputError (analysis.qca._parallel): the tool ended in its traceback; it is one error line, exit 2."""
    from analysis.qca import QCAInputError

    def refused(n_jobs):
        if n_jobs > 1:
            raise QCAInputError("Dask worker(s) tcp://10.0.0.2:4000 cannot import this engine")
        return []

    monkeypatch.setattr(check, "sweeps", refused)
    monkeypatch.setattr(check, "split_search", lambda n_jobs: {})
    assert check.main(["threading"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: threading: sweeps (") and "cannot import this engine" in err, err
    assert err.count("\n") == 1


@pytest.mark.parametrize("died", ["KilledWorker", "FutureCancelledError", "TerminatedWorkerError"])
def test_a_run_that_loses_a_worker_or_its_scheduler_is_one_error(monkeypatch, capsys, died):
    """A worker that died for good (Dask's KilledWorker, after distributed.scheduler.allowed-failures deaths; loky's
    TerminatedWorkerError) or a scheduler lost mid-run (distributed's FutureCancelledError, 'cancelled for reason:
    scheduler-connection-lost', seen with `dask scheduler` killed under a run) ended the tool in a traceback: it is
    one error line, exit 2, saying the backend is not checked. Any other error is still raised."""
    from joblib.externals.loky.process_executor import TerminatedWorkerError

    error = TerminatedWorkerError if died == "TerminatedWorkerError" else type(died, (Exception,), {})

    def dying(n_jobs):
        if n_jobs > 1:
            raise error("batch_of__recorded_1_calls-1 cancelled for reason: scheduler-connection-lost.")
        return []

    monkeypatch.setattr(check, "sweeps", dying)
    monkeypatch.setattr(check, "split_search", lambda n_jobs: {})
    assert check.main(["threading"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: threading: sweeps (") and f"the run stopped before every result came back ({died}: " \
        in err and "so the backend is not checked" in err, err
    assert err.count("\n") == 1

    def failing(n_jobs):
        raise ValueError("a bug")

    monkeypatch.setattr(check, "sweeps", lambda n_jobs: failing(n_jobs) if n_jobs > 1 else [])
    with pytest.raises(ValueError):
        check.main(["threading"])

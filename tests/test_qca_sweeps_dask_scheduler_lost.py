"""A sweep on a Dask cluster whose scheduler is lost (killed with SIGKILL, as when its machine goes down): the sweep
ended with distributed's own error only, which names a batch of joblib's ('batch_of__recorded_1_calls-4db8...
cancelled for reason: scheduler-connection-lost') or nothing of the sweep at all (a CommClosedError 'Stream is
closed', a RuntimeError 'ConnectionPool is closed', depending on the moment), with no note of which setting had no
result, though a worker's death (KilledWorker) gets one. The error now carries one note saying which setting is the
first without a result, that the connection to the scheduler (its address) was lost, and what to do
(analysis/qca/_parallel.py, dask_scheduler_lost; protocol.run_tasks); tools/check_backend.py says the same in its one
error line. Real processes: `dask scheduler` and one `dask worker` on loopback, as in
tests/test_qca_sweeps_dask_remote.py; every process is killed at the end whatever happened."""
from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from pathlib import Path

import joblib
import pytest

from _scripts import load_script
from analysis.qca.robustness import sensitivity_incl_cut
from _dask_processes import START_TIMEOUT, dask_processes
from setmethods_reference import dataset

distributed = pytest.importorskip("distributed")

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]
#: seconds the client tries to reconnect to a lost scheduler before it gives up (distributed's default: 30)
RECONNECT = 5
LOST = ("the connection to the Dask scheduler at {address} was lost (the scheduler ended or the network failed), and "
        "with it the results under way; start the scheduler and its workers again, connect a Client to it and run "
        "the sweep again")


@contextlib.contextmanager
def cluster(folder: Path):
    """(address, the scheduler's process): a scheduler and one worker of two threads (with one thread in all, joblib
    runs the tasks in this process), all killed at the end (_dask_processes)."""
    with dask_processes(folder, {"w1": 2}) as (address, procs):
        yield address, procs[0][0]


def _kill(proc) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def test_a_scheduler_killed_while_a_setting_runs_names_the_setting_and_what_to_do(tmp_path):
    """The scheduler is killed while the worker runs the first setting (its summarize waits there): distributed's
    FutureCancelledError, with the note."""
    marker = str(tmp_path / "running")

    def waits(solution):   # defined here: cloudpickle sends it by value, as it does a script's function
        import os
        import time
        if solution.truth_table.incl_cut[0] == 0.7:
            open(marker, "w").close()
            time.sleep(120)   # killed with the worker at the end
        return {}

    with cluster(tmp_path) as (address, scheduler):
        def kill_when_running():
            deadline = time.monotonic() + START_TIMEOUT
            while not os.path.exists(marker) and time.monotonic() < deadline:
                time.sleep(0.05)
            _kill(scheduler)

        killer = threading.Thread(target=kill_when_running, daemon=True)
        with distributed.Client(address, timeout=RECONNECT), joblib.parallel_config(backend="dask"):
            killer.start()
            with pytest.raises(Exception) as raised:
                sensitivity_incl_cut(dataset("LF"), "SURV", CONDS, cuts=[0.7, 0.8], incl_cut=0.8, case_column="case",
                                     include="?", summarize=waits, n_jobs=2)
        killer.join()
    assert os.path.exists(marker)
    assert type(raised.value).__name__ == "FutureCancelledError", raised.value
    assert raised.value.__notes__ == [f"no result from setting incl_cut=0.7 on: {LOST.format(address=address)}"]


def test_a_scheduler_lost_before_the_sweep_sends_anything_is_said_too(tmp_path):
    """Killed before the sweep: the engine's first request (the workers' engines) fails once the client gives up
    reconnecting (a CommClosedError or RuntimeError, by the moment), with the same note."""
    with cluster(tmp_path) as (address, scheduler):
        with distributed.Client(address, timeout=RECONNECT), joblib.parallel_config(backend="dask"):
            _kill(scheduler)
            with pytest.raises(Exception) as raised:
                sensitivity_incl_cut(dataset("LF"), "SURV", CONDS, cuts=[0.7, 0.8], incl_cut=0.8, case_column="case",
                                     include="?", n_jobs=2)
    assert raised.value.__notes__ == [f"no result from setting incl_cut=0.7 on: {LOST.format(address=address)}"]


def _lost_by(client) -> None:
    """Wait until `client` has seen its scheduler go (it then tries to reconnect: status 'connecting')."""
    deadline = time.monotonic() + START_TIMEOUT
    while client.status == "running" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert client.status != "running", "the client did not notice its scheduler's death"


def test_a_scheduler_lost_before_the_sweep_starts_is_said_at_once_not_after_the_reconnect_timeout(tmp_path):
    """A scheduler lost before the sweep, and the client already reconnecting: the sweep waited for the client's
    reconnect timeout (distributed's default, 30 s, here as a user has it) before its first request failed. The
    engine now looks at the client first: a DaskSchedulerLost at once, with the same note as a loss mid-run."""
    with cluster(tmp_path) as (address, scheduler):
        with distributed.Client(address, timeout=30) as client, joblib.parallel_config(backend="dask"):
            _kill(scheduler)
            _lost_by(client)
            t0 = time.monotonic()
            with pytest.raises(Exception) as raised:
                sensitivity_incl_cut(dataset("LF"), "SURV", CONDS, cuts=[0.7, 0.8], incl_cut=0.8, case_column="case",
                                     include="?", n_jobs=2)
            took = time.monotonic() - t0
    assert took < 15, f"the sweep took {took:.1f} s to say its scheduler was lost"
    assert type(raised.value).__name__ == "DaskSchedulerLost", raised.value
    assert str(raised.value) == (f"the Dask client is not connected to its scheduler at {address} (client status "
                                 "'connecting': it lost the scheduler and is trying to reach it again), so no task "
                                 "was sent")
    assert raised.value.__notes__ == [f"no result from setting incl_cut=0.7 on: {LOST.format(address=address)}"]


def test_check_backend_says_a_scheduler_lost_before_its_run_at_once(tmp_path, monkeypatch, capsys):
    """tools/check_backend.py --scheduler, the scheduler lost after the tool connected and before its parallel run,
    and the client reconnecting: its one error line came after the reconnect timeout (its own, 30 s); it comes at
    once."""
    check = load_script("tools/check_backend.py")
    sweeps = check.sweeps

    def lost_first(n_jobs):
        if n_jobs > 1:
            _kill(scheduler)
            _lost_by(distributed.get_client())
            started.append(time.monotonic())
        return sweeps(n_jobs)

    started = []
    monkeypatch.setattr(check, "sweeps", lost_first)
    monkeypatch.setattr(check, "split_search", lambda n_jobs: {})
    with cluster(tmp_path) as (address, scheduler):
        assert check.CONNECT_TIMEOUT == 30
        assert check.main(["dask", "--scheduler", address]) == 2
        took = time.monotonic() - started[0]
    assert took < 15, f"the tool took {took:.1f} s to say its scheduler was lost"
    err = capsys.readouterr().err
    assert err == (f"error: dask: sweeps (sensitivity_incl_cut, robustness_protocol, threshold_range on LF): "
                   f"{LOST.format(address=address)}; the backend is not checked\n"), err


def test_check_backend_says_the_scheduler_was_lost_in_one_error_line(tmp_path, monkeypatch, capsys):
    """tools/check_backend.py --scheduler on a cluster whose scheduler is killed as the parallel run starts: one
    error line saying so (it ended in a traceback when the error was not a FutureCancelledError), exit 2."""
    check = load_script("tools/check_backend.py")
    sweeps = check.sweeps

    def killed_first(n_jobs):
        if n_jobs > 1:
            _kill(scheduler)
        return sweeps(n_jobs)

    monkeypatch.setattr(check, "CONNECT_TIMEOUT", RECONNECT)
    monkeypatch.setattr(check, "sweeps", killed_first)
    monkeypatch.setattr(check, "split_search", lambda n_jobs: {})
    with cluster(tmp_path) as (address, scheduler):
        assert check.main(["dask", "--scheduler", address]) == 2
    err = capsys.readouterr().err
    assert err == (f"error: dask: sweeps (sensitivity_incl_cut, robustness_protocol, threshold_range on LF): "
                   f"{LOST.format(address=address)}; the backend is not checked\n"), err


def test_a_split_search_whose_scheduler_is_lost_says_which_task(monkeypatch):
    """The split search for every minimal model (minimize's n_jobs on a Dask cluster, _cover._every_cover) ended
    with distributed's error alone when the scheduler was lost, where a sweep says which setting had no result: it
    now says which of its tasks, why and what to do (call minimize() again). The loss itself is recognised by
    dask_scheduler_lost, tested above on a real scheduler; here the backend is a stand-in whose second task fails as
    distributed's does, so the search's own note is tested without a cluster. A task's error of another kind gets
    no note."""
    from types import SimpleNamespace

    import numpy as np

    from analysis.qca import _cover, _parallel

    class FutureCancelledError(Exception):   # distributed's, by name and reason (dask_scheduler_lost reads both)
        reason = "scheduler-connection-lost"

    address = "tcp://127.0.0.1:8786"
    client = SimpleNamespace(status="running", scheduler=SimpleNamespace(address=address))
    monkeypatch.setattr(_parallel, "_on_dask", lambda: True)
    monkeypatch.setattr(_parallel, "get_active_backend", lambda: (SimpleNamespace(client=client), 2))
    failure = []

    def parallel(n_jobs, return_as):   # the first task's result, then the error of the second
        def run(jobs):
            func, args, kwargs = next(iter(jobs))
            yield func(*args, **kwargs)
            raise failure[0]
        return run

    monkeypatch.setattr(_parallel, "parallel", parallel)
    monkeypatch.setattr(_cover, "_SPLIT_AFTER_STEPS", 0)
    rng = np.random.default_rng(5301)   # a chart whose search splits from its first step (as engine_scale's)
    chart = rng.random((60, 24)) < 0.15
    chart[rng.integers(0, 60, 24), np.arange(24)] = True
    tasks = []
    search_parts = _cover._search_parts
    monkeypatch.setattr(_cover, "_search_parts", lambda *a: tasks.append(a) or search_parts(*a))
    failure.append(FutureCancelledError("batch_of__search_parts cancelled for reason: scheduler-connection-lost"))
    with pytest.raises(FutureCancelledError) as info:
        _cover.cover_models(chart, 10_000, max_work=10**6, n_jobs=2)
    assert len(tasks) == 1, "the search did not split"
    n_tasks = info.value.__notes__[0].split(" of the ")[1].split()[0]
    assert int(n_tasks) >= 2
    assert info.value.__notes__ == [
        f"no result from task 2 of the {n_tasks} of the split search for every minimal model on: "
        + LOST.format(address=address).replace("run the sweep again", "call minimize() again")]
    failure[0] = ValueError("a task's own error")
    with pytest.raises(ValueError) as info:
        _cover.cover_models(chart, 10_000, max_work=10**6, n_jobs=2)
    assert not getattr(info.value, "__notes__", None)


def test_the_scheduler_address_read_before_the_call_is_said_when_the_client_has_dropped_it(monkeypatch):
    """A client that gave up reconnecting closes and drops its scheduler (distributed's Client._close sets it to
    None), so the note said 'the connection to the Dask scheduler was lost' without its address, at random on a
    loaded machine (the sweep killed before it started failed once in seven runs). The sweeps and the split search
    read the address before the call (dask_scheduler_address) and the note says that one when the client no longer
    has it; the client's own address wins while it has one."""
    from types import SimpleNamespace

    from analysis.qca import _parallel

    class FutureCancelledError(Exception):
        reason = "scheduler-connection-lost"

    client = SimpleNamespace(status="running", scheduler=SimpleNamespace(address="tcp://10.0.0.1:8786"))
    monkeypatch.setattr(_parallel, "_on_dask", lambda: True)
    monkeypatch.setattr(_parallel, "get_active_backend", lambda: (SimpleNamespace(client=client), 2))
    before = _parallel.dask_scheduler_address()
    assert before == "tcp://10.0.0.1:8786"
    client.status, client.scheduler = "closed", None   # what Client._close leaves
    assert _parallel.dask_scheduler_lost(RuntimeError("ConnectionPool is closed"), address=before) \
        == LOST.format(address=before)
    assert " at " not in _parallel.dask_scheduler_lost(RuntimeError("ConnectionPool is closed"))
    client.status, client.scheduler = "connecting", SimpleNamespace(address="tcp://10.0.0.2:8786")
    assert "tcp://10.0.0.2:8786" in _parallel.dask_scheduler_lost(FutureCancelledError(), address=before)

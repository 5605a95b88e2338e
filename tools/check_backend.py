"""Check a joblib backend before trusting it with long work: the engine's sweeps (robustness protocol, calibration
range, a sensitivity sweep on Lipset's fuzzy data, LF) and its split search for every minimal model (the draw
issue10_k12_n135 of the benchmark, 8,136,611 minimal models: its search is split over the workers) must give, on
that backend, exactly what they give in one process.

    .venv/bin/python tools/check_backend.py BACKEND [--workers 2]
    .venv/bin/python tools/check_backend.py dask --scheduler tcp://HOST:8786 [--workers 2]

BACKEND: loky (joblib's default), threading, multiprocessing, dask or ray (`pip install ray` first; a local Ray
instance it starts). dask is a local dask.distributed cluster the tool starts itself (--workers workers, one thread
each), or, with --scheduler ADDRESS, the running cluster whose scheduler is at that address (its workers need this
project importable; --workers is then the n_jobs of each run). Prints one line per check and exits 0 when every
result is identical, 1 when one differs, 2 when the backend cannot be set up (not installed, a scheduler not
reached), cannot be checked (a --scheduler's cluster of one worker thread in all: joblib runs every task in this
process, so the comparison would set this process against itself), the engine refuses it (a Dask worker that cannot import this engine or runs another version of it) or a run
stops without its results (a worker that died for good, e.g. Dask's KilledWorker, or a scheduler lost mid-run): one
'error:' line. A Dask worker killed once is restarted by its nanny and its tasks rerun, so the check goes on: the
data the tasks share (the sweeps' frames, the split search's chart) is a task's result, which Dask recomputes, not
data joblib scatters to one worker (analysis/qca/_parallel.py, shared_on_dask). Not part of `make test` (which runs the same comparisons for loky, threads, multiprocessing and a local
Dask cluster in tests/test_qca_sweeps_parallel.py and tests/test_qca_engine_scale.py); this is for a joblib backend
on your machine, or your own Dask cluster through --scheduler.
"""
from __future__ import annotations

import argparse
import contextlib
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import joblib  # noqa: E402
import pandas as pd  # noqa: E402

from analysis.qca import QCAInputError, QCAWarning, minimize, robustness_protocol, threshold_range, truth_table  # noqa: E402
from analysis.qca._parallel import dask_scheduler_lost, worker_died  # noqa: E402
from analysis.qca.robustness import sensitivity_incl_cut  # noqa: E402

BACKENDS = ("loky", "threading", "multiprocessing", "dask", "ray")
LF = ROOT / "data" / "reference" / "datasets" / "LF.csv"
DRAW = ROOT / "benchmarks" / "data" / "issue10_k12_n135.csv"
CONDS = ["DEV", "URB", "LIT", "IND", "STB"]
TESTS = [{"label": "TS1", "incl_cut": 0.7}, {"label": "TS2", "n_cut": 2}, {"label": "without FI", "drop_cases": ["FI"]}]


def _plain(df: pd.DataFrame) -> dict:
    """A frame as lists with None for NaN (NaN != NaN: a range's 'no change' bound would read DIFFERENT)."""
    return df.astype(object).where(df.notna(), None).to_dict("list")


def sweeps(n_jobs: int | None) -> list:
    """The three kinds of sweep, as plain data (frames as dicts) to compare."""
    lf = pd.read_csv(LF, dtype={"case": str})
    return [_plain(sensitivity_incl_cut(lf, "SURV", CONDS, cuts=[0.7, 0.75, 0.8, 0.85], incl_cut=0.8,
                                        case_column="case", include="?", n_jobs=n_jobs)),
            robustness_protocol(lf, "SURV", CONDS, TESTS, incl_cut=0.8, case_column="case", n_jobs=n_jobs).to_dict(),
            _plain(threshold_range(lf, "SURV", CONDS, "incl_cut", 0.02, 3, incl_cut=0.8, case_column="case",
                                   n_jobs=n_jobs))]


def split_search(n_jobs: int | None) -> dict:
    """minimize() on the benchmark draw, every minimal model counted (the first 1,000 listed), as its JSON dict."""
    df = pd.read_csv(DRAW).set_index("case")
    tt = truth_table(df, "Y", [c for c in df.columns if c != "Y"], incl_cut=1.0)
    return minimize(tt, include="?", n_jobs=n_jobs).to_dict()


#: distributed's error when the tasks under way were cancelled (a scheduler lost mid-run, 'cancelled for reason:
#: scheduler-connection-lost', is said by dask_scheduler_lost; scattered data lost with a worker, 'already
#: forgotten'), by name, as distributed is not needed
CLUSTER_LOST = ("FutureCancelledError",)

#: the engine's warning that joblib runs a call's every task in this process, on a Dask cluster of one worker thread
#: in all (analysis/qca/_parallel.py): the tool's comparison would then check nothing of the cluster
ONE_THREAD = r"the Dask cluster at .* has one worker thread in all"

#: seconds to wait for a --scheduler to answer before the tool says it was not reached
CONNECT_TIMEOUT = 30


@contextlib.contextmanager
def backend(name: str, workers: int, scheduler: str | None = None):
    """joblib.parallel_config for the backend, with whatever it needs running; dask with `scheduler` (an address such
    as tcp://host:8786) connects to that cluster instead of starting a local one."""
    if name == "dask" and scheduler is not None:
        from distributed import Client
        with Client(scheduler, timeout=CONNECT_TIMEOUT), joblib.parallel_config(backend="dask"):
            yield
    elif name == "dask":
        from distributed import Client, LocalCluster
        with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster, \
                Client(cluster), joblib.parallel_config(backend="dask"):
            yield
    elif name == "ray":
        import ray
        from ray.util.joblib import register_ray
        ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
        register_ray()
        try:
            with joblib.parallel_config(backend="ray"):
                yield
        finally:
            ray.shutdown()
    else:
        with joblib.parallel_config(backend=name):
            yield


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("backend", choices=BACKENDS)
    parser.add_argument("--workers", type=int, default=2, help="workers on the backend (default 2)")
    parser.add_argument("--scheduler", default=None, metavar="ADDRESS",
                        help="dask only: the scheduler of a running Dask cluster (e.g. tcp://host:8786) instead of "
                             "a local cluster the tool starts")
    args = parser.parse_args(argv)
    if args.workers < 2:
        parser.error(f"--workers must be 2 or more (the backend is not used with one), got {args.workers}")
    if args.scheduler is not None and args.backend != "dask":
        parser.error(f"--scheduler is for the dask backend only, got backend {args.backend!r}")
    checks = [("sweeps (sensitivity_incl_cut, robustness_protocol, threshold_range on LF)", sweeps),
              (f"split search for every minimal model ({DRAW.name})", split_search)]
    serial = [run(1) for _, run in checks]
    try:
        ctx = backend(args.backend, args.workers, args.scheduler)
        ctx.__enter__()
    except ImportError as exc:
        print(f"error: backend {args.backend!r} is not installed ({exc}); install it first", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:   # a --scheduler not reached (OSError, TimeoutError) or no address at all
        if args.scheduler is None:
            raise
        what = (f"not an address ({exc})" if isinstance(exc, ValueError) else
                f"no Dask scheduler answered within {CONNECT_TIMEOUT} s ({' '.join(str(exc).split())})")
        print(f"error: --scheduler {args.scheduler}: {what}; give the address the scheduler prints "
              "(e.g. tcp://host:8786)", file=sys.stderr)
        return 2
    ok = True
    try:
        for (what, run), expected in zip(checks, serial):
            t0 = time.perf_counter()
            try:
                with warnings.catch_warnings():   # said by the engine before any task runs: the run stops there
                    warnings.filterwarnings("error", message=ONE_THREAD, category=QCAWarning)
                    got = run(args.workers)
            except QCAWarning as said:   # one thread on the cluster: every task would run here, not there
                print(f"error: {args.backend}: {what}: not checked: {str(said).partition('; ')[0]}: this check "
                      "would compare this process with itself; give its worker more threads (dask worker --nthreads "
                      "2) or start more workers, then check again", file=sys.stderr)
                return 2
            except QCAInputError as exc:   # the engine refused the backend (a Dask worker without this engine, ...)
                print(f"error: {args.backend}: {what}: {exc}", file=sys.stderr)
                return 2
            except Exception as exc:   # a worker died for good (Dask's KilledWorker, ...) or the scheduler was lost
                lost = dask_scheduler_lost(exc)   # whatever distributed raised (CommClosedError, RuntimeError, ...)
                if lost:
                    print(f"error: {args.backend}: {what}: {lost}; the backend is not checked", file=sys.stderr)
                    return 2
                if not (worker_died(exc) or type(exc).__name__ in CLUSTER_LOST):
                    raise
                print(f"error: {args.backend}: {what}: the run stopped before every result came back "
                      f"({type(exc).__name__}: {' '.join(str(exc).split())}), so the backend is not checked: a worker "
                      "died (memory, a signal) or the scheduler was lost; rerun when the cluster is whole",
                      file=sys.stderr)
                return 2
            same = got == expected
            ok &= same
            print(f"{args.backend}: {what}: {'identical' if same else 'DIFFERENT'} ({time.perf_counter() - t0:.1f} s)")
    finally:
        ctx.__exit__(None, None, None)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""The engine's one way to run tasks in parallel: joblib.Parallel, on whatever backend joblib.parallel_config sets
(local processes by default, threads, a Dask cluster, ...); no scheduler of its own.

joblib 1.6's Dask backend hands a batch's outcome to joblib only when the batch returns: a batch that failed on the
scheduler (every worker that ran it died: KilledWorker) was never reported, and Parallel waited for it forever.
`parallel` reports such a failure to joblib, which then raises it as it raises any task's error.
With n_jobs=None joblib.parallel_config's n_jobs applies; `configured` checks it as checks.workers checks n_jobs."""
from __future__ import annotations

import sys

from joblib import Parallel
from joblib.parallel import get_active_backend

from .checks import workers
from .errors import QCAInputError

__all__ = ["configured", "parallel"]


def parallel(n_jobs: int | None, **kwargs) -> Parallel:
    """joblib.Parallel(n_jobs=n_jobs, **kwargs) on the active backend (see the module's docstring). On a backend that
    cannot return a generator (joblib's 'multiprocessing', and Ray's, built on it) return_as='generator' becomes
    'list': the same results in the same order, all at once."""
    _report_dask_failures()
    if kwargs.get("return_as") == "generator" and not getattr(get_active_backend()[0], "supports_return_generator",
                                                              False):
        kwargs["return_as"] = "list"
    return Parallel(n_jobs=configured(n_jobs), **kwargs)


def configured(n_jobs: int | None) -> int | None:
    """n_jobs (already checked) as given; with None, joblib.parallel_config's n_jobs must be one that checks.workers
    allows (joblib's own errors for 0 or 'two' do not say where the value came from). Returns n_jobs unchanged."""
    if n_jobs is None:
        value = get_active_backend()[1]
        try:
            workers(value)
        except QCAInputError as err:
            what = str(err).removeprefix("n_jobs ")
            raise QCAInputError(f"n_jobs is None, so joblib.parallel_config's n_jobs applies: it {what}") from None
    return n_jobs


def _report_dask_failures() -> None:
    """Make the active Dask backend (if it is one) pass a failed batch to joblib's callback: the callback raises the
    error (KilledWorker) in joblib's retrieval of the batch, instead of leaving the batch pending. Idempotent."""
    dask_backend = sys.modules.get("joblib._dask")   # loaded by parallel_config(backend="dask"), never here
    backend, _ = get_active_backend()
    if (dask_backend is None or not isinstance(backend, dask_backend.DaskDistributedBackend)
            or getattr(backend, "_qca_reports_failures", False)):
        return
    submit = backend.submit

    def submit_reporting_failures(func, callback=None):
        future = submit(func, callback)
        if callback is not None:
            def failed(f):
                if not f.cancelled() and f.exception() is not None:
                    callback(f.exception())   # joblib re-raises an exception given as a batch's result
            future.add_done_callback(failed)
        return future

    backend.submit = submit_reporting_failures
    backend._qca_reports_failures = True

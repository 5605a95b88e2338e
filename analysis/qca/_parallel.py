"""The engine's one way to run tasks in parallel: joblib.Parallel, on whatever backend joblib.parallel_config sets
(local processes by default, threads, a Dask cluster, ...); no scheduler of its own.

joblib 1.6's Dask backend hands a batch's outcome to joblib only when the batch returns: a batch that failed on the
scheduler (every worker that ran it died: KilledWorker) was never reported, and Parallel waited for it forever.
`parallel` reports such a failure to joblib, which then raises it as it raises any task's error.
When a call stops early (Ctrl-C, a setting's error, a worker's death), joblib 1.6's Dask backend left its batches
without cancelling them (its abort_everything only empties its queue, though its docstring says it cancels them): the
batches still queued ran to their end on the cluster, and their results stayed in the cluster's memory, held by the
backend and by its collector (left waiting for a batch that would not come), for as long as the backend lived (the
`parallel_config` block); the scheduler reported them 'lost' when the cluster closed. `parallel` makes that abort
cancel them and wake the collector (`_cancel_dask_batches_on_abort`), as distributed's own joblib backend once did.
joblib's 'multiprocessing' backend runs a multiprocessing.Pool, which replaces a worker process that died (killed by
the out-of-memory killer, a signal) without a word: the batch it was running never returned and Parallel waited for
it forever. `parallel` watches that pool's workers and reports a death to every pending batch as loky does
(TerminatedWorkerError, with the workers' exit codes). Ray's backend (ray.util.joblib, built on 'multiprocessing'
with a pool of Ray actors) raises Ray's ActorDiedError itself.
A task that cannot be pickled (a sweep's summarize callback holding a lock, an open file, a connection) failed inside
joblib 1.6's Dask backend, on the client's event loop, where distributed logged the error while the sweep waited for
the task forever (loky and 'multiprocessing' raise a PicklingError). `refuse_unpicklable` refuses it on Dask first,
naming the task, before any is sent.
A Dask worker that cannot import this engine (a remote worker without the project installed) could not read the
tasks sent to it: distributed logged the ModuleNotFoundError in the worker's log and the sweep waited forever.
`parallel` first asks every Dask worker it has not asked yet for its copy of the engine (`_check_dask_workers`):
one that has none, or another version of it (its source differs: results could differ), is a QCAInputError
naming the worker and what to install, before any task is sent.
joblib's Dask backend scatters a call's large arguments (a sweep's data frame) to one worker: data Dask cannot
recompute. A worker killed in the middle of a sweep (the out-of-memory killer, a lost node) that held it took it with
it, and the sweep failed with 'FutureCancelledError: ... cancelled for reason: already forgotten', though Dask reruns
the tasks of a killed worker (a copy scattered to every worker did not help: Dask's active memory manager, on by
default with its ReduceReplicas policy, drops the extra copies). `shared_on_dask` makes each shared frame the result of a task instead, which Dask recomputes.
A Dask scheduler lost in the middle of a call (killed, its machine down, the network cut) ended it with distributed's
own words only, which name a batch, not the sweep's setting, and vary with the moment: a FutureCancelledError
'cancelled for reason: scheduler-connection-lost' for the tasks under way, a CommClosedError or a RuntimeError
'ConnectionPool is closed' for a request of the engine's (the workers' engines, the shared data) once the client has
given up reconnecting. `dask_scheduler_lost` tells these apart, by the reason or by the client's state, for the sweep
to say so (protocol.run_tasks).
A scheduler lost before a call began (the client already reconnecting, or closed after giving up) ended the call
only when the engine's first request to it failed: after the client's reconnect timeout (distributed's
comm.timeouts.connect, 30 s by default), the time the client tries to reach the lost scheduler again. `parallel` and
`shared_on_dask` look at the client first (`_check_dask_workers`): one not connected is a DaskSchedulerLost at once,
before any request or task, which dask_scheduler_lost says as it says a scheduler lost mid-run.
joblib's Dask backend runs as many jobs as the cluster's workers have threads in all, whatever n_jobs says, and
joblib.Parallel runs a call of one job in the calling process: on a cluster of one worker thread (a remote
`dask worker --nthreads 1`) every task ran on the user's own machine, not on the cluster, without a word.
`parallel` says so (a QCAWarning naming the scheduler's address and what to do) when joblib counts one thread (also
after waiting for a cluster with no worker yet), once per backend and scheduler.
With n_jobs=None joblib.parallel_config's n_jobs applies; `configured` checks it as checks.workers checks n_jobs."""
from __future__ import annotations

import concurrent.futures
import contextlib
import hashlib
import multiprocessing.pool
import signal
import sys
import threading
import time
import warnings

from joblib import Parallel
from joblib._parallel_backends import LokyBackend, MultiprocessingBackend
from joblib.externals.loky.process_executor import TerminatedWorkerError
from joblib.parallel import get_active_backend

from .checks import workers
from .data import QCAWarning
from .errors import QCAInputError, in_number, user_stacklevel

__all__ = ["DaskSchedulerLost", "configured", "dask_scheduler_address", "dask_scheduler_lost", "engine_fingerprint",
           "parallel", "refuse_unpicklable", "shared_on_dask", "worker_died"]


class DaskSchedulerLost(ConnectionError):
    """A call on joblib's Dask backend whose client is not connected to its scheduler when the call begins (it is
    reconnecting to a scheduler it lost, or closed): refused before any request or task (see the module's
    docstring)."""


def parallel(n_jobs: int | None, **kwargs) -> Parallel:
    """joblib.Parallel(n_jobs=n_jobs, **kwargs) on the active backend (see the module's docstring). On a backend that
    cannot return a generator (joblib's 'multiprocessing', and Ray's, built on it) return_as='generator' becomes
    'list': the same results in the same order, all at once."""
    _check_dask_workers()
    _warn_one_dask_thread()
    _report_dask_failures()
    _cancel_dask_batches_on_abort()
    _report_dead_pool_workers()
    _tracker_outlives_hangup(configured(n_jobs))   # after parallel_config's n_jobs is checked
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


def _on_dask() -> bool:
    """Whether joblib's active backend is its Dask backend (which pickles every task, even with one worker)."""
    dask_backend = sys.modules.get("joblib._dask")   # loaded by parallel_config(backend="dask"), never here
    return dask_backend is not None and isinstance(get_active_backend()[0], dask_backend.DaskDistributedBackend)


#: The errors of a worker that died on Dask (distributed) and Ray (ray.util.joblib; ActorDiedError is one), beside
#: concurrent.futures' BrokenExecutor (loky's TerminatedWorkerError, and _parallel's for joblib's multiprocessing
#: pool): by name, as neither package is needed.
_WORKER_DEATHS = ("KilledWorker", "RayActorError")


def worker_died(exc: BaseException) -> bool:
    """Whether `exc` says a worker ended in the middle of the work (killed for memory, a lost node)."""
    return (isinstance(exc, concurrent.futures.BrokenExecutor)
            or any(c.__name__ in _WORKER_DEATHS for c in type(exc).__mro__))


def dask_scheduler_address() -> str | None:
    """The address of the scheduler joblib's Dask backend is connected to, None on another backend or when unknown:
    read before a call, as a client that lost its scheduler may no longer have it (dask_scheduler_lost's `address`)."""
    if not _on_dask():
        return None
    client = getattr(get_active_backend()[0], "client", None)
    return getattr(getattr(client, "scheduler", None), "address", None)


def dask_scheduler_lost(exc: BaseException, again: str = "run the sweep again",
                        address: str | None = None) -> str | None:
    """On joblib's Dask backend, when `exc` ended a call because the client lost its scheduler, what happened and
    what to do (ending with `again`), in a clause; else None (other backends; a connected client: a worker's death
    is KilledWorker, a task's error its own). Lost: distributed's FutureCancelledError of reason
    'scheduler-connection-lost' (the tasks under way), a CommClosedError of the connection to the scheduler's address
    (a request under way, before the client noticed), or any error once the client is no longer connected
    (reconnecting, or closed after giving up), and the engine's own DaskSchedulerLost (a client found not connected
    as a call began). `address`: the scheduler's, read before the call
    (dask_scheduler_address), said when the client has lost it too. By name, as distributed is not needed."""
    if not _on_dask():
        return None
    client = getattr(get_active_backend()[0], "client", None)
    address = getattr(getattr(client, "scheduler", None), "address", None) or address
    names = {c.__name__ for c in type(exc).__mro__}
    if not (isinstance(exc, DaskSchedulerLost)
            or "FutureCancelledError" in names and getattr(exc, "reason", None) == "scheduler-connection-lost"
            or "CommClosedError" in names and address and f"remote={address}>" in str(exc)
            or getattr(client, "status", "running") != "running"):
        return None
    return (f"the connection to the Dask scheduler{f' at {address}' if address else ''} was lost (the scheduler "
            "ended or the network failed), and with it the results under way; start the scheduler and its workers "
            f"again, connect a Client to it and {again}")


def refuse_unpicklable(func, items, labels) -> None:
    """On the Dask backend, each (func, item) as distributed pickles it (cloudpickle): the first that cannot be
    pickled is a QCAInputError naming its label (e.g. 'setting incl_cut=0.8'), before any task is sent (see the
    module's docstring). A data frame in an item (sent apart) is checked once, by its object columns only (numbers,
    dates and text columns of pandas' string dtype always pickle): the first value that cannot be pickled (a lock, an
    open file, a connection kept in a column) is refused naming its column. Other backends: no check (threads and
    one process pickle nothing; loky and 'multiprocessing' raise their own PicklingError)."""
    if not _on_dask():
        return
    import io

    import cloudpickle
    import pandas as pd

    checked: set = set()   # ids of the frames already checked (a sweep's tasks share one)

    class WithoutFrames(cloudpickle.Pickler):
        def persistent_id(self, obj):
            if isinstance(obj, pd.DataFrame):
                found.append(obj)
                return id(obj)
            return None

    for item, label in zip(items, labels):
        found: list = []
        try:
            WithoutFrames(io.BytesIO()).dump((func, item))
        except Exception as err:   # TypeError: cannot pickle '_thread.lock' object; PicklingError; ...
            raise QCAInputError(
                f"{label or 'a task of the sweep'} cannot be sent to the Dask workers: pickling it failed "
                f"({type(err).__name__}: {err}). Everything a sweep runs travels to the workers pickled, so a "
                "callback given to it (summarize) must not hold a lock, an open file or a connection: define it at "
                "module level and give it what it needs as plain values, or run this sweep outside the Dask backend's "
                "parallel_config block (with n_jobs=1, in this process)") from None
        for frame in found:
            if id(frame) in checked:
                continue
            checked.add(id(frame))
            for position in range(frame.shape[1]):
                column = frame.iloc[:, position]
                if column.dtype != object:
                    continue
                try:
                    cloudpickle.dumps(column.to_numpy())
                except Exception as err:
                    raise QCAInputError(
                        f"{label or 'a task of the sweep'} cannot be sent to the Dask workers: column "
                        f"{frame.columns[position]!r} of its data cannot be pickled ({type(err).__name__}: {err}). "
                        "Everything a sweep runs travels to the workers pickled, so its data must hold plain values "
                        "(numbers, text), not a lock, an open file or a connection: drop that column or make it "
                        "text, or run this sweep outside the Dask backend's parallel_config block (with n_jobs=1, "
                        "in this process)") from None


@contextlib.contextmanager
def shared_on_dask(objects):
    """Within the block, joblib's Dask backend (if active) sends each of `objects` (the data frames a call's tasks
    share, given as arguments of their own) as the result of a task that returns it (_held), in place of joblib's
    scatter to one worker, whose death lost it for good (see the module's docstring): Dask recomputes a task's result
    lost with a worker. The frame is still sent once, not once per task. Other backends: nothing changes. The futures
    are dropped with the block (the objects are held until then: joblib finds them by id)."""
    backend, _ = get_active_backend()
    known = getattr(backend, "data_futures", None)
    distinct = list({id(o): o for o in objects}.values())
    if not _on_dask() or not isinstance(known, dict) or not distinct:   # another joblib: its own scatter
        yield
        return
    _check_dask_workers()   # a worker without the engine could not run _held: refused first, as by parallel()
    added = [o for o in distinct if id(o) not in known]   # a frame of parallel_config(scatter=...) is already there
    for o in added:   # a task that returns it: Dask recomputes it if the worker holding it dies (not scattered data)
        known[id(o)] = backend.client.submit(_held, o, pure=False)
    try:
        yield
    finally:
        for o in added:
            known.pop(id(o), None)


def _held(data):
    """`data` itself: the task by which a Dask worker holds a call's shared data (shared_on_dask)."""
    return data


def engine_fingerprint(folder: str | None = None) -> str:
    """A short hash of the engine's source (every .py file of analysis/qca, by name and content; `folder`: another
    copy's): two copies with the same fingerprint run the same code."""
    from pathlib import Path

    root = Path(folder) if folder is not None else Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()[:16]


def _engine_on_worker():
    """What a Dask worker has of the engine, run there by Client.run. Defined inside a function so that cloudpickle
    ships it by value: a worker without the engine could not unpickle a function of this module."""
    def probe():
        try:
            import analysis.qca._parallel as engine
        except Exception as err:   # ModuleNotFoundError on a worker without the project; any import error
            return "missing", f"{type(err).__name__}: {err}"
        return "ok", engine.engine_fingerprint()
    return probe


def _check_dask_workers() -> None:
    """On the Dask backend, ask each worker not asked before (by address, per backend) for its engine: one without it,
    or with another version of it, is refused here, before any task is sent (see the module's docstring)."""
    dask_backend = sys.modules.get("joblib._dask")   # loaded by parallel_config(backend="dask"), never here
    backend, _ = get_active_backend()
    if dask_backend is None or not isinstance(backend, dask_backend.DaskDistributedBackend):
        return
    client = backend.client
    _refuse_lost_scheduler(client)   # before the first request: one to a lost scheduler waits its reconnect timeout
    asked = backend.__dict__.setdefault("_qca_workers_checked", set())
    new = sorted(set(client.scheduler_info().get("workers", {})) - asked)
    if not new:
        return
    answers = client.run(_engine_on_worker(), workers=new)
    ours = engine_fingerprint()
    missing = {w: why for w, (state, why) in answers.items() if state == "missing"}
    other = sorted(w for w, (state, found) in answers.items() if state == "ok" and found != ours)
    if missing:
        why = missing[min(missing)]
        raise QCAInputError(
            f"{in_number(len(missing), 'Dask worker')} {_some(sorted(missing))} cannot import this engine ({why}), so "
            f"{'it' if len(missing) == 1 else 'they'} could not read "
            f"the sweep's tasks (the sweep would wait for them forever): install this project on every worker "
            f"(pip install -e . in its checkout, or the same wheel), or start the workers where it is importable")
    if other:
        raise QCAInputError(
            f"{in_number(len(other), 'Dask worker')} {_some(other)} {'runs' if len(other) == 1 else 'run'} another "
            "version of analysis.qca (source fingerprint "
            f"{answers[other[0]][1]}, this process's {ours}), so {'its' if len(other) == 1 else 'their'} results "
            "could differ from this process's: "
            "install this checkout of the project on every worker (pip install -e . at the same commit)")
    asked.update(new)


def _refuse_lost_scheduler(client) -> None:
    """A DaskSchedulerLost when the Dask client is not connected (status 'connecting': it lost its scheduler and is
    trying to reach it again; 'closing' or 'closed': it gave up, or was closed): a request now would wait for the
    client's reconnect timeout before failing (see the module's docstring)."""
    status = getattr(client, "status", "running")
    if status == "running":
        return
    address = getattr(getattr(client, "scheduler", None), "address", None)
    state = ("it lost the scheduler and is trying to reach it again" if status == "connecting" else
             "it gave up reaching the scheduler, or was closed")
    raise DaskSchedulerLost(f"the Dask client is not connected to its scheduler{f' at {address}' if address else ''} "
                            f"(client status {status!r}: {state}), so no task was sent")


def _warn_one_dask_thread() -> None:
    """Make the active Dask backend (if it is one) say when joblib finds one worker thread in all on its cluster, and so
    runs the call's tasks in this process, not on the cluster (see the module's docstring): at the count joblib goes
    by (its configure, after waiting for a cluster with no worker yet to get one). Said once per backend and scheduler
    address. Idempotent."""
    backend, _ = get_active_backend()
    if not _on_dask() or getattr(backend, "_qca_warns_one_thread", False):
        return
    configure = backend.configure
    warned: set[str] = set()

    def configure_warning_of_one_thread(*args, **kwargs):
        n_jobs = configure(*args, **kwargs)
        client = backend.client
        address = getattr(client.scheduler, "address", None) or "?"
        if n_jobs == 1 and address not in warned:
            warned.add(address)
            warnings.warn(f"the Dask cluster at {address} has one worker thread in all (worker "
                          f"{_some(sorted(client.ncores()))}), so joblib runs every task of this call in this "
                          "process, not on the cluster; give its worker more threads (dask worker --nthreads 2) or "
                          "start more workers to compute there, or run without the Dask backend", QCAWarning,
                          stacklevel=user_stacklevel())
        return n_jobs

    backend.configure = configure_warning_of_one_thread
    backend._qca_warns_one_thread = True


def _some(addresses: list[str], shown: int = 5) -> str:
    """The first `shown` worker addresses, and how many more (a cluster may have hundreds)."""
    more = len(addresses) - shown
    return ", ".join(addresses[:shown]) + (f" and {more} more of {len(addresses)}" if more > 0 else "")


def _report_dask_failures() -> None:
    """Make the active Dask backend (if it is one) pass a failed batch to joblib's callback: the callback raises the
    error (KilledWorker) in joblib's retrieval of the batch, instead of leaving the batch pending. Idempotent."""
    backend, _ = get_active_backend()
    if not _on_dask() or getattr(backend, "_qca_reports_failures", False):
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


def _cancel_dask_batches_on_abort() -> None:
    """Make the active Dask backend's abort_everything (joblib's, when a call stops early: Ctrl-C, an error raised
    from the results, a worker's death) also cancel the batches joblib will never retrieve: the cluster stops those
    not started yet and forgets every result (a running batch's thread runs to its end, its result dropped: Dask
    cannot stop a running task). The backend's futures are taken on the client's event loop, where joblib adds and
    collects them: joblib's submission of a batch runs there too, queued before this (the loop runs its callbacks in
    order), so every batch submitted before the abort is taken, unless its submission was waiting for joblib to
    scatter an argument at that moment; neither a sweep nor the split search scatters anything (shared_on_dask).
    Idempotent."""
    backend, _ = get_active_backend()
    if not _on_dask() or getattr(backend, "_qca_cancels_on_abort", False):
        return
    abort = backend.abort_everything

    def abort_cancelling(ensure_ready=True):
        abort(ensure_ready=ensure_ready)
        pending, callbacks = getattr(backend, "_results", None), getattr(backend, "_callbacks", None)
        if not isinstance(pending, dict) or not isinstance(callbacks, dict):   # another joblib: leave it as it is
            return

        async def take():
            taken = list(pending)
            for future in taken:
                pending.pop(future, None)
                callbacks.pop(future, None)
            waiting = getattr(backend, "waiting_futures", None)   # joblib's collector waits on it for a batch that
            if waiting is not None:                               # will not come: wake it to see none is left
                async with waiting.condition:
                    waiting.condition.notify_all()
            return taken

        try:
            abandoned = backend.client.sync(take)
            if abandoned:
                backend.client.cancel(abandoned)
        except Exception:   # a client closed, a scheduler gone: nothing left to cancel; the call's own error goes on
            pass

    backend.abort_everything = abort_cancelling
    backend._qca_cancels_on_abort = True


def _tracker_outlives_hangup(n_jobs: int | None) -> None:
    """On loky (joblib's default backend) with more than one worker (`n_jobs`; None: joblib.parallel_config's), start loky's resource tracker, if it is not running yet, with SIGHUP
    blocked, as loky blocks SIGINT and SIGTERM for it: the tracker is in the run's process group, so a terminal
    closing (SIGHUP to the group) ended it with the workers, and the run, stopping on that SIGHUP, started another
    that printed a 'KeyError' traceback for every semaphore and memmapping folder the run then released. Main thread
    only (a signal mask is per thread). Idempotent (ensure_running does nothing when the tracker runs)."""
    backend, _ = get_active_backend()
    if (not isinstance(backend, LokyBackend) or threading.current_thread() is not threading.main_thread()
            or not hasattr(signal, "SIGHUP") or not hasattr(signal, "pthread_sigmask")):
        return
    n_jobs = n_jobs if n_jobs is not None else get_active_backend()[1]
    if backend.effective_n_jobs(1 if n_jobs is None else n_jobs) == 1:   # one process: joblib starts no worker
        return
    from joblib.externals.loky.backend import resource_tracker

    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGHUP})
    try:
        resource_tracker.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _report_dead_pool_workers() -> None:
    """Make the active 'multiprocessing' backend (if it is one; not Ray's, whose pool is not a multiprocessing.Pool)
    watch its pool while batches are pending: when a worker process has ended while the pool runs, every pending
    batch's callback gets a TerminatedWorkerError, which joblib raises in its retrieval (and then terminates the
    pool) instead of waiting forever for the batch the worker held. Idempotent."""
    backend, _ = get_active_backend()
    if not isinstance(backend, MultiprocessingBackend) or getattr(backend, "_qca_watches_workers", False):
        return
    submit = backend.submit

    def submit_watched(func, callback=None):
        pool = backend._get_pool()
        if callback is None or not isinstance(pool, multiprocessing.pool.Pool) or pool._maxtasksperchild:
            return submit(func, callback)   # workers that end after maxtasksperchild tasks end normally
        watch = getattr(pool, "_qca_watch", None)
        if watch is None:
            watch = pool._qca_watch = _PoolWatch(pool)
        return submit(func, watch.track(callback))

    backend.submit = submit_watched
    backend._qca_watches_workers = True


class _PoolWatch:
    """The pending batches' callbacks of one multiprocessing.Pool, and a daemon thread that checks the pool's worker
    processes every `interval` seconds while the pool runs (it ends with the pool: joblib terminates it after each
    call). A worker ends while the pool runs only if it died: the pool starts another, and the task it held is lost."""

    interval = 0.1

    def __init__(self, pool: multiprocessing.pool.Pool):
        self._pool, self._lock, self._pending, self._next = pool, threading.Lock(), {}, 0
        threading.Thread(target=self._watch, name="qca-pool-watch", daemon=True).start()

    def track(self, callback):
        """callback, called once: with the batch's outcome, or with the error if a worker died first."""
        with self._lock:
            token, self._next = self._next, self._next + 1
            self._pending[token] = callback

        def once(out):
            with self._lock:
                pending = self._pending.pop(token, None)
            if pending is not None:
                pending(out)
        return once

    def _watch(self) -> None:
        seen: list = []
        while self._pool._state == multiprocessing.pool.RUN:
            seen += [w for w in list(self._pool._pool) if w not in seen]
            codes = [w.exitcode for w in seen if w.exitcode is not None]
            if codes and self._pool._state == multiprocessing.pool.RUN:
                with self._lock:
                    callbacks, self._pending = list(self._pending.values()), {}
                for callback in callbacks:
                    callback(TerminatedWorkerError(
                        "A worker process of joblib's multiprocessing pool was unexpectedly terminated, e.g. killed "
                        "by the operating system for using too much memory; its task has no result. The exit codes "
                        f"of the workers are {{{', '.join(map(_exit_code, codes))}}}"))
            time.sleep(self.interval)


def _exit_code(code: int) -> str:
    """A worker's exit code as loky's TerminatedWorkerError gives it: 'SIGKILL(-9)' for a signal, else the number."""
    try:
        return f"{signal.Signals(-code).name}({code})" if code < 0 else str(code)
    except ValueError:
        return str(code)

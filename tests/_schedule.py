"""The order in which `make test`'s pytest-xdist workers take the test files (tests/conftest.py uses the hook below).

make test runs the files on one worker per core (--dist loadfile: each file whole on one worker), and pytest-xdist hands
them out by number of tests, most first. Files of few but long tests (numba compiling every kernel of the engine: 2
tests, the next to last file; the book in a browser, the benchmarks' timed runs, the oracles' random problems, the
property tests) came in the last third, and the worker that took the last of them ran it while the other, done, waited:
a core idle at the end of a run for as long as the last long file took. They now go out first, the longest first; the
others follow as before (by number of tests), so the files left for the end are short ones. Which tests run, and how
each runs, is unchanged: only the order in which the workers take the files.

nbval's notebooks (notebooks/executed/, one test a cell: 11 to 26 tests) are files of the queue too, each whole on one
worker (its cells run in order in one kernel): by their number of tests they went out in the queue's second half, the
longest (03_qca, 30 s of CPU) about 70th of 150 files; the long ones are named here with the test files.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

#: Files that take long for the number of tests they hold: seconds of CPU (user+sys, children included) of a run of
#: the file alone (`pytest -n 0 FILE`, less the 2-3 s any run spends starting and collecting), measured on
#: 2026-12-07 on a loaded machine. Only the order uses them: a file not named here runs where it ran before.
LONG_FILES = {
    "tests/test_report_browser.py": 35,   # the three books built, if no file before built them
    "tests/test_warm_kernels.py": 7,   # make's record of its warm-up read (26 where it compiles every kernel again)
    "tests/test_benchmarks_run.py": 21,   # timed runs of run.py and the CLI
    "tests/test_qca_oracle_textbook.py": 20,
    "tests/test_qca_oracle.py": 16,
    # the book in a browser; less the project's book they share, built by test_report_browser.py (first): measured
    # with it, 28 and 26 (2026-12-07, a run of the three test_report_* files: 41 s of page_layouts' set-up, 55 s of
    # print calls, a quarter of it CPU on the loaded machine)
    "tests/test_report_screen.py": 19,   # page_layouts: every page laid out at several widths
    "tests/test_report_print.py": 10,   # pages printed in the browser
    "tests/test_paperA_reconstruction.py": 13,
    "tests/test_qca_properties.py": 10,
    "tests/test_make_parallel.py": 10,   # make -j2 in copies of the project
    "tests/test_qca_matching_scale.py": 9,
    "tests/test_qca_sweeps_dask_scheduler_lost.py": 8,   # a dask cluster; waits for it
    "tests/test_plots_case_types.py": 7,
    "tests/test_qca_sweeps_dask_remote.py": 7,   # a dask cluster
    "tests/test_suite_writes.py": 7,
    "tests/test_qca_cli_prog.py": 5,
    # measured as the others on 2026-12-07 (suite11): files of 25 to 398 tests that pytest-xdist's count put in the
    # queue's middle or second half
    "tests/test_workshop.py": 54,   # 398 tests, whole notebooks run in-process some 30 times (_run_exercises)
    "tests/test_qca_sweeps_parallel.py": 22,   # 38 tests: worker processes (loky) and dask clusters started
    "tests/test_participants_branch.py": 15,   # 26 tests: git clones and commits
    "tests/test_environment.py": 5,   # 25 tests
    # nbval: each notebook re-run in a kernel of its own and compared cell by cell (`pytest -n 0 --nbval NOTEBOOK`,
    # 2026-12-07, loaded machine, the kernel's CPU included; 02_case_calibration and the two workshop notebooks took
    # about 3 s each and are left where their number of cells puts them)
    "notebooks/executed/03_qca.ipynb": 30,
    "notebooks/executed/01_policy_evolution.ipynb": 14,
    "notebooks/executed/04_figures.ipynb": 13,
    "notebooks/executed/00_method_validation.ipynb": 5,
}


#: Files whose tests share what a process computes once go to one worker, as one unit of the queue (file -> the file
#: whose unit it joins): test_workshop_catalogue_lines.py's row tests run rows of the bad-input catalogue, and
#: tests/bad_inputs/scan.py keeps each row's messages for the process, which the row tests of
#: test_workshop_rare_lines.py read too (_catalogue_message); on two workers each ran its rows itself. The tests
#: run as before, the unit's files one after the other.
ONE_WORKER = {"tests/test_workshop_catalogue_lines.py": "tests/test_workshop_rare_lines.py"}


def long_files_first(workqueue) -> None:
    """Move the files and notebooks of LONG_FILES in `workqueue` (pytest-xdist's OrderedDict of file -> its tests) to
    its front, the longest first; the others keep their order."""
    for scope in reversed(sorted(LONG_FILES, key=LONG_FILES.get, reverse=True)):   # the longest moved last
        if scope in workqueue:
            workqueue.move_to_end(scope, last=False)


@pytest.hookimpl(optionalhook=True)   # a hook of pytest-xdist's
def pytest_xdist_make_scheduler(config, log):
    """--dist loadfile's scheduler, handing out LONG_FILES first, the files of ONE_WORKER with the file they join
    (any other --dist: pytest-xdist's own)."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class LongFilesFirst(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            scope = super()._split_scope(nodeid)
            return ONE_WORKER.get(scope, scope)

        def _assign_work_unit(self, node):
            if not getattr(self, "_long_files_first", False):   # the queue is whole at the first assignment
                self._long_files_first = True
                long_files_first(self.workqueue)
            super()._assign_work_unit(node)

    return LongFilesFirst(config, log)


class StandInWorker:
    """A stand-in for one of pytest-xdist's workers, as its scheduler sees it: the tests handed to it (their indexes in
    the collection) are kept in `todo` until marked done, and each hand-out is recorded in `sent` as (worker, the test
    ids handed out)."""
    shutting_down = False

    def __init__(self, name: str, collection: list[str], sent: list):
        self.todo, self.gateway, self.collection, self.sent = [], SimpleNamespace(id=name), collection, sent

    def send_runtest_some(self, indexes):
        self.sent.append((self.gateway.id, [self.collection[i] for i in indexes]))
        self.todo.extend(indexes)

    def shutdown(self):
        self.shutting_down = True


def scheduled(request, collection: list[str], finish: bool = False) -> list[tuple[str, list[str]]]:
    """Hand out `collection` (test ids) to two stand-in workers with the scheduler `make test` gets for --dist loadfile
    (pytest_xdist_make_scheduler, through the hook of the running session's config) and return the hand-outs in order:
    (worker, the test ids). With `finish`, the workers finish the tests they are given, one at a time in turn, so the
    scheduler hands out the rest of the queue too."""
    config = SimpleNamespace(getvalue={"tx": ["2*popen"], "dist": "loadfile"}.get,
                             option=SimpleNamespace(loadscopereorder=True))
    sched = request.config.hook.pytest_xdist_make_scheduler(config=config, log=None)
    assert sched is not None, "no scheduler from tests/conftest.py for --dist loadfile"
    sent: list = []
    workers = [StandInWorker(name, collection, sent) for name in ("gw0", "gw1")]
    for w in workers:
        sched.add_node(w)
    for w in workers:
        sched.add_node_collection(w, collection)
    sched.schedule()
    while finish and any(w.todo for w in workers):
        for w in workers:
            if w.todo:
                sched.mark_test_complete(w, w.todo.pop(0))
    return sent

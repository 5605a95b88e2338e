"""Test-suite settings. Property tests (Hypothesis) run derandomised by default: the same examples on every
machine and every run, so `make test` (and CI) passes or fails the same way each time. `make test-explore`
draws fresh random examples instead (HYPOTHESIS_PROFILE=explore), to look for new counterexamples."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir
from hypothesis.database import DirectoryBasedExampleDatabase

from _scripts import install as _load_scripts_without_writing_bytecode
from _schedule import pytest_xdist_make_scheduler  # noqa: F401 (make test's workers take the long files first)

# Hypothesis keeps its files (the explore profile's example database; caches of the constants it finds in the code
# under test and of Unicode tables, which it writes even with database=None) in .hypothesis/ in the working folder:
# a test run wrote into the checkout outside build/ (git-ignored, but left beside the sources, and not removed by
# make clean). They go to build/hypothesis/ instead, whatever folder pytest is started from.
HYPOTHESIS_HOME = Path(__file__).resolve().parents[1] / "build" / "hypothesis"
set_hypothesis_home_dir(HYPOTHESIS_HOME)

settings.register_profile("repeatable", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True,
                          database=DirectoryBasedExampleDatabase(HYPOTHESIS_HOME / "examples"))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

# A script of tools/ or benchmarks/ imported from its folder on sys.path (a test's sys.path.insert, a script importing
# its neighbour) writes no bytecode beside it (tests/_scripts.py)
_load_scripts_without_writing_bytecode()


@pytest.fixture(scope="session", autouse=True)
def _subprocesses_write_no_bytecode():
    """The processes the tests start (the CLI, make, the scripts in tools/ and benchmarks/ and the neighbours they
    import) write no bytecode into the checkout (tools/__pycache__/ ...; test_suite_writes.py): they read what is
    there (the environment's, compiled by uv sync --compile-bytecode; what `make` runs wrote) and write none. Set
    for the test session only, once it runs: this process's own imports (and pytest's cache of rewritten test
    modules) are as before, scripts it loads itself being loaded without writing bytecode (tests/_scripts.py)."""
    before = os.environ.get("PYTHONDONTWRITEBYTECODE")
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        else:
            os.environ["PYTHONDONTWRITEBYTECODE"] = before


def _makefile_python() -> str | None:
    """The interpreter the Makefile finds for PYTHON when none is given: its own `$(shell ...)` line, read from the
    Makefile and run as make runs it (/bin/sh); None when the Makefile has no such line."""
    import re
    import subprocess

    makefile = Path(__file__).resolve().parents[1] / "Makefile"
    found = re.search(r"^PYTHON := \$\(shell (.*)\)$", makefile.read_text(encoding="utf-8"), re.MULTILINE)
    if not found:
        return None
    done = subprocess.run(["/bin/sh", "-c", found.group(1)], capture_output=True, text=True, timeout=60)
    return done.stdout.strip() or None


@pytest.fixture(scope="module")
def make_finds_python_once():
    """PYTHON, as the Makefile would find it, in the environment of the make runs of a test module (the modules that
    run make some hundreds of times mark themselves with it): each make run looked for it again, `python3.11 -c
    'import sys; print(sys.executable)'`, through a pyenv shim (a chain of bash scripts) a third of a make run's CPU
    (test_pipeline_faults.py: 30 s of CPU for ten of its tests, 23 s with it). The value is the one make finds; only
    its origin differs (the environment: make checks that it is there with `command -v`, no Python started). A
    PYTHON already set is kept; a test that gives make its own environment or PYTHON=... is as before."""
    if os.environ.get("PYTHON"):
        yield
        return
    found = _makefile_python()
    with pytest.MonkeyPatch.context() as patch:
        if found:
            patch.setenv("PYTHON", found)
        yield


@pytest.fixture
def notebook_03_parameters() -> dict:
    """A valid set of notebook 03's parameters (analysis.paper_a.parameters.check_parameters), for tests that change
    one of them."""
    from analysis.paper_a import cases as C
    from analysis.plots.configurations import MAX_PATHS

    return dict(incl_cut=0.8, n_cut=1, pri_cut=0.0, report_solution="intermediate", analysis="esa", untenable="",
                dir_exp={c: 1 for c in C.CONDITION_NAMES}, necessity_benchmark=0.9, relevance_measure="RoN",
                relevance_cut=0.5, skew_cut=0.8, robustness_thresholds=[1 / 3, 1 / 2, 2 / 3],
                robustness_set_thresholds=[1 / 3, 2 / 3], robustness_incl_cuts=[0.75, 0.8, 1.0],
                robustness_n_cuts=[1, 2], comparison_condition="SER", model="", max_paths=MAX_PATHS, lang="en")


# ---------------------------------------------------------------- the book's tests (tests/_book.py; test_report_*.py)
# Session-scoped: the books are built once per run (shared by the xdist workers, _book.shared_build) and each worker
# opens one browser, whichever of the test_report_* files it runs.
@pytest.fixture(scope="session")
def project_book(tmp_path_factory):
    """The project's own book, built from the committed executed notebooks."""
    from _book import shared_build

    return shared_build(tmp_path_factory)


@pytest.fixture(scope="session")
def participants_book(tmp_path_factory):
    """The project's participants' edition (`make book-participants`), built from the committed executed notebooks."""
    from _book import shared_build

    return shared_build(tmp_path_factory, edition="participants", release="on the course page after the session")


@pytest.fixture(scope="session")
def toy_project(tmp_path_factory):
    """_book.make_project's toy project, one per test run (shared by the xdist workers; the tests only read it)."""
    from _book import shared_toy_project

    return shared_toy_project(tmp_path_factory)


@pytest.fixture(scope="session")
def toy_book(tmp_path_factory, toy_project):
    """The toy project's book, built once per run (shared by the xdist workers, as the project's books)."""
    from _book import shared_build

    return shared_build(tmp_path_factory, root=toy_project)


@pytest.fixture(scope="session")
def driver(tmp_path_factory):
    from _book import open_browser

    drv = open_browser(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield drv
    finally:
        drv.quit()

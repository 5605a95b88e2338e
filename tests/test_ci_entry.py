"""CI runs exactly the README's test command: .ci/run's one command that runs tests is `make test`, and what it
does before (installing a CJK font so that two tests run instead of skipping) cannot stop CI."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.usefixtures("make_finds_python_once")   # tests/conftest.py


def test_ci_runs_exactly_the_readme_test_command():
    lines = [ln.strip() for ln in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    assert lines[-1] == "make test"
    assert [ln for ln in lines if "make" in ln.split()] == ["make test"]
    assert "make test   # unit tests" in (ROOT / "README.md").read_text(encoding="utf-8")
    font = next(ln for ln in lines if "install_browser.sh" in ln)
    assert "INSTALL_CJK_FONTS=1" in font and "|| " in font  # a failed font install warns and goes on


def _pytest_line(*args):
    import subprocess
    out = subprocess.run(["make", "-n", "test", *args], cwd=ROOT, capture_output=True, text=True).stdout
    return next(ln for ln in out.splitlines() if " -m pytest " in ln)


def test_the_suite_runs_on_every_core_with_each_file_whole_on_one_worker():
    """The suite ran in one process on a two-core machine (538 s in CI, near its 10-minute limit). It runs on one
    pytest-xdist worker per core, at most 4, each test file whole on one worker (--dist loadfile), so that a module's
    fixtures are built once and a notebook's cells, which nbval runs in one kernel, stay in order on one worker;
    TEST_WORKERS sets the number (0: one process)."""
    import os
    cores = min(os.cpu_count() or 1, 4)
    line = _pytest_line()
    assert f" -n {cores} " in line and " --dist loadfile " in line
    assert " -n 0 " in _pytest_line("TEST_WORKERS=0")


def test_the_workers_take_the_long_files_first(request):
    """pytest-xdist handed the files to make test's workers by number of tests, most first, so files of few but long
    tests (the book in a browser, the benchmarks, the oracles, the property tests) came last, and one worker ran the
    last of them while the other, done, waited. The scheduler tests/conftest.py gives pytest-xdist (tests/_schedule.py)
    hands them out first, the longest first, then the others as before: run here on a made-up collection, with two
    stand-in workers that finish each test they are given. nbval's notebooks (a test a cell) are among them: 03_qca's
    30 s went out about 70th of 150 files (test_long_notebooks_are_named_as_nbval_names_them)."""
    from _schedule import LONG_FILES, scheduled

    assert not [f for f in LONG_FILES if not (ROOT / f).is_file()], "LONG_FILES names a file that is not there"
    many = [f"tests/test_many_{i}.py" for i in range(4)]
    collection = ([f"{f}::test_{j}" for f in many for j in range(20)]
                  + [f"{f}::Cell {j}" if f.endswith(".ipynb") else f"{f}::test_{j}" for f in LONG_FILES for j in range(2)])
    taken = [ids[0].split("::")[0] for _, ids in scheduled(request, collection, finish=True)]
    assert taken == sorted(LONG_FILES, key=LONG_FILES.get, reverse=True) + many, taken


def test_long_notebooks_are_named_as_nbval_names_them():
    """The notebooks of LONG_FILES are named as nbval's tests name them (what --dist loadfile groups a file's tests by:
    the test id before its '::'), so make test's workers take them first too: checked on nbval's own collection."""
    import subprocess
    import sys

    from _schedule import LONG_FILES

    notebooks = [f for f in LONG_FILES if f.endswith(".ipynb")]
    assert "notebooks/executed/03_qca.ipynb" in notebooks, "the longest notebook nbval checks is not named"
    done = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "--nbval",
                           *notebooks], cwd=ROOT, capture_output=True, text=True, timeout=300)
    scopes = {line.split("::")[0] for line in done.stdout.splitlines() if "::" in line}
    assert scopes == set(notebooks), done.stdout + done.stderr

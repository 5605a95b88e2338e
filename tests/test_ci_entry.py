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

"""A test run writes nothing into the checkout outside build/ (and the outputs nbval's reruns rewrite).

Hypothesis kept its files in .hypothesis/ in the folder pytest was started from (the checkout, for `make test`):
the explore profile's example database, and caches it writes even with database=None (the constants it finds in
the code under test, Unicode tables). tests/conftest.py sends them to build/hypothesis/.

Python wrote the bytecode of the project's scripts beside them (tools/__pycache__/, benchmarks/__pycache__/): the
scripts the tests load from their path or import from their folder (tests/_scripts.py loads them without writing
it) and those run in processes the tests start (which write no bytecode during a test run: tests/conftest.py).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.configuration import storage_directory

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"


def test_hypothesis_keeps_its_files_under_build():
    assert storage_directory("constants", intent_to_write=False).path.is_relative_to(BUILD)
    assert settings.get_profile("repeatable").database is None
    assert Path(settings.get_profile("explore").database.path).is_relative_to(BUILD)


@pytest.mark.parametrize("profile", ["repeatable", "explore"])
def test_a_property_test_run_leaves_no_hypothesis_folder_where_pytest_starts(tmp_path, profile):
    """pytest started in another folder (tmp_path stands in for the checkout, where `make test` starts it) with the
    suite's configuration: a property test leaves nothing there (it left .hypothesis/constants/ in both profiles)."""
    env = {k: v for k, v in os.environ.items() if k not in ("HYPOTHESIS_STORAGE_DIRECTORY", "PYTEST_XDIST_WORKER")}
    env["HYPOTHESIS_PROFILE"] = profile
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                           "--rootdir", str(ROOT), "-c", str(ROOT / "pyproject.toml"),
                           str(ROOT / "tests" / "test_qca_cli_fuzz.py")],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert sorted(p.name for p in tmp_path.iterdir()) == [], proc.stdout
    assert (BUILD / "hypothesis" / "constants").is_dir()


def test_scripts_the_tests_load_write_no_bytecode_beside_them(tmp_path, monkeypatch):
    """A test run wrote tools/__pycache__/ and benchmarks/__pycache__/ into the checkout: the scripts the tests load
    from their path (tests/_scripts.py) or import from their folder put on sys.path (as tools/build_book.py imports
    its neighbours). They are now loaded without writing bytecode (sys.pycache_prefix sends what would be written to tmp_path here, away from the checkout and
    from what `make` runs wrote there)."""
    import importlib

    from _scripts import load_script

    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path))
    bb = load_script("tools/build_book.py", "_build_book_loaded_by_path")
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    for name in ("random_series", "readme_figure_index"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    importlib.import_module("random_series")
    bb.readme_with_figure_index("# R\n", ROOT)   # imports its neighbour readme_figure_index
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.pyc")) == []


def test_the_processes_the_tests_start_write_no_bytecode(tmp_path):
    """The scripts the tests run in processes of their own (tools/verify_outputs.py and the tools/make_lock.py it
    imports, for `make verify`; benchmarks/run.py's children) wrote tools/__pycache__/ and benchmarks/__pycache__/.
    The test session's processes write no bytecode (tests/conftest.py); PYTHONPYCACHEPREFIX sends what would be
    written to tmp_path here."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT / 'tools')!r}); "
                           "import make_words"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.pyc")) == []

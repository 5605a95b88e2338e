"""A test run writes nothing into the checkout outside build/ (and the outputs nbval's reruns rewrite).

Hypothesis kept its files in .hypothesis/ in the folder pytest was started from (the checkout, for `make test`):
the explore profile's example database, and caches it writes even with database=None (the constants it finds in
the code under test, Unicode tables). tests/conftest.py sends them to build/hypothesis/.
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

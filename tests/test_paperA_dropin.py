"""Dropping Paper A's original case matrix in (README, "Running Paper A on the original case matrix"; data/README.md,
"Dropping in the original data"): what a holder of the confidential matrix relies on."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs a git checkout")
def test_the_original_case_matrix_is_ignored_by_git():
    """data/raw/paperA_cases.csv holds the paper's confidential matrix: `git add -A` must not pick it up, while the
    committed reconstruction stays tracked."""
    proc = subprocess.run(["git", "-C", str(ROOT), "check-ignore", "--no-index", "data/raw/paperA_cases.csv"],
                          capture_output=True, text=True)
    assert proc.stdout.splitlines() == ["data/raw/paperA_cases.csv"], proc.stdout + proc.stderr
    proc = subprocess.run(["git", "-C", str(ROOT), "check-ignore", "--no-index",
                           "data/raw/paperA_cases_reconstruction.csv", "data/raw/paperA_codebook.csv"],
                          capture_output=True, text=True)
    assert proc.stdout == "", proc.stdout

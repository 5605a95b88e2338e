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


def test_a_memberships_file_leaves_no_stale_indicator_table(tmp_path):
    """calibration_margins.csv is written from the indicator form only: after an indicator-form run (the
    reconstruction), a memberships-form original left the reconstruction's table in data/derived/paperA/, where the
    book and the reader took it for the analysed data's. Notebook 02 removes it."""
    import json

    from analysis.paper_a import cases as C

    (tmp_path / "calibration_margins.csv").write_text("set\nSYS\n", encoding="utf-8")
    assert C.stale_outputs(tmp_path, "indicators") == []
    assert C.stale_outputs(tmp_path, "memberships") == [tmp_path / "calibration_margins.csv"]
    nb = json.loads((ROOT / "notebooks" / "02_case_calibration.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "C.stale_outputs(OUT, cases.form)" in code and ".unlink()" in code

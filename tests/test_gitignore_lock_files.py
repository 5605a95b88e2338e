"""The lock files an office program leaves beside a data file while it is open are ignored by git."""
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs a git checkout")
def test_office_lock_files_beside_data_files_are_ignored():
    """A holder with data/raw/paperA_cases.xlsx or a codebook open in Excel or LibreOffice saw `~$...xlsx` and
    `.~lock....#` files in `git status` (and `git add -A` committed them); they are ignored now, wherever they are,
    while the data files beside them are not."""
    locks = ["data/raw/~$paperB_panel.xlsx", "data/raw/~$paperB_panel.xls", "data/raw/.~lock.paperB_panel.xlsx#",
             "data/raw/.~lock.paperA_codebook.csv#", "data/reference/~$own data.xlsx",
             "data/raw/.~lock.own data.ods#", "~$notes.xlsx"]
    proc = subprocess.run(["git", "-C", str(ROOT), "-c", "core.quotePath=false", "check-ignore", "--no-index", *locks],
                          capture_output=True, text=True, encoding="utf-8")
    assert proc.stdout.splitlines() == locks, proc.stdout + proc.stderr
    kept = ["data/raw/paperA_codebook.csv", "data/raw/paperB_panel.xlsx", "data/raw/own~data.xlsx",
            "data/raw/.lock.csv"]
    proc = subprocess.run(["git", "-C", str(ROOT), "check-ignore", "--no-index", *kept],
                          capture_output=True, text=True, encoding="utf-8")
    assert proc.stdout == "", proc.stdout

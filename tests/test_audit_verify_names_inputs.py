"""`make verify` names the inputs for which make runs a notebook again, where its records show them: the files the
notebook reads, with their checksums, are in build/params/src/NAME.sums ('CRC SIZE PATH', written by the Makefile
with cksum). It said 'an input changed since its run, other parameters are asked for, or its last run was killed'
for every notebook after one edit of analysis/io.py, naming none of them."""
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from _scripts import load_script

pytestmark = pytest.mark.skipif(shutil.which("cksum") is None, reason="needs POSIX cksum, as the Makefile does")


def _project(tmp_path: Path) -> tuple[Path, Path]:
    """A stand-in checkout: notebook 'a' ran (its stamp), reading three files whose checksums the Makefile kept."""
    root = tmp_path / "project"
    for rel, text in {"notebooks/a.ipynb": "{}\n", "analysis/m.py": "X = 1\n", "data/raw/r.csv": "k\n1\n"}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
        os.utime(root / rel, (1_000_000_000, 1_000_000_000))   # all older than the stamp
    stamps = root / "build" / "stamps"
    stamps.mkdir(parents=True)
    (stamps / "a.done").write_text("")
    out = root / "data" / "derived" / "t.csv"                  # its one output, as its run recorded it
    out.parent.mkdir(parents=True)
    out.write_text("x\n", encoding="utf-8")
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    (stamps / "a.sha256").write_text(f"{digest}  data/derived/t.csv\n", encoding="utf-8")
    os.utime(stamps / "a.done", (1_500_000_000, 1_500_000_000))
    sums = root / "build" / "params" / "src" / "a.sums"
    sums.parent.mkdir(parents=True)
    sums.write_text(subprocess.run(["cksum", "notebooks/a.ipynb", "analysis/m.py", "data/raw/r.csv"], cwd=root,
                                   capture_output=True, text=True, check=True).stdout, encoding="utf-8")
    return root, stamps


def test_nothing_changed_names_nothing(tmp_path):
    root, stamps = _project(tmp_path)
    assert load_script("tools/verify_outputs.py").edited_inputs(stamps, "a", root) == []


def test_an_edited_module_a_copy_with_an_older_date_and_a_deleted_file_are_named(tmp_path, capsys, monkeypatch):
    root, stamps = _project(tmp_path)
    (root / "analysis" / "m.py").write_text("X = 2\n", encoding="utf-8")          # edited: newer than the stamp
    raw = root / "data" / "raw" / "r.csv"
    raw.write_text("k\n7\n", encoding="utf-8")
    os.utime(raw, (1_000_000_000, 1_000_000_000))                                  # cp -p: other bytes, older date
    (root / "notebooks" / "a.ipynb").unlink()
    verify = load_script("tools/verify_outputs.py")
    assert verify.edited_inputs(stamps, "a", root) == ["notebooks/a.ipynb (gone)", "analysis/m.py", "data/raw/r.csv"]
    monkeypatch.setattr(verify, "out_of_date", lambda root, stamps: ["a"])
    assert verify.main(["a", "--root", str(root), "--stamps", str(stamps)]) == verify.DIFFER
    (line,) = [x for x in capsys.readouterr().out.splitlines() if x.startswith("out of date:")]
    assert "changed since its run: notebooks/a.ipynb (gone), analysis/m.py, data/raw/r.csv (other bytes than " \
           "build/params/src/a.sums records, or dated after its stamp)" in line, line

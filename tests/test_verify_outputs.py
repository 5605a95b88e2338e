"""`make verify`: outputs edited by hand after the build, gone, or written by no notebook in the last build (a stale
table an older run left) are named, one line each; make alone cannot see them (`make -q` compares dates only).

The runner records the SHA-256 of every file a notebook wrote (build/stamps/NAME.sha256, tools/run_notebook.py);
tools/verify_outputs.py compares the files with it. These tests use a stand-in project in tmp_path.
"""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis.io import write_csv
from analysis.paths import ROOT
from _scripts import load_script

OUTPUT_LOG = "COMPENDIUM_OUTPUT_LOG"
pytestmark = pytest.mark.usefixtures("make_finds_python_once")   # tests/conftest.py


def _verify():
    return load_script("tools/verify_outputs.py")


def _project(tmp_path: Path) -> tuple[Path, Path]:
    """A stand-in project: two notebooks' outputs and their records, as the runner writes them."""
    root = tmp_path / "project"
    files = {"a": {"data/derived/a/table.csv": b"x,y\n1,2\n", "figures/a.svg": b"<svg/>\n",
                   "notebooks/executed/a.ipynb": b"{}\n"},
             "w/b": {"data/derived/b.csv": b"z\n3\n", "notebooks/executed/w/b.ipynb": b"{}\n"}}
    stamps = root / "build" / "stamps"
    for name, outputs in files.items():
        for path, content in outputs.items():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_bytes(content)
        record = stamps / f"{name}.sha256"
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text("".join(f"{hashlib.sha256(c).hexdigest()}  {p}\n" for p, c in sorted(outputs.items())))
    return root, stamps


def _check(root, stamps, *names):
    return _verify().findings(root, stamps, list(names or ("a", "w/b")))


def test_outputs_as_the_build_wrote_them_pass(tmp_path, capsys):
    root, stamps = _project(tmp_path)
    assert _check(root, stamps) == ([], 5)
    (root / "figures" / ".a.svg.123.tmp").write_text("killed writer")      # dot files are left out
    (root / "notebooks" / "executed" / ".a.failed.ipynb").write_text("{}")
    assert _check(root, stamps) == ([], 5)
    assert _verify().main(["a", "w/b", "--root", str(root), "--stamps", str(stamps), "--no-make"]) == 0
    assert capsys.readouterr().out.startswith("verify: all 5 outputs of the last build are as it wrote them")


def test_a_hand_edited_a_missing_and_a_stray_output_are_each_named(tmp_path, capsys):
    """A table 'corrected' by hand after the build: `make -q` says up to date, `make verify` names it. A table no
    notebook wrote in the last build (an older run's, which stays and looks current) is named as stray."""
    root, stamps = _project(tmp_path)
    (root / "data/derived/a/table.csv").write_bytes(b"x,y\n1,3\n")
    (root / "data/derived/b.csv").unlink()
    (root / "data/derived/a/old_paths.csv").write_bytes(b"stale\n")
    (root / "figures/old.png").write_bytes(b"png")
    lines, checked = _check(root, stamps)
    assert checked == 5
    assert [line.split(":")[0] + ": " + line.split()[1] for line in lines] == [
        "changed: data/derived/a/table.csv", "missing: data/derived/b.csv",
        "stray: data/derived/a/old_paths.csv", "stray: figures/old.png"]
    assert "notebooks/a.ipynb" in lines[0] and "notebooks/w/b.ipynb" in lines[1]
    # the way back is the notebook's rerun (a missing output reruns it: test_missing_output_reruns_its_notebook), not
    # make -B, which remakes the environment too: uv reinstalled with pip and .venv re-synced, failing offline
    assert lines[0].endswith("(edited by hand? git diff shows the change; delete it and run make to rewrite it: its "
                             "notebook runs again)") and "make -B" not in lines[0], lines[0]
    assert _verify().main(["a", "w/b", "--root", str(root), "--stamps", str(stamps), "--no-make"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == lines and err.startswith("verify: 4 problems above;")
    (root / "figures/old.png").unlink()   # one problem is said in the singular (was '1 problem(s)')
    (root / "data/derived/a/old_paths.csv").unlink()
    (root / "data/derived/b.csv").write_bytes(b"z\n3\n")   # as the build wrote it: table.csv alone is changed
    assert _verify().main(["a", "w/b", "--root", str(root), "--stamps", str(stamps), "--no-make"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("changed: data/derived/a/table.csv") and len(out.splitlines()) == 1, out
    assert err.startswith("verify: 1 problem above; the outputs are not"), err


def test_a_notebook_never_built_here_is_named_and_nothing_is_called_stray(tmp_path):
    """Without a notebook's record its outputs cannot be told from strays: the notebook is named (run make), and no
    file is called stray."""
    root, stamps = _project(tmp_path)
    (stamps / "w" / "b.sha256").unlink()
    lines, _ = _check(root, stamps)
    assert len(lines) == 1 and lines[0].startswith("no record: notebooks/w/b.ipynb has no record of a build")


def _run_writing(run_notebook, monkeypatch, tmp_path, manifest, names):
    """A run of notebook 03 by the runner whose notebook (papermill, faked) writes derived/NAME.csv for each name, in
    that order."""
    out = tmp_path / "derived"

    def fake_papermill(cmd, env, cwd):
        monkeypatch.setenv(OUTPUT_LOG, env[OUTPUT_LOG])
        for name in names:
            write_csv(pd.DataFrame({"a": [name]}), out / f"{name}.csv")
        nbformat.write(nbformat.v4.new_notebook(), cmd[4])
        return 0

    monkeypatch.setattr(run_notebook, "papermill", fake_papermill)
    assert run_notebook.main(["03_qca", "--output-dir", str(tmp_path / "exec"), "--manifest", str(manifest)]) == 0


def test_the_runner_records_each_outputs_hash_in_a_deterministic_file(monkeypatch, tmp_path):
    """The runner lists what a notebook wrote (NAME.outputs) and now, beside it, each file's SHA-256 in sha256sum's
    format (NAME.sha256), sorted by path whatever order the notebook wrote in: two runs writing the same bytes give
    the same record."""
    run_notebook = load_script("tools/run_notebook.py")
    records = []
    manifest = tmp_path / "stamps" / "03_qca.outputs"
    for order in (["one", "two"], ["two", "one"]):
        _run_writing(run_notebook, monkeypatch, tmp_path, manifest, order)
        records.append(manifest.with_suffix(".sha256").read_bytes())
    assert records[0] == records[1]
    lines = records[0].decode().splitlines()
    paths = [line.split("  ", 1)[1] for line in lines]
    assert paths == sorted(paths) == manifest.read_text().splitlines()
    for line in lines:
        digest, path = line.split("  ", 1)
        assert digest == hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")
def test_make_verify_checks_the_builds_records(tmp_path):
    """`make verify` runs the check on the stamps folder make uses (STAMPS), for every notebook of the build: with no
    build recorded there, one line says so (exit status 2, make's for a failed recipe); with some recorded, each
    notebook without a record is named."""
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    proc = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), f"STAMPS={tmp_path}/stamps",
                           f"PARAMS={tmp_path}/params", "verify"], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout.splitlines() == [f"no record: no build is recorded in this checkout ({tmp_path}/stamps/ holds "
                                        "no NAME.sha256: a fresh clone, or after make clean); run make, then make "
                                        "verify (git status then shows whether the committed outputs were "
                                        "reproduced)"], proc.stdout
    (tmp_path / "stamps").mkdir()
    (tmp_path / "stamps" / "03_qca.sha256").write_text("")       # one notebook recorded: the others are named
    proc = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), f"STAMPS={tmp_path}/stamps",
                           f"PARAMS={tmp_path}/params", "verify"], env=env, capture_output=True, text=True, timeout=120)
    named = [line for line in proc.stdout.splitlines() if line.startswith("no record:")]
    assert any("notebooks/04_figures.ipynb" in line for line in named) and len(named) >= 5, proc.stdout
    assert not any("notebooks/03_qca.ipynb" in line for line in named) and "stray:" not in proc.stdout


def test_a_file_the_previous_run_wrote_and_this_one_did_not_is_named_by_the_runner(monkeypatch, capsys, tmp_path):
    """A notebook that stops writing a table (a parameter changed, a cell removed) left the old table beside the new
    outputs, looking current, and the run said nothing. The runner compares its new list with the previous run's
    and names, on a `note:` line, each file the previous run wrote and this one did not that is still there."""
    run_notebook = load_script("tools/run_notebook.py")
    out = tmp_path / "derived"
    manifest = tmp_path / "stamps" / "03_qca.outputs"
    for names in (["kept", "dropped", "deleted"], ["kept"]):
        if names == ["kept"]:
            (out / "deleted.csv").unlink()                  # gone already: nothing to say
        capsys.readouterr()
        _run_writing(run_notebook, monkeypatch, tmp_path, manifest, names)
    notes = [line for line in capsys.readouterr().err.splitlines() if line.startswith("note:")]
    assert notes == [f"note: {out / 'dropped.csv'} was written by the previous run of notebooks/03_qca.ipynb but not "
                     "by this one: it holds the previous run's data (its case file and parameters), not this run's; it "
                     "is left as it was, and `make verify` calls it stray; delete it if nothing needs it"]
    assert (out / "dropped.csv").exists()                   # detected, not deleted


def test_a_checkout_with_no_build_recorded_gets_one_line(tmp_path):
    """A fresh clone (or after make clean) has no record at all: one line says so and what to do, not a line per
    notebook."""
    root, stamps = _project(tmp_path)
    shutil.rmtree(stamps)
    lines, checked = _check(root, stamps)
    assert checked == 0 and len(lines) == 1 and lines[0].startswith("no record: no build is recorded in this checkout")


def test_a_run_stopped_while_its_records_are_written_puts_them_back_with_the_outputs(monkeypatch, tmp_path):
    """Stopped between writing the new hashes (NAME.sha256) and the new list (NAME.outputs), a run's outputs were put
    back as the last good run left them, but the new hashes stayed: `make verify` then called the restored outputs
    changed. The two records are put back with the outputs."""
    import analysis.qca.atomic as atomic

    run_notebook = load_script("tools/run_notebook.py")
    out = tmp_path / "derived" / "t.csv"
    manifest = tmp_path / "stamps" / "03_qca.outputs"
    manifest.parent.mkdir()
    manifest.write_text("last good list\n")
    manifest.with_suffix(".sha256").write_text("last good hashes\n")

    def fake_papermill(cmd, env, cwd):
        monkeypatch.setenv(OUTPUT_LOG, env[OUTPUT_LOG])
        monkeypatch.setenv("COMPENDIUM_ROLLBACK", env["COMPENDIUM_ROLLBACK"])
        write_csv(pd.DataFrame({"a": [1]}), out)
        nbformat.write(nbformat.v4.new_notebook(), cmd[4])
        return 0

    real = atomic.write_atomic

    def stopped_at_the_list(path, data, *a, **kw):
        if str(path).endswith(".outputs"):
            raise KeyboardInterrupt
        return real(path, data, *a, **kw)

    monkeypatch.setattr(run_notebook, "papermill", fake_papermill)
    monkeypatch.setattr(atomic, "write_atomic", stopped_at_the_list)
    assert run_notebook.cli(["03_qca", "--output-dir", str(tmp_path / "exec"), "--manifest", str(manifest)]) == 130
    assert manifest.read_text() == "last good list\n"
    assert manifest.with_suffix(".sha256").read_text() == "last good hashes\n"
    assert not out.exists()


def test_verify_beside_a_running_make_says_so_instead_of_naming_outputs_in_flux(tmp_path, capsys):
    """make verify in a second terminal while a make runs named each output that make was rewriting as changed,
    missing or stray (a table half way through a rerun is not what the last build wrote). With the checkout's make
    lock held (tools/make_lock.py) it says a make is running, in one line, and checks once it has ended. It cannot
    check now: exit status 3 (CANNOT_CHECK_NOW), not the 1 of outputs that differ (it was 1 for both)."""
    import subprocess
    import sys

    root, stamps = _project(tmp_path)
    (root / "data/derived/a/table.csv").write_bytes(b"x,y\n1,3\n")    # being rewritten
    holder = subprocess.Popen(["sleep", "60"])                        # stands in for the running make
    try:
        took = subprocess.run([sys.executable, str(ROOT / "tools" / "make_lock.py"), str(stamps / ".make.lock"),
                               str(holder.pid)], capture_output=True, text=True, timeout=30)
        assert took.returncode == 0, took.stderr
        assert _verify().main(["a", "w/b", "--root", str(root), "--stamps", str(stamps), "--no-make"]) == 3
        out, err = capsys.readouterr()
        assert out == "" and err.splitlines() == [
            f"verify: cannot check now: a make (process {holder.pid}) is running in this checkout and rewriting the "
            "outputs; run make verify when it has ended (exit status 3, not 1: no output was compared)"], err
    finally:
        holder.kill()
        holder.wait(timeout=10)
    import time

    deadline = time.monotonic() + 5   # the lock's keeper sees its make gone and exits: verify checks again
    while time.monotonic() < deadline:
        if _verify().main(["a", "w/b", "--root", str(root), "--stamps", str(stamps), "--no-make"]) == 1 and \
                capsys.readouterr().out.startswith("changed: data/derived/a/table.csv"):
            break
        time.sleep(0.02)
    else:
        raise AssertionError("make verify still says a make is running after it has ended")


@pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")
def test_make_verify_tells_cannot_check_now_from_outputs_that_differ(tmp_path):
    """`make verify` beside a running make exited as it did for outputs that differ (make's 2, with the check's 1 on
    its last line, 'Error 1'): a script waiting for the build could not tell "try again later" from "not as built".
    The check's status is 3 then, on make's last line ('Error 3'), after its one line; outputs that differ keep 1."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    stamps = tmp_path / "stamps"
    stamps.mkdir()
    (stamps / "03_qca.sha256").write_text("")          # a build recorded, the other notebooks not: outputs differ

    def make_verify():
        return subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), f"STAMPS={stamps}",
                               f"PARAMS={tmp_path}/params", "verify"], env=env, capture_output=True, text=True,
                              timeout=120)

    differ = make_verify()
    assert differ.returncode == 2 and "no record: notebooks/04_figures.ipynb" in differ.stdout, differ.stdout
    assert differ.stderr.splitlines()[-1].endswith("verify] Error 1"), differ.stderr
    holder = subprocess.Popen(["sleep", "60"])          # stands in for a make running in the checkout
    try:
        took = subprocess.run([sys.executable, str(ROOT / "tools" / "make_lock.py"), str(stamps / ".make.lock"),
                               str(holder.pid)], capture_output=True, text=True, timeout=30)
        assert took.returncode == 0, took.stderr
        busy = make_verify()
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert busy.returncode == 2 and busy.stdout == "", busy.stdout
    first, last = busy.stderr.splitlines()
    assert first.startswith(f"verify: cannot check now: a make (process {holder.pid}) is running in this checkout")
    assert last.endswith("verify] Error 3"), busy.stderr


def test_verify_says_when_make_cannot_say_which_notebooks_are_out_of_date(tmp_path, capsys, monkeypatch):
    """verify asks make (make -n all) which notebooks it would run again; make not found, or stopping with an error
    of its own, was taken for "none": verify said all outputs were as the last build wrote them, having asked
    nothing. It now says it cannot check that now: exit status 3 when no output differs, 1 when one does (named)."""
    root, stamps = _project(tmp_path)
    (stamps / "a.done").write_text("")                       # a notebook run here: make is asked
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))                  # no make at all
    args = ["a", "w/b", "--root", str(root), "--stamps", str(stamps)]
    assert _verify().main(args) == 3
    out, err = capsys.readouterr()
    assert out == "" and err.splitlines() == [
        "verify: cannot check now which notebooks make would run again (make could not be run); the outputs were "
        "compared: 0 problems above; run make verify again (exit status 3)"], err
    make = bin_dir / "make"                                   # a make that stops with an error of its own
    make.write_text("#!/bin/sh\necho 'make: *** the Makefile stopped here.  Stop.' >&2\nexit 2\n", encoding="utf-8")
    make.chmod(0o755)
    (root / "figures" / "a.svg").write_bytes(b"<svg>edited</svg>\n")
    assert _verify().main(args) == 1
    out, err = capsys.readouterr()
    assert out.startswith("changed: figures/a.svg") and err.splitlines() == [
        "verify: cannot check now which notebooks make would run again (make -n all stopped (exit status 2): make: "
        "*** the Makefile stopped here.  Stop.); the outputs were compared: 1 problem above; run make verify "
        "again (exit status 1)"], err


def test_verify_run_by_the_make_holding_the_lock_checks(tmp_path):
    """make all verify (one make, verify a recipe of the make holding the lock) checks the outputs: the make that
    holds the lock is verify's own ancestor, whose notebooks have run by then. (A process standing in for that make
    takes the lock for itself and runs the check; the lock goes with it.)"""
    import subprocess
    import sys

    root, stamps = _project(tmp_path)
    tools = ROOT / "tools"
    script = (f"import os, subprocess, sys; sys.path.insert(0, {str(tools)!r}); "
              f"subprocess.run([sys.executable, {str(tools / 'make_lock.py')!r}, {str(stamps / '.make.lock')!r}, "
              "str(os.getpid())], check=True); import verify_outputs; "
              f"sys.exit(verify_outputs.main(['a', 'w/b', '--root', {str(root)!r}, '--stamps', {str(stamps)!r}, "
              "'--no-make']))")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("verify: all 5 outputs of the last build are as it wrote"), \
        proc.stdout + proc.stderr


def test_a_notebook_run_by_hand_is_named_as_such(tmp_path, capsys, monkeypatch):
    """README: a notebook run by hand (tools/run_notebook.py 01_policy_evolution) is no longer marked up to date and
    `make verify` names it. It named it with 'an input changed since its run, other parameters are asked for, or its
    last run was killed', none of which had happened; the runner had taken its stamp away. Now verify says that, and
    keeps the three causes for a notebook whose stamp is there (04, downstream of it)."""
    root, stamps = _project(tmp_path)
    (stamps / "a.outputs").write_text("")          # a's stamp taken away by a run by hand; w/b's is there
    (stamps / "w").mkdir(exist_ok=True)
    (stamps / "w" / "b.outputs").write_text("")
    (stamps / "w" / "b.done").write_text("")
    verify = _verify()
    monkeypatch.setattr(verify, "out_of_date", lambda root, stamps: ["a", "w/b"])
    assert verify.main(["a", "w/b", "--root", str(root), "--stamps", str(stamps)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("out of date: notebooks/a.ipynb would be run again by make (run by hand since make's "
                             "last run of it, tools/run_notebook.py, which took its stamp build/stamps/a.done away"), out
    assert out[1].startswith("out of date: notebooks/w/b.ipynb would be run again by make (an input changed"), out


def test_the_scripts_make_verify_loads_import_without_the_environment(tmp_path):
    """`make verify` runs tools/verify_outputs.py with make's PYTHON, not .venv's: it and the script it loads
    (build_book, for whether a notebook is out of date) import the standard library only at their top. build_book
    imported analysis.stopping there, and make verify on a fresh clone ended in ModuleNotFoundError: No module named
    'analysis'. Here a Python without site-packages (-S) and outside the checkout stands for make's PYTHON."""
    import subprocess
    import sys

    tools = str(ROOT / "tools")
    proc = subprocess.run([sys.executable, "-S", "-c", f"import sys; sys.path.insert(0, {tools!r}); "
                           "import verify_outputs, build_book"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=60, env={"PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"})
    assert proc.returncode == 0, proc.stderr


def test_a_notebook_last_run_on_other_parameters_is_said_so(tmp_path):
    """After README's `make P_04_figures="-p lang zh"`, `make verify` named 04 out of date with three guessed causes;
    the runner records a run's parameters (build/stamps/NAME.params), and the reason given is that run's parameters."""
    verify = load_script("tools/verify_outputs.py")
    stamps = tmp_path / "stamps"
    stamps.mkdir()
    (stamps / "04_figures.outputs").write_text("", encoding="utf-8")
    (stamps / "04_figures.done").write_text("", encoding="utf-8")
    (stamps / "04_figures.params").write_text("-p lang zh\n", encoding="utf-8")
    why = verify.why_out_of_date(stamps, "04_figures", tmp_path)
    assert why.startswith("its last run was given -p lang zh, not the defaults: make runs it again"), why
    (stamps / "04_figures.params").write_text("", encoding="utf-8")
    assert "-p lang zh" not in verify.why_out_of_date(stamps, "04_figures", tmp_path)

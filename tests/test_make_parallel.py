"""`make -j2` with several goals: a goal that deletes or reads the notebooks' outputs (clean; verify, the tests, the
book) or times the engine (bench) never runs beside the goals that write them, so `make -j2 clean all` is the rebuild
`make clean all` is.

Each test runs the project's Makefile in a copy of the files it reads (the Makefile, tools/, analysis/, the source
notebooks, data/raw, data/reference, the lock), with a stand-in runner for the notebooks and markers for the
environment: a few seconds, and `make clean` in the copy deletes nothing of the project's.
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from analysis.paths import ROOT

pytestmark = [pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make"),
              pytest.mark.usefixtures("make_finds_python_once")]   # tests/conftest.py

# A notebook's run as the runner does it, in a second (FAKE_SLEEP): its output in data/derived/, its list of outputs
# and their SHA-256 (make verify's record), then its stamp.
FAKE_RUNNER = textwrap.dedent("""
    import hashlib, os, sys, pathlib, time
    args = sys.argv[1:]
    name = args[0]
    manifest, stamp = pathlib.Path(args[args.index("--manifest") + 1]), pathlib.Path(args[args.index("--stamp") + 1])
    with open(os.environ["FAKE_LOG"], "a") as fh:
        fh.write(name + "\\n")
    with open(os.environ["FAKE_EVENTS"], "a") as fh:
        fh.write("start " + name + "\\n")
    time.sleep(float(os.environ["FAKE_SLEEP"]))
    with open(os.environ["FAKE_EVENTS"], "a") as fh:
        fh.write("end " + name + "\\n")
    out = pathlib.Path("data/derived") / ("fake_" + name.replace("/", "__") + ".csv")
    out.write_text("output of " + name)
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text(str(out) + "\\n")
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    manifest.with_suffix(".sha256").write_text(f"{digest}  {out}\\n")
    stamp.touch()
""")

# The project's Python for the recipes that run a script with it (the kernels' warm-up, the benchmarks, the book):
# each run logged as the runner's are, taking FAKE_SLEEP too.
FAKE_PY = textwrap.dedent("""\
    #!/bin/sh
    echo "start $1" >> "$FAKE_EVENTS"; sleep "$FAKE_SLEEP"; echo "end $1" >> "$FAKE_EVENTS"
""")

COPIED = ("Makefile", "pyproject.toml", "uv.lock", "tools", "analysis", "data/raw", "data/reference")


@pytest.fixture
def project(tmp_path):
    """A copy of what the Makefile reads, and `make` in it with a stand-in runner and environment."""
    copy = tmp_path / "project"
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    for notebook in [*(ROOT / "notebooks").glob("*.ipynb"), *(ROOT / "notebooks").glob("*/*.ipynb")]:
        if "executed" not in notebook.relative_to(ROOT / "notebooks").parts:
            target = copy / notebook.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(notebook, target)
    for folder in ("data/derived", "figures", "notebooks/executed"):
        (copy / folder).mkdir(parents=True, exist_ok=True)
    # what tools/make_deps.py read of each source, kept under its checksum (make_deps --cache): the copy's sources are
    # the project's, so its first make parses none of them again (an edited one is parsed, as in the project); and
    # make's answer of the modules each notebook reads (build/modules-read.txt), kept under the checksums of the
    # files it read by their names relative to the checkout (the Makefile's MODULES_READ): the copy holds those same
    # files, so its first make takes the answer without starting make_deps (0.4 s of CPU a copy), and after an edit
    # the key differs and make works it out again, as in the project
    (copy / "build").mkdir()
    for cache in ("module-facts.json", "modules-read.txt"):
        if (ROOT / "build" / cache).is_file():
            shutil.copy2(ROOT / "build" / cache, copy / "build" / cache)
    fake, log, events, py = tmp_path / "fake.py", tmp_path / "runs.log", tmp_path / "events.log", tmp_path / "py.sh"
    fake.write_text(FAKE_RUNNER, encoding="utf-8")
    py.write_text(FAKE_PY, encoding="utf-8")
    py.chmod(0o755)
    for marker in ("uv", "synced"):
        (tmp_path / marker).write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}

    def make(*args: str, sleep: float = 0.0) -> subprocess.CompletedProcess:
        cmd = ["make", "--no-print-directory", f"ENV_RUN={tmp_path}/synced", f"UV={tmp_path}/uv", f"PY={py}",
               f"RUN_NB={shlex.quote(sys.executable)} {shlex.quote(str(fake))}", "PARAM_CHECK=:", *args]
        return subprocess.run(cmd, cwd=copy, env=dict(env, FAKE_LOG=str(log), FAKE_EVENTS=str(events),
                                                      FAKE_SLEEP=str(sleep)),
                              capture_output=True, text=True, timeout=120)

    def runs() -> list[str]:
        ran = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        log.write_text("", encoding="utf-8")
        return ran

    def events_since() -> list[str]:
        said = events.read_text(encoding="utf-8").splitlines() if events.exists() else []
        events.write_text("", encoding="utf-8")
        return said

    make.runs = runs
    make.events = events_since
    make.tmp = tmp_path
    make.copy = copy
    return make


def _notebooks(project) -> list[str]:
    names = [p.relative_to(project.copy / "notebooks").with_suffix("").as_posix()
             for p in [*(project.copy / "notebooks").glob("*.ipynb"), *(project.copy / "notebooks").glob("*/*.ipynb")]
             if "executed" not in p.parts]
    assert len(names) >= 6
    return names


def test_make_j2_clean_all_rebuilds_everything(project):
    """`make -j2 clean all` started clean's rm -rf beside the goal all: it removed build/ while make wrote the files the
    stamps need ("build/params/src/NAME.sums: No such file or directory"), and make stopped with nothing rebuilt and
    the outputs gone. It now runs its goals one after the other, as `make clean all` does."""
    assert project("all").returncode == 0
    assert sorted(project.runs()) == sorted(_notebooks(project))
    proc = project("-j2", "clean", "all")
    assert proc.returncode == 0, proc.stderr
    assert sorted(project.runs()) == sorted(_notebooks(project))          # every notebook ran again, once
    for name in _notebooks(project):
        assert (project.copy / "build" / "stamps" / f"{name}.done").is_file(), name
        assert (project.copy / "data" / "derived" / f"fake_{name.replace('/', '__')}.csv").is_file(), name
    assert project("-q").returncode == 0


def test_make_j2_all_verify_checks_what_all_wrote(project):
    """`make -j2 all verify` ran the check beside the notebook all was rerunning: it named the notebook make would run
    again (or said it could not check now) and failed, though all then wrote what verify would have found. verify
    now runs after all, on the finished build."""
    assert project("all").returncode == 0
    project.runs()
    (project.copy / "notebooks" / "03_qca.ipynb").touch()
    proc = project("-j2", "all", "verify", sleep=1.0)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert project.runs() == ["03_qca", "04_figures"]


def test_make_j2_still_runs_independent_notebooks_side_by_side(project):
    """The goals are serialised only beside clean, verify, the tests, the book and bench: `make -j2` alone (and with
    notebooks' names as goals) still runs two notebooks at once."""
    assert project("all").returncode == 0
    project.runs()
    for name in ("00_method_validation", "01_policy_evolution"):
        (project.copy / "notebooks" / f"{name}.ipynb").touch()
    proc = project("-j2", "00_method_validation", "01_policy_evolution", sleep=2.0)
    assert proc.returncode == 0, proc.stderr
    assert sorted(project.runs()) == ["00_method_validation", "01_policy_evolution"]
    started = sorted(path.stat().st_mtime for path in (project.copy / "data" / "derived").glob("fake_0[01]_*.csv"))
    assert len(started) == 2 and started[1] - started[0] < 1.5, started   # side by side: not 2 s apart


@pytest.mark.parametrize("goal, program, marker", [("bench", "benchmarks/run.py", "ENV_BENCH"),
                                                   ("report", "tools/build_book.py", "ENV_BOOK")])
def test_make_j2_all_then_a_goal_that_reads_or_times_the_build_runs_it_after(project, goal, program, marker):
    """`make -j2 all bench` timed the engine beside a notebook all was rerunning (the two cores shared: the README's
    speed figures come from make bench); `make -j2 all report` built the book from outputs being rewritten. Each now
    starts when all has ended."""
    assert project("all").returncode == 0
    project.runs()
    (project.copy / "notebooks" / "03_qca.ipynb").touch()
    project.events()
    proc = project("-j2", "all", goal, f"{marker}={project.tmp}/synced", sleep=1.0)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    events = project.events()
    assert events[-2:] == [f"start {program}", f"end {program}"], events
    assert events[:-2] == ["start 03_qca", "end 03_qca", "start 04_figures", "end 04_figures"], events


def test_the_python_the_make_tests_give_make_is_the_one_it_finds(tmp_path):
    """The make tests give make PYTHON in its environment (tests/conftest.py make_finds_python_once: the Makefile's
    own line run once, not once per make run): it must be the interpreter make itself finds, given none."""
    from conftest import _makefile_python

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHON", "MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    proc = subprocess.run(["make", "-s", "--no-print-directory", "-C", str(ROOT), f"PARAMS={tmp_path}/params",
                           f"STAMPS={tmp_path}/stamps", "--eval", 'show-python: ; @echo "$(PYTHON)"', "show-python"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert _makefile_python() == proc.stdout.splitlines()[-1] and os.environ.get("PYTHON") == _makefile_python()

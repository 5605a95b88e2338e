"""benchmarks/run.py, run as benchmarks/README.md shows it."""
from __future__ import annotations

import sys

import pytest
from _processes import popen_then_sigterm, started_child
from _scripts import load_script


def _run_module():
    return load_script("benchmarks/run.py", "bench_run")


def test_a_partial_run_leaves_the_full_record_alone(tmp_path, monkeypatch, capsys):
    """benchmarks/README.md shows `run.py --only k16,planted` and `--reps 1 --timeout 240 --no-cli` as ways to run
    it directly. Such a run replaced benchmarks/results/latest.{csv,md}, the full run's record that README.md quotes
    and links to (and the book shows), with a table of one file. A partial run now writes build/bench/."""
    run = _run_module()
    monkeypatch.setattr(run, "RESULTS", tmp_path / "results")
    monkeypatch.setattr(run, "PARTIAL", tmp_path / "partial", raising=False)
    assert run.main(["--only", "k10_n40", "--reps", "1", "--no-cli", "--timeout", "60"]) == 0
    assert not (tmp_path / "results").exists()
    written = (tmp_path / "partial" / "latest.md").read_text(encoding="utf-8")
    assert "k10_n40.csv" in written
    assert "left as it is" in capsys.readouterr().err


def test_every_option_states_its_default(capsys):
    """`run.py --help` said of --budget only 'stop repeating the API once a file used this long': no unit and no
    default (20 s, after which a file gets fewer than --reps runs). Every option with a value gives its default."""
    import pytest

    run = _run_module()
    with pytest.raises(SystemExit):
        run.main(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    order = ["--timeout", "--reps", "--budget", "--only", "--no-cli", "--cli-only", "--jobs", "--rerender"]
    starts = [text.index(f"{f} {f[2:].upper().replace('-', '_')} " if f not in ("--no-cli", "--rerender")
                         else f"{f} ", text.index("options:")) for f in order]
    for flag, a, b in zip(order, starts, starts[1:]):
        if flag not in ("--only", "--no-cli"):
            assert "default" in text[a:b], (flag, text[a:b])
    budget = text[text.index("--budget BUDGET "):text.index("--only ONLY ")]
    assert "seconds" in budget and "default 20" in budget, budget


def test_counts_stay_exact_in_latest_csv_and_the_goals_row_names_what_was_not_answered(tmp_path):
    """latest.csv kept counts as floats with 10 significant digits whenever a refused file left a blank in the
    column: 12,542,304,936 minimal models were written 1.254230494e+10 and `--rerender` showed 12,542,304,940.
    And the goals row of the random series said '4.57 s ... NO' without saying that one draw was refused. Counts
    are now whole numbers (Int64) in the table and the file; the row names the files not answered."""
    import pandas as pd
    from analysis.io import write_csv

    run = _run_module()
    refused = "refused after 3.51 s: the prime implicant chart needs more than max_work = 100,000 steps"
    t = run.exact_counts(pd.DataFrame([
        {"file": "issue10_a.csv", "status": "ok", "n_models": 12_542_304_936, "listed": 1000, "api_seconds": 1.5,
         "api_cpu": 1.4, "peak_mib": 300.0},
        {"file": "issue10_b.csv", "status": refused, "n_models": None, "listed": None, "api_seconds": 3.51,
         "api_cpu": 3.5, "peak_mib": 200.0}]))
    write_csv(t, tmp_path / "latest.csv")
    assert "12542304936" in (tmp_path / "latest.csv").read_text(encoding="utf-8")
    back = run.exact_counts(pd.read_csv(tmp_path / "latest.csv"))
    assert int(back.loc[0, "n_models"]) == 12_542_304_936 and back.loc[1, "n_models"] is pd.NA
    assert run.fmt(back.loc[0, "n_models"]) == "12,542,304,936" and run.fmt(back.loc[1, "listed"]) == "—"
    row = [line for line in run.goals_table(back) if line.startswith("| random crisp")][0]
    assert "(1 of 2 files answered; not issue10_b (refused after 3.51 s))" in row and row.endswith("| NO |")


def _speed_module():
    _run_module()  # puts benchmarks/ on the path, as run.py does for itself
    import readme_speed
    return readme_speed


def test_readme_speed_paragraph_is_the_benchmarks_record():
    """Every speed or memory figure in README.md's speed paragraph comes from `make bench`: the paragraph is the one
    benchmarks/readme_speed.py writes from the committed record (latest.csv, latest.md's header). A figure typed or
    edited by hand, or a record rerun without its paragraph, fails here."""
    speed = _speed_module()
    from pathlib import Path
    readme = (Path(speed.ROOT) / "README.md").read_text(encoding="utf-8")
    assert " ".join(speed.readme_block(readme).split()) == " ".join(speed.from_record().split())


#: numba's cache files of one kernel, compiled for two signatures (test_kernels_compiled_by_a_timed_run_are_named_...)
KERNEL_FILES = frozenset({"_cover_kernel._kernel-275.py311.1.nbc", "_cover_kernel._kernel-275.py311.2.nbc"})


@pytest.fixture(scope="module")
def k06_partial_run(tmp_path_factory):
    """One partial run, `run.py --only k06_n40 --reps 1 --no-cli --timeout 60` (a timed child process solving k06_n40),
    for the two tests that read what it wrote: each ran the same run for itself. It runs as both had it: the record
    (benchmarks/results/) copied and README.md with its speed paragraph edited by hand, both in a temporary folder
    (test_rerender_...), and numba's cache seen as empty before the API's runs and holding KERNEL_FILES after them
    (test_kernels_compiled_...)."""
    import shutil

    run, speed = _run_module(), _speed_module()
    tmp = tmp_path_factory.mktemp("k06_partial_run")
    results = tmp / "results"
    shutil.copytree(speed.RESULTS, results)
    readme = tmp / "README.md"
    text = (speed.README).read_text(encoding="utf-8")
    block = speed.readme_block(text)
    readme.write_text(text.replace(block, block.replace("Dense table", "Dense  table (typed by hand)")), encoding="utf-8")
    typed = readme.read_text(encoding="utf-8")
    seen = iter([set(), set(KERNEL_FILES), set(KERNEL_FILES)])   # before the API child, after it, after the CLI
    with pytest.MonkeyPatch.context() as patch:                   # (not run)
        patch.setattr(run, "RESULTS", results)
        patch.setattr(speed, "README", readme)
        patch.setattr(speed, "RESULTS", results)
        patch.setattr(run, "PARTIAL", tmp / "partial", raising=False)
        patch.setattr(run, "cached_kernels", lambda: next(seen))
        status = run.main(["--only", "k06_n40", "--reps", "1", "--no-cli", "--timeout", "60"])
    partial = tmp / "partial" / "latest.md"
    return {"run": run, "status": status, "results": results, "readme": readme, "typed": typed,
            "readme_after": readme.read_text(encoding="utf-8"), "tmp": tmp,
            "partial": partial.read_text(encoding="utf-8") if partial.exists() else None}


def test_rerender_writes_the_readme_paragraph_and_a_partial_run_does_not(k06_partial_run, monkeypatch):
    run, speed = k06_partial_run["run"], _speed_module()
    results, readme = k06_partial_run["results"], k06_partial_run["readme"]
    monkeypatch.setattr(run, "RESULTS", results)
    monkeypatch.setattr(speed, "README", readme)
    monkeypatch.setattr(speed, "RESULTS", results)
    monkeypatch.setattr(run, "PARTIAL", k06_partial_run["tmp"] / "partial", raising=False)
    assert k06_partial_run["status"] == 0
    assert k06_partial_run["readme_after"] == k06_partial_run["typed"]   # a partial run leaves README as it is
    assert run.main(["--rerender"]) == 0
    assert " ".join(speed.readme_block(readme.read_text(encoding="utf-8")).split()) == \
        " ".join(speed.from_record(results).split())
    assert "typed by hand" not in readme.read_text(encoding="utf-8")


def test_a_count_stopped_at_max_work_is_answered_in_part_and_meets_no_goal():
    """A draw whose count of minimal models stopped at the default max_work is answered (partially, its count a lower
    bound): the table shows its numbers with 'at least' and its checks, and the goals row of issue 10, which asks
    for exact results, names it and is not met."""
    import pandas as pd

    run = _run_module()
    stopped = "count stopped after 4.40 s: at least 685,483 minimal models, a partial answer"
    t = run.exact_counts(pd.DataFrame([
        {"file": "issue10_a.csv", "status": "ok", "n_models": 12, "listed": 12, "api_seconds": 1.5,
         "api_cpu": 1.4, "peak_mib": 300.0, "partial": False, "n_models_exact": True},
        {"file": "issue10_b.csv", "status": stopped, "n_models": 685_483, "listed": 1000, "api_seconds": 4.4,
         "api_cpu": 4.3, "peak_mib": 200.0, "partial": True, "n_models_exact": False, "prime": True,
         "irredundant": True, "covering": True, "same_size": True, "distinct": True}]))
    assert run.answered(stopped) and run.answered("ok") and not run.answered("refused after 3 s: ...")
    row = [line for line in run.goals_table(t) if line.startswith("| random crisp")][0]
    assert "(1 of 2 files answered; not issue10_b (count stopped after 4.40 s))" in row and row.endswith("| NO |")
    assert run._ok(t.to_dict("records")[1]) == "ok"


def _record_and_readme_out_of_date(tmp_path, monkeypatch):
    """A copy of the committed record whose latest.md lost its last table row and a README whose paragraph was
    typed by hand, both of which `--rerender` rewrites; (run, speed, paths of the two, their texts)."""
    import shutil

    run, speed = _run_module(), _speed_module()
    results = tmp_path / "results"
    shutil.copytree(speed.RESULTS, results)
    md = results / "latest.md"
    md.write_text(md.read_text(encoding="utf-8").rstrip("\n").rsplit("\n", 1)[0] + "\n", encoding="utf-8")
    readme = tmp_path / "README.md"
    text = speed.README.read_text(encoding="utf-8")
    block = speed.readme_block(text)
    readme.write_text(text.replace(block, block.replace("Dense table", "Dense  table (typed by hand)")), encoding="utf-8")
    monkeypatch.setattr(run, "RESULTS", results)
    monkeypatch.setattr(speed, "README", readme)
    monkeypatch.setattr(speed, "RESULTS", results)
    paths = (md, readme)
    return run, speed, paths, [p.read_text(encoding="utf-8") for p in paths]


def test_the_record_and_readme_are_written_together_or_not_at_all(tmp_path, monkeypatch):
    """latest.csv, latest.md and README's speed paragraph were each written atomically, but one after another: a run
    that failed (a full disk) or was stopped between two of the writes left them out of step, and
    test_readme_speed_paragraph_is_the_benchmarks_record failed. Now every file is written to its temporary copy
    first and all are renamed into place in one short step, with SIGTERM, SIGHUP and Ctrl-C held back meanwhile.
    (`--rerender` writes latest.md and README by the same path as a full run.)"""
    import os
    import signal

    import pytest
    from analysis.qca import atomic

    run, speed, paths, before = _record_and_readme_out_of_date(tmp_path, monkeypatch)
    # README's copy cannot be written (the disk full by then): neither file changes
    opened, fdopen = [], os.fdopen

    def disk_full(fd, *a, **k):
        opened.append(fd)
        if len(opened) == 2:
            os.close(fd)
            raise OSError(28, "No space left on device")
        return fdopen(fd, *a, **k)

    monkeypatch.setattr(atomic.os, "fdopen", disk_full)
    with pytest.raises(OSError):
        run.main(["--rerender"])
    monkeypatch.setattr(atomic.os, "fdopen", fdopen)
    assert [p.read_text(encoding="utf-8") for p in paths] == before
    assert sorted(p.name for p in paths[0].parent.iterdir()) == ["latest.csv", "latest.md"]  # no temporary copy left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md", "results"]

    # SIGTERM arriving as the first file is renamed into place: it takes effect once both are in place
    class Stopped(BaseException):
        pass

    def stop(signum, frame):
        raise Stopped

    replace = os.replace

    def replace_and_be_stopped(src, dst):
        os.kill(os.getpid(), signal.SIGTERM)
        replace(src, dst)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        monkeypatch.setattr(atomic.os, "replace", replace_and_be_stopped)
        with pytest.raises(Stopped):
            run.main(["--rerender"])
    finally:
        signal.signal(signal.SIGTERM, previous)
    monkeypatch.setattr(atomic.os, "replace", replace)
    after = [p.read_text(encoding="utf-8") for p in paths]
    assert after[0] != before[0] and after[1] != before[1] and "typed by hand" not in after[1]
    assert " ".join(speed.readme_block(after[1]).split()) == " ".join(speed.from_record(paths[0].parent).split())


def _group_members(pgid: int) -> list[int]:
    """The processes (not zombies) of process group `pgid`."""
    from pathlib import Path

    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(") ", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != "Z" and int(fields[2]) == pgid:
            members.append(int(stat.parent.name))
    return members


@pytest.mark.parametrize("timed, args, stop", [
    ("--child", ["--reps", "100000", "--budget", "100000"], "SIGTERM"),   # the child timing the API, repeating long
    ("minimize", ["--reps", "100000", "--budget", "0"], "SIGTERM"),       # the CLI runs, once the API's run is done
    # (each CLI run is short: one outlives a killed run.py by a second or so, die_with or not; start() is the same)
    pytest.param("--child", ["--reps", "100000", "--budget", "100000"], "SIGKILL", marks=pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")),
])
def test_a_run_stopped_or_killed_stops_its_timed_runs_and_writes_nothing(tmp_path, timed, args, stop):
    """`make bench` stopped by SIGTERM (make passes its own on: a CI job cancelled, `kill`): Python's default ended
    run.py at once, and the child timing the API, or the CLI run being timed, went on running after make had ended.
    run.py now stops them (their process group) as it unwinds, exit status 143 with one error line; nothing is
    written. Killed outright (SIGKILL: kill -9, an out-of-memory kill), run.py cannot stop them, and they went on
    too: the kernel of the OS now kills the timed run when run.py dies (analysis.stopping.die_with)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from analysis.paths import ROOT

    results, partial = tmp_path / "results", tmp_path / "partial"
    script = (f"import sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import run; "   # as make runs it
              f"run.RESULTS, run.PARTIAL = run.Path({str(results)!r}), run.Path({str(partial)!r}); "
              f"sys.exit(run.cli(['--only', 'k10_n40', '--timeout', '600', *{args!r}]))")
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        child = started_child(proc, lambda argv: timed.encode() in argv, timeout=240)
        assert child is not None, f"no timed run ({timed}) started"
        time.sleep(0.3)
        os.kill(proc.pid, getattr(signal, stop))
        assert proc.wait(timeout=60) == (143 if stop == "SIGTERM" else -signal.SIGKILL), proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    err = proc.stderr.read()
    if stop == "SIGTERM":
        assert err.count("error: terminated (SIGTERM)") == 1 and "Traceback" not in err, err
    deadline = time.monotonic() + 5   # (SIGKILL: the kernel signals the timed run as run.py dies)
    while _group_members(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        assert _group_members(child) == [], "the timed run (or a process it started) still runs"
    finally:
        for pid in _group_members(child):
            os.kill(pid, signal.SIGKILL)
    assert not results.exists() and not partial.exists()


def test_kernels_compiled_by_a_timed_run_are_named_in_the_record(tmp_path, monkeypatch, k06_partial_run):
    """make bench's API time of k40_n40 (12.8 s, 12.7 s CPU) exceeded the whole CLI process's (7.41 s): its API child
    was the first process of the run to reach the compiled cover search, whose kernels tools/warm_kernels.py no longer
    compiled, and the median of its two runs held a first one that compiled them (18 s of CPU against 6.6 s), unsaid.
    The bench now compares numba's cache before and after each data set's timed runs and names, in latest.md, the
    kernels compiled by the API's runs or the CLI's first run."""
    run = _run_module()
    cache = tmp_path / "numba"
    monkeypatch.setenv("NUMBA_CACHE_DIR", str(cache))
    assert run.cached_kernels() == set()   # no cache yet
    (cache / "x" / "y").mkdir(parents=True)
    for name in ("_cover_kernel._kernel-275.py311.1.nbc", "_cover_kernel._kernel-275.py311.2.nbc",
                 "_cover_kernel._kernel-275.py311.nbi"):
        (cache / "x" / "y" / name).write_bytes(b"")
    files = run.cached_kernels()
    assert files == {"_cover_kernel._kernel-275.py311.1.nbc", "_cover_kernel._kernel-275.py311.2.nbc"} == KERNEL_FILES
    assert run.kernel_names(files) == "_cover_kernel._kernel" and run.kernel_names(set()) is None

    # the run of k06_n40 with the cache seen empty before the API child and holding `files` after it
    assert k06_partial_run["status"] == 0
    written = k06_partial_run["partial"]
    assert "Numba kernels compiled during this run, by the timed runs of: k06_n40.csv: API (_cover_kernel._kernel)." \
        in " ".join(written.split())
    # a run that compiled nothing (the committed record has no such columns) says nothing of it
    import pandas as pd
    assert "Numba kernels compiled" not in run.markdown(pd.read_csv(run.HERE / "results" / "latest.csv"), 0.0, (0.0, 0.0))


def test_the_cli_peak_memory_is_the_cli_process_own_not_run_py_s(tmp_path):
    """The CLI's peak memory (ru_maxrss from wait4) was that of run.py's forked copy whenever run.py was the larger:
    Linux keeps in it the resident size of the image before the exec, and the CLI was forked from run.py, so small
    problems late in `make bench` showed 145-155 MiB (run.py's size then) against about 85 MiB of their own. Each CLI
    run now starts from a small launcher (run.LAUNCHER, about 10 MiB), the only image before its exec. Here run.py's
    process holds 300 MiB while the CLI runs: the peak reported is the CLI's, far below it (and above the launcher's:
    the floor, `import analysis.qca.cli`, loads numpy and pandas; `import analysis.qca` alone, which loads its modules
    on first use, holds about 11 MiB and would not). A CLI run that fails reports its error line."""
    import numpy as np

    run = _run_module()
    held = np.ones(300 * 2**20 // 8)   # 300 MiB, written, so resident
    try:
        floor = run.run_cli(None, timeout=120)
        case = {"path": run.TIMING / "data" / "k06_n40.csv", "outcome": "Y", "include": "?", "incl_cut": 1.0}
        solved = run.run_cli(case, timeout=120)
    finally:
        del held
    for res in (floor, solved):
        assert res["status"] == "ok", res
        assert 40 < res["mib"] < 200, res   # without the launcher: above 300
        assert 0 < res["cpu"] and 0 < res["wall"] < 120, res
    assert solved["n_models"] >= 1 and floor["n_models"] is None
    failed = run.run_cli({**case, "path": tmp_path / "missing.csv"}, timeout=120)
    assert failed["status"].startswith("error: error:") and "missing.csv" in failed["status"], failed


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_cli_run_dies_with_run_py_killed_outright():
    """The launcher of a CLI run (run.LAUNCHER) stands between run.py and the CLI: killed outright (SIGKILL), run.py
    cannot stop either, and the kernel's signal on a parent's death (die_with) is not inherited by a forked child. The
    launcher is killed with run.py (start) and has the CLI killed with it (die_with, from the launcher); here the CLI
    sleeps for 60 s and run.py is killed once it runs."""
    import os
    import signal
    import subprocess
    import time

    from analysis.paths import ROOT

    script = (f"import os, sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import run; "
              "fd = os.open(os.devnull, os.O_WRONLY); "
              "run.start([sys.executable, '-S', '-c', run.LAUNCHER, str(fd), sys.executable, '-c', "
              "'import time; time.sleep(60)'], pass_fds=(fd,)).wait()")
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    launcher = sleeper = None
    try:
        launcher = started_child(proc, lambda argv: b"-S" in argv, timeout=120)
        assert launcher is not None, "no launcher started"

        class Launcher:   # what started_child needs of a process: its pid, and whether it runs
            pid = launcher

            @staticmethod
            def poll():
                return None if _group_members(launcher) else 0
        sleeper = started_child(Launcher, lambda argv: b"import time; time.sleep(60)" in argv, timeout=60)
        assert sleeper is not None, "the launcher started no CLI"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        deadline = time.monotonic() + 5   # the kernel signals the launcher as run.py dies, then the CLI
        while _group_members(launcher) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _group_members(launcher) == [], "the launcher or the CLI run still runs"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid in _group_members(launcher) if launcher else []:
            os.kill(pid, signal.SIGKILL)


def test_a_stop_while_a_timed_run_starts_leaves_no_process_running():
    """run.py started its timed runs (the child timing the API, the launcher of a CLI run) by subprocess.Popen: a
    SIGTERM raised inside Popen, after its fork, lost the only handle on a child already running, which went on after
    run.py had stopped (the window analysis.stopping.start_child closes, as in test_stopping). run.start now goes
    through start_child. Here the SIGTERM is sent from inside Popen, once the launcher of the floor's CLI run runs."""
    import os
    import signal
    import subprocess
    import time

    from analysis.stopping import Stopped, stopped_by_signals

    run = _run_module()
    popen_then_stop, started = popen_then_sigterm(subprocess.Popen)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(subprocess, "Popen", popen_then_stop)
            with stopped_by_signals(), pytest.raises(Stopped):
                run.run_cli(None, timeout=120)
        assert started and started[0].returncode is not None, "the timed run still runs"
        deadline = time.monotonic() + 5
        while _group_members(started[0].pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _group_members(started[0].pid) == [], "a process of the timed run still runs"
    finally:
        for proc in started:
            for pid in _group_members(proc.pid):
                os.kill(pid, signal.SIGKILL)
            if proc.returncode is None:
                proc.wait()


def test_the_goals_table_of_a_run_without_the_cli_says_so():
    """benchmarks/README shows `run.py --no-cli` as a way to run it; its goals table read the CLI's columns, which
    such a run has none of, and the run ended in KeyError: 'cli_seconds' before writing build/bench/ (the count
    helper's run, round 43). The CLI rows now say the CLI was not timed; the API rows are read as before."""
    import pandas as pd

    run = _run_module()
    t = pd.DataFrame([{"file": "k16_n40.csv", "status": "ok", "api_seconds": 0.5, "api_cpu": 0.5, "peak_mib": 100.0},
                      {"file": "k12_n40.csv", "status": "ok", "api_seconds": 0.1, "api_cpu": 0.1, "peak_mib": 90.0},
                      {"file": "planted_k16.csv", "status": "ok", "api_seconds": 0.2, "api_cpu": 0.2, "peak_mib": 80.0},
                      {"file": "k30_n200.csv", "status": "ok", "api_seconds": 2.0, "api_cpu": 2.0, "peak_mib": 300.0}])
    lines = run.goals_table(t)
    cli_rows = [line for line in lines if line.startswith("| CLI --json")]
    assert len(cli_rows) == 3 and all("CLI not timed" in line for line in cli_rows), lines
    assert any(line.startswith("| public minimize(), k30_n200") and line.endswith("| yes |") for line in lines), lines

"""Speed benchmark of the public QCA engine (`make bench`): what a user runs, timed and checked.

For every data set it times, in a fresh subprocess:
  - the public API: `truth_table()` + `minimize()` + `Solution.to_dict()` + `json.dumps` (median of the runs;
    CPU seconds beside wall seconds, as the machine may be shared; peak resident memory of the process);
  - the command line as a whole process: `python -m analysis.qca minimize FILE ... --json` (median wall and CPU
    seconds, peak resident memory of that process; the first run is reported apart, as it may compile the
    numba kernels into their cache).
Numba kernels that a timed run compiled (their cache files appeared meanwhile; `make` compiles them all beforehand,
tools/warm_kernels.py) are named in latest.md: that run's time holds their compilation.
Every answer is checked (benchmarks/check.py): each listed model is made of prime implicants, irredundant,
covers every positive row and has the reported minimum size; for crisp problems with at most 10 conditions
the minimum size and the number of minimal models are recomputed independently (brute-force prime
implicants and OR-Tools CP-SAT enumeration, 10 s per solve; `make bench` installs ortools). R QCA's recorded
times are given beside where they exist.

    .venv/bin/python benchmarks/run.py [--only k16_n40,planted] [--reps 3] [--timeout 120] [--no-cli] [--jobs 2]

Writes benchmarks/results/latest.csv and latest.md, and README.md's speed paragraph from them (a run of part of
it, with --only, --no-cli or --cli-only, writes build/bench/ instead, leaving the full run's record and README as
they are). Timings vary between runs and machines (and with other work on the machine: the load average is
recorded): the files are a record of one run, not a reproducible output.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import readme_speed  # noqa: E402  (benchmarks/ on the path first)
from analysis.stopping import die_with, reporting_stops, start_child, stopped_by_signals  # noqa: E402
TIMING = ROOT / "data" / "reference" / "timing"
RESULTS = HERE / "results"
# A run of part of the benchmark (--only, --no-cli, --cli-only) writes here, not over the full record in RESULTS
# that README.md quotes and links to (build/ is not tracked by git).
PARTIAL = ROOT / "build" / "bench"
R_SPARSE = TIMING / "r_qca_times_contended.csv"
R_DENSE = HERE / "r_dense_times.csv"  # R's dense-series numbers, copied from data/reference/timing/dense/README.md
R_STATUS = HERE / "r_status.csv"  # what R did where r_qca_times_contended.csv has no default-variant row

# issue 10's table: (label, file, goal on what, limit seconds, limit MiB)
GOALS = [
    ("CLI --json, k16_n40 (341 models)", "k16_n40.csv", "cli", 3.0, 500),
    ("CLI --json, dense planted_k16", "planted_k16.csv", "cli", 3.0, 500),
    ("public minimize(), k30_n200", "k30_n200.csv", "api", 15.0, None),
    ("conservative, 11 crisp conditions x 150 cases", "cons_crisp_k11_n150.csv", "api", 10.0, None),
    ("conservative, 30 crisp conditions x 500 cases", "cons_crisp_k30_n500.csv", "api", 10.0, None),
    ("random crisp 9-12 conditions x 45-180 cases (each)", "issue10_", "api", 30.0, None),
    ("CLI --json on k12_n40, minus the API time", "k12_n40.csv", "cli-api", 1.0, None),
]


#: Where numba caches the engine's compiled kernels (NUMBA_CACHE_DIR instead when set); `make` fills it beforehand.
KERNEL_CACHE = ROOT / "analysis" / "qca" / "__pycache__"


def cached_kernels() -> set[str]:
    """The compiled kernels numba has cached on disk, one file per kernel and signature
    (`_cover_kernel._kernel-275.py311.1.nbc`). A file that appears while a data set is timed is a compilation paid by
    its timed runs: tools/warm_kernels.py (run by `make`) missed that kernel, and a user's first large problem pays it
    too. The bench records it (`compiled` column, a note in latest.md) rather than passing it off as solving time."""
    where = Path(os.environ["NUMBA_CACHE_DIR"]) if os.environ.get("NUMBA_CACHE_DIR") else KERNEL_CACHE
    return {p.name for p in where.rglob("*.nbc")} if where.is_dir() else set()


def kernel_names(files: set[str]) -> str | None:
    """'module.function' of each cache file (a kernel compiled for two signatures named once), or None."""
    return ", ".join(sorted({f.split("-")[0] for f in files})) or None


def peak_mib() -> float:
    """This process's peak resident memory (VmHWM starts afresh at exec)."""
    try:
        with open("/proc/self/status", encoding="utf-8") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------------- the cases
def cases(only: list[str]) -> list[dict]:
    """Every data set: path, outcome, include, incl_cut, series."""
    from random_series import series

    out = []
    sparse = sorted((TIMING / "data").glob("k*_n*.csv"), key=lambda p: (int(p.stem.split("_n")[1]), p.stem))
    out += [{"path": p, "outcome": "Y", "include": "?", "incl_cut": 1.0, "series": "timing"} for p in sparse]
    dense = sorted((TIMING / "dense").glob("*.csv"),
                   key=lambda p: (p.stem.split("_")[0] != "planted", int(p.stem.split("_k")[1])))
    out += [{"path": p, "outcome": "OUT", "include": "?", "incl_cut": 1.0, "series": "dense"} for p in dense]
    for d in series():
        out.append({"path": HERE / "data" / f"{d['name']}.csv", "outcome": "Y", "include": d["include"],
                    "incl_cut": d["incl_cut"], "series": f"random {d['kind']}"})
    if only:
        out = [c for c in out if any(o in c["path"].name for o in only)]
    return out


def _read(path: str, outcome: str):
    df = pd.read_csv(path)
    if "case" in df.columns:
        df = df.set_index("case")
        df.index = df.index.astype(str)
    return df, [c for c in df.columns if c != outcome]


# ---------------------------------------------------------------------- child: the public API, timed and checked
def child(path: str, outcome: str, include: str, incl_cut: float, reps: int, budget: float, jobs: int = 1) -> dict:
    from analysis.qca import minimize, truth_table
    from analysis.qca.errors import QCAComplexityError
    from check import check_models, independent_minimum

    df, conds = _read(path, outcome)
    walls, cpus = [], []
    res: dict = {"status": "ok"}
    sol = tt = None
    try:
        while len(walls) < reps:
            w0, c0 = time.perf_counter(), time.process_time()
            tt = truth_table(df, outcome, conds, incl_cut=incl_cut)
            sol = minimize(tt, include=include, n_jobs=jobs)
            text = json.dumps(sol.to_dict(), allow_nan=False)
            walls.append(time.perf_counter() - w0)
            cpus.append(time.process_time() - c0)
            if sum(walls) > budget:
                break
    except QCAComplexityError as e:  # how long a user waits for the refusal, too
        res["status"] = f"refused after {fmt(time.perf_counter() - w0)} s: {e}"
    res["peak_mib"] = peak_mib()
    if sol is None:
        return res
    pos = ("1", "C") if "C" in include else ("1",)
    res.update(api_seconds=statistics.median(walls), api_cpu=statistics.median(cpus), reps=len(walls),
               k=tt.data.k, positive=len(tt.configs_with(pos)), observed=len(tt.configs_with(("1", "0", "C"))),
               n_models=sol.n_models, listed=len(sol.models), model_size=sol.model_size, partial=sol.partial,
               n_models_exact=sol.n_models_exact,
               first_model=sol.models[0].expression if sol.models else "", json_bytes=len(text))
    if not sol.n_models_exact:  # answered, but not exactly: not "ok" for issue 10's rows
        res["status"] = (f"count stopped after {fmt(res['api_seconds'])} s: at least {sol.n_models:,} minimal models, "
                         "a partial answer (the count stopped at max_work)")
    res.update(check_models(tt, sol, include))
    ind = independent_minimum(tt, sol, include, seconds=10.0)
    res["independent"] = ind["status"] + ("" if ind.get("agrees") is None else
                                          (": agrees" if ind["agrees"] else ": DISAGREES"))
    res["independent_agrees"] = ind.get("agrees")
    return res


# ---------------------------------------------------------------------- the CLI as a whole process
#: The launcher of a timed CLI run (`run_cli`): `python -S -c LAUNCHER FD CMD...` forks and execs CMD, waits for it
#: (wait4) and writes to file descriptor FD 'exit-code wall-seconds cpu-seconds maxrss-KiB' of CMD's own process.
#: Started straight from run.py, the CLI's ru_maxrss held the resident size of the forked copy of run.py from before
#: the exec (Linux keeps the larger of the old image's and the new one's peak): 145-155 MiB for small problems late in a
#: run, whose own peak is about 85 MiB. The launcher's own image (Python without site, os, sys, time and
#: analysis.stopping: about 10 MiB) is the only one before the exec now, far below any CLI run's peak (`import
#: analysis.qca` alone takes about 75 MiB). The CLI is killed with the launcher (die_with: the launcher is killed with
#: run.py), and is in its process group (`end`).
LAUNCHER = """
import os, sys, time
from analysis.stopping import die_with
fd, cmd = int(sys.argv[1]), sys.argv[2:]
os.set_inheritable(fd, False)
preexec = die_with(os.getpid())
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        if preexec is not None:
            preexec()
        os.execv(cmd[0], cmd)
    except BaseException as e:
        os.write(2, f"error: cannot run {cmd[0]}: {e}\\n".encode())
    os._exit(127)
status, ru = os.wait4(pid, 0)[1:]
wall = time.perf_counter() - t0
os.write(fd, f"{os.waitstatus_to_exitcode(status)} {wall!r} {ru.ru_utime + ru.ru_stime!r} {ru.ru_maxrss}".encode())
"""


def run_cli(case: dict | None, timeout: float, jobs: int = 1) -> dict:
    """One run of `python -m analysis.qca minimize ... --json` (case None: `python -c "import analysis.qca.cli"`, the
    floor of any run: Python, numpy, pandas and the engine's command line; `import analysis.qca` alone loads its
    modules on first use, so it no longer measures that): wall and CPU seconds and peak resident memory of that process, as its parent saw them (wait4)
    in a small launcher (`LAUNCHER`) started for it. The wall time runs from the launcher's fork of the CLI to its
    end (fork and exec included, from a process of about 10 MiB: about 1 ms); the launcher's own Python start is not
    counted. CPU seconds and memory are the CLI process's own (with any process it started and waited for)."""
    cmd = [sys.executable, "-c", "import analysis.qca.cli"] if case is None else [
        sys.executable, "-m", "analysis.qca", "minimize", str(case["path"]), "--outcome", case["outcome"],
        "--include", case["include"], "--incl-cut", f"{case['incl_cut']:g}", "--json", "--jobs", str(jobs)]
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as report:
        fd = report.fileno()
        proc = start([sys.executable, "-S", "-c", LAUNCHER, str(fd), *cmd], stdout=out, stderr=err, pass_fds=(fd,))
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            end(proc)
            return {"status": f"timeout (> {timeout:g} s)"}
        except BaseException:  # stopped (Ctrl-C, SIGTERM): the run stops too
            end(proc)
            raise
        for f in (out, err, report):
            f.seek(0)
        text, etext, said = out.read(), err.read(), report.read().split()
    if proc.returncode != 0 or len(said) != 4 or said[0] != b"0":
        return {"status": "error: " + etext.decode(errors="replace").strip()[-200:]}
    wall, cpu, kib = float(said[1]), float(said[2]), int(said[3])
    return {"status": "ok", "wall": wall, "cpu": cpu, "mib": kib / 1024,
            "n_models": json.loads(text).get("n_models") if case is not None else None}


def cli_series(case: dict, reps: int, timeout: float, jobs: int = 1) -> dict:
    first = run_cli(case, timeout, jobs)
    if first["status"] != "ok":
        return {"cli_status": first["status"]}
    runs = [run_cli(case, timeout, jobs) for _ in range(reps)]
    runs = [r for r in runs if r["status"] == "ok"] or [first]
    cpus = [r["cpu"] for r in runs if r["cpu"] is not None]
    return {"cli_status": "ok", "cli_first": first["wall"], "cli_seconds": statistics.median(r["wall"] for r in runs),
            "cli_cpu": statistics.median(cpus) if cpus else None, "cli_mib": max(r["mib"] for r in runs),
            "cli_models": runs[0]["n_models"]}


def run_child(cmd: list[str], timeout: float) -> dict:
    proc = start(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        end(proc)
        return {"status": f"timeout (> {timeout:g} s)"}
    except BaseException:  # stopped (Ctrl-C, SIGTERM): the run stops too
        end(proc)
        raise
    if proc.returncode != 0:
        err = stderr.strip().splitlines()
        return {"status": f"error: {err[-1] if err else proc.returncode}"}
    return json.loads(stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------- the timed processes, and stopping them
def start(cmd: list[str], **popen) -> subprocess.Popen:
    """A timed run (a child timing the API, a CLI run) in a process group of its own, so that `end` stops it with
    every process it started (joblib's workers, for --jobs). The terminal's Ctrl-C then reaches this process only,
    which stops the run (`end`) as it unwinds. Killed outright (SIGKILL: kill -9, an out-of-memory kill, a CI time
    limit), this process cannot stop it: the kernel of the OS does (analysis.stopping.die_with, Linux), where the
    timed run went on after make had ended. A stop arriving while it starts (inside Popen, after the fork, it lost
    the only handle on a child already running) kills it too (analysis.stopping.start_child)."""
    return start_child(cmd, cwd=ROOT, process_group=0, preexec_fn=die_with(os.getpid()), **popen)


def end(proc: subprocess.Popen) -> None:
    """Kill `proc`'s process group (proc and what it started; nothing when it is gone already) and reap proc."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()


# ---------------------------------------------------------------------- R's reference numbers
def r_reference() -> dict[str, dict]:
    """Per file: R seconds (truthTable + minimize), models, or what R did instead."""
    ref: dict[str, dict] = {}
    r = pd.read_csv(R_SPARSE)
    r = r[(r["tool"] == "R_QCA") & (r["variant"] == "CCubes")]
    for row in r.to_dict("records"):
        ref[row["file"]] = {"r_seconds": float(row["truth_table_seconds"]) + float(row["minimize_seconds"]),
                            "r_models": int(row["n_models"]), "r_status": "finished"}
    for row in pd.read_csv(R_STATUS).to_dict("records"):
        ref.setdefault(row["file"], {"r_status": row["r_status"]})
    for row in pd.read_csv(R_DENSE).to_dict("records"):
        d = ref.setdefault(row["file"], {})
        if pd.notna(row["R_seconds"]):
            d.update(r_seconds=float(row["R_seconds"]), r_models=int(row["R_n_models"]), r_status="finished")
        else:
            d.setdefault("r_status", row["note"])
    return ref


def fmt(x, digits=3) -> str:
    if x is None or x is pd.NA or (isinstance(x, float) and x != x):
        return "—"
    if isinstance(x, float):
        return f"{x:.{digits}g}" if x < 1000 else f"{x:,.0f}"
    if isinstance(x, (int, np.integer)) and not isinstance(x, bool):   # counts (exact_counts): 1,000
        return f"{int(x):,}"
    return str(x)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per file and per CLI run (default 120)")
    ap.add_argument("--reps", type=int, default=3, help="timed runs per file, API and CLI (default 3)")
    ap.add_argument("--budget", type=float, default=20.0,
                    help="seconds: stop repeating a file's API runs once they took this long in all, so a slow file "
                         "gets fewer than --reps runs (default 20)")
    ap.add_argument("--only", default="", help="comma-separated substrings of file names to run")
    ap.add_argument("--no-cli", action="store_true", help="time the API only")
    ap.add_argument("--cli-only", default="",
                    help="time the CLI only for files whose names contain these comma-separated strings "
                         "(default: every file)")
    ap.add_argument("--jobs", type=int, default=1,
                    help="n_jobs of minimize() and --jobs of the CLI: workers for a long cover search (default 1)")
    ap.add_argument("--rerender", action="store_true", help="rewrite latest.md from latest.csv")
    ap.add_argument("--child", nargs=4, metavar=("PATH", "OUTCOME", "INCLUDE", "INCL_CUT"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.rerender:  # the tables again from latest.csv (e.g. after a change of layout), header kept
        table = exact_counts(pd.read_csv(RESULTS / "latest.csv"))
        head = "\n\n".join((RESULTS / "latest.md").read_text(encoding="utf-8").split("\n\n", 2)[:2])
        body = markdown(table, 0.0, (0.0, 0.0)).split("\n\n", 2)[2]
        # the paragraph from latest.csv and latest.md's header, which stay as they are
        write_record(RESULTS, None, head + "\n\n" + body, readme_speed.from_record())
        return 0
    if args.child:
        p, o, inc, ic = args.child
        print(json.dumps(child(p, o, inc, float(ic), args.reps, args.budget, args.jobs)))
        return 0

    ref = r_reference()
    load0 = os.getloadavg()[0]
    base = [run_cli(None, args.timeout) for _ in range(3)]
    floor = (statistics.median(b["wall"] for b in base), statistics.median(b["cpu"] for b in base))
    rows = []
    for case in cases([o for o in args.only.split(",") if o]):
        path = case["path"]
        r = ref.get(path.name, {})
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(path), case["outcome"], case["include"],
               str(case["incl_cut"]), "--reps", str(args.reps), "--budget", str(args.budget), "--jobs", str(args.jobs)]
        kernels = cached_kernels()
        res = run_child(cmd, args.timeout)
        api_compiled = cached_kernels() - kernels
        cli_on = not args.no_cli and (not args.cli_only or any(o in path.name for o in args.cli_only.split(",")))
        cli = cli_series(case, args.reps, args.timeout, args.jobs) if cli_on and answered(res.get("status")) else {}
        cli_compiled = cached_kernels() - kernels - api_compiled
        row = {"file": path.name, "series": case["series"], "include": case["include"] or "''",
               "incl_cut": case["incl_cut"], **{k: v for k, v in res.items()}, **cli,
               "compiled_api": kernel_names(api_compiled), "compiled_cli": kernel_names(cli_compiled),
               "r_seconds": r.get("r_seconds"), "r_models": r.get("r_models"),
               "r_status": r.get("r_status", "not recorded"), "load_avg": os.getloadavg()[0], "jobs": args.jobs}
        rows.append(row)
        print(f"{path.name:28s} {str(row.get('status'))[:50]:50s} api {fmt(row.get('api_seconds'))} s "
              f"cli {fmt(row.get('cli_seconds'))} s", file=sys.stderr, flush=True)

    table = exact_counts(pd.DataFrame(rows))
    partial = bool(args.only or args.no_cli or args.cli_only)
    out = PARTIAL if partial else RESULTS
    md = markdown(table, load0, floor)
    # README's speed paragraph comes from the full run's record only
    write_record(out, table, md, None if partial else readme_speed.speed_paragraph(table, load0, os.cpu_count(), floor))
    print(md)
    if partial:
        shown = {p: p.relative_to(ROOT) if p.is_relative_to(ROOT) else p for p in (out, RESULTS)}
        print(f"part of the benchmark (--only, --no-cli or --cli-only): written to {shown[out]}/; "
              f"the full run's record in {shown[RESULTS]}/ is left as it is", file=sys.stderr)
    return 0


def write_record(out: Path, table: pd.DataFrame | None, md: str, paragraph: str | None) -> None:
    """latest.csv (`table`; None: left as it is) and latest.md (`md`) in `out`, and README's speed paragraph
    (`paragraph`; None: README left as it is), written together or not at all (analysis.io.write_texts_together):
    one after another, a run stopped between two of the writes left the record and README out of step
    (test_readme_speed_paragraph_is_the_benchmarks_record then failed)."""
    from analysis.io import csv_text, write_texts_together

    texts = {} if table is None else {out / "latest.csv": csv_text(table)}
    texts[out / "latest.md"] = md
    if paragraph is not None:
        texts[readme_speed.README] = readme_speed.readme_with(paragraph, readme_speed.README.read_text(encoding="utf-8"))
    write_texts_together(texts)


def answered(status) -> bool:
    """An answer was given: exact ('ok'), or a partial one whose count stopped at max_work ('count stopped ...')."""
    return status == "ok" or str(status).startswith("count stopped")


def _ok(r) -> str:
    checks = [r.get(c) for c in ("prime", "irredundant", "covering", "same_size", "distinct")]
    if not answered(r.get("status")):
        return "—"
    bad = [n for n, c in zip(("prime", "irredundant", "covering", "minimum size", "distinct"), checks) if c is False]
    if bad or r.get("independent_agrees") is False:  # (NaN when not checked)
        return "FAILED: " + ", ".join(bad + (["independent"] if r.get("independent_agrees") is False else []))
    return "ok" + (" + independent" if r.get("independent_agrees") is True else "")


#: Columns of whole numbers (counts, sizes): kept exact in latest.csv, whose floats have 10 significant digits.
COUNT_COLUMNS = ("k", "positive", "observed", "n_models", "listed", "model_size", "json_bytes", "cli_models",
                 "r_models")


def exact_counts(t: pd.DataFrame) -> pd.DataFrame:
    """The count columns as whole numbers (pandas' Int64, missing as <NA>): a column with a missing value was
    float, which latest.csv wrote as 1.254230494e+10 for 12,542,304,936 minimal models, and --rerender read back
    as 12,542,304,940."""
    t = t.copy()
    for c in COUNT_COLUMNS:
        if c in t:
            values = [None if pd.isna(v) else int(v) for v in t[c]]
            t[c] = pd.array(values, dtype="Int64") if all(v is None or abs(v) < 2**63 for v in values) else \
                pd.Series(values, index=t.index, dtype=object)
    return t


def goals_table(t: pd.DataFrame) -> list[str]:
    lines = ["| issue 10 row | goal | measured (wall; CPU) | peak MiB | met |", "|---|---|---|---|---|"]
    for label, name, what, secs, mib in GOALS:
        sub = t[t["file"].str.startswith(name)] if name.endswith("_") else t[t["file"] == name]
        if sub.empty:
            lines.append(f"| {label} | < {secs:g} s | not run | — | — |")
            continue
        if what != "api" and ("cli_seconds" not in sub or sub["cli_seconds"].isna().all()):
            lines.append(f"| {label} | — | CLI not timed (--no-cli, --cli-only) | — | — |")
            continue
        if what == "cli":
            wall, cpu, mem = sub["cli_seconds"].max(), sub["cli_cpu"].max(), sub["cli_mib"].max()
            goal = f"< {secs:g} s" + (f", < {mib} MiB" if mib else "")
        elif what == "cli-api":
            wall = float(sub["cli_seconds"].max() - sub["api_seconds"].max())
            cpu = float(sub["cli_cpu"].max() - sub["api_cpu"].max())
            mem = sub["cli_mib"].max()
            goal = f"≤ {secs:g} s more than the API"
        else:
            wall, cpu, mem = sub["api_seconds"].max(), sub["api_cpu"].max(), sub["peak_mib"].max()
            goal = f"< {secs:g} s" + (" each" if name.endswith("_") else "")
        all_exact = (sub["status"] == "ok").all()  # answered exactly: a count stopped at max_work does not meet a goal
        met_w = all_exact and pd.notna(wall) and wall < secs and (mib is None or mem < mib)
        met_c = all_exact and pd.notna(cpu) and cpu < secs and (mib is None or mem < mib)
        met = "yes" if met_w else ("on CPU time (machine loaded)" if met_c else "NO")
        n = ""
        if len(sub) > 1:   # a series: say which files were not answered (the times are of every file's run)
            not_ok = sub[sub["status"] != "ok"]
            n = (f" ({len(sub)} files, all answered)" if not_ok.empty else
                 f" ({len(sub) - len(not_ok)} of {len(sub)} files answered; not "
                 + ", ".join(f"{f.removesuffix('.csv')} ({str(st).split(':')[0]})"
                             for f, st in zip(not_ok["file"], not_ok["status"])) + ")")
        lines.append(f"| {label} | {goal} | {fmt(float(wall))} s; {fmt(float(cpu))} s{n} | {fmt(float(mem), 4)} | {met} |")
    return lines


TITLE = "# `make bench`: the public QCA engine (API and CLI), timed and checked"


def _jobs_note(t: pd.DataFrame) -> list[str]:
    jobs = int(t["jobs"].iloc[0]) if "jobs" in t and len(t) and pd.notna(t["jobs"].iloc[0]) else 1
    if jobs == 1:
        return []
    cores = f", every core ({os.cpu_count()} here)" if jobs == -1 else ""
    return ["", f"Every run with `minimize(..., n_jobs={jobs})` and CLI `--jobs {jobs}`{cores}: a search for "
            "every minimal model still running after 20,000 search steps (about 1-2 s) is split over joblib worker processes. "
            "Through the API, CPU seconds and peak memory are the main process's only (the workers' are not counted); "
            "through the CLI, they are what wait4 reports for the CLI and the workers it ended: CPU seconds summed "
            "(hence CPU above wall), peak memory the largest of those processes."]


def _compiled_note(t: pd.DataFrame) -> list[str]:
    """The data sets whose timed runs compiled numba kernels (`cached_kernels`), and which; none: no note."""
    said = []
    for r in t.to_dict("records"):
        where = [f"{what} ({r[c]})" for what, c in (("API", "compiled_api"), ("CLI's first run", "compiled_cli"))
                 if isinstance(r.get(c), str) and r[c]]
        if where:
            said.append(f"{r['file']}: " + " and ".join(where))
    if not said:
        return []
    return ["", "Numba kernels compiled during this run, by the timed runs of: " + "; ".join(said) + ". Those API "
            "times include the compilation (the CLI's median does not: its first run is reported apart); `make` "
            "compiles every kernel beforehand (tools/warm_kernels.py), so a kernel compiled here is one it missed."]


def markdown(t: pd.DataFrame, load0: float, floor: tuple[float, float]) -> str:
    out = [TITLE, "", f"Load average at the start: {load0:.1f} on {os.cpu_count()} cores (other work on the machine slows wall "
           "times; CPU seconds are the process's own). Floor of any CLI run on this machine, "
           f"`python -c 'import analysis.qca.cli'` (Python, numpy, pandas, the engine's command line): {floor[0]:.2f} s wall, {floor[1]:.2f} s CPU "
           "(median of 3).", *_jobs_note(t), *_compiled_note(t), "", *goals_table(t), ""]
    head = ["file", "series", "include", "k", "observed (+)", "API s (CPU s)", "CLI s (CPU s)", "CLI first run s",
            "peak MiB API / CLI", "models (size)", "listed", "first model", "checks", "independent", "R s",
            "R models", "status"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in t.to_dict("records"):
        # a partial answer whose count stopped at max_work is shown with its numbers, its count as a lower bound
        ok = answered(r.get("status"))
        models = (("at least " if str(r.get("n_models_exact")) == "False" else "")
                  + f"{int(r['n_models']):,} ({int(r['model_size']) if pd.notna(r.get('model_size')) else '—'})") \
            if ok else "—"
        if ok and r.get("partial"):
            models += " partial"
        first = r["first_model"] if isinstance(r.get("first_model"), str) and r["first_model"] else "—"
        first = first if len(first) <= 50 else first[:47] + "..."
        r_s = fmt(r.get("r_seconds")) if pd.notna(r.get("r_seconds")) else str(r.get("r_status"))
        cells = [r["file"], r["series"], str(r["include"]), fmt(r.get("k")) if ok else "—",
                 f"{int(r['observed'])} ({int(r['positive'])})" if ok else "—",
                 f"{fmt(r.get('api_seconds'))} ({fmt(r.get('api_cpu'))})" if ok else "—",
                 f"{fmt(r.get('cli_seconds'))} ({fmt(r.get('cli_cpu'))})" if pd.notna(r.get("cli_seconds")) else
                 (str(r["cli_status"]) if isinstance(r.get("cli_status"), str) else "not run"),
                 fmt(r.get("cli_first")),
                 f"{fmt(r.get('peak_mib'), 4)} / {fmt(r.get('cli_mib'), 4)}",
                 models, fmt(r.get("listed")) if ok else "—", first, _ok(r),
                 r["independent"] if isinstance(r.get("independent"), str) else "—", r_s,
                 fmt(r.get("r_models")) if pd.notna(r.get("r_models")) else "—", str(r.get("status"))[:160]]
        lines.append("| " + " | ".join(str(c).replace("|", "/") for c in cells) + " |")
    return "\n".join(out + lines) + "\n"


def cli(argv=None) -> int:
    """`main`, stopped by Ctrl-C (exit status 130), SIGTERM (143) or SIGHUP (129) in one line (analysis.stopping, as
    the notebook runner): the timed runs it started are stopped with it (Python's default for SIGTERM ended this
    process at once, and the child timing the API, or the CLI run being timed, went on after make had ended), and the record, written at the end (all of it together), is as the last run to finish wrote it."""
    tail = ("the runs it had started are stopped; latest.csv, latest.md and README's speed paragraph are as the last "
            "run to finish wrote them")
    with stopped_by_signals():
        return reporting_stops(lambda: main(argv), tail, interrupted="interrupted (Ctrl-C)")


if __name__ == "__main__":
    sys.exit(cli())

"""Speed benchmark of the exact minimisation core against R QCA 3.25's recorded times (`make bench`).

For every file of data/reference/timing/ it does what R was timed doing: the crisp truth table with
incl_cut = 1 (a configuration is positive when all its cases have Y = 1, otherwise negative), then the
parsimonious solution (remainders are don't-cares) with every minimal model. The whole path is timed
(truth table + prime implicants + chart + every minimum cover) with time.perf_counter, in a subprocess per
file with a time limit, repeated (median; fewer repetitions for slow files). Peak memory is the subprocess's
maximum resident set size. Every model is checked: it covers every positive configuration, and no prime
implicant covers a negative one.

    .venv/bin/python benchmarks/run.py [--timeout 120] [--reps 5] [--only k10,planted] [--public]

Writes benchmarks/results/latest.csv and latest.md and prints the table. Timings vary between runs and
machines: the files are a record of one run, not a reproducible output.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TIMING = ROOT / "data" / "reference" / "timing"
RESULTS = HERE / "results"
R_SPARSE = TIMING / "r_qca_times_contended.csv"
R_DENSE = HERE / "r_dense_times.csv"  # R's dense-series numbers, copied from data/reference/timing/dense/README.md
R_STATUS = HERE / "r_status.csv"  # what R did where r_qca_times_contended.csv has no default-variant row


# ---------------------------------------------------------------------- one file, in the child process
def crisp_truth_table(df: pd.DataFrame, outcome: str):
    """Observed configurations with incl_cut = 1: positive iff every case of the configuration has the outcome."""
    conds = [c for c in df.columns if c != outcome]
    g = df.groupby(conds, sort=True)[outcome].min()
    configs = np.array(g.index.tolist(), dtype=np.int64).reshape(len(g), len(conds))
    out = g.to_numpy()
    return conds, configs[out == 1], configs[out == 0]


def solve(df: pd.DataFrame, outcome: str, bounded: bool = False):
    """Truth table, prime implicants (all of them, or with `bounded` only those broad enough to belong to a
    minimum cover), chart and every minimum cover."""
    from analysis.qca._cover import minimum_covers
    from analysis.qca._implicants import implicant_chart, implicants_for_minimum_covers, prime_implicants

    conds, on, off = crisp_truth_table(df, outcome)
    if bounded:
        pis, threshold = implicants_for_minimum_covers(on, off, [2] * len(conds))
    else:
        pis, threshold = prime_implicants(on, off, [2] * len(conds)), 1
    chart = implicant_chart(pis, on)
    models = minimum_covers(chart)
    return conds, on, off, pis, chart, models, threshold


def term_text(term, conds) -> str:
    return "*".join(c if v == 2 else "~" + c for c, v in zip(conds, term) if v)


def check(on, off, pis, chart, models) -> bool:
    """Every model covers every positive configuration; no prime implicant covers a negative one."""
    from analysis.qca._implicants import implicant_chart

    if len(off) and len(pis):
        for s in range(0, len(pis), 20_000):
            if implicant_chart(pis[s:s + 20_000], off).any():
                return False
    return all(chart[list(m)].any(axis=0).all() for m in models)


def peak_mib() -> float:
    """This process's peak resident memory. VmHWM (Linux) starts afresh at exec; ru_maxrss would also count
    the parent's memory at the fork."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(path: str, outcome: str, reps: int, budget: float, public: bool, bounded: bool, r_first: str) -> dict:
    from analysis.qca.errors import QCAComplexityError

    df = pd.read_csv(path)
    base = peak_mib()
    times: list[float] = []
    res: dict = {"status": "ok"}
    try:
        while len(times) < reps:
            t0 = time.perf_counter()
            conds, on, off, pis, chart, models, threshold = solve(df, outcome, bounded)
            times.append(time.perf_counter() - t0)
            if sum(times) > budget:
                break
    except QCAComplexityError as e:
        res["status"] = f"refused: {e}"
    except MemoryError:
        res["status"] = "out of memory"
    res["peak_mib"] = peak_mib()
    res["base_mib"] = base
    if times:
        res.update(
            seconds=statistics.median(times), reps=len(times), threshold=threshold, observed=len(on) + len(off), positive=len(on),
            negative=len(off), n_pi=len(pis), n_models=len(models),
            model_size=len(models[0]) if models else 0,
            first_model=" + ".join(term_text(pis[i], conds) for i in models[0]) if models else "",
            r_first_found=(None if not r_first else
                           sorted(r_first.split("+")) in [sorted(term_text(pis[i], conds) for i in m) for m in models]),
            verified=bool(check(on, off, pis, chart, models)))
    if public and times:
        try:
            from analysis.qca import minimize, truth_table

            pt = []
            for _ in range(max(1, min(reps, len(times)))):
                t0 = time.perf_counter()
                tt = truth_table(df, outcome=outcome, conditions=[c for c in df.columns if c != outcome],
                                 incl_cut=1)
                sol = minimize(tt, include="?")
                pt.append(time.perf_counter() - t0)
            res["public_seconds"] = statistics.median(pt)
            res["public_models"] = len(sol.models)
        except Exception as e:  # noqa: BLE001 - reported, not hidden
            res["public_seconds"] = None
            res["public_status"] = f"{type(e).__name__}: {e}"
    return res


# ---------------------------------------------------------------------- R's reference numbers
def run_child(cmd: list[str], timeout: float) -> dict:
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"status": f"timeout (> {timeout:g} s)"}
    if proc.returncode != 0:
        err = proc.stderr.strip().splitlines()
        return {"status": f"error: {err[-1] if err else proc.returncode}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def r_reference() -> dict[str, dict]:
    """Per file: R seconds (truthTable + minimize), prime implicants, models, first model, or a status."""
    ref: dict[str, dict] = {}
    r = pd.read_csv(R_SPARSE)
    r = r[(r["tool"] == "R_QCA") & (r["variant"] == "CCubes")]
    for _, row in r.iterrows():
        ref[row["file"]] = {"r_seconds": float(row["truth_table_seconds"]) + float(row["minimize_seconds"]),
                            "r_pi": int(row["n_prime_implicants"]), "r_models": int(row["n_models"]),
                            "r_first": row["first_model"], "r_status": "finished"}
    for _, row in pd.read_csv(R_STATUS).iterrows():
        ref.setdefault(row["file"], {"r_status": row["r_status"]})
    for _, row in pd.read_csv(R_DENSE).iterrows():
        d = ref.setdefault(row["file"], {})
        if pd.notna(row["R_seconds"]):
            d.update(r_seconds=float(row["R_seconds"]), r_pi=int(row["R_n_pi"]), r_models=int(row["R_n_models"]),
                     r_status="finished")
        else:
            d.setdefault("r_status", row["note"])
        if pd.notna(row["R_core_seconds"]):
            d["r_core_seconds"] = float(row["R_core_seconds"])
    return ref


def cases(only: list[str]) -> list[tuple[Path, str, str]]:
    sparse = sorted((TIMING / "data").glob("k*_n*.csv"), key=lambda p: (int(p.stem.split("_n")[1]), p.stem))
    dense = sorted((TIMING / "dense").glob("*.csv"),
                   key=lambda p: (p.stem.split("_")[0] != "planted", int(p.stem.split("_k")[1])))
    out = [(p, "Y", "sparse") for p in sparse] + [(p, "OUT", "dense") for p in dense]
    if only:
        out = [c for c in out if any(o in c[0].name for o in only)]
    return out


def fmt(x, digits=3) -> str:
    if x is None or (isinstance(x, float) and np.isnan(x)):
        return "—"
    if isinstance(x, float):
        return f"{x:.{digits}g}" if x < 1000 else f"{x:,.0f}"
    return str(x)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per file (default 120)")
    ap.add_argument("--reps", type=int, default=5, help="repetitions per file (fewer when slow; default 5)")
    ap.add_argument("--budget", type=float, default=20.0, help="stop repeating once a file used this many seconds")
    ap.add_argument("--only", default="", help="comma-separated substrings of file names to run")
    ap.add_argument("--public", action="store_true", help="also time the public truth_table + minimize path")
    ap.add_argument("--no-bounded", action="store_true",
                    help="skip the second run with coverage-bounded prime implicants (models only)")
    ap.add_argument("--child", nargs=2, metavar=("PATH", "OUTCOME"), help=argparse.SUPPRESS)
    ap.add_argument("--bounded", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--r-first", default="", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        print(json.dumps(child(args.child[0], args.child[1], args.reps, args.budget, args.public, args.bounded,
                               args.r_first)))
        return 0

    ref = r_reference()
    rows = []
    for path, outcome, series in cases([o for o in args.only.split(",") if o]):
        r = ref.get(path.name, {})
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(path), outcome,
               "--reps", str(args.reps), "--budget", str(args.budget)] + (["--public"] if args.public else [])
        if isinstance(r.get("r_first"), str):
            cmd += ["--r-first", r["r_first"]]
        t0 = time.perf_counter()
        res = run_child(cmd, args.timeout)
        # every minimal model from only the prime implicants broad enough to take part (see README)
        bnd = {} if args.no_bounded else run_child(cmd + ["--bounded"], args.timeout)
        if res.get("status") != "ok" and bnd.get("status") == "ok":
            full_status = res["status"]
            res = dict(bnd)
            res["status"] = f"ok via coverage-bounded PIs; with all PIs: {full_status}"
            res["mode"] = "bounded"
        wall = time.perf_counter() - t0
        stem = path.stem
        k = int(stem.split("k")[1].split("_")[0])
        n = int(stem.split("_n")[1]) if series == "sparse" else None
        r_found = res.get("r_first_found")
        ours = res.get("seconds")
        row = {
            "file": path.name, "series": series, "k": k, "cases": n, "observed": res.get("observed"),
            "positive": res.get("positive"), "negative": res.get("negative"), "seconds": ours,
            "reps": res.get("reps"), "mode": res.get("mode", "all PIs"), "pi_threshold": res.get("threshold"),
            "n_pi": res.get("n_pi"), "n_models": res.get("n_models"),
            "model_size": res.get("model_size"), "first_model": res.get("first_model"),
            "verified": res.get("verified"), "peak_mib": res.get("peak_mib"), "base_mib": res.get("base_mib"),
            "r_seconds": r.get("r_seconds"), "r_over_ours": (r["r_seconds"] / ours) if ours and r.get("r_seconds") else None,
            "r_core_seconds": r.get("r_core_seconds"),
            "r_core_over_ours": (r["r_core_seconds"] / ours) if ours and r.get("r_core_seconds") else None,
            "r_pi": r.get("r_pi"), "r_models": r.get("r_models"),
            "models_equal_r": (res.get("n_models") == r.get("r_models")) if ours and r.get("r_models") else None,
            "r_first_model_found": r_found, "r_status": r.get("r_status", "not run"),
            "bounded_seconds": bnd.get("seconds"), "bounded_pi": bnd.get("n_pi"),
            "bounded_threshold": bnd.get("threshold"), "bounded_models": bnd.get("n_models"),
            "bounded_status": bnd.get("status"),
            "r_core_over_bounded": (r["r_core_seconds"] / bnd["seconds"]) if bnd.get("seconds") and r.get("r_core_seconds") else None,
            "public_seconds": res.get("public_seconds"), "public_models": res.get("public_models"),
            "status": res.get("status", "ok") if "public_status" not in res else f"{res['status']}; public: {res['public_status']}",
            "wall_seconds": wall,
        }
        rows.append(row)
        print(f"{path.name:18s} {row['status'][:60]:60s} {fmt(ours)} s", file=sys.stderr, flush=True)

    table = pd.DataFrame(rows)
    if not args.public:
        table = table.drop(columns=["public_seconds", "public_models"])
    from analysis.io import write_csv, write_text_atomic

    RESULTS.mkdir(exist_ok=True)
    write_csv(table, RESULTS / "latest.csv")
    md = markdown(table)
    write_text_atomic(RESULTS / "latest.md", md)
    print(md)
    return 0


def markdown(t: pd.DataFrame) -> str:
    head = ["file", "k", "cases", "observed (+/−)", "median s", "reps", "PIs", "models (size)", "first model",
            "peak MiB", "models-only s (PIs used)", "R s", "R / ours", "R PIs", "R models", "same count",
            "R's model among ours", "status"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for _, r in t.iterrows():
        r_s = fmt(r["r_seconds"]) if pd.notna(r["r_seconds"]) else r["r_status"]
        if pd.notna(r.get("r_core_seconds")):
            r_s = f"{r_s} (C core {fmt(r['r_core_seconds'])})"
        ratio = fmt(r["r_over_ours"]) if pd.notna(r["r_over_ours"]) else "—"
        if pd.notna(r.get("r_core_over_bounded")):
            ratio = f"{ratio} (core / models-only {fmt(r['r_core_over_bounded'])})"
        if pd.notna(r.get("bounded_seconds")):
            same = "" if r["bounded_models"] == r["n_models"] or pd.isna(r["n_models"]) else ", MODELS DIFFER"
            bounded = f"{fmt(r['bounded_seconds'])} ({int(r['bounded_pi']):,}{same})"
        else:
            bounded = str(r.get("bounded_status") or "—")[:60]
        obs = f"{int(r['observed'])} ({int(r['positive'])}/{int(r['negative'])})" if pd.notna(r["observed"]) else "—"
        models = f"{int(r['n_models']):,} ({int(r['model_size'])})" if pd.notna(r["n_models"]) else "—"
        first = r["first_model"] if isinstance(r["first_model"], str) and len(r["first_model"]) <= 60 else (
            (r["first_model"][:57] + "...") if isinstance(r["first_model"], str) else "—")
        pis = f"{int(r['n_pi']):,}" if pd.notna(r["n_pi"]) else "—"
        if r["mode"] == "bounded" and pd.notna(r["n_pi"]):
            pis = f"{pis} covering ≥ {int(r['pi_threshold'])}"
        status = r["status"] if r["status"] == "ok" else r["status"][:160]
        if r["status"] == "ok" and r["verified"] is False:
            status = "CHECK FAILED"
        cells = [r["file"], str(r["k"]), fmt(r["cases"]) if pd.notna(r["cases"]) else "—", obs,
                 fmt(r["seconds"]) if pd.notna(r["seconds"]) else "—", fmt(r["reps"]) if pd.notna(r["reps"]) else "—",
                 pis, models, first,
                 f"{r['peak_mib']:.0f}" if pd.notna(r["peak_mib"]) else "—", bounded, str(r_s), ratio,
                 f"{int(r['r_pi']):,}" if pd.notna(r["r_pi"]) else "—",
                 f"{int(r['r_models'])}" if pd.notna(r["r_models"]) else "—",
                 {True: "yes", False: "no"}.get(r["models_equal_r"], "—"),
                 {True: "yes", False: "no"}.get(r["r_first_model_found"], "—"), status]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())

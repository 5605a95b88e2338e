"""Speed benchmark of the QCA engine against R QCA 3.25's recorded times (`make bench`).

For every data set of data/reference/timing/ it does what R was timed doing: the truth table with
incl_cut = 1, then the parsimonious solution with every minimal model, through the public API
(`truth_table` + `minimize(include="?")`). Each data set runs in its own subprocess with a time
limit, several times; the median wall time is reported with the number of prime implicants and of
models, the peak resident memory of the subprocess, R's recorded time and the ratio R / ours.

    python benchmarks/bench_minimize.py [--timeout 120] [--only k10,k12] [--reps 5]

Writes benchmarks/results/latest.csv and latest.md. Timings vary from run to run and machine to
machine, so these files are a record of one run, not a reproducible output of `make`.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
TIMING = ROOT / "data" / "reference" / "timing"
RESULTS = Path(__file__).resolve().parent / "results"
R_DENSE = Path(__file__).resolve().parent / "r_dense_times.csv"


def _child(path: str, kind: str, reps: int) -> None:
    """Run one data set `reps` times in this (child) process and print a JSON line."""
    import resource

    from analysis.qca import minimize, truth_table
    from analysis.qca.errors import QCAComplexityError

    df = pd.read_csv(path)
    outcome = "OUT" if kind == "dense" else "Y"
    times, sol, error = [], None, None
    for _ in range(reps):
        t0 = time.perf_counter()
        try:
            tt = truth_table(df, outcome, incl_cut=1)
            sol = minimize(tt, include="?")
        except QCAComplexityError as exc:
            error = str(exc)
            times.append(time.perf_counter() - t0)
            break
        times.append(time.perf_counter() - t0)
        if times[-1] > 20:  # one repetition is enough for slow cases
            break
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = {"times": times, "peak_rss_mib": round(rss_mib, 1), "error": error,
           "observed_rows": None, "n_pi": None, "n_models": None, "first_model": None}
    if sol is not None:
        out.update(observed_rows=int(len(sol.truth_table.rows)), n_pi=len(sol.prime_implicants),
                   n_models=len(sol.models), first_model=sol.models[0].expression if sol.models else "")
    print(json.dumps(out))


def _run_case(path: Path, kind: str, reps: int, timeout: float) -> dict:
    cmd = [sys.executable, __file__, "--child", str(path), "--kind", kind, "--reps", str(reps)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"status": f"timeout (> {timeout:g} s)"}
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["failed"])[-1]
        return {"status": f"error: {last}"}
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    res["status"] = "refused: " + res["error"] if res["error"] else "ok"
    return res


def _r_times() -> pd.DataFrame:
    r = pd.read_csv(TIMING / "r_qca_times_contended.csv")
    r = r[r["variant"] == "CCubes"]
    rows = [{"file": f, "R_seconds": float(s), "R_n_pi": int(p), "R_n_models": int(m)}
            for f, s, p, m in zip(r["file"], r["minimize_seconds"] + r["truth_table_seconds"],
                                  r["n_prime_implicants"], r["n_models"])]
    if R_DENSE.exists():
        d = pd.read_csv(R_DENSE)
        for rec in d.to_dict("records"):
            rows.append({"file": rec["file"], "R_seconds": rec["R_seconds"], "R_n_pi": rec["R_n_pi"],
                         "R_n_models": rec["R_n_models"], "R_core_seconds": rec["R_core_seconds"],
                         "R_note": rec["note"]})
    return pd.DataFrame(rows)


def _num(rr, key):
    if rr is None or key not in rr.index:
        return None
    v = rr[key]
    return None if v != v else float(v)


def _fmt(v, digits=3):
    if v is None or (isinstance(v, float) and v != v):
        return "—"
    if isinstance(v, float):
        return f"{v:.{digits}g}" if v < 1 else f"{v:.{max(digits - len(str(int(v))), 1)}f}" if v < 100 else f"{v:.0f}"
    return str(v)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark the QCA engine against R QCA's recorded times.")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--kind", default="random", help=argparse.SUPPRESS)
    ap.add_argument("--reps", type=int, default=5, help="repetitions per data set (median reported)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per data set")
    ap.add_argument("--only", default="", help="comma-separated substrings of file names to run")
    args = ap.parse_args(argv)
    if args.child:
        _child(args.child, args.kind, args.reps)
        return 0

    cases = [(p, "random") for p in sorted((TIMING / "data").glob("k*_n*.csv"),
                                           key=lambda p: (int(p.stem.split("_n")[1]), int(p.stem[1:3])))]
    cases += [(p, "dense") for p in sorted((TIMING / "dense").glob("*.csv"),
                                          key=lambda p: (p.stem.split("_")[0], int(p.stem.split("_k")[1])))]
    if args.only:
        keys = [k.strip() for k in args.only.split(",") if k.strip()]
        cases = [c for c in cases if any(k in c[0].name for k in keys)]
    r = _r_times().set_index("file")
    rows = []
    print(f"{'data set':<18}{'k':>4}{'n':>5}{'median s':>10}{'PIs':>10}{'models':>8}{'RSS MiB':>9}{'R s':>9}{'R/ours':>9}  status")
    for path, kind in cases:
        res = _run_case(path, kind, args.reps, args.timeout)
        k = int(path.stem.split("k")[-1].split("_")[0])
        n = int(path.stem.split("_n")[1]) if kind == "random" else None
        med = statistics.median(res["times"]) if res.get("times") and res["status"] == "ok" else None
        rr = r.loc[path.name] if path.name in r.index else None
        r_sec = float(rr["R_seconds"]) if rr is not None and rr["R_seconds"] == rr["R_seconds"] else None
        row = {"data_set": path.name, "kind": kind, "k": k, "n_cases": n,
               "observed_rows": res.get("observed_rows"), "median_seconds": med,
               "repetitions": len(res.get("times", [])), "n_prime_implicants": res.get("n_pi"),
               "n_models": res.get("n_models"), "peak_rss_mib": res.get("peak_rss_mib"),
               "first_model": res.get("first_model"), "R_seconds": r_sec,
               "R_n_prime_implicants": None if rr is None else rr["R_n_pi"],
               "R_n_models": None if rr is None else rr["R_n_models"],
               "ratio_R_over_ours": (r_sec / med) if (r_sec and med) else None,
               "R_core_seconds": _num(rr, "R_core_seconds"),
               "ratio_R_core_over_ours": (_num(rr, "R_core_seconds") / med) if (_num(rr, "R_core_seconds") and med) else None,
               "status": res["status"]}
        rows.append(row)
        print(f"{path.stem:<18}{k:>4}{_fmt(n):>5}{_fmt(med):>10}{_fmt(row['n_prime_implicants']):>10}"
              f"{_fmt(row['n_models']):>8}{_fmt(row['peak_rss_mib']):>9}{_fmt(r_sec):>9}"
              f"{_fmt(row['ratio_R_over_ours']):>9}  {res['status'][:90]}", flush=True)
    out = pd.DataFrame(rows)
    RESULTS.mkdir(exist_ok=True)
    out.to_csv(RESULTS / "latest.csv", index=False, float_format="%.4g", lineterminator="\n")
    md = ["| data set | k | cases | median s | PIs | models | R models | peak RSS MiB | R s | R / ours | R C core s | R core / ours | status |",
          "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for x in rows:
        md.append(f"| {x['data_set']} | {x['k']} | {_fmt(x['n_cases'])} | {_fmt(x['median_seconds'])} | "
                  f"{_fmt(x['n_prime_implicants'])} | {_fmt(x['n_models'])} | {_fmt(x['R_n_models'])} | "
                  f"{_fmt(x['peak_rss_mib'])} | {_fmt(x['R_seconds'])} | {_fmt(x['ratio_R_over_ours'])} | "
                  f"{_fmt(x['R_core_seconds'])} | {_fmt(x['ratio_R_core_over_ours'])} | "
                  f"{x['status'][:120]} |")
    (RESULTS / "latest.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    print(f"\nwrote {(RESULTS / 'latest.csv').relative_to(ROOT)} and latest.md "
          f"(median of up to {args.reps} runs per data set; R times are upper bounds, recorded with the other core busy)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

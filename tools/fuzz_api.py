"""Seeded fuzzer of the QCA engine's public functions: each run calls one function with valid arguments but one,
replaced by a wrong value (a number where a text belongs, a column where one text is taken, a huge whole number,
None, Python's `...`, another result object, ...). Run by hand for larger runs; tests/test_qca_api_fuzz.py keeps a
small derandomized one in the suite.

    .venv/bin/python tools/fuzz_api.py --seed 0 --runs 3000

The promise checked: a call returns (and its result prints and converts with to_dict()), or raises the engine's own
error (QCAInputError, QCAComplexityError), within `SECONDS`; never Python's or numpy's bare errors ('truth value of
a Series is ambiguous', "'int' object is not iterable") nor a call that does not end. Each distinct problem is printed
once; the exit status is 1 if any was found.
"""
from __future__ import annotations

import argparse
import functools
import inspect
import random
import signal
import sys
import traceback
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import analysis.qca as q  # noqa: E402
from analysis.qca.errors import QCAComplexityError, QCAInputError  # noqa: E402

SECONDS = 20   # a call past this is a problem: every argument here is small data


def values() -> list:
    """The wrong values tried, each in place of one argument."""
    lf = _data("LF")
    return [None, 0, -1, 1, 2, 0.5, 1.5, float("nan"), float("inf"), -0.0, True, False, "", "abc", "DEV", "~DEV",
            "DEV*URB", "1,2", [1, 2], [], ["DEV", "DEV"], ("a",), {"a": 1}, {}, np.int64(3), np.float32(0.7),
            np.array([1, 2]), pd.Series([1.0]), 10**20, -10**20, "0.8", b"DEV", 1j, object(), lf, lf["DEV"],
            _truth_table(), _solution(), ..., "?", "SURV", "DEV{1}", "all", "none", (0.2,), (0.9, 0.1),
            (0.2, 0.8, 0.9), "intermediate", 3.0, 1e-12, "~nosuchuser/x.csv"]


@functools.lru_cache(maxsize=None)
def _data(name: str) -> pd.DataFrame:
    return pd.read_csv(ROOT / "data" / "reference" / "datasets" / f"{name}.csv", index_col=0)


@functools.lru_cache(maxsize=1)
def _truth_table():
    return q.truth_table(_data("LF"), "SURV", incl_cut=0.8)


@functools.lru_cache(maxsize=1)
def _solution():
    return q.minimize(_truth_table(), include="?")


def calls() -> dict:
    """Function name -> (function, valid keyword arguments)."""
    lf, lm, tt, sol = _data("LF"), _data("LM"), _truth_table(), _solution()
    return {
        "truth_table": (q.truth_table, dict(data=lf, outcome="SURV", incl_cut=0.8)),
        "minimize": (q.minimize, dict(tt=tt, include="?")),
        "pof": (q.pof, dict(expression="DEV*URB", data=lf, outcome="SURV")),
        "necessity": (q.necessity, dict(data=lf, outcome="SURV")),
        "super_subset": (q.super_subset, dict(data=lf, outcome="SURV", incl_cut=0.9, cov_cut=0.6)),
        "find_rows": (q.find_rows, dict(tt=tt, type="all")),
        "esa": (q.esa, dict(tt=tt, nec_cond="DEV")),
        "esa_rows": (q.esa_rows, dict(tt=tt, nec_cond="DEV")),
        "exclude_rows": (q.exclude_rows, dict(tt=tt, rows=[1, 2])),
        "case_typology": (q.case_typology, dict(solution=sol)),
        "smmr": (q.smmr, dict(solution=sol)),
        "focal_condition_pairs": (q.focal_condition_pairs, dict(solution=sol, condition="DEV")),
        "theory_evaluation": (q.theory_evaluation, dict(theory="DEV*URB", solution=sol)),
        "configuration_chart": (q.configuration_chart, dict(solution=sol)),
        "good_practice": (q.good_practice, dict(solutions=sol)),
        "calibrate": (q.calibrate, dict(x=lf["DEV"] * 10, thresholds=[2, 5, 8])),
        "ron": (q.ron, dict(x=lf["DEV"], y=lf["SURV"])),
        "necessity_cases": (q.necessity_cases, dict(data=lf, outcome="SURV", nec_cond="DEV")),
        "permutation_benchmark": (q.permutation_benchmark, dict(data=lm, outcome="SURV", conditions=["DEV", "URB", "LIT"],
                                                                n_draws=200, max_exact=500)),
    }


#: Arguments whose size the user sets on purpose (work asked for, not a budget): a huge one runs as long as asked.
ASKED_FOR = {("permutation_benchmark", "n_draws"), ("permutation_benchmark", "max_exact")}


class _Timeout(Exception):
    pass


def _alarm(*_):
    raise _Timeout


def broken_promise(name: str, param: str, value) -> str:
    """'' when the call kept the promise, else what went wrong (the exception's type and message, or a timeout)."""
    f, base = calls()[name]
    kwargs = dict(base)
    kwargs[param] = value
    before = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(SECONDS)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = f(**kwargs)
            str(result)
            if hasattr(result, "to_dict") and not isinstance(result, (pd.DataFrame, pd.Series)):
                result.to_dict()
    except (QCAInputError, QCAComplexityError):
        return ""
    except _Timeout:
        return f"did not return within {SECONDS} s"
    except Exception as error:   # noqa: BLE001 - what the fuzzer looks for
        return f"{type(error).__name__}: {error}"[:300] + "\n" + "".join(traceback.format_tb(error.__traceback__)[-2:])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)
    return ""


def parameters(name: str) -> list[str]:
    f, _ = calls()[name]
    return [p.name for p in inspect.signature(f).parameters.values()
            if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL) and (name, p.name) not in ASKED_FOR]


def fuzz(seed: int, runs: int) -> dict:
    """`runs` seeded calls: each distinct problem (function, argument, type of value, kind) -> what was said."""
    rng = random.Random(seed)
    pool, names = values(), sorted(calls())
    found: dict = {}
    for _ in range(runs):
        name = rng.choice(names)
        param = rng.choice(parameters(name))
        value = pool[rng.randrange(len(pool))]
        problem = broken_promise(name, param, value)
        key = (name, param, type(value).__name__, problem.split(":")[0])
        if problem and key not in found:
            found[key] = f"{name}({param}={value!r:.60}): {problem}"
    return found


def main_(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--runs", type=int, default=1000)
    args = p.parse_args(argv)
    found = fuzz(args.seed, args.runs)
    for said in found.values():
        print(said)
    print(f"{args.runs} runs, {len(found)} distinct problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main_())

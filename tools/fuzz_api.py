"""Seeded fuzzer of the QCA engine's public functions and result methods: each run calls one function with valid
arguments but one, replaced by a wrong value (a number where a text belongs, a column where one text is taken, a huge
whole number, None, Python's `...`, another result object, and since round 39 what users type or programs pass:
NaN, inf, -0.0, numpy and pandas scalars, pd.NA, Categoricals, texts of 100,000 letters, Chinese names and
full-width punctuation, bytes, Paths, tuples, empty frames, a frame with a column name twice, numbers as text). Run
by hand for larger runs; tests/test_qca_api_fuzz.py keeps a small derandomized one in the suite.

    .venv/bin/python tools/fuzz_api.py --seed 0 --runs 3000
    .venv/bin/python tools/fuzz_api.py --twins
    .venv/bin/python tools/fuzz_api.py --seed 2 --runs 600 --without-chinese

The promise checked: a call returns (and its result prints and converts with to_dict()), or raises the engine's own
error (QCAInputError, QCAComplexityError) of at most LONGEST_ERROR characters, within `SECONDS`; never Python's or numpy's bare errors ('truth value of
a Series is ambiguous', "'int' object is not iterable") nor a call that does not end; and a yes/no argument given
anything but True or False (a text 'no' is truthy) is refused, never taken as a silent switch. With --twins, each
valid argument is given instead as the same value in another type (np.float32(0.8), np.int64(1), a tuple or array
for a list, np.str_, a str for a Path), which must give the same result (twin_problems). Each distinct problem is
printed once; the exit status is 1 if any was found. With --without-chinese, the same calls list instead each
distinct engine error and warning the workshop has no Chinese line for (engine_error_zh, engine_warning_zh: the
participants' lines, README's list of them), with a call that gives it (without_chinese).
"""
from __future__ import annotations

import argparse
import functools
import inspect
import json
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
LONGEST_ERROR = 2000   # an error message past this many characters is a problem (it quotes 100,000 letters whole)


def values() -> list:
    """The wrong values tried, each in place of one argument."""
    lf = _data("LF")
    return [None, 0, -1, 1, 2, 0.5, 1.5, float("nan"), float("inf"), -0.0, True, False, "", "abc", "DEV", "~DEV",
            "DEV*URB", "1,2", [1, 2], [], ["DEV", "DEV"], ("a",), {"a": 1}, {}, np.int64(3), np.float32(0.7),
            np.array([1, 2]), pd.Series([1.0]), 10**20, -10**20, "0.8", b"DEV", 1j, object(), lf, lf["DEV"],
            _truth_table(), _solution(), ..., "?", "SURV", "DEV{1}", "all", "none", (0.2,), (0.9, 0.1),
            (0.2, 0.8, 0.9), "intermediate", 3.0, 1e-12, "~nosuchuser/x.csv", *typed_values()]


def typed_values() -> list:
    """Values a user really types or a program really passes (round 39): numpy and pandas scalars, missing values,
    categoricals, long and non-ASCII texts, full-width punctuation, bytes, paths, tuples, odd frames."""
    lf = _data("LF")
    dup = lf.copy()
    dup.columns = ["DEV", "DEV", *lf.columns[2:]]
    na = lf.astype("Float64")
    na.iloc[2, 1] = pd.NA
    return [float("-inf"), np.float64("nan"), np.float64(-0.0), np.int64(0), np.int64(-1), np.bool_(True),
            np.bool_(False), np.str_("DEV"), pd.NA, pd.NaT, pd.Categorical(["DEV"]), pd.Categorical([1, 0]),
            "x" * 100_000, "DEV " * 2_000, "DEV URB", " DEV ", "发展", "发展*城市", "DEV，URB", "DEV＊URB", "～DEV",
            "DEV；URB", "（DEV）", "\u3000DEV", "0，8", "０.８", b"", b"\xff", bytearray(b"DEV"), Path("DEV"),
            Path("data/reference/datasets/LF.csv"), ("DEV", "URB"), ("DEV",), (1, 2), (), [None], [float("nan")],
            ["DEV", 1], [b"DEV"], {"DEV"}, frozenset(), range(3), iter(["DEV"]), pd.DataFrame(), dup, lf.astype(str),
            na, lf.iloc[:0], lf.iloc[:1], lf[["SURV"]], lf.T, pd.Series([], dtype=float), pd.Series(["0.8", "x"]),
            pd.Index(["DEV", "URB"]), np.array([]), np.array(["DEV"]), np.array([[1.0]]), np.nan * np.ones(3),
            pd.Series([0.5] * 18), lf["DEV"].astype("category"),
            lf.rename(columns={"DEV": "发展 水平", "URB": "城市＊化"}), lambda: 0, print, q,
            # other results where a solution, a table or data belongs: a model, a pair, their frames and dicts
            _solution().models[0], _intermediate(), _solution().to_frame(), _truth_table().to_frame(),
            _solution().to_dict(), q.necessity(lf, "SURV"), q.pof("DEV", lf, "SURV")]


@functools.lru_cache(maxsize=None)
def _data(name: str) -> pd.DataFrame:
    return pd.read_csv(ROOT / "data" / "reference" / "datasets" / f"{name}.csv", index_col=0)


@functools.lru_cache(maxsize=1)
def _truth_table():
    return q.truth_table(_data("LF"), "SURV", incl_cut=0.8)


@functools.lru_cache(maxsize=1)
def _solution():
    return q.minimize(_truth_table(), include="?")


@functools.lru_cache(maxsize=1)
def calls() -> dict:
    """Function name -> (function, valid keyword arguments); built once (asked for twice a run)."""
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
        **more_calls(),
    }


@functools.lru_cache(maxsize=1)
def _negated_solution():
    return q.minimize(q.truth_table(_data("LF"), "~SURV", incl_cut=0.8), include="?")


@functools.lru_cache(maxsize=1)
def _panel() -> pd.DataFrame:
    return pd.read_csv(ROOT / "data" / "reference" / "r-setmethods" / "LF_panel.csv", index_col=0)


def more_calls() -> dict:
    """The rest of the public functions and the result methods (round 39)."""
    lf, lr, tt, sol = _data("LF"), _data("LR"), _truth_table(), _solution()
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    nec = q.necessity_typology(lf, "SURV", "DEV")
    return {
        "read_data": (q.read_data, dict(path=ROOT / "data" / "reference" / "datasets" / "LF.csv")),
        "prepare_data": (q.prepare_data, dict(data=lf, outcome="SURV", conditions="DEV, URB")),
        "parse_term": (q.parse_term, dict(text="DEV*~URB", conditions=conds)),
        "parse_expression": (q.parse_expression, dict(text="DEV*~URB + LIT", conditions=conds)),
        "format_term": (q.format_term, dict(implicant=[2, 1, 0, 0, 0], conditions=conds)),
        "format_expression": (q.format_expression, dict(implicants=[[2, 1, 0, 0, 0]], conditions=conds)),
        "term_membership": (q.term_membership, dict(data=lf, term="DEV*~URB")),
        "expression_membership": (q.expression_membership, dict(data=lf, expression="DEV*~URB + LIT")),
        "consistency": (q.consistency, dict(x=lf["DEV"], y=lf["SURV"])),
        "coverage": (q.coverage, dict(x=lf["DEV"], y=lf["SURV"], relation="necessity")),
        "pri": (q.pri, dict(x=lf["DEV"], y=lf["SURV"])),
        "haesebrouck": (q.haesebrouck, dict(x=lf["DEV"], y=lf["SURV"])),
        "negate": (q.negate, dict(x=lf["DEV"])),
        "calibrate_frame": (q.calibrate_frame, dict(df=lr, spec={"DEV": {"thresholds": "e=350, c=550, i=850"}})),
        "pofind": (q.pofind, dict(data=lf, outcome="SURV", conditions="DEV, URB")),
        "negated_truth_table": (q.negated_truth_table, dict(tt=tt)),
        "contradictory_assumptions": (q.contradictory_assumptions, dict(solution_y=sol,
                                                                        solution_not_y=_negated_solution())),
        "simplifying_assumption_rows": (q.simplifying_assumption_rows, dict(source=sol)),
        "untenable_observed_rows": (q.untenable_observed_rows, dict(tt=tt, untenable="~DEV*LIT")),
        "typology_by_model": (q.typology_by_model, dict(solution=sol)),
        "smmr_focal_conjuncts": (q.smmr_focal_conjuncts, dict(solution=sol, term=1)),
        "smmr_pairs": (q.smmr_pairs, dict(solution=sol, pairs="typical-typical")),
        "necessity_pairs": (q.necessity_pairs, dict(data=lf, outcome="SURV", nec_cond="DEV")),
        "necessity_typology": (q.necessity_typology, dict(data=lf, outcome="SURV", nec_cond="DEV")),
        "necessity_xy": (q.necessity_xy, dict(typology=nec, outcome="SURV")),
        "contradictions": (q.contradictions, dict(tt=tt)),
        "cluster_diagnostics": (q.cluster_diagnostics, dict(data=_panel(), results="DEV*~IND", outcome="SURV",
                                                            unit="CASE", cluster="WAVE")),
        "threshold_range": (q.threshold_range, dict(data=lf, outcome="SURV", conditions=conds, parameter="incl_cut",
                                                    step=0.05, max_runs=3, incl_cut=0.8)),
        "parse_dir_exp": (q.parse_dir_exp, dict(dir_exp="1,1,1,1,1", conditions=conds, noflevels=[2] * 5)),
        "TruthTable.remainders": (tt.remainders, dict(limit=100)),
        "TruthTable.rows_with": (tt.rows_with, dict(values=["1"])),
        "Solution.to_dict": (sol.to_dict, dict(rows_limit=10, pi_chart=True)),
        "Model.to_dict": (sol.models[0].to_dict, dict(rows_limit=10)),
        "TruthTable.out_mask": (tt.out_mask, dict(values="1,C")),
        "TruthTable.configs_with": (tt.configs_with, dict(values=["1", "?"])),
        "IntermediatePair.to_dict": (_intermediate().to_dict, dict(rows_limit=10, pi_chart=False)),
    }


@functools.lru_cache(maxsize=1)
def _intermediate():
    return next(iter(q.minimize(_truth_table(), include="?", dir_exp="1,1,1,1,1").intermediate.values()))


#: Arguments whose size the user sets on purpose (work asked for, not a budget): a huge one runs as long as asked.
#: (threshold_range's n_jobs=-1 starts a worker process per core: seconds, and the machine's every core.)
ASKED_FOR = {("permutation_benchmark", "n_draws"), ("permutation_benchmark", "max_exact"),
             ("threshold_range", "n_jobs")}


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
    except (QCAInputError, QCAComplexityError) as error:
        said = str(error)
        return f"an error of {len(said):,} characters: {said[:200]}" if len(said) > LONGEST_ERROR else ""
    except _Timeout:
        return f"did not return within {SECONDS} s"
    except Exception as error:   # noqa: BLE001 - what the fuzzer looks for
        return f"{type(error).__name__}: {error}"[:300] + "\n" + "".join(traceback.format_tb(error.__traceback__)[-2:])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)
    if _yes_no(f, param) and not isinstance(value, (bool, np.bool_)):
        return f"accepted {type(value).__name__} for a yes/no argument (a text or a number is truthy: a silent switch)"
    return ""


def _yes_no(f, param: str) -> bool:
    """Whether `param` of `f` is a yes/no argument: annotated bool, or unannotated with a True / False default."""
    p = inspect.signature(f).parameters.get(param)
    return p is not None and (p.annotation in ("bool", bool)
                              or (p.annotation is p.empty and isinstance(p.default, bool)))


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


def without_chinese(seed: int, runs: int) -> tuple[int, dict]:
    """fuzz()'s `runs` seeded calls (the same ones): the number of distinct engine errors and warnings they give, and
    each of those the workshop has no Chinese line for (engine_error_zh, engine_warning_zh) -> a call that gives it."""
    from analysis.workshop import engine_error_zh, engine_warning_zh

    rng = random.Random(seed)
    pool, names = values(), sorted(calls())
    said: set = set()
    found: dict = {}
    for _ in range(runs):
        name = rng.choice(names)
        param = rng.choice(parameters(name))
        value = pool[rng.randrange(len(pool))]
        f, base = calls()[name]
        before = signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(SECONDS)
        messages = []
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    result = f(**{**base, param: value})
                    str(result)
                except (QCAInputError, QCAComplexityError) as error:
                    messages.append(("error", str(error), engine_error_zh(error)))
                except Exception:   # noqa: BLE001 - fuzz()'s problems, not this list's
                    pass
            messages += [("warning", str(w.message), engine_warning_zh(str(w.message))) for w in caught
                         if issubclass(w.category, q.QCAWarning)]
        except _Timeout:
            pass
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, before)
        for kind, message, line in messages:
            said.add(message)
            if line is None:
                found.setdefault(f"{kind}: {message}", f"{name}({param}={value!r:.60})")
    return len(said), found


def twins(value) -> list:
    """The same value as a program passes it in another type (round 39): numpy's scalars for Python's (float32 only
    for a decimal it shows as such), a tuple or an array for a list, numpy's str, a str for a Path."""
    if isinstance(value, bool):
        return [np.bool_(value)]
    if isinstance(value, int):
        return [np.int64(value)]
    if isinstance(value, float):
        return [np.float64(value)] + ([np.float32(value)] if str(np.float32(value)) == repr(value) else [])
    if isinstance(value, str):
        return [np.str_(value)]
    if isinstance(value, list):
        return [tuple(value)] + ([np.array(value)] if value and not isinstance(value[0], (list, tuple)) else [])
    if isinstance(value, Path):
        return [str(value)]
    return []


def _said(result) -> str:
    """A result as text to compare: a frame's CSV, a mapping's items by their keys as text, else its printout and
    to_dict() as JSON (a numpy str is the text it holds; a value JSON cannot write is shown by its repr)."""
    if isinstance(result, (pd.DataFrame, pd.Series)):
        return result.to_csv()
    if isinstance(result, dict):
        return repr({str(k): _said(v) for k, v in result.items()})
    as_dict = result.to_dict() if hasattr(result, "to_dict") else None
    return str(result) + json.dumps(as_dict, sort_keys=True, default=repr)


def twin_problems(names=None) -> list[str]:
    """Each valid argument of `calls()` (every function when `names` is None) given as each of its `twins`: the
    result must be the one of the argument as written, never a different one nor an error."""
    found = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name in sorted(names or calls()):
            f, base = calls()[name]
            want = _said(f(**base))
            for param, value in base.items():
                for twin in twins(value):
                    try:
                        got = _said(f(**{**base, param: twin}))
                    except Exception as error:   # noqa: BLE001 - what the check looks for
                        found.append(f"{name}({param}={twin!r:.60}): {type(error).__name__}: {error}"[:300])
                        continue
                    if got != want:
                        found.append(f"{name}({param}={twin!r:.60}): another result than {param}={value!r:.60}")
    return found


def main_(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--runs", type=int, default=1000)
    p.add_argument("--twins", action="store_true", help="give each valid argument as its numpy / tuple / str twin "
                                                         "instead (twin_problems): the same result, or a problem")
    p.add_argument("--without-chinese", action="store_true", help="list the engine errors and warnings of the calls "
                                                                   "the workshop has no Chinese line for")
    args = p.parse_args(argv)
    if args.without_chinese:
        said, found = without_chinese(args.seed, args.runs)
        for message, call in found.items():
            print(f"{call}\n    {message[:500]}")
        print(f"{args.runs} runs: {said} distinct errors and warnings, {len(found)} without a Chinese line")
        return 1 if found else 0
    if args.twins:
        said = twin_problems()
        print("\n".join(said + [f"{len(said)} problem(s)"]))
        return 1 if said else 0
    found = fuzz(args.seed, args.runs)
    for said in found.values():
        print(said)
    print(f"{args.runs} runs, {len(found)} distinct problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main_())

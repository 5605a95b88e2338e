"""The robustness protocol's measures on memberships (analysis.qca.protocol's module docstring says what each is):
set coincidence, the robust core, the robustness fit (RF_*), the cases' types and ratios (RCR_*, RCC_rank), each
test solution on its own, and the one-line texts the protocol prints them in. Pure functions of arrays: no data,
no specification, no minimisation.
"""
from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .errors import QCAInputError
from .measures import _consistency as consistency, _coverage as coverage, _pri as pri  # inputs checked

CASE_TYPES = {
    ("IS*minTS", True): "robust typical", ("IS*minTS", False): "robust deviant",
    ("IS*~minTS", True): "shaky typical", ("IS*~minTS", False): "shaky deviant",
    ("~IS*maxTS", True): "possible typical", ("~IS*maxTS", False): "possible deviant",
    ("~IS*~maxTS", True): "extreme deviant coverage", ("~IS*~maxTS", False): "irrelevant",
}

#: RCC_rank (case robustness of the test set as a whole): whether some case is shaky (IS*~minTS > 0.5) or possible
#: (~IS*maxTS > 0.5); what each rank means, printed beside it
RCC_RANKS = {1: "no shaky and no possible case", 2: "possible cases, no shaky case", 3: "shaky cases, no possible case",
             4: "shaky and possible cases"}


def measures_text(values: Mapping) -> str:
    """Named measures in one line, as the protocol prints them ('RCR_typ 0.500, RCR_dev -, RCC_rank 4'): a float to
    3 decimals, '-' for a measure without a value (None or NaN: e.g. the consistency of an empty core), others as
    they are."""
    return ", ".join(f"{k} {'-' if v is None or v != v else f'{v:.3f}' if isinstance(v, float) else v}"
                     for k, v in values.items())


def case_ratios_text(ratios: Mapping) -> str:
    """The protocol's case ratios in one line (measures_text), RCC_rank's meaning after them (RCC_RANKS)."""
    rank = ratios.get("RCC_rank")
    return measures_text(ratios) + (f" ({RCC_RANKS[rank]})" if rank in RCC_RANKS else "")


# ---------------------------------------------------------------- measures on memberships (pure)
def _ratio(a: float, b: float) -> float:
    return float(a / b) if b > 0 else float("nan")


def set_coincidence(a, b) -> float:
    """Σmin(A,B) / Σmax(A,B): 1 when the two sets coincide (Oana & Schneider 2021)."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    return _ratio(np.minimum(a, b).sum(), np.maximum(a, b).sum())


def robust_core(initial, tests: Sequence) -> np.ndarray:
    """Membership in the robust core: the minimum over the initial and every test solution."""
    return np.minimum.reduce([np.asarray(initial, float)] + [np.asarray(t, float) for t in tests])


def robustness_fit(initial, tests: Sequence, y) -> dict:
    """RF_cov, RF_cons, RF_SC_minTS, RF_SC_maxTS and the core's inclS / PRI / covS (every test solution)."""
    if not len(tests):
        raise QCAInputError("the test set is empty: give at least one alternative specification")
    initial = np.asarray(initial, float)
    y = np.asarray(y, float)
    core = robust_core(initial, tests)
    lo, hi = np.minimum.reduce(tests), np.maximum.reduce(tests)
    return {"RF_cov": _ratio(coverage(core, y), coverage(initial, y)),
            "RF_cons": _ratio(consistency(initial, y), consistency(core, y)),
            "RF_SC_minTS": set_coincidence(initial, lo), "RF_SC_maxTS": set_coincidence(initial, hi),
            "core_inclS": consistency(core, y), "core_PRI": pri(core, y), "core_covS": coverage(core, y)}


def _rank(shaky: bool, possible: bool) -> int:
    return 1 + int(possible) + 2 * int(shaky)


def _at_crossover(inter: str, initial: float, lo: float, hi: float, y: float) -> str:
    """The label of a case with none of the eight types: no intersection above 0.5 (IS at 0.5, or minTS at 0.5 for a
    member of IS, or maxTS at 0.5 for a non-member) or Y at 0.5, naming the sets at the crossover."""
    names = [] if inter else ["IS"] if initial == 0.5 else ["minTS"] if initial > 0.5 else ["maxTS"]
    names += ["Y"] if y == 0.5 else []
    return f"at crossover ({' = '.join(names)} = 0.5)"


def case_robustness(initial, tests: Sequence, y, cases: Sequence[str]) -> tuple[pd.DataFrame, dict]:
    """Per case: IS, minTS, maxTS, Y, the intersection (> 0.5) it belongs to and its type; and the case
    ratios RCR_typ, RCR_dev with RCC_rank (None where 0/0). A case in no intersection above 0.5 (a membership of
    exactly 0.5 in IS, or in minTS / maxTS where that decides) or with Y exactly 0.5 has none of the eight types
    and is counted in no ratio: its type says so, e.g. 'at crossover (IS = 0.5)', 'at crossover (Y = 0.5)'."""
    initial, y = np.asarray(initial, float), np.asarray(y, float)
    lo, hi = np.minimum.reduce(tests), np.maximum.reduce(tests)
    parts = {"IS*minTS": np.minimum(initial, lo), "IS*~minTS": np.minimum(initial, 1 - lo),
             "~IS*maxTS": np.minimum(1 - initial, hi), "~IS*~maxTS": np.minimum(1 - initial, 1 - hi)}
    inter = []
    for i in range(len(initial)):
        hit = [k for k, v in parts.items() if v[i] > 0.5]
        inter.append(hit[0] if hit else "")
    types = [CASE_TYPES[(k, bool(yy > 0.5))] if k and yy != 0.5 else _at_crossover(k, i, l, h, yy)
             for k, i, l, h, yy in zip(inter, initial, lo, hi, y)]
    df = pd.DataFrame({"case": list(cases), "IS": initial, "minTS": lo, "maxTS": hi, "Y": y,
                       "intersection": inter, "type": types})

    def count(t):
        return int(sum(x == t for x in types))

    def ratio(kind):
        rob, den = count(f"robust {kind}"), sum(count(f"{p} {kind}") for p in ("robust", "shaky", "possible"))
        return None if den == 0 else rob / den

    shaky = any(k == "IS*~minTS" for k in inter)
    possible = any(k == "~IS*maxTS" for k in inter)
    return df, {"RCR_typ": ratio("typical"), "RCR_dev": ratio("deviant"), "RCC_rank": _rank(shaky, possible)}


def single_tests(initial, tests: Mapping[str, np.ndarray], expressions: Mapping[str, str] | None = None
                 ) -> pd.DataFrame:
    """Set coincidence and RCC_rank of the initial solution against each test solution on its own; with
    `expressions` (test label -> its solution's expression), an 'expression' column after 'test', as
    rob.singletest's 'Model' column gives it."""
    initial = np.asarray(initial, float)
    rows = []
    for label, t in tests.items():
        t = np.asarray(t, float)
        shaky = bool((np.minimum(initial, 1 - t) > 0.5).any())
        possible = bool((np.minimum(1 - initial, t) > 0.5).any())
        rows.append({"test": label, **({"expression": expressions.get(label, "")} if expressions is not None else {}),
                     "RCC_rank": _rank(shaky, possible), "SC": set_coincidence(initial, t)})
    return pd.DataFrame(rows, columns=["test", *["expression"] * (expressions is not None), "RCC_rank", "SC"])

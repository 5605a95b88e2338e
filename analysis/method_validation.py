"""Side by side: this engine versus R QCA 3.25's recorded answers (data/reference/r-qca/*.json).

Pure functions: they take a loaded reference JSON (a dict) and the dataset, re-run the same analysis
with analysis.qca, and return comparison records {analysis, item, ours, R, abs_diff, agrees}, one per
compared item (a model, a fit number, a truth-table cell, a calibrated score). Numbers agree when
|ours − R| ≤ tolerance (both undefined also agrees); text (models, OUT values, cases) must be identical.
Used by notebooks/00_method_validation.ipynb, which writes the records out.
"""
from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd

from .qca.calibrate import calibrate, kwargs_from_r_call
from .qca.errors import QCAInputError
from .qca.minimize import minimize
from .qca.necessity import necessity, super_subset
from .qca.truth_table import truth_table

RECORD_COLUMNS = ["analysis", "item", "ours", "R", "abs_diff", "agrees"]
FIT = ("inclS", "PRI", "covS")

__all__ = ["RECORD_COLUMNS", "compare", "r_arguments", "compare_standard", "compare_necessity",
           "compare_calibration", "records_frame", "agreement_summary", "side_by_side", "difference_label"]


# ---------------------------------------------------------------- one comparison
def _is_number(v) -> bool:
    return isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, (bool, np.bool_))


def _text(v) -> str:
    if v is None or (_is_number(v) and math.isnan(float(v))):
        return "NA"
    if _is_number(v):
        return f"{float(v):.10g}"
    return str(v)


def compare(analysis: str, item: str, ours, r, tolerance: float) -> dict:
    """One record; numbers within `tolerance` agree, None/NaN on both sides agree, text must be equal."""
    numeric = (_is_number(ours) or ours is None) and (_is_number(r) or r is None) and not (ours is None and r is None)
    if numeric:
        a = math.nan if ours is None else float(ours)
        b = math.nan if r is None else float(r)
        if math.isnan(a) or math.isnan(b):
            diff, agrees = math.nan, math.isnan(a) and math.isnan(b)
        else:
            diff = abs(a - b)
            agrees = diff <= tolerance
    else:
        diff, agrees = math.nan, _text(ours) == _text(r)
    return {"analysis": analysis, "item": item, "ours": _text(ours), "R": _text(r), "abs_diff": diff,
            "agrees": bool(agrees)}


# ---------------------------------------------------------------- R calls
_ARG = re.compile(r'([\w.]+)\s*=\s*("[^"]*"|[-\w.]+)')


def r_arguments(call: str) -> dict:
    """name = value arguments of an R call string: quoted strings, numbers and TRUE/FALSE."""
    out = {}
    for name, value in _ARG.findall(call):
        if value.startswith('"'):
            out[name] = value[1:-1]
        elif value in ("TRUE", "FALSE"):
            out[name] = value == "TRUE"
        else:
            try:
                out[name] = float(value)
            except ValueError:
                out[name] = value
    return out


def _tt_arguments(call: str) -> dict:
    args = r_arguments(call)
    kw = {"outcome": args["outcome"], "conditions": args.get("conditions")}
    for r_name, name in (("incl.cut", "incl_cut"), ("n.cut", "n_cut"), ("pri.cut", "pri_cut")):
        if r_name in args:
            kw[name] = int(args[r_name]) if name == "n_cut" else args[r_name]
    return kw


def _min_arguments(call: str) -> dict:
    args = r_arguments(call)
    return {"include": args.get("include", ""), "dir_exp": args.get("dir.exp")}


# ---------------------------------------------------------------- standard analyses
def _compare_truth_table(analysis, tt, ref_tt, tol) -> list[dict]:
    recs = []
    observed = [r for r in ref_tt["rows"] if r["n"] > 0]
    recs.append(compare(analysis, "truth table: observed rows", len(tt.rows), len(observed), tol))
    ours = tt.rows
    for r in observed:
        row = r["row"]
        have = row in ours.index
        for col in ("OUT", "n", "incl", "PRI", "cases"):
            mine = ours.at[row, col] if have else "absent"
            ref = ",".join(r["cases"]) if col == "cases" else r[col]
            if col == "n" and have:
                mine = int(mine)
            recs.append(compare(analysis, f"truth table row {row} ({r['config_str']}): {col}", mine, ref, tol))
    return recs


def _compare_models(analysis, label, models, ref_models, tol) -> list[dict]:
    recs = [compare(analysis, f"{label}: models", " | ".join(m.expression for m in models),
                    " | ".join(m["expression"] for m in ref_models), tol)]
    for m, ref in zip(models, ref_models):
        name = ref["name"]
        for key in FIT:
            recs.append(compare(analysis, f"{label} {name}: solution {key}", m.fit[key], ref["solution_fit"][key], tol))
        fit = m.term_fit.set_index("term")
        for term in ref["term_fit"]:
            t = term["term"]
            for key in (*FIT, "covU"):
                mine = fit.at[t, key] if t in fit.index else "absent"
                recs.append(compare(analysis, f"{label} {name} {t}: {key}", mine, term[key], tol))
            if "cases" in term:
                mine = fit.at[t, "cases"] if t in fit.index else "absent"
                recs.append(compare(analysis, f"{label} {name} {t}: cases", mine, ",".join(term["cases"]), tol))
    return recs


def compare_standard(ref: dict, data: pd.DataFrame, tolerance: float, case_column: str | None = None) -> list[dict]:
    """Re-run a reference analysis (truth table and each minimisation R ran) and compare every item."""
    analysis = ref["analysis"]
    kw = _tt_arguments(ref["calls"]["truthTable"])
    tt = truth_table(data, kw.pop("outcome"), kw.pop("conditions"), case_column=case_column, **kw)
    recs = _compare_truth_table(analysis, tt, ref["truth_table"], tolerance)
    for key, sol_ref in ref["solutions"].items():
        args = _min_arguments(sol_ref["call"])
        try:
            sol = minimize(tt, **args)
        except QCAInputError as err:
            recs.append(compare(analysis, f"{key}: error", str(err).splitlines()[0], sol_ref.get("error", "no error"),
                                tolerance))
            continue
        if "error" in sol_ref:
            recs.append(compare(analysis, f"{key}: error", "no error", sol_ref["error"], tolerance))
            continue
        if sol.intermediate is None:
            recs += _compare_models(analysis, key, sol.models, sol_ref["models"], tolerance)
            continue
        recs += _compare_models(analysis, f"{key} (parsimonious used)", sol.parsimonious.models,
                                sol_ref["models"], tolerance)
        recs.append(compare(analysis, f"{key}: pairs", ", ".join(sol.intermediate),
                            ", ".join(sol_ref["intermediate"]), tolerance))
        for pair, pref in sol_ref["intermediate"].items():
            if pair in sol.intermediate:
                recs += _compare_models(analysis, f"{key} {pair}", sol.intermediate[pair].models,
                                        pref["models"], tolerance)
    return recs


# ---------------------------------------------------------------- necessity and calibration
def compare_necessity(ref: dict, data: pd.DataFrame, tolerance: float) -> list[dict]:
    """pofind / pof rows (every literal's inclN, RoN, covN) and superSubset (expressions and fit)."""
    analysis = ref["analysis"]
    recs = []
    for key, res in ref["results"].items():
        call = res["call"]
        if key.startswith("superSubset"):
            args = r_arguments(call)
            ours = super_subset(data, args["outcome"], args.get("conditions"),
                                relation=args.get("relation", "necessity"), incl_cut=args.get("incl.cut", 1.0),
                                cov_cut=args.get("cov.cut", 0.0)).to_frame()
            recs.append(compare(analysis, f"{key}: expressions", " | ".join(ours["expression"]),
                                " | ".join(r["expression"] for r in res["rows"]), tolerance))
            table = ours.set_index("expression")
            for r in res["rows"]:
                for col in ("inclN", "RoN", "covN"):
                    mine = table.at[r["expression"], col] if r["expression"] in table.index else "absent"
                    recs.append(compare(analysis, f"{key} {r['expression']}: {col}", mine, r[col], tolerance))
            continue
        # pofind and pof: single conditions and their negations
        outcome = r_arguments(call).get("outcome", "SURV")
        conditions = [c for c in data.columns if c != outcome]
        table = necessity(data, outcome, conditions).to_frame().set_index("condition")
        if key.startswith("pofind"):
            recs.append(compare(analysis, f"{key}: rows", " | ".join(table.index),
                                " | ".join(r["condition"] for r in res["rows"]), tolerance))
        for r in res["rows"]:
            for col in ("inclN", "RoN", "covN"):
                mine = table.at[r["condition"], col] if r["condition"] in table.index else "absent"
                recs.append(compare(analysis, f"{key} {r['condition']}: {col}", mine, r[col], tolerance))
    return recs


def compare_calibration(ref: dict, tolerance: float) -> list[dict]:
    """Every calibrated score of every example in calibration.json."""
    recs = []
    for name, ex in ref["examples"].items():
        ours = calibrate(np.asarray(ex["x"], dtype=float), **kwargs_from_r_call(ex["call"]))
        for x, mine, theirs in zip(ex["x"], ours, ex["output"]):
            recs.append(compare("calibration", f"{name}: x = {x:g}", float(mine), theirs, tolerance))
    return recs


# ---------------------------------------------------------------- tables
def records_frame(records: list[dict]) -> pd.DataFrame:
    """Records as a table in their given (deterministic) order."""
    return pd.DataFrame.from_records(records, columns=RECORD_COLUMNS)


def agreement_summary(df: pd.DataFrame) -> pd.DataFrame:
    """Per analysis: items compared, items agreeing, numbers compared and the largest |ours − R|."""
    order = list(dict.fromkeys(df["analysis"]))
    g = df.groupby("analysis", sort=False)
    out = pd.DataFrame({
        "compared": g.size(),
        "agree": g["agrees"].sum().astype(int),
        "numbers": g["abs_diff"].count(),
        "max_abs_diff": g["abs_diff"].max(),
    }).reindex(order)
    out["all_agree"] = out["compared"] == out["agree"]
    return out.rename_axis("analysis").reset_index()


def _rounded(text: str, digits: int) -> str:
    try:
        return f"{float(text):.{digits}f}"
    except ValueError:
        return text


def side_by_side(df: pd.DataFrame, analysis: str, contains: str | None = None, digits: int = 3) -> pd.DataFrame:
    """The records of one analysis (optionally only items containing `contains`), numbers rounded for reading."""
    part = df[df["analysis"] == analysis]
    if contains is not None:
        part = part[part["item"].str.contains(contains, regex=False)]
    out = part[["item", "ours", "R", "agrees"]].copy()
    out["ours"] = out["ours"].map(lambda t: _rounded(t, digits))
    out["R"] = out["R"].map(lambda t: _rounded(t, digits))
    return out.reset_index(drop=True)


def difference_label(d: float) -> str:
    """A largest difference for reading: '0' (identical), '< 1e-12' (floating-point noise) or '1.2e-04'."""
    if d != d:
        return "-"
    if d == 0:
        return "0"
    if d < 1e-12:
        return "< 1e-12"
    return f"{d:.1e}"

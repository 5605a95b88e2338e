"""Side by side: this engine versus R QCA 3.25's recorded answers (data/reference/r-qca/*.json).

Pure functions: they take a loaded reference JSON (a dict) and the dataset, re-run the same analysis
with analysis.qca, and return comparison records {analysis, item, ours, R, abs_diff, agrees}, one per
compared item (a model, a fit number, a truth-table cell, a calibrated score). Numbers agree when
|ours − R| ≤ tolerance (both undefined also agrees); text (models, OUT values, cases) must be identical.
Used by notebooks/00_method_validation.ipynb, which writes the records out.
"""
from __future__ import annotations

import json
import math
import re

import numpy as np
import pandas as pd

from .qca.calibrate import calibrate, kwargs_from_r_call
from .qca.errors import QCAInputError
from .qca.expressions import parse_term
from .qca.minimize import minimize
from .qca.necessity import necessity, super_subset
from .qca.r_calls import r_call_arguments
from .qca.truth_table import truth_table

RECORD_COLUMNS = ["analysis", "item", "ours", "R", "abs_diff", "agrees"]
FIT = ("inclS", "PRI", "covS")

__all__ = ["RECORD_COLUMNS", "compare", "compare_standard", "compare_necessity",
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


# ---------------------------------------------------------------- R calls (parsed by analysis.qca.r_calls)
def _tt_arguments(call: str) -> dict:
    args = r_call_arguments(call)
    kw = {"outcome": args["outcome"], "conditions": args.get("conditions")}
    for r_name, name in (("incl.cut", "incl_cut"), ("n.cut", "n_cut"), ("pri.cut", "pri_cut")):
        if r_name in args:
            kw[name] = int(args[r_name]) if name == "n_cut" else args[r_name]
    return kw


def _min_arguments(call: str) -> dict:
    args = r_call_arguments(call)
    return {"include": args.get("include", ""), "dir_exp": args.get("dir.exp")}


# ---------------------------------------------------------------- standard analyses
def _compare_truth_table(analysis, tt, ref_tt, tol) -> list[dict]:
    recs = [compare(analysis, "truth table: conditions", ", ".join(tt.conditions), ", ".join(ref_tt["conditions"]), tol),
            compare(analysis, "truth table: levels", ", ".join(map(str, tt.noflevels)),
                    ", ".join(map(str, ref_tt["noflevels"])), tol)]
    observed = [r for r in ref_tt["rows"] if r["n"] > 0]
    recs.append(compare(analysis, "truth table: observed rows", ", ".join(map(str, tt.row_ids)),
                        ", ".join(str(r["row"]) for r in observed), tol))
    ours = tt.rows
    configs = {row: cfg for row, cfg in zip(tt.row_ids, tt.configs)}
    for r in observed:
        row = r["row"]
        have = row in ours.index
        mine = "".join(str(int(v)) for v in configs[row]) if have else "absent"
        recs.append(compare(analysis, f"truth table row {row}: configuration", mine,
                            "".join(str(v) for v in r["config"]), tol))
        for col in ("OUT", "n", "incl", "PRI", "cases"):
            mine = ours.at[row, col] if have else "absent"
            ref = ",".join(r["cases"]) if col == "cases" else r[col]
            if col == "n" and have:
                mine = int(mine)
            recs.append(compare(analysis, f"truth table row {row} ({r['config_str']}): {col}", mine, ref, tol))
    return recs


# Models, implicants and counterfactuals are compared as sets: a term as its literals in condition order, a
# model as its sorted terms, so that R's printing order does not matter (it is compared separately as text).
def _term(t: str, conditions) -> str:
    lits = parse_term(t, list(conditions))
    return "*".join(f"{c}={lits[c]}" for c in conditions if c in lits)


def _terms(terms, conditions) -> str:
    return " + ".join(sorted(_term(t, conditions) for t in terms))


def _models_set(models, conditions) -> str:
    return " | ".join(sorted(_terms(m, conditions) for m in models))


def _rows(frame) -> str:
    """Counterfactual / simplifying-assumption rows as 'row:config' in row order."""
    return ", ".join(f"{int(i)}:{''.join(str(int(v)) for v in cfg)}" for i, cfg in zip(frame.index, frame.to_numpy()))


def _ref_rows(rows) -> str:
    return ", ".join(f"{x['row']}:{''.join(str(v) for v in x['config'])}" for x in rows)


def _compare_term_fit(analysis, label, fit_frame, ref_terms, tol) -> list[dict]:
    if ref_terms is None:
        return [compare(analysis, f"{label}: overall term fit", "absent" if fit_frame is None else "present",
                        "absent", tol)]
    fit = fit_frame.set_index("term")
    recs = [compare(analysis, f"{label}: overall term fit terms", " | ".join(sorted(fit.index)),
                    " | ".join(sorted(t["term"] for t in ref_terms)), tol)]
    for t in ref_terms:
        for key in (*FIT, "covU", "cases"):
            mine = fit.at[t["term"], key] if t["term"] in fit.index else "absent"
            ref = ",".join(t["cases"]) if key == "cases" else t[key]
            recs.append(compare(analysis, f"{label} overall {t['term']}: {key}", mine, ref, tol))
    return recs


def _compare_chart(analysis, label, sol, ref, conditions, tol) -> list[dict]:
    """Prime implicants in the chart, the chart itself (columns each covers) and the essential implicants."""
    recs = [compare(analysis, f"{label}: prime implicants", _terms(sol.prime_implicants, conditions),
                    _terms(ref["prime_implicants_in_chart"], conditions), tol),
            compare(analysis, f"{label}: essential", _terms(sol.essential, conditions),
                    _terms(ref["essential"], conditions), tol)]
    if "PIchart" in ref:
        chart = ref["PIchart"]
        theirs = sorted(f"{_term(pi, conditions)} -> {','.join(str(c) for c, v in zip(chart['columns'], row) if v)}"
                        for pi, row in zip(chart["PIs"], chart["matrix"]))
        ours = sorted(f"{_term(pi, conditions)} -> {','.join(str(c) for c, v in row.items() if v)}"
                      for pi, row in sol.pi_chart.iterrows())
        recs.append(compare(analysis, f"{label}: prime implicant chart", " | ".join(ours), " | ".join(theirs), tol))
    return recs


def _printed_models(lines) -> str:
    """The 'M1: ... -> Y' lines as a sorted set (R wraps long lines after '+'; term order may differ)."""
    joined: list[str] = []
    for ln in lines:
        if joined and joined[-1].rstrip().endswith("+"):
            joined[-1] = joined[-1].rstrip() + " " + ln.strip()
        else:
            joined.append(ln)
    out = []
    for ln in joined:
        m = re.match(r"^(M\d+):\s*(.*) (<?->) (\S+)$", ln.strip())
        if m:
            head, body, arrow, outcome = m.groups()
            out.append(f"{head}: {' + '.join(sorted(t.strip() for t in body.split(' + ')))} {arrow} {outcome}")
    return " | ".join(sorted(out))


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
    """Re-run a reference analysis (truth table and each minimisation R ran) and compare every item: truth-table
    rows, counts, models (as R prints them and as sets), prime-implicant charts, essential implicants,
    simplifying assumptions, fit per term and model, intermediate pairs with their easy and difficult
    counterfactuals, and the printed model lines."""
    analysis = ref["analysis"]
    kw = _tt_arguments(ref["calls"]["truthTable"])
    tt = truth_table(data, kw.pop("outcome"), kw.pop("conditions"), case_column=case_column, **kw)
    conds = list(tt.conditions)
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
        recs.append(compare(analysis, f"{key}: counts", json.dumps(tt.counts(), sort_keys=True),
                            json.dumps(sol_ref["numbers"], sort_keys=True), tolerance))
        base = sol if sol.intermediate is None else sol.parsimonious
        label = key if sol.intermediate is None else f"{key} (parsimonious used)"
        recs += _compare_models(analysis, label, base.models, sol_ref["models"], tolerance)
        recs.append(compare(analysis, f"{label}: model set", _models_set([m.terms for m in base.models], conds),
                            _models_set([m["terms"] for m in sol_ref["models"]], conds), tolerance))
        recs += _compare_chart(analysis, label, sol, sol_ref, conds, tolerance)
        recs += _compare_term_fit(analysis, label, base.overall_term_fit, sol_ref["overall_term_fit"], tolerance)
        ours_by_key = {_terms(m.terms, conds): m for m in base.models}
        for r in sol_ref["models"]:
            m = ours_by_key.get(_terms(r["terms"], conds))
            mine = _rows(m.simplifying_assumptions) if m is not None else "absent"
            recs.append(compare(analysis, f"{label} {r['name']}: simplifying assumptions", mine,
                                _ref_rows(sol_ref["simplifying_assumptions"][r["name"]]), tolerance))
        recs.append(compare(analysis, f"{key}: printed models", _printed_models(str(sol).splitlines()),
                            _printed_models(sol_ref["printed"]), tolerance))
        if sol.intermediate is None:
            continue
        recs.append(compare(analysis, f"{key}: pairs", ", ".join(sol.intermediate),
                            ", ".join(sol_ref["intermediate"]), tolerance))
        for pair, pref in sol_ref["intermediate"].items():
            if pair not in sol.intermediate:
                continue
            ours = sol.intermediate[pair]
            lab = f"{key} {pair}"
            recs += _compare_models(analysis, lab, ours.models, pref["models"], tolerance)
            recs += [
                compare(analysis, f"{lab}: complex solution used", _terms(ours.complex_model.terms, conds),
                        _terms(pref["complex_solution_used"], conds), tolerance),
                compare(analysis, f"{lab}: parsimonious solution used", _terms(ours.parsimonious_model.terms, conds),
                        _terms(pref["parsimonious_solution_used"], conds), tolerance),
                compare(analysis, f"{lab}: model set", _models_set([m.terms for m in ours.models], conds),
                        _models_set([m["terms"] for m in pref["models"]], conds), tolerance),
                compare(analysis, f"{lab}: easy counterfactuals", _rows(ours.easy_counterfactuals),
                        _ref_rows(pref["easy_counterfactuals"]), tolerance),
                compare(analysis, f"{lab}: difficult counterfactuals", _rows(ours.difficult_counterfactuals),
                        _ref_rows(pref["difficult_counterfactuals"]), tolerance)]
            recs += _compare_chart(analysis, lab, ours, pref, conds, tolerance)
            recs += _compare_term_fit(analysis, lab, ours.overall_term_fit, pref["overall_term_fit"], tolerance)
    return recs


# ---------------------------------------------------------------- necessity and calibration
def compare_necessity(ref: dict, data: pd.DataFrame, tolerance: float) -> list[dict]:
    """pofind / pof rows (every literal's inclN, RoN, covN) and superSubset (expressions and fit)."""
    analysis = ref["analysis"]
    recs = []
    for key, res in ref["results"].items():
        call = res["call"]
        if key.startswith("superSubset"):
            args = r_call_arguments(call)
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
        outcome = r_call_arguments(call).get("outcome", "SURV")
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

"""Side by side: this engine versus R QCA 3.25's recorded answers (data/reference/r-qca/*.json) and, for the
methods beyond R QCA, R QCA 3.25 + SetMethods 4.0's (data/reference/r-setmethods/*.json; compare_setmethods).

Pure functions: they take a loaded reference JSON (a dict) and the dataset, re-run the same analysis
with analysis.qca, and return comparison records {analysis, item, ours, R, abs_diff, agrees}, one per
compared item (a model, a fit number, a truth-table cell, a calibrated score). Numbers agree when
|ours − R| ≤ tolerance (both undefined also agrees); text (models, OUT values, cases) must be identical.
Used by notebooks/00_method_validation.ipynb, which writes the records out.
"""
from __future__ import annotations

import json
import math
import numbers
import re
import warnings

import numpy as np
import pandas as pd

from .qca.calibrate import calibrate, kwargs_from_r_call
from .qca.data import QCAWarning
from .qca.errors import QCAInputError
from .qca.expressions import parse_term
from .qca.minimize import minimize
from .qca.necessity import necessity, super_subset
from .qca.r_calls import SMMR_NECESSITY_PAIR_NUMBERS, SMMR_PAIR_NUMBERS, r_call_arguments
from .qca.truth_table import truth_table
from .paths import DATASETS, relative
from .validate import ParameterError

RECORD_COLUMNS = ["analysis", "item", "ours", "R", "abs_diff", "agrees"]
FIT = ("inclS", "PRI", "covS")

__all__ = ["RECORD_COLUMNS", "compare", "compare_standard", "compare_necessity",
           "compare_calibration", "records_frame", "agreement_table", "run_tolerance", "agreement_summary", "side_by_side", "difference_label",
           "compare_setmethods", "DIFFERENCE_COLUMNS", "REFERENCE_ANALYSES", "ParameterError", "check_parameters"]


# ---------------------------------------------------------------- notebook 00's parameters

#: the reference analyses redone for each dataset (data/reference/r-qca/<name>.json); *_negated: the negated outcome
REFERENCE_ANALYSES = {"LC": ("LC", "LC_negated"), "LF": ("LF", "LF_negated"), "LM": ("LM",), "CVF": ("CVF",)}
SWITCHES = ("include_negated", "check_necessity", "check_calibration", "check_setmethods", "require_agreement")




#: the demonstration's data (R QCA's d.BWB), whose columns bwb_outcome and bwb_conditions name
BWB_FILE = DATASETS / "d.BWB.csv"


def bwb_columns() -> list[str]:
    """The column names of d.BWB (its header, without the case column)."""
    import csv

    with BWB_FILE.open(newline="", encoding="utf-8") as fh:
        return next(csv.reader(fh))[1:]


def _is_share_like(v) -> bool:
    return isinstance(v, numbers.Real) and not isinstance(v, bool)


def check_parameters(*, tolerance, datasets, bwb_outcome, bwb_conditions, bwb_incl_cut, **switches) -> list[str]:
    """Check every parameter of notebook 00 and return the reference analyses to redo, in `datasets`' order (with
    or without the negated-outcome ones as `include_negated` says); raise ParameterError naming every problem and
    what is allowed. `tolerance` is |ours - R| allowed for a number, in (0, 0.01] (R prints 3 decimals); the d.BWB
    demonstration takes 1 to 8 distinct condition names and a consistency threshold in [0.5, 1]. `switches` are the
    booleans of SWITCHES, each required."""
    problems = []
    if not _is_share_like(tolerance) or not 0 < tolerance <= 0.01:
        problems.append(f"tolerance must be a number in (0, 0.01], got {tolerance!r}")
    known = sorted(REFERENCE_ANALYSES)
    if isinstance(datasets, str) or not isinstance(datasets, (list, tuple)) or not datasets:
        problems.append(f"datasets must be a non-empty list drawn from {known}, got {datasets!r}")
    elif (not all(isinstance(d, str) and d in REFERENCE_ANALYSES for d in datasets)
          or len(set(datasets)) != len(datasets)):
        problems.append(f"datasets must be distinct names from {known}, got {datasets!r}")
    for name in sorted(set(switches) - set(SWITCHES)):
        problems.append(f"unknown parameter {name!r}; the switches are {', '.join(SWITCHES)}")
    for name in SWITCHES:
        if name not in switches or not isinstance(switches[name], bool):
            problems.append(f"{name} must be True or False, got {switches.get(name)!r}")
    if (not isinstance(bwb_outcome, str) or not isinstance(bwb_conditions, (list, tuple))
            or not 1 <= len(bwb_conditions) <= 8 or not all(isinstance(c, str) for c in bwb_conditions)
            or len(set(bwb_conditions)) != len(bwb_conditions) or bwb_outcome in bwb_conditions):
        problems.append("bwb_outcome must be a column name and bwb_conditions a list of 1 to 8 distinct column names "
                        f"without it, got {bwb_outcome!r} and {bwb_conditions!r}")
    else:   # names d.BWB does not have: refused here, before any comparison runs (and before make runs a notebook,
        # tools/check_parameters.py), not by the demonstration's cell at the notebook's end
        columns = bwb_columns()
        missing = [c for c in [bwb_outcome, *bwb_conditions] if c not in columns]
        if missing:
            problems.append(f"bwb_outcome and bwb_conditions must be columns of d.BWB "
                            f"({relative(BWB_FILE)}); it has no column(s) {', '.join(map(repr, missing))}; its "
                            f"columns: {', '.join(columns)}")
    if not _is_share_like(bwb_incl_cut) or not 0.5 <= bwb_incl_cut <= 1:
        problems.append(f"bwb_incl_cut must be a number in [0.5, 1], got {bwb_incl_cut!r}")
    if problems:
        raise ParameterError("; ".join(problems))
    negated = switches["include_negated"]
    return [a for d in datasets for a in REFERENCE_ANALYSES[d] if negated or not a.endswith("_negated")]

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
    for row, ref in (ref_tt.get("DCC") or {}).items():  # R's deviant cases consistency (truthTable, dcc = TRUE)
        row = int(row)
        mine = ours.at[row, "DCC"] if row in ours.index else "absent"
        recs.append(compare(analysis, f"truth table row {row}: DCC", mine, ref, tol))
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
        base = sol if not sol.intermediate else sol.parsimonious
        label = key if not sol.intermediate else f"{key} (parsimonious used)"
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
        if not sol.intermediate:
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
        with warnings.catch_warnings():   # R's examples put raw values on the crossover on purpose: its 0.5 is compared
            warnings.filterwarnings("ignore", message=".*calibrated to exactly 0.5", category=QCAWarning)
            ours = calibrate(np.asarray(ex["x"], dtype=float), **kwargs_from_r_call(ex["call"]))
        for x, mine, theirs in zip(ex["x"], ours, ex["output"]):
            recs.append(compare("calibration", f"{name}: x = {x:g}", float(mine), theirs, tolerance))
    return recs


# ---------------------------------------------------------------- tables
def records_frame(records: list[dict]) -> pd.DataFrame:
    """Records as a table in their given (deterministic) order."""
    return pd.DataFrame.from_records(records, columns=RECORD_COLUMNS)


def agreement_table(records: list[dict], tolerance: float) -> pd.DataFrame:
    """The records of a validation run as agreement.csv holds them: with the tolerance that decided `agrees` for
    each number, so that what is drawn from the table (notebook 04's tolerance line) follows from it alone."""
    return records_frame(records).assign(tolerance=float(tolerance))


def run_tolerance(agreement: pd.DataFrame, asked=None) -> float:
    """The tolerance agreement.csv was judged with (its `tolerance` column, one value), checked against the
    `agrees` column; `asked` (notebook 04's validation_tolerance), when given, must be that value."""
    values = agreement["tolerance"].dropna().unique() if "tolerance" in agreement else []
    if len(values) != 1:
        raise ValueError("agreement.csv does not record one tolerance (column 'tolerance'); rerun "
                         "00_method_validation (make)")
    tol = float(values[0])
    if asked is not None and float(asked) != tol:
        raise ValueError(f"validation_tolerance = {asked:g}, but 00_method_validation ran with tolerance {tol:g} "
                         "(agreement.csv): leave validation_tolerance unset (None), or rerun 00 with "
                         f"-p tolerance {asked:g}")
    numeric = agreement[agreement["abs_diff"].notna()]
    contradicted = numeric[numeric["agrees"] != (numeric["abs_diff"] <= tol)]
    if len(contradicted):
        raise ValueError(f"agreement.csv's tolerance {tol:g} contradicts its `agrees` column for {len(contradicted)} "
                         f"number(s), e.g. {contradicted['item'].iloc[0]!r}; rerun 00_method_validation (make)")
    return tol


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


# ---------------------------------------------------------------- beyond R QCA: SetMethods 4.0 references
#: Columns of the table of deliberate differences (where SetMethods is wrong or arbitrary; see README).
DIFFERENCE_COLUMNS = ["analysis", "item", "ours", "R", "why"]


def _rows_text(rows) -> str:
    return ",".join(str(int(r)) for r in rows)


def _model_text(terms) -> str:
    """A model as sorted terms of sorted literals, so that R's and our term / literal orders compare equal."""
    return " + ".join(sorted("*".join(sorted(t.strip().split("*"))) for t in terms))


def _compare_solution(analysis, key, sol, ref, tol) -> list[dict]:
    recs = []
    top = sol.parsimonious if sol.kind == "intermediate" else sol
    recs.append(compare(analysis, f"{key}: models", " | ".join(sorted(_model_text(m.terms) for m in top.models)),
                        " | ".join(sorted(_model_text(m["terms"]) for m in ref["models"])), tol))
    mine = {_model_text(m.terms): m for m in top.models}
    for r in ref["models"]:
        m = mine.get(_model_text(r["terms"]))
        for k in FIT:
            recs.append(compare(analysis, f"{key} {r['name']}: {k}", m.fit[k] if m else "absent",
                                r["solution_fit"][k], tol))
        if "simplifying_assumptions_rows" in ref and m is not None:
            recs.append(compare(analysis, f"{key} {r['name']}: simplifying assumptions",
                                _rows_text(m.simplifying_assumptions.index),
                                _rows_text(ref["simplifying_assumptions_rows"][r["name"]]), tol))
    for p in ref.get("intermediate", []):
        pair = sol.intermediate.get(p["name"]) if sol.intermediate else None
        recs.append(compare(analysis, f"{key} {p['name']}: models",
                            " | ".join(sorted(_model_text(m.terms) for m in pair.models)) if pair else "absent",
                            " | ".join(sorted(_model_text(m["terms"]) for m in p["models"])), tol))
        if pair is not None:
            recs.append(compare(analysis, f"{key} {p['name']}: easy counterfactuals",
                                _rows_text(pair.easy_counterfactuals.index), _rows_text(p["easy_counterfactual_rows"]), tol))
            recs.append(compare(analysis, f"{key} {p['name']}: difficult counterfactuals",
                                _rows_text(pair.difficult_counterfactuals.index),
                                _rows_text(p["difficult_counterfactual_rows"]), tol))
    return recs


def _tt_call(call: str, data, **extra):
    kw = _tt_arguments(call)
    return truth_table(data, kw.pop("outcome"), kw.pop("conditions"), case_column="case", **kw, **extra)


def _compare_esa(ref, data, tol):
    from .qca.esa import esa
    from .qca.find_rows import find_rows

    a, calls, res = ref["analysis"], ref["calls"], ref["results"]
    tt_y, tt_n = _tt_call(calls["truthTable_Y"], data), _tt_call(calls["truthTable_negY"], data)
    unt = r_call_arguments(calls["findRows_type1_expression"])["expression"]
    nec = r_call_arguments(calls["esa_truthTable"]).get("nec_cond")
    csa = find_rows(tt_y, "csa")
    ours = {"findRows_type2_CSA": csa, "findRows_type2_CSA_from_negY": find_rows(tt_n, "csa"),
            "findRows_type3_SSR": find_rows(tt_y, "ssr"),
            "findRows_type1_expression": find_rows(tt_y, "untenable", unt),
            "findRows_type1_expression_observed": find_rows(tt_y, "untenable", unt, observed=True),
            "findRows_type0_all": find_rows(tt_y, "all", unt)}
    recs, diffs = [], []
    for key, rows in ours.items():
        recs.append(compare(a, f"{key}: rows", _rows_text(rows), _rows_text(res[key]["value"]), tol))
    if _rows_text(csa) != _rows_text(res["LR.intersect_CSA"]["value"]):
        diffs.append({"analysis": a, "item": "LR.intersect (CSA)", "ours": _rows_text(csa),
                      "R": _rows_text(res["LR.intersect_CSA"]["value"]),
                      "why": "LR.intersect uses the first model of each solution only; find_rows every model "
                             "(R QCA's findRows(type = 2) agrees with ours)"})
    esa_tt = esa(tt_y, nec, unt, csa)
    for r in res["esa_truthTable"]["value"]["rows"]:
        mine = esa_tt.rows.at[r["row"], "OUT"] if r["row"] in esa_tt.rows.index else "?"
        recs.append(compare(a, f"esa truth table row {r['row']}: OUT", mine, r["OUT"], tol))
    sols = {"parsimonious_Y": lambda: minimize(tt_y, "?"), "parsimonious_negY": lambda: minimize(tt_n, "?"),
            "parsimonious_Y_exclude_CSA": lambda: minimize(tt_y, "?", exclude=csa),
            "parsimonious_negY_exclude_CSA": lambda: minimize(tt_n, "?", exclude=csa),
            "parsimonious_Y_exclude_all_untenable": lambda: minimize(tt_y, "?", exclude=ours["findRows_type0_all"]),
            "intermediate_Y_exclude_CSA": lambda: minimize(tt_y, "?", exclude=csa, dir_exp="1,1,1,1,1"),
            "esa_parsimonious": lambda: minimize(esa_tt, "?"),
            "esa_intermediate": lambda: minimize(esa_tt, "?", dir_exp="1,1,1,1,1"),
            "esa_contrad_rows_only": lambda: minimize(esa(tt_y, contradictory_rows=csa), "?")}
    for key, make in sols.items():
        recs += _compare_solution(a, key, make(), res[key]["value"], tol)
    return recs, diffs


def _compare_pof(ref, data, tol):
    from .qca.pof import pof, pofind

    a, recs = ref["analysis"], []
    outcome = r_call_arguments(ref["calls"]["pofind_necessity_all_conditions"])["outcome"]
    names = {"Cons.Suf": "inclS", "Cov.Suf": "covS", "PRI": "PRI", "Cons.Suf(H)": "inclH", "Cons.Nec": "inclN",
             "Cov.Nec": "covN", "RoN": "RoN"}
    for key, res in ref["results"].items():
        call, value = res["call"], res["value"]
        if call.startswith("pof"):
            expr = re.search(r'pof\w*\("([^"]+)"', call)
            if call.startswith("pofind"):
                table = pofind(data, outcome, relation=value["relation"], case_column="case").table
            else:
                out = re.search(r'pof\("[^"]+", "([^"]+)"', call).group(1)
                table = pof(expr.group(1), data, out, value["relation"], case_column="case").table
            table = table.set_index("term")
            for r in value["rows"]:
                for col, v in r.items():
                    if col != "term":
                        mine = table.at[r["term"], col] if r["term"] in table.index else "absent"
                        recs.append(compare(a, f"{key} {r['term']}: {col}", mine, v, tol))
            continue
        nec = "necessity = TRUE" in call
        expr = re.search(r'compute\("([^"]+)"', call)
        for r in value:
            fit = pof(expr.group(1) if expr else r["id"], data, outcome, "necessity" if nec else "sufficiency",
                      case_column="case", haesebrouck_consistency=not nec).table.iloc[-1]
            for col, v in r.items():
                if col != "id":
                    recs.append(compare(a, f"{key} {r['id']}: {col} (QCAfit, 3 digits)", fit[names[col]], v, tol))
    return recs, []


def _compare_robustness(ref, data, raw, tol):
    from .qca.protocol import robustness_protocol, threshold_range

    a, res, recs, diffs = ref["analysis"], ref["results"], [], []
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    if a == "LF_robustness_ranges":
        inc = threshold_range(data, "SURV", conds, "incl_cut", 0.01, 40, incl_cut=0.8, case_column="case").iloc[0]
        r = {x["id"]: x["RCT"] for x in res["rob.inclrange"]["value"]}
        recs += [compare(a, "rob.inclrange: lower", inc["lower"], r["Lower bound"], tol),
                 compare(a, "rob.inclrange: upper", inc["upper"], r["Upper bound"], tol)]
        nc = threshold_range(data, "SURV", conds, "n_cut", 1, 5, incl_cut=0.8, case_column="case").iloc[0]
        r = {x["id"]: x["NCUT"] for x in res["rob.ncutrange"]["value"]}
        recs += [compare(a, "rob.ncutrange: lower", nc["lower"], r["Lower bound"], tol),
                 compare(a, "rob.ncutrange: upper", nc["upper"], r["Upper bound"], tol)]
        with warnings.catch_warnings():  # LF's DEV is not LR's DEV at these anchors (another solution, warned of):
            warnings.simplefilter("ignore", QCAWarning)  # rob.calibrange recalibrates too, which is what is compared
            cal = threshold_range(data, "SURV", conds, "calibration", 25, 12, incl_cut=0.8, case_column="case",
                                  raw=raw, calibrate_set="DEV",
                                  thresholds={"e": 350, "c": 550, "i": 850}).set_index("threshold")
        r = {x["id"]: x for x in res["rob.calibrange_DEV"]["value"]}
        for anchor in ("e", "c", "i"):
            for side, rid in (("lower", "Lower bound"), ("upper", "Upper bound")):
                mine, theirs = cal.at[anchor, side], r[rid][anchor.upper()]
                rec = compare(a, f"rob.calibrange DEV {anchor}: {side}", mine, theirs, tol)
                if rec["agrees"]:
                    recs.append(rec)
                else:
                    diffs.append({"analysis": a, "item": rec["item"], "ours": rec["ours"], "R": rec["R"],
                                  "why": "SetMethods moves the anchor past its neighbour (no longer a calibration); "
                                         f"ours stops: {cal.at[anchor, side + '_reason']}"})
        return recs, diffs
    ts = {"TS1": {"label": "TS1", "incl_cut": 0.7}, "TS2": {"label": "TS2", "n_cut": 2},
          "TS3": {"label": "TS3", "calibrate": {"DEV": {"thresholds": "e=350, c=600, i=900", "round": 2}}}}
    runs = {labels: robustness_protocol(data, "SURV", conds, [ts[x] for x in labels], incl_cut=0.8,
                                        case_column="case", raw=raw) for labels in (("TS1", "TS3"), ("TS1", "TS2", "TS3"))}
    first_last, every = runs[("TS1", "TS3")], runs[("TS1", "TS2", "TS3")]
    exprs = every.specifications.set_index("label")["expression"]
    for key, label in (("IS", "IS"), ("TS1_incl0.7", "TS1"), ("TS2_ncut2", "TS2"), ("TS3_DEV_c600", "TS3")):
        recs.append(compare(a, f"{key}: first model", _model_text(exprs[label].split(" + ")),
                            _model_text(res[key]["value"]["models"][0]["terms"]), tol))
    for key in ("rob.fit", "rob.fit_TS1_TS3"):          # SetMethods uses the first and the last TS only
        r = res[key]["value"][0]
        for col in ("RF_cons", "RF_SC_minTS", "RF_SC_maxTS"):
            recs.append(compare(a, f"{key}: {col} (first and last TS, as SetMethods)", first_last.fit[col], r[col], tol))
        diffs.append({"analysis": a, "item": f"{key}: RF_cov", "ours": f"{first_last.fit['RF_cov']:.4f}", "R": str(r["RF_cov"]),
                      "why": "SetMethods divides 3-digit rounded coverages (0.638/0.714); ours divides the exact ones"})
    diffs.append({"analysis": a, "item": "rob.fit: RF_SC_maxTS with TS1, TS2, TS3", "ours": f"{every.fit['RF_SC_maxTS']:.3f}",
                  "R": str(res["rob.fit"]["value"][0]["RF_SC_maxTS"]),
                  "why": "SetMethods ignores TS2 ('for (i in length(test_sol))'); ours uses every test solution"})
    for key, run in (("rob.corefit", every), ("rob.corefit_TS1_TS3", first_last)):
        r = res[key]["value"]
        recs += [compare(a, f"{key}: Cons.Suf", run.fit["core_inclS"], r["Cons.Suf"], tol),
                 compare(a, f"{key}: Cov.Suf", run.fit["core_covS"], r["Cov.Suf"], tol),
                 compare(a, f"{key}: PRI", run.fit["core_PRI"], r["PRI"], tol)]
    single = every.single.set_index("test")
    for r in res["rob.singletest"]["value"]:
        recs += [compare(a, f"rob.singletest TS{r['id']}: SC", single.at[f"TS{r['id']}", "SC"], r["SC"], tol),
                 compare(a, f"rob.singletest TS{r['id']}: RCC_Rank", float(single.at[f"TS{r['id']}", "RCC_rank"]),
                         r["RCC_Rank"], tol)]
    kinds = {"S1S2Y": "robust typical", "S1S2y": "robust deviant", "S1s2Y": "shaky typical", "S1s2y": "shaky deviant",
             "s1S2Y": "possible typical", "s1S2y": "possible deviant", "s1s2Y": "extreme deviant coverage",
             "s1s2y": "irrelevant"}
    for key in ("rob.cases", "rob.cases_TS1_TS3"):
        types = first_last.cases.set_index("case")["type"]
        for k, name in kinds.items():
            recs.append(compare(a, f"{key} {name}: cases (first and last TS, as SetMethods)",
                                ",".join(sorted(types.index[types == name])),
                                ",".join(sorted(res[key]["value"]["CaseTypes"][k]["CaseNames"])), tol))
        p = res[key]["value"]["CaseParameters"][0]
        recs += [compare(a, f"{key}: RCR_typ", first_last.case_ratios["RCR_typ"], p["RCR_typ"], tol),
                 compare(a, f"{key}: RCC_Rank", float(first_last.case_ratios["RCC_rank"]), p["RCC_Rank"], tol)]
    return recs, diffs


def _compare_smmr(ref, data, tol):
    from .qca.diagnostics import necessity_cases, smmr, smmr_focal_conjuncts

    a, res, recs, diffs = ref["analysis"], ref["results"], [], []
    tt = truth_table(data, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], incl_cut=0.8, case_column="case")
    inter = minimize(tt, "?", dir_exp="1,1,1,1,1")
    sols = {"intermediate": inter, "parsimonious": inter.parsimonious}
    kinds = {1: "typical", 3: "deviant consistency", 4: "deviant coverage", 5: "irrelevant"}
    nec = {1: "typical", 2: "deviant consistency", 3: "deviant relevance"}
    for key, r in res.items():
        m = re.fullmatch(r"single_suf_cases(\d)_(intermediate|parsimonious)", key)
        m2 = re.fullmatch(r"single_nec_cases(\d)_LIT", key)
        if key.startswith("single_suf_cases2"):
            for (fc, df), t in zip(smmr_focal_conjuncts(inter, 2 if key.endswith("term2") else 1).items(), r["value"]):
                recs.append(compare(a, f"{key} {fc}: cases", ",".join(df["case"]),
                                    ",".join(x["id"] for x in t["results"]), tol))
                for (_, o), x in zip(df.iterrows(), t["results"]):
                    recs += [compare(a, f"{key} {fc} {x['id']}: Best", o["best"], x["Best"], tol),
                             compare(a, f"{key} {fc} {x['id']}: Rank", float(o["rank"]), x["Rank"], tol)]
            diffs.append({"analysis": a, "item": f"{key}: MostTypTerm", "ours": "the term's most typical case",
                          "R": "FALSE for every case",
                          "why": "SetMethods' own typical-case table (cases = 1) marks the term's most typical case "
                                 "(BE, IE); its focal-conjunct tables never do (tests/test_qca_diagnostics.py)"})
            continue
        if key.startswith("match_suf"):
            r_, d_ = _compare_smmr_pairs(a, key, r, inter, tol)
            recs, diffs = recs + r_, diffs + d_
            continue
        if key.startswith("match_nec"):
            recs += _compare_necessity_pairs(a, key, r, data, tol)
            continue
        if m and int(m.group(1)) in kinds:
            ours = smmr(sols[m.group(2)], kinds[int(m.group(1))])
        elif m2:
            kind = nec[int(m2.group(1))]
            ours = necessity_cases(data, "SURV", "LIT", kind, case_column="case",
                                   conditions=["DEV", "URB", "LIT", "IND", "STB"] if kind == "deviant consistency" else None)
        else:
            continue
        theirs = r["value"][0]["results"]
        theirs = [] if isinstance(theirs, str) else theirs
        recs.append(compare(a, f"{key}: cases", ",".join(ours["case"]), ",".join(x["Case"] for x in theirs), tol))
        for (_, o), x in zip(ours.iterrows(), theirs):
            if "Best" in x:
                recs.append(compare(a, f"{key} {x['Case']}: Best", o["best"], x["Best"], tol))
    return recs, diffs


# smmr(match = TRUE, cases = n) -> smmr_pairs() arguments, and R's column for each of ours
SMMR_PAIRS = SMMR_PAIR_NUMBERS   # the engine's own table (its hint for a number given as pairs names the same)
SMMR_PAIR_COLUMNS = {"typical_1": "TYP1", "typical_2": "TYP2", "typical": "TYP", "irrelevant": "IIR",
                     "deviant_consistency": "DCONS", "pair_rank": "PairRank", "clean_correspondence": "CleanCorr",
                     "FC<=Y": "FC<=Y", "unique_coverage": "UniqCov", "globally_uncovered": "GlobUncov",
                     "consistent_irrelevant": "ConsIIR", "best": "Best", "most_typical_FC": "MostTypFC",
                     "most_typical_term": "MostTypTerm", "most_typical": "MostTyp",
                     "most_deviant_consistency": "MostDCONS", "deviant_relevance": "DREL",
                     "most_deviant_relevance": "MostDREL"}
SMMR_PAIR_LABELS = {"typical_1": "typ1", "typical_2": "typ2", "typical": "typ", "irrelevant": "iir"}


def smmr_pair_rows(table: pd.DataFrame) -> list[dict]:
    """smmr_pairs() table rows in SetMethods' column names and labels ('typ1', 'iir', ...)."""
    out = []
    for rec in table.to_dict("records"):
        out.append({SMMR_PAIR_COLUMNS[k]: SMMR_PAIR_LABELS.get(v, v) if isinstance(v, str) and k not in
                    ("typical_1", "typical_2", "typical", "irrelevant", "deviant_consistency", "deviant_relevance")
                    else v
                    for k, v in rec.items() if k in SMMR_PAIR_COLUMNS})
    return out


def _compare_smmr_pairs(a, key, r, sol, tol):
    from .qca.matching import smmr_pairs

    n = int(re.fullmatch(r"match_suf_cases(\d)_intermediate", key).group(1))
    pairs, by = SMMR_PAIRS[n]
    ours = smmr_pairs(sol, pairs, by=by)
    if "error" in r:
        rows = sum(len(t) for t in ours.values())
        return [], [{"analysis": a, "item": key, "ours": f"{rows} pairs", "R": f"error: {r['error']}",
                     "why": "R stops when no deviant coverage case shares a truth table row with an irrelevant "
                            "case; ours answers with no pairs"}]
    recs, diffs = [], []
    for (label, df), t in zip(ours.items(), r["value"]):
        theirs = [x for x in t["results"] if x.get("TYP1", x.get("TYP")) is not None] \
            if isinstance(t["results"], list) else []
        if n == 5 and len(theirs) < len(t["results"]):
            diffs.append({"analysis": a, "item": f"{key} {label}: rows", "ours": f"{len(df)} pairs",
                          "R": f"{len(t['results'])} rows, {len(t['results']) - len(theirs)} of them empty (NA)",
                          "why": "SetMethods orders the pairs left after dropping (i, i) and less typical first "
                                 "cases by the distances of all pairs, which adds empty rows; ours lists the pairs"})
        if n == 6:
            diffs.append({"analysis": a, "item": f"{key} {label}: GlobUncov", "ours": "the irrelevant case's own "
                          "solution membership < 0.5", "R": "another case's (see why)",
                          "why": "SetMethods looks up the irrelevant case by its factor code (its position among "
                                 "the irrelevant cases) as a row number, so GlobUncov and the ranking use another "
                                 "case's solution membership; with that reading ours reproduces R's table "
                                 "(tests/test_qca_diagnostics.py)"})
            continue
        recs += _compare_pairs(a, f"{key} {label}", smmr_pair_rows(df), theirs, tol)
    return recs, diffs


# smmr(necessity = TRUE, match = TRUE, cases = n) -> necessity_pairs(pairs=...)
NECESSITY_PAIRS = SMMR_NECESSITY_PAIR_NUMBERS


def _compare_necessity_pairs(a, key, r, data, tol):
    from .qca.matching import necessity_pairs

    n = int(re.fullmatch(r"match_nec_cases(\d)_LIT", key).group(1))
    ours = smmr_pair_rows(necessity_pairs(data, "SURV", "LIT", NECESSITY_PAIRS[n],
                                          conditions=["DEV", "URB", "LIT", "IND", "STB"], case_column="case"))
    theirs = r["value"][0]["results"]
    return _compare_pairs(a, key, ours, theirs if isinstance(theirs, list) else [], tol)  # R: "There are no pairs ..."


_PAIR_CASES = ("TYP1", "TYP2", "TYP", "IIR", "DREL", "DCONS")  # SetMethods' columns naming the cases of a pair


def _pair_ids(x: dict) -> str:
    return "-".join(str(x[c]) for c in _PAIR_CASES if c in x)


def _compare_pairs(a, item, mine: list[dict], theirs: list[dict], tol) -> list[dict]:
    """The pairs in order, then every column SetMethods prints for each pair (Best to `tol`, the rest as text)."""
    recs = [compare(a, f"{item}: pairs", ";".join(map(_pair_ids, mine)), ";".join(map(_pair_ids, theirs)), tol)]
    for o, x in zip(mine, theirs):
        for col in x:
            if col == "id" or col in _PAIR_CASES or col not in o:
                continue
            recs.append(compare(a, f"{item} {_pair_ids(x)}: {col}", float(o[col]) if col == "Best" else str(o[col]),
                                x[col] if col == "Best" else str(x[col]), tol))
    return recs


def _compare_theory(ref, data, tol):
    from .qca.diagnostics import theory_evaluation

    a, res, recs = ref["analysis"], ref["results"], []
    tt = truth_table(data, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], incl_cut=0.8, case_column="case")
    inter = minimize(tt, "?", dir_exp="1,1,1,1,1")
    keys = {"TSY": ("T*S", "Y > 0.5"), "~TSY": ("~T*S", "Y > 0.5"), "T~SY": ("T*~S", "Y > 0.5"),
            "~T~SY": ("~T*~S", "Y > 0.5"), "TS~Y": ("T*S", "Y < 0.5"), "~TS~Y": ("~T*S", "Y < 0.5"),
            "T~S~Y": ("T*~S", "Y < 0.5"), "~T~S~Y": ("~T*~S", "Y < 0.5")}
    inters = {"TE": "T*S", "tE": "~T*S", "Te": "T*~S", "te": "~T*~S"}
    for key, r in res.items():
        if "error" in r or not key.startswith("theory"):
            continue
        theory = re.search(r'theory = "([^"]+)"', r["call"]).group(1)
        te = theory_evaluation(theory, inter if "parsimonious" not in key else inter.parsimonious)
        fit = te.fit.set_index("set")
        for x in r["value"]["fit"]:
            s = {"Sol.Formula": "solution", "Theory": "theory"}.get(x["id"], x["id"])
            for col, ours_col in (("Cons.Suf", "inclS"), ("Cov.Suf", "covS"), ("PRI", "PRI")):
                recs.append(compare(a, f"{key} {x['id']}: {col}", fit.at[s, ours_col], x[col], tol))
        cases = {(c["intersection"], c["outcome"]): c["cases"] for c in te.cases.to_dict("records")}
        for k, v in r["value"]["cases"].items():
            recs.append(compare(a, f"{key} {k}: cases", ",".join(sorted(cases[keys[k]])),
                                ",".join(sorted(v["CaseNames"])), tol))
        for k, v in r["value"]["inters"].items():
            mine = te.intersections[inters[k]]
            recs.append(compare(a, f"{key} {k}: Boolean", _model_text(mine.split(" + ")) if mine else "",
                                _model_text(v.split(" + ")) if v else "", tol))
    return recs, []


def _compare_cluster(ref, panel, tol):
    from .qca.diagnostics import cluster_diagnostics

    a, res, recs, diffs = ref["analysis"], ref["results"], [], []

    def one(label, ours, r):
        out = [compare(a, f"{label}: pooled", ours.pooled, r["POCOS"], tol),
               compare(a, f"{label}: dBP", ours.dBP, r["dBP"], tol),
               compare(a, f"{label}: dWP", ours.dWP, r["dWP"], tol),
               compare(a, f"{label}: pooled coverage", ours.coverage_pooled, r["Coverages"]["pooled"], tol)]
        out += [compare(a, f"{label}: between {k}", v, b, tol) for (k, v), b in zip(ours.between.items(), r["BECOS"])]
        out += [compare(a, f"{label}: within {k}", v, w, tol) for (k, v), w in zip(ours.within.items(), r["WICONS"])]
        return out

    calls = {"cluster_sufficiency_expression": ("DEV*~IND + URB*STB", "SURV", False),
             "cluster_sufficiency_negated_outcome": ("~DEV + ~STB", "~SURV", False),
             "cluster_necessity_LIT": ("LIT", "SURV", True), "cluster_necessity_negated": ("~IND", "~SURV", True)}
    for key, (expr, out, nec) in calls.items():
        recs += one(key, cluster_diagnostics(panel, expr, out, "CASE", "WAVE", necessity=nec)[expr], res[key]["value"])
    tt = truth_table(panel.drop(columns=["CASE", "WAVE"]), "SURV", ["DEV", "URB", "LIT", "IND", "STB"], incl_cut=0.8)
    sol = minimize(tt, "?", dir_exp="1,1,1,1,1")
    recs += _compare_solution(a, "pooled_intermediate", sol, res["pooled_intermediate"]["value"], tol)
    ours = cluster_diagnostics(panel, sol, "SURV", "CASE", "WAVE")
    for term, r in res["cluster_solution"]["value"]["output"].items():
        recs += one(f"cluster_solution {term}", ours[term], r)
    return recs, diffs


def compare_setmethods(ref: dict, datasets_dir, tolerance: float, panel: pd.DataFrame | None = None):
    """Re-run one SetMethods reference file (data/reference/r-setmethods/*.json) with the engine.

    Returns (records, differences): records as compare() gives them; differences = the items where we
    deliberately do not follow SetMethods, each with the reason (proofs in tests/ and the README)."""
    from pathlib import Path

    d = Path(datasets_dir)
    name = ref["analysis"]
    data = pd.read_csv(d / "LF.csv", dtype={"case": str}) if name.startswith("LF") else \
        pd.read_csv(d / f"{ref['dataset']}.csv", dtype={"case": str})
    if name.endswith("_esa"):
        return _compare_esa(ref, data, tolerance)
    if name.endswith("_pof"):
        return _compare_pof(ref, data, tolerance)
    if name.startswith("LF_robustness"):
        return _compare_robustness(ref, data, pd.read_csv(d / "LR.csv", dtype={"case": str}), tolerance)
    if name == "LF_smmr":
        return _compare_smmr(ref, data, tolerance)
    if name == "LF_theory":
        return _compare_theory(ref, data, tolerance)
    if name == "LF_cluster":
        if panel is None:
            raise ValueError("LF_cluster needs the panel data (LF_panel.csv)")
        return _compare_cluster(ref, panel, tolerance)
    raise ValueError(f"no comparison for reference {name!r}")

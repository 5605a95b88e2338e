"""Robustness of Paper A's claims: a test set of alternative specifications, the power of each sweep, and
per claim where it holds (Oana & Schneider 2021, "A robustness test protocol for applied QCA", Sociological
Methods & Research; Schneider & Wagemann 2012).

Sweeps: the crisp calibration threshold (share of a dimension's indicators: ⅓, ½, ⅔) of every set at once and, with
`set_thresholds`, of one set at a time (the outcome included: which set's calibration a claim rests on), the
consistency threshold `incl_cut`, the frequency threshold `n_cut`, dropping each case in turn, and the fuzzy variant.
Every setting re-runs the whole configurational analysis (ESA by default) and computes the claims' facts.

*Power* of a sweep: how many of its settings change the truth table at all (a different set of observed
rows, or a different output code of a row) compared with the baseline. A setting that leaves the truth
table as it is cannot change any solution, so it is no test: a sweep without power is reported as such and
never counted as evidence of robustness. A setting that is the baseline itself (the same cut-offs and memberships:
with three indicators a set, the thresholds ½ and ⅔ dichotomise alike) is no alternative at all: it is flagged
(`same_as_baseline`) and left out of the power and of the protocol's test set. Per claim, a setting counts only
where it changes what the claim rests on (`ClaimSpec.rests_on`, `changed_inputs`): the truth table for the claims
on solutions, the calibrated sets it reads for necessity and presence, the cases analysed for the indicator shares
(raw data no other sweep varies).

A setting of the test set under which no truth-table row passes the cut-offs has **no sufficient configuration**:
that is its finding, judged as the ledger judges it at the baseline (the path claims A1-A3, A5, A6 do not hold there,
the other claims from the cases), so it counts against those claims, and it is reported apart (`no_solution` of a
setting, `no_solution_breaks` of a claim) so that a reader sees which breaks are of that kind. Leaving such a setting
out would select the test set on its result: which specifications are plausible is decided when the test set is
declared (notebook 03's `robustness_*` parameters; Oana & Schneider 2021: the test set of conceptually plausible
alternatives), not after seeing what they give; a setting judged implausible is taken out of the parameters, where
the reader sees it. In the protocol its solution is the empty set, memberships 0 and no term (Schneider & Wagemann
2012: robustness is judged by what the alternative solutions share), so the robust core is empty. That is the
one rule of the compendium: the engine's robustness_protocol counts such a test the same way (analysis.qca.protocol,
its module docstring; no_solution='count', the default) and names it in `no_solution_tests`, as `protocol` here
does. A setting the engine refuses for another reason (e.g. every row passes incl_cut) is no finding about
sufficiency: it stays an `error`, named and not counted (the engine's robustness_protocol, given one test set
to judge, stops with an error naming such a test).
"""
from __future__ import annotations

import json
import re
import warnings
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from ..claims import EVIDENCE_LEVELS_ZH, NOT_TESTABLE
from ..qca.diagnostics import case_typology, contradictions, smmr
from ..qca.errors import QCAInputError, counted, quoted
from ..qca.expressions import expression_membership
from ..qca.matching import smmr_pairs
from ..qca.protocol import (calibration_sides, case_ratios_text, case_robustness, core_expression,  # noqa: F401
                             core_minimised, measures_text, robust_core, robustness_fit,  # (the notebook's lines)
                             single_tests)
from ..qca.standards import implausible_calibration
from .cases import CONDITION_NAMES, OUTCOME, READING, crisp_memberships, data_sentence, evidence_on
from .claims import (CASES, CLAIMS, FOCUS, NECESSITY_BENCHMARK, RELEVANCE_CUT, RELEVANCE_MEASURE, TRUTH_TABLE,
                     ClaimSpec, _design_mismatch, analysis_facts, evaluate, indicator_facts, necessity_table)
from .cases import presence_table
from .configurations import analyse_configurations

SWEEP_LABELS = {"calibration": "calibration threshold", "calibration_set": "calibration of one set",
                "incl_cut": "consistency threshold",
                "n_cut": "frequency threshold", "case_removal": "case removal", "fuzzy": "fuzzy variant"}
SWEEP_LABELS_ZH = {"calibration": "校准阈值", "calibration_set": "单个集合的校准", "incl_cut": "一致性阈值",
                   "n_cut": "频数阈值", "case_removal": "剔除案例", "fuzzy": "模糊集变体"}
#: What each sweep varies, in the engine's words (standards.VARIES_FAMILIES: good_practice classifies a sweep by it,
#: not by its name): recalibrating every set, one set or the fuzzy variant varies the calibration; case removal the cases.
SWEEP_VARIES = {"calibration": "calibration", "calibration_set": "calibration", "incl_cut": "incl_cut",
                "n_cut": "n_cut", "case_removal": "cases", "fuzzy": "calibration"}
DEFAULT_THRESHOLDS = (1 / 3, 1 / 2, 2 / 3)
#: Sweeps whose settings form the robustness protocol's test set: alternative calibrations, consistency and
#: frequency thresholds (Oana & Schneider 2021, the "test set" of plausible alternatives). Dropping a case is a
#: stress test of the claims, reported beside the protocol, not an alternative specification of the same analysis.
PROTOCOL_SWEEPS = ("calibration", "calibration_set", "incl_cut", "n_cut", "fuzzy")


def run_specification(data: pd.DataFrame, *, outcome: str = OUTCOME, conditions: Sequence[str] = CONDITION_NAMES,
                      incl_cut: float = 0.8, n_cut: int = 1, pri_cut: float = 0.0, dir_exp=None,
                      analysis: str = "esa", report: str = "intermediate", shares: pd.DataFrame | None = None,
                      necessity: Mapping | None = None, untenable: str | None = None,
                      allow_empty: bool = False) -> tuple[dict, object]:
    """One specification: the claims' facts (or an `error`), the truth-table signature, and the analysis
    (`untenable`: remainders ESA also blocks, as analyse_configurations takes them). A truth table without a positive
    row is an `error`, unless `allow_empty` (as run_test_set and claims_by_analysis run every specification): then its
    facts are those of no sufficient configuration (analyse_configurations' allow_empty), what the ledger judges the
    analysis itself by."""
    rec: dict = {"error": ""}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = analyse_configurations(data, outcome, list(conditions), incl_cut=incl_cut, n_cut=n_cut,
                                         pri_cut=pri_cut, dir_exp=dir_exp, report=report, analysis=analysis,
                                         untenable=untenable, allow_empty=allow_empty)
    except QCAInputError as err:
        rec["error"] = str(err).splitlines()[0]
        return rec, None
    rec.update(analysis_facts(res, **dict(necessity or {})))
    rec.update(fit_facts(res))
    rec["models"] = " | ".join(res.chart.model_fit["expression"])
    if shares is not None:
        rec.update(indicator_facts(presence_table(data, shares.loc[data.index], tuple(conditions))))
    rec["signature"] = res.truth_table.signature
    return rec, res


#: The fit columns run_specification adds to a setting's facts (robustness_settings.csv), after the claims' facts.
FIT_COLUMNS = ("inclS", "PRI", "covS", "min_PRI_sufficient")


def fit_facts(res) -> dict:
    """The fit of a setting's solution, beside the facts the claims are judged from (FIT_COLUMNS): `inclS`, `PRI`
    and `covS` of its reported model (the first model group's, as the protocol takes each setting's; NaN without a
    solution) and `min_PRI_sufficient`, the lowest PRI of a truth-table row coded sufficient (OUT = 1; NaN without
    one). In crisp sets PRI equals incl row by row, so it adds nothing there; in the fuzzy variant it does not, and a
    row coded sufficient with a PRI well below its consistency is in the outcome and in its negation at once
    (Schneider & Wagemann 2012), which neither the paths nor the claims' facts show."""
    fit = {k: float(res.solution_fit.get(k, float("nan"))) for k in ("inclS", "PRI", "covS")}
    frame = res.truth_table.to_frame()
    sufficient = frame.loc[frame["OUT"].astype(str) == "1", "PRI"].astype(float)
    return {**fit, "min_PRI_sufficient": float(sufficient.min()) if len(sufficient) else float("nan")}


def fit_lines(settings: pd.DataFrame, pri_cut: float, sweep: str = "fuzzy") -> list[tuple[str, str]]:
    """Notebook 03's lines on the fit of each setting of one sweep (by default the fuzzy variant, the one setting
    whose PRI can differ from its consistency), from robustness_settings.csv's FIT_COLUMNS: (English, Chinese) per
    setting, its name before the first ':' / '：' (cases.source_printer tags it). A setting without a solution says
    so. [] when the sweep has no setting (no indicator shares: no fuzzy variant)."""
    out = []
    for _, row in settings[settings["sweep"] == sweep].iterrows():
        name, name_zh = str(row["setting"]), setting_zh(str(row["setting"]))
        error = row.get("error")
        if isinstance(error, str) and error:
            out.append((f"{name}: refused by the engine, no fit", f"{name_zh}：被引擎拒绝，无拟合度"))
            continue
        if not int(row.get("n_paths", 0) or 0):
            out.append((f"{name}: no sufficient configuration, so no solution fit",
                        f"{name_zh}：无充分组态，故无解的拟合度"))
            continue
        fit = ", ".join(f"{k} {row[k]:.3f}" for k in ("inclS", "PRI", "covS"))
        low = float(row["min_PRI_sufficient"])
        out.append((f"{name}: solution (G1) {fit}; the lowest PRI of a row coded sufficient {low:.3f} (pri_cut "
                     f"{pri_cut:g}; in crisp sets PRI equals incl, here it need not)",
                     f"{name_zh}：解（G1）{fit.replace(', ', '，')}；编码为充分的行中 PRI 最低为 {low:.3f}（pri_cut "
                     f"{pri_cut:g}；清晰集中 PRI 等于 incl，此处未必）"))
    return out


#: The settings of the test set, by sweep: how test_set names one (English) and how the Chinese lines name it, the one
#: source of both ({t} a calibration threshold as a share of the indicators, ⅓ / ½ / ⅔ or a number; {name} a set;
#: {c} incl_cut; {n} n_cut; {case} a case). setting_zh reads an English name back through these forms.
SETTING_FORMS = {"calibration": ("threshold {t} of indicators", "各集合阈值取指标的 {t}"),
                 "calibration_set": ("{name} at threshold {t}", "{name} 阈值取指标的 {t}"),
                 "incl_cut": ("incl_cut={c}", "incl_cut={c}"), "n_cut": ("n_cut={n}", "n_cut={n}"),
                 "case_removal": ("without {case}", "剔除 {case}"),
                 "fuzzy": ("fuzzy variant, incl_cut={c}", "模糊集变体，incl_cut={c}")}
#: The protocol's name of the initial solution among the settings (its model_ambiguity list), in Chinese.
INITIAL_SOLUTION_ZH = {"IS": "初始解"}


def _setting_form(english: str) -> re.Pattern:
    """The regular expression of an English form of SETTING_FORMS, each field a named group."""
    parts = re.split(r"\{(\w+)\}", english)
    return re.compile("".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)))


def setting_zh(setting: str) -> str:
    """A setting's name (test_set's, as robustness.csv and the protocol list it) for a Chinese line, by its form in
    SETTING_FORMS: 'threshold ⅓ of indicators' -> '各集合阈值取指标的 ⅓', 'without R01' -> '剔除 R01'; the initial
    solution 'IS' -> '初始解'; a name of no form (another file's) as it is."""
    setting = str(setting)
    if setting in INITIAL_SOLUTION_ZH:
        return INITIAL_SOLUTION_ZH[setting]
    for english, chinese in SETTING_FORMS.values():
        found = _setting_form(english).fullmatch(setting)
        if found:
            return chinese.format(**found.groupdict())
    return setting


def test_set(crisp: pd.DataFrame, *, shares: pd.DataFrame | None = None, fuzzy: pd.DataFrame | None = None,
             thresholds: Sequence[float] = DEFAULT_THRESHOLDS, incl_cuts: Sequence[float] = (0.75, 0.8, 0.85, 0.9, 1.0),
             n_cuts: Sequence[int] = (1, 2), incl_cut: float = 0.8, n_cut: int = 1,
             case_removal: bool = True, set_thresholds: Sequence[float] = ()) -> list[dict]:
    """The alternative specifications: dicts with sweep, setting, data and truth-table cut-offs, and, for a setting
    that recalibrates, the sets it recalibrates (`recalibrates`). `thresholds` recalibrate every set at once;
    `set_thresholds` one set at a time (each set of `shares`, the outcome included), the others as in `crisp`."""
    base = {"incl_cut": incl_cut, "n_cut": n_cut}
    specs = []
    frac = lambda t: next((sym for v, sym in ((1 / 3, "⅓"), (1 / 2, "½"), (2 / 3, "⅔")) if abs(v - t) < 1e-9),
                          f"{t:g}")
    if shares is not None:
        for t in thresholds:
            data = crisp_memberships(shares.loc[crisp.index], threshold=float(t)).astype(int)
            specs.append({"sweep": "calibration", "setting": SETTING_FORMS["calibration"][0].format(t=frac(t)),
                          "data": data, "recalibrates": list(data.columns), **base})
        for t in set_thresholds:
            for name in shares.columns:
                data = crisp.copy()
                data[name] = crisp_memberships(shares.loc[crisp.index, [name]], threshold=float(t))[name].astype(int)
                specs.append({"sweep": "calibration_set",
                              "setting": SETTING_FORMS["calibration_set"][0].format(name=name, t=frac(t)),
                              "data": data, "recalibrates": [name], **base})
    for c in incl_cuts:
        specs.append({"sweep": "incl_cut", "setting": SETTING_FORMS["incl_cut"][0].format(c=f"{c:g}"), "data": crisp, **{**base, "incl_cut": float(c)}})
    for n in n_cuts:
        specs.append({"sweep": "n_cut", "setting": SETTING_FORMS["n_cut"][0].format(n=int(n)), "data": crisp, **{**base, "n_cut": int(n)}})
    if case_removal:
        for case in crisp.index:
            specs.append({"sweep": "case_removal", "setting": SETTING_FORMS["case_removal"][0].format(case=case),
                          "removed_case": str(case),
                          "data": crisp.drop(index=case), **base})
    if fuzzy is not None:
        specs.append({"sweep": "fuzzy", "setting": SETTING_FORMS["fuzzy"][0].format(c=f"{incl_cut:g}"), "data": fuzzy,
                      "recalibrates": [c for c in fuzzy.columns if c in crisp.columns], **base})
    return specs


def changed_inputs(data: pd.DataFrame, baseline: pd.DataFrame, changes_table: bool) -> str:
    """What a setting changes of the inputs claims rest on (`ClaimSpec.rests_on`), comma-separated: TRUTH_TABLE,
    CASES (another set of cases), and each set whose memberships differ on the cases both analyse."""
    out = [TRUTH_TABLE] if changes_table else []
    if set(data.index) != set(baseline.index):
        out.append(CASES)
    common = baseline.index.intersection(data.index)
    out += [str(c) for c in baseline.columns if c in data.columns and not np.array_equal(
        data.loc[common, c].to_numpy(dtype=float), baseline.loc[common, c].to_numpy(dtype=float))]
    return ", ".join(out)


def same_as_baseline(spec: Mapping, crisp: pd.DataFrame, incl_cut: float, n_cut: int) -> bool:
    """Whether a specification is the baseline itself: the same cut-offs and the same memberships of the same cases
    in the same sets. Such a setting (½ of three indicators selects the same cases as ⅔; the baseline's own incl_cut)
    is no alternative specification: it cannot change anything, so it is neither counted in a sweep's power nor put
    in the protocol's test set, where it would stand beside the initial solution as a test agreeing with it."""
    data = spec["data"]
    if float(spec["incl_cut"]) != float(incl_cut) or int(spec["n_cut"]) != int(n_cut):
        return False
    if set(data.columns) != set(crisp.columns) or len(data) != len(crisp) or set(data.index) != set(crisp.index):
        return False
    return bool(np.array_equal(data.loc[crisp.index, list(crisp.columns)].to_numpy(dtype=float),
                               crisp.to_numpy(dtype=float)))


def sides_json(crisp: pd.DataFrame, spec: Mapping) -> str:
    """Where a setting that recalibrates (`recalibrates`: its sets) puts the cases against 0.5, against the baseline
    memberships `crisp`: the engine's calibration_sides (the facts good_practice's rule on plausible recalibrations
    reads, standards.implausible_calibration) as JSON text, in RobustnessProtocol.to_dict()'s form; '' for a setting
    that recalibrates nothing (a cut-off, a case removed)."""
    sets = list(spec.get("recalibrates") or ())
    if not sets:
        return ""
    facts = calibration_sides(crisp, spec["data"], sets)
    return json.dumps({"moved": facts["moved"], "changed": facts["changed"],
                       "one_sided": {str(c): side for c, side in facts["one_sided"]}}, ensure_ascii=False,
                      allow_nan=False)


def _identical_to_baseline(spec: Mapping, crisp: pd.DataFrame, incl_cut: float, n_cut: int) -> bool:
    """Whether a specification is the baseline's run itself: its cut-offs and a data frame equal to `crisp` in every
    value, dtype, case and set, in the same order (same_as_baseline asks less: the same memberships in any order).
    run_test_set then takes the baseline's facts and analysis for it (Paper A's test set holds several: ½
    of the indicators, each set at ⅔, the baseline's own incl_cut and n_cut) rather than computing them again."""
    data = spec["data"]
    return (float(spec["incl_cut"]) == float(incl_cut) and int(spec["n_cut"]) == int(n_cut)
            and list(data.columns) == list(crisp.columns) and data.index.equals(crisp.index) and data.equals(crisp))


def run_test_set(specs: Sequence[dict], crisp: pd.DataFrame, *, shares: pd.DataFrame | None = None,
                 incl_cut: float = 0.8, n_cut: int = 1, pri_cut: float = 0.0, dir_exp=None, analysis: str = "esa",
                 report: str = "intermediate", necessity: Mapping | None = None,
                 untenable: str | None = None) -> tuple[pd.DataFrame, list]:
    """Run the baseline and every specification; a table with one row per setting (facts, `changes_table`,
    `changed_inputs`, `same_as_baseline`, `calibration_sides` (sides_json), `error`) and the analyses (None where a
    setting failed), baseline first.
    `untenable`: the remainders the reported analysis blocks as untenable (analyse_configurations), blocked in every
    setting, so the baseline is the reported analysis and each setting differs from it in its own change only.
    The baseline and every setting are judged alike: without a positive row their facts are those of no sufficient
    configuration (`no_solution`; as in the ledger: the path claims false), not an error; `error` is left for a
    setting the engine refuses otherwise."""
    common = dict(pri_cut=pri_cut, dir_exp=dir_exp, analysis=analysis, report=report, necessity=necessity,
                  untenable=untenable)
    base, base_res = run_specification(crisp, incl_cut=incl_cut, n_cut=n_cut, shares=shares, allow_empty=True,
                                       **common)
    rows = [{"sweep": "baseline", "setting": f"baseline (incl_cut={incl_cut:g}, n_cut={n_cut})", **base,
             "changes_table": False, "changed_inputs": "", "same_as_baseline": True, "calibration_sides": ""}]
    analyses = [base_res]
    for spec in specs:   # no sufficient configuration is a setting's finding too (module docstring), not an error
        if _identical_to_baseline(spec, crisp, incl_cut, n_cut):   # the baseline's own run: not run again
            rec, res = dict(base), base_res
        else:
            rec, res = run_specification(spec["data"], incl_cut=spec["incl_cut"], n_cut=spec["n_cut"], shares=shares,
                                         allow_empty=True, **common)
        changed = bool(rec.get("signature") != base.get("signature")) if not rec["error"] else True
        rows.append({"sweep": spec["sweep"], "setting": spec["setting"], **rec, "changes_table": changed,
                     "changed_inputs": changed_inputs(spec["data"], crisp, changed),
                     "same_as_baseline": same_as_baseline(spec, crisp, incl_cut, n_cut),
                     "calibration_sides": sides_json(crisp, spec),
                     **({"removed_case": spec["removed_case"]} if "removed_case" in spec else {})})
        analyses.append(res)
    df = pd.DataFrame(rows).drop(columns="signature", errors="ignore")
    return df, analyses


def sweep_power(settings: pd.DataFrame) -> pd.DataFrame:
    """Per sweep: what it varies (SWEEP_VARIES; '' for a sweep not in it), its alternative settings, how many change the
    truth table, power (that share) and whether it has any. A setting that is the baseline itself (`same_as_baseline`: the baseline's cut-offs and memberships) is no
    alternative: it is counted apart (`same_as_baseline`), not in the power's denominator.
    A sweep whose settings recalibrate gives each alternative setting's calibration_sides (`calibration_sides`, JSON
    text {setting: facts}, which good_practice's robustness row reads) and says whether each is a plausible alternative
    by the engine's rule (`calibration_plausible`: standards.implausible_calibration, the rule good_practice judges a
    RobustnessProtocol's recalibrations by). A sweep none of whose settings is plausible (`plausible` False) has that
    verdict, whatever its power: a test set holds plausible alternatives (Oana & Schneider 2021), so an implausible
    setting's power, or its lack, is no evidence either way."""
    rows = []
    for sweep, df in settings[settings["sweep"] != "baseline"].groupby("sweep", sort=False):
        same = _same_as_baseline(df)
        alt = df[~same]
        n, k = len(alt), int(alt["changes_table"].sum())
        sides = _setting_sides(alt)
        why = {setting: implausible_calibration(facts) for setting, facts in sides.items()}
        implausible = {setting: w for setting, w in why.items() if w}
        none_plausible = bool(sides) and len(implausible) == len(sides) == n
        verdict = ("no plausible alternative: no setting is plausible by the calibration rule (not evidence)"
                   if none_plausible else
                   "can change the truth table" if k else
                   "powerless: no setting changes the truth table (not evidence)" if n else
                   "no alternative: every setting is the baseline specification (not evidence)")
        rows.append({"sweep": sweep, "label": SWEEP_LABELS.get(sweep, sweep), "varies": SWEEP_VARIES.get(sweep, ""),
                     "settings": n, "cut_offs": "; ".join(map(str, alt["setting"])),   # good_practice judges them
                     "same_as_baseline": int(same.sum()), "change_table": k, "power": k / n if n else 0.0,
                     "has_power": k > 0, "plausible": not none_plausible, "verdict": verdict,
                     "calibration_sides": json.dumps(sides, ensure_ascii=False, allow_nan=False) if sides else "",
                     "calibration_plausible": _plausible_text(len(sides), implausible)})
    return pd.DataFrame(rows)


def _setting_sides(settings: pd.DataFrame) -> dict:
    """{setting: calibration_sides facts} of the settings rows that recalibrate (their `calibration_sides` JSON)."""
    if "calibration_sides" not in settings.columns:
        return {}
    return {str(setting): json.loads(cell) for setting, cell in zip(settings["setting"], settings["calibration_sides"])
            if isinstance(cell, str) and cell}


def _plausible_text(n: int, implausible: Mapping[str, str]) -> str:
    """A sweep's `calibration_plausible`: '' for a sweep that recalibrates nothing, else how many of its `n`
    recalibrations are plausible by the engine's rule and why each other one is not."""
    if not n:
        return ""
    if not implausible:
        return f"all {n} plausible" if n > 1 else "plausible"
    said = "; ".join(f"{quoted(setting)} {why}" for setting, why in implausible.items())
    if len(implausible) == n:
        return f"not plausible: {said}" if n == 1 else f"none of {n} plausible: {said}"
    return f"{n - len(implausible)} of {n} plausible; not plausible: {said}"


def _in_test_set(crisp: pd.DataFrame, settings: pd.DataFrame, analyses: Sequence, spec: dict, *, incl_cut: float,
                 n_cut: int, outcome: str, conditions: Sequence[str], **run) -> dict:
    """One setting left out of the test set, run apart (`run`: run_specification's other arguments) and put in it:
    what it finds (English, Chinese), the robust core and RF_cov the protocol would give, and the claims whose
    robustness verdict it would change (claim_robustness; English and Chinese, the Chinese by verdict_zh, in
    VERDICTS_ZH's words)."""
    rec, res = run_specification(crisp, incl_cut=spec["incl_cut"], n_cut=spec["n_cut"], allow_empty=True,
                                 outcome=outcome, conditions=conditions, **run)
    row = {"sweep": spec["sweep"], "setting": spec["setting"], **rec, "changes_table": True,
           "changed_inputs": changed_inputs(crisp, crisp, True),
           "same_as_baseline": same_as_baseline(spec, crisp, incl_cut, n_cut)}
    with_it = pd.concat([settings, pd.DataFrame([row]).drop(columns="signature", errors="ignore")], ignore_index=True)
    empty = res is None or res.no_solution
    paths = 0 if empty else len(res.chart.paths.loc[res.chart.paths["group"] == "G1"])
    prot = protocol(with_it, list(analyses) + [res], crisp, outcome=outcome, conditions=conditions)
    before = claim_robustness(settings).set_index("claim_id")["verdict"]
    after = claim_robustness(with_it).set_index("claim_id")["verdict"]
    moved = [k for k in before.index if k in after.index and before[k] != after[k]]
    return {"found": "no sufficient configuration" if empty else f"{counted(paths, 'path')} (G1)",
            "found_zh": "无充分组态" if empty else f"得到 {paths} 条路径（G1）",
            "core": core_text(prot), "core_zh": core_text_zh(prot), "rf_cov": prot["fit"]["RF_cov"],
            "verdicts": {str(k): (str(before[k]), str(after[k])) for k in moved},
            "moved": [f"{k} {before[k]} -> {after[k]}" for k in moved],
            "moved_zh": [f"{k} 的稳健性结论（{verdict_zh(before[k])} → {verdict_zh(after[k])}）" for k in moved]}


def _in_test_set_text(done: Mapping) -> tuple[str, str]:
    """What a setting would do in the test set (_in_test_set), (English, Chinese): the end of a sensitivity line."""
    en = (f"run apart it finds {done['found']}; in the test set the robust core would be {done['core']}, RF_cov "
          f"{done['rf_cov']:.3f}" + (f", and it would change the robustness of {'; '.join(done['moved'])}"
                                     if done["moved"] else ", and it would change no claim's robustness"))
    zh = (f"单独运行{done['found_zh']}；若纳入检验集，稳健核心将为{done['core_zh']}，RF_cov {done['rf_cov']:.3f}，"
          + (f"并改变{'；'.join(done['moved_zh'])}" if done["moved_zh"] else "不改变任何论断的稳健性结论"))
    return en, zh


def _line_pair(record: Mapping | None) -> tuple[str, str]:
    """A sensitivity's (English, Chinese) line, ('', '') when there is none."""
    return ("", "") if record is None else (record["en"], record["zh"])


def n_cut_sensitivity(crisp: pd.DataFrame, tt, settings: pd.DataFrame, analyses: Sequence, *, n_cut: int,
                      n_cuts: Sequence[int], incl_cut: float = 0.8, outcome: str = OUTCOME,
                      conditions: Sequence[str] = CONDITION_NAMES, **run) -> tuple[str, str]:
    """The (English, Chinese) line of _n_cut_sensitivity (its docstring); ('', '') when n_cut + 1 is in the test
    set."""
    return _line_pair(_n_cut_sensitivity(crisp, tt, settings, analyses, n_cut=n_cut, n_cuts=n_cuts,
                                         incl_cut=incl_cut, outcome=outcome, conditions=conditions, **run))


def _n_cut_sensitivity(crisp: pd.DataFrame, tt, settings: pd.DataFrame, analyses: Sequence, *, n_cut: int,
                       n_cuts: Sequence[int], incl_cut: float = 0.8, outcome: str = OUTCOME,
                       conditions: Sequence[str] = CONDITION_NAMES, **run) -> dict | None:
    """One line on the next frequency threshold above the analysis' own (n_cut + 1) when the test set leaves it out
    (`n_cuts`, robustness_n_cuts): the cases it keeps in rows that count on the baseline truth table `tt`
    (checklist.n_cut_retention, read against CASES_RETAINED_FLOOR), what the analysis finds there (run apart, `run`:
    run_specification's other arguments), and what it would do in the test set: the robust core and RF_cov
    (protocol) and the claims whose robustness verdict it would change (claim_robustness), computed: a sensitivity
    analysis, so the setting's effect is seen without being in the robust core. A record (SENSITIVITY_KEYS): the
    English and the Chinese line (the claims' verdicts in the Chinese verdict line's words, verdict_zh), the setting,
    why it is left out (`left_out`), whether it is plausible and the claims whose verdict it would change
    (`verdicts`: claim -> (without it, with it)); None when n_cut + 1 is in the test set."""
    from ..qca.standards import CASES_RETAINED_FLOOR, CONVENTION
    from .checklist import n_cut_retention

    c = int(n_cut) + 1
    if c in {int(v) for v in n_cuts}:
        return None
    (_, kept, total), = n_cut_retention(tt, [c])
    spec = {"sweep": "n_cut", "setting": SETTING_FORMS["n_cut"][0].format(n=c), "data": crisp, "incl_cut": incl_cut,
            "n_cut": c}
    done = _in_test_set(crisp, settings, analyses, spec, incl_cut=incl_cut, n_cut=n_cut, outcome=outcome,
                        conditions=conditions, **run)
    end, end_zh = _in_test_set_text(done)
    share = kept / total if total else 1.0
    few = share < CASES_RETAINED_FLOOR - 1e-12
    judged = (f"fewer than {CASES_RETAINED_FLOOR:.0%} {CONVENTION}: not a plausible alternative, so not in the test "
              "set" if few else
              f"at least {CASES_RETAINED_FLOOR:.0%} {CONVENTION}: a plausible alternative the test set leaves out")
    en = f"sensitivity: n_cut = {c} keeps {kept} of {total} cases in rows that count, {judged}; {end}"
    floor_zh = f"{CASES_RETAINED_FLOOR:.0%}（一种惯例：所引文献原文中没有这个数字）"
    zh = (f"敏感性分析：n_cut = {c} 使计入的行中保留 {total} 个案例中的 {kept} 个，"
          + (f"少于 {floor_zh}：不是合理的替代设置，故不在检验集中" if few else
             f"不少于 {floor_zh}：是检验集未纳入的合理替代设置")
          + f"；{end_zh}")
    return {"kind": "n_cut", "setting": spec["setting"], "en": en, "zh": zh, "plausible": not few,
            "left_out": (f"keeps {kept} of {total} cases in rows that count, "
                         + (f"fewer than {CASES_RETAINED_FLOOR:.0%} {CONVENTION}" if few else
                            f"at least {CASES_RETAINED_FLOOR:.0%} {CONVENTION}, yet not in the test set")),
            "verdicts": done["verdicts"]}


def incl_cut_sensitivity(crisp: pd.DataFrame, tt, settings: pd.DataFrame, analyses: Sequence, *, incl_cut: float,
                         incl_cuts: Sequence[float], n_cut: int = 1, outcome: str = OUTCOME,
                         conditions: Sequence[str] = CONDITION_NAMES, **run) -> tuple[str, str]:
    """The (English, Chinese) line of _incl_cut_sensitivity (its docstring); ('', '') when it has none."""
    return _line_pair(_incl_cut_sensitivity(crisp, tt, settings, analyses, incl_cut=incl_cut, incl_cuts=incl_cuts,
                                            n_cut=n_cut, outcome=outcome, conditions=conditions, **run))


def _incl_cut_sensitivity(crisp: pd.DataFrame, tt, settings: pd.DataFrame, analyses: Sequence, *, incl_cut: float,
                          incl_cuts: Sequence[float], n_cut: int = 1, outcome: str = OUTCOME,
                          conditions: Sequence[str] = CONDITION_NAMES, **run) -> dict | None:
    """One line on the consistency threshold below the floor the test set keeps to (INCL_FLOOR, a convention): the
    highest incl_cut below it that changes the baseline truth table `tt` (the highest raw consistency of an observed
    row that counts and is not positive, taken down to 3 decimals so that the row passes it; truth_table_power
    confirms it and names the rows it turns), what the analysis finds there (run apart) and what it would do in the
    test set (the robust core, RF_cov and the claims' robustness), computed as _n_cut_sensitivity computes its line,
    and a record as it gives; None when the test set already holds an incl_cut below the floor (good_practice's
    robustness row names it), the analysis' own incl_cut is below it, or no incl_cut below it changes the table."""
    from ..qca.protocol import truth_table_power
    from ..qca.standards import CONVENTION, INCL_FLOOR

    if float(incl_cut) < INCL_FLOOR - 1e-12 or any(float(v) < INCL_FLOOR - 1e-12 for v in incl_cuts):
        return None
    rows = tt.rows
    below = rows[(rows["n"] >= max(int(n_cut), 1)) & (rows["OUT"] != "1") & (rows["incl"] < INCL_FLOOR - 1e-12)]
    if below.empty:
        return None
    c = np.floor(float(below["incl"].max()) * 1000 + 1e-9) / 1000
    power = truth_table_power(tt, "incl_cut", [c]).iloc[0]
    if not power["changes_truth_table"]:   # (a row blocked by ESA stays negative at every cut-off)
        return None
    turned = [int(r) for r in power["rows_changing"]]
    cases = int(rows.loc[turned, "n"].sum())
    spec = {"sweep": "incl_cut", "setting": SETTING_FORMS["incl_cut"][0].format(c=f"{c:g}"), "data": crisp,
            "incl_cut": float(c), "n_cut": int(n_cut)}
    done = _in_test_set(crisp, settings, analyses, spec, incl_cut=incl_cut, n_cut=n_cut, outcome=outcome,
                        conditions=conditions, **run)
    end, end_zh = _in_test_set_text(done)
    named = ", ".join(f"{r} (incl {float(rows.at[r, 'incl']):.3f})" for r in turned)
    en = (f"sensitivity: incl_cut = {c:g}, the highest consistency cut below {INCL_FLOOR:g} {CONVENTION} that changes "
          f"the truth table (it codes {'row' if len(turned) == 1 else 'rows'} {named} positive: "
          f"{counted(cases, 'case')}), is not a plausible alternative, so not in the test set; {end}")
    named_zh = "、".join(f"第 {r} 行（incl {float(rows.at[r, 'incl']):.3f}）" for r in turned)
    zh = (f"敏感性分析：incl_cut = {c:g} 是低于 {INCL_FLOOR:g}（一种惯例：所引文献原文中没有这个数字）且改变真值表的最高一致性阈值"
          f"（{named_zh}转为正面：{cases} 个案例）：不是合理的替代设置，故不在检验集中；{end_zh}")
    return {"kind": "incl_cut", "setting": spec["setting"], "en": en, "zh": zh, "plausible": False,
            "left_out": f"below {INCL_FLOOR:g} {CONVENTION}", "verdicts": done["verdicts"]}


#: A sensitivity record's keys (sensitivities): 'kind' (n_cut, incl_cut: the qca.json key robustness_sensitivity,
#: robustness_sensitivity_incl_cut), 'setting' (test_set's name), 'en' / 'zh' (notebook 03's lines), 'plausible',
#: 'left_out' (why it is not in the test set) and 'verdicts' (claim -> its robustness verdict (without, with it), for
#: the claims it would change); claims.with_sensitivity_evidence adds 'evidence' (claim -> the level of what the
#: line says of it) and ends 'en' / 'zh' with it, before notebook 03 prints and saves them.
SENSITIVITY_KEYS = ("kind", "setting", "en", "zh", "plausible", "left_out", "verdicts")


def sensitivities(crisp: pd.DataFrame, tt, settings: pd.DataFrame, analyses: Sequence, *, incl_cut: float,
                  n_cut: int, incl_cuts: Sequence[float], n_cuts: Sequence[int], outcome: str = OUTCOME,
                  conditions: Sequence[str] = CONDITION_NAMES, **run) -> list[dict]:
    """The settings the test set leaves out, each run apart once: n_cut + 1 (_n_cut_sensitivity) and the highest
    incl_cut below the floor that changes the table (_incl_cut_sensitivity), those that apply, as records
    (SENSITIVITY_KEYS): notebook 03 prints their lines and saves them (qca.json), and the claims ledger
    (claims.with_sensitivity) and the checklist's robustness item (checklist.Evidence.robustness_sensitivity) read
    the claims whose robustness verdict each would change."""
    common = dict(incl_cut=incl_cut, n_cut=n_cut, outcome=outcome, conditions=conditions, **run)
    found = (_n_cut_sensitivity(crisp, tt, settings, analyses, n_cuts=n_cuts, **common),
             _incl_cut_sensitivity(crisp, tt, settings, analyses, incl_cuts=incl_cuts, **common))
    return [r for r in found if r is not None]


def sensitivity_json(records: Sequence[Mapping], kind: str, data_source: str) -> dict | None:
    """The sensitivity of one kind (n_cut, incl_cut) as qca.json saves it ({'en', 'zh'}), or None when none of that
    kind was run apart: notebook 03's lines (each ending with its evidence level, claims.with_sensitivity_evidence),
    then, after a full stop, the data they were computed on (cases.data_sentence: '... (evidence: by construction).
    Data: the compendium's reconstruction of the cases, not the paper's data.'), as the ledger's saved headline and
    the checklist's counts end. The notebook prints the lines with their source tag; read on their own in the JSON,
    they gave a finding and its evidence level without the data it rests on."""
    rec = next((r for r in records if r["kind"] == kind), None)
    if rec is None:
        return None
    return {"en": rec["en"] + "." + data_sentence(data_source),
            "zh": rec["zh"] + "。" + data_sentence(data_source, "zh")}


#: claim_robustness' verdicts in the words of the robustness verdict's Chinese line (robustness_verdict); a verdict
#: not listed (a breadth such as 'robust to case removal only') is copied
VERDICTS_ZH = {"robust": "稳健", "fragile": "脆弱", "not tested": "未检验", "false at baseline": "基线即不成立",
               "not testable": "无法检验"}


def verdict_zh(verdict) -> str:
    """A claim_robustness verdict in Chinese: VERDICTS_ZH's words, 'robust to <one kind> only' as '仅对<kind>稳健' (the
    kind in SWEEP_LABELS_ZH' words, as robust_claims_text says it); any other copied."""
    verdict = str(verdict)
    if verdict.startswith("robust to ") and verdict.endswith(" only"):
        label = verdict[len("robust to "):-len(" only")]
        sweep = next((k for k, v in SWEEP_LABELS.items() if v == label), label)
        return f"仅对{SWEEP_LABELS_ZH.get(sweep, label)}稳健"
    return VERDICTS_ZH.get(verdict, verdict)


def _same_as_baseline(df: pd.DataFrame) -> pd.Series:
    """The `same_as_baseline` flags of settings rows (False where a table built without the column has none)."""
    if "same_as_baseline" not in df.columns:
        return pd.Series(False, index=df.index)
    return df["same_as_baseline"].fillna(False).astype(bool)


def claim_robustness(settings: pd.DataFrame, claims: Sequence[ClaimSpec] = CLAIMS) -> pd.DataFrame:
    """Per claim and sweep: in how many of the settings that change what the claim rests on (`ClaimSpec.rests_on`
    against the settings' `changed_inputs`) the claim still agrees, which break it, and a verdict: 'robust' (holds
    in every such setting), 'fragile' (some setting breaks it), 'not tested' (no setting that changes its inputs
    can evaluate it), 'false at baseline' (the claim does not hold in the analysis itself, so there is no
    agreement to be robust) or 'not testable' (the analysis itself cannot evaluate it, as the ledger says: A10, or
    A9 without indicators; no robustness to speak of, and not a protocol that failed to probe it). A setting that leaves a claim's inputs as they are gives the same verdict by
    construction: it is no test of that claim. A setting without a sufficient configuration (`no_solution`) is judged
    as the ledger judges the baseline: the path claims do not hold there, so it breaks them, and those breaks are also
    listed apart (`no_solution_breaks`; module docstring). A setting the engine refused (`error`) cannot evaluate a
    claim: it is not testable there, not a break (named by `robustness_verdict`), and neither is a 'not testable'
    evaluation. Settings drop cases on purpose, so the design-size check of the ledger does not apply to them; it
    applies to the baseline, the analysed file itself: when that file has another number of cases than Paper A's
    design, a claim about the paper's results is 'not testable (design)' here as in the ledger, and no setting tests
    it (its `<sweep>_holds` 'n/a', no breaks, 0 `tested_settings`).
    Breadth: `tested_sweeps` names the kinds of test (sweeps) that bore on the claim, each with its number of settings,
    `untested_sweeps` the sweeps run none of whose settings tested it (none changed what it rests on and could
    evaluate it), `kinds_tested` how many kinds bore on it and
    `protocol_settings` how many of its tested settings belong to the protocol's test set (PROTOCOL_SWEEPS: alternative
    calibrations, thresholds, the fuzzy variant; case removal is a stress test beside it). A claim robust under one kind
    of test only is not called 'robust' alone: its verdict is 'robust to <that kind> only' (A9 on the reconstruction:
    'robust to case removal only', the indicator shares being raw data no threshold or calibration changes), and
    `breadth` says in words what bore on it and what did not (`breadth_text`)."""
    out = []
    baseline = settings[settings["sweep"] == "baseline"].to_dict("records")
    for spec in claims:
        row = {"claim_id": spec.claim_id, "claim_en": spec.claim_en}
        broken_all, tested, empty_breaks, kinds, not_kinds = [], 0, [], {}, []
        # a claim about the paper's results on data of another size is not testable, so no setting tests it: its row
        # says so (holds 'n/a', no breaks), not the holds and breaks a reader would take for its robustness
        design_mismatch = bool(spec.design and baseline and _design_mismatch(baseline[0]))
        at_base = (evaluate(spec, baseline[0], check_design=False)[1]
                   if baseline and not baseline[0].get("error") else "not testable")
        tested_values, untested_values = [], []
        for sweep, df in settings[settings["sweep"] != "baseline"].groupby("sweep", sort=False):
            held, n, broken, by, not_by = 0, 0, [], [], []
            for rec, same in zip(df.to_dict("records"), _same_as_baseline(df)):
                if design_mismatch or rec.get("error") or not set(spec.rests_on) & set(str(rec["changed_inputs"]).split(", ")):
                    not_by.append((str(rec["setting"]), bool(same)))
                    continue
                ok = evaluate(spec, rec, check_design=False)[1]
                if ok == "not testable":
                    not_by.append((str(rec["setting"]), bool(same)))
                    continue
                n += 1
                by.append(str(rec["setting"]))
                held += bool(ok)
                if not ok:
                    broken.append(str(rec["setting"]))
                    if _no_solution(rec):
                        empty_breaks.append(str(rec["setting"]))
            tested += n
            if n:
                kinds[str(sweep)] = n
            else:
                not_kinds.append(str(sweep))
            if by:
                tested_values.append(f"{SWEEP_LABELS.get(sweep, sweep)}: {'; '.join(by)}")
            # the settings that did not test it: the alternatives among them, or, a sweep with none, the baseline's own
            alternatives = [name for name, same in not_by if not same]
            if alternatives or (not by and not_by):
                untested_values.append(f"{SWEEP_LABELS.get(sweep, sweep)}: "
                                       + ("; ".join(alternatives) if alternatives
                                          else f"{'; '.join(name for name, _ in not_by)} {BASELINE_ITSELF}"))
            row[f"{sweep}_holds"] = f"{held}/{n}" if n else "n/a"
            row[f"{sweep}_breaks"] = "; ".join(broken)
            broken_all += broken
        row["tested_settings"] = tested
        row["no_solution_breaks"] = "; ".join(empty_breaks)
        row["kinds_tested"] = len(kinds)
        row["tested_sweeps"] = "; ".join(f"{SWEEP_LABELS.get(w, w)} ({k})" for w, k in kinds.items())
        row["tested_values"] = " | ".join(tested_values)
        row["untested_sweeps"] = "; ".join(SWEEP_LABELS.get(w, w) for w in not_kinds)
        row["untested_values"] = " | ".join(untested_values)
        row["protocol_settings"] = sum(k for w, k in kinds.items() if w in PROTOCOL_SWEEPS)
        verdict = ("not testable (design)" if design_mismatch else NOT_TESTABLE if at_base == NOT_TESTABLE
                   else "false at baseline" if at_base is False
                   else "not tested" if not tested else "robust" if not broken_all else "fragile")
        if verdict == "robust" and len(kinds) == 1:   # one kind of test bore on it: said in the verdict itself
            verdict = f"robust to {SWEEP_LABELS.get(next(iter(kinds)), next(iter(kinds)))} only"
        row["verdict"] = verdict
        row["breadth"] = breadth_text(row)
        out.append(row)
    return pd.DataFrame(out)


def is_robust(verdict) -> bool:
    """Whether a verdict of claim_robustness says the claim held in every setting that tested it: 'robust' (several
    kinds of test) or 'robust to <one kind> only'."""
    return str(verdict) == "robust" or (str(verdict).startswith("robust to ") and str(verdict).endswith(" only"))


#: How claim_robustness' `untested_values` marks a sweep whose only settings are the baseline itself (no alternative).
BASELINE_ITSELF = "(the baseline itself)"


def _values(text) -> list[tuple[str, list[str]]]:
    """claim_robustness' `tested_values` / `untested_values` read back: (sweep label, its setting names) per sweep."""
    out = []
    for part in str(text or "").split(" | "):
        label, sep, names = part.partition(": ")
        if sep:
            out.append((label, [n for n in names.split("; ") if n]))
    return out


def values_text(names: Sequence[str], lang: str = "en", label: str = "") -> str:
    """Setting names in few words: the part every name shares said once ('without R01, R02', 'incl_cut=0.75, 0.85',
    'SYS, ORG at threshold ⅓'; in Chinese setting_zh's names, '剔除 R01、R02'), a leading '<label>, ' (the sweep's
    own label: 'fuzzy variant, incl_cut=0.8') dropped, the baseline's own setting (BASELINE_ITSELF) said so."""
    zh = lang == "zh"
    itself = [n[:-len(BASELINE_ITSELF)].rstrip() for n in names if n.endswith(BASELINE_ITSELF)]
    names = [n[:-len(BASELINE_ITSELF)].rstrip() if n.endswith(BASELINE_ITSELF) else n for n in names]
    if label:
        names = [n[len(label) + 2:] if n.startswith(label + ", ") else n for n in names]
    names = [setting_zh(n) for n in names] if zh else list(names)
    head = tail = ""
    if len(names) > 1:
        common = names[0]
        for n in names[1:]:
            while not n.startswith(common):
                common = common[:-1]
        head = common[:max(common.rfind(" "), common.rfind("=")) + 1]
        rest = [n[len(head):] for n in names]
        common = rest[0]
        for n in rest[1:]:
            while not n.endswith(common):
                common = common[1:]
        tail = common[common.find(" "):] if " " in common else ""
        if any(len(n) <= len(tail) for n in rest):
            tail = ""
        names = [n[:len(n) - len(tail)] for n in rest]
    text = head + ("、" if zh else ", ").join(names) + tail
    if itself:
        text += "，即基线本身" if zh else ": the baseline itself"
    return text


def breadth_text(row: Mapping, lang: str = "en") -> str:
    """How broad a claim's robustness evidence is, in words (English or 'zh'), from its row of claim_robustness
    (`tested_sweeps`, `untested_sweeps`, `tested_settings`, `protocol_settings`, and, where the row has them,
    `tested_values` and `untested_values`): the kinds of test that bore on it, each with the settings that did (which
    thresholds, which cases removed: values_text), and the settings run that changed nothing it rests on (so did not
    test it), so that 'robust to 4 consistency thresholds' says whether they were the strict or the lax ones."""
    verdict = str(row.get("verdict", ""))
    if verdict.startswith(NOT_TESTABLE):   # 'not testable' is no lack of tests (nor 'false'): nothing can evaluate it
        return ("无法检验（与论断核对表一致）：任何设定都无法评价该论断" if lang == "zh" else
                f"{verdict}, as in the claims ledger: no setting can evaluate it, so no test bears on it")
    tested = [t for t in str(row.get("tested_sweeps", "") or "").split("; ") if t]
    untested = [t for t in str(row.get("untested_sweeps", "") or "").split("; ") if t]
    n, prot = int(row.get("tested_settings", 0) or 0), int(row.get("protocol_settings", 0) or 0)
    by, not_by = dict(_values(row.get("tested_values"))), _values(row.get("untested_values"))
    zh = {v: SWEEP_LABELS_ZH.get(k, v) for k, v in SWEEP_LABELS.items()}
    if not_by:   # the settings that did not test it, by sweep (a sweep that partly tested it too), else the sweeps
        untested = [(label, names) for label, names in not_by]
    else:
        untested = [(label, []) for label in untested]
    if lang == "zh":
        def name_zh(t):
            label, _, count = t.partition(" (")
            values = f"（{values_text(by[label], 'zh', label)}）" if by.get(label) else ""
            return f"{zh.get(label, label)} {count.rstrip(')')} 个{values}" if count else zh.get(label, label)
        text = (f"{len(tested)} 类检验、{n} 个设定：{'、'.join(name_zh(t) for t in tested)}；其中稳健性方案检验集 {prot} 个"
                if tested else "无任何设定改变其依据")
        return text + (("；未经以下设定检验：" if not_by else "；未经以下扫描检验：")
                       + "、".join(zh.get(label, label) + (f"（{values_text(names, 'zh', label)}）" if names else "")
                                  for label, names in untested) if untested else "")

    def name(t):
        label, _, count = t.partition(" (")
        return f"{label} ({count.rstrip(')')}: {values_text(by[label], label=label)})" if by.get(label) and count else t
    kind = "1 kind of test" if len(tested) == 1 else f"{len(tested)} kinds of test"
    text = (f"{kind}, {n} setting{'s' * (n != 1)}: {', '.join(map(name, tested))}; {prot} of the protocol's test set"
            if tested else "no setting changes what it rests on")
    return text + ("; not tested by: " + ", ".join(label + (f" ({values_text(names, label=label)})" if names else "")
                                                   for label, names in untested) if untested else "")


def robust_claims_text(table: pd.DataFrame, lang: str = "en") -> str:
    """The claims that held in every setting that tested them, each robust under one kind of test only labelled so:
    'A1, A9 (case removal only)' (English) or 'A1、A9（仅剔除案例）' ('zh'); '' when none."""
    zh = {v: k for k, v in SWEEP_LABELS.items()}
    parts = []
    for cid, verdict in zip(table["claim_id"], table["verdict"]):
        if not is_robust(verdict):
            continue
        if verdict == "robust":
            parts.append(str(cid))
        elif lang == "zh":
            label = str(verdict)[len("robust to "):-len(" only")]
            parts.append(f"{cid}（仅{SWEEP_LABELS_ZH.get(zh.get(label, label), label)}）")
        else:
            parts.append(f"{cid} ({str(verdict)[len('robust to '):]})")
    return ("、" if lang == "zh" else ", ").join(parts)


def _no_solution(rec: Mapping) -> str:
    """A setting's finding that no configuration is sufficient (its `no_solution`), or '' (a solution, or a refusal)."""
    value = rec.get("no_solution")
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def no_solution_settings(settings: pd.DataFrame, same: bool = False) -> list[str]:
    """The alternative settings without a sufficient configuration, in the settings' order; with `same`, instead those
    that are the baseline itself (`same_as_baseline`), which have none exactly when the baseline has none: they are
    no alternatives, so they are said once with the baseline, not listed among the settings counted."""
    df = settings[settings["sweep"] != "baseline"]
    is_same = _same_as_baseline(df).to_numpy()
    return [str(r["setting"]) for r, s in zip(df.to_dict("records"), is_same) if _no_solution(r) and bool(s) == same]


#: The sweeps that recalibrate indicator shares (test_set's `shares`): a case file in the memberships form has none,
#: so they are not run, and the verdict says so (`not_run_sweeps`).
CALIBRATION_SWEEPS: tuple[str, ...] = ("calibration", "calibration_set")


def not_run_sweeps(form: str) -> tuple[str, ...]:
    """The sweeps of the test set a case file of this `form` cannot run: the calibration sweeps for the memberships
    form (memberships given directly, no indicator shares to recalibrate), none for the indicator form."""
    if form not in ("indicators", "memberships"):
        raise ValueError(f"form must be 'indicators' or 'memberships', got {form!r}")
    return CALIBRATION_SWEEPS if form == "memberships" else ()


def single_typical_cases(typical: pd.DataFrame) -> dict[str, str]:
    """{case: term} of the paths resting on a single typical case, from smmr's typical table (columns term, case;
    notebook 03's typical_cases.csv, model M1 of the chart), in the table's order; {} for a table without rows (no
    solution: no path to be typical of)."""
    if not len(typical):
        return {}
    per_path = typical.groupby("term", sort=False)["case"].apply(list)
    return {str(c[0]): str(t) for t, c in per_path.items() if len(c) == 1}


def robustness_verdict(table: pd.DataFrame, power: pd.DataFrame, settings: pd.DataFrame | None = None,
                       not_run: Sequence[str] = (), data_source: str | None = None,
                       single_typical: Mapping[str, str] | None = None) -> str:
    """The robustness table in plain words (English and 中文), computed from the tables; with `settings`, the
    settings that have no solution at all (no claim can be evaluated there) are named. `not_run`: sweeps of the test
    set the data could not run (`not_run_sweeps`: the calibration sweeps of a memberships-form file), named on the
    first line, so that a verdict without them does not read as one that tested the calibration. `data_source`
    (cases.DATA_SOURCES; None: not said): for cases that are not (all) Paper A's, the verdict opens with the notebooks'
    warning (cases.source_warning), so that 'A9 holds in every setting' is not read, wherever the verdict is copied
    (qca.json), as a finding on Paper A's data: it is one of the reconstruction, searched to fit the paper; and each
    line stating a result names the data source as notebook 03's other printed results do (cases.source_text: 'Hold
    in every setting that changes what they rest on (original data): ...'), the original data's too. A table with
    robustness.csv's `robustness_evidence` (claims.robustness_table, as notebook 03 passes it) gets a line naming each
    verdict's evidence level, and its Chinese line the same: on original data 'Hold ...: A1' is the compendium's
    reading, though A1 is independent in the ledger; claim_robustness' own table has no such line.
    `single_typical` ({case: path}, single_typical_cases of the reported model's typical cases; None or {}: not
    said): a fragile claim broken by removing a case that is the only typical case of a reported path says so beside
    the removal ('broken by without R03, R11; the only typical case of a reported path: R03 (SYS*ORG), R11 (...)'), in
    English and Chinese: that removal takes the path's one case study with it."""
    single_typical = dict(single_typical or {})
    robust = table.loc[table["verdict"].map(is_robust), "claim_id"].tolist()
    # a claim robust under one kind of test only is named with it, and with what did not test it
    narrow = [r for _, r in table.iterrows() if is_robust(r["verdict"]) and r["verdict"] != "robust"]
    fragile = table.loc[table["verdict"] == "fragile", "claim_id"].tolist()
    untested = table.loc[table["verdict"] == "not tested", "claim_id"].tolist()
    false_base = table.loc[table["verdict"] == "false at baseline", "claim_id"].tolist()
    design = table.loc[table["verdict"] == "not testable (design)", "claim_id"].tolist()
    not_testable = table.loc[table["verdict"] == NOT_TESTABLE, "claim_id"].tolist()
    # a sweep none of whose settings is a plausible alternative (sweep_power's `plausible`: by the calibration rule)
    # is named as such, whatever its power: not evidence (Oana & Schneider 2021: a test set of plausible alternatives)
    implausible = (~power["plausible"].fillna(True).astype(bool) if "plausible" in power.columns
                   else pd.Series(False, index=power.index))
    powered = power.loc[power["has_power"] & ~implausible, "label"].tolist()
    # a sweep whose every setting is the baseline itself (sweep_power: 0 alternative settings, e.g. the fuzzy variant
    # of a crisp memberships file) had nothing to try: named apart from a powerless one, whose alternatives were tried
    no_alt = (power["settings"] == 0) if "settings" in power.columns else pd.Series(False, index=power.index)
    sweeps = power["sweep"] if "sweep" in power.columns else power["label"]   # the 中文 line names sweeps in Chinese
    label_zh = pd.Series([SWEEP_LABELS_ZH.get(w, label) for w, label in zip(sweeps, power["label"])], index=power.index)
    is_powerless, is_without = ~power["has_power"] & ~no_alt & ~implausible, ~power["has_power"] & no_alt
    powerless, powerless_zh = power.loc[is_powerless, "label"].tolist(), label_zh[is_powerless].tolist()
    without, without_zh = power.loc[is_without, "label"].tolist(), label_zh[is_without].tolist()
    from .cases import source_text, source_warning

    lines = [f"Sweeps that can change the truth table: {', '.join(powered) or 'none'}"
             + (f"; powerless (not evidence): {', '.join(powerless)}" if powerless else "")
             + (f"; without an alternative (every setting is the baseline itself; not evidence): {', '.join(without)}"
                if without else "")
             + (f"; no plausible alternative (no setting plausible by the calibration rule; not evidence): "
                f"{', '.join(power.loc[implausible, 'label'])}" if implausible.any() else "")
             + (f"; not run (memberships given directly: no indicator shares to recalibrate, so the calibration is "
                f"not tested): {', '.join(SWEEP_LABELS.get(w, w) for w in not_run)}" if not_run else "") + ".",
             f"Hold in every setting that changes what they rest on: {robust_claims_text(table) or 'none'}.",
             f"Fragile (fail in at least one such setting): {', '.join(fragile) or 'none'}."]
    for r in narrow:
        lines.append(f"  {r['claim_id']} is {r['verdict']}, not robust in general: {breadth_text(r)}.")
    if untested:
        lines.append(f"Not tested by any setting that changes what they rest on: {', '.join(untested)}.")
    if false_base:
        lines.append(f"False in the analysis itself (no agreement to be robust): {', '.join(false_base)}.")
    if not_testable:
        lines.append(f"Not testable in the analysis itself (as in the claims ledger; not counted): "
                     f"{', '.join(not_testable)}.")
    if design:
        lines.append(f"Not testable: the data do not match Paper A's design (number of cases), as in the claims "
                     f"ledger: {', '.join(design)}.")
    empty = no_solution_settings(settings) if settings is not None else []
    only_empty = [] if "no_solution_breaks" not in table.columns else [
        r["claim_id"] for _, r in table[table["verdict"] == "fragile"].iterrows()
        if r["no_solution_breaks"] and all(b in r["no_solution_breaks"].split("; ") for b in _breaks(table, r))]
    base = settings[settings["sweep"] == "baseline"].to_dict("records") if settings is not None else []
    if base and _no_solution(base[0]):   # said once: the settings identical to the baseline share its finding
        same = no_solution_settings(settings, same=True)
        lines.append(f"No sufficient configuration in the analysis itself: {_no_solution(base[0])}"
                     + (f"; nor in the settings that are the baseline itself (no alternatives; not counted): "
                        f"{'; '.join(same)}" if same else "") + ".")
    if empty:
        lines.append(f"Settings without a sufficient configuration (no truth-table row passes the cut-offs; counted "
                     f"as in the ledger, the path claims not holding there): {'; '.join(empty)}"
                     + (f"; fragile only through them: {', '.join(only_empty)}" if only_empty else "") + ".")
    failed = []
    if settings is not None and "error" in settings.columns:
        failed = settings.loc[settings["error"].fillna("").astype(str) != "", "setting"].astype(str).tolist()
        if failed:
            lines.append(f"Settings the engine refused (no claim can be evaluated there; not counted): "
                         f"{', '.join(failed)}.")
    # a fragile claim's line names the settings that break it (`<sweep>_breaks`), not only how many of a sweep's it
    # holds in: 'consistency threshold 2/4' alone does not say whether the strict or the lax thresholds broke it
    broken_by = {}
    for _, r in table[table["verdict"] == "fragile"].iterrows():
        parts, by_zh = [], []
        for c in table.columns:
            if not c.endswith("_holds") or r[c] == "n/a":
                continue
            sweep = c[:-len("_holds")]
            label = SWEEP_LABELS.get(sweep, sweep)
            breaks = [b for b in str(r.get(f"{sweep}_breaks", "") or "").split("; ") if b]
            # a removed case that is a path's only typical case: the removal takes that path's case study with it
            alone = [(b[len("without "):], single_typical[b[len("without "):]]) for b in breaks
                     if sweep == "case_removal" and b.startswith("without ") and b[len("without "):] in single_typical]
            said = "; the only typical case of a reported path: " + ", ".join(f"{k} ({t})" for k, t in alone)
            parts.append(f"{label} {r[c]}" + (f" (broken by {values_text(breaks, label=label)}"
                                               f"{said if alone else ''})" if breaks else ""))
            if breaks:
                by_zh.append(values_text(breaks, "zh", label)
                             + ("，其中 " + "，".join(f"{k} 为报告路径 {t} 唯一的典型案例" for k, t in alone)
                                if alone else ""))
        lines.append(f"  {r['claim_id']} holds in: " + ", ".join(parts) + ".")
        broken_by[r["claim_id"]] = "；".join(by_zh)
    # each verdict's evidence level (robustness.csv's robustness_evidence, claims.robustness_table), when the table
    # gives it: on original data a verdict read off the compendium's test set is its reading, even an independent
    # claim's (A1), which the lines above alone did not say
    levels = verdict_evidence_levels(table)
    if levels:
        lines.append("Evidence level of these verdicts (robustness_evidence, as in the claims ledger): "
                     + "; ".join(f"{level}: {', '.join(ids)}" for level, ids in levels) + ".")
    # the Chinese line says what the English lines say: which sweeps can change the truth table, and which fragile
    # claims fail only where a setting has no sufficient configuration (it named neither)
    powered_zh = label_zh[power["has_power"].astype(bool) & ~implausible].tolist()
    fragile_zh = "、".join(c + (f"（不成立的设定：{broken_by[c]}）" if broken_by.get(c) else "") for c in fragile)
    lines.append(f"可改变真值表的扫描：{'、'.join(powered_zh) or '无'}；"
                 f"稳健：{robust_claims_text(table, 'zh') or '无'}"
                 + "".join(f"（{r['claim_id']}：{breadth_text(r, 'zh')}）" for r in narrow)
                 + f"；脆弱：{fragile_zh or '无'}"
                 + (f"；未检验：{'、'.join(untested)}" if untested else "")
                 + (f"；基线即不成立：{'、'.join(false_base)}" if false_base else "")
                 + (f"；无法检验：{'、'.join(not_testable)}" if not_testable else "")
                 + (f"；案例数与原文设计不符，无法检验：{'、'.join(design)}" if design else "")
                 + ("；基线本身无充分组态（与基线相同的设定不另列）" if base and _no_solution(base[0]) else "")
                 + (f"；无充分组态的设定（计入，路径论断在其中不成立）：{'、'.join(map(setting_zh, empty))}"
                    + (f"；仅因这些设定而脆弱：{'、'.join(only_empty)}" if only_empty else "") if empty else "")
                 + (f"；引擎拒绝的设定（不计入）：{'、'.join(map(setting_zh, failed))}" if failed else "")
                 + (f"；无检验力的扫描（不作为证据）：{'、'.join(powerless_zh)}" if powerless else "")
                 + (f"；无替代设定（各设定即基线本身）：{'、'.join(without_zh)}" if without else "")
                 + (f"；无合理替代设定的扫描（按校准规则各设定均不合理，不作为证据）：{'、'.join(label_zh[implausible])}"
                    if implausible.any() else "")
                 + (f"；未运行（隶属度直接给出，无指标得分可重新校准，校准未检验）："
                    f"{'、'.join(SWEEP_LABELS_ZH.get(w, w) for w in not_run)}" if not_run else "")
                 + ("；稳健性结论的证据等级（同论断核对表）：" + "，".join(
                     f"{EVIDENCE_LEVELS_ZH[level]} {'、'.join(ids)}" for level, ids in levels) if levels else "")
                 + "。")
    if data_source is None:
        return "\n".join(lines)
    # each line stating a result names its data source (source_text), the original data's too: they relied on the
    # warning above them, which the original data do not print, so a line copied alone read as no one's data; the
    # indented lines are the body of the line above them, the last line the Chinese one
    named = [line if line.startswith(" ") else source_text(line, data_source, "zh" if i == len(lines) - 1 else "en")
             for i, line in enumerate(lines)]
    return "\n".join([w for w in source_warning(data_source).splitlines() if w] + named)


def verdict_evidence_levels(table: pd.DataFrame) -> list[tuple[str, list[str]]]:
    """Each evidence level of the table's `robustness_evidence` column (analysis.claims.EVIDENCE_LEVELS' order) with
    its claims; [] for a table without the column (claim_robustness' own)."""
    from ..claims import EVIDENCE_LEVELS

    if "robustness_evidence" not in table.columns:
        return []
    said = table["robustness_evidence"].astype(str)
    unknown = sorted(set(said) - set(EVIDENCE_LEVELS))
    if unknown:
        raise ValueError(f"robustness_evidence {', '.join(map(repr, unknown))}; allowed: "
                         f"{', '.join(map(repr, EVIDENCE_LEVELS))}")
    return [(level, table.loc[said == level, "claim_id"].astype(str).tolist())
            for level in EVIDENCE_LEVELS if (said == level).any()]


def _breaks(table: pd.DataFrame, row) -> list[str]:
    """Every setting that breaks a claim (its `<sweep>_breaks` cells of the robustness table)."""
    return [b for c in table.columns if c.endswith("_breaks") and c != "no_solution_breaks"
            for b in (row[c] if isinstance(row[c], str) else "").split("; ") if b]


# ---------------------------------------------------------------- robust core and robustness fit (Oana & Schneider 2021)


def _solution_membership(res, base: pd.DataFrame, conditions: Sequence[str]) -> np.ndarray:
    """Membership of every initial case in a setting's reported solution (its first model group): on the
    setting's own data where the case is in it (recalibrated, fuzzy), else on the initial data (dropped cases)."""
    expr = res.chart.model_fit["expression"].iloc[0]
    own = res.truth_table.data
    mem = pd.Series(expression_membership(base[list(conditions)], expr), index=base.index.astype(str))
    own_frame = pd.DataFrame(np.asarray(own.X, dtype=float), columns=list(own.conditions),
                             index=[str(c) for c in own.cases])
    mem.loc[own_frame.index] = expression_membership(own_frame[list(conditions)], expr)
    return mem.to_numpy(dtype=float)


def _models(res, base: pd.DataFrame, conditions: Sequence[str]) -> list[tuple[np.ndarray, list[str]]]:
    """(membership of every initial case, terms) of each model of a setting's reported solution, as
    _solution_membership computes the first group's."""
    own = res.truth_table.data
    own_frame = pd.DataFrame(np.asarray(own.X, dtype=float), columns=list(own.conditions),
                             index=[str(c) for c in own.cases])
    out = []
    for m in res.reported.models:
        mem = pd.Series(expression_membership(base[list(conditions)], m.expression), index=base.index.astype(str))
        mem.loc[own_frame.index] = expression_membership(own_frame[list(conditions)], m.expression)
        out.append((mem.to_numpy(dtype=float), list(m.terms)))
    return out


def protocol(settings: pd.DataFrame, analyses: Sequence, crisp: pd.DataFrame, *, outcome: str = OUTCOME,
             conditions: Sequence[str] = CONDITION_NAMES, sweeps: Sequence[str] = PROTOCOL_SWEEPS,
             test_models: str = "same") -> dict:
    """Robust core, robustness fit and case robustness (analysis.qca.protocol) of the reported solution over the
    test set: every setting of the given `sweeps` (default PROTOCOL_SWEEPS: no case removal) the engine analysed.
    A test setting without a sufficient configuration is in the test set with the empty solution (memberships 0,
    no term; module docstring), so the robust core is empty; 'no_solution_tests' names those settings: the rule of
    the engine's robustness_protocol (analysis.qca.protocol, no_solution='count'), which this test set, built from
    the sweeps' settings rather than parse_tests' specifications, follows.
    Returns {'fit', 'core_expression', 'core_minimised', 'cases', 'case_ratios', 'single' (SetMethods' rob.singletest
    table: per test solution its `test`, `sweep`, `expression` (its terms, '' for the empty set), `RCC_rank` and
    `SC`, notebook 03's robustness_single_tests.csv), 'memberships',
    'test_set', 'sweeps', 'same_as_baseline', 'no_solution_tests', 'refused_tests', 'test_models',
    'model_ambiguity'}: core_minimised is the core's minimal form (crisp
    sets: exact), as the engine's protocol gives it; 'sweeps' the sweeps the test set holds (those of `sweeps` with a
    setting in it, in the settings' order: a memberships-form file has no calibration sweeps); 'same_as_baseline' the
    settings of those sweeps left out because they are the initial specification itself (`same_as_baseline`): as
    tests they would only add the initial solution to the test set, each a single test agreeing with it (SC 1);
    'refused_tests' the settings of those sweeps the engine refused for another reason (their analysis is None:
    e.g. every row passes incl_cut; module docstring): no finding about sufficiency, so not in the test set, but named,
    as the engine's robustness_protocol names such a test in its error.
    Models: the initial solution is the baseline's first model group (G1, the model the chart, the XY plot and the
    case typology show); test_models 'same' (default) takes G1 of each setting too, as SetMethods' rob.* functions
    take the first model of every solution; 'all' takes every model of a setting's reported solution, each a test
    solution of its own ('SETTING M1', ...), as the engine's robustness_protocol(test_models='all'). 'test_models'
    and 'model_ambiguity' (the settings, 'IS' for the baseline, whose reported solution has several models) say it."""
    if test_models not in ("same", "all"):
        raise QCAInputError(f"test_models must be 'same' (G1 of each setting) or 'all' (every model), got "
                            f"{test_models!r}")
    unknown = sorted(set(sweeps) - set(SWEEP_LABELS))
    if unknown:
        raise QCAInputError(f"sweeps: unknown {', '.join(unknown)}; allowed: {', '.join(SWEEP_LABELS)}")
    base_res = analyses[0]
    if base_res is None or getattr(base_res, "no_solution", ""):
        raise QCAInputError("the baseline specification has no solution"
                            + (f" ({base_res.no_solution})" if base_res is not None else "") + ": no robustness protocol")
    y = crisp[outcome].to_numpy(dtype=float)
    initial = _solution_membership(base_res, crisp, conditions)
    tests = {}
    used = []
    used_sweeps: list[str] = []
    same: list[str] = []
    empty: list[str] = []
    refused: list[str] = []
    model_terms: dict[str, list[str]] = {}   # test_models='all': each model's terms
    for label, sweep, is_base, res in zip(settings["setting"].iloc[1:], settings["sweep"].iloc[1:],
                                          _same_as_baseline(settings).iloc[1:], analyses[1:]):
        if sweep in sweeps and is_base:
            same.append(str(label))
        elif res is not None and sweep in sweeps:
            if res.no_solution:   # its solution is the empty set (module docstring): the robust core is empty
                tests[str(label)] = np.zeros(len(crisp))
                empty.append(str(label))
            elif test_models == "all" and len(res.reported.models) > 1:
                for i, (m, terms) in enumerate(_models(res, crisp, conditions), start=1):
                    tests[f"{label} M{i}"] = m
                    model_terms[f"{label} M{i}"] = terms
            else:
                tests[str(label)] = _solution_membership(res, crisp, conditions)
            used.append(res)
            if sweep not in used_sweeps:
                used_sweeps.append(str(sweep))
        elif sweep in sweeps:   # refused by the engine for another reason: named, not a test
            refused.append(str(label))
    if not tests:
        raise QCAInputError(f"no test setting of the sweeps {', '.join(sweeps)} could be analysed"
                            + (f" other than the initial specification itself ({', '.join(same)})" if same else "")
                            + (f"; the engine refused {', '.join(refused)}" if refused else "")
                            + ": no robustness protocol")
    fit = robustness_fit(initial, list(tests.values()), y)
    cases, ratios = case_robustness(initial, list(tests.values()), y, [str(c) for c in crisp.index])
    g1 = {str(lab): ([] if res.no_solution else list(res.chart.paths.loc[res.chart.paths["group"] == "G1", "term"]))
          for lab, res in zip(settings["setting"].iloc[1:], analyses[1:]) if res is not None}
    terms = [list(base_res.chart.paths.loc[base_res.chart.paths["group"] == "G1", "term"])] + [
        model_terms[lab] if lab in model_terms else g1[lab] for lab in tests]
    ambiguous = (["IS"] * (len(base_res.reported.models) > 1)
                 + [str(lab) for lab, res in zip(settings["setting"].iloc[1:], analyses[1:])
                    if res is not None and not res.no_solution and str(lab) in g1
                    and (str(lab) in tests or f"{lab} M1" in tests) and len(res.reported.models) > 1])
    mem = pd.DataFrame({"IS": initial, **tests}, index=[str(c) for c in crisp.index])
    mem["core"] = robust_core(initial, list(tests.values()))
    minimised, _ = core_minimised(terms, list(conditions), [2] * len(conditions), False)
    # rob.singletest's table: each test solution (its sweep, its expression: '' for the empty set) against the initial
    single = single_tests(initial, tests, {lab: " + ".join(t) for lab, t in zip(tests, terms[1:])})
    sweep_of = dict(zip(settings["setting"].astype(str), settings["sweep"].astype(str)))
    single.insert(1, "sweep", [sweep_of.get(lab, sweep_of.get(lab.rsplit(" M", 1)[0], "")) for lab in single["test"]])
    return {"fit": fit, "core_expression": core_expression(terms, list(conditions)), "core_minimised": minimised,
            "cases": cases,
            "case_ratios": ratios, "single": single, "memberships": mem,
            "test_set": list(tests), "sweeps": used_sweeps, "same_as_baseline": same, "no_solution_tests": empty,
            "refused_tests": refused, "test_models": test_models, "model_ambiguity": ambiguous}


def core_json(prot: dict) -> dict:
    """The robust core as qca.json writes it, so that nobody reads it as a number: `robust_core` and
    `robust_core_minimised` are expressions or null (never the engine's "0", its notation for the empty set, nor
    ""); `robust_core_empty` says whether the core is the empty set (true: no case can be in it; null: no protocol,
    nothing known); `robust_core_note` says in words what a null stands for ('' when both forms are given)."""
    expr, mini = prot.get("core_expression", ""), prot.get("core_minimised", "")
    if prot.get("no_solution") or not expr:
        why = prot.get("no_solution") or "the core's distributed form exceeds the expansion limit"
        return {"robust_core": None, "robust_core_minimised": None, "robust_core_empty": None,
                "robust_core_note": f"no robust core: {why}"}
    if expr == "0":
        return {"robust_core": None, "robust_core_minimised": None, "robust_core_empty": True,
                "robust_core_note": "the robust core is the empty set (the engine writes it 0): no configuration is "
                                    "in the initial solution and in every test solution"}
    return {"robust_core": expr, "robust_core_minimised": mini or None, "robust_core_empty": False,
            "robust_core_note": "" if mini else "its minimised form is not given: not proved to be the core"}


def core_text(prot: dict) -> str:
    """The robust core as notebook 03 prints it: its expression; '(empty: ...)' saying why it is the empty set (a
    test without a sufficient configuration, named, whose empty solution empties the core by itself; else no
    configuration in the initial and every test solution); '(not written out: ...)' where its distributed form
    exceeds the expansion limit (core_expression '', which is no empty core: fit and cases are complete)."""
    expr = prot.get("core_expression", "")
    if expr == "0":
        tests = prot.get("no_solution_tests") or []
        if tests:
            return (f"(empty: {'; '.join(tests)} {'has' if len(tests) == 1 else 'have'} no sufficient configuration, "
                    f"so {'its solution' if len(tests) == 1 else 'their solutions'}, and with it the core, "
                    f"{'is' if len(tests) == 1 else 'are'} the empty set)")
        return "(empty: no configuration is in the initial solution and in every test solution)"
    if not expr:
        return ("(not written out: its distributed form exceeds the expansion limit; its fit and case robustness "
                "below are complete)")
    return expr


def core_text_zh(prot: dict) -> str:
    """core_text in Chinese, case for case from the same protocol (the core; empty because a named test has no
    sufficient configuration, or because no configuration is in the initial and every test solution; not written out
    beyond the expansion limit)."""
    expr = prot.get("core_expression", "")
    if expr == "0":
        tests = prot.get("no_solution_tests") or []
        if tests:
            return f"（空：{'；'.join(map(setting_zh, tests))} 无充分组态，其解为空集，稳健核心因而为空集）"
        return "（空：没有组态同时属于初始解与每个检验解）"
    if not expr:
        return "（未写出：其展开形式超出展开上限；下方的拟合度与案例稳健性是完整的）"
    return expr


#: The sweeps of the test set in Chinese, in the words of the robustness verdict's Chinese line.
_SWEEPS_ZH = {"calibration": "校准阈值", "calibration_set": "单个集合的校准", "incl_cut": "一致性阈值",
              "n_cut": "频数阈值", "fuzzy": "模糊集变体", "case_removal": "剔除案例"}


def protocol_lines(prot: dict, settings: pd.DataFrame) -> list[tuple[str, str]]:
    """Notebook 03's lines on the robustness protocol's test set and its models, as (English, Chinese) from the same
    protocol (protocol(): its test set and sweeps, the settings without a sufficient configuration, those left out as
    the initial specification itself or refused by the engine, the solutions with several models), the settings of the
    test set that leave the truth table as it is (`settings`' changes_table: their solution is the initial one by
    construction, so they count in the test set without testing anything) and the number of case removals in
    `settings`; each subject before its first ': ' / '：' (cases.source_printer tags it there)."""
    removals = int((settings["sweep"] == "case_removal").sum()) if "sweep" in settings else 0
    none_en = lambda items: "; ".join(items) or "none"
    none_zh = lambda items: "；".join(map(setting_zh, items)) or "无"
    # the settings of the test set that leave the truth table as it is: their solution is the initial one, by
    # construction, so they agree with it without testing anything (a reader counting tests counts them apart)
    changes = dict(zip(settings["setting"].astype(str), settings["changes_table"])) \
        if {"setting", "changes_table"} <= set(settings.columns) else {}
    same_table = [t for t in prot["test_set"] if t in changes and not bool(changes[t])]
    test = (f"test set: {len(prot['test_set'])} settings (sweeps: {', '.join(prot['sweeps'])}), of which "
            f"{len(prot['no_solution_tests'])} without a sufficient configuration, whose solution is the empty set "
            f"({none_en(prot['no_solution_tests'])}), and {len(same_table)} that leave the truth table as it is, "
            f"whose solution is the initial one by construction, so they test nothing ({none_en(same_table)}); "
            f"left out: {counted(len(prot['same_as_baseline']), 'setting')} that "
            f"{'is' if len(prot['same_as_baseline']) == 1 else 'are'} the initial specification itself "
            f"({none_en(prot['same_as_baseline'])}), "
            f"{len(prot['refused_tests'])} refused by the engine, no finding about sufficiency "
            f"({none_en(prot['refused_tests'])}), {removals} case removals")
    test_zh = (f"检验集：{len(prot['test_set'])} 个设定（扫描：{'、'.join(_SWEEPS_ZH.get(k, k) for k in prot['sweeps'])}），"
               f"其中无充分组态、其解为空集的 {len(prot['no_solution_tests'])} 个（{none_zh(prot['no_solution_tests'])}），"
               f"不改变真值表、其解因构造即为初始解、故未检验任何东西的 {len(same_table)} 个（{none_zh(same_table)}）；"
               f"未纳入：即为初始设定本身的设定 {len(prot['same_as_baseline'])} 个（{none_zh(prot['same_as_baseline'])}），"
               f"被引擎拒绝、不构成关于充分性的结果的设定 {len(prot['refused_tests'])} 个"
               f"（{none_zh(prot['refused_tests'])}），剔除案例 {removals} 次")
    models = ("models: G1 of the initial solution (the reported model) and of each setting (SetMethods' rule); with "
              f"several models: {none_en(prot['model_ambiguity'])}")
    models_zh = ("模型：初始解（所报告的模型）与各设定均取 G1（SetMethods 的规则）；有多个模型的解："
                 + none_zh(prot["model_ambiguity"]))
    return [(test, test_zh), (models, models_zh)]


#: The engine's RCC_RANKS (analysis.qca.protocol) in Chinese, the protocol's words for the case types as the
#: robustness XY plot writes them (稳健 robust, 不稳 shaky, 可能 possible).
RCC_RANKS_ZH = {1: "无不稳案例、无可能案例", 2: "有可能案例、无不稳案例", 3: "有不稳案例、无可能案例", 4: "有不稳案例与可能案例"}


def measures_text_zh(values: Mapping) -> str:
    """measures_text (the engine's) for a Chinese line: each measure as measures_text writes it ('RF_cov 0.000',
    'RF_cons -'), separated by full-width commas as the other Chinese lines are: 'RCR_typ 0.500，RCR_dev -'."""
    return "，".join(measures_text({k: v}) for k, v in values.items())


def case_ratios_text_zh(ratios: Mapping) -> str:
    """case_ratios_text (the engine's) in Chinese: the same measures (measures_text_zh), RCC_rank's meaning after
    them in Chinese (RCC_RANKS_ZH)."""
    rank = ratios.get("RCC_rank")
    return measures_text_zh(ratios) + (f"（{RCC_RANKS_ZH[rank]}）" if rank in RCC_RANKS_ZH else "")


#: The case robustness kinds (the engine's protocol.CASE_TYPES, typical or deviant) fit_reading names, in its order,
#: with what each means, in English and Chinese.
_CASE_KINDS = {"robust": ("", ""), "shaky": ("in the initial solution, not in every test solution",
                                               "属初始解而不属每一检验解"),
               "possible": ("in some test solution, not in the initial solution", "属某一检验解而不属初始解")}
_CASE_KINDS_ZH = {"robust": "稳健", "shaky": "不稳", "possible": "可能"}


def _number(value) -> str:
    """A fit measure to 3 decimals, '-' for none (None or NaN: an empty core's consistency)."""
    return "-" if value is None or value != value else f"{float(value):.3f}"


def fit_reading(prot: Mapping, outcome: str = OUTCOME) -> tuple[str, str]:
    """What the robustness fit and the case robustness of a protocol (`protocol`'s: its `fit`, `cases` and
    `case_ratios`) say, in words computed from them, (English, Chinese): notebook 03 printed RF_cov, RF_cons, RF_SC
    and RCR as bare numbers. RF_cov is the robust core's covS over the initial solution's (both named), RF_cons the
    initial solution's inclS over the core's, RF_SC_minTS / RF_SC_maxTS the initial solution's set coincidence with
    the intersection and the union of the test solutions (1: the same memberships); then the typical (in `outcome`)
    and deviant cases (not in it) of the initial solution or a test solution by kind, robust (in the initial solution
    and every test solution), shaky and possible, each case named, with RCR_typ / RCR_dev (robust over all three). No
    threshold is applied: none is given by the protocol's measures (Oana & Schneider 2021), so the words say what
    each share is, not whether it is enough. The extreme deviant cases for coverage (in the outcome, in no solution)
    are named when there are any, and last, from the protocol's single tests (`single`, when given), the test
    solution(s) with the lowest set coincidence with the initial solution: where the robust core loses most."""
    fit, cases, ratios = prot["fit"], prot["cases"], prot["case_ratios"]
    y, initial = cases["Y"].to_numpy(dtype=float), cases["IS"].to_numpy(dtype=float)
    both = float(np.minimum(initial, y).sum())
    is_cov = both / float(y.sum()) if y.sum() else None
    is_incl = both / float(initial.sum()) if initial.sum() else None
    en = (f"robustness fit read: the robust core's covS {_number(fit.get('core_covS'))} of {outcome}, the initial "
          f"solution's {_number(is_cov)} (RF_cov {_number(fit.get('RF_cov'))}: the share of the initial solution's "
          f"coverage that is robust); RF_cons {_number(fit.get('RF_cons'))} (the initial solution's inclS "
          f"{_number(is_incl)} over the core's {_number(fit.get('core_inclS'))}); RF_SC_minTS "
          f"{_number(fit.get('RF_SC_minTS'))}, RF_SC_maxTS {_number(fit.get('RF_SC_maxTS'))} (the initial solution's "
          "set coincidence with the intersection and with the union of the test solutions; 1: the same memberships)")
    zh = (f"稳健性拟合解读：稳健核心的 covS 为 {_number(fit.get('core_covS'))}，初始解为 {_number(is_cov)}（RF_cov "
          f"{_number(fit.get('RF_cov'))}：初始解覆盖度中稳健部分的比例）；RF_cons {_number(fit.get('RF_cons'))}（初始解 "
          f"inclS {_number(is_incl)} 除以稳健核心 inclS {_number(fit.get('core_inclS'))}）；RF_SC_minTS "
          f"{_number(fit.get('RF_SC_minTS'))}、RF_SC_maxTS {_number(fit.get('RF_SC_maxTS'))}（初始解与各检验解之交、"
          "之并的集合重合度；1 表示隶属度相同）")
    for kind, label, label_zh, ratio in (("typical", f"in {outcome}", f"属 {outcome}", "RCR_typ"),
                                         ("deviant", f"not in {outcome}", f"不属 {outcome}", "RCR_dev")):
        named = {k: cases.loc[cases["type"] == f"{k} {kind}", "case"].astype(str).tolist() for k in _CASE_KINDS}
        total = sum(len(v) for v in named.values())
        if not total:
            en += f"; no {kind} case ({label}) in the initial solution or a test solution"
            zh += f"；初始解与检验解中无{'典型' if kind == 'typical' else '偏离'}案例（{label_zh}）"
            continue
        en += (f"; {counted(total, f'{kind} case')} ({label}, in the initial solution or a test solution): "
               + ", ".join(f"{k} {len(v)}" + (f" ({', '.join(v)}{': ' + _CASE_KINDS[k][0] if _CASE_KINDS[k][0] else ''})"
                                             if v else "") for k, v in named.items())
               + f" ({ratio} {_number(ratios.get(ratio))}: robust of all {total})")
        zh += (f"；{'典型' if kind == 'typical' else '偏离'}案例 {total} 个（{label_zh}，属初始解或某一检验解）："
               + "，".join(f"{_CASE_KINDS_ZH[k]} {len(v)} 个" + (f"（{'、'.join(v)}"
                                                               + (f"：{_CASE_KINDS[k][1]}" if _CASE_KINDS[k][1] else "")
                                                               + "）" if v else "") for k, v in named.items())
               + f"（{ratio} {_number(ratios.get(ratio))}：稳健者占全部 {total} 个的比例）")
    extreme = cases.loc[cases["type"] == "extreme deviant coverage", "case"].astype(str).tolist()
    if extreme:   # in the outcome, in no solution of the test set: counted in no ratio
        en += f"; extreme deviant coverage (in {outcome}, in no solution): {', '.join(extreme)}"
        zh += f"；极端覆盖度偏离（属 {outcome}，不属任何解）：{'、'.join(extreme)}"
    single = prot.get("single")
    if single is not None and len(single) and "SC" in single.columns and single["SC"].notna().any():
        sc = single["SC"].astype(float)
        low = single.loc[sc == sc.min(), "test"].astype(str).tolist()   # ties: every one named
        en += (f"; the test solution{'s' if len(low) > 1 else ''} least like the initial one (set coincidence "
               f"{sc.min():.3f}, the single tests' lowest): {'; '.join(low)}")
        zh += f"；与初始解最不相同的检验解（集合重合度 {sc.min():.3f}，各单项检验中最低）：{'；'.join(map(setting_zh, low))}"
    return en, zh


def deviant_model_index(res) -> int:
    """The number (1, 2, ...) among the reported solution's models of the chart's first model group (G1), the model
    the XY plot and the case typology show."""
    expr = res.chart.model_fit["expression"].iloc[0]
    return next((i for i, m in enumerate(res.reported.models, start=1) if m.expression == expr), 1)


#: Columns of the case tables of a solution (deviant_cases; the engine's typology_by_model, smmr 'typical',
#: focal_condition_pairs) and of the protocol's case table: what no_solution_tables() gives without rows.
NO_SOLUTION_COLUMNS = {
    "deviant": ["case", "expression", "solution", "outcome", "member_of", "type"],
    "by_model": ["case", "same_in_every_model"],
    "typical": ["case", "term", "term_membership", "outcome", "unique_coverage", "best", "most_typical"],
    "pairs": ["term", "focal_conjunct", "typical", "irrelevant", "focal_differs", "other_differences", "pair_rank",
              "clean_correspondence", "FC<=Y", "unique_coverage", "globally_uncovered", "best", "most_typical_FC",
              "most_typical_term"],
    "robustness_cases": ["case", "IS", "minTS", "maxTS", "Y", "intersection", "type"],
    "single_tests": ["test", "sweep", "expression", "RCC_rank", "SC"],
}


def no_solution_tables() -> dict[str, pd.DataFrame]:
    """The case tables of a solution when there is none (no sufficient configuration): each without rows, with its
    columns (NO_SOLUTION_COLUMNS). No case is typical or deviant of a solution that does not exist; the tables are
    written empty, and notebook 03 prints why, rather than typing cases against an empty set."""
    return {name: pd.DataFrame(columns=cols) for name, cols in NO_SOLUTION_COLUMNS.items()}


def no_solution_protocol(note: str) -> dict:
    """What protocol() returns, for an initial specification without a solution (`note`: its no_solution): no test
    set, robust core or robustness fit (Oana & Schneider 2021 measure them against the initial solution), said in
    `no_solution`; the same keys, so the outputs are written with the finding rather than invented."""
    empty = no_solution_tables()["robustness_cases"]
    return {"fit": {}, "core_expression": "", "core_minimised": "", "cases": empty, "case_ratios": {},
            "single": no_solution_tables()["single_tests"], "memberships": pd.DataFrame(), "test_set": [], "sweeps": [],
            "same_as_baseline": [], "no_solution_tests": [], "refused_tests": [], "test_models": "same",
            "model_ambiguity": [], "no_solution": note}


def deviant_cases(res) -> pd.DataFrame:
    """Case typology (analysis.qca.diagnostics.case_typology) of the reported solution's first model group (G1):
    case, expression, solution membership, outcome, the terms the case is in, and its type (typical, deviant
    consistency, deviant coverage, individually irrelevant). Without a solution (res.no_solution) no rows."""
    if getattr(res, "no_solution", ""):
        return no_solution_tables()["deviant"]
    expr = res.chart.model_fit["expression"].iloc[0]
    typ = case_typology(res.reported, model=deviant_model_index(res))
    out = typ[["case", "solution", "outcome", "member_of", "type"]].copy()
    out.insert(1, "expression", expr)
    return out


#: Columns of deviant_coverage_cases(), in order.
DEVIANT_COVERAGE_COLUMNS = ["case", "row", "row_incl", "row_OUT", "contradictory", "irrelevant_in_row", "most_deviant"]


def deviant_coverage_cases(res) -> pd.DataFrame:
    """The deviant cases for coverage of the reported model (G1's, as deviant_cases: in the outcome, in no path) and
    what to compare each with (Schneider & Rohlfing 2013; Oana, Schneider & Thomann 2021): its truth table `row`,
    the row's `row_incl` and how the cut-offs coded it (`row_OUT`), whether the row is `contradictory` (it holds
    cases out of the outcome too: analysis.qca.contradictions), the individually irrelevant cases of the same row
    (`irrelevant_in_row`, 'R12'; '' for none: the engine's smmr_pairs 'deviant coverage-irrelevant', the same
    configuration with the other outcome, so what tells the two apart is no condition of the model) and whether it
    is its row's most deviant case (`most_deviant`, smmr 'deviant coverage'). No rows without a solution or without
    a deviant case for coverage (DEVIANT_COVERAGE_COLUMNS either way)."""
    if getattr(res, "no_solution", ""):
        return pd.DataFrame(columns=DEVIANT_COVERAGE_COLUMNS)
    model = deviant_model_index(res)
    sol = res.reported
    dev = smmr(sol, "deviant coverage", model=model)
    if not len(dev):
        return pd.DataFrame(columns=DEVIANT_COVERAGE_COLUMNS)
    row_of = case_typology(sol, model=model).set_index("case")["TT_row_number"]
    pairs = smmr_pairs(sol, "deviant coverage-irrelevant", model=model, max_pairs=len(row_of) ** 2)["solution"]
    rows = sol.truth_table.rows
    mixed = set(contradictions(sol.truth_table)["row"].astype(int))
    out = []
    for case, most in zip(dev["case"], dev["most_deviant_coverage"]):
        row = int(row_of[case])
        out.append({"case": case, "row": row, "row_incl": float(rows.at[row, "incl"]), "row_OUT": str(rows.at[row, "OUT"]),
                    "contradictory": row in mixed,
                    "irrelevant_in_row": ", ".join(pairs.loc[pairs["deviant_coverage"] == case, "irrelevant"]),
                    "most_deviant": bool(most)})
    return pd.DataFrame(out, columns=DEVIANT_COVERAGE_COLUMNS)


def _deviant_coverage_rows(frame: pd.DataFrame) -> list[tuple]:
    """What deviant_coverage_reading and its Chinese line state per truth table row, computed once: (row, its
    deviant cases, the cases of the row out of the outcome, row incl, row OUT, contradictory), rows in order."""
    out = []
    for row, part in frame.groupby("row", sort=True):
        first = part.iloc[0]
        partners = list(dict.fromkeys(c for v in part["irrelevant_in_row"] if v for c in v.split(", ")))
        out.append((int(row), list(part["case"]), partners, float(first["row_incl"]), first["row_OUT"],
                    bool(first["contradictory"])))
    return out


def deviant_coverage_reading(frame: pd.DataFrame, outcome: str, data_source: str) -> str:
    """The compendium's reading of deviant_coverage_cases in one line, its subject before ': ' (cases.source_printer
    names the data source there) with its evidence level as the data allow it (cases.evidence_on): per truth table
    row, its deviant cases for coverage, how the row was coded and the individually irrelevant cases to compare them
    with; a row without one is said to offer no comparison with the other outcome."""
    level = evidence_on(data_source, READING)
    subject = (f"deviant cases for coverage of {outcome}, the compendium's reading "
               f"(evidence {'the ' if level == READING else ''}{level})")
    if not len(frame):
        return f"{subject}: none, so no case in {outcome} is left unexplained by the reported model"
    parts = []
    for row, cases, partners, incl, out, mixed in _deviant_coverage_rows(frame):
        coded = f"row {row}, incl {incl:.3f}, coded OUT = {out}" + (", a contradictory row" if mixed else "")
        its = "its" if len(cases) == 1 else "their"
        parts.append(f"{', '.join(cases)} ({coded}) {'shares' if len(cases) == 1 else 'share'} {its} configuration "
                     f"with {', '.join(partners)}, out of {outcome}: the same conditions with the other outcome, so what "
                     "tells them apart is a condition the model omits or the coding of the cases; compare them within "
                     f"cases before reading the paths as covering every case in {outcome}" if partners else
                     f"{', '.join(cases)} ({coded}): no case out of {outcome} shares {its} configuration, so the row "
                     "offers no comparison with the other outcome")
    return f"{subject}: " + "; ".join(parts)


def deviant_coverage_reading_zh(frame: pd.DataFrame, outcome: str, data_source: str) -> str:
    """deviant_coverage_reading in Chinese, written from the same facts (_deviant_coverage_rows), its subject before
    the first '：' (source_printer(..., 'zh') tags it there) and its evidence level in the ledger's Chinese words
    (claims.EVIDENCE_LEVELS_ZH), as configurations.contradictory_paths_reading_zh."""
    level = evidence_on(data_source, READING)
    subject = f"{outcome} 的覆盖度偏离案例（本项目解读，证据等级为{EVIDENCE_LEVELS_ZH[level]}）"
    if not len(frame):
        return f"{subject}：无，{outcome} 中没有报告的模型未解释的案例"
    parts = []
    for row, cases, partners, incl, out, mixed in _deviant_coverage_rows(frame):
        coded = f"第 {row} 行，一致性 {incl:.3f}，编码为 OUT = {out}" + ("，矛盾行" if mixed else "")
        parts.append(f"{'、'.join(cases)}（{coded}）与 {'、'.join(partners)}（不属于 {outcome}）组态相同：条件相同而结果"
                     f"相反，二者的差别在于模型遗漏的条件或案例编码；在把路径读作涵盖 {outcome} 的全部案例之前，应作案例内比较"
                     if partners else
                     f"{'、'.join(cases)}（{coded}）：同一行中没有不属于 {outcome} 的案例，该行无从与相反结果比较")
    return f"{subject}：" + "；".join(parts)


def _necessity_basis_facts(necessity: pd.DataFrame, relevance: str, benchmark: float, relevance_cut: float,
                           focus: str) -> tuple[float, float, bool | None, str]:
    """`focus`'s inclN and relevance from `necessity` and ESA's necessity rule's verdict and reason on them
    (analysis.qca.esa.necessity_constrains): the facts esa_necessity_basis and its Chinese twin state."""
    from ..qca.esa import necessity_constrains

    r = necessity.set_index("condition").loc[focus]
    incl, rel = float(r["inclN"]), float(r[relevance])
    verdict, why = necessity_constrains(incl, rel, benchmark, relevance_cut, constant=bool(r.get("constant", False)),
                                        measure=relevance)
    return incl, rel, verdict, why


def esa_necessity_basis(necessity: pd.DataFrame, relevance: str, benchmark: float, relevance_cut: float,
                        focus: str = FOCUS) -> str:
    """Whether blocking the remainders without `focus` (claims_by_analysis' esa_necessity) follows ESA's necessity
    rule (analysis.qca.esa.ESA_NECESSITY_RULE, judged by necessity_constrains from `focus`'s row of `necessity`, a
    necessity_table: inclN against `benchmark`, `relevance` (RoN or covN) against `relevance_cut`), in words: 'by ESA's
    necessity rule: ...' or 'a sensitivity analysis against ESA's necessity rule: ...' with the fit and the reason.
    A relevance the rule could not judge (no value) is said to be not judged, not 'not relevant', and the rule then
    makes no remainder untenable either (it needs a relevant condition)."""
    incl, rel, verdict, why = _necessity_basis_facts(necessity, relevance, benchmark, relevance_cut, focus)
    if verdict:
        return (f"by ESA's necessity rule: {focus} is consistent with necessity (inclN {incl:.3f}) and relevant "
                f"({relevance} {rel:.3f} >= {relevance_cut:g}), so the remainders without it are untenable")
    fit = (f"not consistent with necessity ({why}; {relevance} {rel:.3f})" if incl < benchmark - 1e-12 else
           f"consistent with necessity (inclN {incl:.3f}), its relevance not judged ({why})" if verdict is None else
           f"consistent with necessity (inclN {incl:.3f}) but not relevant ({relevance} {rel:.3f}; {why})")
    return (f"a sensitivity analysis against ESA's necessity rule: {focus} is {fit}, so by the rule it makes no "
            f"remainder untenable; blocking them takes the reading of 基础保障 as necessity (A5-A7) at its word")


#: necessity_constrains' reasons in Chinese (esa_necessity_basis_zh), each pattern matched in full, in order.
_NECESSITY_REASONS_ZH = ((r"inclN below (\S+)", r"inclN 低于 \1"), (r"present in every case", "存在于每个案例中"),
                         (r"relevance not judged: no (\S+) cut given", r"未判断相关性：未给出 \1 阈值"),
                         (r"relevance not judged: no (\S+)", r"未判断相关性：无 \1"), (r"(\S+) below (\S+)", r"\1 低于 \2"))


def esa_necessity_basis_zh(necessity: pd.DataFrame, relevance: str, benchmark: float, relevance_cut: float,
                           focus: str = FOCUS) -> str:
    """esa_necessity_basis in Chinese, from the same facts and verdict (_necessity_basis_facts), the rule's reason
    in Chinese (_NECESSITY_REASONS_ZH; an unknown reason is kept as the engine gives it)."""
    incl, rel, verdict, why = _necessity_basis_facts(necessity, relevance, benchmark, relevance_cut, focus)
    why_zh = next((re.sub(f"^{pat}$", rep, why) for pat, rep in _NECESSITY_REASONS_ZH if re.fullmatch(pat, why)), why)
    if verdict:
        return (f"合乎 ESA 的必要条件规则：{focus} 与必要性一致（inclN {incl:.3f}）且相关（{relevance} {rel:.3f} ≥ "
                f"{relevance_cut:g}），缺少它的逻辑余项不可成立")
    fit = (f"与必要性不一致（{why_zh}；{relevance} {rel:.3f}）" if incl < benchmark - 1e-12 else
           f"与必要性一致（inclN {incl:.3f}），相关性未判断（{why_zh}）" if verdict is None else
           f"与必要性一致（inclN {incl:.3f}）但不相关（{relevance} {rel:.3f}；{why_zh}）")
    return (f"违背 ESA 必要条件规则的敏感性分析：{focus} {fit}，按规则不使任何逻辑余项不可成立；排除它们即按字面把“基础保障”"
            f"读作必要条件（A5–A7）")


def claims_by_analysis_lines(by_analysis: pd.DataFrame, basis_zh: str, focus: str = FOCUS) -> list[tuple[str, str]]:
    """Notebook 03's three lines under claims_by_analysis' table, as (English, Chinese) from its columns: the claims
    true under the standard analysis, still true under ESA (`survives_esa`), and true under ESA that also blocks the
    remainders without `focus` (`esa_necessity`) with the blocking's basis (`esa_necessity_basis`; `basis_zh`, its
    Chinese twin from esa_necessity_basis_zh on the same necessity table); each subject before its first ':' / '：'.
    After the true ones each line names the false ones and, apart, the not testable ones (a claim the data cannot
    speak to is not false: the lines listed the true ones only, so A7 (false) and A10 (not testable) were both just
    absent), and, given the table's `evidence` column (claims.with_evidence, as claims_by_analysis.csv and notebook
    03's table have it), the verdicts' evidence level, as the claims ledger's headline says it."""
    from ..claims import EVIDENCE_LEVELS

    ids = lambda col, verdict="true": by_analysis.loc[by_analysis[col].astype(str) == verdict,
                                                      "claim_id"].astype(str).tolist()
    basis = str(by_analysis["esa_necessity_basis"].iloc[0]) if len(by_analysis) else ""
    said = by_analysis["evidence"].astype(str) if "evidence" in by_analysis.columns else pd.Series(dtype=str)
    unknown = sorted(set(said) - set(EVIDENCE_LEVELS))
    if unknown:
        raise ValueError(f"claims_by_analysis evidence {', '.join(map(repr, unknown))}; allowed: "
                         f"{', '.join(map(repr, EVIDENCE_LEVELS))}")
    levels = [(level, by_analysis.loc[said == level, "claim_id"].astype(str).tolist())
              for level in EVIDENCE_LEVELS if (said == level).any()]
    level_en = ("" if not levels else f" (evidence: {levels[0][0]})" if len(levels) == 1 else
                " (evidence: " + "; ".join(f"{level}: {', '.join(c)}" for level, c in levels) + ")")
    level_zh = ("" if not levels else f"（证据等级：{EVIDENCE_LEVELS_ZH[levels[0][0]]}）" if len(levels) == 1 else
                "（证据等级：" + "；".join(f"{EVIDENCE_LEVELS_ZH[level]} {'、'.join(c)}" for level, c in levels) + "）")

    def rest(col, false_en="false", false_zh="不成立"):
        false, untestable = ids(col, "false"), ids(col, NOT_TESTABLE)
        return ((f"; {false_en}: {', '.join(false)}" if false else "")
                + (f"; {NOT_TESTABLE}: {', '.join(untestable)}" if untestable else "") + level_en,
                (f"；{false_zh}：{'、'.join(false)}" if false else "")
                + (f"；无法检验：{'、'.join(untestable)}" if untestable else "") + level_zh)

    standard, necessity = rest("standard"), rest("esa_necessity")
    survives = rest("survives_esa", "false under one or both", "在其一或两者下不成立")
    return [(f"true under the standard analysis: {', '.join(ids('standard')) or 'none'}{standard[0]}",
             f"标准分析下成立的论断：{'、'.join(ids('standard')) or '无'}{standard[1]}"),
            (f"still true under ESA: {', '.join(ids('survives_esa')) or 'none'}{survives[0]}",
             f"ESA 下仍成立的论断：{'、'.join(ids('survives_esa')) or '无'}{survives[1]}"),
            (f"true under ESA with ~{focus} remainders blocked: {', '.join(ids('esa_necessity')) or 'none'}"
             f"{necessity[0]}; {basis}",
             f"ESA 另排除缺少 {focus} 的逻辑余项时成立的论断：{'、'.join(ids('esa_necessity')) or '无'}{necessity[1]}；"
             f"{basis_zh}")]


def claims_by_analysis(data: pd.DataFrame, *, shares: pd.DataFrame | None = None, claims: Sequence[ClaimSpec] = CLAIMS,
                       untenable: str | None = None, **kwargs) -> pd.DataFrame:
    """Each claim's verdict under the standard analysis, under ESA, and under ESA that also blocks the remainders
    without the focus condition ('esa_necessity': untenable ~SER, what ESA does for a condition taken as necessary;
    Schneider & Wagemann 2012), and whether it survives ESA (true under both; 'not testable' where either
    cannot say). 'esa_necessity_basis' says whether that blocking follows ESA's necessity rule (esa_necessity_basis,
    from SER's inclN and relevance under `necessity`'s benchmark, measure and cut): when SER is not relevant it is a
    sensitivity analysis against the rule, shown because A5-A7 read 基础保障 as necessity. Same data and cut-offs; an analysis
    without a positive row is judged as the ledger judges it (no sufficient configuration: the path claims false,
    the others from the data); one the engine refuses otherwise leaves its claims not testable. `untenable`: remainders the reported analysis blocks as untenable
    (notebook 03's parameter), blocked by both ESA columns as by the ledger's analysis (the standard analysis
    blocks nothing)."""
    nec = dict(kwargs.get("necessity") or {})
    benchmark = nec.get("necessity_benchmark", NECESSITY_BENCHMARK)
    relevance, cut = nec.get("relevance", RELEVANCE_MEASURE), nec.get("relevance_cut", RELEVANCE_CUT)
    basis = esa_necessity_basis(necessity_table(data, OUTCOME, list(CONDITION_NAMES), benchmark=benchmark,
                                                relevance=relevance, relevance_cut=cut), relevance, benchmark, cut)
    out = {}
    esa_necessity = f"~{FOCUS}" + (f" + {untenable}" if untenable else "")
    for name, analysis, blocked in (("standard", "standard", None), ("esa", "esa", untenable or None),
                                    ("esa_necessity", "esa", esa_necessity)):
        rec, _ = run_specification(data, analysis=analysis, untenable=blocked, shares=shares, allow_empty=True,
                                   **kwargs)
        evaluated = {spec.claim_id: ((rec["error"], None) if rec["error"] else evaluate(spec, rec)) for spec in claims}
        out[name] = {cid: {True: "true", False: "false"}.get(agrees, "not testable")
                     for cid, (_, agrees) in evaluated.items()}
        out[name + "_computed"] = {cid: computed for cid, (computed, _) in evaluated.items()}
    df = pd.DataFrame(out).rename_axis("claim_id").reset_index()
    # three-valued as the verdicts: a claim not testable under either analysis has nothing to survive
    df["survives_esa"] = np.where((df["standard"] == "not testable") | (df["esa"] == "not testable"), "not testable",
                                  np.where((df["standard"] == "true") & (df["esa"] == "true"), "true", "false"))
    df["esa_necessity_basis"] = basis
    return df[["claim_id", "standard", "esa", "survives_esa", "esa_necessity", "esa_necessity_basis",
               "standard_computed", "esa_computed", "esa_necessity_computed"]]


#: The tables case_studies() gives, beside the deviant cases for coverage (deviant_coverage_cases).
CASE_STUDY_TABLES = ("deviant", "by_model", "typical", "deviant_consistency", "pairs")


def case_studies(res, condition: str) -> dict:
    """The cases for case studies after the sufficiency analysis `res` (a ConfigurationAnalysis of the outcome or of
    its negation), by the rules notebook 03 applies to EFF's reported solution (Schneider & Rohlfing 2013; SetMethods'
    smmr): 'deviant', the case typology of G1's model (deviant_cases); 'by_model', each case's type under every model
    (the engine's typology_by_model); 'typical', the typical cases per path of G1's model (smmr 'typical');
    'deviant_consistency', the cases in a path and out of the outcome (smmr 'deviant consistency'); 'pairs', per path
    holding `condition` or its negation, typical / individually irrelevant pairs with that literal as the focal conjunct
    (the engine's focal_condition_pairs, SetMethods' smmr match = TRUE); 'same_typology', whether every case has one
    type under every model. Without a solution (res.no_solution) the tables have no rows (no_solution_tables; no case
    is typical or deviant of a solution that does not exist) and same_typology is None."""
    from ..qca.diagnostics import typology_by_model
    from ..qca.matching import focal_condition_pairs

    if getattr(res, "no_solution", ""):
        none = no_solution_tables()
        return {"deviant": none["deviant"], "by_model": none["by_model"], "typical": none["typical"],
                "deviant_consistency": pd.DataFrame(columns=["case", "term", "term_membership", "outcome", "best",
                                                             "most_deviant"]),
                "pairs": none["pairs"], "same_typology": None}
    model = deviant_model_index(res)
    by_model = typology_by_model(res.reported)
    return {"deviant": deviant_cases(res), "by_model": by_model,
            "typical": smmr(res.reported, "typical", model=model),
            "deviant_consistency": smmr(res.reported, "deviant consistency", model=model),
            "pairs": focal_condition_pairs(res.reported, condition, model=model),
            "same_typology": bool(by_model["same_in_every_model"].all())}


def case_study_lines(tables: Mapping, outcome: str, condition: str, data_source: str) -> list[str]:
    """What case_studies() found for `outcome`, in lines notebook 03 prints (each naming the data source): the case
    types of G1's model and whether they hold under every model, the typical cases of each path and the paths resting on
    one, the deviant cases for consistency, and the pairs that differ in `condition` alone; where a table has no
    rows, the line says why, computed (no path holding the condition, no case in a path out of the outcome)."""
    from .cases import source_text
    from ..qca.diagnostics import SUFFICIENCY_TYPES

    deviant, typical, pairs = tables["deviant"], tables["typical"], tables["pairs"]
    if not len(deviant):
        return [source_text(f"case studies of {outcome}: no solution, so no typical or deviant case and no pair",
                            data_source)]
    counts = deviant["type"].value_counts()
    n_models = len(tables["by_model"].columns) - 2
    lines = [f"case types of {outcome}'s reported model ({deviant['expression'].iloc[0]}): "
             + ", ".join(f"{k} {int(counts.get(k, 0))}" for k in SUFFICIENCY_TYPES)
             + "".join(f", {k} {int(n)}" for k, n in counts.items() if k not in SUFFICIENCY_TYPES)
             + (f"; the same under its one model: {tables['same_typology']}" if n_models == 1 else
                f"; the same under every one of its {n_models} models: {tables['same_typology']}")]
    per_path = typical.groupby("term", sort=False)["case"].apply(list)
    lines.append(f"typical cases of {outcome} per path: "
                 + ("; ".join(f"{t}: {', '.join(c)}" for t, c in per_path.items()) or "none")
                 + "; paths resting on a single typical case: "
                 + (", ".join(f"{t} ({c[0]})" for t, c in per_path.items() if len(c) == 1) or "none"))
    dcons = tables["deviant_consistency"]
    lines.append(f"deviant cases for consistency of {outcome}: "
                 + ("; ".join(f"{r.case} ({r.term})" for r in dcons.itertuples()) if len(dcons) else
                    f"none (no case in a path of the model is out of {outcome})"))
    if not len(pairs):
        lines.append(f"pairs for comparative case studies of {outcome} with {condition} as the focal condition: none "
                     f"(no path of the model holds {condition} or ~{condition})")
    else:
        closest = pairs[pairs["focal_differs"].astype(bool) & (pairs["other_differences"] == "")]
        focal = ", ".join(dict.fromkeys(pairs["focal_conjunct"]))
        lines.append(f"pairs of {outcome} that differ in {condition} alone (typical / individually irrelevant, {focal} "
                     f"the focal conjunct): " + ("; ".join(f"{r.typical} / {r.irrelevant} ({r.term})"
                                                          for r in closest.itertuples()) or
                                                 f"none of the {counted(len(pairs), 'pair')} ranked (each differs in another "
                                                 f"condition too)"))
    return [source_text(line, data_source) for line in lines]


def case_studies_json(typical: pd.DataFrame, pairs: pd.DataFrame, frame: pd.DataFrame | None) -> dict:
    """An outcome's cases for case studies as qca.json writes them, the same for EFF and ~EFF: `typical`, the typical
    cases of each path of G1's model ({term: [cases]}, each path's cases in the order of `typical`: smmr's rows,
    typical_cases.csv and negated_typical_cases.csv), and `pairs`, the pairs that differ in the comparison condition alone (focal_differs, no
    other difference: those notebook 03's pair lines name; comparative_pairs.csv and negated_comparative_pairs.csv hold
    every pair), each {`typical`, `irrelevant`, `term`, `path_survives_without_csa`}: whether its path survives the
    outcome's re-run with its contradictory easy counterfactuals blocked (`frame`:
    paths_without_contradictory_assumptions; configurations.lost_paths), null when not checked. No solution: no rows,
    so {} and []."""
    from .configurations import lost_paths

    per_path = {t: list(c) for t, c in typical.groupby("term", sort=False)["case"]} if len(typical) else {}
    lost = lost_paths(frame)
    closest = pairs[pairs["focal_differs"].astype(bool) & (pairs["other_differences"] == "")] if len(pairs) else pairs
    return {"typical": per_path,
            "pairs": [{"typical": r.typical, "irrelevant": r.irrelevant, "term": r.term,
                       "path_survives_without_csa": None if lost is None else r.term not in lost}
                      for r in closest.itertuples()]}


#: The case types in case_study_line_zh (the XY figure's Chinese legend, analysis.plots.diagnostics).
_CASE_TYPES_ZH = {"typical": "典型", "deviant consistency": "一致性偏离", "deviant coverage": "覆盖度偏离",
                  "individually irrelevant": "个体无关"}


def case_study_line_zh(tables: Mapping, outcome: str, condition: str, data_source: str) -> str:
    """case_study_lines in one Chinese line: the case types of G1's model, the paths resting on a single typical case,
    the deviant cases for consistency and the pairs that differ in `condition` alone (or why there are none)."""
    from .cases import source_text
    from ..qca.diagnostics import SUFFICIENCY_TYPES

    deviant, typical, pairs = tables["deviant"], tables["typical"], tables["pairs"]
    if not len(deviant):
        return source_text(f"{outcome} 的案例研究：无解，故无典型案例、偏离案例或比较案例对", data_source, "zh")
    counts = deviant["type"].value_counts()
    per_path = typical.groupby("term", sort=False)["case"].apply(list)
    single = "、".join(f"{t}（{c[0]}）" for t, c in per_path.items() if len(c) == 1) or "无"
    dcons = tables["deviant_consistency"]
    if not len(pairs):
        paired = f"无（模型中没有含 {condition} 或 ~{condition} 的路径）"
    else:
        closest = pairs[pairs["focal_differs"].astype(bool) & (pairs["other_differences"] == "")]
        paired = "；".join(f"{r.typical} / {r.irrelevant}（{r.term}）" for r in closest.itertuples()) or \
            f"无（所排的 {len(pairs)} 对均另有条件不同）"
    n_models = len(tables["by_model"].columns) - 2
    same = {True: "是", False: "否"}.get(tables["same_typology"], "未检验")
    typical_zh = "；".join(f"{t}：{'、'.join(c)}" for t, c in per_path.items()) or "无"
    return source_text(
        f"{outcome} 的案例类型（所报告的模型）："
        + "、".join(f"{_CASE_TYPES_ZH.get(k, k)} {int(counts.get(k, 0))}" for k in SUFFICIENCY_TYPES)
        + f"；在其全部 {n_models} 个模型下相同：{same}；各路径的典型案例：{typical_zh}"
        + f"；仅有一个典型案例的路径：{single}；一致性偏离案例："
        + ("、".join(f"{r.case}（{r.term}）" for r in dcons.itertuples()) if len(dcons) else "无")
        + f"；仅在 {condition} 上不同的比较案例对（典型 / 个体无关）：{paired}", data_source, "zh")

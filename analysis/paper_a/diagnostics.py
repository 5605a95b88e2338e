"""Paper A's own diagnostics beyond the solutions: how far its cut-offs can move and the outcome's negation analysed
with Paper A's configurational analysis. The generic ones a QCA referee asks for live in the engine
(analysis.qca: `necessity_typology` / `necessity_xy`, `contradictions`, `typology_by_model`,
`permutation_benchmark`); notebook 03 calls both.

- `threshold_ranges`: how far `incl_cut` and `n_cut` and, given the indicator shares, each set's crisp calibration
  threshold (the share of its indicators a case needs to be in it) can move before the solution changes
  (analysis.qca.threshold_range, as SetMethods' rob.inclrange / rob.ncutrange / rob.calibrange), the first step of
  Oana & Schneider's (2021) robustness protocol and the computed justification of the chosen cut-offs.
- `negated_outcome`: necessity and the three solutions for the outcome's negation, analysed separately because
  set relations are asymmetric (Schneider & Wagemann 2010, Comparative Sociology 9(3), standards on the
  negated outcome; 2012; Greckhamer et al. 2018). Notebook 03's `untenable` reaches it through
  `negated_untenable`: a remainder declared impossible is impossible whatever the outcome, so it is blocked for the
  negation too; a term that is the negation of a condition consistent with necessity for the outcome (e.g. ~SER
  when SER is necessary for EFF) is blocked because of that necessity, which says nothing about the negation, so
  it is not carried over. The parameter is one expression, so the split is by that rule, not by what the user meant:
  an impossibility that happens to equal the negation of a necessary condition is dropped for the negation.
- `necessary_disjunctions`: the search for necessary disjunctions (SUIN conditions: Schneider & Wagemann 2012;
  Oana, Schneider & Thomann 2021) for the outcome and its negation, with the engine's
  `super_subset` (relation necessity, inclN at the benchmark), RoN, covN and skew of each expression, and a
  reading: only a disjunction that is relevant, not skewed and whose literals all point the way the directional
  expectations say is a *candidate* for interpretation as functional equivalents; the rest pass with low relevance,
  skewed or against expectations.
  Which candidate is theoretically meaningful is the compendium's reading, not a computed fact.
"""
from __future__ import annotations

import warnings
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from ..qca.esa import untenable_observed_rows
from ..qca.measures import consistency, coverage
from ..qca.necessity import super_subset
from ..qca.protocol import threshold_range
from ..qca.skew import share_said, skew_share_said
from ..qca.standards import counted   # '1 row', '6 rows': good_practice's counts' one rule
from ..qca.errors import in_number   # 'row 3', 'rows 3, 4': the same rule for a noun heading a list
from ..qca.truth_table import truth_table
from .cases import DEFAULT_THRESHOLD, OUTCOME, RAINBOW_LEVELS, LEVEL_ORDER, crisp_memberships
from .claims import is_skewed, necessity_table
from .configurations import analyse_configurations, csa_after_esa, esa_blocked, negation  # noqa: F401 (D.csa_after_esa)


# ---------------------------------------------------------------- cut-off ranges


#: How threshold_ranges searches: incl_cut in steps of INCL_STEP, at most INCL_RUNS steps each way; n_cut in steps of
#: 1, at most N_RUNS each way; a set's calibration threshold (a share of indicators) in steps of CAL_STEP, at most
#: CAL_RUNS each way (from ½: down to 0 and up to 1). range_lines names the last value searched from them.
INCL_STEP, INCL_RUNS, N_RUNS = 0.01, 25, 3
CAL_STEP, CAL_RUNS = 0.05, 10
#: threshold_ranges' name of a set's calibration range ('calibration SYS').
CALIBRATION_PREFIX = "calibration "


def threshold_ranges(data: pd.DataFrame, outcome: str, conditions: Sequence[str], *, incl_cut: float = 0.8,
                     n_cut: int = 1, pri_cut: float = 0.0, dir_exp: Mapping | None = None, incl_step: float = INCL_STEP,
                     incl_runs: int = INCL_RUNS, n_runs: int = N_RUNS, analysis: str = "standard",
                     untenable: str | None = None, shares: pd.DataFrame | None = None,
                     calibration_threshold: float = DEFAULT_THRESHOLD, cal_step: float = CAL_STEP,
                     cal_runs: int = CAL_RUNS) -> pd.DataFrame:
    """The ranges of `incl_cut` (steps of `incl_step`) and `n_cut` (steps of 1) within which the solution does not
    change (analysis.qca.threshold_range: every model; with `dir_exp`, every intermediate model). `analysis` 'esa':
    the ranges of the ESA solution, the remainders ESA blocks at the given cut-offs (`esa_blocked`, with
    `untenable`) blocked at every step, as SetMethods' ranges pass minimize's exclude; 'standard': none blocked. One
    row per cut-off: value, lower and upper bound (NaN: no change within the runs) and why each stops.

    shares: the indicator shares `data` was calibrated from (crisp: in the set at `calibration_threshold` of its
    indicators or more, cases.crisp_memberships); given, a row per set of them among the conditions and the outcome,
    named 'calibration SET', the range of that set's threshold (steps of `cal_step`) with every other set as it
    is, as SetMethods' rob.calibrange (type = "crisp"). Their skew notes at moved thresholds are not repeated here
    (the range reports where the solution changes; the test set's settings say what each calibration gives)."""
    if analysis not in ("esa", "standard"):
        raise ValueError(f"analysis must be 'esa' or 'standard', got {analysis!r}")
    conditions = list(conditions)
    de = None if dir_exp is None else [dir_exp[c] for c in conditions]
    exclude = None
    if analysis == "esa":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")   # the runs below give each note once
            tt = truth_table(data, outcome, conditions, incl_cut=incl_cut, n_cut=n_cut, pri_cut=pri_cut)
        exclude = sorted({r for rows in esa_blocked(tt, untenable).values() for r in rows}) or None
    common = dict(incl_cut=incl_cut, n_cut=n_cut, pri_cut=pri_cut, dir_exp=de, exclude=exclude)
    parts = [threshold_range(data, outcome, conditions, "incl_cut", step=incl_step, max_runs=incl_runs, **common),
             threshold_range(data, outcome, conditions, "n_cut", step=1, max_runs=n_runs, **common)]
    for name in ([] if shares is None else [s for s in [*conditions, outcome] if s in shares.columns]):
        start = crisp_memberships(shares.loc[data.index, [name]], threshold=calibration_threshold)[name]
        if not np.array_equal(start.to_numpy(), data[name].to_numpy()):   # else the range starts from other sets
            raise ValueError(f"{name}: the shares at threshold {calibration_threshold:g} do not give the data's "
                             f"memberships (cases {', '.join(map(str, data.index[start.to_numpy() != data[name].to_numpy()]))}); "
                             "give the shares the data were calibrated from and their threshold")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            part = threshold_range(data, outcome, conditions, "calibration", step=cal_step, max_runs=cal_runs,
                                   raw=shares.loc[data.index], calibrate_set=name, thresholds=[calibration_threshold],
                                   calibration_type="crisp", **common)
        parts.append(part.assign(threshold=CALIBRATION_PREFIX + name))
    return pd.concat(parts, ignore_index=True)


def range_lines(ranges: pd.DataFrame, *, incl_step: float = INCL_STEP, incl_runs: int = INCL_RUNS,
                n_runs: int = N_RUNS, cal_step: float = CAL_STEP, cal_runs: int = CAL_RUNS) -> list[str]:
    """threshold_ranges() in words, one line per cut-off: 'incl_cut: the solution is the same from 0.67 to 1 (start
    0.8)'; a set's calibration range: 'calibration SYS (share of its indicators): ...'. A bound with no change within
    the steps searched (empty, 'no change in range') is given as the last value searched, with the words saying so
    ('from 0.55 (the lowest value searched; no change down to it)'): notebook 03 said 'from beyond the range
    searched', a range without its end. `incl_step`, `incl_runs`, `n_runs`, `cal_step` and `cal_runs`: those
    threshold_ranges was given (its defaults by default)."""
    lines = []
    for r in ranges.itertuples():
        calibration = str(r.threshold).startswith(CALIBRATION_PREFIX)
        step, runs = ((incl_step, incl_runs) if r.threshold == "incl_cut" else (cal_step, cal_runs) if calibration
                      else (1, n_runs))

        def bound(v, sign, word):
            if v is None or v != v:
                last = round(float(r.value) + sign * step * runs, 10)
                return f"{last:g} (the {word} value searched; no change up to it)" if sign > 0 else \
                    f"{last:g} (the {word} value searched; no change down to it)"
            return f"{float(v):g}"

        name = f"{r.threshold} (share of its indicators)" if calibration else r.threshold
        lines.append(f"{name}: the solution is the same from {bound(r.lower, -1, 'lowest')} to "
                     f"{bound(r.upper, 1, 'highest')} (start {float(r.value):g})")
    return lines


def range_lines_zh(ranges: pd.DataFrame, *, incl_step: float = INCL_STEP, incl_runs: int = INCL_RUNS,
                   n_runs: int = N_RUNS, cal_step: float = CAL_STEP, cal_runs: int = CAL_RUNS) -> list[str]:
    """range_lines in Chinese, line for line (the same bounds, an empty one given as the last value searched), each
    with its subject (the cut-off) before the first '：' (cases.source_printer(..., 'zh') tags it there). A bound
    given with its note in full-width brackets has no space after the closing '）' ('0.55（…）至 1'); a number has one."""
    lines = []
    for r in ranges.itertuples():
        calibration = str(r.threshold).startswith(CALIBRATION_PREFIX)
        step, runs = ((incl_step, incl_runs) if r.threshold == "incl_cut" else (cal_step, cal_runs) if calibration
                      else (1, n_runs))

        def bound(v, sign):
            if v is None or v != v:
                last = round(float(r.value) + sign * step * runs, 10)
                return f"{last:g}（搜索的{'最高' if sign > 0 else '最低'}值，直至该值解均不变）"
            return f"{float(v):g}"

        name = (f"{str(r.threshold)[len(CALIBRATION_PREFIX):].strip()} 的校准阈值（指标得分）" if calibration
                else str(r.threshold))
        lower, upper = bound(r.lower, -1), bound(r.upper, 1)
        gap = lambda text: "" if text.endswith("）") else " "   # no space after a full-width bracket
        lines.append(f"{name}：解在 {lower}{gap(lower)}至 {upper}{gap(upper)}之间不变（起点 {float(r.value):g}）")
    return lines


#: The readings of necessary_disjunctions in Chinese (necessary_disjunctions_line_zh), in their order.
DISJUNCTION_READINGS_ZH = {"low relevance": "低相关性", "skewed": "偏斜", "against expectations": "违背方向预期",
                           "candidate": "候选"}


def necessary_disjunctions_line_zh(suin: pd.DataFrame, outcome: str, benchmark: float) -> str:
    """Notebook 03's lines on the necessary disjunctions of `outcome` (rows of necessary_disjunctions with that
    `outcome`, kind 'disjunction') in one Chinese line: how many reach `benchmark`, their RoN range and the skewed,
    the count of each reading, and the candidates (or that there is none); its subject before the first '：'."""
    part = suin[suin["outcome"] == outcome] if len(suin) else suin
    disj = part[part["kind"] == "disjunction"] if len(part) else part
    counts = disj["reading"].value_counts() if len(disj) else pd.Series(dtype=int)
    head = f"{outcome} 的必要析取组合（inclN ≥ {benchmark:g}）"
    said = (f"最小析取组合 {len(disj)} 个"
            + (f"（RoN {disj['RoN'].min():.3f} 至 {disj['RoN'].max():.3f}，偏斜 {int(disj['skewed'].sum())} 个）"
               if len(disj) else "")
            + "；按首个适用的理由归类：" + "、".join(f"{z} {int(counts.get(k, 0))}" for k, z in DISJUNCTION_READINGS_ZH.items()))
    candidates = disj.loc[disj["reading"] == "candidate", "expression"].tolist() if len(disj) else []
    return f"{head}：{said}；" + (f"候选：{'、'.join(candidates)}" if candidates else
                                  "无候选：每个必要析取组合均为低相关性、偏斜或违背方向预期")


#: Columns of threshold_ranges(), in order.
THRESHOLD_RANGE_COLUMNS = ("threshold", "value", "lower", "lower_reason", "upper", "upper_reason")


def no_threshold_ranges() -> pd.DataFrame:
    """threshold_ranges() of a truth table without a positive row: no solution, so no range within which it stays
    the same (the engine's threshold_range refuses a start without a solution); the table without rows."""
    return pd.DataFrame(columns=list(THRESHOLD_RANGE_COLUMNS))


def _contradiction_facts(contra: pd.DataFrame, n_cut: int, pri_cut: float) -> list[tuple]:
    """Per contradictory row: the row, its cases in and out of the outcome (text), its OUT and handling, the cases in
    the outcome and in the row, its consistency, and whether it also needs a lower n_cut / pri_cut to turn positive."""
    out = []
    for r in contra.itertuples():
        n_in = len([c for c in str(r.cases_in_outcome).split(", ") if c])
        out.append((r.row, str(r.cases_in_outcome), str(r.cases_not_in_outcome), str(r.OUT), r.handling, n_in,
                    int(r.n), float(r.incl), n_cut > r.n, pri_cut > r.PRI))
    return out


def contradiction_lines(contra: pd.DataFrame, *, n_cut: int, pri_cut: float) -> list[str]:
    """One line per contradictory row (analysis.qca.contradictions, its case columns as text): its handling and the
    cut-off at which it would turn positive (Rihoux & De Meur 2009), its consistency (crisp sets: the share of its
    cases in the outcome), with the n_cut and pri_cut it also needs where the analysis' own are above its n and PRI."""
    lines = []
    for row, cases_in, cases_out, _, handling, n_in, n, incl, need_n, need_pri in _contradiction_facts(contra, n_cut, pri_cut):
        also = ([f"an n_cut at or below its {n} cases"] if need_n else []) \
            + (["a pri_cut at or below its PRI"] if need_pri else [])
        lines.append(f"row {row} ({cases_in} in, {cases_out} out): {handling}; positive at "
                     f"an incl_cut at or below its consistency, {n_in}/{n} = {incl:.3f}"
                     + (f" (and {', '.join(also)})" if also else ""))
    return lines


#: How a contradictory row was coded (by its OUT), in Chinese: contradiction_lines_zh's words for the engine's handling.
CONTRADICTION_HANDLING_ZH = {"1": "编码为正向（OUT = 1）：其不属于结果的案例为一致性偏离案例",
                             "0": "编码为负向（OUT = 0）：其属于结果的案例未被解释（覆盖度偏离）",
                             "C": "编码为矛盾（C）：作为负向行最小化，任何解都不得覆盖，除非作为无关项纳入（include='C'）"
                                  "或予以解释（explain='1,C'）",
                             "?": "逻辑余项（案例数少于 n_cut）"}


def contradiction_lines_zh(contra: pd.DataFrame, *, n_cut: int, pri_cut: float) -> list[str]:
    """contradiction_lines in Chinese, line for line from the same facts (the handling by the row's OUT:
    CONTRADICTION_HANDLING_ZH), each subject (the row and its cases) before the first '：'."""
    lines = []
    for row, cases_in, cases_out, out, handling, n_in, n, incl, need_n, need_pri in _contradiction_facts(contra, n_cut, pri_cut):
        also = ([f"n_cut 不高于其案例数 {n}"] if need_n else []) + (["pri_cut 不高于其 PRI"] if need_pri else [])
        zh_cases = lambda text: "、".join(c for c in text.split(", ") if c)
        lines.append(f"第 {row} 行（{zh_cases(cases_in)} 属于结果，{zh_cases(cases_out)} 不属于）："
                     f"{CONTRADICTION_HANDLING_ZH.get(out, handling)}；incl_cut 不高于其一致性 {n_in}/{n} = {incl:.3f} 时"
                     + (f"（且 {'、'.join(also)}）" if also else "") + "为正向")
    return lines


# ---------------------------------------------------------------- the negated outcome


def negated_dir_exp(dir_exp: Mapping) -> dict:
    """Directional expectations for the outcome's negation: a condition expected to contribute to the outcome
    when present (1) is expected to contribute to its negation when absent (0), and vice versa; '-' stays."""
    return {c: (1 - v if v in (0, 1) else v) for c, v in dir_exp.items()}


def negated_untenable(untenable: str | None, necessity: pd.DataFrame) -> tuple[str, tuple[str, ...]]:
    """The part of the outcome's `untenable` expression that holds for its negation, and the terms left out.

    `necessity`: the outcome's necessity table (analysis.paper_a.claims.necessity_table, column `necessary`). A term
    that is exactly the negation of a condition consistent with necessity for the outcome (~SER when SER is) blocks
    remainders *because* of that necessity (Schneider & Wagemann 2012, untenable assumptions): it is left out
    for the negation. Every other term is read as an impossible combination and kept. Returns (the kept terms joined
    with ' + ', '' if none; the terms left out, in their order)."""
    terms = [t.replace(" ", "") for t in str(untenable or "").split("+") if t.strip()]
    necessary = {str(c) for c in necessity.loc[necessity["necessary"].astype(bool), "condition"]}
    dropped = tuple(t for t in terms if negation(t) in necessary)
    kept = [t for t in terms if t not in dropped]
    return " + ".join(kept), dropped


def untenable_observed(tt, untenable: str | None, necessity: pd.DataFrame) -> tuple[str, list[int]]:
    """The observed rows (rows with cases) of `tt` inside the part of `untenable` declared impossible.

    ESA blocks remainders only, so an observed row inside an expression of impossible combinations keeps its OUT, and
    a combination with cases is not impossible: probably a typo in the expression. The terms that negate a condition
    consistent with necessity (~SER when SER is) are left out (negated_untenable, on `necessity`, the outcome's
    necessity table): they block remainders contradicting that necessity, and observed rows there are expected.
    Returns (the part declared impossible, '' if none; its observed rows, from the engine's
    analysis.qca.esa.untenable_observed_rows)."""
    kept, _ = negated_untenable(untenable, necessity)
    return kept, untenable_observed_rows(tt, kept or None)


def untenable_observed_note(tt, untenable: str | None, necessity: pd.DataFrame) -> str:
    """A sentence naming the observed rows inside the declared-impossible part of `untenable` (untenable_observed),
    each with its OUT and number of cases, or '' when there is none."""
    kept, rows = untenable_observed(tt, untenable, necessity)
    if not rows:
        return ""
    shown = ", ".join(f"{r} (OUT {tt.rows.loc[r, 'OUT']}, n {int(tt.rows.loc[r, 'n'])})" for r in rows)
    return (f"warning: untenable {kept!r} (declared impossible) also matches observed {in_number(len(rows), 'row')} "
            f"{shown}: ESA blocks remainders only, so {'it keeps its' if len(rows) == 1 else 'these keep their'} OUT, and a combination with cases is not impossible; check the "
            "expression (a term ~X for a condition X consistent with necessity is read as blocking the remainders "
            "contradicting it, where observed rows are expected, and is not named here)")


def untenable_observed_line(tt, untenable: str | None, necessity: pd.DataFrame) -> tuple[str, str]:
    """Notebook 03's line under the ESA summary on the remainders declared impossible, as (English, Chinese) from the
    same rows (untenable_observed): untenable_observed_note when observed rows fall inside that part, else that no
    observed row does, or that none was declared; each subject before its first ': ' / '：'."""
    kept, rows = untenable_observed(tt, untenable, necessity)
    if rows:
        shown = "、".join(f"{r}（OUT {tt.rows.loc[r, 'OUT']}，n {int(tt.rows.loc[r, 'n'])}）" for r in rows)
        return (untenable_observed_note(tt, untenable, necessity),
                f"警告：声明为不可能的 untenable {kept!r} 也涵盖观察行 {shown}：ESA 只排除逻辑余项，这些行保留其 OUT，"
                "而有案例的组合并非不可能；请检查该表达式（必要条件 X 的否定项 ~X 读作排除与该必要性矛盾的逻辑余项，"
                "该处出现观察行属预期之内，不在此列出）")
    if untenable:
        return ("untenable: no observed row inside the remainders declared impossible",
                "不可成立的逻辑余项：声明为不可能的部分中没有观察行")
    return "untenable: none declared", "不可成立的逻辑余项：未声明"


def negated_outcome(data: pd.DataFrame, outcome: str, conditions: Sequence[str], *, dir_exp: Mapping,
                    incl_cut: float = 0.8, n_cut: int = 1, pri_cut: float = 0.0, analysis: str = "esa",
                    report: str = "intermediate", untenable: str | None = None,
                    **necessity) -> tuple[pd.DataFrame, object]:
    """The outcome's negation analysed on its own: its necessity table (analysis.paper_a.claims.necessity_table,
    same benchmark, relevance and skew arguments) and its configurational analysis (the same cut-offs and kind
    of analysis, directional expectations negated). `untenable`: the outcome's untenable remainders (notebook 03's
    parameter); the impossible ones are blocked for the negation too, those blocked because a condition is necessary
    for the outcome are not (negated_untenable, on the outcome's necessity table with the same arguments)."""
    neg = negation(outcome)
    nec = necessity_table(data, neg, list(conditions), **necessity)
    kept = ""
    if untenable:
        kept, _ = negated_untenable(untenable, necessity_table(data, outcome, list(conditions), **necessity))
    res = analyse_configurations(data, neg, list(conditions), incl_cut=incl_cut, n_cut=n_cut, pri_cut=pri_cut,
                                 dir_exp=negated_dir_exp(dir_exp), report=report, analysis=analysis,
                                 untenable=kept or None, allow_empty=True)   # none for the negation: a result too
    return nec, res


# ---------------------------------------------------------------- necessary disjunctions (SUIN conditions)

#: Columns of necessary_disjunctions(), in order.
DISJUNCTION_COLUMNS: tuple[str, ...] = ("outcome", "expression", "kind", "n_literals", "inclN", "RoN", "covN",
                                        "share_in_set", "skewed", "relevant", "as_expected", "levels", "dual",
                                        "dual_inclS", "dual_covS", "reading")


def _literal_as_expected(literal: str, expected) -> bool:
    """A literal agrees with a directional expectation: present when 1 is expected, absent when 0; '-' never."""
    negated = literal.startswith("~")
    return expected in (0, 1) and negated == (expected == 0)


def necessary_disjunctions(data: pd.DataFrame, outcome: str, conditions: Sequence[str], *, dir_exp: Mapping,
                           incl_cut: float = 0.9, relevance: str = "RoN", relevance_cut: float = 0.5,
                           skew_cut: float = 0.8, depth: int | None = None,
                           levels: Mapping[str, str] = RAINBOW_LEVELS) -> pd.DataFrame:
    """Necessary expressions of the outcome and of its negation (analysis.qca.super_subset, relation necessity,
    inclN >= incl_cut, every size up to `depth`): the minimal conjunctions and the minimal disjunctions (SUIN
    conditions), one row each, outcome first (columns DISJUNCTION_COLUMNS).

    share_in_set / skewed: the share of cases in the expression (membership above 0.5) and whether it is above
    `skew_cut` or below 1 - `skew_cut` (the engine's skew rule; a disjunction holding almost every case is necessary for anything);
    relevant: `relevance` (RoN or covN) at or above `relevance_cut`; as_expected: every literal points the way
    `dir_exp` says for the outcome (negated for its negation, as negated_dir_exp), so its disjuncts can be read as
    functional equivalents; levels: the Rainbow levels of its conditions; dual / dual_inclS / dual_covS: the
    expression's negation (De Morgan) and its sufficiency inclS and covS for the other outcome (for crisp sets, X
    necessary for ~Y with inclN 1 is ~X sufficient for Y: the same evidence as a sufficiency path, not new evidence;
    covS says how much of the other outcome it accounts for, Ragin 2006).
    reading: 'candidate' (a disjunction relevant, not skewed and as expected: open to a theoretical reading),
    else why not ('low relevance' when not relevant, 'skewed', 'against expectations'; a conjunction is read in the
    necessity table). The reading is a screen; calling a candidate meaningful is the compendium's reading."""
    if relevance not in ("RoN", "covN"):
        raise ValueError(f"relevance must be 'RoN' or 'covN', got {relevance!r}")
    conditions = list(conditions)
    frames = []
    for out, de in ((outcome, dict(dir_exp)), (negation(outcome), negated_dir_exp(dir_exp))):
        res = super_subset(data, out, conditions, relation="necessity", incl_cut=incl_cut, depth=depth)
        y_other = _outcome_membership(data, negation(out))
        rows = []
        for r in res.table.itertuples():
            joiner = "+" if r.kind == "disjunction" else "*"
            lits = [t.strip() for t in r.expression.split(joiner)]
            m = res.memberships[r.expression].to_numpy(dtype=float)
            share = float((m > 0.5).mean())
            dual_inclS = consistency(1.0 - m, y_other)
            dual_covS = coverage(1.0 - m, y_other)
            relevant = bool(getattr(r, relevance) >= relevance_cut - 1e-12)
            skewed = is_skewed(share, skew_cut)
            as_expected = all(_literal_as_expected(t, de.get(t.lstrip("~"))) for t in lits)
            conds = {t.lstrip("~") for t in lits}
            lv = [x for x in LEVEL_ORDER if any(levels.get(c) == x for c in conds)]
            if r.kind != "disjunction":
                reading = "conjunction"
            elif not relevant:
                reading = "low relevance"
            elif skewed:
                reading = "skewed"
            elif not as_expected:
                reading = "against expectations"
            else:
                reading = "candidate"
            rows.append({"outcome": out, "expression": r.expression, "kind": r.kind, "n_literals": len(lits),
                         "inclN": float(r.inclN), "RoN": float(r.RoN), "covN": float(r.covN), "share_in_set": share,
                         "skewed": skewed, "relevant": relevant, "as_expected": as_expected, "levels": ", ".join(lv),
                         "dual": ("*" if r.kind == "disjunction" else " + ").join(negation(t) for t in lits),
                         "dual_inclS": dual_inclS, "dual_covS": dual_covS, "reading": reading})
        frames.append(pd.DataFrame(rows, columns=list(DISJUNCTION_COLUMNS)))
    return pd.concat(frames, ignore_index=True)


def _outcome_membership(data: pd.DataFrame, outcome: str) -> np.ndarray:
    """Membership in the outcome or, written '~Y', in its negation."""
    col = outcome.lstrip("~")
    y = data[col].to_numpy(dtype=float)
    return 1.0 - y if outcome.startswith("~") else y


def permutation_line(benchmark: Mapping, n_configurations: int, solution_fit: Mapping | None = None,
                     outcome: str | None = None) -> str:
    """Notebook 03's line on the permutation benchmark (the engine's permutation_benchmark, Braumoeller 2015): the
    cases and observed configurations, the observed outcome's inclS and covS beside the reported solution's
    `solution_fit` (None: no solution), then what the benchmark says of that fit in the engine's sentence
    (standards.benchmark_sentence, good_practice's fit row: the share of the assignments of the positive outcomes,
    `outcome` named after the count, default cases.OUTCOME, that fit at least as well, and from RANDOM_FIT_LEVEL on
    that inclS and covS carry no evidence here; or that there is no positive row to compare with), and the share
    giving a table without contradictory rows. Without the data-source tag (the notebook's say adds it)."""
    from ..qca.standards import benchmark_sentence

    head = (f"permutation benchmark: {benchmark['n_cases']} cases in {benchmark['observed_rows']} of "
            f"{n_configurations} configurations; ")
    if float(benchmark["share_fitting_as_well"]) == float(benchmark["share_fitting_as_well"]):
        fit = ("none" if solution_fit is None else
               f"inclS {float(solution_fit['inclS']):.3f}, covS {float(solution_fit['covS']):.3f}")
        head += (f"the observed outcome: inclS {float(benchmark['observed_inclS']):.3f}, covS "
                 f"{float(benchmark['observed_covS']):.3f} (the reported solution: {fit}); ")
    return (head + benchmark_sentence(benchmark, outcome or OUTCOME)
            + f"; {share_said(float(benchmark['share_contradiction_free']))} give a table without contradictions")


def permutation_line_zh(benchmark: Mapping, n_configurations: int, outcome: str | None = None) -> str:
    """permutation_line in Chinese (the engine's sentence rendered by workshop.benchmark_sentence_zh), without the
    reported solution's fit, as the notebook prints it; without the data-source tag (the notebook's say_zh adds
    it)."""
    from ..qca.standards import benchmark_sentence
    from ..workshop import benchmark_sentence_zh

    head = (f"随机结果基准：{benchmark['n_cases']} 个案例分布于 {n_configurations} 种组态中的 "
            f"{benchmark['observed_rows']} 种；")
    if float(benchmark["share_fitting_as_well"]) == float(benchmark["share_fitting_as_well"]):
        head += (f"观测结果：inclS {float(benchmark['observed_inclS']):.3f}，covS "
                 f"{float(benchmark['observed_covS']):.3f}；")
    return (head + benchmark_sentence_zh(benchmark_sentence(benchmark, outcome or OUTCOME))
            + f"；{share_said(float(benchmark['share_contradiction_free']))} 的分配得到不含矛盾行的真值表")


def relevance_margin_note(value: float, measure: str, cut: float) -> str:
    """A note for a relevance (RoN or covN) AT the relevance cut itself (float error absorbed as necessity_table's
    'at or above' does): relevant by the cut, at its margin, which a reader of a candidate disjunction should see
    (on the reconstruction ~SYS + ~SER for ~EFF, RoN 0.500 at the cut 0.5: the one candidate). '' otherwise."""
    if abs(float(value) - float(cut)) > 1e-12:
        return ""
    return (f" ({measure} at the relevance cut {float(cut):g} itself: relevant because the cut counts 'at or above', "
            f"at its margin)")


def relevance_margin_note_zh(value: float, measure: str, cut: float) -> str:
    """relevance_margin_note in Chinese, by the same rule ('' unless the relevance is at the cut itself)."""
    if abs(float(value) - float(cut)) > 1e-12:
        return ""
    return f"（{measure} 恰为相关性阈值 {float(cut):g}：按“不低于”计为相关，处于边缘）"


#: Case types of a necessity XY plot (analysis.qca.necessity_typology) in notebook 03's order, and in Chinese.
NECESSITY_TYPES_ZH = {"typical": "典型", "deviant consistency": "一致性偏离", "deviant relevance": "相关性偏离",
                      "individually irrelevant": "个体无关"}


def necessity_lines(nec_table: pd.DataFrame, relevance: str, relevance_cut: float) -> list[tuple[str, str]]:
    """Notebook 03's two lines on the necessity table (necessity_table's), each as (English, Chinese) from the same
    columns: the conditions consistent with necessity (`necessary`: inclN at the benchmark) and those necessary and
    relevant (`necessary_and_relevant`: `relevance` at or above `relevance_cut` too); each subject before its first
    ':' / '：' (cases.source_printer tags it there)."""
    consistent = nec_table.loc[nec_table["necessary"].astype(bool), "condition"].astype(str).tolist()
    relevant = nec_table.loc[nec_table["necessary_and_relevant"].astype(bool), "condition"].astype(str).tolist()
    return [(f"consistent with necessity (inclN): {', '.join(consistent) or 'none'}",
             f"与必要性一致的条件（inclN 达到基准）：{'、'.join(consistent) or '无'}"),
            (f"necessary and relevant ({relevance} >= {relevance_cut:g}): {', '.join(relevant) or 'none'}",
             f"既必要又相关的条件（{relevance} ≥ {relevance_cut:g}）：{'、'.join(relevant) or '无'}")]


def necessity_cases_line(types: pd.DataFrame, condition: str, outcome: str, inclN: float) -> tuple[str, str]:
    """Notebook 03's line on the cases behind one necessity test (necessity_typology's rows for `condition`), as
    (English, Chinese) from the same counts: inclN, the cases of each type, and how many cases are outside the
    condition (few outside: a near-constant, necessary with low relevance)."""
    counts = types["type"].value_counts()
    outside = int((types["X"] < 0.5).sum())
    return (f"{condition} -> {outcome}: inclN {inclN:.3f}; "
            + ", ".join(f"{k} {int(counts.get(k, 0))}" for k in NECESSITY_TYPES_ZH)
            + f"; {outside} of {len(types)} cases outside {condition}",
            f"{condition} → {outcome}：inclN {inclN:.3f}；"
            + "、".join(f"{z} {int(counts.get(k, 0))}" for k, z in NECESSITY_TYPES_ZH.items())
            + f"；{len(types)} 个案例中 {outside} 个不属于 {condition}")


def disjunction_candidate_lines(suin: pd.DataFrame, outcome: str, relevance: str, relevance_cut: float,
                                incl_cut: float, skew_cut: float = 0.8) -> list[tuple[str, str]]:
    """Notebook 03's line on each candidate necessary disjunction of `outcome` (necessary_disjunctions' rows with
    reading 'candidate'), as (English, Chinese) from the same row: inclN, relevance (with relevance_margin_note at
    the cut itself), covN, the share of cases in it (as the engine's skew notes say it against `skew_cut`, the cut
    the screen used: 0.7996 is '79.96%', not the '80%' of a set at the bound), its Rainbow levels, and its negation's (`dual`) inclS and covS
    for the other outcome (a row without dual_covS, written before it existed: inclS alone), said sufficient only at
    or above `incl_cut` (the analysis' consistency threshold): with inclN below 1 the dual's inclS can be below it,
    and 'is sufficient' would then say more than was computed. Sufficiency by consistency alone, as for a truth
    table's rows; covS beside it says how much of the other outcome it covers."""
    from .cases import LEVEL_LABELS

    if not len(suin):
        return []
    rows = suin[(suin["outcome"] == outcome) & (suin["kind"] == "disjunction") & (suin["reading"] == "candidate")]
    other = negation(outcome)
    out = []
    for r in rows.itertuples():
        rel, dual_incl = float(getattr(r, relevance)), float(r.dual_inclS)
        cov = getattr(r, "dual_covS", None)
        cov_en, cov_zh = ("", "") if cov is None else (f", covS {float(cov):.3f}", f"，covS 为 {float(cov):.3f}")
        sufficient = dual_incl >= float(incl_cut) - 1e-12
        share = skew_share_said(float(r.share_in_set), (1.0 - float(skew_cut), float(skew_cut)))
        levels = [s.strip() for s in str(r.levels).split(",") if s.strip()]
        out.append((
            f"  candidate {r.expression}: inclN {r.inclN:.3f}, {relevance} {rel:.3f}, covN {r.covN:.3f}"
            f"{relevance_margin_note(rel, relevance, relevance_cut)}, {share} of cases in it, Rainbow "
            f"level{'' if len(levels) == 1 else 's'} {', '.join(levels)}; its negation {r.dual} has inclS {dual_incl:.3f}{cov_en} for {other} "
            + (f"(at or above incl_cut {incl_cut:g}: sufficient)" if sufficient
               else f"(below incl_cut {incl_cut:g}: not sufficient)"),
            f"  候选 {r.expression}：inclN {r.inclN:.3f}，{relevance} {rel:.3f}，covN {r.covN:.3f}"
            f"{relevance_margin_note_zh(rel, relevance, relevance_cut)}，{share} 的案例属于该集合，彩虹模型层面："
            + "、".join(LEVEL_LABELS["zh"].get(v, v) for v in levels)
            + f"；其否定 {r.dual} 对 {other} 的 inclS 为 {dual_incl:.3f}{cov_zh}"
            + (f"（不低于 incl_cut {incl_cut:g}：充分）" if sufficient else f"（低于 incl_cut {incl_cut:g}：不充分）")))
    return out


def _out_counts_text(counts: Mapping[str, int], sep: str) -> str:
    """A truth table's counts() (cases by their row's OUT) as 'OUT1 6, OUT0 9, OUTC 0, Total 15' (sep ', ' or '、')."""
    return sep.join(f"{k} {int(v)}" for k, v in counts.items())


def truth_table_line(tt, n_configurations: int, n_contradictory: int) -> tuple[str, str]:
    """Notebook 03's line on the truth table, as (English, Chinese) from the same facts: observed configurations of
    `n_configurations` (limited diversity: the remainders), the cases by their row's OUT (tt.counts(), cases, not
    rows, written out rather than as a Python dict) and the contradictory rows (a contradictory row below incl_cut is
    coded OUT 0, so OUTC counts only rows coded C); each subject before its first ':' / '：'."""
    observed = len(tt.rows)
    counts = tt.counts()
    return (f"truth table: {observed} observed configurations of {n_configurations} (limited diversity: "
            f"{counted(n_configurations - observed, 'logical remainder')}); cases by their row's OUT: {_out_counts_text(counts, ', ')}; "
            f"contradictory rows (cases on both sides of the outcome): {n_contradictory} (a contradictory row below "
            f"incl_cut is coded OUT 0, so OUTC counts only rows coded C)",
            f"真值表：{n_configurations} 种组态中观察到 {observed} 种（有限多样性：逻辑余项 {n_configurations - observed} 个）；"
            f"按所在行 OUT 计的案例数：{_out_counts_text(counts, '、')}；矛盾行（结果两侧均有案例）：{n_contradictory} 个"
            f"（一致性低于 incl_cut 的矛盾行编码为 OUT 0，故 OUTC 只计编码为 C 的行）")


def cut_off_lines(tt, incl_cut: float, pri_cut: float) -> list[tuple[str, str]]:
    """Notebook 03's lines on the cut-offs, as (English, Chinese) from the same rows of `tt`: the observed row
    consistencies with incl_cut, the positive rows by their number of cases, whether PRI equals incl in every observed
    row (crisp sets: always) and then what pri_cut does (nothing at or below incl_cut; above it, it is the consistency
    cut-off in effect)."""
    rows = tt.rows
    incl_values = sorted(float(v) for v in rows["incl"].unique())
    positive = rows.loc[rows["OUT"].astype(str) == "1", "n"].value_counts().sort_index()
    by_n = ", ".join(f"{counted(int(n), 'case')}: {counted(int(k), 'row')}" for n, k in positive.items()) or "none"
    by_n_zh = "、".join(f"{int(n)} 个案例的行 {int(k)} 个" for n, k in positive.items()) or "无"
    pri_is_incl = bool((rows["PRI"] - rows["incl"]).abs().max() < 1e-9) if len(rows) else True
    lines = [(f"observed row consistencies: {', '.join(f'{v:.3f}' for v in incl_values)}; incl_cut = {incl_cut:g}",
              f"观察行的一致性：{'、'.join(f'{v:.3f}' for v in incl_values)}；incl_cut = {incl_cut:g}"),
             (f"positive rows by number of cases: {by_n}", f"按案例数计的正向行：{by_n_zh}"),
             (f"PRI equals incl in every observed row: {pri_is_incl}",
              f"每个观察行的 PRI 是否等于一致性：{'是' if pri_is_incl else '否'}")]
    if pri_is_incl:   # then pri_cut codes a row only where it is above incl_cut
        above = pri_cut > incl_cut
        lines.append((f"pri_cut = {pri_cut:g} " + ("is the consistency cut-off in effect (above incl_cut)" if above
                                                   else "adds nothing (at or below incl_cut)"),
                      f"pri_cut = {pri_cut:g}：" + ("高于 incl_cut，是实际起作用的一致性阈值" if above
                                                   else "不高于 incl_cut，不起额外作用")))
    return lines



def negated_outcome_lines(neg_nec: pd.DataFrame, outcome: str, untenable: str | None,
                          necessity: pd.DataFrame) -> list[tuple[str, str]]:
    """Notebook 03's two lines on the outcome's negation before its solutions, as (English, Chinese) from the same
    facts: the conditions consistent with necessity for it (`neg_nec`'s `necessary`), and the remainders blocked for it
    as untenable (negated_untenable of `untenable` with the outcome's `necessity` table: those declared impossible are
    blocked as for the outcome; a term blocked only because its negation is consistent with necessity for the outcome
    is not carried over); each subject before its first ':' / '：'."""
    neg = negation(outcome)
    consistent = neg_nec.loc[neg_nec["necessary"].astype(bool), "condition"].astype(str).tolist()
    kept, not_carried = negated_untenable(untenable, necessity)
    reasons = ", ".join(negation(t) for t in not_carried)
    en = [f"consistent with necessity for {neg} (inclN): {', '.join(consistent) or 'none'}",
          f"untenable remainders for {neg}: "
          + (f"{kept} (declared impossible: blocked as for {outcome})" if kept else "none declared")
          + (f"; not carried over: {', '.join(not_carried)} (blocked for {outcome} because {reasons} is consistent "
             f"with necessity for it)" if not_carried else "")]
    zh = [f"与 {neg} 的必要性一致的条件（inclN 达到基准）：{'、'.join(consistent) or '无'}",
          f"{neg} 的不可成立逻辑余项："
          + (f"{kept}（声明为不可能：与 {outcome} 同样排除）" if kept else "未声明")
          + (f"；不沿用：{'、'.join(not_carried)}（为 {outcome} 排除，因为 {reasons.replace(', ', '、')} 与 {outcome} 的必要性"
             f"一致）" if not_carried else "")]
    return list(zip(en, zh))

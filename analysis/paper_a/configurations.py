"""Paper A's configurations (paths): Rainbow-level path types over the generic core/peripheral roles of
`analysis.qca.configurations`, from the standard and the enhanced standard analysis.

Core vs peripheral follows Fiss (2011, Academy of Management Journal 54(2): 393-420), pair-matched: a
condition of a configuration (a term of an intermediate model) is *core* when it also appears in a term of
*that model's own* parsimonious model (the P of its (C, P) pair) subsuming the configuration, *peripheral*
when it appears only in the intermediate term. Every model is charted (one column group per model and set of core conditions).
ESA (Schneider & Wagemann 2013): contradictory simplifying assumptions (remainders the parsimonious
solutions of the outcome and of its negation both use) and untenable remainders are coded OUT = 0 before
minimising (analysis.qca.esa); by default the paths come from the ESA solution. Path types follow Paper A's reading of the Rainbow Model
(Valentijn et al. 2013): a path is *multi-level* when its present conditions span the macro, meso and micro
levels (enablers optional), *meso-micro* when they span meso and micro but not macro, else *other*.
Only conditions present in a path (not negated ones) count towards the levels it spans.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from ..claims import EVIDENCE_LEVELS_ZH
from ..qca.configurations import (CHART_PATH_COLUMNS, ConfigurationChart, chart_frame, chart_symbols, configuration_chart,
                                  distinct_models, model_paths, term_literals, tie_rounded)
from ..qca.esa import esa as esa_table
from ..qca.errors import QCAInputError, counted, in_number
from ..qca.find_rows import find_rows, rows_in_expression
from ..qca.minimize import minimize
from ..qca.truth_table import truth_table
from .cases import LEVEL_ORDER, RAINBOW_LEVELS, READING, evidence_on

PATH_TYPES: tuple[str, ...] = ("multi-level", "meso-micro", "other")
PATH_TYPE_LABELS: dict[str, dict[str, str]] = {
    "en": {"multi-level": "multi-level", "meso-micro": "meso-micro", "other": "other"},
    "zh": {"multi-level": "多层面整合型", "meso-micro": "中微观整合型", "other": "其他"},
}
SOLUTION_KINDS = ("conservative", "parsimonious", "intermediate")
#: Columns of ConfigurationAnalysis.solutions_frame(), in order.
SOLUTION_FRAME_COLUMNS = ["analysis", "solution", "model", "expression", "n_terms", "inclS", "PRI", "covS"]


# ---------------------------------------------------------------- Rainbow levels and path types


def levels_present(term: str, conditions: Sequence[str], levels: Mapping[str, str] = RAINBOW_LEVELS) -> tuple[str, ...]:
    """Rainbow levels of the conditions *present* in a term, in the order macro, meso, micro, enabler."""
    lits = term_literals(term, conditions)
    unknown = [c for c in lits if c not in levels]
    if unknown:
        raise ValueError(f"no Rainbow level for {in_number(len(unknown), 'condition')} {', '.join(unknown)}; levels known for "
                         f"{', '.join(levels)}")
    present = {levels[c] for c, v in lits.items() if v == 1}
    return tuple(lv for lv in LEVEL_ORDER if lv in present) + tuple(sorted(present - set(LEVEL_ORDER)))


def path_type(term: str, conditions: Sequence[str], levels: Mapping[str, str] = RAINBOW_LEVELS) -> str:
    """'multi-level' (macro + meso + micro present), 'meso-micro' (meso + micro, no macro) or 'other'."""
    spanned = set(levels_present(term, conditions, levels))
    if {"macro", "meso", "micro"} <= spanned:
        return "multi-level"
    if {"meso", "micro"} <= spanned and "macro" not in spanned:
        return "meso-micro"
    return "other"


# ---------------------------------------------------------------- a solution's paths

PATH_COLUMNS = ["group", "path", "term", "type", "levels", "core", "peripheral", "subsumed_by", "inclS", "PRI",
                "covS", "covU", "cases", "pair", "model", "expression"]


def label_paths(df: pd.DataFrame, conditions: Sequence[str], levels: Mapping[str, str] = RAINBOW_LEVELS) -> pd.DataFrame:
    """Add Rainbow type and levels to one model's configurations (columns term, core, covS, ...) and label
    them Fiss-style: configurations sharing a core form a group numbered 1, 2, ... by path type, then by the
    group's largest raw coverage; inside a group they are lettered a, b, ... by raw coverage.
    The groups and the order are found over plain lists (a model has a few paths; pandas' groupby and sorts cost more
    than the rest of the labelling, and notebook 03 labels every model group of each setting of its test set)."""
    df = df.drop(columns="path", errors="ignore").reset_index(drop=True)
    if df.empty:
        return df.assign(path=pd.Series(dtype=str), type=pd.Series(dtype=str), levels=pd.Series(dtype=str))
    terms, cores = df["term"].tolist(), df["core"].tolist()
    types = [path_type(t, conditions, levels) for t in terms]
    df["type"] = types
    df["levels"] = ["+".join(levels_present(t, conditions, levels)) for t in terms]
    cov = tie_rounded(df["covS"].to_numpy()).tolist()   # equal coverages are ties (broken by core, term)
    type_rank = {t: i for i, t in enumerate(PATH_TYPES)}
    rank: dict = {}
    best: dict = {}
    for core, kind, c in zip(cores, types, cov):   # per core, in order of first appearance: its best type and coverage
        rank[core] = min(rank.get(core, len(PATH_TYPES)), type_rank[kind])
        best[core] = max(best.get(core, c), c)
    group_no = {core: i + 1 for i, core in enumerate(sorted(rank, key=lambda k: (rank[k], -best[k], k)))}
    group = [group_no[core] for core in cores]
    order = sorted(range(len(df)), key=lambda i: (group[i], -cov[i], terms[i]))
    df = df.iloc[order].reset_index(drop=True)
    sizes = Counter(group)
    labels, seen = [], {}
    for g in (group[i] for i in order):
        seen[g] = seen.get(g, 0) + 1
        labels.append(f"{g}{'abcdefghijklmnopqrstuvwxyz'[seen[g] - 1]}" if sizes[g] > 1 else f"{g}")
    df.insert(0, "path", labels)
    return df


def configuration_paths(model, parsimonious_terms: Sequence[str], conditions: Sequence[str],
                        levels: Mapping[str, str] = RAINBOW_LEVELS) -> pd.DataFrame:
    """One row per configuration of a model: Fiss label, term, type, levels, core and peripheral literals
    against the given parsimonious terms, the subsuming term(s), and its fit (inclS, PRI, covS, covU, cases)."""
    df = label_paths(model_paths(model, parsimonious_terms, conditions), conditions, levels)
    cols = ["path", "term", "type", "levels", "core", "peripheral", "subsumed_by", "inclS", "PRI", "covS", "covU",
            "cases"]
    return df[cols]


def chart_paths(chart, levels: Mapping[str, str] = RAINBOW_LEVELS) -> pd.DataFrame:
    """Every model group of a pair-matched ConfigurationChart (analysis.qca.configurations) with Paper A's
    path types and labels (PATH_COLUMNS, groups G1, G2, ... in order)."""
    conditions = tuple(chart.conditions)
    parts = [label_paths(chart.paths[chart.paths["group"] == g], conditions, levels) for g in chart.groups]
    if not parts:
        return pd.DataFrame(columns=PATH_COLUMNS)
    return pd.concat(parts, ignore_index=True)[PATH_COLUMNS]


# ---------------------------------------------------------------- the whole configurational analysis

ANALYSES = ("esa", "standard")


def negation(outcome: str) -> str:
    """The outcome's negation as written in a formula: 'EFF' -> '~EFF', '~EFF' -> 'EFF'."""
    return outcome[1:] if outcome.startswith("~") else f"~{outcome}"


def _solutions(tt, dir_exp) -> dict:
    inter = minimize(tt, include="?", dir_exp=dir_exp)
    cons = inter.conservative if inter.conservative is not None else minimize(tt, include="")
    pars = inter.parsimonious if inter.parsimonious is not None else minimize(tt, include="?")
    return {"conservative": cons, "parsimonious": pars, "intermediate": inter}


def _chart(sols: Mapping, kind: str):
    if kind == "conservative":
        return configuration_chart(sols["conservative"], parsimonious=sols["parsimonious"])
    return configuration_chart(sols[kind])


def _row_configs(tt, rows: Sequence[int]) -> str:
    """Rows as 'number (configuration)', e.g. '7 (~SYS*ORG*...)'."""
    from ..qca.truth_table import configs_of_rows

    if not rows:
        return "none"
    cfg = configs_of_rows(list(rows), tt.noflevels)
    conds = list(tt.conditions)
    return ", ".join(f"{r} ({'*'.join(c if v else '~' + c for c, v in zip(conds, row))})"
                     for r, row in zip(rows, cfg))


#: The notes of a ConfigurationAnalysis (the chart's, analysis.qca.configurations, and the ESA rows blocked) in
#: Chinese, for note_zh: (the English form, the Chinese with the same fields).
_NOTE_FORMS = (
    (re.compile(r"model ambiguity: (?P<g>\d+) model groups of (?P<m>\d+) distinct models?; report them all or justify "
                r"the choice"),
     lambda d: f"模型歧义：模型组 {d['g']} 个，不同模型 {d['m']} 个；应全部报告，或说明所作选择的理由"),
    (re.compile(r"ESA blocked rows? (?P<rows>[\d, ]+)"),
     lambda d: f"ESA 排除的行：{'、'.join(d['rows'].split(', '))}"),
    (re.compile(r"(?P<g>G\d+) \((?P<m>[^)]*)\): no term of its parsimonious model subsumes (?P<terms>.+), so it has no "
                r"core condition"),
     lambda d: f"{d['g']}（{d['m'].replace(', ', '，')}）：其简约解模型中没有涵盖 {'、'.join(d['terms'].split(', '))} 的项，"
               "故其没有核心条件"),
)


def note_zh(note: str) -> str:
    """A note of ConfigurationAnalysis.notes in Chinese (model ambiguity, the rows ESA blocked, a path without a core
    condition, no solution: no_solution_note_zh), the same fields; a note of another form is returned as it is, never
    dropped."""
    for pattern, zh in _NOTE_FORMS:
        match = pattern.fullmatch(note)
        if match:
            return zh(match.groupdict())
    return no_solution_note_zh(note)


def _row_configs_zh(tt, rows: Sequence[int]) -> str:
    """_row_configs for a Chinese line: '13（~SYS*~ORG*...）、15（...）', full-width; '无' for none."""
    if not rows:
        return "无"
    return "、".join(part.replace(" (", "（")[:-1] + "）" for part in _row_configs(tt, rows).split(", "))


def no_solution_note(tt) -> str:
    """'' when the truth table has a positive row (OUT = 1); else the finding in words: no configuration passes the
    cut-offs, so there is no sufficient configuration for the outcome. That is a result of the analysis, not a
    failure (Schneider & Wagemann 2012: a truth table without a consistent row has no sufficient
    configuration), reported as such; the engine's minimize refuses such a table, as R's QCA does, since there is
    nothing to minimise. Names the cut-off that holds the rows back (incl_cut, or pri_cut when rows reach
    incl_cut) and the highest observed row consistency."""
    rows = tt.rows
    if (rows["OUT"].astype(str) == "1").any():
        return ""
    observed = rows[rows["OUT"].astype(str) != "?"]
    incl_cut = float(tt.incl_cut[0])
    top = f"{observed['incl'].max():.3f}" if len(observed) else "none"
    held = observed[observed["incl"] >= incl_cut - 1e-10] if tt.pri_cut > 0 else observed.iloc[:0]
    why = (f"{counted(len(held), 'row')} {'reaches' if len(held) == 1 else 'reach'} incl_cut = {incl_cut:g} but "
           f"{'has' if len(held) == 1 else 'have'} PRI below pri_cut = {tt.pri_cut:g} "
           f"(highest PRI {held['PRI'].max():.3f})" if len(held) else
           f"highest row incl {top}; n_cut = {tt.n_cut}{'' if len(observed) else ': no row has that many cases'}")
    cut = f"pri_cut = {tt.pri_cut:g}" if len(held) else f"incl_cut = {incl_cut:g}"
    return f"no configuration passes {cut} ({why}): no sufficient configuration for {tt.outcome}"


_NO_SOLUTION_FORMS = (   # no_solution_note's sentences (en) and their Chinese, field by field
    (re.compile(r"no configuration passes incl_cut = (?P<cut>\S+) \(highest row incl none; n_cut = (?P<n>\d+): no row "
                r"has that many cases\): no sufficient configuration for (?P<y>.+)"),
     "没有组态通过 incl_cut = {cut}（没有一行的案例数达到 n_cut = {n}）：{y} 没有充分组态"),
    (re.compile(r"no configuration passes incl_cut = (?P<cut>\S+) \(highest row incl (?P<top>\S+); n_cut = (?P<n>\d+)\): "
                r"no sufficient configuration for (?P<y>.+)"),
     "没有组态通过 incl_cut = {cut}（真值表行的最高一致性 {top}；n_cut = {n}）：{y} 没有充分组态"),
    (re.compile(r"no configuration passes pri_cut = (?P<pri>\S+) \((?P<k>\d+) rows? reach(?:es)? incl_cut = (?P<cut>\S+) but "
                r"ha(?:ve|s) PRI below pri_cut = \S+ \(highest PRI (?P<top>\S+)\)\): no sufficient configuration for (?P<y>.+)"),
     "没有组态通过 pri_cut = {pri}（{k} 行达到 incl_cut = {cut}，但 PRI 低于 pri_cut = {pri}，最高 PRI {top}）：{y} 没有充分组态"),
)


def no_solution_note_zh(note: str) -> str:
    """The finding of no_solution_note in Chinese, for figures with Chinese labels (the panel of
    analysis.plots.qca.no_solution_panel): the same fields (cut-offs, highest consistency or PRI, the outcome) in
    each of its sentences; '' for ''. A text of another form is returned as it is, never dropped."""
    for pattern, zh in _NO_SOLUTION_FORMS:
        match = pattern.fullmatch(note)
        if match:
            return zh.format(**match.groupdict())
    return note


def no_negative_row_note(tt) -> str:
    """'' when the truth table has a negative row (OUT = 0); else why it cannot be minimised, in the words of
    notebook 03's parameters: every observed configuration passes incl_cut, so there is no configuration without the
    outcome to minimise against and the parsimonious solution would be the tautology '1' (every case), which explains
    nothing (minimize, as R's, refuses it: Schneider & Wagemann 2012, a truth table needs rows on both sides).
    Unlike a table without a positive row it is no finding about sufficiency; the cut-off or the outcome is to be
    looked at."""
    rows = tt.rows
    observed = rows[rows["OUT"].astype(str) != "?"]
    if not len(observed) or observed["OUT"].astype(str).isin(["0", "C"]).any():
        return ""
    y = np.asarray(tt.data.y, dtype=float)
    return (f"every observed configuration of {tt.outcome} passes incl_cut = {float(tt.incl_cut[0]):g} (lowest row incl "
            f"{observed['incl'].min():.3f}; n_cut = {tt.n_cut}; {int((y > 0.5).sum())} of {len(y)} cases in "
            f"{tt.outcome}): no configuration without the outcome to minimise against, so the solution would be the "
            f"tautology '1' (every case), which explains nothing; check the outcome {tt.outcome} in the case file, or "
            f"raise incl_cut above {observed['incl'].min():.3f} if such rows are not consistent enough to count as "
            f"sufficient")


def csa_after_esa(res, neg_res) -> tuple[int, ...] | None:
    """The remainders the ESA's own parsimonious solutions of the outcome and of its negation still share: ESA blocks
    the contradictory simplifying assumptions of the *standard* parsimonious solutions, and minimised again without
    them, the two can meet on other remainders (new contradictory simplifying assumptions, Schneider & Wagemann 2013's
    definition applied to the ESA solutions); the chart's core conditions come from these parsimonious models. `res`
    and `neg_res`: analyse_configurations' result and negated_outcome's. () when they share none (or the negation has
    no solution, so nothing to share); None when not checked (the outcome has no solution, or a solution too large to
    list its models' remainders)."""
    from ..qca.errors import QCAComplexityError, QCAInputError
    from ..qca.find_rows import contradictory_assumptions

    if getattr(res, "no_solution", "") or "parsimonious" not in res.enhanced:
        return None
    if getattr(neg_res, "no_solution", "") or "parsimonious" not in neg_res.enhanced:
        return ()
    try:
        return tuple(contradictory_assumptions(res.enhanced["parsimonious"], neg_res.enhanced["parsimonious"]))
    except (QCAComplexityError, QCAInputError):
        return None


def contradictory_easy_counterfactuals(res, neg_res) -> dict[str, tuple[int, ...]] | None:
    """Per (C, P) pair of the reported analysis' intermediate solution (C1P1, ...), its easy counterfactuals that the
    negated outcome's parsimonious solution of the same analysis also uses as simplifying assumptions (by any of its
    models): remainders the paths rest on while the negation's solution assumes the opposite outcome there, the
    contradictory assumptions of the intermediate solution itself (Schneider & Wagemann 2013's definition applied to
    its easy counterfactuals; csa_after_esa gives those of the parsimonious solutions). `res` and `neg_res`:
    analyse_configurations' result and negated_outcome's. A pair with none: (). {} when the negation has no solution
    (nothing to contradict); None when not checked (the outcome has no solution, or a solution too large to list its
    models' remainders)."""
    from ..qca.errors import QCAComplexityError, QCAInputError
    from ..qca.find_rows import simplifying_assumption_rows

    if getattr(res, "no_solution", ""):
        return None
    pairs = res.intermediate.intermediate or {}
    if getattr(neg_res, "no_solution", ""):
        return {name: () for name in pairs}
    try:
        opposite = simplifying_assumption_rows(neg_res.solutions["parsimonious"])
    except (QCAComplexityError, QCAInputError):
        return None
    return {name: tuple(int(r) for r in pair.easy_counterfactuals.index if int(r) in opposite)
            for name, pair in pairs.items()}


def easy_counterfactual_definitions(res, neg_res) -> tuple[str, str]:
    """The two definitions of contradictory easy counterfactuals the compendium applies, side by side and computed,
    (English, Chinese): good_practice's ESA row intersects the remainders the intermediate solutions of the outcome and
    of its negation use (every model of each), contradictory_easy_counterfactuals those of the outcome's intermediate
    solution with the simplifying assumptions of the negation's parsimonious solution (every model). Both are
    intersections SetMethods' LR.intersect makes (by its documentation: two parsimonious or intermediate solutions, of
    an outcome or its negation); the negation's intermediate models use remainders inside its parsimonious ones, as
    computed here (the rows that are not are named), and whether the second set holds the first is computed (on the
    reconstruction it does): the first asks whether the two
    reported intermediate solutions contradict each other, the second whether the outcome's paths rest on a remainder
    one of the negation's parsimonious models codes the other way, and it is the one notebook 03 blocks. ('', '') when
    either outcome has no solution or a solution too large to list its remainders."""
    from ..qca.errors import QCAComplexityError
    from ..qca.find_rows import simplifying_assumption_rows
    from ..qca.standards import remainders_used   # good_practice's own reading of the remainders a solution's models use

    if getattr(res, "no_solution", "") or getattr(neg_res, "no_solution", ""):
        return "", ""
    found = contradictory_easy_counterfactuals(res, neg_res)
    mine, ok1 = remainders_used(res.solutions, ("intermediate",))
    theirs, ok2 = remainders_used(neg_res.solutions, ("intermediate",))
    try:
        pars = simplifying_assumption_rows(neg_res.solutions["parsimonious"])
    except (QCAComplexityError, QCAInputError):
        return "", ""
    if found is None or not (ok1 and ok2):
        return "", ""
    both, wide = sorted(mine & theirs), sorted(set().union(*found.values())) if found else []
    outside, missed = sorted(theirs - pars), sorted(set(both) - set(wide))
    neg, out = negation(res.outcome), res.outcome
    said = lambda rows: f"{len(rows)} ({'row' if len(rows) == 1 else 'rows'} {', '.join(map(str, rows))})" if rows else "none"
    said_zh = lambda rows: f"{len(rows)} 个（第 {'、'.join(map(str, rows))} 行）" if rows else "无"
    en = (f"contradictory easy counterfactuals, two definitions (computed): good_practice's ESA row intersects the "
          f"remainders the intermediate solutions of {out} and of {neg} use: {said(both)}; the line above intersects "
          f"the easy counterfactuals of {out}'s intermediate pairs with the simplifying assumptions of {neg}'s "
          f"parsimonious solution: {said(wide)}. Both are "
          f"intersections SetMethods' LR.intersect makes (by its documentation); {neg}'s intermediate solution uses "
          f"{counted(len(theirs), 'remainder')}, "
          + ("all within the " if not outside else f"{len(outside)} outside (rows {', '.join(map(str, outside))}) the ")
          + f"{len(pars)} its parsimonious solution uses, and the second set "
          + ("holds the first" if not missed else f"misses rows {', '.join(map(str, missed))} of the first")
          + f": the first asks whether the two intermediate solutions contradict each other, the second whether "
          f"{out}'s paths rest on a remainder one of {neg}'s parsimonious models codes the other way, and it is the one "
          "blocked below")
    zh = (f"矛盾的简单反事实的两种定义（计算所得）：good_practice 的 ESA 一行取 {out} 与 {neg} 的中间解所用逻辑余项的交集："
          f"{said_zh(both)}；上一行取 {out} 中间解各对的简单反事实与 {neg} 简约解的简化假设的交集：{said_zh(wide)}。二者都是 SetMethods 的 "
          f"LR.intersect 所作的交集（据其文档）；{neg} 的中间解所用的 {len(theirs)} 个逻辑余项"
          + ("都在" if not outside else f"中有 {len(outside)} 个（第 {'、'.join(map(str, outside))} 行）不在")
          + f"其简约解所用的 {len(pars)} 个之内，后一交集" + ("包含前一交集" if not missed else
                                                       f"缺少前一交集中的第 {'、'.join(map(str, missed))} 行")
          + f"：前者问两个中间解是否彼此矛盾，后者问 {out} 的路径是否依赖于 {neg} 某个简约模型编码相反的逻辑余项，下文排除的是后者")
    return en, zh


def contradictory_easy_counterfactuals_text(res, neg_res) -> str:
    """contradictory_easy_counterfactuals in one line: the rows (with their configurations) and in which pairs, and
    what to do as paths_without_contradictory_assumptions does it: block them in the outcome's truth table only (each
    outcome's rows in its own table, not both outcomes' in both)."""
    neg = negation(res.outcome)
    head = (f"easy counterfactuals of the {'ESA' if res.analysis == 'esa' else 'standard'} intermediate solution that "
            f"the parsimonious solution of {neg} also assumes (contradictory)")
    found = contradictory_easy_counterfactuals(res, neg_res)
    if found is None:
        return f"{head}: not checked (no solution, or one too large to list its models' remainders)"
    if getattr(neg_res, "no_solution", ""):
        return f"{head}: none ({neg} has no solution, so no assumption to contradict)"
    rows = sorted(set().union(*found.values())) if found else []
    if not rows:
        return f"{head}: none"
    pairs = [name for name, v in found.items() if v]
    where = "every pair" if len(pairs) == len(found) else ", ".join(pairs)
    return (f"{head}: {_row_configs(res.truth_table, rows)}, in {len(pairs)} of {counted(len(found), 'pair')} ({where}); the "
            f"paths rest on remainders where {neg}'s solution assumes the opposite outcome: block them in "
            f"{res.outcome}'s truth table only and minimise {res.outcome}'s solutions again (as "
            f"paths_without_contradictory_assumptions does; {neg}'s solutions are not re-run by it, its own such rows "
            f"are blocked in {neg}'s table), or say why they stay")


def contradictory_easy_counterfactuals_text_zh(res, neg_res) -> str:
    """contradictory_easy_counterfactuals_text in Chinese, from the same facts (the rows with their configurations,
    full-width as _row_configs_zh writes them, the pairs holding them, what to do), its subject before the first '：'
    (cases.source_printer(..., 'zh') tags it)."""
    neg = negation(res.outcome)
    head = f"{'ESA' if res.analysis == 'esa' else '标准分析'}中间解的简单反事实中 {neg} 的简约解同样假设的（矛盾的）"
    found = contradictory_easy_counterfactuals(res, neg_res)
    if found is None:
        return f"{head}：未检验（无解，或解过大而无法列出其模型的逻辑余项）"
    if getattr(neg_res, "no_solution", ""):
        return f"{head}：无（{neg} 无解，故没有可矛盾的假设）"
    rows = sorted(set().union(*found.values())) if found else []
    if not rows:
        return f"{head}：无"
    pairs = [name for name, v in found.items() if v]
    where = "每一对" if len(pairs) == len(found) else "、".join(pairs)
    return (f"{head}：{_row_configs_zh(res.truth_table, rows)}，见于 {len(found)} 对中的 {len(pairs)} 对（{where}）；"
            f"路径依赖于 {neg} 的解假设相反结果的逻辑余项：仅在 {res.outcome} 的真值表中排除它们并重新最小化 "
            f"{res.outcome} 的解（如 paths_without_contradictory_assumptions 所做；{neg} 的解不因此重新计算，其自身的"
            f"此类行在 {neg} 的真值表中排除），或说明保留它们的理由")


def simplifying_assumptions_by_model(res) -> list[dict]:
    """The simplifying assumptions of the reported analysis' parsimonious solution, model by model (good_practice's
    ESA row gives their count only): per model its name, the remainders it codes as sufficient (row numbers; an ESA's
    blocked rows are none of them) and `compact`, the minimal sum of products holding exactly those remainders and no
    other configuration (diagnostics.boolean_expression, an exact minimisation). [] without a solution; a model whose
    remainders are too many to list has rows None and compact ''."""
    from ..qca.diagnostics import boolean_expression

    if getattr(res, "no_solution", "") or "parsimonious" not in res.solutions:
        return []
    sol = res.solutions["parsimonious"]
    conditions = list(sol.truth_table.conditions)
    out = []
    for m in sol.models:
        frame = m.simplifying_assumptions
        rows = None if frame is None else sorted(int(r) for r in frame.index)
        compact = "" if rows is None else boolean_expression(
            lambda grid, rows=rows: np.isin(np.arange(1, len(grid) + 1), rows),   # row r: configuration r - 1
            conditions, noflevels=sol.truth_table.noflevels)
        out.append({"model": m.name, "remainders": None if rows is None else len(rows), "rows": rows,
                    "compact": compact})
    return out


def simplifying_assumption_lines(res) -> tuple[str, tuple[str, ...], str]:
    """simplifying_assumptions_by_model for notebook 03: (the English head, one English line per model, the Chinese
    line), the head's and the Chinese line's subject before the first ':' / '：' (cases.source_printer tags it);
    ('', (), '') without a solution."""
    found = simplifying_assumptions_by_model(res)
    if not found:
        return "", (), ""
    kind = "ESA" if res.analysis == "esa" else "standard"
    every = sorted({r for f in found for r in (f["rows"] or ())})
    head = (f"simplifying assumptions of the {kind} parsimonious solution of {res.outcome}, model by model (the "
            "remainders each codes as sufficient; compact: the minimal sum of products holding exactly them): "
            f"{counted(len(found), 'model')}, {counted(len(every), 'remainder')} in all")
    lines = tuple(f"{f['model']}: " + ("too many remainders to list" if f["rows"] is None else
                                       f"{counted(f['remainders'], 'remainder')}: {f['compact'] or 'none'} (rows "
                                       f"{', '.join(map(str, f['rows']))})" if f["rows"] else "none")
                  for f in found)
    zh = (f"{'ESA' if res.analysis == 'esa' else '标准分析'}简约解（{res.outcome}）各模型的简化假设（各模型编码为充分的逻辑余项；"
          f"紧凑式：恰好覆盖它们的最小积之和）：{len(found)} 个模型，共 {len(every)} 个逻辑余项；"
          + "；".join(f"{f['model']} " + ("逻辑余项过多，无法列出" if f["rows"] is None else
                                          f"{f['remainders']} 个：{f['compact']}" if f["rows"] else "无")
                     for f in found))
    return head, lines, zh


def counterfactual_pair_lines(res, neg_res) -> list[tuple[str, tuple[str, ...], str]]:
    """Notebook 03's lines on each (C, P) pair of the reported analysis' intermediate solution, in the solution's
    order (C1P1, C1P2, ...): per pair (the English head, the English lines under it, the Chinese line), all from the
    same facts. The head names the pair with its complex and parsimonious models, its subject (the pair) before the
    first ':'; the lines under it give the pair's easy counterfactuals, its difficult ones and those of its easy
    counterfactuals that the negation's parsimonious solution assumes too (contradictory_easy_counterfactuals); the
    Chinese line states the three in one line, its subject before the first '：' (cases.source_printer(..., 'zh')
    tags it). The contradictory ones read 'not checked' when contradictory_easy_counterfactuals could not check them
    (a negation's solution too large to list its models' remainders), not 'none'. [] without a solution."""
    if getattr(res, "no_solution", ""):
        return []
    neg = negation(res.outcome)
    found = contradictory_easy_counterfactuals(res, neg_res)
    neg_none = bool(getattr(neg_res, "no_solution", ""))
    out = []
    for name, pair in (res.intermediate.intermediate or {}).items():
        easy = [int(r) for r in pair.easy_counterfactuals.index]
        diff = pair.difficult_counterfactuals
        difficult = [int(r) for r in diff.index] if diff is not None and len(diff) else []
        contra = None if found is None else list(found.get(name, ()))
        complex_expr, pars_expr = pair.complex_model.expression, pair.parsimonious_model.expression
        if contra is None:
            contra_en, contra_zh = "not checked (too large to list the models' remainders)", "未检验（解过大而无法列出其模型的逻辑余项）"
        elif contra:
            contra_en, contra_zh = ", ".join(map(str, contra)), "、".join(map(str, contra))
        elif neg_none:
            contra_en, contra_zh = f"none ({neg} has no solution)", f"无（{neg} 无解）"
        else:
            contra_en, contra_zh = "none", "无"
        head = f"{name}: complex {complex_expr}  |  parsimonious {pars_expr}"
        lines = ("  easy counterfactuals (rows): " + (", ".join(map(str, easy)) or "none"),
                 "  difficult counterfactuals (rows): " + (", ".join(map(str, difficult)) or "none"),
                 f"  contradictory easy counterfactuals (rows; {neg}'s parsimonious solution assumes them too): "
                 + contra_en)
        zh = (f"{name}：复杂解 {complex_expr}｜简约解 {pars_expr}；简单反事实（行）：{'、'.join(map(str, easy)) or '无'}；"
              f"困难反事实（行）：{'、'.join(map(str, difficult)) or '无'}；矛盾的简单反事实（行；{neg} 的简约解同样假设）："
              + contra_zh)
        out.append((head, lines, zh))
    return out


#: The solution types in Chinese, as notebook 03's Chinese lines name them (model_groups_line, cases' figure titles).
_SOLUTION_KINDS_ZH = {"conservative": "复杂解", "parsimonious": "简约解", "intermediate": "中间解"}


def model_groups_line(res, report: str) -> tuple[str, str]:
    """Notebook 03's line on the reported solution's model groups (one per (C, P) pair's model and its core
    conditions) and distinct models, as (English, Chinese) from the same counts; the Chinese subject (the solution)
    before its first '：'."""
    analysis = "ESA" if res.analysis == "esa" else "standard"
    kind_zh = {"intermediate": "中间解", "parsimonious": "简约解", "conservative": "复杂解"}.get(report, report)
    return (f"{counted(res.n_groups, 'model group')}, {counted(res.n_models, 'distinct model')} of the {analysis} {report} "
            "solution",
            f"{'ESA' if res.analysis == 'esa' else '标准分析'}{kind_zh}：模型组 {res.n_groups} 个，不同模型 {res.n_models} 个")


def stored_solution_lines(qca: Mapping) -> tuple[str, str]:
    """Notebook 04's line on the reported solution it draws, as (English, Chinese) from notebook 03's qca.json
    (`qca`): the analysis and solution type, its model groups and distinct models, the paths of G1 and the path rows
    over the groups, and M1's consistency and coverage, or the finding that there is no solution (no_solution_note_zh
    in Chinese); each subject before its first ': ' / '：' (cases.source_printer tags it there)."""
    esa = qca.get("analysis", "standard") == "esa"
    g1 = sum(p["group"] == "G1" for p in qca["paths"])
    fit, none = qca["solution_fit"], qca.get("no_solution", "")
    en = (f"{'ESA' if esa else 'standard'} {qca['report']} solution: {counted(qca['n_groups'], 'model group')} of "
          f"{counted(qca['n_models'], 'distinct model')}, {counted(g1, 'path')} in G1 ({len(qca['paths'])} path rows over the groups); "
          + (f"M1 consistency {fit['inclS']:.3f}, coverage {fit['covS']:.3f}" if not none else none))
    zh = (f"{'ESA' if esa else '标准分析'}{_SOLUTION_KINDS_ZH.get(qca['report'], qca['report'])}：模型组 "
          f"{qca['n_groups']} 个，不同模型 {qca['n_models']} 个，G1 的路径 {g1} 条（各模型组共 {len(qca['paths'])} 行路径）；"
          + (f"M1 一致性 {fit['inclS']:.3f}，覆盖度 {fit['covS']:.3f}" if not none else no_solution_note_zh(none)))
    return en, zh


def solution_membership_lines(expression: str, check: Mapping) -> tuple[str, str]:
    """Notebook 04's line on the solution membership it evaluated from `expression` (solutions.csv's M1) and checked
    against qca.json (`check`: its inclS and covS), as (English, Chinese) from the same numbers."""
    return (f"solution membership of {expression}: consistency {check['inclS']:.3f}, coverage {check['covS']:.3f} "
            "(as stored in qca.json)",
            f"解 {expression} 的隶属度：一致性 {check['inclS']:.3f}，覆盖度 {check['covS']:.3f}（与 qca.json 中所存一致）")


_NOT_GIVEN = object()   # rerun= not given (None is solutions_without_csa's 'not checked')
#: Columns of paths_without_contradictory_assumptions(), in order.
CSA_BLOCKED_COLUMNS = ["solution", "term", "before", "after", "reported_paths", "blocked"]


def solutions_without_csa(res, neg_res) -> tuple[list[int], dict] | None:
    """The re-run: the rows paths_without_contradictory_assumptions blocks (the reported intermediate solution's
    contradictory easy counterfactuals) and the three solutions minimised again with them coded OUT = 0 in `res`'s
    truth table only (`res`'s own solutions when there is none to block); None when not checked. Computed once and
    passed (`rerun=`) to paths_without_contradictory_assumptions and focus_core_without_csa, which read the same
    re-run."""
    from ..qca.esa import exclude_rows

    easy = contradictory_easy_counterfactuals(res, neg_res)
    if easy is None:
        return None
    rows = sorted(set().union(*easy.values()))
    if not rows:
        return rows, res.solutions
    base = res.esa_truth_table if res.analysis == "esa" else res.truth_table
    return rows, _solutions(exclude_rows(base, rows, reason="contradictory assumptions of the reported solution"),
                            res.dir_exp)


def paths_without_contradictory_assumptions(res, neg_res, rerun=_NOT_GIVEN) -> pd.DataFrame | None:
    """The reported analysis minimised again with the contradictory simplifying assumptions its paths rest on blocked
    (the enhanced standard analysis applied to them; Schneider & Wagemann 2013): the easy counterfactuals of the
    reported intermediate solution that the negation's parsimonious solution also assumes
    (contradictory_easy_counterfactuals, in any pair; the remainders the two parsimonious solutions still share,
    csa_after_esa, are good_practice's step, not repeated here), coded OUT = 0 on the reported analysis' truth table (esa.exclude_rows, as ESA blocks rows; blocking them for the
    negation too changes the negation's solution, not the outcome's) and the three solutions derived again with the
    same directional expectations. One row per term of each solution type (CSA_BLOCKED_COLUMNS): whether a model of
    it holds the term `before` and `after`, the reported solution's paths with that term (`reported_paths`, 'G1 P1;
    G2 P1'; '' for a term of another type or a new one: a reported path survives when `after`), and the `blocked`
    rows ('61, 62'; '' when none is left to block, so after = before). `res` and `neg_res`: analyse_configurations'
    result and negated_outcome's. None when not checked (no solution, or a solution too large to list its models'
    remainders, contradictory_easy_counterfactuals). `rerun`: solutions_without_csa(res, neg_res), when computed
    already (not minimised again here)."""
    done = solutions_without_csa(res, neg_res) if rerun is _NOT_GIVEN else rerun
    if done is None:
        return None
    rows, after = done
    before = res.solutions
    where: dict[str, list[str]] = {}
    for g, n, t in zip(res.paths["group"], res.paths["path"], res.paths["term"]):
        where.setdefault(t, []).append(f"{g} P{n}")
    out = []
    for kind in SOLUTION_KINDS:
        terms = {when: list(dict.fromkeys(t for m in distinct_models(sols[kind]) for t in m.terms))
                 for when, sols in (("before", before), ("after", after))}
        for t in dict.fromkeys(terms["before"] + terms["after"]):
            out.append({"solution": kind, "term": t, "before": t in terms["before"], "after": t in terms["after"],
                        "reported_paths": "; ".join(where.get(t, [])) if kind == res.report else "",
                        "blocked": ", ".join(map(str, rows))})
    return pd.DataFrame(out, columns=CSA_BLOCKED_COLUMNS)


def lost_paths(frame: pd.DataFrame | None) -> tuple[str, ...] | None:
    """The reported path terms that do not survive in a table of paths_without_contradictory_assumptions (those with
    reported paths and not `after`); None for None or a table without rows (not checked)."""
    if frame is None or not len(frame):
        return None
    return tuple(frame.loc[(frame["reported_paths"] != "") & ~frame["after"].astype(bool), "term"])


def focus_without_csa(frame: pd.DataFrame | None, neg_frame: pd.DataFrame | None, report: str, focus: str,
                      data_source: str | None = None) -> dict:
    """How the evidence for `focus` as the basic guarantee fares with the contradictory assumptions blocked, as facts
    for the claims (analysis_facts' keys; claims._focus_without_csa reads them): `csa_checked` (both re-runs made),
    `{focus}_in_all_without_csa` (whether every term of the outcome's re-run `report` solution holds `focus`),
    `neg_absent_{focus}_paths` (the negation's reported path terms holding ~focus, ', '-joined) and
    `neg_absent_{focus}_lost` (those of them that do not survive the negation's re-run, lost_paths). `frame`:
    paths_without_contradictory_assumptions(res, neg_res); `neg_frame`: (neg_res, res)'s; None or empty: not checked.
    With `data_source`, also `csa_data_source` and `csa_evidence` (the re-runs' reading's level as the data allow it,
    evidence_on: by construction on the reconstruction), which the claims' text says beside the reading."""
    said = {} if data_source is None else {"csa_data_source": data_source,
                                           "csa_evidence": evidence_on(data_source, READING)}
    if lost_paths(frame) is None or lost_paths(neg_frame) is None:
        return {"csa_checked": False, **said}
    after = frame.loc[(frame["solution"] == report) & frame["after"].astype(bool), "term"]
    reported = neg_frame.loc[(neg_frame["solution"] == report) & (neg_frame["reported_paths"] != ""), "term"]
    absent = [t for t in reported if f"~{focus}" in t.split("*")]
    lost = set(lost_paths(neg_frame))
    return {"csa_checked": True, **said,
            f"{focus}_in_all_without_csa": bool(len(after)) and all(focus in t.split("*") for t in after),
            f"neg_absent_{focus}_paths": ", ".join(absent),
            f"neg_absent_{focus}_lost": ", ".join(t for t in absent if t in lost)}


def focus_core_without_csa(res, neg_res, focus: str, rerun=_NOT_GIVEN) -> dict:
    """Whether `focus` is a core condition of every path of the outcome's re-run with its contradictory easy
    counterfactuals blocked (the solutions paths_without_contradictory_assumptions derives again), judged as A6 judges
    the reported analysis: the re-run's `report` solution charted with pair-matched cores (the path's own
    parsimonious term; chart_paths, model_facts' `{focus}_core_in_all`, every model group). Presence in every path
    (focus_without_csa) is not core status: an intermediate path keeps an expected-present condition its parsimonious
    term need not hold. {`{focus}_core_in_all_without_csa`: bool}; {} when not checked. `rerun`:
    solutions_without_csa(res, neg_res), the one paths_without_contradictory_assumptions read (not minimised again)."""
    done = solutions_without_csa(res, neg_res) if rerun is _NOT_GIVEN else rerun
    if done is None:
        return {}
    paths = chart_paths(_chart(done[1], res.report), res.levels)
    return {f"{focus}_core_in_all_without_csa": bool(model_facts(paths, res.conditions, focus)[f"{focus}_core_in_all"])}


def paths_without_csa_json(frame: pd.DataFrame | None) -> dict | None:
    """A table of paths_without_contradictory_assumptions as qca.json writes it: the `blocked` rows (blocked_rows)
    and the reported path terms `lost` (lost_paths); None when not checked (no table or one without rows)."""
    if lost_paths(frame) is None:
        return None
    return {"blocked": list(blocked_rows(frame)), "lost": list(lost_paths(frame))}


def _negated_focus_paths_facts(neg_res, neg_frame: pd.DataFrame | None, focus: str, data_source: str):
    """What negated_focus_paths_text and its Chinese line state, computed once: the negation's G1 paths, those with
    ~focus, those of them lost in its re-run (None: not re-run) and the reading's evidence level as the data allow."""
    first = list(neg_res.first_paths()["term"])
    absent = [t for t in first if f"~{focus}" in t.split("*")]
    lost = lost_paths(neg_frame)
    gone = None if lost is None else [t for t in absent if t in lost]
    return first, absent, gone, evidence_on(data_source, READING)


def negated_focus_paths_text(neg_res, neg_frame: pd.DataFrame | None, focus: str, data_source: str) -> str:
    """The negation's paths (G1) with ~focus in one line, its subject before ': ' (cases.source_printer names the
    data source there), and how many of them survive the negation's re-run with its contradictory assumptions blocked
    (`neg_frame`: paths_without_contradictory_assumptions(neg_res, res); lost_paths), the compendium's reading with
    its evidence level as the data allow it (evidence_on); 'not checked' without a re-run."""
    first, absent, gone, level = _negated_focus_paths_facts(neg_res, neg_frame, focus, data_source)
    text = (f"paths of {neg_res.outcome} (G1) with ~{focus}: {len(absent)} of {len(first)}"
            + (f" ({', '.join(absent)})" if absent else ""))
    if not absent:
        return text
    if gone is None:
        return text + f"; with {neg_res.outcome}'s contradictory assumptions blocked: not checked"
    return (text + f"; with {neg_res.outcome}'s contradictory assumptions blocked (the compendium's reading, evidence "
            f"{'the ' if level == READING else ''}{level}), {len(absent) - len(gone)} of {len(absent)} survive"
            + (f" ({' and '.join(gone)} {'does' if len(gone) == 1 else 'do'} not)" if gone else ""))


def negated_focus_paths_text_zh(neg_res, neg_frame: pd.DataFrame | None, focus: str, data_source: str) -> str:
    """negated_focus_paths_text in Chinese, from the same facts (the negation's G1 paths with ~focus, how many survive
    its re-run, the reading's evidence level as the data allow it), its subject before the first '：'
    (cases.source_printer(..., 'zh') tags it there)."""
    first, absent, gone, level = _negated_focus_paths_facts(neg_res, neg_frame, focus, data_source)
    text = (f"{neg_res.outcome} 含 ~{focus} 的路径（G1）：{len(first)} 条中 {len(absent)} 条"
            + (f"（{'、'.join(absent)}）" if absent else ""))
    if not absent:
        return text
    if gone is None:
        return text + f"；排除 {neg_res.outcome} 的矛盾假设后：未检验"
    return (text + f"；排除 {neg_res.outcome} 的矛盾假设后（本项目解读，证据等级为{EVIDENCE_LEVELS_ZH[level]}），"
            f"{len(absent)} 条中 {len(absent) - len(gone)} 条保留" + (f"（{'、'.join(gone)} 不再保留）" if gone else ""))


def _contradictory_paths_facts(frame: pd.DataFrame | None, data_source: str) -> tuple[bool, tuple[str, ...], str]:
    """What contradictory_paths_reading and its Chinese line state, computed once: whether the table was checked,
    the reported path terms lost (lost_paths) and the reading's evidence level as the data allow it (evidence_on)."""
    level = evidence_on(data_source, READING)
    return frame is not None and len(frame) > 0, lost_paths(frame) or (), level


def contradictory_paths_reading(frame: pd.DataFrame | None, outcome: str, data_source: str) -> str:
    """The compendium's reading of paths_without_contradictory_assumptions in one line, its subject (the outcome's
    paths: EFF's or ~EFF's) before ': ' (so that cases.source_printer names the data source there) and its evidence
    level as the data allow it (evidence_on: by construction on the reconstruction)."""
    checked, lost, level = _contradictory_paths_facts(frame, data_source)
    subject = (f"{outcome}'s paths with the contradictory assumptions blocked, the compendium's reading "
               f"(evidence {'the ' if level == READING else ''}{level})")
    if not checked:
        return f"{subject}: not checked, so the paths are read without this test"
    if lost:
        return (f"{subject}: {counted(len(lost), 'reported path term')} ({', '.join(lost)}) "
                f"{'does' if len(lost) == 1 else 'do'} not survive the blocking: {'it rests' if len(lost) == 1 else 'they rest'} on remainders where {negation(outcome)}'s solution assumes the opposite outcome, so read the "
                "paths with the re-run terms beside them, not as findings free of contradictory assumptions")
    return f"{subject}: no reported path term rests on the contradictory assumptions alone: each survives with them blocked"


def contradictory_paths_reading_zh(frame: pd.DataFrame | None, outcome: str, data_source: str) -> str:
    """contradictory_paths_reading in Chinese, written from the same facts (_contradictory_paths_facts), as
    claims.headline_zh is from headline's: its subject before the first '：' (cases.source_printer(..., 'zh') tags
    it there) and its evidence level in the ledger's Chinese words (claims.EVIDENCE_LEVELS_ZH)."""
    checked, lost, level = _contradictory_paths_facts(frame, data_source)
    subject = f"{outcome} 的路径排除矛盾假设后的解读（本项目解读，证据等级为{EVIDENCE_LEVELS_ZH[level]}）"
    if not checked:
        return f"{subject}：未检验，路径的解读未经此项检验"
    if lost:
        return (f"{subject}：{len(lost)} 个报告的路径项（{'、'.join(lost)}）在排除后不再保留：它们依赖于 "
                f"{negation(outcome)} 的解假设相反结果的逻辑余项，应与重新最小化所得的项并列解读，不能视为不含矛盾假设的结论")
    return f"{subject}：没有报告的路径项仅依赖于矛盾假设，排除后每一项均保留"


def _pairs_without_csa_facts(pairs: pd.DataFrame, frame: pd.DataFrame | None) -> tuple[bool, list, tuple[int, ...]]:
    """What pairs_without_csa_text and its Chinese line state, computed once: whether the re-run was checked, the
    pairs that differ in the comparison condition alone (focal_differs, no other difference: the ones notebook 03's
    pair lines name) as (typical, irrelevant, term, survives), and the rows blocked (blocked_rows)."""
    lost = lost_paths(frame)
    closest = pairs[pairs["focal_differs"].astype(bool) & (pairs["other_differences"] == "")] if len(pairs) else pairs
    return lost is not None, [(r.typical, r.irrelevant, r.term, r.term not in lost) for r in closest.itertuples()] \
        if lost is not None else [], blocked_rows(frame)


def pairs_without_csa_text(pairs: pd.DataFrame, frame: pd.DataFrame | None, outcome: str, condition: str,
                           table: str) -> str:
    """Whether the path of each pair that differs in `condition` alone (`pairs`: focal_condition_pairs of the
    outcome's reported model) survives the outcome's re-run with its contradictory easy counterfactuals blocked
    (`frame`: paths_without_contradictory_assumptions, written to `table`; lost_paths), in one line with its subject
    before ': ' (cases.source_printer names the data source there): a pair on a lost path compares cases on a path
    that rests on remainders where the negation's solution assumes the opposite outcome, which a referee wants said
    beside the pair. 'not checked' without a re-run; 'no pair' when none differs in `condition` alone."""
    checked, found, rows = _pairs_without_csa_facts(pairs, frame)
    subject = f"{outcome}'s pairs that differ in {condition} alone, with the contradictory assumptions blocked"
    if not checked:
        return f"{subject}: not checked (no re-run of {outcome}'s solutions), so the pairs' paths are read without this test"
    if not found:
        return f"{subject}: no pair differs in {condition} alone, so there is no pair's path to check"
    lost = [f"{t} / {i} ({term})" for t, i, term, kept in found if not kept]
    kept = [f"{t} / {i} ({term})" for t, i, term, kept in found if kept]
    where = f"rows {', '.join(map(str, rows))} blocked; {table}" if rows else f"nothing to block; {table}"
    said = []
    if lost:
        said.append(f"{'; '.join(lost)} {'sits' if len(lost) == 1 else 'sit'} on a path that does not survive the "
                    f"blocking ({where}): the comparison rests on remainders where {negation(outcome)}'s solution "
                    "assumes the opposite outcome, so read it with the re-run's terms beside it")
    if kept:
        said.append(f"{'; '.join(kept)} {'sits' if len(kept) == 1 else 'sit'} on a path that survives the blocking "
                    f"({where})")
    return f"{subject}: " + "; ".join(said)


def pairs_without_csa_text_zh(pairs: pd.DataFrame, frame: pd.DataFrame | None, outcome: str, condition: str,
                              table: str) -> str:
    """pairs_without_csa_text in Chinese, written from the same facts (_pairs_without_csa_facts), its subject before
    the first '：' (cases.source_printer(..., 'zh') tags it there)."""
    checked, found, rows = _pairs_without_csa_facts(pairs, frame)
    subject = f"{outcome} 仅在 {condition} 上不同的比较案例对（排除矛盾假设后）"
    if not checked:
        return f"{subject}：未检验（{outcome} 的解未重新最小化），案例对所在路径的解读未经此项检验"
    if not found:
        return f"{subject}：没有仅在 {condition} 上不同的案例对，无需检验"
    lost = [f"{t} / {i}（{term}）" for t, i, term, kept in found if not kept]
    kept = [f"{t} / {i}（{term}）" for t, i, term, kept in found if kept]
    where = f"排除第 {'、'.join(map(str, rows))} 行；{table}" if rows else f"无需排除；{table}"
    said = []
    if lost:
        said.append(f"{'；'.join(lost)}所在的路径在排除后不再保留（{where}）：该比较依赖于 {negation(outcome)} 的解"
                    "假设相反结果的逻辑余项，应与重新最小化所得的项并列解读")
    if kept:
        said.append(f"{'；'.join(kept)}所在的路径在排除后保留（{where}）")
    return f"{subject}：" + "；".join(said)


def blocked_rows(frame: pd.DataFrame | None) -> tuple[int, ...]:
    """The rows blocked in a table of paths_without_contradictory_assumptions; () for none (or no table)."""
    if frame is None or not len(frame) or not frame["blocked"].iloc[0]:
        return ()
    return tuple(int(r) for r in str(frame["blocked"].iloc[0]).split(", "))


def paths_without_contradictory_assumptions_text(res, neg_res, rerun=_NOT_GIVEN) -> str:
    """paths_without_contradictory_assumptions in one line: the rows blocked (in `res`'s truth table only, the one
    minimised again: the negation's solutions are not re-run), each solution type changed or not, and how many of
    the reported solution's distinct path terms survive (those that do not, named). `rerun`: as
    paths_without_contradictory_assumptions'."""
    frame = paths_without_contradictory_assumptions(res, neg_res, rerun)
    head = f"{res.outcome}'s solutions minimised again with their contradictory assumptions blocked"
    if frame is None:
        return f"{head}: not checked (no solution, or one too large to list its models' remainders)"
    blocked = frame["blocked"].iloc[0] if len(frame) else ""
    if not blocked:
        return f"{head}: none to block, so the solutions are the reported ones"
    changed = [k for k in SOLUTION_KINDS if (frame.loc[frame["solution"] == k, "before"]
                                             != frame.loc[frame["solution"] == k, "after"]).any()]
    paths = frame[(frame["solution"] == res.report) & (frame["reported_paths"] != "")]
    lost = lost_paths(frame)
    said = ("the " + " and ".join(changed) + (" solutions change" if len(changed) > 1 else " solution changes") if changed
            else "no solution changes")
    return (f"{head} (rows {blocked}, coded OUT = 0 in {res.outcome}'s truth table only, the one minimised again; "
            f"{negation(res.outcome)}'s solutions stay as reported): {said}; "
            f"{len(paths) - len(lost)} of {len(paths)} distinct path terms of the reported {res.report} solution "
            f"survive" + (f" ({' and '.join(lost)} {'does' if len(lost) == 1 else 'do'} not)" if lost else ""))


def paths_without_contradictory_assumptions_text_zh(res, neg_res, rerun=_NOT_GIVEN) -> str:
    """paths_without_contradictory_assumptions_text in Chinese, from the same table (the rows blocked, the solution
    types changed, the reported path terms that survive and those that do not), its subject before the first '：'
    (cases.source_printer(..., 'zh') tags it there)."""
    frame = paths_without_contradictory_assumptions(res, neg_res, rerun)
    head = f"{res.outcome} 的解排除其矛盾假设后重新最小化"
    if frame is None:
        return f"{head}：未检验（无解，或解过大而无法列出其模型的逻辑余项）"
    blocked = frame["blocked"].iloc[0] if len(frame) else ""
    if not blocked:
        return f"{head}：无需排除，解即所报告的解"
    changed = [_SOLUTION_KINDS_ZH[k] for k in SOLUTION_KINDS
               if (frame.loc[frame["solution"] == k, "before"] != frame.loc[frame["solution"] == k, "after"]).any()]
    paths = frame[(frame["solution"] == res.report) & (frame["reported_paths"] != "")]
    lost = lost_paths(frame)
    said = ("、".join(changed) + "发生变化" if changed else "各解均未改变")
    return (f"{head}（第 {'、'.join(str(blocked).split(', '))} 行仅在 {res.outcome} 的真值表中编码为 OUT = 0，即重新最小化"
            f"的真值表；{negation(res.outcome)} 的解保持所报告的）：{said}；所报告的{_SOLUTION_KINDS_ZH[res.report]}的 "
            f"{len(paths)} 个不同路径项中 {len(paths) - len(lost)} 个保留"
            + (f"（{'、'.join(lost)} 不再保留）" if lost else ""))


@dataclass
class ConfigurationAnalysis:
    """Truth table, the three solutions of the standard analysis and of ESA, and the reported solution's paths
    (every model, pair-matched core / peripheral, Rainbow type)."""

    truth_table: object
    standard: dict                    # kind -> Solution, standard analysis
    enhanced: dict                    # kind -> Solution, ESA (same as standard when nothing is blocked)
    esa_truth_table: object
    blocked: dict                     # reason -> rows coded OUT = 0 by ESA
    conditions: tuple[str, ...]
    outcome: str
    report: str                       # which solution's paths are reported
    analysis: str                     # "esa" or "standard": where the reported paths come from
    dir_exp: dict
    levels: dict
    chart: object                     # analysis.qca.configurations.ConfigurationChart of the reported solution
    paths: pd.DataFrame               # PATH_COLUMNS, every model group
    solution_fit: dict
    n_models: int                     # distinct models of the reported solution
    notes: list[str] = field(default_factory=list)
    #: '' when there is a solution; else no_solution_note(): no row passes the cut-offs, so the solutions are empty
    #: (standard and enhanced hold none, the chart and the paths no row, solution_fit NaN) and that is the result
    no_solution: str = ""

    @property
    def solutions(self) -> dict:
        return self.enhanced if self.analysis == "esa" else self.standard

    def _solution(self, kind: str):
        """One solution of the reported analysis; without any (no_solution) a QCAInputError saying so, not a KeyError."""
        if self.no_solution:
            raise QCAInputError(f"no {kind} solution: {self.no_solution}")
        return self.solutions[kind]

    @property
    def conservative(self):
        return self._solution("conservative")

    @property
    def parsimonious(self):
        return self._solution("parsimonious")

    @property
    def intermediate(self):
        return self._solution("intermediate")

    @property
    def reported(self):
        return self._solution(self.report)

    @property
    def model(self):
        return distinct_models(self.reported)[0]

    @property
    def n_groups(self) -> int:
        return len(self.chart.groups)

    def first_paths(self) -> pd.DataFrame:
        """The paths of the first model group (G1)."""
        return self.paths[self.paths["group"] == "G1"].reset_index(drop=True)

    def solutions_frame(self) -> pd.DataFrame:
        """The distinct models of the three solutions of both analyses, one row per model, with solution fit."""
        rows = []
        for analysis, sols in (("standard", self.standard), ("esa", self.enhanced)):
            for kind in (k for k in SOLUTION_KINDS if k in sols):   # none without a solution (no_solution)
                for j, m in enumerate(distinct_models(sols[kind]), start=1):
                    rows.append({"analysis": analysis, "solution": kind, "model": f"M{j}", "expression": m.expression,
                                 "n_terms": len(m.terms), "inclS": float(m.fit["inclS"]),
                                 "PRI": float(m.fit["PRI"]), "covS": float(m.fit["covS"])})
        return pd.DataFrame(rows, columns=SOLUTION_FRAME_COLUMNS)

    def comparison(self) -> pd.DataFrame:
        """Standard and ESA side by side: per solution kind, the models of each analysis and whether they differ."""
        rows = []
        if self.no_solution:
            return pd.DataFrame(rows, columns=["solution", "standard", "esa", "changed"])
        for kind in SOLUTION_KINDS:
            a = " | ".join(m.expression for m in distinct_models(self.standard[kind]))
            b = " | ".join(m.expression for m in distinct_models(self.enhanced[kind]))
            rows.append({"solution": kind, "standard": a, "esa": b, "changed": a != b})
        return pd.DataFrame(rows)

    def esa_summary(self, negated=None) -> str:
        """What ESA blocked, what is left after that one round, and what changed, in words. `negated`: the analysis
        of the outcome's negation (diagnostics.negated_outcome's result), which the contradictory simplifying
        assumptions left after ESA are counted against (csa_after_esa, as the checklist and good_practice count
        them); without it the summary says they are not checked."""
        if self.no_solution:
            return f"{self.no_solution}; ESA has no solution to change (it blocks remainders only)"
        tt = self.truth_table
        lines = [f"contradictory simplifying assumptions (used by the parsimonious solutions of {self.outcome} and "
                 f"of {negation(self.outcome)}): {_row_configs(tt, self.blocked.get('contradictory', []))}"]
        if "untenable" in self.blocked:
            lines.append(f"untenable remainders: {_row_configs(tt, self.blocked['untenable'])}")
        lines.append(self._csa_left_text(negated))
        changed = self.comparison()
        diff = changed.loc[changed["changed"], "solution"].tolist()
        lines.append("ESA changes " + (", ".join(f"the {k} solution" for k in diff) if diff else "no solution")
                     + f"; reported paths come from the {'ESA' if self.analysis == 'esa' else 'standard'} "
                       f"{self.report} solution")
        return "\n".join(lines)

    def esa_summary_zh(self, negated=None) -> str:
        """esa_summary in Chinese, line for line from the same facts (the rows ESA blocked with their configurations,
        those the ESA's own parsimonious solutions of the outcome and of its negation still share, the solutions ESA
        changed), each line's subject before its first '：' (cases.source_printer(..., 'zh') tags it there)."""
        if self.no_solution:
            return f"{no_solution_note_zh(self.no_solution)}；ESA 没有可改变的解（它只排除逻辑余项）"
        tt = self.truth_table
        rows = lambda r: _row_configs_zh(tt, r)
        lines = [f"矛盾简化假设（{self.outcome} 与 {negation(self.outcome)} 的简约解同时使用的逻辑余项）："
                 f"{rows(self.blocked.get('contradictory', []))}"]
        if "untenable" in self.blocked:
            lines.append(f"不可成立的逻辑余项：{rows(self.blocked['untenable'])}")
        lines.append(self._csa_left_text_zh(negated))
        changed = self.comparison()
        diff = [_SOLUTION_KINDS_ZH[k] for k in changed.loc[changed["changed"], "solution"]]
        lines.append(("ESA 改变了" + "、".join(diff) if diff else "ESA 未改变任何解")
                     + f"；报告的路径取自{'ESA' if self.analysis == 'esa' else '标准分析'}{_SOLUTION_KINDS_ZH[self.report]}")
        return "\n".join(lines)

    def _csa_left_text_zh(self, negated) -> str:
        """_csa_left_text in Chinese, from the same count (csa_after_esa)."""
        neg = negation(self.outcome)
        head = (f"ESA（只执行一次，与 SetMethods 的 esa() 相同）之后 {self.outcome} 与 {neg} 的 ESA 自身的简约解"
                "仍共用的逻辑余项")
        if negated is None:
            return f"{head}：此处未检验（需要 {neg} 的分析：esa_summary_zh(negated=...)）"
        again = csa_after_esa(self, negated)
        if again is None:
            return f"{head}：未检验（解过大而无法列出其模型的逻辑余项）"
        if not again:
            return f"{head}：无"
        return (f"{head}：{len(again)} 个（第 {'、'.join(map(str, again))} 行），即核心条件所依据的简约解模型中新的矛盾"
                f"简化假设；如需去除，应对 {self.outcome} 与 {neg} 一并排除这些行并重新最小化（good_practice 给出其结果）")

    def _csa_left_text(self, negated) -> str:
        """The line of esa_summary on the contradictory simplifying assumptions left after one round of ESA."""
        head = (f"left after ESA (applied once, as SetMethods' esa()): remainders the ESA's own parsimonious solutions "
                f"of {self.outcome} and of {negation(self.outcome)} still share")
        if negated is None:
            return (f"{head}: not checked here (it needs the analysis of {negation(self.outcome)}: "
                    "esa_summary(negated=...))")
        again = csa_after_esa(self, negated)
        if again is None:
            return f"{head}: not checked (a solution too large to list its models' remainders)"
        if not again:
            return f"{head}: none"
        return (f"{head}: {len(again)} (rows {', '.join(map(str, again))}), new contradictory simplifying assumptions "
                "in the parsimonious models the core conditions come from; to remove them, block them too for "
                f"{self.outcome} and for {negation(self.outcome)} and minimise again (good_practice says what that gives)")

    def to_frame(self) -> pd.DataFrame:
        return self.paths.copy()

    def to_dict(self) -> dict:
        def clean(v):
            if isinstance(v, (np.floating, float)):
                return None if v != v else float(v)
            if isinstance(v, (np.integer, np.bool_)):
                return v.item()
            return v

        return {"outcome": self.outcome, "conditions": list(self.conditions), "report": self.report,
                "analysis": self.analysis, "dir_exp": {k: v for k, v in self.dir_exp.items()},
                "n_models": self.n_models, "n_groups": self.n_groups,
                "esa_blocked": {k: [int(r) for r in v] for k, v in self.blocked.items()},
                "solution_fit": {k: clean(v) for k, v in self.solution_fit.items()},
                "chart_models": [{k: clean(v) for k, v in r.items()} for r in self.chart.model_fit.to_dict("records")],
                "paths": self.chart.path_records(clean, self.paths),   # cases, and case_rows as lists
                "solutions": [{k: clean(v) for k, v in r.items()} for r in self.solutions_frame().to_dict("records")],
                "notes": list(self.notes), **({"no_solution": self.no_solution} if self.no_solution else {})}

    def __str__(self) -> str:
        if self.no_solution:
            return (f"Configurations for {self.outcome} ({'ESA' if self.analysis == 'esa' else 'standard'} "
                    f"{self.report} solution): none; {self.no_solution}")
        fit = self.solution_fit
        head = (f"Configurations for {self.outcome} ({'ESA' if self.analysis == 'esa' else 'standard'} {self.report} "
                f"solution, {counted(self.n_groups, 'model group')}, {counted(len(self.first_paths()), 'path')} in G1; "
                f"M1 inclS {fit['inclS']:.3f}, PRI {fit['PRI']:.3f}, covS {fit['covS']:.3f})")
        cols = ["group", "path", "term", "type", "core", "peripheral", "inclS", "PRI", "covS", "covU", "cases"]
        body = self.paths[cols].to_string(index=False, float_format=lambda x: f"{x:.3f}")
        notes = "".join(f"\nnote: {n}" for n in self.notes)
        return head + "\n\n" + body + notes

    def __repr__(self) -> str:
        return (f"<ConfigurationAnalysis {self.outcome}: {self.analysis} {self.report}, {counted(self.n_groups, 'group')}, "
                f"{counted(len(self.paths), 'path')}>")


def default_dir_exp(conditions: Sequence[str]) -> dict[str, int]:
    """Directional expectations: every integration dimension is expected to contribute when present."""
    return {c: 1 for c in conditions}


def esa_blocked(tt, untenable: str | None = None) -> dict:
    """The remainders ESA blocks in a truth table (Schneider & Wagemann 2012): {'contradictory': the
    contradictory simplifying assumptions (find_rows 'csa')} and, with `untenable`, {'untenable': the remainders inside
    that expression}; each a list of row numbers."""
    blocked = {"contradictory": find_rows(tt, "csa")}
    if untenable:
        blocked["untenable"] = rows_in_expression(tt, untenable, observed=False)
    return blocked


def analyse_configurations(data: pd.DataFrame, outcome: str, conditions: Sequence[str], *, incl_cut=0.8,
                           n_cut: int = 1, pri_cut: float = 0.0, dir_exp: Mapping | None = None,
                           report: str = "intermediate", analysis: str = "esa", untenable: str | None = None,
                           case_column: str | None = None,
                           levels: Mapping[str, str] = RAINBOW_LEVELS,
                           allow_empty: bool = False) -> ConfigurationAnalysis:
    """Truth table; conservative / parsimonious / intermediate solutions of the standard analysis and of ESA
    (contradictory simplifying assumptions, and remainders inside `untenable`, coded OUT = 0); the paths of every
    model of the reported solution (`analysis` 'esa' by default, or 'standard') with pair-matched cores.
    A truth table without a positive row has no sufficient configuration: by default the engine's refusal is raised
    (QCAInputError, as minimize gives it); with `allow_empty` that finding is the result (`no_solution`, empty
    solutions and paths, empty_analysis)."""
    if report not in SOLUTION_KINDS:
        raise ValueError(f"report must be one of {', '.join(SOLUTION_KINDS)}, got {report!r}")
    if analysis not in ANALYSES:
        raise ValueError(f"analysis must be one of {', '.join(ANALYSES)}, got {analysis!r}")
    conditions = tuple(conditions)
    dir_exp = dict(default_dir_exp(conditions) if dir_exp is None else dir_exp)
    tt = truth_table(data, outcome, list(conditions), incl_cut=incl_cut, n_cut=n_cut, pri_cut=pri_cut,
                     case_column=case_column)
    if allow_empty and no_solution_note(tt):
        return empty_analysis(tt, report=report, analysis=analysis, dir_exp=dir_exp, levels=levels)
    if allow_empty and no_negative_row_note(tt):   # notebook 03: what its user can change, not minimize's include
        raise QCAInputError(no_negative_row_note(tt))
    standard = _solutions(tt, dir_exp)
    blocked = esa_blocked(tt, untenable)
    rows = sorted({r for v in blocked.values() for r in v})
    tt_esa = esa_table(tt, contradictory_rows=rows) if rows else tt
    enhanced = _solutions(tt_esa, dir_exp) if rows else standard
    sols = enhanced if analysis == "esa" else standard
    reported = sols[report]
    models = distinct_models(reported)
    chart = _chart(sols, report)
    paths = chart_paths(chart, levels)
    # the chart carries the same (Paper A-labelled) paths as the table, so a chart redrawn from paths.csv is identical
    chart = dataclasses.replace(chart, paths=paths[list(CHART_PATH_COLUMNS)].reset_index(drop=True))
    notes = list(chart.notes)
    if rows:
        notes.append(f"ESA blocked {in_number(len(rows), 'row')} {', '.join(map(str, rows))}")
    m1 = chart.model_fit.iloc[0] if len(chart.model_fit) else None
    fit = ({k: float(m1[k]) for k in ("inclS", "PRI", "covS")} if m1 is not None
           else {k: float(models[0].fit[k]) for k in ("inclS", "PRI", "covS")})
    return ConfigurationAnalysis(truth_table=tt, standard=standard, enhanced=enhanced, esa_truth_table=tt_esa,
                                 blocked=blocked, conditions=conditions, outcome=outcome, report=report,
                                 analysis=analysis, dir_exp=dir_exp, levels=dict(levels), chart=chart, paths=paths,
                                 solution_fit=fit, n_models=len(models), notes=notes)


def empty_analysis(tt, *, report: str = "intermediate", analysis: str = "esa", dir_exp: Mapping | None = None,
                   levels: Mapping[str, str] = RAINBOW_LEVELS) -> ConfigurationAnalysis:
    """The analysis of a truth table without a positive row (no_solution_note): no solution of either analysis,
    nothing blocked by ESA (no parsimonious solution, hence no contradictory simplifying assumption), a chart and a
    paths table without rows, solution fit NaN, and the finding as `no_solution` and as its note."""
    note = no_solution_note(tt)
    if not note:
        raise ValueError("empty_analysis: the truth table has a positive row; use analyse_configurations")
    conditions = tuple(tt.conditions)
    chart = ConfigurationChart(outcome=tt.outcome, conditions=conditions, kind=report,
                               paths=pd.DataFrame(columns=list(CHART_PATH_COLUMNS)),
                               model_fit=pd.DataFrame(columns=["group", "pair", "model", "expression", "inclS", "PRI",
                                                               "covS"]))
    return ConfigurationAnalysis(truth_table=tt, standard={}, enhanced={}, esa_truth_table=tt, blocked={},
                                 conditions=conditions, outcome=tt.outcome, report=report, analysis=analysis,
                                 dir_exp=dict(default_dir_exp(conditions) if dir_exp is None else dir_exp),
                                 levels=dict(levels), chart=chart, paths=pd.DataFrame(columns=PATH_COLUMNS),
                                 solution_fit={k: float("nan") for k in ("inclS", "PRI", "covS")}, n_models=0,
                                 notes=[note], no_solution=note)


def model_facts(paths: pd.DataFrame, conditions: Sequence[str], focus: str = "SER") -> dict:
    """Path facts over every model group of a paths table (PATH_COLUMNS): counts of the first group, the fewest and
    most paths of any group (n_paths_min, n_paths_max: the path count under model ambiguity), and flags
    that must hold in every group (types: fewest multi-level / meso-micro, most 'other'; the focus condition in
    and core in every path of every group). `path_types_by_group`: each group's count of each type when the groups
    differ in them ('' when every group has the same counts)."""
    groups = list(dict.fromkeys(paths["group"])) if len(paths) else []
    if not groups:
        return {"n_paths": 0, "n_groups": 0, "paths": "", "n_paths_min": 0, "n_paths_max": 0, "path_types": "",
                "path_types_by_group": "", "n_multi_level": 0,
                "n_meso_micro": 0, "n_other": 0, f"{focus}_in_all": False, f"{focus}_core_in_all": False}
    per = []
    for g in groups:
        p = paths[paths["group"] == g]
        types = p["type"].tolist()
        per.append({"p": p, "types": types,
                    "in_all": all(term_literals(t, conditions).get(focus) == 1 for t in p["term"]),
                    "core_all": all(bool(c) and term_literals(c, conditions).get(focus) == 1 for c in p["core"])})
    first = per[0]
    # the path types of each group, said when the groups differ: the fewest multi-level and meso-micro and the most
    # 'other' are then counts of different groups, and read alone ('multi-level 0') deny a group's multi-level path
    counts = [tuple(q["types"].count(t) for t in PATH_TYPES) for q in per]
    by_group = "" if len(set(counts)) <= 1 else "; ".join(
        f"{g}: " + ", ".join(f"{t} {n}" for t, n in zip(PATH_TYPES, c)) for g, c in zip(groups, counts))
    return {"n_paths": len(first["p"]), "n_groups": len(groups), "paths": " + ".join(first["p"]["term"]),
            "n_paths_min": min(len(q["p"]) for q in per), "n_paths_max": max(len(q["p"]) for q in per),
            "path_types": ", ".join(first["types"]), "path_types_by_group": by_group,
            "n_multi_level": min(q["types"].count("multi-level") for q in per),
            "n_meso_micro": min(q["types"].count("meso-micro") for q in per),
            "n_other": max(q["types"].count("other") for q in per),
            f"{focus}_in_all": all(q["in_all"] for q in per),
            f"{focus}_core_in_all": all(q["core_all"] for q in per)}

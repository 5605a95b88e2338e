"""Paper A's configurations (paths): Rainbow-level path types over the generic core/peripheral roles of
`analysis.qca.configurations`.

Core vs peripheral follows Fiss (2011, Academy of Management Journal 54(2): 393-420): a condition of a
configuration (a term of the intermediate solution) is *core* when it also appears in the parsimonious
term that subsumes the configuration (whose literals are a subset of the configuration's), *peripheral*
when it appears only in the intermediate term. Path types follow Paper A's reading of the Rainbow Model
(Valentijn et al. 2013): a path is *multi-level* when its present conditions span the macro, meso and micro
levels (enablers optional), *meso-micro* when they span meso and micro but not macro, else *other*.
Only conditions present in a path (not negated ones) count towards the levels it spans.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from ..qca.configurations import (chart_frame, condition_roles, distinct_models, format_literals,
                                  parsimonious_terms_of, subsuming_terms, term_literals)
from ..qca.minimize import minimize
from ..qca.truth_table import truth_table
from .cases import LEVEL_ORDER, RAINBOW_LEVELS

PATH_TYPES: tuple[str, ...] = ("multi-level", "meso-micro", "other")
PATH_TYPE_LABELS: dict[str, dict[str, str]] = {
    "en": {"multi-level": "multi-level", "meso-micro": "meso-micro", "other": "other"},
    "zh": {"multi-level": "多层面整合型", "meso-micro": "中微观整合型", "other": "其他"},
}
SOLUTION_KINDS = ("conservative", "parsimonious", "intermediate")


# ---------------------------------------------------------------- Rainbow levels and path types


def levels_present(term: str, conditions: Sequence[str], levels: Mapping[str, str] = RAINBOW_LEVELS) -> tuple[str, ...]:
    """Rainbow levels of the conditions *present* in a term, in the order macro, meso, micro, enabler."""
    lits = term_literals(term, conditions)
    unknown = [c for c in lits if c not in levels]
    if unknown:
        raise ValueError(f"no Rainbow level for condition(s) {', '.join(unknown)}; levels known for "
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


def configuration_paths(model, parsimonious_terms: Sequence[str], conditions: Sequence[str],
                        levels: Mapping[str, str] = RAINBOW_LEVELS) -> pd.DataFrame:
    """One row per configuration of a model: Fiss label, term, type, levels, core and peripheral literals,
    the parsimonious term(s) subsuming it, and its fit (inclS, PRI, covS, covU, cases).

    Order and labels: configurations sharing the same core form a group (numbered 1, 2, ... by path type,
    then by the group's largest raw coverage); within a group they are lettered a, b, ... by raw coverage."""
    fit = model.term_fit.set_index("term")
    rows = []
    for term in model.terms:
        roles = condition_roles(term, parsimonious_terms, conditions)
        core = {c: v for c, (v, r) in roles.items() if r == "core"}
        peri = {c: v for c, (v, r) in roles.items() if r == "peripheral"}
        f = fit.loc[term]
        rows.append({"term": term, "type": path_type(term, conditions, levels),
                     "levels": "+".join(levels_present(term, conditions, levels)),
                     "core": format_literals(core, conditions) if core else "",
                     "peripheral": format_literals(peri, conditions) if peri else "",
                     "subsumed_by": " + ".join(subsuming_terms(term, parsimonious_terms, conditions)),
                     "inclS": float(f["inclS"]), "PRI": float(f["PRI"]), "covS": float(f["covS"]),
                     "covU": float(f["covU"]), "cases": str(f.get("cases", ""))})
    df = pd.DataFrame(rows)
    if df.empty:
        return df.assign(path=pd.Series(dtype=str))
    type_rank = {t: i for i, t in enumerate(PATH_TYPES)}
    groups = (df.groupby("core", sort=False)
                .agg(type_rank=("type", lambda s: min(type_rank[t] for t in s)), best=("covS", "max"))
                .reset_index())
    groups = groups.sort_values(["type_rank", "best", "core"], ascending=[True, False, True], kind="stable")
    group_no = {core: i + 1 for i, core in enumerate(groups["core"])}
    df["group"] = df["core"].map(group_no)
    df = df.sort_values(["group", "covS", "term"], ascending=[True, False, True], kind="stable").reset_index(drop=True)
    sizes = df["group"].value_counts()
    labels, seen = [], {}
    for g in df["group"]:
        seen[g] = seen.get(g, 0) + 1
        labels.append(f"{g}{'abcdefghijklmnopqrstuvwxyz'[seen[g] - 1]}" if sizes[g] > 1 else f"{g}")
    df.insert(0, "path", labels)
    return df.drop(columns="group")


def chart_frame(paths: pd.DataFrame, conditions: Sequence[str]) -> pd.DataFrame:
    """Long table for a configuration chart: path, condition, value (1, 0 or NaN = blank), role."""
    rows = []
    for _, p in paths.iterrows():
        core = term_literals(p["core"], conditions) if p["core"] else {}
        peri = term_literals(p["peripheral"], conditions) if p["peripheral"] else {}
        for c in conditions:
            if c in core:
                rows.append({"path": p["path"], "condition": c, "value": core[c], "role": "core"})
            elif c in peri:
                rows.append({"path": p["path"], "condition": c, "value": peri[c], "role": "peripheral"})
            else:
                rows.append({"path": p["path"], "condition": c, "value": np.nan, "role": ""})
    return pd.DataFrame(rows, columns=["path", "condition", "value", "role"])


def chart_symbols(paths: pd.DataFrame, conditions: Sequence[str]) -> pd.DataFrame:
    """Conditions × paths with Fiss symbols: ● present, ⊗ absent (core), • / ⊗ small (peripheral) as text."""
    long = chart_frame(paths, conditions)
    sym = {(1, "core"): "●", (1, "peripheral"): "•", (0, "core"): "⊗", (0, "peripheral"): "⊗ (p)"}
    long["symbol"] = [sym.get((int(v), r), "") if v == v else "" for v, r in zip(long["value"], long["role"])]
    wide = long.pivot(index="condition", columns="path", values="symbol").reindex(index=list(conditions))
    return wide.reindex(columns=paths["path"].tolist())


# ---------------------------------------------------------------- the whole configurational analysis


@dataclass
class ConfigurationAnalysis:
    """Truth table, the three solutions, and the reported solution's paths with types and core/peripheral."""

    truth_table: object
    conservative: object
    parsimonious: object
    intermediate: object
    conditions: tuple[str, ...]
    outcome: str
    report: str                       # which solution's paths are reported
    dir_exp: dict
    levels: dict
    paths: pd.DataFrame
    solution_fit: dict
    n_models: int                     # distinct models of the reported solution
    notes: list[str] = field(default_factory=list)

    @property
    def reported(self):
        return getattr(self, self.report)

    @property
    def model(self):
        return distinct_models(self.reported)[0]

    def solutions_frame(self) -> pd.DataFrame:
        """The distinct models of the three solutions, one row per model, with solution fit."""
        rows = []
        for kind in SOLUTION_KINDS:
            sol = getattr(self, kind)
            for j, m in enumerate(distinct_models(sol), start=1):
                rows.append({"solution": kind, "model": f"M{j}", "expression": m.expression,
                             "n_terms": len(m.terms), "inclS": float(m.fit["inclS"]), "PRI": float(m.fit["PRI"]),
                             "covS": float(m.fit["covS"])})
        return pd.DataFrame(rows)

    def chart(self) -> pd.DataFrame:
        return chart_frame(self.paths, self.conditions)

    def to_frame(self) -> pd.DataFrame:
        return self.paths.copy()

    def to_dict(self) -> dict:
        def clean(v):
            if isinstance(v, (np.floating, float)):
                return None if v != v else float(v)
            if isinstance(v, np.integer):
                return int(v)
            return v

        return {"outcome": self.outcome, "conditions": list(self.conditions), "report": self.report,
                "dir_exp": {k: v for k, v in self.dir_exp.items()}, "n_models": self.n_models,
                "solution_fit": {k: clean(v) for k, v in self.solution_fit.items()},
                "paths": [{k: clean(v) for k, v in r.items()} for r in self.paths.to_dict("records")],
                "solutions": [{k: clean(v) for k, v in r.items()} for r in self.solutions_frame().to_dict("records")],
                "notes": list(self.notes)}

    def __str__(self) -> str:
        fit = self.solution_fit
        head = (f"Configurations for {self.outcome} ({self.report} solution, {len(self.paths)} path(s); "
                f"solution inclS {fit['inclS']:.3f}, PRI {fit['PRI']:.3f}, covS {fit['covS']:.3f})")
        cols = ["path", "term", "type", "core", "peripheral", "inclS", "PRI", "covS", "covU", "cases"]
        body = self.paths[cols].to_string(index=False, float_format=lambda x: f"{x:.3f}")
        notes = "".join(f"\nnote: {n}" for n in self.notes)
        return head + "\n\n" + body + notes

    def __repr__(self) -> str:
        return f"<ConfigurationAnalysis {self.outcome}: {len(self.paths)} {self.report} path(s)>"


def default_dir_exp(conditions: Sequence[str]) -> dict[str, int]:
    """Directional expectations: every integration dimension is expected to contribute when present."""
    return {c: 1 for c in conditions}


def analyse_configurations(data: pd.DataFrame, outcome: str, conditions: Sequence[str], *, incl_cut=0.8,
                           n_cut: int = 1, pri_cut: float = 0.0, dir_exp: Mapping | None = None,
                           report: str = "intermediate", case_column: str | None = None,
                           levels: Mapping[str, str] = RAINBOW_LEVELS) -> ConfigurationAnalysis:
    """Truth table, conservative / parsimonious / intermediate solutions, and the paths of the reported one
    (its first distinct model; model ambiguity is noted) with core conditions from the parsimonious solution."""
    if report not in SOLUTION_KINDS:
        raise ValueError(f"report must be one of {', '.join(SOLUTION_KINDS)}, got {report!r}")
    conditions = tuple(conditions)
    dir_exp = dict(default_dir_exp(conditions) if dir_exp is None else dir_exp)
    tt = truth_table(data, outcome, list(conditions), incl_cut=incl_cut, n_cut=n_cut, pri_cut=pri_cut,
                     case_column=case_column)
    intermediate = minimize(tt, include="?", dir_exp=dir_exp)
    conservative = intermediate.conservative if intermediate.conservative is not None else minimize(tt, include="")
    parsimonious = intermediate.parsimonious if intermediate.parsimonious is not None else minimize(tt, include="?")
    sols = {"conservative": conservative, "parsimonious": parsimonious, "intermediate": intermediate}
    reported = sols[report]
    models = distinct_models(reported)
    pars_terms = parsimonious_terms_of(intermediate)
    notes = []
    if len(models) > 1:
        notes.append(f"the {report} solution has {len(models)} distinct models; paths are those of the first "
                     f"({models[0].expression})")
    if len(distinct_models(parsimonious)) > 1:
        notes.append(f"the parsimonious solution has {len(distinct_models(parsimonious))} models; a condition is "
                     "core when any parsimonious term subsuming the configuration contains it")
    paths = configuration_paths(models[0], pars_terms, conditions, levels)
    orphans = paths.loc[paths["subsumed_by"] == "", "term"].tolist() if not paths.empty else []
    if orphans:
        notes.append(f"no parsimonious term subsumes {', '.join(orphans)}: no core condition there")
    fit = {k: float(models[0].fit[k]) for k in ("inclS", "PRI", "covS")}
    return ConfigurationAnalysis(truth_table=tt, conservative=conservative, parsimonious=parsimonious,
                                 intermediate=intermediate, conditions=conditions, outcome=outcome, report=report,
                                 dir_exp=dir_exp, levels=dict(levels), paths=paths, solution_fit=fit,
                                 n_models=len(models), notes=notes)


def summarize_paths(solution, focus: str = "SER", levels: Mapping[str, str] = RAINBOW_LEVELS) -> dict:
    """Flat summary of a solution for robustness sweeps (analysis.qca.robustness's `summarize` callback).

    Paths, their number and types are those of the first distinct model; with several models the flags are
    conservative: `n_other` is the largest and `n_multi_level` / `n_meso_micro` the smallest count over the
    models, and `<focus>_in_all` / `<focus>_core_in_all` must hold in every model."""
    conditions = tuple(solution.truth_table.conditions)
    models = distinct_models(solution)
    if not models:
        return {"n_paths": 0, "n_distinct_models": 0, "paths": "", "path_types": "", "n_multi_level": 0,
                "n_meso_micro": 0, "n_other": 0, f"{focus}_in_all": False, f"{focus}_core_in_all": False}
    pars = parsimonious_terms_of(solution)
    per_model = []
    for m in models:
        paths = configuration_paths(m, pars, conditions, levels)
        types = paths["type"].tolist()
        per_model.append({
            "paths": paths, "types": types,
            "in_all": all(term_literals(t, conditions).get(focus) == 1 for t in paths["term"]),
            "core_all": all(bool(c) and term_literals(c, conditions).get(focus) == 1 for c in paths["core"])})
    first = per_model[0]
    return {"n_paths": len(first["paths"]), "n_distinct_models": len(models),
            "paths": " + ".join(first["paths"]["term"]), "path_types": ", ".join(first["types"]),
            "n_multi_level": min(p["types"].count("multi-level") for p in per_model),
            "n_meso_micro": min(p["types"].count("meso-micro") for p in per_model),
            "n_other": max(p["types"].count("other") for p in per_model),
            f"{focus}_in_all": all(p["in_all"] for p in per_model),
            f"{focus}_core_in_all": all(p["core_all"] for p in per_model)}

"""Paper A's claims as checks computed from the configurational analysis, and how robust each one is.

Every claim is evaluated from *facts* computed from a solution (`solution_facts`: number of paths, their
Rainbow types, the role of service integration, the least present conditions), never typed in. The same
facts are computed for every setting of the robustness sweeps (consistency threshold, case removal, fuzzy
calibration), so the robustness table says, claim by claim, where the reconstruction's agreement breaks.
Paper A: 胡美丽 et al. 2024, 中国全科医学 27(22): 2706-2713, doi 10.12114/j.issn.1007-9572.2023.0722 (abstract).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

import numpy as np
import pandas as pd

from .cases import CONDITION_NAMES, OUTCOME, RAINBOW_LEVELS, least_present, presence_table
from ..claims import Claim, check, ledger
from .configurations import default_dir_exp, summarize_paths, term_literals
from ..qca.measures import consistency, coverage, ron
from ..qca.robustness import case_removal, run_setting, sensitivity_incl_cut

PAPER = "A"
FOCUS = "SER"                                  # service integration (服务整合)
EXPECTED_PATHS = 4
EXPECTED_LEAST_PRESENT = ("FUN", "PRO", "SYS")  # system, professional, functional integration
NECESSITY_BENCHMARK = 0.9


# ---------------------------------------------------------------- facts


def solution_facts(solution, focus: str = FOCUS, least_k: int = 3, levels: Mapping[str, str] = RAINBOW_LEVELS) -> dict:
    """Facts behind Paper A's claims, computed from an (intermediate) solution and the data in its truth table.

    Usable as the `summarize` callback of analysis.qca.robustness (flat, scalar values only)."""
    facts = summarize_paths(solution, focus=focus, levels=levels)
    data = solution.truth_table.data
    conditions = list(data.conditions)
    y = np.asarray(data.y, dtype=float)
    if focus in conditions:
        x = np.asarray(data.X[:, conditions.index(focus)], dtype=float)
        facts[f"{focus}_inclN"] = consistency(x, y, "necessity")
        facts[f"{focus}_covN"] = coverage(x, y, "necessity")
        facts[f"{focus}_RoN"] = ron(x, y)
    counts = {c: int((np.asarray(data.X[:, j], dtype=float) > 0.5).sum()) for j, c in enumerate(conditions)}
    ordered = sorted(conditions, key=lambda c: (counts[c], c))
    low, rest = ordered[:least_k], ordered[least_k:]
    facts["least_present"] = ", ".join(sorted(low))
    facts["least_present_separated"] = bool(not rest or max(counts[c] for c in low) < min(counts[c] for c in rest))
    facts["presence_counts"] = ", ".join(f"{c} {counts[c]}" for c in conditions)
    return facts


def analysis_facts(analysis, focus: str = FOCUS) -> dict:
    """Facts of a ConfigurationAnalysis (analysis.configurations): data facts from its intermediate solution,
    path facts from the paths of the solution it reports (core conditions from the parsimonious solution)."""
    facts = solution_facts(analysis.intermediate, focus=focus, levels=analysis.levels)
    paths = analysis.paths
    types = paths["type"].tolist()
    conds = analysis.conditions
    facts.update({
        "n_paths": len(paths), "n_distinct_models": analysis.n_models, "paths": " + ".join(paths["term"]),
        "path_types": ", ".join(types), "n_multi_level": types.count("multi-level"),
        "n_meso_micro": types.count("meso-micro"), "n_other": types.count("other"),
        f"{focus}_in_all": bool(len(paths)) and all(term_literals(t, conds).get(focus) == 1 for t in paths["term"]),
        f"{focus}_core_in_all": bool(len(paths)) and all(bool(c) and term_literals(c, conds).get(focus) == 1
                                                         for c in paths["core"]),
    })
    return facts


# ---------------------------------------------------------------- claims


@dataclass(frozen=True)
class ClaimSpec:
    """One claim of Paper A: its wording, what the paper says, and how to evaluate it from facts."""

    claim_id: str
    claim_zh: str
    claim_en: str
    expected: str
    evaluate: Callable[[Mapping], tuple[str, bool | None]]   # facts -> (computed text, agrees; None = n/a)
    note: str = ""


def _missing(facts: Mapping, *keys) -> bool:
    return any(k not in facts or facts[k] is None or (isinstance(facts[k], float) and facts[k] != facts[k])
               for k in keys)


def _n_paths(f):
    if _missing(f, "n_paths"):
        return "not computed", False
    amb = f" ({int(f['n_distinct_models'])} models)" if int(f.get("n_distinct_models", 1) or 0) > 1 else ""
    return f"{int(f['n_paths'])}{amb}", int(f["n_paths"]) == EXPECTED_PATHS and int(f.get("n_distinct_models", 1)) == 1


def _types_ok(f):
    if _missing(f, "n_paths", "n_multi_level", "n_meso_micro", "n_other"):
        return "not computed", False
    text = (f"multi-level {int(f['n_multi_level'])}, meso-micro {int(f['n_meso_micro'])}, "
            f"other {int(f['n_other'])}")
    return text, int(f["n_paths"]) > 0 and int(f["n_other"]) == 0


def _both_types(f):
    if _missing(f, "n_multi_level", "n_meso_micro"):
        return "not computed", False
    ml, mm = int(f["n_multi_level"]), int(f["n_meso_micro"])
    return f"multi-level {ml}, meso-micro {mm}", ml > 0 and mm > 0


def _multiple(f):
    if _missing(f, "n_paths"):
        return "not computed", False
    return f"{int(f['n_paths'])} path(s)", int(f["n_paths"]) > 1


def _focus_in_all(f):
    key = f"{FOCUS}_in_all"
    if _missing(f, key, "n_paths"):
        return "not computed", False
    return ("in every path" if f[key] else "missing from at least one path"), bool(f[key]) and int(f["n_paths"]) > 0


def _focus_core(f):
    key = f"{FOCUS}_core_in_all"
    if _missing(f, key, "n_paths"):
        return "not computed", False
    return ("core in every path" if f[key] else "not core in every path"), bool(f[key]) and int(f["n_paths"]) > 0


def _focus_necessary(f):
    key = f"{FOCUS}_inclN"
    if _missing(f, key):
        return "not computed", False
    text = f"inclN = {f[key]:.3f}"
    if not _missing(f, f"{FOCUS}_RoN"):
        text += f", RoN = {f[f'{FOCUS}_RoN']:.3f}"
    return text, bool(f[key] >= NECESSITY_BENCHMARK - 1e-12)


def _least(f):
    if _missing(f, "least_present"):
        return "not computed", False
    sep = "" if f.get("least_present_separated", False) else " (tied with another condition)"
    agrees = f["least_present"] == ", ".join(EXPECTED_LEAST_PRESENT) and bool(f.get("least_present_separated"))
    return f"{f['least_present']}{sep}", agrees


def _least_indicators(f):
    if _missing(f, "least_present_indicators"):
        return "not available (no indicator layer)", None
    sep = "" if f.get("least_present_indicators_separated", False) else " (tied with another condition)"
    agrees = (f["least_present_indicators"] == ", ".join(EXPECTED_LEAST_PRESENT)
              and bool(f.get("least_present_indicators_separated")))
    return f"{f['least_present_indicators']}{sep}", agrees


CLAIMS: tuple[ClaimSpec, ...] = (
    ClaimSpec("A1", "共有4条组态路径能有效提升医防融合效果",
              "Four configurations (paths) are sufficient for a good treatment-prevention integration effect",
              "4", _n_paths, "paths of the intermediate solution (one model required)"),
    ClaimSpec("A2", "4条路径分别符合多层面整合型、中微观整合型路径",
              "Every path is of the multi-level or the meso-micro integrated type",
              "multi-level or meso-micro only", _types_ok,
              "type from the Rainbow levels of the conditions present in a path (analysis.configurations)"),
    ClaimSpec("A3", "两种路径类型(多层面整合型、中微观整合型)均存在",
              "Both path types (multi-level and meso-micro) occur", "both types", _both_types),
    ClaimSpec("A4", "在整合型服务体系下存在多种路径可有效提升医防融合效果",
              "Several paths lead to a good integration effect (equifinality)", "more than one path", _multiple),
    ClaimSpec("A5", "服务整合对提升医防融合效果起着基础保障作用(每条路径均含服务整合)",
              "Service integration is the basic guarantee: present in every path", "in every path", _focus_in_all),
    ClaimSpec("A6", "服务整合为每条路径的核心条件",
              "Service integration is a core condition (in the parsimonious solution) of every path",
              "core in every path", _focus_core, "the compendium's reading of 基础保障 (basic guarantee)"),
    ClaimSpec("A7", "服务整合是良好医防融合效果的必要条件",
              "Service integration is necessary for the outcome (inclN >= 0.9)", "inclN >= 0.9",
              _focus_necessary, "the compendium's reading of 基础保障; the abstract does not report a necessity test"),
    ClaimSpec("A8", "系统整合、专业整合和功能整合相关政策指标设置尚不健全(案例中最少出现)",
              "System, professional and functional integration are the least present conditions across cases",
              ", ".join(EXPECTED_LEAST_PRESENT), _least, "cases with membership > 0.5 in each condition"),
    ClaimSpec("A9", "系统整合、专业整合和功能整合的政策指标覆盖最低",
              "System, professional and functional integration have the lowest share of policy indicators present",
              ", ".join(EXPECTED_LEAST_PRESENT), _least_indicators,
              "mean share of the codebook's indicators present (evidence layer)"),
)


def evaluate_claims(facts: Mapping) -> pd.DataFrame:
    """Every claim evaluated on one set of facts: claim_id, computed, agrees (False when not computable)."""
    rows = []
    for spec in CLAIMS:
        computed, agrees = spec.evaluate(facts)
        rows.append({"claim_id": spec.claim_id, "computed": computed, "agrees": bool(agrees)})
    return pd.DataFrame(rows)


def build_claims(facts: Mapping, data_note: str = "") -> list[Claim]:
    """Paper A's claims as analysis.claims.Claim objects, computed from `facts`."""
    out = []
    for spec in CLAIMS:
        computed, agrees = spec.evaluate(facts)
        note = "; ".join(n for n in (spec.note, data_note) if n)
        out.append(check(PAPER, spec.claim_id, spec.claim_zh, spec.claim_en, spec.expected, computed,
                         agrees=bool(agrees), note=note))
    return out


def claims_ledger(facts: Mapping, data_note: str = "") -> pd.DataFrame:
    """The claims table written to data/derived/paperA/claims.csv."""
    return ledger(build_claims(facts, data_note))


def indicator_facts(presence: pd.DataFrame, k: int = 3) -> dict:
    """Least present conditions by mean indicator share (from analysis.cases.presence_table)."""
    res = least_present(presence, k=k, by="mean_indicator_share")
    if res["conditions"] is None:
        return {"least_present_indicators": None, "least_present_indicators_separated": False}
    return {"least_present_indicators": ", ".join(res["conditions"]),
            "least_present_indicators_separated": res["separated"]}


# ---------------------------------------------------------------- robustness


def robustness_sweeps(crisp: pd.DataFrame, fuzzy: pd.DataFrame | None, outcome: str = OUTCOME,
                      conditions: Sequence[str] = CONDITION_NAMES, *, incl_cut: float = 0.8, n_cut: int = 1,
                      pri_cut: float = 0.0, incl_cuts: Sequence[float] = (0.75, 0.8, 0.85, 0.9, 0.95, 1.0),
                      dir_exp: Mapping | None = None, shares: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Re-run the intermediate analysis over consistency thresholds, without each case in turn, and on the
    fuzzy calibration; every row carries the facts of `solution_facts`. With `shares` (cases × sets, the
    evidence layer) every row also carries the indicator facts of the cases it uses."""
    dir_exp = dict(default_dir_exp(conditions) if dir_exp is None else dir_exp)
    common = dict(include="?", dir_exp=dir_exp, summarize=solution_facts)
    sweeps = {
        "incl_cut": sensitivity_incl_cut(crisp, outcome, list(conditions), list(incl_cuts), n_cut=n_cut,
                                         pri_cut=pri_cut, incl_cut=incl_cut, **common),
        "case_removal": case_removal(crisp, outcome, list(conditions), incl_cut=incl_cut, n_cut=n_cut,
                                     pri_cut=pri_cut, **common),
    }
    if fuzzy is not None:
        record, _ = run_setting(fuzzy, outcome, list(conditions), incl_cut=incl_cut, n_cut=n_cut, pri_cut=pri_cut,
                                **common)
        sweeps["fuzzy"] = pd.DataFrame([{"setting": f"fuzzy calibration, incl_cut={incl_cut:g}", **record}])
    if shares is not None:
        def ind(cases):
            sub = crisp.loc[cases]
            return indicator_facts(presence_table(sub, shares.loc[cases], tuple(conditions)))

        everyone = list(crisp.index)
        for name, df in sweeps.items():
            facts = []
            for rec in df.to_dict("records"):
                removed = rec.get("removed_case")
                facts.append(ind([c for c in everyone if str(c) != str(removed)] if removed else everyone))
            for key in ("least_present_indicators", "least_present_indicators_separated"):
                df[key] = [f[key] for f in facts]
    return sweeps


SWEEP_LABELS = {"incl_cut": "consistency threshold", "case_removal": "case removal", "fuzzy": "fuzzy calibration"}


def claim_robustness(sweeps: Mapping[str, pd.DataFrame], claims: Sequence[ClaimSpec] = CLAIMS) -> pd.DataFrame:
    """Per claim and sweep: in how many settings the claim still agrees, which settings break it, and a verdict
    ('robust' when it holds in every setting of every sweep, 'fragile' when some setting breaks it, 'not tested'
    when no sweep can evaluate it). A failed analysis (no positive row left, ...) counts as breaking the claim."""
    rows = []
    for spec in claims:
        row = {"claim_id": spec.claim_id, "claim_en": spec.claim_en}
        broken_all, tested = [], False
        for name, df in sweeps.items():
            held, n, broken = 0, 0, []
            for rec in df.to_dict("records"):
                ok = spec.evaluate(rec)[1]
                if rec.get("error") and ok is not None:
                    ok = False
                if ok is None:
                    continue
                n += 1
                held += bool(ok)
                if not ok:
                    broken.append(str(rec.get("setting", "")))
            tested = tested or n > 0
            row[f"{name}_holds"] = f"{held}/{n}" if n else "n/a"
            row[f"{name}_breaks"] = "; ".join(broken)
            broken_all += broken
        row["verdict"] = "not tested" if not tested else "robust" if not broken_all else "fragile"
        rows.append(row)
    return pd.DataFrame(rows)


def robustness_verdict(table: pd.DataFrame) -> str:
    """The robustness table in plain words (English and 中文), computed from the table."""
    robust = table.loc[table["verdict"] == "robust", "claim_id"].tolist()
    fragile = table.loc[table["verdict"] == "fragile", "claim_id"].tolist()
    untested = table.loc[table["verdict"] == "not tested", "claim_id"].tolist()
    lines = [f"Robust in every setting: {', '.join(robust) if robust else 'none'}.",
             f"Fragile (fail in at least one setting): {', '.join(fragile) if fragile else 'none'}."]
    if untested:
        lines.append(f"Not tested by these sweeps: {', '.join(untested)}.")
    for _, r in table[table["verdict"] == "fragile"].iterrows():
        parts = [f"{SWEEP_LABELS.get(c[:-6], c[:-6])} {r[c]}" for c in table.columns
                 if c.endswith("_holds") and r[c] != "n/a"]
        lines.append(f"  {r['claim_id']} holds in: " + ", ".join(parts) + ".")
    lines.append(f"稳健: {'、'.join(robust) if robust else '无'}; 脆弱: {'、'.join(fragile) if fragile else '无'}"
                 + (f"; 未检验: {'、'.join(untested)}" if untested else "") + "。")
    return "\n".join(lines)

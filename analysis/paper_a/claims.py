"""Paper A's claims as checks computed from the configurational analysis.

Every claim is evaluated from *facts* (`analysis_facts`: number of paths in every model, their Rainbow types,
the role of service integration, its necessity fit with relevance and skew, the least present conditions),
never typed in. Verdicts are three-valued (true / false / not testable) and carry an evidence level
(analysis.claims): on the reconstruction, or a file mixing reconstructed rows, every claim is "by construction";
on original data each claim has the level of its ClaimSpec (`evidence`, the one place that decides it, with the
reason in `evidence_reason`): "independent" where the check compares what the engine computes from the holder's
data with what the paper reports in its own terms (A1: the number of sufficient configurations), "compendium's
reading" where it rests on the compendium's coding or interpretation (A2, A3: the path types from the compendium's
Rainbow-level rule; A5-A7: what 基础保障 means; A8, A9: what 尚不健全 means, with its calibration or codebook; A10:
that the design has no comparison group, read from the paper's description of its cases: no data are compared, so
its 'not testable' is no independent check, as Paper B's B15, B16). A file whose number of
cases differs from Paper A's design (15) makes every claim about the paper's results not testable.
The same facts are computed in every setting of the robustness protocol (analysis.paper_a.robustness).
Paper A: 胡美丽 et al. 2024, 中国全科医学 27(22): 2706-2713, doi 10.12114/j.issn.1007-9572.2023.0722 (abstract).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

import numpy as np
import pandas as pd

from .cases import (CONDITION_NAMES, DESIGN_N_CASES, OUTCOME, READING, SOURCE_NAMES, data_sentence, evidence_on,
                    least_present)
from ..claims import NOT_TESTABLE, Claim, check, headline, headline_zh, ledger, with_robustness
from .configurations import model_facts
from ..qca.measures import consistency, coverage, ron
from ..qca.skew import at_bound, is_skewed as engine_is_skewed, skew_share_said
from ..qca.standards import ON_BOUND

PAPER = "A"
FOCUS = "SER"                                  # service integration (服务整合)
EXPECTED_PATHS = 4
EXPECTED_LEAST_PRESENT = ("FUN", "PRO", "SYS")  # system, professional, functional integration
NECESSITY_BENCHMARK = 0.9
#: Relevance of a necessary condition (Schneider & Wagemann 2012, on covN and RoN, with no agreed cut-off): the
#: compendium reads RoN (or covN) below ½ as low relevance, a convention (relevance is a matter of degree; 0: a set
#: present in every case); a set with more than SKEW_CUT of its cases on one side of 0.5 is skewed, a convention
#: too (no bound was found in the works cited: analysis.qca.standards.FLOORS; the engine's rule,
#: analysis.qca.skew.is_skewed).
RELEVANCE_MEASURE = "RoN"
RELEVANCE_CUT = 0.5
SKEW_CUT = 0.8


# ---------------------------------------------------------------- facts


def is_skewed(share, skew_cut: float = SKEW_CUT):
    """Whether a set is skewed by the engine's one rule (analysis.qca.skew.is_skewed): its share of cases (membership
    above 0.5) is above `skew_cut` or below 1 - `skew_cut`. A bool for a number, a boolean array for many."""
    return engine_is_skewed(share, (1.0 - float(skew_cut), float(skew_cut)))


def at_skew_limit(share, skew_cut: float = SKEW_CUT) -> bool:
    """Whether a set's share of cases (membership above 0.5) sits at a skew bound itself (`skew_cut` or
    1 - `skew_cut`, float error absorbed as is_skewed does): not skewed by the engine's rule, which flags shares
    strictly beyond a bound, but skewed to a reader who takes the bound as inclusive (80 % of cases read as skewed);
    the engine's one rule for it, analysis.qca.skew.at_bound."""
    return at_bound(share, (1.0 - float(skew_cut), float(skew_cut)))


def _share(share: float, skew_cut: float) -> str:
    """A set's share of cases as the engine's skew notes say it (skew.skew_share_said): whole percents unless they
    would put it on or across a bound it is not on ('80%' for 2,001 of 2,500 cases, skewed at a cut of 0.8)."""
    return skew_share_said(share, (1.0 - float(skew_cut), float(skew_cut)))


def skew_report(shares: Mapping[str, float], skew_cut: float = SKEW_CUT) -> str:
    """The skewed sets of `shares` (set name -> share of cases in it) by the engine's rule, then the sets at a
    bound itself, named so that 'none' is not read as 'no set near the bound'."""
    flagged = [f"{c} ({_share(v, skew_cut)} in)" for c, v in shares.items() if is_skewed(v, skew_cut)]
    limit = [f"{c} ({_share(v, skew_cut)} in)" for c, v in shares.items() if at_skew_limit(v, skew_cut)]
    text = ", ".join(flagged) or "none"
    if limit:
        text += f"; {ON_BOUND}: " + ", ".join(limit)   # the engine's skew row's words
    return text


def skew_report_zh(shares: Mapping[str, float], skew_cut: float = SKEW_CUT) -> str:
    """skew_report in Chinese, for notebook 03's Chinese line: the skewed sets by the engine's rule ('无' for none),
    then the sets at a bound itself, named apart as skew_report names them (a set at 80 % of cases was named in the
    English line only)."""
    flagged = [f"{c}（{_share(v, skew_cut)} 的案例属于该集合）" for c, v in shares.items() if is_skewed(v, skew_cut)]
    limit = [f"{c}（{_share(v, skew_cut)} 的案例属于该集合）" for c, v in shares.items() if at_skew_limit(v, skew_cut)]
    text = "、".join(flagged) or "无"
    if limit:
        from ..workshop import ON_BOUND_ZH   # the engine's skew row's words in Chinese

        text += f"；{ON_BOUND_ZH}：" + "、".join(limit)
    return text


def data_facts(data: pd.DataFrame, conditions: Sequence[str], outcome: str, focus: str = FOCUS, least_k: int = 3, *,
               necessity_benchmark: float = NECESSITY_BENCHMARK, relevance: str = RELEVANCE_MEASURE,
               relevance_cut: float = RELEVANCE_CUT, skew_cut: float = SKEW_CUT) -> dict:
    """Facts of the membership data: the focus condition's necessity fit (inclN, covN, RoN), skew of the focus
    and the outcome (share of cases in the set), the least present conditions, and the thresholds used."""
    if relevance not in ("RoN", "covN"):
        raise ValueError(f"relevance must be 'RoN' or 'covN', got {relevance!r}")
    conditions = list(conditions)
    y = data[outcome].to_numpy(dtype=float)
    facts: dict = {"n_cases": int(len(data)), "design_n_cases": DESIGN_N_CASES,
                   "necessity_benchmark": float(necessity_benchmark), "relevance_measure": relevance,
                   "relevance_cut": float(relevance_cut), "skew_cut": float(skew_cut),
                   f"{outcome}_share_in": float((y > 0.5).mean())}
    if focus in conditions:
        x = data[focus].to_numpy(dtype=float)
        facts[f"{focus}_inclN"] = consistency(x, y, "necessity")
        facts[f"{focus}_covN"] = coverage(x, y, "necessity")
        facts[f"{focus}_RoN"] = ron(x, y)
        facts[f"{focus}_share_in"] = float((x > 0.5).mean())
    counts = {c: int((data[c].to_numpy(dtype=float) > 0.5).sum()) for c in conditions}
    ordered = sorted(conditions, key=lambda c: (counts[c], c))
    low, rest = ordered[:least_k], ordered[least_k:]
    facts["least_present"] = ", ".join(sorted(low))
    facts["least_present_separated"] = bool(not rest or max(counts[c] for c in low) < min(counts[c] for c in rest))
    facts["presence_counts"] = ", ".join(f"{c} {counts[c]}" for c in conditions)
    return facts


def necessity_table(data: pd.DataFrame, outcome: str, conditions: Sequence[str], *,
                    benchmark: float = NECESSITY_BENCHMARK, relevance: str = RELEVANCE_MEASURE,
                    relevance_cut: float = RELEVANCE_CUT, skew_cut: float = SKEW_CUT) -> pd.DataFrame:
    """Necessity of every condition and its negation (analysis.qca.necessity) with the verdict Paper A's claims use:
    consistent (inclN at the benchmark), relevant (RoN or covN at its cut), both, and the skew of the set."""
    from ..qca.necessity import necessity

    if relevance not in ("RoN", "covN"):
        raise ValueError(f"relevance must be 'RoN' or 'covN', got {relevance!r}")
    table = necessity(data, outcome, list(conditions), benchmark=benchmark).to_frame()
    table["relevant"] = table[relevance] >= relevance_cut - 1e-12
    table["necessary_and_relevant"] = table["necessary"] & table["relevant"]
    # each literal's own share: ~X holds a case when X < 0.5, so a case at exactly 0.5 is in neither X nor ~X
    # (1 - share(X) counted it in ~X)
    x = {c: data[c].to_numpy(dtype=float) for c in conditions}
    table["share_in_set"] = [float((x[str(c)[1:]] < 0.5).mean()) if str(c).startswith("~")
                             else float((x[str(c)] > 0.5).mean()) for c in table["condition"]]
    table["skewed"] = is_skewed(table["share_in_set"], skew_cut)
    return table


def analysis_facts(analysis, focus: str = FOCUS, **necessity) -> dict:
    """Facts of a ConfigurationAnalysis (analysis.paper_a.configurations): data facts from its truth table's data,
    path facts over every model group of the reported solution (pair-matched cores)."""
    data = analysis.truth_table.data
    frame = pd.DataFrame(np.column_stack([np.asarray(data.X, dtype=float), np.asarray(data.y, dtype=float)]),
                         columns=list(data.conditions) + [analysis.outcome])
    facts = data_facts(frame, analysis.conditions, analysis.outcome, focus, **necessity)
    facts.update(model_facts(analysis.paths, analysis.conditions, focus))
    facts["n_distinct_models"] = analysis.n_models
    facts["analysis"] = analysis.analysis
    facts["report"] = analysis.report
    facts["esa_blocked"] = ", ".join(str(r) for v in analysis.blocked.values() for r in v)
    if analysis.no_solution:   # no sufficient configuration: a finding the path claims are judged by
        facts["no_solution"] = analysis.no_solution
    return facts


# ---------------------------------------------------------------- claims

#: Inputs a claim can rest on (ClaimSpec.rests_on), besides the names of sets.
TRUTH_TABLE = "truth table"
CASES = "cases"


@dataclass(frozen=True)
class ClaimSpec:
    """One claim of Paper A: its wording, what the paper says, how to evaluate it from facts, and its evidence
    level on original data ('independent' or "compendium's reading"; the reconstruction is always by construction)."""

    claim_id: str
    claim_zh: str
    claim_en: str
    expected: str
    evaluate: Callable[[Mapping], tuple[str, object]]   # facts -> (computed text, True / False / NOT_TESTABLE)
    note: str = ""
    evidence: str = "independent"
    #: why the claim has its level on original data (said in the ledger's note there)
    evidence_reason: str = ""
    design: bool = True          # depends on Paper A's 15-case design
    #: what its verdict is computed from: TRUTH_TABLE (the solutions), set names (their calibrated memberships),
    #: CASES (which cases are analysed). A robustness setting tests the claim only where one of them changes.
    rests_on: tuple[str, ...] = (TRUTH_TABLE,)
    #: what the search that made the reconstruction enforced of this claim (tools/reconstruction/README.md,
    #: constraints 1-5; "" = nothing): on the reconstruction, agreement with an enforced claim is made, not found
    searched: str = ""


def _missing(facts: Mapping, *keys) -> bool:
    return any(k not in facts or facts[k] is None or (isinstance(facts[k], float) and facts[k] != facts[k])
               for k in keys)


NOT_COMPUTED = ("not computed", NOT_TESTABLE)


def _no_path(f) -> str:
    """The finding that there is no path (`no_solution` of the facts, analysis_facts), or '' when there are paths.
    Paper A's path claims assert paths of a kind: with none (no sufficient configuration) they are false, not
    vacuously true, and their text says why."""
    return str(f.get("no_solution") or "") if not _missing(f, "n_paths") and int(f["n_paths"]) == 0 else ""


def _n_paths(f):
    """The number of paths in every model: under model ambiguity the claim holds when each model has that many
    (which paths they are differs between models; that is said, and A2, A3, A5, A6 are judged in every model)."""
    if _missing(f, "n_paths"):
        return NOT_COMPUTED
    if _no_path(f):
        return f"0 ({_no_path(f)})", False
    n_models = int(f.get("n_distinct_models", 1) or 0)
    lo, hi = int(f.get("n_paths_min", f["n_paths"])), int(f.get("n_paths_max", f["n_paths"]))
    if n_models <= 1:
        return f"{int(f['n_paths'])}", int(f["n_paths"]) == EXPECTED_PATHS
    count = f"{lo} in each of the {n_models} models" if lo == hi else f"{lo} to {hi} across the {n_models} models"
    return f"{count} (model ambiguity: which paths depends on the model)", lo == hi == EXPECTED_PATHS


def _types_ok(f):
    if _missing(f, "n_paths", "n_multi_level", "n_meso_micro", "n_other"):
        return NOT_COMPUTED
    text = (f"multi-level {int(f['n_multi_level'])}, meso-micro {int(f['n_meso_micro'])}, "
            f"other {int(f['n_other'])}")
    if f.get("path_types_by_group"):
        text = _types_by_group(f)
    if _no_path(f):
        text = "no path to be of either type: no sufficient configuration (A1)"
    return text, int(f["n_paths"]) > 0 and int(f["n_other"]) == 0


def _both_types(f):
    if _missing(f, "n_multi_level", "n_meso_micro"):
        return NOT_COMPUTED
    ml, mm = int(f["n_multi_level"]), int(f["n_meso_micro"])
    if _no_path(f):
        return "neither type occurs: no path, no sufficient configuration (A1)", False
    if f.get("path_types_by_group"):
        return _types_by_group(f), ml > 0 and mm > 0
    return f"multi-level {ml}, meso-micro {mm}", ml > 0 and mm > 0


def _types_by_group(f) -> str:
    """A2's and A3's computed text when the model groups differ in their path types: each group's counts. The fewest
    multi-level and meso-micro paths and the most 'other' (what the verdicts read: the claim must hold in every
    group) then come from different groups, and written as one count ('multi-level 0') they denied the multi-level
    path of another group."""
    return f"the model groups differ in path types ({f['path_types_by_group']})"


def _focus_without_csa(f, reading: str | None = "present") -> str:
    """What A5-A7's computed text adds on how their evidence fares with the contradictory assumptions blocked
    (configurations.focus_without_csa's and focus_core_without_csa's facts; '' when the facts lack them, as in a
    robustness setting): with `reading` 'present' (A5), whether FOCUS stays in every path of the outcome's re-run;
    with 'core' (A6), whether FOCUS is a core condition of every path of it, pair-matched as A6 judges the reported
    analysis (presence is not core status; 'not checked' without that fact); None (A7): no path reading; and for every
    claim how many of the negation's paths with ~FOCUS (the absence side of the reading) survive the negation's own
    re-run. Said beside the verdict, which stays the reported analysis': a re-run not made is 'not checked', not a
    verdict; with the facts' `csa_evidence` and `csa_data_source`, the reading's evidence level and data source."""
    if "csa_checked" not in f:
        return ""
    head = "; with the contradictory assumptions blocked"
    if not f["csa_checked"]:
        return f"{head}: not checked"
    neg = f"~{OUTCOME}"
    parts = []
    present = bool(f.get(f"{FOCUS}_in_all_without_csa"))
    if reading == "present":
        parts.append(f"{FOCUS} {'present in every path' if present else 'missing from a path'} of {OUTCOME}'s re-run")
    elif reading == "core":
        core = f.get(f"{FOCUS}_core_in_all_without_csa")
        as_read = "pair-matched, as the claim reads core"
        parts.append((f"{FOCUS}'s core status in {OUTCOME}'s re-run not checked" if core is None else
                      f"{FOCUS} core in every path of {OUTCOME}'s re-run ({as_read})" if core else
                      f"{FOCUS} not core in every path of {OUTCOME}'s re-run ({as_read}: not in every path's own "
                      "parsimonious term)")
                     + f", {'present in every path' if present else 'missing from a path'} of it")
    absent = [t for t in str(f.get(f"neg_absent_{FOCUS}_paths") or "").split(", ") if t]
    lost = [t for t in str(f.get(f"neg_absent_{FOCUS}_lost") or "").split(", ") if t]
    if absent:
        parts.append(f"{neg}'s paths with ~{FOCUS}: {len(absent) - len(lost)} of {len(absent)} survive {neg}'s re-run"
                     + (f" ({' and '.join(lost)} {'does' if len(lost) == 1 else 'do'} not)" if lost else ""))
    else:
        parts.append(f"{neg} has no path with ~{FOCUS}")
    level = f.get("csa_evidence")
    said = ("" if not level else f", evidence {'the ' if level == READING else ''}{level}"
            + (f"; data: {SOURCE_NAMES[f['csa_data_source']][0]}" if f.get("csa_data_source") else ""))
    return f"{head} (the compendium's reading of the re-runs{said}): " + "; ".join(parts)


def _focus_in_all(f):
    key = f"{FOCUS}_in_all"
    if _missing(f, key, "n_paths"):
        return NOT_COMPUTED
    if _no_path(f):
        return (f"in no path: there is no sufficient configuration (A1) for {FOCUS} to be part of; its necessity is "
                f"judged from the cases (A7)"), False
    return (("in every path" if f[key] else "missing from at least one path") + _focus_without_csa(f),
            bool(f[key]) and int(f["n_paths"]) > 0)


def _focus_core(f):
    key = f"{FOCUS}_core_in_all"
    if _missing(f, key, "n_paths"):
        return NOT_COMPUTED
    if _no_path(f):
        return (f"core in no path: there is no sufficient configuration (A1) for {FOCUS} to be core of; its "
                f"necessity is judged from the cases (A7)"), False
    groups = int(f.get("n_groups", 1) or 1)
    where = f" (all {groups} models)" if groups > 1 else ""
    return (("core in every path" + where) if f[key] else "not core in every path") + _focus_without_csa(f, "core"), \
        bool(f[key]) and int(f["n_paths"]) > 0


def _focus_necessary(f):
    """Necessary: inclN at the benchmark AND relevant (RoN or covN at its cut); skew is reported."""
    key = f"{FOCUS}_inclN"
    if _missing(f, key):
        return NOT_COMPUTED
    bench = float(f.get("necessity_benchmark", NECESSITY_BENCHMARK))
    measure = f.get("relevance_measure", RELEVANCE_MEASURE)
    cut = float(f.get("relevance_cut", RELEVANCE_CUT))
    text = f"inclN = {f[key]:.3f}"
    consistent = bool(f[key] >= bench - 1e-12)
    rel_key = f"{FOCUS}_{measure}"
    if _missing(f, rel_key):
        return text + f"; {measure} not computed", NOT_TESTABLE
    relevant = bool(f[rel_key] >= cut - 1e-12)
    text += f", {measure} = {f[rel_key]:.3f}" + ("" if relevant else f" < {cut:g} (low relevance)")
    skew = float(f.get("skew_cut", SKEW_CUT))
    share = f.get(f"{FOCUS}_share_in")
    if share is not None and is_skewed(share, skew):
        text += f"; skewed: {FOCUS} holds for {_share(share, skew)} of cases"
    elif share is not None and at_skew_limit(share, skew):   # as notebook 03's skew line names it
        text += (f"; at the skew limit: {FOCUS} holds for {_share(share, skew)} of cases (the bound {skew:g} itself, "
                 "not beyond it, so not flagged)")
    return text + _focus_without_csa(f, None), consistent and relevant   # inclN, RoN: from the cases, not remainders


def _least(f):
    if _missing(f, "least_present"):
        return NOT_COMPUTED
    sep = "" if f.get("least_present_separated", False) else " (tied with another condition)"
    agrees = f["least_present"] == ", ".join(EXPECTED_LEAST_PRESENT) and bool(f.get("least_present_separated"))
    return f"{f['least_present']}{sep}", agrees


def _least_indicators(f):
    if _missing(f, "least_present_indicators"):
        return "not available (no indicator layer)", NOT_TESTABLE
    sep = "" if f.get("least_present_indicators_separated", False) else " (tied with another condition)"
    agrees = (f["least_present_indicators"] == ", ".join(EXPECTED_LEAST_PRESENT)
              and bool(f.get("least_present_indicators_separated")))
    return f"{f['least_present_indicators']}{sep}", agrees


def _no_comparison(f):
    """Not testable by design, whatever the data: the claim compares systems with and without integration, and the
    design (Paper A's and the reconstruction's) holds only integrated systems. No number is read."""
    return ("not testable: every case is an integrated service system (医联体 / 医共体), so the design has no "
            "comparison group without one"), NOT_TESTABLE


#: Why A1 is independent evidence on original data, and why A2, A3 are not (ClaimSpec.evidence_reason).
INDEPENDENT_PATHS = ("on the holder's data the number of sufficient configurations the engine computes is compared "
                     "with the number the paper reports: whether its result reproduces, under the analysis choices "
                     "named here (a disagreement may come from them: see claims_by_analysis and robustness)")
TYPE_RULE = ("the paper names the types; which conditions make a path multi-level or meso-micro is the compendium's "
             "rule (Rainbow levels, analysis.paper_a.configurations.path_type), not the paper's")
CLAIMS: tuple[ClaimSpec, ...] = (
    ClaimSpec("A1", "共有4条组态路径能有效提升医防融合效果；存在多种路径（等效性）",
              "Four configurations (paths) are sufficient for a good treatment-prevention integration effect "
              "(several paths: equifinality)",
              "4", _n_paths, "paths of the reported solution in every one of its models (under model ambiguity, "
              "Baumgartner & Thiem 2017, the count must hold in each; the paths themselves differ); includes the "
              "former A4 ('several paths'), which four paths imply; the reported solution ({reported}) is the "
              "compendium's choice", evidence_reason=INDEPENDENT_PATHS,
              searched="one intermediate model of exactly 4 terms under the standard analysis (the search's; the ledger's default is ESA)"),
    ClaimSpec("A2", "4条路径分别符合多层面整合型、中微观整合型路径",
              "Every path is of the multi-level or the meso-micro integrated type",
              "multi-level or meso-micro only", _types_ok,
              "type from the Rainbow levels of the conditions present in a path, in every model", evidence=READING,
              evidence_reason=TYPE_RULE,
              searched="every path multi-level or meso-micro under the standard analysis (the search's; the ledger's default is ESA)"),
    ClaimSpec("A3", "两种路径类型（多层面整合型、中微观整合型）均存在",
              "Both path types (multi-level and meso-micro) occur", "both types", _both_types,
              "in every model", evidence=READING, evidence_reason=TYPE_RULE, searched="both path types under the standard analysis (the search's; the ledger's default is ESA)"),
    ClaimSpec("A5", "服务整合对提升医防融合效果起着基础保障作用（本项目读作：每条路径均含服务整合）",
              "Service integration is the basic guarantee (the compendium reads it as: present in every path)",
              "in every path", _focus_in_all,
              "in every path of every model: the compendium's reading of 基础保障 (basic guarantee). With SER "
              "expected present, an intermediate path keeps SER exactly when every positive row holds it (easy "
              "counterfactuals never drop an expected-present condition), so in crisp sets SER in every case with "
              "the outcome (inclN = 1) implies this claim, and where inclN is 1 it is not independent evidence beside "
              "A7; A7's consistency half (inclN at its benchmark, below 1) does not imply it: a positive row without "
              "SER gives a path without it",
              evidence=READING,
              searched="SER core, hence present, in every path under the standard analysis (the search's; the ledger's default is ESA)"),
    ClaimSpec("A6", "服务整合对提升医防融合效果起着基础保障作用（本项目读作：每条路径的核心条件，按配对判定：在该路径自身的简约解项中）",
              "Service integration is the basic guarantee (the compendium reads it as: a core condition of every path, "
              "pair-matched: in the path's own "
              "parsimonious term)", "core in every path", _focus_core,
              "the compendium's reading of 基础保障 (basic guarantee); implies A5", evidence=READING,
              searched="SER in a parsimonious term subsuming every path under the standard analysis (the search's; the ledger's default is ESA), not pair-matched"),
    ClaimSpec("A7", "服务整合对提升医防融合效果起着基础保障作用（本项目读作：良好效果的相关必要条件，即必要性一致性达基准且相关性"
              "（RoN 或 covN）达阈值）",
              "Service integration is the basic guarantee (the compendium reads it as: a relevant necessary condition, "
              "inclN at the benchmark and relevance (RoN or covN) at its cut)",
              "inclN >= {benchmark} and {measure} >= {cut}", _focus_necessary,
              "the compendium's reading of 基础保障; the abstract does not report a necessity test",
              evidence=READING, rests_on=(FOCUS, OUTCOME, CASES),
              searched="SER in every positive case (inclN = 1), not its relevance (RoN)"),
    ClaimSpec("A8", "系统整合、专业整合和功能整合相关政策指标设置尚不健全（本项目读作：案例中最少出现的条件）",
              "The policy indicators of system, professional and functional integration are not yet sound (the "
              "compendium reads it as: the least present conditions across cases)",
              ", ".join(EXPECTED_LEAST_PRESENT), _least, "cases with membership > 0.5 in each condition: the "
              "compendium's reading of 尚不健全 (not yet sound), with its calibration", evidence=READING,
              rests_on=(*CONDITION_NAMES, CASES), searched="SYS, PRO, FUN each in at least 2 cases fewer than "
              "every other condition"),
    ClaimSpec("A9", "系统整合、专业整合和功能整合相关政策指标设置尚不健全（本项目读作：政策指标覆盖最低）",
              "The policy indicators of system, professional and functional integration are not yet sound (the "
              "compendium reads it as: the lowest mean share of the codebook's indicators present)",
              ", ".join(EXPECTED_LEAST_PRESENT), _least_indicators,
              "mean share of the codebook's indicators present: the compendium's reading of 尚不健全 (not yet "
              "sound), with {codebook}", evidence=READING,
              rests_on=(CASES,),  # the indicator shares are raw data: no sweep but case removal changes them
              searched="the lowest mean indicator shares after the indicator fill"),
    ClaimSpec("A10", "依托整合型服务体系开展医防融合更为有效",
              "Treatment-prevention integration is more effective when built on an integrated service system",
              "more effective with an integrated service system than without", _no_comparison,
              "finding (1) of the abstract; a comparison the 15-case design cannot make", evidence=READING,
              evidence_reason="that every case of the design is an integrated service system, so no data of the "
                              "design can test the comparison, is the compendium's reading of the paper's "
                              "description of its cases; no data are compared"),
)
CLAIM_IDS = tuple(c.claim_id for c in CLAIMS)


def _design_mismatch(facts: Mapping) -> str:
    n, design = facts.get("n_cases"), facts.get("design_n_cases", DESIGN_N_CASES)
    if n is None or int(n) == int(design):
        return ""
    return (f"the data have {int(n)} cases, Paper A's design has {int(design)}: the data do not match the "
            "paper's design, so the claim is not testable")


def evaluate(spec: ClaimSpec, facts: Mapping, check_design: bool = True) -> tuple[str, object]:
    """(computed text, verdict) of one claim, NOT_TESTABLE when the data do not match Paper A's design
    (check_design=False in robustness settings that drop cases on purpose)."""
    computed, agrees = spec.evaluate(facts)
    if agrees is None:
        agrees = NOT_TESTABLE
    if check_design and spec.design and _design_mismatch(facts):
        return f"{computed} [{int(facts['n_cases'])} cases, design {int(facts.get('design_n_cases', 15))}]", NOT_TESTABLE
    return computed, agrees


def evaluate_claims(facts: Mapping) -> pd.DataFrame:
    """Every claim evaluated on one set of facts: claim_id, computed, agrees ('true' / 'false' / 'not testable')."""
    rows = []
    for spec in CLAIMS:
        computed, agrees = evaluate(spec, facts)
        verdict = NOT_TESTABLE if agrees == NOT_TESTABLE else ("true" if agrees else "false")
        rows.append({"claim_id": spec.claim_id, "computed": computed, "agrees": verdict})
    return pd.DataFrame(rows)


def evidence_level(spec: ClaimSpec, data_source: str) -> str:
    """'by construction' on the reconstruction or a mixed file; else the claim's own level (cases.evidence_on)."""
    return evidence_on(data_source, spec.evidence)


def with_evidence(table: pd.DataFrame, data_source: str) -> pd.DataFrame:
    """A per-claim table (claim_id column: robustness, claims by analysis) with each claim's evidence level
    (`evidence_level`) after claim_id, so no verdict of it is read without how strong its evidence is."""
    level = {spec.claim_id: evidence_level(spec, data_source) for spec in CLAIMS}
    out = table.copy()
    out.insert(int(out.columns.get_loc("claim_id")) + 1, "evidence", out["claim_id"].map(level))
    return out


def _reported_solution(facts: Mapping) -> str:
    """The solution whose paths the path claims count, as a note names it: 'ESA, intermediate, the directional
    expectations' at notebook 03's defaults (facts of analysis_facts: analysis, report)."""
    report = facts.get("report", "intermediate")
    text = ("ESA" if facts.get("analysis", "esa") == "esa" else "standard analysis") + f", {report}"
    return text + (", the directional expectations" if report == "intermediate" else "")


def _with_thresholds(text: str, facts: Mapping) -> str:
    """A claim's expected text with the necessity thresholds the facts were computed with ({benchmark}, {measure},
    {cut}: notebook 03's necessity_benchmark, relevance_measure, relevance_cut)."""
    return (text.replace("{benchmark}", f"{float(facts.get('necessity_benchmark', NECESSITY_BENCHMARK)):g}")
            .replace("{measure}", str(facts.get("relevance_measure", RELEVANCE_MEASURE)))
            .replace("{cut}", f"{float(facts.get('relevance_cut', RELEVANCE_CUT)):g}"))


def _codebook_said(facts: Mapping) -> str:
    """The codebook the indicator shares were read with, as A9's note says it: `codebook_file` of the facts (notebook
    03: calibration.json's, the file notebook 02 read), the compendium's unless a holder's own was read."""
    from .cases import CODEBOOK_FILE

    file = str(facts.get("codebook_file") or "")
    if not file or file.replace("\\", "/").rsplit("/", 1)[-1] == CODEBOOK_FILE:
        return "the compendium's codebook"
    return f"the codebook {file} (not the compendium's)"


def build_claims(facts: Mapping, data_source: str, data_note: str = "") -> list[Claim]:
    """Paper A's claims as analysis.claims.Claim objects (three-valued, with evidence), computed from `facts`."""
    out = []
    for spec in CLAIMS:
        computed, agrees = evaluate(spec, facts)
        source_note = {"reconstruction": f"computed on the compendium's reconstruction, whose search enforced "
                                         f"{spec.searched}" if spec.searched else
                       # a claim these data cannot test is no test of the reconstruction either
                       "computed on the compendium's reconstruction, whose search did not enforce this claim; not "
                       "testable on these data, so no test of the reconstruction either" if agrees == NOT_TESTABLE else
                       "computed on the compendium's reconstruction, whose search did not enforce this claim (a test "
                       "of the reconstruction, not of the paper)",
                       "mixed": "computed on a file mixing reconstructed and original rows",
                       "original": f"{spec.evidence} on original data: {spec.evidence_reason}"
                       if spec.evidence_reason else ""}.get(data_source, "")
        own = (spec.note.replace("{reported}", _reported_solution(facts))   # the solution these facts come from
               .replace("{codebook}", _codebook_said(facts)))
        expected = _with_thresholds(spec.expected, facts)
        note = "; ".join(n for n in (own, source_note, data_note,
                                     _design_mismatch(facts) if spec.design else "") if n)
        out.append(check(PAPER, spec.claim_id, spec.claim_zh, spec.claim_en, expected, computed,
                         agrees=agrees, note=note, evidence=evidence_level(spec, data_source)))
    return out


def claims_ledger(facts: Mapping, data_source: str, data_note: str = "", robustness: pd.DataFrame | None = None,
                  sensitivity: Sequence[Mapping] | None = None) -> pd.DataFrame:
    """The claims table written to data/derived/paperA/claims.csv (agrees and evidence columns); with `robustness`
    (analysis.paper_a.robustness.claim_robustness of the same analysis) each claim's robustness verdict and breadth
    beside it (analysis.claims.with_robustness: 'not testable' and 'false at baseline' kept apart from 'fragile');
    with `sensitivity` too (robustness.sensitivities: the settings the test set leaves out, run apart), what they
    would do to each claim's robustness and that reading's evidence level (with_sensitivity)."""
    table = ledger(build_claims(facts, data_source, data_note))
    if robustness is None:
        return table
    table = with_robustness_evidence(with_robustness(table, robustness))
    return table if sensitivity is None else with_sensitivity(table, sensitivity)


#: The column with_robustness_evidence adds right after `robustness_breadth`.
ROBUSTNESS_EVIDENCE_COLUMN = "robustness_evidence"
#: The robustness verdicts the analysis itself gives, as the ledger's `agrees` does (claim_robustness: the baseline
#: evaluated, no setting of the test set entering): 'not testable', 'not testable (design)', 'false at baseline'.
BASELINE_VERDICTS = (NOT_TESTABLE, f"{NOT_TESTABLE} (design)", "false at baseline")


def weaker_evidence(first: str, second: str) -> str:
    """The weaker of two evidence levels in analysis.claims.EVIDENCE_LEVELS' order (independent < compendium's reading
    < by construction); a ValueError names a level that is none of them."""
    from ..claims import EVIDENCE_LEVELS

    for level in (first, second):
        if level not in EVIDENCE_LEVELS:
            raise ValueError(f"evidence {level!r}; allowed: {', '.join(map(repr, EVIDENCE_LEVELS))}")
    return max(first, second, key=EVIDENCE_LEVELS.index)


def robustness_evidence(claim_evidence: str, verdict: str) -> str:
    """The evidence level of a claim's robustness verdict (claim_robustness). 'robust', 'robust to <one kind> only',
    'fragile' and 'not tested' are read off the test set the compendium declared (the 1/3 and 2/3 thresholds, the
    fuzzy variant, incl_cut from 0.75, the case removals: its conventions, after Oana & Schneider's protocol), so
    theirs is the weaker of the claim's own level and 'compendium's reading': an 'independent' claim's 'robust' on
    original data is the compendium's reading, not independent. 'not testable' (also '(design)') and 'false at
    baseline' say what the analysis itself gives, as the ledger's `agrees` says it, and no setting of the test set
    enters them: theirs is the claim's own level (calling them the compendium's reading would weaken a verdict that
    does not rest on the test set). On the reconstruction every claim's is 'by construction', as its own level."""
    if str(verdict) in BASELINE_VERDICTS:
        return weaker_evidence(claim_evidence, claim_evidence)   # the level checked, kept
    return weaker_evidence(claim_evidence, "compendium's reading")


def with_robustness_evidence(table: pd.DataFrame, verdict: str = "", after: str = "") -> pd.DataFrame:
    """The ledger with ROBUSTNESS_EVIDENCE_COLUMN right after `robustness_breadth` (analysis.claims.with_robustness):
    per claim, the evidence level of its robustness verdict (robustness_evidence of its `evidence` and
    `robustness`), so a verdict beside an 'independent' claim is not read as independent too. `verdict` and `after`
    name other columns for another per-claim table (robustness_table: claim_robustness' `verdict`, after `breadth`);
    the one rule, robustness_evidence, gives the level in both."""
    from ..claims import ROBUSTNESS_COLUMNS

    verdict, after = verdict or ROBUSTNESS_COLUMNS[0], after or ROBUSTNESS_COLUMNS[1]
    missing = [c for c in dict.fromkeys(("evidence", verdict, after)) if c not in table.columns]
    if missing:
        raise ValueError(f"the table lacks the column(s) {', '.join(missing)}; robustness_evidence needs evidence, "
                         f"{verdict} and {after}" + (" (with_robustness)" if verdict == ROBUSTNESS_COLUMNS[0] else ""))
    out = table.copy()
    levels = [robustness_evidence(str(e), str(v)) for e, v in zip(out["evidence"], out[verdict])]
    out.insert(int(out.columns.get_loc(after)) + 1, ROBUSTNESS_EVIDENCE_COLUMN, levels)
    return out


def robustness_table(robustness: pd.DataFrame, data_source: str) -> pd.DataFrame:
    """claim_robustness' table as notebook 03 shows it and writes robustness.csv: each claim's evidence level after
    claim_id (with_evidence) and its verdict's (ROBUSTNESS_EVIDENCE_COLUMN, robustness_evidence) after `breadth`, as
    claims.csv gives them, so the table read alone says how strong each verdict's evidence is."""
    return with_robustness_evidence(with_evidence(robustness, data_source), verdict="verdict", after="breadth")


#: The columns with_sensitivity adds after `note`.
SENSITIVITY_COLUMNS = ["robustness_sensitivity", "robustness_sensitivity_evidence"]


def sensitivity_evidence(claim_evidence: str, changed: bool) -> str:
    """The evidence level of what the settings left out of the test set say of a claim's robustness: the weaker
    (analysis.claims.EVIDENCE_LEVELS' order) of the claim's own level and the sensitivity's: 'compendium's reading'
    when a setting left out would change its robustness verdict (the verdict then rests on the convention that
    leaves the setting out), 'independent' when none would (computed: the verdict does not rest on it). So on the
    reconstruction every claim's is 'by construction', as its own level: robustness there is a test of the
    reconstruction, not of the paper."""
    return weaker_evidence(claim_evidence, "compendium's reading" if changed else "independent")


def sensitivity_levels(record: Mapping, data_source: str) -> list[tuple[str, list[str]]]:
    """(evidence level, claim ids) in analysis.claims.EVIDENCE_LEVELS' order, for what a sensitivity record
    (robustness.sensitivities) says of the claims' robustness, each claim's level as the ledger's
    robustness_sensitivity_evidence gives it (sensitivity_evidence): the claims it would change ('verdicts'), or every
    claim when it would change none ('no claim's robustness' is said of each)."""
    from ..claims import EVIDENCE_LEVELS

    moved = record.get("verdicts") or {}
    specs = [spec for spec in CLAIMS if spec.claim_id in moved] or list(CLAIMS)
    by_level: dict[str, list[str]] = {}
    for spec in specs:
        level = sensitivity_evidence(evidence_level(spec, data_source), spec.claim_id in moved)
        by_level.setdefault(level, []).append(spec.claim_id)
    return [(level, by_level[level]) for level in EVIDENCE_LEVELS if level in by_level]


def with_sensitivity_evidence(records: Sequence[Mapping], data_source: str) -> list[dict]:
    """The sensitivity records (robustness.sensitivities) with their lines ending in the evidence level of what they
    say of the claims' robustness (sensitivity_levels): ' (evidence: by construction)' on the reconstruction, or per
    level ' (evidence: independent: A1; compendium's reading: A2, A3)'; in Chinese '（证据等级：构造所致）'. Notebook 03
    printed 'it would change the robustness of A3 robust -> fragile' and qca.json saved it without its level, which
    only the ledger's robustness_sensitivity_evidence gave. A record already given its level is left as it is."""
    from ..claims import EVIDENCE_LEVELS_ZH

    out = []
    for rec in records:
        if "evidence" in rec:
            out.append(dict(rec))
            continue
        levels = sensitivity_levels(rec, data_source)
        en = (f" (evidence: {levels[0][0]})" if len(levels) == 1 else
              " (evidence: " + "; ".join(f"{level}: {', '.join(ids)}" for level, ids in levels) + ")")
        zh = (f"（证据等级：{EVIDENCE_LEVELS_ZH[levels[0][0]]}）" if len(levels) == 1 else
              "（证据等级：" + "；".join(f"{EVIDENCE_LEVELS_ZH[level]} {'、'.join(ids)}" for level, ids in levels)
              + "）")
        out.append({**rec, "en": rec["en"] + en, "zh": rec["zh"] + zh, "evidence": dict(
            (cid, level) for level, ids in levels for cid in ids)})
    return out


def with_sensitivity(table: pd.DataFrame, sensitivity: Sequence[Mapping]) -> pd.DataFrame:
    """The ledger with SENSITIVITY_COLUMNS after `note`: per claim, what each setting the test set leaves out and
    notebook 03 runs apart (robustness.sensitivities' records: setting, left_out, verdicts) would do to its robustness
    verdict were it in the test set ('n_cut=2 (left out: keeps 3 of 15 cases ...) would make it fragile (robust
    without it): its robustness rests on leaving n_cut=2 out', or 'incl_cut=0.666: no change'), and that reading's
    evidence level (sensitivity_evidence); with none run apart, that none is."""
    out = table.copy()
    said, levels = [], []
    for cid, evidence in zip(out["claim_id"], out["evidence"]):
        parts, changed = [], False
        for rec in sensitivity:
            verdicts = rec.get("verdicts") or {}
            if str(cid) in verdicts:
                before, after = verdicts[str(cid)]
                changed = True
                parts.append(f"{rec['setting']} (left out: {rec['left_out']}) would make it {after} ({before} "
                             f"without it): its robustness rests on leaving {rec['setting']} out")
            else:
                parts.append(f"{rec['setting']}: no change")
        said.append("; ".join(parts) or "none: no setting left out of the test set is run apart")
        levels.append(sensitivity_evidence(str(evidence), changed))
    out[SENSITIVITY_COLUMNS[0]] = said
    out[SENSITIVITY_COLUMNS[1]] = levels
    return out


def saved_headline(table: pd.DataFrame, data_source: str, lang: str = "en") -> str:
    """The ledger's headline as qca.json saves it (claims_headline, claims_headline_zh): analysis.claims.headline
    (headline_zh with lang='zh') followed by the data the verdicts were computed on, in the words of Paper A's figure
    captions and the book's claims page (cases.data_sentence: ' Data: the compendium's reconstruction of the cases,
    not the paper's data.' on the reconstruction, ' Data: the original case data.' on a holder's matrix). Notebook 03
    prints the headline with its source tag; the JSON, read on its own, had the verdicts without their data."""
    return (headline_zh if lang == "zh" else headline)(table) + data_sentence(data_source, lang)


def indicator_facts(presence: pd.DataFrame, k: int = 3) -> dict:
    """Least present conditions by mean indicator share (from analysis.paper_a.cases.presence_table)."""
    res = least_present(presence, k=k, by="mean_indicator_share")
    if res["conditions"] is None:
        return {"least_present_indicators": None, "least_present_indicators_separated": False}
    return {"least_present_indicators": ", ".join(res["conditions"]),
            "least_present_indicators_separated": res["separated"]}

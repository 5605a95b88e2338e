"""Path typing (Rainbow levels) and core / peripheral conditions on hand-made examples."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from analysis.paper_a import configurations as K
from analysis.qca import configurations as QC

CONDS = ("SYS", "ORG", "PRO", "SER", "FUN", "NOR")


@pytest.mark.parametrize("term, expected", [
    ("SYS*ORG*SER", "multi-level"),
    ("SYS*PRO*SER*FUN*NOR", "multi-level"),
    ("SYS*ORG*PRO*SER", "multi-level"),
    ("ORG*SER", "meso-micro"),
    ("~SYS*ORG*SER*NOR", "meso-micro"),       # an absent macro condition does not count as spanning macro
    ("PRO*SER*FUN", "meso-micro"),
    ("SYS*SER", "other"),                     # no meso level
    ("ORG*PRO*FUN", "other"),                 # no micro level
    ("~ORG*SER*NOR", "other"),                # meso only as absence
    ("SYS*~ORG*~PRO*SER", "other"),
    ("FUN*NOR", "other"),                     # enablers alone
])
def test_path_type(term, expected):
    assert K.path_type(term, CONDS) == expected


def test_levels_present_in_rainbow_order():
    assert K.levels_present("NOR*SER*~SYS*ORG", CONDS) == ("meso", "micro", "enabler")
    assert K.levels_present("SYS*PRO*SER", CONDS) == ("macro", "meso", "micro")
    with pytest.raises(ValueError, match="no Rainbow level"):
        K.levels_present("A*B", ("A", "B"))


def test_path_type_with_custom_levels():
    levels = {"A": "macro", "B": "meso", "C": "micro"}
    assert K.path_type("A*B*C", ("A", "B", "C"), levels) == "multi-level"
    assert K.path_type("B*C", ("A", "B", "C"), levels) == "meso-micro"


@pytest.mark.parametrize("general, specific, expected", [
    ("SER", "SER*FUN", True),
    ("~SYS*ORG*SER", "~SYS*ORG*PRO*SER", True),
    ("SYS*ORG", "~SYS*ORG*SER", False),       # a literal of the opposite sign
    ("SER*FUN", "SER", False),                # more specific cannot subsume more general
    ("ORG*SER", "ORG*SER", True),
])
def test_subsumes(general, specific, expected):
    assert QC.subsumes(general, specific, CONDS) is expected


def test_core_and_peripheral():
    pars = ["SER*FUN", "~SYS*ORG*SER"]
    assert QC.condition_roles("SYS*ORG*SER*FUN", pars, CONDS) == {
        "SYS": (1, "peripheral"), "ORG": (1, "peripheral"), "SER": (1, "core"), "FUN": (1, "core")}
    assert QC.condition_roles("~SYS*ORG*SER*NOR", pars, CONDS) == {
        "SYS": (0, "core"), "ORG": (1, "core"), "SER": (1, "core"), "NOR": (1, "peripheral")}


def test_no_subsuming_term_means_no_core():
    roles = QC.condition_roles("ORG*PRO*SER", ["SER*FUN"], CONDS)
    assert {r for _, r in roles.values()} == {"peripheral"}


def test_several_subsuming_terms_give_the_union_of_cores():
    roles = QC.condition_roles("SYS*ORG*SER*FUN", ["SER*FUN", "SYS*ORG"], CONDS)
    assert {c for c, (_, r) in roles.items() if r == "core"} == {"SYS", "ORG", "SER", "FUN"}


def _model(terms, covS):
    fit = pd.DataFrame({"term": terms, "inclS": 1.0, "PRI": 1.0, "covS": covS, "covU": covS,
                        "cases": [f"c{i}" for i in range(len(terms))]})
    return SimpleNamespace(terms=tuple(terms), term_fit=fit, expression=" + ".join(terms))


def test_configuration_paths_groups_by_core_and_labels_fiss_style():
    model = _model(["~SYS*ORG*SER*NOR", "SYS*ORG*SER*FUN", "~SYS*ORG*PRO*SER", "SYS*PRO*SER*FUN*NOR"],
                   [0.375, 0.125, 0.25, 0.25])
    paths = K.configuration_paths(model, ["SER*FUN", "~SYS*ORG*SER"], CONDS)
    assert paths["path"].tolist() == ["1a", "1b", "2a", "2b"]
    assert paths["term"].tolist() == ["SYS*PRO*SER*FUN*NOR", "SYS*ORG*SER*FUN", "~SYS*ORG*SER*NOR",
                                      "~SYS*ORG*PRO*SER"]
    assert paths["type"].tolist() == ["multi-level", "multi-level", "meso-micro", "meso-micro"]
    assert paths["core"].tolist() == ["SER*FUN", "SER*FUN", "~SYS*ORG*SER", "~SYS*ORG*SER"]
    assert paths["peripheral"].tolist() == ["SYS*PRO*NOR", "SYS*ORG", "NOR", "PRO"]


def test_single_path_groups_get_plain_numbers():
    paths = K.configuration_paths(_model(["ORG*SER", "SYS*PRO*SER"], [0.5, 0.4]), ["SER"], CONDS)
    # both share the core SER: one group, lettered; a lone group would be numbered only
    assert paths["path"].tolist() == ["1a", "1b"]
    paths = K.configuration_paths(_model(["ORG*SER", "SYS*PRO*SER"], [0.5, 0.4]), ["ORG*SER", "SYS*PRO"], CONDS)
    assert paths["path"].tolist() == ["1", "2"]          # multi-level group first
    assert paths["type"].tolist() == ["multi-level", "meso-micro"]


def test_chart_frame_blank_core_peripheral():
    paths = K.configuration_paths(_model(["~SYS*ORG*SER*NOR"], [0.5]), ["~SYS*ORG*SER"], CONDS)
    chart = QC.chart_frame(paths, CONDS).set_index("condition")
    assert chart.loc["SYS", "value"] == 0 and chart.loc["SYS", "role"] == "core"
    assert chart.loc["NOR", "role"] == "peripheral"
    assert np.isnan(chart.loc["PRO", "value"]) and chart.loc["PRO", "role"] == ""
    symbols = QC.chart_symbols(paths, CONDS)
    assert symbols.loc["SER", "1"] == "●" and symbols.loc["SYS", "1"] == "⊗" and symbols.loc["NOR", "1"] == "•"


def _small_data():
    # SYS ORG SER -> EFF: observed 111 -> 1, 011 -> 1, 001 -> 0, 100 -> 0, 010 -> 0
    rows = [(1, 1, 1, 1), (0, 1, 1, 1), (0, 0, 1, 0), (1, 0, 0, 0), (0, 1, 0, 0)]
    return pd.DataFrame(rows, columns=["SYS", "ORG", "SER", "EFF"], index=["a", "b", "c", "d", "e"])


def test_analyse_configurations_on_a_small_example():
    res = K.analyse_configurations(_small_data(), "EFF", ("SYS", "ORG", "SER"), incl_cut=1.0)
    assert res.n_models == 1
    assert res.paths["term"].tolist() == ["ORG*SER"]
    assert res.paths["type"].tolist() == ["meso-micro"]
    assert res.paths["core"].tolist() == ["ORG*SER"] and res.paths["peripheral"].tolist() == [""]
    assert res.solution_fit == {"inclS": 1.0, "PRI": 1.0, "covS": 1.0}
    assert set(res.solutions_frame()["solution"]) == {"conservative", "parsimonious", "intermediate"}
    assert set(res.solutions_frame()["analysis"]) == {"standard", "esa"}
    assert "ORG*SER" in str(res)
    d = res.to_dict()
    assert d["paths"][0]["type"] == "meso-micro" and d["dir_exp"] == {"SYS": 1, "ORG": 1, "SER": 1}


def test_model_facts_flags():
    res = K.analyse_configurations(_small_data(), "EFF", ("SYS", "ORG", "SER"), incl_cut=1.0)
    s = K.model_facts(res.paths, res.conditions, focus="SER")
    assert s["n_paths"] == 1 and s["n_meso_micro"] == 1 and s["n_multi_level"] == 0 and s["n_groups"] == 1
    assert s["SER_in_all"] is True and s["SER_core_in_all"] is True
    s = K.model_facts(res.paths, res.conditions, focus="SYS")
    assert s["SYS_in_all"] is False


def test_model_facts_must_hold_in_every_model_group():
    paths = pd.DataFrame({"group": ["M1", "M2"], "path": ["1", "1"], "term": ["ORG*SER", "ORG*SER"],
                          "type": ["meso-micro", "meso-micro"], "core": ["SER", "ORG"]})
    s = K.model_facts(paths, ("SYS", "ORG", "SER"), focus="SER")
    assert s["SER_in_all"] is True and s["SER_core_in_all"] is False and s["n_groups"] == 2


def test_esa_blocks_contradictory_simplifying_assumptions():
    # Y: 11 -> 1, 00 -> 0 (remainders 01, 10): parsimonious A and B for Y, ~A and ~B for ~Y, each using both
    # remainders; ESA blocks them, leaving the conservative A*B
    data = pd.DataFrame([(1, 1, 1), (0, 0, 0)], columns=["A", "B", "Y"], index=["p", "q"])
    levels = {"A": "macro", "B": "meso"}
    std = K.analyse_configurations(data, "Y", ("A", "B"), incl_cut=1.0, analysis="standard", levels=levels,
                                   report="parsimonious")
    esa = K.analyse_configurations(data, "Y", ("A", "B"), incl_cut=1.0, levels=levels, report="parsimonious")
    assert esa.blocked["contradictory"] == [2, 3]
    assert sorted(std.paths["term"]) == ["A", "B"] and std.n_models == 2 and std.n_groups == 2
    assert esa.paths["term"].tolist() == ["A*B"] and esa.analysis == "esa" and esa.n_models == 1
    cmp = esa.comparison().set_index("solution")
    assert cmp.loc["parsimonious", "changed"] and not cmp.loc["conservative", "changed"]
    assert "2 (~A*B)" in esa.esa_summary() and "ESA" in str(esa)
    with pytest.raises(ValueError, match="analysis must be one of"):
        K.analyse_configurations(data, "Y", ("A", "B"), analysis="enhanced", levels=levels)


def test_report_must_be_a_solution_kind():
    with pytest.raises(ValueError, match="report must be one of"):
        K.analyse_configurations(_small_data(), "EFF", ("SYS", "ORG", "SER"), report="best")


def test_path_types_are_said_per_group_when_the_groups_differ():
    """Model ambiguity with groups of different path types (a holder's 15 cases: G1 and G3 meso-micro 1, other 2; G2
    multi-level 1, meso-micro 1, other 1): A2 and A3 said 'multi-level 0, meso-micro 1, other 2', the fewest of one
    type and the most of another from different groups, denying G2's multi-level path. Each group is now named with
    its counts; the verdicts (every group must hold the claim) are unchanged."""
    from analysis.paper_a import claims as P

    paths = pd.DataFrame({"group": ["G1", "G1", "G2", "G2"], "path": ["1", "2", "1", "2"],
                          "term": ["ORG*SER", "SYS*NOR", "ORG*SER", "SYS*ORG*SER"],
                          "type": ["meso-micro", "other", "meso-micro", "multi-level"],
                          "core": ["SER", "SYS", "SER", "SER"]})
    s = K.model_facts(paths, ("SYS", "ORG", "SER", "NOR"), focus="SER")
    assert s["path_types_by_group"] == ("G1: multi-level 0, meso-micro 1, other 1; "
                                        "G2: multi-level 1, meso-micro 1, other 0")
    assert (s["n_multi_level"], s["n_meso_micro"], s["n_other"]) == (0, 1, 1)
    facts = {**s, "n_distinct_models": 2}
    text, agrees = P._types_ok(facts)
    assert agrees is False and text == ("the model groups differ in path types (G1: multi-level 0, meso-micro 1, "
                                        "other 1; G2: multi-level 1, meso-micro 1, other 0)")
    text, agrees = P._both_types(facts)
    assert agrees is False and "G2: multi-level 1" in text
    same = K.model_facts(paths[paths["group"] == "G2"], ("SYS", "ORG", "SER", "NOR"), focus="SER")
    assert same["path_types_by_group"] == "" and P._types_ok({**same})[0] == "multi-level 1, meso-micro 1, other 0"

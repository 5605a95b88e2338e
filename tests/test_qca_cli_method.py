"""CLI subcommands of the method beyond R QCA (pof, find-rows, minimize --exclude, esa, robustness): JSON
equal to the API, one-line errors with exit status 2."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import esa, find_rows, minimize, pof, truth_table
from analysis.qca.cli import main
from _cli import run

LF = str(ROOT / "data" / "reference" / "datasets" / "LF.csv")
TT = ["--outcome", "SURV", "--conditions", "DEV,URB,LIT,IND,STB", "--incl-cut", "0.8"]


@pytest.fixture(scope="module")
def tt():
    return truth_table(pd.read_csv(LF, dtype={"case": str}), "SURV", "DEV,URB,LIT,IND,STB", incl_cut=0.8,
                       case_column="case")


def test_pof_json(capsys):
    code, out, err = run(capsys, "pof", LF, "--outcome", "SURV", "--expression", "DEV*URB + ~LIT", "--necessity",
                         "--json")
    assert code == 0 and err == ""
    api = pof("DEV*URB + ~LIT", pd.read_csv(LF, dtype={"case": str}), "SURV", "necessity", case_column="case")
    assert json.loads(out) == json.loads(json.dumps(api.to_dict()))
    assert [r["term"] for r in json.loads(out)["rows"]] == ["DEV*URB", "~LIT", "expression"]


def test_haesebrouck_consistency_flag_is_the_api_option(capsys, tt):
    """pof(haesebrouck_consistency=True) and theory_evaluation(haesebrouck_consistency=True) had no flag."""
    from analysis.qca import theory_evaluation

    code, out, err = run(capsys, "pof", LF, "--outcome", "SURV", "--expression", "DEV*STB + ~LIT", "--haesebrouck",
                         "--json")
    api = pof("DEV*STB + ~LIT", pd.read_csv(LF, dtype={"case": str}), "SURV", case_column="case",
              haesebrouck_consistency=True)
    assert code == 0 and err == "" and json.loads(out) == json.loads(json.dumps(api.to_dict()))
    assert [round(r["inclH"], 3) for r in json.loads(out)["rows"]] == [0.815, 0.16, 0.572]
    code, out, err = run(capsys, "theory", LF, *TT, "--theory", "DEV*STB", "--haesebrouck-consistency", "--json")
    api = theory_evaluation("DEV*STB", minimize(tt, include="?"), haesebrouck_consistency=True)
    assert code == 0 and json.loads(out) == json.loads(json.dumps(api.to_dict()))
    assert "inclH" in json.dumps(json.loads(out))
    code, out, err = run(capsys, "pof", LF, "--outcome", "SURV", "--expression", "DEV", "--necessity",
                         "--haesebrouck")
    assert code == 2 and out == "" and err == ("error: --haesebrouck-consistency is a consistency of sufficiency "
                                               "(inclH, Haesebrouck 2015): leave out --necessity or "
                                               "--haesebrouck-consistency\n")


def test_find_rows_json(capsys, tt):
    code, out, _ = run(capsys, "find-rows", LF, *TT, "--type", "csa", "--json")
    assert code == 0 and json.loads(out)["rows"] == find_rows(tt, "csa") == [10, 12, 14, 16, 17, 21, 25, 29]
    code, out, _ = run(capsys, "find-rows", LF, *TT, "--type", "untenable", "--expression", "~DEV*IND")
    assert code == 0 and out.strip() == "untenable rows: 3, 4, 7, 8, 11, 12, 15, 16"


def test_minimize_exclude_and_esa(capsys, tt):
    code, out, _ = run(capsys, "minimize", LF, *TT, "--include", "?", "--exclude", "10,12,14,16,17,21,25,29",
                       "--json")
    assert code == 0
    assert [m["terms"] for m in json.loads(out)["models"]] == \
        [list(m.terms) for m in minimize(tt, "?", exclude=find_rows(tt, "csa")).models]
    code, out, _ = run(capsys, "esa", LF, *TT, "--nec-cond", "LIT", "--untenable", "~DEV*IND", "--csa", "--json")
    d = json.loads(out)
    assert code == 0 and d["blocked_rows"]["contradictory"] == find_rows(tt, "csa")
    sol = minimize(esa(tt, "LIT", "~DEV*IND", "csa"), "?")
    assert [m["terms"] for m in d["models"]] == [list(m.terms) for m in sol.models]


def test_esa_nec_cond_observed_flag_is_the_api_option(capsys, tt):
    """esa(nec_cond_observed=True) (observed rows outside the necessary condition blocked too) had no flag."""
    from analysis.qca import esa_rows

    code, out, err = run(capsys, "esa", LF, *TT, "--nec-cond", "STB", "--nec-cond-observed", "--json")
    d = json.loads(out)
    assert code == 0 and d["blocked_rows"] == esa_rows(tt, "STB", nec_cond_observed=True)
    assert d["blocked_rows"]["necessity"] == list(range(1, 32, 2))          # every row with ~STB, observed too
    sol = minimize(esa(tt, "STB", nec_cond_observed=True), "?")
    assert [m["terms"] for m in d["models"]] == [list(m.terms) for m in sol.models]
    code, out, _ = run(capsys, "esa", LF, *TT, "--nec-cond", "STB", "--json")
    assert json.loads(out)["blocked_rows"]["necessity"] == [3, 7, 9, 11, 13, 15, 17, 19, 21, 25, 27, 29]
    code, out, err = run(capsys, "esa", LF, *TT, "--nec-cond-observed")
    assert code == 2 and err == "error: --nec-cond-observed applies to the rows outside --nec-cond: give --nec-cond\n"


def test_chart_json(capsys):
    code, out, _ = run(capsys, "chart", LF, *TT, "--dir-exp", "1,1,1,1,1", "--json")
    d = json.loads(out)
    assert code == 0 and d["kind"] == "intermediate" and [m["group"] for m in d["models"]] == ["G1"]
    assert {p["term"] for p in d["paths"]} == {"DEV*URB*LIT*STB", "DEV*LIT*~IND*STB"}
    assert {p["core"] for p in d["paths"]} == {"URB*STB", "DEV*~IND"}


@pytest.mark.parametrize("argv,needle", [
    (["pof", LF, "--outcome", "SURV", "--expression", "DEV*NOPE"], "NOPE"),
    (["find-rows", LF, *TT, "--type", "bogus"], "type must be"),
    (["find-rows", LF, *TT, "--type", "untenable"], "needs an expression"),
    (["minimize", LF, *TT, "--include", "?", "--exclude", "99"], "out of range"),
    (["minimize", LF, *TT, "--include", "?", "--exclude", "a,b"], "whole numbers"),
    (["esa", LF, *TT, "--untenable", "~DEV*NOPE"], "NOPE"),
    (["cases", LF, *TT, "--pairs", "typical-deviant-consistency", "--by", "focal-conjunct"], "by must be 'term'"),
    (["cases", LF, *TT, "--pairs", "typical-dcons"], "pairs must be one of"),
    (["cases", LF, *TT, "--by", "term"], "apply to --pairs only"),
])
def test_errors_are_one_line(capsys, argv, needle):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and needle in err


SPEC = """outcome: SURV
conditions: [DEV, URB, LIT, IND, STB]
incl_cut: 0.8
tests:
  - {label: TS1, incl_cut: 0.7}
  - label: TS3
    calibrate: {DEV: {thresholds: "e=350, c=600, i=900", round: 2}}
ranges:
  - {parameter: incl_cut, step: 0.01, max_runs: 12}
"""


def test_robustness_spec_file(capsys, tmp_path):
    from analysis.qca.protocol import robustness_protocol

    (tmp_path / "s.yaml").write_text(SPEC, encoding="utf-8")
    raw = str(ROOT / "data" / "reference" / "datasets" / "LR.csv")
    code, out, err = run(capsys, "robustness", LF, "--spec", str(tmp_path / "s.yaml"), "--raw", raw, "--json")
    assert code == 0, err
    d = json.loads(out)
    lf, lr = pd.read_csv(LF, dtype={"case": str}), pd.read_csv(raw, dtype={"case": str})
    api = robustness_protocol(lf, "SURV", ["DEV", "URB", "LIT", "IND", "STB"],
                              [{"label": "TS1", "incl_cut": 0.7},
                               {"label": "TS3", "calibrate": {"DEV": {"thresholds": "e=350, c=600, i=900", "round": 2}}}],
                              incl_cut=0.8, case_column="case", raw=lr)
    assert d["protocol"]["fit"] == pytest.approx(api.to_dict()["fit"])
    assert d["ranges"][0]["lower"] == pytest.approx(0.71) and d["ranges"][0]["upper"] == pytest.approx(0.8)
    (tmp_path / "bad.json").write_text('{"outcome": "SURV", "tests": [{"label": "x", "incl": 0.7}]}')
    code, out, err = run(capsys, "robustness", LF, "--spec", str(tmp_path / "bad.json"))
    assert code == 2 and err.startswith("error: ") and "unknown key" in err and err.count("\n") == 1
    (tmp_path / "bad.yaml").write_text("outcome: [unclosed")
    code, out, err = run(capsys, "robustness", LF, "--spec", str(tmp_path / "bad.yaml"))
    assert code == 2 and "not valid YAML" in err


@pytest.mark.parametrize("extra, first", [
    ([], "typical cases of M1 of the intermediate solution for SURV: "),
    (["--type", "deviant-coverage"], "deviant coverage cases of M1 of the intermediate solution for SURV: "),
    (["--type", "focal-conjuncts", "--term", "2"], "typical cases per focal conjunct of term 2 ("),
    (["--pairs", "typical-irrelevant"], "typical-irrelevant pairs of cases of M1 of the intermediate solution"),
])
def test_cases_text_says_which_solution_and_model(capsys, tt, extra, first):
    """The cases command's tables printed as text say which cases, model, solution and outcome they show: the table
    came bare, though the command chooses the solution (parsimonious, intermediate with --dir-exp) and the model.
    A heading wider than 80 columns (93 here) gives the model on the lines below it, indented."""
    sol = minimize(tt, "?", dir_exp="1,1,1,1,1")
    code, out, _ = run(capsys, "cases", LF, *TT, "--dir-exp", "1,1,1,1,1", *extra)
    head, *rest = out.splitlines()
    lines = rest[:next(i for i, line in enumerate(rest) if not line.startswith("  "))]   # the heading's own
    assert code == 0 and head.startswith(first.rstrip()) and max(map(len, [head, *lines])) <= 80, out
    said = " ".join([head, *lines]).rstrip(":")
    assert said.endswith(sol.models[0].expression) and ("(" in head or lines[0].startswith("  ")), out


def test_diagnostics_commands(capsys, tt):
    from analysis.qca import smmr, theory_evaluation

    sol = minimize(tt, "?", dir_exp="1,1,1,1,1")
    code, out, _ = run(capsys, "cases", LF, *TT, "--dir-exp", "1,1,1,1,1", "--type", "deviant-coverage", "--json")
    assert code == 0 and [r["case"] for r in json.loads(out)["cases"]] == list(smmr(sol, "deviant coverage")["case"])
    code, out, _ = run(capsys, "cases", LF, *TT, "--dir-exp", "1,1,1,1,1", "--type", "focal-conjuncts", "--term", "2",
                       "--json")
    assert code == 0 and list(json.loads(out)["cases"]) == ["DEV", "LIT", "~IND", "STB"]
    from analysis.qca import smmr_pairs

    code, out, _ = run(capsys, "cases", LF, *TT, "--dir-exp", "1,1,1,1,1", "--pairs", "typical-irrelevant", "--term",
                       "2", "--max-pairs", "3", "--json")
    api = smmr_pairs(sol, "typical-irrelevant", term=2, max_pairs=3)
    from analysis.qca import necessity_pairs

    code, out2, _ = run(capsys, "cases", LF, "--outcome", "SURV", "--nec-cond", "LIT", "--pairs", "typical-irrelevant", "--json")
    nec = necessity_pairs(pd.read_csv(LF, dtype={"case": str}), "SURV", "LIT", "typical-irrelevant", case_column="case")
    said = json.loads(out2)
    assert code == 0 and [(r["typical"], r["irrelevant"]) for r in said["cases"]] == \
        list(zip(nec["typical"], nec["irrelevant"]))
    # the JSON names what it read, as a solution's cases name the solution and model (a bare list named nothing)
    assert {k: said[k] for k in ("kind", "outcome", "nec_cond", "pairs")} == {
        "kind": "necessity", "outcome": "SURV", "nec_cond": "LIT", "pairs": "typical-irrelevant"}
    assert code == 0 and {k: [(r["typical"], r["irrelevant"]) for r in v]
                          for k, v in json.loads(out)["cases"].items()} == \
        {k: list(zip(v["typical"], v["irrelevant"])) for k, v in api.items()}
    code, out, _ = run(capsys, "theory", LF, *TT, "--dir-exp", "1,1,1,1,1", "--theory", "DEV*STB", "--json")
    assert code == 0 and json.loads(out)["intersections"] == theory_evaluation("DEV*STB", sol).intersections
    panel = str(ROOT / "data" / "reference" / "r-setmethods" / "LF_panel.csv")
    code, out, _ = run(capsys, "cluster", panel, "--outcome", "SURV", "--expression", "LIT", "--unit", "CASE",
                       "--cluster", "WAVE", "--necessity", "--json")
    assert code == 0 and json.loads(out)["LIT"]["pooled"] == pytest.approx(0.98592, abs=1e-5)
    code, out, err = run(capsys, "cluster", panel, "--outcome", "SURV", "--expression", "LIT", "--unit", "X",
                         "--cluster", "WAVE")
    assert code == 2 and "unit / cluster" in err


LM = str(ROOT / "data" / "reference" / "datasets" / "LM.csv")


def test_cases_and_theory_name_model_ambiguity_and_take_model(capsys):
    """LM's solution has three models; cases and theory used M1 silently (no option, no word), although the typical
    and deviant cases depend on the model (Baumgartner & Thiem 2017). They warn, naming the models, and --model
    chooses one."""
    code, out, err = run(capsys, "cases", LM, "--outcome", "SURV")
    assert code == 0 and "model ambiguity: the solution has 3 models" in err and "cases of M1" in err
    code, out, err = run(capsys, "cases", LM, "--outcome", "SURV", "--model", "2", "--json")
    assert code == 0 and {r["term"] for r in json.loads(out)["cases"]} == {"DEV[1]*IND[0]", "IND[1]*STB[1]"}
    code, out, err = run(capsys, "theory", LM, "--outcome", "SURV", "--theory", "DEV[2]", "--model", "3")
    assert code == 0 and "against the parsimonious solution DEV[1]*STB[1] + IND[1]*STB[1]" in out
    code, out, err = run(capsys, "cases", LM, "--outcome", "SURV", "--model", "4")
    assert code == 2 and err.startswith("error: --model 4: the solution has 3 models") and err.count("\n") == 1
    code, out, err = run(capsys, "cases", LF, *TT)            # one model: no warning
    assert code == 0 and "model ambiguity" not in err


def test_esa_checks_its_expressions_before_the_csa_search(capsys, monkeypatch):
    """A typo in --nec-cond or --untenable is reported before the search for contradictory simplifying
    assumptions runs (it came after, which on a large problem meant minutes before the one-line error)."""
    import sys

    FR = sys.modules["analysis.qca.find_rows"]  # the module (the package exports a function of the same name)
    monkeypatch.setattr(FR, "find_rows", lambda *a, **k: (_ for _ in ()).throw(AssertionError("searched first")))
    code, out, err = run(capsys, "esa", LF, *TT, "--csa", "--nec-cond", "LITT")
    assert code == 2 and "--nec-cond" in err and "searched first" not in err


def test_a_crisp_calibration_range_needs_distinct_cut_points():
    from analysis.qca import QCAInputError
    from analysis.qca.protocol import threshold_range
    lc = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LC.csv")
    lr = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LR.csv")
    with pytest.raises(QCAInputError, match="distinct cut points, got \\[350, 350\\]"):
        threshold_range(lc, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], "calibration", 25, 2, case_column="case",
                        raw=lr, calibrate_set="DEV", thresholds=[350, 350], calibration_type="crisp")


def test_robustness_spec_file_blocks_rows_with_exclude(capsys, tmp_path):
    """A sweep file's 'exclude' blocks truth table rows in every specification of the protocol and of the ranges
    (robustness_protocol / threshold_range exclude=); a row outside the table is one error naming the file."""
    from analysis.qca.protocol import robustness_protocol

    (tmp_path / "s.yaml").write_text("outcome: SURV\nincl_cut: 0.8\nexclude: [17, 18]\ntests:\n"
                                     "  - {label: TS1, incl_cut: 0.7}\n", encoding="utf-8")
    code, out, err = run(capsys, "robustness", LF, "--spec", str(tmp_path / "s.yaml"), "--json")
    assert code == 0, err
    spec = json.loads(out)["protocol"]["specifications"]
    api = robustness_protocol(pd.read_csv(LF, dtype={"case": str}), "SURV", ["DEV", "URB", "LIT", "IND", "STB"],
                              [{"label": "TS1", "incl_cut": 0.7}], incl_cut=0.8, case_column="case", exclude=[17, 18])
    assert [s["expression"] for s in spec] == api.specifications["expression"].tolist()
    assert spec[0]["expression"] == "URB*STB + DEV*LIT*~IND"
    (tmp_path / "bad.yaml").write_text("outcome: SURV\nexclude: [99]\ntests:\n  - {label: TS1, incl_cut: 0.7}\n")
    code, out, err = run(capsys, "robustness", LF, "--spec", str(tmp_path / "bad.yaml"))
    assert code == 2 and err.startswith(f"error: {tmp_path / 'bad.yaml'}: ") and err.count("\n") == 1, err


def test_n_cut_range_prints_whole_numbers_beside_a_cut_off_range(capsys, tmp_path):
    """A spec file with an incl_cut range and an n_cut range: the two share one table, whose value / lower / upper
    columns became floats, so n_cut printed as 1.0 in text and JSON (a protocol audit). n_cut stays 1."""
    (tmp_path / "r.yaml").write_text("outcome: SURV\nconditions: [DEV, URB, LIT, IND, STB]\nincl_cut: 0.8\nranges:\n"
                                     "  - {parameter: incl_cut, step: 0.05, max_runs: 3}\n"
                                     "  - {parameter: n_cut, step: 1, max_runs: 3}\n", encoding="utf-8")
    code, out, err = run(capsys, "robustness", LF, "--spec", str(tmp_path / "r.yaml"), "--json")
    assert code == 0, err
    n_cut = [r for r in json.loads(out)["ranges"] if r["parameter"] == "n_cut"]
    assert len(n_cut) == 1 and all(type(n_cut[0][k]) is int for k in ("value", "lower", "upper")), n_cut
    code, out, err = run(capsys, "robustness", LF, "--spec", str(tmp_path / "r.yaml"))
    row = next(line for line in out.splitlines() if line.startswith("n_cut"))
    assert "1.0" not in row and row.split()[2:4] == ["1", "1"], row


def test_robustness_spec_file_error_writes_a_pair_as_the_file_does(capsys, tmp_path):
    """A sweep file with incl_cut: "0.9, 0.6" (a string) was told to write incl_cut=(0.9, 0.6), Python's pair, which a
    YAML or JSON file can only hold as a string and is refused again; the file's error now gives the list form."""
    (tmp_path / "s.yaml").write_text('outcome: SURV\nconditions: [DEV, URB, LIT, IND, STB]\nincl_cut: "0.9, 0.6"\n'
                                     "tests:\n  - {label: n 2, n_cut: 2}\n", encoding="utf-8")
    code, out, err = run(capsys, "robustness", LF, "--spec", str(tmp_path / "s.yaml"))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    assert "incl_cut: [0.9, 0.6]" in err and "incl_cut=(" not in err, err


def test_cases_focal_conjuncts_say_when_setmethods_would_show_fewer(capsys, tmp_path):
    """SetMethods' smmr prints the first 5 typical cases per focal conjunct; the CLI prints all of them, and said
    nothing about it. Seven identical typical cases g..a of A*B: every one listed, in the data order (SetMethods'
    ties), under a header naming the difference; LF's tables (2 cases each) keep their plain header."""
    names = ["g", "f", "e", "d", "c", "b", "a"]
    rows = [(n, 0.8, 0.9, 0.9) for n in names] + [("n1", 0.2, 0.9, 0.1), ("n2", 0.9, 0.2, 0.1), ("n3", 0.1, 0.1, 0.1)]
    path = tmp_path / "fc.csv"
    pd.DataFrame(rows, columns=["case", "A", "B", "Y"]).to_csv(path, index=False)
    code, out, err = run(capsys, "cases", str(path), "--outcome", "Y", "--incl-cut", "0.8", "--type", "focal-conjuncts")
    assert code == 0, err
    # each table's heading and first block of columns (a table wider than 80 columns goes on in more blocks)
    blocks = [b for b in out.strip().split("\n\n") if b.startswith("focal conjunct ")]
    assert [b.splitlines()[0] for b in blocks] == [
        f"focal conjunct {fc} (7 typical cases; SetMethods' smmr shows the first 5):" for fc in ("A", "B")]
    assert [line.split()[0] for line in blocks[0].splitlines()[2:]] == names
    code, out, _ = run(capsys, "cases", LF, *TT, "--dir-exp", "1,1,1,1,1", "--type", "focal-conjuncts")
    assert code == 0 and out.split("\n\n")[1].startswith("focal conjunct DEV:\n")


def test_cases_term_takes_a_terms_text_as_the_api_does(capsys):
    """cases --term URB*STB was refused ('must be a positive whole number') while smmr_focal_conjuncts(term='URB*STB')
    and smmr_pairs take a term's text (the CLI fuzz helper's finding). --term now takes either; the text must be a
    term of the model, and an empty --term is refused naming both forms."""
    from analysis.qca.cli import main

    lf = str(ROOT / "data/reference/datasets/LF.csv")
    base = ["cases", lf, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "focal-conjuncts"]
    assert main([*base, "--term", "2"]) == 0
    by_number = capsys.readouterr().out
    assert main([*base, "--term", "URB*STB"]) == 0
    by_text = capsys.readouterr().out
    assert by_text.split("\n", 1)[1] == by_number.split("\n", 1)[1]   # the same tables, headed by the term's text
    assert main([*base, "--term", "STB*URB"]) == 0   # the heading names the term as the model writes it
    assert capsys.readouterr().out.startswith("typical cases per focal conjunct of term URB*STB of M1")
    assert main([*base, "--term", "X*Y"]) == 2
    assert "--term 'X*Y' is not in the model (DEV*~IND + URB*STB)" in capsys.readouterr().err
    assert main([*base, "--term", ""]) == 2
    assert "must be a term's number (1 = the first) or its text" in capsys.readouterr().err


def test_a_term_given_with_its_literals_in_another_order_is_the_models_term(capsys):
    """A conjunction's literals commute: 'STB*URB' is the model's 'URB*STB'. cases --term 'STB*URB' (and
    smmr_focal_conjuncts / smmr_pairs with term='STB*URB' or ' URB*STB ') said "is not in the model (DEV*~IND +
    URB*STB)", naming the very term as absent. Now it is that term: the same tables as its number."""
    from analysis.qca import minimize, truth_table
    from analysis.qca.cli import main
    from analysis.qca.diagnostics import smmr_focal_conjuncts
    from analysis.qca.matching import smmr_pairs

    lf = str(ROOT / "data/reference/datasets/LF.csv")
    base = ["cases", lf, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "focal-conjuncts"]
    assert main([*base, "--term", "2"]) == 0
    by_number = capsys.readouterr().out
    assert main([*base, "--term", "STB*URB"]) == 0
    assert capsys.readouterr().out.split("\n", 1)[1] == by_number.split("\n", 1)[1]
    sol = minimize(truth_table(pd.read_csv(lf, index_col="case"), "SURV", incl_cut=0.8), include="?")
    for text in ("STB*URB", " URB * STB ", "~IND*DEV"):
        want = 2 if "URB" in text else 1
        got, ref = smmr_focal_conjuncts(sol, text), smmr_focal_conjuncts(sol, want)
        assert list(got) == list(ref) and all(got[k].equals(ref[k]) for k in ref)
        pairs = smmr_pairs(sol, "typical-irrelevant", by="focal conjunct", term=text)
        ref_pairs = smmr_pairs(sol, "typical-irrelevant", by="focal conjunct", term=want)
        assert list(pairs) == list(ref_pairs) and all(pairs[k].equals(ref_pairs[k]) for k in ref_pairs)
    assert main([*base, "--term", "URB*~STB"]) == 2   # another term: still refused, naming the model
    assert "--term 'URB*~STB' is not in the model (DEV*~IND + URB*STB)" in capsys.readouterr().err


def test_robustness_names_the_spec_files_keys_as_keys(capsys, tmp_path):
    """A sweep file with an unknown key listed the allowed keys with 'no_solution' rewritten as the flag
    '--no-solution' (the CLI turns the library's parameter names into flags), so the file's own key read as a flag:
    'allowed: ..., model, --no-solution, tests, ranges'. The keys of the file stay keys."""
    (tmp_path / "s.yaml").write_text("outcome: SURV\nno-solution: refuse\ntests:\n  - {label: x, incl_cut: 0.7}\n",
                                     encoding="utf-8")
    code, out, err = run(capsys, "robustness", LF, "--spec", str(tmp_path / "s.yaml"))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "unknown key(s) 'no-solution'; did you mean 'no_solution'?;" in err
    assert err.rstrip().endswith("allowed: outcome, conditions, incl_cut, n_cut, pri_cut, include, dir_exp, exclude, "
                                 "model, test_models, no_solution, skew_bounds, tests, ranges"), err


RAW_SPEC = ("outcome: SURV\nconditions: DEV, URB, LIT, IND, STB\nincl_cut: 0.8\ntests:\n"
            "  - {label: DEV c=600, calibrate: {DEV: {thresholds: 'e=350, c=600, i=900'}}}\n")


def _renamed_case_column(tmp_path, order=None):
    """LF and LR with their case column named 'country' (so neither file has a 'case' column), LR's rows in `order`."""
    lf = pd.read_csv(LF, dtype={"case": str}).rename(columns={"case": "country"})
    lr = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LR.csv", dtype={"case": str}).rename(
        columns={"case": "country"})
    if order is not None:
        lr = lr.iloc[order]
    (tmp_path / "lf.csv").write_text(lf.to_csv(index=False), encoding="utf-8")
    (tmp_path / "lr.csv").write_text(lr.to_csv(index=False), encoding="utf-8")
    (tmp_path / "s.yaml").write_text(RAW_SPEC, encoding="utf-8")
    return [str(tmp_path / "lf.csv"), "--spec", str(tmp_path / "s.yaml"), "--raw", str(tmp_path / "lr.csv")]


def test_robustness_raw_values_are_not_matched_by_row_position_past_a_column_of_case_names(capsys, tmp_path):
    """Data and --raw both naming their cases in a column the reader does not take by default ('country'): without
    --case-column both were numbered 1, 2, ... and the raw values were matched to the cases by row position, so a
    raw file in another order recalibrated every case with another case's values, without a word. Now refused,
    naming the column and the flag; with --case-column the cases are matched by name."""
    argv = _renamed_case_column(tmp_path, order=list(range(17, -1, -1)))   # LR upside down
    code, out, err = run(capsys, "robustness", *argv, "--json")
    assert code == 2 and out == "" and err.count("\n") == 1 and err.startswith("error: --raw "), err
    assert "by row position" in err and "'country'" in err and "--case-column country" in err
    code, out, err = run(capsys, "robustness", *argv, "--case-column", "country", "--json")
    assert code == 0, err
    by_name = json.loads(out)
    code, out, err = run(capsys, "robustness", *_renamed_case_column(tmp_path), "--case-column", "country", "--json")
    assert code == 0 and json.loads(out) == by_name   # the raw file's order no longer matters


def test_robustness_raw_values_matched_by_row_position_say_so(capsys, tmp_path):
    """Neither file names its cases at all: the raw values can only be matched by row position; that is now said."""
    argv = _renamed_case_column(tmp_path)
    for name in ("lf.csv", "lr.csv"):
        frame = pd.read_csv(tmp_path / name).drop(columns="country")
        (tmp_path / name).write_text(frame.to_csv(index=False), encoding="utf-8")
    code, out, err = run(capsys, "robustness", *argv)
    assert code == 0
    said = [line for line in err.splitlines() if "row position" in line]
    assert len(said) == 1 and said[0].startswith("warning: --raw ") and "same order" in said[0], err


@pytest.mark.parametrize("command, extra, changes", [("cases", ["--type", "deviant-coverage"], False),
                                                     ("cases", [], True), ("theory", ["--theory", "DEV*STB"], True)])
def test_cases_and_theory_of_an_esa_solution(capsys, tt, command, extra, changes):
    """ESA's solution (rows blocked with --exclude, as minimize and chart take them) had no case diagnostics or theory
    evaluation from the command line: cases and theory took no --exclude, so only the standard analysis's solution
    could be examined. Both now take it, as the API's minimize(exclude=...) passes it on."""
    from analysis.qca import smmr, theory_evaluation

    code, out, err = run(capsys, command, LF, *TT, "--exclude", "10,12,14", *extra, "--json")
    assert code == 0, err
    sol = minimize(tt, include="?", exclude=[10, 12, 14])
    if command == "theory":
        api = theory_evaluation("DEV*STB", sol).to_dict()
    else:
        api = [{k: (None if v != v else v) for k, v in r.items()}
               for r in smmr(sol, extra[1].replace("-", " ") if extra else "typical").to_dict("records")]
    def read(text):   # the cases command's tables (its JSON also names the solution read, which --exclude changes)
        return json.loads(text) if command == "theory" else json.loads(text)["cases"]

    assert read(out) == json.loads(json.dumps(api))
    plain = run(capsys, command, LF, *TT, *extra, "--json")[1]
    assert (read(plain) != read(out)) == changes   # the blocked rows change the typical cases and the theory's table
    code, out, err = run(capsys, "cases", LF, *TT[:2], "--nec-cond", "LIT", "--exclude", "10")
    assert code == 2 and "--exclude applies to the cases of a solution, not to --nec-cond" in err


@pytest.mark.parametrize("flag", ["--raw", "--spec"])
def test_standard_input_for_the_raw_values_or_the_spec_is_named_as_such(capsys, tmp_path, flag):
    """'-' reads the data from standard input; given to --raw or --spec it was reported as "file not found"."""
    spec = tmp_path / "s.yaml"
    spec.write_text(RAW_SPEC, encoding="utf-8")
    argv = ["robustness", LF, "--spec", str(spec), "--raw", str(ROOT / "data" / "reference" / "datasets" / "LR.csv")]
    argv[argv.index(flag) + 1] = "-"
    code, out, err = run(capsys, *argv)
    assert code == 2 and err.count("\n") == 1 and "file not found" not in err
    assert err.startswith(f"error: {flag} -: standard input ('-') is read for the data only"), err


def test_cases_term_by_number_names_the_term_it_counts(capsys):
    """--term 2 counts the model's terms as the cases heading lists them, while minimize prints a model's shared
    terms first (as R does): on CVF, M1's second term is DEMOC*ETHFRACT*GEOCON in the heading but
    DEMOC*GEOCON*POLDIS on minimize's line, and the heading said only 'term 2' (the engine helper's finding). It now
    names the term it took beside its number."""
    cvf = str(ROOT / "data" / "reference" / "datasets" / "CVF.csv")
    conds = "DEMOC,ETHFRACT,GEOCON,POLDIS,NATPRIDE"
    code, out, _ = run(capsys, "cases", cvf, "--outcome", "PROTEST", "--conditions", conds, "--incl-cut", "0.85",
                       "--type", "focal-conjuncts", "--term", "2")
    df = pd.read_csv(cvf, index_col=0)
    m1 = minimize(truth_table(df, "PROTEST", conds, incl_cut=0.85), "?").models[0]
    assert code == 0 and out.startswith(f"typical cases per focal conjunct of term 2 ({m1.terms[1]}) of M1 "), out


def test_cases_command_names_the_cases_at_the_crossover(capsys, tmp_path):
    """The cases command prints SetMethods' tables of one type; a case with solution (or condition) or outcome
    membership exactly 0.5 has none of the types and is in no table, and the printout did not say so: the cases
    seemed lost. A note under the table now names them (text only; the JSON stays the table's records)."""
    d = pd.DataFrame({"case": list("abcdefgh"), "A": [0.9, 0.8, 0.7, 0.2, 0.1, 0.5, 0.6, 0.3],
                      "B": [0.8, 0.9, 0.6, 0.3, 0.2, 0.7, 0.9, 0.2],
                      "Y": [0.9, 0.8, 0.7, 0.3, 0.1, 0.6, 0.5, 0.5]})
    path = tmp_path / "half.csv"
    d.to_csv(path, index=False)
    args = [str(path), "--outcome", "Y", "--conditions", "A,B", "--incl-cut", "0.8"]
    def said(out):   # the note's words, wrapped within 80 columns (it ran to 130)
        note = out[out.index("\nnote: "):].splitlines()[1:]
        assert max(map(len, note)) <= 80 and all(line.startswith("  ") for line in note[1:]), out
        return " ".join(" ".join(note).split())

    for kind in ("typical", "deviant-coverage", "irrelevant"):
        code, out, _ = run(capsys, "cases", *args, "--type", kind)
        assert code == 0 and said(out).startswith("note: case(s) f, g, h at the crossover (solution or outcome "
                                                  "membership exactly 0.5) have none of the four types"), out
    code, out, _ = run(capsys, "cases", str(path), "--outcome", "Y", "--nec-cond", "A", "--type", "typical")
    assert code == 0 and "note: case(s) f, g, h at the crossover (A or Y membership exactly 0.5)" in said(out), out
    code, out, _ = run(capsys, "cases", *args, "--pairs", "typical-irrelevant")
    assert code == 0 and "note: case(s) f, g, h at the crossover (solution or outcome" in said(out), out
    code, out, _ = run(capsys, "cases", str(path), "--outcome", "Y", "--nec-cond", "A", "--pairs", "typical-irrelevant")
    assert code == 0 and "note: case(s) f, g, h at the crossover (A or Y" in said(out), out
    code, out, _ = run(capsys, "cases", *args, "--type", "typical", "--json")
    assert code == 0 and isinstance(json.loads(out)["cases"], list)
    code, out, _ = run(capsys, "cases", LF, *TT)
    assert code == 0 and "crossover" not in out


def test_esa_says_which_observed_rows_an_untenable_expression_leaves_alone(capsys):
    """esa --untenable 'DEV*URB' blocked remainders 25-30 and said nothing of observed rows 31 and 32 inside the same
    expression (ESA blocks remainders only). The warning now names them on stderr, and the JSON lists them under
    untenable_observed_rows (empty when the expression holds remainders only; absent without --untenable)."""
    code, out, err = run(capsys, "esa", LF, *TT, "--untenable", "DEV*URB", "--json")
    d = json.loads(out)
    assert code == 0 and d["blocked_rows"]["untenable"] == [25, 26, 27, 28, 29, 30]
    assert d["untenable_observed_rows"] == [31, 32]
    assert "observed rows 31 (OUT 0, n 1), 32 (OUT 1, n 4)" in err and "not blocked" in err
    code, out, err = run(capsys, "esa", LF, *TT, "--untenable", "~DEV*IND", "--json")
    assert code == 0 and json.loads(out)["untenable_observed_rows"] == [] and "observed row" not in err
    code, out, _ = run(capsys, "esa", LF, *TT, "--nec-cond", "LIT", "--json")
    assert code == 0 and "untenable_observed_rows" not in json.loads(out)


def test_cases_exact_reads_deviant_coverage_off_the_exact_memberships(capsys, tmp_path):
    """smmr's deviant coverage table reads TT<=Y off values rounded to 3 decimals (SetMethods' parity); the CLI had
    no way to the exact reading and said nothing where the two differ. c5: TT_row .6004 > Y .6001. Now a warning
    names it and --exact reads the exact values; --exact elsewhere is refused, naming where it applies."""
    df = pd.DataFrame({"case": ["c1", "c2", "c3", "c4", "c5", "c6"], "A": [0.9, 0.8, 0.1, 0.2, 0.3996, 0.7],
                       "B": [0.9, 0.7, 0.9, 0.8, 0.9, 0.2], "Y": [0.9, 0.8, 0.6, 0.1, 0.6001, 0.2]})
    path = tmp_path / "d.csv"
    df.to_csv(path, index=False)
    base = ["cases", str(path), "--outcome", "Y", "--incl-cut", "0.8", "--type", "deviant-coverage", "--json"]
    code, out, err = run(capsys, *base)
    rows = {r["case"]: r for r in json.loads(out)["cases"]}
    assert code == 0 and rows["c5"]["TT<=Y"] is True and "c5 (TT_row 0.6004 > outcome 0.6001)" in err
    code, out, err = run(capsys, *base, "--exact")
    rows = {r["case"]: r for r in json.loads(out)["cases"]}
    assert code == 0 and rows["c5"]["TT<=Y"] is False and "rounded" not in err
    code, _, err = run(capsys, *base[:-3], "--type", "typical", "--exact")
    assert code == 2 and err.startswith("error: --exact applies to --type deviant-coverage of a solution and --type "
                                        "deviant-consistency with --nec-cond") and "not to --type typical" in err


def test_cases_text_says_how_tt_y_was_read(capsys, tmp_path):
    """The printed deviant coverage table (and a necessary condition's deviant consistency table) showed TT<=Y without
    saying that it is read off 3-decimal values (SetMethods' reading) or, with --exact, off the exact memberships.
    A table without cases says nothing of it. The note is wrapped within 80 columns (it ran to 175)."""
    base = ["cases", LF, *TT, "--type", "deviant-coverage"]
    code, out, _ = run(capsys, *base)
    note = out[out.index("\nTT<=Y: "):].strip().splitlines()
    assert code == 0 and max(map(len, note)) <= 80 and all(line.startswith("  ") for line in note[1:]), out
    assert " ".join(" ".join(note).split()).startswith("TT<=Y: read off TT_row and outcome rounded to 3 decimals, as "
                                                       "SetMethods' smmr reads them")
    code, out, _ = run(capsys, *base, "--exact")
    assert code == 0 and "TT<=Y: read off the exact memberships (--exact)" in out
    code, out, _ = run(capsys, "cases", LF, "--outcome", "SURV", "--nec-cond", "LIT", "--type", "deviant-consistency")
    assert code == 0 and out.strip() == "no cases"
    path = tmp_path / "nec.csv"
    pd.DataFrame({"case": ["p1", "p2", "q1", "r1"], "N": [0.9, 0.8, 0.2, 0.9], "B": [0.8, 0.2, 0.7, 0.6],
                  "Y": [0.7, 0.6, 0.8, 0.2]}).to_csv(path, index=False)
    code, out, _ = run(capsys, "cases", str(path), "--outcome", "Y", "--nec-cond", "N", "--type", "deviant-consistency")
    assert code == 0 and "q1" in out and "TT<=Y: read off TT_row rounded to 3 decimals" in out
    code, out, _ = run(capsys, "cases", LF, *TT, "--type", "typical")
    assert code == 0 and "TT<=Y" not in out


def test_find_rows_untenable_says_which_observed_rows_it_leaves_out(capsys):
    """find-rows --type untenable --expression 'DEV*URB' listed remainders 25-30 and said nothing of observed rows 31
    and 32 inside the expression (listed only with --observed), the silence esa's warning now breaks. The text says
    them and how to list them; the JSON gives them as observed_rows_inside; with --observed nothing is left out."""
    code, out, _ = run(capsys, "find-rows", LF, *TT, "--type", "untenable", "--expression", "DEV*URB")
    assert code == 0 and out.strip() == ("untenable rows: 25, 26, 27, 28, 29, 30 (observed rows 31, 32 inside the "
                                         "expression not listed: --observed lists them)")
    code, out, _ = run(capsys, "find-rows", LF, *TT, "--type", "untenable", "--expression", "DEV*URB", "--json")
    assert code == 0 and json.loads(out)["observed_rows_inside"] == [31, 32]
    code, out, _ = run(capsys, "find-rows", LF, *TT, "--type", "untenable", "--expression", "DEV*URB", "--observed")
    assert code == 0 and out.strip() == "untenable rows: 25, 26, 27, 28, 29, 30, 31, 32"
    code, out, _ = run(capsys, "find-rows", LF, *TT, "--type", "untenable", "--expression", "~DEV*IND", "--json")
    assert code == 0 and json.loads(out)["observed_rows_inside"] == []


@pytest.mark.parametrize("given", [["LIT,STB"], ["LIT", "STB"], ["LIT, STB"]])
def test_esa_takes_several_necessary_conditions_as_the_api_does(capsys, tt, given):
    """esa(tt, nec_cond=['LIT', 'STB']) takes several necessary conditions, but the CLI's --nec-cond took one
    expression: 'LIT,STB' said "unknown condition 'LIT,STB'", and the flag given twice silently kept the last.
    Both forms now block the rows outside any of them, as the API does."""
    from analysis.qca import esa_rows

    flags = [a for g in given for a in ("--nec-cond", g)]
    code, out, err = run(capsys, "esa", LF, *TT, *flags, "--json")
    assert code == 0, err
    d = json.loads(out)
    assert d["blocked_rows"] == esa_rows(tt, ["LIT", "STB"])
    assert d["blocked_rows"]["necessity"] != esa_rows(tt, "STB")["necessity"]
    sol = minimize(esa(tt, ["LIT", "STB"]), "?")
    assert [m["terms"] for m in d["models"]] == [list(m.terms) for m in sol.models]


@pytest.mark.parametrize("given, said", [
    (["LIT,STBB"], "error: --nec-cond 'STBB': unknown condition 'STBB' in term 'STBB'; did you mean 'STB'?"),
    (["LIT", "SURV"], "error: --nec-cond 'SURV' names 'SURV', the truth table's outcome"),
    (["LIT,"], "error: --nec-cond 'LIT,': necessary condition 2 of 2 is empty; write several as 'LIT,STB' "
               "(each necessary) or repeat the flag"),
])
def test_esa_names_the_bad_one_of_several_necessary_conditions(capsys, given, said):
    flags = [a for g in given for a in ("--nec-cond", g)]
    code, out, err = run(capsys, "esa", LF, *TT, *flags)
    assert code == 2 and out == "" and err.startswith(said) and err.count("\n") == 1, err


def test_esa_help_says_how_to_give_several_necessary_conditions(capsys):
    with pytest.raises(SystemExit):
        main(["esa", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "several, each necessary: 'LIT,STB' or the flag repeated" in text


@pytest.mark.parametrize("flags, said", [
    (["--nec-cond", "LIT", "--nec-cond", "STB"],
     "error: cases --nec-cond takes one necessary condition (the cases of one set), got 2: 'LIT', 'STB'; run cases "
     "once for each (esa takes several)\n"),
    (["--nec-cond", "LIT,STB"],
     "error: cases --nec-cond takes one necessary condition (the cases of one set), got 2: 'LIT', 'STB'; run cases "
     "once for each (esa takes several)\n"),
])
def test_cases_with_several_necessary_conditions_is_refused_not_the_last_kept(capsys, flags, said):
    """esa --nec-cond takes several necessary conditions; cases --nec-cond LIT --nec-cond STB silently gave the
    cases of STB alone (the flag given twice kept the last), and 'LIT,STB' said "unknown condition(s) 'LIT,STB'"."""
    code, out, err = run(capsys, "cases", LF, "--outcome", "SURV", *flags)
    assert (code, out, err) == (2, "", said)
    code, out, err = run(capsys, "cases", LF, "--outcome", "SURV", "--nec-cond", "LIT", "--json")
    assert code == 0 and err == ""
    said = json.loads(out)
    assert {k: said[k] for k in ("kind", "outcome", "nec_cond", "type")} == {
        "kind": "necessity", "outcome": "SURV", "nec_cond": "LIT", "type": "typical"}
    from analysis.qca import necessity_cases

    api = necessity_cases(pd.read_csv(LF, dtype={"case": str}), "SURV", "LIT", "typical", case_column="case")
    assert [r["case"] for r in said["cases"]] == list(api["case"]) and len(api)


def test_esa_necessary_conditions_written_with_blanks_are_shown_the_comma_form(capsys):
    """esa --nec-cond LIT STB (unquoted, blanks between) said only 'unrecognized arguments: STB'."""
    code, out, err = run(capsys, "esa", LF, *TT, "--nec-cond", "LIT", "STB")
    assert code == 2 and err == ("error: unrecognized arguments: STB; --nec-cond takes one value: write --nec-cond "
                                 "LIT,STB (commas between the items, no blanks)\n"), err
    code, out, err = run(capsys, "cases", LF, "--outcome", "SURV", "--nec-cond", "LIT", "STB")
    assert code == 2 and err == "error: unrecognized arguments: STB\n"      # cases takes one: no comma form shown


def test_untenable_combinations_written_with_blanks_are_shown_the_form_taken(capsys):
    """esa --untenable ~DEV*IND DEV*~URB (unquoted) was told to write --untenable ~DEV*IND,DEV*~URB, a form --untenable
    refuses (its combinations are joined by ' + '); the hint now gives the form taken, which is accepted."""
    code, out, err = run(capsys, "esa", LF, *TT, "--untenable", "~DEV*IND", "DEV*~URB")
    assert code == 2 and err == ("error: unrecognized arguments: DEV*~URB; --untenable takes one expression: write "
                                 "--untenable '~DEV*IND + DEV*~URB' (its combinations joined by ' + ', quoted)\n"), err
    code, out, err = run(capsys, "esa", LF, *TT, "--untenable", "~DEV*IND + DEV*~URB", "--json")
    assert code == 0, err


def test_robustness_json_ranges_say_the_step_and_runs_they_searched(capsys, tmp_path):
    """A range's JSON row gave its bounds ('lower': 0.7, or null with 'no change in range') but not the step or
    max_runs it was searched with, which say what a bound is exact to and how far 'no change' reaches: two spec
    files of different steps gave rows alike. Each row now carries its range's step and max_runs."""
    (tmp_path / "r.yaml").write_text("outcome: SURV\nconditions: [DEV, URB, LIT, IND, STB]\nincl_cut: 0.8\nranges:\n"
                                     "  - {parameter: incl_cut, step: 0.05, max_runs: 3}\n"
                                     "  - {parameter: n_cut, step: 1}\n", encoding="utf-8")
    code, out, err = run(capsys, "robustness", LF, "--spec", str(tmp_path / "r.yaml"), "--json")
    assert code == 0, err
    got = [(r["parameter"], r["step"], r["max_runs"]) for r in json.loads(out)["ranges"]]
    assert got == [("incl_cut", 0.05, 3), ("n_cut", 1, 10)], got
    code, text, err = run(capsys, "robustness", LF, "--spec", str(tmp_path / "r.yaml"))
    assert code == 0 and "max_runs" not in text.split("Threshold ranges")[1].splitlines()[1], text   # JSON only


def test_a_tests_whole_float_n_cut_is_shown_as_the_cases_it_means(capsys, tmp_path):
    """A spec file's test {n_cut: 2.0} (YAML writes what a spreadsheet exported) ran with 2 cases, but its settings
    said 'n_cut=2.0' in the table and the JSON, where the initial specification's n_cut is 1."""
    (tmp_path / "s.yaml").write_text("outcome: SURV\nconditions: [DEV, URB, LIT, IND, STB]\nincl_cut: 0.8\n"
                                     "include: '?'\ntests:\n  - {label: n 2, n_cut: 2.0}\n", encoding="utf-8")
    code, out, err = run(capsys, "robustness", LF, "--spec", str(tmp_path / "s.yaml"), "--json")
    assert code == 0, err
    spec = next(s for s in json.loads(out)["protocol"]["specifications"] if s["label"] == "n 2")
    assert spec["settings"] == "n_cut=2", spec


def test_notes_are_wrapped_to_80_columns_at_a_terminal_and_one_line_each_in_a_file(capsys, monkeypatch, tmp_path):
    """A 'note:' line on stderr ran to 130 columns (--drop-missing's cases dropped) and a terminal broke it
    mid-word. At a terminal a note is now wrapped at its blanks, its continuation indented; written to a file or a
    pipe (a script's grep, the workshop's Chinese lines, this capture) each note stays one line."""
    import io
    import sys

    lf = pd.read_csv(LF, dtype=str, keep_default_na=False)
    lf.loc[lf["case"] == "AU", "DEV"] = ""
    data = tmp_path / "gap.csv"
    lf.to_csv(data, index=False, encoding="utf-8")
    argv = ["truth-table", str(data), *TT, "--drop-missing"]
    code, out, err = run(capsys, *argv)
    note = [line for line in err.splitlines() if line.startswith("note: dropped 1 of 18 cases")]
    assert code == 0 and len(note) == 1 and len(note[0]) > 80, err   # not a terminal: one line

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(argv) == 0
    lines = terminal.getvalue().splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("note: dropped"))
    wrapped = [lines[first]] + [line for line in lines[first + 1:first + 4] if line.startswith("      ")]
    assert len(wrapped) > 1 and max(map(len, wrapped)) <= 80, lines
    assert " ".join(" ".join(wrapped).split()) == note[0]   # the same words, broken at blanks only

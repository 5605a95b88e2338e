"""What a stranger's pass over the engine's API found (round 7), each checked here: a bad setting inside a
robustness test is an error naming the test (never a test "without solution" that counts as changing the
result), raw values are checked, thresholds of a range take every form calibrate() takes, yes/no arguments
refuse text, and a solution '1' (every case) can be charted and evaluated. The CLI side is in the bad-input
catalogue (tests/bad_inputs/catalogue.py, origin 'review')."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import (QCAInputError, find_rows, minimize, pof, super_subset,
                          theory_evaluation, truth_table)
from analysis.qca.diagnostics import cluster_diagnostics
from analysis.qca.expressions import expression_membership, parse_term
from analysis.qca.protocol import robustness_protocol, threshold_range
from analysis.qca.read import read_data
from setmethods_reference import dataset

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]


def lf():
    return dataset("LF")


@pytest.mark.parametrize("bad, message", [
    ({"label": "typo", "incl_cut": "0.7x"}, "test 'typo': incl_cut must be numbers in [0, 1], got '0.7x'"),
    ({"label": "neg", "pri_cut": -3}, "test 'neg': pri_cut"),
    ({"label": "n0", "n_cut": 0}, "test 'n0': n_cut must be at least 1"),
    ({"label": "all", "keep_cases": []}, "test 'all' leaves no case to analyse"),
])
def test_a_bad_test_is_an_error_naming_it(bad, message):
    with pytest.raises(QCAInputError) as exc:
        robustness_protocol(lf(), "SURV", CONDS, [{"label": "n 2", "n_cut": 2}, bad], incl_cut=0.8,
                            case_column="case")
    assert message in str(exc.value)


def test_a_test_without_solution_is_not_left_out():
    """A test with no solution makes the robust core empty; leaving it out reported perfect robustness (RF_cov 1) on
    a test set whose 0.95 test has no solution at all. It is counted as the empty solution (RF_cov 0), or, with
    no_solution='refuse', an error (test_qca_protocol.py: test_a_test_without_sufficient_configuration_...)."""
    tests = [{"label": "incl 0.95", "incl_cut": 0.95}, {"label": "incl 0.75", "incl_cut": 0.75}]
    assert robustness_protocol(lf(), "SURV", CONDS, tests, incl_cut=0.8, case_column="case").fit["RF_cov"] == 0
    with pytest.raises(QCAInputError, match=r"test without solution: 'incl 0.95' \(no positive row.*not robust"):
        robustness_protocol(lf(), "SURV", CONDS, tests, incl_cut=0.8, case_column="case", no_solution="refuse")


def test_a_typo_in_include_is_not_a_missing_solution():
    with pytest.raises(QCAInputError, match="include") as exc:
        robustness_protocol(lf(), "SURV", CONDS, [{"label": "n 2", "n_cut": 2}], incl_cut=0.8, include="??x",
                            case_column="case")
    assert "no solution" not in str(exc.value)


def test_raw_values_are_checked_and_named():
    raw = dataset("LR").astype(object)
    raw.loc[raw["case"] == "FR", "DEV"] = np.nan
    test = {"label": "DEV c=600", "calibrate": {"DEV": {"thresholds": "e=350, c=600, i=900"}}}
    with pytest.raises(QCAInputError, match=r"test 'DEV c=600': raw column 'DEV' has a missing .* case\(s\) 'FR'"):
        robustness_protocol(lf(), "SURV", CONDS, [test], incl_cut=0.8, case_column="case", raw=raw)
    with pytest.raises(QCAInputError, match=r"calibration range of 'DEV': raw column 'DEV' .* 'FR'"):
        threshold_range(lf(), "SURV", CONDS, "calibration", 25, 2, incl_cut=0.8, case_column="case", raw=raw,
                        calibrate_set="DEV", thresholds="e=350, c=550, i=850")


def test_raw_values_are_read_as_a_data_file_reads_them():
    """A raw cell is read as in a data file (data._numeric): a number with no-break spaces around it (Excel, the
    web) is that number, not 'non-numeric'; an NA marker is missing."""
    test = {"label": "DEV c=600", "calibrate": {"DEV": {"thresholds": "e=350, c=600, i=900"}}}
    clean = dataset("LR")
    spaced = clean.astype(object)
    fr = spaced["case"] == "FR"
    spaced.loc[fr, "DEV"] = "\u00a0" + str(clean.loc[fr, "DEV"].iloc[0]) + " "
    run = lambda raw: robustness_protocol(lf(), "SURV", CONDS, [test], incl_cut=0.8, case_column="case", raw=raw)
    assert run(spaced).to_dict() == run(clean).to_dict()
    spaced.loc[fr, "DEV"] = "NA"
    with pytest.raises(QCAInputError, match=r"raw column 'DEV' has a missing or non-numeric value for case\(s\) 'FR'"):
        run(spaced)


def test_range_thresholds_in_every_form_calibrate_takes():
    def run(th):
        return threshold_range(lf(), "SURV", CONDS, "calibration", 25, 3, incl_cut=0.8, case_column="case",
                               raw=dataset("LR"), calibrate_set="DEV", thresholds=th)
    ref = run({"e": 350, "c": 550, "i": 850})
    for th in ("e=350, c=550, i=850", [350, 550, 850], "350, 550, 850"):
        assert run(th).equals(ref), th
    with pytest.raises(QCAInputError, match="3 thresholds"):
        run([350, 550])
    with pytest.raises(QCAInputError, match="not a condition"):
        threshold_range(lf(), "SURV", CONDS, "calibration", 25, 3, incl_cut=0.8, case_column="case",
                        raw=dataset("LR"), calibrate_set="GDP", thresholds=[350, 550, 850])


def test_sweeps_refuse_zero_workers():
    with pytest.raises(QCAInputError, match="n_jobs must be None or a whole number other than 0"):
        robustness_protocol(lf(), "SURV", CONDS, [{"label": "n 2", "n_cut": 2}], incl_cut=0.8, case_column="case",
                            n_jobs=0)


@pytest.mark.parametrize("call", [
    lambda tt: truth_table(lf(), "SURV", CONDS, case_column="case", show_cases="no"),
    lambda tt: minimize(tt, include="?", allow_partial="yes"),
    lambda tt: minimize(tt, include="?", pi_bound=0),
    lambda tt: pof("DEV", lf(), "SURV", case_column="case", haesebrouck_consistency="no"),
    lambda tt: theory_evaluation("DEV", minimize(tt, include="?"), haesebrouck_consistency="no"),
    lambda tt: find_rows(tt, "untenable", "~DEV*IND", observed="no"),
], ids=["show_cases", "allow_partial", "pi_bound", "pof", "theory", "observed"])
def test_yes_no_arguments_refuse_anything_else(call):
    tt = truth_table(lf(), "SURV", CONDS, incl_cut=0.8, case_column="case")
    with pytest.raises(QCAInputError, match="must be True or False"):
        call(tt)


def test_relation_names_are_the_same_everywhere():
    a = super_subset(lf(), "SURV", CONDS, relation="nec", case_column="case", incl_cut=0.9)
    b = super_subset(lf(), "SURV", CONDS, relation="necessity", case_column="case", incl_cut=0.9)
    assert a.table.equals(b.table)
    with pytest.raises(QCAInputError, match="relation must be 'sufficiency' or 'necessity'"):
        super_subset(lf(), "SURV", CONDS, relation="suff", case_column="case")


def test_the_empty_term_one():
    """'1' is how a solution with no literal prints; it reads back as every case (unless a set is named '1')."""
    data = lf().set_index("case")[CONDS]
    assert parse_term("1", CONDS) == {}
    assert (expression_membership(data, "1") == 1).all()
    assert parse_term("1", ["1", "A"]) == {"1": 1}
    # minimize() never returns it: without a negative row it refuses, as R does (test_qca_minimize)
    small = pd.DataFrame({"A": [0, 0, 1, 1, 1], "B": [0, 1, 0, 0, 1], "Y": [1, 1, 1, 0, 1]})
    with pytest.raises(QCAInputError, match="tautology"):
        minimize(truth_table(small, "Y", incl_cut=0.4), include="?")


@pytest.mark.filterwarnings("ignore:.*the first column has no header")
def test_cluster_ids_are_checked():
    df, _ = read_data(ROOT / "data/reference/r-setmethods/LF_panel.csv")  # as the CLI reads it
    with pytest.raises(QCAInputError, match="unit='CASE' and cluster='CASE' are one column of the data"):
        cluster_diagnostics(df, "DEV", "SURV", unit="CASE", cluster="CASE")
    df.loc[3, "WAVE"] = ""
    with pytest.raises(QCAInputError, match="'WAVE' .* missing for row"):
        cluster_diagnostics(df, "DEV", "SURV", unit="CASE", cluster="WAVE")


def test_cli_numbers_unnamed_cases_from_one(tmp_path, monkeypatch, capsys):
    """Without a case column the CLI numbers cases 1, 2, ... in file order, as R numbers rows (was 0, 1, ...)."""
    from analysis.qca.cli import main

    path = tmp_path / "nocase.csv"
    path.write_text("A,B,Y\n1,0,1\n0,1,0\n1,1,1\n", encoding="utf-8")
    assert main(["truth-table", str(path), "--outcome", "Y", "--json"]) == 0
    import json
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert sorted(c for r in rows for c in r["cases"]) == ["1", "2", "3"]


def test_printed_tables_align_chinese_names():
    """Set names in Chinese take two terminal columns each; the truth table pads by display width
    (analysis.qca.display), so each right-aligned column ends at the same screen column in every row."""
    import re

    from analysis.qca.display import width

    def ends(line):  # screen column where each token ends
        return [width(line[:m.end()]) for m in re.finditer(r"\S+", line)]

    data = pd.DataFrame({"城市规模": [1, 0, 1, 0], "经济发展": [0, 1, 1, 0], "结果": [1, 0, 1, 0]},
                        index=["k1", "k2", "k3", "k4"])
    head, *rows = str(truth_table(data, "结果")).splitlines()[5:]
    assert width("城市规模") == 8 and rows
    for r in rows:   # header: conditions, OUT, n, incl, PRI (then cases, left-aligned); rows start with the row number
        assert ends(r)[1:7] == ends(head)[:6], (head, r)


def test_cli_data_errors_name_the_file(monkeypatch, capsys):
    """A wrong value in the data (QCADataError: non-numeric, missing, out of range) names the file on the command
    line; other errors (a misspelt outcome) do not pretend to be about the file's values."""
    from analysis.qca.cli import main

    monkeypatch.chdir(ROOT)
    bad = "tests/bad_inputs/spss_text_labels.csv"
    assert main(["truth-table", bad, "--outcome", "SURV"]) == 2
    assert capsys.readouterr().err.startswith(f"error: {bad}: non-numeric values in column(s) 'URB'")
    assert main(["truth-table", "data/reference/datasets/LF.csv", "--outcome", "SURVX"]) == 2
    assert capsys.readouterr().err.startswith("error: --outcome 'SURVX' is not a column of "
                                              "data/reference/datasets/LF.csv; did you mean 'SURV'? (columns:")


def test_a_misspelt_name_gets_the_column_it_is_near():
    """A transposed, doubled or extended name listed the columns but named none of them (a learner's 'LTI' for
    'LIT', 'SURVIVAL' for 'SURV'); the columns one edit away (two from 7 characters), or one that starts the name or
    is started by it, are now suggested; nothing for short names, far names or more than three near ones."""
    from analysis.qca import pof
    from analysis.qca.data_hints import _misspelt_hint
    from setmethods_reference import dataset

    lf = dataset("LF").set_index("case")
    with pytest.raises(QCAInputError, match=r"unknown condition: 'LTI'; did you mean 'LIT'\? \(columns:"):
        truth_table(lf, "SURV", ["DEV", "URB", "LTI", "IND", "STB"])
    with pytest.raises(QCAInputError, match=r"outcome 'SURVIVAL' is not a column of the data; did you mean 'SURV'\?"):
        truth_table(lf, "SURVIVAL", ["DEV", "URB"])
    with pytest.raises(QCAInputError, match=r"unknown condition 'DEVV'; did you mean 'DEV'\?"):
        pof("DEVV*URB", lf, "SURV")
    cols = ["DEV", "URB", "LIT", "IND", "STB", "C1", "C2", "C3", "C4"]
    assert _misspelt_hint("C5", cols) == ""                      # short: one edit reaches every C
    assert _misspelt_hint("XYZW", cols) == ""                    # nothing near
    assert _misspelt_hint("ABCD", ["ABCE", "ABCF", "ABCG", "ABCH"]) == ""   # four as near: no guess
    assert _misspelt_hint("ABCD", ["ABCE", "ABXD"]) == "; did you mean 'ABCE' or 'ABXD'?"
    assert _misspelt_hint("URBANISM", cols) == "; did you mean 'URB'?"


def test_ranges_compare_the_solution_the_protocol_uses():
    """With directional expectations a range compares the intermediate models (SetMethods' ranges pass dir.exp
    to minimize): n_cut = 1 adds B*C to the intermediate solution, which the parsimonious one does not show,
    so the range must stop there, as the protocol's n_cut test says."""
    rows = [(1, 1, 1, 1)] * 2 + [(1, 1, 0, 1)] * 2 + [(0, 1, 1, 1)] + [(0, 0, 0, 0)] * 2 + [(0, 0, 1, 0)] * 2 \
        + [(1, 0, 0, 0)] * 2
    df = pd.DataFrame(rows, columns=["A", "B", "C", "Y"])
    args = dict(n_cut=2, include="?")
    pars = threshold_range(df, "Y", ["A", "B", "C"], "n_cut", 1, 2, **args).iloc[0]
    inter = threshold_range(df, "Y", ["A", "B", "C"], "n_cut", 1, 2, dir_exp="1,1,1", **args).iloc[0]
    assert (pars["lower"], inter["lower"]) == (1, 2) and inter["lower_reason"] == "solution changed"
    prot = robustness_protocol(df, "Y", ["A", "B", "C"], [{"label": "n 1", "n_cut": 1}], dir_exp="1,1,1", **args)
    assert not prot.specifications.set_index("label").loc["n 1", "same_solution"]
    with pytest.raises(QCAInputError, match="directional expectation"):
        threshold_range(df, "Y", ["A", "B", "C"], "n_cut", 1, 2, dir_exp="1,1", **args)


def test_intermediate_json_keys_simplifying_assumptions_by_parsimonious_model():
    """The top-level simplifying assumptions of an intermediate solution are the parsimonious solution's (as R):
    keyed by its models, never null for listed ones; two intermediate models both named M1 (from different
    pairs) no longer collapse into one key."""
    lm = pd.read_csv(ROOT / "data/reference/datasets/LM.csv", index_col=0)
    s = minimize(truth_table(lm, "SURV", ["DEV", "URB", "LIT", "IND", "STB"]), "?",
                 dir_exp="DEV=2,URB=1,LIT=1,IND=1,STB=1")
    d = s.to_dict()
    assert [m["name"] for m in d["models"]] == ["M1", "M1"] and [m["pair"] for m in d["models"]] == ["C1P1", "C1P2"]
    assert list(d["simplifying_assumptions"]) == [m.name for m in s.parsimonious.models] == ["M1", "M2", "M3"]
    assert all(v is not None for v in d["simplifying_assumptions"].values())
    assert any("parsimonious solution's" in n for n in d["notes"])


def test_multivalue_expectation_makes_only_the_expected_level_easy():
    """Under DEV=2 a remainder with DEV=0 is a difficult counterfactual (it assumes the outcome at a level the
    expectation says does not contribute); R drops the condition instead, by our reading of its source (the
    documented difference in analysis/qca/minimize.py)."""
    lm = pd.read_csv(ROOT / "data/reference/datasets/LM.csv", index_col=0)
    s = minimize(truth_table(lm, "SURV", ["DEV", "URB", "LIT", "IND", "STB"]), "?",
                 dir_exp="DEV=2,URB=1,LIT=1,IND=1,STB=1")
    pair = s.intermediate["C1P2"]
    assert list(pair.easy_counterfactuals.index) == [30]
    assert 16 in pair.difficult_counterfactuals.index and pair.difficult_counterfactuals.loc[16, "DEV"] == 0


def test_pof_cases_robustness_tables_align_chinese_names(tmp_path, monkeypatch, capsys):
    """pof, cases and robustness pad by display width too (analysis.qca.display: `frame` for data frames, the fit
    table of pof and necessity): right-aligned columns end at the same screen column in the header and every row
    (they were padded by len(), two screen columns short per Chinese character)."""
    import re

    from analysis.qca.cli import main
    from analysis.qca.display import width

    def ends(line):
        return [width(line[:m.end()]) for m in re.finditer(r"\S+", line)]

    names = {"DEV": "经济发展", "URB": "城市化", "LIT": "识字率", "IND": "工业化", "STB": "政治稳定", "SURV": "民主存续"}
    lf = pd.read_csv(ROOT / "data/reference/datasets/LF.csv").rename(columns=names)
    lf["case"] = ["城市" + c for c in lf["case"]]
    path = tmp_path / "lf_zh.csv"
    lf.to_csv(path, index=False)
    spec = tmp_path / "sweeps.yaml"
    spec.write_text("outcome: 民主存续\nincl_cut: 0.8\ninclude: '?'\ntests:\n  - {label: 一致性 0.75, incl_cut: 0.75}\n"
                    f"  - {{label: 去掉{lf['case'][0]}, drop_cases: [{lf['case'][0]}]}}\n", encoding="utf-8")
    runs = {"pof": (["pof", str(path), "--outcome", "民主存续", "--expression", "经济发展*识字率 + 工业化*政治稳定"], 2, 4),
            "cases": (["cases", str(path), "--outcome", "民主存续", "--incl-cut", "0.8"], 1, 5),   # after its heading
            "robustness": (["robustness", str(path), "--spec", str(spec)], 2, 2)}
    for command, (argv, skip, right) in runs.items():
        assert main(argv) == 0, command
        lines = capsys.readouterr().out.splitlines()[skip:]
        if command == "robustness":   # the specifications in blocks of 80 columns: the one of right-aligned flags
            lines = lines[next(i for i, line in enumerate(lines)
                               if line.startswith("label") and "same_solution" in line):]
        while lines and lines[0].startswith("  ") and lines[0].endswith(":"):   # a heading's further line
            lines = lines[1:]
        head = next(i for i, line in enumerate(lines) if line.strip())
        table = []
        for line in lines[head:]:
            if not line.strip():
                break
            if not line.startswith("-"):
                table.append(line)
        assert len(table) > 2 and any(width(t) > len(t) for t in table[1:]), (command, table)
        for row in table[1:]:
            assert ends(row)[-right:] == ends(table[0])[-right:], (command, table[0], row)


def test_csv_the_reader_cannot_read_is_one_error_line(tmp_path, capsys):
    """A cell longer than the csv module's limit (a quote never closed) ended the CLI with a traceback (_csv.Error,
    exit status 1), as a carriage return inside a line did (catalogue row cr-inside-line): now one error line naming
    the file, the line and the usual cause."""
    from analysis.qca.cli import main

    bad = tmp_path / "unclosed_quote.csv"
    bad.write_text('case,A,Y\nx,"' + "a" * 140_000 + ",0\ny,0,1\n", encoding="utf-8")
    assert main(["truth-table", str(bad), "--outcome", "Y"]) == 2
    err = capsys.readouterr().err
    assert err == (f"error: {bad}: line 2, character 3 (column 2, 'A'): a quote (\") opens a cell and is never closed: "
                   "the cell runs past the 131,072 characters a cell may hold; close the quote, or remove it\n")

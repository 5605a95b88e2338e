"""Messages and records a researcher meets (round 38): each case named with its own out-of-range membership, every
unknown name of an expression in one line, a sweep's skew bounds recorded and an empty skew_bounds key refused, and
the cases command naming the solution it read."""
from __future__ import annotations

import pytest
from _cli import run


def test_each_case_with_a_membership_outside_0_1_is_named_with_its_own_value(capsys, tmp_path):
    """"has membership(s) outside [0, 1] (e.g. 1.7) for case(s) 'a', 'b'" said 1.7 of case b, which holds 2.5: each
    case now comes with its own membership, as the non-numeric cell message names them."""
    path = tmp_path / "over.csv"
    path.write_text("case,A,B,Y\na,1.7,0.2,0.8\nb,2.5,0.1,0.3\nc,0.1,0.8,0.2\nd,0.2,0.3,0.1\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and not out and len(err.splitlines()) == 1, err
    assert "condition 'A' has membership(s) outside [0, 1] for case(s) 'a': 1.7, 'b': 2.5; fuzzy memberships" in err


def test_each_case_above_1_beside_a_negative_value_is_named_with_its_own_value(capsys, tmp_path):
    path = tmp_path / "neg.csv"
    path.write_text("case,A,B,Y\na,1.7,0.2,0.8\nb,2.5,0.1,0.3\nc,-0.1,0.8,0.2\nd,0.2,0.3,0.1\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and not out and len(err.splitlines()) == 1, err
    assert ("condition 'A' has negative value(s) for case(s) 'c': -0.1, and membership(s) above 1 for case(s) "
            "'a': 1.7, 'b': 2.5; allowed are") in err, err


def test_the_workshop_translates_both_range_messages_with_each_cases_value():
    import pandas as pd

    from analysis.qca import QCAInputError, truth_table
    from analysis.workshop import engine_error_zh

    data = pd.DataFrame({"A": [1.7, 2.5, -0.1, 0.2], "B": [0.2, 0.1, 0.8, 0.3], "Y": [0.8, 0.3, 0.2, 0.1]},
                        index=list("abcd"))
    with pytest.raises(QCAInputError) as both:
        truth_table(data, "Y")
    assert engine_error_zh(both.value) == ("条件 'A' 在案例 'c'（-0.1）中有负值，在案例 'a'（1.7）, 'b'（2.5）中隶属度大于 1：只允许 0 到 1 "
                                           "之间的隶属度或多值条件的取值 0, 1, 2, ...")
    with pytest.raises(QCAInputError) as over:
        truth_table(data.assign(A=[1.7, 2.5, 0.1, 0.2]), "Y")
    assert engine_error_zh(over.value) == ("条件 'A' 的隶属度超出 [0, 1]，案例 'a'（1.7）, 'b'（2.5）：模糊集隶属度必须在 0 到 1 之间"
                                           "（请先校准原始数据）")


@pytest.fixture(scope="module")
def three_conditions():
    import warnings

    import pandas as pd

    from analysis.paths import ROOT
    from analysis.qca import minimize, truth_table

    lf = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv").set_index("case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(lf, "SURV", ["DEV", "URB", "IND"], incl_cut=0.7)
        return tt, minimize(tt, include="?")


def test_every_unknown_name_of_a_term_is_named_in_one_line(three_conditions):
    """'LIT*STB' with neither a condition named LIT only: STB came up after LIT was added. Every unknown name of
    the term is now named, each left-out column said as one."""
    from analysis.qca import QCAInputError, theory_evaluation

    with pytest.raises(QCAInputError) as err:
        theory_evaluation("LIT*STB", three_conditions[1])
    assert str(err.value) == (
        "theory 'LIT*STB': unknown conditions 'LIT', 'STB' in term 'LIT*STB' (conditions: 'DEV', 'URB', 'IND'); 'LIT', "
        "'STB' are columns of the data not among the conditions: to use them, include them in conditions='DEV, URB, "
        "IND, LIT, STB' (CLI: --conditions DEV,URB,IND,LIT,STB); that builds another truth table, whose solution may "
        "differ from the one evaluated here; or read them from the data for this solution: theory_evaluation(..., "
        "data=DATA)"), err.value


def test_every_unknown_name_of_an_expression_is_named_with_its_own_hint(three_conditions):
    """Unknown names in two terms, one a typo and one a left-out column: both named in one line, the typo with its
    'did you mean', the column with the conditions that include it."""
    from analysis.qca import QCAInputError, find_rows

    with pytest.raises(QCAInputError) as err:
        find_rows(three_conditions[0], expression="LIT*DEV + URB*dev")
    assert str(err.value) == (
        "unknown conditions 'LIT', 'dev' in expression 'LIT*DEV + URB*dev'; 'dev': did you mean 'DEV'? (names "
        "are case-sensitive; lowercase does not mean absence here: its negation is written '~DEV') (conditions: 'DEV', "
        "'URB', 'IND'); 'LIT' is a column of the data not among the conditions: to use it, include it in conditions='DEV, URB, "
        "IND, LIT' (CLI: --conditions DEV,URB,IND,LIT)"), err.value


def test_one_unknown_name_keeps_its_message_and_a_term_dict_names_every_unknown_name():
    import pandas as pd

    from analysis.qca import QCAInputError, parse_expression, term_membership

    with pytest.raises(QCAInputError) as one:
        parse_expression("LTI*URB + DEV", ["DEV", "URB", "LIT"])
    assert str(one.value) == ("unknown condition 'LTI' in term 'LTI*URB '; did you mean 'LIT'? (conditions: 'DEV', 'URB', "
                              "'LIT')"), one.value
    data = pd.DataFrame({"A": [0.2, 0.8], "B": [0.6, 0.1]})
    with pytest.raises(QCAInputError) as both:
        term_membership(data, {"A": 1, "X": 1, "b": 0})
    assert str(both.value) == ("unknown conditions 'X', 'b'; 'b': did you mean 'B'? (names are case-sensitive; "
                               "lowercase does not mean absence here: its negation is written '~B') (columns: A, B)"), \
        both.value


def test_the_workshop_translates_several_unknown_names_of_a_term(three_conditions):
    from analysis.qca import QCAInputError, find_rows
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as err:
        find_rows(three_conditions[0], expression="LIT*STB")
    assert engine_error_zh(err.value).startswith("项 'LIT*STB' 中的 'LIT', 'STB' 不是条件之一"), engine_error_zh(err.value)


def test_the_left_out_hint_reads_the_names_not_the_expression_they_are_in():
    from analysis.qca.data import left_out_hint

    said = "unknown conditions 'X', 'Y' in expression 'X + Y' (conditions: 'A')"
    assert left_out_hint(said, ["A"], ["X", "X + Y"]) == (
        "; 'X' is a column of the data not among the conditions: to use it, include it in conditions='A, X' (CLI: "
        "--conditions A,X)")


def _skewed():
    import pandas as pd

    # A: 9 of 10 cases above 0.5 (skewed); B: 5 of 10; Y: 6 of 10
    return pd.DataFrame({"A": [0.9, 0.8, 0.7, 0.9, 0.6, 0.8, 0.9, 0.7, 0.6, 0.2],
                         "B": [0.9, 0.1, 0.8, 0.2, 0.7, 0.3, 0.9, 0.1, 0.6, 0.4],
                         "Y": [0.9, 0.2, 0.8, 0.6, 0.7, 0.3, 0.9, 0.6, 0.7, 0.1]},
                        index=[f"c{i}" for i in range(10)]).rename_axis("case")


@pytest.mark.parametrize("bounds, said", [((0.2, 0.8), "(0.2, 0.8)"), ((0.05, 0.95), "(0.05, 0.95)"), (None, "None")])
def test_a_range_and_a_sweep_record_the_skew_bounds_they_ran_with(bounds, said):
    """threshold_range's held_fixed named the other cut-offs, include, dir_exp and exclude, but not the skew bounds
    every step's truth table was built with (the protocol's `initial` records them): a saved ranges table from a run
    without the skew check read as one whose sets were not skewed. held_fixed now says them, as do the frames of
    the sensitivity sweeps."""
    import warnings

    from analysis.qca import threshold_range
    from analysis.qca.robustness import sensitivity_incl_cut

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ranges = threshold_range(_skewed(), "Y", ["A", "B"], "incl_cut", 0.05, 2, incl_cut=0.8, skew_bounds=bounds)
        sweep = sensitivity_incl_cut(_skewed(), "Y", ["A", "B"], cuts=[0.8], include="?", skew_bounds=bounds)
    assert ranges["held_fixed"].tolist() == [f"n_cut=1; pri_cut=0; skew_bounds={said}; include='?'; dir_exp=None"]
    assert sweep["held_fixed"].tolist() == [f"n_cut=1; pri_cut=0; skew_bounds={said}; include='?'; dir_exp=None"]


SWEEP = ("outcome: Y\nconditions: [A, B]\nincl_cut: 0.8\n{bounds}tests:\n  - {{label: incl 0.7, incl_cut: 0.7}}\n"
         "ranges:\n  - {{parameter: incl_cut, step: 0.05, max_runs: 2}}\n")


def test_a_sweep_files_ranges_print_and_give_their_skew_bounds(tmp_path, capsys):
    import json

    spec, data = tmp_path / "s.yaml", tmp_path / "d.csv"
    _skewed().to_csv(data)
    spec.write_text(SWEEP.format(bounds="skew_bounds: [0.05, 0.95]\n"), encoding="utf-8")
    code, out, err = run(capsys, "robustness", str(data), "--spec", str(spec), "--json")
    assert code == 0, err
    assert json.loads(out)["ranges"][0]["held_fixed"] == ("n_cut=1; pri_cut=0; skew_bounds=(0.05, 0.95); include='?'; "
                                                          "dir_exp=None")
    code, out, err = run(capsys, "robustness", str(data), "--spec", str(spec))
    # held_fixed wrapped within its cell (80 columns): read the words, wherever the lines break
    assert code == 0 and "skew_bounds=(0.05, 0.95)" in " ".join(out.split("Threshold ranges")[1].split()), out


@pytest.mark.parametrize("written", ["skew_bounds:\n", "skew_bounds: null\n", "skew_bounds: ~\n"])
def test_a_sweep_files_empty_skew_bounds_is_refused_not_read_as_no_check(tmp_path, capsys, written):
    """'skew_bounds:' left empty reads as YAML null, which turned the skew check off without a word. A value left
    out is refused, naming the file, the key and what is allowed; 'none' (as --skew-bounds none) turns it off."""
    spec, data = tmp_path / "s.yaml", tmp_path / "d.csv"
    _skewed().to_csv(data)
    spec.write_text(SWEEP.format(bounds=written), encoding="utf-8")
    code, out, err = run(capsys, "robustness", str(data), "--spec", str(spec))
    assert code == 2 and not out, err
    assert err == (f"error: {spec}: 'skew_bounds' has no value (YAML reads 'skew_bounds:' left empty, 'null' or '~' "
                   "as null): write two shares, e.g. 'skew_bounds: [0.2, 0.8]', or 'skew_bounds: none' to turn the "
                   "skew check off (as --skew-bounds none does), or leave the key out (the default, [0.2, 0.8])\n"), err


@pytest.mark.parametrize("written", ["none", "None", "'none'"])
def test_a_sweep_files_skew_bounds_none_turns_the_check_off(tmp_path, capsys, written):
    import json
    import warnings

    from analysis.qca.sweep_spec import run_spec_file

    path = tmp_path / "s.yaml"
    path.write_text(SWEEP.format(bounds=f"skew_bounds: {written}\n"), encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = json.loads(run_spec_file(_skewed(), path, as_json=True))
    assert not [w for w in caught if str(w.message).startswith("skewed ")]
    assert out["protocol"]["initial"]["skew_bounds"] is None
    assert out["ranges"][0]["held_fixed"].endswith("skew_bounds=None; include='?'; dir_exp=None")
    with pytest.raises(Exception) as err:
        run_spec_file(_skewed(), path, skew_bounds=(0.2, 0.8))
    assert str(err.value).endswith(f"but {path} says 'skew_bounds: none'; give the bounds once (the file's key, or the "
                                   "argument / flag)"), err.value


LF = "data/reference/datasets/LF.csv"
LM = "data/reference/datasets/LM.csv"


@pytest.mark.parametrize("argv, kind, model, solution, what", [
    ([LF, "--outcome", "SURV", "--incl-cut", "0.8"], "parsimonious", "M1", "DEV*~IND + URB*STB", {"type": "typical"}),
    ([LF, "--outcome", "SURV", "--incl-cut", "0.8", "--solution", "conservative", "--type", "deviant-coverage"],
     "conservative", "M1", None, {"type": "deviant-coverage"}),
    ([LF, "--outcome", "SURV", "--incl-cut", "0.8", "--dir-exp", "1,1,1,1,1", "--pairs", "typical-irrelevant"],
     "intermediate", "M1", None, {"pairs": "typical-irrelevant"}),
    ([LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "focal-conjuncts", "--term", "2"], "parsimonious", "M1",
     "DEV*~IND + URB*STB", {"type": "focal-conjuncts", "term": "URB*STB"}),
    ([LM, "--outcome", "SURV", "--model", "2"], "parsimonious", "M2", "DEV[1]*IND[0] + IND[1]*STB[1]",
     {"type": "typical"}),
])
def test_cases_json_names_the_solution_and_model_it_read(capsys, argv, kind, model, solution, what):
    """cases --json gave the table(s) alone: which solution (conservative, intermediate, parsimonious) and which
    model they were of was said only by the printed heading, and a saved JSON file could not say it. The JSON is now
    an object naming them as theory's JSON does (kind, outcome, the model and its expression as 'solution'), with
    the tables it gave before under 'cases'."""
    import itertools
    import json

    code, out, err = run(capsys, "cases", *argv, "--json")
    assert code == 0, err
    got = json.loads(out)
    lines = run(capsys, "cases", *argv)[1].splitlines()   # the heading, its further lines indented (80 columns)
    printed = " ".join([lines[0], *(line.strip() for line in itertools.takewhile(lambda x: x.startswith("  "), lines[1:]))])
    assert {k: got[k] for k in ("kind", "outcome", "model")} == {"kind": kind, "outcome": "SURV", "model": model}
    assert printed.rstrip(":").endswith(f"of {model} of the {kind} solution for SURV: {got['solution']}"), printed
    if solution is not None:
        assert got["solution"] == solution
    assert {k: got[k] for k in what} == what
    assert isinstance(got["cases"], list if "type" in what and what["type"] != "focal-conjuncts" else dict)


def test_a_json_sweep_files_null_skew_bounds_is_told_in_json(tmp_path, capsys):
    """A JSON sweep file's "skew_bounds": null is refused as YAML's empty key is, told in the file's own syntax."""
    import json

    spec, data = tmp_path / "s.json", tmp_path / "d.csv"
    _skewed().to_csv(data)
    body = {"outcome": "Y", "conditions": ["A", "B"], "incl_cut": 0.8, "skew_bounds": None,
            "tests": [{"label": "incl 0.7", "incl_cut": 0.7}]}
    spec.write_text(json.dumps(body), encoding="utf-8")
    code, out, err = run(capsys, "robustness", str(data), "--spec", str(spec))
    assert (code, out) == (2, ""), err
    assert err == (f"error: {spec}: 'skew_bounds' is null: write two shares, e.g. \"skew_bounds\": [0.2, 0.8], or "
                   "\"skew_bounds\": \"none\" to turn the skew check off (as --skew-bounds none does), or leave the key "
                   "out (the default, [0.2, 0.8])\n"), err
    spec.write_text(json.dumps({**body, "skew_bounds": "none"}), encoding="utf-8")
    assert run(capsys, "robustness", str(data), "--spec", str(spec), "--json")[0] == 0

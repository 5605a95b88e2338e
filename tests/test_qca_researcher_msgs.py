"""What a researcher met running the engine on their own data (round 36): warnings kept when a command stops with an
error, a theory naming a column left out of --conditions, the non-numeric cell message pairing each case with its
own value, and calibrate --json naming its case column as --out does."""
from __future__ import annotations

import json

import pytest

from analysis.paths import ROOT
from _cli import run


@pytest.fixture
def half(tmp_path):
    path = tmp_path / "half.csv"
    path.write_text("case,A,B,Y\na,0.5,0.2,0.8\nb,0.9,0.1,0.3\nc,0.1,0.8,0.2\nd,0.2,0.3,0.1\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("argv", [
    ["minimize"],
    ["find-rows", "--expression", "A*Q"],
])
def test_warnings_of_the_data_are_printed_before_the_error_that_stops_the_command(capsys, half, argv):
    """minimize on a file with a membership of exactly 0.5 and no positive row printed only the error: the warning
    truth-table gives on the same file was dropped. It now comes first, and the error stays the one last line."""
    code, out, err = run(capsys, argv[0], half, "--outcome", "Y", *argv[1:])
    lines = err.splitlines()
    assert code == 2 and not out, err
    assert sum(line.startswith("error: ") for line in lines) == 1 and lines[-1].startswith("error: "), err
    assert any(line.startswith("warning: condition 'A' has membership exactly 0.5 for case(s) 'a'")
               for line in lines[:-1]), err


def test_each_case_with_a_non_numeric_cell_is_named_with_its_own_value(capsys, tmp_path):
    """"(e.g. 'TRUE' for case(s) 'x', 'y', 'z', 'w')" said TRUE of the cases holding FALSE: each case now comes with
    the value it holds."""
    path = tmp_path / "words.csv"
    path.write_text("case,A,B,Y\nx,TRUE,0.2,0.8\ny,FALSE,0.1,0.3\nz,FALSE,0.8,0.2\nw,TRUE,0.3,0.1\nv,0.4,0.3,0.1\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "minimize", str(path), "--outcome", "Y")
    assert code == 2 and not out and len(err.splitlines()) == 1, err
    assert "non-numeric values in column(s) 'A' (case(s) 'x': 'TRUE', 'y': 'FALSE', 'z': 'FALSE', 'w': 'TRUE');" \
        in err, err


@pytest.mark.parametrize("fmt", [[], ["--json"]])
def test_calibrate_printed_for_a_pipe_names_its_case_column_as_out_does(capsys, tmp_path, fmt):
    """calibrate --out said "case names in column 'country': give the other commands --case-column country";
    printed (CSV or --json, for 'calibrate ... | minimize -') it said nothing, and minimize then refused the text
    column. The same note now comes on standard error; the output itself is unchanged."""
    raw, spec = tmp_path / "raw.csv", tmp_path / "spec.yaml"
    raw.write_text("country,gdp,Y\nA,100,0.8\nB,200,0.2\nC,300,0.9\nD,50,0.1\n", encoding="utf-8")
    spec.write_text("G:\n  source: gdp\n  thresholds: [60, 150, 250]\n", encoding="utf-8")
    argv = ["calibrate", str(raw), "--spec", str(spec), "--case-column", "country", "--keep", "Y"]
    code, out, err = run(capsys, *argv, *fmt)
    note = "case names in column 'country': give the other commands --case-column country"
    assert code == 0 and err == f"warning: {note}\n", err
    assert "country" in (json.loads(out)[0] if fmt else out.splitlines()[0].split(",")), out
    code, wrote, err = run(capsys, *argv, "--out", str(tmp_path / "m.csv"))
    assert code == 0 and f"({note})" in wrote and not err, (wrote, err)
    raw.write_text("case,gdp,Y\nA,100,0.8\nB,200,0.2\nC,300,0.9\nD,50,0.1\n", encoding="utf-8")
    code, out, err = run(capsys, *argv[:4], "--keep", "Y", *fmt)
    assert code == 0 and not err, err   # 'case' the other commands find by themselves: no note


LF = str(ROOT / "data" / "reference" / "datasets" / "LF.csv")


@pytest.mark.parametrize("argv, flag", [
    (["esa", "--conditions", "DEV,URB,IND", "--nec-cond", "LIT"], "--nec-cond"),
    (["esa", "--conditions", "DEV,URB,IND", "--untenable", "LIT*DEV"], "--untenable"),
    (["find-rows", "--conditions", "DEV,URB,IND", "--expression", "LIT*DEV"], "--expression"),
    (["minimize", "--conditions", "DEV,URB,IND", "--incl-cut", "0.7", "--include", "?", "--dir-exp", "DEV=1,LIT=1"],
     "--dir-exp"),
])
def test_a_column_left_out_of_the_conditions_is_named_as_one(capsys, argv, flag):
    """--theory 'DEV*LIT' with --conditions DEV,URB,IND said "unknown condition 'LIT'" as of a mistyped name: LIT is
    a column of the data that --conditions left out, which the message now says, with the --conditions to give."""
    code, out, err = run(capsys, argv[0], LF, "--outcome", "SURV", *argv[1:])
    last = err.splitlines()[-1]
    assert code == 2 and not out and (last.startswith(f"error: {flag} ") or f"error: cannot read {flag} " in last), err
    assert last.endswith(f"; 'LIT' is a column of {LF} not among the conditions: to use it, include it in "
                         "--conditions DEV,URB,IND,LIT"), err   # the API's words, the data file named by the CLI
    # (a theory's LIT is read from the data file: test_qca_setmethods_read_differences.py)


def test_a_name_that_is_no_column_gets_no_left_out_hint(capsys):
    code, out, err = run(capsys, "theory", LF, "--outcome", "SURV", "--conditions", "DEV,URB,IND", "--incl-cut", "0.7",
                         "--theory", "DEV*LTI")
    assert code == 2 and "unknown condition 'LTI'" in err and "not among the conditions" not in err, err


def test_each_case_with_a_number_that_reads_two_ways_is_named_with_its_own_value(capsys, tmp_path):
    """"(e.g. '1.038' for case(s) 'a', 'c')" said '1.038' of case c, which holds '2.100': each case now comes with
    the cell it holds, as the non-numeric cell message names them."""
    raw, spec = tmp_path / "raw.csv", tmp_path / "spec.yaml"
    raw.write_text('case,GDP,LIT,Y\na,"1.038","0,8",1\nb,"586","0,7",0\nc,"2.100","0,9",1\nd,"350","0,2",0\n',
                   encoding="utf-8")
    spec.write_text('GDP: {thresholds: "e=350, c=550, i=850"}\n', encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--keep", "Y")
    assert code == 2 and not out and len(err.splitlines()) == 1, err
    assert "numbers that read two ways in column(s) 'GDP' (case(s) 'a': '1.038', 'c': '2.100'): " in err, err


def _lr_raw():
    import pandas as pd

    return (pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv").set_index("case"),
            pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LR.csv").set_index("case"))


RECALIBRATE = {"label": "TS3", "calibrate": {"DEV": {"thresholds": "e=350, c=600, i=900", "round": 2}}}


def test_each_case_with_a_bad_raw_value_is_named_with_its_own_value():
    """A recalibration's raw column with 'n/a?' for AU and an empty cell for BE said "for case(s) 'AU', 'BE' (e.g.
    'n/a?')"; a raw column of amounts written '1.098', '1.008', '1.038' said "(e.g. '1.098' for case(s) 'BE', 'NL',
    'UK')". Each case now comes with its own value."""
    import numpy as np

    from analysis.qca import robustness_protocol
    from analysis.qca.errors import QCAInputError

    lf, lr = _lr_raw()
    blank = lr.assign(DEV=lr["DEV"].astype(object).where(lr.index != "AU", "n/a?").where(lr.index != "BE", np.nan))
    with pytest.raises(QCAInputError) as err:
        robustness_protocol(lf, "SURV", list(lf.columns[:-1]), [RECALIBRATE], incl_cut=0.8, raw=blank)
    assert ("test 'TS3': raw column 'DEV' has a missing or non-numeric value for case(s) 'AU': 'n/a?', 'BE': nan; "
            "calibration needs a number for every case; to leave the case without one out of this test: drop_cases: "
            "['BE']") == str(err.value), str(err.value)   # the missing value's case only: 'n/a?' may be a typo
    german = lr.assign(DEV=[f"{v:,}".replace(",", ".") for v in lr["DEV"]],
                       URB=[f"{v:g}".replace(".", ",") for v in lr["URB"]])
    with pytest.raises(QCAInputError) as err:
        robustness_protocol(lf, "SURV", list(lf.columns[:-1]), [RECALIBRATE], incl_cut=0.8, raw=german)
    assert str(err.value).startswith("test 'TS3': raw column 'DEV' (cases 'BE': '1.098', 'NL': '1.008', "
                                     "'UK': '1.038'): column 'URB' writes decimals with a comma"), str(err.value)



def test_the_raw_datas_cases_are_said_in_their_number():
    """A recalibration's raw data lacking one case said "test 'TS3': case(s) 'AU' not in the raw data", one whose
    column held that name "column 'case' of the raw data holds them", and one amount written '1.038' among decimal
    commas "raw column 'DEV' (case(s) 'UK': '1.038')". Each says one case in the singular and two in the plural."""
    import warnings

    from analysis.qca import robustness_protocol
    from analysis.qca.errors import QCAInputError

    lf, lr = _lr_raw()

    def refusal(raw):
        with warnings.catch_warnings(), pytest.raises(QCAInputError) as err:
            warnings.simplefilter("ignore")
            robustness_protocol(lf, "SURV", list(lf.columns[:-1]), [RECALIBRATE], incl_cut=0.8, raw=raw)
        return str(err.value)

    assert refusal(lr.drop(index=["AU"])).startswith("test 'TS3': case 'AU' not in the raw data")
    assert refusal(lr.drop(index=["AU", "BE"])).startswith("test 'TS3': cases 'AU', 'BE' not in the raw data")
    renamed = lr.reset_index()
    renamed.index = renamed["case"].where(renamed["case"] != "AU", "zz")
    assert "; column 'case' of the raw data holds the name: read it with index_col='case'" in refusal(renamed)
    for cases, said in ((["UK"], "raw column 'DEV' (case 'UK': '1.038'): "),
                        (["NL", "UK"], "raw column 'DEV' (cases 'NL': '1.008', 'UK': '1.038'): ")):
        german = lr.assign(DEV=[f"{v:,}".replace(",", ".") if c in cases else f"{v:g}" for c, v in lr["DEV"].items()],
                           URB=[f"{v:g}".replace(".", ",") for v in lr["URB"]])
        assert refusal(german).startswith(f"test 'TS3': {said}"), refusal(german)


@pytest.fixture(scope="module")
def left_out():
    import warnings

    import pandas as pd

    from analysis.qca import minimize, truth_table

    lf = pd.read_csv(LF).set_index("case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(lf, "SURV", ["DEV", "URB", "IND"], incl_cut=0.7)
        return tt, minimize(tt, include="?")


@pytest.mark.parametrize("call", ["theory_evaluation", "find_rows", "esa", "esa_rows", "minimize"])
def test_the_api_names_a_column_left_out_of_the_conditions_as_one(left_out, call):
    """theory_evaluation(), find_rows(), esa(), esa_rows() and minimize(dir_exp=) said "unknown condition 'LIT'" of
    a column of the data the truth table's conditions left out, as of a typo (only the CLI, which has the data
    file's columns, said more). The table's data now keep the frame's other columns (QCAData.other_columns), and the
    message says LIT was left out, with the conditions to give; a typo gets no such hint."""
    from analysis.qca import QCAInputError, esa, esa_rows, find_rows, minimize, theory_evaluation

    tt, sol = left_out
    calls = {"theory_evaluation": lambda: theory_evaluation("DEV*LIT", sol),
             "find_rows": lambda: find_rows(tt, expression="LIT*DEV"),
             "esa": lambda: esa(tt, nec_cond="LIT"),
             "esa_rows": lambda: esa_rows(tt, untenable="LIT*DEV"),
             "minimize": lambda: minimize(tt, include="?", dir_exp={"DEV": 1, "LIT": 1})}
    with pytest.raises(QCAInputError) as err:
        calls[call]()
    hint = ("; 'LIT' is a column of the data not among the conditions: to use it, include it in conditions='DEV, URB, "
            "IND, LIT' (CLI: --conditions DEV,URB,IND,LIT)")
    if call == "theory_evaluation":   # a theory's: the conditions asked for build another solution than the one given
        hint += ("; that builds another truth table, whose solution may differ from the one evaluated here; or read "
                 "it from the data for this solution: theory_evaluation(..., data=DATA)")
    assert str(err.value).endswith(hint), err.value
    assert left_out[0].data.other_columns == ("LIT", "STB")


def test_the_api_gives_a_typo_no_left_out_hint(left_out):
    from analysis.qca import QCAInputError, theory_evaluation

    with pytest.raises(QCAInputError) as err:
        theory_evaluation("DEV*LTI", left_out[1])
    assert "unknown condition 'LTI'" in str(err.value) and "not among the conditions" not in str(err.value)


def test_numbered_cases_without_a_raw_value_are_written_as_numbers_in_the_line_to_paste(tmp_path, capsys):
    """Data whose cases are numbered (1..18): a recalibration test's and a calibration range's refusal of a case
    without a raw value told to write drop_cases: ['3'] and data.drop(index=['3']), which on the data's index of
    whole numbers was a KeyError. The cases are written as the data has them, numbers unquoted; each line, pasted,
    runs."""
    import re
    import warnings

    import yaml

    from analysis.qca import robustness_protocol, threshold_range
    from analysis.qca.errors import QCAInputError

    lf, lr = _lr_raw()
    lf, lr = lf.reset_index(drop=True), lr.reset_index(drop=True)
    lf.index, lr.index = lf.index + 1, lr.index + 1   # the cases numbered 1..18, as a file's case column of numbers
    lr.loc[3, "DEV"] = float("nan")
    conds = list(lf.columns[:-1])
    with pytest.raises(QCAInputError) as err:
        robustness_protocol(lf, "SURV", conds, [RECALIBRATE], incl_cut=0.8, raw=lr)
    line = re.search(r"; to leave the case without one out of this test: (drop_cases: .+)$", str(err.value)).group(1)
    assert line == "drop_cases: [3]", str(err.value)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        robustness_protocol(lf, "SURV", conds, [{**RECALIBRATE, **yaml.safe_load(line)}], incl_cut=0.8, raw=lr)
    args = dict(raw=lr, calibrate_set="DEV", thresholds="e=350, c=550, i=850", incl_cut=0.8)
    with pytest.raises(QCAInputError) as err:
        threshold_range(lf, "SURV", conds, "calibration", 25, **args)
    pasted = re.search(r"out of the data analysed: (data\.drop\(index=[^()]*\))", str(err.value)).group(1)
    assert pasted == "data.drop(index=[3])", str(err.value)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        threshold_range(eval(pasted, {"data": lf}), "SURV", conds, "calibration", 25, **args)
    named = lf.set_axis([f"C{i}" for i in lf.index])   # named cases keep their quotes
    with pytest.raises(QCAInputError, match=r"data\.drop\(index=\['C3'\]\)"):
        threshold_range(named, "SURV", conds, "calibration", 25, **{**args, "raw": lr.set_axis(named.index)})
    spec = tmp_path / "sweep.yaml"   # the command: the test's line pasted into the sweep file runs
    data, raw = tmp_path / "data.csv", tmp_path / "raw.csv"
    lf.rename_axis("case").to_csv(data, encoding="utf-8")
    lr.rename_axis("case").to_csv(raw, encoding="utf-8")
    spec.write_text("outcome: SURV\nincl_cut: 0.8\ntests:\n - {label: a, calibrate: {DEV: {thresholds: 'e=350, c=600, "
                    "i=900'}}}\n", encoding="utf-8")
    code, out, err = run(capsys, "robustness", str(data), "--spec", str(spec), "--raw", str(raw))
    assert code == 2 and err.rstrip().endswith("; to leave the case without one out of this test: drop_cases: [3]"), err
    spec.write_text(spec.read_text(encoding="utf-8").replace("}}}", "}}, drop_cases: [3]}"), encoding="utf-8")
    code, out, err = run(capsys, "robustness", str(data), "--spec", str(spec), "--raw", str(raw))
    assert code == 0, err


@pytest.mark.parametrize("numbered", [False, True])
def test_a_calibration_ranges_line_to_paste_filters_the_case_column(numbered):
    """Data naming its cases in a column (case_column='case'; a file read without index_col): a calibration range's
    refusal of a case without a raw value told to leave it out with data.drop(index=['CZ']), a KeyError on the frame's
    index of 0, 1, 2 ... The line now filters that column (data[~data['case'].isin(['CZ'])]); pasted, it runs, for
    named and for numbered cases (whole numbers unquoted, as the column holds them)."""
    import re
    import warnings

    from analysis.qca import threshold_range
    from analysis.qca.errors import QCAInputError

    lf, lr = _lr_raw()
    if numbered:   # the case column of whole numbers 1..18
        lf, lr = lf.set_axis(range(1, 19)), lr.set_axis(range(1, 19))
    lf, lr = lf.rename_axis("case").reset_index(), lr.rename_axis("case").reset_index()
    lr.loc[2, "DEV"] = float("nan")
    conds = [c for c in lf.columns if c not in ("case", "SURV")]
    args = dict(raw=lr, calibrate_set="DEV", thresholds="e=350, c=550, i=850", incl_cut=0.8, case_column="case")
    with pytest.raises(QCAInputError) as err:
        threshold_range(lf, "SURV", conds, "calibration", 25, **args)
    pasted = re.search(r"out of the data analysed: (\S+) \(on the command line", str(err.value)).group(1)
    assert pasted == ("data[~data['case'].isin([3])]" if numbered else "data[~data['case'].isin(['CZ'])]"), pasted
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        threshold_range(eval(pasted, {"data": lf}), "SURV", conds, "calibration", 25, **args)
    from analysis.workshop import engine_error_zh   # the workshop's Chinese line reads the new form too

    assert engine_error_zh(err.value).endswith(f"请把它们从所分析的数据中去掉：{pasted}（命令行：在数据文件中把它们的隶属度留空，"
                                               "如 calibrate 命令的 missing: keep 所做，并加 --drop-missing）"), err.value

"""A researcher's own small, messy files through the CLI and the API (round 27): what the engine takes for a case
identifier, numbers it cannot read for sure, and other traps of exported data."""
from __future__ import annotations

import json
import re
import warnings

import pandas as pd
import pytest

from analysis.qca import QCAInputError, truth_table
from _cli import run, run_spec


SMALL = "A,B,Y\n1,0,1\n0,1,0\n1,1,1\n0,0,0\n"


@pytest.mark.parametrize("name, ids", [("id", "1,2,3,4"), ("ID", "101,102,103,104"), ("case_id", "0,1,2,3"),
                                       ("CaseID", "7,3,9,1"), ("编号", "1,2,3,4"), ("No.", "1,2,3,4")])
def test_a_numeric_id_column_of_a_small_file_is_refused_as_a_larger_one_is(capsys, tmp_path, name, ids):
    """Below 5 cases a column of distinct whole numbers was read as a condition: 'id' 1..4 a multi-value set (one
    configuration per case, id[1] in the solutions) with only a warning about its empty level 0, 'ID' 101..104
    refused as 'a multi-value set may have at most 20 levels; calibrate raw data first'. A column named like an
    identifier holding a different whole number for every case is now refused at any size, as with 5 cases."""
    lines = SMALL.splitlines()
    text = "\n".join([f"{name},{lines[0]}"] + [f"{i},{row}" for i, row in zip(ids.split(","), lines[1:])]) + "\n"
    path = tmp_path / "small.csv"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert err.startswith(f"error: {path}: condition '{name}' holds a different whole number for every one of the 4 "
                          "cases") and "case identifier" in err and f"--case-column {name}" in err, err
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y", "--case-column", name)
    assert code == 0 and err == "", err
    with pytest.raises(QCAInputError, match=f"pass case_column='{name}'"):
        truth_table(pd.read_csv(path), "Y")


def test_a_small_multi_value_condition_with_a_level_per_case_is_still_a_condition(capsys, tmp_path):
    """Not an identifier by its name: with 3 cases, levels 0, 1, 2 of a multi-value set are read as before (with a
    warning that it separates every case), and the warning of a column with a different whole number per case
    names --case-column in case it numbers the cases."""
    path = tmp_path / "mv.csv"
    path.write_text("case,REG,A,Y\na,0,1,1\nb,1,0,0\nc,2,1,1\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 0 and "REG" in out and err.count("\n") == 1, err
    assert "condition 'REG' holds a different level for every one of the 3 cases (0, 1, 2)" in err, err
    path.write_text("REG,A,Y\n1,1,1\n2,0,0\n3,1,1\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 0 and "REG" in out, err
    assert "if 'REG' numbers the cases (a case identifier), pass case_column='REG' (CLI: --case-column REG)" in err, err


@pytest.mark.parametrize("name, is_id", [("id", True), ("ID", True), ("Case ID", True), ("case_no", True),
                                         ("hospitalId", True), ("country.id", True), ("No.", True), ("序号", True),
                                         ("地区代码", True), ("obs", True), ("PAID", False), ("covid", False),
                                         ("IDEA", False), ("number", False), ("DEV", False), ("idx_gdp", False)])
def test_which_names_say_identifier(name, is_id):
    from analysis.qca.data import looks_like_id_name

    assert looks_like_id_name(name) is is_id


# ---- '1.038' in data that write decimal commas: 1038 in that locale, 1.038 to the reader
GERMAN = 'case,GDP,LIT,Y\na,"1.038","0,8",1\nb,"586","0,7",0\nc,"2.100","0,9",1\nd,"350","0,2",0\n'
GDP_SPEC = 'GDP: {thresholds: "e=350, c=550, i=850"}\n'


@pytest.mark.parametrize("text, where", [
    (GERMAN, "column 'LIT' writes decimals with a comma ('0,8')"),
    ('case,GDP,Y\na,"1.038",1\nb,"586,5",0\nc,"2.100",1\nd,"350",0\n', "this column writes decimals with a comma "
                                                                         "('586,5')"),
])
def test_grouped_digits_beside_decimal_commas_are_refused(capsys, tmp_path, text, where):
    """A German export saved with quoted cells: '1.038' (1038) beside '0,8'. calibrate read '1.038' as 1.038 and
    wrote GDP's membership 0.0003 instead of 0.97, exit 0; where the same column held '586,5' it refused '586,5'
    only, so replacing the commas left 1.038 in place. Now refused, naming the column, the cases and the comma."""
    raw, spec = tmp_path / "raw.csv", tmp_path / "spec.yaml"
    raw.write_text(text, encoding="utf-8")
    spec.write_text(GDP_SPEC, encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--keep", "Y")
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert err.startswith(f"error: {raw}: numbers that read two ways in column(s) 'GDP' (case(s) 'a': '1.038', "
                          f"'c': '2.100'): {where}, so '1.038' is 1038 with '.' between groups of digits"), err


def test_amounts_with_grouped_digits_alone_are_read_with_a_warning(capsys, tmp_path):
    """No decimal comma anywhere, but '1.038' and '2.100' among whole numbers below 1000: read as written (1.038),
    with a warning naming the column, the cases and the other reading (1038)."""
    raw, spec = tmp_path / "raw.csv", tmp_path / "spec.yaml"
    raw.write_text("case,GDP,Y\na,1.038,1\nb,586,0\nc,2.100,1\nd,350,0\n", encoding="utf-8")
    spec.write_text(GDP_SPEC, encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--keep", "Y")
    assert code == 0 and out.startswith("case,Y,GDP"), err
    assert "warning: column 'GDP' (case(s) 'a': '1.038', 'c': '2.100'): '1.038' is read as 1.038" in err, err
    assert "(a German, Dutch or other locale: 1038)" in err
    raw.write_text("case,GDP,Y\na,1.038,1\nb,0.586,0\nc,2.15,1\nd,3.5,0\n", encoding="utf-8")   # decimals: no doubt
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--keep", "Y")
    assert code == 0 and "two ways" not in err and "groups of digits" not in err, err


def _lr_german(tmp_path):
    """Lipset's raw values as a German Excel writes them: ';', decimal commas, '.' between groups of digits."""
    from analysis.paths import ROOT

    lr = pd.read_csv(ROOT / "data/reference/datasets/LR.csv")
    lines = [";".join(lr.columns)]
    for _, r in lr.iterrows():
        cells = [r["case"], f"{int(r['DEV']):,}".replace(",", ".")]
        cells += [f"{r[c]:g}".replace(".", ",") for c in ("URB", "LIT", "IND", "STB", "SURV")]
        lines.append(";".join(map(str, cells)))
    path = tmp_path / "LR_de.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "1.098" in path.read_text(encoding="utf-8")
    return path


@pytest.mark.parametrize("read, expect", [
    (dict(sep=";", decimal=","), "pd.read_csv(..., decimal=',') leaves '1.098' (1098 with '.' between groups of "
                                 "digits) as text; read the file with thousands='.' too"),
    (dict(sep=";"), "column 'URB' writes decimals with a comma ('33,4'), so the file's '.' separates groups of "
                    "digits, but pandas read 1.098 as a decimal number (probably 1098)"),
])
def test_raw_values_read_by_pandas_from_a_german_file_are_refused_in_the_protocol(tmp_path, read, expect):
    """robustness_protocol's recalibration test read raw DEV 1.098 (BE: 1098 USD) as 1.098, below every anchor,
    and reported the test's solution without a word. pandas leaves '1.098' as text with decimal=',' (no
    thousands='.'), and reads it as 1.098 without decimal=','; both are now an error naming the test and the fix."""
    from analysis.qca import robustness_protocol
    from setmethods_reference import dataset

    raw = pd.read_csv(_lr_german(tmp_path), **read).set_index("case")
    test = {"label": "DEV c=600", "calibrate": {"DEV": {"thresholds": "e=350, c=600, i=900"}}}
    with pytest.raises(QCAInputError) as exc:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            robustness_protocol(dataset("LF"), "SURV", ["DEV", "URB", "LIT", "IND", "STB"], [test], incl_cut=0.8,
                                raw=raw, case_column="case")
    assert "raw column 'DEV'" in str(exc.value) and "'BE'" in str(exc.value) and expect in str(exc.value), exc.value


def test_calibrate_api_on_text_read_with_decimal_commas_says_what_it_read(tmp_path):
    """pd.read_csv(path, sep=';', decimal=',') of a German export leaves GDP '1.038' (1038) as text; calibrate()
    read it as 1.038 (a membership near 0 for one near 1) without a word, calibrate_frame too, where the frame's
    other columns hold the decimals pandas read. calibrate_frame now refuses it (naming the set, the column and the
    fix), calibrate() on the column alone warns (nothing else there says which reading is meant)."""
    from analysis.qca import QCAWarning, calibrate
    from analysis.qca.calibrate import calibrate_frame

    lr = pd.read_csv(_lr_german(tmp_path), sep=";", decimal=",").set_index("case")
    assert lr["DEV"].tolist()[:2] == ["720", "1.098"]
    with pytest.raises(QCAInputError) as exc:
        calibrate_frame(lr, {"DEV": {"thresholds": "e=350, c=550, i=850"}})
    assert str(exc.value).startswith("calibrating 'DEV' from column 'DEV': column 'DEV' (e.g. '1.098' for case(s) "
                                     "'BE', 'NL', 'UK'): the column is text"), exc.value
    assert "read the file with thousands='.' too" in str(exc.value)
    with pytest.warns(QCAWarning, match=r"x \(e.g. '1.098' for index 'BE', 'NL', 'UK'\): '1.098' is read as "
                                        r"1.098, but every other cell is a whole number below 1000"):
        calibrate(lr["DEV"], thresholds="e=350, c=550, i=850")
    fixed = pd.read_csv(_lr_german(tmp_path), sep=";", decimal=",", thousands=".").set_index("case")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert calibrate_frame(fixed, {"DEV": {"thresholds": "e=350, c=550, i=850"}})["DEV"]["BE"] > 0.95


def test_robustness_names_the_data_file_for_a_problem_in_the_data(capsys, tmp_path):
    """robustness DATA --spec SPEC put the spec file before every error, a problem of the data file too: a column of
    case ids, or a non-numeric cell, was 'error: sw.yaml: condition 'id' holds ...', sending the user to a file
    without that column. A problem in the data now names the data file; one in what the file specifies still names
    the spec file."""
    from analysis.paths import ROOT

    lf = pd.read_csv(ROOT / "data/reference/datasets/LF.csv")
    data = tmp_path / "lf_ids.csv"
    lf.assign(case=range(101, 119)).rename(columns={"case": "id"}).to_csv(data, index=False)
    spec = tmp_path / "sw.yaml"
    spec.write_text("outcome: SURV\nincl_cut: 0.8\ntests:\n  - {label: n 2, n_cut: 2}\n", encoding="utf-8")
    code, out, err = run(capsys, "robustness", str(data), "--spec", str(spec))
    assert code == 2 and err.startswith(f"error: {data}: condition 'id' holds a different whole number"), err
    bad = tmp_path / "lf_text.csv"
    lf.assign(DEV=lf["DEV"].astype(str).where(lf["case"] != "AU", "high")).to_csv(bad, index=False)
    code, out, err = run(capsys, "robustness", str(bad), "--spec", str(spec))
    assert code == 2 and err.startswith(f"error: {bad}: non-numeric values in column(s) 'DEV' (case(s) "
                                        "'AU': 'high')"), err
    spec.write_text("outcome: SURVX\nincl_cut: 0.8\ntests:\n  - {label: n 2, n_cut: 2}\n", encoding="utf-8")
    code, out, err = run(capsys, "robustness", str(bad), "--spec", str(spec))
    assert code == 2 and err.startswith(f"error: {spec}: outcome 'SURVX' is not a column of "), err


@pytest.mark.parametrize("typed, sep", [("DEV;URB", "';'"), ("DEV URB", "a space"), ("DEV;URB;LIT", "';'"),
                                        ("DEV | URB", "'|'"), ("DEV/URB", "'/'"), ("DEV+URB", "'+'"),
                                        ("DEV*URB*LIT", "'*'")])
def test_conditions_separated_otherwise_than_by_commas_are_named(capsys, typed, sep):
    """--conditions 'DEV;URB' (a list as a European Excel or R's c() habit writes it) was 'unknown condition(s):
    DEV;URB; did you mean 'DEV'?', which reads as if URB were unknown; the message now gives the list with commas
    (a full-width '、' has its own hint, catalogue entry enumeration-comma-conditions). 'DEV+URB' and 'DEV*URB'
    (an expression given as the conditions) were told "did you mean 'DEV'?" too: they now get the list and that an
    expression is no condition (found by the small helper)."""
    from analysis.paths import ROOT

    lf = str(ROOT / "data/reference/datasets/LF.csv")
    code, out, err = run(capsys, "truth-table", lf, "--outcome", "SURV", "--conditions", typed)
    fixed = ",".join(p for p in __import__("re").split(r"[;\s|/+*]+", typed) if p)
    assert code == 2 and err.count("\n") == 1, err
    assert f"conditions are separated by commas: '{fixed}', not by {sep}" in err, err
    assert "did you mean" not in err
    assert ("an expression such as 'DEV*URB' is what pof and --expression read, not a condition" in err) == (
        sep in ("'+'", "'*'")), err
    import pandas as pd

    from analysis.qca import QCAInputError, truth_table
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        truth_table(pd.read_csv(lf, index_col="case"), "SURV", [typed])
    zh = engine_error_zh(raised.value)
    assert ("像 'DEV*URB' 这样的表达式由 pof 和 --expression 读取" in zh) == (sep in ("'+'", "'*'")), zh


def test_calibrate_spec_missing_keep_leaves_the_membership_empty(capsys, tmp_path):
    """A calibration file's 'missing: keep' (calibrate()'s argument, which the spec file takes) was ignored by the
    calibrate command: it refused the raw file's 'NA' and blank cells as 'QCA cannot place a case with a missing
    membership', about raw values that are no memberships. Now the set's membership is left empty (CSV: an empty
    cell, JSON: null), as R's calibrate() gives NA, and another set without 'missing: keep' is still refused, the
    message naming the key."""
    raw = tmp_path / "raw.csv"
    raw.write_text("case,GDP,POP,Y\na,100,5,1\nb,NA,6,0\nc,900,,1\nd,,8,0\n", encoding="utf-8")
    spec = tmp_path / "spec.yaml"
    spec.write_text('G: {source: GDP, thresholds: "e=350, c=550, i=850", missing: keep}\n', encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--keep", "Y")
    assert code == 0 and err.splitlines() == ["note: calibrate: left out, neither calibrated nor kept: 'POP' (--keep "
                                              "POP copies it unchanged)"], err
    from analysis.qca import calibrate

    a, c = calibrate(pd.Series([100.0, 900.0]), thresholds="e=350, c=550, i=850")
    assert out.splitlines() == ["case,Y,G", f"a,1,{a!r}", "b,0,", f"c,1,{c!r}", "d,0,"]
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--keep", "Y", "--json")
    assert code == 0 and [r["G"] for r in json.loads(out)][1::2] == [None, None], err
    spec.write_text('G: {source: GDP, thresholds: "e=350, c=550, i=850", missing: keep}\n'
                    'P: {source: POP, thresholds: "e=5, c=6, i=7"}\n', encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--keep", "Y")
    assert code == 2 and err.startswith(f"error: {raw}: missing values in column(s) 'POP' (case(s) 'c')"), err
    assert "QCA cannot place" not in err and "'missing: keep'" in err, err


def test_several_missing_value_marks_in_a_column_are_one_line_listing_them(capsys, tmp_path):
    """A column whose cases are marked missing in several ways ('缺失', 'NA', '.', '-', as a table pieced together from
    a Chinese yearbook and R or Stata exports writes them): the marks of R, SPSS, Stata and Excel were one problem
    ('missing values ... marked ...') and the Chinese ones another ('non-numeric values ... a mark of a missing value
    (e.g. '缺失' ...)'), two hints for one fact. Every mark of a missing value is now one rule (data.missing_mark):
    one line naming the cases and every mark; and calibrate's 'missing: keep' keeps a '缺失' as it keeps an 'NA'."""
    data = tmp_path / "marks.csv"
    data.write_text("case,A,B,Y\na,缺失,0,1\nb,NA,1,0\nc,.,0,1\nd,-,1,0\ne,1,0,1\nf,0,1,0\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(data), "--outcome", "Y")
    assert code == 2 and err.count("error:") == 1, err
    assert err.startswith(f"error: {data}: missing values in column(s) 'A' (case(s) 'a', 'b', 'c', 'd', marked '-', "
                          "'.', 'NA', '缺失'): QCA cannot place a case with a missing membership"), err
    assert "non-numeric" not in err, err
    spec = tmp_path / "spec.yaml"
    spec.write_text('G: {source: A, thresholds: "e=0.1, c=0.5, i=0.9", missing: keep}\n', encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(data), "--spec", str(spec), "--keep", "Y")
    assert code == 0 and [line.split(",")[2] for line in out.splitlines()[1:5]] == ["", "", "", ""], (out, err)


def test_a_column_that_is_no_set_taken_as_a_condition_names_how_to_leave_it_out(capsys, tmp_path):
    """Conditions taken from every column of the file: an empty column Excel's table adds ('Column1') was 'missing
    values in column(s) 'Column1' (case(s) 'a', 'b', ... every case): drop or impute those cases', advice that
    drops every case; a notes column was told to 'export the numeric codes'. The empty column is now named as
    empty, and a column that is no set is told how to list the conditions without it."""
    path = tmp_path / "col1.csv"
    path.write_text("case,A,B,Y,Column1\na,1,0,1,\nb,0,1,0,\nc,1,1,1,\nd,0,0,0,\ne,1,0,1,\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err == (f"error: {path}: condition column 'Column1' is empty (no value for any case): "
                                 "leave it out of the conditions or delete the column; e.g. --conditions A,B\n"), err
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y", "--conditions", "A,B")
    assert code == 0, err
    with pytest.raises(QCAInputError, match=r"or delete the column; e.g. conditions='A, B' \(CLI: --conditions A,B\)"):
        truth_table(pd.read_csv(path, index_col="case"), "Y")
    path.write_text("case,A,B,Y,notes\na,1,0,1,checked\nb,0,1,0,\nc,1,1,1,\nd,0,0,0,see p. 3\ne,1,0,1,\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err.count("\n") == 1, err
    assert err.rstrip().endswith("; the conditions were taken from every column but the outcome and the case names: "
                                 "if 'notes' is no set, list the conditions without it: --conditions A,B"), err
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y", "--conditions", "A,B,notes")
    assert code == 2 and "list the conditions without it" not in err, err   # listed by the user: no such advice
    path.write_text("case,A,B,Y\na,1,,1\nb,0,1,0\nc,1,1,1\nd,0,0,0\ne,1,0,1\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")   # a set with a missing value
    assert code == 2 and "missing values in column(s) 'B'" in err and "list the conditions without" not in err, err
    path.write_text("country,A,B,Y\na,1,0,1\nb,0,1,0\nc,1,1,1\nd,0,0,0\ne,1,0,1\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")   # case names: --case-column, only
    assert code == 2 and "pass --case-column country" in err and "list the conditions without" not in err, err


def test_duplicate_case_names_say_where_they_are(capsys, tmp_path):
    """'duplicate case name(s): a; case names must be unique' left a researcher with 300 rows to search the file;
    each command now names the rows (and a CSV file's lines) of every repeated name it shows."""
    path = tmp_path / "dup.csv"
    path.write_text("case,A,B,Y\na,1,0,1\nb,0,1,0\nc,1,1,1\nd,0,0,0\na,1,1,1\nb,0,0,0\n", encoding="utf-8")
    where = "'a' in row(s) 1, 5 (line(s) 2, 6 of the file); 'b' in row(s) 2, 6 (line(s) 3, 7 of the file)"
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err.startswith(f"error: {path}: duplicate case name(s): a, b; case names must be unique"), err
    assert where in err, err
    spec = tmp_path / "spec.yaml"
    spec.write_text('AS: {source: A, type: crisp, thresholds: "1"}\n', encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(path), "--spec", str(spec), "--keep", "B,Y")
    assert code == 2 and where in err, err


@pytest.mark.parametrize("argv, expect", [
    (["truth-table", "--outcome", "-SURV"], "a negation is written with the ASCII tilde '~': '~SURV', not with '-'"),
    (["pof", "--outcome", "SURV", "--expression", "-DEV*URB"], "'~DEV', not with '-'"),
    (["theory", "--outcome", "SURV", "--incl-cut", "0.8", "--theory", "-DEV"], "'~DEV', not with '-'"),
    (["esa", "--outcome", "SURV", "--incl-cut", "0.8", "--nec-cond", "-LIT"], "'~LIT', not with '-'"),
    (["esa", "--outcome", "SURV", "--incl-cut", "0.8", "--untenable", "-DEV*IND"], "'~DEV', not with '-'"),
    # README: full-width characters of a Chinese input method are named with the ASCII one meant; '－DEV' and
    # '！DEV' got "did you mean 'DEV'?", which drops the negation the user typed
    (["pof", "--outcome", "SURV", "--expression", "\uff0dDEV*URB"],
     "'~DEV', not with the full-width hyphen-minus '\uff0d' (typed with a Chinese input method, 全角)"),
    (["truth-table", "--outcome", "\uff0dSURV"], "'~SURV', not with the full-width hyphen-minus"),
    (["pof", "--outcome", "SURV", "--expression", "\uff01LIT"], "'~LIT', not with the full-width exclamation mark"),
    (["pof", "--outcome", "SURV", "--expression", "\u2212LIT"], "'~LIT', not with the minus sign '\u2212'"),
])
def test_a_negation_typed_with_a_minus_is_named_not_an_argparse_error(capsys, argv, expect):
    """--outcome -SURV (a minus for 'not') stopped in argparse with 'argument --outcome: expected one argument',
    which said nothing about the negation; the engine's own message now says to write '~SURV'."""
    from analysis.paths import ROOT

    code, out, err = run(capsys, argv[0], str(ROOT / "data/reference/datasets/LF.csv"), *argv[1:])
    assert code == 2 and err.count("\n") == 1 and expect in err and "expected one argument" not in err, err


def test_excel_sep_line_is_read_and_a_title_above_the_header_is_named(capsys, tmp_path):
    """Excel's separator line 'sep=,' (written above the header so Excel opens the file in any locale) and a title
    line above the header ('Table 1: survey data') were both 'line 2 has 4 cells, the header 1/2: ... unquoted
    decimal commas (0,8) or a comma inside a name are the usual causes', a wrong cause. 'sep=,' is now skipped (its
    meaning is clear: commas), 'sep=;' named as what it is, and a one-cell line above a wider table is named as a
    title to remove."""
    rows = "case,A,B,Y\na,1,0,1\nb,0,1,0\nc,1,1,1\nd,0,0,0\n"
    clean = tmp_path / "clean.csv"
    clean.write_text(rows, encoding="utf-8")
    code, expected, err = run(capsys, "truth-table", str(clean), "--outcome", "Y")
    assert code == 0, err
    path = tmp_path / "sep.csv"
    for first in ("sep=,", '"sep=,"', "\ufeffsep=,"):
        path.write_text(f"{first}\n{rows}", encoding="utf-8")
        code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
        assert code == 0 and out == expected and err == "", (first, err)
    path.write_text("sep=,\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err == f"error: {path}: the file holds only Excel's separator line 'sep=,': no header (column " \
                                "names) and no data rows\n", err
    path.write_text("sep=;\ncase;A;B;Y\na;1;0;1\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err.startswith(f"error: {path}: the file starts with Excel's separator line 'sep=;': it is "
                                        "separated by ';', not commas"), err
    path.write_text(f"Table 1: survey data\n{rows}", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err == (f"error: {path}: line 1 holds one cell ('Table 1: survey data') and the lines "
                                 "below it 4: a title above the header? The first line must be the header (column "
                                 "names): remove the line(s) above it\n"), err


def test_a_cut_off_written_as_a_percentage_text_and_drop_cases_as_one_text_say_what_to_write(capsys, tmp_path):
    """A sweep file's 'incl_cut: 80%' was 'incl_cut must be numbers in [0, 1], got '80%'' with no fix, and
    'drop_cases: FI, SE' (no brackets) 'drop_cases must be a list of case names, got 'FI, SE''; both now say what to
    write."""
    from analysis.paths import ROOT

    lf = str(ROOT / "data/reference/datasets/LF.csv")
    spec = tmp_path / "s.yaml"
    spec.write_text("outcome: SURV\nincl_cut: 80%\ntests:\n  - {label: a, n_cut: 2}\n", encoding="utf-8")
    code, out, err = run(capsys, "robustness", lf, "--spec", str(spec))
    assert code == 2 and "got '80%': a percentage? write 0.8" in err, err
    spec.write_text("outcome: SURV\nincl_cut: 0.8\ntests:\n  - label: a\n    drop_cases: FI, SE\n", encoding="utf-8")
    code, out, err = run(capsys, "robustness", lf, "--spec", str(spec))
    assert code == 2 and "drop_cases must be a list of case names, got 'FI, SE': write a list, [FI, SE]" in err, err
    with pytest.raises(QCAInputError, match="got '80 %': a percentage"):
        truth_table(pd.read_csv(lf, index_col="case"), "SURV", incl_cut="80 %")


@pytest.mark.parametrize("cases, said", [
    ('c("FI", "SE")', "got 'c(\"FI\", \"SE\")': R's vector c(...) copied as text; write a list, [FI, SE] (Python: "
                      "['FI', 'SE'])"),
    ("c('FI')", "got \"c('FI')\": R's vector c(...) copied as text; write a list, [FI] (Python: ['FI'])"),
    ("FI，SE", "got 'FI，SE': write a list, [FI, SE] (Python: ['FI', 'SE'])"),
], ids=["r-vector", "r-vector-of-one", "full-width-comma"])
def test_drop_cases_as_rs_vector_or_with_a_full_width_comma_say_the_list(cases, said):
    """drop_cases: c("FI", "SE") (R's vector, in a block mapping YAML reads as text) was told 'write a list,
    [c("FI", "SE")] (Python: ['c("FI"', '"SE")'])', a list of two pieces of it; 'FI，SE' (a full-width comma) was told
    write [FI，SE], one name."""
    from analysis.paths import DATASETS
    from analysis.qca import robustness_protocol

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    with pytest.raises(QCAInputError) as raised:
        robustness_protocol(lf, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], [{"label": "a", "drop_cases": cases}],
                            incl_cut=0.8)
    assert str(raised.value).endswith(f"drop_cases must be a list of case names, {said}"), raised.value


@pytest.mark.parametrize("name, extra, expect", [
    ("sets.json", [], "--out sets.json: the output is CSV; add --json for JSON records, or name the file .csv"),
    ("sets.csv", ["--json"], "--out sets.csv: the output is JSON records (--json); name the file .json, or leave "
                             "--json out for CSV"),
])
def test_calibrate_out_suffix_that_contradicts_the_format_is_refused(capsys, tmp_path, monkeypatch, name, extra, expect):
    """calibrate --out sets.json (without --json) wrote CSV into a .json file, and --json --out sets.csv JSON into a
    .csv file, which a spreadsheet then opened as one column of brackets; refused before anything is written."""
    from analysis.paths import ROOT

    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "calibrate", str(ROOT / "data/reference/datasets/LR.csv"), "--spec",
                         str(ROOT / "docs/examples/LR_calibration.yaml"), "--out", name, *extra)
    assert code == 2 and err == f"error: {expect}\n" and not (tmp_path / name).exists(), err


def test_robustness_names_the_raw_file_for_a_problem_in_its_raw_values(capsys, tmp_path):
    """A bad raw value (non-numeric, or '1.098' beside '33,4') was named as 'LF_sweeps.yaml: test 'DEV c=600': raw
    column 'DEV' ...': the spec file and the test, not the file holding the value. The --raw file is now named."""
    from analysis.paths import ROOT

    lr = pd.read_csv(ROOT / "data/reference/datasets/LR.csv")
    raw = tmp_path / "lr_de.csv"
    lr.assign(DEV=[f"{v:,}".replace(",", ".") for v in lr["DEV"]],
              URB=[f"{v:g}".replace(".", ",") for v in lr["URB"]]).to_csv(raw, index=False)
    spec = str(ROOT / "docs/examples/LF_sweeps.yaml")
    lf = str(ROOT / "data/reference/datasets/LF.csv")
    code, out, err = run(capsys, "robustness", lf, "--spec", spec, "--raw", str(raw))
    assert code == 2 and f"test 'DEV c=600': --raw {raw}: column 'DEV' (cases 'BE': '1.098'" in err, err
    lr.assign(DEV=lr["DEV"].astype(str).where(lr["case"] != "AU", "n/a?")).to_csv(raw, index=False)
    code, out, err = run(capsys, "robustness", lf, "--spec", spec, "--raw", str(raw))
    assert code == 2 and f"--raw {raw}: column 'DEV' has a missing or non-numeric value for case(s) 'AU'" in err, err


def test_cluster_lists_numeric_unit_ids_of_a_file_by_value(capsys, tmp_path):
    """A panel whose units are numbered 1..18 (read from a CSV, as text) listed the within rows 1, 10, 11, ..., 18,
    2, 3: the API ordered numbers by value, but the command line's text columns by text. Numbers written as text
    are now ordered by value too, as the API does with a numeric column."""
    from analysis.paths import ROOT

    p = pd.read_csv(ROOT / "data/reference/r-setmethods/LF_panel.csv", index_col=0)
    codes = {c: i + 1 for i, c in enumerate(p["CASE"].unique())}
    path = tmp_path / "panel_id.csv"
    p.assign(id=p["CASE"].map(codes)).drop(columns="CASE").to_csv(path, index=False)
    code, out, err = run(capsys, "cluster", str(path), "--outcome", "SURV", "--expression", "DEV*~IND + URB*STB",
                         "--unit", "id", "--cluster", "WAVE", "--json")
    assert code == 0, err
    within = list(json.loads(out)["DEV*~IND + URB*STB"]["within"])
    assert within == [str(i) for i in range(1, 19)], within


def test_raw_case_names_are_matched_as_the_data_s_are(capsys, tmp_path):
    """The data's case names are read stripped (' AU ' is AU); the raw file's were not, so a padded ' AU ' in --raw
    was 'case(s) 'AU' not in the raw data' though the file holds it. Now stripped alike; a name differing in case
    only ('be' for BE) is named as such."""
    from analysis.paths import ROOT

    lr = (ROOT / "data/reference/datasets/LR.csv").read_text(encoding="utf-8")
    raw = tmp_path / "lr_pad.csv"
    raw.write_text(lr.replace('"AU",', '" AU ",'), encoding="utf-8")
    spec = str(ROOT / "docs/examples/LF_sweeps.yaml")
    lf = str(ROOT / "data/reference/datasets/LF.csv")
    code, clean, err = run(capsys, "robustness", lf, "--spec", spec, "--raw", str(ROOT / "data/reference/datasets/LR.csv"))
    assert code == 0, err
    code, out, err = run(capsys, "robustness", lf, "--spec", spec, "--raw", str(raw))
    assert code == 0 and out == clean, err
    raw.write_text(lr.replace('"BE",', '"be",'), encoding="utf-8")
    code, out, err = run(capsys, "robustness", lf, "--spec", spec, "--raw", str(raw))
    assert code == 2 and f"case 'BE' not in --raw {raw}; it holds 'be' (case names are case-sensitive)" in err, err


def test_a_header_name_with_a_line_break_is_named_with_its_file_and_a_usable_new_name(capsys, tmp_path):
    """A header cell typed with a line break (Alt+Enter in Excel: 'GDP<newline>(log)') was refused as containing
    '(' ')' with the suggestion 'GDP\\n_log', still a line break, and without the file's name."""
    path = tmp_path / "nl.csv"
    path.write_text('case,"GDP\n(log)",B,Y\na,1,0,1\nb,0,1,0\nc,1,1,1\nd,0,0,0\n', encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err.count("\n") == 1, err
    assert err.startswith(f"error: {path}: condition name 'GDP\\n(log)' holds a line break (Alt+Enter in an Excel "
                          "cell?)") and "rename the column, e.g. to 'GDP_log'" in err, err
    pri = tmp_path / "pri.csv"   # a condition named like a truth table column: the file named too
    pri.write_text("case,PRI,B,Y\na,1,0,1\nb,0,1,0\nc,1,1,1\nd,0,0,0\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(pri), "--outcome", "Y")
    assert code == 2 and err.startswith(f"error: {pri}: condition name 'PRI' is also a column of the truth table"), err


def test_a_header_repeated_below_is_named(capsys, tmp_path):
    """Two exports appended into one file repeat the header line inside the data; it was read as a case named
    'case' whose values are 'A', 'B', 'Y': 'non-numeric values ... 'Y': a yes/no label'. Now named as a repeated
    header, with its line."""
    path = tmp_path / "rep.csv"
    path.write_text("case,A,B,Y\na,1,0,1\nb,0,1,0\ncase,A,B,Y\nc,1,1,1\nd,0,0,0\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err == (f"error: {path}: line 4 repeats the header (case,A,B,Y): files appended one to "
                                 "another? Delete the repeated header line(s)\n"), err


@pytest.mark.parametrize("header", [" case,A,B,Y", "case , A , B , Y", "\"case\",\"A\",\"B\",\"Y\""])
def test_a_header_repeated_below_is_named_when_line_1_has_blanks_around_its_names(capsys, tmp_path, header):
    """Line 1 ' case,A,B,Y' is read with its names stripped ('case'), but the repeated line was compared with the
    stripped name, so ' case' below was not seen: the error was 'non-numeric values ... (e.g. 'A' for case(s)
    'case')'. The repeated line is now found as line 1 writes it too."""
    path = tmp_path / "rep.csv"
    path.write_text(f"{header}\na,1,0,1\nb,0,1,0\n{header}\nc,1,1,1\nd,0,0,0\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err == (f"error: {path}: line 4 repeats the header (case,A,B,Y): files appended one to "
                                 "another? Delete the repeated header line(s)\n"), err


def test_two_excel_csv_utf8_files_joined_are_named_as_a_repeated_header(capsys, tmp_path):
    """`cat a.csv b.csv` of two Excel "CSV UTF-8" exports: the second header line starts with a byte order mark, and
    was read as a case named '\\ufeffcase' with 'non-numeric values' and 'a yes/no label' 'Y'."""
    part = "\ufeffcase,A,B,Y\r\n{}\r\n{}\r\n"
    path = tmp_path / "joined.csv"
    path.write_bytes((part.format("a,1,0,1", "b,0,1,0") + part.format("c,1,1,1", "d,0,0,0")).encode("utf-8"))
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err == (f"error: {path}: line 4 repeats the header (case,A,B,Y): files appended one to "
                                 "another? Delete the repeated header line(s)\n"), err


@pytest.mark.parametrize("text, said", [
    ("case,A,B,Y\na,1,0,1\n\nb,0,1,0\ncase,A,B,Y\nc,1,1,1\n", "line 5 repeats the header"),   # a blank line
    ('case,A,B,Y\n"a\nx",1,0,1\nb,0,1,0\ncase,A,B,Y\nd,0,0,0\n', "line 5 repeats the header"),  # a quoted line break
    ("sep=,\ncase,A,B,Y\na,1,0,1\ncase,A,B,Y\nb,0,1,0\n", "line 4 repeats the header"),          # Excel's sep line
    ("sep=,\ncase,A,B,Y\na,1,0,1\nb,0,1,0,7\n", "line 4 has 5 cells, the header 4"),
])
def test_the_line_named_is_the_files_line(capsys, tmp_path, text, said):
    """Line numbers were data row + 2, or the record's count: a blank line above (which read_csv skips), a quoted
    cell over two lines, or Excel's 'sep=,' line (taken away before reading) made the message name the line
    above the one meant."""
    path = tmp_path / "lines.csv"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err.startswith(f"error: {path}: {said}"), err


def test_the_empty_rows_ignored_are_named_by_their_lines(tmp_path):
    from analysis.qca.read import read_data

    path = tmp_path / "empty.csv"
    path.write_text("case,A,B,Y\na,1,0,1\n\n,,,\nb,0,1,0\nc,1,1,1\n,,,\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"ignored 2 empty rows \(lines 4, 7\)"):
        df, _ = read_data(path)
    assert list(df["case"]) == ["a", "b", "c"]


@pytest.mark.parametrize("line", ["outcome:", "outcome: ~"])
def test_a_sweep_file_outcome_left_empty_says_yaml_read_it_as_null(capsys, tmp_path, line):
    """'outcome: ~' (the negation sign without the name) and 'outcome:' are null to YAML; the message said 'got
    None' without saying why."""
    from analysis.paths import ROOT

    spec = tmp_path / "s.yaml"
    spec.write_text(f"{line}\nincl_cut: 0.8\ntests:\n  - {{label: a, n_cut: 2}}\n", encoding="utf-8")
    code, out, err = run(capsys, "robustness", str(ROOT / "data/reference/datasets/LF.csv"), "--spec", str(spec))
    assert code == 2 and err == (f"error: {spec}: 'outcome' has no value (YAML reads an empty value, or a lone '~', "
                                 "as null): write the outcome's column, e.g. 'outcome: SURV', or its negation in "
                                 "quotes, 'outcome: \"~SURV\"'\n"), err


def test_threshold_range_takes_the_raw_case_column_its_message_names():
    """threshold_range() on raw values read without index_col said 'pass raw_case_column='case'
    (robustness_protocol; ...)', an argument threshold_range did not take; it takes it now, as robustness_protocol
    does, with the same result as raw values indexed by case."""
    from analysis.paths import ROOT
    from analysis.qca import threshold_range

    lf = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    lr = pd.read_csv(ROOT / "data/reference/datasets/LR.csv")
    args = dict(step=25, max_runs=3, calibrate_set="DEV", thresholds="e=350, c=550, i=850", incl_cut=0.8)
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(QCAInputError, match=r"pass raw_case_column='case' \(CLI: --raw-case-column case\)"):
            threshold_range(lf, "SURV", conds, "calibration", raw=lr, **args)
        got = threshold_range(lf, "SURV", conds, "calibration", raw=lr, raw_case_column="case", **args)
        expected = threshold_range(lf, "SURV", conds, "calibration", raw=lr.set_index("case"), **args)
    pd.testing.assert_frame_equal(got, expected)


def test_spss_filter_column_is_not_taken_as_a_condition(capsys, tmp_path):
    """SPSS writes 'filter_$' (Data > Select Cases) into an export of every case, 0 for those not selected; with the
    conditions taken from the file it was silently a condition of the truth table, and the unselected cases were
    analysed. Now refused, naming what it is and both fixes; listed by the user, it is a condition as asked."""
    path = tmp_path / "spss.csv"
    path.write_text("case,A,B,Y,filter_$\na,1,0,1,1\nb,0,1,0,1\nc,1,1,1,0\nd,0,0,0,1\ne,1,0,1,1\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err.count("\n") == 1, err
    assert err.startswith(f"error: {path}: column 'filter_$' is SPSS's case filter (Data > Select Cases): the export "
                          "holds every case, 0 for those not selected (here 'c')"), err
    assert "--conditions A,B" in err, err
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y", "--conditions", "A,B,filter_$")
    assert code == 0 and "filter_$" in out, err


def test_calibrate_json_keeps_a_kept_column_like_1_038_as_its_text(capsys, tmp_path):
    """calibrate --json writes a kept column of plain numbers as JSON numbers: a kept 'POP' of '1.038' (1038 beside
    the file's '0,8') became the number 1.038, and the text that shows the doubt was gone for the next command. Such
    a column now stays text, as the CSV copies it."""
    raw, spec = tmp_path / "raw.csv", tmp_path / "spec.yaml"
    raw.write_text('case,GDP,POP,LIT\na,100,"1.038","0,8"\nb,900,"586","0,7"\nc,400,"2.100","0,2"\n',
                   encoding="utf-8")
    spec.write_text(GDP_SPEC, encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--keep", "POP,LIT", "--json")
    assert code == 0, err
    assert [r["POP"] for r in json.loads(out)] == ["1.038", "586", "2.100"], out


def test_case_column_flag_misspelt_says_which_column_was_meant(capsys):
    """--case-column Case where the file's column is 'case' listed the columns without saying which one was meant,
    as --outcome and --conditions do."""
    from analysis.paths import ROOT

    lf = str(ROOT / "data/reference/datasets/LF.csv")
    code, out, err = run(capsys, "truth-table", lf, "--outcome", "SURV", "--case-column", "Case")
    assert code == 2 and "did you mean 'case'? (names are case-sensitive)" in err, err


def test_repeated_and_empty_case_names_name_the_true_lines_of_the_file(capsys, tmp_path):
    """Duplicate and empty case names were placed at "line(s) i+2 of a CSV file with one header line", a hedge that
    was wrong for a file with Excel's 'sep=,' line, blank lines (pandas skips them) or a quoted name over two
    lines: 'a' on lines 4 and 9 was said to be on lines 2 and 4. The engine read the file, so it names the file's own lines; given only a
    DataFrame (or one filtered since it was read) it names the rows alone."""
    from analysis.qca import prepare_data
    from analysis.qca.read import read_data

    path = tmp_path / "cases.csv"
    path.write_text('sep=,\ncase,A,B,Y\n\na,1,0,1\n"b\nc",0,1,0\n\n\na,1,1,1\n', encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err.startswith(f"error: {path}: ") and "'a' in row(s) 1, 3 (line(s) 4, 9 of the file)" in err, err
    path.write_text('sep=,\ncase,A,B,Y\n\na,1,0,1\n"b\nc",0,1,0\n\n,0,0,0\n', encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and "empty case name(s) in row(s) 3 (line(s) 8 of the file)" in err, err

    df = pd.DataFrame({"case": ["a", "b", "a"], "A": [1, 0, 1], "Y": [1, 0, 1]})
    with pytest.raises(QCAInputError, match=r"'a' in row\(s\) 1, 3$"):   # a DataFrame: no line of any file
        prepare_data(df, "Y", case_column="case")
    path.write_text("case,A,Y\nx,0,0\n\na,1,1\nb,0,0\na,1,1\n", encoding="utf-8")
    read, case = read_data(path)
    with pytest.raises(QCAInputError, match=r"'a' in row\(s\) 2, 4 \(line\(s\) 4, 6 of the file\)$"):
        prepare_data(read, "Y", case_column=case)
    with pytest.raises(QCAInputError, match=r"'a' in row\(s\) 1, 3$"):   # rows of the frame filtered: not the file's
        prepare_data(read.iloc[1:].reset_index(drop=True), "Y", case_column=case)


def test_a_crisp_set_written_with_three_decimals_is_no_thousands_separator(capsys, tmp_path):
    """Excel's number format with three decimals writes a crisp set as '1.000' and '0': each such column was warned
    about as amounts with '.' between groups of digits (1000). A column of 0 and 1 only says nothing now; a column
    of amounts ('1.038' beside '586') is still warned about, and '1.000' beside decimal commas still refused."""
    from analysis.qca import prepare_data
    from analysis.qca.separators import grouped_numbers

    path = tmp_path / "crisp.csv"
    path.write_text("case,A,B,Y\na,1.000,0,1.000\nb,0,1.000,0\nc,1.000,1.000,1.000\nd,0,0,0\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 0 and err == "", err
    df = pd.DataFrame({"A": ["1.000", "0", "1.000", ""], "AMT": ["1.038", "586", "0", "2.100"],
                       "MV": ["1.000", "2.000", "0", "1"], "Y": ["1", "0", "1", "0"]})
    assert grouped_numbers(df, "A") is None
    assert grouped_numbers(df, "AMT")[0] == grouped_numbers(df, "MV")[0] == "warning"   # 2.000 may be 2000
    with pytest.raises(QCAInputError, match="writes decimals with a comma"):
        prepare_data(df.assign(B=["0,5", "0", "1", "0"], A=["1.000", "0", "1.000", "0"])[["A", "B", "Y"]], "Y")


def test_a_condition_with_its_own_level_for_each_of_a_few_cases_is_named(capsys, tmp_path):
    """Below 5 cases a column of distinct whole numbers is not refused as a case identifier (a multi-value set may
    hold a different level for every case by chance), but 'REG' 0, 1, 2, 3 for 4 cases was read as a multi-value
    condition without a word, while it separates every case by itself. It is now a note (a warning on the command
    line) saying so and what to do; a set repeating a level, or crisp 0/1 for two cases, says nothing."""
    from analysis.qca import prepare_data

    df = pd.DataFrame({"case": list("abcd"), "REG": [0, 1, 2, 3], "A": [1, 0, 1, 0], "Y": [1, 0, 1, 0]})
    notes = prepare_data(df, "Y", case_column="case", warn=False).warnings
    said = [n for n in notes if "different level for every one of the 4 cases" in n]
    assert len(said) == 1 and said[0].startswith("condition 'REG'") and "leave it out of the conditions" in said[0]
    assert "case_column='REG'" not in said[0]   # the cases are named already
    for frame in (df.assign(REG=[0, 1, 2, 2]), df.iloc[:2].assign(REG=[0, 1])):
        assert not [n for n in prepare_data(frame, "Y", case_column="case", warn=False).warnings
                    if "different level for every" in n]
    path = tmp_path / "reg.csv"
    df.drop(columns="case").to_csv(path, index=False)
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 0 and "warning: condition 'REG' holds a different level" in err and "--case-column REG" in err, err


def test_fraction_cells_are_read_as_the_numbers_they_are():
    """A fractions.Fraction cell (1/3 as a membership, an exact number) was refused as 'non-numeric values', while
    calibrate and the cut-offs took Fractions: it is read as its number, as the same memberships in floats are."""
    from fractions import Fraction

    from analysis.qca import minimize, necessity

    memberships = {"A": [Fraction(1, 3), Fraction(2, 3), 1, 0], "B": [1, 0, 1, Fraction(1, 2)],
                   "Y": [Fraction(1, 4), 1, Fraction(9, 10), 0]}
    exact = pd.DataFrame(memberships, index=list("pqrs"))
    floats = exact.apply(lambda col: col.map(float))
    assert str(truth_table(exact, "Y", incl_cut=0.7)) == str(truth_table(floats, "Y", incl_cut=0.7))
    pd.testing.assert_frame_equal(truth_table(exact, "Y", incl_cut=0.7).rows, truth_table(floats, "Y", incl_cut=0.7).rows)
    assert minimize(truth_table(exact, "Y", incl_cut=0.7), "?").model_sets == \
        minimize(truth_table(floats, "Y", incl_cut=0.7), "?").model_sets
    assert str(necessity(exact, "Y", ["A", "B"])) == str(necessity(floats, "Y", ["A", "B"]))


def test_a_csv_in_a_code_page_is_named_chinese_only_when_it_reads_as_chinese(tmp_path):
    """A CSV that is not UTF-8: Chinese Excel's 'CSV (逗号分隔)' (GBK) is named as such, its line shown as GBK reads it
    and the Excel menu to save it as UTF-8 given; a CP1252 file ('Québec': é before a plain letter, which GBK reads as
    '閎') keeps the general message, not told it is Chinese."""
    from analysis.qca.read import read_data

    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes("案例,经济发展,结果\r\n北京,0.8,1\r\n上海,0.6,0\r\n".encode("gbk"))
    with pytest.raises(QCAInputError) as exc:
        read_data(gbk)
    assert ("not UTF-8 text (byte 0xb0 on line 1): Chinese text in the code page GBK, as Excel on Chinese Windows saves "
            "'CSV (逗号分隔)' (line 1 reads '案例,经济发展,结果' in GBK); save it as UTF-8") in str(exc.value)
    western = tmp_path / "cp1252.csv"
    western.write_bytes("case,A,Y\r\nQuébec,1,0\r\nZürich,0,1\r\n".encode("cp1252"))
    with pytest.raises(QCAInputError) as exc:
        read_data(western)
    assert str(exc.value).endswith("not UTF-8 text (byte 0xe9 on line 2); save it as UTF-8, e.g. Excel's 'CSV UTF-8 "
                                   "(comma delimited)', or convert it (iconv -f GBK -t UTF-8, or -f CP1252)")


def test_a_specification_file_in_a_code_page_is_named_as_the_data_file_is(tmp_path):
    """read_spec_file said only 'not UTF-8 text (byte 2); save the file as UTF-8' of a YAML file saved in GBK (a text
    editor's 'ANSI' on Chinese Windows): it now names GBK, the byte's line and how GBK reads it, as read_data does (one
    implementation, read.not_utf8_message), and a CP1252 file keeps the general message; both with the editor's
    way to save as UTF-8, not Excel's."""
    from analysis.qca.read import read_spec_file

    gbk = tmp_path / "sweep.yaml"
    gbk.write_bytes("outcome: SURV\n# 稳健性检验\nconditions: [DEV]\n".encode("gbk"))
    with pytest.raises(QCAInputError) as exc:
        read_spec_file(gbk)
    assert str(exc.value) == (
        f"{gbk}: not UTF-8 text (byte 0xce on line 2): Chinese text in the code page GBK, as a text editor on Chinese "
        "Windows saves 'ANSI' text (line 2 reads '# 稳健性检验' in GBK); save it as UTF-8: in the editor, Save As with "
        "the encoding UTF-8 (编码 UTF-8), or convert it (iconv -f GB18030 -t UTF-8)")
    western = tmp_path / "spec.json"
    western.write_bytes('{"Qu\u00e9bec": 1}'.encode("cp1252"))
    with pytest.raises(QCAInputError) as exc:
        read_spec_file(western)
    assert str(exc.value) == (f"{western}: not UTF-8 text (byte 0xe9 on line 1); save it as UTF-8, e.g. in a text "
                              "editor, with the encoding UTF-8, or convert it (iconv -f GBK -t UTF-8, or -f CP1252)")


def test_a_semicolon_separated_csv_is_told_what_works_in_a_decimal_comma_locale(tmp_path):
    """A CSV from Excel in a locale with decimal commas ('case;A;Y', '0,8') was told to 'save it as 'CSV UTF-8 (comma
    delimited)' with '.' as decimal separator': that Excel writes ';' in every CSV it saves (the list separator of
    Windows' region settings), 'CSV UTF-8 (comma delimited)' too. It is told to give the workbook, which the engine
    reads, or to convert the file, and the Python conversion it gives reads as the comma-separated file."""
    from analysis.qca.read import read_data

    path = tmp_path / "eu.csv"
    path.write_text("case;A;Y\nBE;0,8;1\nFR;0,25;0\n", encoding="utf-8")
    for text in (None, "sep=;\n"):
        if text:
            path.write_text(text + path.read_text(encoding="utf-8"), encoding="utf-8")
        with pytest.raises(QCAInputError) as exc:
            read_data(path)
        msg = str(exc.value)
        assert "separated by ';', not commas (Excel in a locale with decimal commas writes ';' and 0,8 in every CSV it " \
               "saves, 'CSV UTF-8 (comma delimited)' too): give the workbook (.xlsx) itself, which the engine reads, " \
               "or convert it: in R" in msg, msg
        assert "save it as 'CSV UTF-8" not in msg   # before: the advice that gives the same file again
    advice = "pandas.read_csv(path, sep=';', decimal=',').to_csv(new, index=False)"
    assert advice in msg
    path.write_text("case;A;Y\nBE;0,8;1\nFR;0,25;0\n", encoding="utf-8")
    new = tmp_path / "new.csv"
    eval(advice, {"pandas": pd, "path": path, "new": new})   # the conversion as the message writes it
    df, case = read_data(new)
    assert case == "case" and df["A"].tolist() == ["0.8", "0.25"]


def test_a_column_of_case_names_with_one_name_twice_is_named_as_case_names_not_as_value_labels(capsys, tmp_path):
    """A file whose case names sit in a column the engine does not know by its name ('county'), with one county
    entered twice, was refused as "'county': text labels (e.g. SPSS value labels): export the numeric codes", with
    the advice to list the conditions without it; the same file without the repeat was told to pass --case-column.
    Now the repeated name is named, with both fixes: a name of its own per case, and --case-column."""
    rows = ["Anxi,0.9,0.2,0.85", "Baoding,0.7,0.3,0.7", "Changle,0.3,0.8,0.2", "Dali,0.8,0.1,0.9",
            "Enshi,0.2,0.9,0.1", "Anxi,0.6,0.4,0.8"]
    path = tmp_path / "counties.csv"
    path.write_text("county,GOV,NOT,Y\n" + "\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert ("'county': every value is text, like case names, but 'Anxi' names more than one case: if 'county' names "
            "the cases, give each case a name of its own and pass --case-column county") in err, err
    assert "value labels" not in err and "list the conditions without" not in err, err
    with pytest.raises(QCAInputError, match=r"but 'Anxi' names more than one case: .* pass case_column='county' "
                                            r"\(CLI: --case-column county\)"):
        truth_table(pd.read_csv(path), "Y")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y", "--case-column", "county")
    assert code == 2 and "duplicate case name(s): Anxi" in err, err   # the fix it names leads to the rows
    labels = tmp_path / "labels.csv"   # text labels repeat throughout: still told to export the codes
    labels.write_text("case,GOV,NOT,Y\n" + "\n".join(
        f"c{i},{'high' if i % 2 else 'low'},0.{i + 1},0.{9 - i}" for i in range(6)) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(labels), "--outcome", "Y")
    assert code == 2 and "text labels (e.g. SPSS value labels)" in err and "names more than one case" not in err, err


@pytest.mark.parametrize("first", ["Anxi,0.9,0.2,0.85", "Anxi,0.71,0.22,0.85", "1,0,1,1"])
def test_a_file_without_its_header_row_is_told_to_add_one(capsys, tmp_path, first):
    """A file saved without its header row (R's write.table(col.names = FALSE), rows copied out of a bigger sheet)
    has its first case read as the column names: refused as "column name '0.9' appears twice in the header", or,
    when the numbers differ, as "--outcome 'Y' is not a column (columns: 'Anxi', '0.71', ...)", neither saying
    that the header is missing. Now the first line is named as data, and a header row asked for."""
    path = tmp_path / "noheader.csv"
    path.write_text(first + "\nBaoding,0.7,0.3,0.7\nChangle,0.3,0.8,0.2\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and out == "" and err.count("\n") == 1, err
    shown = ", ".join(repr(n) for n in first.split(","))
    told = (f"holds numbers where the column names go ({shown}): a row of data, the header row left out? Add a "
            "header row naming the columns (the case names' column, the conditions, the outcome), e.g. case,A,B,Y\n")
    # the names clash ('1' twice): the reader says it; they differ: the outcome is no column, and that says it
    assert err == (f"error: {path}: the first line {told}" if first == "1,0,1,1" else
                   f"error: --outcome 'Y' is not a column of {path}: the header {told}"), err
    book = tmp_path / "noheader.xlsx"
    pd.read_csv(path, header=None).to_excel(book, header=False, index=False, sheet_name="Data")
    code, out, err = run(capsys, "truth-table", str(book), "--outcome", "Y")
    assert code == 2 and err.startswith(f"error: {book}: sheet 'Data', row 1 holds numbers where the column names "
                                        "go (" if first == "1,0,1,1" else
                                        f"error: --outcome 'Y' is not a column of {book}: the header holds numbers"), err


def test_column_names_that_are_numbers_beside_a_name_are_read_as_names(capsys, tmp_path):
    """Not every header with numbers is a row of data: a name among them (the outcome 'Y') keeps the header, and so
    do names that are all numbers (years) where nothing fails: the reader refused 'case,2019,2020,2021' with the
    outcome '2021' as a header left out."""
    path = tmp_path / "years.csv"
    path.write_text("case,2019,2020,Y\na,1,0,1\nb,0,1,0\nc,1,1,1\nd,0,0,0\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 0 and "2019" in out, err
    years = tmp_path / "years_only.csv"
    years.write_text("case,2019,2020,2021\na,1,0,1\nb,0,1,0\nc,1,1,1\nd,0,0,0\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(years), "--outcome", "2021")
    assert code == 0 and "2019" in out and "2020" in out, err
    book = tmp_path / "years_only.xlsx"
    pd.read_csv(years).to_excel(book, index=False, sheet_name="Data")
    code, out, err = run(capsys, "truth-table", str(book), "--outcome", "2021")
    assert code == 0 and "2019" in out, err


def test_a_percentage_typed_among_memberships_is_told_the_membership_it_means(capsys, tmp_path):
    """One cell typed '90%' in a column of memberships (0.7, 0.85, ...) was told "a percentage: QCA needs
    memberships in [0, 1]; calibrate the raw percentages first", as a column of raw percentages is: the column is
    calibrated already, and the cell means 0.9. A column of percentages keeps its advice to calibrate."""
    path = tmp_path / "typed.csv"
    path.write_text("case,A,B,Y\na,0.7,0.2,0.8\nb,90%,0.9,0.7\nc,0.3,0.6,0.2\nd,0.2,0.1,0.1\ne,0.8,0.7,0.9\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err.count("\n") == 1, err
    assert ("'A': a percentage among memberships in [0, 1] ('90%' is 0.9): write it as its other cells are written, "
            "a membership from 0 to 1") in err and "calibrate the raw percentages" not in err, err
    path.write_text("case,A,B,Y\na,70%,0.2,0.8\nb,90%,0.9,0.7\nc,30%,0.6,0.2\nd,20%,0.1,0.1\ne,80%,0.7,0.9\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and "'A': a percentage: QCA needs memberships in [0, 1]; calibrate the raw percentages" in err, err
    path.write_text("case,A,B,Y\na,70,0.2,0.8\nb,90%,0.9,0.7\nc,30,0.6,0.2\nd,20,0.1,0.1\ne,80,0.7,0.9\n",
                    encoding="utf-8")   # among raw percentages (70, 30, ...): no membership to write
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and "'A': a percentage: QCA needs memberships in [0, 1]; calibrate the raw percentages" in err, err


def test_a_condition_named_case_is_told_that_the_name_is_kept_for_the_case_names(capsys, tmp_path):
    """A fuzzy condition named 'case' beside the case names in 'county' was taken for the case names by its name and
    refused as "duplicate case name(s): 0.7, ...; case names must be unique (case column 'case': ...)", without
    saying why memberships were case names, nor which column holds the names. Now the message says that the name
    'case' is kept for the case names and gives the fix; --case-column county reads 'case' as a set."""
    rows = ["Anxi,0.9,0.2,0.85", "Baoding,0.7,0.3,0.7", "Changle,0.3,0.8,0.2", "Dali,0.7,0.1,0.9",
            "Enshi,0.2,0.9,0.1"]
    path = tmp_path / "counties.csv"
    path.write_text("county,case,NOT,Y\n" + "\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and out == "" and err == (
        f"error: {path}: the column 'case' is taken for the case names by its name, but it holds numbers, '0.7' for 2 "
        "cases, like a set's memberships: a condition named 'case'? The name 'case' is kept for the column of case "
        "names, and 'county' holds a different name for every case: pass --case-column county ('case' is then read "
        "as a set; or rename it, e.g. to 'case_set')\n"), err
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y", "--case-column", "county")
    header = next(line for line in out.splitlines() if "OUT" in line and "incl" in line)
    assert code == 0 and header.split()[:2] == ["case", "NOT"], out   # the fix it names: 'case' a condition
    path.write_text("case,wave,A,Y\n1,1,0.2,0.3\n1,2,0.7,0.8\n2,1,0.6,0.9\n2,2,0.1,0.2\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")   # a panel's units repeat: as before
    assert code == 2 and "duplicate case name(s): 1, 2" in err and "taken for the case names by its name" not in err


@pytest.mark.parametrize("cell", ["'1", "'0.7"])
def test_a_number_with_excels_apostrophe_is_named(capsys, tmp_path, cell):
    """A cell written '1 (Excel's apostrophe that keeps a number as text, exported with it) was refused as
    "non-numeric values in column(s) 'A'" with no hint; the message now names the apostrophe and the number to
    write, and the file with it deleted is read."""
    path = tmp_path / "apostrophe.csv"
    rows = f"case,A,B,Y\na,0.7,0.2,0.8\nb,{cell},0.9,0.7\nc,0.3,0.6,0.2\nd,0.2,0.1,0.1\ne,0.8,0.7,0.9\n"
    path.write_text(rows, encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err.count("\n") == 1, err
    assert (f"'A': an apostrophe before the number (e.g. {cell!r}: Excel's mark of a number stored as text): delete "
            f"the apostrophe, e.g. {cell[1:]!r}") in err, err
    path.write_text(rows.replace(cell, cell[1:]), encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 0, err


@pytest.mark.parametrize("cell", ["0. 8", "0 .8", "0.8 5"])
def test_a_space_typed_inside_a_membership_is_named(capsys, tmp_path, cell):
    """A membership typed with a space inside it ('0. 8') was refused as "non-numeric values in column(s) 'A' (e.g.
    '0. 8' ...)" with no hint at all (a space in front or behind is read; inside, the number is not sure). Now the
    message names the space and what the cell reads without it; thousands separators keep their own hint."""
    path = tmp_path / "spaced.csv"
    path.write_text(f"case,A,B,Y\na,0.7,0.2,0.8\nb,{cell},0.9,0.7\nc,0.3,0.6,0.2\nd,0.2,0.1,0.1\ne,0.8,0.7,0.9\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    joined = cell.replace(" ", "")
    assert code == 2 and err.count("\n") == 1, err
    assert f"'A': a space inside a number (e.g. '{cell}', which reads '{joined}' without it): delete the space" in err
    path.write_text("case,A,Y\na,1 038,1\nb,2 100,0\nc,1 586,1\nd,1 700,0\ne,1 900,1\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and "a thousands separator" in err and "a space inside a number" not in err, err


def test_one_membership_typed_above_one_is_asked_whether_it_is_mistyped(capsys, tmp_path):
    """'8' typed for 0.8 in a column of memberships was told "fuzzy memberships must lie in [0, 1] (calibrate raw data
    first)", the advice for a column of raw values; now, where the column's other cells are memberships, the message
    asks whether the cell is mistyped, and the workshop's Chinese line says the same. Raw values keep the advice."""
    from analysis.workshop import engine_error_zh

    rows = ["a,0.7,0.2,0.8", "b,8,0.9,0.7", "c,0.3,0.6,0.2", "d,0.2,0.1,0.1", "e,0.8,0.7,0.9", "f,0.6,0.4,0.7"]
    path = tmp_path / "typo.csv"
    path.write_text("case,A,B,Y\n" + "\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err.rstrip().endswith(
        "condition 'A' has membership(s) outside [0, 1] for case(s) 'b': 8.0; fuzzy memberships must lie in "
        "[0, 1] (a mistyped cell? the other 5 cells of 'A' lie in [0, 1]: correct it, or calibrate raw data first)"), err
    with pytest.raises(QCAInputError) as typo:
        truth_table(pd.read_csv(path, index_col="case"), "Y")
    assert engine_error_zh(typo.value).endswith("（是否输错了？该列其余 5 个单元格都在 [0, 1] 内：请改正，或先校准原始数据）")
    raw = pd.read_csv(path, index_col="case").assign(A=[33.4, 60.5, 0.7, 28.5, 22.0, 21.2])
    with pytest.raises(QCAInputError) as scores:
        truth_table(raw, "Y")
    assert str(scores.value).endswith("fuzzy memberships must lie in [0, 1] (calibrate raw data first)"), scores.value
    assert engine_error_zh(scores.value).endswith("（请先校准原始数据）")


@pytest.mark.parametrize("label", ["Total", "合计", "Mean"])
def test_a_summary_row_left_empty_is_named_as_a_summary_row(capsys, tmp_path, label):
    """A 'Total' row below the data with its cells left empty was told only "missing values in column(s) 'A' (case(s)
    'Total'); ...: drop or impute those cases explicitly first", as a case with a gap is; a filled summary row is
    warned about as one. The message now says that the row looks like a summary row and to delete it."""
    path = tmp_path / "total.csv"
    path.write_text(f"case,A,B,Y\na,0.7,0.2,0.8\nb,0.9,0.9,0.7\nc,0.3,0.6,0.2\nd,0.2,0.1,0.1\n{label},,,\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err.count("\n") == 1, err
    assert err.rstrip().endswith("drop or impute those cases explicitly first (to drop them, naming them: in Python, "
                                 "drop_missing_cases(df, ['A', 'B', 'Y'], case_column='case'); on the command line, --drop-missing); "
                                 f"case '{label}' looks like a summary row "
                                 "(a total, mean or other statistic below the data), not a case: delete the row"), err
    path.write_text("case,A,B,Y\na,0.7,0.2,0.8\nb,0.9,,0.7\nc,0.3,0.6,0.2\nd,0.2,0.1,0.1\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")   # a case with a gap: as before
    assert code == 2 and err.rstrip().endswith("drop or impute those cases explicitly first (to drop them, naming "
                                               "them: in Python, drop_missing_cases(df, ['B'], case_column='case'); on the command line, "
                                               "--drop-missing)"), err


def test_a_raw_column_named_otherwise_than_its_set_says_how_to_name_it(capsys, tmp_path):
    """Raw data whose columns are named otherwise than the sets (raw 'dev' for the set DEV, as a researcher's own
    file names them) made a test recalibrating DEV, written as README's example writes it, end on "column 'DEV' not
    in the raw data (columns: ...)", with no word of the column meant nor of `source`, the key that names it. Now
    the message names the column meant and how to give it, for a test and for a calibration range alike."""
    from analysis.paths import ROOT
    from analysis.qca import robustness_protocol, threshold_range

    lr = pd.read_csv(ROOT / "data/reference/datasets/LR.csv", index_col="case")
    lf = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    raw = lr.rename(columns=str.lower)
    with pytest.raises(QCAInputError) as err:
        robustness_protocol(lf, "SURV", conds, [{"label": "DEV c=600", "calibrate": {"DEV": {
            "thresholds": "e=350, c=600, i=900"}}}], raw=raw, incl_cut=0.8)
    assert ("raw column 'DEV' not in the raw data; did you mean 'dev'? (names are case-sensitive)" in str(err.value)
            and "{DEV: {source: dev, thresholds: ...}}" in str(err.value)), err.value
    with pytest.raises(QCAInputError) as err:
        threshold_range(lf, "SURV", conds, "calibration", step=25, raw=raw, calibrate_set="DEV",
                        thresholds="e=350, c=550, i=850", incl_cut=0.8)
    assert ("raw column 'DEV' not in the raw data; did you mean 'dev'?" in str(err.value)
            and "source='dev'" in str(err.value)), err.value
    with pytest.raises(QCAInputError) as err:   # a source given and misspelt: its fix only
        threshold_range(lf, "SURV", conds, "calibration", step=25, raw=raw, calibrate_set="DEV", source="devv",
                        thresholds="e=350, c=550, i=850", incl_cut=0.8)
    assert "raw column 'devv' not in the raw data; did you mean 'dev'?" in str(err.value), err.value
    assert "source=" not in str(err.value), err.value


def _survey(tmp_path):
    """A researcher's survey file: a byte order mark (Excel's 'CSV UTF-8'), an ID column, Chinese column names, and
    missing values written as R, SPSS and Excel write them: an empty cell, 'NA', '-'; a note column with gaps too."""
    path = tmp_path / "survey.csv"
    path.write_bytes("\ufeff编号,满意,信任,结果,备注\nA1,1,0,1,\nA2,NA,1,0,x\nA3,0,,1,\nA4,1,1,1,\nA5,0,-,0,y\nA6,0,0,0,\n"
                     "A7,1,1,0,\n".encode("utf-8"))
    return path


def test_drop_missing_drops_the_cases_with_a_missing_value_in_the_columns_used_and_names_them(capsys, tmp_path):
    """A case with a missing value could only be dropped by hand: the CLI had no option, and the Python advice
    df.dropna(subset=[...]) dropped none of the cases of a frame read_data read ('NA', '', '-' are text cells there).
    --drop-missing (and drop_missing_cases in Python) drops the cases with a missing value in the outcome or a
    condition used, never another column's (the note column's gaps keep their cases), and says which cases, on which
    line, and how many in one 'note:' line; the analysis is that of the file with those rows deleted; without the
    flag the file is refused as before."""
    path = _survey(tmp_path)
    argv = ["truth-table", str(path), "--outcome", "结果", "--case-column", "编号", "--conditions", "满意,信任"]
    code, out, err = run(capsys, *argv)
    assert code == 2 and "--drop-missing" in err and "A2" in err, err
    code, out, err = run(capsys, *argv, "--drop-missing")
    assert code == 0 and err == ("note: dropped 3 of 7 cases for a missing value in '满意', '信任', '结果': 'A2' (line 3: "
                                 "'满意' 'NA'), 'A3' (line 4: '信任' empty), 'A5' (line 6: '信任' '-'); 4 cases left "
                                 "(--drop-missing)\n"), err
    kept = tmp_path / "kept.csv"
    kept.write_text("编号,满意,信任,结果\nA1,1,0,1\nA4,1,1,1\nA6,0,0,0\nA7,1,1,0\n", encoding="utf-8")
    assert run(capsys, "truth-table", str(kept), "--outcome", "结果", "--case-column", "编号") == (0, out, "")
    # a condition left out: its missing values drop no case
    code, out, err = run(capsys, *argv[:-1], "满意", "--drop-missing")
    assert code == 0 and "dropped 1 of 7 cases" in err and "'A2'" in err and "A3" not in err, err
    # pof: the sets of --expression and the outcome
    code, out, err = run(capsys, "pof", str(path), "--outcome", "结果", "--case-column", "编号", "--expression", "信任",
                         "--drop-missing")
    assert code == 0 and "dropped 2 of 7 cases for a missing value in '信任', '结果': 'A3'" in err, err


def test_drop_missing_reads_the_conditions_as_the_analysis_does_an_r_range_included(capsys, tmp_path):
    """--drop-missing took --conditions apart at its commas itself, so R's range '满意:信任' (which the analysis reads
    as the columns from 满意 to 信任, data.parse_conditions) named no column and the cases missing a condition were
    not dropped: the file was refused as without the flag. The flag now reads --conditions (and a sweep file's
    conditions) with the analysis's own parser: the range drops the same cases as the list."""
    path = _survey(tmp_path)
    common = ["truth-table", str(path), "--outcome", "结果", "--case-column", "编号", "--drop-missing"]
    listed = run(capsys, *common, "--conditions", "满意,信任")
    ranged = run(capsys, *common, "--conditions", "满意:信任")
    assert listed[0] == 0 and "dropped 3 of 7 cases" in listed[2], listed
    assert ranged == listed, ranged


def test_drop_missing_cases_in_python_reads_missing_cells_as_the_analysis_does(tmp_path):
    """drop_missing_cases(df, columns, case_column) drops what the analysis refuses as missing (read_data's text
    cells 'NA', '', '-', a NaN of pandas' own reader), names the cases in a QCAWarning (silent with warn=False), keeps
    the file's lines for later messages, and refuses dropping every case."""
    from analysis.qca import QCAWarning, drop_missing_cases, read_data

    df, case = read_data(_survey(tmp_path), case_column="编号")
    assert len(df.dropna(subset=["满意", "信任"])) == 7   # pandas' dropna: text cells are no NaN
    with pytest.warns(QCAWarning, match=r"^dropped 3 of 7 cases for a missing value in '满意', '信任': 'A2' \(line 3"):
        kept = drop_missing_cases(df, "满意, 信任", case_column=case)
    assert kept[case].tolist() == ["A1", "A4", "A6", "A7"]
    assert truth_table(kept, "结果", ["满意", "信任"], case_column=case).to_frame()["n"].sum() == 4
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert drop_missing_cases(df, ["满意", "信任"], case, warn=False)[case].tolist() == ["A1", "A4", "A6", "A7"]
        same = drop_missing_cases(df, ["结果"], case)   # nothing to drop: no word
    assert same is df
    from analysis.qca.data import file_lines

    assert file_lines(kept, kept[case]).lines == (2, 5, 7, 8)   # the file's lines of the cases kept, for later messages
    nan = pd.DataFrame({"A": [1.0, float("nan"), 0.0], "Y": [1, 0, None]}, index=["a", "b", "c"])
    with pytest.warns(QCAWarning, match=r"'b' \('A' empty\), 'c' \('Y' empty\); 1 cases left"):
        assert drop_missing_cases(nan, ["A", "Y"]).index.tolist() == ["a"]
    with pytest.raises(QCAInputError, match=r"^every case \(3\) has a missing value in 'A', 'Y'"):
        drop_missing_cases(nan.assign(Y=None), ["A", "Y"])
    twice = pd.DataFrame([[1, None], [0, 1], [1, 1]], columns=["A", "A"])   # was: no case dropped, without a word
    with pytest.raises(QCAInputError, match=r"^duplicate column name in the data: A;"):
        drop_missing_cases(twice, ["A"])


def test_the_hint_on_a_chinese_tables_missing_mark_says_how_to_drop_the_cases():
    """The hint on cells marked as Chinese tables mark no data ('—', '缺失') said "drop or impute those cases
    explicitly first" without saying how, where the message on missing values names the ways; it now names them too
    (drop_missing_cases with the column, --drop-missing), in its Chinese line as well."""
    from analysis.qca.data_value_hints import _value_hint
    from analysis.workshop import _value_hint_zh

    hint = _value_hint(["—", "缺失"], column="城镇化")
    assert hint.endswith("drop or impute those cases explicitly first (to drop them, naming them: in Python, "
                         "drop_missing_cases(df, ['城镇化']); on the command line, --drop-missing)"), hint
    assert _value_hint_zh(hint).endswith("（要删除它们并列出被删除的案例：在 Python 中用 drop_missing_cases(df, ['城镇化'])；"
                                         "在命令行中加上 --drop-missing）")


def test_a_calibration_ranges_refusal_of_a_missing_raw_value_says_how_to_go_on(capsys, tmp_path):
    """A calibration range refused a case without a raw value ('BE': '' in the --raw file) with 'calibration needs a
    number for every case' and no way on (a test's refusal names its drop_cases). A range recalibrates every case
    of the data analysed: the refusal now says to leave the case out of that data, data.drop(index=['BE']), and on
    the command line how: its membership left empty in the data file and --drop-missing. Done so, the range runs."""
    from analysis.paths import ROOT
    from analysis.qca import threshold_range

    lr = pd.read_csv(ROOT / "data/reference/datasets/LR.csv", encoding="utf-8")
    lf = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", encoding="utf-8")
    raw, data, spec = tmp_path / "lr.csv", tmp_path / "lf.csv", tmp_path / "ranges.yaml"
    lr.assign(DEV=lr["DEV"].astype(object).where(lr["case"] != "BE", "")).to_csv(raw, index=False, encoding="utf-8")
    spec.write_text("outcome: SURV\nconditions: [DEV, URB, LIT, IND, STB]\nincl_cut: 0.8\nranges:\n  - {parameter: "
                    "calibration, set: DEV, step: 25, max_runs: 2, thresholds: 'e=350, c=550, i=850'}\n", encoding="utf-8")
    code, out, err = run(capsys, "robustness", str(ROOT / "data/reference/datasets/LF.csv"), "--spec", str(spec),
                         "--raw", str(raw))
    # the command line's way alone: Python's data[~data['case'].isin(['BE'])] is no use to a command-line user
    assert code == 2 and err.strip().endswith(
        "calibration needs a number for every case; to leave the case without one out of the range, leave its "
        "membership in the data file empty, as the calibrate command's missing: keep does, and pass --drop-missing"), err
    assert "data[" not in err and "isin" not in err and "on the command line" not in err, err
    # the way said, followed: on the command line ...
    lf.assign(DEV=lf["DEV"].astype(object).where(lf["case"] != "BE", "")).to_csv(data, index=False, encoding="utf-8")
    code, out, err = run(capsys, "robustness", str(data), "--spec", str(spec), "--raw", str(raw), "--drop-missing")
    assert code == 0 and "calibration DEV" in out, err
    # ... and in Python
    lfi, lri = lf.set_index("case"), pd.read_csv(raw, index_col="case", encoding="utf-8")
    args = dict(parameter="calibration", step=25, max_runs=2, raw=lri, calibrate_set="DEV",
                thresholds="e=350, c=550, i=850", incl_cut=0.8)
    with pytest.raises(QCAInputError, match=r"out of the range, leave it out of the data analysed: "
                                            r"data\.drop\(index=\['BE'\]\)"):
        threshold_range(lfi, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], **args)
    assert len(threshold_range(lfi.drop(index=["BE"]), "SURV", ["DEV", "URB", "LIT", "IND", "STB"], **args))


@pytest.mark.parametrize("command, sweep, written", [
    ("calibrate", "DEV: {thresholds: e=350, c=550, i=850}\n", "e=350, c=550, i=850"),
    ("calibrate", "DEV: {type: crisp, thresholds: 350, 550}\n", "350, 550"),
    ("robustness", "tests:\n  - {label: c600, calibrate: {DEV: {thresholds: e=350, c=600, i=900}}}\n",
     "e=350, c=600, i=900"),
    ("robustness", "ranges:\n  - {parameter: calibration, set: DEV, step: 25, max_runs: 2, thresholds: e=350, c=550, "
                   "i=850}\n", "e=350, c=550, i=850"),
])
def test_thresholds_left_unquoted_in_a_yaml_mapping_are_told_how_to_write(capsys, tmp_path, command, sweep, written):
    """{thresholds: e=350, c=550, i=850} in a YAML file (the quotes left out) is read by YAML as thresholds 'e=350'
    and two keys 'c=550', 'i=850' without a value: refused as 'unknown argument(s) 'c=550', 'i=850'' and nothing more,
    which sent a researcher looking for a mistyped argument. The refusal now says the thresholds were left unquoted
    and gives the line to write; written so, the file runs."""
    code, out, err = run_spec(capsys, tmp_path, command, sweep)
    assert code == 2 and "; thresholds left unquoted in a YAML {...}? YAML ends a value at ',' and reads " in err, err
    assert err.strip().endswith(f"quote the thresholds, thresholds: '{written}'"), err
    fixed = re.sub(r"thresholds: [^}]*\}", f"thresholds: '{written}'}}", sweep, count=1)
    code, out, err = run_spec(capsys, tmp_path, command, fixed)
    assert code == 0, err


@pytest.mark.parametrize("code", [99, -9])
def test_a_missing_value_code_among_memberships_is_named_as_one(code):
    """A fuzzy set holding 99 (or -9) for 'no answer' among its memberships was refused as a membership outside
    [0, 1] with 'a mistyped cell? ... correct it, or calibrate raw data first' (or as a negative value, without a word),
    while the same code among a crisp set's 0 and 1 is named a missing-value code, with what to do. Both now name
    it so; done as said (the cell missing, the case dropped), the table is built."""
    from analysis.paths import ROOT
    from analysis.qca import drop_missing_cases

    lf = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case", encoding="utf-8")
    coded = lf.assign(DEV=lf["DEV"].mask(lf.index == "BE", float(code)))
    with pytest.raises(QCAInputError, match=rf"for case\(s\) 'BE': {code}\.0; .*; {code} looks like a missing-value "
                                            r"code \(SPSS, Stata\): mark such cells as missing first \(empty or NA, the "
                                            r"cases then dropped by drop_missing_cases"):
        truth_table(coded, "SURV", ["DEV", "URB"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        kept = drop_missing_cases(coded.replace(float(code), float("nan")), ["SURV", "DEV", "URB"])
    assert "BE" not in kept.index and len(truth_table(kept, "SURV", ["DEV", "URB"]).rows)


@pytest.mark.parametrize("cells, said", [
    (["45,2", "60,1", "70,3"], "write numbers with a point and no separators ('45,2': 45.2)"),
    (["1,234", "2,345", "3,100"], "write numbers with a point and no separators ('1,234': 1.234 or 1234?)"),
])
def test_a_decimal_comma_is_shown_with_the_columns_own_number(capsys, tmp_path, cells, said):
    """A CSV whose raw values are written with decimal commas ('45,2', quoted in a comma-separated file) was told to
    'write numbers with a point and no separators (0.8)': an example of no cell of the file, a membership where the
    column holds percentages. The hint now shows the column's first cell as it reads ('45,2': 45.2), and both readings
    of a cell that may hold a thousands separator ('1,234': 1.234 or 1234?)."""
    raw, spec = tmp_path / "raw.csv", tmp_path / "spec.yaml"
    raw.write_text("case,URB\n" + "".join(f'{c},"{v}"\n' for c, v in zip("abc", cells)), encoding="utf-8")
    spec.write_text("U: {source: URB, thresholds: 'e=40, c=55, i=70'}\n", encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec))
    assert code == 2 and f"'URB': a decimal comma (or a thousands separator): {said}, e.g. save the CSV" in err, err


def test_a_chinese_name_of_two_characters_finds_the_column_it_is_part_of(capsys, tmp_path):
    """Chinese column names are two to four characters, each a word's worth: '存活' for '是否存活' or '经济' for '经济发展'
    got no 'did you mean' (the rule said nothing under 3 characters, and a prefix only), so the researcher read the
    columns list for the name. A Chinese name now finds the Chinese names that hold it or that it holds; Latin names
    keep their rule ('DE' finds nothing)."""
    from analysis.qca._near import near_names

    columns = ["案例", "经济发展", "城市化", "政治稳定", "是否存活", "DEV"]
    assert near_names("存活", columns) == ["是否存活"]
    assert near_names("经济", columns) == ["经济发展"]
    assert near_names("稳定", columns) == ["政治稳定"]
    assert near_names("城市话", columns) == ["城市化"]   # one edit, as before
    assert near_names("化", columns) == [] and near_names("DE", columns) == []
    path = tmp_path / "sets.csv"
    path.write_text("案例,经济发展,城市化,是否存活\n甲,1,0,1\n乙,0,1,0\n丙,1,1,1\n丁,0,0,0\n", encoding="utf-8")
    code, _, err = run(capsys, "truth-table", str(path), "--case-column", "案例", "--outcome", "存活")
    assert code == 2 and "--outcome '存活' is not a column" in err and "did you mean '是否存活'?" in err, err
    code, _, err = run(capsys, "truth-table", str(path), "--case-column", "案例", "--outcome", "是否存活",
                       "--conditions", "经济,城市化")
    assert code == 2 and "unknown condition: '经济'; did you mean '经济发展'?" in err, err


def test_an_outcome_calibrate_frame_left_out_is_told_the_keep_that_copies_it():
    # README's route for one's own data: sets = calibrate_frame(df, spec, keep=case), then truth_table(sets, outcome=Y).
    # An outcome coded 0/1 already (not in the spec) is then not in `sets`: the error said only that the data lack it,
    # not that calibrate_frame left it out, nor how to keep it
    from analysis.qca import calibrate_frame, drop_missing_cases

    raw = pd.DataFrame({"名称": ["甲", "乙", "丙", "丁"], "投入": [100.0, 300.0, 200.0, 400.0],
                        "考核": [1, 0, 1, 0], "效果": [1, 0, 0, 1]})
    spec = {"财政": {"source": "投入", "thresholds": "e=100, c=250, i=400"}}
    sets = calibrate_frame(raw, spec, keep="名称")
    keep = "keep=['名称', '效果'] copies it unchanged"
    for call in (lambda: truth_table(sets.dropna(), outcome="效果", case_column="名称"),
                 lambda: drop_missing_cases(sets, ["效果", "财政"], case_column="名称")):
        with pytest.raises(QCAInputError, match=re.escape(f"calibrate_frame left '效果' out (neither a set of its "
                                                          f"spec nor kept): {keep}")):
            call()
    with pytest.raises(QCAInputError, match=re.escape("keep=['名称', '效果', '考核'] copies it unchanged (a set coded "
                                                      "already, such as an outcome coded 0/1; CLI: calibrate's --keep)")):
        truth_table(calibrate_frame(raw, spec, keep=["名称", "效果"]), outcome="效果", conditions=["财政", "考核"],
                    case_column="名称")
    # kept, it is read; a frame calibrate_frame did not make, or a name that is no raw column, gets no such hint
    assert truth_table(calibrate_frame(raw, spec, keep=["名称", "效果"]), outcome="效果", case_column="名称").rows.shape[0]
    with pytest.raises(QCAInputError) as err:
        truth_table(sets, outcome="EFF", case_column="名称")
    assert "calibrate_frame" not in str(err.value)
    with pytest.raises(QCAInputError) as err:
        truth_table(raw.drop(columns="效果"), outcome="效果", case_column="名称")
    assert "calibrate_frame" not in str(err.value)


def test_drop_missing_given_is_not_told_to_pass_drop_missing(capsys, tmp_path):
    # A file of one's own with a case-name column and an empty cell, read without --case-column but with
    # --drop-missing: the case names are a column of text, so nothing is dropped and the run is refused; its missing
    # values' part said "on the command line, --drop-missing", the flag the user had just given
    path = tmp_path / "sets.csv"
    path.write_text("名称,A,B,Y\n甲,1,0,1\n乙,,1,0\n丙,0,1,1\n丁,1,1,0\n", encoding="utf-8")
    code, _, err = run(capsys, "truth-table", str(path), "--outcome", "Y", "--drop-missing")
    assert code == 2 and "pass --case-column 名称" in err
    assert err.rstrip().endswith("missing values in column(s) 'A' (case(s) '2'): --drop-missing, given, drops those "
                                 "cases once the non-numeric values are dealt with"), err
    code, _, err = run(capsys, "truth-table", str(path), "--outcome", "Y")   # without the flag: it is named
    assert code == 2 and err.rstrip().endswith("on the command line, --drop-missing)"), err
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y", "--drop-missing", "--case-column", "名称")
    assert code == 0 and "dropped 1 of 4 cases" in err and "乙" not in out


@pytest.mark.parametrize("missing", [float("nan"), "缺失"])
def test_the_missing_value_errors_drop_line_keeps_the_case_column_the_call_gave(missing):
    """The missing-value error of truth_table(df, ..., case_column='国家') suggested drop_missing_cases(df, ['A']):
    run as written, its warning named the dropped case by its row label ('1'), not as the call names it ('英国'). The
    line now gives case_column= as the call gave it, in the workshop's Chinese line too, and run as written it names
    the case."""
    import re
    import warnings

    from analysis.qca import QCAInputError, drop_missing_cases, truth_table
    from analysis.workshop import engine_error_zh

    df = pd.DataFrame({"国家": ["中国", "英国", "法国", "德国"], "A": [1, missing, 0, 1], "Y": [1, 0, 0, 1]})
    with pytest.raises(QCAInputError) as err:
        truth_table(df, "Y", ["A"], case_column="国家")
    line = re.search(r"drop_missing_cases\(df, .*?\)(?=;)", str(err.value)).group(0)
    assert line == "drop_missing_cases(df, ['A'], case_column='国家')", str(err.value)
    assert f"在 Python 中用 {line}；" in (engine_error_zh(err.value) or ""), str(err.value)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        kept = eval(line, {"drop_missing_cases": drop_missing_cases, "df": df})
    assert list(kept["国家"]) == ["中国", "法国", "德国"]
    assert any("'英国'" in str(w.message) for w in caught), [str(w.message) for w in caught]


def test_a_summary_row_at_the_bottom_is_warned_of_when_read_naming_its_line_and_label(capsys, tmp_path, monkeypatch):
    """A filled-in '合计' / 'Total' / '平均' row below the cases passed read_data without a word (truth_table warned
    later, by case name alone; the calibrate command calibrated the total as a case, silently, and a total labelled in
    a column that is not the case column went unsaid). read_data now warns at once, naming each row's line and label,
    and when its values are the sums or the means of the rows above; the Python call is told how to drop the rows,
    the command line to delete them. A warning, not an error: a label alone does not prove it (a case may be named
    'Min'), and a case so named above other cases is no summary row."""
    from analysis.paths import ROOT
    from analysis.qca import QCAWarning
    from analysis.qca.read import read_data

    monkeypatch.chdir(ROOT)   # the files named as the catalogue names them, from the checkout

    def warned(path, **kw):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            df, case = read_data(path, **kw)
        assert all(w.category is QCAWarning for w in caught)
        return df, case, [str(w.message) for w in caught if "summary row" in str(w.message)]

    two = "tests/bad_inputs/summary_rows_total_mean.csv"
    df, case, said = warned(two)
    assert len(df) == 5 and case == "case"   # read as before: the rows are the user's to drop
    assert said == [
        f"{two}: line 5 ('合计': its values are the sums of the rows above), line 6 ('平均': its values are the means of "
        "the rows above) look like summary rows below the data (a total, mean or other statistic of the cases), not "
        "cases: read as cases, they enter the analysis as such; delete the lines in the file, or drop them after "
        "reading: df = df[~df['case'].isin(['合计', '平均'])]"]
    # without a case column, the first column's label; a 'Max' row whose values are no sum nor mean: the label alone
    plain = tmp_path / "plain.csv"
    plain.write_text("县名,A,Y\n甲,1,0\n乙,0,1\nMax,2,1\n", encoding="utf-8")
    assert warned(plain)[2] == [
        f"{plain}: line 4 ('Max') looks like a summary row below the data (a total, mean or other statistic of the "
        "cases), not a case: read as a case, it enters the analysis as one; delete the line in the file, or drop it "
        "after reading: df = df[df['县名'] != 'Max']"]
    # a case named like a statistic among the others, not at the bottom: no warning
    middle = tmp_path / "middle.csv"
    middle.write_text("case,A,Y\nMin,1,0\nAU,0,1\nBE,1,1\n", encoding="utf-8")
    assert warned(middle)[2] == []
    # a workbook's sheet: its row
    book = tmp_path / "book.xlsx"
    pd.DataFrame({"case": ["a", "b", "c", "Total"], "x": [1, 2, 3, 6]}).to_excel(book, index=False, sheet_name="数据")
    assert warned(book)[2][0].startswith(f"{book}: sheet '数据', row 5 ('Total': its values are the sums of the rows "
                                         "above) looks like a summary row below the data")
    # the command line: the line deleted, no pandas; the calibrate command was silent before
    code, _, err = run(capsys, "calibrate", "tests/bad_inputs/raw_total_row_cn.csv", "--spec",
                       "tests/bad_inputs/calibrate_total_row_cn.yaml", "--case-column", "县名", "--keep", "结局")
    assert code == 0 and (
        "warning: tests/bad_inputs/raw_total_row_cn.csv: line 6 ('合计': its values are the sums of the rows above) "
        "looks like a summary row below the data (a total, mean or other statistic of the cases), not a case: read as "
        "a case, it enters the analysis as one; delete the line in the file\n") in err, err


def test_a_summary_row_spaced_or_with_a_colon_or_without_a_label_is_warned_of_too(tmp_path):
    """Chinese tables space a two-character label to the column's width ('合  计', with ordinary or full-width blanks)
    and write a colon after it ('合计：', 'Total:'): such rows were not taken for summary rows. A bottom row with no
    label (Excel's merged label cell) whose values are the sums or the means of the three rows or more above in two
    columns or more, one of them a value no row above holds, was refused only for its empty case name; it is named as
    a summary row first. A row of its own numbers, or a 0/1 row that only repeats the rows' values, is no summary
    row."""
    from analysis.qca.read import read_data

    def said(text):
        path = tmp_path / "t.csv"
        path.write_text(text, encoding="utf-8")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            read_data(path)
        return [str(w.message).split(": ", 1)[1] for w in caught if "summary row" in str(w.message)]

    head = "case,A,B,Y\na,0.8,0.3,1\nb,0.2,0.7,0\nc,0.9,0.6,1\n"
    for label in ("合  计", "合\u3000\u3000计", "合计：", "Total:", "TOTAL"):
        found = said(head + f"{label},1.9,1.6,2\n")
        assert len(found) == 1 and found[0].startswith(f"line 5 ({label!r}: its values are the sums of the rows above) "
                                                       "looks like a summary row"), (label, found)
    assert said(head + ",1.9,1.6,2\n") == [
        "line 5 (no label: its values are the sums of the rows above) looks like a summary row below the data (a total, "
        "mean or other statistic of the cases), not a case: read as a case, it enters the analysis as one; delete the "
        "line in the file, or drop it after reading: df = df.iloc[:-1]"]
    assert said(head + ",0.4,0.5,1\n") == []          # no label, its own numbers: the empty name is refused later
    # a 0/1 row equal to the sums of rows holding one 1 each: a case, not a total (no value of its own)
    assert said("case,A,B,Y\na,1,0,0\nb,0,1,0\nc,0,0,1\n,1,1,1\n") == []


def test_a_summary_column_is_warned_of_where_it_would_be_a_condition(capsys, tmp_path, monkeypatch):
    """A '合计' column at the right of the sets (each row's total, as a spreadsheet adds it) was a condition of every
    command run without --conditions, without a word. read_data warns of it (with the columns it sums, when it does);
    the command line only where it becomes a condition: not with --conditions, nor for the outcome."""
    from analysis.paths import ROOT
    from analysis.qca.read import read_data

    monkeypatch.chdir(ROOT)
    path = "tests/bad_inputs/summary_column_cn.csv"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read_data(path)
    assert [str(w.message) for w in caught] == [
        f"{path}: column '合计' (in every row the sum of columns 'A', 'B') looks like a summary column (a total, mean or "
        "other statistic of other columns), not a set: read as a set, it is a condition of every analysis not given its "
        "conditions; delete the column, or name the conditions without it (conditions=[...])"]
    code, _, err = run(capsys, "truth-table", path, "--outcome", "Y")
    assert code == 0 and err.count("summary column") == 1 and "(--conditions A,B)" in err, err
    code, _, err = run(capsys, "truth-table", path, "--outcome", "Y", "--conditions", "A,B")
    assert code == 0 and "summary column" not in err, err
    code, _, err = run(capsys, "truth-table", path, "--outcome", "合计{2}", "--conditions", "A,B")
    assert "summary column" not in err, err
    mean = tmp_path / "mean.csv"
    mean.write_text("case,A,B,Total,Y\na,1,0,4,1\nb,0,1,5,0\nc,1,1,3,1\n", encoding="utf-8")
    code, _, err = run(capsys, "truth-table", str(mean), "--outcome", "Y")
    assert f"warning: {mean}: column 'Total' looks like a summary column" in err, err   # the name alone: no sums said


def test_a_header_over_two_lines_is_named_as_such(tmp_path):
    """A header over two lines (a merged cell '经济' above 'GDP' and '增长', as a two-row header is saved to CSV) was
    refused as 'column 3 has no name in the header ... holds values (e.g. '增长' in data row 1)', or its names read as
    a case's non-numeric values: it is named, with the line and the names. A case's row of text (its name given) is
    not taken for one."""
    from analysis.qca.read import read_data

    path = tmp_path / "two.csv"
    path.write_text("县名,经济,,社会\n,GDP,增长,教育\n甲,350,0.1,0.8\n乙,520,0.3,0.4\n", encoding="utf-8")
    with pytest.raises(QCAInputError) as exc:
        read_data(path)
    assert str(exc.value) == (
        f"{path}: line 2 holds names, not values ('GDP', '增长', '教育'), above rows of numbers: a header over two lines "
        "(a merged cell above several columns, as a two-row header is saved)? Write one header line, one name per "
        "column (e.g. '经济_GDP'), and delete the other line")
    path.write_text("sep=,\ncase,经济,社会\n,GDP,教育\na,1,0\nb,0,1\n", encoding="utf-8")   # Excel's 'sep=,' above
    with pytest.raises(QCAInputError, match="line 3 holds names, not values"):
        read_data(path)
    path.write_text("case,A,B,Y\nAU,低,高,一\nBE,0.6,0.4,0\nCZ,0.1,0.9,1\n", encoding="utf-8")
    assert len(read_data(path)[0]) == 3   # a case's row (named AU): its values are the values' problem, later
    path.write_text("case,A,B,Y\n,NA,NA,NA\nBE,0.6,0.4,0\nCZ,0.1,0.9,1\n", encoding="utf-8")
    assert len(read_data(path)[0]) == 3   # missing-value marks are no names


def test_a_data_file_named_with_a_blank_at_its_end_is_told_so(capsys):
    """'LF.csv ' (a blank copied with the name, or typed before a closing quote) was told "did you mean 'LF.csv'? (file
    names are case-sensitive)", which is not what differs: the hint says the name has a blank at its start or end.
    A name in another case keeps its hint."""
    from analysis.paths import ROOT

    lf = ROOT / "data/reference/datasets/LF.csv"
    code, _, err = run(capsys, "truth-table", f"{lf} ", "--outcome", "SURV")
    assert code == 2 and err == (f"error: {lf} : file not found; did you mean '{lf}'? (the name given has a blank at its "
                                 "start or end)\n"), err
    code, _, err = run(capsys, "truth-table", str(lf.parent / "lf.csv"), "--outcome", "SURV")
    assert err.endswith(f"did you mean '{lf}'? (file names are case-sensitive)\n"), err


def test_a_frames_total_row_out_of_range_is_named_a_summary_row():
    """A pandas user's frame with its sums appended (pd.concat([df, df.sum().to_frame('Total').T])) was refused as
    "membership(s) outside [0, 1] for case(s) 'Total': 9.14 ... (a mistyped cell? the other 18 cells of 'DEV' lie in
    [0, 1]: correct it, or calibrate raw data first)": the row is named a summary row to delete, as a summary row
    left empty is, and not taken for a mistyped cell."""
    from analysis.paths import ROOT
    from analysis.workshop.zh_errors import engine_error_zh

    lf = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    with pytest.raises(QCAInputError) as exc:
        truth_table(pd.concat([lf, lf.sum().to_frame("Total").T]), "SURV")
    assert str(exc.value).endswith(
        "; fuzzy memberships must lie in [0, 1] (calibrate raw "
        "data first); case 'Total' looks like a summary row (a total, mean or other statistic below the data), not a "
        "case: delete the row"), exc.value
    assert engine_error_zh(exc.value).endswith(
        "（请先校准原始数据）；案例 'Total' 像是数据下方的汇总行（合计、均值或其他统计量），不是案例：请删除该行"), exc.value

"""A researcher's own small, messy files through the CLI and the API (round 27): what the engine takes for a case
identifier, numbers it cannot read for sure, and other traps of exported data."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

from analysis.qca import QCAInputError, truth_table
from analysis.qca.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


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
    """Not an identifier by its name: with 3 cases, levels 0, 1, 2 of a multi-value set are read as before, and the
    warning of a column with a different whole number per case names --case-column in case it numbers the cases."""
    path = tmp_path / "mv.csv"
    path.write_text("case,REG,A,Y\na,0,1,1\nb,1,0,0\nc,2,1,1\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 0 and "REG" in out and err == "", err
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

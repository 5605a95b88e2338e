"""Old Excel workbooks (.xls, Excel 97-2003: what many government statistics offices and older colleagues still send)
are read as .xlsx workbooks are (read_data, analysis.qca.sheets): the same checks, the messages naming the sheet's
cells as Excel shows them, and one warning saying what python-calamine cannot give for this format (hidden rows,
merged cells, error cells). The workbooks are written here by xlwt (the `test` dependency group; a pure-Python wheel)."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest
import xlwt

from analysis.paths import ROOT
from analysis.qca import QCAInputError, QCAWarning, prepare_data
from analysis.qca.cli import main
from analysis.qca.read import read_data

LC = ROOT / "data" / "reference" / "datasets" / "LC.csv"


@pytest.fixture(scope="module")
def lc_rows() -> list[list]:
    lc = pd.read_csv(LC)
    return [list(lc.columns)] + [[v.item() if hasattr(v, "item") else v for v in r] for r in lc.itertuples(index=False)]


def write_xls(path, sheets: dict, start=(1, 1), hidden_rows=()):
    """An .xls workbook at `path` whose sheets are `sheets` ({name: rows}), each table from cell `start` (row,
    column, counted from 1); `hidden_rows`: rows (as Excel counts them) hidden in each sheet."""
    wb = xlwt.Workbook()
    for name, rows in sheets.items():
        ws = wb.add_sheet(name)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v is not None:
                    ws.write(start[0] - 1 + i, start[1] - 1 + j, v)
        for r in hidden_rows:
            ws.row(r - 1).hidden = True
    wb.save(str(path))
    return path


def read(path, **kw):
    with pytest.warns(QCAWarning, match=r"old Excel workbook \(\.xls\) is read as its cells' values only"):
        return read_data(path, **kw)


def error_of(call) -> str:
    with pytest.raises(QCAInputError) as exc, warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        call()
    return str(exc.value)


def test_an_xls_workbook_reads_as_the_csv_it_was_saved_from(lc_rows, tmp_path):
    path = write_xls(tmp_path / "lc.xls", {"Data": lc_rows})
    df, case = read(path)
    csv, csv_case = read_data(LC)
    assert case == csv_case == "case"
    pd.testing.assert_frame_equal(df, csv)


def test_the_command_line_reads_an_xls_workbook_and_says_once_what_it_cannot_check(lc_rows, tmp_path, capsys):
    path = write_xls(tmp_path / "lc.xls", {"Data": lc_rows}, hidden_rows=[3])
    assert main(["minimize", str(LC), "--outcome", "SURV"]) == 0
    from_csv = capsys.readouterr().out
    assert main(["minimize", str(path), "--outcome", "SURV"]) == 0
    out, err = capsys.readouterr()
    assert out == from_csv
    assert err.count("warning: ") == 1 and "old Excel workbook (.xls) is read as its cells' values only: hidden or " \
        "filtered rows and columns, merged cells" in err, err


def test_a_bad_value_names_its_cell_as_excel_shows_it(lc_rows, tmp_path):
    rows = [list(r) for r in lc_rows]
    rows[3][3] = "0.8x"   # CZ's LIT: the table starts at B3 (its header), so the cell is E6
    path = write_xls(tmp_path / "lc.xls", {"Data": rows}, start=(3, 2))
    df, case = read(path)
    assert case == "case" and list(df.columns) == lc_rows[0]
    msg = error_of(lambda: prepare_data(df, "SURV", case_column=case))
    assert "'LIT' (case(s) 'CZ': '0.8x', cell(s) E6 of sheet 'Data')" in msg, msg


def test_a_sheet_of_an_xls_workbook_is_chosen_by_name_or_place_and_one_not_there_named(lc_rows, tmp_path):
    path = write_xls(tmp_path / "two.xls", {"Readme": [["the cases are on sheet 2"]], "Cases": lc_rows})
    by_name, _ = read(path, sheet="Cases")
    by_place, _ = read(path, sheet=2)
    pd.testing.assert_frame_equal(by_name, by_place)
    msg = error_of(lambda: read_data(path, sheet=0))
    assert "no sheet 0 in this workbook" in msg and "sheets are counted from 1" in msg and \
        "1 'Readme', 2 'Cases'" in msg, msg


def test_a_damaged_xls_file_is_refused_naming_it(tmp_path):
    path = tmp_path / "lc.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    msg = error_of(lambda: read_data(path))
    assert msg.startswith(f"{path}: cannot read this old Excel workbook (.xls) (") and \
        "save it as an Excel workbook (.xlsx)" in msg, msg


def test_an_xls_workbook_under_another_name_is_told_to_be_named_xls(lc_rows, tmp_path):
    path = write_xls(tmp_path / "lc.xls", {"Data": lc_rows}).rename(tmp_path / "lc.dat")
    msg = error_of(lambda: read_data(path))
    assert "this is an old Excel .xls workbook (OLE2 file)" in msg and \
        "an old Excel workbook is read when its name ends in .xls, rename it so" in msg, msg
    path.rename(tmp_path / "lc.xls")
    read(tmp_path / "lc.xls")


def test_an_xls_workbook_piped_to_standard_input_is_told_to_give_its_path(lc_rows, tmp_path, monkeypatch):
    """`cat lc.xls | python -m analysis.qca truth-table -`: was told to rename it '.xls' (an .xls is read from its
    path); now told to give the path, as for an .xlsx piped in."""
    import io
    import sys

    path = write_xls(tmp_path / "lc.xls", {"Data": lc_rows})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes()), encoding="utf-8"))
    msg = error_of(lambda: read_data("-"))
    assert msg.startswith("standard input (-): this is an old Excel .xls workbook (OLE2 file): a workbook") and \
        "give the file's path instead of '-'" in msg and "rename" not in msg, msg


def test_the_command_line_help_names_the_workbook_formats_read():
    """The data argument's and --sheet's help said 'Excel workbook (.xlsx)' after .xls and .ods were read; --sheet's
    help left out .xlsm, which the reader takes (read.WORKBOOK_KINDS)."""
    from analysis.qca import cli, cli_args

    for text in (cli_args.DATA_FILE, cli.__doc__):
        assert ".xlsx, .xls, .ods" in text, text
    assert "(.xlsx, .xlsm, .xls, .ods)" in cli_args.SHEET_HELP, cli_args.SHEET_HELP


def test_an_xls_workbook_renamed_xlsx_is_told_to_take_its_name_back(lc_rows, tmp_path):
    """An .xls renamed .xlsx was told to be saved as .xlsx from Excel; its own name, .xls, is now enough."""
    path = write_xls(tmp_path / "lc.xls", {"Data": lc_rows}).rename(tmp_path / "lc.xlsx")
    msg = error_of(lambda: read_data(path))
    assert "named .xlsx (renamed?)" in msg and "give it its own name, ending in .xls, which the engine reads" in msg, msg
    path.rename(tmp_path / "lc.xls")
    read(tmp_path / "lc.xls")


def test_another_sheet_with_the_same_columns_is_named_when_the_first_is_read_by_default_xls(lc_rows, tmp_path):
    """Two waves ('1990', '2000') in one .xls: the first was read without a word (the check was .xlsx's only)."""
    path = write_xls(tmp_path / "w.xls", {"1990": lc_rows, "2000": lc_rows, "Notes": [["source", "x"]]})
    with pytest.warns(QCAWarning, match=r"read sheet '1990', the first; sheet\(s\) '2000' hold a table with the "
                                        r"same columns: name the sheet to read with --sheet"):
        read_data(path)

"""Data kept in Excel (.xlsx), Stata (.dta) or SPSS (.sav): read_data reads them as the text cells of a CSV file,
with the same checks, and messages naming the sheet's cells (analysis.qca.sheets). The workbooks are written here
by openpyxl under tmp_path (formulas' saved values added to the XML, as Excel saves them), the Stata files by
pandas, the SPSS files by pyreadstat."""
from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile

import numpy as np
import openpyxl
import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import QCAInputError, QCAWarning, prepare_data
from analysis.qca.cli import main
from analysis.qca.read import read_data

LC = ROOT / "data" / "reference" / "datasets" / "LC.csv"


@pytest.fixture(scope="module")
def lc() -> pd.DataFrame:
    return pd.read_csv(LC)


def workbook(path, rows, *, title="Data", start=(1, 1), more=None, formats=None):
    """A workbook at `path` whose first sheet `title` holds `rows` (lists of values) from cell `start` (row, column);
    `more`: {sheet name: rows} of further sheets; `formats`: {cell: number format}."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is not None:
                ws.cell(row=start[0] + i, column=start[1] + j, value=v)
    for cell, fmt in (formats or {}).items():
        ws[cell].number_format = fmt
    for name, other in (more or {}).items():
        s = wb.create_sheet(name)
        for row in other:
            s.append(row)
    wb.save(path)
    return path


def lc_rows(lc) -> list[list]:
    return [list(lc.columns)] + [list(r) for r in lc.itertuples(index=False)]


def with_saved_values(path, values: dict[str, str]):
    """The workbook at `path` with the value of each formula cell in `values` saved beside it, as Excel saves it
    (openpyxl writes a formula without its value)."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for cell, value in values.items():
        sheet, n = re.subn(rf'(<c r="{cell}"[^>]*><f>[^<]*</f>)<v\s*/>', rf"\g<1><v>{value}</v>", sheet)
        assert n == 1, cell
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as z:
        for n, b in parts.items():
            z.writestr(n, b)
    return path


def error_of(call) -> str:
    with pytest.raises(QCAInputError) as exc:
        call()
    return str(exc.value)


# ---------------------------------------------------------------- read as the CSV is
def test_a_workbook_reads_as_the_csv_it_was_saved_from(lc, tmp_path):
    path = workbook(tmp_path / "lc.xlsx", lc_rows(lc))
    df, case = read_data(path)
    csv, csv_case = read_data(LC)
    assert case == csv_case == "case"
    pd.testing.assert_frame_equal(df, csv)
    again, _ = read_data(path)
    pd.testing.assert_frame_equal(df, again)   # reading twice gives the same frame


def test_the_command_line_reads_a_workbook_as_the_csv(lc, tmp_path, capsys):
    path = workbook(tmp_path / "lc.xlsx", lc_rows(lc))
    assert main(["minimize", str(path), "--outcome", "SURV"]) == 0
    from_book = capsys.readouterr().out
    assert main(["minimize", str(LC), "--outcome", "SURV"]) == 0
    assert capsys.readouterr().out == from_book
    assert from_book.startswith("M1: DEV*~URB*LIT*STB + DEV*LIT*IND*STB <-> SURV")


def test_a_header_below_empty_rows_and_columns_is_found_and_cells_are_named_as_excel_names_them(lc, tmp_path):
    rows = lc_rows(lc)
    rows[3][3] = "0.8x"   # CZ's LIT: the table starts at B3 (its header), so the cell is E6
    path = workbook(tmp_path / "lc.xlsx", rows, start=(3, 2))
    df, case = read_data(path)
    assert case == "case" and list(df.columns) == list(lc.columns)
    msg = error_of(lambda: prepare_data(df, "SURV", case_column=case))
    assert "'LIT' (case(s) 'CZ': '0.8x', cell(s) E6 of sheet 'Data')" in msg, msg


def test_a_case_name_twice_names_the_rows_of_the_sheet(lc, tmp_path, capsys):
    rows = lc_rows(lc)
    rows[4][0] = "AU"
    path = workbook(tmp_path / "lc.xlsx", rows)
    assert main(["truth-table", str(path), "--outcome", "SURV"]) == 2
    err = capsys.readouterr().err
    assert "'AU' in row(s) 1, 4 (row(s) 2, 5 of sheet 'Data')" in err, err


# ---------------------------------------------------------------- which sheet
def test_the_first_sheet_is_read_unless_one_is_named_or_numbered(lc, tmp_path):
    path = workbook(tmp_path / "two.xlsx", [["the cases are on sheet 2"]], title="Readme", more={"Cases": lc_rows(lc)})
    msg = error_of(lambda: read_data(path))
    assert "sheet 'Readme' has a header (row 1) but no data rows" in msg, msg
    by_name, _ = read_data(path, sheet="Cases")
    by_place, _ = read_data(path, sheet=2)
    by_digits, _ = read_data(path, sheet="2")
    pd.testing.assert_frame_equal(by_name, by_place)
    pd.testing.assert_frame_equal(by_name, by_digits)
    assert by_name.attrs["qca_file_lines"].sheet == "Cases"


@pytest.mark.parametrize("sheet, said", [("Casse", "(its sheets: 1 'Readme', 2 'Cases')"),
                                         ("cases", "did you mean 'Cases'?"),
                                         (0, "sheets are counted from 1"), (3, "no sheet 3")])
def test_a_sheet_not_there_is_refused_naming_the_sheets_there_are(lc, tmp_path, sheet, said):
    path = workbook(tmp_path / "two.xlsx", [["note"], ["x"]], title="Readme", more={"Cases": lc_rows(lc)})
    msg = error_of(lambda: read_data(path, sheet=sheet))
    assert said in msg and str(path) in msg, msg


def test_sheet_for_a_csv_file_is_refused_on_the_command_line(capsys):
    assert main(["truth-table", str(LC), "--outcome", "SURV", "--sheet", "2"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --sheet 2: ") and "not a workbook (.xlsx, .xlsm, .xls, .ods)" in err and "leave --sheet out" in err


# ---------------------------------------------------------------- what Excel puts in cells
def test_formulas_are_read_as_the_values_excel_saved(lc, tmp_path):
    rows = lc_rows(lc)
    rows[1][6] = "=1-0"       # AU's SURV computed: 1 (saved value 0 below, as the data say)
    rows[2][3] = "=0.1+0.2+0.7"
    path = with_saved_values(workbook(tmp_path / "f.xlsx", rows), {"G2": "0", "D3": "1.0000000000000002"})
    df, _ = read_data(path)
    assert df.loc[0, "SURV"] == "0" and df.loc[1, "LIT"] == "1"   # the saved values, as Excel shows them


def test_a_workbook_saved_without_its_formulas_values_is_refused_naming_the_cell(lc, tmp_path):
    rows = lc_rows(lc)
    rows[2][3] = "=B3*C3"
    path = workbook(tmp_path / "f.xlsx", rows)
    msg = error_of(lambda: read_data(path))
    assert "sheet 'Data', cell D3 holds a formula (=B3*C3) saved without its value" in msg, msg
    assert "open it in Excel or LibreOffice and save it" in msg


def test_numbers_are_read_as_excel_shows_them(tmp_path):
    rows = [["case", "A", "B", "Y"], ["a", 0.6500000000000001, 0.8, 1], ["b", 0.1, "0.3", 0], ["c", 1.0, 0.2, 1]]
    path = workbook(tmp_path / "n.xlsx", rows, formats={"C2": "0%"})
    df, _ = read_data(path)
    assert df["A"].tolist() == ["0.65", "0.1", "1"]    # 15 significant digits, a whole number without '.0'
    assert df["B"].tolist() == ["0.8", "0.3", "0.2"]   # 80% is 0.8; a number stored as text is read as its text


def test_merged_cells_in_the_table_are_refused(lc, tmp_path):
    path = workbook(tmp_path / "m.xlsx", lc_rows(lc))
    wb = openpyxl.load_workbook(path)
    wb.active.merge_cells("G2:G3")
    wb.save(path)
    msg = error_of(lambda: read_data(path))
    assert "sheet 'Data', cells G2:G3 are merged" in msg and "unmerge them" in msg, msg


def test_a_merged_group_label_above_the_header_is_told_to_delete_its_row(lc, tmp_path):
    """A label merged over a group of columns above the header ('Conditions' over B1:F1) was told to unmerge the cells
    and write the value in every cell, which makes five columns named 'Conditions'; it is now told to delete the
    row, and the workbook without it is read as the CSV. Cells merged inside the table keep their advice."""
    rows = [[None, "Conditions", None, None, None, None, "Outcome"]] + lc_rows(lc)
    path = workbook(tmp_path / "g.xlsx", rows)
    wb = openpyxl.load_workbook(path)
    wb.active.merge_cells("B1:F1")
    wb.save(path)
    msg = error_of(lambda: read_data(path))
    assert msg.endswith("sheet 'Data', cells B1:F1 are merged in row 1, above the header: a label over a group of "
                        "columns? The first row holding values must be the header (column names): delete row 1 "
                        "(unmerged, its label would name several columns alike)"), msg
    wb = openpyxl.load_workbook(path)
    wb.active.unmerge_cells("B1:F1")
    wb.active.delete_rows(1)
    wb.save(path)
    pd.testing.assert_frame_equal(read_data(path)[0], read_data(LC)[0])


def test_a_date_among_numbers_is_refused_naming_the_cell(lc, tmp_path):
    rows = lc_rows(lc)
    rows[5][2] = dt.datetime(2026, 1, 2)   # '1/2' typed in URB, made a date by Excel
    path = workbook(tmp_path / "d.xlsx", rows)
    msg = error_of(lambda: read_data(path))
    assert "cell C6 (column C, 'URB') holds a date or time, 2026-01-02" in msg, msg


def test_an_excel_error_in_a_set_is_named_with_its_cell(lc, tmp_path, capsys):
    rows = lc_rows(lc)
    rows[2][2] = "#DIV/0!"
    path = workbook(tmp_path / "e.xlsx", rows)
    assert main(["truth-table", str(path), "--outcome", "SURV"]) == 2
    err = capsys.readouterr().err
    assert "'URB' (case(s) 'BE', cell(s) C3 of sheet 'Data', marked '#DIV/0!')" in err, err
    assert main(["truth-table", str(path), "--outcome", "SURV", "--conditions", "DEV,LIT"]) == 0   # not a set here


def test_a_title_above_the_header_is_refused_naming_its_row(lc, tmp_path):
    path = workbook(tmp_path / "t.xlsx", [["Table 1: Lipset's cases"], [None]] + lc_rows(lc))
    msg = error_of(lambda: read_data(path))
    assert "sheet 'Data', row 1 holds one cell (\"Table 1: Lipset's cases\")" in msg, msg


def test_header_problems_name_the_cells(lc, tmp_path):
    rows = lc_rows(lc)
    rows[0][3] = "DEV"
    msg = error_of(lambda: read_data(workbook(tmp_path / "h.xlsx", rows)))
    assert "column name 'DEV' appears twice in the header (cells B1 and D1)" in msg, msg
    rows = lc_rows(lc)
    rows[0][3] = None
    msg = error_of(lambda: read_data(workbook(tmp_path / "u.xlsx", rows)))
    assert "column D has no name in the header (row 1) but holds values (e.g. '1' in cell D2)" in msg, msg


def test_empty_rows_trailing_are_silent_inside_are_named(lc, tmp_path):
    rows = lc_rows(lc)
    path = workbook(tmp_path / "e.xlsx", rows[:5] + [[None] * 7] + rows[5:])
    wb = openpyxl.load_workbook(path)
    for r in range(25, 40):                 # formatted, empty rows and columns below and beside the table
        wb.active.cell(row=r, column=9).number_format = "0.00"
    wb.save(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df, _ = read_data(path)
    said = [str(w.message) for w in caught if issubclass(w.category, QCAWarning)]
    assert said == [f"{path}: sheet 'Data': ignored 1 empty row inside the table (row 6)"], said   # was 'row(s)'
    assert len(df) == len(lc) and list(df.columns) == list(lc.columns)
    assert df.attrs["qca_file_lines"].lines[4] == 7   # the case below the empty row is on row 7


def test_an_unnamed_first_column_names_the_cases_as_pandas_to_excel_writes_it(lc, tmp_path):
    path = tmp_path / "p.xlsx"
    lc.set_index("case").rename_axis(None).to_excel(path)
    with pytest.warns(QCAWarning, match="the first column has no header: taken as case names"):
        df, case = read_data(path)
    assert df[case].tolist() == lc["case"].tolist()


# ---------------------------------------------------------------- Stata
def test_a_stata_file_reads_as_the_csv(lc, tmp_path):
    path = tmp_path / "lc.dta"
    fuzzy = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv").rename(columns={"case": "country"})
    fuzzy.astype({c: "float32" for c in fuzzy.columns if c != "country"}).to_stata(path, write_index=False)
    df, case = read_data(path, "country")   # 'case' is a word Stata reserves: no variable is named so
    csv, _ = read_data(ROOT / "data" / "reference" / "datasets" / "LF.csv")
    assert case == "country"
    pd.testing.assert_frame_equal(df, csv.rename(columns={"case": "country"}))   # float32 (Stata's float) as shown


def test_stata_missing_values_and_labelled_codes(lc, tmp_path, capsys):
    path = tmp_path / "lab.dta"
    data = lc.rename(columns={"case": "country"})
    data["URB"] = data["URB"].astype(float)
    data.loc[2, "URB"] = np.nan
    data.loc[3, "LIT"] = 9
    data.to_stata(path, write_index=False, value_labels={"LIT": {0: "no", 1: "yes", 9: "don't know"}})
    with pytest.warns(QCAWarning, match="variable 'LIT': code 9 is labelled \"don't know\""):
        df, _ = read_data(path, "country")
    assert df.loc[2, "URB"] == "" and df.loc[3, "LIT"] == "9" and df.loc[0, "LIT"] == "1"   # codes, not labels
    assert main(["truth-table", str(path), "--outcome", "SURV", "--conditions", "DEV,URB", "--case-column",
                 "country"]) == 2
    assert "missing values in column(s) 'URB' (case(s) 'CZ')" in capsys.readouterr().err


def test_sheet_for_a_stata_file_is_refused(lc, tmp_path):
    path = tmp_path / "lc.dta"
    lc.rename(columns={"case": "country"}).to_stata(path, write_index=False)
    msg = error_of(lambda: read_data(path, sheet="Data"))
    assert msg.startswith("sheet='Data': ") and "is a Stata file" in msg, msg   # Python: the argument, not --sheet


def test_an_old_stata_files_chinese_text_is_read_as_chinese_and_latin1_text_as_latin1(tmp_path):
    """Stata 13 and older (format 117 and before) keep text in the computer's code page, which pandas reads as
    Latin-1: case names written on Chinese Windows (GBK) were read as '±±¾©' for '北京', without a word. Text that
    decodes as GB2312 into Chinese characters is read as Chinese, with a warning; Latin-1 text (an accented letter
    among plain ones) and format 118 and later (UTF-8) are read as before."""
    def gbk(t):
        return t.encode("gbk").decode("latin-1")

    frame = pd.DataFrame({"name": [gbk("北京"), gbk("上海"), gbk("广州市"), "Lyon"], "A": [1, 0, 1, 0], "Y": [1, 0, 1, 1]})
    for version in (114, 117):
        path = tmp_path / f"cn{version}.dta"
        frame.to_stata(path, write_index=False, version=version, value_labels={"A": {0: gbk("否"), 1: gbk("是")}})
        with pytest.warns(QCAWarning, match=rf"a Stata file of format {version} \(Stata 13 or older, which keeps text "
                                            r"in the computer's code page, not UTF-8\): the text of variable\(s\) "
                                            r"'name' read as Chinese \(GBK, the code page of Chinese Windows\), e\.g\. "
                                            r"'北京', not as Latin-1 \('±±¾©'\)"):
            df, case = read_data(path, "name")
        assert df["name"].tolist() == ["北京", "上海", "广州市", "Lyon"]   # before: '±±¾©', 'ÉÏº£', ...
    latin = pd.DataFrame({"name": ["Zürich", "Québec", "Müller", "Lyon"], "A": [1, 0, 1, 0], "Y": [1, 0, 1, 1]})
    latin.to_stata(tmp_path / "latin.dta", write_index=False, version=117)
    pd.DataFrame({"name": ["北京", "上海", "广州", "Lyon"], "A": [1, 0, 1, 0], "Y": [1, 0, 1, 1]}).to_stata(
        tmp_path / "utf8.dta", write_index=False, version=118)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert read_data(tmp_path / "latin.dta", "name")[0]["name"].tolist() == ["Zürich", "Québec", "Müller", "Lyon"]
        assert read_data(tmp_path / "utf8.dta", "name")[0]["name"].tolist() == ["北京", "上海", "广州", "Lyon"]


def test_a_missing_value_of_a_stata_float_variable_is_an_empty_cell_not_nan(tmp_path, capsys):
    """Stata's default storage type for decimals is float (4 bytes): its missing value '.' was read as the text 'nan',
    and the data checks named the case 'marked 'nan'', a marker the user never typed; it is an empty cell, as a
    double's missing value is."""
    frame = pd.DataFrame({"name": ["a", "b", "c"], "A": np.array([0.8, np.nan, 0.3], dtype=np.float32),
                          "B": [0.1, np.nan, 0.9], "Y": [1, 0, 1]})
    path = tmp_path / "f.dta"
    frame.to_stata(path, write_index=False)
    df, _ = read_data(path, "name")
    assert df["A"].tolist() == ["0.8", "", "0.3"] and df["B"].tolist() == ["0.1", "", "0.9"]   # before: 'nan'
    assert main(["truth-table", str(path), "--outcome", "Y", "--case-column", "name", "--conditions", "A"]) == 2
    err = capsys.readouterr().err
    assert "missing values in column(s) 'A' (case(s) 'b'):" in err and "nan" not in err, err


# ---------------------------------------------------------------- SPSS
def test_an_spss_file_reads_as_the_csv(tmp_path):
    import pyreadstat   # a dependency: the reader of .sav files

    fuzzy = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv")
    path = tmp_path / "lf.sav"
    pyreadstat.write_sav(fuzzy, str(path))
    df, case = read_data(path)
    csv, _ = read_data(ROOT / "data" / "reference" / "datasets" / "LF.csv")
    assert case == "case"
    pd.testing.assert_frame_equal(df, csv)


def old_sav(path, names: list[str], character_code: int, encoding: str = "gbk"):
    """An SPSS .sav file as SPSS 15 and older wrote it on Chinese Windows: no character encoding record (record 7,
    subtype 20, written since SPSS 16) and the text in the computer's code page, GBK; the machine integer info record
    (record 7, subtype 3) says `character_code` (2, 7-bit ASCII, as many old files say whatever their text; 936, the
    GBK code page; 0, none), as GNU PSPP's description of the system file format documents them. Made from the file
    pyreadstat writes (uncompressed, UTF-8): the encoding record cut out, the code set, and each case name, a
    placeholder of 9 bytes, overwritten by its bytes in `encoding` padded with blanks. Columns: name (the case), A,
    Y."""
    import struct

    import pyreadstat

    holders = [c * 9 for c in "abcdefgh"[:len(names)]]
    pyreadstat.write_sav(pd.DataFrame({"name": holders, "A": [1.0, 0.0] * (len(names) // 2),
                                       "Y": [1.0, 1.0] * (len(names) // 2)}), str(path))
    data = bytearray(path.read_bytes())
    assert struct.unpack("<i", data[72:76]) == (0,)   # uncompressed: each case name stored as written
    for holder, name in zip(holders, names):
        data = data.replace(holder.encode(), name.encode(encoding).ljust(9, b" "))
    at = data.index(struct.pack("<ii", 7, 20))   # the encoding record: header (16 bytes) and its name
    del data[at:at + 16 + struct.unpack("<i", data[at + 12:at + 16])[0]]
    at = data.index(struct.pack("<iiii", 7, 3, 4, 8)) + 16 + 7 * 4   # machine integer info: the 8th number
    data[at:at + 4] = struct.pack("<i", character_code)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("character_code", [2, 0, 1252])
def test_an_old_spss_files_chinese_text_is_read_as_chinese_never_as_latin1(tmp_path, character_code):
    """An SPSS file of SPSS 15 or older, without a record of its text's encoding, written on Chinese Windows (GBK):
    its case names were read as Latin-1, '±±¾©ÊÐ' for '北京市', without a word (character code 2 or 1252), or refused
    as 'cannot read this SPSS .sav file (UnicodeDecodeError: ...)' (code 0), naming neither the text nor GBK. As for
    an old Stata file (one rule: sheets._gb2312_text): text that decodes as GB2312 into Chinese characters is read as
    Chinese, with a warning; a file whose code page says 936 (GBK) is read so without one, and Latin-1 text as
    before."""
    path = old_sav(tmp_path / "old.sav", ["北京市", "上海市", "广州市", "Lyon"], character_code)
    with pytest.warns(QCAWarning, match=r"an SPSS file without a record of its text's encoding \(SPSS 15 or older, "
                                        r"which keeps text in the computer's code page\): the text read as Chinese "
                                        r"\(GBK, the code page of Chinese Windows\), e\.g\. '北京市'"):
        df, case = read_data(path, "name")
    assert df["name"].tolist() == ["北京市", "上海市", "广州市", "Lyon"]   # before: '±±¾©ÊÐ', ... or refused
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert read_data(old_sav(tmp_path / "gbk.sav", ["北京市", "上海市", "广州市", "Lyon"], 936), "name")[0][
            "name"].tolist() == ["北京市", "上海市", "广州市", "Lyon"]
        latin = old_sav(tmp_path / "latin.sav", ["Zürich", "Québec", "Müller", "Lyon"], 1252, "cp1252")
        assert read_data(latin, "name")[0]["name"].tolist() == ["Zürich", "Québec", "Müller", "Lyon"]


def test_an_spss_portable_file_reads_as_the_sav_file(tmp_path, monkeypatch):
    """An SPSS portable file (.por, SPSS's EXPORT; text lines, no CSV) was read as CSV text and refused as 'line 5 has
    2 cells, the header 1: ... unquoted decimal commas': it is read as the .sav file of the same data is (SPSS
    writes its variable names in capitals), and refused from standard input as the other binary files are."""
    import io
    import sys

    import pyreadstat   # a dependency: the reader of .sav and .por files

    fuzzy = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv").rename(columns=str.upper)
    por, sav = tmp_path / "lf.por", tmp_path / "lf.sav"
    pyreadstat.write_por(fuzzy, str(por))
    pyreadstat.write_sav(fuzzy, str(sav))
    df, case = read_data(por, "CASE")
    assert case == "CASE" and df.shape == (18, 7)
    pd.testing.assert_frame_equal(df, read_data(sav, "CASE")[0])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(por.read_bytes()), encoding="utf-8"))
    msg = error_of(lambda: read_data("-"))
    assert msg.startswith("standard input (-): this is an SPSS portable .por file") and "instead of '-'" in msg


def test_spss_user_missing_codes_are_missing_not_memberships_and_labels_are_codes(lc, tmp_path, capsys):
    """A code the file declares missing (99 in Variable View's Missing) is a missing value, not the membership 99
    (nor, for a set of 0/1, a multi-value level); a labelled variable is its codes; a code labelled "don't know" but
    not declared missing is read as its number, with a warning saying how to declare it."""
    import pyreadstat   # a dependency: the reader of .sav files

    data = lc.astype({c: float for c in lc.columns if c != "case"})
    data.loc[2, "URB"] = 99.0      # CZ: declared missing
    data.loc[3, "LIT"] = 9.0       # EE: labelled "don't know", not declared missing
    path = tmp_path / "lc.sav"
    pyreadstat.write_sav(data, str(path), missing_ranges={"URB": [99.0]},
                         variable_value_labels={"SURV": {0: "no", 1: "yes"}, "LIT": {0: "no", 1: "yes", 9: "don't know"}})
    with pytest.warns(QCAWarning, match=r"variable 'LIT': code 9 is labelled \"don't know\".*declare it missing in "
                                        r"SPSS \(Variable View > Missing: 9\)"):
        df, _ = read_data(path)
    assert df.loc[2, "URB"] == "" and df.loc[3, "LIT"] == "9" and df["SURV"].tolist() == lc["SURV"].astype(str).tolist()
    assert main(["truth-table", str(path), "--outcome", "SURV", "--conditions", "DEV,URB"]) == 2
    assert "missing values in column(s) 'URB' (case(s) 'CZ')" in capsys.readouterr().err


def test_a_workbook_piped_to_standard_input_is_told_to_give_its_path(lc, tmp_path, monkeypatch):
    """`cat lc.xlsx | python -m analysis.qca truth-table -`: the message said to save it 'as an Excel workbook
    (.xlsx)', which it was; a workbook is read from its path."""
    import io
    import sys

    path = workbook(tmp_path / "lc.xlsx", lc_rows(lc))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes()), encoding="utf-8"))
    msg = error_of(lambda: read_data("-"))
    assert msg.startswith("standard input (-): this is a zip archive") and "give the file's path instead of '-'" in msg


def test_cluster_ids_of_a_workbook_are_named_by_their_rows_not_as_lines(tmp_path, capsys):
    """cluster's --unit id written with a full-width digit: the message named 'line 3', a line of no file the user
    has; a worksheet's rows are named as the data's rows."""
    rows = [["case", "UNIT", "WAVE", "A", "Y"], ["a1", 1, 1, 1, 1], ["a2", "１", 2, 0, 0], ["b1", 2, 1, 1, 1],
            ["b2", 2, 2, 0, 1]]
    path = workbook(tmp_path / "panel.xlsx", rows)
    assert main(["cluster", str(path), "--outcome", "Y", "--expression", "A", "--unit", "UNIT",
                 "--cluster", "WAVE"]) == 2
    err = capsys.readouterr().err
    assert "id '１' (row 2) is written with full-width characters" in err and "line" not in err, err


def test_an_encrypted_workbook_and_a_sheet_without_data_say_what_to_do(lc, tmp_path):
    """A password-protected .xlsx is an OLE2 file, as an old .xls: it was called 'an old Excel .xls workbook'; a sheet
    without data rows in a workbook of several named no other sheet."""
    enc = tmp_path / "lc.xlsx"
    enc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert "this .xlsx workbook is encrypted (saved with a password to open it): remove the password" in error_of(
        lambda: read_data(enc))
    path = workbook(tmp_path / "two.xlsx", [["the cases are on sheet 2"]], title="Readme", more={"Cases": lc_rows(lc)})
    assert error_of(lambda: read_data(path)).endswith(
        "sheet 'Readme' has a header (row 1) but no data rows; the data on another sheet? Name it with --sheet "
        "(in Python, read_data's sheet argument): 'Cases'")


def test_the_option_naming_a_sheet_is_named_as_the_command_line_and_python_know_it(lc, tmp_path, capsys):
    """The hint to name another sheet said '--sheet (sheet= in Python)', which the command line's messages turned into
    '--sheet (--sheet in Python)'; for robustness' --raw workbook it named --sheet, not --raw-sheet."""
    path = workbook(tmp_path / "two.xlsx", [["the cases are on sheet 2"]], title="Readme", more={"Cases": lc_rows(lc)})
    assert main(["truth-table", str(path), "--outcome", "SURV"]) == 2
    err = capsys.readouterr().err
    assert "Name it with --sheet (in Python, read_data's sheet argument): 'Cases'" in err, err
    assert "in Python" in err and "--sheet in Python" not in err
    assert "Name it with --raw-sheet (in Python" in error_of(lambda: read_data(path, sheet_flag="--raw-sheet"))
    waves = workbook(tmp_path / "waves.xlsx", lc_rows(lc), more={"2000": lc_rows(lc)})
    with pytest.warns(QCAWarning, match=r"name the sheet to read with --raw-sheet \(in Python, read_data's sheet "):
        read_data(waves, sheet_flag="--raw-sheet")


def test_excel_booleans_are_crisp_memberships_and_hidden_rows_are_warned_about(lc, tmp_path):
    """TRUE / FALSE (a crisp set computed by =B2>=0.5) was the text 'TRUE', refused as 'a yes/no label'; a row
    filtered out in Excel was read as a case without a word, though the user sees it gone."""
    rows = lc_rows(lc)
    for r in rows[1:]:
        r[6] = bool(r[6])   # SURV as TRUE / FALSE
    path = workbook(tmp_path / "b.xlsx", rows)
    wb = openpyxl.load_workbook(path)
    wb.active.row_dimensions[4].hidden = True
    wb.save(path)
    with pytest.warns(QCAWarning, match=r"sheet 'Data': 1 row is hidden or filtered out in Excel \(row 4\): "
                                        "it is read as a case like the others; delete it from the sheet if it is "
                                        "not a case of this analysis"):   # was '1 row(s) are ... they are'
        df, _ = read_data(path)
    csv, _ = read_data(LC)
    pd.testing.assert_frame_equal(df, csv)


def test_a_merged_title_and_excel_errors_as_names_are_refused_naming_the_cell(lc, tmp_path):
    """A title merged across the table's width (Home > Merge & Center) was a traceback ('MergedCell' object has no
    attribute 'column_letter'); '#N/A' from a lookup formula in the case column was read as a case named '#N/A',
    and '#REF!' in the header as a set named '#REF!'."""
    def title(ws):
        ws.insert_rows(1, 2)
        ws["A1"] = "Table 1"
        ws.merge_cells("A1:G1")

    def book(edit, name):
        path = workbook(tmp_path / name, lc_rows(lc))
        wb = openpyxl.load_workbook(path)
        edit(wb.active)
        wb.save(path)
        return path

    assert "sheet 'Data', row 1 holds one cell ('Table 1') and the rows below it more: a title above the header?" in \
        error_of(lambda: read_data(book(title, "t.xlsx")))
    assert "sheet 'Data', cell A3 (case column 'case') holds Excel's error #N/A, not a case name" in error_of(
        lambda: read_data(book(lambda ws: ws.__setitem__("A3", "#N/A"), "n.xlsx")))
    assert "sheet 'Data', cell C1 of the header holds Excel's error #REF!, not a column name" in error_of(
        lambda: read_data(book(lambda ws: ws.__setitem__("C1", "#REF!"), "r.xlsx")))


def test_a_stata_file_whose_codes_share_a_label_is_read(lc, tmp_path):
    """Stata lets two codes share a label (1 'yes', 2 'yes'); pandas' convert_categoricals refuses such a file, and the
    reader, which used it to find the labels, refused the whole file: 'cannot read this Stata .dta file (ValueError: )'."""
    path = tmp_path / "dup.dta"
    data = lc.rename(columns={"case": "country"})
    data.loc[3, "LIT"] = 9
    data.to_stata(path, write_index=False, value_labels={"LIT": {0: "no", 1: "yes", 9: "no answer"},
                                                         "SURV": {0: "no", 1: "no"}})
    with pytest.warns(QCAWarning, match="variable 'LIT': code 9 is labelled 'no answer'"):
        df, _ = read_data(path, "country")
    assert df["SURV"].tolist() == lc["SURV"].astype(str).tolist() and df.loc[3, "LIT"] == "9"


@pytest.mark.parametrize("cell, value, said", [
    ("C5", -0.2, "condition 'URB' has negative value(s) for case(s) 'EE': -0.2, cell(s) C5 of sheet 'Data'"),
    ("C5", 1.2, "condition 'URB' has membership(s) outside [0, 1] for case(s) 'EE': 1.2, cell(s) C5 of sheet"),
    ("G5", 1.2, "outcome 'SURV' has membership(s) outside [0, 1] for case(s) 'EE': 1.2, cell(s) G5 of sheet"),
    ("C5", 99, "condition 'URB' has integer values up to 99 (case(s) 'EE', cell(s) C5 of sheet 'Data')"),
])
def test_a_membership_out_of_range_names_its_cell(tmp_path, cell, value, said):
    """A membership below 0 or above 1 (or a code such as 99) in a workbook named the case but not the cell."""
    lf = pd.read_csv(ROOT / "data" / "reference" / "datasets" / ("LC.csv" if value == 99 else "LF.csv"))
    rows = [list(lf.columns)] + [list(r) for r in lf.itertuples(index=False)]
    path = workbook(tmp_path / "k.xlsx", rows)
    wb = openpyxl.load_workbook(path)
    wb.active[cell] = value
    wb.save(path)
    df, case = read_data(path)
    assert said in error_of(lambda: prepare_data(df, "SURV", case_column=case))


def test_robustness_reads_the_data_and_the_raw_values_from_two_sheets_of_one_workbook(tmp_path, capsys):
    """robustness BOOK.xlsx --sheet Calibrated --raw BOOK.xlsx --raw-sheet Raw gives what the two CSV files give; a
    --raw-sheet not there is named as that flag's."""
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    for title, name in (("Calibrated", "LF"), ("Raw", "LR")):
        table = pd.read_csv(ROOT / "data" / "reference" / "datasets" / f"{name}.csv")
        ws = wb.create_sheet(title)
        ws.append(list(table.columns))
        for row in table.itertuples(index=False):
            ws.append(list(row))
    path = tmp_path / "both.xlsx"
    wb.save(path)
    spec = tmp_path / "s.yaml"   # one recalibration test: the raw values are read from the sheet 'Raw'
    spec.write_text("outcome: SURV\nconditions: [DEV, URB, LIT, IND, STB]\nincl_cut: 0.8\ninclude: '?'\ntests:\n"
                    "  - {label: DEV c=600, calibrate: {DEV: {thresholds: 'e=350, c=600, i=900'}}}\n")
    spec = str(spec)
    datasets = ROOT / "data" / "reference" / "datasets"
    assert main(["robustness", str(path), "--sheet", "Calibrated", "--spec", spec, "--raw", str(path),
                 "--raw-sheet", "Raw", "--jobs", "1"]) == 0
    from_book = capsys.readouterr().out
    assert main(["robustness", str(datasets / "LF.csv"), "--spec", spec, "--raw", str(datasets / "LR.csv"),
                 "--jobs", "1"]) == 0
    assert capsys.readouterr().out == from_book
    assert main(["robustness", str(path), "--sheet", "Calibrated", "--spec", spec, "--raw", str(path),
                 "--raw-sheet", "Raws"]) == 2
    assert "no sheet 'Raws' in this workbook (--raw-sheet) (its sheets: 1 'Notes', 2 'Calibrated', 3 'Raw')" in \
        capsys.readouterr().err


def test_the_default_sheet_is_the_first_the_user_sees(lc, tmp_path):
    """A workbook whose first sheet is hidden (a lookup table) or a chart: the user's first tab is the data, but the
    hidden sheet was read (or the chart refused) without naming the data's sheet."""
    wb = openpyxl.Workbook()
    wb.active.title = "Lookup"
    wb.active.append(["code", "label"])
    wb.active.append([1, "yes"])
    wb.active.sheet_state = "hidden"
    ws = wb.create_sheet("Data")
    for row in lc_rows(lc):
        ws.append(row)
    wb.active = 1
    path = tmp_path / "h.xlsx"
    wb.save(path)
    df, case = read_data(path)
    pd.testing.assert_frame_equal(df, read_data(LC)[0])
    assert "(its sheets: 1 'Lookup' (hidden), 2 'Data')" in error_of(lambda: read_data(path, sheet="Cases"))


def test_pandas_to_excel_s_index_beside_a_case_column_is_ignored_as_in_a_csv(lc, tmp_path):
    """df.to_excel(path) without index=False writes 0, 1, 2, ... in an unnamed first column: beside a 'case' column
    it was read as a condition ('Unnamed: 0'), where the same to_csv file has it ignored with a warning."""
    path = tmp_path / "i.xlsx"
    lc.to_excel(path)
    with pytest.warns(QCAWarning, match=r"holds 0, 1, 2, \.\.\.: a pandas index \(to_excel without index=False\)"):
        df, case = read_data(path)
    pd.testing.assert_frame_equal(df, read_data(LC)[0])


def test_a_formula_whose_saved_result_is_empty_is_an_empty_cell_when_the_others_have_values(lc, tmp_path):
    """=IF(B5="","",B5) saves an empty text, read as no value: the workbook was refused as one 'written by a program
    that does not compute formulas', though Excel had computed every formula. Only a workbook none of whose formulas
    has a value is refused."""
    rows = lc_rows(lc)
    rows[2][3] = "=1+0"          # BE's LIT, saved value 1
    rows[4][3] = '=IF(B5="","",B5)'   # EE's LIT, saved result empty
    path = with_saved_values(workbook(tmp_path / "f.xlsx", rows), {"D3": "1"})
    df, case = read_data(path)
    assert df.loc[1, "LIT"] == "1" and df.loc[3, "LIT"] == ""
    assert "'LIT' (case(s) 'EE', cell(s) D5 of sheet 'Data')" in error_of(
        lambda: prepare_data(df, "SURV", case_column=case))


def test_an_excel_binary_workbook_is_named_as_one(tmp_path):
    """An .xlsb workbook (a zip holding xl/workbook.bin) was called 'a zip archive (an Excel .xlsx workbook or an .ods
    sheet?)' and told to be saved as .xlsx, as if it were one."""
    path = tmp_path / "lc.xlsb"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.bin", b"\x00")
    msg = error_of(lambda: read_data(path, sheet="Data"))
    assert "this is an Excel binary workbook (.xlsb), which the engine does not read; in Excel, save it as an Excel " \
           "workbook (.xlsx)" in msg, msg


def test_a_column_hidden_in_excel_is_warned_about(lc, tmp_path, capsys):
    """A helper column hidden in Excel (raw values beside the sets) was read without a word and, the conditions not
    listed, analysed as a condition the user does not see."""
    rows = [r + [v] for r, v in zip(lc_rows(lc), ["GDP"] + list(range(100, 100 + len(lc))))]
    path = workbook(tmp_path / "h.xlsx", rows)
    wb = openpyxl.load_workbook(path)
    wb.active.column_dimensions["H"].hidden = True
    wb.save(path)
    with pytest.warns(QCAWarning, match=r"sheet 'Data': column H \('GDP'\) is hidden in Excel: read as the "
                                        r"others \(a condition when the conditions are not listed\)"):
        df, _ = read_data(path)
    assert "GDP" in df.columns


def test_a_decimal_comma_in_a_workbook_says_how_to_fix_the_cell_in_excel(tmp_path):
    """A cell holding the text '0,8' was told to 'save the CSV with '.' as decimal separator', the wording for a CSV
    file; '1.038' beside it (1038 where decimals are written with commas) named no cell."""
    lf = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv")
    rows = [list(lf.columns)] + [list(r) for r in lf.itertuples(index=False)]
    rows[2][2] = "0,8"    # BE's URB, cell C3
    df, case = read_data(workbook(tmp_path / "c.xlsx", rows))
    msg = error_of(lambda: prepare_data(df, "SURV", case_column=case))
    assert "case(s) 'BE': '0,8', cell(s) C3 of sheet 'Data'" in msg, msg
    assert "in Excel, select the column and replace ',' with '.' (Ctrl+H)" in msg and "CSV" not in msg, msg
    rows[3][2] = "1.038"  # CZ's URB, cell C4
    df, case = read_data(workbook(tmp_path / "g.xlsx", rows))
    msg = error_of(lambda: prepare_data(df, "SURV", case_column=case))
    assert "'URB' (case(s) 'CZ': '1.038', cell(s) C4 of sheet 'Data'): this column writes decimals with a " \
           "comma ('0,8')" in msg and "in Excel, type it as a number without separators ('1038')" in msg, msg
    assert "CSV" not in msg, msg
    raw = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LR.csv")
    raw_rows = [list(raw.columns)] + [list(r) for r in raw.itertuples(index=False)]
    raw_rows[2][1] = "1,098"   # BE's DEV as text: 1098, where replacing ',' by '.' would make it 1.098
    raw_df, raw_case = read_data(workbook(tmp_path / "t.xlsx", raw_rows))
    msg = error_of(lambda: prepare_data(raw_df, "SURV", case_column=raw_case))
    assert "a thousands separator or a decimal comma in cells holding text, not numbers ('1,098': 1098 or 1.098?): " \
           "in Excel, type each value as a number without separators" in msg and "replace ','" not in msg, msg
    csv = tmp_path / "c.csv"
    df.to_csv(csv, index=False)
    df, case = read_data(csv)   # the same cells in a CSV file: the CSV's wording
    assert "save the CSV with '.' as decimal separator" in error_of(lambda: prepare_data(df, "SURV", case_column=case))


def test_a_stata_or_spss_date_variable_taken_for_a_set_is_named_as_a_date(lc, tmp_path, capsys):
    """A date variable (Stata %td, SPSS DATE11) among the columns analysed was refused as 'non-numeric values ...
    every value is text and unique, like case names: pass --case-column surveyed', naming the wrong cause and fix."""
    import pyreadstat   # a dependency: the reader of .sav files

    days = pd.to_datetime([f"2020-01-{i + 1:02d}" for i in range(len(lc))])
    stata, spss = tmp_path / "d.dta", tmp_path / "d.sav"
    lc.rename(columns={"case": "country"}).assign(surveyed=days).to_stata(stata, write_index=False,
                                                                           convert_dates={"surveyed": "td"})
    pyreadstat.write_sav(lc.assign(surveyed=days.date), str(spss))
    for path, what in ((stata, "Stata file (format %td)"), (spss, "SPSS file (format DATE11)")):
        df, case = read_data(path, "country" if path == stata else None)
        msg = error_of(lambda: prepare_data(df, "SURV", case_column=case))
        assert f"'surveyed': a date or time variable of the {what}: dates (e.g. '2020-01-01'), not numbers: a date " \
               "is no membership; leave the column out of the conditions" in msg, msg
        assert "like case names" not in msg, msg
        table = prepare_data(df, "SURV", case_column=case, conditions="DEV,URB")   # left out: read as the others
        assert table.X.shape == (len(lc), 2)
    assert main(["truth-table", str(spss), "--outcome", "SURV"]) == 2
    err = capsys.readouterr().err
    assert "'surveyed': a date or time variable of the SPSS file (format DATE11)" in err, err
    assert "if 'surveyed' is no set, list the conditions without it: --conditions DEV,URB,LIT,IND,STB" in err, err
    csv = tmp_path / "d.csv"
    df.to_csv(csv, index=False)   # the dates in a CSV file (or a workbook's column of dates): named as dates too
    assert "'surveyed': dates or times (e.g. '2020-01-01'), not numbers: a date is no membership" in error_of(
        lambda: prepare_data(read_data(csv)[0], "SURV", case_column="case"))


def test_a_workbook_whose_other_sheet_has_the_same_columns_names_it_when_read_by_default(lc, tmp_path):
    """A workbook of two waves ('1990', '2000') or of raw and calibrated values with the same columns: the first sheet
    was read without a word, and the command's output names no sheet."""
    rows = lc_rows(lc)
    path = workbook(tmp_path / "w.xlsx", rows, title="1990", more={"2000": rows, "Notes": [["source", "x"]]})
    with pytest.warns(QCAWarning, match=r"read sheet '1990', the first; sheet\(s\) '2000' hold a table with the same "
                                        r"columns: name the sheet to read with --sheet"):
        read_data(path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        read_data(path, sheet="1990")   # named: no word
        read_data(workbook(tmp_path / "n.xlsx", rows, more={"Notes": [["source", "x"]]}))   # other sheets differ


def test_a_decimal_comma_in_a_stata_or_spss_string_variable_says_what_to_do_there(lc, tmp_path):
    """A string variable holding '0,12' in a Stata or SPSS file was told to 'save the CSV with '.' as decimal
    separator', the wording for a CSV file."""
    import pyreadstat   # a dependency: the reader of .sav files

    lf = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv").rename(columns={"case": "country"})
    lf["URB"] = lf["URB"].map(lambda v: str(v).replace(".", ","))
    stata, spss = tmp_path / "c.dta", tmp_path / "c.sav"
    lf.to_stata(stata, write_index=False)
    pyreadstat.write_sav(lf, str(spss))
    for path, said in ((stata, "in Stata, destring URB, replace dpcomma, and save the file"),
                       (spss, "in SPSS, COMPUTE URB = REPLACE(URB, ',', '.'). then ALTER TYPE URB (F8.3).")):
        df, case = read_data(path, "country")
        msg = error_of(lambda: prepare_data(df, "SURV", case_column=case))
        assert f"'URB': a decimal comma in a string variable ('0,12'): {said}" in msg and "CSV" not in msg, msg


def test_a_sheet_whose_name_ends_with_a_blank_is_found_by_its_name(lc, tmp_path):
    """A sheet named 'Cases ' (a blank typed after the name, unseen on the tab): --sheet Cases was refused as 'no
    sheet 'Cases' in this workbook'."""
    path = workbook(tmp_path / "s.xlsx", [["note"], ["x"]], title="Readme", more={"Cases ": lc_rows(lc)})
    df, _ = read_data(path, sheet="Cases")
    assert df.attrs["qca_file_lines"].sheet == "Cases " and len(df) == len(lc)


def test_excels_and_libreoffices_lock_files_are_named_with_the_workbook_meant(lc, tmp_path, capsys):
    """'~$lc.xlsx', which Excel writes beside lc.xlsx while it is open (a shell's completion offers it first), was
    read as text: 'line 1 holds a NUL byte (0x00) ... the file is damaged or not CSV text; remove the byte'."""
    workbook(tmp_path / "lc.xlsx", lc_rows(lc))
    lock = tmp_path / "~$lc.xlsx"
    lock.write_bytes(b"\x05Alice" + b" " * 48 + b"\x05\x00A\x00l\x00i\x00c\x00e\x00" + b" " * 100)
    assert main(["truth-table", str(lock), "--outcome", "SURV"]) == 2
    err = capsys.readouterr().err
    assert err == (f"error: {lock}: this is Excel's lock file, which Excel writes beside a workbook while it is open "
                   f"(and leaves behind if it stops), not the data: give the workbook, '{tmp_path / 'lc.xlsx'}'\n"), err
    office = tmp_path / ".~lock.lc.xlsx#"
    office.write_text(",Alice,host,05.12.2026 09:00,file:///home/alice/.config/libreoffice/4;")
    assert "this is LibreOffice's lock file" in error_of(lambda: read_data(office))


def test_a_percentage_among_numbers_on_another_scale_is_refused_naming_the_cell(tmp_path, capsys):
    """A column of coverage rates typed as numbers (74, 65, 55) with one cell typed '85%' (Excel keeps it as 0.85,
    formatted as a percentage) was read as 74, 0.85, 55, ...: calibrated against anchors on 0-100, the case shown
    as 85% came out near 0, without a word (a CSV shows the '%' and is refused with a hint). The cell is now refused,
    named with what it shows and holds; a column of percentages alone, or among numbers on the same 0-1 scale (as
    test_numbers_are_read_as_excel_shows_them), is read as before. Fails before (read as 0.85)."""
    rows = [["case", "覆盖率", "Y"], ["a", 74, 1], ["b", 0.85, 0], ["c", 55, 1]]
    path = workbook(tmp_path / "p.xlsx", rows, title="原始数据", formats={"B3": "0%"})
    said = error_of(lambda: read_data(path))
    assert said.endswith(
        "sheet '原始数据', cell B3 (column B, '覆盖率') is formatted as a percentage (it shows 85%, Excel keeps 0.85) "
        "where the column's other numbers are on another scale (e.g. B2 74): write every cell of the column on one "
        "scale (format B3 as Number and type 85, or give every cell as a percentage)"), said
    assert main(["truth-table", str(path), "--outcome", "Y"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cell B3 (column B, '覆盖率') is formatted as a percentage" in err, err
    every = workbook(tmp_path / "q.xlsx", rows[:1] + [["a", 0.74, 1], ["b", 0.85, 0], ["c", 0.55, 1]],
                     formats={"B2": "0.0%", "B3": "0%", "B4": "0%"})
    assert read_data(every)[0]["覆盖率"].tolist() == ["0.74", "0.85", "0.55"]


def test_a_percent_format_on_a_number_of_the_columns_scale_is_read_as_its_number(tmp_path):
    """A cell formatted as a percentage by mistake whose value is on the column's scale (1500 among incomes, shown as
    150000%) is read as 1500: the check of a percentage among numbers (above) refuses only a cell that holds a
    share (0.85, typed as '85%') where the column's numbers are on a larger scale; it refused this one, telling the
    user to type 150000."""
    rows = [["case", "income", "Y"], ["a", 1200, 1], ["b", 1500, 0], ["c", 2000, 1]]
    path = workbook(tmp_path / "p.xlsx", rows, formats={"B3": "0%"})
    assert read_data(path)[0]["income"].tolist() == ["1200", "1500", "2000"]


def test_data_on_the_second_sheet_behind_a_sheet_of_notes_are_named_with_their_sheet(lc, tmp_path, capsys):
    """A researcher's workbook opens with a sheet of notes (说明), the data on the next: every command read the first
    sheet and answered '--outcome 'SURV' is not a column of data.xlsx (columns: '说明')', naming neither the sheet read
    nor the one holding the data, which the researcher saw open in Excel. The refusal (outcome and --conditions,
    --case-column, the calibrate command's raw columns) now names the sheet holding them all and the --sheet that
    reads it; a sheet named with --sheet, and columns no sheet holds, are refused as before."""
    notes = [["说明"], ["数据见第二页"]]
    path = workbook(tmp_path / "data.xlsx", notes, title="说明", more={"数据": lc_rows(lc)})
    told = "sheet 2 '数据' holds {}: --sheet 2 reads it (without --sheet, the first sheet, '说明', is read)"
    assert main(["truth-table", str(path), "--outcome", "SURV", "--conditions", "DEV,URB"]) == 2
    assert capsys.readouterr().err == (f"error: {path}: 'SURV', 'DEV', 'URB' not among the columns of the sheet read "
                                       f"('说明'); {told.format('them')}\n")
    assert main(["truth-table", str(path), "--outcome", "SURV", "--case-column", "case"]) == 2
    assert capsys.readouterr().err.endswith(f"(columns: '说明'); {told.format('it')}\n")
    spec = tmp_path / "spec.yaml"
    spec.write_text("D: {source: DEV, type: crisp, thresholds: 0.5}\n", encoding="utf-8")
    assert main(["calibrate", str(path), "--spec", str(spec), "--keep", "URB,LIT,IND,STB,SURV"]) == 2
    assert capsys.readouterr().err.endswith(f"(columns: '说明'); {told.format('them')}\n")
    assert main(["truth-table", str(path), "--outcome", "SURV", "--sheet", "2"]) == 0   # the hint's flag reads it
    capsys.readouterr()
    for argv in (["--outcome", "SURVIVAL"], ["--outcome", "SURV", "--sheet", "1"]):   # no sheet holds it; sheet named
        assert main(["truth-table", str(path), *argv]) == 2
        assert "holds" not in capsys.readouterr().err

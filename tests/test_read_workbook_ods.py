"""OpenDocument sheets (.ods: LibreOffice, and WPS can save one) are read as .xlsx workbooks are (read_data,
analysis.qca.sheets): the same checks, the messages naming the sheet's cells as LibreOffice shows them; what
python-calamine does not give (error cells, hidden rows and columns, merged cells, formulas) is read from the sheet's
XML (analysis.qca._ods). The files
are written here by `write_ods`, a small writer of the OpenDocument format (a zip archive: mimetype, content.xml,
META-INF/manifest.xml) with the repeated empty cells and rows LibreOffice writes (number-columns-repeated,
number-rows-repeated)."""
from __future__ import annotations

import warnings
import zipfile
from xml.sax.saxutils import escape

import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import QCAInputError, QCAWarning, prepare_data
from analysis.qca.cli import main
from analysis.qca.read import read_data

LC = ROOT / "data" / "reference" / "datasets" / "LC.csv"
_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def _cell(v) -> str:
    if v is None:
        return "<table:table-cell/>"
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return f'<table:table-cell office:value-type="float" office:value="{v!r}"><text:p>{v}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'


def write_ods(path, sheets: dict, start=(1, 1)):
    """An .ods file at `path` whose sheets are `sheets` ({name: rows, each a list of values; None an empty cell}),
    each table from cell `start` (row, column, counted from 1), the empty rows and columns before it written as
    LibreOffice writes them (repeated), and a block of empty repeated cells and rows after it, as LibreOffice does."""
    body = []
    for name, rows in sheets.items():
        body.append(f'<table:table table:name="{escape(name)}">')
        if start[0] > 1:
            body.append(f'<table:table-row table:number-rows-repeated="{start[0] - 1}"><table:table-cell/>'
                        "</table:table-row>")
        lead = (f'<table:table-cell table:number-columns-repeated="{start[1] - 1}"/>' if start[1] > 1 else "")
        for row in rows:
            body.append("<table:table-row>" + lead + "".join(map(_cell, row)) +
                        '<table:table-cell table:number-columns-repeated="1000"/></table:table-row>')
        body.append('<table:table-row table:number-rows-repeated="1000"><table:table-cell '
                    'table:number-columns-repeated="1024"/></table:table-row></table:table>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS} office:version="1.2">'
               "<office:body><office:spreadsheet>" + "".join(body) +
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


@pytest.fixture(scope="module")
def lc_rows() -> list[list]:
    lc = pd.read_csv(LC)
    return [list(lc.columns)] + [list(r) for r in lc.itertuples(index=False)]


def read(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("error", QCAWarning)   # a plain sheet: no warning
        return read_data(path, **kw)


def edited(path, edit):
    """The .ods at `path` with `edit(content.xml's text)` saved in place of its content."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["content.xml"] = edit(parts["content.xml"].decode()).encode()
    with zipfile.ZipFile(path, "w") as z:
        for n, b in parts.items():
            z.writestr(n, b)
    return path


def cell_of(text: str, case: str, k: int) -> tuple[int, int]:
    """Where the `k`-th cell after case `case`'s name starts and ends in content.xml's text."""
    at = text.index(f"<text:p>{case}</text:p>")
    for _ in range(k):
        at = text.index("<table:table-cell", at + 1)
    return at, text.index("</table:table-cell>", at) + len("</table:table-cell>")


def error_of(call) -> str:
    with pytest.raises(QCAInputError) as exc, warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        call()
    return str(exc.value)


def test_an_ods_sheet_reads_as_the_csv_it_was_saved_from(lc_rows, tmp_path):
    path = write_ods(tmp_path / "lc.ods", {"Data": lc_rows})
    df, case = read(path)
    csv, csv_case = read_data(LC)
    assert case == csv_case == "case"
    pd.testing.assert_frame_equal(df, csv)


def test_an_ods_error_cell_is_named_as_libreoffice_shows_it(lc_rows, tmp_path):
    """LibreOffice saves =1/0 as an error cell (calcext:value-type="error"), which calamine reads as empty: the missing
    value was named without the '#DIV/0!' the user sees."""
    def edit(text):
        a, b = cell_of(text, "CZ", 2)   # CZ's URB, cell C4
        return text[:a] + ('<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" '
                           'calcext:value-type="error" xmlns:calcext="urn:org:documentfoundation:names:experimental:'
                           'calc:xmlns:calcext:1.0"><text:p>#DIV/0!</text:p></table:table-cell>') + text[b:]

    path = edited(write_ods(tmp_path / "lc.ods", {"Data": lc_rows}), edit)
    df, case = read(path)
    msg = error_of(lambda: prepare_data(df, "SURV", case_column=case))
    assert "'URB' (case(s) 'CZ', cell(s) C4 of sheet 'Data', marked '#DIV/0!')" in msg, msg


def test_hidden_rows_of_an_ods_sheet_are_named_in_a_warning(lc_rows, tmp_path):
    def edit(text):
        r = text.rindex("<table:table-row", 0, text.index("<text:p>EE</text:p>"))
        return text[:r] + '<table:table-row table:visibility="collapse"' + text[r + len("<table:table-row"):]

    path = edited(write_ods(tmp_path / "lc.ods", {"Data": lc_rows}), edit)
    with pytest.warns(QCAWarning, match=r"sheet 'Data': 1 row is hidden or filtered out in LibreOffice "
                                        r"\(row 5\)"):
        read_data(path)


def test_merged_cells_of_an_ods_sheet_are_refused_naming_them(lc_rows, tmp_path):
    def edit(text):
        a, _ = cell_of(text, "CZ", 1)   # CZ's DEV, cell B4, merged with B5 (EE's DEV covered)
        text = text[:a] + '<table:table-cell table:number-rows-spanned="2"' + text[a + len("<table:table-cell"):]
        c, d = cell_of(text, "EE", 1)
        return text[:c] + "<table:covered-table-cell/>" + text[d:]

    path = edited(write_ods(tmp_path / "lc.ods", {"Data": lc_rows}), edit)
    msg = error_of(lambda: read_data(path))
    assert "B4:B5" in msg and "sheet 'Data'" in msg, msg


def test_ods_formulas_saved_without_values_are_refused(tmp_path):
    """A program that writes formulas without computing them (odfpy, a script): calamine reads empty cells."""
    rows = [["case", "A", "Y"], ["x", 0.2, 1], ["y", 0.9, 0]]

    def edit(text):
        for v in ("0.2", "0.9"):
            a = text.index(f'office:value="{v}"')
            a, b = text.rindex("<table:table-cell", 0, a), text.index("</table:table-cell>", a) + 19
            text = text[:a] + '<table:table-cell table:formula="of:=RAND()"/>' + text[b:]
        return text

    path = edited(write_ods(tmp_path / "f.ods", {"Data": rows}), edit)
    msg = error_of(lambda: read_data(path))
    assert "sheet 'Data', cell B2 holds a formula (=RAND()) saved without its value" in msg, msg


def test_the_command_line_reads_an_ods_sheet_as_the_csv(lc_rows, tmp_path, capsys):
    path = write_ods(tmp_path / "lc.ods", {"Data": lc_rows})
    assert main(["minimize", str(LC), "--outcome", "SURV"]) == 0
    from_csv = capsys.readouterr().out
    assert main(["minimize", str(path), "--outcome", "SURV"]) == 0
    out, err = capsys.readouterr()
    assert out == from_csv and "warning: " not in err, err


def test_a_bad_value_names_its_cell_as_libreoffice_shows_it(lc_rows, tmp_path):
    rows = [list(r) for r in lc_rows]
    rows[3][3] = "0.8x"   # CZ's LIT: the table starts at B3 (its header), so the cell is E6
    path = write_ods(tmp_path / "lc.ods", {"Data": rows}, start=(3, 2))
    df, case = read(path)
    assert case == "case" and list(df.columns) == lc_rows[0]
    msg = error_of(lambda: prepare_data(df, "SURV", case_column=case))
    assert "'LIT' (case(s) 'CZ': '0.8x', cell(s) E6 of sheet 'Data')" in msg, msg


def test_a_case_name_twice_names_the_rows_of_the_ods_sheet(lc_rows, tmp_path, capsys):
    rows = [list(r) for r in lc_rows]
    rows[4][0] = "AU"
    path = write_ods(tmp_path / "lc.ods", {"Data": rows})
    assert main(["truth-table", str(path), "--outcome", "SURV"]) == 2
    err = capsys.readouterr().err
    assert "'AU' in row(s) 1, 4 (row(s) 2, 5 of sheet 'Data')" in err, err


def test_a_sheet_of_an_ods_file_is_chosen_by_name_or_place(lc_rows, tmp_path):
    path = write_ods(tmp_path / "two.ods", {"Readme": [["the cases are on sheet 2"]], "Cases": lc_rows})
    msg = error_of(lambda: read_data(path))   # sheet 1, read by default: a note, no data rows
    assert "sheet 'Readme' has a header (row 1) but no data rows; the data on another sheet?" in msg and \
        "'Cases'" in msg, msg
    by_name, _ = read(path, sheet="Cases")
    by_place, _ = read(path, sheet=2)
    pd.testing.assert_frame_equal(by_name, by_place)
    msg = error_of(lambda: read_data(path, sheet="cases"))
    assert "no sheet 'cases' in this workbook" in msg and "did you mean 'Cases'?" in msg and \
        "1 'Readme', 2 'Cases'" in msg, msg


def test_a_title_above_the_header_is_refused_in_an_ods_sheet(lc_rows, tmp_path):
    path = write_ods(tmp_path / "lc.ods", {"Data": [["Lipset's cases, 1920s"]] + lc_rows})
    msg = error_of(lambda: read_data(path))
    assert "sheet 'Data', row 1 holds one cell (\"Lipset's cases, 1920s\")" in msg and "a title above the header" \
        in msg, msg


def test_a_damaged_ods_file_is_refused_naming_it(tmp_path):
    path = tmp_path / "lc.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    msg = error_of(lambda: read_data(path))
    assert msg.startswith(f"{path}: cannot read this OpenDocument sheet (.ods) (") and \
        "save it as an Excel workbook (.xlsx)" in msg, msg


def test_a_value_typed_far_from_the_table_is_named_not_a_calamine_limit(lc_rows, tmp_path):
    """A stray value in the last cell LibreOffice has (AMJ1048576): was 'cannot read this OpenDocument sheet (.ods)
    (CalamineError: Cell limit exceeded ...); ... save it as an Excel workbook (.xlsx)', which does not help."""
    path = write_ods(tmp_path / "lc.ods", {"Data": lc_rows})
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    far = ('<table:table-row table:number-rows-repeated="1048000"><table:table-cell/></table:table-row><table:table-row>'
           '<table:table-cell table:number-columns-repeated="1023"/><table:table-cell office:value-type="string">'
           '<text:p>x</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1000">')
    parts["content.xml"] = parts["content.xml"].replace(b'<table:table-row table:number-rows-repeated="1000">',
                                                        far.encode(), 1)
    with zipfile.ZipFile(path, "w") as z:
        for n, b in parts.items():
            z.writestr(n, b)
    msg = error_of(lambda: read_data(path))
    assert msg.startswith(f"{path}: a sheet of this OpenDocument sheet (.ods) holds a value so far from the others") \
        and "CalamineError" not in msg and "delete it" in msg, msg


def test_a_hidden_column_of_an_ods_sheet_is_named_in_a_warning(lc_rows, tmp_path):
    def edit(text):   # columns A-C shown, D (LIT) hidden, the rest shown, as LibreOffice writes them before the rows
        a = text.index('<table:table table:name="Data">') + len('<table:table table:name="Data">')
        return text[:a] + ('<table:table-column table:number-columns-repeated="3"/><table:table-column '
                           'table:visibility="collapse"/><table:table-column table:number-columns-repeated="1020"/>') \
            + text[a:]

    path = edited(write_ods(tmp_path / "lc.ods", {"Data": lc_rows}), edit)
    with pytest.warns(QCAWarning, match=r"sheet 'Data': column D \('LIT'\) is hidden in LibreOffice"):
        read_data(path)


def test_a_plain_ods_sheet_s_xml_is_not_parsed_for_marks(lc_rows, tmp_path, monkeypatch):
    """Reading the XML for error cells, hidden rows and merges took ~1 s for 20,000 x 11 values: a sheet with none of
    them (no formula, visibility, span or error in content.xml) is not parsed."""
    from xml.etree import ElementTree

    from analysis.qca._ods import ods_marks

    path = write_ods(tmp_path / "lc.ods", {"Data": lc_rows})

    def parse(*a, **k):
        raise AssertionError("content.xml parsed")

    monkeypatch.setattr(ElementTree, "fromstring", parse)
    marks = ods_marks(str(path), "Data")
    assert not (marks.errors or marks.formulas or marks.hidden_rows or marks.hidden_columns or marks.merges)


def test_another_sheet_with_the_same_columns_is_named_when_the_first_is_read_by_default_ods(lc_rows, tmp_path):
    """Two waves ('1990', '2000') in one .ods: the first was read without a word (the check was .xlsx's only)."""
    path = write_ods(tmp_path / "w.ods", {"1990": lc_rows, "2000": lc_rows, "Notes": [["source", "x"]]})
    with pytest.warns(QCAWarning, match=r"read sheet '1990', the first; sheet\(s\) '2000' hold a table with the "
                                        r"same columns: name the sheet to read with --sheet"):
        read_data(path)


def test_a_zip_archive_that_is_no_workbook_names_the_ods_among_the_formats_read(tmp_path):
    """A zip archive holding a CSV file: the formats the engine reads were listed without the .ods it reads."""
    path = tmp_path / "lc.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("lc.csv", "case,A\nx,1\n")
    msg = error_of(lambda: read_data(path))
    assert "this is a zip archive" in msg and "an Excel .xlsx or .xls workbook, an .ods sheet, a Stata" in msg, msg


def test_a_percentage_among_numbers_on_another_scale_is_refused_in_an_ods_sheet(tmp_path):
    """LibreOffice keeps '85%' typed in a cell as 0.85 (office:value-type="percentage"): among coverage rates typed as
    74, 55 it was read as 0.85 without a word, as in an .xlsx workbook before (test_read_workbook's test of the
    same). It is refused naming the cell as LibreOffice names it. Fails before."""
    path = write_ods(tmp_path / "p.ods", {"原始数据": [["case", "覆盖率", "Y"], ["a", 74, 1], ["b", 0.85, 0],
                                                     ["c", 55, 1]]})
    edited(path, lambda text: text.replace('office:value-type="float" office:value="0.85"><text:p>0.85',
                                           'office:value-type="percentage" office:value="0.85"><text:p>85%'))
    said = error_of(lambda: read_data(path))
    assert "sheet '原始数据', cell B3 (column B, '覆盖率') is formatted as a percentage (it shows 85%, LibreOffice " \
           "keeps 0.85)" in said, said

"""The reader of workbooks reads a sheet's values with python-calamine and scans the sheet's XML for what calamine does
not give (formulas, Excel's errors, hidden rows and columns, merged cells): openpyxl's full load took ~6 s for a
sheet of 5,000 x 20 numbers, where the CSV saved from it took 0.2 s. The workbooks here are written by hand, as Excel
and LibreOffice write them (shared strings, styles, shared formulas with their saved values, a namespace prefix,
cells without their r attribute), which openpyxl, the writer of the other tests' workbooks, never writes."""
from __future__ import annotations

import datetime as dt
import zipfile

import numpy as np
import pandas as pd
import pytest

from analysis.qca import QCAInputError, QCAWarning, prepare_data
from analysis.qca._xlsx import scan
from analysis.qca.read import read_data

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

#: Cell styles: 0 General, 1 a date (built-in format 14), 2 a percentage (built-in 9).
STYLES = (f'<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
          '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def xlsx(path, sheets: dict[str, str], strings=(), prefix="", states=None):
    """A workbook at `path` whose sheets are `sheets` ({name: the XML inside <worksheet>}), shared strings `strings`,
    its elements written with the namespace prefix `prefix` ('x:' as some .NET writers do), `states` {name:
    'hidden'}."""
    p = prefix
    ns = f'xmlns{":" + p[:-1] if p else ""}="{MAIN}" xmlns:r="{RELS}"'
    names = list(sheets)
    with zipfile.ZipFile(path, "w") as z:
        kind = "application/vnd.openxmlformats-officedocument.spreadsheetml."
        parts = {"/xl/workbook.xml": "sheet.main", "/xl/styles.xml": "styles", "/xl/sharedStrings.xml": "sharedStrings"}
        parts |= {f"/xl/worksheets/sheet{i}.xml": "worksheet" for i in range(1, len(names) + 1)}
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" '
                   'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   + "".join(f'<Override PartName="{n}" ContentType="{kind}{t}+xml"/>' for n, t in parts.items()
                             if strings or t != "sharedStrings") + "</Types>")
        z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        state = {n: f' state="{s}"' for n, s in (states or {}).items()}
        listed = "".join(f'<{p}sheet name="{n}" sheetId="{i}" r:id="rId{i}"{state.get(n, "")}/>'
                         for i, n in enumerate(names, start=1))
        z.writestr("xl/workbook.xml", f'<{p}workbook {ns}><{p}sheets>{listed}</{p}sheets></{p}workbook>')
        rels = "".join(f'<Relationship Id="rId{i}" Type="{RELS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                       for i in range(1, len(names) + 1))
        rels += f'<Relationship Id="rId{len(names) + 1}" Type="{RELS}/styles" Target="styles.xml"/>'
        if strings:
            rels += f'<Relationship Id="rId{len(names) + 2}" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
            z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">' + "".join(f"<si><t>{s}</t></si>" for s in strings)
                       + "</sst>")
        z.writestr("xl/_rels/workbook.xml.rels",
                   f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
                   "</Relationships>")
        z.writestr("xl/styles.xml", STYLES)
        for i, n in enumerate(names, start=1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", f"<{p}worksheet {ns}>{sheets[n]}</{p}worksheet>")
    return path


def table(rows: list[str], prefix="", after="", before="", hidden=()) -> str:
    """A sheet's XML: `rows`, each the XML of a row's cells, on rows 1, 2, ...; the rows `hidden` hidden."""
    p = prefix
    mark = ' hidden="true"'
    body = "".join(f'<{p}row r="{i}"{mark if i in hidden else ""}>{r}</{p}row>' for i, r in enumerate(rows, start=1))
    return f"{before}<{p}sheetData>{body}</{p}sheetData>{after}"


#: Shared strings: 0 case, 1 A, 2 Y, 3 a, 4 b, 5 c, 6 0.3 (a number stored as text), 7 d.
STRINGS = ("case", "A", "Y", "a", "b", "c", "0.3", "d")
HEADER = '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'


def test_the_reader_does_not_load_the_workbook_with_openpyxl(tmp_path, monkeypatch):
    """openpyxl's load_workbook (its full load: ~6 s for 5,000 x 20 cells; its read-only mode sees neither merged
    cells nor hidden rows) is not how a sheet is read."""
    import openpyxl

    rows = [HEADER] + [f'<c r="A{i}" t="s"><v>{3 + (i - 2) % 3}</v></c><c r="B{i}"><v>0.{i}</v></c>'
                       f'<c r="C{i}"><v>{i % 2}</v></c>' for i in range(2, 5)]
    path = xlsx(tmp_path / "x.xlsx", {"Data": table(rows)}, STRINGS)
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("openpyxl.load_workbook was called"))
    df, case = read_data(path)
    assert case == "case" and df.to_dict("list") == {"case": ["a", "b", "c"], "A": ["0.2", "0.3", "0.4"],
                                                     "Y": ["0", "1", "0"]}


def test_a_workbook_as_excel_writes_it_shared_strings_styles_and_shared_formulas(tmp_path):
    """Shared strings, a date and a percentage by their styles, a number stored as text, a shared formula (the first
    cell's formula, the others pointing to it) with its saved values: read as Excel shows them."""
    rows = [HEADER,
            '<c r="A2" t="s"><v>3</v></c><c r="B2" s="2"><v>0.8</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">'
            'IF(B2&gt;=0.5,1,0)</f><v>1</v></c>',
            '<c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>6</v></c><c r="C3"><f t="shared" si="0"/><v>0</v></c>',
            '<c r="A4" t="s"><v>5</v></c><c r="B4"><v>0.6500000000000001</v></c><c r="C4"><f t="shared" si="0"/>'
            '<v>1</v></c>']
    path = xlsx(tmp_path / "x.xlsx", {"Data": table(rows)}, STRINGS)
    df, _ = read_data(path)
    assert df.to_dict("list") == {"case": ["a", "b", "c"], "A": ["0.8", "0.3", "0.65"], "Y": ["1", "0", "1"]}


def test_a_shared_formula_saved_without_values_names_the_cell_and_its_formula(tmp_path):
    rows = [HEADER] + [f'<c r="A{i}" t="s"><v>{1 + i}</v></c><c r="B{i}"><v>0.{i}</v></c><c r="C{i}">'
                       + ('<f t="shared" ref="C2:C4" si="0">B2*2</f>' if i == 2 else '<f t="shared" si="0"/>')
                       + "</c>" for i in range(2, 5)]
    path = xlsx(tmp_path / "x.xlsx", {"Data": table(rows)}, STRINGS)
    with pytest.raises(QCAInputError, match=r"sheet 'Data', cell C2 holds a formula \(=B2\*2\) saved without its "
                                            r"value \(and 2 more cell\(s\), every formula\)"):
        read_data(path)
    assert scan(path.read_bytes() and zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")).formulas == {
        (2, 3): "=B2*2", (3, 3): "=B3*2", (4, 3): "=B4*2"}


def test_excel_errors_dates_hidden_rows_and_merges_are_read_from_a_prefixed_sheet(tmp_path):
    """A sheet whose elements carry a namespace prefix (<x:c>, as .NET writers save them): an error a formula
    saved ('#DIV/0!', which calamine reads as an empty cell), a hidden row, a hidden column, merged cells and a date
    among numbers are found as in any other sheet."""
    p = "x:"

    def book(name, rows, after="", before="", hidden=()):
        return xlsx(tmp_path / name, {"Data": table(rows, p, after, before, hidden)}, STRINGS, prefix=p)

    def body(extra=""):
        return [f'<{p}c r="A1" t="s"><{p}v>0</{p}v></{p}c><{p}c r="B1" t="s"><{p}v>1</{p}v></{p}c>'
                f'<{p}c r="C1" t="s"><{p}v>2</{p}v></{p}c>'] + [
            f'<{p}c r="A{i}" t="s"><{p}v>{1 + i}</{p}v></{p}c><{p}c r="B{i}"><{p}v>0.{i}</{p}v></{p}c>'
            f'<{p}c r="C{i}"><{p}v>{i % 2}</{p}v></{p}c>' for i in range(2, 6)]

    rows = body()
    rows[2] = rows[2].replace(f'<{p}c r="B3"><{p}v>0.3</{p}v></{p}c>',
                              f'<{p}c r="B3" t="e"><{p}f>1/0</{p}f><{p}v>#DIV/0!</{p}v></{p}c>')
    df, case = read_data(book("e.xlsx", rows))
    assert df.loc[1, "A"] == "#DIV/0!"
    with pytest.raises(QCAInputError, match=r"'A' \(case\(s\) 'b', cell\(s\) B3 of sheet 'Data', marked '#DIV/0!'\)"):
        prepare_data(df, "Y", case_column=case)
    hidden = book("h.xlsx", body(), before=f'<{p}cols><{p}col min="2" max="2" hidden="1"/></{p}cols>', hidden=(4,))
    with pytest.warns(QCAWarning) as caught:
        read_data(hidden)
    said = " ".join(str(w.message) for w in caught)
    assert "1 row is hidden or filtered out in Excel (row 4)" in said and "column B ('A') is hidden" in said
    merged = book("m.xlsx", body(), after=f'<{p}mergeCells count="1"><{p}mergeCell ref="C2:C3"/></{p}mergeCells>')
    with pytest.raises(QCAInputError, match=r"sheet 'Data', cells C2:C3 are merged"):
        read_data(merged)
    rows = body()
    rows[3] = rows[3].replace(f'<{p}c r="B4"><{p}v>0.4</{p}v></{p}c>', f'<{p}c r="B4" s="1"><{p}v>46024</{p}v></{p}c>')
    with pytest.raises(QCAInputError, match=r"cell B4 \(column B, 'A'\) holds a date or time, 2026-01-02"):
        read_data(book("d.xlsx", rows))


def test_cells_without_their_r_attribute_are_placed_one_after_another(tmp_path):
    """The r attribute of a row or a cell may be left out (a cell then follows the one before it): an error in such
    a cell is named by its place."""
    rows = ['<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>'] + [
        f'<row><c t="s"><v>{1 + i}</v></c>' + ('<c t="e"><v>#N/A</v></c>' if i == 3 else f"<c><v>0.{i}</v></c>")
        + f"<c><v>{i % 2}</v></c></row>" for i in range(2, 5)]
    path = xlsx(tmp_path / "x.xlsx", {"Data": "<sheetData>" + "".join(rows) + "</sheetData>"}, STRINGS)
    df, case = read_data(path)
    assert df["A"].tolist() == ["0.2", "#N/A", "0.4"]
    assert df.attrs["qca_file_lines"].lines == (2, 3, 4)
    with pytest.raises(QCAInputError, match=r"cell\(s\) B3 of sheet 'Data', marked '#N/A'"):
        prepare_data(df, "Y", case_column=case)


def test_a_hidden_first_sheet_and_a_damaged_sheet(tmp_path):
    rows = [HEADER, '<c r="A2" t="s"><v>3</v></c><c r="B2"><v>1</v></c><c r="C2"><v>1</v></c>',
            '<c r="A3" t="s"><v>4</v></c><c r="B3"><v>0</v></c><c r="C3"><v>0</v></c>']
    path = xlsx(tmp_path / "x.xlsx", {"Lookup": table(rows[:1]), "Data": table(rows)}, STRINGS,
                states={"Lookup": "hidden"})
    df, _ = read_data(path)
    assert df["case"].tolist() == ["a", "b"] and df.attrs["qca_file_lines"].sheet == "Data"
    broken = xlsx(tmp_path / "b.xlsx", {"Data": table(rows)[:-40]}, STRINGS)   # cut short: rows would be lost
    with pytest.raises(QCAInputError, match=r"b\.xlsx: cannot read this \.xlsx workbook \(\w+"):
        read_data(broken)


def test_moments_among_text_are_read_as_excel_shows_them(tmp_path):
    """A column of dates (a survey's date, not a set): read as ISO dates, as the CSV saved from it holds them."""
    rows = [HEADER.replace('<c r="C1" t="s"><v>2</v></c>', '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>7</v></c>'),
            '<c r="A2" t="s"><v>3</v></c><c r="B2"><v>1</v></c><c r="C2"><v>1</v></c><c r="D2" s="1"><v>46024</v></c>',
            '<c r="A3" t="s"><v>4</v></c><c r="B3"><v>0</v></c><c r="C3"><v>0</v></c><c r="D3" s="1"><v>46025</v></c>']
    df, _ = read_data(xlsx(tmp_path / "x.xlsx", {"Data": table(rows)}, STRINGS))
    assert df["d"].tolist() == [str(dt.date(2026, 1, 2)), str(dt.date(2026, 1, 3))]


def test_a_blank_typed_far_below_the_table_costs_no_grid_of_empty_rows(tmp_path):
    """A blank typed in cell G300000 (a stray key press far below the table): the sheet's 300,000 empty rows were
    each turned into a row of cells (1.7 s of CPU here; 20 s and 580 MB for a blank in row 1,048,576); only rows
    holding a value are kept now."""
    import time

    rows = [HEADER] + [f'<c r="A{i}" t="s"><v>{1 + i}</v></c><c r="B{i}"><v>0.{i}</v></c><c r="C{i}"><v>{i % 2}</v>'
                       f"</c>" for i in range(2, 5)] + [""] * 20
    sheet = table(rows).replace("</sheetData>", '<row r="300000"><c r="G300000" t="inlineStr"><is><t> </t></is></c>'
                                                "</row></sheetData>")
    path = xlsx(tmp_path / "x.xlsx", {"Data": sheet}, STRINGS)
    start = time.process_time()
    df, _ = read_data(path)
    spent = time.process_time() - start
    assert df["case"].tolist() == ["a", "b", "c"] and list(df.columns) == ["case", "A", "Y"]
    assert spent < 1.0, spent


def test_the_header_of_another_sheet_is_read_through_the_shared_strings(tmp_path):
    rows = [HEADER] + [f'<c r="A{i}" t="s"><v>{1 + i}</v></c><c r="B{i}"><v>0.{i}</v></c><c r="C{i}"><v>{i % 2}</v>'
                       f"</c>" for i in range(2, 5)]
    other = ['<c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c>']
    path = xlsx(tmp_path / "x.xlsx", {"Raw": table(rows), "Calibrated": table([""] + other + rows[1:])}, STRINGS)
    with pytest.warns(QCAWarning, match=r"read sheet 'Raw', the first; sheet\(s\) 'Calibrated' hold a table with "
                                        "the same columns"):
        read_data(path)


def test_a_value_typed_in_the_sheets_last_cell_is_refused_naming_it_and_a_format_there_is_read(tmp_path):
    """A blank typed in XFD1048576 beside a table in A1 spans 17 billion cells, every one of which python-calamine
    allocates: the process aborted (a Rust panic, no message). A cell there holding only a format is no value and is
    read as before."""
    rows = [HEADER] + [f'<c r="A{i}" t="s"><v>{1 + i}</v></c><c r="B{i}"><v>0.{i}</v></c><c r="C{i}"><v>{i % 2}</v>'
                       f"</c>" for i in range(2, 5)]
    far = '<row r="1048576"><c r="XFD1048576"{}</c></row></sheetData>'
    typed = table(rows).replace("</sheetData>", far.format(' t="inlineStr"><is><t> </t></is>'))
    with pytest.raises(QCAInputError, match=r"sheet 'Data', cell XFD1048576 holds a value \(' '\) so far from the "
                                            r"others that the sheet's range would be 17,179,869,184 cells"):
        read_data(xlsx(tmp_path / "t.xlsx", {"Data": typed}, STRINGS))
    formatted = table(rows).replace("</sheetData>", far.format(' s="2">'))
    df, _ = read_data(xlsx(tmp_path / "f.xlsx", {"Data": '<dimension ref="A1:XFD1048576"/>' + formatted}, STRINGS))
    assert df["case"].tolist() == ["a", "b", "c"]


def test_formulas_saved_with_the_value_0_as_xlsxwriter_saves_them_are_warned_about(tmp_path):
    """XlsxWriter (pandas' writer of .xlsx when it is installed) and R's writexl save 0 as the value of every formula
    they write: such a workbook, never opened in Excel, was read as memberships of 0 without a word."""
    rows = [HEADER] + [f'<c r="A{i}" t="s"><v>{1 + i}</v></c><c r="B{i}"><v>0.{i}</v></c><c r="C{i}"><f>IF(B{i}&gt;'
                       f"0.25,1,0)</f><v>0</v></c>" for i in range(2, 5)]
    path = xlsx(tmp_path / "x.xlsx", {"Data": table(rows)}, STRINGS)
    with pytest.warns(QCAWarning, match=r"sheet 'Data': every formula's saved value is 0 \(3 cells, e\.g\. C2 "
                                        r"=IF\(B2>0\.25,1,0\)\), as XlsxWriter and R's writexl save the formulas"):
        df, _ = read_data(path)
    assert df["Y"].tolist() == ["0", "0", "0"]
    with zipfile.ZipFile(path, "a") as z:   # computed by Excel, which writes its calculation chain
        z.writestr("xl/calcChain.xml", f'<calcChain xmlns="{MAIN}"><c r="C2" i="1"/></calcChain>')
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        read_data(path)


def _numbers_sheet(tmp_path, n=200):
    rows = [HEADER] + [f'<c r="A{i}" t="inlineStr"><is><t>c{i}</t></is></c><c r="B{i}"><v>0.{i % 7}</v></c>'
                       f'<c r="C{i}"><v>{i % 2}</v></c>' for i in range(2, n + 2)]
    return xlsx(tmp_path / "n.xlsx", {"Data": '<dimension ref="A1:C201"/>' + table(rows)}, STRINGS)


def test_a_sheets_cells_are_turned_into_text_column_by_column(tmp_path, monkeypatch):
    """A column of texts and numbers is turned into text through its distinct values, not cell by cell (100,000 x
    11 took ~0.7 s of CPU cell by cell); the text is the same."""
    from analysis.qca import sheets

    path = _numbers_sheet(tmp_path)
    calls = []
    real = sheets._cell_text
    monkeypatch.setattr(sheets, "_cell_text", lambda v: calls.append(v) or real(v))
    df, _ = read_data(path)
    assert len(calls) <= 3   # the header's cells; before: every text cell (200)
    assert df["case"].tolist()[:2] == ["c2", "c3"] and df["A"].tolist()[:3] == ["0.2", "0.3", "0.4"]
    assert df["Y"].tolist()[:2] == ["0", "1"]


@pytest.mark.parametrize("cells", [[0.1 + 0.2, -0.0, 0.0, 1e16, 2.0 ** 60, "", " ", "x", 0.65, 0.65],
                                   [1, 1.0, True, 2 ** 60, 2.0 ** 60, "1"],
                                   [dt.date(2020, 1, 31), 0.5, ""], [float("nan"), 0.5, float("nan")]])
def test_a_column_read_through_its_distinct_values_is_read_as_cell_by_cell(cells):
    from analysis.qca.sheets import _cell_text, _column_text

    assert _column_text(list(cells)) == [_cell_text(v) for v in cells]


def test_the_error_pattern_is_looked_for_only_where_a_quoted_e_is(tmp_path, monkeypatch):
    """The pattern of a cell holding one of Excel's errors (t="e") starts with no fixed text: run over the XML of a
    sheet of 100,000 x 11 it took ~0.7 s; it runs only when '"e"' is in the XML, and still finds the errors."""
    from analysis.qca import _xlsx

    searched = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, text, *a):
            searched.append(len(text))
            return self.pattern.search(text, *a)

    monkeypatch.setattr(_xlsx, "_ERROR_TYPE", Counting(_xlsx._ERROR_TYPE))
    read_data(_numbers_sheet(tmp_path))
    assert searched == []   # before: once over the whole sheet
    rows = [HEADER, '<c r="A2" t="s"><v>3</v></c><c r="B2" t="e"><v>#N/A</v></c><c r="C2"><v>1</v></c>']
    assert scan(f'<worksheet xmlns="{MAIN}">{table(rows)}</worksheet>'.encode()).errors == {(2, 2): "#N/A"}


def test_the_garbage_collector_is_paused_while_a_sheet_is_read_and_restored_after(tmp_path, monkeypatch):
    """Reading a sheet makes a list per row and a tuple per case, in no cycle: the collector's passes over them took
    ~0.5 s of ~2.5 s for 100,000 x 11. It is paused while the sheet is read, and left as it was after (on, or off when
    the caller turned it off), also when the sheet is refused."""
    import gc

    from analysis.qca import _xlsx

    seen = []
    real = _xlsx.read_sheet
    monkeypatch.setattr(_xlsx, "read_sheet", lambda *a, **k: seen.append(gc.isenabled()) or real(*a, **k))
    path = _numbers_sheet(tmp_path)
    assert gc.isenabled()
    read_data(path)
    assert seen == [False] and gc.isenabled()   # before: [True]
    with pytest.raises(QCAInputError, match="no sheet 'Nope'"):
        read_data(path, sheet="Nope")
    assert gc.isenabled()
    gc.disable()
    try:
        read_data(path)
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("cell", ['<c r="C1" t="b"><v>1</v></c>', '<c r="C1" t="b"><f>A2=A2</f><v>1</v></c>',
                                  '<c r="C1" t="b"><v>0</v></c>'])
def test_a_logical_header_cell_is_the_name_excel_shows(tmp_path, cell):
    """A header cell holding TRUE or FALSE, typed (Excel turns the word into a logical value) or a formula's result,
    named the column '1' or '0', a name the user never saw: it is the text Excel shows, as its CSV writes it. The
    data cells' TRUE / FALSE stay a crisp 1 / 0."""
    shown = "FALSE" if "<v>0" in cell else "TRUE"
    header = HEADER.replace('<c r="C1" t="s"><v>2</v></c>', cell)
    rows = [header] + [f'<c r="A{i}" t="s"><v>{1 + i}</v></c><c r="B{i}"><v>0.{i}</v></c><c r="C{i}" t="b">'
                       f"<v>{i % 2}</v></c>" for i in range(2, 5)]
    raw = table(rows)
    path = xlsx(tmp_path / "x.xlsx", {"Data": raw, "Wave 2": raw}, STRINGS)
    with pytest.warns(QCAWarning, match=rf"sheet\(s\) 'Wave 2' hold a table with the same columns"):
        df, _ = read_data(path)
    assert list(df.columns) == ["case", "A", shown]   # before: '1' or '0'
    assert df[shown].tolist() == ["0", "1", "0"]
    d = prepare_data(df, shown, case_column="case", warn=False)
    assert d.outcome == shown


@pytest.mark.parametrize("values", [np.array([0.1, 0.1, np.nan, -0.0, 0.0, 1e30, 0.65], dtype=np.float32),
                                    np.array([0.1 + 0.2, np.nan, 2.0 ** 60, -0.0, 5e-324]),
                                    np.array([1, 0, 99, -5], dtype=np.int8), np.array([2 ** 62, 0], dtype=np.int64),
                                    pd.array(["北京", None, "a", "a", " b "], dtype="str"),
                                    np.array(["x", None, dt.date(2020, 1, 31), 1.5], dtype=object)])
def test_a_stata_or_spss_variable_is_read_through_its_distinct_values_as_cell_by_cell(values, monkeypatch):
    """A numeric or text variable of a Stata or SPSS file is turned into text through its distinct values (cell by
    cell, with the frame's column labels looked up for every row, 100,000 x 11 took ~3.6 s of CPU, now ~0.4 s); the
    text is the same as cell by cell."""
    from analysis.qca import sheets

    s = pd.Series(values)
    expected = [sheets._stata_text(v) for v in (s.to_numpy() if s.dtype.kind == "f" else s.to_numpy(dtype=object))]
    calls = []
    real = sheets._stata_text
    monkeypatch.setattr(sheets, "_stata_text", lambda v: calls.append(v) or real(v))
    assert sheets._variable_text(s) == expected
    if s.dtype != object:
        assert len(calls) <= len(set(expected))   # before: one per cell


def test_a_sheet_without_its_dimension_is_bounded_without_listing_every_cell(tmp_path, monkeypatch):
    """openpyxl's write-only mode saves no dimension (the used range): the look for a value typed far from the table
    listed every cell's ref (~0.9 s for 100,000 x 11). The refs with the most digits and the widest letters bound the
    range first; a value typed far away is still found, with refs written as Excel writes them or otherwise."""
    from analysis.qca import _xlsx

    listed = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def findall(self, text, *a):
            listed.append(len(text))
            return self.pattern.findall(text, *a)

    monkeypatch.setattr(_xlsx, "_CELL_REF", Counting(_xlsx._CELL_REF))
    rows = [HEADER] + [f'<c r="A{i}" t="s"><v>{1 + i}</v></c><c r="B{i}"><v>0.{i}</v></c><c r="C{i}"><v>{i % 2}</v>'
                       f"</c>" for i in range(2, 5)]
    df, _ = read_data(xlsx(tmp_path / "x.xlsx", {"Data": table(rows)}, STRINGS))
    assert listed == [] and df["case"].tolist() == ["a", "b", "c"]   # before: every ref listed
    far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    for quote in ('"', "'"):
        sheet = table(rows).replace("</sheetData>", far)
        sheet = sheet.replace('r="', "r='").replace('" t=', "' t=").replace('">', "'>") if quote == "'" else sheet
        path = xlsx(tmp_path / f"far{len(quote)}{ord(quote)}.xlsx", {"Data": sheet}, STRINGS)
        with pytest.raises(QCAInputError, match=r"cell XFD1048576 holds a value \('x'\) so far from the others"):
            read_data(path)


def test_papera_reads_its_case_workbook_through_the_engines_public_table_reader(tmp_path):
    """Paper A's case workbook imported the engine's private read._table_file, the reader read_data reads a
    workbook, Stata or SPSS file with (read_data returns the checked frame, not the sheet's rows and cells Paper A's
    messages name). It has a public name, read.read_table, one implementation: read_data and Paper A read with it,
    and no module outside the engine imports a private name of analysis.qca.read (validate.py read its data lines
    through read._data_lines, now through the public data_records that function reads)."""
    import ast
    from pathlib import Path

    import analysis.qca.read as read

    assert "read_table" in read.__all__ and not hasattr(read, "_table_file")
    path = xlsx(tmp_path / "x.xlsx", {"Data": table([HEADER, '<c r="A2" t="s"><v>3</v></c><c r="B2"><v>0.8</v></c>'
                                                             '<c r="C2"><v>1</v></c>'])}, STRINGS)
    grid = read.read_table(str(path))
    assert grid.sheet == "Data" and grid.text.splitlines()[1] == "a,0.8,1"
    csv = tmp_path / "x.csv"
    csv.write_text("case,A\na,1\n", encoding="utf-8")
    assert read.read_table(str(csv)) is None
    root = Path(__file__).resolve().parents[1] / "analysis"
    private = []
    for module in sorted(root.rglob("*.py")):
        if "qca" in module.relative_to(root).parts[:1]:
            continue
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("qca.read"):
                private += [f"{module.name}: {a.name}" for a in node.names if a.name.startswith("_")]
    assert private == []

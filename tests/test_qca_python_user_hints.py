"""What a researcher calling the Python API on their own raw data is told where the calibrate command's spec file
(or the command line) said more: calibrate() given percentiles, ... (round 53, a researcher with their own data)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import QCAInputError, calibrate, calibrate_frame

LR = ROOT / "data" / "reference" / "datasets" / "LR.csv"


@pytest.fixture(scope="module")
def lr() -> pd.DataFrame:
    return pd.read_csv(LR, index_col="case")


def error_of(call) -> str:
    with pytest.raises(QCAInputError) as exc:
        call()
    return str(exc.value)


def test_calibrate_given_percentiles_names_calibrate_frame_and_the_thresholds_they_make(lr):
    """calibrate(x, percentiles='e=5, c=50, i=95'), the key of a calibrate file's set and of calibrate_frame's spec,
    was refused as any unknown argument ('calibrate() takes no argument 'percentiles' (its arguments: ...)'), the
    way to anchors at percentiles unsaid. It now names calibrate_frame's key and the thresholds those percentiles
    make on x (pandas' quantile, R's type 7), which calibrate() then takes, giving calibrate_frame's memberships."""
    x = lr["DEV"]
    said = error_of(lambda: calibrate(x, percentiles="e=5, c=50, i=95"))
    anchors = x.quantile([0.05, 0.5, 0.95]).tolist()
    made = "e={:.12g}, c={:.12g}, i={:.12g}".format(*anchors)
    assert said.startswith("calibrate() takes no argument 'percentiles': ")
    assert "calibrate_frame(df, {'DEV': {'percentiles': 'e=5, c=50, i=95'}})" in said
    assert f"thresholds='{made}'" in said
    frame = calibrate_frame(lr, {"DEV": {"percentiles": "e=5, c=50, i=95"}})
    assert frame.attrs["qca_percentile_anchors"]["DEV"]["thresholds"] == made
    np.testing.assert_array_equal(calibrate(x, thresholds=made).to_numpy(), frame["DEV"].to_numpy())
    # a crisp median split, and percentiles written as shares: the thresholds, or why there are none
    crisp = error_of(lambda: calibrate(x, type="crisp", percentiles=50))
    assert f"thresholds='{x.median():.12g}'" in crisp
    shares = error_of(lambda: calibrate(x.to_numpy(), percentile=[0.05, 0.5, 0.95]))
    assert shares.startswith("calibrate() takes no argument 'percentile': ")
    assert "they make no anchors on x: percentiles [0.05, 0.5, 0.95]: shares of 1? percentiles run from 0 to 100: " \
           "write '5, 50, 95'" in shares


def gbk_csv(path) -> str:
    """A CSV file as Excel on Chinese Windows saves 'CSV (逗号分隔)': Chinese names in the code page GBK."""
    path.write_bytes("case,发展,城市,Y\n北京,1,0,0\n上海,0,1,1\n".encode("gb18030"))
    return str(path)


def test_a_gbk_csv_read_from_python_is_told_encoding_gb18030(tmp_path):
    """A GBK CSV file (Excel's 'CSV (逗号分隔)' on Chinese Windows) in Python: truth_table given its name said to read it
    with pd.read_csv(path, index_col='case'), which refuses it (UnicodeDecodeError); read with encoding='latin-1' (a
    common way past that error) its names are garbled ('·¢Õ¹' for '发展') and a set named as written was 'not a column
    of the data' without a word on why. Both now say encoding='gb18030', which reads it; a UTF-8 file's hint is as
    it was."""
    from analysis.qca import truth_table

    path = gbk_csv(tmp_path / "gbk.csv")
    said = error_of(lambda: truth_table(path, outcome="Y"))
    assert f"pd.read_csv({path!r}, index_col='case', encoding='gb18030')" in said
    assert list(pd.read_csv(path, index_col="case", encoding="gb18030").columns) == ["发展", "城市", "Y"]
    utf8 = tmp_path / "utf8.csv"
    utf8.write_text("case,发展,Y\n北京,1,0\n", encoding="utf-8")
    assert f"pd.read_csv({str(utf8)!r}, index_col='case'); index_col" in error_of(lambda: truth_table(str(utf8), "Y"))
    garbled = pd.read_csv(path, index_col="case", encoding="latin-1")
    told = ("column '·¢Õ¹' is '发展' read in the wrong code page (Chinese text saved in GBK, as Excel on Chinese "
            "Windows saves 'CSV (逗号分隔)', read as Latin-1): read the file with encoding='gb18030'")
    assert told in error_of(lambda: truth_table(garbled, outcome="Y", conditions=["发展"]))
    assert told.replace("·¢Õ¹", "³ÇÊÐ").replace("'发展'", "'城市'") in error_of(
        lambda: truth_table(garbled, outcome="Y", conditions=["城市"]))   # the column asked for, not the first
    assert told in error_of(lambda: calibrate_frame(garbled, {"D": {"source": "发展", "type": "crisp",
                                                                    "thresholds": 1}}))
    plain = pd.DataFrame({"DEV": [0, 1], "Y": [1, 0]})   # no garbled name: no such hint
    assert "code page" not in error_of(lambda: truth_table(plain, outcome="Y", conditions=["发展"]))
    # Latin names, and UTF-8 text read as Latin-1, are not taken for GBK text
    for name in ("Québec", "Zürich", "São Paulo", "Ã©", "å\x8f\x91å±\x95"):
        latin = pd.DataFrame({name: [0, 1], "Y": [1, 0]})
        assert "code page" not in error_of(lambda: truth_table(latin, outcome="Y", conditions=["发展"])), name


NOTES_FIRST = ROOT / "tests" / "bad_inputs" / "notes_first_sheet.xlsx"   # sheet 1 '说明' (notes), sheet 2 '数据'


def test_data_on_a_workbooks_second_sheet_are_named_with_read_datas_sheet_in_python():
    """A workbook whose first sheet holds notes (说明), the data on the next, read with read_data(path): the command
    line's refusal names the sheet holding the columns and --sheet 2, but in Python truth_table and calibrate_frame
    said only 'not a column of the data (columns: '说明')'. The frame now remembers it is the first sheet read by
    default, and the refusal names the sheet and read_data(path, sheet=2); a sheet named, and names no sheet holds,
    are refused as before."""
    from analysis.qca import read_data, truth_table

    df, case = read_data(NOTES_FIRST)
    told = ("sheet 2 '数据' holds {}: read_data(path, sheet=2) reads it (--sheet 2 on the command line; without "
            "sheet=, the first sheet, '说明', is read)")
    assert error_of(lambda: truth_table(df, outcome="SURV", case_column=case)).endswith(
        "(columns: '说明'); " + told.format("it"))
    assert error_of(lambda: truth_table(df, outcome="SURV", case_column="case")).endswith(told.format("it"))
    assert error_of(lambda: calibrate_frame(df, {"D": {"source": "DEV", "type": "crisp", "thresholds": 0.5},
                                                 "U": {"source": "URB", "type": "crisp", "thresholds": 0.5}})
                    ).endswith(told.format("them"))
    assert "holds" not in error_of(lambda: truth_table(df, outcome="SURVIVAL"))   # no sheet holds it
    named = read_data(NOTES_FIRST, sheet=1)[0]
    assert "holds" not in error_of(lambda: truth_table(named, outcome="SURV"))   # the sheet was chosen
    data, case = read_data(NOTES_FIRST, sheet=2)   # the call the hint gives reads the data
    assert truth_table(data, outcome="SURV", case_column=case).rows.shape[0] > 0


def test_read_data_in_python_names_its_arguments_and_the_sheet_holding_the_case_column(tmp_path, capsys):
    """read_data(path, case_column=...) called from Python said the command line's flags ('--case-column case: ...',
    'pass --case-column county', 'no sheet ... (--sheet)', '--sheet 2: ... leave --sheet out'), and a case column on a
    workbook's second sheet got no hint, which the command line added itself. read_data now names its arguments
    when no flag is given and adds the other sheet's hint itself; the command line passes its flags and gives the
    same lines as before."""
    from _cli import run

    from analysis.qca import read_data

    said = error_of(lambda: read_data(NOTES_FIRST, case_column="case"))
    assert said == (f"case_column='case': case column 'case' is not in {NOTES_FIRST} (columns: '说明'); sheet 2 '数据' "
                    "holds it: read_data(path, sheet=2) reads it (--sheet 2 on the command line; without sheet=, the "
                    "first sheet, '说明', is read)"), said
    assert "(sheet=)" in error_of(lambda: read_data(NOTES_FIRST, sheet="Nope"))
    path = tmp_path / "d.csv"
    path.write_text("case,county,X\n0.2,a,1\n0.2,b,0\n0.7,c,1\n", encoding="utf-8")
    assert "pass case_column='county' ('case' is then read as a set" in error_of(lambda: read_data(path))
    assert error_of(lambda: read_data(path, sheet=2)).startswith(f"sheet=2: {path} is not a workbook") and \
        error_of(lambda: read_data(path, sheet=2)).endswith(": call read_data without sheet=")
    code, _, err = run(capsys, "truth-table", str(NOTES_FIRST), "--outcome", "SURV", "--case-column", "case")
    assert code == 2 and err == (f"error: --case-column case: case column 'case' is not in {NOTES_FIRST} (columns: "
                                 "'说明'); sheet 2 '数据' holds it: --sheet 2 reads it (without --sheet, the first "
                                 "sheet, '说明', is read)\n"), err
    code, _, err = run(capsys, "truth-table", str(path), "--outcome", "X", "--sheet", "2")
    assert code == 2 and err.startswith("error: --sheet 2: ") and "leave --sheet out" in err, err


def test_a_title_above_a_sheets_header_is_named_with_a_note_below_the_table(tmp_path):
    """A Chinese statistical sheet: a title in A1 ('2023年...汇总表'), the header, the cases, and a source note of one
    cell below ('注：数据来源于...'). The title was named as one ('a title above the header?') only when every row
    below held more than one cell, so the note hid it and the refusal read 'column B has no name in the header (row
    1) but holds values (e.g. '财政投入' in cell B2)', about a header that is not one. A note line below no longer
    counts; a sheet whose rows below are one cell each, not notes, is read as before."""
    import openpyxl

    from analysis.qca import read_data

    def sheet(rows):
        wb = openpyxl.Workbook()
        for row in rows:
            wb.active.append(row)
        path = tmp_path / f"s{len(list(tmp_path.iterdir()))}.xlsx"
        wb.save(path)
        return path

    cases = [["地区", "财政投入", "Y"], ["北京", 1200, 1], ["广州", 450, 0]]
    titled = sheet([["2023年医防融合调查数据汇总表"], *cases, [], ["注：数据来源于2023年卫生统计年鉴"]])
    said = error_of(lambda: read_data(titled))
    assert "row 1 holds one cell ('2023年医防融合调查数据汇总表') and the rows below it more: a title above the " \
           "header?" in said, said
    listed = sheet([["名单"], ["北京"], ["广州"], ["注：名单"]])   # one column, its rows one cell each: no title
    assert read_data(listed)[0]["名单"].tolist() == ["北京", "广州", "注：名单"]


def _labelled_yes_no_file(folder, program: str):
    """A Stata (.dta) or SPSS (.sav) file of four regions, a raw column 'fin' and a yes/no variable 'sat' saved with
    value labels (1 '是', 0 '否'), in `folder`; its path."""
    frame = pd.DataFrame({"region": ["北京", "上海", "广州", "成都"], "fin": [1200.5, 980, 450, 300],
                          "sat": [1, 1, 0, 0]})
    if program == "Stata":
        path = folder / "s.dta"
        frame.assign(sat=pd.Categorical.from_codes([1, 1, 0, 0], ["否", "是"])).to_stata(
            path, write_index=False, version=118)
    else:
        import pyreadstat

        path = folder / "s.sav"
        pyreadstat.write_sav(frame, str(path), variable_value_labels={"sat": {1: "是", 0: "否"}})
    return path


@pytest.mark.parametrize("program", ["Stata", "SPSS"])
def test_codes_naming_a_labelled_variables_labels_are_told_its_cells_hold_the_codes(tmp_path, program):
    """A yes/no variable saved by Stata or SPSS with value labels (1 '是', 0 '否'): read_data reads its codes, as R's
    haven does, while the researcher, who saw 是/否 in the program, gave the set codes {'是': 1, '否': 0}, refused as
    "labels '1', '0' not in codes". calibrate_frame now says the cells hold the variable's codes and the codes to
    write by number ({1: 1, 0: 0}), and that the column can be kept as it is where its codes are the memberships;
    codes by number are read as before."""
    from analysis.qca import read_data

    path = _labelled_yes_no_file(tmp_path, program)
    df, case = read_data(path, case_column="region")
    said = error_of(lambda: calibrate_frame(df, {"SAT": {"source": "sat", "codes": {"是": 1, "否": 0}}}, keep=case))
    assert said.startswith(f"calibrating 'SAT' from column 'sat': codes name the value labels '是', '否' of the "
                           f"{program} variable 'sat', whose cells hold its codes ("), said
    assert said.endswith("write the codes by number, codes: {1: 1, 0: 0}, or keep the column as it is (keep=[..., "
                         "'sat']): its codes are the memberships already"), said
    assert "codes: {1: 0.9, 0: 0.1}" in error_of(lambda: calibrate_frame(
        df, {"SAT": {"source": "sat", "codes": {"是": 0.9, "否": 0.1}}}, keep=case))
    sets = calibrate_frame(df, {"SAT": {"source": "sat", "codes": {1: 1, 0: 0}}}, keep=case)
    assert sets["SAT"].tolist() == [1.0, 1.0, 0.0, 0.0]


@pytest.mark.parametrize("program", ["Stata", "SPSS"])
def test_the_calibrate_command_tells_codes_naming_value_labels_as_python_does(tmp_path, capsys, program):
    """The calibrate command builds its own frame of the raw values, without the value labels read_data keeps
    (attrs), so codes {是: 1, 否: 0} for a labelled yes/no variable were refused as "labels '1', '0' not in codes",
    where calibrate_frame in Python says the cells hold the variable's codes. The command now keeps the labels and
    gives the same hint, keeping the column said as its --keep (with the columns kept already)."""
    from _cli import run

    path = _labelled_yes_no_file(tmp_path, program)
    spec = tmp_path / "spec.yaml"
    spec.write_text("SAT: {source: sat, codes: {是: 1, 否: 0}}\n", encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(path), "--spec", str(spec), "--case-column", "region",
                         "--keep", "fin")
    assert code == 2 and out == "" and err == (
        f"error: {spec}: calibrating 'SAT' from column 'sat': codes name the value labels '是', '否' of the {program} "
        "variable 'sat', whose cells hold its codes (1 '是', 0 '否': a labelled variable is read as its codes, as R's "
        "haven reads it): write the codes by number, codes: {1: 1, 0: 0}, or keep the column as it is (--keep "
        "fin,sat): its codes are the memberships already\n"), err
    spec.write_text("SAT: {source: sat, codes: {1: 1, 0: 0}}\n", encoding="utf-8")   # the codes the hint writes
    code, out, err = run(capsys, "calibrate", str(path), "--spec", str(spec), "--case-column", "region")
    assert code == 0 and out.splitlines() == ["region,SAT", "北京,1", "上海,1", "广州,0", "成都,0"], (out, err)

"""What read_data (and the readers of a specification file) are given in place of a file's path, and the cells and
names of a file that look right and are not: each refused, or read with a warning, in one line naming it."""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from analysis.qca.errors import QCAInputError
from analysis.qca.read import read_data, read_spec_file
from analysis.workshop.zh_errors import engine_error_zh

LF = Path(__file__).resolve().parents[1] / "data/reference/datasets/LF.csv"
FRAME = pd.DataFrame({"A": [0, 1], "Y": [1, 0]}, index=["a", "b"])
HEAD = "the path of the data file must be text (e.g. read_data('data.csv')) or a pathlib.Path, got "


def _error(call) -> str:
    with pytest.raises(QCAInputError) as raised:
        call()
    assert engine_error_zh(raised.value), str(raised.value)   # each has its Chinese line
    return str(raised.value)


@pytest.mark.parametrize("given, said", [
    (FRAME, HEAD + "a DataFrame of shape (2, 2): those are data read already; give the frame itself to the analysis, "
     "e.g. truth_table(df, outcome='Y', conditions=[...]) (its index holds the case names, or case_column='NAME' "
     "names a column of them)"),
    (FRAME["A"], HEAD + "a Series 'A' of 2 values: those are data read already; give the DataFrame holding it to the "
     "analysis, e.g. truth_table(df, outcome='Y', conditions=[...]), or calibrate the column, calibrate(df['X'], "
     "thresholds=...)"),
    (io.StringIO("A,Y\n0,1\n"), HEAD + "a file object (StringIO) without a path: save the text to a file and give its "
     "path"),
    (["data.csv"], HEAD + "list ['data.csv']"),
    (None, "the path of the data file is None: give it as text, e.g. read_data('data.csv')"),
], ids=["frame", "series", "string-io", "list", "none"])
def test_what_is_no_path_is_refused_saying_what_to_give(given, said):
    """read_data(df) (a frame read already, or given as path=) turned the frame's printout into a path: 'file not
    found; looked for as /home/.../   A  Y\\na  0  1 ...' (or 'File name too long'); a list, None or a StringIO the
    same. Now one line naming what was given and where it goes."""
    assert _error(lambda: read_data(given)) == said
    assert _error(lambda: read_data(path=given)) == said


def test_an_open_file_is_refused_naming_its_path():
    with open(LF, encoding="utf-8") as fh:
        said = _error(lambda: read_data(fh))
    assert said == HEAD + f"an open file (TextIOWrapper): give its path, {str(LF)!r}, not the file object"


def test_a_path_as_bytes_or_a_pathlib_path_is_read():
    assert read_data(str(LF).encode())[0].equals(read_data(LF)[0])


@pytest.mark.parametrize("given", [FRAME, None])
def test_a_specification_files_path_that_is_no_text_is_refused(given):
    """read_spec_file (calibrate --spec's, the sweep files' reader) raised Python's 'expected str, bytes or
    os.PathLike object, not DataFrame'."""
    said = _error(lambda: read_spec_file(given, "a calibration specification"))
    assert said.startswith(("the path of a calibration specification must be text (e.g. 'spec.yaml') or a "
                            "pathlib.Path, got a DataFrame of shape (2, 2)",
                            "the path of a calibration specification is None"))


def _read(tmp_path, text: str):
    path = tmp_path / "data.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.warns(Warning) as caught:
        df, case = read_data(path)
    return df, case, [str(w.message).replace(str(path), "data.csv") for w in caught]


def test_an_invisible_character_in_a_column_name_is_removed_with_a_warning(tmp_path):
    """'DEV\\u200b' (a zero-width space copied from a web page) was a column of its own name: conditions=['DEV']
    not found, or two conditions DEV when the header held both. Now removed, naming the column, as blanks around a
    name are; its Chinese line said."""
    from analysis.workshop import engine_warning_zh

    df, _, said = _read(tmp_path, "case,DEV\u200b,URB\ufeff,Y\na,1,0,1\nb,0,1,0\n")
    assert list(df.columns) == ["case", "DEV", "URB", "Y"]
    assert said == ["data.csv: column names 'DEV\\u200b' (column 2), 'URB\\ufeff' (column 3) hold invisible characters "
                    "(U+200B ZERO WIDTH SPACE, U+FEFF ZERO WIDTH NO-BREAK SPACE, copied from a web page or a document): "
                    "read as 'DEV', 'URB'; delete them in the file"]
    assert engine_warning_zh(said[0]).startswith("data.csv：列名 'DEV\\u200b'（第 2 列）, 'URB\\ufeff'（第 3 列）含有不可见字符")


def test_a_column_name_and_its_copy_with_a_zero_width_joiner_are_one_name_written_twice(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("case,DEV,DEV\u200d,Y\na,1,0,1\nb,0,1,0\n", encoding="utf-8")
    with pytest.warns(Warning, match="U\\+200D ZERO WIDTH JOINER"), pytest.raises(QCAInputError, match=(
            "column name 'DEV' appears twice in the header \\(columns 2 and 3\\)")):
        read_data(path)


def test_an_invisible_character_in_a_case_name_is_removed_naming_its_line(tmp_path):
    df, case, said = _read(tmp_path, "case,A,Y\nAU\u2060,1,1\nBE,0,0\n")
    assert df[case].tolist() == ["AU", "BE"]
    assert said == ["data.csv: case name 'AU\\u2060' (line 2) holds an invisible character (U+2060 WORD JOINER, copied "
                    "from a web page or a document): read as 'AU'; delete it in the file"]


def test_a_fraction_in_a_cell_has_the_readers_hint():
    """A membership written '1/2' was refused as 'non-numeric values ... QCA needs numbers', with no hint."""
    from analysis.qca import truth_table

    said = _error(lambda: truth_table(pd.DataFrame({"A": ["1/2", "1"], "Y": ["1", "0"]}, index=["a", "b"]), "Y"))
    assert ("'A': a fraction (e.g. '1/2'), not a number the engine reads: write it as a decimal number, e.g. 0.5 (in "
            "Excel, format the cells as Number, not Fraction, and save the file again)") in said


def test_read_datas_pair_given_as_the_data_says_how_to_unpack_it():
    """truth_table(read_data(path), 'SURV') said 'data must be a pandas DataFrame, got tuple', without a word of
    read_data's two results; a dict of columns the same."""
    from analysis.qca import truth_table

    said = _error(lambda: truth_table(read_data(LF), "SURV"))
    assert said == ("data must be a pandas DataFrame, got tuple: read_data returns two things, the frame and its column "
                    "of case names: df, case = read_data(path), then truth_table(df, ..., case_column=case)")
    said = _error(lambda: truth_table({"A": [0, 1], "Y": [1, 0]}, "Y"))
    assert said.endswith("got dict: a mapping of columns? pd.DataFrame(data) makes the frame (one column per set; "
                         "index= the case names)")


def test_a_calibration_specification_given_as_yaml_text_is_told_to_be_read():
    """calibrate_frame(df, "DEV: {thresholds: '1,2,3'}") (the file's text pasted) was told to read it as a file:
    read_spec_file("DEV: {thresholds: '1,2,3'}")."""
    from analysis.qca import calibrate_frame

    said = _error(lambda: calibrate_frame(FRAME, "A: {thresholds: '1,2,3'}"))
    assert said.endswith("got the text \"A: {thresholds: '1,2,3'}\": YAML text? read it first, calibrate_frame(df, "
                         "yaml.safe_load(text)), or give the mapping, e.g. {'DEV': {'thresholds': '2, 5, 8'}}")
    assert "read_spec_file('C:\\\\data\\\\spec.yaml')" in _error(lambda: calibrate_frame(FRAME, "C:\\data\\spec.yaml"))


@pytest.mark.parametrize("conditions, hint", [
    (["DEV\u200b", "URB"], "; 'DEV\\u200b' holds an invisible character (U+200B ZERO WIDTH SPACE, copied from a web page "
                          "or a document): write 'DEV'"),
    ("[DEV,URB]", "; '[DEV': without the quotes or brackets of a list copied as text, 'DEV'; 'URB]': without the quotes "
                  "or brackets of a list copied as text, 'URB'"),
    ("'DEV','URB'", "; \"'DEV'\": without the quotes or brackets of a list copied as text, 'DEV'; \"'URB'\": without the "
                    "quotes or brackets of a list copied as text, 'URB'"),
], ids=["zero-width-space", "brackets", "quotes"])
def test_a_condition_named_with_an_invisible_character_or_a_lists_quotes_says_the_name(conditions, hint):
    """A condition 'DEV\\u200b' (copied from a web page) was 'unknown condition: 'DEV​'; did you mean 'DEV'?', the
    difference invisible; "'DEV','URB'" had no hint at all, '[DEV' a 'did you mean'."""
    from analysis.qca import truth_table

    data = pd.DataFrame({"DEV": [0, 1], "URB": [1, 0], "Y": [1, 0]}, index=["a", "b"])
    said = _error(lambda: truth_table(data, "Y", conditions))
    assert said.endswith(f"{hint} (columns: 'DEV', 'URB', 'Y')")
    assert "holds an" not in engine_error_zh(QCAInputError(said)) and "without the" not in engine_error_zh(
        QCAInputError(said))


def test_an_outcome_named_with_an_invisible_character_says_the_name():
    """outcome='SURV\\u200b' said "outcome 'SURV​' is not a column of the data; did you mean 'SURV'?"."""
    from analysis.qca import truth_table

    data = pd.DataFrame({"DEV": [0, 1], "Y": [1, 0]}, index=["a", "b"])
    said = _error(lambda: truth_table(data, "Y\u200b"))
    assert said == ("outcome 'Y\u200b' is not a column of the data; 'Y\\u200b' holds an invisible character (U+200B ZERO "
                    "WIDTH SPACE, copied from a web page or a document): write 'Y' (columns: 'DEV', 'Y')")


def test_a_sheets_column_name_with_an_invisible_character_is_named_by_its_letter(tmp_path):
    """In a workbook, the column is named by its letter, as the sheet's other messages name cells."""
    import openpyxl

    from analysis.workshop import engine_warning_zh

    path = tmp_path / "data.xlsx"
    book = openpyxl.Workbook()
    for row in (["case", "DEV\u200b", "Y"], ["AU\u2060", 0.5, 1], ["BE", 0.2, 0]):
        book.active.append(row)
    book.save(path)
    with pytest.warns(Warning) as caught:
        df, case = read_data(path)
    said = [str(w.message).replace(str(path), "data.xlsx") for w in caught]
    assert (list(df.columns), df[case].tolist()) == (["case", "DEV", "Y"], ["AU", "BE"])
    assert said[0].startswith("data.xlsx: column name 'DEV\\u200b' (column B) holds an invisible character")
    assert said[1].startswith("data.xlsx: case name 'AU\\u2060' (row 2) holds an invisible character")
    assert engine_warning_zh(said[0]).startswith("data.xlsx：列名 'DEV\\u200b'（B 列）含有不可见字符")

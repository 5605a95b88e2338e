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

"""Atomic deterministic writers and edge validation with file/row/column messages."""
import pandas as pd
import pytest

from analysis import io
from analysis.paths import DATA_RAW
from analysis.validate import Column, DataValidationError, read_table

SCHEMA = [
    Column("id", "str", unique=True),
    Column("date", "date"),
    Column("score", "float", min=0, max=1),
    Column("kind", "category", allowed=("a", "b")),
]


def write(tmp_path, text):
    p = tmp_path / "t.csv"
    p.write_text(text, encoding="utf-8")
    return p


def test_good_file_is_typed(tmp_path):
    df = read_table(write(tmp_path, "id,date,score,kind\nx,2020-01-02,0.5,a\ny,2021,1,b\n"), SCHEMA)
    assert df["score"].tolist() == [0.5, 1.0]


@pytest.mark.parametrize("text,needle", [
    ("id,date,score,kind\nx,2020-13-01,0.5,a\n", "row 1 (line 2), column 'date': '2020-13-01'"),
    ("id,date,score,kind\nx,2020-02-30,0.5,a\n", "column 'date'"),
    ("id,date,score,kind\nx,2020,1.5,a\n", "column 'score': 1.5 is out of range"),
    ("id,date,score,kind\nx,2020,abc,a\n", "'abc' is not a number"),
    ("id,date,score,kind\nx,2020,0.1,c\n", "'c' is not allowed; expected one of 'a', 'b'"),
    ("id,date,score,kind\nx,2020,0.1,a\nx,2021,0.2,b\n", "duplicate value 'x' (first at row 1)"),
    ("id,date,score\nx,2020,0.1\n", "missing column 'kind'"),
    ("id,date,score,kind\n,2020,0.1,a\n", "column 'id': empty"),
    ("id,date,score,kind\n", "no data rows"),
    ("", "empty"),
])
def test_bad_files_name_file_row_column(tmp_path, text, needle):
    with pytest.raises(DataValidationError) as err:
        read_table(write(tmp_path, text), SCHEMA)
    assert needle in str(err.value)
    assert "t.csv" in str(err.value)


def test_all_problems_reported_at_once(tmp_path):
    with pytest.raises(DataValidationError) as err:
        read_table(write(tmp_path, "id,date,score,kind\nx,20,2,a\nx,2020,0,z\n"), SCHEMA)
    assert len(err.value.problems) == 4


def test_the_count_of_problems_is_said_in_its_number(tmp_path):
    """A file with one problem was said to have '1 problem(s)' (Paper A's and Paper B's raw tables, every
    DataValidationError): now '1 problem', and '4 problems' for four."""
    with pytest.raises(DataValidationError) as one:
        read_table(write(tmp_path, "id,date,score,kind\nx,2020,2,a\n"), SCHEMA)
    assert "t.csv: 1 problem:\n  - " in str(one.value), one.value
    with pytest.raises(DataValidationError) as four:
        read_table(write(tmp_path, "id,date,score,kind\nx,20,2,a\nx,2020,0,z\n"), SCHEMA)
    assert "t.csv: 4 problems:\n  - " in str(four.value), four.value

    with pytest.raises(DataValidationError) as err:   # row 1's bad kind before row 2's bad date: file order
        read_table(write(tmp_path, "id,date,score,kind\nx,2020,0,z\ny,20,0,a\n"), SCHEMA)
    assert [p.split(",")[0] for p in err.value.problems] == ["row 1 (line 2)", "row 2 (line 3)"]


def test_writers_are_deterministic_and_atomic(tmp_path):
    df = pd.DataFrame({"a": [0.1 + 0.2, 1 / 3], "b": ["中", "x"]})
    p = tmp_path / "o.csv"
    io.write_csv(df, p)
    first = p.read_bytes()
    io.write_csv(df, p)
    assert p.read_bytes() == first
    assert first.decode().splitlines()[1] == "0.3,中"
    assert not list(tmp_path.glob(".*tmp"))
    io.write_json({"b": 1, "a": [1.0, float("nan")]}, tmp_path / "o.json")
    assert (tmp_path / "o.json").read_text() == '{\n  "a": [\n    1.0,\n    null\n  ],\n  "b": 1\n}\n'


def test_pipeline_cannot_write_raw_data():
    with pytest.raises(PermissionError):
        io.write_text_atomic(DATA_RAW / "x.csv", "no")


def test_a_value_not_allowed_on_many_rows_is_one_problem(tmp_path):
    """A column holding a value outside its allowed set on every row (a status written 'Original' throughout) was
    one problem per row, 15 lines saying the same; now one problem: the first row, how many rows, the values and
    what is allowed. A single bad row keeps its own message."""
    rows = "".join(f"x{i},2020,0.5,A\n" for i in range(15))
    with pytest.raises(DataValidationError) as err:
        read_table(write(tmp_path, "id,date,score,kind\n" + rows), SCHEMA)
    assert err.value.problems == ["row 1 (line 2), column 'kind': 'A' is not allowed (15 rows hold a value not "
                                  "allowed, the first here: 'A' in 15 rows); expected one of 'a', 'b': write 'a' for 'A'"]
    with pytest.raises(DataValidationError) as err:   # different bad values: counted together, each named once
        read_table(write(tmp_path, "id,date,score,kind\nx,2020,0,a\ny,2020,0,A\nz,2020,0,c\nw,2020,0,A\n"), SCHEMA)
    assert err.value.problems == ["row 2 (line 3), column 'kind': 'A' is not allowed (3 rows hold a value not "
                                  "allowed, the first here: 'A' in 2 rows, 'c' in 1 row); expected one of 'a', 'b': write 'a' "
                                  "for 'A'"]
    with pytest.raises(DataValidationError) as err:   # one bad row: its message as before
        read_table(write(tmp_path, "id,date,score,kind\nx,2020,0,a\ny,2020,0,A\n"), SCHEMA)
    assert err.value.problems == ["row 2 (line 3), column 'kind': 'A' is not allowed; expected one of 'a', 'b': "
                                  "write 'a' for 'A'"]


def test_every_raw_table_names_a_gbk_or_utf16_encoding(tmp_path):
    """The encoding check this round gave Paper A's case files (GBK from Chinese Excel, UTF-16 from 'Unicode Text')
    sits in the header read every raw table goes through (read_table), not in the case reader alone."""
    from analysis.validate import DataValidationError, read_table

    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes("a,b\n1,中文\n".encode("gbk"))
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes("a,b\n1,2\n".encode("utf-16"))
    for path, said in ((gbk, "not UTF-8 text (line 2, byte 6); it reads as GBK"), (utf16, "UTF-16 text")):
        with pytest.raises(DataValidationError) as err:
            read_table(path, [])
        assert said in str(err.value), str(err.value)


@pytest.mark.parametrize("value", ["inf", "1e400", "-Infinity"])
def test_an_infinite_value_in_an_integer_column_is_a_problem_not_a_traceback(tmp_path, value):
    """An integer column (a Paper A indicator, 0/1) holding 'inf' or 1e400 raised OverflowError ('cannot convert float
    infinity to integer') out of read_table: a traceback, not the file, row and column. It is now a problem."""
    from analysis.validate import Column, DataValidationError, read_table

    path = tmp_path / "t.csv"
    path.write_text(f"id,n\na,{value}\n", encoding="utf-8")
    with pytest.raises(DataValidationError) as exc:
        read_table(path, [Column("id"), Column("n", kind="int")])
    assert exc.value.problems[0].startswith(f"row 1 (line 2), column 'n': '{value}' is not an integer")


def test_a_row_is_named_by_its_true_line_and_a_data_frame_by_its_row(tmp_path):
    """'row N (line N+1)' assumed one header line and no blank line: a file with blank lines (pandas skips them)
    or a quoted value over two lines had its problems placed on other rows' lines. A file read by read_table names
    the file's own line; a DataFrame given to check_frame has rows, not lines; Paper A's cross-row checks too."""
    from analysis.paper_a.cases import load_codebook
    from analysis.validate import check_frame

    f = tmp_path / "t.csv"
    f.write_text('id,date,score,kind\n\nx,2020-01-01,0.5,a\n\n\ny,2020-01-01,"0.\n7",a\nz,2020-01-01,1.5,a\n')
    with pytest.raises(DataValidationError) as err:
        read_table(f, SCHEMA)
    assert [p.split(",")[0] for p in err.value.problems] == ["row 2 (line 6)", "row 3 (line 8)"]
    frame = pd.DataFrame({"id": ["x", "y"], "date": ["2020-01-01"] * 2, "score": ["0.5", "1.5"], "kind": ["a", "a"]})
    with pytest.raises(DataValidationError) as err:
        check_frame(frame, SCHEMA, "frame")
    assert err.value.problems[0].startswith("row 2, column 'score': 1.5 is out of range")
    codebook = (DATA_RAW / "paperA_codebook.csv").read_text(encoding="utf-8").splitlines()
    lines = [codebook[0], ""] + codebook[1:]
    lines[3] = lines[3].replace(lines[3].split(",")[0], "SYS9x", 1)   # row 2 (line 4): not an id of its condition
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataValidationError, match=r"row 2 \(line 4\), column 'indicator_id'"):
        load_codebook(f)


def test_a_row_of_empty_cells_is_one_problem(tmp_path):
    """A row emptied in Excel (its commas ',,,' left between the rows) was one 'empty; expected ...' problem per
    column (twenty of them for a case matrix, the first twenty problems shown all about it, the others hidden); it is
    now one problem naming the row and its line, the rows below keep their numbers, and a table whose columns may
    all be empty keeps such a row as before."""
    from analysis.validate import check_frame

    f = tmp_path / "t.csv"
    f.write_text("id,date,score,kind\nx,2020-01-01,0.5,a\n,,,\ny,2020-01-01,1.5,a\n", encoding="utf-8")
    with pytest.raises(DataValidationError) as err:
        read_table(f, SCHEMA)
    problems = err.value.problems
    assert len(problems) == 2 and problems[0] == ("row 2 (line 3): every cell is empty (a row emptied but not "
                                                  "deleted?): delete the row"), problems
    assert problems[1].startswith("row 3 (line 4), column 'score': 1.5 is out of range"), problems
    loose = [Column("id", nullable=True), Column("note", nullable=True)]
    kept = check_frame(pd.DataFrame({"id": ["a", "", "b"], "note": ["", " ", "n"]}), loose, "frame")
    assert kept["id"].tolist() == ["a", None, "b"]

"""read_data of a CSV file with a quote (") opening a cell that is never closed: the csv module reads the rest of the
file into that cell. The error names the line and character of the quote and its column, not the line where the
cell outgrew the csv module's field size limit (or a short row, or pandas' 'EOF inside string'), and a quote that is
closed is no error."""
from __future__ import annotations

import pytest

from analysis.qca.errors import QCAInputError
from analysis.qca.read import read_data
from analysis.workshop.zh_errors import engine_error_zh

HEADER = "case,DEV,URB,SURV\n"
ROWS = "".join(f"c{i},0.{i % 9 + 1},0.5,{i % 2}\n" for i in range(1, 21))


def _error(tmp_path, text: str) -> str:
    path = tmp_path / "data.csv"
    path.write_text(text, encoding="utf-8", newline="")
    with pytest.raises(QCAInputError) as exc:
        read_data(path)
    message = str(exc.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert engine_error_zh(exc.value), message   # the workshop's Chinese line reads it
    return message.removeprefix(f"{path}: ")


@pytest.mark.parametrize("text, said", [
    # a case name's quote on line 6 (was: 'line 6 has 1 cell, the header 4: fewer cells than columns')
    (HEADER + ROWS[:52] + '"c99,0.3,0.2,1\n' + ROWS[52:],
     "line 6, character 1 (column 1, 'case'): a quote (\") opens a cell and is never closed: it runs to the end of "
     "the file (line 22), all one cell; close the quote, or remove it"),
    # in the last column (was: pandas' 'EOF inside string starting at row 5'; 'a row has more cells than the header')
    (HEADER + ROWS[:52] + 'c99,0.3,0.2,"1\n' + ROWS[52:],
     "line 6, character 13 (column 4, 'SURV'): a quote (\") opens a cell and is never closed: it runs to the end of "
     "the file (line 22)"),
    # on the last line, Windows line ends
    ((HEADER + ROWS[:26] + 'c99,0.3,"0.2,1\n').replace("\n", "\r\n"),
     "line 4, character 9 (column 3, 'URB'): a quote (\") opens a cell and is never closed: it runs to the end of the "
     "file (line 4)"),
    # in the header
    ('case,"DEV,URB,SURV\n' + ROWS,
     "line 1, character 6 (column 2): a quote (\") opens a cell and is never closed: it runs to the end of the file "
     "(line 21)"),
    # Excel's 'sep=,' line above the header counts
    ("sep=,\n" + HEADER + 'c1,"0.3,0.4,0\nc2,0.1,0.2,1\n',
     "line 3, character 4 (column 2, 'DEV'): a quote (\") opens a cell and is never closed: it runs to the end of the "
     "file (line 4)"),
    # a cell over two lines, closed, before it in its row: the quote left open is on the second line
    (HEADER + 'c1,"0.3\n",0.4,"0\nc2,0.1,0.2,1\n',
     "line 3, character 7 (column 4, 'SURV'): a quote (\") opens a cell and is never closed"),
])
def test_a_quote_never_closed_is_named_where_it_opens(tmp_path, text, said):
    assert said in _error(tmp_path, text)


def test_a_cell_past_the_field_limit_names_the_line_of_its_quote(tmp_path):
    """The csv module's 'field larger than field limit (131072)' came at line 8,264 of this file: the message named
    that line ('check the quotes from that line on'); the quote is on line 3."""
    text = HEADER + 'c1,0.3,0.2,1\nc2,"0.3,0.2,1\n' + "".join(f"c{i},0.1,0.5,1\n" for i in range(3, 9000))
    assert _error(tmp_path, text) == (
        "line 3, character 4 (column 2, 'DEV'): a quote (\") opens a cell and is never closed: the cell runs past the "
        "131,072 characters a cell may hold by line 8264; close the quote, or remove it")
    header = _error(tmp_path, 'case,"DEV,SURV\n' + "".join(f"c{i},0.1,1\n" for i in range(15000)))
    assert header.startswith("line 1, character 6 (column 2): a quote (\") opens a cell and is never closed: the cell "
                             "runs past the 131,072 characters a cell may hold by line ")


def test_a_long_cell_whose_quote_closes_is_said_as_before(tmp_path):
    """A cell longer than the limit whose quote does close: no quote left open, the long cell is the message."""
    text = HEADER + 'c1,"' + "a" * 140_000 + '",0.2,1\n'
    assert _error(tmp_path, text) == ('line 2 has a cell longer than 131,072 characters, usually a quote (") opened '
                                      "and never closed: check the quotes from that line on")


@pytest.mark.parametrize("text", [
    HEADER + 'c1,"0.3",0.2,1\n"c2, a name with a comma",0.1,0.2,0\n',
    HEADER + '"c1\nsecond line of a name",0.3,0.2,1\nc2,0.1,0.2,0\n',   # a line break typed in a cell (Alt+Enter)
    HEADER + 'c1,0.3,0.2,1\nc2 "quoted" inside,0.1,0.2,0\n',         # a quote inside a cell opens none
    HEADER + 'c1,0.3,0.2,1\n"c2 ""the"" name",0.1,0.2,0\n\n\n',
])
def test_quotes_that_close_are_read(tmp_path, text):
    path = tmp_path / "data.csv"
    path.write_text(text, encoding="utf-8")
    df, _ = read_data(path)
    assert df.shape == (2, 4)

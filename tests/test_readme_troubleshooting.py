"""README's Troubleshooting says which files the command line reads and which it refuses with the fix: each such
claim is tried here on Lipset's LC.csv written that way, through the reader every command uses (`read.read_data`,
in-process). The list once named neither UTF-16 nor JSON Lines, which the reader had learnt to read, nor the
refusals added beside them (UTF-16 without its byte order mark, a NUL byte, a trailing ',')."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis.qca.errors import QCAInputError
from analysis.qca.read import read_data

ROOT = Path(__file__).resolve().parents[1]
LC = ROOT / "data" / "reference" / "datasets" / "LC.csv"


def _troubleshooting() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("\n## Troubleshooting"):]
    section = section[:section.index("\n## ", 5)]
    return " ".join(section.split())


def _plain() -> str:
    return LC.read_text(encoding="utf-8")


def _records(lines: bool) -> bytes:
    frame = pd.read_csv(LC, dtype=str)
    return frame.to_json(orient="records", lines=lines).encode()


# (the README's words, the file's bytes)
READ = {
    "a byte order mark": lambda: b"\xef\xbb\xbf" + _plain().encode(),
    "UTF-16 with its byte order mark": lambda: _plain().encode("utf-16"),
    "CRLF or old Mac CR line ends": lambda: _plain().replace("\n", "\r").encode(),
    "Excel's `sep=,` line above the header": lambda: ("sep=,\n" + _plain()).encode(),
    "JSON records": lambda: _records(lines=False),
    "JSON Lines": lambda: _records(lines=True),
}
REFUSED = {
    "UTF-16 without its byte order mark": (lambda: _plain().encode("utf-16-le"), "UTF-16"),
    "a NUL byte": (lambda: _plain().replace("SURV", "SU\0RV").encode(), "NUL"),
    "a missing header row": (lambda: "\n".join(_plain().splitlines()[1:]).encode(), "Add a header row"),
    "a note or source line below the table": (lambda: (_plain() + ",,,,,,\n注：数据来源于 R QCA 3.25,,,,,,\n").encode(),
                                              "a note or source line, not a case"),
    "semicolons": (lambda: _plain().replace(",", ";").encode(), "';'"),
    "tabs": (lambda: _plain().replace(",", "\t").encode(), "tab"),
    "'|'": (lambda: _plain().replace(",", "|").encode(), "'|'"),
    "R's blank-separated `write.table`": (lambda: _plain().replace(",", " ").encode(), "blank"),
    "a trailing ',' on the data lines": (
        lambda: "\n".join(line + "," if i else line for i, line in enumerate(_plain().splitlines())).encode(),
        "trailing"),
    "pandas' default `df.to_json(path)`": (lambda: pd.read_csv(LC, dtype=str).to_json().encode(),
                                           "orient='records'"),
}


@pytest.mark.parametrize("claim", sorted(READ))
def test_a_file_the_readme_says_is_read_is_read_as_the_plain_csv(claim, tmp_path):
    assert claim in _troubleshooting(), f"README's Troubleshooting no longer says {claim!r} is read"
    path = tmp_path / "LC.csv"
    path.write_bytes(READ[claim]())
    frame, case = read_data(path)
    plain, plain_case = read_data(LC)
    assert case == plain_case == "case"
    pd.testing.assert_frame_equal(frame.reset_index(drop=True), plain.reset_index(drop=True))


@pytest.mark.parametrize("claim", sorted(REFUSED))
def test_a_file_the_readme_says_is_refused_is_refused_naming_the_problem(claim, tmp_path):
    assert claim in _troubleshooting(), f"README's Troubleshooting no longer says {claim!r} is refused"
    make, word = REFUSED[claim]
    path = tmp_path / "LC.csv"
    path.write_bytes(make())
    with pytest.raises(QCAInputError) as caught:
        read_data(path)
    message = str(caught.value)
    assert str(path) in message and word.lower() in message.lower(), message
    assert re.search(r"\n", message) is None, "one line"


def test_the_records_written_here_are_what_pandas_writes():
    """The JSON cases above are pandas' own output, not a hand-made approximation of it."""
    assert json.loads(_records(lines=False))[0]["case"] == "AU"
    assert _records(lines=True).count(b"\n") >= 17

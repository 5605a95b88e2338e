"""data/README.md's prose read back against the files it describes, where a reader takes its words for the data's."""
from __future__ import annotations

import csv
import re

from analysis.paths import DATA_RAW, ROOT

_ISO = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")


def _documents() -> dict[str, dict[str, str]]:
    with open(DATA_RAW / "policy_documents.csv", encoding="utf-8", newline="") as fh:
        return {row["doc_id"]: row for row in csv.DictReader(fh)}


def _date_notes() -> dict[str, str]:
    """Each document's note on its date in the list of fields V here that are U in policy-sources.md
    ('D02: issuer, date (corrected from 2016-06 to 2016-05, ...); D04: date (...); D06: date (the day); ...')."""
    text = " ".join((ROOT / "data" / "README.md").read_text(encoding="utf-8").split())
    m = re.search(r"Fields V here that are U there: (.+?)\. Three documents", text)
    assert m, "data/README.md no longer lists the fields V here that are U there"
    notes = {}
    for part in re.split(r";(?![^(]*\))", m.group(1)):
        doc_id, fields = (s.strip() for s in part.split(":", 1))
        date = re.search(r"\bdate(?: \(([^)]*)\))?", fields)
        if date:
            notes[doc_id] = date.group(1) or ""
    return notes


def test_the_precision_data_readme_gives_a_verified_date_is_the_rows():
    """The list said 'D04: date (the month, not the day)' after D04 came to be dated by its day (2017-04-23, precision
    day, 337a52c3): a reader took the day in the file for an error. The words of each date's note are read back: a
    note saying 'not the day' is on a date without its day, one saying 'the day' or 'its day' on a date with it, and
    the last date a note writes is the row's date."""
    docs, notes = _documents(), _date_notes()
    assert "D04" in notes and "D02" in notes, notes
    wrong = []
    for doc_id, note in notes.items():
        row = docs[doc_id]
        if "not the day" in note and row["date_precision"] == "day":
            wrong.append(f"{doc_id}: data/README says {note!r}; the row is dated {row['date']} (precision day)")
        if re.search(r"\b(?:the|its) day\b(?!, not)", note.replace("not the day", "")) and row["date_precision"] != "day":
            wrong.append(f"{doc_id}: data/README says {note!r}; the row is dated {row['date']} "
                         f"(precision {row['date_precision']})")
        dates = _ISO.findall(note)
        if dates and dates[-1] != row["date"]:
            wrong.append(f"{doc_id}: data/README says {note!r}; the row is dated {row['date']}")
    assert not wrong, wrong


def test_the_quoted_days_data_readme_gives_as_kept_are_quoted_by_the_rows_it_names():
    """The date row's rule 'a day that a page quoted in search_source states within the date (2017年4月26日, ...) is
    kept (D06, D16, D18)' gave as its first example D04's 2017年4月26日, which D04 does not keep (337a52c3: it keeps
    the 23rd its own text carries, as the same row then says): a reader looked for that day in D06, D16 and D18. Each
    example stands in the search_source of a row the sentence names, and each such row keeps its day."""
    text = " ".join((ROOT / "data" / "README.md").read_text(encoding="utf-8").split())
    m = re.search(r"states within the date \((.+?) in the date's year\) is kept \(((?:D\d\d, )*D\d\d)\)", text)
    assert m, "data/README.md no longer gives the quoted-day rule with its examples and rows"
    examples = re.split(r", (?:or )?", m.group(1))
    rows = [_documents()[d] for d in m.group(2).split(", ")]
    assert len(examples) == 3 and all(r["date_precision"] == "day" for r in rows), (examples, m.group(2))
    for example in examples:
        assert any(example in r["search_source"] for r in rows), (example, m.group(2))

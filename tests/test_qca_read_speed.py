"""Reading and checking a user's data file does not repeat work cell by cell (100,000 cases x 30 conditions took
~2.7 s before the data reached the engine), and the faster paths give exactly what the cell-by-cell ones gave."""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from pandas.core.strings.accessor import StringMethods

from analysis.qca import data as qdata
from analysis.qca.data import NA_MARKERS, prepare_data
from analysis.qca.data_cells import _numeric
from analysis.qca.read import read_data

#: Cell texts whose cleaning and parsing could go wrong: blanks and no-break spaces, NA markers, numbers pandas and
#: Python read differently, integers beyond float and int64 precision, text.
TRICKY = ["0", "1", " 1 ", "\u00a00.5\u00a0", "1\t", "", "  ", "\u3000", "NA", " na ", "N/A", ".", "-", "None",
          "nan", "NaN", "inf", "-inf", "1e400", "-0", "-0.0", "+1", "0.1", "0.30000000000000004", "1,5", "80%",
          "abc", "0x10", "1_000", "\u0661", "\uff11", "9007199254740993", "9223372036854775807",
          "9223372036854775808", "18446744073709551615", "18446744073709551616", "-1", "1.", ".5", "5e-324",
          "2.2250738585072014e-308", "12345678901234567890123"]


def _cell_by_cell(s: pd.Series):
    """The text branch of `_numeric` as it was: every cell stripped, the whole column parsed."""
    stripped = s.str.strip()
    missing = (stripped.isna() | stripped.eq("") | stripped.isin(NA_MARKERS)).to_numpy(dtype=bool)
    cleaned = stripped.astype(object).where(~missing, None)
    values = pd.to_numeric(cleaned, errors="coerce").to_numpy(dtype=float)
    return values, missing, ~missing & ~np.isfinite(values)


def _outcome(f, s):
    try:
        return f(s)
    except Exception as exc:  # noqa: BLE001 - compared by type
        return type(exc)


@pytest.mark.parametrize("dtype", ["str", "string"])
def test_numeric_text_columns_identical_to_cell_by_cell(dtype):
    rng = np.random.default_rng(3)
    pool = np.array(TRICKY + [None], dtype=object)
    columns = [pool[rng.integers(0, len(pool), size=n)] for n in (1, 2, 7, 40, 300) for _ in range(40)]
    columns += [np.array(["1", "0"] * 50, dtype=object), np.array(["-1", "18446744073709551615"], dtype=object),
                np.array(["-1", "18446744073709551615", None], dtype=object)]
    for cells in columns:
        s = pd.Series(cells, dtype=dtype)
        old, new = _outcome(_cell_by_cell, s), _outcome(lambda x: _numeric(pd.DataFrame({"c": x}), "c"), s)
        if isinstance(old, type):
            assert new is old, list(cells)
            continue
        assert not isinstance(new, type), (list(cells), new)
        for a, b in zip(old, new):
            assert a.dtype == b.dtype and a.tobytes() == b.tobytes(), list(cells)


def _frame(n: int = 300, k: int = 4) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    df = pd.DataFrame({f"C{j}": rng.integers(0, 2, n).astype(str) for j in range(k)} | {
        "Y": rng.integers(0, 2, n).astype(str)}).astype("str")
    df.insert(0, "case", [f"c{i}" for i in range(n)])
    return df.astype("str")


def test_prepare_data_strips_no_column_cell_by_cell(monkeypatch):
    df = _frame()
    calls = []
    real = StringMethods.strip
    monkeypatch.setattr(StringMethods, "strip", lambda self, *a, **k: calls.append(1) or real(self, *a, **k))
    d = prepare_data(df, "Y", case_column="case", warn=False)
    assert calls == []  # before: every column stripped twice (blank check, number parsing)
    assert d.X.shape == (300, 4) and set(np.unique(d.X)) <= {0.0, 1.0}


def test_prepare_data_parses_each_distinct_text_once(monkeypatch):
    df = _frame()
    sizes = []
    real = pd.to_numeric
    monkeypatch.setattr(pd, "to_numeric", lambda arg, *a, **k: sizes.append(len(arg)) or real(arg, *a, **k))
    d = prepare_data(df, "Y", case_column="case", warn=False)
    assert len(sizes) == 5 and max(sizes) <= 2  # '0' and '1'; before: 300 cells per column
    expected = df[["C0", "C1", "C2", "C3"]].to_numpy(dtype=float)
    assert d.X.tobytes() == expected.tobytes() and d.y.tobytes() == df["Y"].to_numpy(dtype=float).tobytes()


def test_read_data_blank_check_strips_each_distinct_text_once(tmp_path, monkeypatch):
    path = tmp_path / "cases.csv"
    _frame().to_csv(path, index=False)
    with path.open("a") as f:
        f.write(" , \u00a0, ,\t, \n")  # a blank row: ignored with a warning, as before
    calls = []
    real = StringMethods.strip
    monkeypatch.setattr(StringMethods, "strip", lambda self, *a, **k: calls.append(1) or real(self, *a, **k))
    with pytest.warns(qdata.QCAWarning, match=r"ignored 1 empty row \(line 302\)"):
        df, case_column = read_data(path)
    assert calls == []  # before: every column stripped cell by cell
    assert case_column == "case" and df.shape == (300, 6) and df.equals(_frame())


def test_text_columns_not_copied_to_python_objects(tmp_path, monkeypatch):
    path = tmp_path / "cases.csv"
    _frame().to_csv(path, index=False)
    copies = []
    real = pd.Series.to_numpy

    def to_numpy(self, dtype=None, *a, **k):
        if dtype is object and len(self) == 300:
            copies.append(self.name)
        return real(self, dtype, *a, **k)

    monkeypatch.setattr(pd.Series, "to_numpy", to_numpy)
    df, case_column = read_data(path)
    prepare_data(df, "Y", case_column=case_column, warn=False)
    # the distinct texts are found by factorizing the column itself (factorizing its cells as an object array
    # scans them for missing values first); only _numeric_columns takes each used column's cells as objects, for
    # its error messages (before: every column twice more, for the reader's and prepare_data's blank checks)
    assert sorted(copies) == ["C0", "C1", "C2", "C3", "Y"]


@pytest.mark.parametrize("dtype", ["str", "string"])
def test_mostly_distinct_text_columns_kept_cell_by_cell(dtype, monkeypatch):
    """Raw measures or names (every text distinct) are not hashed: factorizing 100,000 distinct texts cost more
    than the strips it saved (reading a 100,000 x 30 file of such numbers went from 2.3 to 3.2 s)."""
    rng = np.random.default_rng(8)
    distinct = [repr(float(v)) for v in rng.random(3000)]
    distinct[5], distinct[7], distinct[2500] = " NA ", "\u00a00.25\u00a0", "1e400"
    few = list(rng.choice(TRICKY, 3000))
    calls = []
    real = pd.factorize
    monkeypatch.setattr(pd, "factorize", lambda *a, **k: calls.append(len(a[0])) or real(*a, **k))
    for cells, hashed in ((distinct, False), (few, True), (distinct[:1000], True)):
        calls.clear()
        s = pd.Series(cells, dtype=dtype)
        old, new = _cell_by_cell(s), _numeric(pd.DataFrame({"c": s}), "c")
        for a, b in zip(old, new):
            assert a.dtype == b.dtype and a.tobytes() == b.tobytes()
        assert bool(calls) == hashed  # before: every column factorized


def test_prepare_data_text_columns_missing_cells_from_their_texts(monkeypatch):
    """A text column's missing cells (NaN) are read off its distinct texts, with its blanks, not by one more
    pass over every cell (Series.isna: ~2 ms a column of 100,000)."""
    calls = []
    real = pd.Series.isna
    monkeypatch.setattr(pd.Series, "isna", lambda self: calls.append(self.name) or real(self))
    prepare_data(_frame(), "Y", case_column="case", warn=False)
    assert calls == []  # before: one per column
    df = _frame()
    df.loc[3, ["C0", "C1", "C2", "C3", "Y"]] = [np.nan, " ", "", np.nan, "\u00a0"]
    df.loc[3, "case"] = np.nan
    with pytest.raises(qdata.QCAInputError, match=r"^row 4 of the data is empty"):
        prepare_data(df, "Y", warn=False)
    df.loc[3, "case"] = "c3"
    with pytest.raises(qdata.QCADataError, match=r"missing values in column\(s\) 'C0' \(case\(s\) 'c3'\); 'C1'"):
        prepare_data(df, "Y", case_column="case", warn=False)


def test_prepare_data_lists_text_case_names_at_once(monkeypatch):
    """Case names in a text column are listed with tolist, not by iterating the Series (one call per cell, twice:
    ~35 ms for 100,000 cases)."""
    iterated = []
    real = pd.Series.__iter__
    monkeypatch.setattr(pd.Series, "__iter__", lambda self: iterated.append(self.name) or real(self))
    df = _frame()
    df.loc[7, "case"] = " c7 "
    d = prepare_data(df, "Y", case_column="case", warn=False)
    assert "case" not in iterated  # before: twice
    assert d.cases == tuple(f"c{i}" for i in range(300))
    line = r" in row\(s\) 8"   # a DataFrame: its row, no line of a file
    for name, match in ((np.nan, r"case column 'case' has missing \(NaN\) case name\(s\)" + line + ":"),
                        ("\u00a0", r"case column 'case' has empty case name\(s\)" + line + ";"),
                        ("c2", r"duplicate case name\(s\): c2;")):
        df.loc[7, "case"] = name
        with pytest.raises(qdata.QCAInputError, match=match):
            prepare_data(df, "Y", case_column="case", warn=False)


def test_read_data_finds_the_rows_lines_in_the_pass_that_checks_their_widths(tmp_path, monkeypatch):
    """The line each data row starts on (for messages) comes from the one pass over the text that checks the rows'
    widths: a second pass (data_records) cost ~0.08 s of ~0.28 s of CPU for 100,000 x 11. The lines are the same:
    blank lines and lines of blanks skipped, a quoted cell over several lines (also in the header), Excel's 'sep=,'
    line counted."""
    from analysis.qca import read
    from analysis.qca.data import FILE_LINES

    texts = {"plain.csv": "case,A,Y\na,1,0\nb,0,1\nc,1,1\n",
             "odd.csv": 'sep=,\n"case\nname",A,Y\n\na,1,0\n , ,\n"b\nc",0,1\n\n\nd,1,1\n'}
    expected = {"plain.csv": (2, 3, 4), "odd.csv": (5, 7, 11)}
    calls = []
    real = read.data_records
    monkeypatch.setattr(read, "data_records", lambda *a, **k: calls.append(1) or real(*a, **k))
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            df, _ = read_data(path)
        assert df.attrs[FILE_LINES].lines == expected[name], name
        body, shift = (text.partition("\n")[2], 1) if name == "odd.csv" else (text, 0)
        starts: list[int] = []
        read._header(body, name, shift, starts)
        assert starts == [start for start, _, _ in real(body, shift)]   # the blank row ' , ,' too (dropped later)
    assert calls == []   # before: once per file

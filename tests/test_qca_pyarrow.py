"""The engine on pyarrow-backed frames, as pandas 3 gives them when pyarrow is installed (the common case on a
researcher's machine): its default string dtype is then pyarrow-backed, and read_csv(..., dtype_backend='pyarrow'),
engine='pyarrow', read_parquet, read_feather and convert_dtypes() give ArrowDtype columns. Each entry point gives the
plain-float frame's answer, or one error naming the column and case, never a pyarrow or pandas traceback, never a
missing cell read as a number. pyarrow is in the lock's test group (pyproject.toml); without it the tests that need
it are skipped, the others (pandas' own nullable dtypes, which have the same missing cell, pd.NA) still run."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.qca import QCAInputError, calibrate, calibrate_frame

DATASETS = Path(__file__).resolve().parents[1] / "data" / "reference" / "datasets"
FUZZY = "e=350, c=550, i=850"


def raw_dev() -> pd.Series:
    """Lipset's raw DEV of six cases, BE's missing."""
    x = pd.read_csv(DATASETS / "LR.csv", index_col="case")["DEV"].head(6).astype(float)
    x.loc["BE"] = np.nan
    return x


def _arrow_dtype(name: str):
    pa = pytest.importorskip("pyarrow")
    return {"string[pyarrow]": "string[pyarrow]", "ArrowDtype string": pd.ArrowDtype(pa.string()),
            "large_string": pd.ArrowDtype(pa.large_string())}[name]


@pytest.mark.parametrize("dtype", ["string", "string[pyarrow]", "ArrowDtype string", "large_string"])
def test_a_missing_raw_value_in_a_text_column_is_missing_not_a_label(dtype):
    """A raw column of numbers as text with a missing cell (pandas' string dtype, pyarrow-backed by default when
    pyarrow is installed) gave calibrate() and calibrate_frame() its missing cell, pd.NA, as a value: 'x must be
    numeric; <NA> is not a number (at case 'BE'): text labels (e.g. SPSS value labels)', even with missing='keep'.
    It is now a missing value, as the float column's NaN is: named by its case, kept as NaN with missing='keep'."""
    plain = raw_dev()
    text = plain.map(lambda v: None if np.isnan(v) else f"{v:g}").astype(dtype if dtype == "string" else
                                                                           _arrow_dtype(dtype))
    assert text.isna().tolist() == plain.isna().tolist()
    for kind in ({"thresholds": FUZZY}, {"type": "crisp", "thresholds": 550}):
        want = calibrate(plain, missing="keep", **kind)
        got = calibrate(text, missing="keep", **kind)
        assert np.array_equal(got.to_numpy(), want.to_numpy(), equal_nan=True)
        assert got.index.tolist() == want.index.tolist()
        with pytest.raises(QCAInputError, match=r"^x has 1 missing value\(s\) \(NaN\) at case 'BE'; drop or impute"):
            calibrate(text, **kind)
    spec = {"DEV": {"thresholds": FUZZY}}
    kept = calibrate_frame(text.to_frame(), spec, missing="keep")["DEV"]
    assert np.array_equal(kept.to_numpy(), calibrate_frame(plain.to_frame(), spec, missing="keep")["DEV"].to_numpy(),
                          equal_nan=True)
    with pytest.raises(QCAInputError, match=r"^calibrating 'DEV' from column 'DEV': x has 1 missing value\(s\) \(NaN\) "
                                            r"at case 'BE'"):
        calibrate_frame(text.to_frame(), spec)


@pytest.mark.parametrize("dtype", ["boolean", "bool[pyarrow]", "object"])
def test_true_false_with_a_missing_cell_is_a_crisp_set_already(dtype):
    """calibrate() refuses True/False (df['DEV'] > 500: a crisp set already); with a missing cell (a nullable 'boolean'
    or bool[pyarrow] column, or objects) its cells came as objects: the nullable columns were told '<NA> is not a
    number ... text labels', and objects were calibrated, True read as 1 (crisp at 550: every case 0)."""
    if dtype == "bool[pyarrow]":
        pytest.importorskip("pyarrow")
    flags = (raw_dev() > 500).astype(object).where(raw_dev().notna(), None).astype(dtype)
    assert flags.isna().sum() == 1
    for kind in ({"thresholds": FUZZY}, {"type": "crisp", "thresholds": 550}):
        for missing in ("raise", "keep"):
            with pytest.raises(QCAInputError, match=r"^x must be numeric raw values, got True/False: that is a crisp "
                                                    r"set already"):
                calibrate(flags, missing=missing, **kind)


def test_a_raw_cell_holding_a_list_is_named_by_its_case():
    """A raw column whose cells hold lists (a pyarrow list column: read_parquet or read_json of nested data; an object
    column built from JSON) was made a 2-d array, and calibrate() ended in pandas' 'ValueError: Data must be
    1-dimensional'; it is now a value that is no number, named by its case, as in the data's columns."""
    x = raw_dev().dropna()
    cells = pd.Series([[v] for v in x], index=x.index)
    columns = [cells]
    try:
        import pyarrow as pa
    except ImportError:
        pass
    else:
        columns.append(cells.astype(pd.ArrowDtype(pa.list_(pa.float64()))))
    for column in columns:
        for missing in ("raise", "keep"):
            with pytest.raises(QCAInputError, match=r"^x must be numeric; \[720\.0\] is not a number \(5 values are "
                                                    r"not numbers, at case 'AU', 'CZ', 'EE', 'FI', 'FR'\)$"):
                calibrate(column, thresholds=FUZZY, missing=missing)
        with pytest.raises(QCAInputError, match=r"^calibrating 'DEV' from column 'DEV': x must be numeric; \[720\.0\]"):
            calibrate_frame(column.rename("DEV").to_frame(), {"DEV": {"thresholds": FUZZY}})

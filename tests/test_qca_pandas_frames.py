"""A researcher's own pandas frames through the Python API (round 31): narrow float dtypes, indexes other than a
column of case names, and what the results say about the cases."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from analysis.qca import minimize, necessity, pof, truth_table


def tie_frame() -> pd.DataFrame:
    """Two cases: row X (case 'a') has consistency 0.48 / 0.6 = 0.8 exactly (in decimals), at incl_cut=0.8."""
    return pd.DataFrame({"X": [0.6, 0.0], "Y": [0.48, 0.9]}, index=["a", "b"])


@pytest.mark.parametrize("dtype", ["float32", "Float32", "float16"])
def test_a_narrow_float_column_is_read_as_the_decimals_it_shows(dtype):
    """A float32 column (df.astype('float32') to save memory, a frame from numpy, HDF5 or Parquet) holds 0.6 as
    0.60000002384 and 0.48 as 0.47999998927: read as those binary values, the row at consistency 0.8 scored
    0.79999995 and was coded OUT 0 at incl_cut=0.8 while it printed 'incl 0.800' and the same frame in float64 (or
    the CSV it came from, or R) coded it 1. A narrow float is now read as the decimals it shows (0.6, 0.48)."""
    wide = tie_frame()
    narrow = wide.astype(dtype)
    wide = narrow.astype(str).astype(float)   # the decimals the narrow frame shows
    want = truth_table(wide, "Y", "X", incl_cut=0.8).to_dict()
    got = truth_table(narrow, "Y", "X", incl_cut=0.8).to_dict()
    assert got == want
    assert json.dumps(pof("X", narrow, "Y").to_dict()) == json.dumps(pof("X", wide, "Y").to_dict())
    assert necessity(narrow, "Y", "X").to_dict() == necessity(wide, "Y", "X").to_dict()


def test_the_tie_of_the_float32_test_is_one():
    """The float32 test's frame: in float64 the row is at the cut-off and coded 1 (so the test above can fail)."""
    tt = truth_table(tie_frame(), "Y", "X", incl_cut=0.8)
    assert [r["OUT"] for r in tt.to_dict()["rows"] if r["config"] == [1]] == ["1"]


@pytest.mark.parametrize("dtype", ["float32", "Float32"])
def test_a_narrow_float_raw_value_at_a_threshold_is_at_it(dtype):
    """calibrate() read a float32 raw 0.35 as 0.3499999940: below a crisp threshold of 0.35 (membership 0, where the
    float64 value, R and the CSV give 1) and a hair below the crossover of a fuzzy set (0.49999998, not 0.5)."""
    from analysis.qca import calibrate, calibrate_frame

    raw = pd.DataFrame({"share": [0.2, 0.35, 0.5]}, index=["a", "b", "c"])
    for frame in (raw, raw.astype(dtype)):
        assert calibrate(frame["share"], type="crisp", thresholds=[0.35]).tolist() == [0.0, 1.0, 1.0]
        assert calibrate(frame["share"], thresholds="e=0.1, c=0.35, i=0.6").tolist()[1] == 0.5
        spec = {"S": {"source": "share", "type": "crisp", "thresholds": [0.35]}}
        assert calibrate_frame(frame, spec)["S"].tolist() == [0, 1, 1]

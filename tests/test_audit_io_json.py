"""The derived JSON files (qca.json, calibration.json, parameters.json) are strict JSON: what analysis.io.write_json
writes must be read back by a strict parser (the browser's JSON.parse, jq), whatever numbers the analysis gives it."""
import json

import numpy as np
import pytest

from analysis import io


def _strict(text: str):
    def refuse(constant):
        raise ValueError(f"not JSON: {constant}")
    return json.loads(text, parse_constant=refuse)


def test_a_numpy_nan_is_written_as_null_as_pythons_is(tmp_path):
    """np.float64('nan') (a 0/0 consistency of a drop-in case file, a pandas cell) went through .item() to a Python
    NaN and was written as `NaN`, which a strict reader refuses."""
    path = tmp_path / "o.json"
    io.write_json({"inclS": np.float64("nan"), "pri": [np.float32("nan"), float("nan"), np.float64(0.5)],
                   "n": np.int64(3)}, path)
    assert _strict(path.read_text(encoding="utf-8")) == {"inclS": None, "n": 3, "pri": [None, None, 0.5]}


def test_an_infinity_is_refused_naming_where_it_is(tmp_path):
    path = tmp_path / "o.json"
    with pytest.raises(ValueError, match=r"robustness\.ratios\[1\] is inf, which JSON cannot hold"):
        io.write_json({"robustness": {"ratios": [1.0, np.float64("inf")]}}, path)
    assert not path.exists()

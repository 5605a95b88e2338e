"""calibrate() at scale: the note on a set that does not vary in kind reads numeric raw values as numbers, not
through an array of Python objects (1,000,000 values: 0.5 s of a 0.55 s call, most of it a Series' copy of the
objects), and a fuzzy set's raw values only when the note is given."""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from analysis.qca import QCAWarning, calibrate


def _object_series_built(monkeypatch, call) -> list[int]:
    """Lengths of the object-dtype pandas Series built while `call` runs."""
    sizes = []
    real = pd.Series.__init__

    def counting(self, data=None, *args, **kwargs):
        real(self, data, *args, **kwargs)
        if self.dtype == object and len(self) > 100:
            sizes.append(len(self))

    monkeypatch.setattr(pd.Series, "__init__", counting)
    try:
        call()
    finally:
        monkeypatch.undo()
    return sizes


@pytest.mark.parametrize("thresholds, kind", [("e=50, c=100, i=150", "fuzzy"), ("e=500, c=1000, i=1500", "fuzzy"),
                                               ("100", "crisp"), ("1000", "crisp")])
def test_numeric_raw_values_are_not_read_as_objects(monkeypatch, thresholds, kind):
    x = np.random.default_rng(0).normal(100, 30, 5_000)
    assert _object_series_built(monkeypatch, lambda: calibrate(x, type=kind, thresholds=thresholds)) == []


def test_the_note_on_a_constant_set_is_unchanged():
    """Thresholds on another scale: every case below 0.5, the raw range named as before."""
    x = pd.Series(np.linspace(0.1, 0.9, 1_000), name="share")
    with pytest.warns(QCAWarning, match=r"set 'share': every case is below 0.5 \(raw 'share' from 0.1 to 0.9, "
                                        r"thresholds 'e=10, c=50, i=90'\)"):
        calibrate(x, type="fuzzy", thresholds="e=10, c=50, i=90")
    with pytest.warns(QCAWarning, match=r"every case gets membership 0 \(raw values from 1 to 1000, "):
        calibrate(np.arange(1, 1001), type="crisp", thresholds="5000")
    with warnings.catch_warnings():   # 998 points: no raw value on the crossover 50 (calibrate() warns of 0.5)
        warnings.simplefilter("error", QCAWarning)
        calibrate(np.r_[np.linspace(0, 100, 998), np.nan], type="fuzzy", thresholds="e=10, c=50, i=90", missing="keep")

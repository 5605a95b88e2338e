"""qca.json (notebook 03) wrote its floats at full precision: the robustness fit (RF_SC_minTS 0.25775566666666666,
RF_SC_maxTS 0.559212338237346, core_covS ...) depends on the last bit of sums and ratios of memberships, so a holder's
machine (another BLAS, numpy or CPU) could write other bytes for the same result. Every float qca.json writes now
goes through one rule, analysis.paper_a.cases.json_floats: 10 decimal places, then 10 significant digits (the tables'
precision, analysis.io.FLOAT_FORMAT), data/README.md saying why."""
from __future__ import annotations

import json
import math

import numpy as np

from analysis.io import FLOAT_FORMAT, write_json
from analysis.paper_a.cases import json_floats
from analysis.paths import DATA_DERIVED, ROOT

QCA_JSON = DATA_DERIVED / "paperA" / "qca.json"


def _floats(obj):
    if isinstance(obj, dict):
        for value in obj.values():
            yield from _floats(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _floats(value)
    elif isinstance(obj, float):
        yield obj


def _nudged(obj, towards: float):
    """`obj` with every float moved by one unit in the last place towards `towards` (+inf or -inf)."""
    if isinstance(obj, dict):
        return {key: _nudged(value, towards) for key, value in obj.items()}
    if isinstance(obj, list):
        return [_nudged(value, towards) for value in obj]
    if isinstance(obj, float) and math.isfinite(obj):
        return math.nextafter(obj, towards)
    return obj


def test_json_floats_rounds_every_float_to_the_tables_precision_and_leaves_the_rest():
    doc = {"fit": {"RF_SC_maxTS": 0.559212338237346, "RF_SC_minTS": 0.25775566666666666, "RF_cons": 1.0},
           "rows": [(np.float64(1 / 3), np.float32(0.1)), -0.0, float("nan"), 1e-17, -5e-324, 123456.78901234],
           "n": 15, "np_n": np.int64(4), "flag": True, "text": "0.559212338237346", "none": None}
    out = json_floats(doc)
    assert out["fit"] == {"RF_SC_maxTS": 0.5592123382, "RF_SC_minTS": 0.2577556667, "RF_cons": 1.0}
    assert out["rows"][0] == [0.3333333333, 0.1000000015]   # a tuple becomes a list, as JSON writes it
    assert str(out["rows"][1]) == "0.0" and math.isnan(out["rows"][2])   # write_json writes NaN as null
    assert [str(v) for v in out["rows"][3:]] == ["0.0", "0.0", "123456.789"]   # noise at 0; 10 significant digits
    assert out["n"] == 15 and out["np_n"] == 4 and out["flag"] is True and out["text"] == "0.559212338237346"
    assert out["none"] is None and type(out["n"]) is int and out["flag"] is True
    assert json_floats(float("inf")) == float("inf")   # write_json refuses it, naming where it is
    assert doc["fit"]["RF_SC_maxTS"] == 0.559212338237346   # the input is left as it was
    assert all(float(FLOAT_FORMAT % f) == f for f in _floats(out) if math.isfinite(f))


def test_the_written_qca_json_has_no_float_beyond_the_tables_precision():
    """Every float in qca.json as notebook 03 wrote it reads back as itself at FLOAT_FORMAT (10 significant digits),
    the robustness fit's included."""
    written = json.loads(QCA_JSON.read_text(encoding="utf-8"))
    floats = list(_floats(written))
    assert written["robustness_fit"] and floats
    beyond = [f for f in floats if float(FLOAT_FORMAT % f) != f]
    assert not beyond, beyond[:5]


def test_a_last_bit_difference_and_a_second_run_give_qca_json_s_bytes(tmp_path):
    """The written qca.json with every float one unit in the last place up, or down, through json_floats and
    write_json (as notebook 03 writes it), gives the committed bytes, twice."""
    committed = QCA_JSON.read_bytes()
    written = json.loads(committed.decode("utf-8"))
    for towards in (math.inf, -math.inf):
        nudged = _nudged(written, towards)
        assert nudged["robustness_fit"] != written["robustness_fit"]   # the nudge changed the bits
        for run in ("first", "second"):
            path = write_json(json_floats(nudged), tmp_path / f"{run}.json")
            assert path.read_bytes() == committed, (towards, run)


def test_notebook_03_writes_qca_json_through_json_floats():
    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert code.count("write_json(") == 1 and "write_json(C.json_floats({**res.to_dict()," in code

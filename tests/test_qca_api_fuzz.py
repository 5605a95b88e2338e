"""A small seeded run of tools/fuzz_api.py kept in the suite: the public functions, each called with one argument
replaced by a wrong value, return or raise the engine's own error (QCAInputError, QCAComplexityError) within a few
seconds; never Python's or numpy's bare errors, nor a call that does not end. The first larger run (round 38) found
four faults: a column given for a text argument, good_practice(negated=0), theory_evaluation(max_conditions=10**20)
never returning, and a '~name' path's hint (the CLI's). Round 39 widened the pools (what users type and programs pass:
pd.NA, Categoricals, 100,000 letters, full-width punctuation, Paths, empty frames, a column name twice, ...) and the
functions (every public one, and result methods), and checks that a yes/no argument refuses a text; its runs found
the faults of the commits from 1e025125 to 180aad9e."""
from __future__ import annotations

import sys

import pytest

from analysis.paths import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import fuzz_api  # noqa: E402


@pytest.mark.parametrize("seed", [0, 1])
def test_wrong_argument_values_get_the_engines_own_errors(seed):
    found = fuzz_api.fuzz(seed, 600)
    assert not found, "\n".join(found.values())


def test_the_fuzzer_finds_a_bare_error(monkeypatch):
    """The check itself can fail: a function raising a bare ValueError for a wrong value is named, one that
    does not end within fuzz_api.SECONDS, and one taking a text for a yes/no argument as a silent switch."""
    import time

    calls = fuzz_api.calls()
    monkeypatch.setattr(fuzz_api, "calls", lambda: {**calls, "bare": (lambda x: int(x), {"x": 1}),
                                                    "slow": (lambda x: time.sleep(x), {"x": 0}),
                                                    "switch": (lambda x=False: bool(x), {})})
    monkeypatch.setattr(fuzz_api, "SECONDS", 1)
    assert fuzz_api.broken_promise("bare", "x", "abc").startswith("ValueError: invalid literal")
    assert fuzz_api.broken_promise("bare", "x", 2) == ""
    assert fuzz_api.broken_promise("slow", "x", 3) == "did not return within 1 s"
    assert fuzz_api.broken_promise("switch", "x", "no").startswith("accepted str for a yes/no argument")
    assert fuzz_api.broken_promise("switch", "x", True) == ""


def test_an_argument_given_as_its_numpy_twin_gives_the_same_result():
    """A valid argument given as a program passes it, np.float32(0.8) or np.int64(1) for a number, a tuple or an
    array for a list, np.str_ for a text, a str for a Path, gives the result of the argument as written
    (fuzz_api.twin_problems; every function: tools/fuzz_api.py --twins). threshold_range read np.float32(0.8) as
    0.800000011920929 (3b7acfd5); here the functions that read cut-offs, lists and paths."""
    assert not fuzz_api.twin_problems(["truth_table", "pof", "calibrate", "threshold_range", "read_data"])


def test_the_twin_check_finds_another_result(monkeypatch):
    """The check itself can fail: a function that reads np.float32(0.8) as the binary float is named."""
    calls = fuzz_api.calls()
    monkeypatch.setattr(fuzz_api, "calls", lambda: {**calls, "binary": (lambda x: repr(float(x)), {"x": 0.8})})
    assert fuzz_api.twin_problems(["binary"]) == ["binary(x=np.float32(0.8)): another result than x=0.8"]

"""tools/warm_kernels.py: `make` compiles the engine's numba kernels into their on-disk cache once per checkout, so
that the first large problem a user solves (and `make bench`'s first timed run of one) does not pay the compilation."""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from _scripts import load_script

ROOT = Path(__file__).resolve().parents[1]
ENGINE = ROOT / "analysis" / "qca"


def _kernels() -> set[tuple[str, str]]:
    """(module, function) of every kernel the engine compiles with numba's disk cache: the @njit(cache=True) functions
    and those `_compiled.fast` compiles (fast(_name))."""
    found = set()
    for path in sorted(ENGINE.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        names = re.findall(r"@njit\(cache=True\)\s*\ndef (\w+)", text) + re.findall(r"\bfast\((_\w+)\)", text)
        found |= {(path.stem, name) for name in names}
    return found


#: A process that solves random_k10 (the problem make bench found compiling a second _lagrangian_kernel) and prints
#: the signatures each numba dispatcher of the engine holds then: any not in the warm-up's record was compiled here.
_SOLVE = """
import json, sys
import pandas as pd
from numba.core.dispatcher import Dispatcher
from analysis.qca import _compiled, minimize, truth_table
df = pd.read_csv('data/reference/timing/dense/random_k10.csv')
tt = truth_table(df, 'OUT', [c for c in df.columns if c != 'OUT'], incl_cut=1)
json.dumps(minimize(tt, include='?', n_jobs=1).to_dict())
found = [v for n, m in list(sys.modules.items()) if n.startswith('analysis.qca') for v in list(vars(m).values())
         if isinstance(v, Dispatcher)] + [v for v in _compiled._JIT.values() if isinstance(v, Dispatcher)]
print(json.dumps({d.py_func.__module__.rpartition('.')[2] + '.' + d.py_func.__qualname__:
                  sorted(str(sig) for sig in d.overloads) for d in found}))
"""


def _sha256(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def _as_into_an_empty_cache(record: dict, warm) -> bool:
    """Whether the warm-up that wrote `record` is the one tools/warm_kernels.py would run now into an empty cache:
    it read the files the checkout holds now (each checksum the same, tools/warm_kernels.py among them), in the same
    Python with the same versions of the packages it loaded and NUMBA_* settings, and found none of its kernels in the cache (each compiled
    there, calling the kernels it calls as a compilation into an empty cache does)."""
    return ("tools/warm_kernels.py" in record.get("files", {})
            and all(_sha256(ROOT / name) == digest for name, digest in record["files"].items())
            and bool(record.get("packages"))
            and (now := warm.setting(names=set(record["packages"]))) == {key: record.get(key) for key in now}
            and bool(record.get("kernels")) and not any(k["found"] for k in record["kernels"].values()))


@pytest.mark.slow
def test_warm_kernels_compiles_every_kernel_of_the_engine(tmp_path):
    """The cover search's switch to its compiled kernels was renamed (_COMPILE_AFTER, CPU seconds, became
    _COMPILE_AFTER_STEPS) and warm_kernels.py went on setting `_cover._COMPILE_AFTER = -1.0`, a new attribute nobody
    read: none of the 13 kernels of _cover_kernel was compiled by `make`, nor _masks_to_terms and _crisp_chart (reached
    only by large inputs). The first large problem of a process paid their compilation: make bench's API time of
    k40_n40 was 12.8 s (the median of a first run that compiled them, 18 s of CPU, and a second, 6.6 s) while the CLI,
    timed after it with the cache filled, took 7.4 s. Run into an empty cache (NUMBA_CACHE_DIR), warm_kernels.py now
    leaves a cached compilation of every kernel.

    The run into an empty cache is `make`'s own (`make test` runs the warm-up first) when its record proves it the
    same (_as_into_an_empty_cache): then its compilations are read from the record and the cache it filled, not made
    again (about 28 s of CPU); otherwise the warm-up runs here into an empty cache, as before."""
    kernels = _kernels()
    assert {("_cover_kernel", "_kernel"), ("_compiled", "_transversals"), ("_row_sums", "_join")} <= kernels
    warm = load_script("tools/warm_kernels.py", "warm_kernels")
    env = dict(os.environ)
    made = warm.record_path()
    record = json.loads(made.read_text(encoding="utf-8")) if made.is_file() else {}
    if not _as_into_an_empty_cache(record, warm):
        env["NUMBA_CACHE_DIR"] = str(tmp_path)
        done = subprocess.run([sys.executable, str(ROOT / "tools" / "warm_kernels.py")], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, done.stderr
        made = next(tmp_path.rglob("warm_kernels.json"))
        record = json.loads(made.read_text(encoding="utf-8"))
        assert _as_into_an_empty_cache(record, warm)   # the record a run into an empty cache leaves proves itself
    cached = {p.name for p in made.parent.glob("*.nbi")}
    missing = sorted(f"{module}.{name}" for module, name in kernels
                     if not record["kernels"].get(f"{module}.{name}", {}).get("compiled")
                     or not any(c.startswith(f"{module}.{name}-") for c in cached))
    assert not missing, f"not compiled by tools/warm_kernels.py: {missing}"
    # a problem after the warm-up compiles nothing more: make bench (round 37) found random_k10's API run compiling
    # a second _lagrangian_kernel (a strided chart or a literal n_cols of 0), until its wrapper passed one type
    # (the signatures its dispatchers hold, each one the warm-up's; in a cache of this test's own, also its files)
    before = {p.name for p in tmp_path.rglob("*.nbc")}
    done = subprocess.run([sys.executable, "-c", _SOLVE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=900)
    assert done.returncode == 0, done.stderr
    held = json.loads(done.stdout.splitlines()[-1])
    new = sorted(f"{name}{sig}" for name, sigs in held.items() for sig in sigs
                 if sig not in record["kernels"].get(name, {}).get("signatures", []))
    assert not new, "compiled after the warm-up: " + ", ".join(new)
    assert {p.name for p in tmp_path.rglob("*.nbc")} == before, "compiled after the warm-up: " + ", ".join(
        sorted({p.name for p in tmp_path.rglob("*.nbc")} - before))


def test_a_switch_warm_kernels_sets_must_exist():
    """A threshold warm_kernels.py sets to switch a compiled path on from the start must be one the module has: the
    old name of the cover search's switch is refused, not added as a new attribute."""
    from analysis.qca import _cover

    warm = load_script("tools/warm_kernels.py", "warm_kernels")
    with pytest.raises(AttributeError, match="has no _COMPILE_AFTER: its compiled path would not be switched on"):
        warm._switch_on(_cover, "_COMPILE_AFTER", -1.0)
    assert not hasattr(_cover, "_COMPILE_AFTER")

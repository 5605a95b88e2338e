"""pytest configuration for the whole repository (tests/ and nbval over notebooks/executed/).

nbval joins each cell's stdout chunks and its stderr chunks, but keeps whichever came first in front. A cell
that prints and also raises a warning (QCAWarning on skewed data) sends the two through separate pipes, so
their order depends on timing; tools/run_notebook.py stores stdout before stderr. The same canonical order is
applied to the outputs nbval compares, so the comparison checks every character of both streams and not the
race between them.
"""
import importlib.util
import os
import sys
from pathlib import Path

import nbval.plugin as _nbval

# nbval's kernels (and the tests) read IPython's and matplotlib's configuration from the folders the runner's kernels
# use (tools/run_notebook.py, isolated_config), not from the user's home: a startup script there, or a home that
# cannot be written (matplotlib's warning then lands in a cell's stderr), failed nbval.
_spec = importlib.util.spec_from_file_location("_run_notebook", Path(__file__).parent / "tools" / "run_notebook.py")
_runner = importlib.util.module_from_spec(_spec)
_writes = sys.dont_write_bytecode
sys.dont_write_bytecode = True  # no tools/__pycache__/ from a test run (tests/_scripts.py, test_suite_writes.py)
try:
    _spec.loader.exec_module(_runner)
finally:
    sys.dont_write_bytecode = _writes
os.environ.update(_runner.isolated_config())
# nor the user's Python settings (a module on PYTHONPATH named as one the notebooks import, PYTHONSTARTUP, ...)
for _name in _runner.USER_PYTHON_SETTINGS:
    os.environ.pop(_name, None)
# nor the variables of the make that runs the suite: `make test P_02_case_calibration="..."` passed them (MAKEFLAGS) to
# every make a test runs, which then ran its notebooks with them and failed
for _name in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL"):
    os.environ.pop(_name, None)

# The runner's partial notebooks: `.NAME.failed.ipynb` (a failed run's, kept for inspection until the next make)
# and `.NAME.xxxx.ipynb` (a run killed before it could clean up). nbval checks only the executed copies
# (tools/run_notebook.py).
collect_ignore_glob = ["notebooks/executed/.*", "notebooks/executed/*/.*"]

_coalesce = _nbval.coalesce_streams


def _stdout_before_stderr(outputs):
    outputs = _coalesce(outputs)
    if not outputs:
        return outputs
    streams = sorted((o for o in outputs if o.output_type == "stream"), key=lambda o: o.name != "stdout")
    it = iter(streams)
    return [next(it) if o.output_type == "stream" else o for o in outputs]


_nbval.coalesce_streams = _stdout_before_stderr

"""Deterministic, atomic writers for derived outputs (I/O lives at the edges, not in the engine).

Every writer goes through a temporary file in the same folder and `os.replace`, so an interrupted
step never leaves a half-written file, and formats are fixed (column order as given, '\n' line
ends, floats with a fixed number of significant digits, JSON with sorted keys) so two runs give
byte-identical files.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pandas as pd

from .paths import DATA_RAW
from .qca.atomic import write_atomic

FLOAT_FORMAT = "%.10g"


def _guard(path: Path, raw_ok: bool = False) -> Path:
    path = Path(path).resolve()
    if not raw_ok and DATA_RAW.resolve() in path.parents:
        raise PermissionError(f"{path}: data/raw is read-only for the pipeline; write to data/derived instead")
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


#: Set by tools/run_notebook.py: a file to which every output written is appended, one path a line; the
#: runner turns it into the notebook's manifest of outputs, so `make` can see when one has gone missing.
OUTPUT_LOG = "COMPENDIUM_OUTPUT_LOG"


def _log_output(path: Path) -> None:
    log = os.environ.get(OUTPUT_LOG)
    if log:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{path}\n")


def write_bytes_atomic(path: Path | str, payload: bytes, raw_ok: bool = False) -> Path:
    """Write `payload` to `path` atomically (temporary file + rename). Only a generator of raw data (the Paper A
    reconstruction) passes raw_ok=True; the pipeline never writes data/raw."""
    path = write_atomic(_guard(Path(path), raw_ok), payload, mode=0o644)
    _log_output(path)
    return path


def write_text_atomic(path: Path | str, text: str, raw_ok: bool = False) -> Path:
    return write_bytes_atomic(path, text.encode("utf-8"), raw_ok)


def write_csv(df: pd.DataFrame, path: Path | str, index: bool = False) -> Path:
    """Write a table as UTF-8 CSV with fixed float format and '\\n' line ends."""
    text = df.to_csv(index=index, lineterminator="\n", float_format=FLOAT_FORMAT)
    return write_text_atomic(path, text)


def _jsonable(obj: Any) -> Any:
    import numpy as np

    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, float) and obj != obj:  # NaN
        return None
    return obj


def write_json(obj: Any, path: Path | str) -> Path:
    """Write JSON with sorted keys, 2-space indent, UTF-8 (Chinese kept readable)."""
    text = json.dumps(_jsonable(obj), sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    return write_text_atomic(path, text)

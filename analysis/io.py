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
from .qca.atomic import write_atomic, write_together

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


#: Set by tools/run_notebook.py: a folder where, before a file is first replaced during the run, its previous
#: content is kept (a hard link) and a file the run creates is listed, so a failed or interrupted run can be undone
#: (`rollback`): its outputs never sit beside the last good run's others.
ROLLBACK = "COMPENDIUM_ROLLBACK"
_NEW = "created.txt"


def _kept(folder: Path, path: Path) -> Path:
    return folder / "files" / path.relative_to(path.anchor)


def remember(path: Path, folder: Path | str | None = None) -> None:
    """Before `path` is written for the first time in this run: keep what it holds, or note that it is new, in
    `folder` (default: the ROLLBACK environment variable; neither: nothing to do)."""
    folder = folder or os.environ.get(ROLLBACK)
    if not folder:
        return
    folder = Path(folder)
    kept, created = _kept(folder, path), folder / _NEW
    if kept.exists() or (created.exists() and str(path) in created.read_text(encoding="utf-8").splitlines()):
        return  # written earlier in this run: the first backup stands
    if path.exists():
        kept.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, kept)  # the old content stays reachable after os.replace swaps in the new file
        except OSError:
            import shutil
            shutil.copy2(path, kept)
    else:
        with open(created, "a", encoding="utf-8") as fh:
            fh.write(f"{path}\n")


def rollback(folder: Path | str) -> tuple[int, int]:
    """Undo a run's writes recorded in `folder` (see ROLLBACK): every replaced file gets its previous content back,
    every created file is removed. Returns (restored, removed); `folder` itself is left for the caller to delete."""
    folder = Path(folder)
    restored = removed = 0
    files = folder / "files"
    if files.exists():
        for kept in sorted(p for p in files.rglob("*") if p.is_file()):
            target = Path("/") / kept.relative_to(files)
            target.parent.mkdir(parents=True, exist_ok=True)  # its folder may have been deleted meanwhile
            os.replace(kept, target)
            restored += 1
    created = folder / _NEW
    if created.exists():
        for line in dict.fromkeys(created.read_text(encoding="utf-8").splitlines()):
            if line and os.path.exists(line):
                os.unlink(line)
                removed += 1
    return restored, removed


def write_bytes_atomic(path: Path | str, payload: bytes, raw_ok: bool = False) -> Path:
    """Write `payload` to `path` atomically (temporary file + rename). Only a generator of raw data (the Paper A
    reconstruction) passes raw_ok=True; the pipeline never writes data/raw."""
    path = _guard(Path(path), raw_ok)
    remember(path)
    path = write_atomic(path, payload)   # the mode a new file gets under the umask (0644 under umask 022)
    _log_output(path)
    return path


def remove_output(path: Path | str) -> Path:
    """Remove a derived file (one an earlier run wrote and this run does not); a failed or interrupted run puts it
    back (see ROLLBACK), as it does the files it wrote."""
    path = _guard(Path(path))
    remember(path)
    path.unlink()
    return path


def keep_output(path: Path | str) -> Path | None:
    """An output an earlier run wrote that this run leaves as it is, and which still stands beside this run's (notebook
    04's catalogue of the committed figures, figures/index.csv, in a run drawing the Chinese variants or a selection of
    figures): listed with the files this run wrote (OUTPUT_LOG), so the runner records it, with its SHA-256, for `make
    verify`, and does not remove it as the previous run's. Nothing is written; a file that is not there is not listed
    (None)."""
    path = Path(path).resolve()
    if not path.is_file():
        return None
    _log_output(path)
    return path


def write_text_atomic(path: Path | str, text: str, raw_ok: bool = False) -> Path:
    return write_bytes_atomic(path, text.encode("utf-8"), raw_ok)


def write_texts_together(texts: dict) -> list[Path]:
    """Write several UTF-8 text files (`{path: text}`) so that they land together or not at all
    (analysis.qca.atomic.write_together): a run stopped while they are written leaves them all as they were."""
    paths = [_guard(Path(p)) for p in texts]
    for path in paths:
        remember(path)
    write_together({path: text.encode("utf-8") for path, text in zip(paths, texts.values())})
    for path in paths:
        _log_output(path)
    return paths


def csv_text(df: pd.DataFrame, index: bool = False) -> str:
    """A table as write_csv writes it: fixed float format, '\\n' line ends."""
    return df.to_csv(index=index, lineterminator="\n", float_format=FLOAT_FORMAT)


def write_csv(df: pd.DataFrame, path: Path | str, index: bool = False) -> Path:
    """Write a table as UTF-8 CSV with fixed float format and '\\n' line ends."""
    return write_text_atomic(path, csv_text(df, index))


def _jsonable(obj: Any, where: str = "") -> Any:
    """`obj` as plain JSON values: a NaN (Python's or numpy's, of any width) is null; numpy scalars are Python's.
    A numpy NaN was passed on as a Python NaN after .item() and written as `NaN`, which is no JSON (a strict reader,
    the browser's JSON.parse, jq, refuses the whole file). An infinity has no JSON form: ValueError naming where it
    is (`where`, as `key.list[2]`), not json's 'Out of range float values are not JSON compliant'."""
    import numpy as np

    if isinstance(obj, dict):
        return {str(k): _jsonable(v, f"{where}.{k}" if where else str(k)) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v, f"{where}[{i}]") for i, v in enumerate(obj)]
    if isinstance(obj, np.generic):
        obj = obj.item()
    if isinstance(obj, float) and obj != obj:  # NaN
        return None
    if isinstance(obj, float) and obj in (float("inf"), float("-inf")):
        raise ValueError(f"{where or 'the value'} is {obj}, which JSON cannot hold; write it as null or as text")
    return obj


def write_json(obj: Any, path: Path | str) -> Path:
    """Write JSON with sorted keys, 2-space indent, UTF-8 (Chinese kept readable); strict JSON (a NaN is null)."""
    text = json.dumps(_jsonable(obj), sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    return write_text_atomic(path, text)

"""Writing a file all or nothing: a temporary file in the same folder, then a rename, so a failed or interrupted
run never leaves a half-written file (the engine's CLI `--out`; the compendium's analysis.io builds on it)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["write_atomic"]


def write_atomic(path: Path | str, payload: bytes, mode: int | None = None) -> Path:
    """Write `payload` to `path` (its folder created if missing); `mode`: the file's permissions (default: what a
    new file gets under the umask; mkstemp alone would make it private). Raises OSError."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path

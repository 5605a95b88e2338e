"""Writing a file all or nothing: a temporary file in the same folder, then a rename, so a failed or interrupted
run never leaves a half-written file (the engine's CLI `--out`; the compendium's analysis.io builds on it)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["current_umask", "not_a_file", "write_atomic"]


def not_a_file(path: Path | str) -> bool:
    """Whether `path` is there and, followed through its links, neither a regular file nor a folder: a device
    (/dev/null), a pipe (a fifo, /dev/stdout into a pipe) or a terminal, which a rename would replace (the node, or
    the link to it) with a regular file, not write into; or a link in /dev, /dev/fd/N or /proc/..., as /dev/stdout
    redirected to a file resolves to that file while the rename replaces the link /dev/stdout itself (a file under
    /dev/shm is a file)."""
    path = Path(path)
    where = str(path.absolute())
    if where.startswith(("/proc/", "/dev/fd/")) or (where.startswith("/dev/") and path.is_symlink()):
        return True
    try:
        return path.exists() and not path.is_file() and not path.is_dir()
    except OSError:
        return False


def current_umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux: /proc/self/status, 'Umask:'):
    reading it by setting it (os.umask) changes it for every thread of the process for a moment, and a file another
    thread created then got the mode of umask 0, writable by every user. Elsewhere it is read so, set to 077 for
    that moment (a file created then is private, not open to all)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    umask = os.umask(0o077)
    os.umask(umask)
    return umask


def write_atomic(path: Path | str, payload: bytes, mode: int | None = None) -> Path:
    """Write `payload` to `path` (its folder created if missing); `mode`: the file's permissions (default: what a
    new file gets under the umask; mkstemp alone would make it private). Raises OSError, also for a path that is no
    regular file to replace (`not_a_file`: /dev/null, /dev/stdout, a fifo)."""
    path = Path(path)
    if not_a_file(path):
        import errno

        raise OSError(errno.EINVAL, "not a regular file (a device, a pipe or a terminal): renaming a new file over it "
                      "would replace it", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        if mode is None:
            mode = 0o666 & ~current_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path

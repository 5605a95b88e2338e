"""Writing a file all or nothing: a temporary file in the same folder, then a rename, so a failed or interrupted
run never leaves a half-written file (the engine's CLI `--out`; the compendium's analysis.io builds on it)."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

__all__ = ["current_umask", "not_a_file", "signals_held", "stage", "write_atomic", "write_together"]


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


def stage(path: Path | str, payload: bytes, mode: int | None = None) -> str:
    """The first half of write_atomic: `payload` in a temporary file beside `path` (its folder created if missing),
    with `mode` (default: what a new file gets under the umask; mkstemp alone would make it private); returns the
    temporary file's name, which `os.replace` then renames over `path`. Raises OSError, also for a path that is no
    regular file to replace (`not_a_file`: /dev/null, /dev/stdout, a fifo); nothing is left behind then."""
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
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp


def write_atomic(path: Path | str, payload: bytes, mode: int | None = None) -> Path:
    """Write `payload` to `path` (its folder created if missing); `mode`: the file's permissions (default: what a
    new file gets under the umask; mkstemp alone would make it private). Raises OSError, also for a path that is no
    regular file to replace (`not_a_file`: /dev/null, /dev/stdout, a fifo)."""
    path = Path(path)
    tmp = stage(path, payload, mode)
    try:
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


#: The signals held back while several files are renamed into place together (write_together).
HELD_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")


@contextmanager
def signals_held():
    """Ctrl-C, SIGTERM and SIGHUP arriving inside the block take effect at its end (their handlers are called then,
    in order, as they stood before): the block is not cut short. Python runs its signal handlers in the main thread
    whichever thread the system hands a signal to, so the handlers are swapped (masking the signal, pthread_sigmask,
    holds it back only from the thread that masks it, and numpy's and joblib's threads took it). Elsewhere than in
    the main thread, where no handler can be set, nothing is held; nor is a signal whose handler was not set from
    Python (signal.getsignal gives None), which could not be put back."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []
    held = {s: signal.signal(s, lambda signum, frame: arrived.append(signum))
            for s in (getattr(signal, n, None) for n in HELD_SIGNALS)
            if s is not None and signal.getsignal(s) is not None}
    try:
        yield
    finally:
        for sig, handler in held.items():
            signal.signal(sig, handler)
        for signum in dict.fromkeys(arrived):
            signal.raise_signal(signum)


def write_together(payloads: dict) -> list[Path]:
    """Write several files (`{path: bytes}`) so that they land together or not at all: each is written to its
    temporary file first (where a full disk or a stop is met), and only then are all renamed into place, one after
    another with Ctrl-C, SIGTERM and SIGHUP held back (`signals_held`: they take effect once the last rename is
    done), so a run stopped meanwhile leaves either every old file or every new one, never some of each. (SIGKILL,
    or the machine going down, between two renames cannot be held back.) Returns the paths."""
    paths = [Path(p) for p in payloads]
    staged: list[str] = []
    try:
        for path, payload in zip(paths, payloads.values()):
            staged.append(stage(path, payload))
        with signals_held():
            for tmp, path in zip(staged, paths):
                os.replace(tmp, path)
    finally:
        for tmp in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return paths

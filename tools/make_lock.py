"""One `make` at a time runs the notebooks of a checkout: the lock make takes while it reads the Makefile.

    make_lock.py LOCK_FILE MAKE_PID

Run by the Makefile (with the system's Python, standard library only: .venv may not exist yet) before it writes
anything (parameter files, checksums), for a make that would run notebooks (not make -n, make -q, make verify).
Exit status 0: the lock is this make's (or its calling make's: a make a recipe of the holding make started), and a
small process keeps it until MAKE_PID ends; 2: another make holds it, said in one `error:` line naming its process.

Two makes in one checkout (a second terminal, `make -k` beside a running `make`) ran the same notebooks side by
side: each runner refused a notebook the other make's runner held (tools/run_notebook.py, hold_lock), and make -k
went on with the next, so the first make ran 00 while the second ran 01 to 03 and the workshop; the first then
failed at 01 (the second was running it), and 04 was run by neither: two failed makes and a build no one finished.
The second make also rewrote the parameter files (build/params/) the first was running with. Now the second stops
while it reads the Makefile, before anything is written, whatever its flags.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

# How long a lock whose make has ended may still be held: the process keeping it notices the end at once (pidfd)
# or within 0.05 s, and exits.
HANDOVER = 3.0


def _parent(pid: int) -> int | None:
    """The parent process id of `pid` (Linux /proc, else ps), None if unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        return int(stat.rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        pass
    import subprocess

    try:
        out = subprocess.run(["ps", "-o", "ppid=", "-p", str(pid)], capture_output=True, text=True, timeout=5)
        return int(out.stdout.strip())
    except (OSError, ValueError, subprocess.SubprocessError):
        return None


def _ancestors(pid: int) -> set[int]:
    seen: set[int] = set()
    while pid and pid not in seen and pid > 1:
        seen.add(pid)
        pid = _parent(pid) or 0
    return seen


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except PermissionError:
        return True
    except (OSError, OverflowError):
        return False
    return True


def _holder(fd: int) -> int | None:
    """The make process id the lock file names, None if none."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return int(os.read(fd, 32).decode("ascii").strip())
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def _keep_until_gone(fd: int, make_pid: int) -> None:
    """Fork a process that holds `fd` (and with it the lock) until `make_pid` ends; the caller returns at once.
    The child leaves make's output pipe (make's $(shell) waits for it to close) and its session (a Ctrl-C at the
    terminal stops make, not it: it sees make gone and exits)."""
    try:
        watch = os.pidfd_open(make_pid)
    except (AttributeError, OSError):
        watch = None
    if os.fork():
        return
    try:
        os.setsid()
        os.chdir("/")
        null = os.open(os.devnull, os.O_RDWR)
        for std in (0, 1, 2):
            os.dup2(null, std)
        if watch is not None:
            import select

            select.select([watch], [], [])
        else:
            while _alive(make_pid):
                time.sleep(0.05)
    finally:
        os._exit(0)


def take(lock_file: Path, make_pid: int) -> str | None:
    """Take the checkout's make lock for `make_pid`; None when taken (or not needed), else the one-line refusal."""
    import fcntl

    try:
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd, writable = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o666), True
        except PermissionError:  # another member's lock file in a checkout a group shares: flock needs no write access
            fd, writable = os.open(lock_file, os.O_RDONLY), False
    except OSError:
        return None  # a checkout that cannot be written: nothing can be run in it (the runner says so), nothing to keep
    deadline = time.monotonic() + HANDOVER
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except OSError:
            holder = _holder(fd)
            if holder is not None and holder in _ancestors(make_pid):
                os.close(fd)   # a make started by a recipe of the make holding it
                return None
            if holder is not None and not _alive(holder) and time.monotonic() < deadline:
                time.sleep(0.02)   # that make has ended: its keeper is exiting
                continue
            os.close(fd)
            who = f"(process {holder}) " if holder else ""
            stop = f"stop it (kill {holder})" if holder else "stop it"
            return (f"another make {who}is running in this checkout (it holds {lock_file}): two at once would run the "
                    f"same notebooks side by side and stop each other's; wait for it to end, or {stop}, then run make "
                    "again (make -q, make -n and make verify can run beside it)")
    if writable:
        os.ftruncate(fd, 0)
        os.write(fd, str(make_pid).encode("ascii"))
    _keep_until_gone(fd, make_pid)
    os.close(fd)
    return None


def holder_now(lock_file: Path) -> int | None | bool:
    """Whether a make holds `lock_file` now: its process id (True when it names none), or None when no make does.
    (Asked by make verify, which reads outputs a running make may be rewriting; the lock is tried and let go at
    once.)"""
    import fcntl

    try:
        fd = os.open(lock_file, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return _holder(fd) or True
    else:
        return None
    finally:
        os.close(fd)


def other_make(lock_file: Path, pid: int | None = None) -> int | None | bool:
    """The make running in the checkout whose lock is `lock_file`, unless it is one of `pid`'s callers (by default
    this process's: `make report` runs the book's build, `make all verify` the check): its process id (True when the
    lock names none), or None. Asked by what reads the notebooks' outputs and is not itself run by make (the book's
    build by hand, tools/build_book.py; make verify), which would read them while that make rewrites them."""
    running = holder_now(lock_file)
    if running is not True and running in _ancestors(os.getpid() if pid is None else pid):
        return None
    return running


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[1].isdigit():
        print("error: usage: tools/make_lock.py LOCK_FILE MAKE_PID", file=sys.stderr)
        return 2
    problem = take(Path(argv[0]), int(argv[1]))
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

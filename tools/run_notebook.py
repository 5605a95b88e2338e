"""Run one notebook with papermill and store a clean, deterministic executed copy.

    python tools/run_notebook.py NAME [-p key value ...]

Runs notebooks/NAME.ipynb (cwd notebooks/) into a temporary file, strips what changes from run
to run (papermill timings, kernel and Python patch versions, execution timestamps) and only then
moves the result to notebooks/executed/NAME.ipynb. A failed or interrupted run therefore never
leaves an executed notebook that looks finished; the Makefile touches its stamp only on success.
Parameters the notebook does not declare stop the run before it starts (papermill would ignore them), and so does
a file parameter naming no CSV file in data/raw/ (make's own check and message, tools/param_files.py), and so does a
value the notebook's own parameter check refuses (make's check, tools/check_parameters.py): one `error:` line, no
kernel started, nothing written.
Every file the notebook writes through analysis.io is logged; on success the list (and the executed
notebook) is written atomically to the manifest (build/stamps/NAME.outputs), so `make` reruns a
notebook whose outputs have gone missing; each file's SHA-256 beside it (NAME.sha256), which `make verify` compares the files with. A run that fails or is interrupted is undone: every file it replaced gets
its previous content back and every file it created is removed (analysis.io keeps them in build/stamps/.NAME.rollback/
while the notebook runs), so its outputs never sit beside the last good run's others. Last, `--stamp PATH` (make's target) is written with the time the run
started, not ended: a notebook or input edited while it ran is newer than the stamp, so `make` reruns it; a run that
fails or is stopped puts back make's parameter file it replaced (`--params`, put_back_parameters). A notebook
is run by one runner at a time (a lock, build/stamps/.NAME.lock): a runner started by hand beside a `make` stops
at it (a second `make` stops sooner, at the checkout's make lock, tools/make_lock.py).
Run by hand (no --stamp), the runner takes the notebook's make stamp away (forget_stamp): the next `make` runs it
again with make's parameters, and what uses its outputs; beside a running make in the checkout (its lock,
tools/make_lock.py) it stops in one line instead (make_running). Run by hand as by make, neither the runner nor the kernel sees the user's PYTHONPATH, PYTHONSTARTUP, PYTHONWARNINGS,
PYTHONDEVMODE or PYTHONOPTIMIZE (USER_PYTHON_SETTINGS).
"""
from __future__ import annotations

import os
import sys

# The user's Python settings, which the kernel would inherit: a module on PYTHONPATH named as one the notebooks import
# (seaborn, analysis) is imported instead of it; IPython runs the PYTHONSTARTUP file in the kernel; PYTHONWARNINGS and
# PYTHONDEVMODE change which warnings a cell prints; PYTHONOPTIMIZE drops asserts. The kernel starts without them, and
# so does the runner: the Makefile unexports them, and a runner started by hand with any of them set starts itself
# again without them (below), before it imports anything a module on PYTHONPATH could stand in for (nbformat,
# analysis.io, argparse: os and sys are loaded with the interpreter).
USER_PYTHON_SETTINGS = ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONDEVMODE", "PYTHONOPTIMIZE")

if __name__ == "__main__" and any(key in os.environ for key in USER_PYTHON_SETTINGS):
    os.execve(sys.executable, [sys.executable, *sys.orig_argv[1:]],
              {key: value for key, value in os.environ.items() if key not in USER_PYTHON_SETTINGS})

import argparse  # noqa: E402
import re  # noqa: E402
import shlex  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import nbformat  # noqa: E402

from analysis.stopping import die_with, reporting_stops, stop_with_parent, stopped_by_signals  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
EXECUTED = NOTEBOOKS / "executed"

VOLATILE_NB_PAPERMILL = ("start_time", "end_time", "duration", "input_path", "output_path",
                         "environment_variables", "version", "exception")


def merge_streams(outputs: list) -> list:
    """Each run of consecutive stream outputs becomes one stdout output followed by one stderr output.

    How the kernel splits a stream into chunks, and how stdout and stderr chunks interleave (two pipes, read
    as they arrive), depends on timing; a canonical order keeps executed notebooks byte-identical."""
    merged: list = []
    run: list = []

    def flush() -> None:
        for name in ("stdout", "stderr"):
            parts = [o for o in run if o.get("name") == name]
            if parts:
                first = parts[0]
                first["text"] = "".join(o["text"] for o in parts)
                merged.append(first)
        run.clear()

    for out in outputs:
        if out.get("output_type") == "stream" and out.get("name") in ("stdout", "stderr"):
            run.append(out)
        else:
            flush()
            merged.append(out)
    flush()
    return merged


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Remove run-dependent metadata so two executions give the same bytes."""
    pm = nb.metadata.get("papermill", {})
    for key in VOLATILE_NB_PAPERMILL:
        pm.pop(key, None)
    nb.metadata.pop("widgets", None)
    li = nb.metadata.get("language_info", {})
    li.pop("version", None)
    ks = nb.metadata.get("kernelspec", {})
    ks["display_name"] = "Python 3"
    ks["name"] = "python3"
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            cell.outputs = merge_streams(cell.outputs)
    return nb


def printed_warnings(nb: nbformat.NotebookNode) -> list[str]:
    """The lines a notebook printed (stdout) starting 'WARNING: ', without that word, in order, each once: what it
    says of its input (notebook 02: a membership of exactly 0.5 given directly, a case file of another size than the
    paper's), which make's terminal should say too."""
    found: dict[str, None] = {}
    for cell in nb.cells:
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if out.get("output_type") == "stream" and out.get("name") == "stdout":
                for line in "".join(out.get("text", "")).splitlines():
                    if line.startswith("WARNING: "):
                        found[line[len("WARNING: "):]] = None
    return list(found)


def notebook_parameters(src: Path) -> list[str]:
    """Names assigned in the notebook's cell tagged `parameters`, in order (tools/param_files.py's reading, which make
    asks too)."""
    return _param_files().declared_parameters(src)


def unknown_parameters(src: Path, names: list[str]) -> str | None:
    """A message naming the parameters `src` does not declare (with the near names and the valid names), or None:
    make's message (tools/param_files.py), which make gives before any notebook runs."""
    return _param_files().unknown_parameters(src, names)


def _param_files():
    """tools/param_files.py, the sibling script whose checks make runs while it reads the Makefile."""
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)
    import param_files

    return param_files


def _check_parameters():
    """tools/check_parameters.py, the sibling script make runs before any notebook (its PARAM_CHECK)."""
    _param_files()  # puts tools/ on sys.path
    import check_parameters

    return check_parameters


def papermill_parameters(pairs: list[tuple[str, str]]) -> list[str]:
    """papermill's arguments for the -p pairs given: a value written as a YAML mapping or list ('{SYS: 1, NOR: 0}',
    '[1, 2]') as YAML (-y, in JSON, which is YAML), every other value as papermill's -p, which reads numbers,
    booleans and None and leaves the rest a string (so a mapping could not reach a notebook, e.g. 03's dir_exp).
    ValueError naming the parameter when such a value does not read as one."""
    import json

    import yaml

    out: list[str] = []
    for key, value in pairs:
        if not value.strip().startswith(("{", "[")):
            out += ["-p", key, value]
            continue
        try:
            parsed = yaml.safe_load(value)
        except yaml.YAMLError as exc:
            reason = " ".join(str(getattr(exc, "problem", "") or exc).split())
            parsed, problem = None, f" ({reason})" if reason else ""
        else:
            problem = ""
        if not isinstance(parsed, (dict, list)):
            raise ValueError(f"-p {key} {value!r}: not a YAML mapping or list{problem}; write e.g. "
                             f"-p {key} '{{SYS: 1, ORG: 0}}' (a space after each colon) or -p {key} '[1, 2]'")
        out += ["-y", json.dumps({key: parsed}, ensure_ascii=False)]
    return out


_TRACEBACK = b"Traceback (most recent call last)"
# jupyter_client's warning on every run; and ipykernel's log line when the SIGINT jupyter_client sends at every
# kernel shutdown (KernelManager.shutdown_kernel) lands while the kernel is still busy (seen under load; harmless)
_NOISE = (b"Kernel is running over TCP without encryption", b"ERROR | KeyboardInterrupt caught in kernel")


def relay(stream, out) -> None:
    """papermill's stderr to ours as it arrives (its progress bar redraws with carriage returns), up to the
    first traceback: what follows is the failure, which the one `error:` line after it states (the partial
    notebook kept for inspection holds the whole traceback). jupyter's noise (`_NOISE`) is left out."""
    quiet, pending = False, b""
    while chunk := os.read(stream.fileno(), 4096):
        if quiet:
            continue
        pending += chunk
        cut = max(pending.rfind(b"\n"), pending.rfind(b"\r")) + 1
        head, pending = pending[:cut], pending[cut:]
        for piece in re.split(rb"(?<=[\r\n])", head):
            if _TRACEBACK in piece:
                quiet = True
                break
            if piece and not any(n in piece for n in _NOISE):
                out.write(piece)
        out.flush()
    if pending and not quiet:
        out.write(pending)
        out.flush()


def papermill(cmd: list[str], env: dict, cwd: Path) -> int:
    """Run papermill with its stderr relayed (`relay`); its exit status. Ctrl-C or SIGTERM stops it, and its
    kernel, before the exception goes on (`stop`).

    papermill runs in a session of its own, so that a Ctrl-C at the terminal reaches only this runner, which then
    stops papermill and the kernel in order while the process tree is still whole."""
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=die_with(os.getpid()))
    try:
        relay(proc.stderr, sys.stderr.buffer)
        return proc.wait()
    except BaseException:
        stop(proc)
        raise


# How long an interrupted kernel gets to unwind (KeyboardInterrupt) before it is killed: long enough for a
# write in progress to remove its temporary file (analysis.qca.atomic.write_atomic), short for the user.
KERNEL_GRACE = 0.5


def stop(proc: subprocess.Popen) -> None:
    """Stop papermill and everything it started, before the caller removes the run's temporary files.

    jupyter_client starts the kernel in a session of its own, so neither the terminal's Ctrl-C nor a kill of
    papermill reaches it: left alone, it finishes its current cell (writing figures and tables after `make` has
    exited) until ipykernel notices its parent is gone. So: papermill is frozen (SIGSTOP: it sends no further cell
    and starts nothing), the kernel's process group (the kernel and its workers) is interrupted (SIGINT, so a
    file being written removes its temporary copy) and, after KERNEL_GRACE seconds, every process group of the
    tree is killed (SIGKILL) and waited for. Signals are ignored meanwhile, so a second Ctrl-C cannot cut this
    short."""
    caught = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    previous = {s: signal.signal(s, signal.SIG_IGN) for s in caught}
    try:
        try:
            os.kill(proc.pid, signal.SIGSTOP)
        except ProcessLookupError:
            pass
        tree = _descendants(proc.pid)
        own = os.getpgrp()
        kernels = {g for g in (_pgid(p) for p in tree) if g not in (None, own, proc.pid)}
        for group in kernels:
            _killpg(group, signal.SIGINT)
        if kernels:
            _wait_gone(tree, KERNEL_GRACE)
        for group in kernels | {proc.pid}:
            _killpg(group, signal.SIGKILL)
        for p in tree:  # a process that left its group (setsid) is killed by itself
            _kill(p)
        proc.kill()
        proc.wait()
        _wait_gone(tree, 5.0)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def _descendants(pid: int) -> list:
    """The processes below `pid` (psutil.Process objects, which never signal a reused pid), [] without psutil
    (a dependency of ipykernel; then only papermill's own group is killed)."""
    try:
        import psutil
    except ImportError:
        return []
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.Error:
        return []


def _pgid(p) -> int | None:
    try:
        return os.getpgid(p.pid) if p.is_running() else None
    except Exception:  # noqa: BLE001 - gone meanwhile (psutil.NoSuchProcess, ProcessLookupError)
        return None


def _killpg(group: int, sig: int) -> None:
    try:
        os.killpg(group, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _kill(p) -> None:
    try:
        p.kill()
    except Exception:  # noqa: BLE001 - already gone (psutil.NoSuchProcess)
        pass


def _wait_gone(tree: list, timeout: float) -> None:
    """Wait until every process of `tree` has exited (a zombie nobody reaps yet counts as gone: it runs no code)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = []
        for p in tree:
            try:
                if p.is_running() and p.status() != "zombie":
                    alive.append(p)
            except Exception:  # noqa: BLE001 - psutil.NoSuchProcess: gone
                pass
        if not alive:
            return
        time.sleep(0.02)


# A stand-in papermill for the tests (tests/test_pipeline_faults.py), a command run instead of `python -m papermill`:
# with the user's PYTHONPATH gone, a fake papermill package can no longer be put first on the path.
PAPERMILL_COMMAND = "COMPENDIUM_PAPERMILL"


def without_user_python_settings(environ) -> dict[str, str]:
    """A copy of `environ` without USER_PYTHON_SETTINGS."""
    return {key: value for key, value in environ.items() if key not in USER_PYTHON_SETTINGS}


# The kernel reads no per-user configuration: IPython's profile (startup scripts, ipython_kernel_config.py) and
# matplotlib's (matplotlibrc, its font cache) come from folders of the project's own, created on first use.
KERNEL_CONFIG = ROOT / "build" / "kernel-config"


def isolated_config(folder: Path | None = None) -> dict[str, str]:
    """The environment variables that point the kernel's IPython (IPYTHONDIR) and matplotlib (MPLCONFIGDIR) at
    folders below `folder`, created here.

    Read from the user's home, a startup script there (say one setting pandas' display.precision) changed every
    table a notebook prints, and a home that cannot be written (HOME=/nonexistent, a read-only home on a cluster)
    put matplotlib's warning about it, with a random temporary path, into the executed notebooks: either way the
    committed outputs were not reproduced byte for byte. matplotlib's font list is built here, before the kernel
    starts, when it is missing: built in the kernel, a build longer than five seconds (many fonts, a slow disk)
    prints 'Matplotlib is building the font cache' into the first notebook."""
    folder = folder or KERNEL_CONFIG
    env = {"IPYTHONDIR": str(folder / "ipython"), "MPLCONFIGDIR": str(folder / "matplotlib")}
    for path in env.values():
        os.makedirs(path, exist_ok=True)
    if not any(Path(env["MPLCONFIGDIR"]).glob("fontlist-*.json")):
        subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"],
                       env=dict(without_user_python_settings(os.environ), **env),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return env


def first_error(path: Path) -> str:
    """': <exception>: <message>' of the first cell that raised in an executed notebook (its last line only: the
    message the analysis code wrote for the user), or '' if none is recorded."""
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:  # noqa: BLE001 - a notebook papermill could not even write: nothing to quote
        return ""
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                message = " ".join(str(out.get("evalue", "")).split())
                return f": {out.get('ename', 'error')}: {message}" if message else f": {out.get('ename', 'error')}"
    return ""


def write_manifest(path: Path, outputs: list[str]) -> None:
    """The files a successful run wrote, one path a line (relative to the project root), and beside it their SHA-256
    (`hashes_path`: what `make verify` compares the files with), written as the outputs are
    (analysis.qca.atomic: all or nothing, with the mode a new file gets under the umask; mkstemp's alone is private,
    and another member of a group sharing the checkout could not read it)."""
    from analysis.qca.atomic import write_atomic  # loaded already: the run's rollback record (analysis.io) uses it

    listed = sorted(dict.fromkeys(outputs))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from verify_outputs import sha256_of  # the one digest make verify compares with (stdlib only)

    write_atomic(hashes_path(path), "".join(f"{sha256_of(ROOT / line)}  {line}\n" for line in listed
                                            if (ROOT / line).is_file()).encode("utf-8"))
    write_atomic(path, "".join(line + "\n" for line in listed).encode("utf-8"))


def no_longer_written(before: list[str], outputs: list[str]) -> list[str]:
    """The files the previous run listed (`before`, its manifest) that this run did not write (`outputs`) and that
    are still there: a table or figure a notebook stopped writing (a parameter changed, a cell removed) stays beside
    the new outputs and looks current."""
    now = set(outputs)
    return [path for path in dict.fromkeys(before) if path and path not in now and (ROOT / path).is_file()]


def stale_variants(before: list[str], outputs: list[str]) -> list[str]:
    """The Chinese variants (NAME_zh.EXT, drawn on demand with lang = 'zh'; git ignores them, the committed figures
    being the English ones) the previous run drew and this one did not (no_longer_written): drawn from that run's
    data, perhaps a holder's confidential matrix (README, "Running Paper A on the original case matrix"), they stayed
    beside this run's English figures after a plain `make`, and the runner removes them."""
    return [path for path in no_longer_written(before, outputs)
            if Path(path).stem.endswith("_zh") or Path(path).parent.name == "zh"]


def parameters_path(manifest: Path) -> Path:
    """Where the parameters of the run a manifest lists are kept: beside it, NAME.params, one `-p KEY VALUE` a line
    (quoted as a shell reads it), empty for a run on the defaults; `make verify` says them (tools/verify_outputs.py)."""
    return manifest.with_suffix(".params")


def write_run_parameters(manifest: Path, pairs: list[tuple[str, str]]) -> None:
    """The run's -p pairs (`parameters_path`), written as the manifest is (all or nothing)."""
    from analysis.qca.atomic import write_atomic

    write_atomic(parameters_path(manifest), "".join(shlex.join(["-p", key, value]) + "\n"
                                                    for key, value in pairs).encode("utf-8"))


def run_parameters(manifest: Path) -> str:
    """The parameters the run a manifest lists was given, as one line; '' for the defaults or no record (no run, or
    one recorded before the parameters were). Read as `make verify` reads them (verify_outputs.last_parameters)."""
    from verify_outputs import last_parameters

    return last_parameters(manifest.parent, manifest.stem)


def remove_left(path: str) -> None:
    """Remove an output the previous run wrote and this one did not, and its folder when that leaves it empty (the
    Chinese catalogue's figures/zh/): nothing of that run stays behind."""
    full = ROOT / path
    full.unlink()
    try:
        full.parent.rmdir()   # only an empty folder is removed
    except OSError:
        pass


def hashes_path(manifest: Path) -> Path:
    """Where the SHA-256 of each file a manifest lists is kept: beside it, NAME.sha256 (sha256sum's format, so
    `sha256sum -c build/stamps/NAME.sha256` checks it by hand; `make verify` reads it, tools/verify_outputs.py)."""
    return manifest.with_suffix(".sha256")


def new_file_mode() -> int:
    """The mode a new file gets under the process's umask (0644 under 022, 0664 under a group's 002, 0600 under 077):
    the executed copy and the stamp, written through mkstemp (0600), get it, as the outputs (analysis.io) and the
    manifest do. They were always 0644: under umask 077 the executed notebooks of a run on Paper A's confidential
    original matrix were readable by every user."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_stamp(path: Path, started_ns: int) -> None:
    """make's target for this notebook, dated `started_ns` (when the run started; nanoseconds), written atomically:
    an edit made during the run is then newer than the stamp, so the run that missed it does not count as built."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        os.chmod(tmp, new_file_mode())
        os.utime(tmp, ns=(started_ns, started_ns))
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def put_back_parameters(path: Path) -> None:
    """make's parameter file of a run that did not succeed gets back the one that run replaced (NAME.txt.prev, kept
    with its date by make while it read the Makefile), as the recipe's `||` does after a failure.

    Done here too because the recipe's shell does not always live to do it: SIGTERM to make alone (a CI job or
    scheduler stopping its main process, `kill` of make) reaches the shell, which dies at once (the runner stops
    after it: stop_with_parent), so the run's parameter file stayed: the outputs had been put back, yet `make -q` and
    `make verify` called the notebook out of date, with the parameters of a run that never finished."""
    prev = path.with_name(path.name + ".prev")
    try:
        os.replace(prev, path)
    except FileNotFoundError:
        pass


# make's records (the Makefile's STAMPS): a hand run whose manifest lies below them belongs to make's build
STAMPS = ROOT / "build" / "stamps"


def make_running(manifest: Path):
    """The make holding the checkout's make lock (STAMPS/.make.lock, tools/make_lock.py), unless it runs this runner:
    its process id (True when the lock names none), or None; None too for a manifest outside make's records (a
    test's, another --manifest)."""
    stamps = STAMPS.resolve()
    if not manifest.resolve().is_relative_to(stamps):
        return None
    _param_files()  # puts tools/ on sys.path
    from make_lock import other_make

    return other_make(stamps / ".make.lock")


def forget_stamp(manifest: Path, src: Path) -> None:
    """A successful run not started by make (no --stamp: the runner by hand) takes the notebook's make stamp away (beside the
    manifest, build/stamps/NAME.done), saying so: `make` then runs it again, with make's parameters, and what depends
    on it.

    Run by hand (tools/run_notebook.py 03_qca -p incl_cut 0.9), it rewrote the notebook's outputs and the record
    make verify compares them with, and left the stamp: `make` and `make -q` called everything up to date and make
    verify found every output as built, while 03's outputs were at incl_cut 0.9, build/params/ said the default, and
    notebook 04's figures still showed 03's previous run."""
    if manifest.suffix != ".outputs":
        return
    stamp = manifest.with_suffix(".done")
    if stamp.exists():
        stamp.unlink()
        print(f"note: run by hand, not by make: {src.relative_to(ROOT)} is no longer marked up to date, so the next "
              "make runs it again with make's parameters (P_ variables; none: the defaults), and the notebooks that "
              "use its outputs", file=sys.stderr, flush=True)


def _undo(folder: Path) -> tuple[int, int]:
    """Put back what the run recorded in `folder` (analysis.io.rollback) and delete the folder; (restored, removed)."""
    from analysis.io import rollback

    try:
        return rollback(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _relative(path: str) -> str:
    p = Path(path).resolve()
    return p.relative_to(ROOT).as_posix() if p.is_relative_to(ROOT) else p.as_posix()


def hold_lock(path: Path) -> int | None:
    """`path` opened and locked (flock, which the OS releases when the process ends, even killed outright), with this
    process's id written in it: its file descriptor, to be closed when done; None when another process holds it.

    One runner per notebook at a time: a second one (two `make` at once in one checkout) took the first's record of
    the files it replaced for one left by a killed run, put them back under the running notebook and deleted it."""
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, writable = os.open(path, os.O_RDWR | os.O_CREAT, 0o666), True  # the umask decides, as for the outputs
    except PermissionError:  # another member's lock file in a checkout a group shares: flock needs no write access
        fd, writable = os.open(path, os.O_RDONLY), False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    if writable:
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
    return fd


def unwritable(folders: list[Path]) -> str | None:
    """The first of `folders` (for one not made yet, the folder it would be made in) that cannot be written, said
    with the reason ('data/derived/ cannot be written (read-only file system)'), or None."""
    for folder in folders:
        path = folder.resolve()
        while not path.exists() and path != path.parent:
            path = path.parent
        if not os.access(path, os.W_OK):
            read_only = bool(os.statvfs(path).f_flag & getattr(os, "ST_RDONLY", 1))
            why = "read-only file system" if read_only else "no permission to write"
            return f"{_relative(str(path))}/ cannot be written ({why})"
    return None


def lock_holder(path: Path) -> str:
    """The process id a lock file names, if such a process runs ('' if not, or unreadable): a runner that could only
    read the file (another member's, `hold_lock`) left an earlier runner's id in it."""
    try:
        pid = path.read_text(encoding="ascii").strip()
        os.kill(int(pid), 0)
    except PermissionError:  # it runs, as another user
        return pid
    except (OSError, UnicodeDecodeError, ValueError, OverflowError):
        return ""
    return pid


def holder_make(pid: str) -> str:
    """The id of the `make` whose recipe runs runner `pid` (its parent, or the parent of the recipe's shell: only
    shells may stand between them), '' if none (a runner started by hand, or by a program that make started, such as
    pytest under `make test`) or unknown (no psutil, another user's process)."""
    try:
        import psutil

        for parent in psutil.Process(int(pid)).parents():
            name = parent.name()
            if name in ("make", "gmake"):
                return str(parent.pid)
            if name not in ("sh", "bash", "dash", "zsh", "ksh"):
                break
    except Exception:  # noqa: BLE001 - no psutil, no such process (ended meanwhile), access denied, pid ''
        pass
    return ""


class _BadArguments(Exception):
    """argparse's complaint, raised instead of its usage block and exit."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one `error:` line (main), not argparse's usage block
        raise _BadArguments(message)


def bad_arguments(message: str, argv: list[str]) -> str:
    """argparse's `message` as one line naming the problem and the expected form."""
    name = argv[0] if argv and not argv[0].startswith("-") else None
    example = (f'make P_{name}="-p NAME VALUE"' if name else 'make P_03_qca="-p incl_cut 0.9"')
    where = f" for notebooks/{name}.ipynb" if name else ""
    if message.startswith("argument -p/--parameter"):
        given = next((" ".join(argv[i:i + 2]) for i, a in enumerate(argv) if a in ("-p", "--parameter")
                      and (len(argv) < i + 3 or any(t.startswith("--") or t == "-p" for t in argv[i + 1:i + 3]))),
                     "-p")
        return f"-p needs a parameter name and a value: -p NAME VALUE, e.g. {example} (got {given!r}{where})"
    if message.startswith("unrecognized arguments: "):
        extra = message.removeprefix("unrecognized arguments: ")
        return (f"unexpected argument(s) {extra!r}{where}; parameters are given as -p NAME VALUE, e.g. {example}")
    if message.startswith("the following arguments are required"):
        return "no notebook named; usage: tools/run_notebook.py NAME [-p NAME VALUE ...], e.g. 03_qca -p incl_cut 0.9"
    return f"{message}{where}; usage: tools/run_notebook.py NAME [-p NAME VALUE ...]"


def main(argv: list[str] | None = None) -> int:
    started = time.time_ns()  # before the notebook and its inputs are read
    ap = _Parser(description=__doc__.splitlines()[0])
    ap.add_argument("name", help="notebook path below notebooks/ without .ipynb, e.g. 03_qca or workshop/qca_workshop")
    ap.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("KEY", "VALUE"),
                    help="papermill parameter (read as papermill -p reads it; a YAML mapping or list, "
                         "'{A: 1}' or '[1, 2]', as that)")
    ap.add_argument("--output-dir", default=str(EXECUTED))
    ap.add_argument("--manifest", default=None,
                    help="where to list the files written (default build/stamps/NAME.outputs)")
    ap.add_argument("--stamp", default=None,
                    help="file written on success, dated when the run started (the Makefile's target)")
    ap.add_argument("--params", default=None,
                    help="make's parameter file of this run (build/params/NAME.txt): a run that does not succeed "
                         "puts back the one it replaced (NAME.txt.prev), as make's recipe does")
    try:
        args = ap.parse_args(argv)
    except _BadArguments as bad:
        print(f"error: {bad_arguments(str(bad), sys.argv[1:] if argv is None else list(argv))}", file=sys.stderr)
        return 2

    src = NOTEBOOKS / f"{args.name}.ipynb"
    if not src.exists():
        known = sorted(p.relative_to(NOTEBOOKS).with_suffix("").as_posix() for p in NOTEBOOKS.glob("**/*.ipynb")
                       if "executed" not in p.parts)
        print(f"error: notebook {src.relative_to(ROOT)} not found; known: {', '.join(known)}", file=sys.stderr)
        return 2
    problem = unknown_parameters(src, [key for key, _ in args.parameter])
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    # a file parameter naming no CSV file in data/raw (-p case_file missing.csv): make's check (tools/param_files.py,
    # the one rule), said with the notebook's name where make names its P_ variable, before a kernel starts (the
    # notebook's own check, after its parameters cell, left a partial run)
    from analysis.paths import DATA_RAW

    problems = _param_files().file_parameter_problems(src.relative_to(ROOT).as_posix(), src,
                                       [w for key, value in args.parameter for w in ("-p", key, value)], DATA_RAW)
    if problems:
        print("\n".join(f"error: {line}" for line in problems), file=sys.stderr)
        return 2
    try:
        given_parameters = papermill_parameters([(key, value) for key, value in args.parameter])
    except ValueError as bad:
        print(f"error: {bad}", file=sys.stderr)
        return 2
    # a value the notebook's own check refuses (-p incl_cut 1.5): make's check (tools/check_parameters.py, the
    # notebook's check cell run in this process), asked before a kernel starts; the runner by hand started papermill
    # and a kernel, ran the notebook up to that cell and left a partial run (.NAME.failed.ipynb)
    if args.parameter:
        refused = _check_parameters().problem(args.name, [(key, value) for key, value in args.parameter])
        if refused:
            print(f"error: {src.relative_to(ROOT)}: {refused} (the notebook's parameter check; nothing was run)",
                  file=sys.stderr)
            return 2
    manifest = Path(args.manifest) if args.manifest else ROOT / "build" / "stamps" / f"{args.name}.outputs"
    # a read-only checkout (after make: make and make -q answer there) cannot rerun a notebook: said before anything
    # is written, not in a traceback
    blocked = unwritable([manifest.parent, Path(args.output_dir), ROOT / "data" / "derived", ROOT / "figures"])
    if blocked:
        print(f"error: cannot run {src.relative_to(ROOT)} here: {blocked}; "
              "a checkout that cannot be written can be read and checked (make -q) but not rerun: run make in a "
              "writable copy (git clone)", file=sys.stderr)
        return 2
    running = None if args.stamp else make_running(manifest)
    if running:
        who = f" (process {running})" if running is not True else ""
        stop = f"stop it (kill {running})" if running is not True else "stop it"
        print(f"error: a make{who} is running in this checkout: {src.relative_to(ROOT)} run by hand beside it would "
              "rewrite outputs the notebooks make runs next read, and take away the stamp make writes; wait for it to "
              f"end, or {stop}, then run it again; nothing was run", file=sys.stderr)
        return 1
    lock_file = manifest.parent / f".{args.name.replace('/', '__')}.lock"
    lock = hold_lock(lock_file)
    if lock is None:
        holder = lock_holder(lock_file)
        make = holder_make(holder)
        if make:  # stopping the runner alone stops no `make -k`: it goes on with its next notebook
            print(f"error: {src.relative_to(ROOT)} is being run by another runner (process {holder}, started by make "
                  f"process {make}) in this checkout; wait for that make to end, or stop it (kill {make}), then run "
                  "make again", file=sys.stderr)
            return 1
        by = f" (process {holder})" if holder else ""
        print(f"error: {src.relative_to(ROOT)} is being run by another runner{by} in this checkout (a second make?); "
              "wait for it to end, or stop it, then run make again", file=sys.stderr)
        return 1
    code = 1
    try:
        code = _run(args, src, manifest, given_parameters, started)
        return code
    finally:
        os.close(lock)
        if code != 0 and args.params:   # failed, or stopped (Ctrl-C, SIGTERM, SIGHUP: raised through here)
            put_back_parameters(Path(args.params))


def _run(args: argparse.Namespace, src: Path, manifest: Path, given_parameters: list[str], started: int) -> int:
    """main's run of the notebook, while it holds the notebook's lock."""
    out_dir = Path(args.output_dir) / Path(args.name).parent
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / src.name
    config = isolated_config()
    for stale in out_dir.glob(f".{src.stem}.*.ipynb"):  # left by an interrupted run
        stale.unlink()
    fd, tmp = tempfile.mkstemp(prefix=f".{src.stem}.", suffix=".ipynb", dir=out_dir)
    os.close(fd)
    stand_in = os.environ.get(PAPERMILL_COMMAND)
    cmd = (shlex.split(stand_in) if stand_in else [sys.executable, "-m", "papermill"]) + [
        str(src), tmp, "--cwd", str(NOTEBOOKS), "-k", "python3", "--progress-bar", "--no-log-output"]
    cmd += given_parameters
    fd, log = tempfile.mkstemp(prefix=f"{src.stem}.", suffix=".outputs.log")
    os.close(fd)
    # beside the manifest (on the project's file system, for hard links); one left by a runner killed outright
    # (SIGKILL) is that run's: undone first
    # (absolute: the kernel runs in notebooks/, and make passes a manifest relative to the project root)
    backup = (manifest.parent / f".{args.name.replace('/', '__')}.rollback").resolve()
    if backup.exists():
        _undo(backup)
    backup.mkdir(parents=True)
    env = dict(without_user_python_settings(os.environ), PYTHONHASHSEED="0", MPLBACKEND="Agg", TZ="UTC",
               SOURCE_DATE_EPOCH="0", COMPENDIUM_OUTPUT_LOG=log, COMPENDIUM_ROLLBACK=str(backup), **config)
    given = " ".join(f"-p {key} {value}" for key, value in args.parameter)
    print(f"==> running {src.relative_to(ROOT)}" + (f" with {given}" if given else ""), flush=True)
    # papermill, in its own session, no longer gets the terminal's hangup; the process's own handlers are put back
    # at the end (main() run inside another program, e.g. the tests, must not leave processes it forks later
    # raising Stopped on a SIGTERM: joblib's multiprocessing pool stops its workers so)
    with stopped_by_signals():
        succeeded = False
        try:
            if papermill(cmd, env, NOTEBOOKS) != 0:
                failed = out_dir / f".{src.stem}.failed.ipynb"
                os.replace(tmp, failed)
                restored, removed = _undo(backup)
                undone = (f"; the {restored + removed} file(s) it wrote are put back as they were"
                          if restored + removed else "")
                print(f"error: {src.relative_to(ROOT)} failed{first_error(failed)}; the partial run is kept at "
                      f"{_relative(failed)} for inspection until the next make{undone}", file=sys.stderr)
                return 1
            if not args.stamp:   # (a failed or stopped run puts back what it wrote: make's stamp stays true)
                forget_stamp(manifest, src)
            nb = clean(nbformat.read(tmp, as_version=4))
            nbformat.write(nb, tmp)
            os.chmod(tmp, new_file_mode())
            from analysis.io import remember
            remember(final.resolve(), backup)  # put back too if the run is stopped before its stamp is written
            os.replace(tmp, final)
            written = Path(log).read_text(encoding="utf-8").splitlines()
            before = manifest.read_text(encoding="utf-8").splitlines() if manifest.is_file() else []
            previous = run_parameters(manifest) if before else None
            outputs = [_relative(final)] + [_relative(w) for w in written if w]
            # put back with the outputs if stopped while written
            for record in (manifest, hashes_path(manifest), parameters_path(manifest)):
                remember(record.resolve(), backup)
            write_manifest(manifest, outputs)
            write_run_parameters(manifest, [(key, value) for key, value in args.parameter])
            succeeded = True
            if given_parameters:   # a run on the defaults warns of the reconstruction only, in the committed copy
                for line in printed_warnings(nb):
                    print(f"warning: {src.relative_to(ROOT)} printed: {line}", file=sys.stderr)
            stale = stale_variants(before, outputs)
            for path in stale:
                remove_left(path)
                print(f"note: removed {path}: the Chinese variant the previous run of {src.relative_to(ROOT)} drew, "
                      "from that run's data; this run did not draw it (-p lang zh draws the Chinese variants)", file=sys.stderr)
            # a run on other parameters than the previous one's (either of them given any): a file that run wrote and
            # this one did not (nor kept: analysis.io.keep_output) holds that run's data beside this run's outputs,
            # e.g. figures/zh/index.csv of a run with -p lang zh after the plain make: removed, so that what stays is
            # this run's, and the next plain make leaves the default build alone (a default output removed so is
            # written back by it; git status shows it gone meanwhile)
            other_run = [p for p in no_longer_written(before, outputs) if p not in stale] \
                if args.parameter or previous else []
            for path in other_run:
                remove_left(path)
                print(f"note: removed {path}: written by the previous run of {src.relative_to(ROOT)} "
                      f"({previous or 'on the defaults'}) but not by this one ({run_parameters(manifest) or 'on the defaults'}): it held "
                      "that run's data, not this run's", file=sys.stderr)
            for path in (p for p in no_longer_written(before, outputs) if p not in stale and p not in other_run):
                print(f"note: {path} was written by the previous run of {src.relative_to(ROOT)} but not by this one: "
                      "it holds the previous run's data (its case file and parameters), not this run's; it is left as "
                      "it was, and `make verify` calls it stray; delete it if nothing needs it", file=sys.stderr)
            # the backups go before the stamp: a runner killed between the two leaves the stamp old (the notebook
            # reruns), never a stamp beside backups that a later run would restore over this good run's outputs
            shutil.rmtree(backup, ignore_errors=True)
            if args.stamp:
                write_stamp(Path(args.stamp), started)
        finally:
            if backup.exists():
                if succeeded:
                    shutil.rmtree(backup, ignore_errors=True)
                else:  # interrupted (Ctrl-C, SIGTERM; the kernel is stopped by now) or the runner's own failure
                    _undo(backup)
            for left in (tmp, log):
                if os.path.exists(left):
                    os.unlink(left)
    print(f"    wrote {_relative(final)}", flush=True)
    return 0


def cli(argv: list[str] | None = None) -> int:
    """`main`, with Ctrl-C (exit 130), SIGTERM (exit 143) and SIGHUP (exit 129) reported in one line, not a
    traceback: the kernel is stopped, nothing half-written is kept, and the stamp is not touched, so the next
    `make` reruns the notebook."""
    args = sys.argv[1:] if argv is None else argv
    name = f"notebooks/{args[0]}.ipynb" if args and not args[0].startswith("-") else "the notebook"
    tail = f"{name} was not run to the end and its outputs are not marked up to date"
    return reporting_stops(lambda: main(argv), tail)

if __name__ == "__main__":
    stop_with_parent()
    sys.exit(cli())

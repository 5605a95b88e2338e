"""The command line names itself as it was run: the installed console script `qca` says 'qca', `python -m
analysis.qca` says 'python -m analysis.qca'."""
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.qca.cli import main

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).parent / ("qca.exe" if sys.platform == "win32" else "qca")


def _run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300)


def _main_here(capsys, monkeypatch, argv0, args, *, with_argv=False):
    """main() run in this process as `python -c "import sys; sys.argv[0] = argv0; ...; sys.exit(main())"` runs it
    (main(sys.argv[1:]) when with_argv): sys.argv as that process has it, the exit status sys.exit() would give (the
    value main returns, or the SystemExit argparse raises for --version and --help), and what it printed. Each of
    these ran a Python of its own, importing the engine again (about 0.8 s of CPU each, 9 of them); the process's
    own name is checked where it matters, the console script and `python -m analysis.qca`, which still run one."""
    monkeypatch.setattr(sys, "argv", [argv0, *args])
    capsys.readouterr()
    try:
        code = main(sys.argv[1:]) if with_argv else main()
    except SystemExit as stop:
        code = stop.code
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(sys.argv, code, out, err)


def _said(proc, name):
    """--version, a command's usage line and the help hint of a command that is none, as `name` printed them."""
    version, usage, hint = proc
    assert version.returncode == 0 and version.stdout.strip().startswith(f"{name} "), version.stdout + version.stderr
    assert usage.returncode == 0 and usage.stdout.startswith(f"usage: {name} minimize "), usage.stdout[:200]
    assert hint.returncode == 2, hint.stderr
    assert hint.stderr.rstrip().endswith(f"for help: {name} --help (the commands), or {name} COMMAND --help"), \
        hint.stderr
    if name != "python -m analysis.qca":
        assert "analysis.qca" not in version.stdout + usage.stdout + hint.stderr


CALLS = (["--version"], ["minimize", "--help"], ["help"])


@pytest.mark.skipif(not SCRIPT.exists(), reason="the project is not installed with its console script")
def test_the_installed_console_script_names_itself_qca():
    """`qca --version` printed 'python -m analysis.qca 0.2.0' and every usage line 'usage: python -m analysis.qca
    ...': a user who typed `qca` was told to type another command."""
    _said([_run([str(SCRIPT), *c]) for c in CALLS], "qca")


def test_main_run_as_the_console_script_names_itself_qca(capsys, monkeypatch):
    """The same through main() itself, run as the console script runs it (sys.argv[0] names the script; on Windows
    qca.exe)."""
    for script in ("/usr/local/bin/qca", "qca.exe"):
        _said([_main_here(capsys, monkeypatch, script, c) for c in CALLS], "qca")


def test_the_module_and_main_with_arguments_keep_the_module_name(capsys, monkeypatch):
    """`python -m analysis.qca` and main(argv) (a test's or a notebook's call) say 'python -m analysis.qca'."""
    _said([_run([sys.executable, "-m", "analysis.qca", *c]) for c in CALLS], "python -m analysis.qca")
    _said([_main_here(capsys, monkeypatch, "qca", c, with_argv=True) for c in CALLS], "python -m analysis.qca")

"""The command line names itself as it was run: the installed console script `qca` says 'qca', `python -m
analysis.qca` says 'python -m analysis.qca'."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).parent / ("qca.exe" if sys.platform == "win32" else "qca")


def _run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300)


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


def test_main_run_as_the_console_script_names_itself_qca():
    """The same through main() itself, run as the console script runs it (sys.argv[0] names the script; on Windows
    qca.exe)."""
    for script in ("/usr/local/bin/qca", "qca.exe"):
        code = f"import sys; sys.argv[0] = {script!r}; from analysis.qca.cli import main; sys.exit(main())"
        _said([_run([sys.executable, "-c", code, *c]) for c in CALLS], "qca")


def test_the_module_and_main_with_arguments_keep_the_module_name():
    """`python -m analysis.qca` and main(argv) (a test's or a notebook's call) say 'python -m analysis.qca'."""
    _said([_run([sys.executable, "-m", "analysis.qca", *c]) for c in CALLS], "python -m analysis.qca")
    code = ("import sys; sys.argv[0] = 'qca'; from analysis.qca.cli import main; "
            "sys.exit(main(sys.argv[1:]))")
    _said([_run([sys.executable, "-c", code, *c]) for c in CALLS], "python -m analysis.qca")

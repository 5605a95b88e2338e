"""The engine's command line run in this process, as the CLI tests read it: (exit status, stdout, stderr)."""
from __future__ import annotations

from analysis.qca.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err

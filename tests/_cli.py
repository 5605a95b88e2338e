"""The engine's command line run in this process, as the CLI tests read it: (exit status, stdout, stderr)."""
from __future__ import annotations

from analysis.qca.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_spec(capsys, tmp_path, command: str, text: str):
    """`calibrate` or `robustness` run on Lipset's data with a --spec file holding `text` (robustness: after the
    analysis's outcome, conditions and incl_cut; recalibrating from LR's raw values): (exit status, stdout, stderr)."""
    from analysis.paths import ROOT

    lr, lf = ROOT / "data/reference/datasets/LR.csv", ROOT / "data/reference/datasets/LF.csv"
    spec = tmp_path / "spec.yaml"
    head = "" if command == "calibrate" else "outcome: SURV\nconditions: [DEV, URB, LIT, IND, STB]\nincl_cut: 0.8\n"
    spec.write_text(head + text, encoding="utf-8")
    argv = ([command, str(lr), "--spec", str(spec), "--keep", "URB,LIT,IND,STB,SURV"] if command == "calibrate" else
            [command, str(lf), "--spec", str(spec), "--raw", str(lr)])
    return run(capsys, *argv)

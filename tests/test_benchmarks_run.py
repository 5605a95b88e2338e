"""benchmarks/run.py, run as benchmarks/README.md shows it."""
from __future__ import annotations

from _scripts import load_script


def _run_module():
    return load_script("benchmarks/run.py", "bench_run")


def test_a_partial_run_leaves_the_full_record_alone(tmp_path, monkeypatch, capsys):
    """benchmarks/README.md shows `run.py --only k16,planted` and `--reps 1 --timeout 240 --no-cli` as ways to run
    it directly. Such a run replaced benchmarks/results/latest.{csv,md}, the full run's record that README.md quotes
    and links to (and the book shows), with a table of one file. A partial run now writes build/bench/."""
    run = _run_module()
    monkeypatch.setattr(run, "RESULTS", tmp_path / "results")
    monkeypatch.setattr(run, "PARTIAL", tmp_path / "partial", raising=False)
    assert run.main(["--only", "k10_n40", "--reps", "1", "--no-cli", "--timeout", "60"]) == 0
    assert not (tmp_path / "results").exists()
    written = (tmp_path / "partial" / "latest.md").read_text(encoding="utf-8")
    assert "k10_n40.csv" in written
    assert "left as it is" in capsys.readouterr().err


def test_every_option_states_its_default(capsys):
    """`run.py --help` said of --budget only 'stop repeating the API once a file used this long': no unit and no
    default (20 s, after which a file gets fewer than --reps runs). Every option with a value gives its default."""
    import pytest

    run = _run_module()
    with pytest.raises(SystemExit):
        run.main(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    order = ["--timeout", "--reps", "--budget", "--only", "--no-cli", "--cli-only", "--jobs", "--rerender"]
    starts = [text.index(f"{f} {f[2:].upper().replace('-', '_')} " if f not in ("--no-cli", "--rerender")
                         else f"{f} ", text.index("options:")) for f in order]
    for flag, a, b in zip(order, starts, starts[1:]):
        if flag not in ("--only", "--no-cli"):
            assert "default" in text[a:b], (flag, text[a:b])
    budget = text[text.index("--budget BUDGET "):text.index("--only ONLY ")]
    assert "seconds" in budget and "default 20" in budget, budget

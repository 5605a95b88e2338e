"""CI runs exactly the README's test command: .ci/run's one command that runs tests is `make test`, and what it
does before (installing a CJK font so that two tests run instead of skipping) cannot stop CI."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_exactly_the_readme_test_command():
    lines = [ln.strip() for ln in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    assert lines[-1] == "make test"
    assert [ln for ln in lines if "make" in ln.split()] == ["make test"]
    assert "make test   # unit tests" in (ROOT / "README.md").read_text(encoding="utf-8")
    font = next(ln for ln in lines if "install_browser.sh" in ln)
    assert "INSTALL_CJK_FONTS=1" in font and "|| " in font  # a failed font install warns and goes on

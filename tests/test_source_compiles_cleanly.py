"""The project's Python compiles without warnings: an invalid escape in a docstring ('\\]' in a regex quoted in
text) is a DeprecationWarning on Python 3.11, a SyntaxWarning from 3.12 and an error in a later Python; pytest
printed it in every run's summary, where nobody reads it (round 39 found one in analysis/qca/minimize.py)."""
from __future__ import annotations

import warnings

import pytest

from analysis.paths import ROOT

SOURCES = sorted(p for d in ("analysis", "tools", "benchmarks", "tests") for p in (ROOT / d).rglob("*.py")) + [
    ROOT / "conftest.py"]


def compile_warnings(text: str, name: str) -> list[str]:
    """The warnings Python gives compiling `text` (invalid escapes, 'is' with a literal, ...)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(text, name, "exec")
    return [f"{w.lineno}: {w.message}" for w in caught]


def test_the_check_finds_an_invalid_escape():
    assert compile_warnings('"""a regex \'[\\]}]\' quoted"""\n', "x.py")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_source_compiles_without_warnings(path):
    assert compile_warnings(path.read_text(encoding="utf-8"), str(path)) == []

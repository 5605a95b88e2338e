"""Text files are read and written as UTF-8 whatever the locale: without `encoding=`, Python uses the locale's
encoding, and under a GBK/GB18030 locale (common on Chinese systems) the project's UTF-8 files (Chinese titles in
the corpus, the description in pyproject.toml) would be misread or fail to decode."""
from __future__ import annotations

import ast

import pytest

from analysis.paths import ROOT

# the code `make`, `make report` and `make bench` run (the tests read the project files through it)
SOURCES = sorted(p for d in ("analysis", "tools", "benchmarks") for p in (ROOT / d).rglob("*.py")) + [
    ROOT / "conftest.py"]


def _text_io_without_encoding(tree: ast.AST) -> list[int]:
    """Lines of calls that open, read or write text with the locale's encoding: `open(...)` / `x.open(...)` in
    a text mode, `x.read_text()`, `x.write_text(...)`, `os.fdopen(...)` in a text mode, none with `encoding=`."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in ("open", "fdopen", "read_text", "write_text"):
            continue
        if any(k.arg == "encoding" for k in node.keywords):
            continue
        if name in ("open", "fdopen"):
            if isinstance(node.func, ast.Attribute) and name == "open" and getattr(node.func.value, "id", "") in (
                    "tarfile", "zipfile", "gzip", "webbrowser", "urllib"):
                continue
            pos = 0 if (isinstance(node.func, ast.Attribute) and node.func.attr == "open"
                        and getattr(node.func.value, "id", "") != "io") else 1
            mode = next((k.value for k in node.keywords if k.arg == "mode"), None)
            if mode is None and len(node.args) > pos:
                mode = node.args[pos]
            if isinstance(mode, ast.Constant) and isinstance(mode.value, str) and "b" in mode.value:
                continue
            if mode is not None and not isinstance(mode, ast.Constant):
                continue  # a mode computed at run time: not judged here
        lines.append(node.lineno)
    return lines


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_text_io_names_its_encoding(path):
    found = _text_io_without_encoding(ast.parse(path.read_text(encoding="utf-8")))
    assert not found, f"{path.relative_to(ROOT)}: text I/O without encoding='utf-8' on line(s) {found}"

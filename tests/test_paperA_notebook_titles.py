"""The five notebooks' titles in one order and with one separator: '# NN · English / 中文'.

Notebooks 00, 01 and 04 put the Chinese first ('# 00 · 方法验证 Method validation ...', '# 01 · 医防融合政策演进 — Paper
B's claims ...'), 02 and 03 the English first with ' / ' before the Chinese, as every section heading of 02 and 03 is
written ('## Reporting checklist / 报告清单'); the book's page titles and sidebar are these headings. Now all five are
English first, ' / ', then Chinese, in the sources and in the executed copies the book shows."""
from __future__ import annotations

import json
import re

import pytest

from analysis.paths import ROOT

NOTEBOOKS = ("00_method_validation", "01_policy_evolution", "02_case_calibration", "03_qca", "04_figures")
HAN = "\u4e00-\u9fff"
TITLE = re.compile(rf"# (?P<number>\d\d) · (?P<en>[^{HAN}/]*[A-Za-z][^{HAN}/]*) / (?P<zh>[{HAN}][^/]*)")


def _title(path) -> str:
    cell = json.loads(path.read_text(encoding="utf-8"))["cells"][0]
    assert cell["cell_type"] == "markdown", path
    return "".join(cell["source"]).splitlines()[0]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_each_notebook_title_is_english_then_chinese_after_one_separator(name):
    for path in (ROOT / "notebooks" / f"{name}.ipynb", ROOT / "notebooks" / "executed" / f"{name}.ipynb"):
        title = _title(path)
        m = TITLE.fullmatch(title)
        assert m, f"{path}: {title!r} is not '# NN · English / 中文'"
        assert m["number"] == name[:2], title
        assert re.search(f"[{HAN}]", m["zh"]) and not re.search(f"[{HAN}]", m["en"]), title

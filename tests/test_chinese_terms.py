"""The Chinese QCA vocabulary a reader meets is one word per concept across the README, the data dictionary, the
notebooks (every markdown cell and string), the figure captions and the claims: a teacher moving from the workshop to
notebook 03 or the figure index must not meet two words for one thing. The workshop called the configuration chart
构型图 where notebook 03, the figure captions and the README say 组态图 (configuration: 组态, as in every table of the
book), and Paper A's reconstructed data 重构数据 in the same paragraph as 重建的案例, where every other page says
重建数据 (重构 is also a word of Paper B's practice models, 重构型, which is not a variant). Notebooks 02 and 03 called the
compendium 本复现 ('this reproduction') in the very sentences saying its data are a reconstruction, not the paper's,
where the README, the figure captions and the other notebooks say 本项目: neither paper is reproduced."""
from __future__ import annotations

import json

import pytest

from analysis.paths import ROOT

# a variant the book must not use -> the compendium's word for the same concept
VARIANTS = {
    "构型图": "组态图",       # configuration chart (Fiss 2011): 组态 = configuration throughout
    "重构数据": "重建数据",   # Paper A's reconstruction (README, notebooks 02-04, figure captions)
    "重构的案例": "重建的案例",
    "重构案例": "重建案例",
    "保守解": "复杂解",       # the conservative solution: 复杂解 in the workshop, the figures and Paper A's tables
    "本复现": "本项目",       # the compendium itself: it checks the papers, it does not reproduce them
}


def _texts() -> list[tuple[str, str]]:
    """(name, text) of every source of prose a reader of the book or the repository meets."""
    out = [(p.relative_to(ROOT).as_posix(), p.read_text(encoding="utf-8"))
           for p in [ROOT / "README.md", ROOT / "data" / "README.md", *sorted((ROOT / "analysis").rglob("*.py"))]]
    for path in sorted((ROOT / "notebooks").glob("**/*.ipynb")):
        if "executed" in path.parts:
            continue
        nb = json.loads(path.read_text(encoding="utf-8"))
        for i, cell in enumerate(nb["cells"]):
            out.append((f"{path.relative_to(ROOT).as_posix()} cell {i}", "".join(cell["source"])))
    return out


def test_there_is_text_to_check():
    names = [n for n, _ in _texts()]
    assert any("qca_workshop.ipynb" in n for n in names) and "README.md" in names


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_one_chinese_word_per_concept(variant):
    found = [name for name, text in _texts() if variant in text]
    assert not found, f"{variant!r} (say {VARIANTS[variant]!r}, as the rest of the book does) in: {found}"
    assert any(VARIANTS[variant] in text for _, text in _texts()), f"{VARIANTS[variant]!r} is used nowhere"

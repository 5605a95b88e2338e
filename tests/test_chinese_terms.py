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
import re

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
    # the case types of the solution (Schneider & Rohlfing): the workshop's step 10 named them 偏离一致性, 偏离覆盖 and
    # 个别无关 where the XY figure, its caption and notebook 03 say 一致性偏离, 覆盖度偏离 and 个体无关
    "偏离一致性": "一致性偏离",
    "偏离覆盖": "覆盖度偏离",
    "个别无关": "个体无关",
    # the parameters of fit of necessity: the workshop said 必要一致性 / 必要覆盖度 / 必要性相关度 where Paper A's ledger
    # (A7) and notebook 03 say 必要性一致性 and 相关性 (RoN, relevance of necessity)
    "必要一致性": "必要性一致性",
    "必要覆盖度": "必要性覆盖度",
    "相关度": "相关性",
    # a blank cell of a configuration chart is a condition that may be present or absent (Fiss 2011's "don't care"),
    # as the chart's own legend says; the workshop called it 该条件无关 (irrelevant), which it is not
    "该条件无关": "可存在可缺失",
    # the claims ledger: 论断核对表 in notebook 01, the README and the figure captions; notebook 03 and the workshop
    # called it 结论核对(表), the word the abstracts use for their conclusions (结论), which the ledger does not check
    "结论核对": "论断核对",
    "路径结论": "路径论断",   # the path claims (A1-A3) of the robustness verdict and notebook 03
    "每条结论": "每条论断",
    "下的结论对照": "下的论断对照",
    # Paper A's own case data: 原文数据 / 原文案例数据 (the README, notebook 02, the data warning); the figure captions,
    # the figure titles' tag and the workshop said 原始(案例)数据, the workshop's word for the raw, uncalibrated data
    # of its step 1 (第 1 步 原始数据); a holder may still write 原始 in the status column (cases.STATUS_MEANT)
    "原始案例数据": "原文案例数据",
    "与原始案例": "与原文案例",
    "原始数据者": "原文案例数据者",
    # a truth-table row whose cases disagree on the outcome: 矛盾行 in notebook 03 and the truth-table figure's legend;
    # the workshop called it 矛盾组态 (step 4's counts, step 8, the wrap-up). 组态 stays where a configuration is meant
    "矛盾组态": "矛盾行",
    # an easy counterfactual (Ragin 2008): 简单反事实, beside 困难反事实, in notebook 03, as in Chinese QCA texts (the
    # engine's Chinese notes say 困难反事实); the workshop said 容易反事实 (step 5, exercise 3)
    "容易反事实": "简单反事实",
    # model ambiguity (several minimal models): 模型歧义 in notebook 03, good_practice's row and the engine's Chinese
    # notes; the workshop's step 5 said 模型多样性
    "模型多样性": "模型歧义",
    # a model's solution consistency and coverage: 总体一致性 / 总体覆盖度 in the configuration chart (its labels and
    # caption); the workshop's step 7 printed 解的一致性 / 解的覆盖度 under the same chart
    "解的一致性": "总体一致性",
    "解的覆盖度": "总体覆盖度",
}


def _texts() -> list[tuple[str, str]]:
    """(name, text) of every source of prose a reader of the book or the repository meets."""
    out = [(p.relative_to(ROOT).as_posix(), p.read_text(encoding="utf-8"))
           for p in [ROOT / "README.md", ROOT / "data" / "README.md", *sorted((ROOT / "docs").glob("*.md")),
                     *sorted((ROOT / "analysis").rglob("*.py"))]]
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


def test_the_rainbow_codes_of_paper_b_carry_paper_a_s_chinese_names():
    """Paper B's codebook has a family `rainbow`: 'the six dimensions of the Rainbow Model ... They are Paper A's six
    integration conditions' (data/README.md; the model x Rainbow figure says 即论文A的六个整合条件). Its Chinese labels
    are drawn on the Chinese figures beside Paper A's, but rainbow.system was labelled 制度整合 where Paper A (its
    abstract, notebook 02, every Paper A figure) says 系统整合: two words for one condition. Each rainbow code's
    label_zh is now the Chinese name of the Paper A condition it is (the English label names the same one)."""
    from analysis.paper_a import cases as C
    from analysis.paper_b import codebook as cb

    book = cb.load_codebook().table.set_index("code")
    rainbow = book[book["family"] == "rainbow"]
    conditions = C.conditions_frame()
    assert len(rainbow) == len(conditions) == 6
    for cond in conditions.itertuples(index=False):
        code = next(c for c in rainbow.index if rainbow.loc[c, "label_en"].startswith(cond.en.split()[0]))
        assert rainbow.loc[code, "label_zh"] == cond.zh, (code, rainbow.loc[code, "label_zh"], cond.condition, cond.zh)


def _cell_with(notebook: str, heading: str) -> str:
    nb = json.loads((ROOT / "notebooks" / notebook).read_text(encoding="utf-8"))
    return next("".join(c["source"]) for c in nb["cells"]
                if c["cell_type"] == "markdown" and "".join(c["source"]).startswith(heading))


def test_notebook_03s_chinese_summaries_say_what_the_english_says():
    """Notebook 03's Chinese lines had fallen behind its English: the configuration section said 每个模型单独列出
    (each model listed on its own) where the English says one column group per model *and set of core conditions*,
    a model appearing in several groups when its pairs give it different cores; the deviant-cases section gave in
    Chinese only the comparative pairs, not the case typology the English starts with."""
    paths = _cell_with("03_qca.ipynb", "## Configuration paths of every model")
    assert "每个模型单独列出" not in paths and "列组" in paths and "多个列组" in paths, paths
    deviant = _cell_with("03_qca.ipynb", "## Deviant cases")
    for word in ("典型", "一致性偏离", "覆盖度偏离", "无关", "每个模型"):
        assert word in deviant.split("Schneider & Rohlfing 2016")[-1], word


def test_the_robustness_verdict_s_chinese_line_keeps_the_english_hedges():
    """Notebook 03's robustness verdict ends with one Chinese line for the English lines above it. It dropped two of
    them: which sweeps can change the truth table at all (only the powerless ones were named), and the hedge 'fragile
    only through them: A3' (a claim fragile only because a setting has no sufficient configuration, where no path
    claim can hold): a Chinese reader was told A3 is fragile, full stop. Read from the derived robustness tables."""
    import re

    import pandas as pd

    from analysis.paper_a import robustness as R
    from _paperA_outputs import skip_unless_reconstruction
    from analysis.paths import DATA_DERIVED

    skip_unless_reconstruction("the reconstruction's robustness verdict")
    # the default test set no longer holds n_cut = 2 (it keeps 3 of 15 cases: no plausible alternative), the setting
    # without a solution the hedge is about: a test set with it, on the reconstruction's memberships
    crisp = pd.read_csv(DATA_DERIVED / "paperA" / "calibrated_crisp.csv", index_col="case").drop(columns="data_source")
    specs = R.test_set(crisp, incl_cuts=(0.9,), n_cuts=(2,), case_removal=False)
    settings, _ = R.run_test_set(specs, crisp, dir_exp={c: 1 for c in R.CONDITION_NAMES})
    table, power = R.claim_robustness(settings), R.sweep_power(settings)
    text = R.robustness_verdict(table, power, settings)
    zh = text.splitlines()[-1]
    only = re.search(r"fragile only through them: ([^.]*)\.", text)
    assert only, "no claim fragile only through a setting without a solution"
    assert f"仅因这些设定而脆弱：{'、'.join(only.group(1).split(', '))}" in zh, zh
    powered = power.loc[power["has_power"], "sweep"]
    assert f"可改变真值表的扫描：{'、'.join(R.SWEEP_LABELS_ZH[s] for s in powered)}" in zh, zh


# A half-width , ; : or ( ) inside Chinese prose: after or before a Chinese character (or the full-width marks that
# end a Chinese phrase). Chinese sentences take the full-width forms ，；：（）, as the figure captions, the workshop
# and notebooks 00 and 04 write them.
_HALF_WIDTH_IN_CHINESE = re.compile(r"[\u4e00-\u9fff、“”）》][,;:]|[,;:] ?[\u4e00-\u9fff（“]"
                                    r"|[\u4e00-\u9fff]\(|\([\u4e00-\u9fff]|[\u4e00-\u9fff]\)|\)[\u4e00-\u9fff]")


def _half_width(text: str) -> list[str]:
    return [text[max(m.start() - 6, 0):m.end() + 6] for m in _HALF_WIDTH_IN_CHINESE.finditer(text)]


def _chinese_outputs() -> list[tuple[str, str]]:
    """(name, text) of every Chinese sentence the analysis writes for a reader: the ledgers' claims and headlines,
    Paper A's data warning, calibration rule, figure titles and robustness verdict."""
    import pandas as pd

    from analysis.claims import headline_zh
    from analysis.paper_a import cases as C
    from analysis.paper_a import robustness as R
    from analysis.paths import DATA_DERIVED

    out = []
    for paper in ("paperA", "paperB"):
        table = pd.read_csv(DATA_DERIVED / paper / "claims.csv", keep_default_na=False)
        out += [(f"{paper} {r.claim_id} claim_zh", r.claim_zh) for r in table.itertuples()]
        out += [(f"{paper} headline_zh", headline_zh(table))]
    for source in ("reconstruction", "mixed"):
        out.append((f"source_warning({source!r})", C.source_warning(source).splitlines()[-1]))
    for source in C.DATA_SOURCES:
        out += [(f"figure_title({figure!r}, {source!r}, 'zh')", C.figure_title(figure, source, "zh", outcome="EFF"))
                for figure in C.FIGURE_TITLES]
    codebook = C.load_codebook()
    for form in ("indicators", "memberships"):
        out.append((f"calibration_rule(form={form!r})", C.calibration_rule(codebook, form=form).splitlines()[-1]))
    table = pd.read_csv(DATA_DERIVED / "paperA" / "robustness.csv", keep_default_na=False)
    power = pd.read_csv(DATA_DERIVED / "paperA" / "robustness_power.csv")
    settings = pd.read_csv(DATA_DERIVED / "paperA" / "robustness_settings.csv", keep_default_na=False)
    out.append(("robustness_verdict's Chinese line", R.robustness_verdict(table, power, settings).splitlines()[-1]))
    return out


def test_there_are_chinese_outputs_to_check():
    names = [n for n, _ in _chinese_outputs()]
    assert "calibration_rule(form='indicators')" in names and "paperB B15-P1 claim_zh" in names, names


def test_chinese_sentences_use_full_width_punctuation():
    """The ledgers' Chinese claims and headlines, Paper A's data warning and calibration rule and the robustness
    verdict wrote half-width punctuation in Chinese sentences ('注意: 以下为本项目的重建数据, 并非原文数据;',
    '(本项目读作: ...)'), beside figure captions and workshop messages in full-width ('（数据：本项目的重建数据，并非
    原文数据）'): one compendium, two typographies, the half-width one a tell of machine-made text to a Chinese
    reader. Every such sentence now uses ，；：（）."""
    found = [(name, _half_width(text)) for name, text in _chinese_outputs() if _half_width(text)]
    assert not found, "\n".join(f"{name}: {bits}" for name, bits in found)


def test_the_notebooks_chinese_lines_use_full_width_punctuation():
    """Notebooks 02 and 03 wrote their Chinese explanations with half-width punctuation ('本笔记本将指标转换为集合
    隶属度: 清晰集(原文设计)为主, 模糊集为稳健性检验的变体。'), where notebooks 00 and 04 and the workshop write
    ，；：（）. Checked on every markdown line that is mostly Chinese (a reference in GB/T 7714 style, '**Paper A**:
    胡美丽, 张倩, ...', keeps its commas)."""
    cjk, latin = re.compile(r"[\u4e00-\u9fff]"), re.compile(r"[A-Za-z]")
    found = []
    for path in sorted((ROOT / "notebooks").glob("**/*.ipynb")):
        if "executed" in path.parts:
            continue
        for i, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"]):
            if cell["cell_type"] != "markdown":
                continue
            for line in "".join(cell["source"]).splitlines():
                if line.startswith("**Paper A**") or len(cjk.findall(line)) < max(len(latin.findall(line)), 1):
                    continue
                if _half_width(line):
                    found.append(f"{path.name} cell {i}: {_half_width(line)}")
    assert not found, "\n".join(found)


def test_the_chinese_labels_of_the_figures_use_full_width_punctuation():
    """The Chinese titles and legends of the figures (lang = 'zh') were written '文件,日期已核实', '加粗: 阶段起点的标志性
    条目', '各省各地实践模式(页面开头摘录,...)': half-width marks in Chinese text, where the captions of the same figures
    (analysis/figure_catalogue.py) write ，：（）. Every mostly-Chinese string of the drawing code is checked."""
    import ast

    cjk, latin = re.compile(r"[\u4e00-\u9fff]"), re.compile(r"[A-Za-z]")
    found = []
    for path in sorted((ROOT / "analysis" / "plots").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                    and len(cjk.findall(node.value)) >= max(len(latin.findall(node.value)), 1)
                    and _half_width(node.value)):
                found.append(f"{path.name} line {node.lineno}: {node.value!r}")
    assert not found, "\n".join(found)


def test_paper_a_s_own_data_is_named_as_the_paper_s_in_every_label():
    """A figure drawn from Paper A's original case matrix was tagged （原始数据） and captioned 原始案例数据, where the
    warning above reconstructed results, notebook 02 and the README say 原文数据 (the paper's data): 原始数据 is the
    workshop's word for raw, uncalibrated data (第 1 步 原始数据), so a Chinese reader met one word for two things and
    two words for one. Every label of the data source now says 原文."""
    from analysis.figure_catalogue import PAPER_A_DATA
    from analysis.paper_a import cases as C

    for source in ("original", "mixed"):
        for label in (C.source_tag(source, "zh"), PAPER_A_DATA[source][1]):
            assert "原文" in label and "原始" not in label, (source, label)


def _builder_chinese_strings() -> list[tuple[str, str]]:
    """(name, text) of the Chinese the book's builder writes itself: every string constant of tools/build_book.py
    with a Chinese character in it (the pieces of its f-strings among them; docstrings, English prose quoting a
    Chinese word, left out), and the Chinese headline of each ledger as the claims page shows it."""
    import ast

    from _scripts import load_script

    path = ROOT / "tools" / "build_book.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    cjk = re.compile(r"[\u4e00-\u9fff]")
    out = [(f"tools/build_book.py line {node.lineno}", node.value) for node in ast.walk(tree)
           if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
           and cjk.search(node.value)]
    bb = load_script("tools/build_book.py")
    for _, rel in bb.LEDGERS:
        if (ROOT / rel).exists():
            out.append((f"claims page: {rel}'s Chinese headline", bb.evidence_headline(ROOT / rel, "zh")))
    return out


def test_the_book_builders_chinese_uses_full_width_punctuation():
    """The claims page's Chinese headline ended '数据: reconstruction。' with a half-width colon (tools/build_book.py),
    where every other Chinese sentence of the book writes ：, as the headline's own '（一致 6，不一致 2）' does. The
    builder's Chinese strings and the headlines it writes now use ，；：（）."""
    texts = _builder_chinese_strings()
    assert any("claims page" in name for name, _ in texts) and len(texts) > 10, texts
    found = [(name, _half_width(text)) for name, text in texts if _half_width(text)]
    assert not found, "\n".join(f"{name}: {bits}" for name, bits in found)


def test_a_chinese_phrase_in_a_notebooks_heading_takes_full_width_brackets():
    """The titles of notebooks 02 and 03, two headings of notebook 04 and step 9 of the workshop wrote their Chinese
    with half-width brackets ('案例数据与校准(默认为重建案例)'): the book's sidebar shows two of them on every page, and
    the lines are mostly English, so the check of mostly Chinese lines passed them. A Chinese word followed at once
    by a bracket is now written （）, in any markdown line (code spans, a pinyin gloss '醫(yī)' among them, left out)."""
    glued = re.compile(r"[\u4e00-\u9fff]\([^()]*\)")
    found = []
    for path in sorted((ROOT / "notebooks").glob("**/*.ipynb")):
        if "executed" in path.parts:
            continue
        for i, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"]):
            if cell["cell_type"] == "markdown":
                text = re.sub(r"`[^`\n]*`", "", "".join(cell["source"]))
                found += [f"{path.relative_to(ROOT).as_posix()} cell {i}: {m.group(0)}" for m in glued.finditer(text)]
    assert not found, "\n".join(found)


def test_notebook_03s_chinese_sentences_on_english_lines_use_full_width_punctuation():
    """The check above reads a markdown line only when it is mostly Chinese, so a Chinese sentence at the end of an
    English line escaped it: notebook 03's claims ledger wrote '无法检验: "依托整合型服务体系更为有效"(无对照组)。' and
    '摘要的结论部分为基于结果的建议, 并非结果, 不单列核对行。'. Each sentence of a line is now read on its own."""
    cjk, latin = re.compile(r"[\u4e00-\u9fff]"), re.compile(r"[A-Za-z]")
    found = []
    for i, cell in enumerate(json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))["cells"]):
        if cell["cell_type"] != "markdown":
            continue
        for line in "".join(cell["source"]).splitlines():
            for sentence in re.split(r"(?<=[.!?。])\s+", line):
                if len(cjk.findall(sentence)) >= max(len(latin.findall(sentence)), 1) and _half_width(sentence):
                    found.append(f"cell {i}: {_half_width(sentence)}")
    assert not found, "\n".join(found)


def test_every_explaining_cell_of_notebook_03_has_a_chinese_line():
    """Notebook 03 explains each section in English and Chinese, but the reporting checklist ('What a QCA reviewer
    checks ...') and the outputs ('Every table carries data_source ...') had English only under their headings. Every
    markdown cell with text under its heading now has Chinese text there too."""
    cjk = re.compile(r"[\u4e00-\u9fff]")
    missing = []
    for i, cell in enumerate(json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))["cells"]):
        src = "".join(cell["source"])
        body = src.split("\n", 1)[1] if src.startswith("#") and "\n" in src else src
        if cell["cell_type"] == "markdown" and body.strip() and not cjk.search(body):
            missing.append(f"cell {i}: {src[:60]!r}")
    assert not missing, "\n".join(missing)


def test_notebook_03s_claims_ledger_says_in_chinese_what_the_ledger_is():
    """Notebook 03's claims ledger explained in English its three values, its evidence levels, the robustness beside
    each verdict (false at baseline is not fragile) and A4's merger into A1; its Chinese said only which claim cannot
    be checked. The Chinese now says each of these, in the words the ledger's Chinese headline uses."""
    ledger = _cell_with("03_qca.ipynb", "## Claims ledger")
    zh = "".join(ch for line in ledger.splitlines() for ch in line if ord(ch) > 0x2e80 or ch in " /A0123456789")
    for word in ("成立 / 不成立 / 无法检验", "独立核对", "本项目解读", "构造所致", "稳健性", "脆弱", "A4", "A1"):
        assert word in zh, word

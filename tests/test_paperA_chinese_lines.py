"""Paper A's result lines in Chinese where notebooks 03 and 04 printed English only: the ESA summary (of EFF and of
~EFF), the solutions minimised again without their contradictory assumptions, ~EFF's paths with ~SER, the line on
untenable remainders, the robustness protocol's test set and models, the standards of good practice one by one, the
case file line, and notebook 04's lines on the solution it draws. Each Chinese line is computed from the same facts as
its English twin, and the executed notebooks print it right after the English."""
from __future__ import annotations

import json
import re
import warnings

import pandas as pd
import pytest

from analysis.paper_a import cases as C
from analysis.paper_a import checklist as L
from analysis.paper_a import claims as P
from analysis.paper_a import configurations as K
from analysis.paper_a import diagnostics as D
from analysis.paper_a import robustness as R
from analysis.paper_a.configurations import analyse_configurations
from analysis.paths import DATA_DERIVED, ROOT

CONDS = list(C.CONDITION_NAMES)
HALF_WIDTH = re.compile(r"[\u4e00-\u9fff][,;:()]|[,;:()][\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def analyses():
    """The reconstruction's ESA analysis of EFF and of ~EFF, as notebook 03 runs them, and its crisp memberships."""
    crisp = C.calibrate_cases(C.load_cases(codebook=C.load_codebook()), "crisp")
    de = {c: 1 for c in CONDS}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = analyse_configurations(crisp, C.OUTCOME, CONDS, dir_exp=de, analysis="esa")
        _, neg = D.negated_outcome(crisp, C.OUTCOME, CONDS, dir_exp=de, analysis="esa")
    return crisp, res, neg


def _rows(text: str) -> list[int]:
    """The row numbers a line lists before their configurations, '13 (~SYS*...)' or '13（~SYS*...）'."""
    return [int(n) for n in re.findall(r"(\d+) ?[（(][~A-Z]", text)]


def test_the_esa_summary_says_in_chinese_line_for_line_what_the_english_says(analyses):
    """Notebook 03's ESA summary (what ESA blocked, the contradictory simplifying assumptions left after it, the
    solutions it changed) was printed in English only, for EFF and for ~EFF. esa_summary_zh gives it line for line,
    the same rows and counts, full-width."""
    _, res, neg = analyses
    for out, other in ((res, neg), (neg, res)):
        en, zh = out.esa_summary(other).splitlines(), out.esa_summary_zh(other).splitlines()
        assert len(en) == len(zh) == 3, zh
        assert _rows(zh[0]) == _rows(en[0]) == list(out.blocked["contradictory"]) and zh[0].startswith("矛盾简化假设")
        again = K.csa_after_esa(out, other)
        assert again and f"：{len(again)} 个（第 {'、'.join(map(str, again))} 行）" in zh[1], zh[1]
        assert f": {len(again)} (rows {', '.join(map(str, again))})" in en[1]
        changed = out.comparison().set_index("solution")["changed"]
        kinds = {"conservative": "复杂解", "parsimonious": "简约解", "intermediate": "中间解"}
        said = zh[2].split("；")[0]
        assert [k for k in kinds if kinds[k] in said] == [k for k in kinds if changed[k]], zh[2]
        assert zh[2].endswith("报告的路径取自ESA中间解")
        assert not HALF_WIDTH.search("\n".join(zh)), zh
    assert "此处未检验" in res.esa_summary_zh().splitlines()[1]
    crisp = analyses[0]
    empty = analyse_configurations(crisp, C.OUTCOME, CONDS, dir_exp={c: 1 for c in CONDS}, analysis="esa", n_cut=2,
                                   allow_empty=True)   # no sufficient configuration: the finding, in Chinese
    assert empty.no_solution and empty.esa_summary_zh() == (f"{K.no_solution_note_zh(empty.no_solution)}；"
                                                            "ESA 没有可改变的解（它只排除逻辑余项）")
    assert K.no_solution_note_zh(empty.no_solution) != empty.no_solution


def test_the_re_run_without_contradictory_assumptions_and_not_sers_paths_are_said_in_chinese(analyses):
    """Notebook 03's lines on EFF's and ~EFF's solutions minimised again with their contradictory easy counterfactuals
    blocked, and on ~EFF's paths with ~SER in that re-run, were English only. Their Chinese twins state the rows
    blocked, the solutions changed and the path terms kept and lost, counted here from the re-run table."""
    _, res, neg = analyses
    for out, other in ((res, neg), (neg, res)):
        frame = K.paths_without_contradictory_assumptions(out, other)
        lost = K.lost_paths(frame)
        paths = frame[(frame["solution"] == out.report) & (frame["reported_paths"] != "")]
        zh = K.paths_without_contradictory_assumptions_text_zh(out, other)
        assert zh.startswith(f"{out.outcome} 的解排除其矛盾假设后重新最小化（第 {'、'.join(map(str, K.blocked_rows(frame)))} 行")
        assert f"{len(paths)} 个不同路径项中 {len(paths) - len(lost)} 个保留（{'、'.join(lost)} 不再保留）" in zh, zh
        assert not HALF_WIDTH.search(zh), zh
    neg_frame = K.paths_without_contradictory_assumptions(neg, res)
    absent = [t for t in neg.first_paths()["term"] if "~SER" in t.split("*")]
    gone = [t for t in absent if t in K.lost_paths(neg_frame)]
    zh = K.negated_focus_paths_text_zh(neg, neg_frame, "SER", "reconstruction")
    assert zh.startswith(f"~EFF 含 ~SER 的路径（G1）：{len(neg.first_paths())} 条中 {len(absent)} 条（{'、'.join(absent)}）")
    assert f"证据等级为构造所致），{len(absent)} 条中 {len(absent) - len(gone)} 条保留" in zh, zh
    assert "本项目解读" in K.negated_focus_paths_text_zh(neg, neg_frame, "SER", "original")
    assert K.negated_focus_paths_text_zh(neg, None, "SER", "reconstruction").endswith("：未检验")


#: an expression (a set, a term, a number) written against a Chinese character, without the space other lines keep
_EXPRESSION_AGAINST_CHINESE = re.compile(r"[A-Za-z0-9~*)\]][\u4e00-\u9fff]|[\u4e00-\u9fff][A-Za-z0-9~*(\[]")


def test_the_re_run_lines_keep_a_space_between_an_expression_and_chinese(analyses):
    """paths_without_contradictory_assumptions_text_zh and negated_focus_paths_text_zh wrote the lost path terms
    against the Chinese after them ('（SYS*~NOR不再保留）') where every other part of the lines, and the other
    Chinese lines, put a space between an expression and Chinese ('{outcome} 的解'): one rule, checked on both lines
    with terms lost (the reconstruction's EFF and ~EFF re-runs) and on each term's own place."""
    _, res, neg = analyses
    lines = [K.paths_without_contradictory_assumptions_text_zh(out, other) for out, other in ((res, neg), (neg, res))]
    neg_frame = K.paths_without_contradictory_assumptions(neg, res)
    lines.append(K.negated_focus_paths_text_zh(neg, neg_frame, "SER", "reconstruction"))
    assert any("不再保留" in line for line in lines), lines   # what this test is about: a term lost
    for line in lines:
        assert not _EXPRESSION_AGAINST_CHINESE.search(line), (_EXPRESSION_AGAINST_CHINESE.search(line), line)
    lost = K.lost_paths(K.paths_without_contradictory_assumptions(res, neg)) or K.lost_paths(neg_frame)
    assert any(f"{'、'.join(lost)} 不再保留" in line for line in lines), (lost, lines)


def test_the_untenable_line_is_said_in_chinese_too(analyses):
    """The line under the ESA summary on the remainders declared impossible ('untenable: none declared', or the
    observed rows inside them) had no Chinese twin; untenable_observed_line gives both, from the same rows."""
    crisp, res, _ = analyses
    from analysis.paper_a.claims import necessity_table

    nec = necessity_table(crisp, C.OUTCOME, CONDS)
    assert D.untenable_observed_line(res.truth_table, "", nec) == ("untenable: none declared", "不可成立的逻辑余项：未声明")
    observed = res.truth_table.rows[res.truth_table.rows["n"] > 0].index[0]
    row = res.truth_table.rows.loc[observed, CONDS]
    expr = "*".join(c if int(v) else f"~{c}" for c, v in row.items())   # an observed row declared impossible
    en, zh = D.untenable_observed_line(res.truth_table, expr, nec)
    assert en == D.untenable_observed_note(res.truth_table, expr, nec) and f"{observed} (OUT" in en
    assert f"also matches observed row {observed} (OUT" in en and "so it keeps its OUT" in en, en   # was 'row(s)'
    assert zh.startswith("警告：") and f"{observed}（OUT" in zh and not HALF_WIDTH.search(zh), zh


def test_the_protocols_test_set_and_models_are_said_in_chinese(analyses):
    """Notebook 03 printed the robustness protocol's test set and the solutions with several models in English only,
    from f-strings in the cell. protocol_lines gives both lines in both languages from the same protocol."""
    crisp, _, _ = analyses
    cd = C.load_cases(codebook=C.load_codebook())
    specs = R.test_set(crisp, shares=cd.shares(), thresholds=(1 / 3,), incl_cuts=(0.8, 0.9), n_cuts=(1, 2),
                       case_removal=False)
    settings, setting_analyses = R.run_test_set(specs, crisp, shares=cd.shares())
    prot = R.protocol(settings, setting_analyses, crisp)
    (test, test_zh), (models, models_zh) = R.protocol_lines(prot, settings)
    assert test.startswith(f"test set: {len(prot['test_set'])} settings (sweeps: {', '.join(prot['sweeps'])})")
    assert test_zh.startswith(f"检验集：{len(prot['test_set'])} 个设定（扫描：校准阈值、一致性阈值、频数阈值）"), test_zh
    assert prot["no_solution_tests"] == ["n_cut=2"] and "其中无充分组态、其解为空集的 1 个（n_cut=2）" in test_zh
    assert (f"即为初始设定本身的设定 {len(prot['same_as_baseline'])} 个"
            f"（{'；'.join(map(R.setting_zh, prot['same_as_baseline']))}）") in test_zh   # named in Chinese
    assert test.endswith("0 case removals") and test_zh.endswith("剔除案例 0 次")
    assert models.endswith("; ".join(prot["model_ambiguity"]) or "none")
    assert models_zh.endswith("；".join(map(R.setting_zh, prot["model_ambiguity"])) or "无")
    assert not HALF_WIDTH.search(test_zh + models_zh), (test_zh, models_zh)


def test_the_chinese_case_study_line_says_whether_the_typology_holds_under_every_model(analyses):
    """EFF's case-typology lines in notebook 03 said in English whether the case types are the same under every model
    of the reported solution and listed the typical cases per path; the one Chinese line after them said neither."""
    _, res, neg = analyses
    for out in (res, neg):
        tables = R.case_studies(out, "SER")
        zh = R.case_study_line_zh(tables, out.outcome, "SER", "reconstruction")
        n_models = len(tables["by_model"].columns) - 2
        assert f"在其全部 {n_models} 个模型下相同：{'是' if tables['same_typology'] else '否'}" in zh, zh
        for term, cases in tables["typical"].groupby("term", sort=False)["case"]:
            assert f"{term}：{'、'.join(cases)}" in zh, (term, zh)


def test_each_standard_of_good_practice_has_a_chinese_line(analyses):
    """The good-practice report printed each standard's status and evidence in English only (one Chinese line gave
    the counts). good_practice_lines_zh gives one line per standard, every standard of the engine named in Chinese."""
    from analysis.claims import EVIDENCE_LEVELS_ZH
    from analysis.qca import good_practice

    _, res, _ = analyses
    practice = good_practice(res.solutions)
    lines = L.good_practice_lines_zh(practice)
    assert len(lines) == len(practice.rows)
    for line, row in zip(lines, practice.rows):
        assert row["standard"] in L.GOOD_PRACTICE_STANDARDS_ZH, row["standard"]
        assert line.split("\n")[0] == (f"- {L.GOOD_PRACTICE_STANDARDS_ZH[row['standard']]}："
                                       f"{L.GOOD_PRACTICE_STATUSES_ZH[row['status']]}"
                                       f"（证据等级：{EVIDENCE_LEVELS_ZH[row['evidence']]}）")
    stored = pd.read_csv(DATA_DERIVED / "paperA" / "good_practice.csv", encoding="utf-8")
    assert set(stored["standard"]) <= set(L.GOOD_PRACTICE_STANDARDS_ZH)   # the standards notebook 03 reported


def test_each_standard_of_good_practice_says_what_the_analysis_has_in_chinese(analyses):
    """Notebook 03's Chinese good-practice lines gave each standard's status and evidence but not what the analysis
    has (the English 'has:' body), though the workshop renders those texts in Chinese (engine_note_zh). Under each
    standard's line the Chinese body now says it, from engine_note_zh itself, or that there is no Chinese form; the
    executed notebook prints them."""
    from analysis.qca import good_practice
    from analysis.workshop import engine_note_zh

    _, res, neg = analyses
    practice = good_practice(res.solutions, negated=neg.solutions)
    lines = L.good_practice_lines_zh(practice)
    said = 0
    for line, row in zip(lines, practice.rows):
        head, body = line.split("\n")
        zh = engine_note_zh(row["has"])
        assert body == "    本分析：" + (zh or L.GOOD_PRACTICE_HAS_NOT_SAID_ZH), (row["standard"], body)
        said += zh is not None
    assert said == len(practice.rows), lines   # every row has its Chinese form
    fit = next(line for line, row in zip(lines, practice.rows) if row["standard"] == "solution fit")
    assert "本分析：复杂解 inclS" in fit and "covS" in fit, fit   # the numbers copied under the Chinese names
    # a text of no known form is said to be in English, not guessed
    other = type(practice)(practice.outcome, ({**practice.rows[0], "has": "something else entirely"},))
    assert L.good_practice_lines_zh(other)[0].endswith("本分析：" + L.GOOD_PRACTICE_HAS_NOT_SAID_ZH)
    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if c.get("id") == "good-practice-code")
    printed = "".join("".join(o.get("text", "")) for o in cell["outputs"])
    stored = pd.read_csv(DATA_DERIVED / "paperA" / "good_practice.csv", encoding="utf-8")
    for has in stored["has"]:
        assert "    本分析：" + (engine_note_zh(has) or L.GOOD_PRACTICE_HAS_NOT_SAID_ZH) + "\n" in printed, has[:80]


def test_the_case_file_line_and_notebook_04s_solution_lines_are_said_in_chinese():
    """The first line on Paper A's cases (notebooks 03 and 04) and notebook 04's lines on the solution it draws (from
    qca.json) and on the solution membership it evaluates were English only; their Chinese twins state the same."""
    meta = {"n_cases": 15, "case_file": "data/raw/x.csv", "form": "memberships", "data_source": "mixed"}
    en, zh = C.case_file_lines(meta)
    assert en == "15 cases from data/raw/x.csv (memberships form); data source: mixed"
    assert zh == "案例文件（重建与原文混合数据）：data/raw/x.csv（隶属度形式），15 个案例"
    with pytest.raises(ValueError, match="data_source must be one of"):
        C.case_file_lines({**meta, "data_source": "reconstructed"})
    qca = json.loads((DATA_DERIVED / "paperA" / "qca.json").read_text(encoding="utf-8"))
    en, zh = K.stored_solution_lines(qca)
    g1 = sum(p["group"] == "G1" for p in qca["paths"])
    groups, models = qca["n_groups"], qca["n_models"]   # each count in its noun's number (was 'model group(s)')
    assert (f"{groups} model group{'s' * (groups != 1)} of {models} distinct model{'s' * (models != 1)}, "
            f"{g1} path{'s' * (g1 != 1)} in G1") in en
    assert f"模型组 {qca['n_groups']} 个，不同模型 {qca['n_models']} 个，G1 的路径 {g1} 条" in zh, zh
    none = {**qca, "no_solution": "no configuration passes incl_cut = 0.95 (highest row incl 0.667; n_cut = 1): no "
                                  "sufficient configuration for EFF"}   # as configurations.no_solution_note words it
    en, zh = K.stored_solution_lines(none)
    assert en.endswith(none["no_solution"]) and zh.endswith(K.no_solution_note_zh(none["no_solution"]))
    assert "没有组态通过 incl_cut = 0.95" in zh, zh
    en, zh = K.solution_membership_lines("A*B", {"inclS": 1.0, "covS": 0.75})
    assert "consistency 1.000, coverage 0.750" in en and zh == "解 A*B 的隶属度：一致性 1.000，覆盖度 0.750（与 qca.json 中所存一致）"


def test_the_analysis_notes_are_said_in_chinese(analyses):
    """Notebooks 03 and 04 printed the analysis' notes (model ambiguity, the rows ESA blocked) in English only.
    note_zh gives each in Chinese with the same numbers; a note of another form stays as written, never dropped."""
    _, res, _ = analyses
    assert len(res.notes) == 2
    for note in res.notes:
        zh = K.note_zh(note)
        assert zh != note and re.findall(r"\d+", zh) == re.findall(r"\d+", note), (note, zh)
    assert K.note_zh(res.notes[0]) == (f"模型歧义：模型组 {res.n_groups} 个，不同模型 {res.n_models} 个；应全部报告，"
                                       "或说明所作选择的理由")
    assert K.note_zh("ESA blocked row 7") == "ESA 排除的行：7"   # one row: 'row' (it said 'row(s)')
    assert K.note_zh(f"ESA blocked rows {', '.join(map(str, res.blocked['contradictory']))}") == \
        "ESA 排除的行：" + "、".join(map(str, res.blocked["contradictory"]))
    orphan = "G2 (M2, C1P2): no term of its parsimonious model subsumes A*B, ~C, so it has no core condition"
    assert K.note_zh(orphan) == "G2（M2，C1P2）：其简约解模型中没有涵盖 A*B、~C 的项，故其没有核心条件"
    assert K.note_zh("a note of another form") == "a note of another form"


def test_notebook_02s_data_source_line_and_design_warning_are_said_in_chinese():
    """Notebook 02 said what the `status` values mean, and warned of a case file of another size than Paper A's 15
    cases, in English only. data_source_lines and design_warning say each in Chinese too, value for value."""
    assert set(C.STATUS_VALUES_ZH) == set(C.STATUS_VALUES)
    for source in C.DATA_SOURCES:
        en, zh = C.data_source_lines(source)
        assert en.startswith(f"data source: {source} (status values: reconstruction = ")
        assert zh.startswith(f"数据来源{C.source_tag(source, 'zh')}：status 取值 reconstruction 表示")
        assert all(f"{k} 表示{v}" in zh for k, v in C.STATUS_VALUES_ZH.items()) and not HALF_WIDTH.search(zh), zh
    with pytest.raises(ValueError, match="data_source must be one of"):
        C.data_source_lines("reconstructed")
    assert C.design_warning(C.DESIGN_N_CASES) == ""
    en, zh = C.design_warning(14).splitlines()
    assert en == ("WARNING: 14 cases; Paper A's design has 15: claims about the paper's results will be marked not "
                  "testable.")   # the line the notebook runner relays to the terminal (tools/run_notebook.py)
    assert zh == "注意：14 个案例；论文A的设计为 15 个案例：关于原文结果的论断将标为无法检验。"


def _printed(notebook: str) -> list[str]:
    nb = json.loads((ROOT / "notebooks" / "executed" / notebook).read_text(encoding="utf-8"))
    text = "".join("".join(o.get("text", "")) for c in nb["cells"] if c["cell_type"] == "code"
                   for o in c.get("outputs", []) if o.get("output_type") == "stream")
    return text.splitlines()


def _follows(lines: list[str], en: str, zh: str) -> bool:
    """Whether the printed `lines` hold `en` directly followed by `zh` (each as printed, data source tagged)."""
    return any(a == en and b == zh for a, b in zip(lines, lines[1:]))


def test_the_executed_notebooks_print_each_chinese_line_after_its_english_one(analyses):
    """What the executed notebooks 03 and 04 print: each Chinese line above right after its English twin, tagged
    with the data source, and notebook 04 the bilingual warning on the reconstruction that notebook 03 prints (it
    printed '; RECONSTRUCTION, not Paper A's data' in English, and nothing for a mixed file)."""
    from _paperA_outputs import skip_unless_reconstruction

    skip_unless_reconstruction("the lines are computed from the reconstruction")
    _, res, neg = analyses
    src = "reconstruction"
    en_, zh_ = (lambda t: C.source_text(t, src)), (lambda t: C.source_text(t, src, "zh"))
    nb03, nb04 = _printed("03_qca.ipynb"), _printed("04_figures.ipynb")
    for out, other in ((res, neg), (neg, res)):
        for en, zh in zip(out.esa_summary(other).splitlines(), out.esa_summary_zh(other).splitlines()):
            assert _follows(nb03, en_(en), zh_(zh)), zh
        assert _follows(nb03, en_(K.paths_without_contradictory_assumptions_text(out, other)),
                        zh_(K.paths_without_contradictory_assumptions_text_zh(out, other)))
    neg_frame = K.paths_without_contradictory_assumptions(neg, res)
    assert _follows(nb03, en_(K.negated_focus_paths_text(neg, neg_frame, "SER", src)),
                    zh_(K.negated_focus_paths_text_zh(neg, neg_frame, "SER", src)))
    assert _follows(nb03, en_("untenable: none declared"), zh_("不可成立的逻辑余项：未声明"))
    assert any(line.startswith("检验集（重建数据）：") for line in nb03)
    assert any(line.startswith("模型（重建数据）：初始解（所报告的模型）与各设定均取 G1") for line in nb03)
    stored = pd.read_csv(DATA_DERIVED / "paperA" / "good_practice.csv", encoding="utf-8")
    for row in stored.itertuples():
        assert f"- {L.GOOD_PRACTICE_STANDARDS_ZH[row.standard]}：" in "\n".join(nb03), row.standard
    meta = json.loads((DATA_DERIVED / "paperA" / "calibration.json").read_text(encoding="utf-8"))
    qca = json.loads((DATA_DERIVED / "paperA" / "qca.json").read_text(encoding="utf-8"))
    assert _follows(_printed("02_case_calibration.ipynb"), *C.data_source_lines(src))
    for lines in (nb03, nb04):
        assert _follows(lines, *C.case_file_lines(meta))
        assert "\n".join(C.source_warning(src).splitlines()) in "\n".join(lines)
    assert _follows(nb04, *(f(t) for f, t in zip((en_, zh_), K.stored_solution_lines(qca))))
    for note in qca["notes"]:
        for lines in (nb03, nb04):
            assert _follows(lines, en_(f"note: {note}"), zh_(f"注：{K.note_zh(note)}")), note
    fit = qca["solution_fit"]
    expression = next(s["expression"] for s in qca["solutions"] if s["analysis"] == qca["analysis"]
                      and s["solution"] == qca["report"] and s["model"] == "M1")
    assert _follows(nb04, *(f(t) for f, t in zip((en_, zh_), K.solution_membership_lines(expression, fit))))


def test_notebook_03s_opening_labels_its_reading_of_the_literature_and_says_the_expectations_in_chinese():
    """Notebook 03 opened with 'Chinese QCA papers usually report the intermediate solution with core conditions from
    the parsimonious one', a statement about a literature with no evidence behind it in the compendium, stated as a
    fact; and its Chinese said neither that nor the directional expectations. The sentence now says it is the
    compendium's reading (not a survey), in both languages, and the Chinese gives the directional expectations."""
    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    opening = "".join(nb["cells"][0]["source"])
    english, chinese = opening.split("**报告何种解**", 1)
    said = " ".join(english.split())
    assert "from the *parsimonious* one (the compendium's reading of the papers it read, not a survey of them)" in said
    assert "中文 QCA 论文通常报告中间解" in chinese and "本项目对所读论文的解读，并非系统调查" in chinese
    assert "方向预期：各整合维度存在时均预期有助于结果（`dir_exp` 全为 1）" in chinese


def test_the_chinese_protocol_lines_name_the_settings_in_chinese(analyses):
    """Notebook 03's Chinese lines on the robustness protocol named the settings as the English ones do ('threshold ⅓
    of indicators', 'SYS at threshold ⅔', 'without R01', 'fuzzy variant, incl_cut=0.8', 'IS'). They now name them in
    Chinese, from the same forms test_set names them by (SETTING_FORMS); the cut-offs keep their parameter's name."""
    crisp = analyses[0]
    specs = R.test_set(crisp, shares=crisp.astype(float), set_thresholds=(1 / 3,), fuzzy=crisp)
    names = {s["sweep"]: R.setting_zh(s["setting"]) for s in specs}
    assert set(names) == set(R.SETTING_FORMS)   # every sweep's setting has its Chinese name
    assert names["calibration_set"] == f"{crisp.columns[-1]} 阈值取指标的 ⅓", names
    assert re.fullmatch(r"各集合阈值取指标的 \S+", names["calibration"]), names
    assert names["case_removal"] == f"剔除 {crisp.index[-1]}"
    assert names["fuzzy"] == "模糊集变体，incl_cut=0.8"
    assert names["incl_cut"] == "incl_cut=1" and names["n_cut"] == "n_cut=2"   # a parameter's name in both languages
    assert R.setting_zh("threshold ⅓ of indicators") == "各集合阈值取指标的 ⅓"
    assert R.setting_zh("SYS at threshold ⅔") == "SYS 阈值取指标的 ⅔"
    assert R.setting_zh("IS") == "初始解" and R.setting_zh("another file's name") == "another file's name"
    for english, chinese in R.SETTING_FORMS.values():   # every form read back to its Chinese
        fields = dict.fromkeys(re.findall(r"\{(\w+)\}", english), "X1")
        assert R.setting_zh(english.format(**fields)) == chinese.format(**fields), english
    prot = {"test_set": ["a", "b"], "sweeps": ["calibration", "case_removal"], "no_solution_tests": ["without R03"],
            "same_as_baseline": ["threshold ½ of indicators", "EFF at threshold ⅔"], "refused_tests": [],
            "model_ambiguity": ["IS", "fuzzy variant, incl_cut=0.8"], "core_expression": "0"}
    (_, test_zh), (_, models_zh) = R.protocol_lines(prot, pd.DataFrame({"sweep": ["case_removal"]}))
    assert "（剔除 R03）" in test_zh and "（各集合阈值取指标的 ½；EFF 阈值取指标的 ⅔）" in test_zh, test_zh
    assert models_zh.endswith("有多个模型的解：初始解；模糊集变体，incl_cut=0.8"), models_zh
    assert R.core_text_zh(prot) == "（空：剔除 R03 无充分组态，其解为空集，稳健核心因而为空集）"
    executed = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    printed = "".join("".join(o.get("text", "")) for c in executed["cells"] if c["cell_type"] == "code"
                      for o in c.get("outputs", []))
    for line in printed.splitlines():
        if line.startswith(("检验集", "模型（", "稳健核心", "可改变真值表的扫描", "数据（")):
            assert not re.search(r"of indicators|at threshold|without |fuzzy variant|：IS；", line), line


def test_notebook_03_names_the_standards_of_good_practice_as_the_workshop_does():
    """Notebook 03's Chinese good-practice lines named the standards from a list of their own
    (GOOD_PRACTICE_STANDARDS_ZH: '隶属度不在交叉点上', '先必要性后充分性', '充分行的 PRI'), a second translation beside
    the workshop's (analysis.workshop.STANDARD_ZH: '隶属度不在交叉点 0.5 上', '先分析必要性，再分析充分性',
    '编码为充分的行的 PRI'), which engine_note_zh says a printed row by: a reader of both met one standard under two
    names. The notebook now takes the workshop's names and statuses; the executed notebook prints them."""
    from analysis import workshop as W

    assert L.GOOD_PRACTICE_STANDARDS_ZH is W.STANDARD_ZH and L.GOOD_PRACTICE_STATUSES_ZH is W.STATUS_ZH
    stored = pd.read_csv(DATA_DERIVED / "paperA" / "good_practice.csv", encoding="utf-8")
    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if c.get("id") == "good-practice-code")
    printed = "".join("".join(o.get("text", "")) for o in cell["outputs"])
    for row in stored.itertuples():
        # the printed English status line, as engine_note_zh reads it, names the standard as the notebook does
        said = W.engine_note_zh(f"- {row.standard}: {row.status} [{row.evidence}]")
        assert said and said.startswith(f"- {W.STANDARD_ZH[row.standard]}：{W.STATUS_ZH[row.status]}"), said
        assert f"\n- {W.STANDARD_ZH[row.standard]}：{W.STATUS_ZH[row.status]}（证据等级：" in printed, row.standard


def test_the_skew_row_says_a_set_on_a_bound_itself_in_chinese_too():
    """good_practice's skew row names a set whose share sits on a bound itself (Paper A's SER, 12 of 15 cases: 80 % at
    bounds 0.2-0.8), not flagged by the strict rule; the workshop's Chinese form of the row ended before that clause,
    so the row had no Chinese line and notebook 03 printed '尚无中文表述' under 集合隶属的偏斜, 15 of its 16 standards
    said in Chinese. The clause now has its Chinese, the set and its share copied, with a set skewed beside it too. By
    hand: A in 8 of 10 cases (80 %, on the bound), B in 9 (90 %, skewed)."""
    from analysis.qca import good_practice, minimize, truth_table
    from analysis.workshop import engine_note_zh

    df = pd.DataFrame({"A": [1] * 8 + [0] * 2, "B": [1] * 9 + [0], "Y": [1, 0] * 5}, index=[f"c{i}" for i in range(10)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        has = good_practice(minimize(truth_table(df, "Y", "A, B", incl_cut=0.5), include="?")).to_frame() \
            .set_index("standard").loc["skewed set memberships", "has"]
    assert "; skewed: B; on a bound itself" in has and has.endswith("A 80% (a high consistency or coverage involving "
                                                                   "them can be misleadingly high: read RoN and the cases)")
    assert engine_note_zh(has).endswith(
        "：A 80%，B 90%，Y 50%；偏斜：B；恰在界限上（未超过界限，故未标记：只有超出界限的比例才计为偏斜；若将界限视为包含在内则为偏斜）："
        "A 80%"
        "（涉及它们的一致性或覆盖度可能高得有误导性：请查看 RoN 和案例）"), engine_note_zh(has)
    # Paper A's stored report: every standard's 'has' said in Chinese, SER named on the bound, and so printed
    stored = pd.read_csv(DATA_DERIVED / "paperA" / "good_practice.csv", encoding="utf-8").set_index("standard")
    assert all(engine_note_zh(has) for has in stored["has"]), [s for s, h in stored["has"].items() if not engine_note_zh(h)]
    skew = stored.loc["skewed set memberships", "has"]
    shares = re.search(r"inclusive\): (.+)$", skew)
    if shares:   # the reconstruction: SER 80 %
        assert engine_note_zh(skew).endswith(f"若将界限视为包含在内则为偏斜）：{shares.group(1).replace(', ', '、')}")
    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if c.get("id") == "good-practice-code")
    printed = "".join("".join(o.get("text", "")) for o in cell["outputs"])
    assert L.GOOD_PRACTICE_HAS_NOT_SAID_ZH not in printed


def _asides_in_half_width(line: str) -> list[str]:
    """The brackets of a Chinese line that break the workshop's rule for them (analysis.workshop.zh_notes, above _zh_at_half):
    an aside in full-width brackets （…）; half-width ( ) only in code, a call (the bracket right after a name:
    'esa(...)', 'esa()') or a Python value to write ('(0.2, 0.8)')."""
    import ast

    wrong, depth, start = [], 0, []
    for i, ch in enumerate(line):
        if ch == "(":
            start.append(i)
        elif ch == ")" and start:
            j = start.pop()
            group = line[j:i + 1]
            if j and re.match(r"[\w.\]]", line[j - 1]):
                continue   # a call
            try:
                ast.literal_eval(group)
            except (ValueError, SyntaxError):
                wrong.append(line[max(0, j - 12):i + 1])
    return wrong + [line[i:i + 12] for i in start]   # an unclosed bracket too


def test_the_chinese_lines_of_good_practice_put_their_asides_in_full_width_brackets(analyses):
    """The workshop's Chinese lines for good_practice's rows kept half-width brackets from the English they copy
    (notebook 03: '与必要性一致的：SER (inclN 1.000, RoN 0.429, covN 0.667)', beside '（inclN 1.000, RoN 0.429）' in the
    ESA row of the same report) and one English aside untranslated ('A[2] 80% (levels of A)' without bounds). One
    rule now (_asides_in_half_width): asides full-width, half-width only in code. Checked on every row of the
    reconstruction's report (with its necessity table, so the necessity row lists SER), of the stored
    good_practice.csv, of a multi-value condition without bounds, and on the executed notebook's Chinese lines."""
    from analysis.qca import good_practice, minimize, truth_table
    from analysis.workshop import engine_note_zh

    assert _asides_in_half_width("SER (inclN 1.000)；用 esa(..., contradictory_rows=[2])；如 (0.2, 0.8)；esa()") == [
        "SER (inclN 1.000)"]   # the rule itself: an aside caught, a call and a value kept
    crisp, res, neg = analyses
    nec = P.necessity_table(crisp, C.OUTCOME, CONDS)
    levels = pd.DataFrame({"A": [0, 1, 2, 2, 2, 2, 2, 2, 2, 2], "B": [0, 1, 0, 1, 0, 1, 1, 1, 0, 0],
                           "Y": [0, 1, 0, 1, 1, 0, 1, 0, 1, 1]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reports = [good_practice(res.solutions, necessity=nec, negated=neg.solutions, skew_bounds=(0.2, 0.8)),
                   good_practice(minimize(truth_table(levels, "Y", ["A", "B"], incl_cut=0.6), "?"), skew_bounds=None)]
    texts = [r["has"] for report in reports for r in report.rows]
    texts += list(pd.read_csv(DATA_DERIVED / "paperA" / "good_practice.csv", encoding="utf-8")["has"])
    said = {text: engine_note_zh(text) for text in texts}
    assert all(said.values()), [t for t, z in said.items() if not z]
    assert any("与必要性一致的：SER（inclN 1.000" in z for z in said.values()), said   # the case that was half-width
    assert any("（A 的各水平）" in z for z in said.values()), said
    assert {t[:60]: _asides_in_half_width(z) for t, z in said.items() if _asides_in_half_width(z)} == {}
    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if c.get("id") == "good-practice-code")
    printed = "".join("".join(o.get("text", "")) for o in cell["outputs"]).splitlines()
    chinese = [line for line in printed if line.startswith(("- ", "    本分析：")) and re.search("[\u4e00-\u9fff]", line)]
    stored = pd.read_csv(DATA_DERIVED / "paperA" / "good_practice.csv", encoding="utf-8")
    assert len(chinese) == 2 * len(stored), chinese   # each standard's line and its body, in Chinese
    assert {line[:40]: _asides_in_half_width(line) for line in chinese if _asides_in_half_width(line)} == {}


def test_a_set_on_a_skew_bound_is_said_in_the_same_chinese_words_in_both_of_notebook_03s_lines():
    """Notebook 03 names SER (80 % of cases, on the bound 0.8) twice in Chinese: in the necessity section
    (claims.skew_report_zh, which said '恰在界限上（未超过界限，故未标记；若将界限 0.8 视为包含在内则为偏斜）') and under the good-practice
    skew row (the workshop's engine_note_zh), which said it in other words ('未标出：只有超出界限的比例才算偏斜；若把界限读作
    包含在内，则为偏斜'): one rule, two phrasings for a reader to reconcile. The row now uses the necessity line's words
    (its own reason, that only a share beyond a bound is flagged, kept); both now print the workshop's one phrase
    (ON_BOUND_ZH, the reason included). Checked on the executed notebook's lines."""
    from analysis.workshop import engine_note_zh

    from analysis.workshop import ON_BOUND_ZH

    same = (ON_BOUND_ZH + "：", "恰在界限上（未超过界限，故未标记：只有超出界限的比例才计为偏斜；若将界限视为包含在内则为偏斜）：")
    necessity_line = P.skew_report_zh({"SER": 0.8, "ORG": 0.6}, 0.8)
    stored = pd.read_csv(DATA_DERIVED / "paperA" / "good_practice.csv", encoding="utf-8").set_index("standard")
    row_line = engine_note_zh(stored.loc["skewed set memberships", "has"])
    if "on a bound itself" not in stored.loc["skewed set memberships", "has"]:
        pytest.skip("no set on a bound in the stored report (the reconstruction has SER at 80 %)")
    for words in same:
        assert words in necessity_line and words in row_line, (words, necessity_line, row_line)
    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    printed = "".join("".join(o.get("text", "")) for c in nb["cells"] for o in c.get("outputs", []))
    assert printed.count(same[0]) == 2, "the necessity line and the good-practice row print the same words"


def test_the_skew_rows_shares_are_joined_by_full_width_commas_in_chinese():
    """Notebook 03's Chinese good-practice line on skew listed the shares as the English row joins them ('SYS 47%,
    ORG 67%'), half-width commas inside a Chinese line; the workshop's rendering joins them by '，' now, every share
    of the stored row kept in order."""
    from analysis.workshop import engine_note_zh

    has = pd.read_csv(DATA_DERIVED / "paperA" / "good_practice.csv",
                      encoding="utf-8").set_index("standard").loc["skewed set memberships", "has"]
    shares = re.findall(r"[A-Z~]+ \d+%", has.split("): ", 1)[1].split(";")[0])
    zh = engine_note_zh(has)
    assert len(shares) > 1 and "，".join(shares) in zh, (shares, zh)
    assert not re.search(r"%, ", zh), zh

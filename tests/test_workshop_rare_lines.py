"""The workshop's rarer Chinese lines (analysis/workshop/), each produced from a real engine call: forms of
ENGINE_ERRORS_ZH, ENGINE_WARNINGS_ZH and ENGINE_NOTES_ZH (and the hints, ESA parts and words they read) that no test
of tests/test_workshop.py met, found by recording, while those tests ran, which form each message matched and which
of its optional parts it had. A form no test meets can go stale unseen when the engine's English changes: its line
is then silently lost (the workshop says no line rather than half of one)."""
from __future__ import annotations

import re
import warnings

import numpy as np
import pandas as pd
import pytest

from analysis.paths import DATASETS
from analysis.qca import (QCAComplexityError, QCAInputError, calibrate, calibrate_frame, esa, find_rows, good_practice,
                          minimize, necessity, pof, smmr, super_subset, theory_evaluation, truth_table)
from analysis.qca.find_rows import rows_in_expression

CONDITIONS = ["DEV", "URB", "LIT", "IND", "STB"]


@pytest.fixture(scope="module")
def lipset():
    """Lipset's crisp (LC), fuzzy (LF) and raw (LR) tables, LC's truth table (as exercise 3's) and its parsimonious
    solution."""
    from analysis.paths import DATASETS

    lc, lf, lr = (pd.read_csv(DATASETS / f"{name}.csv", index_col="case") for name in ("LC", "LF", "LR"))
    tt = truth_table(lc, "SURV", CONDITIONS, incl_cut=1.0, n_cut=1)
    return {"lc": lc, "lf": lf, "lr": lr, "tt": tt, "sol": minimize(tt, include="?")}


def _partial_one_model():
    """A parsimonious solution whose list is cut at max_models=1 (1,954 minimal models; the engine's scale tests'
    data)."""
    from test_qca_engine_scale import random_crisp, tt_of

    return minimize(tt_of(random_crisp("partial-a", 8, 40)), "?", max_models=1)


@pytest.mark.parametrize("mistake, expected", [
    (lambda d: minimize(d["tt"], "?", exclude=""),
     "exclude：'' 中没有行号：请给出行号，如 '7,8,15'；不排除任何行则不写 exclude"),
    (lambda d: minimize(d["tt"], "?", exclude=7.5), "exclude：行须是行号的列表，现为 7.5"),
    (lambda d: minimize(d["tt"], "?", exclude=["7", "8"]),
     "exclude：行号必须是整数（如 '7,8,15'），现为 ['7', '8']；请写 [7, 8]（数字），或 '7,8'（一个文本）"),
    (lambda d: minimize(d["tt"], "?", exclude="csa"),
     "exclude：行号必须是整数（如 '7,8,15'），现为 'csa'；'csa' 是一类行的名称，不是行号：请写 exclude=find_rows(tt, 'csa')，"
     "或 esa(tt, contradictory_rows='csa')"),
    (lambda d: minimize(d["tt"], "?", exclude="7 8"),
     "exclude：行号必须是整数（如 '7,8,15'），现为 '7 8'；行号之间请用逗号分隔，例如 '7,8'"),
    (lambda d: minimize(d["tt"], include=True), "include 只能是 ''、'?'、'C' 或 '?,C'，现为 True"),
    (lambda d: minimize(d["tt"], "?", dir_exp=111),
     "dir_exp 必须是字典、像 '1,1,-,0' 这样的文本或列表，现为 int 111：请把方向性预期写成文本，按条件的顺序每个条件一个值（5 个），"
     "例如 '1,1,1,1,1'"),
    (lambda d: necessity(d["lf"].assign(SURV=[-0.2, 1.5] + [0.5] * 16), "SURV", CONDITIONS),
     "结果 'SURV' 在案例 'AU'（-0.2）中有负值，在案例 'BE'（1.5）中隶属度大于 1：只允许 0 到 1 之间的隶属度或多值条件的取值 0, 1, 2, ..."),
    (lambda d: necessity("LF.csv", "SURV", CONDITIONS),
     "data 必须是 pandas 的 DataFrame（数据表），现为 str（是文件名吗？请先读入，例如 pd.read_csv('LF.csv', index_col='case')；"
     "index_col 是案例名称所在的列）"),
    (lambda d: calibrate(["DEV", "URB"], thresholds="e=350, c=550, i=850"),
     "calibrate 需要待校准的原始数值，现为文本 'DEV', 'URB'：是列名吗？请一次校准一列的值，calibrate(df['DEV'], ...)；一次校准"
     "多个集合用 analysis.qca.calibrate_frame(df, {'DEV': {'thresholds': ...}})"),
    (lambda d: truth_table(d["lc"], "SURV", CONDITIONS, incl_cut="c(0.9, 0.8)"),
     "incl_cut 必须是 0 到 1 之间的数（含 0 和 1），现为 'c(0.9, 0.8)'；这是照搬成文本的 R 向量 c(...)：请写 incl_cut=(0.9, 0.8)，"
     "即一对数 (ic1, ic0)"),
    (lambda d: truth_table(d["lc"], "SURV", CONDITIONS, incl_cut="0,9"),
     "incl_cut 必须是 0 到 1 之间的数（含 0 和 1），现为 '0,9'；是小数逗号吗？请写 0.9；两个阈值写成一对，例如 incl_cut=(0.9, 0.6)"),
    (lambda d: calibrate(d["lr"]["DEV"], thresholds="e=350; c=550; i=abc"),
     "临界值 '350; c=550; i=abc' 不是数字（thresholds 为 'e=350; c=550; i=abc'）；各临界值之间用 ',' 分隔（例如 "
     "'e=350, c=550, i=850'）"),
    (lambda d: calibrate(d["lr"]["DEV"], thresholds="350,5; 550,5; 850,5"),
     "临界值 '5; 550' 不是数字（thresholds 为 '350,5; 550,5; 850,5'）；是小数逗号、并以 ';' 分隔各临界值吗（以逗号为小数点的地区"
     "设置）？请用小数点写数字，各临界值之间用 ',' 分隔：'350.5, 550.5, 850.5'"),
    (lambda d: calibrate(d["lr"]["DEV"], type="crisp", thresholds="５５０"),
     "临界值 '５５０' 不是数字（thresholds 为 '５５０'）；请写 550（只用半角数字 0-9，不用全角数字）"),
    (lambda d: calibrate(d["lr"]["DEV"], type="crisp", thresholds="\u20138"),
     "临界值 '\u20138' 不是数字（thresholds 为 '\u20138'）；请写 -8（用半角 ASCII 的 '-'：'\u2013' 是短破折号（en dash），文档或网页中常"
     "这样写）"),
    (lambda d: calibrate(d["lr"]["DEV"], type="crisp", thresholds="\u20148"),
     "临界值 '\u20148' 不是数字（thresholds 为 '\u20148'）；请写 -8（用半角 ASCII 的 '-'：'\u2014' 是长破折号（em dash），文档或网页中常"
     "这样写）"),
    (lambda d: calibrate(d["lr"]["DEV"], type="crisp", thresholds="\ufe638"),
     "临界值 '\ufe638' 不是数字（thresholds 为 '\ufe638'）；请写 -8（用半角 ASCII 的 '-'：'\ufe63' 是小号连字减号，文档或网页中常这样写）"),
    (lambda d: calibrate(d["lr"]["DEV"], type="crisp", thresholds="\uff0d8"),
     "临界值 '\uff0d8' 不是数字（thresholds 为 '\uff0d8'）；请写 -8（用半角 ASCII 的 '-'：'\uff0d' 是全角连字减号，文档或网页中常这样写）"),
    (lambda d: pof("DEV*URB", d["lc"], "SURV", add=True),
     "add 是 R QCA 的 pof(..., add = ...)（一个（或一组）添加自定义拟合参数的函数），本引擎没有实现；请改用：请根据结果中的隶属度自行"
     "计算（pof(...).memberships、.outcome_membership）"),
    (lambda d: pof("DEV*URB", d["lc"], "SURV", inf_test=True),
     "inf_test 是 R QCA 的 pof(..., inf.test = ...)（对一致性相对 incl.cut 做二项检验），本引擎没有实现；请改用：permutation_benchmark() "
     "检验拟合是否优于随机（Braumoeller 2015）"),
    (lambda d: pof("DEV*URB", d["lc"], "SURV", incl_cut=0.8),
     "incl_cut 是 R QCA 的 pof(..., incl.cut = ...)（inf.test 的二项检验所用的阈值），本引擎没有实现；请改用：permutation_benchmark() "
     "检验拟合是否优于随机（Braumoeller 2015）"),
    (lambda d: super_subset(d["lc"], "SURV", CONDITIONS, add=True),
     "add 是 R QCA 的 superSubset(..., add = ...)（一个（或一组）添加自定义拟合参数的函数），本引擎没有实现；请改用：用 pof() 为找到的"
     "表达式计算拟合，再根据其隶属度计算该参数"),
    (lambda d: _partial_one_model().models[1],
     "models[1]：超出范围；只列出了 1 个模型（共有 1,954 个：这是部分答案）：M1，即 models[0] 或 models['M1']；位置从 0 开始计数：M1 是 "
     "models[0]"),
], ids=["exclude-empty", "exclude-a-float", "exclude-texts", "exclude-a-kind-of-rows", "exclude-a-space",
        "include-a-bool", "dir_exp-a-number-of-other-length", "negative-and-above-1", "data-a-file-name",
        "calibrate-two-names", "incl_cut-R-pair", "incl_cut-decimal-comma", "thresholds-semicolons-unreadable",
        "thresholds-decimal-commas", "thresholds-full-width-digits", "thresholds-en-dash", "thresholds-em-dash",
        "thresholds-small-hyphen-minus", "thresholds-full-width-hyphen-minus", "pof-R-add", "pof-R-inf.test",
        "pof-R-incl.cut", "super_subset-R-add", "a-model-past-a-partial-list-of-one"])
def test_the_rarer_engine_errors_have_their_chinese_line(mistake, expected, lipset):
    """Each of these errors' Chinese lines (or the hint or word it says) was met by no test: raised here by the
    engine, each has its whole line, the names and values copied."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mistake(lipset)
    assert engine_error_zh(raised.value) == expected, str(raised.value)


@pytest.mark.parametrize("number, what, call", [
    (1, "典型案例", "smmr(sol, 'typical')"),
    (2, "项中每个焦点合取项的典型案例", "smmr_focal_conjuncts(sol, term=1)"),
    (4, "覆盖度偏离案例", "smmr(sol, 'deviant coverage')"),
    (5, "个体无关案例", "smmr(sol, 'irrelevant')"),
    (6, "以上全部", "对 'typical'、'deviant consistency'、'deviant coverage'、'irrelevant' 中的每个 t 调用 smmr(sol, t)"),
])
def test_every_setmethods_number_of_cases_has_its_chinese_words(number, what, call, lipset):
    """smmr(sol, 3) (SetMethods' cases = 3) was the only number a test gave: the words of the others (SMMR_CASES_ZH,
    and smmr(cases = 6)'s call in prose) were met by none."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        smmr(lipset["sol"], number)
    assert engine_error_zh(raised.value) == (
        "cases 只能是 'typical'（典型）、'deviant consistency'（一致性偏离）、'deviant coverage'（覆盖度偏离）或 'irrelevant'"
        f"（个体无关），现为 {number}；SetMethods 的 smmr(cases = {number})（{what}）在这里写作 {call}：这里的案例类型用名称而不用"
        "编号（SetMethods 的 1、3、4、5 即 'typical'、'deviant consistency'、'deviant coverage'、'irrelevant'）"), str(raised.value)


def test_a_refusal_at_max_memberships_says_the_time_it_would_take_in_chinese_too():
    """Past a second of work, the refusal at max_memberships says how long the memberships would take ('about 2 s at
    1.6 ns each'): refused before any is computed, so cheap to meet here."""
    from analysis.workshop import engine_error_zh

    rng = np.random.default_rng(1)
    data = pd.DataFrame(rng.random((40_000, 17)), columns=[f"C{j}" for j in range(16)] + ["Y"])
    with pytest.raises(QCAComplexityError) as raised, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        truth_table(data, "Y", [f"C{j}" for j in range(16)], max_memberships=10)
    said = engine_error_zh(raised.value)
    assert " s at 1.6 ns each" in str(raised.value) and said, str(raised.value)
    seconds = str(raised.value).split("(about ")[1].split(" s at")[0]
    assert f"（约 {seconds} 秒，每个 1.6 纳秒）" in said, said


def _warned(call) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    return [str(w.message) for w in caught]


def test_a_constant_outcome_has_a_chinese_warning(lipset):
    from analysis.workshop import engine_warning_zh

    said = [engine_warning_zh(m) for m in _warned(lambda: truth_table(lipset["lc"].assign(SURV=1), "SURV", CONDITIONS))
            if "is constant" in m]
    assert said == ["结果 'SURV' 是常量（每个案例都为 1）：条件无法解释不变的结果（必要性与充分性失去意义或无定义，NaN）；请检查结果列、"
                    "其校准或所选的值"], said


def test_a_skewed_multi_value_condition_with_a_level_without_cases_has_a_chinese_warning(lipset):
    """'(multi-value, 3 levels with cases)': DEV coded 0, 1 and 3, level 2 empty, level 3 holding one case."""
    from analysis.workshop import engine_warning_zh

    data = lipset["lc"].assign(DEV=[0] * 8 + [1] * 9 + [3])
    said = [engine_warning_zh(m) for m in _warned(lambda: truth_table(data, "SURV", CONDITIONS))
            if m.startswith("skewed condition")]
    assert said == ["多值条件 'DEV' 偏斜（3 个有案例的水平）：水平 DEV[3] 6% 的案例比例在 [0.133, 0.8] 之外（即 [0.2, 0.8]，下限按 2/3 "
                    "缩放：均匀分布时每个水平占 1/3 的案例，而不是 1/2）；每个水平各是一个集合，因此一致性可能被高估，必要性的相关性可能"
                    "偏低（请查看 RoN 和覆盖度）"], said


@pytest.mark.parametrize("raw, where", [
    ([550.0] * 5, "每个案例都正好在交叉点 0.5（既不属于该集合，也不属于其否定）（原始数值从 550 到 550"),
    ([550.0, 400, 300], "没有案例高于 0.5（1 个在交叉点 0.5）（原始数值从 300 到 550"),
    ([550.0, 700, 900], "没有案例低于 0.5（1 个在交叉点 0.5）（原始数值从 550 到 900"),
], ids=["all-at-the-crossover", "none-above", "none-below"])
def test_a_calibration_with_cases_at_the_crossover_and_none_across_has_a_chinese_warning(raw, where):
    """A calibrated set with cases at 0.5 and none on the other side: two of _where_zh's four forms no test met."""
    from analysis.workshop import engine_warning_zh

    said = [engine_warning_zh(m) for m in _warned(lambda: calibrate(pd.Series(raw), thresholds="e=350, c=550, i=850"))]
    assert said == [f"校准后的集合：{where}，thresholds 为 'e=350, c=550, i=850'）：该集合在类别上没有变化（另一侧没有案例），任何分析都"
                    "无法使用；请检查 thresholds 是否与数据的尺度一致"], said


def _row(report, standard: str) -> str:
    return next(row["has"] for row in report.rows if row["standard"] == standard)


_ESA = "untenable and contradictory assumptions (ESA)"


def test_a_multi_value_directional_expectation_at_a_level_has_a_chinese_line(lipset):
    """good_practice's counterfactuals row says 'DEV at 2' for an expectation of one level of a multi-value
    condition: no test had one."""
    from analysis.workshop import engine_note_zh

    levels = lipset["lc"].assign(DEV=pd.cut(lipset["lr"]["DEV"], [0, 500, 800, 10_000], labels=False).astype(int))
    sol = minimize(truth_table(levels, "SURV", CONDITIONS, incl_cut=1.0), "?", dir_exp="2,1,1,1,1")
    row = _row(good_practice(sol), "counterfactuals")
    assert row.startswith("directional expectations: DEV at 2, URB present"), row
    assert engine_note_zh(row) == ("方向性预期：DEV 取 2、URB 存在、LIT 存在、IND 存在、STB 存在；简单反事实：2 个逻辑余项（第 24、30 行）；"
                                   "困难反事实：23 个逻辑余项；预期是否合理，要依据理论判读"), row


@pytest.mark.parametrize("dir_exp, said, zh", [
    ("1;2,1,1,1,1", "DEV at 1 or 2", "DEV 取 1 或 2"),   # two of three levels: an expectation, not none
    ("1,1,1,1,1", "DEV at 1", "DEV 取 1"),             # one level of three: not 'present', a crisp word
    ("0;1;2,1,1,1,1", "DEV either (no expectation)", "DEV 两者皆可（无预期）"),   # every level: none
])
def test_a_multi_value_expectation_of_several_levels_is_said_as_such(lipset, dir_exp, said, zh):
    """good_practice read a multi-value expectation of two levels ('DEV=1;2' of three) as 'either (no expectation)',
    as for '-', and one level 1 of three as 'present' (found by the workshop3 helper); it now says the levels
    expected, 'no expectation' only for '-' or every level, in English and in the Chinese line."""
    from analysis.workshop import engine_note_zh

    levels = lipset["lc"].assign(DEV=pd.cut(lipset["lr"]["DEV"], [0, 500, 800, 10_000], labels=False).astype(int))
    sol = minimize(truth_table(levels, "SURV", CONDITIONS, incl_cut=1.0), "?", dir_exp=dir_exp)
    row = _row(good_practice(sol), "counterfactuals")
    assert row.startswith(f"directional expectations: {said}, URB present"), row
    assert engine_note_zh(row).startswith(f"方向性预期：{zh}、URB 存在"), engine_note_zh(row)


def test_esa_says_in_chinese_to_repeat_the_step_when_the_new_solutions_share_other_remainders():
    """Blocking the contradictory simplifying assumptions and minimising again can leave the new parsimonious
    solutions sharing other remainders: ESA's row says to repeat the step. No test met it."""
    from test_qca_engine_scale import random_crisp

    from analysis.workshop import engine_note_zh

    data = random_crisp("esa12", 4, 12)
    conditions = [c for c in data.columns if c != "Y"]
    sol = minimize(truth_table(data, "Y", conditions, incl_cut=0.6), "?")
    negated = minimize(truth_table(data, "~Y", conditions, incl_cut=0.6), "?")
    row = _row(good_practice(sol, negated=negated), _ESA)
    assert "the new parsimonious solutions share 3 other remainders (rows 6, 13, 14): repeat the step" in row, row
    assert ("再重新最小化：新的简约解又共用 3 个其他逻辑余项（第 6、13、14 行）：请重复这一步（SetMethods 的 esa() 只把给出的行排除一次；"
            "重复这一步由使用者进行，这里已核对）") in engine_note_zh(row), row


def test_esa_says_in_chinese_when_blocking_leaves_no_positive_row():
    """The outcome explained by its contradictions alone (explain='1,C'): blocking the shared remainders leaves it no
    positive row, which ESA's row says. No test met it."""
    from analysis.workshop import engine_note_zh

    data = pd.DataFrame({"A": [0, 0, 1, 1], "B": [0, 0, 1, 1], "C": [0, 0, 1, 1], "Y": [1, 0, 0, 0]}, index=list("pqrs"))
    sol = minimize(truth_table(data, "Y", ["A", "B", "C"], incl_cut=(0.8, 0.2)), "?", explain="1,C")
    negated = minimize(truth_table(data, "~Y", ["A", "B", "C"], incl_cut=(0.8, 0.2)), "?")
    row = _row(good_practice(sol, negated=negated), _ESA)
    assert "then Y has no positive row left, so no solution" in row, row
    assert ("，再重新最小化：此时 Y 没有剩下正组态的行，因此没有解（SetMethods 的 esa() 只把给出的行排除一次）；未检查：与必要性相矛盾的"
            "逻辑余项（没有给出必要性分析）") in engine_note_zh(row), row


def test_esa_says_in_chinese_which_easy_counterfactuals_the_intermediate_solutions_share():
    """The intermediate solutions of the outcome and of its negation sharing an easy counterfactual, named by its row:
    the tests had them share none."""
    from test_qca_engine_scale import random_crisp

    from analysis.workshop import engine_note_zh

    data = random_crisp("ec0", 4, 14)
    conditions = [c for c in data.columns if c != "Y"]
    sol = minimize(truth_table(data, "Y", conditions, incl_cut=0.6), "?", dir_exp="1,1,1,1")
    negated = minimize(truth_table(data, "~Y", conditions, incl_cut=0.6), "?", dir_exp="1,1,1,1")
    row = _row(good_practice(sol, negated=negated), _ESA)
    assert "share 1 easy counterfactual (row 13)" in row, row
    assert "；结果与其否定的中间解共用 1 个简单反事实（第 13 行）；" in engine_note_zh(row), row


def test_esa_says_in_chinese_that_a_necessary_condition_outside_the_truth_table_was_not_checked(lipset):
    """A necessity analysis over a condition the truth table does not hold (STB): ESA's row says the remainders
    without it were not checked. No test met it."""
    from analysis.workshop import engine_note_zh

    tt = truth_table(lipset["lf"], "SURV", CONDITIONS[:4], incl_cut=0.8)
    row = _row(good_practice(minimize(tt, "?"), necessity=necessity(lipset["lf"], "SURV", CONDITIONS)), _ESA)
    assert row.endswith("; remainders without STB (not a literal of the truth table)"), row
    assert engine_note_zh(row).endswith("；缺少 STB 的逻辑余项（STB 不是真值表中的文字）"), row


def test_crisp_thresholds_missing_is_said_whole_in_chinese(lipset):
    """calibrate(x, type="crisp") without thresholds: the form read the message up to 'at or above 550;' and was not
    anchored at its end, so the Chinese line left out the rest ('two cut points, '550, 800', make three levels'):
    half of the message, which the workshop promises never to show. No test met the form."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        calibrate(lipset["lr"]["DEV"], type="crisp")
    assert engine_error_zh(raised.value) == ("缺少 thresholds：清晰集需要一个临界值，例如 thresholds=550（大于或等于 550 即属于该集合；"
                                             "两个临界值如 '550, 800' 则分出三个水平）"), str(raised.value)


def _esa_row_quoting(sol, negated) -> tuple[str, str]:
    """ESA's row of good_practice(sol, negated=negated), and the engine error it quotes (what its check of the
    contradictory simplifying assumptions raised, as contradictory_assumptions raises it)."""
    from analysis.qca.find_rows import contradictory_assumptions

    with pytest.raises((QCAInputError, QCAComplexityError)) as raised:
        contradictory_assumptions(sol, negated)
    return _row(good_practice(sol, negated=negated), _ESA), str(raised.value)


def test_an_esa_row_quoting_the_error_of_its_check_has_a_chinese_line():
    """good_practice's ESA row quotes the engine's error when its check of the contradictory simplifying assumptions
    fails ('not checked: contradictory simplifying assumptions (the parsimonious solution for Y is partial ...)', or
    '(the simplifying assumptions are too many to list ...)'): such a row had no Chinese line at all. The error is
    said by its own Chinese line (engine_error_zh's), inside the row's; the row of many conditions also says that
    some models' remainders are too many to list, a part no test met."""
    from test_qca_engine_scale import random_crisp, tt_of

    from analysis.workshop import engine_error_zh, engine_note_zh

    cut = random_crisp("partial-a", 8, 40)
    wide = random_crisp("wide", 22, 30, planted=True)
    cases = [(minimize(tt_of(cut), "?", max_models=3), minimize(truth_table(cut, "~Y", list(cut.columns[:-1])), "?")),
             (minimize(tt_of(wide), "?", sa_limit=1), minimize(truth_table(wide, "~Y", list(wide.columns[:-1])), "?",
                                                               sa_limit=1))]
    rows = []
    for sol, negated in cases:
        row, error = _esa_row_quoting(sol, negated)
        assert f"not checked: contradictory simplifying assumptions ({error}); " in row, (row, error)
        error_zh = engine_error_zh(QCAInputError(error))
        assert error_zh, error
        assert f"未检查：矛盾的简化假设（{error_zh}）；与必要性相矛盾的逻辑余项（没有给出必要性分析）" in (engine_note_zh(row) or ""), row
        rows.append(row)
    assert rows[1].startswith("remainders used by the models: parsimonious 0 (some models' too many to list); ")
    assert engine_note_zh(rows[1]).startswith("模型所用的逻辑余项：简约解 0（部分模型的逻辑余项太多，无法列出）；"), rows[1]


def test_an_esa_row_quoting_the_error_of_minimising_again_has_a_chinese_line(monkeypatch):
    """The ESA row minimises again without the contradictory simplifying assumptions; where that fails, it quotes the
    engine's error ('... and minimise again (not done here: <the error>; ...)'), and the row had no Chinese line. The
    minimisation again is run here at max_implicants=1 (a table too large for the engine's budgets, at the size of
    Lipset's): its error is said by its own Chinese line inside the row's."""
    import sys

    from analysis.paths import DATASETS
    from analysis.workshop import engine_error_zh, engine_note_zh

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    sol, negated = (minimize(truth_table(lf, outcome, CONDITIONS, incl_cut=0.8), "?") for outcome in ("SURV", "~SURV"))
    minimize_module = sys.modules["analysis.qca.minimize"]   # the package's name minimize is the function
    real = minimize_module.minimize
    monkeypatch.setattr(minimize_module, "minimize", lambda tt, **kw: real(tt, **kw, max_implicants=1))
    row = _row(good_practice(sol, negated=negated), _ESA)
    error = row.split("and minimise again (not done here: ")[1].split("; SetMethods' esa() blocks the rows it is given "
                                                                      "once)")[0]
    assert error.startswith("more than max_implicants = 1 prime implicants (5 conditions, "), row
    assert (f"，再重新最小化（这里没有进行：{engine_error_zh(QCAComplexityError(error))}；SetMethods 的 esa() 只把给出的行排除一次）；"
            "未检查：与必要性相矛盾的逻辑余项（没有给出必要性分析）" in (engine_note_zh(row) or "")), row


def test_an_esa_row_quoting_an_error_without_a_chinese_line_has_none():
    """No half line: an error the workshop cannot say in Chinese, quoted by the ESA row, leaves the row without a
    Chinese line (the row as the engine writes it, with an error of no known form in its place)."""
    from test_qca_engine_scale import random_crisp, tt_of

    from analysis.workshop import engine_note_zh

    cut = random_crisp("partial-a", 8, 40)
    row, error = _esa_row_quoting(minimize(tt_of(cut), "?", max_models=3),
                                  minimize(truth_table(cut, "~Y", list(cut.columns[:-1])), "?"))
    assert engine_note_zh(row)
    assert engine_note_zh(row.replace(error, "x is of a form no line reads (a message the engine never gives)")) is None


@pytest.mark.parametrize("word, value, meaning", [("absent", "0", "预期缺失"), ("any", "-", "无预期")])
def test_a_word_for_a_directional_expectation_has_the_value_to_write_in_chinese(word, value, meaning, lipset):
    """dir_exp="DEV=absent": the engine says which value to write for the word ('; write 0 for 'absent' (expected
    absent)'); the form was not anchored at the message's end and its Chinese line left that out."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        minimize(lipset["tt"], "?", dir_exp=f"DEV={word}")
    assert engine_error_zh(raised.value) == (
        f"条件 'DEV' 的方向性预期 '{word}' 不是 1、0、'-'（无预期），也不是以 ';' 相连的多值条件取值（如 1;2）；'{word}' 请写 "
        f"{value}（{meaning}）"), str(raised.value)


def test_a_condition_at_the_crossover_has_a_chinese_warning(lipset):
    """Fuzzy memberships of exactly 0.5 in a condition (the cases are in no truth table row): the engine's warning had
    no Chinese line, while the outcome's at 0.5 had one."""
    from analysis.workshop import engine_warning_zh

    data = lipset["lf"].assign(DEV=[0.5, 0.5] + list(lipset["lf"]["DEV"][2:]))
    said = [engine_warning_zh(m) for m in _warned(lambda: truth_table(data, "SURV", CONDITIONS)) if "exactly 0.5" in m]
    assert said == ["条件 'DEV' 中案例 'AU', 'BE' 的隶属度正好是 0.5：这些案例不属于真值表的任何一行（最大的模糊性）；请重新校准，"
                    "避免隶属度为 0.5"], said


@pytest.mark.parametrize("values, said", [
    ([0] * 8 + [1] * 9 + [3],
     "条件 'DEV' 的整数取值为 0, 1, 3，被读作水平为 0..3 的多值集合，其中水平 2 没有案例（它们给逻辑余项增加空的组态）；若 'DEV' 是"
     "有间隔的代码，"),
    ([1, 2, 3, 5] * 4 + [1, 2],
     "条件 'DEV' 的整数取值为 1, 2, 3, 5，被读作水平为 0..5 的多值集合，其中水平 0, 4 没有案例（它们给逻辑余项增加空的组态）；若 'DEV' "
     "是原始分数（如 1-5 的李克特量表）或数字代码，"),
    ([0, 1, 2, 4], None),
], ids=["codes-with-gaps", "a-likert-scale", "case-numbers"])
def test_multi_value_levels_without_a_case_have_a_chinese_warning(values, said, lipset):
    """A condition of whole numbers with a gap, read as a multi-value set with a level without a case: the engine
    warns (calibrate it first; or, for four cases numbered 0, 1, 2, 4, pass case_column), without a Chinese line
    until now."""
    from analysis.workshop import engine_warning_zh

    data = lipset["lc"].iloc[:len(values)].assign(DEV=values)
    lines = [engine_warning_zh(m) for m in _warned(lambda: truth_table(data, "SURV", CONDITIONS))
             if "integer values" in m]
    assert len(lines) == 1 and lines[0], lines
    calibrate_zh = ("请先校准：清晰集或多值集合用 calibrate(x, type='crisp', thresholds=[...])，模糊集用 calibrate(x, thresholds='e=.., "
                    "c=.., i=..')（analysis.qca.calibrate；命令行：python -m analysis.qca calibrate DATA --spec SPEC，例如 DEV: "
                    "{type: crisp, thresholds: ..}）")
    if said is not None:
        assert lines[0] == said + calibrate_zh, lines
    else:
        assert lines[0].endswith(f"{calibrate_zh}；若 'DEV' 是案例的编号（案例标识），请传 case_column='DEV'（命令行："
                                 "--case-column DEV）"), lines


@pytest.mark.parametrize("dir_exp, expected", [
    ("DEV=1;1", "条件 'DEV' 的方向性预期 '1;1' 把取值 1 写了两次；每个取值只写一次"),
    ({"DEV": []}, "条件 'DEV' 的方向性预期为空；无预期的写 '-'"),
    ("STB:DEV", "方向性预期 'STB:DEV'：范围 'STB:DEV' 的方向反了（在条件中 'STB' 排在 'DEV' 之后）；请写 DEV:STB"),
    ({"DEV": [1, "a"]}, "条件 'DEV' 的方向性预期 [1, 'a'] 不是 1、0、'-'（无预期），也不是以 ';' 相连的多值条件取值（如 1;2）"),
], ids=["a-value-twice", "empty", "a-range-backwards", "a-list-with-a-word"])
def test_the_other_refusals_of_a_directional_expectation_have_a_chinese_line(dir_exp, expected, lipset):
    """Directional expectations exercise 3 and step 5 write: a value named twice, an empty one, R's range of
    conditions written backwards, a list holding a word. The engine refused them in English alone (the form of a value
    that is no value read a quoted text only)."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        minimize(lipset["tt"], "?", dir_exp=dir_exp)
    assert engine_error_zh(raised.value) == expected, str(raised.value)


def test_no_negative_row_with_every_configuration_observed_positive_has_a_chinese_line():
    """Every configuration observed, and positive: the engine adds that the conservative solution is '1' as well,
    a part of the 'no negative row' form no test met."""
    from analysis.workshop import engine_error_zh

    data = pd.DataFrame({"A": [0, 0, 1, 1], "B": [0, 1, 0, 1], "Y": [1, 1, 1, 1]}, index=list("pqrs"))
    with pytest.raises(QCAInputError) as raised, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        minimize(truth_table(data, "Y", ["A", "B"]), "?")
    assert engine_error_zh(raised.value) == (
        "没有可对照的负组态：真值表中没有 OUT = 0 的行，解可用的组态都是正组态、逻辑余项或无关组态，最小化只得到恒真式 '1'（所有案例），"
        "什么也解释不了（R 的 minimize 也在此停止）；所有组态（4 个中的 4 个）都是 OUT = 1 的观察行，因此复杂解也是 '1'。请检查真值表："
        "阈值（incl_cut = 1）、结果"), str(raised.value)


@pytest.mark.parametrize("changed, counted", [
    ({"SURV": 0}, "程度上的一致性偏离 3、隶属度 0.5（结果 = 0.5） 1；"),
    ({"STB": 0, "SURV": 0}, "程度上的一致性偏离 3、隶属度 0.5（解 = 结果 = 0.5） 1；"),
    ({"STB": 2}, "个体无关 10、隶属度 0.5（解 = 0.5） 2、典型 2、"),
], ids=["outcome", "solution-and-outcome", "solution"])
def test_good_practices_cases_row_with_cases_at_the_crossover_has_a_chinese_line(changed, counted, lipset):
    """A case at the crossover (a membership of exactly 0.5 in the outcome, the solution or both) is counted in
    good_practice's cases row as 'at crossover (outcome = 0.5) 1'; the row's form read types of letters and blanks
    only, so such a row had no Chinese line."""
    from analysis.qca import case_typology
    from analysis.workshop import engine_note_zh

    lf = lipset["lf"].copy()
    for column, last in changed.items():   # the first cases, up to row `last`, at 0.5
        lf.iloc[:last + 1, lf.columns.get_loc(column)] = 0.5
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sol = minimize(truth_table(lf, "SURV", CONDITIONS, incl_cut=0.7), "?")
        row = _row(good_practice(sol, cases=case_typology(sol)), "typical and deviant cases")
    assert "at crossover (" in row, row
    assert counted in (engine_note_zh(row) or ""), row


_DECIMAL_ZH = "；是小数逗号吗？',' 用来分隔各临界值，所以每个数被读成了两个："


@pytest.mark.parametrize("mistake, expected", [
    (lambda d: case_typology_of(d, model=[1, 2]), "model 必须是 1..1 之间的模型编号（M1 为 1），现为 [1, 2]"),
    (lambda d: case_typology_of(d, model={"a": 1}), "model 必须是 1..1 之间的模型编号（M1 为 1），现为 {'a': 1}"),
    (lambda d: minimize(d["tt"], "?", explain=[1, 2]),
     "explain 只能是 '1'（正组态的行）或 '1,C'（正组态的行和矛盾行），现为 [1, 2]"),
    (lambda d: minimize(d["tt"], include=[1, 2]), "include 只能包含 '?'（逻辑余项）和 'C'（矛盾行），现为 [1, 2]"),
    (lambda d: minimize(d["tt"], "?", exclude=-1),
     "exclude：行号 -1 超出范围：真值表的行号为 1..32（从 1 开始编号，第一个条件为最高位）"),
    (lambda d: smmr(d["sol"], {"a": 1}),
     "cases 只能是 'typical'（典型）、'deviant consistency'（一致性偏离）、'deviant coverage'（覆盖度偏离）或 'irrelevant'（个体"
     "无关），现为 {'a': 1}"),
    (lambda d: calibrate(d["lr"]["DEV"], [1, 2]),
     "type 只能是 'fuzzy'（模糊集）或 'crisp'（清晰集），现为 [1, 2]：是把 thresholds 写成了第二个参数吗？第二个参数是 type；请写 "
     "thresholds=[1, 2]"),
    (lambda d: calibrate(d["lr"]["DEV"], thresholds="1,2"),
     "模糊集校准需要 3 个临界值（e, c, i：完全不隶属、交叉点、完全隶属）或 6 个（e1, c1, i1, i2, c2, e2），现为 2 个；若要以 1, 2 为"
     f"临界值做清晰集，请写 type='crisp'（默认的 type 是 'fuzzy'）{_DECIMAL_ZH}请写 '1.2'"),
    (lambda d: calibrate(d["lr"]["DEV"], thresholds="0,2,0,5,0"),
     "模糊集校准需要 3 个临界值（e, c, i：完全不隶属、交叉点、完全隶属）或 6 个（e1, c1, i1, i2, c2, e2），现为 5 个"
     f"{_DECIMAL_ZH}请用小数点写数字，例如 '0.2, 0.5, 0.9'"),
    (lambda d: calibrate(d["lr"]["DEV"], thresholds="0,2, 0,55, 0,85"),
     "六个锚点须按 e1 < c1 < i1 <= i2 < c2 < e2（钟形）或 i1 < c1 < e1 <= e2 < c2 < i2（倒钟形）排列，现为 e1=0, c1=2, i1=0, "
     f"i2=55, c2=0, e2=85{_DECIMAL_ZH}请写 '0.2, 0.55, 0.85'"),
    (lambda d: calibrate(d["lr"]["DEV"], thresholds="e1=900, c1=700, i1=600, i2=500, c2=400, e2=300"),
     "六个锚点须按 e1 < c1 < i1 <= i2 < c2 < e2（钟形）或 i1 < c1 < e1 <= e2 < c2 < i2（倒钟形）排列，现为 e1=900, c1=700, "
     "i1=600, i2=500, c2=400, e2=300"),
], ids=["model-a-list", "model-a-dict", "explain-a-list", "include-a-list", "exclude-a-negative-row", "smmr-a-dict",
        "calibrate-a-list-second", "thresholds-two-with-a-decimal-comma", "thresholds-five-decimal-commas",
        "thresholds-decimal-commas-read-as-six", "six-anchors-out-of-order"])
def test_errors_with_a_value_of_another_shape_or_a_decimal_comma_hint_have_a_chinese_line(mistake, expected, lipset):
    """Forms of the table read the value given as a quoted text or a word ('got [1, 2]', 'got {'a': 1}', row -1 out
    of range: no line), and calibrate's hint for thresholds typed with decimal commas ('0,2, 0,55, 0,85': each number
    read as two) was read by no form; a bell's six anchors out of order had no form. Each now has its whole line."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        mistake(lipset)
    assert engine_error_zh(raised.value) == expected, str(raised.value)


def case_typology_of(d, **kw):   # case_typology of the fixture's solution
    from analysis.qca import case_typology

    return case_typology(d["sol"], **kw)


@pytest.mark.parametrize("mistake, expected", [
    (lambda d: minimize(d["tt"], "?", row_dominance="yes"), "row_dominance 只能是 True 或 False，现为 'yes'"),
    (lambda d: truth_table(d["lc"], "SURV", CONDITIONS, show_cases="TRUE"),
     "show_cases 只能是 True 或 False，现为 'TRUE'；请写 show_cases=True（R 的 TRUE 即 Python 的 True，不是文本）"),
    (lambda d: calibrate(d["lr"]["DEV"], thresholds="e=350, c=550, i=850", method="indirekt"),
     "method 只能是 'direct'（直接法）或 'indirect'（间接法），现为 'indirekt'；是否想写 'indirect'？"),
    (lambda d: necessity(d["lc"], "SURV", CONDITIONS, case_column="case"),
     "case_column 'case' 是数据的索引（读入时用了 index_col='case'），索引已经给出了案例名称：请去掉 case_column（它要的是数据中一列"
     "案例名称）"),
    (lambda d: truth_table(d["lc"].reset_index(), "SURV", CONDITIONS, case_column="Case"),
     "case_column 'Case' 不是数据中的列：它要的是数据中一列案例名称；是否想写 'case'？（名称区分大小写）（数据的列：'case', 'DEV', "
     "'URB', 'LIT', 'IND', 'STB', 'SURV'）"),
], ids=["a-flag-a-word", "a-flag-R-TRUE", "calibrate-method-misspelt", "case_column-the-index", "case_column-misspelt"])
def test_a_flag_a_calibration_method_and_a_case_column_have_a_chinese_line(mistake, expected, lipset):
    """Refusals the workshop's calls meet with arguments of their own: a yes/no argument given as text (R's "TRUE"),
    calibrate's method misspelt, and case_column naming the index the data were read with (index_col='case', as the
    workshop reads its tables) or no column. The engine said them in English alone."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        mistake(lipset)
    assert engine_error_zh(raised.value) == expected, str(raised.value)


@pytest.mark.parametrize("mistake, expected", [
    (lambda d: truth_table(d["lc"], "SURV", CONDITIONS, sort_by="inclS"),
     "sort_by：'inclS' 不是真值表的列；可按以下列排序：OUT, n, incl, PRI, DEV, URB, LIT, IND, STB；是否想写 'incl'？"),
    (lambda d: truth_table(d["lc"], "SURV", CONDITIONS, sort_by="-incl"),
     "sort_by：'-incl' 不是真值表的列；可按以下列排序：OUT, n, incl, PRI, DEV, URB, LIT, IND, STB；方向不用 '-' 表示：incl 默认按"
     "降序排列（同 R 的 sort.by），incl=FALSE 为升序"),
    (lambda d: truth_table(d["lc"], "SURV", CONDITIONS, sort_by="incl, incl"), "sort_by 中 'incl' 出现了两次；每列只写一次"),
    (lambda d: truth_table(d["lc"], "SURV", CONDITIONS, sort_by={"incl": 1}),
     "sort_by 'incl'：方向只能是 TRUE（降序）或 FALSE（升序），现为 1"),
    (lambda d: truth_table(d["lc"], "SURV", CONDITIONS, sort_by=-1),
     "sort_by 须为列名（'incl, n' 或 ['incl', 'n']）或从列到是否降序的映射（{'incl': True, 'n': False}），现为 -1"),
    (lambda d: calibrate(d["lr"]["DEV"], thresholds=""), "thresholds 文本 '' 是空的"),
    (lambda d: calibrate(d["lr"]["DEV"], thresholds="e=350, c=inf, i=850"),
     "临界值 'inf' 不是有限的数（thresholds 为 'e=350, c=inf, i=850'）"),
], ids=["sort_by-misspelt", "sort_by-R-minus", "sort_by-twice", "sort_by-a-direction", "sort_by-a-number",
        "thresholds-empty", "threshold-infinite"])
def test_sort_by_and_empty_or_infinite_thresholds_have_a_chinese_line(mistake, expected, lipset):
    """truth_table's sort_by (R's sort.by: a column misspelt, R's '-incl' for decreasing, a column twice, a direction
    or a value of another kind) and calibrate's thresholds empty or infinite were refused in English alone."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        mistake(lipset)
    assert engine_error_zh(raised.value) == expected, str(raised.value)


@pytest.mark.parametrize("mistake, expected", [
    (lambda d: configuration_chart_of(d["tt"]), "configuration_chart 需要 minimize() 返回的解（Solution），现为 TruthTable"),
    (lambda d: truth_table(d["lc"].iloc[:0], "SURV", CONDITIONS), "数据表是空的（没有案例或没有列）；QCA 需要有结果和至少一个条件的案例"),
    (lambda d: truth_table(pd.concat([d["lc"], d["lc"][["DEV"]]], axis=1), "SURV", CONDITIONS),
     "数据中有重复的列名：DEV；列名必须唯一"),
    (lambda d: truth_table(d["lc"], "SURV", ["DEV", "DEV", "URB"]), "条件中 'DEV' 出现了两次；每个条件只写一次"),
    (lambda d: pof("", d["lc"], "SURV"), "表达式必须是非空的文本，例如 'A*~B + C'，现为 ''"),
    (lambda d: super_subset(d["lc"], "SURV", CONDITIONS, depth=0), "depth 必须是 1 到条件数（5）之间的整数，现为 0"),
    (lambda d: super_subset(d["lc"], "SURV", CONDITIONS, relation="necsuf"),
     "relation 只能是 'sufficiency'（充分性）或 'necessity'（必要性）（或 'suf' / 'nec'），现为 'necsuf'；R 的 superSubset(relation "
     "= 'necsuf')（集合既是必要的又是充分的）在这里没有实现：请分别运行 relation='necessity' 和 relation='sufficiency'，保留两者都列出的"),
], ids=["configuration_chart-a-table", "data-empty", "data-a-column-twice", "a-condition-twice", "pof-empty",
        "super_subset-depth-0", "super_subset-R-necsuf"])
def test_more_refusals_of_the_workshops_calls_have_a_chinese_line(mistake, expected, lipset):
    """Refusals of a teacher's own data and of the calls the workshop's notes name (configuration_chart of a truth
    table, an empty data frame, a column or a condition named twice, an empty expression, super_subset's depth and
    relation) were in English alone."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        mistake(lipset)
    assert engine_error_zh(raised.value) == expected, str(raised.value)


def configuration_chart_of(table):   # configuration_chart, imported where it is called
    from analysis.qca import configuration_chart

    return configuration_chart(table)


def _total_row(columns) -> pd.DataFrame:
    total = pd.DataFrame({c: [18.0] for c in columns}, index=["Total"])
    total["SURV"] = np.nan
    return total


@pytest.mark.parametrize("data, expected", [
    (lambda lc: lc.assign(DEV=[np.nan] * 7 + [1] * 11, URB=[np.nan] + [1] * 17),
     "列 'DEV'（案例 'AU', 'BE', 'CZ', 'EE', 'FI' 及另外 2 个）；'URB'（案例 'AU'）中有缺失值：QCA 无法把隶属度缺失的案例放进任何组态；"
     "请先明确地删除或插补这些案例（要删除它们并列出被删除的案例：在 Python 中用 drop_missing_cases(df, ['DEV', 'URB'])；在命令行中加上 --drop-missing）"),
    (lambda lc: lc.astype(object).assign(DEV=["NA"] + [1] * 17),
     "列 'DEV'（案例 'AU'，标为 'NA'）中有缺失值：QCA 无法把隶属度缺失的案例放进任何组态；请先明确地删除或插补这些案例"
     "（要删除它们并列出被删除的案例：在 Python 中用 drop_missing_cases(df, ['DEV'])；在命令行中加上 --drop-missing）"),
    (lambda lc: pd.concat([lc, _total_row(lc.columns)]),
     "列 'SURV'（案例 'Total'）中有缺失值：QCA 无法把隶属度缺失的案例放进任何组态；请先明确地删除或插补这些案例"
     "（要删除它们并列出被删除的案例：在 Python 中用 drop_missing_cases(df, ['SURV'])；在命令行中加上 --drop-missing）；案例 'Total' 像是数据"
     "下方的汇总行（合计、均值或其他统计量），不是案例：请删除该行"),
    (lambda lc: pd.concat([lc, pd.DataFrame({c: [np.nan] for c in lc.columns}, index=["x"])]),
     "数据的第 19 行是空的（任何列都没有值；如 Excel 末尾的 ',,,' 行）：请先删除它（df.dropna(how='all')）"),
], ids=["missing-in-two-columns", "a-cell-marked-NA", "a-summary-row", "an-empty-row"])
def test_missing_memberships_and_empty_rows_have_a_chinese_line(data, expected, lipset):
    """A teacher's own data with missing memberships (NaN, a cell marked 'NA', a 'Total' row below the data) or an
    empty row: refused in English alone."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        truth_table(data(lipset["lc"]), "SURV", CONDITIONS)
    assert engine_error_zh(raised.value) == expected, str(raised.value)


@pytest.mark.parametrize("mistake, expected", [
    (lambda d: theory_evaluation("DEV*XX", d["sol"]),
     "theory 'DEV*XX'：项 'DEV*XX' 中的 'XX' 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' 相连）（条件：'DEV', 'URB', 'LIT', 'IND', "
     "'STB'）"),
    (lambda d: theory_evaluation("dev*STB + LIT*YY", d["sol"]),
     "theory 'dev*STB + LIT*YY'：表达式 'dev*STB + LIT*YY' 中的 'dev', 'YY' 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' "
     "相连）；'dev'：是否想写 'DEV'？（名称区分大小写；小写并不表示缺失，否定写作 '~DEV'）（条件：'DEV', 'URB', 'LIT', 'IND', 'STB'）"),
    (lambda d: theory_evaluation("DEV**URB", d["sol"]),
     "theory 'DEV**URB'：无法读取项 'DEV**URB' 中的文字 ''：请写 A、~A 或 A[v]，以 '*' 相连"),
    (lambda d: esa(d["tt"], nec_cond="XX"),
     "nec_cond 'XX'：项 'XX' 中的 'XX' 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' 相连）（条件：'DEV', 'URB', 'LIT', 'IND', 'STB'）"),
    (lambda d: esa(d["tt"], nec_cond=["LIT", "XX"]),
     "nec_cond[1] 'XX'：项 'XX' 中的 'XX' 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' 相连）（条件：'DEV', 'URB', 'LIT', 'IND', "
     "'STB'）"),
    (lambda d: esa(d["tt"], nec_cond=["DVE", "lit"]),
     "nec_cond ['DVE', 'lit']：'DVE', 'lit' 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' 相连）；'DVE'：是否想写 'DEV'？"
     "'lit'：是否想写 'LIT'？（名称区分大小写；小写并不表示缺失，否定写作 '~LIT'）（条件：'DEV', 'URB', 'LIT', 'IND', 'STB'）"),
    (lambda d: esa(d["tt"], untenable="DEV*XX"),
     "untenable 'DEV*XX'：项 'DEV*XX' 中的 'XX' 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' 相连）（条件：'DEV', 'URB', 'LIT', "
     "'IND', 'STB'）"),
], ids=["theory-a-term", "theory-an-expression-two-names", "theory-a-literal-unread", "nec_cond-a-name",
        "nec_cond-a-name-in-a-list", "nec_cond-two-names-each-a-hint", "untenable-a-name"])
def test_an_expression_argument_s_own_error_has_a_chinese_line(mistake, expected, lipset):
    """theory_evaluation's theory and esa's nec_cond and untenable name themselves before the error their check of
    the expression gave ("theory 'DEV*XX': unknown condition ..."), and esa names every unknown necessary condition of
    a list at once without a term ("nec_cond ['DVE', 'lit']: unknown conditions 'DVE', 'lit'; did you mean ..."):
    no form began so, and these had no Chinese line."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mistake(lipset)
    assert engine_error_zh(raised.value) == expected, str(raised.value)


@pytest.mark.parametrize("argv, expected", [
    (["theory", "--theory", "DEV*dev"],
     "--theory 'DEV*dev'：项 'DEV*dev' 中的 'dev' 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' 相连）；是否想写 'DEV'？（名称"
     "区分大小写；小写并不表示缺失，否定写作 '~DEV'）（条件：'DEV', 'URB', 'LIT', 'IND', 'STB'）"),
    (["esa", "--nec-cond", "XX,YY"],
     "--nec-cond 'XX,YY'：'XX', 'YY' 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' 相连）（条件：'DEV', 'URB', 'LIT', 'IND', 'STB'）"),
], ids=["theory", "esa-nec-cond"])
def test_an_expression_flag_s_own_error_has_a_chinese_line(argv, expected, capsys):
    """The command line names the flag (--theory, --nec-cond) where the library names the argument: the same line."""
    from _cli import run

    from analysis.paths import DATASETS
    from analysis.workshop import _error_message_zh

    code, _out, err = run(capsys, argv[0], str(DATASETS / "LC.csv"), "--outcome", "SURV", "--conditions",
                          ",".join(CONDITIONS), *argv[1:])
    assert code == 2 and err.startswith("error: "), err
    assert _error_message_zh(err.strip()[len("error: "):]) == expected, err


@pytest.mark.parametrize("sort_by, expected", [
    ("OUTT,icnl",
     "sort_by：'OUTT', 'icnl' 都不是真值表的列；可按以下列排序：OUT, n, incl, PRI, DEV, URB, LIT, IND, STB；'OUTT'：是否想写 "
     "'OUT'？'icnl'：是否想写 'incl'？"),
    ("-incl,-n",
     "sort_by：'-incl', '-n' 都不是真值表的列；可按以下列排序：OUT, n, incl, PRI, DEV, URB, LIT, IND, STB；方向不用 '-' 表示："
     "incl 默认按降序排列（同 R 的 sort.by），incl=FALSE 为升序；方向不用 '-' 表示：n 默认按降序排列（同 R 的 sort.by），n=FALSE "
     "为升序"),
    ("xx,yy", "sort_by：'xx', 'yy' 都不是真值表的列；可按以下列排序：OUT, n, incl, PRI, DEV, URB, LIT, IND, STB"),
    ("incl，n", "sort_by：'incl，n' 不是真值表的列；可按以下列排序：OUT, n, incl, PRI, DEV, URB, LIT, IND, STB；'，' 是中文输入法输入的"
               "全角字符：QCA 的语法需要半角（ASCII）的 ','，例如 'incl,n'"),
], ids=["two-misspelt", "R-s-minus-twice", "two-unknown-without-a-hint", "a-full-width-comma"])
def test_several_unknown_sort_by_columns_have_a_chinese_line(sort_by, expected, lipset):
    """truth_table names every column of sort_by it does not know at once ("sort_by: 'OUTT', 'icnl' are not columns
    of the truth table; ...; did you mean 'OUT'?; did you mean 'incl'?"), each with its own hint: the form read one
    name and one hint, and these were in English alone."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        truth_table(lipset["lc"], "SURV", CONDITIONS, sort_by=sort_by)
    assert engine_error_zh(raised.value) == expected, str(raised.value)


_NEEDS_ZH = "。QCA 需要数字：0/1（清晰集）、整数 0..L-1（多值集合）或 [0, 1] 中的隶属度（模糊集）"


@pytest.mark.parametrize("cells, expected", [
    (lambda dev: ["x", *dev[1:]],
     "列 'DEV'（案例 'AU'（'x'））中有不是数字的值；'DEV'：输错的单元格（该列其余单元格都是数字）：请改正"),
    (lambda dev: ["是"] * 9 + ["否"] * 9,
     "列 'DEV'（案例 'AU'（'是'）, 'BE'（'是'）, 'CZ'（'是'）, 'EE'（'是'）, 'FI'（'是'） 及另外 13 个）中有不是数字的值；'DEV'："
     "是/否标签：请重新编码为 1/0（pandas 中：df[col] = df[col].map({'是': 1, '否': 0})；或导出数字代码，而不是值标签）"),
    (lambda dev: ["１", *dev[1:]],
     "列 'DEV'（案例 'AU'（'１'））中有不是数字的值；'DEV'：全角字符（如 '１'，中文或日文输入法输入）：请用半角（ASCII）的数字、小数点"
     "和正负号写数字，例如 '1'"),
    (lambda dev: ["0,5", *dev[1:]],
     "列 'DEV'（案例 'AU'（'0,5'））中有不是数字的值；'DEV'：小数逗号（或千位分隔符）：请用小数点写数字，不加分隔符（'0,5'：0.5），例如另存 "
     "CSV 时以 '.' 作小数点"),
    (lambda dev: ["90%", *dev[1:]],
     "列 'DEV'（案例 'AU'（'90%'））中有不是数字的值；'DEV'：隶属度中的百分数（'90%' 即 0.9）：请像该列其他单元格那样，写成 0 到 1 之间"
     "的隶属度"),
    (lambda dev: ["90%"] * 18,
     "列 'DEV'（案例 'AU'（'90%'）, 'BE'（'90%'）, 'CZ'（'90%'）, 'EE'（'90%'）, 'FI'（'90%'） 及另外 13 个）中有不是数字的值；"
     "'DEV'：百分数：QCA 需要 [0, 1] 中的隶属度；请先校准原始的百分数（analysis.qca.calibrate）"),
    (lambda dev: [f"n{i}" for i in range(18)],
     "列 'DEV'（案例 'AU'（'n0'）, 'BE'（'n1'）, 'CZ'（'n2'）, 'EE'（'n3'）, 'FI'（'n4'） 及另外 13 个）中有不是数字的值；'DEV'："
     "每个值都是文本且各不相同，像案例名称：若 'DEV' 是案例名称，请传 case_column='DEV'（命令行：--case-column DEV）"),
    (lambda dev: ["low"] * 9 + ["high"] * 9,
     "列 'DEV'（案例 'AU'（'low'）, 'BE'（'low'）, 'CZ'（'low'）, 'EE'（'low'）, 'FI'（'low'） 及另外 13 个）中有不是数字的值；"
     "'DEV'：文字标签（如 SPSS 的值标签）：请导出数字代码，或把标签重新编码为数字"),
], ids=["a-mistyped-cell", "yes-no-words", "a-full-width-digit", "a-decimal-comma", "a-percentage-among-memberships",
        "percentages", "names-like-case-names", "text-labels"])
def test_cells_that_are_not_numbers_have_a_chinese_line(cells, expected, lipset):
    """A teacher's own data with cells that are not numbers: refused naming each column, its cases with their cells'
    text and why they are probably there, in English alone."""
    from analysis.workshop import engine_error_zh

    data = lipset["lc"].astype(object).assign(DEV=cells(list(lipset["lc"]["DEV"])))
    with pytest.raises(QCAInputError) as raised:
        truth_table(data, "SURV", CONDITIONS)
    assert engine_error_zh(raised.value) == expected + _NEEDS_ZH, str(raised.value)


def test_a_yes_no_column_is_told_the_pandas_line_that_recodes_it(lipset):
    """'a yes/no label: recode it to 1/0' said what to do but not how: a researcher with 是/否 typed in the outcome
    (here '是' alone in one column) looked up how to recode. The hint now gives the pandas line, in English and in
    Chinese, and that line, run as written, gives the 1/0 column the analysis reads."""
    from analysis.workshop import engine_error_zh

    data = lipset["lc"].astype(object)
    data = data.assign(SURV=["是" if v == 1 else "否" for v in data["SURV"]], DEV=["是"] * len(data))
    with pytest.raises(QCAInputError) as raised:
        truth_table(data, "SURV", CONDITIONS)
    line = re.search(r"in pandas: (df\[col\] = df\[col\]\.map\(\{[^}]*\}\));", str(raised.value))
    assert line and line.group(1) == "df[col] = df[col].map({'是': 1, '否': 0})", str(raised.value)
    assert f"pandas 中：{line.group(1)}；" in engine_error_zh(raised.value), engine_error_zh(raised.value)
    for col in ("SURV", "DEV"):
        exec(line.group(1), {"df": data, "col": col})
    assert list(data["SURV"]) == list(lipset["lc"]["SURV"]) and set(data["DEV"]) == {1}
    truth_table(data, "SURV", CONDITIONS)


@pytest.mark.parametrize("yes, no", [("√", "×"), ("✓", "✗"), ("✔", "✘")])
def test_a_tick_and_cross_column_is_told_the_line_that_recodes_it(lipset, yes, no):
    """A Chinese table marks yes/no with a tick and a cross (√/×, typed from Excel's 插入 > 符号): such a column was
    refused with its cells listed and no hint at all ('QCA needs numbers'), where 是/否 is told the line that recodes
    it. A tick and a cross are now yes/no labels: the same line, in English and in Chinese, and run as written it
    gives the 1/0 column."""
    from analysis.workshop import engine_error_zh

    data = lipset["lc"].astype(object)
    data = data.assign(SURV=[yes if v == 1 else no for v in data["SURV"]])
    with pytest.raises(QCAInputError) as raised:
        truth_table(data, "SURV", CONDITIONS)
    line = re.search(r"a yes/no label: recode it to 1/0 \(in pandas: (df\[col\] = df\[col\]\.map\(\{[^}]*\}\));",
                     str(raised.value))
    assert line and line.group(1) == f"df[col] = df[col].map({{'{yes}': 1, '{no}': 0}})", str(raised.value)
    assert f"是/否标签：请重新编码为 1/0（pandas 中：{line.group(1)}；" in engine_error_zh(raised.value), \
        engine_error_zh(raised.value)
    exec(line.group(1), {"df": data, "col": "SURV"})
    assert list(data["SURV"]) == list(lipset["lc"]["SURV"])


@pytest.mark.parametrize("word", ["×", "否", "no"])
def test_one_yes_no_word_among_numbers_is_a_mistyped_cell(lipset, word):
    """One '否' (or a cross) typed among a crisp column's 0s and 1s was told 'a yes/no label' and the pandas line
    df[col].map({'是': 1, '否': 0}), which, run as written, makes every number of the column missing: it is a mistyped
    cell, told as '1x' among numbers is (its Chinese line too); a column of labels keeps the yes/no line."""
    from analysis.workshop import engine_error_zh

    data = lipset["lc"].astype(object)
    data.loc[data.index[1], "DEV"] = word
    with pytest.raises(QCAInputError) as raised:
        truth_table(data, "SURV", CONDITIONS)
    assert "'DEV': mistyped cells in a column of numbers (its other cells are numbers): correct them" in str(
        raised.value) and "yes/no" not in str(raised.value), str(raised.value)
    assert "输错的单元格" in (engine_error_zh(raised.value) or ""), engine_error_zh(raised.value)


def test_a_worksheet_s_cells_that_are_not_numbers_have_a_chinese_line(tmp_path):
    """A teacher's workbook read by the engine (read_data): the message names the sheet's cells beside the cases."""
    openpyxl = pytest.importorskip("openpyxl")
    from analysis.qca import read_data
    from analysis.workshop import engine_error_zh

    book = openpyxl.Workbook()
    book.active.title = "Data"
    for row in [["case", "A", "B", "Y"], ["a", 1, 0, 1], ["b", 0, "x", 0], ["c", 1, 1, 1], ["d", 0, "1O", 1]]:
        book.active.append(row)
    book.save(tmp_path / "own.xlsx")
    data, case = read_data(tmp_path / "own.xlsx")
    with pytest.raises(QCAInputError) as raised:
        truth_table(data, "Y", ["A", "B"], case_column=case)
    assert engine_error_zh(raised.value) == (
        "列 'B'（案例 'b'（'x'）, 'd'（'1O'），工作表 'Data' 的单元格 C3, C5）中有不是数字的值；'B'：文字标签（如 SPSS 的值标签）："
        "请导出数字代码，或把标签重新编码为数字" + _NEEDS_ZH), str(raised.value)


def test_several_problems_of_the_data_in_one_error_have_a_chinese_line(lipset):
    """The engine joins the problems of the data with ' | ' in one error (cells that are not numbers in two columns,
    each with its hint, and a missing membership): no form read such a message, and it was in English alone."""
    from analysis.workshop import engine_error_zh

    data = lipset["lc"].astype(object)
    data = data.assign(DEV=["x", *data["DEV"][1:]], URB=["是"] * 9 + ["否"] * 9, SURV=[np.nan, *data["SURV"][1:]])
    with pytest.raises(QCAInputError) as raised:
        truth_table(data, "SURV", CONDITIONS)
    assert engine_error_zh(raised.value) == (
        "列 'DEV'（案例 'AU'（'x'））；'URB'（案例 'AU'（'是'）, 'BE'（'是'）, 'CZ'（'是'）, 'EE'（'是'）, 'FI'（'是'） 及另外 13 个）"
        "中有不是数字的值；'DEV'：输错的单元格（该列其余单元格都是数字）：请改正；'URB'：是/否标签：请重新编码为 1/0（pandas 中："
        "df[col] = df[col].map({'是': 1, '否': 0})；或导出数字代码，而不是值标签）" + _NEEDS_ZH + " | 列 'SURV'（案例 'AU'）中有缺失值：QCA 无法把隶属度缺失的案例放进任何组态；请先明确地删除或"
        "插补这些案例（要删除它们并列出被删除的案例：在 Python 中用 drop_missing_cases(df, ['SURV'])；在命令行中加上 --drop-missing）"), \
        str(raised.value)


@pytest.mark.parametrize("mistake, expected", [
    (lambda d: theory_evaluation("DEV + ", d["sol"]),
     "theory 'DEV + '：表达式 'DEV + ' 中有空项（2 项中的第 2 项：末尾多了 '+'？）；请用 '+' 连接各项，例如 'A*~B + C'"),
    (lambda d: esa(d["tt"], nec_cond="+ LIT"),
     "nec_cond '+ LIT'：表达式 '+ LIT' 中有空项（2 项中的第 1 项：开头多了 '+'？）；请用 '+' 连接各项，例如 'A*~B + C'"),
    (lambda d: pof("DEV +  + URB", d["lc"], "SURV"),
     "表达式 'DEV +  + URB' 中有空项（3 项中的第 2 项：连续两个 '+'？）；请用 '+' 连接各项，例如 'A*~B + C'"),
    (lambda d: theory_evaluation("(DEV + URB)*LIT", d["sol"]),
     "theory '(DEV + URB)*LIT'：不支持括号；请写成它的积之和 'DEV*LIT + URB*LIT'"),
    (lambda d: theory_evaluation("DEV*(URB", d["sol"]),
     "theory 'DEV*(URB'：不支持括号；请写成积之和，例如把 'A*(B + C)' 写作 'A*B + A*C'"),
    (lambda d: theory_evaluation("DEV[2]", d["sol"]),
     "theory 'DEV[2]'：项 'DEV[2]' 中 'DEV' 的取值 2 超出范围：取值为 0..1"),
], ids=["theory-a-trailing-plus", "nec_cond-a-leading-plus", "pof-a-double-plus", "theory-parentheses",
        "theory-parentheses-unbalanced", "theory-a-value-out-of-range"])
def test_an_expression_s_other_errors_have_a_chinese_line(mistake, expected, lipset):
    """The errors of an expression's own form, which a theory or a necessary condition quotes: an empty term (a '+'
    too many), parentheses, a condition's value out of range: in English alone, so the theory's error too."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mistake(lipset)
    assert engine_error_zh(raised.value) == expected, str(raised.value)


def test_the_command_line_s_theory_with_an_empty_term_has_a_chinese_line(capsys):
    """The command line names the expression once, by its flag ("--theory 'DEV + ' has an empty term ...")."""
    from _cli import run

    from analysis.paths import DATASETS
    from analysis.workshop import _error_message_zh

    code, _out, err = run(capsys, "theory", str(DATASETS / "LC.csv"), "--outcome", "SURV", "--conditions",
                          ",".join(CONDITIONS), "--theory", "DEV + ")
    assert code == 2 and err.startswith("error: "), err
    assert _error_message_zh(err.strip()[len("error: "):]) == (
        "--theory 'DEV + ' 中有空项（2 项中的第 2 项：末尾多了 '+'？）；请用 '+' 连接各项，例如 'A*~B + C'"), err


@pytest.mark.parametrize("theory, expected", [
    ("DEV=1*URB",
     "theory 'DEV=1*URB'：项 'DEV=1*URB' 中的 'DEV=1' 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' 相连）；条件的取值写在方括号"
     "中：'DEV=1' 写作 DEV[1]（R QCA 的多值写法；“名称=值”对是 dir_exp 的写法）；在清晰集或模糊集中 DEV[1] 即 DEV，DEV[0] 即 ~DEV"
     "（条件：'DEV', 'URB', 'LIT', 'IND', 'STB'）"),
    ("DEV=2",
     "theory 'DEV=2'：项 'DEV=2' 中的 'DEV=2' 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' 相连）；条件的取值写在方括号中："
     "'DEV=2' 写作 DEV[2]（R QCA 的多值写法；“名称=值”对是 dir_exp 的写法）（条件：'DEV', 'URB', 'LIT', 'IND', 'STB'）"),
    ("DEV,URB",
     "theory 'DEV,URB'：项 'DEV,URB' 中的 'DEV,URB' 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' 相连）；',' 在表达式中不连接"
     "任何东西：请写 'DEV + URB'（其中任一：项之间用 '+' 相连）或 'DEV*URB'（全部：项内用 '*' 相连）（条件：'DEV', 'URB', 'LIT', 'IND', 'STB'）"),
], ids=["R-s-value-notation-crisp", "R-s-value-notation", "a-comma"])
def test_an_unknown_name_s_notation_hints_are_said_in_chinese(theory, expected, lipset):
    """A literal written as R's NAME=VALUE ('DEV=1') or conditions joined by ',' in an expression: the engine says
    how to write them; the Chinese line left the hint out, saying only that the name is no condition."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        theory_evaluation(theory, lipset["sol"])
    assert engine_error_zh(raised.value) == expected, str(raised.value)


@pytest.mark.parametrize("mistake, expected", [
    (lambda tt: esa(tt, nec_cond="LIT;STB"),
     "nec_cond 'LIT;STB'：多个必要条件写成列表 nec_cond=['LIT', 'STB']（每个都是必要条件）；一个表达式中没有 ','（'LIT + STB' 是一个"
     "必要的析取式）"),
    (lambda tt: esa(tt, untenable="~DEV*URB, DEV*~LIT"),
     "untenable '~DEV*URB, DEV*~LIT'：多个不可成立的组合用 ' + ' 连接：untenable='~DEV*URB + DEV*~LIT'"),
], ids=["nec_cond", "untenable"])
def test_several_expressions_written_as_one_have_a_chinese_line(mistake, expected, lipset):
    """esa's nec_cond or untenable written as several expressions separated by ',' or ';' (the CLI's --nec-cond
    LIT,STB copied into Python): the engine says the form each takes; in English alone."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        mistake(lipset["tt"])
    assert engine_error_zh(raised.value) == expected, str(raised.value)


@pytest.mark.parametrize("mistake, expected", [
    (lambda d: theory_evaluation("SURV*DEV", d["sol"]),
     "theory 'SURV*DEV' 写了 'SURV'，即解的结果；理论只能是条件的表达式（DEV, URB, LIT, IND, STB），例如 'A*~B + C'"),
    (lambda d: esa(d["tt"], nec_cond=["LIT", "SURV"]),
     "nec_cond[1] 'SURV' 写了 'SURV'，即真值表的结果；它只能是条件的表达式（DEV, URB, LIT, IND, STB），例如 'LIT' 或 'A + B'"),
    (lambda d: esa(d["tt"], untenable="SURV*DEV"),
     "untenable 'SURV*DEV' 写了 'SURV'，即真值表的结果；它只能是条件的表达式（DEV, URB, LIT, IND, STB），例如 '~A*B' 或 'A*B + ~C'"),
], ids=["theory", "nec_cond-in-a-list", "untenable"])
def test_an_expression_argument_naming_the_outcome_has_a_chinese_line(mistake, expected, lipset):
    """A theory, a necessary condition or an untenable combination naming the outcome ("theory 'SURV*DEV' names
    'SURV', the solution's outcome; ..."): in English alone."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mistake(lipset)
    assert engine_error_zh(raised.value) == expected, str(raised.value)


@pytest.mark.parametrize("cell, expected", [
    ("abc", "x 必须是数字；'abc' 不是数字（位于案例 'AU'）：文字标签（如 SPSS 的值标签）：请导出数字代码，或把标签重新编码为数字"),
    ("90%", "x 必须是数字；'90%' 不是数字（位于案例 'AU'）：百分数：请去掉 % 号（'90%' -> '90'，thresholds 用同样的 0-100 尺度），或除以 100（thresholds "
            "用 0-1 尺度）"),
    ("1,5", "x 必须是数字；'1,5' 不是数字（位于案例 'AU'）：小数逗号（或千位分隔符）：请用小数点写数字，不加分隔符（'1,5'：1.5），例如另存 CSV 时以 '.' 作小数点"),
    ("1-2", "x 必须是数字；'1-2' 不是数字（位于案例 'AU'）"),
], ids=["text", "a-percentage", "a-decimal-comma", "no-hint"])
def test_a_raw_value_that_is_not_a_number_has_a_chinese_line(cell, expected, lipset):
    """calibrate (exercise 1's call) on a teacher's raw column with a cell that is not a number: refused naming the
    cell and why, in English alone."""
    from analysis.workshop import engine_error_zh

    raw = pd.Series([cell, *lipset["lr"]["DEV"][1:]], index=lipset["lr"].index, name="DEV", dtype=object)
    with pytest.raises(QCAInputError) as raised:
        calibrate(raw, thresholds="e=350, c=550, i=850")
    assert engine_error_zh(raised.value) == expected, str(raised.value)


_NOT_NUMBER_HINTS = [
    ("55\u200b0", "'55\\u200b0' 中有不可见字符（U+200B ZERO WIDTH SPACE，从网页或文档中复制而来）：请删除它（删除后该单元格为 550）"),
    ("0。8", "中文句号 '。'（U+3002，中文输入法输入的全角字符）用作了小数点（如 '0。8'）：请用半角（ASCII）的小数点 '.' 写数字，例如 '0.8'"),
    ("1 038", "千位分隔符（数字组之间的空格或撇号，法语、瑞士等地区设置下的 Excel 这样写数字）：请不加分隔符写数字，例如 '1038'"),
    ("1.038,5", "小数逗号，且数字组之间用 '.' 分隔（德语、荷兰语等地区设置下的 Excel 这样写数字；'1.038,5' 即 1038.5）：请用小数点写数字，"
                "不加分隔符（'1038.5'），例如另存 CSV 时以 '.' 作小数点"),
    ("\u2212550", "不是 '-' 的减号（如 '\u2212550'：统一码（Unicode）减号，文档或网页中常这样写）：请写半角 ASCII 的 '-'，例如 '-550'"),
    ("5 50.5", "数字中间有空格（如 '5 50.5'，去掉空格即 '550.5'）：请删除空格"),
    ("3-Feb", "Excel 显示的日期（如 '3-Feb'）：Excel 会把输入的分数 1/2 或 2/3 变成日期（1 月 2 日、2 月 3 日）；请在格式为“数值”或“常规”"
              "的单元格中把值输成小数（0.5、0.67），并重新保存文件"),
]


@pytest.mark.parametrize("cell, hint", _NOT_NUMBER_HINTS + [
    ("2020-01-31", "日期或时间（如 '2020-01-31'），不是数字：校准需要数字；请从每个日期算出一个数（年份、距某事件的天数），再校准这个数"),
], ids=["invisible", "chinese-full-stop", "thousands-space", "german-decimal-comma", "unicode-minus", "space-inside",
        "excel-date", "a-date"])
def test_a_raw_value_with_a_readers_hint_has_a_chinese_line(cell, hint, lipset):
    """calibrate's raw value that is not a number, with the reader's hints a student meets first (an invisible
    character copied from a web page, the Chinese full stop for the point, a thousands separator, a German decimal
    comma, a minus sign from a document, a space inside the number, a fraction Excel turned into a date, a date): the
    error was in English alone (the hint had no Chinese form, so no line)."""
    from analysis.workshop import engine_error_zh

    raw = pd.Series([cell, *lipset["lr"]["DEV"][1:]], index=lipset["lr"].index, name="DEV", dtype=object)
    with pytest.raises(QCAInputError) as raised:
        calibrate(raw, thresholds="e=350, c=550, i=850")
    value = repr(cell).replace("\u200b", "\\u200b")
    assert engine_error_zh(raised.value) == f"x 必须是数字；{value} 不是数字（位于案例 'AU'）：{hint}", str(raised.value)


@pytest.mark.parametrize("cell, hint", [
    ("1\u200b", "'1\\u200b' 中有不可见字符（U+200B ZERO WIDTH SPACE，从网页或文档中复制而来）：请删除它（删除后该单元格为 1）"),
    ("2020-01-31", "日期或时间（如 '2020-01-31'），不是数字：日期不是隶属度；请不要把该列作为条件，或从中算出一个数（年份、距某事件的天数），"
                   "再校准这个数"),
    _NOT_NUMBER_HINTS[1], _NOT_NUMBER_HINTS[6],
    ("'1", "数字前有撇号（如 \"'1\"：Excel 用它标记以文本存放的数字）：请删除撇号，例如 '1'（在 Excel 中不带撇号重新输入该值，或使用"
           "“转换为数字”），并重新保存文件"),
], ids=["invisible", "a-date", "chinese-full-stop", "excel-date", "excel-apostrophe"])
def test_a_cell_of_the_data_with_a_readers_hint_has_a_chinese_line(cell, hint, lipset):
    """The same hints said of a cell of the data (truth_table's check of its columns): in English alone."""
    from analysis.workshop import engine_error_zh

    data = lipset["lc"].astype(object)
    data.iloc[0, 0] = cell
    with pytest.raises(QCAInputError) as raised:
        truth_table(data, "SURV", CONDITIONS)
    value = repr(cell).replace("\u200b", "\\u200b")
    assert engine_error_zh(raised.value) == (
        f"列 'DEV'（案例 'AU'（{value}））中有不是数字的值；'DEV'：{hint}。QCA 需要数字：0/1（清晰集）、整数 0..L-1（多值集合）或 "
        "[0, 1] 中的隶属度（模糊集）"), str(raised.value)


_ARROW_ZH = ("含有 {arrow}，即 R 的 pof() 写法中的箭头（'X -> Y'：X 是结果 Y 的充分条件；'X <- Y'：X 是 Y 的必要条件），它在表达式中写出了"
             "结果；这里结果另行给出，表达式只含条件（如 'LIT' 或 'A*~B + C'）：请写 ")


@pytest.mark.parametrize("mistake, expected", [
    (lambda d: theory_evaluation("DEV -> SURV", d["sol"]), "theory 'DEV -> SURV' " + _ARROW_ZH.format(arrow="'->'")
     + "theory='DEV'"),
    (lambda d: theory_evaluation("DEV <-> SURV", d["sol"]), "theory 'DEV <-> SURV' " + _ARROW_ZH.format(arrow="'<->'")
     + "theory='DEV'（R 也不接受 '<->'）"),
    (lambda d: esa(d["tt"], nec_cond="LIT <- SURV"), "nec_cond 'LIT <- SURV' " + _ARROW_ZH.format(arrow="'<-'")
     + "nec_cond='LIT'"),
    (lambda d: find_rows(d["tt"], expression="DEV -> SURV"),
     "expression 'DEV -> SURV' " + _ARROW_ZH.format(arrow="'->'") + "expression='DEV'"),
    (lambda d: find_rows(d["tt"], expression="DEV, URB"),
     "expression 'DEV, URB'：多个不可成立的组合用 ' + ' 连接：expression='DEV + URB'"),
    (lambda d: rows_in_expression(d["tt"], "DEV, URB"), "expression 'DEV, URB'：多个项用 ' + ' 连接：expression='DEV + URB'"),
    (lambda d: esa(d["tt"], nec_cond=["LIT", 3]), "nec_cond[1] 必须是条件的表达式，如 'LIT' 或 'A + B'；现为 int 3"),
    (lambda d: esa(d["tt"], nec_cond=3),
     "nec_cond 必须是条件的表达式，如 'LIT' 或 'A + B'，或这样的表达式的列表（每个都是必要条件，如同 SetMethods 的 esa() 接受向量），"
     "或 None（不排除任何这样的行）；现为 int 3"),
], ids=["theory-arrow", "theory-both-ways", "nec_cond-necessity-arrow", "find_rows-arrow", "find_rows-a-comma",
        "rows_in_expression-a-comma", "nec_cond-a-number-in-a-list", "nec_cond-a-number"])
def test_an_expression_argument_written_otherwise_has_a_chinese_line(mistake, expected, lipset):
    """R's arrow notation in an expression argument ("theory 'DEV -> SURV' holds '->', the arrow of R's pof()
    notation ..."), find_rows' expression written as several ("expression 'DEV, URB': ...") and a necessary condition
    that is no expression ("nec_cond[1] must be an expression ...; got 3 (int)"): in English alone."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mistake(lipset)
    assert engine_error_zh(raised.value) == expected, str(raised.value)


@pytest.mark.parametrize("cell, spec, expected", [
    ("1,5", {"thresholds": "e=350, c=550, i=850"},
     "x 必须是数字；'1,5' 不是数字（位于案例 'AU'）：小数逗号（或千位分隔符）：请用小数点写数字，不加分隔符（'1,5'：1.5），例如另存 CSV 时以 '.' 作小数点"),
    (None, {"type": "crsp", "thresholds": "e=350, c=550, i=850"},
     "type 只能是 'fuzzy'（模糊集）或 'crisp'（清晰集），现为 'crsp'；是否想写 'crisp'？"),
], ids=["a-raw-value", "a-type"])
def test_calibrate_frames_error_of_one_set_has_a_chinese_line(cell, spec, expected, lipset):
    """calibrate_frame names the set and its raw column before calibrate's error ("calibrating 'DEV' from column
    'DEV': x must be numeric; ..."): no form began so, and it was in English alone."""
    from analysis.workshop import engine_error_zh

    raw = lipset["lr"].astype(object)
    if cell is not None:
        raw.iloc[0, raw.columns.get_loc("DEV")] = cell
    with pytest.raises(QCAInputError) as raised:
        calibrate_frame(raw, {"DEV": spec})
    assert engine_error_zh(raised.value) == "校准 'DEV'（取自列 'DEV'）：" + expected, str(raised.value)


_TWO_WAYS_ZH = ("用逗号写小数（{comma}），因此 '1.038' 是以 '.' 分隔数字组的 1038（德语、荷兰语等地区设置下的 Excel 这样写数字），不是 1.038："
                "请另存 CSV，以 '.' 作小数点、不用千位分隔符（'1038'）")


def test_a_raw_value_that_reads_two_ways_has_a_chinese_line(lipset):
    """A raw value '1.038' among raw values written with a decimal comma ('550,5'): '.' then separates groups of
    digits, and calibrate and calibrate_frame say so ("x (e.g. '1.038' for index 'AU'): this column writes decimals
    with a comma ..."), in English alone."""
    from analysis.workshop import engine_error_zh

    raw = lipset["lr"]["DEV"].astype(object)
    raw.iloc[0], raw.iloc[1] = "1.038", "550,5"
    with pytest.raises(QCAInputError) as raised:
        calibrate(raw, thresholds="e=350, c=550, i=850")
    assert engine_error_zh(raised.value) == (
        "x（如索引 'AU' 的 '1.038'）：该列" + _TWO_WAYS_ZH.format(comma="'550,5'")), str(raised.value)
    with pytest.raises(QCAInputError) as raised:
        calibrate_frame(lipset["lr"].assign(DEV=raw), {"DEV": {"thresholds": "e=350, c=550, i=850"}})
    assert engine_error_zh(raised.value) == (
        "校准 'DEV'（取自列 'DEV'）：列 'DEV'（如案例 'AU' 的 '1.038'）：该列" + _TWO_WAYS_ZH.format(comma="'550,5'")), \
        str(raised.value)


def test_the_datas_numbers_that_read_two_ways_have_a_chinese_line(lipset):
    """The data's memberships written with decimal commas ('0,99') and one cell '1.038': truth_table refuses both
    ("numbers that read two ways in column(s) 'DEV' (case(s) 'AU': '1.038'): ... | non-numeric values ..."); the
    first problem had no line, so neither had the message."""
    from analysis.paths import DATASETS
    from analysis.workshop import engine_error_zh

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    data = lf[CONDITIONS].astype(str).apply(lambda s: s.str.replace(".", ",", regex=False)).assign(SURV=lf["SURV"])
    data.iloc[0, 0] = "1.038"
    with pytest.raises(QCAInputError) as raised:
        truth_table(data, "SURV", CONDITIONS)
    line = engine_error_zh(raised.value)
    assert line is not None and line.split(" | ")[0] == (
        "可有两种读法的数字：列 'DEV'（案例 'AU'（'1.038'））：该列" + _TWO_WAYS_ZH.format(comma="'0,99'")), str(raised.value)
    assert line.split(" | ")[1].startswith("列 'DEV'（案例 'BE'（'0,99'）"), line


@pytest.mark.parametrize("mistake, expected", [
    (lambda d: truth_table(d["lc"], "SURV", ["DEV，URB", "lit"]),
     "未知条件 'DEV，URB', 'lit'：条件须是数据中的列名；'，' 是中文输入法输入的全角字符：QCA 的语法需要半角（ASCII）的 ','，例如 "
     "'DEV,URB'；'lit'：是否想写 'LIT'？（名称区分大小写；小写并不表示缺失，否定写作 '~LIT'）（数据的列：'DEV', 'URB', 'LIT', 'IND', "
     "'STB', 'SURV'）"),
    (lambda d: theory_evaluation("DEV=1*urb", d["sol"]),
     "theory 'DEV=1*urb'：项 'DEV=1*urb' 中的 'DEV=1', 'urb' 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' 相连）；条件的取值写在"
     "方括号中：'DEV=1' 写作 DEV[1]（R QCA 的多值写法；“名称=值”对是 dir_exp 的写法）；在清晰集或模糊集中 DEV[1] 即 DEV，DEV[0] 即 "
     "~DEV；'urb'：是否想写 'URB'？（名称区分大小写；小写并不表示缺失，否定写作 '~URB'）（条件：'DEV', 'URB', 'LIT', 'IND', 'STB'）"),
], ids=["a-full-width-comma-then-a-near-name", "a-value-in-brackets-then-a-near-name"])
def test_the_hints_are_said_in_the_order_of_the_english(mistake, expected, lipset):
    """A message with a near name's hint after another hint ("...; '，' -> ',': ...; 'lit': did you mean 'LIT'?"):
    the Chinese line said every 'did you mean' first, so the reader comparing it with the English met the hints in
    another order; they now follow the English's."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mistake(lipset)
    assert engine_error_zh(raised.value) == expected, str(raised.value)


_BY_NAME_ZH = "：分析会同时考虑每个条件的存在与缺失"
_COLUMNS_ZH = "（数据的列：'DEV', 'URB', 'LIT', 'IND', 'STB', 'SURV'）"


@pytest.mark.parametrize("conditions, expected", [
    (["DEV", "～URB", "lit"],
     "未知条件 '～URB', 'lit'：条件须是数据中的列名；条件只写名称，不加全角的波浪号 '～'（中文输入法输入）：'URB'" + _BY_NAME_ZH
     + "；'lit'：是否想写 'LIT'？（名称区分大小写；小写并不表示缺失，否定写作 '~LIT'）" + _COLUMNS_ZH),
    (["－URB"], "未知条件 '－URB'：条件须是数据中的列名；条件只写名称，不加全角的连字减号 '－'（中文输入法输入）：'URB'" + _BY_NAME_ZH
     + _COLUMNS_ZH),
    (["\u2212DEV"], "未知条件 '\u2212DEV'：条件须是数据中的列名；条件只写名称，不加减号 '\u2212'：'DEV'" + _BY_NAME_ZH + _COLUMNS_ZH),
    (["-DEV"], "未知条件 '-DEV'：条件须是数据中的列名；条件只写名称，不加 '-'：'DEV'" + _BY_NAME_ZH + _COLUMNS_ZH),
    (["DEV, URB", "LIT"],
     "未知条件 'DEV, URB'：条件须是数据中的列名；列表的每一项是一个条件：['DEV', 'URB']，而不是 ['DEV, URB']" + _COLUMNS_ZH),
], ids=["full-width-tilde-and-a-near-name", "full-width-hyphen-minus", "minus-sign", "hyphen", "two-in-one-item"])
def test_a_list_items_own_hint_is_said_in_chinese(conditions, expected, lipset):
    """An item of the conditions negated with another sign than '~' (['～URB'], ['-DEV']) or holding two
    conditions (['DEV, URB']): its hint ("list the conditions by name, without the full-width tilde '～' ...: 'URB':
    ...", "each item of the list is one condition: ...") was left out of the Chinese line, which said the rest: half
    a line."""
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as raised:
        truth_table(lipset["lc"], "SURV", conditions)
    assert engine_error_zh(raised.value) == expected, str(raised.value)


def test_the_calibrate_commands_raw_value_that_is_not_a_number_has_a_chinese_line(tmp_path, capsys, lipset):
    """The calibrate command on a raw file with a cell that is not a number names the file and ends "calibrate needs
    plain numbers (e.g. 47.2, -3, 1e5)", not the truth table's "QCA needs numbers ...": no line read either."""
    import json

    from _cli import run

    from analysis.workshop import _error_message_zh

    raw = lipset["lr"].astype(object)
    raw.iloc[0, raw.columns.get_loc("DEV")] = "abc"
    path, spec = tmp_path / "raw.csv", tmp_path / "spec.json"
    raw.to_csv(path, encoding="utf-8")
    spec.write_text(json.dumps({"DEV": {"thresholds": "e=350, c=550, i=850"}}), encoding="utf-8")
    code, _out, err = run(capsys, "calibrate", str(path), "--spec", str(spec))
    assert code == 2 and err.startswith("error: "), err
    assert _error_message_zh(err.strip()[len("error: "):]) == (
        f"{path}：列 'DEV'（案例 'AU'（'abc'））中有不是数字的值；'DEV'：输错的单元格（该列其余单元格都是数字）：请改正。校准需要普通的"
        "数字（如 47.2、-3、1e5）"), err


@pytest.mark.parametrize("suffix, hint", [
    (".dta", "字符串变量中的小数逗号（'0,81'）：请在 Stata 中执行 destring DEV, replace dpcomma，并保存文件"),
    (".xlsx", "以文本存放的单元格中的小数逗号（'0,81'：Excel 在小数点为 '.' 的设置下，或在格式为“文本”的单元格中，把它存为文本）：请在 "
              "Excel 中选中该列，把 ',' 替换为 '.'（Ctrl+H），或把单元格格式设为“数值”后重新输入，然后保存工作簿"),
], ids=["stata", "excel"])
def test_a_decimal_comma_in_a_stata_or_excel_file_has_a_chinese_line(suffix, hint, tmp_path):
    """A Stata string variable or an Excel column of text cells written with decimal commas ('0,81'): the reader
    says how to fix it in that program ("in Stata, destring DEV, replace dpcomma, ..."), in English alone."""
    from analysis.paths import DATASETS
    from analysis.qca.read import read_data
    from analysis.workshop import engine_error_zh

    lf = pd.read_csv(DATASETS / "LF.csv")
    lf["DEV"] = lf["DEV"].map(lambda v: str(v).replace(".", ","))
    path = tmp_path / f"lf{suffix}"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if suffix == ".dta":
            lf.to_stata(path, write_index=False)
        else:
            lf.to_excel(path, index=False)
        data, case = read_data(path)
    with pytest.raises(QCAInputError) as raised:
        truth_table(data, "SURV", CONDITIONS, case_column=case)
    line = engine_error_zh(raised.value)
    assert line is not None and line.endswith(
        f"中有不是数字的值；'DEV'：{hint}。QCA 需要数字：0/1（清晰集）、整数 0..L-1（多值集合）或 [0, 1] 中的隶属度（模糊集）"), \
        str(raised.value)


def test_a_workbook_a_teacher_prepared_by_hand_has_chinese_lines(tmp_path):
    """The workbooks a teacher's class brings, as Excel or WPS leave them: a group label merged over the columns
    above the header, a title above the header, rows filtered out. The reader refuses the first two and warns of the
    third, naming the sheet and the cells, in English alone: a notebook reading a class's workbook (read_data) had no
    Chinese line under any of them."""
    import openpyxl

    from analysis.paths import DATASETS
    from analysis.qca import QCAWarning
    from analysis.qca.read import read_data
    from analysis.workshop import engine_error_zh, engine_warning_zh

    lc = pd.read_csv(DATASETS / "LC.csv")

    def workbook(name, title=None, merge=None, hide=None):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "数据"
        if isinstance(title, list):   # a row of group labels
            sheet.append(title)
        elif title:
            sheet.append([title])
        sheet.append(list(lc.columns))
        for row in lc.itertuples(index=False):
            sheet.append(list(row))
        if merge:
            sheet.merge_cells(merge)
        if hide:
            sheet.row_dimensions[hide].hidden = True
        book.save(tmp_path / name)
        return tmp_path / name

    with pytest.raises(QCAInputError) as merged:
        read_data(workbook("merged.xlsx", merge="B2:B3"))
    assert engine_error_zh(merged.value) == (
        f"{tmp_path / 'merged.xlsx'}：工作表 '数据' 中的单元格 B2:B3 是合并单元格：只有第一个单元格有值，其余的会读成空值；"
        "请取消合并（开始 > 合并后居中），并在每个单元格中写上值"), merged.value
    with pytest.raises(QCAInputError) as grouped:   # a label over the conditions, one over the outcome, merged
        read_data(workbook("grouped.xlsx", title=[None, "条件", None, None, None, None, "结果"], merge="B1:F1"))
    assert engine_error_zh(grouped.value) == (
        f"{tmp_path / 'grouped.xlsx'}：工作表 '数据' 中的单元格 B1:F1 在第 1 行合并，位于表头上方：是一组列上方的标签吗？第一个有值的"
        "行必须是表头（列名）：请删除第 1 行（若取消合并，该标签会成为几列相同的列名）"), grouped.value
    with pytest.raises(QCAInputError) as titled:
        read_data(workbook("title.xlsx", title="医防融合案例 2024"))
    assert engine_error_zh(titled.value) == (
        f"{tmp_path / 'title.xlsx'}：工作表 '数据' 的第 1 行只有一个单元格（'医防融合案例 2024'），而它下面的行有多个：是表头上方的"
        "标题吗？第一个有值的行必须是表头（列名）：请删除表头上方的行，或把表格单独放在一个工作表中"), titled.value
    with pytest.warns(QCAWarning) as caught:
        read_data(workbook("hidden.xlsx", hide=3))
    said = [engine_warning_zh(str(w.message)) for w in caught if "hidden" in str(w.message)]
    assert said == [f"{tmp_path / 'hidden.xlsx'}：工作表 '数据'：有 1 行在 Excel 中被隐藏或筛选掉（第 3 行）：它与其他行一样"
                    "被读作案例；若它不是本分析的案例，请从工作表中删除"], [str(w.message) for w in caught]
    two = (f"{tmp_path / 'hidden.xlsx'}: sheet '数据': 2 rows are hidden or filtered out in Excel (rows 3, 4): they are "
           "read as cases like the others; delete them from the sheet if they are not cases of this analysis")
    assert engine_warning_zh(two) == (f"{tmp_path / 'hidden.xlsx'}：工作表 '数据'：有 2 行在 Excel 中被隐藏或筛选掉（第 3、4 行）："
                                      "它们与其他行一样被读作案例；若它们不是本分析的案例，请从工作表中删除")   # plural form too


def test_a_hint_the_workshop_cannot_say_is_kept_in_english_in_the_chinese_line(lipset):
    """_hints_zh said the hints of a message it knew and silently left out any other, so that a Chinese line could
    say half of what the English says (incl_cut='c(0.9, 0.8, 0.7)': "write one number or a pair of numbers ..." was
    not said at all). A hint it cannot translate now stays in English where the English has it."""
    from analysis.workshop import _error_message_zh, engine_error_zh

    with pytest.raises(QCAInputError) as err:
        truth_table(d := lipset["lc"], "SURV", CONDITIONS, n_cut="two")
    said = _error_message_zh(str(err.value))
    assert said and _error_message_zh(f"{err.value}; a hint of a later engine") == f"{said}；a hint of a later engine"
    with pytest.raises(QCAInputError) as err:
        truth_table(d, "surv", CONDITIONS)
    head, hints = str(err.value).split("; did you mean ", 1)
    line = _error_message_zh(f"{head}; a hint of a later engine; did you mean {hints}")
    assert line == _error_message_zh(str(err.value)).replace("；是否想写", "；a hint of a later engine；是否想写"), line
    with pytest.raises(QCAInputError) as err:
        truth_table(d, "SURV", CONDITIONS, incl_cut="c(0.9, 0.8, 0.7)")
    assert engine_error_zh(err.value).endswith("；这是照搬成文本的 R 向量 c(...)：请写一个数或一对数 (ic1, ic0)，例如 "
                                               "incl_cut=(0.8, 0.6)"), err.value


def _signs_and_words():
    """Every sign or word for 'not' (data._NOT_SIGNS) and minus sign (checks.MINUS_SIGNS) the engine names in a hint,
    and every word it reads for a directional expectation (minimize._DIR_EXP_MEANING)."""
    from analysis.qca.checks import MINUS_SIGNS
    from analysis.qca.data_hints import _NOT_SIGNS
    from analysis.qca.minimize import _DIR_EXP_MEANING

    words = {"expected present": "present", "expected absent": "absent", "no expectation": "any"}
    return ([("not", s) for s, _ in _NOT_SIGNS] + [("minus", s) for s in MINUS_SIGNS]
            + [("word", words[meaning]) for meaning in _DIR_EXP_MEANING.values()])


@pytest.mark.parametrize("kind, sign", _signs_and_words())
def test_every_hint_naming_a_sign_or_a_word_has_its_chinese_line(kind, sign, lipset):
    """Each sign the engine's hints name (a 'not' written otherwise than '~', in a list of conditions, an outcome and
    an expression; a minus sign copied from a document) and each word it reads as a directional expectation, produced
    by a real call: its Chinese line says the hint in Chinese, none of it left in English."""
    from analysis.workshop import engine_error_zh

    lc, lr = lipset["lc"], lipset["lr"]
    calls = {"not": [lambda: truth_table(lc, "SURV", ["DEV", f"{sign}URB"]), lambda: truth_table(lc, f"{sign}SURV", ["DEV"]),
                     lambda: theory_evaluation(f"DEV*{sign}URB", lipset["sol"])],
             "minus": [lambda: calibrate(lr["DEV"] - 600, thresholds=f"e={sign}100, c=0, i=100")],
             "word": [lambda: minimize(lipset["tt"], "?", dir_exp=f"DEV={sign}")]}[kind]
    for call in calls:
        with pytest.raises(QCAInputError) as err:
            call()
        line = engine_error_zh(err.value)
        assert line and not re.search(r"[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{2,}", line), (str(err.value), line)


def test_good_practice_by_covn_has_its_chinese_lines():
    """good_practice(relevance_measure='covN') names covN where its necessity and ESA rows named RoN ('covN relevant
    from 0.58', 'inclN 1.000, covN 0.667', 'covN below 0.8', 'relevant (covN at least 0.58 ...)'), which the
    workshop's forms read as RoN alone: those rows had no Chinese line. Nor had relevance_measure's own errors."""
    from test_qca_standards import _analysis, _frame

    from analysis.workshop import _error_message_zh, engine_note_zh

    df = _frame([(1, 1, 0, 1), (1, 1, 1, 1), (1, 0, 0, 0), (0, 0, 0, 0)])
    tt, sols, neg, nec = _analysis(df, incl_cut=0.8)

    def rows(**kw):
        has = good_practice(sols, necessity=nec.table, relevance_measure="covN", **kw).to_frame().set_index("standard")["has"]
        return (engine_note_zh(has["necessity before sufficiency"]),
                engine_note_zh(has["untenable and contradictory assumptions (ESA)"]))

    necessity_row, esa_row = rows(relevance_cut=0.5)
    assert "相关性：RoN、covN（covN 从 0.5 起视为相关）" in necessity_row, necessity_row
    assert "使用了缺少 A 的逻辑余项（A 与必要性一致：inclN 1.000, covN 0.667）" in esa_row, esa_row
    assert "且相关（covN 至少 0.5，且并非在每个案例中都存在" in esa_row, esa_row
    assert "但不相关（covN 低于 0.8）" in rows(relevance_cut=0.8)[1]
    assert "（它们是否为不可成立的假设是一种解读：未判断相关性：没有给出 covN 阈值）" in rows()[1]
    with pytest.raises(QCAInputError) as err:
        good_practice(sols, necessity=nec.table, relevance_measure="ron")
    assert _error_message_zh(str(err.value)) == ("relevance_measure 只能是 'RoN' 或 'covN'（relevance_cut 所依据的必要性相关性"
                                                 "指标），现为 'ron'"), err.value
    with pytest.raises(QCAInputError) as err:
        good_practice(sols, necessity=nec.table.drop(columns="covN"), relevance_measure="covN")
    assert _error_message_zh(str(err.value)) == ("必要性表缺少 covN 列（relevance_measure 为 'covN'）；现有的列：condition, "
                                                 "inclN, RoN, necessary, constant"), err.value
    with pytest.raises(QCAInputError) as err:
        good_practice(sols, necessity=nec.table.drop(columns="inclN"))
    assert _error_message_zh(str(err.value)).startswith("必要性表缺少列 inclN；它需要 condition 和 inclN"), err.value


def test_the_command_lines_csv_refusal_and_warnings_have_a_chinese_line(tmp_path, capsys):
    """robustness --csv's refusal, and what chart --csv, theory --csv and minimize --csv say on stderr (the chart's
    long table only, the fit table only, the printout's notes: a partial answer), had no Chinese line."""
    from _cli import run
    from test_qca_engine_scale import random_crisp

    from analysis.paths import DATASETS
    from analysis.workshop import _error_message_zh, engine_warning_zh

    lc, args = str(DATASETS / "LC.csv"), ("--outcome", "SURV", "--conditions", ",".join(CONDITIONS))
    spec = tmp_path / "s.yaml"
    spec.write_text("outcome: SURV\ntests:\n  - {label: x, incl_cut: 0.8}\n", encoding="utf-8")
    code, _out, err = run(capsys, "robustness", lc, "--spec", str(spec), "--csv")
    assert code == 2 and _error_message_zh(err.strip().removeprefix("error: ")) == (
        "robustness --csv：稳健性检验方案输出几张形状不同的表（检验集、稳健核心、稳健性拟合、阈值范围），一个 CSV 容纳不下；请用 --json，"
        "它给出全部的表"), err
    data = tmp_path / "partial.csv"
    random_crisp("partial-a", 8, 40).to_csv(data, index_label="case", encoding="utf-8")
    said = {}
    for argv in (("chart", lc, *args, "--csv"), ("theory", lc, *args, "--theory", "DEV", "--csv"),
                 ("minimize", str(data), "--outcome", "Y", "--conditions", ",".join(f"C{j:02d}" for j in range(1, 9)),
                  "--include", "?", "--max-models", "1", "--csv")):
        code, _out, err = run(capsys, *argv)
        assert code == 0 and err.startswith("warning: "), err
        said[argv[0]] = engine_warning_zh(err.strip().removeprefix("warning: "))
    assert said == {
        "chart": "chart --csv：只输出组态图的长表（group, path, condition, value, role）；各模型的拟合和注释：请用 --json",
        "theory": "theory --csv：只输出拟合表；各交集的案例及其布尔表达式：请用 --json",
        "minimize": "部分答案：共 1,954 个最简模型，每个含 6 个质蕴涵项；按规范顺序列出前 1 个（要列出更多，请提高 max_models，命令行 "
                    "--max-models）"}


#: Cells giving each of the reader's hints (data._value_hint, one per `return` of a hint): the cells, and how they
#: were read (raw values to calibrate, an Excel worksheet's cells, a Stata or SPSS file's string variable or date).
_EVERY_VALUE_HINT = [
    ([1 + 2j], {}), (["\u22120.5"], {}), (["1\u200b"], {}), (["缺失"], {}), (["0。5"], {}), (["０.５"], {}),
    (["2020-01-31"], {"raw": True}), (["2020-01-31"], {"date": "a date or time variable of the Stata file (format %td)"}),
    (["1 038"], {}), (["1,038"], {"sheet": True}), (["0,81"], {"program": "Stata", "column": "DEV"}),
    (["0,81"], {"program": "SPSS", "column": "DEV"}), (["0,81"], {"sheet": True}), (["0,81"], {}),
    (["1.038,5"], {"sheet": True}), (["81%"], {"raw": True}), (["81%"], {}), (["yes"], {}), (["inf"], {}),
    (["0. 8"], {}), (["2-Jan"], {}), (["high"], {}), (["'1"], {}), ([pd.Timedelta(days=8, hours=2.4)], {}),
    ([[0.81]], {}), (["45岁"], {"raw": True}), (["1,200.5"], {}), (["1/2"], {}),
]


def test_every_hint_of_the_reader_is_walked():
    """_EVERY_VALUE_HINT gives one hint for each of data._value_hint's: a hint added to the reader without its cells
    here fails (and, with them, the test below asks for its Chinese)."""
    import inspect

    from analysis.qca.data_value_hints import _value_hint

    returns = re.findall(r"^\s+return (?!\"\"$)", inspect.getsource(_value_hint), re.M)
    hints = {_value_hint(values, **how) for values, how in _EVERY_VALUE_HINT}
    assert len(returns) == len(_EVERY_VALUE_HINT) == len(hints) and "" not in hints


@pytest.mark.parametrize("values, how", _EVERY_VALUE_HINT)
def test_every_hint_of_the_reader_has_a_chinese_form(values, how):
    """Ten of the reader's hints had no Chinese form (an SPSS string variable's decimal comma, Stata's or SPSS's date
    variable, a worksheet's '1,038', complex or infinite numbers, a Chinese table's mark of a missing value, ...), so
    that a teacher's file with such cells got no Chinese line."""
    from analysis.qca.data_value_hints import _value_hint
    from analysis.workshop import _value_hint_zh

    hint = _value_hint(values, **how)
    said = _value_hint_zh(hint)
    assert said and not re.search(r"[a-z]{3,} [a-z]{3,} [a-z]{3,}", said), (hint, said)   # no English prose left


@pytest.mark.parametrize("cell, said", [
    ("inf", "无穷大的数（或超出浮点数范围的数，如 1e400）：QCA 需要有限的数值"),
    ("1,038", "小数逗号（或千位分隔符）：请用小数点写数字，不加分隔符（'1,038'：1.038 还是 1038？），例如另存 CSV 时以 '.' 作小数点"),
])
def test_a_cell_with_a_rarer_readers_hint_has_a_chinese_line(cell, said, lipset):
    """The rarer hints said of a cell of the data, from a real call: their Chinese line."""
    from analysis.workshop import engine_error_zh

    data = lipset["lc"].astype(object)
    data.iloc[0, 0] = cell
    with pytest.raises(QCAInputError) as raised:
        truth_table(data, "SURV", CONDITIONS)
    line = engine_error_zh(raised.value)
    assert line and f"'DEV'：{said}。" in line, (str(raised.value), line)


def test_observed_rows_recoded_by_exclude_have_a_chinese_warning(lipset):
    """minimize(tt, '?', exclude=[22, 24]) naming rows with cases warns that they were recoded as OUT = 0 (a change of
    what the data say, not of an assumption), in Python and on minimize --csv's stderr: no Chinese line."""
    from analysis.workshop import engine_warning_zh

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        minimize(lipset["tt"], "?", exclude=[22, 24])
    said = [engine_warning_zh(str(w.message)) for w in caught if "recoded" in str(w.message)]
    assert said == ["exclude：观察到的行（第 22、24 行）被重新编码为 OUT = 0：这改变了观察到的结果，而不只是关于逻辑余项的假设"], said
    # one row is 'observed row 22' (it said 'observed row(s) 22'): the Chinese line still follows
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        minimize(lipset["tt"], "?", exclude=[22])
    said = [(str(w.message), engine_warning_zh(str(w.message))) for w in caught if "recoded" in str(w.message)]
    assert said == [("excluded: observed row 22 recoded as OUT = 0",
                     "exclude：观察到的行（第 22 行）被重新编码为 OUT = 0：这改变了观察到的结果，而不只是关于逻辑余项的假设")], said


def test_a_csv_file_typed_with_full_width_commas_has_a_chinese_line(tmp_path):
    """A class's CSV file typed in a text editor with a Chinese input method, every ',' a full-width '，': read_data
    refuses it naming the separator and the fix, in English alone, and a notebook reading it had no Chinese line."""
    from analysis.paths import DATASETS
    from analysis.qca.read import read_data
    from analysis.workshop import engine_error_zh

    path = tmp_path / "lc.csv"
    path.write_text((DATASETS / "LC.csv").read_text(encoding="utf-8").replace(",", "，"), encoding="utf-8")
    with pytest.raises(QCAInputError) as raised:
        read_data(path)
    header = (DATASETS / "LC.csv").read_text(encoding="utf-8").splitlines()[0].replace(",", "，")
    assert engine_error_zh(raised.value) == (
        f"{path}：表头只有一列 {header.replace(chr(34), '', 2)!r}：文件看起来是用全角逗号 '，'（U+FF0C，中文输入法输入）分隔的，"
        "而不是半角（ASCII）逗号 ','；请把它们替换为 ','"), raised.value


def test_calibrates_missing_raw_values_have_a_chinese_line(lipset):
    """calibrate()'s refusal of missing raw values ('x has 1 missing value(s) (NaN) at case ...') had no Chinese line:
    a teacher's own raw data with an empty cell (or pandas' pd.NA, read as missing since 785f4b3f) showed English
    alone. Case names and positions are said as the other calibrate lines say them."""
    from analysis.workshop import engine_error_zh

    raw = lipset["lr"]["DEV"].astype("Float64")
    raw.iloc[[1, 3]] = pd.NA
    for x, where in ((raw, "案例 'BE', 'EE'"), (raw.to_numpy(dtype=float, na_value=np.nan), "位置 1, 3")):
        with pytest.raises(QCAInputError) as info:
            calibrate(x, thresholds="e=350, c=550, i=850")
        assert engine_error_zh(info.value) == (
            f"x 有 2 个缺失值（NaN），位于{where}：请先删除或填补这些案例，或写 missing='keep' 把它们保留为 NaN"), str(info.value)


def test_a_missing_value_code_among_raw_values_has_a_chinese_warning():
    """calibrate's warning on a survey's code of no answer (99 among 1..5) had no Chinese line, neither as calibrate()
    gives it (x.replace) nor as calibrate_frame gives it (the spec's missing_codes)."""
    from analysis.workshop import engine_warning_zh

    likert = pd.Series([1, 2, 3, 99, 5, 4], index=list("abcdef"))
    said = [engine_warning_zh(m) for m in _warned(lambda: calibrate(likert, thresholds="e=1, c=3.5, i=5"))]
    assert said == ["位于索引 'd' 的原始值 99 像是缺失值代码（SPSS、Stata），远离其他取值（1 到 5），却被当作数值校准了：若它表示缺失"
                    "的回答，请先把它标为缺失（Python：x.replace(99, np.nan)，并传 missing='keep'；文件中：清空这些单元格或写 NA，"
                    "并给该集合写 'missing: keep'）"], said
    said = [engine_warning_zh(m) for m in _warned(lambda: calibrate_frame(
        pd.DataFrame({"trust": likert}), {"TRU": {"source": "trust", "thresholds": "e=1, c=3.5, i=5"}}))]
    assert said == ["校准 'TRU'（取自列 'trust'）：位于索引 'd' 的原始值 99 像是缺失值代码（SPSS、Stata），远离其他取值（1 到 5），"
                    "却被当作数值校准了：若它表示缺失的回答，请在该集合的设定中声明 'missing_codes': [99] 并写 'missing': 'keep'"
                    "（设定文件中写 missing_codes: [99] 和 missing: keep），其隶属度随之留空"], said


def test_the_calibrate_commands_missing_value_code_warning_has_a_chinese_line(capsys, tmp_path):
    """The calibrate command's warning on a survey's code of no answer (99 among 1..5) names its specification file
    before calibrate_frame's words, and had no Chinese line (README's list said it had); it named the case 'at index
    'c'', where calibrate_frame and the other messages say 'at case'. Both now."""
    from _cli import run

    from analysis.workshop import engine_warning_zh

    raw, spec = tmp_path / "survey.csv", tmp_path / "spec.yaml"
    raw.write_text("case,trust\na,1\nb,5\nc,99\nd,2\n", encoding="utf-8")
    spec.write_text("TRU: {source: trust, thresholds: 'e=1, c=3.5, i=5'}\n", encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec))
    assert code == 0 and err.startswith(f"warning: {spec}: calibrating 'TRU' from column 'trust': raw value 99 at case "
                                        "'c' looks like"), err
    assert engine_warning_zh(err.splitlines()[0].removeprefix("warning: ")) == (
        f"{spec}：校准 'TRU'（取自列 'trust'）：位于案例 'c' 的原始值 99 像是缺失值代码（SPSS、Stata），远离其他取值（1 到 5），"
        "却被当作数值校准了：若它表示缺失的回答，请在该集合的设定中声明 'missing_codes': [99] 并写 'missing': 'keep'"
        "（设定文件中写 missing_codes: [99] 和 missing: keep），其隶属度随之留空")


def test_a_recalibrations_missing_value_code_warning_has_a_chinese_line():
    """A robustness test's and a calibration range's warning on a survey's code of no answer (99 among 1..5 in the
    raw data), named by the test (the range) and with its own advice (leave the case out of the data analysed), has
    its Chinese line, as calibrate()'s and calibrate_frame's forms have."""
    from analysis.qca import robustness_protocol, threshold_range
    from analysis.workshop import engine_warning_zh

    names = pd.Index([f"c{i}" for i in range(8)], name="case")
    raw = pd.DataFrame({"X": [1, 2, 3, 4, 5, 2, 4, 99], "Z": [1, 9, 2, 8, 3, 7, 4, 6]}, index=names)
    data = pd.DataFrame({"X": [0.05, 0.2, 0.5, 0.8, 0.95, 0.2, 0.8, 1.0], "Z": [0.1, 0.9, 0.2, 0.8, 0.3, 0.7, 0.4, 0.6],
                         "Y": [0.1, 0.3, 0.6, 0.9, 0.9, 0.2, 0.8, 0.9]}, index=names)
    said = [engine_warning_zh(m) for m in _warned(lambda: robustness_protocol(
        data, "Y", ["X", "Z"], [{"label": "T1", "calibrate": {"X": {"thresholds": "e=1.5, c=3.3, i=4.5"}}}],
        incl_cut=0.8, raw=raw)) if "missing-value code" in m]
    said += [engine_warning_zh(m) for m in _warned(lambda: threshold_range(
        data, "Y", ["X", "Z"], "calibration", 0.5, max_runs=1, raw=raw, calibrate_set="X",
        thresholds="e=1, c=3.3, i=5", incl_cut=0.8)) if "missing-value code" in m]
    advice = ("位于案例 'c7' 的原始值 99 像是缺失值代码（SPSS、Stata），远离其他取值（1 到 5），却被当作数值校准了：若它表示缺失的回答，"
              "请把该案例排除在所分析的数据之外，因为重新校准要读取数据中每个案例的原始值（校准数据时，该集合的 missing_codes: [99] "
              "与 missing: keep 使其隶属度留空；然后用 drop_missing_cases，命令行中用 --drop-missing）")
    assert said == [f"检验 'T1'：校准 'X'：{advice}", f"'X' 的校准范围：{advice}"], said


def test_the_cases_dropped_for_a_missing_value_have_a_chinese_line(capsys):
    """drop_missing_cases' warning and the command line's --drop-missing note (each case dropped with its line of the
    file and its missing cells) had no Chinese line; a list of cases of another form gets none rather than half."""
    from _cli import run

    from analysis.qca import drop_missing_cases, read_data
    from analysis.workshop import engine_warning_zh

    path = "tests/bad_inputs/lf_missing_cells.csv"
    df, case = read_data(path)
    said = [engine_warning_zh(m) for m in _warned(lambda: drop_missing_cases(df, ["DEV", "URB", "SURV"], case))]
    assert said == ["在 'DEV', 'URB', 'SURV' 中有缺失值的案例已删除（18 个中的 2 个）：'CZ'（第 4 行：'DEV' 为 'NA'）、'EE'（第 5 "
                    "行：'URB' 为空）；剩余 16 个案例"], said
    code, out, err = run(capsys, "truth-table", path, "--outcome", "SURV", "--drop-missing")
    note = next(line for line in err.splitlines() if line.startswith("note: dropped"))
    assert code == 0 and engine_warning_zh(note[len("note: "):]).endswith("；剩余 16 个案例（--drop-missing）"), err
    assert engine_warning_zh("dropped 1 of 3 cases for a missing value in 'A': 'x' (row 2 of sheet 'S': 'A' empty, "
                             "'B' '缺失'); 2 cases left") == ("在 'A' 中有缺失值的案例已删除（3 个中的 1 个）：'x'（工作表 'S' 第 2 "
                                                           "行：'A' 为空，'B' 为 '缺失'）；剩余 2 个案例")
    assert engine_warning_zh("dropped 1 of 3 cases for a missing value in 'A': 'x' (A empty); 2 cases left") is None


@pytest.mark.parametrize("codes, zh", [
    ({"missing_codes": [99]},
     "校准 'TRU'（取自列 'trust'）：missing_codes 99 使 1 个原始值成为缺失值（位于案例 'd'），而 missing='raise' 拒绝缺失值："
     "请给该集合写 missing='keep'（其隶属度留空；之后分析时删除这些案例并列出它们：Python 中用 drop_missing_cases，命令行用 "
     "--drop-missing）"),
    ({"missing_codes": ["99"], "missing": "keep"},
     "spec['TRU']：missing_codes 必须是数字，即表示缺失回答的原始值（如 [99] 或 [-9, 99]），现为 '99'（str）：请写 99，不带引号的数字"),
    ({"missing_codes": [5, 1, 99], "missing": "keep"},
     "spec['TRU']：missing_codes 5, 1 同时是该集合的临界值（thresholds 为 'e=1, c=3.5, i=5'）：一个原始值要么是校准的临界值，要么是"
     "缺失回答的代码，不能两者都是；请把它从 missing_codes 中去掉，或移动临界值"),
], ids=["refused-as-missing", "text", "thresholds"])
def test_a_sets_missing_codes_refused_have_a_chinese_line(codes, zh):
    """calibrate_frame's refusals of a set's missing_codes (the coded cells missing under missing='raise', a code
    given as text, codes that are thresholds too) have their Chinese line."""
    from analysis.workshop import engine_error_zh

    raw = pd.DataFrame({"trust": [1, 2, 3, 99, 5, 4]}, index=pd.Index(list("abcdef"), name="case"))
    with pytest.raises(QCAInputError) as raised:
        calibrate_frame(raw, {"TRU": {"source": "trust", "thresholds": "e=1, c=3.5, i=5", **codes}})
    assert engine_error_zh(raised.value) == zh, str(raised.value)


def test_calibration_anchors_refusing_cases_without_a_membership_has_a_chinese_line():
    """calibration_anchors' refusal of the cases its calibration leaves without a membership (a set's missing_codes,
    or a missing raw value, kept by missing='keep'), naming them and the raw.drop to write, had no Chinese line."""
    from analysis.qca.robustness import calibration_anchors
    from analysis.workshop import engine_error_zh

    raw = pd.DataFrame({"X": [1, 2, 3, 4, 5, 2, 99], "Z": [1.0, 9, np.nan, 8, 3, 7, 4],
                        "Y": [0.1, 0.9, 0.2, 0.8, 0.9, 0.3, 0.6]}, index=pd.Index([f"c{i}" for i in range(7)], name="case"))
    spec = {"X": {"thresholds": "e=1, c=3.5, i=5", "missing_codes": [99], "missing": "keep"},
            "Z": {"thresholds": "e=2, c=5.05, i=8", "missing": "keep"}}
    with pytest.raises(QCAInputError) as raised:
        calibration_anchors(raw, spec, 0.1, outcome="Y", conditions=["X", "Z"], keep=["Y"], incl_cut=0.8)
    assert engine_error_zh(raised.value) == (
        "案例 'c2', 'c6' 校准后在 'X', 'Z' 中没有隶属度（原始值缺失，或是 missing_codes 中的值，由 missing='keep' 保留）：每个设定"
        "都要重新校准原始数据，因此请先把这些案例从原始数据中去掉，raw.drop(index=['c2', 'c6'])"), str(raised.value)


def test_dropping_every_case_for_a_missing_value_has_a_chinese_line():
    """drop_missing_cases' (and --drop-missing's) refusal when every case has a missing value had no Chinese line."""
    from analysis.qca import drop_missing_cases, read_data
    from analysis.workshop import engine_error_zh

    df, case = read_data("tests/bad_inputs/every_case_missing.csv")
    with pytest.raises(Exception) as raised:
        drop_missing_cases(df, ["DEV", "URB", "SURV"], case)
    assert engine_error_zh(raised.value) == (
        "每个案例（3 个）在 'DEV', 'URB', 'SURV' 中都有缺失值，删除有缺失值的案例后一个也不剩：'AU'（第 2 行：'DEV' 为 'NA'）、'BE'"
        "（第 3 行：'URB' 为空）、'CZ'（第 4 行：'SURV' 为 '-'）；请填写这些单元格，或把缺失最多的列从条件中去掉"), str(raised.value)


@pytest.mark.parametrize("rule, zh", [
    ("{source: GDP, type: crsp, thresholds: 'e=350, c=550, i=850'}",
     "校准 'DEV'（取自列 'GDP'）：type 只能是 'fuzzy'（模糊集）或 'crisp'（清晰集），现为 'crsp'；是否想写 'crisp'？"),
    ("{source: GDP}",   # calibrate()'s arguments as the file writes them: "thresholds: '...'", said so in Chinese too
     "校准 'DEV'（取自列 'GDP'）：缺少 thresholds：例如 thresholds: 'e=350, c=550, i=850' 或 [350, 550, 850]"),
    ("{source: GDP, type: crisp, thresholds: 'e=350, c=550, i=850'}",
     "校准 'DEV'（取自列 'GDP'）：清晰集的 thresholds 是临界值（如 10 或 '5, 10'），现为名为 e, c, i 的锚点：e、c、i 是模糊集"
     "校准（type: 'fuzzy'）的锚点"),
    ("{source: GDP, threshold: 'e=350, c=550, i=850'}",
     "spec['DEV']：未知的参数 'threshold'（可用的参数：above, below, codes, idm, logistic, method, missing, missing_codes, percentiles, "
     "source, thresholds, type）；是否想写 'thresholds'？"),
    ("{source: GDP, thresholds: 'e=350, c=550, i=850', missing: kep}",
     "校准 'DEV'（取自列 'GDP'）：missing 只能是 'raise'（拒绝缺失的原始值）或 'keep'（保留，其隶属度留空），现为 'kep'；"
     "是否想写 'keep'？"),
    ("'e=350, c=550, i=850'",
     "校准设定文件把每个集合的名称映射到 calibrate() 的参数，例如 DEV: {thresholds: 'e=350, c=550, i=850'}"),
    ("{source: GDP, thresholds: e=350, c=550, i=850}",
     "spec['DEV']：未知的参数 'c=550', 'i=850'（可用的参数：above, below, codes, idm, logistic, method, missing, missing_codes, "
     "percentiles, source, thresholds, type）；是 YAML 的 {...} 中没有加引号的临界值吗？YAML 在 ',' 处结束一个值，把 'c=550', 'i=850' "
     "读成了键：请给临界值加上引号，thresholds: 'e=350, c=550, i=850'"),
])
def test_the_calibrate_commands_refusals_have_their_chinese_line(tmp_path, capsys, rule, zh):
    """The calibrate command's refusals of a calibration file start with the file's name and write calibrate()'s
    arguments as the file does ("thresholds: '...'", not "thresholds='...'"): none of them had a Chinese line, even
    where calibrate_frame's own message has one; a mistyped key, a value of missing and a file of thresholds alone
    had none at all. Each is read here off the command's own error line, the file's name said first."""
    from _cli import run

    from analysis.workshop import engine_error_zh

    raw, spec = tmp_path / "raw.csv", tmp_path / "spec.yaml"
    raw.write_text("case,GDP\nA,300\nB,500\nC,700\nD,900\n", encoding="utf-8")
    spec.write_text(f"DEV: {rule}\n", encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec))
    assert code == 2 and err.startswith(f"error: {spec}: "), err
    assert engine_error_zh(QCAInputError(err.strip().removeprefix("error: "))) == f"{spec}：{zh}"


_SWEEP = "outcome: SURV\nconditions: [DEV, URB, LIT, IND, STB]\nincl_cut: 0.8\n"


@pytest.mark.parametrize("sweep, zh", [
    ("test:\n  - {label: n 2, n_cut: 2}\n",
     "未知的键 'test'（可用的键：outcome, conditions, incl_cut, n_cut, pri_cut, include, dir_exp, exclude, model, "
     "test_models, no_solution, skew_bounds, tests, ranges）；是否想写 'tests'？"),
    ("tests:\n  - {label: n 2, ncut: 2}\n",
     "检验 1：未知的键 'ncut'（可用的键：label, incl_cut, n_cut, pri_cut, calibrate, drop_cases, keep_cases）；是否想写 "
     "'n_cut'？"),
    ("tests:\n  - {label: DEV c=600, calibrate: {DEVX: {thresholds: 'e=350, c=600, i=900'}}}\n",
     "检验 'DEV c=600'：calibrate 所列的 'DEVX' 不是数据中的集合（数据的集合：'DEV', 'URB', 'LIT', 'IND', 'STB' 及另外 1 个）；"
     "是否想写 'DEV'？"),
    ("tests:\n  - {label: without XX, drop_cases: [XX]}\n",
     "检验 'without XX'：drop_cases 中的案例 'XX' 不在数据中（数据的案例：'AU', 'BE', 'CZ', 'EE', 'FI' 及另外 13 个）"),
    ("ranges:\n  - {parameter: inclcut, step: 0.01}\n",
     "范围 1（parameter: inclcut）：parameter 只能是 incl_cut、n_cut、pri_cut 或 calibration，现为 'inclcut'；是否想写 "
     "'incl_cut'？"),
    ("ranges:\n  - {parameter: incl_cut, step: 0.01, maxruns: 20}\n",
     "范围 1：未知的键 'maxruns'（可用的键：parameter, step, max_runs, set, source, thresholds, type）；是否想写 'max_runs'？"),
    ("tests:\n  - {label: c600, calibrate: {DEV: {thresholds: e=350, c=600, i=900}}}\n",
     "检验 'c600'：calibrate 'DEV'：未知的参数 'c=600', 'i=900'（可用的参数：source, type, thresholds, percentiles, method, logistic, "
     "idm, below, above, round）；是 YAML 的 {...} 中没有加引号的临界值吗？YAML 在 ',' 处结束一个值，把 'c=600', 'i=900' 读成了键："
     "请给临界值加上引号，thresholds: 'e=350, c=600, i=900'"),
    ("ranges:\n  - {parameter: n_cut, step: 0.5}\n",
     "范围 1（parameter: n_cut）：n_cut 范围的 step 必须是整数个案例（n_cut 计的是案例数），现为 0.5"),
    ("ranges:\n  - {parameter: calibration, set: DEVX, step: 25, thresholds: 'e=350, c=550, i=850'}\n",
     "范围 1（parameter: calibration, set: DEVX）：calibrate_set 'DEVX'（扫描文件中范围的 set）既不是分析的条件，也不是其结果"
     "（条件：'DEV', 'URB', 'LIT', 'IND', 'STB'；结果：'SURV'）；是否想写 'DEV'？"),
    ("tests:\n  - {label: a, incl_cut: 0.75}\n  - {label: a, n_cut: 2}\n", "检验标签 'a' 用了两次；标签必须唯一"),
    ("tests:\n  - {label: a}\n",
     "检验 'a' 没有改变任何设定：请给出 incl_cut、n_cut、pri_cut、calibrate、drop_cases 或 keep_cases"),
    ("tests:\n  - {label: a, drop_cases: []}\n", "检验 'a'：drop_cases 是空的：请列出要删除的案例，或去掉这个键"),
    ("tests: []\n", "'tests' 是空的：请至少列出一个检验（或去掉这个键，给出 'ranges'）"),
    ("ranges: []\n", "'ranges' 是空的：请至少列出一个范围（或去掉这个键，给出 'tests'）"),
    ("conditions: [DEV, URB]\ntests:\n  - {label: a, incl_cut: 0.7}\n", "缺少 'outcome'（结果）：扫描文件必须给出结果"),
])
def test_the_robustness_commands_first_refusals_have_their_chinese_line(tmp_path, capsys, sweep, zh):
    """The robustness command's refusals a researcher meets first in their sweep file (a mistyped key of the file,
    a test or a range, a test recalibrating or dropping what the data lack, a range's parameter, step or set, a label
    given twice, a test that changes nothing, an empty list of tests or ranges, no outcome) had no Chinese line; each now has one, the file and the test or range said first, read off the command's error line."""
    from _cli import run

    from analysis.paths import DATASETS
    from analysis.workshop import engine_error_zh

    spec = tmp_path / "sweeps.yaml"
    spec.write_text(sweep if sweep.startswith("conditions:") else _SWEEP + sweep, encoding="utf-8")
    code, out, err = run(capsys, "robustness", str(DATASETS / "LF.csv"), "--spec", str(spec), "--raw",
                         str(DATASETS / "LR.csv"))
    assert code == 2 and err.startswith(f"error: {spec}: "), err
    assert engine_error_zh(QCAInputError(err.strip().removeprefix("error: "))) == f"{spec}：{zh}"


@pytest.mark.parametrize("code, zh", [
    (99, "条件 'DEV' 的隶属度超出 [0, 1]，案例 'BE'（99.0）：模糊集隶属度必须在 0 到 1 之间；99 像是缺失值代码（SPSS、Stata）："),
    (-9, "条件 'DEV' 在案例 'BE'（-9.0）中有负值：只允许 0 到 1 之间的隶属度或多值条件的取值 0, 1, 2, ...；-9 像是缺失值代码"
         "（SPSS、Stata）："),
])
def test_a_missing_value_code_among_memberships_keeps_its_chinese_line(lipset, code, zh):
    """A fuzzy set's 99 (or -9) for 'no answer' is now named a missing-value code, as among a multi-value set's
    levels; the refusal's Chinese line says so too (without the hint's form, the line was lost)."""
    from analysis.workshop import engine_error_zh

    lf = lipset["lf"]
    with pytest.raises(QCAInputError) as refused:
        truth_table(lf.assign(DEV=lf["DEV"].mask(lf.index == "BE", float(code))), "SURV", ["DEV", "URB"])
    assert engine_error_zh(refused.value) == (
        f"{zh}请先把这些单元格标为缺失（清空或写 NA，再用 drop_missing_cases 删除这些案例，命令行中用 --drop-missing；由设定校准的"
        f"原始值：在该集合的设定中写 missing_codes: [{code}] 和 missing: keep）")


@pytest.mark.parametrize("rule, keep, zh", [
    ("{source: GDPX, thresholds: 'e=350, c=550, i=850'}", [],
     "文件中没有列 'GDPX'（校准设定的 source，或 --keep 所列的列）；是否想写 'GDP'？（文件的列：'case', 'GDP', 'Y'）"),
    ("{source: GDP, thresholds: 'e=350, c=550, i=850'}", ["--keep", "y"],
     "文件中没有列 'y'（校准设定的 source，或 --keep 所列的列）；是否想写 'Y'？（名称区分大小写）（文件的列：'case', 'GDP', 'Y'）"),
])
def test_the_calibrate_commands_raw_column_not_in_the_file_has_a_chinese_line(tmp_path, capsys, rule, keep, zh):
    """The calibrate command's refusal of a set's source (or a --keep column) the raw file lacks names the raw file,
    not the calibration file, and had no Chinese line; it has one now, with its 'did you mean'."""
    from _cli import run

    from analysis.workshop import engine_error_zh

    raw, spec = tmp_path / "raw.csv", tmp_path / "spec.yaml"
    raw.write_text("case,GDP,Y\nA,300,1\nB,500,0\nC,700,1\nD,900,0\n", encoding="utf-8")
    spec.write_text(f"DEV: {rule}\n", encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), *keep)
    assert code == 2 and err.startswith(f"error: {raw}: "), err
    assert engine_error_zh(QCAInputError(err.strip().removeprefix("error: "))) == f"{raw}：{zh}"


@pytest.mark.parametrize("text, zh", [
    ("DEV: {source: GDP, thresholds: 'e=350, c=550, i=850', idm: 2}\n",
     "校准 'DEV'（取自列 'GDP'）：idm（完全隶属锚点处的隶属度）必须在 0.5 与 1 之间（不含两端），现为 2"),
    ("DEV: {source: GDP, thresholds: 'e=350, c=550, i=850'}\nDEV: {source: GDP, thresholds: 'e=300, c=500, i=800'}\n",
     "键 'DEV' 写了两次（第 1 行和第 2 行）；每个键只写一次（YAML 会不声不响地只保留最后一个值）"),
    ("case: {source: GDP, thresholds: 'e=350, c=550, i=850'}\n",
     "集合 'case' 与案例列同名：请给集合另取名称（或用 --case-column 指定另一列）"),
])
def test_more_of_the_calibrate_commands_refusals_have_their_chinese_line(tmp_path, capsys, text, zh):
    """An idm out of (0.5, 1), a set written twice in the calibration file (YAML would keep the last without a
    word) and a set named as the case column: the calibrate command's refusals had no Chinese line."""
    from _cli import run

    from analysis.workshop import engine_error_zh

    raw, spec = tmp_path / "raw.csv", tmp_path / "spec.yaml"
    raw.write_text("case,GDP\nA,300\nB,500\nC,700\nD,900\n", encoding="utf-8")
    spec.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec))
    assert code == 2 and err.startswith(f"error: {spec}: "), err
    assert engine_error_zh(QCAInputError(err.strip().removeprefix("error: "))) == f"{spec}：{zh}"


_BLANK_RAW = str(DATASETS.parents[2] / "tests" / "bad_inputs" / "raw_blank_cell.csv")   # LR's raw values with AU's DEV left empty


@pytest.mark.parametrize("text, raw, zh", [
    ("outcome: SURV\ntests:\n - [a\n", None,
     "不是有效的 YAML（第 4 行第 1 列：解析器：expected ',' or ']', but got '<stream end>'（while parsing a flow sequence，"
     "始于第 3 行第 4 列））"),
    ("outcome: SURV\ntests:\n\t- {label: a}\n", None,
     "不是有效的 YAML（第 3 行第 1 列：解析器：found character '\\t' that cannot start any token；请用空格缩进，不要用制表符"
     "（Tab））"),
    ("outcome： SURV\ntests:\n - [a\n", None,
     "不是有效的 YAML（第 2 行第 6 列：解析器：mapping values are not allowed here；第 1 行有全角标点（中文输入法输入）："
     "'：' -> ':'；文件的语法需要半角（ASCII）字符）"),
    ("outcome: SURV\nincl_cut: 0.8\ntests:\n - {label: DEV c=600, calibrate: {DEV: {thresholds: 'e=350, c=600, i=900'}}}\n",
     _BLANK_RAW,
     f"检验 'DEV c=600'：--raw {_BLANK_RAW}：列 'DEV' 在案例 'AU'（''） 处缺失或不是数字；校准需要每个案例都有一个数字；"
     "要在此检验中略去没有数字的案例：drop_cases: ['AU']"),
    ("outcome: SURV\nincl_cut: 0.8\nranges:\n - {parameter: calibration, set: DEV, thresholds: {e: 350, c: 550, i: 850}, "
     "step: 25}\n", _BLANK_RAW,
     f"范围 1（parameter: calibration, set: DEV）：'DEV' 的校准范围：--raw {_BLANK_RAW}：列 'DEV' 在案例 'AU'（''） 处缺失或"
     "不是数字；校准需要每个案例都有一个数字；要在此范围中略去没有数字的案例，请在数据文件中把它的隶属度留空，如 calibrate "
     "命令的 missing: keep 所做，并加 --drop-missing"),   # the command line's way alone, no Python data[...]
    ("outcome: SURV\nincl_cut: 0.8\nranges:\n - {parameter: incl_cut, step: 0.01, max_runs: 0}\n", None,
     "范围 1（parameter: incl_cut）：max_runs 必须是 1 到 1,000 之间的整数（每次运行是一次真值表构建和一次最小化，每个阈值 "
     "2 × max_runs 次），现为 0"),
    ("outcome: SURV\nincl_cut: 0.8\nranges:\n - {parameter: incl_cut, step: 0.01, max_runs: '5'}\n", None,
     "范围 1（parameter: incl_cut）：max_runs 必须是 1 到 1,000 之间的整数（每次运行是一次真值表构建和一次最小化，每个阈值 "
     "2 × max_runs 次），现为 '5'；请写数字 5，不要写成文本 '5'"),
    ("outcome: SURV\nincl_cut: 0.8\nranges:\n - incl_cut\n", None,
     "范围 1 必须是含 parameter 和 step 的映射（可用的键：parameter, step, max_runs, set, source, thresholds, type）"),
    ("outcome: SURV\nincl_cut: 0.8\ntests:\n - {label: a, keep_cases: [AU, BE, FR], drop_cases: [AU]}\n", None,
     "检验 'a'：案例 'AU' 同时列在 keep_cases 和 drop_cases 中；每个案例只列在其中一个里"),
    ("outcome: SURV\nincl_cut: 0.8\ntests:\n - {label: a, calibrate: {DEV: {thresholds: 'e=350, c=600, i=900', "
     "round: 20}}}\n", str(DATASETS / "LR.csv"),
     "检验 'a'：calibrate 'DEV'：round 必须是 0 到 15 之间的整数（保留的小数位数），现为 20"),
])
def test_the_robustness_commands_sweep_file_refusals_have_their_chinese_line(tmp_path, capsys, text, raw, zh):
    """A sweep file that is not valid YAML (the line and column said in Chinese, the parser's words kept), a
    recalibration test's or a calibration range's raw value missing, a range's max_runs out of 1..1,000, a range that
    is not a mapping with parameter and step, a case in both keep_cases and drop_cases and a recalibration's round
    out of 0..15: the robustness command's refusals had no Chinese line."""
    from _cli import run

    from analysis.workshop import engine_error_zh

    spec = tmp_path / "sweep.yaml"
    spec.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "robustness", str(DATASETS / "LF.csv"), "--spec", str(spec),
                         *(["--raw", raw] if raw else []))
    assert code == 2 and err.startswith(f"error: {spec}: "), err
    assert engine_error_zh(QCAInputError(err.strip().removeprefix("error: "))) == f"{spec}：{zh}"


def test_a_recalibration_tests_missing_raw_value_has_its_chinese_line_in_python():
    """robustness_protocol(raw=) says 'raw column', not the command's '--raw FILE: column': the same line."""
    import numpy as np
    import pandas as pd

    from analysis.qca import robustness_protocol
    from analysis.workshop import engine_error_zh

    lf = pd.read_csv(DATASETS / "LF.csv").set_index("case")
    lr = pd.read_csv(DATASETS / "LR.csv").set_index("case")
    lr = lr.assign(DEV=lr["DEV"].astype(object).where(lr.index != "AU", "n/a?").where(lr.index != "BE", np.nan))
    with pytest.raises(QCAInputError) as err:
        robustness_protocol(lf, "SURV", list(lf.columns[:-1]), [{"label": "TS3", "calibrate": {
            "DEV": {"thresholds": "e=350, c=600, i=900"}}}], incl_cut=0.8, raw=lr)
    assert engine_error_zh(err.value) == ("检验 'TS3'：原始数据列 'DEV' 在案例 'AU'（'n/a?'）, 'BE'（nan） 处缺失或不是数字；"
                                          "校准需要每个案例都有一个数字；要在此检验中略去没有数字的案例：drop_cases: ['BE']")


@pytest.mark.parametrize("command, text, zh", [
    ("robustness", '{"outcome": "SURV",\n "tests": [{"label": "a" "incl_cut": 0.9}]}\n',
     "不是有效的 JSON（第 2 行第 26 列：解析器：Expecting ',' delimiter）"),
    ("robustness", '{"outcome"： "SURV",\n "tests": []}\n',
     "不是有效的 JSON（第 1 行第 11 列：解析器：Expecting ':' delimiter；第 1 行有全角标点（中文输入法输入）：'：' -> ':'；"
     "文件的语法需要半角（ASCII）字符）"),
    ("calibrate", '{"DEV": {"thresholds": "e=1, c=2, i=3",}}',
     "不是有效的 JSON（第 1 行第 40 列：解析器：Expecting property name enclosed in double quotes）"),
])
def test_a_json_file_that_does_not_parse_has_its_chinese_line(tmp_path, capsys, command, text, zh):
    """A sweep or calibration file written as JSON that does not parse (a comma missing or left after the last
    item, a full-width colon): the line and column said in Chinese, the parser's words kept, as for YAML."""
    from _cli import run

    from analysis.workshop import engine_error_zh

    spec = tmp_path / "spec.json"
    spec.write_text(text, encoding="utf-8")
    data = str(DATASETS / ("LF.csv" if command == "robustness" else "LR.csv"))
    code, out, err = run(capsys, command, data, "--spec", str(spec))
    assert code == 2 and err.startswith(f"error: {spec}: "), err
    assert engine_error_zh(QCAInputError(err.strip().removeprefix("error: "))) == f"{spec}：{zh}"


@pytest.mark.parametrize("spec, raw, zh", [
    ("spec_drop_case_twice.yaml", None, "检验 'without FI'：drop_cases 把案例 'FI' 写了两次；每个案例只写一次"),
    ("spec_calibrate_empty.yaml", "LR.csv",
     "检验 'DEV anchors'：calibrate 是空的：请写出要重新校准的集合，例如 {DEV: {thresholds: 'e=1, c=2, i=3'}}，或去掉这个键"),
    ("spec_range_calibration_keys.yaml", None,
     "范围 1（parameter: incl_cut）：set, thresholds 只是校准范围（parameter: calibration）的键：请去掉"),
    ("spec_range_twice.yaml", None, "范围 3 重复了范围 1（parameter: incl_cut，键和值都相同）；每个范围只给一次"),
])
def test_more_of_the_sweep_files_refusals_have_their_chinese_line(capsys, spec, raw, zh):
    """A case named twice in drop_cases, a test's calibrate left empty, an incl_cut range given a calibration range's
    keys and a range written twice (the bad-input catalogue's sweep files): no Chinese line before."""
    from _cli import run

    from analysis.workshop import engine_error_zh

    path = str(DATASETS.parents[2] / "tests" / "bad_inputs" / spec)
    code, out, err = run(capsys, "robustness", str(DATASETS / "LF.csv"), "--spec", path,
                         *(["--raw", str(DATASETS / raw)] if raw else []))
    assert code == 2 and err.startswith(f"error: {path}: "), err
    assert engine_error_zh(QCAInputError(err.strip().removeprefix("error: "))) == f"{path}：{zh}"


@pytest.mark.parametrize("argv, zh", [
    (["robustness", "LF.csv", "--spec", ""], "--spec 是空的（''）：请给出文件"),
    (["robustness", "LF.csv", "--spec", "docs/examples/LF_sweeps.yaml", "--raw", " "], "--raw 是空的（' '）：请给出文件"),
    (["calibrate", "LR.csv", "--spec", "docs/examples/LR_calibration.yaml", "--keep", ""],
     "--keep 是空的（''）：请给出要复制的列，例如 SURV，或去掉这个参数"),
    (["calibrate", "LR.csv", "--spec", "docs/examples/LR_calibration.yaml", "--keep", "SURV,"],
     "--keep 含有空的名称：'SURV,'；请写以逗号分隔的列名"),
    (["calibrate", "LR.csv", "--spec", "docs/examples/LR_calibration.yaml", "--keep", "SURV,SURV"],
     "--keep 把 'SURV' 写了两次；每列只写一次（输出中每个列名只出现一次）"),
])
def test_the_file_flags_and_keep_left_empty_have_their_chinese_line(capsys, argv, zh):
    """--spec or --raw given empty (an unset shell variable) and the calibrate command's --keep empty, with an empty
    name or a column twice: no Chinese line before."""
    from _cli import run

    from analysis.workshop import engine_error_zh

    root = DATASETS.parents[2]
    argv = [str(DATASETS / a) if a.endswith("R.csv") or a == "LF.csv" else str(root / a) if a.startswith("docs/") else a
            for a in argv]
    code, out, err = run(capsys, *argv)
    assert code == 2 and err.startswith("error: --"), err
    assert engine_error_zh(QCAInputError(err.strip().removeprefix("error: "))) == zh


def _catalogue_message(bad_id: str, kind: str = "error") -> str:
    """The message a row of the bad-input catalogue gives (tests/bad_inputs/catalogue.py), as its user sees it and
    tests/bad_inputs/scan.py reads it: the command's last error: line (or the warning: / note: line its `expect`
    names, which may begin with that prefix), or the error (warning) the API call raises."""
    from bad_inputs.catalogue import CATALOGUE
    from bad_inputs.scan import messages

    bad = next(b for b in CATALOGUE if b.id == bad_id)
    found = [m for m in messages(bad) if m.kind == kind]
    if kind == "error":
        assert found and any(m.expected for m in found), (bad.expect, found)
        return found[-1].text
    return next(m.text for m in found if m.expected)


@pytest.mark.parametrize("bad_id, zh", [
    ("robustness-recalibrate-levels",
     "tests/bad_inputs/spec_recalibrate.yaml：检验 'DEV c=600'：重新校准后，条件 'DEV' 是模糊集，而不是初始数据中的水平 0..2，因此其解"
     "无法与初始解比较（另一个真值表）；请把它重新校准为 3 个水平：type 'crisp'，2 个临界值"),
    ("robustness-recalibrate-empty-level",
     "tests/bad_inputs/spec_recalibrate_empty_level.yaml：检验 'DEV cut 5000'：以 2 个临界值重新校准后，条件 'DEV' 在水平 2 上"
     "没有案例（只有取值 0..1），与初始数据的水平 0..2 不同，因此其解无法与初始解比较（另一个真值表）；请移动 thresholds，使每个水平"
     "都有案例"),
    ("robustness-drop-middle-level",
     "tests/bad_inputs/spec_drop_middle_level.yaml：检验 'no DEV 1'：去掉所删除的案例后，条件 'DEV' 只有取值 0, 2，在水平 1 上"
     "没有案例，而初始数据在那里有案例（水平 0..2），因此其解无法与初始解比较（另一个真值表）；请少删一些案例，或在初始数据和检验中"
     "都重新编码该条件"),
    ("robustness-range-fuzzy-multivalue",
     "tests/bad_inputs/spec_range_fuzzy_multivalue.yaml：范围 1（parameter: calibration, set: DEV）：'DEV' 的校准范围：模糊集"
     "校准会把多值的 'DEV'（水平 0..2）变成模糊集，真值表与数据的不同；请给该范围 type 'crisp' 和 2 个临界值"),
    ("robustness-raw-duplicate-case",
     "--raw tests/bad_inputs/raw_duplicate_case_lr.csv：列 'case' 中有重复的案例名称 'AU'；每个案例只能有一行原始数值：'AU' 在"
     "第 1、19 行（文件的第 2、20 行）"),
    ("robustness-raw-duplicate-case-api", "原始数据中有重复的案例名称 'AU'：每个案例只能有一行原始数值"),
    ("calibrate-duplicate-cases",
     "tests/bad_inputs/raw_duplicate_cases.csv：列 'case' 中有重复的案例名称 'a'（名称两端的空格不计）；案例名称必须唯一：'a' 在"
     "第 1、2 行（文件的第 2、3 行）"),
    ("calibrate-frame-duplicate-cases",
     "列 'case' 中有重复的案例名称 'a'（名称两端的空格不计）；案例名称必须唯一：'a' 在第 1、2 行（文件的第 2、3 行）"),
    ("calibrate-frame-blank-cases", "列 'case' 在第 2、3 行（文件的第 3、4 行）没有案例名称；每个案例都需要名称"),
])
def test_the_refusals_of_levels_and_of_raw_case_names_have_their_chinese_line(bad_id, zh):
    """A recalibration or dropped cases changing a multi-value condition's levels (made fuzzy, a level left without a
    case), a fuzzy calibration range of a multi-value set, a raw file naming a case twice (the robustness command's
    --raw, the calibrate command's file, calibrate_frame, robustness_protocol's raw=) or leaving one without a name
    (the bad-input catalogue's rows): no Chinese line before."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("bad_id, zh", [
    ("file-not-found", "data/raw/nosuch.csv：找不到文件；查找的位置是 {root}/data/raw/nosuch.csv（相对路径从运行命令的文件夹算起）："
                       "请给出文件的完整路径"),
    ("calibrate-spec-not-found",
     "--spec docs/examples/LR_calibrate.yaml：找不到文件；查找的位置是 {root}/docs/examples/LR_calibrate.yaml（相对路径从运行"
     "命令的文件夹算起）：请给出文件的完整路径"),
    ("robustness-raw-not-found",
     "--raw data/reference/datasets/LRR.csv：找不到文件（文件名区分大小写）；是否想写 'data/reference/datasets/LR.csv'？"),
    ("data-path-tilde-quoted", "~/no_such_qca_file.csv：找不到文件；这里的 '~' 不是你的主文件夹（shell 只在引号之外展开它）："
                               "请写完整路径，例如 \"$HOME/no_such_qca_file.csv\""),
    ("spec-path-tilde-unknown-user", "--spec ~SURV：找不到文件；这里的 '~' 不会被展开（shell 只在引号之外展开它）：请写完整路径"),
    ("protocol-no-solution-unknown",
     "no_solution 只能是 'count'（没有充分组态的检验算作空解）或 'refuse'（这是错误），现为 'drop'"),
    ("robustness-spec-no-solution-unknown",
     "tests/bad_inputs/spec_no_solution_unknown.yaml：'no_solution: drop' 既不是 count（没有充分组态的检验算作空解），也不是 "
     "refuse（这是错误）"),
    ("robustness-spec-no-solution-empty",
     "tests/bad_inputs/spec_no_solution_empty.yaml：'no_solution:' 没有值（YAML 把它读作 null）：请写 'no_solution: count'"
     "（没有充分组态的检验算作空解）或 'no_solution: refuse'（这是错误），或去掉这个键（count）"),
    ("robustness-spec-no-solution-conflict",
     "--no-solution count，但 tests/bad_inputs/spec_no_solution_refuse.yaml 写的是 'no_solution: refuse'；规则只给一次"
     "（文件中的键，或命令行参数）"),
    ("robustness-spec-skew-bounds-text",
     "tests/bad_inputs/spec_skew_bounds_text.yaml：skew_bounds 必须是两个比例 [low, high]，如 [0.2, 0.8]，或 none（不检查），"
     "现为 '0.2,0.8'：请写 [0.2, 0.8]，一对数字"),
    ("robustness-spec-skew-bounds-empty",
     "tests/bad_inputs/spec_skew_bounds_empty.yaml：'skew_bounds' 没有值（YAML 把留空的 'skew_bounds:'、'null' 或 '~' 读作 "
     "null）：请写两个比例，例如 'skew_bounds: [0.2, 0.8]'，或写 'skew_bounds: none' 关闭偏斜检查（如 --skew-bounds none），"
     "或去掉这个键（默认值 [0.2, 0.8]）"),
    ("robustness-spec-skew-bounds-conflict",
     "skew_bounds=(0.2, 0.8)（命令行上的 --skew-bounds 0.2,0.8），但 tests/bad_inputs/spec_skew_bounds.yaml 写的是 "
     "'skew_bounds: [0.1, 0.9]'；界限只给一次（文件中的键，或参数 / 命令行参数）"),
    ("robustness-skew-percent", "--skew-bounds 必须是两个比例 LOW,HIGH，在 [0, 1] 之内且 LOW 小于 HIGH，如 0.2,0.8，现为 "
                                "'20,80'；是百分数吗？请写 0.2,0.8"),
    ("spec-yaml-no-as-false",
     "tests/bad_inputs/spec_drop_norway.yaml：第 5 行第 42 列：YAML 把 NO 读作 False（YAML 1.1 把 yes/no/on/off 读作 "
     "true/false）；若它是名称或案例标识，请加引号（'NO'），否则请写 false"),
    ("robustness-spec-underscore",
     "tests/bad_inputs/spec_range_underscore.yaml：第 6 行第 49 列：YAML 把 1_000 读作 1000（数字用 '_' 分组）；请写 1000（只用"
     "数字 0-9），若它是名称或案例标识，则请加引号（'1_000'）"),
    ("robustness-spec-octal-case",
     "tests/bad_inputs/spec_drop_case_octal.yaml：第 6 行第 44 列：YAML 把 010 读作 8（开头的 0 使它成为八进制数）；请写 10（只用"
     "数字 0-9），若它是名称或案例标识，则请加引号（'010'）"),
])
def test_files_not_found_no_solution_skew_bounds_and_yaml_readings_have_their_chinese_line(bad_id, zh):
    """A file not found (with where it was looked for, the name meant, a quoted '~'), the no_solution rule and the
    skew bounds given wrongly, empty or twice (a sweep file's keys, the flags), and a sweep file's NO or 1_000 or 010
    that YAML reads otherwise (the bad-input catalogue's rows): no Chinese line before; the skew bounds' forms of the
    API read the sweep file's lists too."""
    from analysis.paths import ROOT
    from analysis.workshop import engine_error_zh

    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh.format(root=ROOT)


def test_the_skew_bounds_of_a_sweep_file_read_as_its_lists(tmp_path):
    """A sweep file's skew_bounds of percentages or in the wrong order: the argument's Chinese line read (20, 80) and
    not the file's [20, 80], so the file's refusal had no line."""
    from analysis.qca.sweep_spec import run_spec_file
    from analysis.workshop import engine_error_zh

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    spec = tmp_path / "s.yaml"
    for bounds, zh in [("[20, 80]", "；是百分数吗？请写 [0.2, 0.8]"), ("[0.8, 0.2]", "；下限在前：[0.2, 0.8]")]:
        spec.write_text(f"outcome: SURV\nconditions: [DEV, URB]\nskew_bounds: {bounds}\ntests:\n - {{label: a, incl_cut: "
                        "0.7}\n", encoding="utf-8")
        with pytest.raises(QCAInputError) as err:
            run_spec_file(lf, str(spec))
        assert engine_error_zh(err.value) == f"{spec}：skew_bounds 必须满足 0 <= low < high <= 1，现为 {bounds}{zh}"


@pytest.mark.parametrize("bad_id, zh", [
    ("robustness-analysis-flags",
     "无法识别的参数：--outcome SURV --incl-cut 0.9；robustness 从其 --spec 文件读取分析的设定，不从命令行参数读取：请在该文件中写键 "
     "outcome, incl_cut（例如 docs/examples/LF_sweeps.yaml）"),
    ("necessity-incl-cut",
     "无法识别的参数：--incl-cut 0.9；necessity 不接受 --incl-cut（minimize、truth-table、super-subset、find-rows、esa、cases、"
     "theory、chart、plot、good-practice、chain 接受）：--benchmark 设定把条件标为必要条件所需的 inclN"),
    ("cli-necessity-r-incl-cut",
     "无法识别的参数：--incl.cut 0.9；necessity 不接受 --incl.cut：请写 --benchmark 0.9（条件被标为必要条件所需的 inclN；R 的 "
     "incl.cut）"),
    ("cli-truth-table-neg-out", "无法识别的参数：--neg-out；truth-table 不接受 --neg-out：请写 --negate-outcome"),
    ("calibrate-drop-missing-flag",
     "无法识别的参数：--drop-missing；calibrate 不接受 --drop-missing：请在设定文件中给该集合写 'missing: keep'（其隶属度留空），"
     "然后在分析时加 --drop-missing"),
    ("flag-given-twice", "--incl-cut 给了 2 次（'0.8'，然后是 '0.9'）：它只取一个值，只有最后一个会生效；--incl-cut 只给一次"),
    ("pof-conditions", "--conditions 不用于 pof：条件就是 --expression 中的条件"),
    ("esa-ron-cut-without-nec-cond", "--ron-cut 用于 --nec-cond 的必要条件：请给出 --nec-cond"),
    ("cases-nec-cond-incl-cut", "--incl-cut 用于解的案例，不用于 --nec-cond（必要性检验不用真值表）"),
    ("calibrate-thresholds-empty-item",
     "tests/bad_inputs/calibrate_thresholds_trailing_comma.yaml：校准 'DEV'（取自列 'DEV'）：thresholds 'e=350, c=550, i=850,' "
     "中有一个空项（多了一个逗号，还是漏了一个值？）；请用逗号分隔各个值，例如 'e=350, c=550, i=850'"),
    ("calibrate-crisp-thresholds-empty-item-api",
     "thresholds '550,,700' 中有一个空项（多了一个逗号，还是漏了一个值？）；请用逗号分隔各个值，例如 'e=350, c=550, i=850'"),
    ("calibrate-crisp-logistic",
     "tests/bad_inputs/calibrate_crisp_logistic.yaml：校准 'DEVC'（取自列 'DEV'）：logistic 只用于模糊集校准；清晰集校准只用"
     "临界值：请去掉"),
    ("calibrate-below-logistic",
     "below 在这里不起作用：below 和 above 弯曲的是线性形状（logistic=False）；logistic 形状由锚点和 idm 决定；请去掉"),
    # a data file's refusals, the file named before the error's own line
    ("grouped-digits-beside-decimal-commas",
     "tests/bad_inputs/german_grouped_digits.csv：可有两种读法的数字：列 'GDP'（案例 'a'（'1.038'）, 'c'（'2.100'））：列 'LIT' "
     "用逗号写小数（'0,8'），因此 '1.038' 是以 '.' 分隔数字组的 1038（德语、荷兰语等地区设置下的 Excel 这样写数字），不是 1.038："
     "请另存 CSV，以 '.' 作小数点、不用千位分隔符（'1038'）"),
    ("excel-na",
     "tests/bad_inputs/excel_na.csv：列 'URB'（案例 'CZ'，标为 '#N/A'）中有缺失值：QCA 无法把隶属度缺失的案例放进任何组态；请先"
     "明确地删除或插补这些案例（要删除它们并列出被删除的案例：在 Python 中用 drop_missing_cases(df, ['URB'], case_column='case')；在命令行中加上 "
     "--drop-missing）"),
    ("cli-unknown-condition",
     "data/reference/datasets/LF.csv：未知条件 'GDP'：条件须是数据中的列名（数据的列：'DEV', 'URB', 'LIT', 'IND', 'STB', "
     "'SURV'）"),
])
def test_flags_calibrate_shapes_and_a_data_files_refusals_have_their_chinese_line(bad_id, zh):
    """A flag the command does not take (the analysis's flags given to robustness, necessity --incl-cut, R's
    --incl.cut and --neg-out, calibrate --drop-missing), a flag given twice or of another analysis, calibrate's
    thresholds with an empty item and a shape argument that does nothing (logistic of a crisp set, below of the
    logistic shape), and a data file's refusals, which the command line starts with the file's name (numbers with
    grouped digits beside decimal commas, a missing value, an unknown condition): no Chinese line before (the bad-input
    catalogue's rows)."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("bad_id, zh", [
    ("theory-data-without-the-outcome",
     "data 中没有解的结果 'SURV'：data 必须是求出该解的数据（包括其结果），才能读取理论 'DEV*LIT' 中的 'LIT'（数据的列：'DEV', "
     "'URB', 'LIT', 'IND', 'STB'）"),
    ("theory-data-another-outcome",
     "data 的结果 'SURV' 在案例 'BE'（data 中为 0.1，解中为 0.95）上与解的结果不同：data 必须是求出该解的数据，才能读取理论 "
     "'DEV*LIT' 中的 'LIT'（SetMethods 的 theory.evaluation 从同一份数据——真值表的 initial.data——读取理论的集合和结果）"),
    ("theory-data-without-a-case",
     "data 必须含有解的数据中的案例（按名称匹配：其索引或 case_column），才能读取理论 'DEV*LIT' 中的 'LIT'：所给的 data 缺少解的"
     "案例 'BE'"),
    ("theory-data-another-condition",
     "data 的条件 'URB' 在案例 'BE'（data 中为 0.3，解中为 0.89）上与解的条件不同：data 必须是求出该解的数据，无论理论 "
     "'DEV*URB' 是否从中读取集合（SetMethods 的 theory.evaluation 从同一份数据——真值表的 initial.data——读取理论的集合、条件"
     "和结果）"),
])
def test_theory_evaluations_refusals_of_its_data_have_their_chinese_line(bad_id, zh):
    """theory_evaluation(theory, sol, data=...) reading a set the solution lacks from data without the solution's
    outcome, with another outcome, or without one of its cases (the bad-input catalogue's rows): no Chinese line
    before."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("data, zh", [
    (lambda d: d.drop(columns="SURV"),
     "data 中没有解的结果 'SURV'：data 必须是求出该解的数据（包括其结果），无论理论 'DEV*URB' 是否从中读取集合（数据的列：'DEV', "
     "'URB', 'LIT', 'IND', 'STB'）"),
    (lambda d: d.drop(index="BE"),
     "data 必须含有解的数据中的案例（按名称匹配：其索引或 case_column），无论理论 'DEV*URB' 是否从中读取集合：所给的 data 缺少解的"
     "案例 'BE'"),
    (lambda d: d.assign(URB=d["URB"].where(d.index != "BE", 0.3), IND=d["IND"].where(d.index != "AU", 0.1)),
     "data 的条件 'URB' 在案例 'BE'（data 中为 0.3，解中为 0.89）上与解的条件不同（条件 'IND' 也不同）：data 必须是求出该解的"
     "数据，无论理论 'DEV*URB' 是否从中读取集合（SetMethods 的 theory.evaluation 从同一份数据——真值表的 initial.data——读取理论"
     "的集合、条件和结果）"),
], ids=["without-the-outcome", "without-a-case", "two-conditions"])
def test_theory_evaluations_data_checked_for_a_theory_of_the_solutions_conditions_has_a_chinese_line(data, zh):
    """theory_evaluation's data= given for a theory the solution's conditions make (no set read from it) is checked
    all the same, its refusals saying 'whether or not theory ... reads a set from it', and a condition of another data
    set names the other conditions that differ too: the forms read 'to read ... of theory' and the outcome alone."""
    from analysis.workshop import engine_error_zh

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    sol = minimize(truth_table(lf, "SURV", ["DEV", "URB", "IND"], incl_cut=0.7), include="?")
    with pytest.raises(QCAInputError) as refused:
        theory_evaluation("DEV*URB", sol, data=data(lf))
    assert engine_error_zh(refused.value) == zh, str(refused.value)


def test_theory_evaluations_data_of_other_cases_and_outcomes_said_in_full(lipset):
    """The parts the catalogue's rows leave out: a case the solution lacks, a case name twice, and an outcome that
    differs in more than five cases ('and 2 more')."""
    from analysis.workshop import engine_error_zh

    sol = minimize(truth_table(lipset["lf"], "SURV", ["DEV", "URB", "IND", "STB"], incl_cut=0.8), "?")
    extra = lipset["lf"].loc[["AU"]].rename(index={"AU": "XX"})
    with pytest.raises(QCAInputError) as err:
        theory_evaluation("DEV*LIT", sol, data=pd.concat([lipset["lf"].drop(index="BE"), extra]))
    assert engine_error_zh(err.value).endswith("所给的 data 缺少解的案例 'BE'；含有解所没有的案例 'XX'"), err.value
    with pytest.raises(QCAInputError) as err:
        theory_evaluation("DEV*LIT", sol, data=lipset["lf"].assign(SURV=1 - lipset["lf"]["SURV"]))
    zh = engine_error_zh(err.value)
    assert zh is not None and "（data 中为 0.95，解中为 0.05）" in zh and " 及另外 13 个案例上与解的结果不同" in zh, (err.value, zh)


def test_raw_values_matched_by_row_position_have_their_chinese_lines(capsys, tmp_path):
    """Raw values that would be matched to the cases by row position (the robustness command's --raw, refused or
    warned of; robustness_protocol's raw=), a --raw file without a case column, and a crisp calibration range making
    other levels than the data's: no Chinese line before."""
    from _cli import run

    from analysis.qca import threshold_range
    from analysis.workshop import engine_error_zh, engine_warning_zh

    assert engine_error_zh(QCAInputError(_catalogue_message("robustness-raw-by-position"))) == (
        "--raw tests/bad_inputs/raw_country_column.csv：两个文件都没有读取器所认的案例名称列（'case'、无名的第一列，或 "
        "--case-column），因此原始数值会按行的位置与案例对应；两者的列 'country' 在每个案例中都是不同的文本，像案例名称：请加 "
        "--case-column country（若原始数据文件中该列的名称不同，再加 --raw-case-column）")
    lf, lr = pd.read_csv(DATASETS / "LF.csv"), pd.read_csv(DATASETS / "LR.csv")
    args = dict(incl_cut=0.8, calibrate_set="DEV", thresholds="e=350, c=550, i=850")
    with pytest.raises(QCAInputError) as err:
        threshold_range(lf, "SURV", CONDITIONS, "calibration", 25, raw=lr, **args)
    assert engine_error_zh(err.value) == (
        "数据和原始数值都按位置编号（读取时没有用 index_col），因此原始数值会按行的位置与案例对应；两者的列 'case' 在每个案例中都是"
        "不同的文本，像案例名称：请传 case_column='case'（命令行：--case-column case），或读取两者时都用 index_col='case'")
    with pytest.raises(QCAInputError) as err:
        threshold_range(lf, "SURV", CONDITIONS, "calibration", 25, raw=lr, case_column="case",
                        **{**args, "calibration_type": "crisp", "thresholds": "550, 700"})
    assert engine_error_zh(err.value) == (
        "'DEV' 的校准范围：2 个清晰集临界值给出 3 个水平，是另一个真值表：数据中的 'DEV' 是清晰集或模糊集（在集合内或外）；"
        "请给一个临界值，或改用模糊集范围（type: fuzzy）")
    data, raw, spec = tmp_path / "lf.csv", tmp_path / "lr.csv", tmp_path / "s.yaml"
    lf.drop(columns="case").to_csv(data, index=False, encoding="utf-8")
    lr.drop(columns="case").to_csv(raw, index=False, encoding="utf-8")
    spec.write_text("outcome: SURV\nincl_cut: 0.8\ntests:\n - {label: a, calibrate: {DEV: {thresholds: 'e=350, c=600, "
                    "i=900'}}}\n", encoding="utf-8")
    code, out, err = run(capsys, "robustness", str(data), "--spec", str(spec), "--raw", str(raw))
    said = [line.removeprefix("warning: ") for line in err.splitlines() if "row position" in line]
    assert code == 0 and len(said) == 1, err
    assert engine_warning_zh(said[0]) == (
        f"--raw {raw}：两个文件都没有给出案例名称（'case'、无名的第一列，或 --case-column / --raw-case-column）：原始数值按行的"
        f"位置与 {data} 的案例对应（第 1 行对第 1 行，……）；请检查两者列出案例的顺序是否相同，或给两者都加上案例名称列")
    lf.to_csv(data, index=False, encoding="utf-8")
    code, out, err = run(capsys, "robustness", str(data), "--spec", str(spec), "--raw", str(raw), "--case-column", "case")
    assert code == 2, err
    assert engine_error_zh(QCAInputError(err.strip().removeprefix("error: "))) == (
        f"--raw {raw}：没有案例名称列（'case'、无名的第一列，或用 --raw-case-column 指明）")


@pytest.mark.parametrize("bad_id, kind, zh", [
    ("semicolon-separated", "error",
     "tests/bad_inputs/semicolon_separated.csv：表头只有一列 'case;DEV;URB;LIT;IND;STB;SURV'：文件看来是用 ';' 而不是逗号分隔的"
     "（小数用逗号的地区设置下，Excel 保存的每个 CSV 都写 ';' 和 0,8，'CSV UTF-8 (逗号分隔)' 也一样）：请直接给出工作簿（.xlsx），"
     "引擎可以读取；或者转换它：在 R 中用 write.csv(read.csv2(path), new, row.names = FALSE)；在 Python 中用 "
     "pandas.read_csv(path, sep=';', decimal=',').to_csv(new, index=False)"),
    ("excel-tab-separated", "error",
     "tests/bad_inputs/excel_tab_separated.csv：表头只有一列 'case\\tDEV\\tURB\\tLIT\\tIND\\tSTB\\tSURV'：文件看来是用制表符而不是"
     "逗号分隔的（Excel 的“文本文件(制表符分隔)”，或 .tsv 文件）；请另存为 'CSV UTF-8 (逗号分隔)'，以 '.' 作小数点"),
    ("excel-true-false", "error",
     "tests/bad_inputs/excel_true_false.csv：列 'DEV'（案例 'AU'（'TRUE'）, 'BE'（'TRUE'）, 'CZ'（'TRUE'）, 'EE'（'FALSE'）, "
     "'FI'（'TRUE'） 及另外 3 个）中有不是数字的值；'DEV'：是/否标签：请重新编码为 1/0（命令行中：用 calibrate --spec 文件中的"
     "集合 DEV: {codes: {'TRUE': 1, 'FALSE': 0}} 重新编码；pandas 中：df[col] = df[col].map({'TRUE': 1, 'FALSE': 0})；"
     "或导出数字代码，而不是值标签）。QCA 需要数字：0/1（清晰集）、整数 0..L-1（多值集合）"
     "或 [0, 1] 中的隶属度（模糊集）；条件取自除结果和案例名称以外的每一列：若 'DEV' "
     "不是集合，请列出不含它的条件：--conditions URB,LIT,IND,STB"),
    ("excel-trailing-empty", "warning", "tests/bad_inputs/excel_trailing_empty.csv：忽略了 2 个空行（第 10、11 行）"),
])
def test_an_excel_exports_refusals_and_warnings_have_their_chinese_line(bad_id, kind, zh):
    """A CSV of Excel separated by ';' (a locale with decimal commas) or by tabs, a column of TRUE/FALSE (yes/no)
    among conditions the command line took from the data (its ending names --conditions alone, not the API's
    conditions='...'), and Excel's trailing empty rows left out (the bad-input catalogue's rows): no Chinese line
    before."""
    from analysis.workshop import engine_error_zh, engine_warning_zh

    message = _catalogue_message(bad_id, kind)
    assert (engine_error_zh(QCAInputError(message)) if kind == "error" else engine_warning_zh(message)) == zh


def test_the_calibrate_commands_decreasing_sets_have_their_chinese_line(capsys, monkeypatch):
    """The calibrate command's warning of sets calibrated decreasing (e above i), which the README's own example
    (docs/examples/LR_calibration.yaml: STB) gives: no Chinese line before."""
    from _cli import run

    from analysis.paths import ROOT
    from analysis.workshop import engine_warning_zh

    monkeypatch.chdir(ROOT)
    code, out, err = run(capsys, "calibrate", "data/reference/datasets/LR.csv", "--spec",
                         "docs/examples/LR_calibration.yaml")
    said = [line.removeprefix("warning: ") for line in err.splitlines() if "decreasing" in line]
    assert code == 0 and len(said) == 1, err
    assert engine_warning_zh(said[0]) == (
        "docs/examples/LR_calibration.yaml：集合 STB 按递减方式校准（e 大于 i：原始值越大，隶属度越低，R 的 calibrate() 也这样读"
        "这种锚点；若集合应随原始值上升，请对调 e 和 i）")


@pytest.mark.parametrize("bad_id, zh", [
    ("semicolon-api",
     "结果 'SURV' 不是数据中的列：数据只有一列 'case;DEV;URB;LIT;IND;STB;SURV'：文件看来是用 ';' 而不是逗号分隔的（小数用逗号的"
     "地区设置下的 Excel）；请另存为 'CSV UTF-8 (逗号分隔)'，或用 pd.read_csv(path, sep=';', decimal=',') 读取（数据的列："
     "'case;DEV;URB;LIT;IND;STB;SURV'）"),
    ("tab-api",
     "结果 'SURV' 不是数据中的列：数据只有一列 'case\\tDEV\\tURB\\tLIT\\tIND\\tSTB\\tSURV'：文件看来是用制表符而不是逗号分隔的"
     "（Excel 的“文本文件(制表符分隔)”，或 .tsv 文件）；请另存为 'CSV UTF-8 (逗号分隔)'，或用 pd.read_csv(path, sep='\\t') 读取"
     "（数据的列：'case\\tDEV\\tURB\\tLIT\\tIND\\tSTB\\tSURV'）"),
])
def test_a_csv_of_another_separator_read_with_pandas_has_its_chinese_line(bad_id, zh):
    """A participant's CSV separated by ';' or tabs, read with pd.read_csv(path) into one column, then analysed: the
    outcome's refusal ('the data has a single column ...') had no Chinese line (the bad-input catalogue's rows)."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("bad_id, zh", [
    ("robustness-recalibrate-no-raw",
     "tests/bad_inputs/spec_recalibrate.yaml：检验 'DEV c=600' 重新校准 'DEV'：请给出原始数据：--raw FILE"),
    ("robustness-recalibrate-no-raw-api", "检验 'DEV c=600' 重新校准 'DEV'：请给出原始数据：raw=DATAFRAME（命令行：--raw FILE）"),
    ("robustness-calibration-range-no-raw",
     "tests/bad_inputs/spec_calibration_range.yaml：范围 1（parameter: calibration, set: DEV）：校准范围需要原始数据、集合及其 "
     "thresholds：--raw FILE，以及范围的 'set' 和 'thresholds'（Python：calibrate_set=、thresholds=）；thresholds 的写法与 "
     "calibrate() 相同，例如 'e=1000, c=5000, i=12000' 或 {'e': 1000, 'c': 5000, 'i': 12000}"),
    ("robustness-label-blank",
     "tests/bad_inputs/spec_label_blank.yaml：检验 1：label 必须是非空文本，例如 'incl 0.7'，现为 None（YAML 把后面什么也没写的 "
     "'label:' 读作 null）；或去掉这个键（该检验即为 TS1）"),
    ("robustness-one-test-mapping",
     "tests 必须是非空的检验设定列表，例如 {'label': 'incl 0.7', 'incl_cut': 0.7}；只给了一个映射形式的检验：请把它放进列表，"
     "[{'label': 'n 2', 'n_cut': 2}]"),
    ("robustness-raw-path-api",
     "raw 必须是非空的 pandas DataFrame（原始数值，每个案例一行），现为 str：请先读入文件，例如 "
     "raw=pd.read_csv(path, index_col='case')"),
])
def test_a_recalibration_without_raw_data_and_a_test_sets_form_have_their_chinese_line(bad_id, zh):
    """A recalibration test or a calibration range without the raw data, a test's label left empty, one test given
    as a mapping, and raw= given a file name (the bad-input catalogue's rows): no Chinese line before."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("bad_id, zh", [
    ("robustness-range-anchors-unordered",
     "tests/bad_inputs/spec_range_anchors_unordered.yaml：范围 2（parameter: calibration, set: DEV）：'DEV' 的校准范围，"
     "thresholds e=350, c=950, i=850：锚点须按 e < c < i（递增）或 i < c < e（递减）排列，现为 e=350, c=950, i=850"),
    ("robustness-range-start-no-solution",
     "tests/bad_inputs/spec_range_start_no_solution.yaml：范围 1（parameter: n_cut）：n_cut 范围：起始设定（n_cut = 30）没有解："
     "n_cut = 30 超过了任一组态所含的最多案例数（4）：每一行都将是逻辑余项；请把 n_cut 设为 1 到 4 之间的值"),
    ("robustness-recalibrate-unused-set",
     "tests/bad_inputs/spec_recalibrate_unused_set.yaml：检验 'DEV c=600'：calibrate 所列的 'DEV' 是数据中的列，但既不是本分析的"
     "条件，也不是其结果（条件：'URB', 'LIT', 'IND', 'STB'；结果：'SURV'），因此该检验不会改变任何东西；请把它加入条件，或从该检验"
     "中去掉"),
    ("robustness-calibrate-set-case",
     "tests/bad_inputs/spec_set_case.yaml：检验 'DEV c=600'：calibrate 所列的 'dev' 不是数据中的集合（数据的集合：'DEV', 'URB', "
     "'LIT', 'IND', 'STB' 及另外 1 个）；是否想写 'DEV'？（名称区分大小写；小写并不表示缺失，否定写作 '~DEV'）"),
    ("robustness-range-set-case",
     "tests/bad_inputs/spec_range_set_case.yaml：范围 1（parameter: calibration, set: dev）：calibrate_set 'dev'（扫描文件中"
     "范围的 set）既不是分析的条件，也不是其结果（条件：'DEV', 'URB', 'LIT', 'IND', 'STB'；结果：'SURV'）；是否想写 'DEV'？"
     "（名称区分大小写；小写并不表示缺失，否定写作 '~DEV'）"),
    ("raw-column-named-otherwise-test",
     "tests/bad_inputs/spec_recalibrate.yaml：检验 'DEV c=600'：--raw tests/bad_inputs/raw_lowercase_columns.csv：列 'DEV' "
     "不在原始数据中；是否想写 'dev'？（名称区分大小写）（原始数据的列：dev, urb, lit, ind, stb, surv）；名称与其集合不同的原始"
     "数据列，作为该集合的 source 给出：calibrate: {DEV: {source: dev, thresholds: ...}}"),
    ("raw-column-named-otherwise-range",
     "tests/bad_inputs/spec_calibration_range.yaml：范围 1（parameter: calibration, set: DEV）：'DEV' 的校准范围：--raw "
     "tests/bad_inputs/raw_lowercase_columns.csv：列 'DEV' 不在原始数据中；是否想写 'dev'？（名称区分大小写）（原始数据的列："
     "dev, urb, lit, ind, stb, surv）；名称与其集合不同的原始数据列，作为该集合的 source 给出：threshold_range(..., "
     "source='dev')，扫描文件中范围的 source: dev"),
    ("protocol-budgets-unknown",
     "robustness_protocol 的 budgets：未知的键 'n_jobs'（可用的键：max_models, allow_partial, max_work, max_implicants, "
     "max_chart_cells, sa_limit, ec_limit, max_intermediate_pairs, max_memberships；n_jobs 是扫描本身的参数）"),
    ("theory-data-not-a-frame", "data 必须是 pandas 的 DataFrame（分析所用的数据），现为 str"),
    ("calibrate-id-not-kept",
     "tests/bad_inputs/raw_numeric_id.csv：没有案例名称列（'case'、无名的第一列，或 --case-column），而列 'id' 既没有被 "
     "tests/bad_inputs/spec_crisp_xy.yaml 校准，也没有被保留：输出会把案例编号为 1, 2, ...，从而丢失它们；若 'id' 是案例名称，"
     "请加 --case-column id；要原样复制一列，请用 --keep id"),
])
def test_the_robustness_protocols_last_refusals_have_their_chinese_line(bad_id, zh):
    """The robustness protocol's refusals of a calibration range's unordered anchors or a start without solution, a
    test recalibrating a set outside the analysis, a set or raw column named in another case ('dev' for 'DEV'),
    budgets naming n_jobs, theory_evaluation's data given as text and the calibrate command's column it would lose
    (the bad-input catalogue's rows, run as their user does): no Chinese line before (scan of the catalogue)."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("bad_id, zh", [
    ("robustness-raw-is-memberships",
     "检验 'DEV c=600'：重新校准后，'DEV' 的每个案例都低于 0.5（原始 'DEV' 从 0 到 2，thresholds 为 'e=350, c=600, i=900'），"
     "因此在此检验中 'DEV' 在类别上没有变化；请检查原始数据和 thresholds"),
    ("robustness-recalibrate-swapped-anchors",
     "检验 'DEV c=600'：以 thresholds e=900, c=600, i=350 重新校准（e 大于 i：递减的集合，原始值越大，隶属度越低，R 的 "
     "calibrate() 也这样读这种锚点），'DEV' 与数据自身的 'DEV' 方向相反（各案例间的相关系数为 -0.99）：e 和 i 是否对调了？"
     "若方向是有意的，请忽略此警告"),
    ("calibrate-json-case-column", "案例名称在列 'id' 中：其他命令请加 --case-column id"),
])
def test_the_robustness_protocols_last_warnings_have_their_chinese_line(bad_id, zh):
    """A recalibration leaving its set on one side (--raw given the memberships), one running against the data's own
    set (e and i swapped) and the calibrate command's note on its output's case column: no Chinese line before."""
    from analysis.workshop import engine_warning_zh

    assert engine_warning_zh(_catalogue_message(bad_id, kind="warning")) == zh


@pytest.mark.parametrize("bad_id, zh", [
    ("robustness-spec-gbk",
     "tests/bad_inputs/spec_gbk.yaml：不是 UTF-8 文本（第 1 行的字节 0xce）：这是代码页 GBK 中的中文文本，中文版 Windows 上的"
     "文本编辑器保存 'ANSI' 文本时即如此（按 GBK 读，第 1 行为 '# 稳健性检验'）；请另存为 UTF-8：在编辑器中另存为，编码选 UTF-8，"
     "或转换它（iconv -f GB18030 -t UTF-8）"),
    ("robustness-spec-folder", "tests/bad_inputs：是一个文件夹；请给出设定文件（.yaml、.yml 或 .json）"),
    ("robustness-spec-txt", "tests/bad_inputs/spec.txt：扫描设定文件必须是 .yaml、.yml 或 .json，现为 .txt"),
    ("robustness-n-jobs-0",
     "参数 --jobs/--n-jobs：必须是 -1024 到 1024 之间、不为 0 的整数（-1：使用全部核心），现为 '0'"),
    ("robustness-duplicate-case-names",
     "tests/bad_inputs/lf_duplicate_case.csv：重复的案例名称：AU；案例名称必须唯一：'AU' 在第 1、3 行（文件的第 2、4 行）"),
    ("robustness-empty-case-name", "tests/bad_inputs/lf_empty_case.csv：案例名称在第 3 行（文件的第 4 行）为空；每个案例都需要名称"),
])
def test_a_sweep_files_encoding_place_and_suffix_and_a_data_files_case_names_have_their_chinese_line(
        bad_id, zh):
    """The robustness command's --spec saved in GBK, given a folder or a .txt file, --n-jobs 0, and a data file
    naming a case twice or leaving one without a name (the bad-input catalogue's rows): no Chinese line before."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("bad_id, zh", [
    ("robustness-raw-row-names",
     "tests/bad_inputs/raw_r_row_names.csv：第一列没有列名：被当作案例名称（R 的 write.csv 写出的行名，或 pandas 的 to_csv 写出"
     "的索引）；把它命名为 'case' 即不再提示"),
    ("pandas-index-column",
     "tests/bad_inputs/pandas_index.csv：第一列没有列名：其值为 0, 1, 2, ...：这是 pandas 的索引（to_csv 时未加 index=False），"
     "已忽略"),
])
def test_a_first_column_without_header_has_its_chinese_line(bad_id, zh):
    """R's write.csv row names or pandas' index in a first column without header, taken as case names or ignored:
    a warning every command gives (the robustness command's --raw too), without a Chinese line before."""
    from analysis.workshop import engine_warning_zh

    assert engine_warning_zh(_catalogue_message(bad_id, kind="warning")) == zh


def test_a_workbooks_first_column_without_header_has_its_chinese_line(tmp_path):
    """The same warning for a workbook written by pandas' to_excel, case names in its index (its own wording)."""
    from analysis.qca import QCAWarning
    from analysis.qca.read import read_data
    from analysis.workshop import engine_warning_zh

    path = tmp_path / "lf.xlsx"
    pd.DataFrame({"A": [0.1, 0.9, 0.6], "Y": [0.2, 0.8, 0.7]}, index=["AU", "BE", "CZ"]).to_excel(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read_data(path)
    message = next(str(w.message) for w in caught if issubclass(w.category, QCAWarning) and "no header" in str(w.message))
    assert engine_warning_zh(message) == (f"{path}：第一列没有列名：被当作案例名称（pandas 的 to_excel 写出的索引）；把它命名为 "
                                          "'case' 即不再提示")


@pytest.mark.parametrize("bad_id, zh", [
    ("robustness-no-solution-unknown", "参数 --no-solution：无效的选项 'drop'（可选：'count', 'refuse'）"),
    ("protocol-budget-value", "robustness_protocol 的 budgets：max_work 必须是正整数，现为 -1"),
    ("calibrate-raw-column-case",
     "spec['dev']：原始数据列 'dev' 不在数据中；是否想写 'DEV'？（名称区分大小写）（数据的列：['DEV', 'URB', 'LIT', 'IND', "
     "'STB', 'SURV']）"),
])
def test_a_flags_choice_a_budgets_value_and_calibrate_frames_raw_column_have_their_chinese_line(
        bad_id, zh):
    """robustness --no-solution drop (argparse's 'invalid choice'), budgets={'max_work': -1} and calibrate_frame's
    source written 'dev' for 'DEV' (the bad-input catalogue's rows): no Chinese line before."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


def test_a_flags_choice_with_the_name_meant_has_its_chinese_line(capsys, monkeypatch):
    """argparse's 'invalid choice' with the command's 'did you mean' after it (--no-solution counts): both said."""
    from _cli import run

    from analysis.paths import ROOT
    from analysis.workshop import engine_error_zh

    monkeypatch.chdir(ROOT)
    code, out, err = run(capsys, "robustness", "data/reference/datasets/LF.csv", "--spec", "docs/examples/LF_sweeps.yaml",
                         "--no-solution", "counts")
    line = next(x.removeprefix("error: ") for x in err.splitlines() if x.startswith("error: "))
    assert code == 2 and engine_error_zh(QCAInputError(line)) == (
        "参数 --no-solution：无效的选项 'counts'（可选：'count', 'refuse'）；是否想写 'count'？"), line


@pytest.mark.parametrize("bad_id, zh", [
    ("calibrate-keep-a-set",
     "--keep SURV：已是 docs/examples/LR_calibration.yaml 中的集合或案例名称列；请保留其他列（输出中每个列名只出现一次）"),
    ("calibrate-spec-duplicate-set",
     "tests/bad_inputs/calibrate_duplicate_set.json：键 'DEV' 写了两次；每个键只写一次（读取该文件的程序会不声不响地只保留最后一个值）"),
])
def test_calibrates_keep_of_a_set_and_a_json_files_key_twice_have_their_chinese_line(bad_id, zh):
    """The calibrate command's --keep naming a set it calibrates, and a JSON calibration file giving a set twice (the
    bad-input catalogue's rows): no Chinese line before."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("bad_id, zh", [
    ("calibrate-raw-blank",
     "tests/bad_inputs/raw_blank_cell.csv：列 'DEV'（案例 'AU'）中有缺失值：校准需要每个案例都有原始值；请删除或插补这些案例，或在"
     "校准设定文件中给该集合写 'missing: keep'，让其隶属度留空（如 R 的 calibrate() 给出 NA），分析时再用 --drop-missing 删除这些"
     "案例并列出它们"),
    ("calibrate-decimal-comma-anchors",
     "tests/bad_inputs/spec_decimal_commas.yaml：校准 '信息化'（取自列 '人均卫生支出'）：thresholds 'e=0,2, c=0,5, i=0,9'：是小数"
     "逗号（'0,2'）吗？请用小数点写数字：'e=0.2, c=0.5, i=0.9'（',' 分隔各临界值）"),
    ("calibrate-decimal-comma-semicolons",
     "tests/bad_inputs/spec_decimal_commas_semicolons.yaml：校准 '信息化'（取自列 '人均卫生支出'）：thresholds 'e=0,2; c=0,5; "
     "i=0,9'：是小数逗号（'0,2'）吗？请用小数点写数字：'e=0.2, c=0.5, i=0.9'（',' 分隔各临界值，而不是 ';'）"),
    ("calibrate-thresholds-r-vector-text",
     "thresholds 'c(e = 350, c = 550, i = 850)'：这是照搬成文本的 R 向量 c(...)：请写 'e=350, c=550, i=850'（去掉 c( )）"),
    ("calibrate-frame-two-absent-raw-columns",
     "spec['DEVV'], spec['URB']：原始数据列 'DEVV', 'URBB' 不在数据中；'DEVV'：是否想写 'DEV'？'URBB'：是否想写 'URB'？（数据的"
     "列：['case', 'DEV', 'URB', 'LIT', 'IND', 'STB', 'SURV']）"),
    ("calibrate-frame-source-list", "spec['URB']：source 必须指定一个原始数据列（文本，例如 'URB'），现为 ['URB']（list）"),
    ("calibrate-frame-spec-file-name",
     "spec 必须是非空的映射 {集合名称: {thresholds: ..., ...}}，现为文本 'docs/examples/LR_calibration.yaml'：是设定文件吗？请先"
     "读入它：calibrate_frame(df, read_spec_file('docs/examples/LR_calibration.yaml'))（from analysis.qca.read import "
     "read_spec_file；命令行的 calibrate --spec 会自己读取文件）"),
    ("sweep-grid-point-not-a-number",
     "cuts[1] 为 '0.8x'，不是数字：每个一致性阈值是 [0, 1] 中的一个数（一对 incl_cut=(ic1, ic0) 写在基准分析的 incl_cut 中；每个"
     "阈值移动 ic1）"),
    ("r-write-table-spaces",
     "tests/bad_inputs/r_write_table_spaces.csv：表头只有一列 'DEV \"URB\" \"LIT\" \"IND\" \"STB\" \"SURV\"'：文件看来是用空格而不是"
     "逗号分隔的（R 的 write.table()，其默认 sep 为 ' '；或从别处复制的文本表格）；在 R 中请用 write.csv(data, 'file.csv') 写出，"
     "或另存为 'CSV UTF-8 (逗号分隔)'"),
    ("pipe-separated",
     "tests/bad_inputs/pipe_separated.csv：表头只有一列 'case|DEV|URB|LIT|IND|STB|SURV'：文件看来是用 '|' 而不是逗号分隔的（数据库"
     "或 SAS 导出的文件？）；请另存为 'CSV UTF-8 (逗号分隔)'"),
    ("list-flag-blank-separated", "无法识别的参数：8；--exclude 只取一个值：请写 --exclude 7,8（各项之间用逗号，不加空格）"),
])
def test_a_researchers_calibration_and_pasted_lists_have_their_chinese_line(bad_id, zh):
    """Refusals a researcher's own data meet most, from the bad-input catalogue's rows as their user meets them, had no
    Chinese line: a raw value left blank in the calibrate command's file, thresholds with decimal commas or copied as
    R's c(...), calibrate_frame's sources (two misspelt, one given as a list) and its spec given as a file name, a
    sweep's grid point that is no number, a file separated by blanks (R's write.table) or by '|', and a list flag's
    items separated by blanks."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("bad_id, zh", [
    ("calibrate-anchors-off-scale",
     "tests/bad_inputs/spec_anchors_off_scale.yaml：集合 'DEV'：每个案例都高于 0.5（原始 'DEV' 从 320 到 1098，thresholds 为 "
     "'e=0.35, c=0.55, i=0.85'）：该集合在类别上没有变化（另一侧没有案例），任何分析都无法使用；请检查 thresholds 是否与数据的尺度"
     "一致"),
    ("calibrate-crisp-off-range",
     "tests/bad_inputs/spec_crisp_off_range.yaml：集合 'URB'：每个案例的隶属度都是 1（原始 'URB' 从 15.3 到 78.8，thresholds 为 "
     "0.5）：该集合在类别上没有变化（另一侧没有案例），任何分析都无法使用；请检查 thresholds 是否与数据的尺度一致；原始数值是百分数"
     "（最大到 100），而 thresholds 在 0 到 1 之间，像比例：是否想写 thresholds='50'？"),
    ("calibrate-frame-case-names-left-out",
     "列 '编号'（每行的文本都不同，像案例名称那样）既没有被校准，也没有被保留：结果按数据框的索引给案例编号（1, 2, ...），并去掉 "
     "'编号'；若它是案例名称，请写 keep='编号'（然后 case_column='编号'），或用 read_data(path, case_column='编号') 读取文件"),
])
def test_calibrations_warnings_in_a_file_and_case_names_left_out_have_their_chinese_line(bad_id, zh):
    """The calibrate command's warning of a set that does not vary (thresholds off the raw scale) had a Chinese line
    only without the file the command names before it; calibrate_frame's warning of a column of case names left out
    had none."""
    from analysis.workshop import engine_warning_zh

    assert engine_warning_zh(_catalogue_message(bad_id, kind="warning")) == zh


@pytest.mark.parametrize("call, zh", [
    (lambda rob, lf: rob.sensitivity_incl_cut(lf, "SURV", CONDITIONS, cuts="0.8"), "cuts 必须是值的列表，现为 '0.8'"),
    (lambda rob, lf: rob.sensitivity_pri_cut(lf, "SURV", CONDITIONS, cuts=[]), "cuts 是空的：请至少给出一个值"),
    (lambda rob, lf: rob.sensitivity_pri_cut(lf, "SURV", CONDITIONS, cuts=[0.5, "x"]),
     "cuts[1] 为 'x'，不是数字：每个 PRI 阈值是 [0, 1] 中的一个数"),
    (lambda rob, lf: rob.sensitivity_incl_cut(lf, "SURV", CONDITIONS, cuts=[80]), "一致性阈值必须在 [0, 1] 之内，现为 [80.0]"),
    (lambda rob, lf: rob.sensitivity_pri_cut(lf, "SURV", CONDITIONS, cuts=[2]), "PRI 阈值必须在 [0, 1] 之内，现为 [2.0]"),
    (lambda rob, lf: rob.sensitivity_n_cut(lf, "SURV", CONDITIONS, cuts=[0]), "频数阈值必须是 >= 1 的整数，现为 [0]"),
])
def test_a_sweeps_grid_refused_has_its_chinese_line(lipset, call, zh):
    """The sensitivity sweeps' refusals of their grid (not a list, empty, a point no number, a cut-off off its range)
    had no Chinese line; each is refused before any analysis runs."""
    from analysis.qca import robustness
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as refused:
        call(robustness, lipset["lf"])
    assert engine_error_zh(refused.value) == zh


def test_an_expression_flags_combinations_separated_by_blanks_have_their_chinese_line(capsys):
    """esa --untenable 'DEV*URB' 'LIT*IND' (two quoted combinations, the shell's two arguments): the command's hint
    to join them by ' + ' had no Chinese line."""
    from _cli import run

    from analysis.workshop import engine_error_zh

    code, out, err = run(capsys, "esa", str(DATASETS / "LF.csv"), "--outcome", "SURV", "--incl-cut", "0.8",
                         "--untenable", "DEV*URB", "LIT*IND")
    line = next(x.removeprefix("error: ") for x in err.splitlines() if x.startswith("error: "))
    assert code == 2 and engine_error_zh(QCAInputError(line)) == (
        "无法识别的参数：LIT*IND；--untenable 只取一个表达式：请写 --untenable 'DEV*URB + LIT*IND'（其组合以 ' + ' 相连，并加引号）"), line


@pytest.mark.parametrize("bad_id, zh", [
    ("robustness-initial-no-solution",
     "tests/bad_inputs/spec_initial_no_solution.yaml：初始设定没有解：没有可最小化的正组态：结果 SURV 的真值表中没有 OUT = 1 的行"
     "（incl_cut = 1，各行最高的 incl = 0.904，n_cut = 1），即没有充分组态；请降低 incl_cut 或 n_cut，或检查结果"),
    ("protocol-initial-no-solution",
     "初始设定没有解：没有可最小化的正组态：结果 SURV 的真值表中没有 OUT = 1 的行：有 2 行达到 incl_cut = 0.8（n_cut = 1），但其 "
     "PRI 低于 pri_cut = 0.95（最高的 PRI 为 0.886）；请降低 pri_cut，或检查结果"),
    ("protocol-initial-refused-by-budgets",
     "初始设定没有解：被引擎的搜索预算拒绝：质蕴涵项表将有 2 个蕴涵项 × 2 个组态（4 个单元格，多于 max_chart_cells = 1）；请提高 "
     "max_chart_cells（命令行：--max-chart-cells），或使用更少的条件"),
])
def test_the_protocols_initial_specification_without_solution_has_its_chinese_line(bad_id, zh):
    """robustness_protocol's refusal of an initial specification without solution (no positive row, or its
    minimisation refused by the budgets given), through the robustness command and the API (the bad-input
    catalogue's rows, new with this line): neither a catalogue row nor a Chinese line before."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


def test_the_protocols_initial_truth_table_refused_by_the_budgets_has_its_chinese_line(lipset):
    """robustness_protocol's initial specification whose truth table the budgets refuse ('the initial
    specification: refused by the engine's search budgets: ... exceed max_memberships = 10'): no Chinese line."""
    from analysis.qca import robustness_protocol
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as refused:
        robustness_protocol(lipset["lf"], "SURV", CONDITIONS, [{"label": "a", "incl_cut": 0.75}], incl_cut=0.8,
                            budgets={"max_memberships": 10})
    assert engine_error_zh(refused.value) == (
        "初始设定：被引擎的搜索预算拒绝：9 个观察到的行 × 18 个案例：162 个模糊隶属度（每个案例在每一行中的隶属度，用于 incl 和 "
        "PRI）多于 max_memberships = 10；请使用更少的条件，或提高 max_memberships（命令行：--max-memberships）")


_COMMANDS_ZH = ("'minimize', 'truth-table', 'necessity', 'super-subset', 'pof', 'pofind', 'find-rows', 'esa', 'robustness', "
                "'cases', 'theory', 'cluster', 'chart', 'plot', 'good-practice', 'chain', 'calibrate'")


@pytest.mark.parametrize("bad_id, zh", [
    ("misspelt-flag", "无法识别的参数：--inclde ?；是否想写 --include？"),
    ("r-details-flag",
     "无法识别的参数：--details；minimize 不接受 --details：请去掉该参数：每个项和模型的拟合指标（R 的 details = TRUE）总会计算并打印"),
    ("command-british-spelling", f"命令：无效的选项 'minimise'（可选：{_COMMANDS_ZH}）；是否想写 minimize？"),
    ("command-r-function-name", f"命令：无效的选项 'truthTable'（可选：{_COMMANDS_ZH}）；是否想写 truth-table？"),
    ("cli-pofind-necessity-switch",
     "无法识别的参数：--necessity；pofind 不接受 --necessity（pof、cluster 接受）：请写 --relation necessity"),
    ("cli-super-subset-sufficiency-switch", "无法识别的参数：--sufficiency；super-subset 不接受 --sufficiency：请写 --relation sufficiency"),
    ("cli-pof-sufficiency-switch",
     "无法识别的参数：--sufficiency；pof 不接受 --sufficiency：必要性请用 --necessity（R 的 relation = 'necessity'）；这里默认是充分性"),
])
def test_a_misspelt_flag_or_command_and_rs_details_have_their_chinese_line(bad_id, zh):
    """The command line's 'did you mean' for a misspelt flag or command (British spelling, R's function name) and its
    answer to R's --details (the bad-input catalogue's rows) had no Chinese line; pofind --necessity (pof's switch,
    the hint naming the commands that take it and what pofind takes) none either."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("argv, zh", [
    (["truth-table", "LF.csv", "--outcome", "SURV", "--show.cases"],
     "无法识别的参数：--show.cases；truth-table 不接受 --show.cases：请去掉该参数：案例总会显示（R 的 show.cases = TRUE）；--no-cases "
     "不显示它们"),
    (["necessity", "LF.csv", "--outcome", "SURV", "--neg.out"],
     "无法识别的参数：--neg.out；necessity 不接受 --neg.out：请写 --outcome '~Y'（结果的否定，R QCA 3 的写法）"),
    (["minimize", "LF.csv", "--outcome", "SURV", "--method", "QMC"],
     "无法识别的参数：--method QMC；minimize 不接受 --method：请去掉该参数：这里只有一种精确算法，会列出每个最简模型（R 的 "
     "'CCubes'、'QMC' 和 'eQMC' 给出相同的解）"),
    (["minimize", "LF.csv", "--outcome", "SURV", "--inclde", "?", "--incl-cutt", "0.8"],
     "无法识别的参数：--inclde ? --incl-cutt 0.8；--inclde：是否想写 --include？--incl-cutt：是否想写 --incl-cut？"),
    (["help"], f"命令：无效的选项 'help'（可选：{_COMMANDS_ZH}）；查看帮助：python -m analysis.qca --help（列出各命令），或 "
               "python -m analysis.qca COMMAND --help"),
])
def test_rs_keyword_flags_and_flags_misspelt_together_have_their_chinese_line(capsys, argv, zh):
    """R QCA's arguments typed as flags (--show.cases, --neg.out, --method: what to write or why to leave it out),
    two misspelt flags (each naming its flag) and 'help' typed as a command had no Chinese line."""
    from _cli import run

    from analysis.workshop import engine_error_zh

    code, out, err = run(capsys, *[str(DATASETS / a) if a == "LF.csv" else a for a in argv])
    line = [x.removeprefix("error: ") for x in err.splitlines() if x.startswith("error: ")][-1]
    assert code == 2 and engine_error_zh(QCAInputError(line)) == zh, line


@pytest.mark.parametrize("bad_id, zh", [
    ("include-r-vector",
     "--include 只能包含 '?'（逻辑余项）和 'C'（矛盾行），现为 'c(\"?\", \"C\")'；这是照搬成文本的 R 向量 c(...)：请写 '?,C'"),
    ("sort-by-r-vector-text", "sort_by 'c(\"OUT\", \"incl\")'：这是照搬成文本的 R 向量 c(...)：请写 'OUT, incl'（去掉 c( )）"),
    ("threshold-range-calibrate-set-of-incl",
     "calibrate_set：只用于 parameter='calibration'，现为 parameter='incl_cut'；请去掉它"),
])
def test_rs_vectors_as_text_and_a_calibration_ranges_argument_elsewhere_have_their_chinese_line(bad_id, zh):
    """R's vector c(...) copied as text for minimize --include and truth_table's sort_by, and threshold_range's
    calibrate_set given to an incl_cut range (the bad-input catalogue's rows), had no Chinese line: the include form
    read the library's 'include', not the command line's '--include'."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


def test_the_sort_by_flag_as_rs_vector_has_its_chinese_line(capsys):
    """truth-table --sort-by 'c("OUT", "incl")': no Chinese line."""
    from _cli import run

    from analysis.workshop import engine_error_zh

    code, out, err = run(capsys, "truth-table", str(DATASETS / "LF.csv"), "--outcome", "SURV", "--sort-by",
                         'c("OUT", "incl")')
    line = next(x.removeprefix("error: ") for x in err.splitlines() if x.startswith("error: "))
    assert code == 2 and engine_error_zh(QCAInputError(line)) == (
        "--sort-by 'c(\"OUT\", \"incl\")'：这是照搬成文本的 R 向量 c(...)：请写 'OUT, incl'（去掉 c( )）"), line


@pytest.mark.parametrize("bad_id, zh", [
    ("duplicate-header",
     "tests/bad_inputs/duplicate_header.csv：列名 'DEV' 在表头中出现了两次（第 2 列和第 6 列）；列名必须唯一"),
    ("excel-comma-decimals-unquoted",
     "tests/bad_inputs/excel_comma_decimals_unquoted.csv：第 2 行有 13 个单元格，表头有 7 个：单元格多于列数；常见原因是未加引号"
     "的小数逗号（0,8）或名称中的逗号：请用小数点写小数，并给名称加引号"),
    ("csv-fullwidth-comma-row",
     "tests/bad_inputs/fullwidth_comma_row.csv：第 4 行有 1 个单元格，表头有 7 个：单元格少于列数；其单元格是用全角逗号 '，'"
     "（U+FF0C，中文输入法输入）分隔的，而不是半角（ASCII）逗号 ','：请把它们替换为 ','"),
    ("trailing-comma-data-lines",
     "tests/bad_inputs/trailing_comma_rows.csv：第 2 行有 8 个单元格，表头有 7 个：它以 1 个空单元格结尾（多余的 ','），表头没有"
     "对应的列；请删除数据行末尾的逗号，或在表头末尾加上同样多的逗号"),
    ("trailing-comma-header",
     "tests/bad_inputs/trailing_comma_header.csv：表头（第 1 行）以 1 个空名称结尾（多余的 ','），第 2 行没有对应的单元格；请删除"
     "表头末尾的逗号"),
    ("header-only", "tests/bad_inputs/header_only.csv：文件只有表头，没有数据行"),
    ("empty-file", "tests/bad_inputs/empty.csv：文件是空的"),
    ("comment-before-header",
     "tests/bad_inputs/comment_before_header.csv：文件以注释行开头；第一行必须是表头（列名）：请删除它上方的行"),
    ("title-above-header",
     "tests/bad_inputs/title_above_header.csv：第 1 行只有一个单元格（'Table 1: survey data'），而它下面的行有 4 个：是表头上方的"
     "标题吗？第一行必须是表头（列名）：请删除表头上方的行"),
    ("nul-byte",
     "tests/bad_inputs/nul_byte.csv：第 4 行含有 NUL 字节（0x00），文本文件中不会有这种字节：文件已损坏，或不是 CSV 文本；请删除"
     "该字节（tr -d '\\000' < old.csv > new.csv），或重新导出数据"),
    ("utf16-without-bom",
     "tests/bad_inputs/utf16_no_bom.csv：这看起来是没有字节顺序标记（BOM）的 UTF-16 文本（每隔一个字节就是 0），而不是 UTF-8；"
     "请另存为 'CSV UTF-8 (逗号分隔)'，或转换它（iconv -f UTF-16LE -t UTF-8）"),
    ("cr-inside-line",
     "tests/bad_inputs/cr_inside_line.csv：第 3 行在引号之外有一个回车符（\\r）（是在单元格中输入的换行吗？）：请删除它，或给该"
     "单元格加引号"),
    ("data-is-a-directory", "tests/bad_inputs：是一个文件夹，不是文件；请给出其中的 CSV 文件（每行一个案例）"),
])
def test_a_researchers_csv_files_refused_have_their_chinese_line(bad_id, zh):
    """The reader's refusals of a researcher's own CSV file (the bad-input catalogue's rows): a line of another width
    (decimal commas unquoted, full-width commas, trailing commas), a header ending in a comma or naming a column
    twice, no data, a comment or a title above the header, bytes that are no text (a NUL byte, UTF-16 without its
    byte order mark, a carriage return inside a line) and a folder for the file had no Chinese line."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("text, zh", [
    ("case,DEV,URB,SURV\nAU,1,0,1\nBE,1,0\n", "short.csv：第 3 行有 3 个单元格，表头有 4 个：单元格少于列数；请补全或删除这一短行"),
    ("case,DEV,URB,SURV\nAU,1,0,1\nBE\n", "short.csv：第 3 行有 1 个单元格，表头有 4 个：单元格少于列数；请补全或删除这一短行"),
    ("\ncase,DEV,URB,SURV\nAU,1,0,1\n", "short.csv：文件以空行开头；第一行必须是表头（列名）：请删除它上方的行"),
])
def test_a_short_row_or_an_empty_first_line_has_its_chinese_line(tmp_path, monkeypatch, text, zh):
    """A CSV file with a short row, or an empty line above its header: no Chinese line. A row of one cell was said
    'line 3 has 1 cells' in English: now '1 cell', and its Chinese line follows."""
    from analysis.qca.read import read_data
    from analysis.workshop import engine_error_zh

    monkeypatch.chdir(tmp_path)
    (tmp_path / "short.csv").write_text(text, encoding="utf-8")
    with pytest.raises(QCAInputError) as refused:
        read_data("short.csv")
    assert " has 1 cells" not in str(refused.value) and engine_error_zh(refused.value) == zh, refused.value


@pytest.mark.parametrize("bad_id, zh", [
    ("excel-gbk",
     "tests/bad_inputs/excel_gbk.csv：不是 UTF-8 文本（第 2 行的字节 0xb0）：这是代码页 GBK 中的中文文本，中文版 Windows 上的 Excel "
     "保存 'CSV (逗号分隔)' 时即如此（按 GBK 读，第 2 行为 '奥地利,1,0,1,1,0,0'）；请另存为 UTF-8：在 Excel 中，文件 > 另存为 'CSV "
     "UTF-8 (逗号分隔)'，或转换它（iconv -f GB18030 -t UTF-8）"),
    ("r-write-csv-api",
     "条件列 'Unnamed: 0' 在数据中没有名称：它通常是 pandas 的 to_csv 写出的索引（读取文件时请用 index_col=0），或 R 的 write.csv "
     "写出的行名；请把它用作案例名称（case_column='Unnamed: 0'；命令行：--case-column），或把它从条件中去掉"),
    ("excel-trailing-empty-api",
     "条件列 'Unnamed: 7' 既没有名称也没有值：是空列（例如 Excel 末尾多余的 ',,,'）；请删除它（df.dropna(axis=1, how='all')），"
     "或列出条件"),
    ("header-name-missing",
     "tests/bad_inputs/header_name_missing.csv：第 7 列在表头（第 1 行）中没有名称，但有值（例如第 1 个数据行中的 '0'）；请在表头"
     "中写上它的名称，或删除该列"),
])
def test_a_files_encoding_and_columns_without_a_name_have_their_chinese_line(bad_id, zh):
    """A CSV file Excel on Chinese Windows saved in GBK, pandas' index (or R's row names) and Excel's trailing empty
    column among the conditions, and a header cell left empty above values (the bad-input catalogue's rows): no
    Chinese line."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


def test_a_latin1_file_has_its_chinese_line(tmp_path, monkeypatch):
    """A CSV file in Latin-1 (a case name with 'é'): no Chinese line."""
    from analysis.qca.read import read_data
    from analysis.workshop import engine_error_zh

    monkeypatch.chdir(tmp_path)
    (tmp_path / "latin.csv").write_bytes("case,DEV,SURV\nCôte,1,0\n".encode("latin-1"))
    with pytest.raises(QCAInputError) as refused:
        read_data("latin.csv")
    assert engine_error_zh(refused.value) == (
        "latin.csv：不是 UTF-8 文本（第 2 行的字节 0xf4）；请另存为 UTF-8，例如 Excel 的 'CSV UTF-8 (逗号分隔)'，或转换它（iconv -f "
        "GBK -t UTF-8，或 -f CP1252）"), refused.value


@pytest.mark.parametrize("bad_id, zh", [
    ("note-below-table-cn",
     "tests/bad_inputs/note_below_table_cn.csv：第 8 行位于表格下方，第一列中只有 '注：数据来源于各县卫生统计年鉴，作者整理。'：这是"
     "注释或来源行，不是案例；请删除该行（案例文件只含表头和每个案例的一行）"),
    ("note-below-table-one-cell",
     "tests/bad_inputs/note_below_table_one_cell.csv：第 8 行位于表格下方，第一列中只有 '注：数据来源于各县卫生统计年鉴'：这是注释"
     "或来源行，不是案例；请删除该行（案例文件只含表头和每个案例的一行）"),
    ("xlsx-note-below-table",
     "{path}：工作表 'Data' 的第 21 行位于表格下方，第一列中只有 'Source: R package QCA 3.25'：这是注释或来源行，不是案例；请删除"
     "该行（案例文件只含表头和每个案例的一行）"),
])
def test_a_note_line_below_the_table_has_its_chinese_line(bad_id, zh):
    """A note or source line below a Chinese table ('注：数据来源于...', as Excel saves a sheet's note row to CSV, or
    typed alone on its line) and a source line below a sheet's table (the bad-input catalogue's rows): no Chinese
    line, though such notes are how Chinese tables end."""
    from analysis.workshop import engine_error_zh

    message = _catalogue_message(bad_id)
    path = message.split(": sheet ")[0]   # the workbook is written to a temporary folder
    assert engine_error_zh(QCAInputError(message)) == zh.format(path=path), message


def test_several_note_lines_below_the_table_have_their_chinese_line(tmp_path, monkeypatch):
    """Two note lines below a CSV table ('注：...' then '资料来源：...'): the plural form, the lines named."""
    from analysis.qca.read import read_data
    from analysis.workshop import engine_error_zh

    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.csv").write_text("case,A,B,Y\na,1,0,1\nb,0,1,0\nc,1,1,1\n注：作者整理,,,\n资料来源：年鉴,,,\n",
                                        encoding="utf-8")
    with pytest.raises(QCAInputError) as refused:
        read_data("notes.csv")
    assert engine_error_zh(refused.value) == (
        "notes.csv：第 5、6 行位于表格下方，第一列中只有 '注：作者整理' 等：这是注释或来源行，不是案例；请删除这些行（案例文件只含"
        "表头和每个案例的一行）"), refused.value


@pytest.mark.parametrize("keep, zh", [
    ([], "calibrate：以下列既未校准也未保留，已略去：'人口', '是否存活'（--keep 人口,是否存活 可原样复制它们）"),
    (["--keep", "是否存活"], "calibrate：以下列既未校准也未保留，已略去：'人口'（--keep 人口 可原样复制它）"),
])
def test_calibrates_note_of_the_columns_left_out_has_its_chinese_line(capsys, tmp_path, keep, zh):
    """The calibrate command printing its sets names the columns it neither calibrated nor kept in a note ('note:
    calibrate: left out, neither calibrated nor kept: ...'): no Chinese line, for the outcome coded 0/1 a Chinese
    researcher's file keeps beside its raw conditions."""
    from _cli import run

    from analysis.workshop import engine_warning_zh

    raw = tmp_path / "raw.csv"
    raw.write_text("案例,经济发展,人口,是否存活\n奥地利,720,8,1\n比利时,1098,11,1\n希腊,390,10,0\n", encoding="utf-8")
    spec = tmp_path / "spec.yaml"
    spec.write_text('经济发展: {thresholds: "e=350, c=550, i=850"}\n', encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--case-column", "案例", *keep)
    notes = [line.removeprefix("note: ") for line in err.splitlines() if line.startswith("note: calibrate: ")]
    assert code == 0 and len(notes) == 1, err
    assert engine_warning_zh(notes[0]) == zh, notes[0]


@pytest.mark.parametrize("bad_id, zh", [
    ("pof-r-arrow",
     "expression 'DEV*URB -> SURV' 含有 '->'：R 的 pof() 从箭头读出结果和关系（'->' 或 '=>'：充分性，'<-' 或 '<='：必要性）；这里"
     "表达式只是条件一侧：请写 pof('DEV*URB', data, 'SURV', relation='sufficiency')"),
    ("pof-r-arrow-cli",
     "--expression 'LIT <= SURV' 含有 '<='：R 的 pof() 从箭头读出结果和关系（'->' 或 '=>'：充分性，'<-' 或 '<='：必要性）；这里"
     "表达式只是条件一侧：请写 --expression 'LIT' --outcome SURV --necessity"),
    ("cases-nec-cond-r-arrow",
     "--nec-cond 'LIT -> SURV' 含有 '->'，即 R 的 pof() 写法中的箭头（'X -> Y'：X 是结果 Y 的充分条件；'X <- Y'：X 是 Y 的必要条件），"
     "它在表达式中写出了结果；这里结果另行给出，表达式只含条件（如 'LIT' 或 'A*~B + C'）：请写 --nec-cond 'LIT'"),
    ("cluster-expression-r-arrow",
     "--expression 'DEV <- SURV' 含有 '<-'，即 R 的 pof() 写法中的箭头（'X -> Y'：X 是结果 Y 的充分条件；'X <- Y'：X 是 Y 的必要条件），"
     "它在表达式中写出了结果；这里结果另行给出，表达式只含条件（如 'LIT' 或 'A*~B + C'）：请写 --expression 'DEV'，并加 --necessity"),
])
def test_rs_arrow_in_an_expression_has_its_chinese_line(bad_id, zh):
    """R's pof() notation ('DEV*URB -> SURV') given to pof or to the command line's --expression, --nec-cond (the
    bad-input catalogue's rows): the API's form of the other parameters had a Chinese line, pof's refusal and the
    command line's flags had none."""
    from analysis.workshop import engine_error_zh

    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message


def test_rs_double_arrow_for_pof_has_its_chinese_line():
    """pof('DEV*URB <-> SURV', ...): both relations to write, one after the other."""
    from analysis.qca import pof
    from analysis.workshop import engine_error_zh

    data = pd.read_csv(DATASETS / "LF.csv", index_col=0, encoding="utf-8")
    with pytest.raises(QCAInputError) as refused:
        pof("DEV*URB <-> SURV", data, "SURV")
    assert engine_error_zh(refused.value) == (
        "expression 'DEV*URB <-> SURV' 含有 '<->'：R 的 pof() 从箭头读出结果和关系（'->' 或 '=>'：充分性，'<-' 或 '<='：必要性）；"
        "这里表达式只是条件一侧：请写 pof('DEV*URB', data, 'SURV', relation='sufficiency')，然后写 pof('DEV*URB', data, 'SURV', "
        "relation='necessity')（R 也不接受 '<->'）"), refused.value


@pytest.mark.parametrize("bad_id, zh", [
    ("case-id-column",
     "tests/bad_inputs/case_id_column.csv：列 'case_id'（案例 '1'（'AU'）, '2'（'BE'）, '3'（'CZ'）, '4'（'EE'）, '5'（'FI'） 及另外 3 "
     "个）中有不是数字的值；'case_id'：每个值都是文本且各不相同，像案例名称：若 'case_id' 是案例名称，请加 --case-column case_id。"
     "QCA 需要数字：0/1（清晰集）、整数 0..L-1（多值集合）或 [0, 1] 中的隶属度（模糊集）"),
    ("case-names-column-name-twice",
     "tests/bad_inputs/country_column_name_twice.csv：列 'country'（案例 '1'（'AU'）, '2'（'BE'）, '3'（'CZ'）, '4'（'EE'）, '5'（'BE'） "
     "及另外 13 个）中有不是数字的值；'country'：每个值都是文本，像案例名称，但 'BE' 不止指一个案例：若 'country' 是案例名称，请给每个"
     "案例一个自己的名称，并加 --case-column country。QCA 需要数字：0/1（清晰集）、整数 0..L-1（多值集合）或 [0, 1] 中的隶属度（模糊集）"),
])
def test_a_column_of_case_names_on_the_command_line_has_its_chinese_line(bad_id, zh):
    """A column of case names other than 'case' (case_id, country) read as a condition on the command line (the
    bad-input catalogue's rows): the hint says the flag alone ('pass --case-column case_id'), which had no Chinese
    line (only the API's "pass case_column='id' (CLI: --case-column id)" had), nor had a column naming a case twice."""
    from analysis.workshop import engine_error_zh

    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message


def test_a_worksheets_hidden_column_has_its_chinese_line():
    """A helper column hidden in Excel, read as a condition (the bad-input catalogue's row xlsx-hidden-column): the
    hidden rows had a Chinese line, the hidden columns none."""
    from analysis.workshop import engine_warning_zh

    message = _catalogue_message("xlsx-hidden-column", kind="warning")
    path = message.split(": sheet ")[0]   # the workbook is written to a temporary folder
    assert engine_warning_zh(message) == (
        f"{path}：工作表 'Data'：列 H ('GDP') 在 Excel 中被隐藏：它们与其他列一样被读入（未列出条件时即成为条件）；请列出条件"
        "（--conditions），或删除这些列"), message


_TABLE_FILES = "（CSV 文本文件、Excel .xlsx 或 .xls 工作簿、.ods 表格、Stata .dta 或 SPSS .sav 文件）"


_OWN_FILE_LINES = [
    ("stata13-gbk-case-names", "warning",
     "{path}：这是格式 117 的 Stata 文件（Stata 13 或更早版本，文本按计算机的代码页保存，而不是 UTF-8）：变量 'name' 的文本已按中文"
     "（GBK，中文版 Windows 的代码页）读取，例如 '爱沙尼亚'，而不是按 Latin-1 读取（'°®É³ÄáÑÇ'）；若该文件不是在中文版 Windows "
     "上写出的，请在 Stata 14 或更高版本中打开它，转换（unicode translate）后保存"),
    ("stata-missing-label", "warning",
     "{path}：变量 'LIT'：代码 9 的标签是 \"don't know\"，像是缺失值，却被读作数字 9；若它是缺失值，请在 Stata 中把它设为缺失"
     "（mvdecode LIT, mv(9)）后重新保存"),
    ("xlsx-formulas-zero", "warning",
     "{path}：工作表 'Data'：每个公式保存的值都是 0（18 个单元格，例如 G2 =IF(B2>0.5,1,0)），XlsxWriter 和 R 的 writexl 就是这样"
     "保存它们不计算的公式的：若工作簿是由程序写出的，请在 Excel 或 LibreOffice 中打开并保存它，使每个公式的值随之保存"),
    ("xlsx-same-columns", "warning",
     "{path}：读取的是第一个工作表 'Data'；工作表 '2000' 中有列相同的表格：请用 --sheet 指定要读取的工作表（在 Python 中用 "
     "read_data 的 sheet 参数）"),
    ("xlsx-sheet-missing", "error",
     "{path}：此工作簿中没有工作表 'Cases'（sheet=）（其工作表：1 'Data'、2 'Notes'）；请给出工作表的名称或其位置（从 1 数起）"),
    ("xlsx-sheet-zero", "error",
     "{path}：此工作簿中没有工作表 0（sheet=）；工作表从 1 数起，与标签页的顺序一致（pandas 的 sheet_name=0 即第 1 个工作表）"
     "（其工作表：1 'Data'、2 'Notes'）；请给出工作表的名称或其位置（从 1 数起）"),
    ("sheet-for-csv", "error",
     "--sheet Data：data/reference/datasets/LC.csv 不是工作簿（.xlsx、.xlsm、.xls、.ods）；只有工作簿（.xlsx、.xlsm、.xls、.ods）"
     "才能选择工作表：请去掉 --sheet"),
    ("xlsx-formula-without-value", "error",
     "{path}：工作表 'Data' 的单元格 C3 中的公式（=B3*D3）保存时没有其值：该工作簿是由不计算公式的程序（openpyxl、pandas）写出"
     "的；请在 Excel 或 LibreOffice 中打开并保存它，使每个公式的值随之保存"),
    ("xlsx-date-among-numbers", "error",
     "{path}：工作表 'Data' 的单元格 C4（C 列，'URB'）中是日期或时间 2026-01-02，而该列的其他单元格都是数字：在 Excel 中输入的 "
     "1/2 或 1-2 会变成日期；请把该单元格的格式设为“数值”（或“常规”），再重新输入该值"),
    ("xlsx-percent-among-numbers", "error",
     "{path}：工作表 'Data' 的单元格 C4（C 列，'URB'）的格式是百分比（显示为 85%，Excel 保存的是 0.85），而该列的其他数字是另一种"
     "尺度（例如 C2 为 52）：请把该列的每个单元格写成同一种尺度（把 C4 的格式设为“数值”并输入 85，或把每个单元格都写成百分比）"),
    ("xlsx-na-case-name", "error",
     "{path}：工作表 'Data' 的单元格 A3（案例列 'case'）中是 Excel 的错误值 #N/A，不是案例名称：请修正公式，或写上案例的名称"),
    ("xlsx-far-value", "error",
     "{path}：工作表 'Data' 的单元格 XFD1048576 中有一个值（' '），离其他单元格太远，使工作表的范围达 17,179,869,184 个单元格"
     "（误按了某个键？）：请删除它（或表格以外的行和列）并保存工作簿"),
    ("excel-lock-file", "error",
     "{path}：这是 Excel 的锁定文件，Excel 在工作簿打开时把它写在工作簿旁边（程序意外退出时会留下它），不是数据：请给出工作簿："
     "'{folder}/lc.xlsx'"),
    ("xls-renamed-xlsx", "error",
     "{path}：这是被命名为 .xlsx 的旧版 Excel .xls 工作簿（OLE2 文件；改过名？），不是 Excel 工作簿（.xlsx）：请给它本来的名称，"
     "以 .xls 结尾，引擎可以读取；或在 Excel 或 LibreOffice 中打开它，另存为 Excel 工作簿（.xlsx）"),
    ("excel-workbook", "error",
     "{path}：无法读取这个 .xlsx 工作簿（BadZipFile: File is not a zip file）；请在 Excel 或 LibreOffice 中打开它，重新另存为 "
     "Excel 工作簿（.xlsx），或把工作表另存为 'CSV UTF-8 (逗号分隔)'"),
    ("spss-sav-file", "error",
     "{path}：无法读取这个 SPSS .sav 文件（ReadstatError: Unable to read from file）；请在 SPSS 中重新保存，或把数据另存为 Excel "
     "工作簿（.xlsx）或 CSV"),
    ("ods-damaged", "error",
     "{path}：无法读取这个 OpenDocument 表格（.ods）（CalamineError: 'META-INF/manifest.xml' file not found in archive）；请在 "
     "LibreOffice 或 Excel 中打开它，另存为 Excel 工作簿（.xlsx），或把工作表另存为 'CSV UTF-8 (逗号分隔)'"),
    ("parquet-file", "error",
     f"{{path}}：这是 Parquet 文件，不是引擎能读取的文件{_TABLE_FILES}；请用 pandas 读取它（df = pd.read_parquet(path)，需安装 "
     "pyarrow），把数据框交给 Python API，或另存为 CSV：df.to_csv('data.csv')"),
    ("feather-file", "error",
     f"{{path}}：这是 Feather（Arrow IPC）文件，不是引擎能读取的文件{_TABLE_FILES}；请用 pandas 读取它（df = "
     "pd.read_feather(path)，需安装 pyarrow），把数据框交给 Python API，或另存为 CSV：df.to_csv('data.csv')"),
]


@pytest.mark.parametrize("bad_id, kind, zh", _OWN_FILE_LINES, ids=[bad_id for bad_id, _, _ in _OWN_FILE_LINES])
def test_a_researchers_own_file_has_its_chinese_line(bad_id, kind, zh):
    """What a Chinese-speaking researcher meets reading their own file (the bad-input catalogue's rows): a Stata 13
    file of Chinese Windows read as GBK, a Stata code labelled as missing, an Excel workbook's formulas without their
    values, a date or a percentage among numbers, #N/A for a case name, a sheet not there, a lock file, a Parquet
    file, a damaged workbook or SPSS file had no Chinese line: the English alone, or nothing, in the workshop."""
    from analysis.workshop import engine_error_zh, engine_warning_zh

    message = _catalogue_message(bad_id, kind=kind)
    path = message.split(": ", 1)[0]   # a workbook written to a temporary folder
    said = engine_warning_zh(message) if kind == "warning" else engine_error_zh(QCAInputError(message))
    assert said == zh.format(path=path, folder=path.rsplit("/", 1)[0]), message


def test_a_files_other_kinds_and_forms_have_their_chinese_line(tmp_path):
    """The rarer forms of those messages, from the reader itself: an SPSS 15 file of Chinese Windows read as GBK, an
    encrypted workbook, an Excel binary workbook, LibreOffice's lock file, a chart sheet and a sheet named in
    another case; and every kind of file the reader names when the data file is not text (read._BINARY) has its
    Chinese words, or a new kind would lose the line."""
    import zipfile

    from test_read_workbook import old_sav

    from analysis.qca import QCAWarning
    from analysis.qca.read import _BINARY, read_data
    from analysis.workshop import _FILE_KINDS_ZH, engine_error_zh, engine_warning_zh

    def zh_of(call) -> str:
        with pytest.raises(QCAInputError) as refused:
            call()
        return engine_error_zh(refused.value)

    sav = old_sav(tmp_path / "old.sav", ["北京市", "上海市", "广州市", "Lyon"], 2)
    with pytest.warns(QCAWarning) as caught:
        read_data(sav, "name")
    assert [engine_warning_zh(str(w.message)) for w in caught if "GBK" in str(w.message)] == [
        f"{sav}：这个 SPSS 文件没有记录其文本的编码（SPSS 15 或更早版本，文本按计算机的代码页保存）：其文本已按中文（GBK，中文版 "
        "Windows 的代码页）读取，例如 '北京市'，而不是按 Latin-1 读取（'±±¾©ÊÐ'）；若该文件不是在中文版 Windows 上写出的，请在 "
        "SPSS 16 或更高版本中（Unicode 模式）打开并保存它"]
    encrypted = tmp_path / "enc.xlsx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert zh_of(lambda: read_data(encrypted)) == (
        f"{encrypted}：这个 .xlsx 工作簿是加密的（保存时设了打开密码）：请删除密码（Excel：文件 > 信息 > 保护工作簿 > 用密码进行"
        "加密，清空）后保存，或把工作表另存为 'CSV UTF-8 (逗号分隔)'")
    binary = tmp_path / "lc.xlsb"
    with zipfile.ZipFile(binary, "w") as z:
        z.writestr("xl/workbook.bin", b"\x00")
    assert zh_of(lambda: read_data(binary)) == (
        f"{binary}：这是 Excel 二进制工作簿（.xlsb），引擎不读取；请在 Excel 中另存为 Excel 工作簿（.xlsx）或 'CSV UTF-8 "
        "(逗号分隔)'，每行一个案例，每列一个集合")
    office = tmp_path / ".~lock.lc.xlsx#"
    office.write_text(",Alice,host,05.12.2026 09:00,file:///home/alice/.config/libreoffice/4;", encoding="utf-8")
    assert zh_of(lambda: read_data(office)) == (
        f"{office}：这是 LibreOffice 的锁定文件，LibreOffice 在工作簿打开时把它写在工作簿旁边（程序意外退出时会留下它），不是"
        "数据：请给出工作簿本身")
    book = tmp_path / "lc.xlsx"
    pd.DataFrame({"case": ["a", "b"], "A": [0, 1], "Y": [1, 0]}).to_excel(book, sheet_name="Data", index=False)
    assert zh_of(lambda: read_data(book, sheet="data")) == (
        f"{book}：此工作簿中没有工作表 'data'（sheet=）（工作表名称按原样匹配）（其工作表：1 'Data'）；请给出工作表的名称或其"
        "位置（从 1 数起）；是否想写 'Data'？")
    rds = tmp_path / "lc.csv"
    rds.write_bytes(b"\x1f\x8b\x08\x00" + bytes(40))
    assert zh_of(lambda: read_data(rds)).startswith(f"{rds}：这是 gzip 压缩文件（R 的 .rds 文件？），不是引擎能读取的文件")
    assert set(kind for _, kind in _BINARY) <= set(_FILE_KINDS_ZH)


_LF = "data/reference/datasets/LF.csv"


def _cli_error(capsys, *argv) -> str:
    """The last error: line of a command (run from the repository's root)."""
    from analysis.qca.cli import main

    assert main(list(argv)) == 2
    return [line for line in capsys.readouterr().err.splitlines() if line.startswith("error: ")][-1][len("error: "):]


def test_every_r_only_flag_of_the_command_line_has_its_chinese_line(capsys, monkeypatch):
    """R QCA's arguments the engine does not implement, typed as flags (--sol.cons, --inf-test, --all.sol: the
    catalogue's r-inf-test-argument) had no Chinese line: the command line writes the library's words with its flags
    ('up to --max-models', not 'max_models (CLI: --max-models)'; 'the pof command' for pof()), which R_ONLY_ZH did not
    hold. Every R-only argument of every command that takes one now has its line, the flags copied."""
    from analysis.paths import ROOT
    from analysis.qca.r_calls import R_ONLY_ARGUMENTS
    from analysis.workshop import engine_error_zh

    monkeypatch.chdir(ROOT)
    for function, command in (("minimize", "minimize"), ("truth_table", "truth-table"), ("calibrate", "calibrate")):
        for r_name in R_ONLY_ARGUMENTS[function]:
            data = ["data/reference/datasets/LR.csv", "--spec", "s.yaml"] if command == "calibrate" else [
                "data/reference/datasets/LF.csv", "--outcome", "SURV"]
            message = _cli_error(capsys, command, *data, f"--{r_name}")
            said = engine_error_zh(QCAInputError(message))
            assert said is not None and said.startswith(f"--{r_name} 是 R QCA 的") and "CLI" not in said, message
    assert engine_error_zh(QCAInputError(_cli_error(capsys, "minimize", _LF, "--outcome", "SURV", "--sol.cons", "0.8"))) == (
        "--sol.cons 是 R QCA 的 minimize(..., sol.cons = ...)（模型的一致性阈值），本引擎没有实现；请改用：用 pof 命令（或解的"
        "拟合指标）检查每个模型的一致性，再从中选择")
    assert engine_error_zh(QCAInputError(_catalogue_message("r-inf-test-argument"))) == (
        "--inf-test 是 R QCA 的 truthTable(..., inf.test = ...)（对真值表每一行的一致性相对 incl.cut 做二项检验（'binom, "
        "0.05'）），本引擎没有实现；请改用：一行的一致性达到 --incl-cut 即为正组态；permutation_benchmark() 检验解的拟合是否"
        "优于随机（Braumoeller 2015）")
    assert engine_error_zh(QCAInputError(_cli_error(capsys, "minimize", _LF, "--outcome", "SURV", "--pi.depth", "2"))) == (
        "--pi.depth 是 R QCA 的 minimize(..., pi.depth = ...)（质蕴涵项最多包含这么多个条件），本引擎没有实现；请改用：在预算 "
        "--max-implicants 之内推导出每一个质蕴涵项")


@pytest.mark.parametrize("bad_id, zh", [
    ("setmethods-cluster-unit-id",
     "cluster_diagnostics() 没有参数 'unit_id'；请写 unit='CASE'（即 SetMethods 的 unit_id）（其参数：data, results, outcome, "
     "unit, cluster, necessity, model, skew_bounds）"),
    ("chain-pi-cons",
     "causal_chain() 没有参数 'pi_cons'；请写 incl_cut=0.9（真值表的一行成为正组态所需的一致性；不是 R 的 pi.cons，即质蕴涵项"
     "本身的一致性，这里不检查它：请把每个模型的 term_fit（--json 给出）与所想的 pi.cons 比较）（其参数：data, outcomes, "
     "ordering, strict, incl_cut, n_cut, sol_cons, sol_cov, all_models, case_column, skew_bounds, max_models, max_work, "
     "max_implicants, max_chart_cells, max_memberships, sol_depth, max_csf, acyclic_only, cycle_type）"),
    ("chain-cna-maxstep",
     "causal_chain() 没有参数 'maxstep'；请写 sol_depth=N，N 为 cna 三个数中的第二个（一个公式的析取项数：这里即其质蕴涵项数）；"
     "第一个和第三个（一个析取项的合取项数、一个公式的因素数）请去掉：每个质蕴涵项都会在 max_models 和 max_work 之内推导出来（其参数："
     "data, outcomes, ordering, strict, incl_cut, n_cut, sol_cons, sol_cov, all_models, case_column, skew_bounds, "
     "max_models, max_work, max_implicants, max_chart_cells, max_memberships, sol_depth, max_csf, acyclic_only, cycle_type）"),
    ("chain-sol-depth-zero",   # R's default sol.depth = 0 written out: what 0 means here and in R
     "sol_depth 必须是正整数，现为 0：要列出由任意多个质蕴涵项组成的模型，请去掉该参数；R 的 sol.depth = 0 是其默认值，"
     "据其帮助文档，此时 causalChain 取 5：要与之比较，请写 5"),
    ("chain-cli-sol-depth-zero",
     "参数 --sol-depth：必须是正整数，现为 '0'：要列出由任意多个质蕴涵项组成的模型，请去掉 --sol-depth；R 的 sol.depth = 0 "
     "是其默认值，据其帮助文档，此时 causalChain 取 5：要与之比较，请写 5"),
    ("chain-cli-all-sol",
     "无法识别的参数：--all-sol；chain 不接受 --all-sol：请去掉该参数：每个无冗余的模型都会列出（即 R 的 causalChain 加 "
     "all.sol = TRUE）；--minimal-only 只列出最简模型"),
    ("good-practice-include",
     "无法识别的参数：--include ?；good-practice 不接受 --include：它读取真值表的复杂解和简约解（有 --dir-exp 时还有中间解），"
     "这是报告标准的要求"),
    ("cases-include",
     "无法识别的参数：--include ?；cases 不接受 --include：它读取简约解（包含逻辑余项，即 minimize --include '?' 所得的解），"
     "有 --dir-exp 时读取中间解；--solution conservative 读取不含逻辑余项的复杂解"),
], ids=lambda value: value if re.fullmatch(r"[\w-]+", value) else "zh")
def test_an_r_keyword_of_cluster_chain_and_the_commands_has_its_chinese_line(bad_id, zh):
    """SetMethods' unit_id, R's pi.cons for causal_chain(), chain --all-sol and --include given to a command that reads
    the solutions itself (the bad-input catalogue's rows) had no Chinese line; nor had causal_chain(sol_depth=0) and
    chain --sol-depth 0 (R's default sol.depth written out)."""
    from analysis.workshop import engine_error_zh

    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message


def test_chain_maxstep_flag_has_its_chinese_line(capsys, monkeypatch):
    """chain --maxstep (cna's bounds typed as a flag) is answered 'write --sol-depth N, N the second of cna's three
    numbers ...', an advice of its own form, which the workshop's line for a flag a command does not take missed."""
    from analysis.paths import ROOT
    from analysis.workshop import engine_error_zh

    monkeypatch.chdir(ROOT)
    message = _cli_error(capsys, "chain", "data/reference/datasets/LF.csv", "--maxstep", "3")
    assert engine_error_zh(QCAInputError(message)) == (
        "无法识别的参数：--maxstep 3；chain 不接受 --maxstep：请写 --sol-depth N，N 为 cna 三个数中的第二个（一个公式的析取项数："
        "这里即其质蕴涵项数）；第一个和第三个（一个析取项的合取项数、一个公式的因素数）请去掉：每个质蕴涵项都会在 --max-models 和 "
        "--max-work 之内推导出来"), message


def test_every_r_keyword_the_engine_answers_has_its_chinese_line(capsys, monkeypatch):
    """The engine answers an argument named as R QCA, SetMethods, QCAfit or cna name it (r_calls.R_KEYWORDS: what to
    write here); dozens of those answers had no Chinese line (cluster_diagnostics' unit_id, causal_chain's con and
    pi.cons, configuration_chart's sol, esa's contrad_rows, theory_evaluation's consH, permutation_benchmark's nsim,
    the budgets of robustness_protocol ...). Every function's answer has its line now, and the command line's, which
    writes the flag with the answer's note ('write --sol-cons 0.8 (cna's con: ...)'), its own."""
    import analysis.qca as qca
    from analysis.paths import ROOT
    from analysis.qca.r_calls import R_KEYWORDS
    from analysis.workshop import engine_error_zh

    unsaid = []
    for function, keywords in R_KEYWORDS.items():
        if "." in function:   # a method (TruthTable.to_frame): not called here
            continue
        for keyword in keywords:
            with pytest.raises(QCAInputError) as refused:
                getattr(qca, function)(None, **{keyword: 0.9})
            if engine_error_zh(refused.value) is None:
                unsaid.append(str(refused.value))
    assert not unsaid, unsaid
    monkeypatch.chdir(ROOT)
    assert engine_error_zh(QCAInputError(_cli_error(capsys, "chain", "data/reference/datasets/d.educate.csv", "--con",
                                                    "0.8"))) == (
        "无法识别的参数：--con 0.8；chain 不接受 --con：请写 --sol-cons 0.8（即 cna 的 con：模型所需的一致性）")
    assert engine_error_zh(QCAInputError(_cli_error(capsys, "theory", _LF, "--outcome", "SURV", "--theory", "DEV",
                                                    "--consH"))) == (
        "无法识别的参数：--consH；theory 不接受 --consH：请写 --haesebrouck-consistency（即 SetMethods 的 consH）")
    assert engine_error_zh(QCAInputError(_cli_error(capsys, "pof", _LF, "--outcome", "SURV", "--expression", "DEV",
                                                    "--relation", "necessity"))) == (
        "无法识别的参数：--relation necessity；pof 不接受 --relation（super-subset、pofind 接受）：必要性请用 --necessity（R 的 "
        "relation = 'necessity'）；这里默认是充分性")
    assert engine_error_zh(QCAInputError(_cli_error(capsys, "chart", _LF, "--outcome", "SURV", "--sol", "1"))) == (
        "无法识别的参数：--sol 1；chart 不接受 --sol：请去掉该参数：组态图显示每个模型（每个模型一组）")


def test_calibrates_summary_and_the_recalibration_notes_have_their_chinese_line(tmp_path, capsys, monkeypatch):
    """What the calibrate command says after writing its sets (--out: the cases, the sets, the decreasing ones) and
    what the robustness protocol says of tests recalibrating a condition (its note, the sweeps table's note on a sweep
    that cannot change the solution, a calibration range starting from another analysis than the data's) had no
    Chinese line."""
    from analysis.paths import ROOT
    from analysis.qca import QCAWarning, robustness_protocol, threshold_range
    from analysis.qca.cli import main
    from analysis.workshop import engine_note_zh, engine_warning_zh

    monkeypatch.chdir(ROOT)
    out = tmp_path / "sets.csv"
    assert main(["calibrate", "data/reference/datasets/LR.csv", "--spec", "docs/examples/LR_calibration.yaml", "--out",
                 str(out)]) == 0
    wrote = capsys.readouterr().out.strip().splitlines()[-1]
    assert engine_note_zh(wrote) == (
        f"已写出 {out}：18 个案例，集合 DEV, URB, LIT, IND, STB, SURV；按递减方式校准（e 大于 i：原始值越大，隶属度越低，R 的 "
        "calibrate() 也这样读这种锚点；若集合应随原始值上升，请对调 e 和 i）：STB"), wrote
    raw = pd.DataFrame({"A": range(1, 11), "B": [0, 1] * 5, "Y": [0] * 5 + [1] * 5}, index=list("abcdefghij"))
    data = raw.assign(A=calibrate(raw["A"], thresholds="e=2, c=5.5, i=9"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prot = robustness_protocol(data, "Y", ["A", "B"], tests=[
            {"label": "A wider", "calibrate": {"A": {"thresholds": "e=1.5, c=5.5, i=9.5"}}},
            {"label": "n 1", "n_cut": 1}], incl_cut=0.7, include="?", raw=raw)
    assert [engine_note_zh(note) for note in prot.sweeps["note"]] == [
        "没有任何设定改变真值表：这组扫描不能改变解（其表达式）；检验 'A wider' 重新校准了 A，因此解的隶属度，以及随之而来的稳健"
        "核心的拟合和 RF 指标，仍可能变化：在 'A wider' 中确实变化了",
        "没有任何设定改变真值表或重新校准条件：这组扫描既不能改变解，也不能改变其隶属度，什么也没有检验"], prot.sweeps["note"]
    recalibrating = next(note for note in prot.notes if "recalibrate A" in note)
    assert engine_note_zh(recalibrating) == (
        "检验 'A wider' 重新校准了 A：每个检验解的隶属度都按它自己的校准读取，因此稳健核心的拟合、RF 指标和案例类型（取自隶属度）"
        "可能不同于各表达式（core_expression、core_minimised、各案例类型的表达式）在数据上给出的结果，因为这些表达式按初始校准读取"
        "每个集合"), recalibrating
    with pytest.warns(QCAWarning) as caught:
        threshold_range(data, "Y", ["A", "B"], "calibration", 0.5, 1, incl_cut=0.7, raw=raw, calibrate_set="A",
                        thresholds="e=1, c=2.7, i=4")
    other = [str(w.message) for w in caught if "another solution" in str(w.message)]
    assert [engine_warning_zh(message) for message in other] == [
        "'A' 的校准范围：用这些阈值校准原始值，得到的解与数据自身的 A 不同（A*B，而不是 A）；该范围从重新校准后的分析开始"], other


_OWN_DATA_LINES = [
    ("summary-row-total-cn", "warning",   # said once, as the file is read (truth_table's line no more)
     "tests/bad_inputs/summary_row_total_cn.csv：第 7 行（'合计'：其值为上方各行之和）看起来是数据下方的汇总行（案例的合计、均值"
     "或其他统计量），不是案例：作为案例读入，会被当作案例进入分析；请在文件中删除该行"),
    ("summary-row-mean-api", "warning",
     "案例 'Mean' 看起来是汇总行（数据下方的合计、均值或其他统计量），不是案例：它会被当作案例分析；若是汇总行，请删除该行"),
    ("header-repeated", "error",
     "tests/bad_inputs/header_repeated.csv：第 4 行重复了表头（case,DEV,URB,SURV）：是把几个文件接在一起了吗？请删除重复的表头行"),
    ("spss-filter-column", "error",
     "tests/bad_inputs/spss_filter_column.csv：列 'filter_$' 是 SPSS 的个案筛选变量（数据 > 选择个案）：导出的文件含有每个案例，"
     "未选中的为 0（此处为 'c'）；若确实要按此筛选，请先删除这些案例，并列出不含它的条件：--conditions DEV,URB"),
    ("excel-table-empty-column", "error",
     "tests/bad_inputs/excel_table_empty_column.csv：条件列 'Column1' 是空的（没有任何案例有值）：请把它从条件中去掉，或删除该列；"
     "例如 --conditions DEV,URB"),
    ("no-header-row", "error",
     "--outcome 'SURV' 不是 tests/bad_inputs/no_header_row.csv 中的列：表头在列名的位置上是数字（'AU', '0.81', '0.12', "
     "'0.99', ...）：是一行数据、漏了表头行吗？请加上一行表头，写出各列的名称（案例名称列、条件、结果），例如 case,A,B,Y"),
    ("json-pandas-columns", "error",
     "tests/bad_inputs/lf_pandas_columns.json：其中是 JSON 对象（键：'case', 'DEV', 'URB', 'LIT', 'IND', 'STB', ...），不是案例表"
     "（是另一个命令的 --json 输出吗？）；请给出 CSV 文件（每行一个案例），或 JSON 记录：由 {column: value} 对象组成的列表，每个"
     "案例一个，与 'calibrate --json' 写出的相同；在 pandas 中：df.to_json(path, orient='records')"),
    ("numeric-case-id", "error",
     "tests/bad_inputs/numeric_case_id.csv：条件 'id' 在 8 个案例中各取一个不同的整数（0..7）：这是案例标识，不是集合（每个案例都会"
     "自成一个组态）；若它是案例名称，请加 --case-column id；否则请删去该列，或列出不含它的条件"),
    ("numeric-case-id-large", "error",
     "tests/bad_inputs/numeric_case_id_large.csv：条件 'respondent' 在 8 个案例中各取一个不同的整数（1001..1008）：这是案例标识，"
     "不是集合（每个案例都会自成一个组态）；若它是案例名称，请加 --case-column respondent；否则请把它从条件中去掉"),
]


@pytest.mark.parametrize("bad_id, kind, zh", _OWN_DATA_LINES, ids=[bad_id for bad_id, _, _ in _OWN_DATA_LINES])
def test_what_a_researchers_own_data_holds_has_its_chinese_line(bad_id, kind, zh):
    """A summary row ('合计', 'Mean') among the cases, a header repeated inside the data, SPSS's filter_$ column, an
    empty condition column (Excel's Column1), a file without its header row, JSON of pandas' default orient and a
    case identifier on the command line (the bad-input catalogue's rows) had no Chinese line."""
    from analysis.workshop import engine_error_zh, engine_warning_zh

    message = _catalogue_message(bad_id, kind=kind)
    said = engine_warning_zh(message) if kind == "warning" else engine_error_zh(QCAInputError(message))
    assert said == zh, message


def test_the_rarer_forms_of_a_researchers_data_have_their_chinese_line(tmp_path):
    """The same problems met otherwise: two summary rows, a sheet's repeated header row, the API's empty column and
    filter_$ (their conditions= with the command line's form) and a JSON list of numbers."""
    from analysis.qca import prepare_data
    from analysis.qca.read import read_data
    from analysis.workshop import engine_error_zh, engine_warning_zh

    def zh_of(call) -> str:
        with pytest.raises(QCAInputError) as refused:
            call()
        return engine_error_zh(refused.value)

    lc = pd.read_csv(DATASETS / "LC.csv", index_col="case")
    assert zh_of(lambda: prepare_data(lc.assign(E=np.nan), "SURV", ["DEV", "URB", "E"])) == (
        "条件列 'E' 是空的（没有任何案例有值）：请把它从条件中去掉，或删除该列；例如 conditions='DEV, URB'（命令行：--conditions "
        "DEV,URB）")
    assert zh_of(lambda: prepare_data(lc[["DEV", "URB", "SURV"]].assign(**{"filter_$": [1, 0] * 9}), "SURV")).startswith(
        "列 'filter_$' 是 SPSS 的个案筛选变量（数据 > 选择个案）：导出的文件含有每个案例，未选中的为 0（此处为 'BE', ")
    book = tmp_path / "two.xlsx"
    rows = [["case", "A", "Y"], ["a", 1, 0], ["case", "A", "Y"], ["b", 0, 1]]
    pd.DataFrame(rows[1:], columns=rows[0]).to_excel(book, sheet_name="Data", index=False)
    assert zh_of(lambda: read_data(book)) == (
        f"{book}：工作表 'Data' 的第 3 行重复了表头（case,A,Y）：是把几个表格上下粘贴在一起了吗？请删除重复的表头行")
    numbers = tmp_path / "numbers.json"
    numbers.write_text("[1, 2, 3]", encoding="utf-8")
    assert zh_of(lambda: read_data(numbers)) == (
        f"{numbers}：其中是 JSON 列表，但其元素并非都是对象，不是案例表（是另一个命令的 --json 输出吗？）；请给出 CSV 文件（每行一个"
        "案例），或 JSON 记录：由 {column: value} 对象组成的列表，每个案例一个，与 'calibrate --json' 写出的相同；在 pandas 中："
        "df.to_json(path, orient='records')")
    with pytest.warns(Warning) as caught:
        prepare_data(lc.rename(index={"AU": "Total", "BE": "平均值"}), "SURV", ["DEV", "URB"])
    said = [engine_warning_zh(str(w.message)) for w in caught if "summary row" in str(w.message)]
    assert said == ["案例 'Total', '平均值' 看起来是汇总行（数据下方的合计、均值或其他统计量），不是案例：它会被当作案例分析；"
                    "若是汇总行，请删除该行"], [str(w.message) for w in caught]


_PANEL = "data/reference/r-setmethods/LF_panel.csv"
_PANEL_COLUMNS = "'CASE', 'WAVE', 'DEV', 'URB', 'LIT', 'IND', 'STB', 'SURV'"


@pytest.mark.parametrize("bad_id, zh", [
    ("cluster-unit-unknown",
     f"--unit：列 'COUNTRY'（单元 / 聚类标识）不在 {_PANEL} 中（数据的列：{_PANEL_COLUMNS}）"),
    ("cluster-unit-lowercase",
     "--unit：列 'case'（单元 / 聚类标识）不在 tests/bad_inputs/panel_unit_column.csv 中；是否想写 'CASE'？（名称区分大小写）"
     f"（数据的列：{_PANEL_COLUMNS}）"),
    ("cluster-cluster-misspelt",
     "--cluster：列 'WAV'（单元 / 聚类标识）不在 tests/bad_inputs/panel_unit_column.csv 中；是否想写 'WAVE'？"
     f"（数据的列：{_PANEL_COLUMNS}）"),
    ("cluster-same-column",
     f"--unit 'CASE' 和 --cluster 'CASE' 是 {_PANEL} 中的同一列：请把单元标识（例如国家）和聚类标识（例如波次）放在两列中"),
    ("cluster-unit-twice-in-a-cluster",
     "tests/bad_inputs/panel_duplicate_unit_wave.csv：有 2 行（r1, r2）在聚类 '1' 中都是单元 'a'：聚类诊断要求每个单元在每个"
     "聚类中只有一行（列 'U' 和 'W'）；请合并或删除重复的行（SetMethods 的 cluster() 会把它们的隶属度相加）"),
    ("cluster-fullwidth-wave",
     "--cluster WAVE：标识 '１'（第 4 行）是用全角字符（中文输入法输入）写的，而其他标识都是数字（1, 2）：请写 '1'"),
], ids=lambda value: value if re.fullmatch(r"[\w-]+", value) else "zh")
def test_the_cluster_commands_refusals_have_their_chinese_line(bad_id, zh):
    """The cluster command's refusals of its panel data (the bad-input catalogue's rows: a unit or cluster column not
    there, misspelt or lowercased, one column for both, a unit twice in a wave, a wave typed with a Chinese input
    method) had no Chinese line; the API's forms (unit='CASE' and cluster='CASE', an id missing) are said alike."""
    from analysis.workshop import engine_error_zh

    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message


def test_the_cluster_diagnostics_api_refusals_have_their_chinese_line():
    """cluster_diagnostics() names unit= and cluster= as the API writes them, and the rows of a missing id."""
    from analysis.qca import cluster_diagnostics
    from analysis.paths import ROOT
    from analysis.workshop import engine_error_zh

    panel = pd.read_csv(ROOT / _PANEL, index_col=0)

    def zh_of(**kw) -> str:
        with pytest.raises(QCAInputError) as refused:
            cluster_diagnostics(kw.pop("data", panel), "DEV", "SURV", **kw)
        return engine_error_zh(refused.value)

    assert zh_of(unit="CASE", cluster="CASE") == (
        "unit='CASE' 和 cluster='CASE' 是数据中的同一列：请把单元标识（例如国家）和聚类标识（例如波次）放在两列中")
    assert zh_of(unit="COUNTRY", cluster="WAVE") == (
        f"unit：列 'COUNTRY'（单元 / 聚类标识）不在数据中（数据的列：{_PANEL_COLUMNS}）")
    gap = panel.assign(WAVE=panel["WAVE"].astype(object).where(panel.index != "BE_1", None))
    assert zh_of(data=gap, unit="CASE", cluster="WAVE") == (
        "cluster：列 'WAVE'（单元 / 聚类标识）在行 BE_1 中缺失；每个案例都需要它的单元和聚类")


@pytest.mark.parametrize("bad_id, kind, zh", [
    ("case-named-na-api", "error",
     "索引中的案例名称在第 2 行缺失（NaN）：pandas 的 read_csv 会把文本 'NA'、'N/A'、'NULL'、'None'、'nan' 读作缺失值，因此名为 NA"
     "（纳米比亚）的案例会变成 NaN；读取文件时请写 keep_default_na=False, na_values=['']（或给每个案例一个名称）"),
    ("case-named-na-column-api", "error",
     "案例列 'case' 在第 2 行有缺失（NaN）的案例名称：pandas 的 read_csv 会把文本 'NA'、'N/A'、'NULL'、'None'、'nan' 读作缺失值，"
     "因此名为 NA（纳米比亚）的案例会变成 NaN；读取文件时请写 keep_default_na=False, na_values=['']（或给每个案例一个名称）"),
    ("duplicate-header-api", "warning",
     "列 'DEV' 和 'DEV.1'：pandas 的 read_csv 会把重复的表头 'DEV' 改名为 'DEV.1'；若文件中 'DEV' 出现了两次，请修正表头"),
    ("crisp-typo-two", "warning",
     "条件 'STB' 除案例 'FI'（2）外都是 0/1：它被读作水平为 0..2 的多值集合，水平 2 只有这一个案例；若 2 是笔误（或合计行），请改正"),
], ids=lambda value: value if re.fullmatch(r"[\w-]+", value) else "zh")
def test_what_pandas_made_of_a_researchers_file_has_its_chinese_line(bad_id, kind, zh):
    """What pandas' read_csv made of a researcher's file (Namibia's 'NA' read as NaN, a second 'DEV' renamed 'DEV.1')
    and a 2 typed into a 0/1 column (the bad-input catalogue's rows) had no Chinese line."""
    from analysis.workshop import engine_error_zh, engine_warning_zh

    message = _catalogue_message(bad_id, kind=kind)
    said = engine_warning_zh(message) if kind == "warning" else engine_error_zh(QCAInputError(message))
    assert said == zh, message


@pytest.mark.parametrize("bad_id, zh", [
    ("cli-n-cut-zero", "参数 --n-cut：必须是正整数，现为 '0'"),
    ("cli-cov-cut-negative", "参数 --cov-cut：必须是 [0, 1] 中的数，现为 '-1'"),
    ("cases-term-not-whole", "参数 --term：必须是项的编号（1 即第一项）或项的文本，例如 'A*~B'，现为 '1.5'"),
    ("flag-int-underscore", "参数 --max-models：必须是正整数，现为 '1_000'；请写 1000（只用数字 0-9，数字组之间不加 '_'）"),
    ("flag-int-thousands-comma",
     "参数 --max-work：必须是正整数，现为 '1,000,000'；请写 1000000（只用数字 0-9，数字组之间不加 ','）"),
    ("flag-int-fullwidth", "参数 --n-cut：必须是正整数，现为 '２'；请写 2（只用半角数字 0-9，不用全角数字）"),
    ("flag-int-exponent",
     "参数 --max-memberships：必须是正整数，现为 '2e10'；请写 20000000000（用数字写出整数，不用指数形式）"),
    ("benchmark-percent", "参数 --benchmark：必须是 [0, 1] 中的数，现为 '90'；是百分数吗？请写 0.9"),
    ("model-as-printed", "参数 --model：必须是正整数，现为 'M2'；请写 --model 2（模型从 1 开始编号：M2 即 2）"),
    ("good-practice-permutations-zero", "参数 --permutations：必须是 exact 或正整数，现为 '0'"),
    ("good-practice-seed-negative", "参数 --seed：必须是不小于 0 的整数，现为 '-1'"),
], ids=lambda value: value if re.fullmatch(r"[\w-]+", value) else "zh")
def test_a_flags_value_of_the_wrong_kind_has_its_chinese_line(bad_id, zh):
    """The command line's refusal of a flag's value (argparse's 'argument --n-cut: must be a positive whole number,
    got ...': the catalogue's rows, a number grouped with '_' or ',', in exponent form, full-width, a percentage, a
    model as printed) had no Chinese line; its hints are said too."""
    from analysis.workshop import engine_error_zh

    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message


def test_empty_rows_are_said_in_their_number_in_english_and_chinese():
    """One empty row was 'row(s) 2 of the data are empty ...: drop them first' and its Chinese line '请先删除它们':
    one row is now 'row 2 ... is empty ...: drop it first' (它), two 'rows 2, 3 ... are empty ...: drop them first'
    (它们)."""
    import numpy as np

    from analysis.qca.data import empty_rows_error
    from analysis.workshop import engine_error_zh

    one, two = empty_rows_error(np.array([False, True, False])), empty_rows_error(np.array([False, True, True]))
    assert str(one).startswith("row 2 of the data is empty (") and str(one).endswith(": drop it first "
                                                                                    "(df.dropna(how='all'))"), one
    assert str(two).startswith("rows 2, 3 of the data are empty (") and ": drop them first (" in str(two), two
    assert engine_error_zh(one).endswith("请先删除它（df.dropna(how='all')）"), engine_error_zh(one)
    assert engine_error_zh(two).endswith("请先删除它们（df.dropna(how='all')）"), engine_error_zh(two)


def test_duplicate_column_names_are_said_in_their_number():
    """'duplicate column name(s) in the data: DEV' was said of one name as of two: now 'duplicate column name' for
    one, 'duplicate column names' for more, and the workshop's Chinese line reads both."""
    from analysis.qca.data import duplicate_columns_message
    from analysis.workshop import engine_error_zh

    one = duplicate_columns_message(pd.Index(["DEV", "URB", "DEV"]))
    two = duplicate_columns_message(pd.Index(["DEV", "URB", "DEV", "URB"]))
    assert one == "duplicate column name in the data: DEV; column names must be unique", one
    assert two == "duplicate column names in the data: DEV, URB; column names must be unique", two
    assert engine_error_zh(QCAInputError(one)) == "数据中有重复的列名：DEV；列名必须唯一"
    assert engine_error_zh(QCAInputError(two)) == "数据中有重复的列名：DEV, URB；列名必须唯一"


def test_an_output_encoding_that_cannot_show_the_output_has_a_chinese_line(monkeypatch, capsys):
    """The command line's 'the output encoding 'ascii' cannot show the output' (a Chinese name printed to an ASCII
    standard output or a cp1252 Windows console; the catalogue's row stdout-not-utf8), and calibrate's form of it
    (which adds --out FILE), had no Chinese line. The command is run in this process, standard output an ASCII
    text stream (as PYTHONIOENCODING=ascii makes it)."""
    import io
    import sys

    from analysis.qca.cli import main
    from analysis.workshop import engine_error_zh

    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
    code = main(["necessity", "tests/bad_inputs/chinese_names.csv", "--outcome", "存续", "--conditions", "DEV,URB"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and err.startswith("error: "), err
    said = err.removeprefix("error: ").strip()
    assert engine_error_zh(QCAInputError(said)) == (
        "输出编码 'ascii' 无法显示输出内容（例如 '\\u5b58\\u7eed'）；请设置 PYTHONIOENCODING=utf-8（或 PYTHONUTF8=1；Windows "
        "控制台还需要 chcp 65001）"), said
    out = said.replace("'ascii'", "'cp1252'") + "; or write the file with --out FILE (UTF-8)"
    assert engine_error_zh(QCAInputError(out)).endswith("chcp 65001）；或用 --out FILE 把结果写入文件（UTF-8）")


def test_a_tests_cases_not_written_as_a_list_have_a_chinese_line():
    """A sweep file's drop_cases: FI, SE (the brackets of a list left out; the catalogue's robustness-drop-cases-not-a-
    list) and drop_cases of a number: 'drop_cases must be a list of case names, got ...' had no Chinese line."""
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(QCAInputError(_catalogue_message("robustness-drop-cases-not-a-list"))) == (
        "tests/bad_inputs/spec_drop_not_a_list.yaml：检验 'no FI SE'：drop_cases 必须是案例名称的列表，现为 'FI, SE'：请写成列表 "
        "[FI, SE]（Python：['FI', 'SE']）")
    assert engine_error_zh(QCAInputError("keep_cases must be a list of case names, got 3")) == (
        "keep_cases 必须是案例名称的列表，现为 3")
    assert engine_error_zh(QCAInputError(  # the form input16's patch for protocol_test_set gives R's vector
        "drop_cases must be a list of case names, got 'c(\"FI\", \"SE\")': R's vector c(...) copied as text; write a "
        "list, [FI, SE] (Python: ['FI', 'SE'])")) == ("drop_cases 必须是案例名称的列表，现为 'c(\"FI\", \"SE\")'：这是照搬成文本的 "
                                                     "R 向量 c(...)：请写成列表 [FI, SE]（Python：['FI', 'SE']）")

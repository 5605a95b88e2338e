"""Chinese lines for messages the engine gives that had none, found by running the engine (its API, its commands):
each test feeds the message the engine writes, not a copied string, through the workshop's translator."""
from __future__ import annotations

import re
import warnings

import numpy as np
import pandas as pd
import pytest
from _qca_warnings import qca_warnings

from analysis.qca import esa, truth_table
from analysis.workshop import engine_error_zh, engine_warning_zh

LF = "data/reference/datasets/LF.csv"
_RULE_ZH = ("：按 ESA 的规则，必要条件只有在与必要性一致（inclN 至少达到基准）且相关（RoN 至少达到相关性阈值，且并非在每个案例中"
            "都存在；Schneider 2018）时，缺少它的逻辑余项才是不可成立的假设，因此它不使任何逻辑余项成为不可成立的假设；ESA 仍按要求"
            "阻断它之外的逻辑余项，good_practice() 不把它们计入")


_warned = qca_warnings   # the QCAWarning messages a call gives (tests/_qca_warnings.py)


def test_esas_necessary_condition_not_relevant_has_a_chinese_line(capsys):
    """esa(..., ron_cut=) warns about a nec_cond consistent with necessity but not relevant (LIT on LF: RoN 0.509
    below 0.6; A of a small table: present in every case), as does the esa command's --ron-cut: no Chinese line."""
    from _cli import run

    from bad_inputs.catalogue import lf

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(lf(), "SURV", incl_cut=0.8)
        small = truth_table(pd.DataFrame({"A": [1, 1, 1, 1], "B": [1, 0, 1, 0], "Y": [1, 0, 1, 1]}, index=list("abcd")),
                            "Y", "A, B", incl_cut=0.8)
    low = [engine_warning_zh(w) for w in _warned(lambda: esa(tt, nec_cond="LIT", ron_cut=0.6)) if "(ESA)" in w]
    assert low == ["必要条件 'LIT'（ESA）：对 SURV 的 inclN 为 0.991，RoN 为 0.509，不相关（RoN 低于 0.6）" + _RULE_ZH]
    every = [engine_warning_zh(w) for w in _warned(lambda: esa(small, nec_cond="A")) if "(ESA)" in w]
    assert every == ["必要条件 'A'（ESA）：对 Y 的 inclN 为 1.000，RoN 为 0.000，不相关（在每个案例中都存在）" + _RULE_ZH]
    code, _, err = run(capsys, "esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--nec-cond", "LIT", "--ron-cut",
                       "0.6")
    warned = [line.removeprefix("warning: ") for line in err.splitlines() if "(ESA)" in line]
    assert code == 0 and [engine_warning_zh(line) for line in warned] == low, err


def _as_said(value) -> str:
    """A value as an engine error quotes it (errors.quoted: pandas' printout, cut with its length), as the Chinese
    line copies it: the length said in Chinese (zh_words._with_lengths_zh)."""
    from analysis.qca.errors import quoted

    shown = quoted(value)
    return shown if shown == repr(value) else shown.replace(f" ({len(repr(value)):,} characters)",
                                                            f"（共 {len(repr(value)):,} 个字符）")


@pytest.mark.parametrize("call, value, zh", [
    (lambda tt, d: tt.remainders(limit=d["DEV"]), lambda d: d["DEV"], "limit 必须是不小于 0 的整数，现为 {}"),
    (lambda tt, d: tt.remainders(limit=pd.DataFrame()), lambda d: pd.DataFrame(), "limit 必须是不小于 0 的整数，现为 {}"),
    (lambda tt, d: esa(tt, nec_cond="DEV", ron_cut=pd.Categorical(["DEV"])), lambda d: pd.Categorical(["DEV"]),
     "ron_cut 必须是 0 到 1 之间的数（含 0 和 1），现为 {}"),
    (lambda tt, d: esa(tt, nec_cond=d), lambda d: d,
     "nec_cond 必须是条件的表达式，如 'LIT' 或 'A + B'，或这样的表达式的列表（每个都是必要条件，如同 SetMethods 的 esa() 接受向量），"
     "或 None（不排除任何这样的行）；现为 DataFrame {}"),
], ids=["a Series, cut", "an empty DataFrame, whole", "a Categorical", "a DataFrame, cut, its type after it"])
def test_an_error_quoting_a_value_as_pandas_prints_it_has_a_chinese_line(call, value, zh):
    """The API fuzzer's runs (tools/fuzz_api.py) give a DataFrame, a Series or a Categorical where a number or a text
    belongs; the engine quotes it as pandas prints it, over several lines. Those errors had no Chinese line (their
    forms read a value of one line: a Series' printout gave None), or one that cut the value at its first blank and
    said the rest apart ('现为 Empty；DataFrame ...'): the printout is now read as one value and copied whole."""
    from analysis.qca import QCAInputError

    from bad_inputs.catalogue import lf

    d = lf()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(d, "SURV", incl_cut=0.8)
    with pytest.raises(QCAInputError) as raised:
        call(tt, d)
    assert "\n" in str(raised.value)
    assert engine_error_zh(raised.value) == zh.format(_as_said(value(d))), str(raised.value)


_ESA_UNTENABLE_ZH = ("：{}不被阻断（ESA 只阻断逻辑余项；{}保留原来的 OUT），而有案例的组合并非不可能；请检查该表达式（与必要条件相矛盾的逻辑余项："
                     "用 nec_cond=，命令行为 --nec-cond），或用 minimize(..., exclude=rows) 有意地重新编码观察到的行（命令行："
                     "minimize --exclude）")


def test_esas_untenable_expression_matching_observed_rows_has_a_chinese_line(capsys):
    """esa(..., untenable=) and esa --untenable warn that the expression matches observed rows, which ESA leaves
    as they are (notebook 00's DEMOC*~NATPRIDE): one row, several, more than the ten named; no Chinese line."""
    from _cli import run

    from bad_inputs.catalogue import lf

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(lf(), "SURV", incl_cut=0.8)
        wide = pd.DataFrame([[(i >> k) & 1 for k in range(4)] + [i % 2] for i in range(12)], columns=[*"ABCD", "Y"])
        many = truth_table(wide, "Y", "A, B, C, D", incl_cut=0.8)
    one = [engine_warning_zh(w) for w in _warned(lambda: esa(tt, untenable="DEV*URB*LIT*IND*STB"))]
    assert one == ["untenable 'DEV*URB*LIT*IND*STB'（ESA）也包含观察到的行 32（OUT 1，n 4）"
                   + _ESA_UNTENABLE_ZH.format("这一行", "它")]
    several = [engine_warning_zh(w) for w in _warned(lambda: esa(tt, untenable="DEV"))]
    assert several == ["untenable 'DEV'（ESA）也包含观察到的行 22（OUT 1，n 2）、23（OUT 0，n 1）、24（OUT 0，n 2）、31（OUT 0，"
                       "n 1）、32（OUT 1，n 4）" + _ESA_UNTENABLE_ZH.format("这些行", "它们")]
    more = [w for w in _warned(lambda: esa(many, untenable="A + ~A"))]
    assert len(more) == 1 and " and 2 more: these are " in more[0], more
    assert engine_warning_zh(more[0]).endswith("，另有 2 行" + _ESA_UNTENABLE_ZH.format("这些行", "它们")), more
    code, _, err = run(capsys, "esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--untenable", "DEV")
    assert code == 0 and [engine_warning_zh(line.removeprefix("warning: ")) for line in err.splitlines()
                          if "(ESA)" in line] == several, err


def test_the_esa_commands_csv_note_and_necessity_cases_ranked_together_have_a_chinese_line(capsys):
    """esa --csv says on stderr which rows it blocked, by reason (none for a reason given that blocks no row);
    necessity_cases(..., 'deviant consistency') without conditions warns that its cases are ranked together, not
    per truth table row as SetMethods ranks them. Neither had a Chinese line."""
    from _cli import run

    from analysis.qca import necessity_cases
    from bad_inputs.catalogue import lf

    code, _, err = run(capsys, "esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--nec-cond", "LIT", "--untenable",
                       "DEV*URB*LIT*IND*STB", "--csv")
    said = [engine_warning_zh(line.removeprefix("warning: ")) for line in err.splitlines() if "esa --csv" in line]
    assert code == 0 and said == [
        "esa --csv：输出简约解的表；被阻断的行（必要条件）：3, 4, 9, 10, 11, 12, 17, 18, 19, 20, 25, 26, 27, 28；被阻断的行（不可成立的"
        "假设）：无（--json 会连同解一起给出它们）"], err
    ranked = [engine_warning_zh(w) for w in _warned(lambda: necessity_cases(lf(), "SURV", "LIT", "deviant consistency"))]
    assert ranked == ["'LIT' 的一致性偏离案例是放在一起排序的：SetMethods 在真值表的每一行内排序（每行取其最偏离的案例）；要得到那样的表，"
                      "请给出 conditions=...（命令行：--conditions）"]


@pytest.fixture(scope="module")
def lipset():
    """LF, its truth table at incl_cut 0.8 and its parsimonious solution (tools/fuzz_api.py's valid arguments)."""
    from analysis.qca import minimize

    from bad_inputs.catalogue import lf

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(lf(), "SURV", incl_cut=0.8)
        return {"lf": lf(), "tt": tt, "sol": minimize(tt, include="?")}


@pytest.mark.parametrize("call, zh", [
    (lambda q, d: q.contradictions(d["lf"]), "需要一张真值表（由 truth_table() 生成），现为 DataFrame"),
    (lambda q, d: q.expression_membership([1, 2], "DEV"), "data 必须是隶属度的 pandas DataFrame（数据表），现为 list"),
    (lambda q, d: q.calibrate_frame("LR.csv", {"DEV": {"thresholds": "e=1, c=2, i=3"}}),
     "df 必须是 pandas 的 DataFrame（数据表），现为 str"),
    (lambda q, d: q.expression_membership(d["lf"], {"DEV"}), "expression 必须是文本（如 'A*~B + C'）或项的列表，现为 set"),
    (lambda q, d: q.expression_membership(d["lf"], [1]),
     "expression 的每一项都必须是一个项，如 'A*~B' 或 {'A': 1, 'B': 0}，现为 1"),
    (lambda q, d: q.term_membership(d["lf"], d["sol"]), "term 必须是一个项，如 'A*~B' 或 {'A': 1, 'B': 0}，现为 Solution"),
    (lambda q, d: q.necessity_typology(d["lf"], "SURV", ["LIT"]),
     "nec_cond 必须是以文本写出的条件表达式，例如 'LIT' 或 'A*B + ~C'，现为 ['LIT']"),
    (lambda q, d: q.necessity_xy(q.necessity_typology(d["lf"], "SURV", "LIT"), 2),
     "outcome 必须是以文本写出的结果名称（用作列的标签），现为 2"),
    (lambda q, d: q.configuration_chart(d["sol"], parsimonious="x"),
     "parsimonious 必须是简约解（Solution），即 minimize(tt, include='?')，现为 str"),
    (lambda q, d: q.contradictory_assumptions(d["tt"], d["sol"]),
     "solution_y 必须是 minimize() 返回的解（Solution）（简约解，include='?'），现为 TruthTable"),
    (lambda q, d: q.contradictory_assumptions(d["sol"], d["tt"]),
     "solution_not_y 必须是 minimize() 返回的解（Solution）（简约解，include='?'），现为 TruthTable"),
    (lambda q, d: q.simplifying_assumption_rows(d["sol"], models="M1"), "models 必须是模型名称的列表，如 ['M1']，现为 'M1'"),
    (lambda q, d: q.simplifying_assumption_rows(d["lf"]),
     "simplifying_assumption_rows 需要 minimize() 返回的解（Solution）或 truth_table() 生成的真值表，现为 DataFrame"),
    (lambda q, d: q.good_practice("x"),
     "solutions 必须是 minimize() 返回的解（Solution）、由解组成的字典或列表（每种解一个：复杂解、简约解、中间解），或一张真值表"
     "（没有解），现为 str"),
    (lambda q, d: d["tt"].rows_with(values="1,X"),
     "OUT 的取值只能是 '1'、'0'、'C' 和 '?'（列表，或像 '1,C' 这样的文本），现为 '1,X'"),
    (lambda q, d: d["sol"].to_dict(rows_limit=3.0),
     "rows_limit 必须是不小于 0 的整数，或 None（全部行），现为 3.0；请写 3（整数，而不是浮点数 3.0）"),
    (lambda q, d: d["sol"].to_dict(pi_chart="yes"),
     "pi_chart 必须是 True（总是包含质蕴涵项表）、False（从不包含）或 None（表小且已知时包含），现为 'yes'"),
    (lambda q, d: q.good_practice(d["sol"], robustness="x"),
     "robustness 必须是 robustness_protocol() 返回的 RobustnessProtocol，或带有 'sweep' 列的 DataFrame（每类检验一行），"
     "现为 str"),
    (lambda q, d: q.good_practice(d["sol"], necessity="x"),
     "necessity 必须是 necessity() 返回的 NecessityResult 或其表格（含 condition 和 inclN 列的 DataFrame），现为 str"),
    (lambda q, d: q.good_practice(d["sol"], cases=d["lf"]),
     "cases 必须是案例类型表（带有 'type' 列的 DataFrame，即 case_typology() 给出的表），现为 DataFrame"),
    (lambda q, d: q.calibrate(d["lf"]["DEV"], thresholds=d["lf"]), "thresholds 必须是字典、文本或数字，现为 DataFrame"),
    (lambda q, d: q.consistency(d["lf"]["DEV"], [0.5]), "x 和 y 必须是同一批案例的隶属度，每个案例一个值：x 有 18 个值，y 有 1 个"),
    (lambda q, d: q.consistency(d["lf"]["DEV"], pd.Series([0.5, 0.4])),
     "x 和 y 是不同案例的 pandas Series（它们的索引不同：x 有 y 没有的案例 'AU', 'BE', 'CZ', 'EE', 'FI'；y 有 x 没有的案例 0, 1）；"
     "请给出同一批案例的隶属度，例如同一个 DataFrame 的两列，或对两者都用 .to_numpy() 按位置配对"),
])
def test_arguments_of_the_wrong_kind_the_api_fuzzer_gives_have_a_chinese_line(lipset, call, zh):
    """tools/fuzz_api.py's runs (seeds 0 and 1, 600 calls each) recorded 376 distinct engine errors without a Chinese
    line, most of them an argument of the wrong kind (a DataFrame for a truth table, a text for a list of models,
    memberships of different cases): each form here had none (None)."""
    import analysis.qca as q
    from analysis.qca import QCAInputError

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(QCAInputError) as raised:
            call(q, lipset)
    assert engine_error_zh(raised.value) == zh, str(raised.value)


def test_the_good_practice_commands_negated_outcome_without_a_solution_has_a_chinese_line(capsys, tmp_path):
    """The good-practice command analyses the negated outcome itself; where it has no positive row the row says so in
    words (recorded from test_qca_standards' runs: the row's one 'has' without a Chinese line): Y of four cases,
    ~Y consistent in no row."""
    import json

    from _cli import run

    from analysis.workshop import engine_note_zh

    data = tmp_path / "neg.csv"
    data.write_text("case,A,B,Y\na,1,1,1\nb,1,1,0\nc,0,0,1\nd,0,1,1\n", encoding="utf-8")
    code, out, err = run(capsys, "good-practice", str(data), "--outcome", "Y", "--incl-cut", "0.8", "--json")
    row = next(r for r in json.loads(out)["standards"] if r["standard"] == "negated outcome analysed separately")
    assert code == 0 and engine_note_zh(row["has"]) == "在这些阈值下没有组态对 ~Y 充分，没有编码为充分的行", row


def test_esas_positive_rows_outside_a_necessary_condition_and_its_recoded_rows_have_a_chinese_line(lipset):
    """Recorded while test_qca_esa ran, without a Chinese line: esa(..., nec_cond=) warns of the positive observed
    rows outside the condition, which ESA keeps (one row, several), and with nec_cond_observed=True it recodes them,
    exclude_rows' warning labelled with the rows blocked by reason."""
    tt = lipset["tt"]
    said = {cond: [engine_warning_zh(w) for w in _warned(lambda: esa(tt, nec_cond=cond)) if "observed positive" in w]
            for cond in ("~LIT", "IND + ~LIT")}
    rest = ("位于它之外，仍编码为充分（ESA 只阻断逻辑余项），因此解可能含有一条不含它的路径，与所假定的必要性相矛盾；请检查必要性的判断，"
            "或用 nec_cond_observed=True（命令行：--nec-cond-observed）把{}也阻断，SetMethods 的 esa() 就是这样做的")
    assert said == {"~LIT": ["必要条件 '~LIT'（ESA）：观察到的、编码为充分的行 22（n 2）、32（n 4）" + rest.format("这些行")],
                    "IND + ~LIT": ["必要条件 'IND + ~LIT'（ESA）：观察到的、编码为充分的行 22（n 2）" + rest.format("这一行")]}
    recoded = [w for w in _warned(lambda: esa(tt, nec_cond="IND + ~LIT", untenable="DEV*URB*LIT*IND*STB",
                                              nec_cond_observed=True)) if "recoded" in w]
    assert len(recoded) == 1 and recoded[0].startswith("ESA (necessity: "), recoded
    blocked = recoded[0].removeprefix("ESA (necessity: ").split("; untenable: ")[0]
    assert engine_warning_zh(recoded[0]) == (f"ESA（必要条件：{blocked}；不可成立的假设：none（其中观察到的行 32 未被阻断））："
                                             "观察到的行（第 22 行）被重新编码为 OUT = 0").replace("none", "无"), recoded


def test_a_warning_every_shifted_anchor_gave_says_so_in_chinese():
    """calibration_anchors ends a warning every setting gave with '(all 13 settings: the baseline and the 12 shifted
    anchors)' (recorded while test_qca_robustness ran): the tasks' reader knew 'all 4 settings' only, so the warning
    had no Chinese line."""
    from analysis.paths import DATASETS
    from analysis.qca.robustness import calibration_anchors

    spec = {"DEV": {"thresholds": "e=350, c=550, i=850"}, "URB": {"thresholds": "e=10, c=12.5, i=25"},
            "LIT": {"thresholds": "e=50, c=75, i=95"}, "IND": {"thresholds": "e=10, c=20, i=35"},
            "STB": {"thresholds": "e=4, c=8, i=8.5"}, "SURV": {"thresholds": "e=-9, c=0, i=9"}}   # URB: every case in
    raw = pd.read_csv(DATASETS / "LR.csv")
    said = [engine_warning_zh(w) for w in _warned(lambda: calibration_anchors(
        raw, spec, 0.2, outcome="SURV", keep=["case"], case_column="case", incl_cut=0.8, sets=["STB"]))
        if "shifted anchors" in w]
    assert said == ["集合 'URB'：每个案例都高于 0.5（原始 'URB' 从 15.3 到 78.8，thresholds 为 'e=10, c=12.5, i=25'）：该集合在类别上"
                    "没有变化（另一侧没有案例），任何分析都无法使用；请检查 thresholds 是否与数据的尺度一致（全部 7 个参数设置：基准及 6 个"
                    "平移后的锚点）"], said


def test_crisp_thresholds_with_a_decimal_comma_have_a_chinese_line():
    """'0,5' as crisp thresholds is two cut points, 0 and 5, as R's calibrate() reads it; where a cut point separates
    no case the engine says how it read them and that a decimal point is written '.' (recorded while
    test_qca_calibrate ran, without a Chinese line): calibrate() and calibrate_frame(), which names the set."""
    from analysis.qca import calibrate, calibrate_frame

    every = [engine_warning_zh(w) for w in _warned(lambda: calibrate([0.1, 0.4, 0.6, 0.9], type="crisp",
                                                                     thresholds="0,5"))]
    assert every == ["thresholds '0,5' 被读作 2 个切分点：0 和 5（',' 分隔各临界值，与 R 的 calibrate() 相同）；切分点 0 和 5 没有分开"
                     "任何案例（原始值从 0.1 到 0.9）；每个案例的隶属度都为 1；若本意是小数，小数点写作 '.'：'0.5'"]
    one = [engine_warning_zh(w) for w in _warned(lambda: calibrate_frame(
        pd.DataFrame({"raw": [1, 2, 3, 4]}), {"A": {"source": "raw", "type": "crisp", "thresholds": "2,5"}}))]
    assert one == ["校准 'A'（取自列 'raw'）：thresholds '2,5' 被读作 2 个切分点：2 和 5（',' 分隔各临界值，与 R 的 calibrate() 相同）；"
                   "切分点 5 没有分开任何案例（原始值从 1 到 4）；若本意是小数，小数点写作 '.'：'2.5'"]


def test_the_rounding_warnings_of_smmr_and_necessity_cases_have_a_chinese_line(capsys, tmp_path):
    """smmr(..., 'deviant coverage') and necessity_cases(..., 'deviant consistency', conditions=...) read TT_row (and
    the outcome) rounded to 3 decimals, as SetMethods does, and warn naming the cases the exact values read otherwise
    (diagnostics._warn_rounding_flips, _warn_nec_rounding_flips); the cases command says the same on stderr. Neither
    warning had a Chinese line (zh17's report). The data: test_qca_smmr_by_hand's, with its flipped cases."""
    from _cli import run
    from test_qca_smmr_by_hand import NEC, SUF

    from analysis.qca import minimize, necessity_cases, smmr

    suf = SUF.copy()
    suf.loc["c5"] = (0.3996, 0.9, 0.1, 0.6001)
    nec = NEC.copy()
    nec.loc["q4"] = (0.2, 0.4996, 0.7)
    nec.loc["q5"] = (0.3996, 0.9, 0.6002)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sol = minimize(truth_table(suf, "Y", ["A", "B", "C"], incl_cut=0.75, pri_cut=0.5), "?")
    coverage = [engine_warning_zh(w) for w in _warned(lambda: smmr(sol, "deviant coverage"))]
    assert coverage == ["覆盖度偏离案例：TT<=Y、案例的顺序和每行中最偏离的案例，都按四舍五入到 3 位小数的 TT_row 和结果读出，与 "
                        "SetMethods 的 smmr 相同；按精确值结论不同的案例：c5（TT_row 0.6004 > 结果 0.6001）；smmr(..., "
                        "exact=True)（命令行：cases --exact）按精确值读取"]
    consistency = [engine_warning_zh(w) for w in _warned(
        lambda: necessity_cases(nec, "Y", "N", "deviant consistency", conditions=["N", "B"]))]
    assert consistency == ["一致性偏离案例：先把 TT_row 四舍五入到 3 位小数，再选取案例（TT_row > 0.5）并读出 TT<=Y，与 "
                           "SetMethods 的 smmr 相同；按精确值结论不同的案例：q4（TT_row 0.5004：它属于其真值表行，四舍五入后为 "
                           "0.5 而被排除）、q5（TT_row 0.6004 > 结果 0.6002）；necessity_cases(..., exact=True)（命令行：cases "
                           "--exact）按精确值读取"]
    data = tmp_path / "suf.csv"
    suf.rename_axis("case").to_csv(data, encoding="utf-8")
    code, _, err = run(capsys, "cases", str(data), "--outcome", "Y", "--conditions", "A,B,C", "--incl-cut", "0.75",
                       "--pri-cut", "0.5", "--type", "deviant coverage")
    said = [engine_warning_zh(line.removeprefix("warning: ")) for line in err.splitlines() if "3 decimals" in line]
    assert code == 0 and said == coverage, err


@pytest.mark.parametrize("call, zh", [
    (lambda q, d: q.necessity(d["lf"], "SURV", ron_cut=np.array([1, 2])),
     "ron_cut 必须是 0 到 1 之间的数（含 0 和 1），现为 array([1, 2])"),
    (lambda q, d: q.super_subset(d["lf"], "SURV", cov_cut=pd.Index(["DEV", "URB"])),
     "cov_cut 必须是 0 到 1 之间的数（含 0 和 1），现为 Index(['DEV', 'URB'], dtype='str')"),
    (lambda q, d: q.coverage(d["lf"]["DEV"], d["lf"]["SURV"], relation=pd.Series([], dtype=float)),
     "relation 只能是 'sufficiency'（充分性）或 'necessity'（必要性）（或 'suf' / 'nec'），现为 Series([], dtype: float64)"),
    (lambda q, d: q.smmr(d["sol"], model=d["sol"]),
     "model 必须是 1..1 之间的模型编号（M1 为 1），现为 <Solution parsimonious: 1 model: DEV*~IND + URB*STB>"),
    (lambda q, d: q.smmr(d["sol"], model=q.necessity(d["lf"], "SURV")),
     "model 必须是 1..1 之间的模型编号（M1 为 1），现为 <NecessityResult SURV: 10 literals, necessary at inclN >= 0.9: "
     "LIT, STB>"),
], ids=["numpy array", "pandas Index", "empty Series", "a result's repr", "a repr holding '>='"])
def test_a_value_printed_as_numpy_pandas_or_a_repr_is_read_as_one_value(lipset, call, zh):
    """The API fuzzer (tools/fuzz_api.py) gives numpy arrays, pandas Indexes and Series, and the engine's own results
    where a number or a choice belongs; the error quotes them as their repr, with blanks, brackets and ':' inside
    ('array([1, 2])', "Index(['DEV', 'URB'], dtype='str')", '<Solution ...: ...>'), which the forms' value (zh_hints
    _GIVEN: a text, a bracketed value or one word) could not read: no Chinese line. Now each is read as one value."""
    import analysis.qca as q
    from analysis.qca import QCAInputError

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(QCAInputError) as raised:
            call(q, lipset)
    assert engine_error_zh(raised.value) == zh, str(raised.value)


@pytest.mark.parametrize("call, zh", [
    (lambda q, d: q.truth_table(d["lf"], "SURV", 0.8),
     "conditions 必须是列名的列表或以逗号分隔的文本，现为 0.8；是把阈值写在了第三个参数（条件的位置）吗？请写明参数名：incl_cut=0.8"
     "（truth_table、super_subset）或 benchmark=0.8（necessity），条件写在第三位，或者不写（即其余各列）"),
    (lambda q, d: q.necessity_cases(d["lf"], "SURV", "LIT", "typical", conditions=["LIT", "DEV"]),
     "conditions 只用于 cases='deviant consistency'（按真值表行排序），现为 cases='typical'"),
    (lambda q, d: q.calibrate_frame(d["lr"], {"DEV": {"thresholds": "e=350, c=550, i=850"}}, keep=["CASE"]),
     "keep 中的列不在数据中：['CASE']"),
    (lambda q, d: q.calibrate_frame(d["lr"], {"DEV": {"thresholds": "e=350, c=550, i=850"}}, keep=3.5),
     "keep 必须是一个列名或列名的列表（原样复制的列，如 keep='case'），现为 3.5 (float)"),
    (lambda q, d: q.negate(d["lf"].reset_index()),
     "x 的列 'case' 每个案例的文本都不同，像是案例名称，不是隶属度：请先把它设为索引，negate(df.set_index('case'))，或只对集合的列"
     "取否定"),
    (lambda q, d: q.good_practice(["M1", "M2"]), "solutions 中必须都是 minimize() 返回的解（Solution），现为 str, str"),
    (lambda q, d: q.contradictory_assumptions(d["sol"], d["neg"], models=["M2"]),
     "['M2'] 中有解里没有的模型名称（解的模型：['M1']）"),
    (lambda q, d: q.smmr_focal_conjuncts(d["sol"], term=3),
     "term 必须是 1..2 之间的项编号，或 ['DEV*~IND', 'URB*STB'] 中的一项，现为 3"),
    (lambda q, d: q.necessity_xy(d["lf"], "SURV"),
     "typology 必须是 necessity_typology() 给出的表（含 case、condition、X、Y 列），现为缺少 condition、X、Y 列的表（数据的"
     "列：['case', 'DEV', 'URB', 'LIT', 'IND', 'STB', 'SURV']）"),
    (lambda q, d: q.necessity_xy("LIT", "SURV"),
     "typology 必须是 necessity_typology() 给出的表（含 case、condition、X、Y 列），现为 str"),
    (lambda q, d: q.smmr_focal_conjuncts(d["sol"], term=1, max_rows=0.5),
     "max_rows 必须是不小于 1 的整数（行数），或 None（全部典型案例），现为 0.5"),
    (lambda q, d: q.permutation_benchmark(d["lf"], "SURV", ["DEV", "URB"], observed=0.9),
     "observed 必须是解的拟合参数，以映射给出：{'inclS': .., 'covS': ..}（例如 solution.models[0].fit），现为 float"),
    (lambda q, d: q.cluster_diagnostics(d["lf"], "DEV", "SURV", unit=3, cluster="WAVE"),
     "unit 必须是单元标识所在列的名称，如 'CASE'，现为 3"),
    (lambda q, d: q.parse_term("DEV", conditions="DEV, URB"),
     "conditions 必须是条件名称的列表，如 ['A', 'B']，现为 'DEV, URB'"),
    (lambda q, d: q.parse_term("DEV", conditions=["DEV", "URB"], noflevels=[2]),
     "noflevels 必须给 2 个条件（'DEV', 'URB'）各一个不小于 2 的水平数（清晰集和模糊集为 2），现为 [2]"),
    (lambda q, d: q.format_expression([[2, 1]], ["DEV"]),
     "蕴涵项必须给 1 个条件（'DEV'）各一个不小于 0 的代码（0 = 不出现，1 = 取否定，2 = 出现，v + 1 = 取值 v），现为 [2, 1]"),
    (lambda q, d: q.format_expression(7, ["DEV"]),
     "implicants 必须是蕴涵项的列表（每个蕴涵项是一串代码，每个条件一个），现为 7"),
    (lambda q, d: q.esa(d["tt"], untenable=d["sol"].models[0]),
     "untenable 必须是条件的表达式，如 '~A*B' 或 'A*B + ~C'；几个组合用 ' + ' 连接（每个不可成立的组合一项），或 None（不排除任何"
     "这样的行）；现为 Model <Model M1: DEV*~IND + URB*STB>"),
    (lambda q, d: q.consistency(np.array([[0.5]]), d["lf"]["SURV"]),
     "x 和 y 必须是同一批案例的隶属度（形状相同）：x 的形状为 (1, 1)，y 的为 (18,)"),
    (lambda q, d: d["tt"].remainders(limit=(1, 2)), "limit 必须是不小于 0 的整数，现为 (1, 2)"),
    (lambda q, d: d["tt"].remainders(limit=np.int64(-1)), "limit 必须是不小于 0 的整数，现为 np.int64(-1)"),
    (lambda q, d: d["tt"].remainders(limit=d["tt"].to_frame()),
     "limit 必须是不小于 0 的整数，现为 {}"),
    (lambda q, d: q.threshold_range(d["lf"], "SURV", ["DEV", "URB"], "incl_cut", 0.05, incl_cut="0.8"),
     "incl_cut 必须是一个数，现为 '0.8'"),
    (lambda q, d: q.threshold_range((1, 2), "SURV", ["DEV", "URB"], "incl_cut", 0.05, incl_cut=0.8),
     "data 必须是非空的 pandas DataFrame（数据表）"),
    (lambda q, d: d["tt"].configs_with(...),
     "TruthTable.configs_with() 的 values 是 ...：提示或示例中的 '...' 只是占位符，不是取值；请在该处写上实际的参数"),
    (lambda q, d: q.permutation_benchmark(d["lf"], "SURV", ["DEV", "URB"], seed="x"), "seed 必须是不小于 0 的整数，现为 'x'"),
    (lambda q, d: q.pof("DEV", d["lf"]),
     "pof() 缺少必需的参数 'outcome'（其参数依次为：expression, data, outcome, relation, case_column, "
     "haesebrouck_consistency, skew_bounds）；R 的 pof(setms, outcome, data) 把结果放在第二位，R 的箭头 'A -> Y' 则把结果写在"
     "表达式中；这里数据在第二位，结果在其后：请写 pof('DEV', data, 'Y')（必要性写 relation='necessity'）"),
    (lambda q, d: q.theory_evaluation(("DEV", "STB"), d["sol"]),
     "theory 必须是以文本写出的条件表达式，例如 'DEV*STB + ~URB'，现为 tuple"),
    (lambda q, d: q.necessity_cases(d["lf"], "SURV", "DEV", case_column=" DEV "),
     "case_column ' DEV ' 不是数据中的列：它要的是数据中一列案例名称；是否想写 'DEV'？（所给名称前后有空格）（数据的列：'DEV', "
     "'URB', 'LIT', 'IND', 'STB', 'SURV'）"),
], ids=["a cut-off third", "conditions of single cases", "keep absent", "keep a number", "negate a case column",
        "solutions of texts", "an unknown model", "a term out of range", "a typology of another table",
        "a typology of text", "max_rows", "observed", "unit", "parse's conditions", "noflevels one short",
        "an implicant's codes", "implicants", "untenable a model", "x and y of other shapes", "a budget's tuple",
        "a budget's numpy number", "a budget's printout on one line", "threshold_range's cut", "threshold_range's data",
        "a method's placeholder", "seed", "pof without its outcome", "a theory not text",
        "a name with blanks around it"])
def test_the_api_fuzzers_other_errors_have_a_chinese_line(lipset, call, zh):
    """Round 55: the API fuzzer's errors (tools/fuzz_api.py, seeds 0 and 1, 600 calls each) without a Chinese line,
    by form, first those a participant meets (conditions given a cut-off, as R takes it third; keep naming no column;
    negate of a frame with its case names; a model or a term that is not there), then the low-level calls
    (parse_term, format_expression). A budget's value with a blank or a bracket (a tuple, np.int64(-1)) was cut at
    its first blank and the rest said as a hint ('现为 (1,；2)'); it is now copied whole."""
    import analysis.qca as q
    from analysis.qca import QCAInputError

    from bad_inputs.catalogue import lf

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        d = {**lipset, "lr": pd.read_csv("data/reference/datasets/LR.csv"),
             "neg": q.minimize(truth_table(lf(), "~SURV", incl_cut=0.8), include="?")}
        with pytest.raises(QCAInputError) as raised:
            call(q, d)
    said = str(raised.value)
    if "{}" in zh:   # the printout as the error quotes it, its length said in Chinese
        zh = zh.format(re.sub(r"… \((\S+) characters\)$", r"…（共 \1 个字符）", said.split("got ", 1)[1]))
    assert engine_error_zh(raised.value) == zh, said


@pytest.mark.parametrize("argv, zh", [
    (["truth-table", LF, "--outcome"], "参数 --outcome：后面缺少它的值（需要一个值）"),
    (["truth-table", LF, "--outcome", "--incl-cut", "0.8"], "参数 --outcome：后面缺少它的值（需要一个值）"),
    (["truth-table", LF, "--outcome", "SURV", "--csv=yes"],
     "参数 --csv 是开关，不取值，现为 'yes'：请只写 --csv（不加 =...）"),
    (["pof", LF, "--outcome", "SURV", "--expression", "DEV", "--keep", "DEV", "--cov-cut", "0.5"],
     "无法识别的参数：--keep DEV --cov-cut 0.5；pof 不接受 --keep（calibrate 接受）；pof 不接受 --cov-cut（super-subset 接受）"),
    (["minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--dir-exp", "1"],
     "--dir-exp '1' 给出了 1 个值，而条件有 5 个（'DEV', 'URB', 'LIT', 'IND', 'STB'）：请按条件的顺序每个条件给一个值，无预期的写 "
     "'-'"),
    (["minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--rows-limit", "5"],
     "--rows-limit 和 --pi-chart 决定 JSON 输出的内容：请加上 --json"),
    (["esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--nec-cond-observed"],
     "--nec-cond-observed 用于 --nec-cond 之外的行：请给出 --nec-cond"),
    (["necessity", LF, "--outcome", "SURV", "--sheet", ""],
     f"--sheet（空值）：{LF} 不是工作簿（.xlsx、.xlsm、.xls、.ods）；只有工作簿（.xlsx、.xlsm、.xls、.ods）才能选择工作表：请去掉 "
     "--sheet"),
    (["necessity", "{tmp}/quote.csv", "--outcome", "SURV"],
     "{tmp}/quote.csv：第 3 行第 1 个字符（第 1 列，'case'）：一个引号（\"）开始了一个单元格，却一直没有关闭：该单元格超过了单元格"
     "最多能容纳的 131,072 个字符（到第 4 行时）；请补上关闭的引号，或删除这个引号"),
], ids=["a flag's value missing at the end", "a flag's value missing before another flag", "a switch given a value",
        "two flags of other commands", "--dir-exp of one value", "--rows-limit without --json",
        "--nec-cond-observed without --nec-cond", "--sheet empty", "a quote never closed"])
def test_the_cli_fuzzers_errors_have_a_chinese_line(capsys, tmp_path, argv, zh):
    """Round 55: the command line's errors the CLI fuzzer gave (tools/fuzz_cli.py flags and files, seed 0) without a
    Chinese line: argparse's 'expected one argument' (a flag's value forgotten: the likeliest of all) and 'ignored
    explicit argument' (--csv=yes), unrecognized arguments with a hint for each of two flags, --dir-exp giving too
    few values, a flag without the flag it works with, --sheet '' (an unset shell variable), and a data file whose
    quote is never closed (the csv module's field limit; the engine named the line where the cell outgrew it, 4 here,
    and names the line and character of the quote: line 3, character 1)."""
    from _cli import run

    (tmp_path / "quote.csv").write_text("case,DEV,SURV\nAU,0.8,1\n\"BE,0.9,1\n" + "x" * 140_000 + "\n",
                                        encoding="utf-8")
    code, _, err = run(capsys, *[a.replace("{tmp}", str(tmp_path)) for a in argv])
    errors = [line.removeprefix("error: ") for line in err.splitlines() if line.startswith("error: ")]
    assert code == 2 and len(errors) == 1, err
    from analysis.qca import QCAInputError

    assert engine_error_zh(QCAInputError(errors[0])) == zh.replace("{tmp}", str(tmp_path)), errors[0]

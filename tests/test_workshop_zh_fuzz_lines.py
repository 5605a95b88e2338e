"""Chinese lines for the engine's messages the fuzzers (tools/fuzz_api.py, tools/fuzz_cli.py) met on seeds no earlier
round scanned, and for the hints a call in R's order of arguments ends with: each test makes the engine say its
message (a call, not a copied string) and reads the workshop's line for it."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import analysis.qca as q
from analysis.paths import DATASETS
from analysis.workshop import engine_error_zh


@pytest.fixture(scope="module")
def lf() -> pd.DataFrame:
    return pd.read_csv(DATASETS / "LF.csv", index_col=0)


def _error(call):
    with pytest.raises(q.QCAInputError) as caught:
        call()
    return caught.value


@pytest.mark.parametrize("call, head, hint", [
    (lambda lf: q.find_rows(), "find_rows() 缺少必需的参数 'tt'（其参数依次为：tt, type, expression, observed）",
     "R QCA 的 findRows(obj, expression, observed, type) 把真值表称为 obj，类型放在最后（旧版为 findRows(expression, obj, "
     "remainders, type)）；这里真值表在前，其后是类型：请写 find_rows(tt, 'untenable', expression='~DEV*IND')（R 的 type = "
     "1）、find_rows(tt, 'csa')（type = 2）、'ssr'（3）、'all'（0）"),
    (lambda lf: q.smmr(), "smmr() 缺少必需的参数 'solution'（其参数依次为：solution, cases, model, exact）",
     "SetMethods 的 smmr(results, outcome, sol, match, cases) 按位置给出结果和模型；这里解本身带有其结果：请写 smmr(sol, "
     "'typical', model=1)（cases = 1）、'deviant consistency'（3）、'deviant coverage'（4）、'irrelevant'（5）；"
     "smmr_focal_conjuncts(sol, term=1)（2）；match = TRUE 时用 smmr_pairs()"),
    (lambda lf: q.threshold_range(lf), "threshold_range() 缺少必需的参数 'outcome'（其参数依次为：data, outcome, conditions",
     "SetMethods 的 rob.inclrange()、rob.ncutrange() 和 rob.calibrange() 在这里是同一个函数，要变动的阈值由第四个参数指明："
     "请写 threshold_range(data, outcome, conditions, 'incl_cut', step, max_runs, incl_cut=...)（或 'n_cut'；"
     "'calibration' 时另给 raw=、calibrate_set=、thresholds=）"),
    (lambda lf: q.cluster_diagnostics(lf), "cluster_diagnostics() 缺少必需的参数 'results'（其参数依次为：data, results",
     "SetMethods 的 cluster(data, results, outcome, unit_id, cluster_id, sol, necessity) 按位置给出 sol 和 necessity；"
     "这里它们是关键字参数：请写 cluster_diagnostics(data, results, outcome, unit, cluster, model=1, necessity=False)"),
    (lambda lf: q.find_rows(lf, "csa", "~DEV", True, 1), "find_rows() 得到了过多的位置参数（其参数依次为：",
     "请写 find_rows(tt, 'untenable', expression='~DEV')（R 的 type = 1）、find_rows(tt, 'csa')（type = 2）、'ssr'（3）、"
     "'all'（0）"),
    (lambda lf: q.pof(lf[["DEV"]], "SURV"), "pof() 缺少必需的参数 'outcome'",
     "R 的 pof() 给定隶属度的数据框时，会给其中的列打分；这里请写 pof('DEV', data, outcome)，或用 pofind(data, outcome, "
     "conditions=['DEV'], relation=...) 给该列及其否定打分（数据：一个同时含有这一列和结果的 DataFrame）"),
    (lambda lf: q.pof(lf, "SURV"), "pof() 缺少必需的参数 'outcome'",
     "R 的 pof() 给定隶属度的数据框时，会给每一列打分；这里请用 pofind(data, outcome, conditions=['DEV', 'URB', 'LIT', "
     "'IND'], relation=...)（只列出了其 6 列中的前 4 列：请补上其余 2 列）给每一列（及其否定）打分，或用 pof('DEV + URB + "
     "LIT + IND', data, outcome) 给它们的并集打分（数据：一个同时含有这些列和结果的 DataFrame）"),
    (lambda lf: q.pof(lf.iloc[:, :0], "SURV"), "pof() 缺少必需的参数 'outcome'",
     "所给的数据框没有列：请给出由数据中的集合写成的表达式，例如 pof('A*~B + C', data, outcome)（数据：一个同时含有这些集合和"
     "结果的 DataFrame）"),
], ids=["find_rows", "smmr", "threshold_range", "cluster_diagnostics", "find_rows-too-many", "pof-one-column",
        "pof-columns", "pof-no-columns"])
def test_a_call_in_rs_order_has_its_hint_in_chinese(lf, call, head, hint):
    """find_rows(), smmr(), threshold_range() and cluster_diagnostics() called without a required argument (or with
    too many) answer with their R counterpart's order and the call to write (r_calls.R_CALL_ORDER), as pof() does, and
    pof() given R's data frame of memberships with what scores its columns (r_calls.pof_frame_hint): only pof's
    R-order hint had a Chinese line, so these calls had none."""
    line = engine_error_zh(_error(lambda: call(lf)))
    assert line is not None and line.startswith(head) and line.endswith(hint), line


def test_a_call_in_rs_order_with_a_hint_the_workshop_cannot_say_gets_no_line(lf):
    """No line rather than half of one: the function's head is known, its hint is not."""
    message = str(_error(lambda: q.smmr()))
    assert engine_error_zh(q.QCAInputError(message.replace("SetMethods' smmr(", "SetMethods' smmr2("))) is None


@pytest.fixture(scope="module")
def solution(lf):
    return q.minimize(q.truth_table(lf, "SURV", incl_cut=0.8), include="?")


@pytest.mark.parametrize("call, zh", [
    (lambda lf, sol: q.ron(lf["DEV"], np.str_("DEV")), "y 必须是 [0, 1] 中的隶属度（一个数或一列数），现为 np.str_('DEV')"),
    (lambda lf, sol: q.smmr_focal_conjuncts(sol, term=np.str_("DEV")),
     "term np.str_('DEV') 不在模型中（DEV*~IND + URB*STB）；是否想写 'DEV*~IND'？"),
    (lambda lf, sol: q.pofind(lf, "SURV", "DEV, URB", case_column=np.str_("URB")),
     "重复的案例名称：0.03；案例名称必须唯一（案例名称列 np.str_('URB')：18 个案例只有 16 个不同的值）：'0.03' 在第 5、6、15 行"),
], ids=["memberships", "term", "case-column"])
def test_a_numpy_text_is_read_as_the_text_it_holds(lf, solution, call, zh):
    """A name or a value given as numpy's text (np.str_: an item of an array of names) is quoted as repr() writes it,
    np.str_('DEV'), which no form read as a text (the API fuzzer's seeds 2, 3, 6, 8, 9): it is read as 'DEV' and
    copied as the message gives it."""
    line = engine_error_zh(_error(lambda: call(lf, solution)))
    assert line is not None and line.startswith(zh), line


def test_a_numpy_text_whose_text_the_message_names_again_gets_no_line():
    """Which 'DEV' is the numpy text's cannot be told when the message names it twice: no line rather than a wrong
    one."""
    message = "term np.str_('DEV') is not in the model (DEV*~IND + URB*STB); did you mean 'DEV'?"
    assert engine_error_zh(q.QCAInputError(message)) is None


@pytest.mark.parametrize("call, zh", [
    (lambda lf, sol: q.smmr(sol, cases=sol.to_dict()),
     "cases 只能是 'typical'（典型）、'deviant consistency'（一致性偏离）、'deviant coverage'（覆盖度偏离）或 'irrelevant'"
     "（个体无关），现为 {'kind': 'parsimonious', 'outcome': 'SURV', 'conditions': ['…（共 1,552 个字符）"),
    (lambda lf, sol: q.calibrate_frame(lf, {"DEV": {"thresholds": "e=0.2, c=0.5, i=0.8"}}, keep=["x" * 1000]),
     "keep 中的列不在数据中：['" + "x" * 58 + "…（共 1,004 个字符）"),
    (lambda lf, sol: q.super_subset(lf, "SURV", ron_cut=lf.T),
     "ron_cut 必须是 0 到 1 之间的数（含 0 和 1），现为 case    AU    BE    CZ"),
], ids=["dict", "list", "frame-transposed"])
def test_a_value_cut_short_is_read_as_one_value(lf, solution, call, zh):
    """A list, a dict or a tuple quoted by its first characters (errors.quoted: "['xxxx… (1,004 characters)", its
    brackets never closed) and a frame's printout cut within a first line led by its columns' name ('case    AU ...',
    a frame transposed) were read by no form (the API fuzzer's seeds 3, 5, 6, 7, 8, 9): each is read as one value and
    copied with its length said in Chinese."""
    line = engine_error_zh(_error(lambda: call(lf, solution)))
    assert line is not None and line.startswith(zh), line



def test_a_frames_printout_given_for_read_datas_sheet_is_read_as_one_value(lf):
    """read_data(path, sheet=df) quotes the frame's printout over several lines after 'sheet=' (the message begins
    with it, no 'got '), which no form read (the API fuzzer's seeds 2 and 6): it is read as one value."""
    line = engine_error_zh(_error(lambda: q.read_data(DATASETS / "LF.csv", sheet=lf)))
    assert line is not None and line.startswith("sheet=       DEV   URB") and line.endswith(
        "不是工作簿（.xlsx、.xlsm、.xls、.ods）；只有工作簿（.xlsx、.xlsm、.xls、.ods）才能选择工作表：调用 read_data 时请不要给 "
        "sheet="), line
    assert "…（共 819 个字符）：" in line

def test_a_remark_in_brackets_before_a_value_cut_short_is_not_read_as_the_value():
    """'(thresholds {…' opens a remark, not the value: the value cut is the dict after it (a form that reads the
    remark whole reads it so; none here: no line)."""
    from analysis.workshop.zh_errors import _cut_repr_span

    message = "threshold 'a' is not a number (thresholds {'a': ['x', 'y… (1,552 characters))"
    start, end = _cut_repr_span(message)
    assert message[start:end] == "{'a': ['x', 'y… (1,552 characters)"


def test_rows_given_as_a_tuple_and_an_id_column_in_an_expression_have_lines(lf, solution):
    """exclude_rows(tt, rows=('DEV', 'URB')) quotes a tuple, which exclude's form did not read; cluster_diagnostics()
    given an expression naming its cluster column had no form (the API fuzzer's seeds 3, 5, 7, 8)."""
    tt = solution.truth_table
    assert (engine_error_zh(_error(lambda: q.exclude_rows(tt, rows=("DEV", "URB"))))
            == "rows：行号必须是整数（如 '7,8,15'），现为 ('DEV', 'URB')")
    panel = pd.read_csv(DATASETS.parent / "r-setmethods" / "LF_panel.csv", index_col=0)
    assert (engine_error_zh(_error(lambda: q.cluster_diagnostics(panel, "DEV*~IND", "SURV", "CASE", "DEV")))
            == "expression 'DEV*~IND'：'DEV' 是聚类标识所在的列，不是条件；表达式只能由条件写成")


_LF = "data/reference/datasets/LF.csv"


@pytest.mark.parametrize("argv, zh", [
    (["truth-table", _LF, "--outcome", "SURV", "--complete", "--json"],
     "--complete 会在表中打印逻辑余项，而 JSON 只含观察到的行：请去掉 --complete 或 --json"),
    (["cases", _LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "typical", "--max-implicants", "1"],
     "质蕴涵项多于 --max-implicants 1 个（5 个条件，2 个正组态和 7 个负组态）；请提高 --max-implicants，或使用更少的条件或更多"
     "的观察案例"),
    (["minimize", _LF, "--outcome", "SURV", "--incl-cut", "0.8", "--max-implicants", "1"],
     "一次合并步骤中的蕴涵项多于 --max-implicants 1 个（5 个条件，2 个组态）；请提高 --max-implicants，或使用更少的条件"),
    (["minimize", _LF, "--outcome", "SURV", "--incl-cut", "0.8", "--max-chart-cells", "1"],
     "质蕴涵项表将有 2 个蕴涵项 × 2 个组态（4 个单元格，多于 --max-chart-cells 1）；请提高 --max-chart-cells，或使用更少的条件"),
    (["cases", _LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "typical", "--nec-cond", "7,8"],
     "cases 的 --nec-cond 只接受一个必要条件（一个集合的案例），现为 2 个：'7', '8'；请对每个条件分别运行一次 cases（esa 可以接受"
     "多个）"),
    (["find-rows", _LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "untenable", "--expression", "DEV,URB"],
     "--expression 'DEV,URB'：多个不可成立的组合用 ' + ' 连接：--expression 'DEV + URB'"),
    (["minimize", _LF, "--outcome", "SURV", "--incl-cut", "0.8", "--conditions", "DEV"],
     "没有可最小化的正组态：结果 SURV 的真值表中没有 OUT = 1 的行（--incl-cut 0.8，各行最高的 incl = 0.775，--n-cut 1），即没有"
     "充分组态；请降低 --incl-cut 或 --n-cut，或检查结果"),
    (["minimize", _LF, "--outcome", "SURV", ""], "无法识别的参数：--outcome SURV 之后的空参数 ''：这是留空的 shell 变量"
     "（\"$VAR\"），或中间没有内容（或只有空格）的引号所产生的；请删去它"),
], ids=["complete-json", "max-implicants", "max-implicants-merging", "max-chart-cells", "cases-nec-conds",
        "untenable-comma", "no-positive-row", "empty-argument"])
def test_the_command_lines_own_words_have_lines(capsys, argv, zh):
    """Errors the command line words with its flags ('more than --max-implicants 1 ...', '(--incl-cut 0.8, ...)',
    "--expression 'DEV + URB'") where the forms read the argument's words only, and its own refusals without a form
    (--complete with --json, cases --nec-cond of two, an empty argument: the CLI fuzzer's flags seeds 1-3)."""
    from _cli import run

    code, _, err = run(capsys, *argv)
    message = err.strip().splitlines()[-1].removeprefix("error: ")
    assert code == 2 and engine_error_zh(q.QCAInputError(message)) == zh, message


def test_the_api_fuzzers_list_of_errors_without_a_chinese_line(monkeypatch):
    """tools/fuzz_api.py --without-chinese lists the engine errors its calls give that the workshop has no line for
    (this round's scan of seeds 2-9): on two small calls, an error with its line is not listed, and the same error
    is once the workshop has none for it."""
    import sys

    from analysis.paths import ROOT

    sys.path.insert(0, str(ROOT / "tools"))
    import fuzz_api

    import analysis.workshop as workshop

    monkeypatch.setattr(fuzz_api, "calls", lambda: {"negate": (q.negate, {"x": [0.5]})})
    monkeypatch.setattr(fuzz_api, "values", lambda: ["abc"])
    said, found = fuzz_api.without_chinese(0, 2)
    assert said == 1 and found == {}
    monkeypatch.setattr(workshop, "engine_error_zh", lambda error: None)
    said, found = fuzz_api.without_chinese(0, 2)
    assert list(found) == ["error: x must be memberships in [0, 1] (a number or a sequence of numbers), got 'abc'"]
    assert found[list(found)[0]] == "negate(x='abc')"


def test_the_cli_fuzzers_list_of_lines_without_a_chinese_line(monkeypatch):
    """tools/fuzz_cli.py --without-chinese lists the error, warning and note lines of its runs the workshop has no line
    for: a run's error line with its line is not listed, one without is, and the fuzzer's own run() is put back."""
    import sys

    from analysis.paths import ROOT

    sys.path.insert(0, str(ROOT / "tools"))
    import fuzz_cli

    plain = fuzz_cli.run
    argv = ["truth-table", "data/reference/datasets/LF.csv", "--outcome", "SURV", "--complete", "--json"]
    monkeypatch.setattr(fuzz_cli, "fuzz_flags", lambda rng, runs, folder: fuzz_cli.run(argv) and {})
    said, found = fuzz_cli.without_chinese("flags", 0, 1)
    assert said == 1 and found == {} and fuzz_cli.run is plain
    monkeypatch.setattr(fuzz_cli, "_line_zh", lambda line: None)
    said, found = fuzz_cli.without_chinese("flags", 0, 1)
    assert list(found) == ["error: --complete prints the remainders in the table; the JSON holds the observed rows: "
                           "leave out --complete or --json"] and fuzz_cli.run is plain


@pytest.mark.parametrize("call, zh", [
    (lambda lf: q.calibrate(pd.Series([float("inf"), 1.0, 2.0]), thresholds=[1, 2, 3]),
     "x 有 1 个无穷大的值（inf），位于索引 0：校准需要有限的原始数值（是除以 0 得到的比值吗？）；请改正它，或删去这个案例"),
    (lambda lf: q.calibrate({"a": 1}, thresholds=[1, 2, 3]), "x 必须是一维的（一列原始数值），现在的形状为 ()"),
    (lambda lf: q.calibrate(lf["DEV"] * 10, thresholds=("DEV",)), "临界值 'DEV' 不是数字（thresholds 为 ('DEV',)）"),
    (lambda lf: q.calibrate(b"", thresholds=[2, 5, 8]),
     "calibrate 需要待校准的原始数值，现为文本 \"b''\"：是列名吗？请传入这一列的值，calibrate(df[\"b''\"], ...)；一次校准多个"
     "集合用 analysis.qca.calibrate_frame(df, {\"b''\": {'thresholds': ...}})"),
    (lambda lf: q.coverage(1j, lf["SURV"]), "x 必须是 [0, 1] 中的隶属度（数字），现为 complex128 类型的值，如 1j"),
], ids=["infinite", "not-one-dimensional", "thresholds-tuple", "bytes-name", "complex"])
def test_calibrates_and_the_measures_fuzzed_refusals_have_lines(lf, call, zh):
    """calibrate's refusals of infinite raw values and of x of another shape had no form, its thresholds given as a
    tuple and a name quoted in double quotes (a text holding ') were not read, nor the measures' memberships of
    complex numbers (the API fuzzer's seeds 3, 4, 6, 7, 9)."""
    assert engine_error_zh(_error(lambda: call(lf))) == zh


def test_the_cluster_commands_csv_heading_note_has_a_line(capsys):
    """cluster --csv writes each expression's heading as a note on stderr (the CSV holds the table): no line."""
    from _cli import run

    from analysis.workshop.zh_notes import engine_note_zh

    code, _, err = run(capsys, "cluster", "data/reference/r-setmethods/LF_panel.csv", "--outcome", "SURV",
                       "--expression", "DEV*~IND", "--unit", "CASE", "--cluster", "WAVE", "--csv")
    note = next(line for line in err.splitlines() if line.startswith("note: cluster: "))
    assert code == 0 and engine_note_zh(note.removeprefix("note: ")) == (
        "cluster：DEV*~IND 的聚类诊断（充分性）：合并一致性 0.846，组间-合并距离 0.027，组内-合并距离 0.065")

"""The Chinese lines of bad-input catalogue rows (tests/bad_inputs/catalogue.py) that had none: a researcher's own
data and files (a calibration file's codes, ...), read off the message the row's user sees (the command's error:
or warning: line, or the API's error), through analysis/workshop/'s engine_error_zh and engine_warning_zh."""
from __future__ import annotations

import re

import pytest
from _qca_warnings import qca_warnings
from test_workshop_rare_lines import _catalogue_message

from analysis.qca import QCAInputError
from analysis.workshop import engine_error_zh, engine_warning_zh

_ID = dict(ids=lambda value: value if re.fullmatch(r"[\w-]+", value) else "zh")
_YAML = "tests/bad_inputs/calibrate_codes_{}.yaml："


@pytest.mark.parametrize("bad_id, zh", [
    ("calibrate-codes-label-missing",
     _YAML.format("label_missing") + "校准 'SURV'（取自列 'SURV'）：标签 '否' 不在 codes 中（位于案例 'AU', 'EE', 'DE', "
     "'GR'；codes：'是'）：请把它加入该集合的 codes 并给出隶属度，或改正这些单元格"),
    ("calibrate-codes-with-thresholds",
     _YAML.format("with_thresholds") + "spec['SURV']：codes 给出每个标签的隶属度，因此该集合是重新编码，而不是校准：请去掉 "
     "type, thresholds（或去掉 codes，以校准该列）"),
    ("calibrate-codes-quoted-memberships",
     _YAML.format("quoted_memberships") + "spec['SURV']：codes['是'] 必须是隶属度，即 0 到 1 之间的数（1 表示属于该集合，0 "
     "表示不属于），现为 str '1'：请写 1，不加引号的数字"),
    ("calibrate-codes-list",
     _YAML.format("list") + "spec['SURV']：codes 必须把原始列的每个标签对应到它的隶属度，例如 codes: {是: 1, 否: 0}（Python "
     "中写作 {'是': 1, '否': 0}），现为 ['是', '否']"),
    ("calibrate-codes-out-of-range",
     _YAML.format("out_of_range") + "spec['SURV']：codes['是'] 必须是隶属度，即 0 到 1 之间的数（1 表示属于该集合，0 表示"
     "不属于），现为 int 100；是百分数吗？请写 1"),
    ("calibrate-frame-codes-label-twice", "spec['Y']：codes 把标签 '1' 写了两次；每个标签只写一次"),
], **_ID)
def test_a_calibration_files_codes_refused_have_a_chinese_line(bad_id, zh):
    """A yes/no column recoded by a set's codes (calibrate --spec, calibrate_frame: {codes: {'是': 1, '否': 0}}, new
    last round for a Chinese researcher's 是/否 column) was refused with no Chinese line: a label of the data the codes
    miss, codes beside thresholds, a membership quoted, a percentage or out of [0, 1], codes as a list, a label named
    twice. Each now has its line, the file and the set said first, the hints after."""
    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


def test_several_labels_missing_from_codes_are_said_as_them():
    """The labels the codes miss, five at most, are said as the engine lists them, '等' for the rest, and 'them'."""
    said = engine_error_zh(QCAInputError("labels 'a', 'b', 'c', 'd', 'e' ... not in codes (at country 'X', 'Y' ...; "
                                         "codes: '是', '否'): add them to the set's codes with a membership, or correct "
                                         "the cells"))
    assert said == ("标签 'a', 'b', 'c', 'd', 'e' 等 不在 codes 中（位于country 'X', 'Y' ...；codes：'是', '否'）：请把它们加入"
                    "该集合的 codes 并给出隶属度，或改正这些单元格")


@pytest.mark.parametrize("bad_id, zh", [
    ("calibrate-keep-yes-no",
     "--keep SURV：它的单元格是“是/否”标签（'否', '是'），原样复制为文本，而分析不接受这样的集合；要分析它，请不要保留它，而是在 "
     "tests/bad_inputs/calibrate_keep_yes_no.yaml 中重新编码：SURV: {codes: {'是': 1, '否': 0}}"),
    ("calibrate-codes-constant",
     _YAML.format("constant") + "集合 'SURV'：每个案例都高于 0.5（原始列 'SURV' 只有 '是'，codes 为 '是': 1, '否': 0）：该集合在"
     "类别上没有变化（另一侧没有案例），任何分析都无法使用；请检查该列和 codes"),
], **_ID)
def test_a_calibration_files_codes_warned_have_a_chinese_line(bad_id, zh):
    """The calibrate command's warnings of a set's codes (--keep of a yes/no column to recode instead; codes that put
    every case on one side of 0.5) had no Chinese line."""
    assert engine_warning_zh(_catalogue_message(bad_id, kind="warning")) == zh


_LF = "data/reference/datasets/LF.csv"
_COLUMNS = "（数据的列：'DEV', 'URB', 'LIT', 'IND', 'STB', 'SURV'）"


@pytest.mark.parametrize("bad_id, zh", [
    ("cli-outcome-not-a-column",
     f"--outcome 'SURVIVAL' 不是 {_LF} 中的列：结果须是该文件中某一列的名称；是否想写 'SURV'？{_COLUMNS}"),
    ("fullwidth-letters-outcome-cli",
     f"--outcome 'ＳＵＲＶ' 不是 {_LF} 中的列：结果须是该文件中某一列的名称；是否想写 'SURV'？（所给名称含全角字符（中文输入法"
     f"输入））{_COLUMNS}"),
    ("cli-value-kept-quotes",
     f"--outcome ''SURV'' 不是 {_LF} 中的列：结果须是该文件中某一列的名称{_COLUMNS}；值 'SURV' 保留了引号（Windows 的 "
     "cmd.exe 只认双引号）：请写 \"SURV\"（双引号）或 SURV"),
    ("cli-case-column-unknown",
     f"--case-column country：案例列 'country' 不是 {_LF} 中的列：它要的是文件中一列案例名称（数据的列：'case', 'DEV', "
     "'URB', 'LIT', 'IND', 'STB', 'SURV'）"),
    ("cli-raw-case-column-unknown",
     "--raw-case-column country：案例列 'country' 不是 data/reference/datasets/LR.csv 中的列：它要的是文件中一列案例名称（数据"
     "的列：'case', 'DEV', 'URB', 'LIT', 'IND', 'STB', 'SURV'）"),
    ("drop-missing-cases-unknown-column", f"列 'urb' 不在数据中；是否想写 'URB'？（名称区分大小写）{_COLUMNS}"),
    ("conditions-minus",
     "--conditions '-DEV'：'-DEV' 不是列；条件只写名称，不加 '-' 或 '~'（分析会同时考虑每个条件的存在与缺失）：请写 "
     "--conditions DEV；要去掉 DEV，请列出其余的条件：--conditions URB,LIT,IND,STB"),
    ("condition-named-case",
     "tests/bad_inputs/condition_named_case.csv：列 'case' 因其名称被当作案例名称，但它存放的是数字，2 个案例为 '0.58'，像集合"
     "的隶属度：是名为 'case' 的条件吗？名称 'case' 留给案例名称列，而 'country' 的每个案例名称都不同：请写 --case-column "
     "country（这样 'case' 就作为集合读取；或给它改名，例如 'case_set'）"),
    ("solution-intermediate-no-dir-exp",
     "--solution intermediate 需要 --dir-exp，即其反事实的方向性预期，例如 --dir-exp 1,1,1,1,1（按条件的顺序每个条件一个值："
     "DEV, URB, LIT, IND, STB；'-' 表示无预期）"),
    ("solution-dir-exp-conflict", "--dir-exp 给出的是中间解，而不是复杂解：请去掉 --dir-exp，或写 --solution intermediate"),
    ("pof-printed-model-line",
     "--expression 'M1: DEV*URB + (DEV*~IND) -> SURV' 是解打印出的模型；请只写它的项：--expression 'DEV*URB + DEV*~IND'（去掉"
     "其标签 'M1:'；箭头和结果 '-> SURV'（另行给出）；R 的圆括号（标出并非每个模型都有的项））"),
    ("theory-printed-model-line",
     "--theory 'DEV*STB + (URB*LIT) -> SURV' 是解打印出的模型；请只写它的项：'DEV*STB + URB*LIT'（去掉箭头和结果 '-> SURV'"
     "（另行给出）；R 的圆括号（标出并非每个模型都有的项））"),
    ("plot-unknown-term", "--term 'DEV*URB' 不在模型中（DEV*~IND + URB*STB）"),
    ("plot-out-under-a-file", f"--out {_LF}/xy.png：{_LF} 是文件，不是文件夹"),
    ("chart-figure-unknown-model", "model='M9' 不是该组态图的模型：它有 M1, M2"),
], **_ID)
def test_a_researchers_own_file_and_flags_refused_have_a_chinese_line(bad_id, zh):
    """A researcher's own file and flags on the command line (an outcome or case column not in the file, typed with
    full-width letters or kept in cmd.exe's single quotes, '-DEV' among the conditions, a condition named 'case', an
    intermediate solution without --dir-exp, a model line pasted from a printout, a term not in the model, a figure
    under a file) and the API's like refusals were said in English alone. Each now has its Chinese line, the names
    meant and the columns said after it as for any error; cmd.exe's kept quotes are a hint every error can end with."""
    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


def test_a_term_named_by_its_number_as_text_is_told_the_number():
    said = engine_error_zh(QCAInputError("term '2' is not in the model (DEV*~IND + URB*STB); write 2, a number (the "
                                         "model's term 2, 'URB*STB'), or the term's text"))
    assert said == "term '2' 不在模型中（DEV*~IND + URB*STB）；请写 2，即一个数（模型的第 2 项，'URB*STB'），或项的文本"


def test_a_level_for_every_case_is_warned_in_chinese_with_the_case_column_to_pass():
    """A region code 0, 1, 2, 3 for four cases, read as a multi-value condition that separates every case (the
    catalogue's few-cases-region-code, on the command line), warned in English alone; the API's warning adds the
    case column to pass."""
    import warnings

    import pandas as pd

    from analysis.qca import QCAWarning, truth_table

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        truth_table(pd.DataFrame({"REG": [0, 1, 2, 3], "A": [0, 1, 0, 1], "Y": [0, 1, 1, 0]}), "Y", ["REG", "A"])
    message = next(str(w.message) for w in caught if issubclass(w.category, QCAWarning) and "REG" in str(w.message))
    assert engine_warning_zh(message) == (
        "条件 'REG' 在 4 个案例中每个案例的水平都不同（0, 1, 2, 3）：作为多值集合读取时，它把每个案例放进自己独有的组态，因此"
        "仅凭它自己就区分了所有案例（解也可能写出某一个案例的水平）；若 'REG' 是代码（地区、每个案例一个编号），请把它从条件中"
        "去掉（若它给出案例的名称，请写 case_column='REG'；命令行：--case-column REG）；若它是一个测量，请先校准"
        "（analysis.qca.calibrate；命令行：python -m analysis.qca calibrate DATA --spec SPEC）")


@pytest.mark.parametrize("wrapped, alone", [
    ("untenable 'DEV*XX': {}", "unknown condition 'XX' in term 'DEV*XX'; {hint} (conditions: 'DEV', 'URB')"),
    ("--theory 'DEV*XX': {}", "unknown condition 'XX' in term 'DEV*XX'; {hint} (conditions: 'DEV', 'URB')"),
    ("the initial specification: {}", "incl_cut must lie in [0, 1], got '80'; {hint}"),
    ("refused by the engine's search budgets: {}", "incl_cut must lie in [0, 1], got '80'; {hint}"),
    ("budgets of sweep: {}", "max_work must be a positive whole number, got '1,000'; {hint}"),
], **_ID)
@pytest.mark.parametrize("hint", ["a percentage? write 0.8", "a hint the workshop cannot say"], **_ID)
def test_an_error_quoted_by_another_keeps_its_hints_once(wrapped, alone, hint):
    """An error quoting another after its own words (an expression argument's check of its expression, the robustness
    protocol's initial specification or budgets, calibrate_frame's set) had its quoted error's line without the hints
    past that line's own form: a hint the workshop cannot say was lost (said in English where the error stands alone),
    and a hint the line of the quoted error said itself was said twice. The quoted error is now said as it is alone,
    its hints once, the others kept in English."""
    alone = alone.format(hint=hint)
    line = engine_error_zh(QCAInputError(alone))
    assert line is not None and ("是百分数吗？请写 0.8" in line or hint in line), line
    said = engine_error_zh(QCAInputError(wrapped.format(alone)))
    assert said is not None and said.endswith(line) and said.count(line) == 1, said


@pytest.mark.parametrize("bad_id, zh", [
    ("cli-ron-cut-sufficiency",
     "--ron-cut 0.5 只适用于 --relation 'necessity'（RoN 是必要性的度量）；在 --relation 'sufficiency' 时请保持为 0，或改用 "
     "--pri-cut"),
    ("api-pri-cut-necessity",
     "pri_cut=0.5 只适用于 relation='sufficiency'（PRI 是充分性的度量）；在 relation='necessity' 时请保持为 0，或改用 ron_cut"),
    ("cli-dir-exp-without-remainders",
     "--dir-exp 需要 --include '?'（给了 --dir-exp，而 --include ''）：中间解只在简约解所用的逻辑余项中选择"),
    ("outcome-positional",
     "缺少必需的参数：--outcome；请写 --outcome SURV（结果用 --outcome 给出，不是数据文件之后的第二个参数）"),
    ("outcome-flag-missing-cli",
     "缺少必需的参数：--outcome；请给出结果所在的列，--outcome NAME（数据的列：'DEV', 'URB', 'LIT', 'IND', 'STB', 'SURV'）"),
    ("pof-expression-positional-cli",
     "缺少必需的参数：--outcome, --expression；请写 --expression 'DEV*URB' --outcome SURV（pof 用参数给出表达式和结果，而不是"
     "写在数据文件之后：R 的箭头 '->' / '<-' 给出结果和关系）"),
    ("esa-extra-positional",
     "esa() 得到 5 个位置参数，但最多只接受 4 个（依次为：tt, nec_cond, untenable, contradictory_rows）；其余参数只能以关键字"
     "给出：nec_cond_observed=..., ron_cut=...；一个参数的多个名称或值请放进一个列表，例如 ['A', 'B']，不要一个接一个地写"),
], **_ID)
def test_a_flag_or_argument_misplaced_has_a_chinese_line(bad_id, zh):
    """The command line's own refusals of its flags (argparse's required --outcome or --expression, with the hint of
    the outcome or the expression written after the data file, or the data's columns; --ron-cut with sufficiency;
    --dir-exp with --include '') and the API's like refusals (pri_cut with necessity; esa() given its names one after
    another) were said in English alone."""
    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("bad_id, zh", [
    ("cases-term-without-focal", "--term 只适用于 --type focal-conjuncts 或 --pairs，不适用于 'typical'"),
    ("cases-pairs-by-focal", "--by 只能是 'term'（用于 'typical-deviant consistency' 对），现为 'focal conjunct'"),
    ("cases-by-empty", "--by 只能是 'focal conjunct' 或 'term'（用于 'typical-typical' 对），现为 ''"),
    ("cases-nec-typical-conditions",
     "--conditions 只适用于有 --nec-cond 时的 --type deviant-consistency（按条件的真值表行排序）和 --pairs "
     "typical-deviant-consistency，不适用于 --type typical"),
    ("cases-exact-typical",
     "--exact 只适用于解的 --type deviant-coverage 和有 --nec-cond 时的 --type deviant-consistency（它们的 TT_row 和 TT<=Y "
     "取自精确的隶属度），不适用于 --type typical"),
    ("cases-pairs-by-term-with-term",
     "--term 只适用于按一个项的焦点合取项所配的对，不适用于按项所配的 'typical-irrelevant' 对（模型的每个项一张表），现为 "
     "--term 9；请去掉它"),
    ("cases-pairs-row-with-term",
     "--term 只适用于按一个项的焦点合取项所配的对，不适用于按真值表行所配的 'deviant coverage-irrelevant' 对（整个解一张表），"
     "现为 --term 2；请去掉它"),
    ("smmr-pairs-by-term-with-term",
     "term 只适用于按一个项的焦点合取项所配的对，不适用于按项所配的 'typical-typical' 对（模型的每个项一张表），现为 term=2；"
     "请去掉它"),
    ("smmr-cases-series", "smmr() 的 cases 只接受一个文本，现为形状为 18 的 Series，例如 cases='typical'"),
    ("necessity-cases-conditions-number", "conditions 必须写出真值表的条件（列表，或文本 'A, B, C'），现为 int"),
    ("good-practice-benchmark-number",
     "benchmark 必须是 permutation_benchmark() 的结果（含 share_fitting_as_well, assignments, n_positive, exact 的映射），"
     "现为 float"),
    ("good-practice-seed-without-permutations",
     "--seed 5 是置换基准抽取的种子，而只有 --permutations N 才进行这些抽取：请给出 --permutations N，或去掉 --seed"),
    ("good-practice-seed-exact",
     "--seed 5 是随机抽取的种子；--permutations exact 列举每一种分配，不做任何抽取：请去掉 --seed，或给出抽取次数，例如 "
     "--permutations 20000"),
    ("good-practice-permutations-exclude",
     "--permutations 按每个随机结果的真值表原样评分；--exclude 手工把某些行编码为 OUT = 0，而随机结果不会重复这一点：请去掉"
     "其中一个"),
    ("good-practice-permutations-exact-too-many",
     "--permutations exact 最多列举 1,000,000 种正结果的分配；这些案例的分配更多：请给出抽取次数，例如 --permutations 20000"),
    ("good-practice-permutations-fuzzy",
     "--permutations：permutation_benchmark 需要清晰集：0/1 或多值（0, 1, 2, ...）条件和 0/1 结果（模糊集的案例在每一行都有"
     "隶属度）；不是清晰集的：DEV, URB, LIT, IND, STB, SURV"),
    ("good-practice-sweep-varies",
     "robustness：第 1 行（sweep 'include'）的 'varies' 列：'inclusion' 不是检验所改变的参数；可用的有：incl_cut、pri_cut、"
     "n_cut、calibration 或 cases（用 '+' 连接多个，如 'incl_cut+n_cut'）"),
    ("good-practice-power-as-text",
     "robustness：'has_power' 列的每一行都必须是 True 或 False（或 1 / 0），现为第 1 行（sweep 'incl_cut'）：'True', 第 2 行"
     "（sweep 'calibration'）：'False'；'False' 这样的文本不是布尔值：请给出 True / False，例如 df['has_power'] = "
     "df['has_power'].map({'True': True, 'False': False})"),
    ("good-practice-changes-missing",
     "robustness：'truth_table_changed' 列的每一行都必须是计数（0, 1, 2, ...：改变真值表的设定个数），现为第 2 行（sweep "
     "'calibration'）：nan"),
], **_ID)
def test_case_diagnostics_and_good_practice_refused_have_a_chinese_line(bad_id, zh):
    """The cases command's flags outside the kinds of cases they apply to (--term, --by, --conditions, --exact),
    smmr_pairs' term and smmr's cases as a Series, the diagnostics' conditions as a number, and good_practice's checks
    (its benchmark, --seed and --permutations, a robustness table's columns) were refused in English alone."""
    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("bad_id, zh", [
    ("necessity-cases-setmethods-number",
     "cases 只能是 'typical'（典型）、'deviant consistency'（一致性偏离）或 'deviant relevance'（相关性偏离），现为 1；SetMethods "
     "的 smmr(necessity = TRUE, cases = 1)（典型案例）在这里是 necessity_cases(data, outcome, nec_cond, 'typical')：这里的类型用"
     "名称而不是编号（SetMethods 的 1、2、3 即 'typical'、'deviant consistency'、'deviant relevance'）"),
    ("find-rows-in-r-order",
     "find_rows(tt, type, expression)：真值表在前，现在文本 '~DEV*IND' 在前、真值表在后（旧版 R QCA 的顺序，findRows(expression, "
     "obj)）；请写 find_rows(tt, 'untenable', expression='~DEV*IND')"),
    ("pof-in-r-order",
     "pof() 的参数 'data' 得到了多个值（其参数依次为：expression, data, outcome, relation, case_column, "
     "haesebrouck_consistency, skew_bounds）；R 的 pof(setms, outcome, data) 把结果放在第二位，R 的箭头 'A -> Y' 则把结果写在"
     "表达式中；这里数据在第二位，结果在其后：请写 pof('DEV*URB + ~LIT', data, 'SURV')（必要性写 relation='necessity'）"),
], **_ID)
def test_a_call_in_rs_order_has_a_chinese_line(bad_id, zh):
    """A call written in R's or SetMethods' order (pof(expression, outcome, data), older R QCA's findRows(expression,
    obj), SetMethods' numbered necessity case types) was refused in English alone; necessity_cases' type of cases had
    no Chinese line in any form."""
    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


def test_a_necessity_case_type_misspelt_is_told_the_one_meant():
    said = engine_error_zh(QCAInputError("cases must be 'typical', 'deviant consistency' or 'deviant relevance', got "
                                         "'typcal'; did you mean 'typical'?"))
    assert said == ("cases 只能是 'typical'（典型）、'deviant consistency'（一致性偏离）或 'deviant relevance'（相关性偏离），"
                    "现为 'typcal'；是否想写 'typical'？")


_DASK_END = ("扫描运行的一切都以 pickle 形式传到工作进程，因此{}，或在 Dask 后端的 parallel_config 块之外运行这次扫描（n_jobs=1，在本进程"
             "中）")


@pytest.mark.parametrize("bad_id, zh", [
    ("multiindex-columns",
     "数据的列是 2 层的 MultiIndex（第一列为 ('sets', 'DEV')）：QCA 用一个名称命名每个集合；请去掉每一列都取同一值的那一层："
     "df.droplevel(0, axis=1)（之后第一列为 'DEV'）"),
    ("columns-named-by-tuples",
     "数据的列以 2 部分的元组命名（第一列为 ('sets', 'DEV')；由 MultiIndex 展平而来）：QCA 用一个名称命名每个集合；请保留有变化"
     "的那一部分：df.columns = [c[1] for c in df.columns]（之后第一列为 'DEV'）"),
    ("nameless-column",
     "数据的第 2 列没有名称（nan），因而没有集合名称，而条件取自每一列：请给它命名（df.columns = [...]），或列出条件："
     "conditions='DEV, LIT, IND, STB'"),
    ("column-names-one-text", "列 1 和 '1' 都是集合名称 '1'（集合以其列名的文本命名）：请给其中一个改名"),
    ("case-column-series",
     "case_column 必须是数据中案例名称列的名称，现为名为 'case' 的 pandas Series（18 个值）：请给出列名，写作 case_column='case'，"
     "或把这些值设为索引来命名案例（df.index = <它们>），并去掉 case_column"),
    ("conditions-series",
     "conditions 必须是列名（列表或以逗号分隔的文本），现为名为 'DEV' 的 pandas Series（18 个值），其值不是列名：请给出列名，写作 "
     "conditions=['DEV']；数据表中已有这些值"),
    ("measure-of-numbers-as-text",
     "x 必须是 [0, 1] 中的隶属度（数字），现为文本，如 '0.81'：这是写成文本的数字；请先转换该列：pd.to_numeric(x)"),
    ("measure-of-two-columns",
     "x 必须是一个集合的隶属度（一列、一个 Series 或一个列表），现为有 2 列的 DataFrame（'DEV', 'URB'）：请给出一列，例如 "
     "df['DEV']；要取它们的合取，用 term_membership(df, 'DEV*URB')；或逐个度量"),
    ("string-view-column",
     "列 'DEV' 的值是 pyarrow string_view，pandas 无法把它们转换为数字或文本（会引发 NotImplementedError）：请先转换："
     "df['DEV'] = pd.array(df['DEV'].tolist(), dtype='str')"),
    ("dask-unpicklable-summarize",
     "设定 incl_cut=0.8 无法发送到 Dask 工作进程：序列化（pickle）失败（TypeError: cannot pickle '_thread.lock' object）。"
     + _DASK_END.format("传给它的回调函数（summarize）不能持有锁、打开的文件或连接：请在模块顶层定义它，并以普通的值给它所需的"
                        "东西")),
    ("dask-unpicklable-data-column",
     "设定 incl_cut=0.8 无法发送到 Dask 工作进程：其数据的列 'note' 无法序列化（pickle）（TypeError: cannot pickle "
     "'_thread.lock' object）。" + _DASK_END.format("其数据只能含普通的值（数字、文本），不能含锁、打开的文件或连接：请删除该列"
                                                   "或把它转为文本")),
], **_ID)
def test_a_pandas_users_frames_refused_have_a_chinese_line(bad_id, zh):
    """A researcher calling the API on their own pandas frames (columns of two levels or tuples, a nameless column, 1
    and '1', a column's values for its name, memberships as text or two columns for one set, pyarrow's string_view)
    or a sweep on a Dask cluster whose task cannot be pickled was refused in English alone."""
    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("bad_id, zh", [
    ("too-many-conditions",
     "给出了 41 个条件；最多支持 40 个，因为精确最小化（每个质蕴涵项和每个最小模型）随条件数目呈指数增长，超过这个数目几乎每个"
     "组态都是未观察到的逻辑余项；请减少条件（例如用两步 QCA 或依据理论）"),
    ("term-contradiction",
     "项 'A*~A' 要求 'A' 同时取两个值：这是矛盾（在清晰集和多值数据中为空集；在模糊集中为 min(A, 1 - A)，没有案例属于它多于不"
     "属于它）；每个条件只写一次"),
    ("term-mv-without-value", "条件 'DEV' 是多值条件：请写 DEV[v]，其中 v 在 0..2 之中"),
    ("conditions-as-set",
     "以 set 给出的条件 ['DEV', 'LIT', 'URB'] 没有顺序，而条件的顺序决定真值表各列的顺序和每个项中文字的顺序（集合的顺序每次"
     "运行都会变）；请给出列表或以逗号分隔的文本"),
    ("spec-ranges-mapping",
     "tests/bad_inputs/spec_ranges_mapping.yaml：'ranges' 必须是范围的列表，现为映射（键 'parameter', 'step'）：请把每个范围"
     "写成列表的一项，'- {parameter: incl_cut, step: 0.01}'"),
    ("spec-ranges-number", "tests/bad_inputs/spec_ranges_number.yaml：'ranges' 必须是范围的列表，现为 20"),
    ("find-rows-csa-expression",
     "--type 'csa' 不接受表达式，也不接受 --observed：它们用于选择不可成立的行（type 'untenable' 或 'all'）"),
    ("include-twice-api",
     "include 中 'C' 出现了两次（['?', 'C', 'C']）；每项只写一次：''（都不用）、'?'（逻辑余项）、'C'（矛盾行）或 '?,C'（两者）"),
    ("simplifying-rows-model-twice", "models 中 'M1' 出现了两次（['M1', 'M1']）；每个模型只写一次"),
    ("benchmark-sentence-outcome-bracketed", "outcome 必须是结果的名称（不带括号的文本）或 None，现为 'EFF (good)'"),
    ("chain-cli-outcome-not-a-set",
     "--outcomes：'Q' 不是 data/reference/datasets/d.educate.csv 中的集合（集合：U, D, L, G, E）"),
    ("parallel-config-n-jobs-0",
     "n_jobs 为 None，因此适用 joblib.parallel_config 的 n_jobs：它必须是 None，或 -1024 到 1024 之间、不为 0 的整数（-1：使用"
     "全部核心），现为 0"),
], **_ID)
def test_the_engines_other_refusals_of_own_data_have_a_chinese_line(bad_id, zh):
    """The engine's other refusals a researcher's own data and calls meet (more than 40 conditions, a term asking a
    condition two values, a multi-value condition without its value, conditions as a Python set, a sweep file's
    ranges not a list, find-rows --type csa with an expression, include or models naming an item twice as a list, an
    outcome in brackets, chain --outcomes naming no set, joblib's parallel_config(n_jobs=0)) were said in English
    alone."""
    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("bad_id, zh", [
    ("case-names-only",
     "--outcome 'SURV' 不是 tests/bad_inputs/case_names_only.csv 中的列：结果须是该文件中某一列的名称（数据中除了案例名称 'case' "
     "之外没有别的列；请把各集合也导出）"),
    ("pof-multivalue-set", "--expression 'DEV[1,2]'：多值文字只取一个值，例如 DEV[2]；要取多个值请写成和：DEV[1] + DEV[2]"),
    ("pof-negated-mv-literal",
     "'~DEV[1]' 是 DEV 的其他取值（0, 2），不是一个文字：请写成它们的和，DEV[0] + DEV[2]（在乘积中，每个取值一项："
     "DEV[0]*STB[1] + DEV[2]*STB[1]）"),
    ("pof-multi-value-call",
     "expression 'DEV(2)*STB'：不支持括号；条件的取值写在方括号中：'DEV(2)' 写作 DEV[2]（R QCA 的多值写法；“名称=值”对是 "
     "dir_exp 的写法）"),
    ("case-column-is-outcome", "--case-column SURV：该列是结果；案例列存放的是案例的名称（默认：'case'）"),
    ("exclude-csa-by-name",
     "--exclude：行号必须是整数（如 '7,8,15'），现为 'csa'；'csa' 是一类行的名称，不是行号：请用 find-rows --type csa 列出"
     "它们，或用 esa --csa 排除它们"),
    ("flag-rows-underscore", "--exclude：行号必须是整数（如 '7,8,15'），现为 '1_0'；请写 10（只用数字 0-9，数字组之间不加 '_'）"),
], **_ID)
def test_an_expression_a_column_or_rows_written_otherwise_have_a_chinese_line(bad_id, zh):
    """An outcome missing from a file of case names alone, a multi-value literal of several values, negated or
    written DEV(2), the outcome given as the case column, and --exclude's rows named by their kind ('csa': the
    command line's own way to them) or grouped with '_' were refused in English alone."""
    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


def test_a_condition_that_is_the_outcome_is_warned_in_chinese():
    """A fuzzy condition with the memberships of the outcome's negation (or of the outcome) in every case: a column
    copied or swapped, warned in English alone."""
    message = _catalogue_message("condition-is-the-negated-outcome", kind="warning")
    assert engine_warning_zh(message) == (
        "条件 'NOTS' 在每个案例中的隶属度都与结果的否定（1 - 'SURV'）相同：它是否就是换了名称的结果或其否定（复制了一列，或把"
        "结果与某个条件对调了）？与结果相同的条件会以恒等关系解释结果（~NOTS 的一致性和覆盖度都是 1）；若是这样，请把它从条件中"
        "去掉")
    same = message.replace("the negated outcome (1 - 'SURV')", "the outcome 'SURV'").replace("(~NOTS", "(NOTS")
    assert engine_warning_zh(same).startswith("条件 'NOTS' 在每个案例中的隶属度都与结果 'SURV' 相同：")


def test_setmethods_pair_model_has_a_chinese_line():
    """SetMethods' sol = 'C1P2I1' given as a model (pimdata's form of an intermediate solution's pair model): the
    number to write was said in English alone."""
    assert engine_error_zh(QCAInputError(_catalogue_message("setmethods-pimdata-sol-as-model"))) == (
        "model 必须是 1..2 之间的模型编号（M1 为 1），现为 'C1P2I1'；请写 2（中间解各对中不同的模型按打印顺序从 1 开始统一编号："
        "C1P2 M1 即 2）（SetMethods 的 sol = 'C1P2I1'，即 pimdata 格式的 C1P2 M1）")
    same = engine_error_zh(QCAInputError("model must be 1..3, got 'C2P1 M1'; write 1 (the distinct models are numbered "
                                         "from 1 across the pairs, as printed: C2P1 M1 is 1, the same model as C1P1 M1)"))
    assert same.endswith("；请写 1（中间解各对中不同的模型按打印顺序从 1 开始统一编号：C2P1 M1 即 1，与 C1P1 M1 是同一个模型）")


@pytest.mark.parametrize("given, zh", [
    ("SURV=1", "；结果写其名称，不写比较式：其存在写作 'SURV'（多值结果取值 1 写作 'SURV{1}'）"),
    ("1-SURV", "；结果的缺失（R 的 1 - SURV）写作 '~SURV'"),
], **_ID)
def test_the_command_lines_outcome_written_as_a_comparison_has_a_chinese_line(capsys, monkeypatch, given, zh):
    """--outcome SURV=1 or R's 1-SURV on the command line: the outcome written as a comparison, refused with the way to
    write it, had no Chinese line (the API's outcome='SURV=1' had); the command line's form reads that hint too."""
    from _cli import run

    from analysis.paths import ROOT

    monkeypatch.chdir(ROOT)
    _, _, err = run(capsys, "truth-table", _LF, "--outcome", given)
    message = next(line.removeprefix("error: ") for line in err.splitlines() if line.startswith("error: "))
    assert engine_error_zh(QCAInputError(message)) == (
        f"--outcome '{given}' 不是 {_LF} 中的列：结果须是该文件中某一列的名称{zh}{_COLUMNS}")


_PERCENTILES = "percentiles 'e=5, c=50, i=95'"
_TYPE_7 = ("（R 的 quantile() 默认方法 type 7，与 pandas 的 quantile() 和 Excel 的 PERCENTILE.INC 相同；SPSS 的百分位数为 type 6，"
           "小样本中结果不同）")


@pytest.mark.parametrize("rule, zh", [
    ({"percentiles": None}, "缺少 percentiles：例如 'e=5, c=50, i=95'（清晰集按中位数划分：50）"),
    ({"percentiles": "e=5%, c=50%, i=95%"},
     "百分位数 '5%' 不是数字（percentiles 为 'e=5%, c=50%, i=95%'）：请写 'e=5, c=50, i=95'，即 0 到 100 之间、不带 % 的数"),
    ({"percentiles": ["p5", "p50", "p95"]},
     "百分位数 'p5' 不是数字（percentiles 为 ['p5', 'p50', 'p95']）：请写 [5, 50, 95]，即 0 到 100 之间、不带 p 的数"),
    ({"percentiles": "e=x, c=50, i=95"}, "百分位数 'x' 不是数字（percentiles 为 'e=x, c=50, i=95'）"),
    ({"percentiles": "e=5, c=50, i=150"},
     "percentiles 'e=5, c=50, i=150'：百分位数在 0 到 100 之间（如 'e=5, c=50, i=95'），现为 e=5, c=50, i=150"),
    ({"percentiles": "e=5, c=50, i=95", "source": "empty", "missing": "keep"},
     f"{_PERCENTILES}：没有可取百分位数的原始值（每个值都缺失）"),
    ({"percentiles": "e=5, c=50, i=95", "source": "tied"},
     f"{_PERCENTILES} 即原始值 e=1, c=1, i=9.55{_TYPE_7}：锚点须按 e < c < i（递增）或 i < c < e（递减）排列，现为 e=1, c=1, "
     "i=9.55；许多案例取同一值时，百分位数会重合：请改为给出 thresholds"),
    ({"percentiles": "e=5, c=50, i=95", "type": "crisp"},
     f"{_PERCENTILES} 即原始值 e=1.45, c=5.5, i=9.55{_TYPE_7}：清晰集的 thresholds 是临界值（如 10 或 '5, 10'），现为名为 e, c, i "
     "的锚点：e、c、i 是模糊集校准（type='fuzzy'）的锚点"),   # distinct anchors: no word of tied cases
], ids=["none", "percent-signs", "p-prefixes", "text", "over-100", "no-raw-value", "tied", "crisp"])
def test_a_sets_percentiles_refused_have_a_chinese_line(rule, zh):
    """calibrate_frame's and calibrate --spec's percentiles (a set's anchors at percentiles of its raw column, new
    today) were refused with no Chinese line: none given, one not a number ('5%', 'p95': the numbers to write), out of
    0..100, no raw value, and the anchors they make refused (coinciding where cases share a value; named for a crisp
    set). Each has its line, the set and its column said first."""
    import pandas as pd

    from analysis.qca import calibrate_frame

    raw = pd.DataFrame({"trust": range(1, 11), "tied": [1] * 8 + [9, 10], "empty": [float("nan")] * 10})
    source = rule.get("source", "trust")
    with pytest.raises(QCAInputError) as refused:
        calibrate_frame(raw, {"TRU": {"source": source, **rule}})
    assert engine_error_zh(refused.value) == f"校准 'TRU'（取自列 '{source}'）：{zh}"


@pytest.mark.parametrize("bad_id, zh", [
    ("calibrate-percentiles-as-shares", "tests/bad_inputs/calibrate_percentiles_shares.yaml：校准 'TRU'（取自列 'trust'）："
     "percentiles 'e=0.05, c=0.5, i=0.95'：写成了 1 的比例吗？百分位数在 0 到 100 之间：请写 'e=5, c=50, i=95'"),
    ("calibrate-frame-percentiles-and-thresholds", "校准 'TRU'（取自列 'trust'）：thresholds 和 percentiles 只给其一，不要同时"
     "给出（percentiles 生成临界值：即这些百分位数处的原始值）"),
], **_ID)
def test_the_catalogues_percentile_refusals_have_a_chinese_line(bad_id, zh):
    """The catalogue's two rows of percentiles (shares of 1 in a calibration file; thresholds beside them) had none."""
    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


def test_a_workbooks_columns_on_another_sheet_have_a_chinese_line():
    """A workbook whose first sheet holds notes (new today: the refusal names the sheet holding the columns and the
    --sheet that reads it) had no Chinese line: the columns missing from the sheet read, then the sheet that holds
    them."""
    assert engine_error_zh(QCAInputError(_catalogue_message("workbook-data-on-second-sheet"))) == (
        "tests/bad_inputs/notes_first_sheet.xlsx：'SURV' 不在所读工作表的列中（'说明'）；第 2 个工作表 '数据' 含有这一列："
        "--sheet 2 读取该工作表（不加 --sheet 时读取第一个工作表 '说明'）")


def test_a_frames_columns_on_another_sheet_of_its_workbook_have_a_chinese_line_in_python():
    """The same refusal in Python (catalogue row read-data-notes-first-sheet-python, newuser9's: read_data(path) of
    a workbook whose first sheet holds notes, then truth_table) ends with the read_data call that reads the sheet and
    the command line's flag; its line kept that ending in English. It is now said in Chinese, the call and flag as
    written."""
    assert engine_error_zh(QCAInputError(_catalogue_message("read-data-notes-first-sheet-python"))) == (
        "结果 'SURV' 不是数据中的列：结果须是数据中某一列的名称（数据的列：'说明'）；第 2 个工作表 '数据' 含有这一列："
        "read_data(path, sheet=2) 读取该工作表（命令行中为 --sheet 2；不加 sheet= 时读取第一个工作表 '说明'）")


def test_the_calibrate_commands_percentile_note_and_crossover_warning_have_a_chinese_line(tmp_path, capsys):
    """The calibrate command's note of the anchors a set's percentiles make, and its warning of a case calibrated to
    exactly 0.5 (with the hint, new today, that a percentile crossover on the middle case is moved by giving
    thresholds; without it for a set of written thresholds) had no Chinese line."""
    from _cli import run

    from analysis.workshop import engine_note_zh

    path, file = tmp_path / "raw.csv", tmp_path / "spec.yaml"
    path.write_text("case,x\na,1\nb,4\nc,2\nd,5\ne,3\n", encoding="utf-8")   # median 3, case 'e'
    file.write_text("X: {source: x, percentiles: 'e=5, c=50, i=95'}\nT: {source: x, thresholds: 'e=1.2, c=3, i=4.8'}\n",
                    encoding="utf-8")
    code, _, err = run(capsys, "calibrate", str(path), "--spec", str(file))
    notes = [engine_note_zh(line.removeprefix("note: ")) for line in err.splitlines() if line.startswith("note: ")]
    warned = [engine_warning_zh(line.removeprefix("warning: ")) for line in err.splitlines()
              if "calibrated to exactly 0.5" in line]
    assert code == 0 and notes == [
        f"{file}：集合 'X'：列 'x' 的百分位数 e=5, c=50, i=95 即临界值 'e=1.2, c=3, i=4.8'（R 的 quantile() 默认方法 type 7，与 "
        "pandas 的 quantile() 和 Excel 的 PERCENTILE.INC 相同；SPSS 的百分位数为 type 6，小样本中结果不同）"], err
    half = ("被校准为正好 0.5（原始列 'x' 的值 3，即交叉点）：既不属于该集合，也不属于其否定（作为条件，不在真值表的任何一行）；请把"
            "交叉点移离案例的值")
    assert warned == [f"{file}：集合 'X'：案例 'e' {half}（其交叉点即奇数个案例的第 50 百分位数，也就是居中案例的值：请给该集合写 "
                      "thresholds，把交叉点放在两个案例的值之间）", f"{file}：集合 'T'：案例 'e' {half}"], err


@pytest.mark.parametrize("bad_id, zh", [
    ("condition-named-pri", "tests/bad_inputs/condition_named_pri.csv：条件名称 'PRI' 与真值表自己的列同名（OUT, n, incl, PRI, "
     "cases, DCC）；请给数据中的这一列改名，例如 PRI_set"),
    ("no-positive-row-pri-cut", "没有可最小化的正组态：结果 SURV 的真值表中没有 OUT = 1 的行：有 2 行达到 --incl-cut 0.8（--n-cut "
     "1），但其 PRI 低于 --pri-cut 0.9（最高的 PRI 为 0.886）；请降低 --pri-cut，或检查结果"),
    ("cases-nec-deviant-conditions-unknown", f"{_LF}：--conditions：'URBAN' 不是数据中的列（条件须是数据的列）；是否想写 'URB'？"
     f"{_COLUMNS}"),
], **_ID)
def test_a_truth_tables_column_names_and_the_command_lines_cut_offs_have_a_chinese_line(bad_id, zh):
    """Three catalogue errors had no Chinese line: a condition named as a truth table's own column (PRI; said in its
    number since today), the command line's 'no positive row' held back by --pri-cut (the API's form, with
    incl_cut = 0.8, had one: the command's flags were not read), and cases' --conditions naming no column."""
    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


def test_two_conditions_named_as_a_truth_tables_columns_are_said_as_them():
    """Two such conditions are said in the plural ('these columns')."""
    said = engine_error_zh(QCAInputError("condition names 'PRI', 'OUT' are also columns of the truth table (OUT, n, incl, "
                                         "PRI, cases, DCC); rename the data columns, e.g. PRI_set"))
    assert said == "条件名称 'PRI', 'OUT' 与真值表自己的列同名（OUT, n, incl, PRI, cases, DCC）；请给数据中的这些列改名，例如 PRI_set"


@pytest.mark.parametrize("bad_id, zh", [
    ("good-practice-sweep-cut-offs-number", "robustness：第 1 行（sweep 'n_cut'）的 'cut_offs' 列：2 不是设定的文本；请按 "
     "robustness_protocol 的写法写出该 sweep 试过的设定，例如 'n_cut=1; n_cut=2'（或让该单元格留空）"),
    ("good-practice-necessity-table-in-percent", "必要性表：'inclN' 列必须是 [0, 1] 之间的数，所示条件的值为 '~DEV': "
     "28.52112676056338, 'DEV': 83.09859154929578, '~URB': 56.8075117370892, 'URB': 53.87323943661973, '~LIT': "
     "9.624413145539908（是百分数吗？请写成比例，如 92 写作 0.92）"),
], **_ID)
def test_good_practices_robustness_and_necessity_tables_refused_have_a_chinese_line(bad_id, zh):
    """good_practice's refusals of a robustness table's cut_offs given as a number and of a necessity table in percent
    had no Chinese line."""
    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


def test_a_necessity_tables_value_not_a_number_is_said_without_the_percent_hint():
    """A text in a necessity table's column is said without the hint of percentages, and one condition in the
    singular form the engine gives."""
    said = engine_error_zh(QCAInputError("necessity table: column 'RoN' must hold numbers in [0, 1], got 'DEV': 'high' "
                                         "for the condition shown"))
    assert said == "必要性表：'RoN' 列必须是 [0, 1] 之间的数，所示条件的值为 'DEV': 'high'"


@pytest.mark.parametrize("bad_id, zh", [
    ("pof-condition-twice",
     "项 'DEV*DEV' 把 'DEV' 写了两次：读作 'DEV'（A*A 即 A，与 R 的读法相同）；请每个条件只写一次，或检查是否本想写另一个条件"),
    ("theory-term-twice",
     "表达式 'DEV*URB + URB*DEV' 多次含有项 'DEV*URB'：只读一次（A + A 即 A）；请每个项只写一次，或检查是否本想写另一个项"),
], ids=["condition-twice", "term-twice"])
def test_an_expression_repeating_a_condition_or_a_term_has_a_chinese_warning(bad_id, zh):
    """The catalogue's warnings of a term naming a condition twice (pof --expression DEV*DEV) and of an expression
    holding a term twice (theory 'DEV*URB + URB*DEV', said in its number since today) had no Chinese line. Both rows
    expect their 'warning: ' prefix, which _catalogue_message (and tests/bad_inputs/scan.py) read past: it found no
    warning of theirs before, so the test ran the commands itself."""
    assert engine_warning_zh(_catalogue_message(bad_id, kind="warning")) == zh


def test_the_catalogue_scan_reads_a_rows_expected_message_past_its_prefix():
    """tests/bad_inputs/scan.py lists the catalogue's messages without a Chinese line: a row whose `expect` begins
    with the command's 'warning: ' or 'note: ' names the message read without it (the scan missed such rows), and a
    message the workshop says is not listed."""
    from bad_inputs.catalogue import CATALOGUE
    from bad_inputs.scan import messages, without_line

    rows = [b for b in CATALOGUE if b.id in ("pof-condition-twice", "drop-missing-flag")]
    expected = {b.id: [(m.kind, m.text) for m in messages(b) if m.expected] for b in rows}
    assert [kind for kind, _ in expected["pof-condition-twice"]] == ["warning"], expected
    assert [kind for kind, _ in expected["drop-missing-flag"]] == ["note"], expected
    assert without_line(rows[:1]) == []


def test_the_scan_runs_a_row_once_per_process():
    """A row's messages are kept for the process (tests/bad_inputs/scan.py): the row tests of this file and of
    test_workshop_rare_lines.py (_catalogue_message) share one run of each row; a row given anew (another object,
    though equal) is run anew. (The guard that every command-line and API row's messages have a Chinese line reads
    the run test_qca_bad_input.py makes of each row.)"""
    import warnings

    from bad_inputs.catalogue import Bad
    from bad_inputs.scan import messages

    from analysis.qca import QCAWarning

    runs = []

    def run():
        runs.append(1)
        warnings.warn(QCAWarning("a row's warning"))
        raise QCAInputError("a row's error")

    bad = Bad("scan-once", "a row run twice", "", "api", run, "a row's error")
    first = messages(bad)
    assert [(m.kind, m.text, m.expected) for m in first] == [("warning", "a row's warning", False),
                                                             ("error", "a row's error", True)]
    first.clear()                                    # the caller's list, not the kept one
    assert messages(bad) == messages(bad) and len(messages(bad)) == 2 and len(runs) == 1
    assert len(messages(Bad(*[getattr(bad, f) for f in ("id", "input", "file", "via", "run", "expect")]))) == 2
    assert len(runs) == 2


def test_this_file_and_the_rare_lines_go_to_one_worker(request):
    """make test's workers (--dist loadfile: a file whole on one worker) took this file and test_workshop_rare_lines.py
    apart, and each ran the catalogue rows it reads itself; the scheduler of tests/_schedule.py (ONE_WORKER) hands them
    out as one unit, so they share one run of each row (test_the_scan_runs_a_row_once_per_process): run here on a
    made-up collection, with two stand-in workers."""
    from _schedule import scheduled

    files = ["tests/test_workshop_catalogue_lines.py", "tests/test_workshop_rare_lines.py", "tests/test_other.py"]
    given = {}
    for worker, ids in scheduled(request, [f"{f}::test_{j}" for f in files for j in range(3)]):
        given.setdefault(worker, []).extend(i.split("::")[0] for i in ids)
    assert sorted(sorted(set(taken)) for taken in given.values()) == [files[2:], files[:2]], given


def test_a_yaml_key_without_the_blank_after_its_colon_holding_a_quote_has_a_chinese_line(tmp_path, capsys):
    """A calibration file's {thresholds:'e=350, c=550, i=850'} (no blank after ':', so YAML reads the keys
    "thresholds:'e=350", 'c=550', "i=850'"): the engine says a key holding a quote in double quotes, which neither the
    form of unknown keys nor the 'did you mean' hint read, so the error had no Chinese line."""
    from _cli import run

    from analysis.paths import ROOT

    spec = tmp_path / "spec.yaml"
    spec.write_text("DEV: {thresholds:'e=350, c=550, i=850'}\n", encoding="utf-8")
    _, _, err = run(capsys, "calibrate", str(ROOT / "data/reference/datasets/LR.csv"), "--spec", str(spec))
    message = next(line.removeprefix("error: ") for line in err.splitlines() if line.startswith("error: "))
    assert engine_error_zh(QCAInputError(message)) == (
        f"{spec}：spec['DEV']：未知的参数 'c=550', \"i=850'\", \"thresholds:'e=350\"（可用的参数：above, below, codes, idm, "
        "logistic, method, missing, missing_codes, percentiles, source, thresholds, type）；\"thresholds:'e=350\"：是否想写 "
        "'thresholds'？")


def test_the_command_lines_drop_cases_on_numbered_cases_has_a_chinese_line(tmp_path, capsys):
    """robustness --spec with drop_cases on data without case names: the command's error ends '..., name the column of
    case names, --case-column' (the API's 'case_column (CLI: --case-column)'), which the form did not read: no line."""
    from _cli import run

    from analysis.paths import ROOT

    data, spec = tmp_path / "nocase.csv", tmp_path / "spec.yaml"
    data.write_text("DEV,URB,SURV\n0.8,0.2,1\n0.3,0.7,0\n0.9,0.9,1\n", encoding="utf-8")
    spec.write_text("outcome: SURV\nconditions: [DEV, URB]\nincl_cut: 0.8\ntests:\n  - label: without AU\n"
                    "    drop_cases: [AU]\n", encoding="utf-8")
    _, _, err = run(capsys, "robustness", str(data), "--spec", str(spec))
    message = next(line.removeprefix("error: ") for line in err.splitlines() if line.startswith("error: "))
    assert message.endswith("name the column of case names, --case-column"), message
    assert engine_error_zh(QCAInputError(message)) == (
        f"{spec}：检验 'without AU'：drop_cases 中的案例 'AU' 不在数据中（数据的案例：'1', '2', '3'）；数据没有案例名称，案例按"
        "序号编号：请指明案例名称所在的列，--case-column")


@pytest.mark.parametrize("bad_id, kind, zh", [
    ("chart-figure-multi-value", "error",
     "图形只画出条件的出现（●）和不出现（⊗），而多值条件 'DEV' 在组态图中以水平 DEV[2], DEV[1] 出现：请改为打印组态图"
     "（print(chart)：●[v] / •[v] 标出水平；chart.to_frame() 在 value 列给出水平）"),
    ("good-practice-negated-number", "error",
     "negated 必须是否定结果的解（一个 Solution，或由它们组成的字典或列表），否定结果没有解时则是用文字写下的发现（str），现为 int"),
    ("grouped-digits-amounts", "warning",
     "列 'GDP'（案例 'a'（'1.038'）, 'c'（'2.100'））：'1.038' 读作 1.038，但其余单元格都是小于 1000 的整数，且每个带 '.' 的数字"
     "在 '.' 后都恰有三位数字，正像德语、荷兰语等地区设置下以 '.' 分隔数字组所写的金额（1038）；若是如此，请不加分隔符写这些数字"
     "（'1038'）"),
], **_ID)
def test_a_multi_value_chart_figure_a_negated_number_and_grouped_amounts_have_a_chinese_line(bad_id, kind, zh):
    """Three catalogue rows round 52 left without a Chinese line: the Fiss chart figure of a multi-value chart (print
    the chart instead), good_practice's negated given a number, and a column of amounts '1.038', '586', '2.100' whose
    '.' may separate groups of digits (a warning: nothing else in the file says which)."""
    message = _catalogue_message(bad_id, kind=kind)
    said = engine_error_zh(QCAInputError(message)) if kind == "error" else engine_warning_zh(message)
    assert said == zh, message


def test_a_list_holding_other_than_solutions_as_negated_is_said_as_such():
    """good_practice's negated as a list holding texts and numbers: the kinds it holds are said after the list's."""
    from analysis.qca import good_practice, minimize, truth_table
    from bad_inputs.catalogue import lf

    sol = minimize(truth_table(lf(), "SURV", incl_cut=0.8))
    with pytest.raises(QCAInputError) as refused:
        good_practice(sol, negated=["none", 3])
    assert engine_error_zh(refused.value).endswith("（str），现为 list，其中含有 int, str"), str(refused.value)


@pytest.mark.parametrize("call, zh", [
    (lambda q, raw: q.calibrate(raw["GDP"].rename("x").reset_index(drop=True).set_axis(list("abcd")),
                                thresholds="e=300, c=600, i=1500"), "x（例如 '1.038'；位于索引 'a', 'c'）："),
    (lambda q, raw: q.calibrate_frame(raw, {"G": {"source": "GDP", "thresholds": "e=300, c=600, i=1500"}}),
     "列 'GDP'（例如 '1.038'；位于案例 'a', 'c'）："),
], ids=["calibrate", "calibrate_frame"])
def test_calibrates_warning_of_amounts_with_grouped_digits_has_a_chinese_line(call, zh):
    """calibrate() and calibrate_frame() warn of raw amounts like '1.038' in their own words ('x (e.g. '1.038' for
    index ...)', 'column 'GDP' (e.g. ... for case(s) ...)'): the place said in Chinese, then the same reason."""
    import warnings

    import pandas as pd

    import analysis.qca as q
    from analysis.qca import QCAWarning

    raw = pd.DataFrame({"GDP": ["1.038", "586", "2.100", "350"]}, index=list("abcd"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call(q, raw)
    said = [engine_warning_zh(str(w.message)) for w in caught
            if issubclass(w.category, QCAWarning) and "is read as" in str(w.message)]
    assert len(said) == 1 and said[0].startswith(zh) and said[0].endswith("请不加分隔符写这些数字（'1038'）"), said


@pytest.mark.parametrize("bad_id, zh", [
    ("concat-repeated-index",
     "重复的案例名称：0, 1, 2, 3, 4；案例名称必须唯一：'0' 在第 1、19 行；'1' 在第 2、20 行；'2' 在第 3、21 行；……；案例以数据表的"
     "索引命名，而索引重复了这些标签（pd.concat 保留每个数据表原来的索引：pd.concat(..., ignore_index=True) 会为各行重新编号；"
     "每个案例有多行时（如面板数据的各期），每行都需要自己的名称，例如 df.set_index(['country', 'year'])）"),
    ("set-as-index",
     "重复的案例名称：1, 0；案例名称必须唯一：'1' 在第 1、2、3、5、6 行等；'0' 在第 4、8、9、11、13 行等；'DEV' 是数据的索引（由 "
     "index_col='DEV' 或 index_col=0，或 set_index 设定），因此案例以它的隶属度命名：请把它变回一列（df.reset_index()），再用"
     "一列名称为案例命名（case_column=...），或让案例按序号编号"),
], **_ID)
def test_a_frames_index_naming_its_cases_twice_has_a_chinese_line(bad_id, zh):
    """A frame's index repeating its case names, with the engine's reason (frames joined by pd.concat with their
    indexes; a set made the index, its memberships naming the cases), had no Chinese line: the form read the rows
    of the names alone."""
    assert engine_error_zh(QCAInputError(_catalogue_message(bad_id))) == zh


@pytest.mark.parametrize("index, said", [("county", "（'county'）"), (None, "")], ids=["named", "unnamed"])
def test_a_case_entered_twice_in_a_frame_has_a_chinese_line(index, said):
    """A frame with a case entered twice (its index names the cases, and 'AU' twice): the reason said, with the
    index's name where it has one."""
    import pandas as pd

    from analysis.qca import truth_table
    from bad_inputs.catalogue import lf

    with pytest.raises(QCAInputError) as refused:
        truth_table(pd.concat([lf(), lf().loc[["AU"]]]).rename_axis(index), "SURV")
    assert engine_error_zh(refused.value) == (
        f"重复的案例名称：AU；案例名称必须唯一：'AU' 在第 1、19 行；案例以数据表的索引{said}命名，而索引重复了这些标签：是否把"
        "某个案例录入了两次？请给每个案例一个自己的名称，或删除重复录入的行"), str(refused.value)


def test_a_sets_codes_refusing_a_missing_cell_have_a_chinese_line():
    """calibrate_frame's set recoded by codes refusing a cell left empty (the catalogue's row: with the hint that an
    empty cell may be a label, '': 0) or marked missing ('NA', '缺失': two cases, no such hint) had no Chinese line."""
    import pandas as pd

    from analysis.qca import calibrate_frame

    assert engine_error_zh(QCAInputError(_catalogue_message("calibrate-frame-codes-missing-raise"))) == (
        "校准 'Y'（取自列 'SURV'）：1 个缺失值，位于案例 'BE'：请删除或填补它，或给该集合写 missing='keep'，让其隶属度留空（分析"
        "时再删除该案例并列出：--drop-missing，drop_missing_cases）；若空单元格表示一个标签（如打勾 √ 的列，不符合的留空），请像"
        "其他标签一样在 codes 中给出它的隶属度：'': 0")
    df = pd.DataFrame({"SURV": ["是", "NA", "否", "缺失", "是"]}, index=pd.Index(list("abcde"), name="case"))
    with pytest.raises(QCAInputError) as refused:
        calibrate_frame(df, {"Y": {"source": "SURV", "codes": {"是": 1, "否": 0}}})
    assert engine_error_zh(refused.value) == (
        "校准 'Y'（取自列 'SURV'）：2 个缺失值，位于案例 'b', 'd'：请删除或填补它们，或给该集合写 missing='keep'，让其隶属度留空"
        "（分析时再删除这些案例并列出：--drop-missing，drop_missing_cases）"), str(refused.value)


def test_causal_chains_cycle_type_has_a_chinese_line():
    """causal_chain(cycle_type='values') (cna's cycle.type is 'factor' or 'value'; the catalogue's row) had no Chinese
    line."""
    assert engine_error_zh(QCAInputError(_catalogue_message("chain-cycle-type-unknown"))) == (
        "cycle_type 只能是 'factor'（一个集合是它自身的原因）或 'value'（一个集合的某个值是它自身的原因），即 cna 的 cycle.type，"
        "现为 'values'")


@pytest.mark.parametrize("flags, zh", [
    ([], "各行最高的一致性（incl）为 0.904，低于 --incl-cut 1；请降低 --incl-cut"),
    (["--incl-cut", "0.95", "--n-cut", "2"],
     "各行最高的一致性（incl）为 0.904，低于 --incl-cut 0.95（只计至少有 --n-cut 2 个案例的行）；请降低 --incl-cut 或 --n-cut"),
    (["--incl-cut", "0.8", "--pri-cut", "0.9"],
     "有 2 行达到 --incl-cut 0.8，但其 PRI 低于 --pri-cut 0.9（最高的 PRI 为 0.886）；请降低 --pri-cut"),
], ids=["incl-cut-1", "n-cut", "pri-cut"])
def test_the_truth_table_commands_note_of_no_positive_row_has_a_chinese_line(capsys, monkeypatch, flags, zh):
    """truth-table's note that no row is positive (at R's default --incl-cut 1 most fuzzy data have none: several
    catalogue rows show it) had no Chinese line: the highest consistency below --incl-cut (with --n-cut), or rows held
    back by --pri-cut."""
    from _cli import run

    from analysis.paths import ROOT

    monkeypatch.chdir(ROOT)
    _, _, err = run(capsys, "truth-table", _LF, "--outcome", "SURV", *flags)
    notes = [line.removeprefix("note: ") for line in err.splitlines() if line.startswith("note: no row is positive")]
    assert [engine_warning_zh(note) for note in notes] == [
        f"没有正组态（OUT = 1）：{zh}，或检查结果；在这些阈值下，minimize 和读取解的命令都没有可最小化的组态"], err


def test_a_worksheets_empty_row_inside_the_table_has_a_chinese_line():
    """A workbook's empty row between its cases (the catalogue's xlsx-note-below-table warns of it before the note
    below the table is refused) had no Chinese line: the form of a file's empty rows read a CSV's lines alone."""
    from bad_inputs.catalogue import CATALOGUE
    from bad_inputs.scan import messages

    bad = next(b for b in CATALOGUE if b.id == "xlsx-note-below-table")
    warned = [m.text for m in messages(bad) if m.kind == "warning" and "empty row" in m.text]
    assert len(warned) == 1 and warned[0].endswith(": sheet 'Data': ignored 1 empty row inside the table (row 20)"), warned
    path = warned[0].split(": sheet ")[0]
    assert engine_warning_zh(warned[0]) == f"{path}：工作表 'Data'：忽略了表格中间的 1 个空行（第 20 行）"


_SKEWED = ("条件 'DEV' 偏斜：0% 的案例隶属度高于 0.5（在 [0.2, 0.8] 之外）；一致性可能被高估，必要性的相关性可能偏低（请查看 RoN 和"
           "覆盖度）")


@pytest.mark.parametrize("tasks, zh", [
    ("all but test TS2", "除检验 TS2 以外的全部"),
    ("test A; IS; and 3 more of 12", "检验 A；IS，以及另外 3 个（共 12 个）"),
    ("all 6 specifications: IS and 5 tests", "全部 6 个设定：IS 和 5 个检验"),
    ("all 4 settings", "全部 4 个参数设置"),
    ("incl_cut range: at every step with a solution", "incl_cut 范围：每个有解的步"),
    ("calibration range of 'DEV': at every step", "'DEV' 的校准范围：每一步"),
    ("setting incl_cut=0.8", "设置 incl_cut=0.8"),
    ("a place of another kind", None),
], ids=lambda value: value if value is None or value.isascii() else "zh")
def test_a_warning_of_the_protocols_tasks_is_said_with_the_tasks_that_gave_it(tasks, zh):
    """A warning some or all of the robustness protocol's tasks gave ends with them in brackets (protocol.run_tasks;
    the catalogue's robustness-raw-is-memberships: a skewed DEV '(test DEV c=600)'), which no form read: the warning's
    own line, then the tasks in Chinese; none for a place of another form."""
    from bad_inputs.catalogue import CATALOGUE
    from bad_inputs.scan import messages

    bad = next(b for b in CATALOGUE if b.id == "robustness-raw-is-memberships")
    skewed = next(m.text for m in messages(bad) if m.text.startswith("skewed condition 'DEV'"))
    assert skewed.endswith(" (test DEV c=600)"), skewed
    assert engine_warning_zh(skewed) == f"{_SKEWED}（检验 DEV c=600）"
    said = engine_warning_zh(skewed.removesuffix(" (test DEV c=600)") + f" ({tasks})")
    assert said == (zh and f"{_SKEWED}（{zh}）")


@pytest.mark.parametrize("cells, said", [
    (["1.038", "586", "2.100", "350"], "例如 '1.038'；位于案例 'a', 'c'"),
    (["1.038", "586", "350"], "如案例 'a' 的 '1.038'"),
    (["1.038", "2.100", "3.050", "4.200", "5.300", "6.400", "350"], "例如 '1.038'；位于案例 'a', 'b', 'c', 'd', 'e' 等"),
], ids=["two", "one", "more"])
def test_a_sets_raw_values_reading_two_ways_at_several_cases_have_a_chinese_line(cells, said):
    """calibrate_frame's refusal of raw values like '1.038' where another column writes decimal commas names the
    cases of up to five such cells ('for case(s) 'a', 'c'', '...' past five): the form read one case alone."""
    import pandas as pd

    from analysis.qca import calibrate_frame

    df = pd.DataFrame({"GDP": cells, "LIT": ["0,8"] * len(cells)}, index=list("abcdefg")[:len(cells)])
    with pytest.raises(QCAInputError) as refused:
        calibrate_frame(df, {"G": {"source": "GDP", "thresholds": "e=300, c=600, i=1500"}})
    assert engine_error_zh(refused.value) == (
        f"校准 'G'（取自列 'GDP'）：列 'GDP'（{said}）：列 'LIT' 用逗号写小数（'0,8'），因此 '1.038' 是以 '.' 分隔数字组的 1038"
        "（德语、荷兰语等地区设置下的 Excel 这样写数字），不是 1.038：请另存 CSV，以 '.' 作小数点、不用千位分隔符（'1038'）"), \
        str(refused.value)


@pytest.mark.parametrize("comma, zh", [
    (False, "'1.038' 读作 1.038，但其余单元格都是小于 1000 的整数，且每个带 '.' 的数字在 '.' 后都恰有三位数字，正像德语、荷兰语等"
            "地区设置下以 '.' 分隔数字组所写的金额（1038）；若是如此，请不加分隔符写这些数字（'1038'）"),
    (True, "列 'LIT' 用逗号写小数（'0,8'），因此 '1.038' 是以 '.' 分隔数字组的 1038（德语、荷兰语等地区设置下的 Excel 这样写数字），"
           "不是 1.038：请另存 CSV，以 '.' 作小数点、不用千位分隔符（'1038'）"),
], ids=["warned", "refused"])
def test_a_recalibrations_raw_values_that_read_two_ways_have_a_chinese_line(comma, zh):
    """A robustness test recalibrating DEV from a raw column of amounts '1.038', '586', '2.100' (protocol_data._raw_values:
    'test 'G': raw column 'GDP' (cases 'AU': '1.038', ...): ...'), warned of, or refused where the raw data write
    decimal commas, had no Chinese line."""
    import warnings

    import pandas as pd

    from analysis.qca import QCAWarning, robustness_protocol
    from bad_inputs.catalogue import lf

    data = lf()
    raw = pd.DataFrame({"GDP": ["1.038", "586", "2.100", "350"] * 4 + ["400", "500"]}, index=data.index)
    raw = raw.assign(LIT="0,8") if comma else raw
    test = [{"label": "G", "calibrate": {"DEV": {"source": "GDP", "thresholds": "e=300, c=600, i=1500"}}}]
    place = ("检验 'G'：原始数据列 'GDP'（案例 'AU'（'1.038'）, 'CZ'（'2.100'）, 'FI'（'1.038'）, 'DE'（'2.100'）, 'HU'（'1.038'） 及"
             "另外 3 个）：")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            robustness_protocol(data, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], test, incl_cut=0.8, raw=raw)
        except QCAInputError as refused:
            assert comma and engine_error_zh(refused) == place + zh, str(refused)
            return
    assert not comma
    said = [engine_warning_zh(str(w.message)) for w in caught
            if issubclass(w.category, QCAWarning) and "raw column 'GDP'" in str(w.message)]
    assert said == [place + zh]


@pytest.mark.parametrize("call, zh", [
    (lambda q, d: q.truth_table(d, "SURV", case_column=True),
     "case_column 必须是数据中案例名称列的名称，现为 True（bool）：请以文本给出列名，例如 case_column='case'，或不写 case_column"),
    (lambda q, d: q.truth_table(d, "SURV", case_column=("case",)),
     "case_column 必须是数据中案例名称列的名称，现为 ('case',)（tuple）：请以文本给出列名，例如 case_column='case'，或不写 "
     "case_column"),
    (lambda q, d: q.read_data(_LF, case_column=0),
     "case_column 必须是文件中案例名称列的名称，现为 0（int）：表头中的列名是文本：请写 case_column='0'"),
    (lambda q, d: q.read_data(_LF, case_column=d["case"]),
     "case_column 必须是文件中案例名称列的名称，现为名为 'case' 的 pandas Series（18 个值）：请给出列名，写作 case_column='case'，"
     "或把这些值设为索引来命名案例（df.index = <它们>），并去掉 case_column"),
], ids=["bool", "tuple", "file-int", "file-series"])
def test_a_case_column_neither_a_name_nor_its_values_has_a_chinese_line(call, zh, monkeypatch):
    """case_column given a value that names no column (True, a tuple; R's habit of a column's number, 0, for a file
    whose header holds texts), and read_data's case_column given the column's values, had no Chinese line."""
    import analysis.qca as q
    from analysis.paths import ROOT
    from bad_inputs.catalogue import lf

    monkeypatch.chdir(ROOT)
    with pytest.raises(QCAInputError) as refused:
        call(q, lf().reset_index())
    assert engine_error_zh(refused.value) == zh, str(refused.value)


@pytest.mark.parametrize("x, zh", [
    ("0.8", "（一个数或一列数），现为 '0.8'"),
    ("raw", "，现在案例 'AU', 'BE', 'CZ', 'EE', 'FI' 及另外 13 个 处有值在此范围之外（如 720.0）；请先校准原始数值"
            "（analysis.qca.calibrate）"),
    ("one", "，现在案例 'BE' 处有一个值在此范围之外（89.0）；请先校准原始数值（analysis.qca.calibrate）"),
    ("nan", "，不能有缺失值，现在案例 'BE' 处有缺失值"),
    ([0.2, None], "，不能有缺失值，现在位置 1 处有缺失值"),
    (3.0, "，现为 3.0；请先校准原始数值（analysis.qca.calibrate）"),
], ids=["text", "raw", "one", "nan", "none", "number"])
def test_a_measures_memberships_missing_or_outside_0_1_have_a_chinese_line(x, zh):
    """consistency(x, y) given a text, raw values (LR's GDP per head), one membership in percent, a missing value or a
    number outside [0, 1] had no Chinese line (measures._membership)."""
    import numpy as np
    import pandas as pd

    from analysis.paths import DATASETS
    from analysis.qca import consistency
    from bad_inputs.catalogue import lf

    data = lf()
    raw = pd.read_csv(DATASETS / "LR.csv", index_col="case")
    x = {"raw": raw["DEV"], "one": data["URB"].where(data.index != "BE", 89.0),
         "nan": data["URB"].where(data.index != "BE", np.nan)}.get(x, x) if isinstance(x, str) else x
    y = data["SURV"] if isinstance(x, pd.Series) else 0.5 if np.ndim(x) == 0 else [0.3, 0.4]
    with pytest.raises(QCAInputError) as refused:
        consistency(x, y)
    assert engine_error_zh(refused.value) == "x 必须是 [0, 1] 中的隶属度" + zh, str(refused.value)


_warnings_of = qca_warnings   # the QCAWarning messages a call gives (tests/_qca_warnings.py)


def test_model_ambiguity_a_necessary_condition_esa_doubts_and_necessity_xys_crossover_have_a_chinese_line(capsys):
    """Three warnings found by recording the engine's messages in its test files had no Chinese line: the commands'
    model ambiguity (cases of LM's three models, M1 taken), ESA's necessary condition below necessity()'s benchmark
    (DEV for SURV, inclN 0.831), and necessity_xy's cases at exactly 0.5 (one case, or several)."""
    from _cli import run

    from analysis.paths import DATASETS
    from analysis.qca import esa, necessity_typology, necessity_xy, truth_table
    from bad_inputs.catalogue import lf, with_cell

    _, _, err = run(capsys, "cases", str(DATASETS / "LM.csv"), "--outcome", "SURV")
    warned = [line.removeprefix("warning: ") for line in err.splitlines() if "model ambiguity" in line]
    assert [engine_warning_zh(line) for line in warned] == [
        "模型歧义：该解有 3 个模型（M1: DEV[2] + DEV[1]*STB[1]; M2: DEV[1]*IND[0] + IND[1]*STB[1]; M3: DEV[1]*STB[1] + "
        "IND[1]*STB[1]）；cases 用的是 M1（用 --model 选择）"], err
    tt = truth_table(lf(), "SURV", incl_cut=0.8)
    said = [engine_warning_zh(w) for w in _warnings_of(lambda: esa(tt, nec_cond="DEV")) if "(ESA)" in w]
    assert said == ["必要条件 'DEV'（ESA）：对 SURV 的 inclN 为 0.831，低于 0.9（necessity() 判定必要条件所用的基准）：ESA 会把它"
                    "当作必要条件，阻断它之外的逻辑余项，而数据并未显示它是必要的；请检查该条件（是否应为其否定，结果是否正确）"]
    for cases in (["AU"], ["AU", "BE"]):
        data = lf()
        for case in cases:
            data = with_cell(data, case, "LIT", 0.5)
        types = necessity_typology(data, "SURV", "LIT")
        said = [engine_warning_zh(w) for w in _warnings_of(lambda: necessity_xy(types, "SURV")) if "necessity_xy" in w]
        assert said == [f"necessity_xy：'LIT' 的案例 {', '.join(cases)} 的 X 或 SURV 正好为 0.5：既不在集合之内，也不在集合之外，"
                        "因此不在 2 x 2 表的任何一格中"]


@pytest.mark.parametrize("given, zh", [
    ({"percentiles": "e=5, c=50, i=95"}, "请把它们在 x 上给出的锚点作为 calibrate() 的 thresholds：thresholds='e=1.45, c=5.5, "
     "i=9.55'（R 的 quantile() 默认方法 type 7，与 pandas 的 quantile() 和 Excel 的 PERCENTILE.INC 相同；SPSS 的百分位数为 type "
     "6，小样本中结果不同）"),
    ({"percentiles": "e=0.05, c=0.5, i=0.95"}, "这些百分位数在 x 上给不出锚点：percentiles 'e=0.05, c=0.5, i=0.95'：写成了 1 的"
     "比例吗？百分位数在 0 到 100 之间：请写 'e=5, c=50, i=95'"),
    ({"percentile": "e=5, c=50, i=95"}, "请把它们在 x 上给出的锚点作为 calibrate() 的 thresholds：thresholds='e=1.45, c=5.5, "
     "i=9.55'（R 的 quantile() 默认方法 type 7，与 pandas 的 quantile() 和 Excel 的 PERCENTILE.INC 相同；SPSS 的百分位数为 type "
     "6，小样本中结果不同）"),
], ids=["anchors", "shares", "singular"])
def test_calibrate_given_percentiles_has_a_chinese_line(given, zh):
    """calibrate(x, percentiles=...) (catalogue row calibrate-percentiles-argument, newuser9's: calibrate_frame's
    argument given to calibrate(), told where it is taken and the thresholds it makes on x) had no Chinese line: the
    argument, where anchors at percentiles are taken (calibrate_frame's spec, as written for this x), then the
    thresholds to give calibrate() instead, or the quoted refusal when the percentiles make none."""
    import pandas as pd

    from analysis.qca import calibrate

    with pytest.raises(QCAInputError) as refused:
        calibrate(pd.Series(range(1, 11), name="TRU"), **given)
    key, value = next(iter(given.items()))
    assert engine_error_zh(refused.value) == (
        f"calibrate() 不接受参数 '{key}'：按原始值的百分位数取锚点是 calibrate_frame() 的功能，在集合的设定中用 'percentiles' "
        f"代替 thresholds，calibrate_frame(df, {{'TRU': {{'percentiles': '{value}'}}}})（所取的锚点见结果的 "
        "attrs['qca_percentile_anchors']），与 calibrate 命令的设定文件相同；此处" + zh)


_GBK_ZH = ("列 '·¢Õ¹' 即 '发展'，但按错误的代码页读取（以 GBK 保存的中文文本，如中文 Windows 上 Excel 另存的“CSV (逗号分隔)”，被当作 "
           "Latin-1 读取）：请用 encoding='gb18030' 读取该文件，例如 pd.read_csv(path, encoding='gb18030')")


@pytest.mark.parametrize("call, zh", [
    ("condition", "未知条件 '发展'：条件须是数据中的列名；{}（数据的列：'·¢Õ¹', 'Y'）"),
    ("outcome", "结果 '发展' 不是数据中的列：结果须是数据中某一列的名称；{}（数据的列：'·¢Õ¹', 'Y'）"),
    ("calibrate_frame", "spec['DEV']：原始数据列 '发展' 不在数据中；{}（数据的列：['·¢Õ¹', 'Y']）"),
    ("case_column", "case_column '名称' 不是数据中的列：它要的是数据中一列案例名称；{}（数据的列：'·¢Õ¹', 'Y'）"),
    ("drop_missing_cases", "列 '发展' 不在数据中；{}（数据的列：'·¢Õ¹', 'Y'）"),
])
def test_a_column_of_chinese_read_in_the_wrong_code_page_has_a_chinese_line(call, zh):
    """A GBK file read with encoding='latin-1' ('·¢Õ¹' for '发展': the hint new this morning, data._gbk_names_hint,
    said where a name meant would be) kept that hint in English (a condition's, the outcome's), or had no line at all
    (calibrate_frame's raw column, the case column, drop_missing_cases: their forms read only 'did you mean'). It is
    now said in Chinese, the garbled column, what it reads as and the encoding to read the file with."""
    import pandas as pd

    from analysis.qca import calibrate_frame, drop_missing_cases, truth_table

    df = pd.DataFrame({"发展".encode("gbk").decode("latin-1"): [1, 0, 1], "Y": [1, 0, 1]})
    calls = {"condition": lambda: truth_table(df, outcome="Y", conditions=["发展"]),
             "outcome": lambda: truth_table(df, outcome="发展"),
             "calibrate_frame": lambda: calibrate_frame(df, {"DEV": {"source": "发展", "thresholds": "e=0, c=0.5, i=1"}}),
             "case_column": lambda: truth_table(df, outcome="Y", case_column="名称"),
             "drop_missing_cases": lambda: drop_missing_cases(df, ["发展"])}
    with pytest.raises(QCAInputError) as refused:
        calls[call]()
    assert "read in the wrong code page" in str(refused.value)
    assert engine_error_zh(refused.value) == zh.format(_GBK_ZH)


@pytest.mark.parametrize("program", ["Stata", "SPSS"])
def test_codes_naming_a_labelled_variables_labels_have_a_chinese_line(tmp_path, program):
    """calibrate_frame's codes naming the value labels of a Stata or SPSS variable read_data read as its codes (new
    this morning: the cells hold the codes, the codes to write by number, and to keep the column where its codes are
    the memberships) had no Chinese line: the program and variable, its codes and labels, the codes to write."""
    from test_qca_python_user_hints import _labelled_yes_no_file

    from analysis.qca import calibrate_frame, read_data

    df, case = read_data(_labelled_yes_no_file(tmp_path, program), case_column="region")
    said = {}
    for codes in ({"是": 1, "否": 0}, {"是": 0.9, "否": 0.1}):
        with pytest.raises(QCAInputError) as refused:
            calibrate_frame(df, {"SAT": {"source": "sat", "codes": codes}}, keep=case)
        said[codes["是"]] = engine_error_zh(refused.value)
    head = f"校准 'SAT'（取自列 'sat'）：codes 写的是 {program} 变量 'sat' 的值标签 '是', '否'，而该变量的单元格存的是代码（"
    assert said[1].startswith(head) and said[0.9].startswith(head), said
    assert said[1].endswith("：带值标签的变量按代码读入，与 R 的 haven 相同）：请按数字写 codes，codes: {1: 1, 0: 0}，或保持该列原样"
                            "（keep=[..., 'sat']）：它的代码已经就是隶属度"), said
    assert said[0.9].endswith("：请按数字写 codes，codes: {1: 0.9, 0: 0.1}"), said


def test_read_datas_own_arguments_named_in_python_have_a_chinese_line(tmp_path):
    """read_data called from Python names its own arguments now (540cac60: "case_column='县名': case column ...",
    "sheet=2: ... call read_data without sheet="), where it said the command line's flags, whose forms alone the
    workshop read: both had no Chinese line. They have, the argument as the call writes it; the other sheet holding
    the case column said after."""
    from analysis.qca import read_data

    path = tmp_path / "d.csv"
    path.write_text("case,county,X\n0.2,a,1\n0.2,b,0\n0.7,c,1\n", encoding="utf-8")
    said = {}
    for name, call in {"case": lambda: read_data("tests/bad_inputs/notes_first_sheet.xlsx", case_column="case"),
                       "县名": lambda: read_data(path, case_column="县名"),
                       "sheet": lambda: read_data(path, sheet=2)}.items():
        with pytest.raises(QCAInputError) as refused:
            call()
        said[name] = engine_error_zh(refused.value)
    assert said["case"] == (
        "case_column='case'：案例列 'case' 不是 tests/bad_inputs/notes_first_sheet.xlsx 中的列：它要的是文件中一列案例名称"
        "（数据的列：'说明'）；第 2 个工作表 '数据' 含有这一列：read_data(path, sheet=2) 读取该工作表（命令行中为 --sheet 2；"
        "不加 sheet= 时读取第一个工作表 '说明'）"), said
    assert said["县名"] == (f"case_column='县名'：案例列 '县名' 不是 {path} 中的列：它要的是文件中一列案例名称（数据的列："
                          "'case', 'county', 'X'）"), said
    assert said["sheet"] == (f"sheet=2：{path} 不是工作簿（.xlsx、.xlsm、.xls、.ods）；只有工作簿（.xlsx、.xlsm、.xls、.ods）"
                             "才能选择工作表：调用 read_data 时请不要给 sheet="), said


def test_the_calibrate_commands_codes_naming_value_labels_have_a_chinese_line(tmp_path, capsys):
    """The calibrate command says what calibrate_frame says of codes naming a Stata variable's value labels (b15c7659),
    the column to keep written as its --keep ('--keep fin,sat'), which the Python form's keep=[..., 'sat'] alone did
    not read: no Chinese line."""
    from _cli import run
    from test_qca_python_user_hints import _labelled_yes_no_file

    path, spec = _labelled_yes_no_file(tmp_path, "Stata"), tmp_path / "spec.yaml"
    spec.write_text("SAT: {source: sat, codes: {是: 1, 否: 0}}\n", encoding="utf-8")
    code, _, err = run(capsys, "calibrate", str(path), "--spec", str(spec), "--case-column", "region", "--keep", "fin")
    assert code == 2 and err.startswith("error: ")
    assert engine_error_zh(QCAInputError(err.strip().removeprefix("error: "))) == (
        f"{spec}：校准 'SAT'（取自列 'sat'）：codes 写的是 Stata 变量 'sat' 的值标签 '是', '否'，而该变量的单元格存的是代码"
        "（1 '是', 0 '否'：带值标签的变量按代码读入，与 R 的 haven 相同）：请按数字写 codes，codes: {1: 1, 0: 0}，或保持该列原样"
        "（--keep fin,sat）：它的代码已经就是隶属度")

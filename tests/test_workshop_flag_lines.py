"""The Chinese lines of the command line's refusals a researcher meets on their own file and flags (the bad-input
catalogue's rows, tests/bad_inputs/catalogue.py), read off the commands' own error lines: the lines of
analysis/workshop/zh_errors.py's engine_error_zh for the forms the command line words its own way."""
from __future__ import annotations

import re

import pandas as pd
import pytest
from test_workshop_rare_lines import _catalogue_message

from analysis.paths import DATASETS
from analysis.qca import QCAInputError, pof
from analysis.workshop import engine_error_zh

_ID = dict(ids=lambda value: value if re.fullmatch(r"[\w-]+", value) else "zh")


@pytest.mark.parametrize("bad_id, zh", [
    ("cli-exclude-out-of-range", "--exclude：行号 99 超出范围：真值表的行号为 1..32（从 1 开始编号，第一个条件为最高位）"),
    ("exclude-row-range",
     "--exclude：行号必须是整数（如 '7,8,15'），现为 '10:12,14'；不能读取行号范围（10:12）：请逐一列出每一行，'10,11,12,14'"),
    ("exclude-row-twice", "--exclude：行号 7 在 '7,7' 中出现了两次；每行只写一次（是否把另一行的行号写错了？）"),
    ("exclude-empty", "--exclude：'' 中没有行号：请给出行号，如 '7,8,15'；不排除任何行则不写 --exclude"),
    ("incl-cut-percent", "--incl-cut 必须在 0 到 1 之间（含 0 和 1），现为 '80'；是百分数吗？请写 0.8"),
    ("include-twice",
     "--include 中 '?' 出现了两次（'??'）；每项只写一次：''（都不用）、'?'（逻辑余项）、'C'（矛盾行）或 '?,C'（两者）"),
    ("truth-table-sort-by-dash",
     "--sort-by：'-incl' 不是真值表的列；可按以下列排序：OUT, n, incl, PRI, DEV, URB, LIT, IND, STB；方向不用 '-' 表示：incl "
     "默认按降序排列（同 R 的 sort.by），incl=FALSE 为升序"),
    ("cli-pofind-relation-misspelt",
     "--relation 只能是 'sufficiency'（充分性）或 'necessity'（必要性）（或 'suf' / 'nec'），现为 'sufficency'；是否想写 "
     "'sufficiency'？"),
    ("pof-word-or",
     "--expression 'DEV OR URB'：'DEV OR URB' 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' 相连）；QCA 把“与”写作 '*'，"
     "把“或”写作 '+'：'DEV + URB'，而不是 'OR'（条件：'DEV', 'URB', 'LIT', 'IND', 'STB'）"),
], **_ID)
def test_a_flags_own_error_has_its_arguments_chinese_line_with_the_flag(bad_id, zh):
    """The command line words an argument's refusal with its flag first ("--exclude: row number 99 out of range",
    "--incl-cut must lie in [0, 1], got '80'"), and engine_error_zh's forms read the argument's name ('exclude:'), so
    these refusals of a researcher's flags (a row range, a row named twice, an empty --exclude, a percentage, a
    misspelt relation, ...) had no Chinese line. They are now read as the argument's error, the flag said where the
    line names the argument."""
    message = _catalogue_message(bad_id)
    assert message.startswith("--"), message
    assert engine_error_zh(QCAInputError(message)) == zh, message


def test_a_flags_error_the_arguments_form_cannot_read_gets_no_line():
    """No line rather than a wrong one: the flag's error read as the argument's must match a form whole, its hints too
    (a hint of exclude's error that the workshop cannot say: no line; the command's own way to list the rows of a kind,
    'find-rows --type csa', has its line since, tests/test_workshop_catalogue_lines.py), and a flag no argument is
    named like gets none."""
    message = _catalogue_message("exclude-csa-by-name")
    unknown = message.split("; ", 1)[0] + "; a hint the workshop cannot say"
    assert "find-rows --type csa" in message and engine_error_zh(QCAInputError(unknown)) is None
    assert engine_error_zh(QCAInputError("--no-such-flag must lie in [0, 1], got '1.5'")) is None


def test_a_value_that_spells_the_arguments_name_is_copied_as_written():
    """The flag replaces the argument's name where the line says it, never inside a quoted value the line copies."""
    said = engine_error_zh(QCAInputError("--exclude: no row numbers in 'exclude': give row numbers such as '7,8,15', "
                                         "or leave it out to block no rows"))
    assert said == "--exclude：'exclude' 中没有行号：请给出行号，如 '7,8,15'；不排除任何行则不写 --exclude", said


def test_the_hint_on_and_or_written_as_words_is_said_in_chinese():
    """pof('DEV OR URB', ...) hints that QCA writes 'or' as '+'; the Chinese line of the unknown condition said the
    rest and left that hint out, silently (its form reads the whole message)."""
    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case", encoding="utf-8")
    with pytest.raises(QCAInputError) as refused:
        pof("DEV and URB or LIT", lf, "SURV")
    assert engine_error_zh(refused.value) == (
        "expression 'DEV and URB or LIT'：'DEV and URB or LIT' 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' 相连）；QCA "
        "把“与”写作 '*'，把“或”写作 '+'：'DEV*URB + LIT'，而不是 'and' / 'or'（条件：'DEV', 'URB', 'LIT', 'IND', 'STB'）"), str(
        refused.value)


@pytest.mark.parametrize("bad_id, zh", [
    ("esa-contradictory-rows-twice",
     "--contradictory-rows：行号 7 在 '7,8,7' 中出现了两次；每行只写一次（是否把另一行的行号写错了？）"),
    ("esa-contradictory-rows-empty",
     "--contradictory-rows：' ' 中没有行号：请给出行号，如 '7,8,15'；不排除任何行则不写 --contradictory-rows"),
    ("esa-contradictory-rows-negative",
     "--contradictory-rows：行号 -3 超出范围：真值表的行号为 1..32（从 1 开始编号，第一个条件为最高位）"),
    ("cli-contradictory-rows-bad", "--contradictory-rows：行号必须是整数（如 '7,8,15'），现为 'csa,10'"),
], **_ID)
def test_esas_contradictory_rows_have_excludes_chinese_lines(bad_id, zh):
    """esa's contradictory_rows (--contradictory-rows) reads its row numbers as exclude does and is refused in the same
    words, its own name first; the Chinese lines of exclude's refusals read 'exclude:' only, so a row named twice, none,
    one out of range or no number had no Chinese line. They name the argument they are given."""
    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message


def test_the_api_contradictory_rows_names_itself_in_chinese():
    """esa(tt, contradictory_rows=...) says 'contradictory_rows:' where minimize(..., exclude=...) says 'exclude:'."""
    from analysis.qca import esa, truth_table

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case", encoding="utf-8")
    tt = truth_table(lf, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], incl_cut=0.8)
    with pytest.raises(QCAInputError) as refused:
        esa(tt, contradictory_rows="1-3")
    assert engine_error_zh(refused.value) == (
        "contradictory_rows：行号必须是整数（如 '7,8,15'），现为 '1-3'；不能读取行号范围（1-3）：请逐一列出每一行，'1,2,3'"), str(
        refused.value)


@pytest.mark.parametrize("bad_id, zh", [
    ("outcome-value-twice", "结果 'DEV{1,1}' 把取值 1 写了两次；每个取值只写一次，例如 'DEV{1}'"),
    ("outcome-value-twice-api", "结果 'DEV{2,1,2}' 把取值 2 写了两次；每个取值只写一次，例如 'DEV{1,2}'"),
    ("outcome-value-empty", "结果 'DEV{1,}' 的花括号中有一个空值（多写了一个逗号？）；请用逗号分隔各个取值，例如 'DEV{1}' 或 'DEV{1,2}'"),
    ("outcome-value-brackets",
     "结果 'SURV[1,]' 的方括号中有一个空值（多写了一个逗号？）；请用逗号分隔各个取值，例如 'SURV{1}' 或 'SURV{1,2}'"),
    ("outcome-value-space", "结果 'DEV{1 2}'：无法读取花括号中的取值；请写以逗号分隔的整数，例如 'DEV{1}' 或 'DEV{1,2}'"),
    ("outcome-value-absent", "结果 'SURV{2}'：取值 2 没有出现在列 'SURV' 中（该列的取值：0, 1）"),
    ("outcome-values-on-fuzzy", "结果 'SURV{1}' 选取多值结果的取值，但列 'SURV' 不是多值的（它必须是整数 0, 1, 2, ...）"),
    ("multi-value-outcome-plain",
     "结果 'DEV' 是多值的（取值最大为 2）；QCA 一次解释一个取值集合：请写 outcome='DEV{v}'（例如 'DEV{1}'）；普通结果必须是清晰集 "
     "0/1 或 [0, 1] 中的模糊隶属度"),
    ("outcome-typo-two",
     "tests/bad_inputs/outcome_typo_two.csv：结果 'SURV' 是多值的（取值最大为 2）；QCA 一次解释一个取值集合：请写 --outcome "
     "'SURV{v}'（例如 'SURV{1}'）；普通结果必须是清晰集 0/1 或 [0, 1] 中的模糊隶属度；只有案例 'FI' 的取值大于 1：若是笔误（或"
     "合计行），请改正"),
], **_ID)
def test_an_outcomes_values_written_wrong_have_their_chinese_line(bad_id, zh):
    """A multi-value outcome's values written with a stray comma, twice, with a blank, a value the column lacks, values
    of a column that is not multi-value, or a multi-value outcome given without its value (a 2 typed into a 0/1
    column: the catalogue's rows) had no Chinese line."""
    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message


@pytest.mark.parametrize("bad_id, zh", [
    ("cli-budget-named-as-flag",
     "质蕴涵项表（1797 个蕴涵项 × 40 列）为求出每个最简模型，精确搜索需要超过 --max-work 200 步；请提高 --max-work，或使用更少的"
     "条件或更多的观察案例（更高的频数阈值）。目前已确定：每个最简模型恰含 10 个质蕴涵项"),
    ("cli-implicant-budget-named-as-flag",
     "质蕴涵项的搜索需要多于 --max-work 1 步（已列出多于 128 个质蕴涵项，在 20 个正组态中的第 13 个；9 个条件，23 个负组态）；请"
     "提高 --max-work，或使用更少的条件或更高的频数阈值（--n-cut）"),
    ("super-subset-work-budget",
     "搜索评估了 6 个候选表达式（5 个条件上至多含 5 个文字的 242 种组合），每个都要遍历 18 个案例：在搜索结束之前，108 的工作量已"
     "超过 --max-work 100；请给出更小的 --depth（如 --depth 3），或提高 --max-work"),
    ("truth-table-membership-budget",
     "9 个观察到的行 × 18 个案例：162 个模糊隶属度（每个案例在每一行中的隶属度，用于 incl 和 PRI）多于 --max-memberships 100；请"
     "使用更少的条件，或提高 --max-memberships"),
    ("cases-pairs-over-budget",
     "2 × 10 个案例构成 20 个待排序的候选案例对，多于 --max-pair-candidates 10；请提高 --max-pair-candidates，或选择案例更少的项、"
     "案例对类型或数据"),
], **_ID)
def test_a_budgets_refusal_worded_with_its_flag_has_its_chinese_line(bad_id, zh):
    """The command line words a budget's refusal with its flags ('needs more than --max-work 200 steps ...; raise
    --max-work', '(e.g. --depth 3)'), and the Chinese lines read the Python words only ('max_work = 200', 'raise
    max_work (CLI: --max-work)'): the exact search, the prime implicant search, superSubset's search, the fuzzy
    memberships and the candidate pairs stopped by a researcher's flag had no Chinese line. Each reads both, and says
    the flags as the command line does."""
    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message


@pytest.mark.parametrize("bad_id, zh", [
    ("empty-condition-name", "条件中有一个空的名称：'DEV,,URB'；请写以逗号分隔的名称"),
    ("esa-nec-cond-empty", "--nec-cond 是空的（''）：请给出条件的表达式，例如 'LIT'，或不用这个参数"),
    ("esa-untenable-empty", "--untenable 是空的（' '）：请给出条件的表达式，例如 '~A*B'，或不用这个参数"),
    ("esa-rows-nec-cond-empty", "nec_cond 是空的（''）：请给出条件的表达式，例如 'LIT'，或不写它（None），即不排除任何这样的行"),
    ("data-path-empty", "数据文件名是空的（''）：请给出 CSV 文件（每个案例一行），或用 '-' 表示标准输入"),
    ("dir-exp-empty",
     "--dir-exp 为空（''）：请给出方向性预期，例如 '1,1,-'（按条件的顺序每个条件一个值）或 'A=1,B=0'；不求中间解则不写 --dir-exp"),
    ("include-empty-item", "--include 中有一个空项（'?,'）；请写 '', '?', 'C' 或 '?,C'"),
    ("explain-empty-item", "explain 中有一个空项（'1,'）；请写 '1' 或 '1,C'"),
    ("case-column-empty",
     "data/reference/datasets/LF.csv：--case-column 是空的（''）：请给出案例名称所在的列，或不用这个参数（默认：有 'case' 列则用"
     "它，否则用无名的第一列）"),
], **_ID)
def test_an_argument_or_flag_left_empty_has_its_chinese_line(bad_id, zh):
    """An argument or flag left empty (an unset shell variable, "$ROWS"; a stray comma): --nec-cond, --untenable, esa's
    nec_cond, the data file's name, --dir-exp, an empty item of --include or explain, a condition's name, --case-column
    (the catalogue's rows) had no Chinese line."""
    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message


_PRINTS = "QCA 用 * ~ + [ ] { } ( ) , = ; 书写解和表达式（A*~B + C[1]，Y{1}），因此打印出的解无法再读回"


@pytest.mark.parametrize("bad_id, zh", [
    ("operator-in-name",
     f"tests/bad_inputs/operator_in_name.csv：条件名称 'STB*GOV' 含有 '*'：{_PRINTS}；请给该列改名，例如改为 'STB_GOV'"),
    ("operator-in-name-api", f"条件名称 'A+B' 含有 '+'：{_PRINTS}；请给该列改名，例如改为 'A_B'"),
    ("parentheses-in-name",
     f"tests/bad_inputs/parentheses_in_name.csv：条件名称 'STB(cab)' 含有 '(' ')'：{_PRINTS}；请给该列改名，例如改为 'STB_cab'"),
    ("condition-name-with-comma-in-list-flag",
     "tests/bad_inputs/comma_in_condition_name.csv：--conditions 'GDP, high,URB'：列 'GDP, high' 含有 ','，而 ',' 在这里分隔名称；"
     "集合名称不能含有 ','（QCA 用它书写表达式，因此打印出的解无法再读回），加引号也无济于事：请给该列改名，例如改为 'GDP_high'（在"
     "文件的表头中改，或用 df.rename(columns={'GDP, high': 'GDP_high'})）"),
], **_ID)
def test_a_sets_name_a_solution_could_not_print_has_its_chinese_line(bad_id, zh):
    """A column whose name holds QCA's operators ('STB*GOV', 'A+B', 'STB(cab)') or a ',' that --conditions splits
    (the catalogue's rows: a researcher's own file) had no Chinese line."""
    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message


def test_a_sets_name_with_a_line_break_has_its_chinese_line():
    """A header typed over two lines in an Excel cell (Alt+Enter) is refused; its Chinese line says so."""
    from analysis.qca import truth_table

    data = pd.DataFrame({"DE\nV": [0, 1, 1, 0], "URB": [1, 0, 1, 0], "SURV": [0, 1, 1, 0]})
    with pytest.raises(QCAInputError) as refused:
        truth_table(data, "SURV", ["DE\nV", "URB"])
    assert engine_error_zh(refused.value) == (
        "条件名称 'DE\\nV' 含有换行符（在 Excel 单元格中按了 Alt+Enter？）：表格和解会把它打印成两行；请给该列改名，例如改为 'DE_V'")


@pytest.mark.parametrize("bad_id, zh", [
    ("jobs-unicode-minus",
     "参数 --jobs/--n-jobs：必须是 -1024 到 1024 之间、不为 0 的整数（-1：使用全部核心），现为 '−1'；请写 -1（用半角 ASCII 的 "
     "'-'：'−' 是统一码（Unicode）减号，文档或网页中常这样写）"),
    ("jobs-too-many",
     "参数 --jobs/--n-jobs：必须是 -1024 到 1024 之间、不为 0 的整数（-1：使用全部核心），现为 '1000000000'"),
], **_ID)
def test_the_worker_counts_refusal_names_the_flag_alike_in_every_command(bad_id, zh):
    """minimize's refusal of its worker count said 'argument --jobs/--n-jobs', robustness's 'argument --n-jobs/--jobs'
    (their flags declared in two orders), and the Chinese line read robustness's order only: minimize --jobs −1 (the
    Unicode minus sign copied from a document) had none. Both commands name the flag '--jobs' first, as the README
    does, and the line reads it, the minus sign's hint said too."""
    message = _catalogue_message(bad_id)
    assert message.startswith("argument --jobs/--n-jobs: "), message
    assert engine_error_zh(QCAInputError(message)) == zh, message


@pytest.mark.parametrize("bad_id, zh", [
    ("dir-exp-malformed-pair", "无法读取方向性预期 'DEV=1=2'：请写 CONDITION=1、=0 或 =-"),
    ("dir-exp-colon",
     "无法读取 --dir-exp 'DEV:1,URB:1'：条件之间请用 ',' 分隔、值前用 '='（语法是 NAME=VALUE，不是 NAME:VALUE），写作 "
     "'DEV=1,URB=1'；';' 用于连接一个多值条件的多个取值"),
    ("dir-exp-value-typo",
     "无法读取 --dir-exp '1,1,1,1,c'：第 5 项 'c' 不是一个值（1、0、'-'（无预期），或以 ';' 相连的多值条件取值，如 1;2）；请写成"
     "“名称=值”对（如 'DEV=1,URB=0,LIT=-'）、按条件的顺序每个条件一个值（'1,0,-,-,-'）或文字项（'DEV, ~URB'）"),
    ("dir-exp-blank-separated-out-of-range",
     "无法读取 --dir-exp 'DEV=1 URB=2'：条件之间请用 ',' 分隔、值前用 '='，写作 'DEV=1,URB=2'；';' 用于连接一个多值条件的多个取值；"
     "这样读取也会被拒绝：条件 'URB' 的方向性预期 2 超出范围：'URB' 的取值为 0..1（无预期的写 '-'）"),
    ("dir-exp-literal-twice", "--dir-exp：方向性预期 'DEV' 在 'DEV, ~URB, DEV' 中出现了两次；每个文字项只写一次"),
    ("dir-exp-value-twice", "--dir-exp：条件 'DEV' 的方向性预期 '1;1' 把取值 1 写了两次；每个取值只写一次"),
    ("dir-exp-mixed-forms",
     "--dir-exp：无法读取方向性预期 'DEV[2]'：请写 CONDITION=1、=0 或 =-；文字项（DEV[2]）和“名称=值”对是两种写法，一次只用一种："
     "请写 'DEV=2,URB=1'"),
], **_ID)
def test_directional_expectations_written_wrong_have_their_chinese_line(bad_id, zh):
    """The directional expectations' syntax errors (a pair 'DEV=1=2', NAME:VALUE, blanks between the pairs, a value
    typo, a literal or value twice, literals mixed with pairs: the catalogue's rows) had no Chinese line: the
    command line writes 'cannot read --dir-exp ...' or puts '--dir-exp: ' before one value's error, and the forms
    read the Python words only, or no form read the message."""
    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message


@pytest.mark.parametrize("bad_id, zh", [
    ("double-negation",
     "结果 '~SURV' 已经是否定的，而 --negate-outcome 又把它否定一次：两者相互抵消，等于解释 'SURV' 本身；请写 '~SURV' 或 "
     "--negate-outcome，不要两者都用"),
    ("double-negation-necessity",
     "结果 '~~SURV' 被否定了两次（两次否定相互抵消，等于解释结果本身）；请写 '~NAME' 或使用 --negate-outcome，不要两者都用"),
    ("pof-expression-names-outcome", "--expression 'DEV*SURV' 写了结果 'SURV'：集合不能解释它自身；请只用条件（其他列）来写"),
    ("pof-expression-names-outcome-api", "expression 'DEV*SURV' 写了结果 'SURV'：集合不能解释它自身；请只用条件（其他列）来写"),
    ("cases-nec-cond-outcome", "--nec-cond 'SURV' 写了结果 'SURV'：集合不能解释它自身；请只用条件（其他列）来写"),
], **_ID)
def test_the_outcome_negated_twice_or_named_in_an_expression_has_its_chinese_line(bad_id, zh):
    """--outcome '~SURV' with --negate-outcome, '~~SURV', and an expression or necessary condition naming the outcome
    (the catalogue's rows) had no Chinese line."""
    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message


def test_the_outcome_negated_twice_in_python_names_negate_outcome():
    """In Python the refusal names negate_outcome and its flag; the Chinese line says both."""
    from analysis.qca import truth_table

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case", encoding="utf-8")
    with pytest.raises(QCAInputError) as refused:
        truth_table(lf, "~SURV", ["DEV", "URB"], negate_outcome=True)
    assert engine_error_zh(refused.value) == (
        "结果 '~SURV' 已经是否定的，而 negate_outcome（命令行：--negate-outcome）又把它否定一次：两者相互抵消，等于解释 'SURV' "
        "本身；请写 '~SURV' 或 negate_outcome，不要两者都用")


_CASE_TYPES = "typical、deviant-consistency、deviant-coverage、irrelevant、focal-conjuncts"


@pytest.mark.parametrize("bad_id, zh", [
    ("cases-type-misspelt", f"--type 必须是 {_CASE_TYPES} 之一，现为 'typcial'；是否想写 'typical'？"),
    ("cases-type-of-necessity",
     f"--type 必须是 {_CASE_TYPES} 之一，现为 'deviant-relevance'；这是必要条件的案例类型：请给出 --nec-cond"),
    ("find-rows-type-contradictions",
     "--type 必须是 all、untenable、csa、ssr 之一（或 R 的 0-3），现为 'contradictions'；矛盾行（结果两侧都有案例的行）由 "
     "contradictions(tt) 列出（命令行：truth-table 命令以 OUT 'C' 或其案例显示它们；--dcc 列出偏离案例）；csa 是矛盾的简化假设，"
     "即同时用于结果及其否定的逻辑余项"),
], **_ID)
def test_a_type_of_cases_or_rows_has_its_chinese_line(bad_id, zh):
    """The cases command's --type misspelt or of a necessary condition's cases, and find-rows --type contradictions
    (the catalogue's rows) had no Chinese line."""
    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message


@pytest.mark.parametrize("bad_id, zh", [
    ("cases-component-without-nec-cond",
     "--component 'LIT' 给出必要条件之和中一个析取项的表：请用 --nec-cond 给出这个和，例如 --nec-cond 'LIT + STB' --component LIT"),
    ("cases-component-one-set",
     "--component 只用于必要条件之和，如 'A + B'（每个析取项一张表），现为 --nec-cond 'LIT'，只是一个集合：请不用 --component"),
    ("necessity-cases-component-not-a-disjunct", "component 'DEV' 不是 nec_cond 'LIT + STB' 的析取项：请给出 'LIT'、'STB' 之一"),
    ("cases-component-empty", "--component 必须是 --nec-cond 的一个析取项的文本（如 'A + B' 中的 'A'），现为 ''"),
], **_ID)
def test_a_necessary_sums_component_has_its_chinese_line(bad_id, zh):
    """--component without --nec-cond, of one set, not a disjunct of the sum, or empty, and necessity_cases'
    component (the catalogue's rows) had no Chinese line."""
    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message


@pytest.mark.parametrize("bad_id, zh", [
    ("esa-csa-and-rows", "--csa 和 --contradictory-rows 都指定要排除的行：请只给一个（--csa 会自己找出矛盾的简化假设）"),
    ("cases-pairs-and-type",
     "--type deviant-coverage 和 --pairs typical-irrelevant 都选择要列出的内容：--type 列出单个案例，--pairs 列出案例对；请只给一个"),
    ("truth-table-dcc-no-cases",
     "--dcc 在 cases 列中打印偏离案例，而 --no-cases 不输出该列：请只给其中一个（JSON 无论如何都包含每行的案例和 DCC）"),
    ("good-practice-json-csv", "--json 和 --csv 都选择输出格式：请只给一个（默认：以文本给出报告）"),
    ("minimize-json-csv", "--json 和 --csv 都选择输出格式：请只给一个（默认：类似 R 的表格）"),
    ("truth-table-csv-complete", "--complete 会在表中打印逻辑余项，而 CSV 只含观察到的行：请去掉 --complete 或 --csv"),
], **_ID)
def test_two_flags_that_choose_the_same_have_their_chinese_line(bad_id, zh):
    """Two flags given together that choose the same (--json and --csv, --csa and --contradictory-rows, --type and
    --pairs) or rule each other out (--complete with --csv, --dcc with --no-cases): the catalogue's rows had no
    Chinese line."""
    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message


@pytest.mark.parametrize("bad_id, zh", [
    ("incl-cut-decimal-comma",
     "--incl-cut '1,0' 有歧义：是带小数逗号的一个数，还是两个阈值 'ic1,ic0'？小数请用小数点写（如 0.8 或 1.0），两个阈值也用小数点"
     "写，例如 0.9,0.6"),
    ("incl-cut-percent-sign-cli", "--incl-cut 必须是一个数或两个数 'ic1,ic0'，现为 '80%'；是百分数吗？请写 0.8"),
    ("incl-cut-percent-pair-cli", "--incl-cut 必须是一个数或两个数 'ic1,ic0'，在 [0, 1] 之内，现为 '80,60'；是百分数吗？请写 0.8,0.6"),
    ("flag-float-underscore",
     "--incl-cut 必须是一个数或两个数 'ic1,ic0'，现为 '0.7_5'；请写 0.75（只用数字 0-9，数字组之间不加 '_'）"),
], **_ID)
def test_incl_cuts_text_unread_has_its_chinese_line(bad_id, zh):
    """--incl-cut '1,0' (a decimal comma or a pair?), '80%', '80,60' (percentages) and '0.7_5' (the catalogue's rows)
    had no Chinese line."""
    message = _catalogue_message(bad_id)
    assert engine_error_zh(QCAInputError(message)) == zh, message

"""The Chinese of the engine's errors (ENGINE_ERRORS_ZH's part, zh_errors) about a call's or a command's arguments
as such: an argument or flag the function or command does not take (R's among them), a flag's value of the wrong
kind, one given twice or left empty, a command's name, a call in R's order, n_jobs; an argument of the
wrong kind a public function refuses (what each must be), memberships of different cases."""
from __future__ import annotations

import re
from typing import Callable

from analysis.workshop.zh_error_parts import _error_message_zh, _TWICE_CHOICES_ZH
from analysis.workshop.zh_hints import _GIVEN
from analysis.workshop.zh_keywords import _cli_keyword_advice_zh, _keyword_notes_zh, _zh_unknown_keyword
from analysis.workshop.zh_r_only import _zh_r_only

#: Arguments of the wrong kind the public functions refuse (what each must be), their Chinese: the value given is
#: copied after '现为'. Found by tools/fuzz_api.py's runs (a DataFrame for a truth table, a text for a list, ...).
_WRONG_KIND_ZH = {
    "expected a TruthTable from truth_table()": "需要一张真值表（由 truth_table() 生成）",
    "data must be a pandas DataFrame of memberships": "data 必须是隶属度的 pandas DataFrame（数据表）",
    "df must be a pandas DataFrame": "df 必须是 pandas 的 DataFrame（数据表）",
    "expression must be text such as 'A*~B + C' or a list of terms": "expression 必须是文本（如 'A*~B + C'）或项的列表",
    "each term of expression must be a term such as 'A*~B' or {'A': 1, 'B': 0}":
        "expression 的每一项都必须是一个项，如 'A*~B' 或 {'A': 1, 'B': 0}",
    "term must be a term such as 'A*~B' or {'A': 1, 'B': 0}": "term 必须是一个项，如 'A*~B' 或 {'A': 1, 'B': 0}",
    "nec_cond must be an expression of the conditions as text, e.g. 'LIT' or 'A*B + ~C'":
        "nec_cond 必须是以文本写出的条件表达式，例如 'LIT' 或 'A*B + ~C'",
    "outcome must be the outcome's name as text (it labels the columns)": "outcome 必须是以文本写出的结果名称（用作列的标签）",
    "parsimonious must be a parsimonious Solution, minimize(tt, include='?')":
        "parsimonious 必须是简约解（Solution），即 minimize(tt, include='?')",
    **{f"{name} must be a Solution from minimize() (the parsimonious solution, include='?')":
       f"{name} 必须是 minimize() 返回的解（Solution）（简约解，include='?'）" for name in ("solution_y", "solution_not_y")},
    "models must be a list of model names such as ['M1']": "models 必须是模型名称的列表，如 ['M1']",
    "simplifying_assumption_rows needs a Solution from minimize() or a TruthTable from truth_table()":
        "simplifying_assumption_rows 需要 minimize() 返回的解（Solution）或 truth_table() 生成的真值表",
    "solutions must be a Solution from minimize(), a dict or list of them (one per kind: conservative, parsimonious, "
    "intermediate) or a TruthTable (no solution)":
        "solutions 必须是 minimize() 返回的解（Solution）、由解组成的字典或列表（每种解一个：复杂解、简约解、中间解），"
        "或一张真值表（没有解）",
    "OUT values must be among '1', '0', 'C' and '?' (a list, or a text such as '1,C')":
        "OUT 的取值只能是 '1'、'0'、'C' 和 '?'（列表，或像 '1,C' 这样的文本）",
    "rows_limit must be a whole number >= 0 or None (every row)": "rows_limit 必须是不小于 0 的整数，或 None（全部行）",
    "pi_chart must be True (always include the chart), False (never) or None (when it is small and known)":
        "pi_chart 必须是 True（总是包含质蕴涵项表）、False（从不包含）或 None（表小且已知时包含）",
    "robustness must be a RobustnessProtocol from robustness_protocol() or a DataFrame with a 'sweep' column (one "
    "row per kind of test)":
        "robustness 必须是 robustness_protocol() 返回的 RobustnessProtocol，或带有 'sweep' 列的 DataFrame（每类检验一行）",
    "necessity must be a NecessityResult from necessity() or its table (a DataFrame with condition and inclN)":
        "necessity 必须是 necessity() 返回的 NecessityResult 或其表格（含 condition 和 inclN 列的 DataFrame）",
    "cases must be a case typology (a DataFrame with a 'type' column, as case_typology() gives)":
        "cases 必须是案例类型表（带有 'type' 列的 DataFrame，即 case_typology() 给出的表）",
    "thresholds must be a dict, a string or numbers": "thresholds 必须是字典、文本或数字",
    # round 55 (zh18): the rest of the API fuzzer's forms, seeds 0 and 1
    "conditions must be a list of condition names such as ['A', 'B']": "conditions 必须是条件名称的列表，如 ['A', 'B']",
    "noflevels must be a list of numbers of levels, one per condition (2 for crisp and fuzzy sets)":
        "noflevels 必须是水平数的列表，每个条件一个（清晰集和模糊集为 2）",
    "implicants must be a list of implicants (each a sequence of codes, one per condition)":
        "implicants 必须是蕴涵项的列表（每个蕴涵项是一串代码，每个条件一个）",
    "an implicant must be a sequence of codes, one per condition (0 = absent, 1 = negated, 2 = present, v + 1 = value v)":
        "蕴涵项必须是一串代码，每个条件一个（0 = 不出现，1 = 取否定，2 = 出现，v + 1 = 取值 v）",
    "typology must be necessity_typology()'s table (columns case, condition, X, Y)":
        "typology 必须是 necessity_typology() 给出的表（含 case、condition、X、Y 列）",
    "observed must be the solution's fit as a mapping {'inclS': .., 'covS': ..} (e.g. solution.models[0].fit)":
        "observed 必须是解的拟合参数，以映射给出：{'inclS': .., 'covS': ..}（例如 solution.models[0].fit）",
    "max_rows must be a whole number of rows >= 1 or None (every typical case)":
        "max_rows 必须是不小于 1 的整数（行数），或 None（全部典型案例）",
    **{f"budgets of {who} must be a mapping such as {{'max_work': 1_000_000}}":
       f"{who} 的 budgets 必须是映射（字典），如 {{'max_work': 1_000_000}}"
       for who in ("threshold_range", "robustness_protocol", "run_spec_file")},
    "component must be one disjunct of nec_cond as text (e.g. 'A' of 'A + B')":
        "component 必须是 nec_cond 的一个析取项，以文本给出（如 'A + B' 中的 'A'）",
    "keep must be a column name or a list of them (the columns copied unchanged, e.g. keep='case')":
        "keep 必须是一个列名或列名的列表（原样复制的列，如 keep='case'）",
    "unit must be the name of the column of unit ids, e.g. 'CASE'": "unit 必须是单元标识所在列的名称，如 'CASE'",
    "cluster must be the name of the column of cluster ids, e.g. 'WAVE'": "cluster 必须是聚类标识所在列的名称，如 'WAVE'",
    **{f"{name} must be a number": f"{name} 必须是一个数" for name in ("incl_cut", "pri_cut", "n_cut")},
    "theory must be an expression of the conditions as text, e.g. 'DEV*STB + ~URB'":
        "theory 必须是以文本写出的条件表达式，例如 'DEV*STB + ~URB'",
    "max_conditions must be a whole number of at least 1 (the most conditions whose Boolean forms are built; default "
    "14)": "max_conditions 必须是至少为 1 的整数（最多为多少个条件构建布尔形式；默认 14）",
}

#: Where the value an error quotes ends: at a hint the workshop says (zh_hints: '; write 3 (a whole number, ...)',
#: 'a percentage?', 'did you mean', a full-width character's, R's c(...)), or at the message's end.
#: Where --incl-cut's text has an empty value (cli_args._empty_cut_hint: '0.8,', ',0.8', '0.8,,0.6').
_EMPTY_AT_ZH = {"after": "',' 之后没有内容", "before": "',' 之前没有内容", "between two": "两个 ',' 之间没有内容",
                "before and after": "',' 之前和之后都没有内容"}
_HINT_AFTER = (r"(?=[;:] (?:write |a list joins nothing |a percentage\?|a decimal comma\?|did you mean |'.' -> |R's vector )|; '[^']*': did you "
               r"mean | \(-?\d+/\d+ is not a whole number\)$|$)")

#: Where one hint of argparse's unrecognized arguments ends and the next begins (cli_hints: a flag another command
#: takes, a flag misspelt).
_NEXT_HINT = re.compile(r"; (?=[\w-]+ takes no --|(?:--[\w.-]+: )?did you mean --)")


def _another_commands_flag_zh(m: re.Match) -> str:
    """The line of cli_args._another_commands_flag's message (minimize --out x.csv, read as --outcome)."""
    return (f"{m.group('aflag')} 不是 {m.group('acmd')} 的参数（argparse 会把它当作以它开头的 {m.group('ameant')}）："
            f"{m.group('aothers').replace(', ', '、')} 接受 {m.group('aflag')}"
            + ("；该命令把结果打印出来：请用 shell 的 '>' 写入文件（例如 > result.txt）"
               + (f"，表格可加 {m.group('atables')}" if m.group("atables") else "") if m.group("aprinted") else "")
            + f"；若要用 {m.group('ameant')}，请写全")


def _r_assignment_zh(m: re.Match) -> str | None:
    """The line of cli_hints._r_assignment_hint's message: the flags to write, then each R argument's own advice
    ('details=TRUE: leave it out: ...', 'show.cases=FALSE: leave --no-cases out'); None when an advice has none."""
    write = m.group("rwrite")
    line = f"无法识别的参数：{m.group('rargs')}；R 的 name = value 在命令行中写成参数"
    if write:
        bench = re.fullmatch(r"(?P<w>--benchmark \S+) \(the inclN a condition needs to be flagged necessary; R's "
                             r"(?P<r>[\w.]+)\)", write)
        said = (f"请写 {bench.group('w')}（条件被标为必要条件所需的 inclN；R 的 {bench.group('r')}）" if bench else
                f"请写 {write}" if "(" not in write else _cli_keyword_advice_zh(f"write {write}"))
        if said is None:
            return None
        line += f"：{said}"
    for note in re.split(r"; (?=[A-Za-z][\w.]*=\S+: )", m.group("rnotes").removeprefix("; ")) if m.group("rnotes") else []:
        given, advice = note.split(": ", 1)
        left = re.fullmatch(r"leave (--[\w-]+) out", advice)
        zh = (f"请去掉 {left.group(1)}" if left else _cli_keyword_advice_zh(advice)
              or (_error_message_zh(advice) if advice.startswith("--") else None))   # R's argument not implemented
        if zh is None:
            return None
        line += f"；{given}：{zh}"
    return line


def _unrecognized_hints_zh(args: str, hints: str) -> str | None:
    """The line of 'unrecognized arguments: ...' with a hint for each of several flags: each hint said as the line of
    the message with that hint alone says it (the form 'a flag the command does not take'), after the flags given;
    None when one hint has no line."""
    head = f"无法识别的参数：{args}"
    said = []
    for hint in _NEXT_HINT.split(hints.removeprefix("; ")):
        line = _error_message_zh(f"unrecognized arguments: {args}; {hint}")
        if line is None or not line.startswith(head):
            return None
        said.append(line.removeprefix(head))
    return (head + "".join(said)).replace("？；", "？")


#: The functions whose R counterpart orders its arguments otherwise (analysis.qca.r_calls.R_CALL_ORDER): the hint a call
#: that does not bind ends with (R's order and the call to write), and its Chinese from the names and values it copies.
_R_ORDER_ZH: dict[str, tuple[re.Pattern, Callable[[re.Match], str]]] = {
    "pof": (re.compile(r"R's pof\(setms, outcome, data\) takes the outcome second and R's arrow 'A -> Y' the outcome in "
                       r"the expression; here the data come second, then the outcome: write (?P<write>pof\(.+?\))"
                       r"(?P<nec> \(relation='necessity' for necessity\))?$"),
            lambda h: ("R 的 pof(setms, outcome, data) 把结果放在第二位，R 的箭头 'A -> Y' 则把结果写在表达式中；这里数据在第二位，"
                       f"结果在其后：请写 {h.group('write')}" + ("（必要性写 relation='necessity'）" if h.group("nec") else ""))),
    # r_calls.pof_frame_hint: R's pof(setms = a data frame of memberships, outcome), which scores each column
    "pof frame": (re.compile(r"(?:it has (?P<none>no columns): give an expression naming the data's sets, e\.g\. pof\('A\*~B "
                             r"\+ C', data, outcome\)|R's pof\(\) given a data frame of memberships scores (?:(?P<one>its "
                             r"column); here write (?P<pof1>pof\(.+?, data, outcome\)), or (?P<find1>pofind\(data, outcome, "
                             r"conditions=\[[^\[\]]*\], relation=\.\.\.\)) for the column and its negation|each column; here "
                             r"write (?P<find>pofind\(data, outcome, conditions=\[[^\[\]]*\], relation=\.\.\.\))(?: \(the first "
                             r"4 of its (?P<n>\d+) columns: add the other (?P<more>\d+)\))? for each column \(and its "
                             r"negation\), or (?P<pof>pof\(.+?, data, outcome\)) for their union)) \(the data: one DataFrame "
                             r"holding (?:these sets|this column|these columns) and the outcome\)$"),
                  lambda h: ("所给的数据框没有列：请给出由数据中的集合写成的表达式，例如 pof('A*~B + C', data, outcome)" if h.group("none") else
                             f"R 的 pof() 给定隶属度的数据框时，会给其中的列打分；这里请写 {h.group('pof1')}，或用 "
                             f"{h.group('find1')} 给该列及其否定打分" if h.group("one") else
                             f"R 的 pof() 给定隶属度的数据框时，会给每一列打分；这里请用 {h.group('find')}"
                             + (f"（只列出了其 {h.group('n')} 列中的前 4 列：请补上其余 {h.group('more')} 列）"
                                if h.group("n") else " ")
                             + f"给每一列（及其否定）打分，或用 {h.group('pof')} 给它们的并集打分")
                  + "（数据：一个同时含有" + ("这些集合" if h.group("none") else "这一列" if h.group("one") else "这些列")
                  + "和结果的 DataFrame）"),
    "find_rows": (re.compile(r"R QCA's findRows\(obj, expression, observed, type\) names the truth table obj and takes "
                             r"the type last \(older versions: findRows\(expression, obj, remainders, type\)\); here the "
                             r"truth table comes first, then the type: write (?P<write>find_rows\(tt, 'untenable', "
                             r"expression=(?:'[^']*'|\"[^\"]*\")\)) \(R's type = 1\), find_rows\(tt, 'csa'\) \(type = 2\), "
                             r"'ssr' \(3\), 'all' \(0\)$"),
                  lambda h: ("R QCA 的 findRows(obj, expression, observed, type) 把真值表称为 obj，类型放在最后（旧版为 "
                             "findRows(expression, obj, remainders, type)）；这里真值表在前，其后是类型：请写 "
                             f"{h.group('write')}（R 的 type = 1）、find_rows(tt, 'csa')（type = 2）、'ssr'（3）、"
                             "'all'（0）")),
    "smmr": (re.compile(r"SetMethods' smmr\(results, outcome, sol, match, cases\) takes the outcome and the model by "
                        r"position; here the solution holds its outcome: write smmr\(sol, 'typical', model=1\) \(cases = "
                        r"1\), 'deviant consistency' \(3\), 'deviant coverage' \(4\), 'irrelevant' \(5\); "
                        r"smmr_focal_conjuncts\(sol, term=1\) \(2\); smmr_pairs\(\) for match = TRUE$"),
             lambda h: ("SetMethods 的 smmr(results, outcome, sol, match, cases) 按位置给出结果和模型；这里解本身带有其结果："
                        "请写 smmr(sol, 'typical', model=1)（cases = 1）、'deviant consistency'（3）、'deviant coverage'"
                        "（4）、'irrelevant'（5）；smmr_focal_conjuncts(sol, term=1)（2）；match = TRUE 时用 smmr_pairs()")),
    "threshold_range": (re.compile(r"SetMethods' rob\.inclrange\(\), rob\.ncutrange\(\) and rob\.calibrange\(\) are one "
                                   r"function here, the threshold moved named fourth: write threshold_range\(data, "
                                   r"outcome, conditions, 'incl_cut', step, max_runs, incl_cut=\.\.\.\) \('n_cut'; "
                                   r"'calibration' with raw=, calibrate_set=, thresholds=\)$"),
                        lambda h: ("SetMethods 的 rob.inclrange()、rob.ncutrange() 和 rob.calibrange() 在这里是同一个函数，"
                                   "要变动的阈值由第四个参数指明：请写 threshold_range(data, outcome, conditions, 'incl_cut', "
                                   "step, max_runs, incl_cut=...)（或 'n_cut'；'calibration' 时另给 raw=、calibrate_set=、"
                                   "thresholds=）")),
    "cluster_diagnostics": (re.compile(r"SetMethods' cluster\(data, results, outcome, unit_id, cluster_id, sol, "
                                       r"necessity\) takes sol and necessity by position; here they are keywords: write "
                                       r"cluster_diagnostics\(data, results, outcome, unit, cluster, model=1, "
                                       r"necessity=False\)$"),
                            lambda h: ("SetMethods 的 cluster(data, results, outcome, unit_id, cluster_id, sol, necessity) "
                                       "按位置给出 sol 和 necessity；这里它们是关键字参数：请写 cluster_diagnostics(data, "
                                       "results, outcome, unit, cluster, model=1, necessity=False)")),
}


def _r_order_zh(function: str, hint: str) -> str | None:
    """The Chinese of the hint a call of `function` in R's order ends with (_R_ORDER_ZH); None for another hint."""
    for form, said in (_R_ORDER_ZH[function], *([_R_ORDER_ZH["pof frame"]] if function == "pof" else [])):
        if found := form.match(hint):
            return said(found)
    return None


CALLS_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str | None]]] = [
    ("an argument the function does not take",
     re.compile(r"(?P<function>\w+)\(\) takes no argument (?P<name>'[^']*')(?:; (?P<advice>.+?))? \((?:its arguments: "
                r"(?P<names>[^()]*)|it takes no arguments)\)$"),
     _zh_unknown_keyword),
    ("an R argument the engine does not implement",
     re.compile(r"(?P<given>\S+) is R QCA's (?P<function>\w+)\(\.\.\., (?P<r>[\w.]+) = \.\.\.\) \((?P<what>.+?)\), which "
                r"this engine does not implement; instead: (?P<instead>.+)$"),
     _zh_r_only),
    ("a flag's value of the wrong kind",   # the command line's types: --n-cut 0, --max-work 1,000,000, --model M2
     re.compile(r"argument (?P<flag>--[\w-]+(?:/--[\w-]+)?): must be (?P<what>a positive whole number|a number in \[0, 1\]|"
                r"a whole number >= 0|exact or a positive whole number|a term's number \(1 = the first\) or its text, "
                r"e\.g\. (?P<eg>'[^']*')), got (?P<value>'[^']*')(?:; write (?P<write>--model \d+) \(models are numbered "
                r"from 1: (?P<printed>M\d+) is (?P<n>\d+)\)|; write (?P<digits>\d+) \((?:digits 0-9 only: no (?P<sep>'[_,]') "
                r"between groups of digits|(?P<exp>a whole number in digits, not in exponent form))\))?(?=; |$)"),
     lambda m: (f"参数 {m.group('flag')}：必须是"
                + {"a positive whole number": "正整数", "a number in [0, 1]": " [0, 1] 中的数",
                   "a whole number >= 0": "不小于 0 的整数", "exact or a positive whole number": " exact 或正整数"}.get(
                    m.group("what"), f"项的编号（1 即第一项）或项的文本，例如 {m.group('eg')}")
                + f"，现为 {m.group('value')}"
                + (f"；请写 {m.group('write')}（模型从 1 开始编号：{m.group('printed')} 即 {m.group('n')}）"
                   if m.group("write") else "")
                + (f"；请写 {m.group('digits')}（" + ("用数字写出整数，不用指数形式" if m.group("exp") else
                                                     f"只用数字 0-9，数字组之间不加 {m.group('sep')}") + "）"
                   if m.group("digits") else ""))),
    ("a budget not a whole number",
     re.compile(r"(?P<param>max_models|max_work|max_implicants|max_chart_cells|max_intermediate_pairs|sa_limit|"
                r"ec_limit|max_memberships|max_candidates|max_pair_candidates|max_pairs|max_csf|limit|"
                r"seed|sol_depth(?! must be a positive whole number, got 0:)) must be (?:a positive whole "
                r"number|a whole number >= (?P<least>\d+)), got "
                rf"{_GIVEN}(?=[;:( ]|$)"),
     lambda m: (f"{m.group('param')} 必须是" + (f"不小于 {m.group('least')} 的整数" if m.group("least") else "正整数")
                + f"，现为 {m.group('value')}")),
    ("not a solution", re.compile(r"(?:(?P<function>\w+) needs|expected) a Solution from minimize\(\), got (?P<got>\w+)$"),
     lambda m: (f"{m.group('function') + ' ' if m.group('function') else ''}需要 minimize() 返回的解（Solution），现为 "
                f"{m.group('got')}")),
    ("n_jobs out of range",
     re.compile(r"n_jobs must be None or a whole number other than 0 from (?P<low>-\d+) to (?P<high>\d+) \(-1: every "
                r"core\), got (?P<value>'[^']*'|\S+?)(?=[;:( ]|$)"),
     lambda m: (f"n_jobs 必须是 None，或 {m.group('low')} 到 {m.group('high')} 之间、不为 0 的整数（-1：使用全部核心），"
                f"现为 {m.group('value')}")),
    ("an item named twice",
     re.compile(r"(?P<param>explain|include) names (?P<items>'[^']*'(?: and '[^']*')*) twice in (?P<value>'[^']*'|"
                r"\[[^\[\]]*\]); "
                r"name each once: (?P<choices>.+)$"),
     lambda m: (None if _TWICE_CHOICES_ZH.get(m.group("param"), ("",))[0] != m.group("choices") else
                f"{m.group('param')} 中 {m.group('items').replace(' and ', ' 和 ')} 出现了两次（{m.group('value')}）；"
                f"每项只写一次：{_TWICE_CHOICES_ZH[m.group('param')][1]}")),
    ("a truth table's argument given to minimize",
     re.compile(r"(?P<name>\S+) is an argument of truth_table\(\), not of (?P<function>\w+)\(\)(?P<r> \(R QCA's "
                r"minimize\(\) passes it on to truthTable\(\)\))?: build the truth table with it, (?P<tt>tt = "
                r"truth_table\(data, outcome, conditions, incl_cut=\.\.\., n_cut=\.\.\.\)), then (?P<then>.+)$"),
     lambda m: (f"{m.group('name')} 是 truth_table() 的参数，不是 {m.group('function')}() 的"
                + ("（R QCA 的 minimize() 会把它传给 truthTable()）" if m.group("r") else "")
                + f"：请在构建真值表时给出它，{m.group('tt')}，再 {m.group('then')}")),
    ("a placeholder copied from a hint", re.compile(r"(?P<function>\w+(?:\.\w+)?)\(\) got \.\.\. for (?P<names>[\w, ]+): the "
                                                   r"'\.\.\.' of a hint or an example is a placeholder, not a value; "
                                                   r"write (?:it in its|them in their) place$"),
     lambda m: (f"{m.group('function')}() 的 {m.group('names').replace(', ', '、')} 是 ...：提示或示例中的 '...' 只是占位符，"
                "不是取值；请在该处写上实际的参数")),
    ("not a truth table", re.compile(r"(?P<function>\w+) needs a TruthTable \(from truth_table\(\)\), got (?P<got>\w+)"
                                     r"(?P<r>: R's minimize\(data, outcome = \.\.\., incl\.cut = \.\.\.\) is two steps here, "
                                     r"tt = truth_table\(data, 'Y', incl_cut=\.\.\.\), then minimize\(tt, include=\.\.\.\))?"
                                     r"(?P<solution> \(a Solution's table is solution\.truth_table\))?"),
     lambda m: (f"{m.group('function')} 需要一张真值表（由 truth_table() 生成），现为 {m.group('got')}"
                + ("：R 的 minimize(data, outcome = ..., incl.cut = ...) 在这里分两步，先 tt = truth_table(data, 'Y', "
                   "incl_cut=...)，再 minimize(tt, include=...)" if m.group("r") else "")
                + ("（解的真值表是 solution.truth_table）" if m.group("solution") else ""))),
    ("robustness --csv", re.compile(r"robustness --csv: the protocol prints several tables of different shapes \(the test "
                                    r"set, the robust core, the robustness fit, the ranges\), which one CSV cannot hold; "
                                    r"use --json, which gives them all$"),
     lambda m: ("robustness --csv：稳健性检验方案输出几张形状不同的表（检验集、稳健核心、稳健性拟合、阈值范围），一个 CSV 容纳不下；"
                "请用 --json，它给出全部的表")),
    ("an argument left empty",   # '' (an unset shell variable, "$ROWS") was read as none, or named no file or column
     re.compile(r"(?:(?P<expr>nec_cond(?:\[\d+\])?|untenable) is empty \((?P<value>'[^']*')\): give an expression of the "
                r"conditions, e\.g\. (?P<eg>'[^']*'), or (?:(?P<none>leave it out \(None\) to block no such rows)|leave the "
                r"flag out)|case_column is empty \((?P<case>'[^']*')\): give the column of case names, or leave the flag out "
                r"\(default: 'case' if present, else an unnamed first column\)|the data file name is empty "
                r"\((?P<file>'[^']*')\): give the CSV file \(one row per case\), or '-' for standard input|(?P<param>include|"
                r"explain) has an empty item in (?P<items>'[^']*'); write (?P<choices>'[^']*'(?:, '[^']*')*(?: or '[^']*')?)"
                r"|conditions contain an empty name: (?P<names>'[^']*'); write names separated by commas)$"),
     lambda m: (f"{m.group('expr')} 是空的（{m.group('value')}）：请给出条件的表达式，例如 {m.group('eg')}，"
                + ("或不写它（None），即不排除任何这样的行" if m.group("none") else "或不用这个参数") if m.group("expr") else
                f"case_column 是空的（{m.group('case')}）：请给出案例名称所在的列，或不用这个参数（默认：有 'case' 列则用它，否则用"
                "无名的第一列）" if m.group("case") else
                f"数据文件名是空的（{m.group('file')}）：请给出 CSV 文件（每个案例一行），或用 '-' 表示标准输入"
                if m.group("file") else
                f"{m.group('param')} 中有一个空项（{m.group('items')}）；请写 {m.group('choices').replace(' or ', ' 或 ')}"
                if m.group("param") else f"条件中有一个空的名称：{m.group('names')}；请写以逗号分隔的名称")),
    ("a yes/no argument not True or False",
     re.compile(r"(?P<param>\w+) must be True or False, got (?P<value>.+?)(?:; write (?P<write>\w+=(?P<bool>True|False)) "
                r"\(R's (?P<r>\S+) is Python's (?:True|False), not a text\))?$"),
     lambda m: (f"{m.group('param')} 只能是 True 或 False，现为 {m.group('value')}"
                + (f"；请写 {m.group('write')}（R 的 {m.group('r')} 即 Python 的 {m.group('bool')}，不是文本）"
                   if m.group("write") else ""))),
    ("a flag written with another dash",   # cli_args._unicode_dash_flag: '—outcome', '–-csv' (autocorrect's dash)
     re.compile(r"(?P<arg>'[^']*'|\"[^\"]*\") starts with (?P<dash>'.') \((?P<code>U\+[0-9A-F]{4}) (?P<name>[A-Z -]+)\), not "
                r"'--': a word processor, a web page or a PDF turns '--' into a dash; write (?P<write>--\S+)$"),
     lambda m: (f"{m.group('arg')} 以 {m.group('dash')}（{m.group('code')} {m.group('name')}）开头，而不是 '--'：文字处理软件、"
                f"网页或 PDF 会把 '--' 变成破折号；请写 {m.group('write')}")),
    ("an empty argument on the command line",   # cli_args._blank_arguments: '' of a shell variable left empty
     re.compile(r"unrecognized arguments: (?P<items>(?:an empty|a blank) argument \('[^']*'\) after .+?): a shell variable "
                r"left empty \(\"\$VAR\"\), or quotes with nothing or blanks between them, give one; leave it out$"),
     lambda m: ("无法识别的参数："
                + "，".join(re.sub(r"^(?:an empty|(?P<blank>a blank)) argument \(('[^']*')\) after (.+)$",
                                  lambda a: f"{a.group(3)} 之后的{'空白' if a.group('blank') else '空'}参数 {a.group(2)}", item)
                           for item in re.split(r", (?=(?:an empty|a blank) argument \()", m.group("items")))
                + "：这是留空的 shell 变量（\"$VAR\"），或中间没有内容（或只有空格）的引号所产生的；请删去它")),
    ("an output encoding that cannot show the output",   # cli.main: print() to an ASCII or cp1252 standard output
     re.compile(r"the output encoding (?P<enc>'[^']*'|\S+) cannot show the output \(e\.g\. (?P<eg>.+)\); set "
                r"PYTHONIOENCODING=utf-8 \(or PYTHONUTF8=1; a Windows console also needs chcp 65001\)"
                r"(?P<out>; or write the file with --out FILE \(UTF-8\))?$"),
     lambda m: (f"输出编码 {m.group('enc')} 无法显示输出内容（例如 {m.group('eg')}）；请设置 PYTHONIOENCODING=utf-8（或 "
                "PYTHONUTF8=1；Windows 控制台还需要 chcp 65001）" + ("；或用 --out FILE 把结果写入文件（UTF-8）"
                                                             if m.group("out") else ""))),
    ("a flag the command does not take",   # argparse's unrecognized arguments, with the command line's hint
     # (an empty argument, '' of a shell variable left empty, is listed as nothing: 'unrecognized arguments: '); R's
     # name = value typed as a word (cli_hints._r_assignment_hint: 'incl.cut=0.8', 'details=TRUE'), said by
     # _r_assignment_zh
     # and another command's flag read as the abbreviation of one of this command's (cli_args._another_commands_flag:
     # minimize --out x.csv, read as --outcome), said by _another_commands_flag_zh
     re.compile(r"(?P<aflag>--[\w-]+) is no flag of (?P<acmd>[\w-]+) \(argparse would read it as (?P<ameant>--[\w-]+), the "
                r"flag it begins\): (?P<aothers>[\w-]+(?:, [\w-]+)*) takes? (?P=aflag)(?P<aprinted>; it prints its result: "
                r"write it to a file with the shell's '>' \(e\.g\. > result\.txt\)(?:, with (?P<atables>--csv / --json|--csv|"
                r"--json) for a table)?)?; for (?P=ameant), write it in full$|"
                r"unrecognized arguments: (?P<rargs>[^;]+?); R's name = value is written as a flag here(?:: write "
                r"(?P<rwrite>--(?:[^;(]|\([^()]*\))+?))?(?P<rnotes>(?:; [A-Za-z][\w.]*=\S+: .+)?)$|"
                r"unrecognized arguments:(?: (?P<args>[^;]+?)| ?(?P<empty>))(?:; robustness takes the analysis from its --spec file, not from "
                r"flags: write key\(s\) (?P<keys>\w+(?:, \w+)*) there \(e\.g\. (?P<eg>\S+)\)|; (?P<cmd>[\w-]+) takes no "
                r"(?P<flag>--[\w.-]+)(?: \((?P<others>[\w-]+(?:, [\w-]+)*) do(?:es)?\)(?:(?P<bench>: --benchmark sets the "
                r"inclN from which a condition is flagged necessary)|: (?P<oadvice>.+))?|(?P<reads>: it reads (?:the "
                r"conservative and parsimonious solutions \(and the intermediate with --dir-exp\) of the truth table, as "
                r"the standards ask|(?P<pars>the parsimonious solution \(remainders included, as minimize --include '\?' "
                r"gives it\), or the intermediate with --dir-exp; --solution conservative reads the one without "
                r"remainders)))|(?P<keep>: give the set 'missing: keep' in the "
                r"specification \(its membership left empty\), then --drop-missing to the analysis)|(?P<drop>: write "
                r"--drop-missing \(drops the cases with a missing value in the columns used, naming them\))|: write "
                r"(?P<write>--[\w-]+(?: [^\s();]+)?)(?:(?P<r> \(the inclN a condition needs to be flagged necessary; R's "
                r"(?P<rname>[\w.]+)\))|(?P<neg> \(the negated outcome, as R QCA 3 writes it\))|(?P<note> \((?P<said>.+)\)))?|: (?P<advice>(?:leave it "
                r"out:|write --sol-depth N, N the second of cna's three numbers|--necessity for necessity) .+))|(?P<meant>; (?:--[\w.-]+: )?did you mean --[\w.-]+(?: or --[\w.-]+)*\?(?:; --[\w.-]+: did "
                r"you mean --[\w.-]+(?: or --[\w.-]+)*\?)*)|; (?P<listed>--[\w-]+) takes one (?P<one>value|expression): write (?P<one_write>.+) "
                r"\((?:commas between the items, no blanks|(?P<joined>its combinations joined by ' \+ ', quoted))\))?$"),
     lambda m: _another_commands_flag_zh(m) if m.group("aflag") else _r_assignment_zh(m) if m.group("rargs") is not None
     else None if any(
         m.group(g) and _cli_keyword_advice_zh(m.group(g)) is None for g in ("advice", "oadvice")) or (
         m.group("note") and m.group("said") not in _keyword_notes_zh()) else (
                "无法识别的参数：" + (m.group("args") or "一个空参数 ''")
                + (f"；{m.group('listed')} 只取一个{'表达式' if m.group('one') == 'expression' else '值'}：请写 "
                   f"{m.group('one_write')}（" + ("其组合以 ' + ' 相连，并加引号" if m.group("joined") else "各项之间用逗号，不加空格")
                   + "）" if m.group("listed") else "")
                + (f"；robustness 从其 --spec 文件读取分析的设定，不从命令行参数读取：请在该文件中写键 {m.group('keys')}（例如 "
                   f"{m.group('eg')}）" if m.group("keys") else "")
                + (f"；{m.group('cmd')} 不接受 {m.group('flag')}" if m.group("cmd") else "")
                + (f"（{m.group('others').replace(', ', '、')} 接受）" if m.group("others") else "")
                + ("：--benchmark 设定把条件标为必要条件所需的 inclN" if m.group("bench") else "")
                + (f"：{_cli_keyword_advice_zh(m.group('oadvice'))}" if m.group("oadvice") else "")
                + ("：它读取简约解（包含逻辑余项，即 minimize --include '?' 所得的解），有 --dir-exp 时读取中间解；"
                   "--solution conservative 读取不含逻辑余项的复杂解" if m.group("pars") else
                   "：它读取真值表的复杂解和简约解（有 --dir-exp 时还有中间解），这是报告标准的要求" if m.group("reads") else "")
                + ("：请在设定文件中给该集合写 'missing: keep'（其隶属度留空），然后在分析时加 --drop-missing"
                   if m.group("keep") else "")
                + ("：请写 --drop-missing（删除所用列中有缺失值的案例，并列出它们）" if m.group("drop") else "")
                + (f"：请写 {m.group('write')}" if m.group("write") else "")
                + (f"（{_keyword_notes_zh()[m.group('said')]}）" if m.group("note") else "")
                + (f"（条件被标为必要条件所需的 inclN；R 的 {m.group('rname')}）" if m.group("r") else "")
                + ("（结果的否定，R QCA 3 的写法）" if m.group("neg") else "")
                + (f"：{_cli_keyword_advice_zh(m.group('advice'))}" if m.group("advice") else "")
                + (re.sub(r"(?:(--[\w.-]+): )?did you mean (.+?)\?", lambda h: (f"{h.group(1)}：" if h.group(1) else "")
                          + f"是否想写 {h.group(2).replace(' or ', ' 或 ')}？", m.group("meant")).replace("; ", "；").replace("？；", "？")
                   if m.group("meant") else ""))),
    ("flags the command does not take, several hints",   # argparse's unrecognized arguments: two flags or more
     re.compile(r"unrecognized arguments: (?P<args>[^;]+?)(?P<hints>; .+; (?:[\w-]+ takes no --|(?:--[\w.-]+: )?did you "
                r"mean --).+)$"),
     lambda m: _unrecognized_hints_zh(m.group("args"), m.group("hints"))),
    ("cases: several necessary conditions",   # cli_run: cases --nec-cond 'A,B' (the cases of one set at a time)
     re.compile(r"cases --nec-cond takes one necessary condition \(the cases of one set\), got (?P<n>\d+): (?P<given>.+); "
                r"run cases once for each \(esa takes several\)$"),
     lambda m: (f"cases 的 --nec-cond 只接受一个必要条件（一个集合的案例），现为 {m.group('n')} 个：{m.group('given')}；请对"
                "每个条件分别运行一次 cases（esa 可以接受多个）")),
    ("a flag's value missing",   # argparse: '--outcome' last, or followed by another flag ('--outcome --incl-cut 0.8')
     re.compile(r"argument (?P<flag>--[\w-]+(?:/--[\w-]+)*): expected (?P<n>one argument|at least one argument|at most "
                r"one argument)(?P<include>; --include takes '\?' \(remainders: the parsimonious solution, or the "
                r"intermediate with --dir-exp\), 'C' \(contradictions\) or '\?,C' \(both\); leave --include out for "
                r"the conservative solution)?$"),   # cli_args.VALUE_WANTED: what --include takes
     lambda m: (f"参数 {m.group('flag')}：" + {"one argument": "后面缺少它的值（需要一个值）",
                                              "at least one argument": "后面缺少它的值（至少需要一个值）",
                                              "at most one argument": "最多只取一个值"}[m.group("n")]
                + ("；--include 取 '?'（逻辑余项：简约解，或加 --dir-exp 的中间解）、'C'（矛盾行）或 '?,C'（两者）；复杂解"
                   "不写 --include" if m.group("include") else ""))),
    ("a switch given a value",   # argparse: '--csv=yes', '--json=1': a switch takes no value
     re.compile(r"argument (?P<flag>--[\w-]+(?:/--[\w-]+)*): ignored explicit argument (?P<value>'[^']*'|\"[^\"]*\"|\S+)$"),
     lambda m: (f"参数 {m.group('flag')} 是开关，不取值，现为 {m.group('value')}：请只写 {m.group('flag').split('/')[0]}"
                "（不加 =...）")),
    ("a flag without the flag it works with",   # cli_data: --observed without --expression, --rows-limit without --json
     re.compile(r"(?:(?P<observed>--observed applies to untenable rows of --expression: give --expression)|(?P<nec>"
                r"--nec-cond-observed applies to the rows outside --nec-cond: give --nec-cond)|(?P<pairs>--by, --max-pairs "
                r"and --max-pair-candidates apply to --pairs only)|(?P<json>--rows-limit and --pi-chart shape the JSON "
                r"output: add --json)|(?P<inclh>--haesebrouck-consistency is a consistency of sufficiency \(inclH, "
                r"Haesebrouck 2015\): leave out --necessity or --haesebrouck-consistency))$"),
     lambda m: ("--observed 用于 --expression 的不可成立行：请给出 --expression" if m.group("observed") else
                "--nec-cond-observed 用于 --nec-cond 之外的行：请给出 --nec-cond" if m.group("nec") else
                "--by、--max-pairs 和 --max-pair-candidates 只用于 --pairs" if m.group("pairs") else
                "--rows-limit 和 --pi-chart 决定 JSON 输出的内容：请加上 --json" if m.group("json") else
                "--haesebrouck-consistency 是充分性的一致性（inclH，Haesebrouck 2015）：请去掉 --necessity 或 "
                "--haesebrouck-consistency")),
    ("a command's name",   # argparse: 'minimise', R's 'truthTable', 'help' for a command
     re.compile(r"argument command: invalid choice: (?P<value>'[^']*') \(choose from (?P<choices>'[^']*'(?:, '[^']*')*)\)"
                r"(?:; did you mean (?P<meant>[\w-]+(?: or [\w-]+)*)\?|; for help: (?P<help>.+?) --help \(the commands\), "
                r"or (?P=help) COMMAND --help)?$"),
     lambda m: (f"命令：无效的选项 {m.group('value')}（可选：{m.group('choices')}）"
                + (f"；是否想写 {m.group('meant').replace(' or ', ' 或 ')}？" if m.group("meant") else "")
                + (f"；查看帮助：{m.group('help')} --help（列出各命令），或 {m.group('help')} COMMAND --help"
                   if m.group("help") else ""))),
    ("a flag given twice",   # --incl-cut 0.8 ... --incl-cut 0.9
     re.compile(r"(?P<flag>--[\w-]+) is given (?P<n>\d+) times \((?P<values>.+)\): it takes one value and only the last "
                r"would count; give (?P=flag) once$"),
     lambda m: (f"{m.group('flag')} 给了 {m.group('n')} 次（{m.group('values').replace(', then ', '，然后是 ')}）：它只取一个值，"
                f"只有最后一个会生效；{m.group('flag')} 只给一次")),
    ("a flag of another analysis",   # pof --conditions, esa --ron-cut without --nec-cond
     re.compile(r"(?:(?P<flag>--conditions) does not apply to (?P<cmd>[\w-]+): the conditions are those of --expression"
                r"|(?P<ron>--ron-cut applies to the necessary conditions of --nec-cond: give --nec-cond))$"),
     lambda m: ("--ron-cut 用于 --nec-cond 的必要条件：请给出 --nec-cond" if m.group("ron") else
                f"{m.group('flag')} 不用于 {m.group('cmd')}：条件就是 --expression 中的条件")),
    ("--jobs out of range",   # every command's --jobs / --n-jobs (argparse)
     re.compile(r"argument --jobs/--n-jobs: must be a whole number other than 0 from (?P<low>-\d+) to (?P<high>\d+) "
                r"\(-1: every core\), got (?P<value>'[^']*'|\"[^\"]*\")(?P<every>; write -1 for every core)?(?=;|$)"),
     lambda m: (f"参数 --jobs/--n-jobs：必须是 {m.group('low')} 到 {m.group('high')} 之间、不为 0 的整数（-1：使用全部核心），"
                f"现为 {m.group('value')}" + ("；要使用全部核心，请写 -1" if m.group("every") else ""))),
    ("a flag's choice",   # argparse: --no-solution drop, a value outside a flag's choices
     re.compile(r"argument (?P<flag>--[\w-]+(?:/--[\w-]+)*): invalid choice: (?P<value>'[^']*') \(choose from "
                r"(?P<choices>'[^']*'(?:, '[^']*')*)\)(?=;|$)"),   # the names meant after it: _hints_zh
     lambda m: f"参数 {m.group('flag')}：无效的选项 {m.group('value')}（可选：{m.group('choices')}）"),
    ("a file flag left empty",   # --spec '', --raw '' (an unset shell variable)
     re.compile(r"--(?P<flag>spec|raw) is empty \((?P<value>'[^']*'|\"[^\"]*\")\): give the file$"),
     lambda m: f"--{m.group('flag')} 是空的（{m.group('value')}）：请给出文件"),
    ("--incl-cut's text unread",   # cli_args._incl_cut: '80%', '80,60', '0.8;0.6', '1,0'
     re.compile(r"--incl-cut (?:must be a number or two numbers 'ic1,ic0'(?P<in> in \[0, 1\])?, got (?P<value>'[^']*')"
                r"(?:; percentages\? write (?P<pct>[\d.]+,[\d.]+)|; write (?P<pair>[\d.]+,[\d.]+) \(',' between the two "
                r"cut-offs\)|; write (?P<digits>[\d.]+) \(digits 0-9 only: no (?P<sep>'[_,]') between groups of "
                r"digits\)|: nothing (?P<where>after|before|between two|before and after) ','; (?P<pct_of>a percentage\? )?write "
                r"(?:(?P<one>[\d.]+) \(one cut-off\), or two cut-offs, e\.g\. 0\.9,0\.6|(?P<both>[\d.]+,[\d.]+)))?"
                r"|(?P<amb>'[^']*') is ambiguous: a number with a decimal comma or two cut-offs 'ic1,ic0'\? write "
                r"decimals with a point \(e\.g\. 0\.8 or 1\.0\), and two cut-offs with points, e\.g\. 0\.9,0\.6$)(?=; |$)"),
     lambda m: (f"--incl-cut {m.group('amb')} 有歧义：是带小数逗号的一个数，还是两个阈值 'ic1,ic0'？小数请用小数点写（如 0.8 "
                "或 1.0），两个阈值也用小数点写，例如 0.9,0.6" if m.group("amb") else
                "--incl-cut 必须是一个数或两个数 'ic1,ic0'" + ("，在 [0, 1] 之内" if m.group("in") else "")
                + f"，现为 {m.group('value')}" + (f"；是百分数吗？请写 {m.group('pct')}" if m.group("pct") else "")
                + (f"；请写 {m.group('pair')}（两个阈值之间用 ','）" if m.group("pair") else "")
                + (f"；请写 {m.group('digits')}（只用数字 0-9，数字组之间不加 {m.group('sep')}）" if m.group("digits") else "")
                + (f"：{_EMPTY_AT_ZH[m.group('where')]}；{'是百分数吗？' if m.group('pct_of') else ''}请写 "
                   if m.group("where") else "")
                + (f"{m.group('one')}（一个阈值），或两个阈值，例如 0.9,0.6" if m.group("one") else m.group("both") or ""))),
    ("two flags that choose the same",   # the commands' flags given together, one of which the other rules out
     re.compile(r"(?:--json and --csv both choose the output: give one \(default: (?P<default>the report as text|R-like "
                r"tables)\)|(?P<csa>--csa and --contradictory-rows both name the rows to block: give one \(--csa finds the "
                r"contradictory simplifying assumptions itself\))|--type (?P<type>\S+) and --pairs (?P<pairs>\S+) both "
                r"choose what to list: --type single cases, --pairs pairs of cases; give one|(?P<complete>--complete prints "
                r"the remainders in the table; the (?P<format>CSV|JSON) holds the observed rows: leave out --complete or "
                r"--(?:csv|json))|(?P<dcc>--dcc "
                r"prints the deviant cases in the cases column, which --no-cases leaves out: give one of them \(the JSON "
                r"holds every row's cases and DCC either way\)))$"),
     lambda m: ("--json 和 --csv 都选择输出格式：请只给一个（默认："
                + {"the report as text": "以文本给出报告", "R-like tables": "类似 R 的表格"}[m.group("default")] + "）"
                if m.group("default") else
                "--csa 和 --contradictory-rows 都指定要排除的行：请只给一个（--csa 会自己找出矛盾的简化假设）" if m.group("csa")
                else f"--type {m.group('type')} 和 --pairs {m.group('pairs')} 都选择要列出的内容：--type 列出单个案例，--pairs "
                "列出案例对；请只给一个" if m.group("type") else
                f"--complete 会在表中打印逻辑余项，而 {m.group('format')} 只含观察到的行：请去掉 --complete 或 "
                f"--{m.group('format').lower()}" if m.group("complete") else
                "--dcc 在 cases 列中打印偏离案例，而 --no-cases 不输出该列：请只给其中一个（JSON 无论如何都包含每行的案例和 DCC）")),
    ("a required flag missing",   # argparse, with cli_hints' hints: the outcome or pof's expression after the data file
     re.compile(r"the following arguments are required: (?P<flags>--[\w-]+(?:, --[\w-]+)*)(?:; write (?P<write>--outcome "
                r".+?) \(the outcome is a flag, not a second argument after the data file\)|; write (?P<pof>.+?) \(pof takes "
                r"the expression and the outcome as flags, not as arguments after the data file(?P<arrow>: R's arrow "
                r"'->' / '<-' gives the outcome and the relation)?\)|; give the outcome's column, --outcome NAME \(the "
                r"data's columns: (?P<columns>.+)\))?(?=; |$)"),
     lambda m: (f"缺少必需的参数：{m.group('flags')}"
                + (f"；请写 {m.group('write')}（结果用 --outcome 给出，不是数据文件之后的第二个参数）" if m.group("write") else
                   f"；请写 {m.group('pof')}（pof 用参数给出表达式和结果，而不是写在数据文件之后"
                   + ("：R 的箭头 '->' / '<-' 给出结果和关系" if m.group("arrow") else "") + "）" if m.group("pof") else
                   f"；请给出结果所在的列，--outcome NAME（数据的列：{m.group('columns')}）" if m.group("columns") else ""))),
    ("a cut of the other relation",   # super_subset / pofind: ron_cut with sufficiency, pri_cut with necessity
     re.compile(r"(?P<cut>(?:ron_cut|pri_cut)=\S+|--(?:ron|pri)-cut \S+) applies to (?P<rel>relation='[^']*'|--relation "
                r"'[^']*') only \((?P<measure>RoN|PRI) is a measure of (?:necessity|sufficiency)\); with "
                r"(?P<given>relation='[^']*'|--relation '[^']*') leave it 0, or use (?P<use>\S+)$"),
     lambda m: (f"{m.group('cut')} 只适用于 {m.group('rel')}（{m.group('measure')} 是"
                f"{'必要性' if m.group('measure') == 'RoN' else '充分性'}的度量）；在 {m.group('given')} 时请保持为 0，"
                f"或改用 {m.group('use')}")),
    ("more positional arguments than the function takes",   # r_calls.call_message: esa(tt, 'LIT', 'URB', ...)
     re.compile(r"(?P<function>\w+)\(\) got (?P<n>\d+) positional arguments? and takes (?:at most (?P<most>\d+) \(in "
                r"order: (?P<order>[^()]*)\)|none)(?:; the others by keyword only: (?P<kw>[^;]+))?(?P<several>; several "
                r"names or values for one argument go in it as one list, e\.g\. \['A', 'B'\], not one after another)?$"),
     lambda m: (f"{m.group('function')}() 得到 {m.group('n')} 个位置参数，但"
                + (f"最多只接受 {m.group('most')} 个（依次为：{m.group('order')}）" if m.group("most") else "不接受位置参数")
                + (f"；其余参数只能以关键字给出：{m.group('kw')}" if m.group("kw") else "")
                + ("；一个参数的多个名称或值请放进一个列表，例如 ['A', 'B']，不要一个接一个地写" if m.group("several") else ""))),
    ("a text argument given many values",   # r_calls: smmr(sol, cases=df['type']), a Series for one text
     re.compile(r"(?P<function>\w+)\(\) takes one text for (?P<name>\w+), got (?:(?P<na>pd\.NA \(a missing value\))|a "
                r"(?P<type>\w+) of shape (?P<shape>[\dx]*))(?:, e\.g\. (?P<eg>\w+=.+))?$"),
     lambda m: (f"{m.group('function')}() 的 {m.group('name')} 只接受一个文本，现为"
                + (" pd.NA（缺失值）" if m.group("na") else f"形状为 {m.group('shape')} 的 {m.group('type')}")
                + (f"，例如 {m.group('eg')}" if m.group("eg") else ""))),
    ("find_rows in older R QCA's order",   # find_rows('~DEV*IND', tt): R's findRows(expression, obj)
     re.compile(r"find_rows\(tt, type, expression\): the truth table comes first, got the text (?P<text>'[^']*'|\"[^\"]*\") "
                r"first and the truth table second \(older R QCA's order, findRows\(expression, obj\)\); write "
                r"(?P<write>find_rows\(tt, .+\))$"),
     lambda m: (f"find_rows(tt, type, expression)：真值表在前，现在文本 {m.group('text')} 在前、真值表在后（旧版 R QCA 的顺序，"
                f"findRows(expression, obj)）；请写 "
                + m.group("write").replace(" (its rows need no expression)", "（这类行不需要表达式）"))),
    ("a call in R's order",   # r_calls.call_message: pof(expression, outcome, data) as R's pof(setms, outcome, data);
     # pof(expression, data) without the outcome, find_rows(), smmr(), threshold_range(), cluster_diagnostics() with a
     # required argument missing, one given twice or too many: R's order of their counterpart and the call to write
     re.compile(r"(?P<function>" + "|".join(f for f in _R_ORDER_ZH if " " not in f) + r")\(\) (?:got multiple values for argument (?P<name>'[^']*')|"
                r"is missing a required argument: (?P<missing>'[^']*')|(?P<many>got too many positional arguments)) "
                r"\(its arguments in order: (?P<order>[^()]*)\); (?P<hint>.+)$"),
     lambda m: (None if (hint := _r_order_zh(m.group("function"), m.group("hint"))) is None else
                f"{m.group('function')}() "
                + (f"的参数 {m.group('name')} 得到了多个值" if m.group("name") else
                   f"缺少必需的参数 {m.group('missing')}" if m.group("missing") else "得到了过多的位置参数")
                + f"（其参数依次为：{m.group('order')}）；{hint}")),
    ("n_jobs of joblib's parallel_config",   # _parallel: n_jobs=None, parallel_config(n_jobs=0)
     re.compile(r"n_jobs is None, so joblib\.parallel_config's n_jobs applies: it (?P<rest>must be .+)$"),
     lambda m: (None if (line := _error_message_zh("n_jobs " + m.group("rest"))) is None else
                "n_jobs 为 None，因此适用 joblib.parallel_config 的 n_jobs：它" + line.removeprefix("n_jobs "))),
    ("conditions not names",   # data_names: truth_table(df, 'Y', 0.8), necessity(df, 'Y', Path(...)): R's habit
     re.compile(rf"conditions must be a list of column names or a comma-separated string, got {_GIVEN}(?:; a cut-off "
                r"given third, in the place of the conditions\? name it: (?P<incl>incl_cut=\S+) \(truth_table, "
                r"super_subset\) or (?P<bench>benchmark=\S+) \(necessity\), and give the conditions third or leave them "
                r"out \(every other column\))?$"),
     lambda m: (f"conditions 必须是列名的列表或以逗号分隔的文本，现为 {m.group('value')}"
                + (f"；是把阈值写在了第三个参数（条件的位置）吗？请写明参数名：{m.group('incl')}（truth_table、super_subset）"
                   f"或 {m.group('bench')}（necessity），条件写在第三位，或者不写（即其余各列）" if m.group("incl") else ""))),
    ("a necessity typology without its columns",   # diagnostics.necessity_xy(typology=a data frame)
     re.compile(r"typology must be necessity_typology\(\)'s table \(columns case, condition, X, Y\), got a table without "
                r"(?P<missing>\w+(?:, \w+)*) \(columns: (?P<columns>\[.*\])\)$"),
     lambda m: (f"typology 必须是 necessity_typology() 给出的表（含 case、condition、X、Y 列），现为缺少 "
                f"{m.group('missing').replace(', ', '、')} 列的表")),   # its columns: said by _hints_zh
    ("a term neither a number nor a term of the model",   # diagnostics: smmr_focal_conjuncts, smmr_pairs' term=
     re.compile(rf"term must be 1\.\.(?P<n>\d+) or one of (?P<terms>\[.*\]), got {_GIVEN}$"),
     lambda m: f"term 必须是 1..{m.group('n')} 之间的项编号，或 {m.group('terms')} 中的一项，现为 {m.group('value')}"),
    ("solutions not solutions",   # standards.good_practice(['DEV', 'DEV']): a list of something else
     re.compile(r"solutions must hold Solutions from minimize\(\), got (?P<types>\w+(?:, \w+)*)$"),
     lambda m: f"solutions 中必须都是 minimize() 返回的解（Solution），现为 {m.group('types')}"),
    ("a model name the solution has not",   # contradictory_assumptions(..., models=['M3'])
     re.compile(r"unknown model names? in (?P<given>\[.*\]) \(models: (?P<models>\[.*\])\)$"),
     lambda m: f"{m.group('given')} 中有解里没有的模型名称（解的模型：{m.group('models')}）"),
    ("codes or levels not one per condition",   # expressions._per_condition: parse_term(noflevels=), format_term(...)
     re.compile(r"(?P<what>noflevels|an implicant) must give (?:a number of levels >= 2 \(2 for crisp and fuzzy sets\)|a "
                r"code >= 0 \(0 = absent, 1 = negated, 2 = present, v \+ 1 = value v\)) for each of the (?P<n>\d+) "
                r"conditions \((?P<names>[^()]*)\), got (?P<value>\[.*\])$"),
     lambda m: ((f"noflevels 必须给 {m.group('n')} 个条件（{m.group('names')}）各一个不小于 2 的水平数（清晰集和模糊集为 2）"
                 if m.group("what") == "noflevels" else
                 f"蕴涵项必须给 {m.group('n')} 个条件（{m.group('names')}）各一个不小于 0 的代码（0 = 不出现，1 = 取否定，"
                 "2 = 出现，v + 1 = 取值 v）") + f"，现为 {m.group('value')}")),
    ("conditions for single-case tables",   # necessity_cases(..., 'typical', conditions=...)
     re.compile(r"conditions applies to cases='deviant consistency' only \(ranked per truth table row\), got "
                r"cases=(?P<cases>'[^']*')$"),
     lambda m: (f"conditions 只用于 cases='deviant consistency'（按真值表行排序），现为 cases={m.group('cases')}")),
    ("columns to keep not in the data",   # calibrate_frame(..., keep=[...])
     re.compile(r"columns to keep not in the data: (?P<absent>\[.*?\])(?:; (?P<index>'[^']*'|\"[^\"]*\") is the data's "
                r"index, which the result keeps as its own index: leave it out of keep, or make it a column first "
                r"\(df\.reset_index\(\)\))?$"),
     lambda m: (f"keep 中的列不在数据中：{m.group('absent')}"
                + (f"；{m.group('index')} 是数据的索引，结果会把它保留为自己的索引：请把它从 keep 中去掉，或先把它变成一列"
                   "（df.reset_index()）" if m.group("index") else ""))),
    ("negate: a column of case names",   # measures.negate(df) of a frame holding the case names as a column
     re.compile(r"x column (?P<col>'[^']*'|\"[^\"]*\") holds a different text for every case, like case names, not "
                r"memberships: make it the index first, (?P<call>negate\(df\.set_index\(.+\)\)), or negate the sets' "
                r"columns only$"),
     lambda m: (f"x 的列 {m.group('col')} 每个案例的文本都不同，像是案例名称，不是隶属度：请先把它设为索引，"
                f"{m.group('call')}，或只对集合的列取否定")),
    ("data empty or not a frame",   # protocol.threshold_range(data=(1, 2)) and the like
     re.compile(r"data must be a non-empty pandas DataFrame$"),
     lambda m: "data 必须是非空的 pandas DataFrame（数据表）"),
    ("an argument of the wrong kind",   # tools/fuzz_api.py's runs: contradictions(data), models='M1', ...
     re.compile(r"(?P<what>" + "|".join(map(re.escape, sorted(_WRONG_KIND_ZH, key=len, reverse=True)))
                + r"), got (?P<value>.+?)" + _HINT_AFTER, re.S),
     lambda m: f"{_WRONG_KIND_ZH[m.group('what')]}，现为 {m.group('value')}"),
    ("memberships of different cases",   # consistency, coverage, pri, ron, haesebrouck: x and y not of one set of cases
     re.compile(r"x and y (?:must be memberships of the same cases, one value per case: x has (?P<nx>\d+) values?, y has "
                r"(?P<ny>\d+)|must be memberships of the same cases \(the same shape\): x has shape (?P<sx>\([\d, ]*\)), y "
                r"has (?P<sy>\([\d, ]*\))|are pandas Series of different cases \(their indexes differ: (?P<differ>.+)\); give the "
                r"memberships of the same cases, e\.g\. two columns of one DataFrame, or \.to_numpy\(\) both to pair them "
                r"by position)$"),
     lambda m: (f"x 和 y 必须是同一批案例的隶属度，每个案例一个值：x 有 {m.group('nx')} 个值，y 有 {m.group('ny')} 个"
                if m.group("nx") else
                f"x 和 y 必须是同一批案例的隶属度（形状相同）：x 的形状为 {m.group('sx')}，y 的为 {m.group('sy')}"
                if m.group("sx") else
                "x 和 y 是不同案例的 pandas Series（它们的索引不同："
                + "；".join(f"{a} 有 {b} 没有的案例 {cases}" for a, cases, b in
                           re.findall(r"(x|y) has cases (.+?) that (x|y) has not", m.group("differ")))
                + "）；请给出同一批案例的隶属度，例如同一个 DataFrame 的两列，或对两者都用 .to_numpy() 按位置配对")),
]

"""The Chinese of the engine's errors (ENGINE_ERRORS_ZH's part, zh_errors) about a call's or a command's arguments
as such: an argument or flag the function or command does not take (R's among them), a flag's value of the wrong
kind, one given twice or left empty, a command's name, a call in R's order, n_jobs; an argument of the
wrong kind a public function refuses (what each must be), memberships of different cases."""
from __future__ import annotations

import re
from typing import Callable

from analysis.workshop.zh_error_parts import _error_message_zh, _TWICE_CHOICES_ZH
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
}

#: Where the value an error quotes ends: at a hint the workshop says (zh_hints: '; write 3 (a whole number, ...)',
#: 'a percentage?', 'did you mean', a full-width character's, R's c(...)), or at the message's end.
_HINT_AFTER = (r"(?=[;:] (?:write |a percentage\?|a decimal comma\?|did you mean |'.' -> |R's vector )|; '[^']*': did you "
               r"mean | \(-?\d+/\d+ is not a whole number\)$|$)")

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
                r"sol_depth(?! must be a positive whole number, got 0:)) must be (?:a positive whole "
                r"number|a whole number >= (?P<least>\d+)), got "
                r"(?P<value>'[^']*'|\w+\([^()]*\)|\S+?)(?=[;:( ]|$)"),
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
    ("a placeholder copied from a hint", re.compile(r"(?P<function>\w+)\(\) got \.\.\. for (?P<names>[\w, ]+): the "
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
    ("a flag the command does not take",   # argparse's unrecognized arguments, with the command line's hint
     re.compile(r"unrecognized arguments: (?P<args>[^;]+?)(?:; robustness takes the analysis from its --spec file, not from "
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
     lambda m: None if any(m.group(g) and _cli_keyword_advice_zh(m.group(g)) is None for g in ("advice", "oadvice")) or (
         m.group("note") and m.group("said") not in _keyword_notes_zh()) else (
                f"无法识别的参数：{m.group('args')}"
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
                r"cut-offs\)|; write (?P<digits>[\d.]+) \(digits 0-9 only: no (?P<sep>'[_,]') between groups of digits\))?"
                r"|(?P<amb>'[^']*') is ambiguous: a number with a decimal comma or two cut-offs 'ic1,ic0'\? write "
                r"decimals with a point \(e\.g\. 0\.8 or 1\.0\), and two cut-offs with points, e\.g\. 0\.9,0\.6$)(?=; |$)"),
     lambda m: (f"--incl-cut {m.group('amb')} 有歧义：是带小数逗号的一个数，还是两个阈值 'ic1,ic0'？小数请用小数点写（如 0.8 "
                "或 1.0），两个阈值也用小数点写，例如 0.9,0.6" if m.group("amb") else
                "--incl-cut 必须是一个数或两个数 'ic1,ic0'" + ("，在 [0, 1] 之内" if m.group("in") else "")
                + f"，现为 {m.group('value')}" + (f"；是百分数吗？请写 {m.group('pct')}" if m.group("pct") else "")
                + (f"；请写 {m.group('pair')}（两个阈值之间用 ','）" if m.group("pair") else "")
                + (f"；请写 {m.group('digits')}（只用数字 0-9，数字组之间不加 {m.group('sep')}）" if m.group("digits") else ""))),
    ("two flags that choose the same",   # the commands' flags given together, one of which the other rules out
     re.compile(r"(?:--json and --csv both choose the output: give one \(default: (?P<default>the report as text|R-like "
                r"tables)\)|(?P<csa>--csa and --contradictory-rows both name the rows to block: give one \(--csa finds the "
                r"contradictory simplifying assumptions itself\))|--type (?P<type>\S+) and --pairs (?P<pairs>\S+) both "
                r"choose what to list: --type single cases, --pairs pairs of cases; give one|(?P<complete>--complete prints "
                r"the remainders in the table; the CSV holds the observed rows: leave out --complete or --csv)|(?P<dcc>--dcc "
                r"prints the deviant cases in the cases column, which --no-cases leaves out: give one of them \(the JSON "
                r"holds every row's cases and DCC either way\)))$"),
     lambda m: ("--json 和 --csv 都选择输出格式：请只给一个（默认："
                + {"the report as text": "以文本给出报告", "R-like tables": "类似 R 的表格"}[m.group("default")] + "）"
                if m.group("default") else
                "--csa 和 --contradictory-rows 都指定要排除的行：请只给一个（--csa 会自己找出矛盾的简化假设）" if m.group("csa")
                else f"--type {m.group('type')} 和 --pairs {m.group('pairs')} 都选择要列出的内容：--type 列出单个案例，--pairs "
                "列出案例对；请只给一个" if m.group("type") else
                "--complete 会在表中打印逻辑余项，而 CSV 只含观察到的行：请去掉 --complete 或 --csv" if m.group("complete") else
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
                f"findRows(expression, obj)）；请写 {m.group('write')}")),
    ("pof in R's order",   # r_calls.call_message: pof(expression, outcome, data) as R's pof(setms, outcome, data)
     re.compile(r"pof\(\) got multiple values for argument (?P<name>'[^']*') \(its arguments in order: (?P<order>[^()]*)\); "
                r"R's pof\(setms, outcome, data\) takes the outcome second and R's arrow 'A -> Y' the outcome in the "
                r"expression; here the data come second, then the outcome: write (?P<write>pof\(.+?\))(?P<nec> \(relation="
                r"'necessity' for necessity\))?$"),
     lambda m: (f"pof() 的参数 {m.group('name')} 得到了多个值（其参数依次为：{m.group('order')}）；R 的 pof(setms, outcome, "
                "data) 把结果放在第二位，R 的箭头 'A -> Y' 则把结果写在表达式中；这里数据在第二位，结果在其后：请写 "
                f"{m.group('write')}" + ("（必要性写 relation='necessity'）" if m.group("nec") else ""))),
    ("n_jobs of joblib's parallel_config",   # _parallel: n_jobs=None, parallel_config(n_jobs=0)
     re.compile(r"n_jobs is None, so joblib\.parallel_config's n_jobs applies: it (?P<rest>must be .+)$"),
     lambda m: (None if (line := _error_message_zh("n_jobs " + m.group("rest"))) is None else
                "n_jobs 为 None，因此适用 joblib.parallel_config 的 n_jobs：它" + line.removeprefix("n_jobs "))),
    ("an argument of the wrong kind",   # tools/fuzz_api.py's runs: contradictions(data), models='M1', ...
     re.compile(r"(?P<what>" + "|".join(map(re.escape, sorted(_WRONG_KIND_ZH, key=len, reverse=True)))
                + r"), got (?P<value>.+?)" + _HINT_AFTER, re.S),
     lambda m: f"{_WRONG_KIND_ZH[m.group('what')]}，现为 {m.group('value')}"),
    ("memberships of different cases",   # consistency, coverage, pri, ron, haesebrouck: x and y not of one set of cases
     re.compile(r"x and y (?:must be memberships of the same cases, one value per case: x has (?P<nx>\d+) values?, y has "
                r"(?P<ny>\d+)|are pandas Series of different cases \(their indexes differ: (?P<differ>.+)\); give the "
                r"memberships of the same cases, e\.g\. two columns of one DataFrame, or \.to_numpy\(\) both to pair them "
                r"by position)$"),
     lambda m: (f"x 和 y 必须是同一批案例的隶属度，每个案例一个值：x 有 {m.group('nx')} 个值，y 有 {m.group('ny')} 个"
                if m.group("nx") else
                "x 和 y 是不同案例的 pandas Series（它们的索引不同："
                + "；".join(f"{a} 有 {b} 没有的案例 {cases}" for a, cases, b in
                           re.findall(r"(x|y) has cases (.+?) that (x|y) has not", m.group("differ")))
                + "）；请给出同一批案例的隶属度，例如同一个 DataFrame 的两列，或对两者都用 .to_numpy() 按位置配对")),
]

"""The Chinese of the engine's errors (ENGINE_ERRORS_ZH's part, zh_errors) about the truth table and minimize():
cut-offs and n_cut, sort_by, explain and include, exclude's rows, directional expectations, no row to minimise,
the solution's models."""
from __future__ import annotations

import re
from typing import Callable

from analysis.workshop.zh_error_parts import _error_message_zh, _zh_exclude_not_numbers, _zh_no_model
from analysis.workshop.zh_hints import _DIR_EXP_MEANING_ZH, _GIVEN
from analysis.workshop.zh_values import _zh_no_positive_row

MINIMIZE_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str | None]]] = [
    ("explain other than the positive rows",
     re.compile(r"explain must be '1' \(positive rows\) or '1,C' \(positive rows and contradictions\), got "
                rf"{_GIVEN}(?P<negative>; to explain the negative rows \(R's explain = \"0\"\), build the "
                r"truth table of the negated outcome, (?P<tt>truth_table\(data, '~Y', \.\.\.\)) \(CLI: --outcome '~Y' or "
                r"--negate-outcome\), and explain its positive rows)?(?=[;:]|$)"),
     lambda m: (f"explain 只能是 '1'（正组态的行）或 '1,C'（正组态的行和矛盾行），现为 {m.group('value')}"
                + (f"；要解释负组态的行（R 的 explain = \"0\"），请构建结果之否定的真值表 {m.group('tt')}（命令行："
                   "--outcome '~Y' 或 --negate-outcome），再解释它的正组态行" if m.group("negative") else ""))),
    ("exclude: a row out of range",
     re.compile(r"(?P<param>exclude|contradictory_rows|rows): row numbers? (?P<rows>-?\d+(?:, -?\d+)*) out of range: the truth table has rows "
                r"1\.\.(?P<n>\d+) \(1-based, first condition most significant\)$"),
     lambda m: (f"{m.group('param')}：行号 {m.group('rows')} 超出范围：真值表的行号为 1..{m.group('n')}（从 1 开始编号，第一个条件为"
                "最高位）")),
    ("a model's number out of range",
     re.compile(rf"model must be 1\.\.(?P<n>\d+), got {_GIVEN}(?:; write (?P<write>\d+) \(models are "
                r"numbered from 1: (?P<label>M\d+) is \d+\)|; write [^,]+, a number, not the text .+|(?P<outcome>; "
                r"'[^']*' is the outcome, which is not an argument here: .+)|; write (?P<pwrite>\d+) \(the distinct models "
                r"are numbered from 1 across the pairs, as printed: (?P<pair>C\d+P\d+ M\d+) is \d+(?:, the same model as "
                r"(?P<same>[^()]+))?\)(?: \(SetMethods' sol = (?P<sol>'[^']*'), pimdata's format, names C\d+P\d+ M\d+\))?)?$"),
     lambda m: (f"model 必须是 1..{m.group('n')} 之间的模型编号（M1 为 1），现为 {m.group('value')}"
                + (f"；请写 {m.group('write')}（模型从 1 开始编号：{m.group('label')} 即 {m.group('write')}）"
                   if m.group("write") else "")
                + (f"；请写 {m.group('pwrite')}（中间解各对中不同的模型按打印顺序从 1 开始统一编号：{m.group('pair')} 即 "
                   f"{m.group('pwrite')}" + (f"，与 {m.group('same')} 是同一个模型" if m.group("same") else "") + "）"
                   + (f"（SetMethods 的 sol = {m.group('sol')}，即 pimdata 格式的 {m.group('pair')}）" if m.group("sol") else "")
                   if m.group("pwrite") else ""))),
    ("exclude: rows not whole numbers",
     re.compile(r"(?P<param>exclude|contradictory_rows|rows): row numbers must be whole numbers(?: such as '7,8,15')?, got (?P<value>\[.*\]|\(.*\)|'[^']*'|\S+?)"
                r"(?P<rest>[;:] .*)?$"),
     _zh_exclude_not_numbers),
    ("exclude: an empty item",
     re.compile(r"(?P<param>exclude|contradictory_rows|rows): row numbers must be whole numbers separated by commas, such as '7,8,15', got "
                r"(?P<value>'[^']*') \(an empty item\)$"),
     lambda m: (f"{m.group('param')}：行号必须是用逗号分隔的整数（如 '7,8,15'），现为 {m.group('value')}（其中有一项是空的：多写了一个逗号，"
                "或漏写了一个行号？）")),
    ("exclude: a row named twice",
     re.compile(r"(?P<param>exclude|contradictory_rows|rows): row numbers? (?P<rows>\d+(?:, \d+)*) named twice in (?P<value>'[^']*'); name each row once "
                r"\(a typo for another row\?\)$"),
     lambda m: (f"{m.group('param')}：行号 {m.group('rows')} 在 {m.group('value')} 中出现了两次；每行只写一次（是否把另一行的行号写错了？）")),
    ("exclude: no rows",
     re.compile(r"(?P<param>exclude|contradictory_rows|rows): no row numbers in (?P<value>'[^']*'): give row numbers such as '7,8,15', or leave it out to "
                r"block no rows$"),
     lambda m: (f"{m.group('param')}：{m.group('value')} 中没有行号：请给出行号，如 '7,8,15'；不排除任何行则不写 "
                f"{m.group('param')}")),
    ("exclude: not a list",
     re.compile(r"(?P<param>exclude|contradictory_rows|rows): rows must be a list of row numbers, got (?P<value>.+)$"),
     lambda m: f"{m.group('param')}：行须是行号的列表，现为 {m.group('value')}"),
    ("cut-off out of range", re.compile(rf"(?P<param>incl_cut|pri_cut) must lie in \[0, 1\], got {_GIVEN}(?=[;:]|$)"),
     lambda m: f"{m.group('param')} 必须在 0 到 1 之间（含 0 和 1），现为 {m.group('value')}"),
    ("cut-off not a number", re.compile(r"(?P<param>incl_cut|pri_cut|benchmark|ron_cut|cov_cut|relevance_cut|"
                                        r"necessity_benchmark|sol_cons|sol_cov) must be (?:a number|numbers) in "
                                        r"\[0, 1\](?: \(or a "
                                        rf"pair\))?, got {_GIVEN}(?=[;:]|$)"),
     lambda m: f"{m.group('param')} 必须是 0 到 1 之间的数（含 0 和 1），现为 {m.group('value')}"),
    ("incl_cut: more than a pair", re.compile(r"incl_cut must be one number or a pair \(ic1, ic0\), got (?P<got>.+)$"),
     lambda m: f"incl_cut 只能是一个数或一对数 (ic1, ic0)，现为 {m.group('got')}"),
    ("n_cut below 1", re.compile(r"n_cut must be at least 1 \(a row needs a case to be observed\), got (?P<value>\S+)$"),
     lambda m: f"n_cut 至少为 1（一行至少要有一个案例才算观察到），现为 {m.group('value')}"),
    ("n_cut not whole", re.compile(rf"n_cut must be a whole number of cases >= 1, got {_GIVEN}(?=[;:]|$)"),
     lambda m: f"n_cut 必须是不小于 1 的整数（案例数），现为 {m.group('value')}"),
    ("n_cut above every row", re.compile(r"n_cut = (?P<value>\d+) exceeds the largest number of cases in any "
                                         r"configuration \((?P<most>\d+)\): every row would be a remainder; choose "
                                         r"n_cut between 1 and (?P<high>\d+)$"),
     lambda m: (f"n_cut = {m.group('value')} 超过了任一组态所含的最多案例数（{m.group('most')}）：每一行都将是逻辑余项；"
                f"请把 n_cut 设为 1 到 {m.group('high')} 之间的值")),
    ("directional expectations: how many",
     re.compile(r"directional expectations (?:(?P<text>'[^']*') )?give (?P<given>\d+) value\(s\) for (?P<k>\d+) "
                r"conditions(?: \((?P<conditions>[^()]*)\))?; give one per condition, in order, using '-' for none"),
     lambda m: (f"方向性预期{' ' + m.group('text') + ' ' if m.group('text') else ''}给出了 {m.group('given')} 个值，而条件有 "
                f"{m.group('k')} 个{'（' + m.group('conditions') + '）' if m.group('conditions') else ''}：请按条件的顺序"
                "每个条件给一个值，无预期的写 '-'")),
    ("directional expectation out of range",
     re.compile(r"directional expectation (?P<value>\S+) for (?P<cond>'[^']*') is out of range: '[^']*' takes values "
                r"(?P<values>\S+) \(or '-' for no expectation\)"),
     lambda m: (f"条件 {m.group('cond')} 的方向性预期 {m.group('value')} 超出范围：{m.group('cond')} 的取值为 "
                f"{m.group('values')}（无预期的写 '-'）")),
    ("directional expectations unread", re.compile(r"cannot read (?:directional expectations|(?P<flag>--dir-exp)) "
                                                   r"(?P<value>'[^']*')"
                                                   r"(?:: write them with ',' between the conditions(?P<eq> and '=' "
                                                   r"before a value)?(?: \((?:(?P<colon>the syntax is NAME=VALUE, "
                                                   r"not NAME(?P<cc>[:：])VALUE)(?:; )?)?(?:(?P<wide>'[^']'(?:, '[^']')*) "
                                                   r"(?:is a full-width character|are full-width characters), typed with "
                                                   r"a Chinese input method, 全角)?\))?, as (?P<write>'[^']*')(?P<levels>; ';' joins the "
                                                   r"values of one multi-value condition)?|: unknown conditions? "
                                                   r"(?P<name>'[^']*'(?:, '[^']*')*)(?: in term (?P<term>'[^']*'))?|: entry "
                                                   r"(?P<entry>\d+) "
                                                   r"(?P<bad>'[^']*') is not a value \(1, 0, '-' \(no expectation\), or "
                                                   r"values of a multi-value condition joined by ';' \(e\.g\. 1;2\)\))?"
                                                   r"(?:; read so, it is refused too: (?P<quoted>.+)$)?(?=[;: ]|$)"),
     lambda m: (None if m.group("quoted") and _error_message_zh(m.group("quoted")) is None else
                f"无法读取{' --dir-exp' if m.group('flag') else '方向性预期'} {m.group('value')}"
                + ("：条件之间请用 ',' 分隔" + ("、值前用 '='" if m.group("eq") else "")
                   + ("（" + "；".join(p for p in (
                       f"语法是 NAME=VALUE，不是 NAME{m.group('cc')}VALUE" if m.group("colon") else "",
                       f"{m.group('wide')} 是全角字符（中文输入法输入）" if m.group("wide") else "") if p) + "）"
                      if m.group("colon") or m.group("wide") else "") + f"，写作 {m.group('write')}"
                   if m.group("write") else "")
                + ("；';' 用于连接一个多值条件的多个取值" if m.group("levels") else "")
                + (f"：{'项 ' + m.group('term') + ' 中的 ' if m.group('term') else ''}{m.group('name')} 不是条件之一"
                   if m.group("name") else "")
                + (f"：第 {m.group('entry')} 项 {m.group('bad')} 不是一个值（1、0、'-'（无预期），或以 ';' 相连的多值条件取值，"
                   "如 1;2）" if m.group("entry") else "")
                + (f"；这样读取也会被拒绝：{_error_message_zh(m.group('quoted'))}" if m.group("quoted") else ""))),
    ("a directional expectation unread",   # minimize._read_dir_exp: 'DEV=1=2', 'DEV[2]' among NAME=VALUE pairs
     re.compile(r"cannot read directional expectation (?P<value>'[^']*'): write CONDITION=1, =0 or =-(?:; literals "
                r"\((?P<literal>[^()]*)\) and NAME=VALUE pairs are two forms, one at a time: write (?P<write>'[^']*')|; "
                r"several values of a multi-value condition are joined by ';': (?P<joined>\S+))?(?=; |$)"),
     lambda m: (f"无法读取方向性预期 {m.group('value')}：请写 CONDITION=1、=0 或 =-"
                + (f"；文字项（{m.group('literal')}）和“名称=值”对是两种写法，一次只用一种：请写 {m.group('write')}"
                   if m.group("write") else "")
                + (f"；多值条件的多个取值用 ';' 相连：{m.group('joined')}" if m.group("joined") else ""))),
    ("a directional expectation given twice",   # 'DEV, ~URB, DEV' was read as 'DEV, ~URB'
     re.compile(r"directional expectation (?P<value>'[^']*') is given twice in (?P<given>'[^']*'); name each literal "
                r"once$"),
     lambda m: f"方向性预期 {m.group('value')} 在 {m.group('given')} 中出现了两次；每个文字项只写一次"),
    ("directional expectations: an empty entry",
     re.compile(r"empty entry in directional expectations (?P<value>'[^']*')(?: \(entry (?P<entry>\d+) of (?P<n>\d+): "
                r"a (?P<where>trailing|leading|double) comma\?\); write NAME=VALUE pairs .*, for the conditions "
                r"(?P<conditions>.+))?$"),
     lambda m: (f"方向性预期 {m.group('value')} 中有空项"
                + (f"（{m.group('n')} 项中的第 {m.group('entry')} 项："
                   f"{ {'trailing': '末尾', 'leading': '开头', 'double': '连续两个'}[m.group('where')]}多了逗号？）"
                   if m.group("entry") else "")
                + (f"，条件为 {m.group('conditions')}" if m.group("conditions") else ""))),
    ("directional expectations: a condition twice",
     re.compile(r"directional expectation for (?P<name>'[^']*') given twice$"),
     lambda m: f"条件 {m.group('name')} 的方向性预期给了两次"),
    ("directional expectations name unknown conditions",
     re.compile(r"directional expectations name unknown conditions? (?P<names>.+?) \(conditions: [^()]*\)"
                r"(?:; (?:'[^']*': )?did you mean '[^']*'(?: or '[^']*')*\?)*$"),   # the names meant: _hints_zh
     lambda m: f"方向性预期中的 {m.group('names')} 不是条件：名称须是条件之一"),
    ("directional expectations as R's c()", re.compile(r"directional expectations (?P<value>'[^']*'): R's vector c\(\.\.\.\) "
                                                       r"copied as text; write (?P<write>'[^']*') \(the text "
                                                       r"without c\( \)\)"),
     lambda m: f"方向性预期 {m.group('value')} 是照搬成文本的 R 向量 c(...)：请写 {m.group('write')}（去掉 c( )）"),
    ("directional expectations without include", re.compile(r"(?:directional expectations need include='\?' \(dir_exp "
                                                            r"given with include=|(?P<flag>--dir-exp needs --include "
                                                            r"'\?' \(--dir-exp given with --include ))"
                                                            r"(?P<include>'[^']*')\): the "
                                                            r"intermediate solution chooses among the remainders used "
                                                            r"by the parsimonious solution"),
     lambda m: ((f"--dir-exp 需要 --include '?'（给了 --dir-exp，而 --include {m.group('include')}）" if m.group("flag") else
                 f"方向性预期需要 include='?'（给了 dir_exp，而 include={m.group('include')}）")
                + "：中间解只在简约解所用的逻辑余项中选择")),
    ("directional expectation not a value",
     re.compile(r"directional expectation (?P<value>.+?) for (?P<cond>'[^']*') is not 1, 0, '-' \(no expectation\), or "
                r"values of a multi-value condition joined by ';' \(e\.g\. 1;2\)(?:; write (?P<word>[10-]) for "
                r"(?P<said>'[^']*') \((?P<meaning>expected present|expected absent|no expectation)\)$)?"),
     lambda m: (f"条件 {m.group('cond')} 的方向性预期 {m.group('value')} 不是 1、0、'-'（无预期），也不是以 ';' 相连的多值条件"
                "取值（如 1;2）"
                + (f"；{m.group('said')} 请写 {m.group('word')}（{_DIR_EXP_MEANING_ZH[m.group('meaning')]}）"
                   if m.group("word") else ""))),
    ("directional expectation: a value twice",
     re.compile(r"directional expectation (?P<value>.+?) for (?P<cond>'[^']*') names value\(s\) (?P<twice>\d+(?:, \d+)*) "
                r"twice; name each value once$"),
     lambda m: f"条件 {m.group('cond')} 的方向性预期 {m.group('value')} 把取值 {m.group('twice')} 写了两次；每个取值只写一次"),
    ("directional expectation: empty", re.compile(r"empty directional expectation for (?P<cond>'[^']*'); use '-' for none$"),
     lambda m: f"条件 {m.group('cond')} 的方向性预期为空；无预期的写 '-'"),
    ("directional expectations: a range backwards",
     re.compile(r"directional expectations (?P<value>'[^']*'): the range (?P<range>'[^']*') runs backwards \("
                r"(?P<first>'[^']*') comes after (?P<last>'[^']*') among the conditions\); write (?P<write>\S+)$"),
     lambda m: (f"方向性预期 {m.group('value')}：范围 {m.group('range')} 的方向反了（在条件中 {m.group('first')} 排在 "
                f"{m.group('last')} 之后）；请写 {m.group('write')}")),
    ("include other than '?' and 'C'", re.compile(rf"(?P<flag>--)?include may contain '\?' \(remainders\) and 'C' \(contradictions\), got {_GIVEN}"
                           r"(?:; write (?P<write>'[^']*')$)?(?=[;:]|$)"),
     lambda m: (f"{m.group('flag') or ''}include 只能包含 '?'（逻辑余项）和 'C'（矛盾行），现为 {m.group('value')}"
                + (f"；请写 {m.group('write')}" if m.group("write") else ""))),
    ("include not text", re.compile(r"include must be '', '\?', 'C' or '\?,C', got (?P<value>.+)$"),
     lambda m: f"include 只能是 ''、'?'、'C' 或 '?,C'，现为 {m.group('value')}"),
    ("no negative row", re.compile(r"nothing to minimise against: no truth table row is negative \(OUT = 0\), .*?"
                                   r"(?:; every configuration \((?P<covered>[\d,]+) of (?P<all>[\d,]+)\) is observed .*?)?"
                                   r"\. Check the truth table: the cut-offs \(incl_cut = (?P<cut>[^()]+)\), the outcome"
                                   r"(?P<conservative>, or include '' for the conservative solution)?$", re.S),
     lambda m: ("没有可对照的负组态：真值表中没有 OUT = 0 的行，解可用的组态都是正组态、逻辑余项或无关组态，最小化只得到恒真式 "
                "'1'（所有案例），什么也解释不了（R 的 minimize 也在此停止）"
                + (f"；所有组态（{m.group('all')} 个中的 {m.group('covered')} 个）都是 OUT = 1 的观察行，因此复杂解也是 '1'"
                   if m.group("covered") else "")
                + f"。请检查真值表：阈值（incl_cut = {m.group('cut')}）、结果"
                + ("，或用 include='' 求复杂解" if m.group("conservative") else ""))),
    ("no positive row", re.compile(r"no positive row to minimise: no configuration of (?P<outcome>\S+) has OUT = 1"
                                   r"(?P<c> or C)?(?: \((?P<details>[^()]*)\); lower (?:incl_cut or n_cut|--incl-cut or "
                                   r"--n-cut)|: (?P<held>\d+) "
                                   r"rows? reach(?:es)? (?:incl_cut = |(?P<flags>--incl-cut ))(?P<cut>\S+) \((?:n_cut = "
                                   r"|--n-cut )(?P<n>\d+)\) but ha(?:s|ve) PRI below (?:pri_cut = |--pri-cut )(?P<pri>\S+) "
                                   r"\(highest PRI (?P<top>[^()]+)\); lower (?:pri_cut|--pri-cut)), or check the outcome$"),
     _zh_no_positive_row),
    ("incl_cut pair in the wrong order",
     re.compile(r"incl_cut = \((?P<ic1>[^,()]+), (?P<ic0>[^,()]+)\): the second value \(below which a row is '0'\) must "
                r"not exceed the first \(from which a row is '1'\)$"),
     lambda m: (f"incl_cut = ({m.group('ic1')}, {m.group('ic0')})：第二个值（低于它的行为 '0'）不得大于第一个值（达到它的行"
                f"为 '1'）；两个值是否写反了？请写 incl_cut=({m.group('ic0')}, {m.group('ic1')})")),
    ("dir_exp empty", re.compile(r"dir_exp is empty \((?P<value>'[^']*')\): give the directional expectations, e\.g\. "
                                 r"(?P<example>'[^']*') \(one per condition, in order\) or (?P<named>'[^']*'), or leave "
                                 r"(?:dir_exp|--dir-exp) out for no intermediate solution$"),
     lambda m: (f"dir_exp 为空（{m.group('value')}）：请给出方向性预期，例如 {m.group('example')}（按条件的顺序每个条件一个值）"
                f"或 {m.group('named')}；不求中间解则不写 dir_exp")),
    ("dir_exp not text",
     re.compile(r"dir_exp must be a dict, a string such as '1,1,-,0' or a list, got (?P<type>\w+)(?: (?P<value>[^:]+): "
                r"write the expectations as text, one per condition in order(?:, | \((?P<k>\d+)\), e\.g\. )"
                r"(?P<write>'[^']*'))?$"),
     lambda m: (f"dir_exp 必须是字典、像 '1,1,-,0' 这样的文本或列表，现为 {m.group('type')}"
                + ((f" {m.group('value')}：请把方向性预期写成文本，按条件的顺序每个条件一个值"
                    + (f"（{m.group('k')} 个），例如 {m.group('write')}" if m.group("k") else f"，写作 {m.group('write')}"))
                   if m.group("write") else ""))),
    ("a model not in the list",
     re.compile(r"models\[(?P<key>.+?)\]: (?P<why>out of range|no model of that name); (?P<listed>[^;]+)(?:; positions "
                r"count from 0(?:: (?P<meant>M\d+) is (?P<position>models\[\d+\]))?)?$"),
     _zh_no_model),
    ("a model's name in several pairs",
     re.compile(r"models\[(?P<key>'[^']*')\]: (?P<n>\d+) models are named (?P<name>'[^']*'), one in each of the \(C, P\) "
                r"pairs (?P<pairs>.+?); ask a pair for its own, e\.g\. (?P<eg>sol\.intermediate\[.+?\]\.models\[.+?\]), or "
                r"give a position$"),
     lambda m: (f"models[{m.group('key')}]：有 {m.group('n')} 个模型都名为 {m.group('name')}，（C, P）对 "
                f"{m.group('pairs').replace(', ', '、')} 中各有一个；请向其中一对取它自己的模型，如 {m.group('eg')}，"
                "或给出位置")),
    ("sort_by: not a column",
     re.compile(r"sort_by: (?:(?P<name>'[^']*') is not a column|(?P<names>'[^']*'(?:, '[^']*')+) are not columns) of the "
                r"truth table; sort by (?P<allowed>[^;]+?)(?P<hints>(?:; (?:'[^']*': )?did you mean '[^']*'(?: or '[^']*')*\?"
                r"(?: \(names are case-sensitive\))?|; the direction is not written with '-': \S+ sorts decreasing \(the "
                r"default, as R's sort\.by\), \S+=FALSE increasing|; '[^']' -> '[^']'(?:, '[^']' -> '[^']')*: QCA's syntax "
                r"needs the ASCII character, not the full-width one \(typed with a Chinese input method, 全角\)(?:, e\.g\. "
                r"'[^']*')?)*)$"),
     lambda m: (f"sort_by：{m.group('name') or m.group('names')} {'不是' if m.group('name') else '都不是'}真值表的列；"
                f"可按以下列排序：{m.group('allowed')}"
                + "".join(f"；方向不用 '-' 表示：{bare} 默认按降序排列（同 R 的 sort.by），{bare}=FALSE 为升序"
                          for bare in re.findall(r"; the direction is not written with '-': (\S+) sorts", m.group("hints"))))),
    ("sort_by: a column twice", re.compile(r"sort_by names (?P<name>'[^']*') twice; name each column once$"),
     lambda m: f"sort_by 中 {m.group('name')} 出现了两次；每列只写一次"),
    ("sort_by: a direction",
     re.compile(r"sort_by (?P<name>'[^']*'): the direction must be TRUE \(decreasing\) or FALSE \(increasing\), got "
                r"(?P<value>.+)$"),
     lambda m: f"sort_by {m.group('name')}：方向只能是 TRUE（降序）或 FALSE（升序），现为 {m.group('value')}"),
    ("sort_by: not names",
     re.compile(r"sort_by must be column names \('incl, n', \['incl', 'n'\]\) or a mapping of column to decreasing "
                r"\(\{'incl': True, 'n': False\}\), got (?P<value>.+)$"),
     lambda m: (f"sort_by 须为列名（'incl, n' 或 ['incl', 'n']）或从列到是否降序的映射（{{'incl': True, 'n': False}}），现为 "
                f"{m.group('value')}")),
    ("--solution intermediate without --dir-exp",
     re.compile(r"--solution intermediate needs --dir-exp, the directional expectations of its counterfactuals, "
                r"e\.g\. (?P<eg>--dir-exp \S+(?: or \S+)?)(?: \(one value per condition, in order: (?P<order>[^;()]*); '-' "
                r"for no expectation\))?$"),
     lambda m: (f"--solution intermediate 需要 --dir-exp，即其反事实的方向性预期，例如 {m.group('eg').replace(' or ', ' 或 ')}"
                + (f"（按条件的顺序每个条件一个值：{m.group('order')}；'-' 表示无预期）" if m.group("order") else ""))),
    ("--dir-exp with another solution",
     re.compile(r"--dir-exp gives the intermediate solution, not the (?P<kind>conservative|parsimonious) one: leave out "
                r"--dir-exp, or give --solution intermediate$"),
     lambda m: (f"--dir-exp 给出的是中间解，而不是{'复杂解' if m.group('kind') == 'conservative' else '简约解'}：请去掉 "
                "--dir-exp，或写 --solution intermediate")),
    ("the models of simplifying rows named twice",   # find_rows / simplifying rows: models=['M1', 'M1']
     re.compile(r"models names (?P<names>'[^']*'(?:, '[^']*')*) twice in (?P<value>\[[^\[\]]*\]|'[^']*'); name each model "
                r"once$"),
     lambda m: f"models 中 {m.group('names')} 出现了两次（{m.group('value')}）；每个模型只写一次"),
]

"""The Chinese of the engine's errors (ENGINE_ERRORS_ZH's part, zh_errors) about the sets an analysis names: the
outcome (not a column, its values written wrong, negated twice), the conditions, and the expressions and terms that
name them (unknown conditions, R's arrow, a sum for a term, a value out of range, a printed model copied)."""
from __future__ import annotations

import re
from typing import Callable

from analysis.workshop.zh_error_parts import (_MARKS_ZH, _NEGATE_ZH, _outcome_value_zh, _PRINTED_DROPPED, _ROLE_ZH,
                                              _zh_expression_argument)
from analysis.workshop.zh_words import _parts_zh

SETS_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str | None]]] = [
    ("outcome not a column", re.compile(r"outcome (?P<name>'[^']*') is not a column of the data(?:; the data has a single "
                                        r"column (?P<single>'[^']*'): the file looks separated by (?P<sep>';'|a tab), not "
                                        r"commas \((?P<source>Excel in a locale with decimal commas|Excel's 'Text \(Tab "
                                        r"delimited\)', a \.tsv file)\); save it as 'CSV UTF-8 \(comma delimited\)' or read "
                                        r"it with (?P<read>pd\.read_csv\(path, sep='[^']*'(?:, decimal=',')?\))(?= \(|$)"
                                        r"|(?P<value>; the (?:outcome"
                                        r"(?: is named, not compared|'s absence \(R's 1 - [^)]*\) is written)|data has a "
                                        r"single column)[^(]*"
                                        r"(?:\(a multi-value outcome's value [^)]*\))?))?"),
     lambda m: (f"结果 {m.group('name')} 不是数据中的列：数据只有一列 {m.group('single')}：文件看来是用"
                + ("制表符" if m.group("sep") == "a tab" else " ';' ") + "而不是逗号分隔的（"
                + ("小数用逗号的地区设置下的 Excel" if m.group("sep") == "';'" else "Excel 的“文本文件(制表符分隔)”，或 .tsv 文件")
                + f"）；请另存为 'CSV UTF-8 (逗号分隔)'，或用 {m.group('read')} 读取" if m.group("single") else
                None if (value := _outcome_value_zh(m.group("value"))) is None else   # a hint it cannot say: no line
                f"结果 {m.group('name')} 不是数据中的列：结果须是数据中某一列的名称{value}")),
    ("an outcome's values written wrong",   # data.py: 'SURV{1,}', 'SURV{1,1}', 'SURV{1 2}', 'SURV{}', 'SURV{2}'
     re.compile(r"(?:outcome (?P<o>'[^']*')(?: has an empty value between the (?P<empty>braces|brackets) \(a stray "
                r"comma\?\)| names value\(s\) (?P<twice>\d+(?:, \d+)*) twice|: cannot read the values between the "
                r"(?P<unread>braces|brackets)); (?:write the values separated by commas|write whole numbers separated by "
                r"commas|name each value once), e\.g\. (?P<eg>'[^']*'(?: or '[^']*')?)|no outcome value inside the braces "
                r"of (?P<none>'[^']*'); write e\.g\. (?P<write>'[^']*')|outcome (?P<absent_o>'[^']*'): value\(s\) "
                r"(?P<absent>\d+(?:, \d+)*) do not occur in column (?P<col>'[^']*') \(its values: (?P<values>[^()]*)\)"
                r"|outcome (?P<mv_o>'[^']*') selects values of a multi-value outcome, but column (?P<mv_col>'[^']*') is "
                r"not multi-value \(it must hold integers 0, 1, 2, \.\.\.\)|outcome (?P<odd>'[^']*'): cannot read it; "
                r"write a column name, '~NAME' for its negation, or 'NAME\{v\}' / 'NAME\{v,w\}' for values of a "
                r"multi-value outcome|outcome (?P<hidden_o>'[^']*'): cannot read it(?=; '))"
                # 'SURV{1}\u2060': the invisible character's hint ends the message, said by zh_hints
                r"(?:$|(?=; '[^']*' holds an invisible character \(U\+[0-9A-F]{4,6} [A-Z][A-Z -]*, copied from a "
                r"web page or a document\): write '[^']*'$))"),
     lambda m: (f"结果 {m.group('o')} 的{_MARKS_ZH[m.group('empty')]}中有一个空值（多写了一个逗号？）；请用逗号分隔各个取值，"
                f"例如 {m.group('eg').replace(' or ', ' 或 ')}" if m.group("empty") else
                f"结果 {m.group('o')} 把取值 {m.group('twice')} 写了两次；每个取值只写一次，例如 {m.group('eg')}"
                if m.group("twice") else
                f"结果 {m.group('o')}：无法读取{_MARKS_ZH[m.group('unread')]}中的取值；请写以逗号分隔的整数，例如 "
                f"{m.group('eg').replace(' or ', ' 或 ')}" if m.group("unread") else
                f"{m.group('none')} 的花括号中没有结果的取值；请写，例如 {m.group('write')}" if m.group("none") else
                f"结果 {m.group('absent_o')}：取值 {m.group('absent')} 没有出现在列 {m.group('col')} 中（该列的取值："
                f"{m.group('values')}）" if m.group("absent") else
                f"结果 {m.group('mv_o')} 选取多值结果的取值，但列 {m.group('mv_col')} 不是多值的（它必须是整数 0, 1, 2, ...）"
                if m.group("mv_o") else
                f"结果 {m.group('hidden_o')}：无法读取" if m.group("hidden_o") else
                f"结果 {m.group('odd')}：无法读取；请写列名，'~NAME' 表示其否定，'NAME{{v}}' / 'NAME{{v,w}}' 表示多值结果的"
                "取值")),
    ("a multi-value outcome given plain",   # data.py: outcome 'SURV' holding 0, 1, 2 (a typo, a total row?)
     re.compile(r"outcome (?P<o>'[^']*') is multi-value \(values up to (?P<top>\d+)\); QCA explains one value set at a "
                r"time: write (?P<write>outcome='[^']*'|--outcome '[^']*') \(e\.g\. (?P<eg>'[^']*')\); plain outcomes "
                r"must be crisp 0/1 or fuzzy memberships in \[0, 1\](?:; only case (?P<case>'[^']*') has a value above 1: "
                r"if it is a typo \(or a total row\), correct it)?$"),
     lambda m: (f"结果 {m.group('o')} 是多值的（取值最大为 {m.group('top')}）；QCA 一次解释一个取值集合：请写 "
                f"{m.group('write')}（例如 {m.group('eg')}）；普通结果必须是清晰集 0/1 或 [0, 1] 中的模糊隶属度"
                + (f"；只有案例 {m.group('case')} 的取值大于 1：若是笔误（或合计行），请改正" if m.group("case") else ""))),
    ("a set's name a solution could not print",   # data._check_name, comma_name_message: 'A+B', 'GDP, high', 'DE\nV'
     re.compile(r"(?:(?P<role>condition|outcome) name (?P<name>'[^']*'|\"[^\"]*\") (?:contains (?P<chars>'[^']'(?: '[^']')*): "
                r"QCA writes solutions and expressions with \* ~ \+ \[ \] \{ \} \( \) , = ; \(A\*~B \+ C\[1\], Y\{1\}\), so a "
                r"printed solution could not be read back|(?P<linebreak>holds a line break \(Alt\+Enter in an Excel cell\?\): "
                r"tables and solutions would print it over two lines)); rename the column, e\.g\. to (?P<fixed>'[^']*'|"
                r"\"[^\"]*\")|(?P<what>conditions|nec_cond) (?P<text>'[^']*'|\"[^\"]*\"): column (?P<col>'[^']*'|\"[^\"]*\") "
                r"contains ',', which separates the names here; a set name cannot contain ',' \(QCA writes expressions with "
                r"it, so a printed solution could not be read back\), so no quoting helps: rename the column, e\.g\. to "
                r"(?P<renamed>'[^']*'|\"[^\"]*\") \(in the file's header, or (?P<rename>df\.rename\(columns=\{.*\}\))\))$"),
     lambda m: (f"{_ROLE_ZH[m.group('role')]}名称 {m.group('name')} 含有 {m.group('chars')}：QCA 用 * ~ + [ ] {{ }} ( ) , = ; "
                "书写解和表达式（A*~B + C[1]，Y{1}），因此打印出的解无法再读回" if m.group("chars") else
                f"{_ROLE_ZH[m.group('role')]}名称 {m.group('name')} 含有换行符（在 Excel 单元格中按了 Alt+Enter？）：表格和解会"
                "把它打印成两行" if m.group("role") else
                f"{m.group('what')} {m.group('text')}：列 {m.group('col')} 含有 ','，而 ',' 在这里分隔名称；集合名称不能含有 ','"
                "（QCA 用它书写表达式，因此打印出的解无法再读回），加引号也无济于事")
     + (f"；请给该列改名，例如改为 {m.group('fixed')}" if m.group("fixed") else
        f"：请给该列改名，例如改为 {m.group('renamed')}（在文件的表头中改，或用 {m.group('rename')}）" if m.group("renamed")
        else "")),
    ("unknown conditions", re.compile(r"unknown conditions?: (?P<names>.+?)(?=; | \(|$)"),
     lambda m: f"未知条件 {m.group('names')}：条件须是数据中的列名"),
    ("unknown condition in a term", re.compile(r"unknown conditions? (?P<name>'[^']*'(?:, '[^']*')*)(?: in "
                                               r"(?P<where>term|expression) (?P<term>'[^']*'))?(?=[;( ]|$)"),
     lambda m: ((f"{'项' if m.group('where') == 'term' else '表达式'} {m.group('term')} 中的 " if m.group("where") else "")
                + f"{m.group('name')} 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' 相连）")),
    ("an expression argument naming the outcome",
     re.compile(r"(?P<param>theory|nec_cond(?:\[\d+\])?|untenable) (?P<value>'[^']*') names (?P<outcome>'[^']*'), the "
                r"(?P<whose>solution|truth table)'s outcome; (?:a theory is|it takes) an expression of the conditions only "
                r"\((?P<conditions>[^()]*)\), such as (?P<example>'[^']*'(?: or '[^']*')?)$"),
     lambda m: (f"{m.group('param')} {m.group('value')} 写了 {m.group('outcome')}，即"
                f"{'解' if m.group('whose') == 'solution' else '真值表'}的结果；{'理论' if m.group('param') == 'theory' else '它'}"
                f"只能是条件的表达式（{m.group('conditions')}），例如 {m.group('example').replace(' or ', ' 或 ')}")),
    ("an expression argument in R's arrow notation",
     re.compile(r"(?P<param>\S+) (?P<value>'[^']*'|\"[^\"]*\") holds (?P<arrow>'[^']*'), the arrow of R's pof\(\) notation "
                r"\('X -> Y': X sufficient for outcome Y; 'X <- Y': X necessary for Y\), which names the outcome in the "
                r"expression; here the outcome is given apart and the expression holds the conditions only \(e\.g\. 'LIT' "
                r"or 'A\*~B \+ C'\): (?P<write>\S+=(?:'[^']*'|\"[^\"]*\")|--\S+ (?:'[^']*'|\"[^\"]*\"))(?P<necessity> with "
                r"(?:necessity=True \(CLI: --necessity\)|(?P<flag>--necessity)))?(?P<both> \(R refuses '<->' too\))?$"),
     lambda m: (f"{m.group('param')} {m.group('value')} 含有 {m.group('arrow')}，即 R 的 pof() 写法中的箭头（'X -> Y'：X 是结果 Y "
                "的充分条件；'X <- Y'：X 是 Y 的必要条件），它在表达式中写出了结果；这里结果另行给出，表达式只含条件（如 'LIT' 或 "
                f"'A*~B + C'）：请写 {m.group('write')}"
                + ("，并加 --necessity" if m.group("flag") else
                   "，并设 necessity=True（命令行：--necessity）" if m.group("necessity") else "")
                + ("（R 也不接受 '<->'）" if m.group("both") else ""))),
    ("an expression in R's arrow notation for pof",   # pof.r_arrow_message: pof('DEV*URB -> SURV', ...), --expression
     re.compile(r"(?P<param>\S+) (?P<value>'[^']*'|\"[^\"]*\") holds (?P<arrow>'[^']*'): R's pof\(\) takes the outcome and "
                r"the relation from an arrow \('->' or '=>': sufficiency, '<-' or '<=': necessity\); here the expression is "
                r"the conditions' side alone: (?P<write>.+?)(?:, then (?P<then>.+) \(R refuses '<->' too\))?$"),
     lambda m: (f"{m.group('param')} {m.group('value')} 含有 {m.group('arrow')}：R 的 pof() 从箭头读出结果和关系（'->' 或 "
                "'=>'：充分性，'<-' 或 '<='：必要性）；这里表达式只是条件一侧：请写 "
                + (f"{m.group('write')}，然后写 {m.group('then')}（R 也不接受 '<->'）" if m.group("then") else m.group("write")))),
    ("a necessary condition not an expression",
     re.compile(r"(?P<param>nec_cond(?:\[\d+\])?) must be an expression of the conditions such as 'LIT' or 'A \+ B'"
                r"(?P<list> or a list of them \(each a necessary condition, as SetMethods' esa\(\) takes a vector\), or "
                r"None to block no such rows)?; got (?P<value>.+) \((?P<type>[\w.]+)\)$"),
     lambda m: (f"{m.group('param')} 必须是条件的表达式，如 'LIT' 或 'A + B'"
                + ("，或这样的表达式的列表（每个都是必要条件，如同 SetMethods 的 esa() 接受向量），或 None（不排除任何这样的行）"
                   if m.group("list") else "") + f"；现为 {m.group('type')} {m.group('value')}")),
    ("an untenable expression not an expression",   # esa(untenable=a frame, a model, ...)
     re.compile(r"untenable must be an expression of the conditions such as '~A\*B' or 'A\*B \+ ~C'; join several with "
                r"' \+ ' \(one term per untenable combination\), or None to block no such rows; got (?P<value>.+) "
                r"\((?P<type>[\w.]+)\)$", re.S),
     lambda m: ("untenable 必须是条件的表达式，如 '~A*B' 或 'A*B + ~C'；几个组合用 ' + ' 连接（每个不可成立的组合一项），"
                f"或 None（不排除任何这样的行）；现为 {m.group('type')} {m.group('value')}")),
    ("an expression argument as R's c()",   # esa.py, cli_args.r_vector_nec_cond: nec_cond = c("LIT", "STB") as text
     # (the part named 'quoted': the line says the whole message, zh_hints' R-vector hint not again after it)
     # (expressions.r_vector_expression_message: a theory, pof's or find_rows' expression, which find_rows names not)
     re.compile(r"(?:(?P<param>nec_cond(?:\[\d+\])?|untenable|theory|expression|--nec-cond|--untenable|--theory|"
                r"--expression) (?P<value>'[^']*'): |^)"
                r"(?P<quoted>R's vector c\(\.\.\.\) copied as text); write (?P<one>one, e\.g\. )?(?P<write>'[^']*'|"
                r"nec_cond=\[[^\[\]]*\])(?: \((?:(?P<terms>one term per untenable combination)|(?P<each>each "
                r"necessary)|(?P<list>a list: each a necessary condition)|(?P<cmd>cases|plot) takes one necessary "
                r"condition: run it once for each)\)| \((?P<any>any of them: terms are joined by '\+')\)(?: or "
                r"(?P<all>'[^']*') \(all of them: '\*' within a term\))?)?$"),
     lambda m: ((f"{m.group('param')} {m.group('value')}：" if m.group("param") else "") + "这是照搬成文本的 R 向量 c(...)：请写"
                + (f"其中一个，例如 {m.group('write')}" if m.group("one") else f" {m.group('write')}")
                + ("（每个不可成立的组合一项）" if m.group("terms") else "（每个都是必要条件）" if m.group("each") else
                   "（一个列表：每个都是必要条件）" if m.group("list") else
                   f"（{m.group('cmd')} 只接受一个必要条件：每个各运行一次）" if m.group("cmd") else
                   "（其中任一：项之间用 '+' 相连）" if m.group("any") else "")
                + (f"或 {m.group('all')}（全部：项内用 '*' 相连）" if m.group("all") else ""))),
    ("an expression argument's own error",
     re.compile(r"(?P<param>theory|nec_cond(?:\[\d+\])?|untenable|expression|--theory|--nec-cond|--untenable) "
                r"(?P<value>'[^']*'|\[[^\[\]]*\]): (?P<quoted>(?!R's vector c\(\.\.\.\) copied as text; ).+)$"),
     lambda m: _zh_expression_argument(m)),
    ("outcome not a name",
     re.compile(r"outcome must be a column name \(optionally '~NAME' or 'NAME\{v\}'\), got (?:a pandas "
                r"(?:Series (?P<series>'[^']*') \((?P<n>\d+) values\)|DataFrame of the one column (?P<frame>'[^']*') "
                r"\((?P<rows>\d+) rows\)): give the column's name, (?P<write>outcome='[^']*'); the data "
                r"frame holds its values|(?P<got>.+?)(?:: one outcome(?P<per_call> per call, e\.g\.|, written as a text:) "
                r"(?P<listed>outcome='[^']*'))?)$"),
     lambda m: ("结果须是一个列名（可写作 '~NAME' 或 'NAME{v}'），现为"
                + (f"名为 {m.group('series')} 的 pandas Series（{m.group('n')} 个值）：请给出列名，写作 {m.group('write')}；"
                   "数据表中已有它的值" if m.group("series") else
                   f"只有一列 {m.group('frame')} 的 pandas DataFrame（{m.group('rows')} 行）：请给出列名，写作 "
                   f"{m.group('write')}；数据表中已有它的值" if m.group("frame") else f" {m.group('got')}")
                + ("" if not m.group("listed") else f"：每次调用只分析一个结果，例如 {m.group('listed')}"
                   if "per call" in m.group("per_call") else f"：只有一个结果，写成文本：{m.group('listed')}"))),
    ("the outcome negated twice, or named in an expression",   # data.py, pof.refuse_outcome_in_expression
     re.compile(r"(?:outcome (?P<twice>'[^']*') is negated twice \(the two negations cancel out and would explain the "
                r"outcome itself\); write '~NAME' or use (?P<neg>negate_outcome \(CLI: --negate-outcome\)|--negate-outcome), "
                r"not both|outcome (?P<again>'[^']*') is already negated and (?P<neg2>negate_outcome \(CLI: --negate-outcome\)|"
                r"--negate-outcome) negates it again: the two cancel out and would explain (?P<plain>'[^']*') itself; write "
                r"(?P<write>'[^']*') or (?:negate_outcome|--negate-outcome), not both|(?P<param>[a-z]\w*) (?P<expr>'[^']*') "
                r"names the outcome (?P<out>'[^']*'): a set cannot explain itself; write it with the conditions only \(the "
                r"other columns\))$"),
     lambda m: (f"结果 {m.group('twice')} 被否定了两次（两次否定相互抵消，等于解释结果本身）；请写 '~NAME' 或使用 "
                f"{_NEGATE_ZH[m.group('neg')].strip()}，不要两者都用" if m.group("twice") else
                f"结果 {m.group('again')} 已经是否定的，而 {_NEGATE_ZH[m.group('neg2')]}又把它否定一次：两者相互抵消，等于解释 "
                f"{m.group('plain')} 本身；请写 {m.group('write')} 或 {_NEGATE_ZH[m.group('neg2')].split('（')[0].strip()}，"
                "不要两者都用" if m.group("again") else
                f"{m.group('param')} {m.group('expr')} 写了结果 {m.group('out')}：集合不能解释它自身；请只用条件（其他列）来写")),
    ("conditions hold the outcome", re.compile(r"conditions include the outcome (?P<name>'[^']*'): a set cannot explain "
                                               r"itself; leave it out$"),
     lambda m: f"条件中包含了结果 {m.group('name')}：集合不能解释它自身；请把它从条件中去掉"),
    ("no conditions", re.compile(r"no conditions given; name at least one condition column$"),
     lambda m: "没有给出条件：请至少列出一个条件列"),
    ("a sum where a term is expected",
     re.compile(r"cannot read literal (?P<lit>'[^']*') in term (?P<term>'[^']*'): write A, ~A or A\[v\] joined by "
                r"'\*'(?:; (?P<sum>'[^']*') is a sum of terms \(joined by '\+', as a solution is written\): parse_term "
                r"reads one term, (?P<parse>parse_expression\(text, conditions\)) a sum)?$"),
     lambda m: (f"无法读取项 {m.group('term')} 中的文字 {m.group('lit')}：请写 A、~A 或 A[v]，以 '*' 相连"
                + (f"；{m.group('sum')} 是以 '+' 相连的多个项之和（解就是这样写的）：parse_term 只读一个项，和式请用 "
                   f"{m.group('parse')} 读取" if m.group("sum") else ""))),
    ("an expression with an empty term",
     re.compile(r"(?P<what>expression|--theory|--nec-cond|--untenable) (?P<value>'[^']*') has an empty term \(term "
                r"(?P<i>\d+) of (?P<n>\d+): a (?P<where>trailing|leading|double) '\+'\?\); write terms joined by '\+', "
                r"e\.g\. 'A\*~B \+ C'$"),
     lambda m: (f"{'表达式' if m.group('what') == 'expression' else m.group('what')} {m.group('value')} 中有空项（"
                f"{m.group('n')} 项中的第 {m.group('i')} 项："
                f"{ {'trailing': '末尾多了', 'leading': '开头多了', 'double': '连续两个'}[m.group('where')]} '+'？）；请用 "
                "'+' 连接各项，例如 'A*~B + C'")),
    ("an expression with parentheses",   # a value written R's other way, 'DEV(2)': its brackets said by _hints_zh
     re.compile(r"parentheses are not supported(?: \((?P<wide>'[^']'(?:, '[^']')*) (?:is a full-width character|are "
                r"full-width characters), typed with a Chinese input method, 全角\))?(?:; (?:write its sum of products, "
                r"(?P<written>'[^']*')|(?P<eg>write it as a sum of products, e\.g\. 'A\*B \+ A\*C' for 'A\*\(B \+ C\)')))?(?=; a condition's value is written in "
                r"brackets: |$)"),
     lambda m: ("不支持括号" + (f"（{m.group('wide')} 是全角字符，中文输入法输入）" if m.group("wide") else "")
                + (f"；请写成它的积之和 {m.group('written')}" if m.group("written") else
                                "；请写成积之和，例如把 'A*(B + C)' 写作 'A*B + A*C'" if m.group("eg") else ""))),
    ("a condition's value out of range in a term",
     re.compile(r"value (?P<value>\d+) of (?P<name>'[^']*') in term (?P<term>'[^']*') is out of range 0\.\.(?P<top>\d+)$"),
     lambda m: (f"项 {m.group('term')} 中 {m.group('name')} 的取值 {m.group('value')} 超出范围：取值为 "
                f"0..{m.group('top')}")),
    ("several expressions written as one",
     re.compile(r"(?:several necessary conditions are a list, (?P<list>nec_cond=\[[^\[\]]*\]) \(each necessary\); one "
                r"expression has no ',' \((?P<sum>'[^']*') is one necessary disjunction\)|several (?P<what>untenable "
                r"combinations|terms) are joined by ' \+ ', (?P<write>\w+='[^']*'|--[a-z]+(?:-[a-z]+)* '[^']*'))$"),
     lambda m: (f"多个必要条件写成列表 {m.group('list')}（每个都是必要条件）；一个表达式中没有 ','（{m.group('sum')} 是一个必要的"
                "析取式）" if m.group("list") else
                f"{'多个项' if m.group('what') == 'terms' else '多个不可成立的组合'}用 ' + ' 连接：{m.group('write')}")),
    ("conditions: a condition twice",
     re.compile(r"conditions name (?P<names>.+?) twice \(duplicate condition\(s\): [^()]+\); name each condition once$"),
     lambda m: f"条件中 {m.group('names')} 出现了两次；每个条件只写一次"),
    ("a term or an expression empty",
     re.compile(r"(?P<what>a term|an expression|expression) must be a non-empty string such as (?P<eg>'[^']*'), got "
                r"(?P<value>.+)$"),
     lambda m: (f"{'项' if m.group('what') == 'a term' else '表达式'}必须是非空的文本，例如 {m.group('eg')}，现为 "
                f"{m.group('value')}")),
    ("the command line's outcome not a column of its file",   # the names meant and the columns: _hints_zh
     re.compile(r"--outcome (?P<name>.+?) is not a column of (?P<file>[^;]+?)(?=; did you mean | \(columns: | \(the data "
                r"has no column besides|; the outcome)(?: \(the data has no column besides the case names(?: (?P<names>'[^']*'|"
                r"\"[^\"]*\"))?; export the sets too\))?(?P<value>; the outcome(?: is named, not compared|'s absence \(R's 1 - "
                r"[^)]*\) is written)[^(]*(?:\(a multi-value outcome's value [^)]*\))?)?"),
     lambda m: (None if (value := _outcome_value_zh(m.group("value"))) is None else   # a value hint it cannot say
                f"--outcome {m.group('name')} 不是 {m.group('file')} 中的列：结果须是该文件中某一列的名称{value}"
                + (f"（数据中除了案例名称{' ' + m.group('names') + ' ' if m.group('names') else ''}之外没有别的列；请把各集合也导出）"
                   if "besides" in m.group(0) else ""))),
    ("--conditions: a name written with '-'",   # dplyr's select(-DEV)
     re.compile(r"--conditions (?P<given>'[^']*'|\"[^\"]*\"): (?P<minus>.+?) (?:is no column|are no columns); conditions "
                r"are listed by name, without '-' or '~' \(the analysis considers each condition's presence and its "
                r"absence\): write (?P<write>--conditions \S+)(?:; to leave (?P<left>.+?) out, list the others: "
                r"(?P<others>--conditions \S+))?$"),
     lambda m: (f"--conditions {m.group('given')}：{m.group('minus')} 不是列；条件只写名称，不加 '-' 或 '~'（分析会同时考虑"
                f"每个条件的存在与缺失）：请写 {m.group('write')}"
                + (f"；要去掉 {m.group('left')}，请列出其余的条件：{m.group('others')}" if m.group("left") else ""))),
    ("an expression copied from a solution's printout",   # pof.refuse_printed_model: 'M1: A*B + (C) -> Y'
     re.compile(r"(?P<name>\S+) (?P<given>'[^']*'|\"[^\"]*\") is a model as a solution prints it; write its terms alone: "
                r"(?P<write>.+?) \(leaving out (?P<dropped>.+)\)$"),
     lambda m: (None if (dropped := _parts_zh(m.group("dropped"), _PRINTED_DROPPED, lambda d: (
         f"其标签 {d.group('label')}" if d.group("label") else
         f"箭头和结果 {d.group('arrow')}（另行给出）" if d.group("arrow") else
         "R 的圆括号（标出并非每个模型都有的项）"))) is None else
         f"{m.group('name')} {m.group('given')} 是解打印出的模型；请只写它的项：{m.group('write')}（去掉"
         + "；".join(dropped) + "）")),
    ("a term not in the model",   # diagnostics.model_term: plot --term, the XY plot's term
     re.compile(r"(?P<param>term|--term) (?P<given>'[^']*'|\"[^\"]*\") is not in the model \((?P<model>.*?)\)(?:; write "
                r"(?P<n>\d+), a number \(the model's term \d+, (?P<term>'[^']*'|\"[^\"]*\")\), or the term's text)?"
                r"(?=; |$)"),
     lambda m: (f"{m.group('param')} {m.group('given')} 不在模型中（{m.group('model')}）"
                + (f"；请写 {m.group('n')}，即一个数（模型的第 {m.group('n')} 项，{m.group('term')}），或项的文本"
                   if m.group("n") else ""))),
    ("more conditions than the engine takes",
     re.compile(r"(?P<n>\d+) conditions given; at most (?P<max>\d+) are supported, because exact minimisation \(every prime "
                r"implicant and every minimal model\) grows exponentially with the number of conditions and beyond that "
                r"almost every configuration is an unobserved remainder; reduce the conditions \(e\.g\. by a two-step QCA "
                r"or by theory\)$"),
     lambda m: (f"给出了 {m.group('n')} 个条件；最多支持 {m.group('max')} 个，因为精确最小化（每个质蕴涵项和每个最小模型）随"
                "条件数目呈指数增长，超过这个数目几乎每个组态都是未观察到的逻辑余项；请减少条件（例如用两步 QCA 或依据理论）")),
    ("a term asking a condition two values",
     re.compile(r"term (?P<term>'[^']*') asks (?P<name>'[^']*'|\"[^\"]*\") to take two values: a contradiction \(an empty "
                r"set for crisp and multi-value data; for fuzzy sets min\(A, 1 - A\), which no case is more in than out "
                r"of\); write each condition once$"),
     lambda m: (f"项 {m.group('term')} 要求 {m.group('name')} 同时取两个值：这是矛盾（在清晰集和多值数据中为空集；在模糊集中"
                "为 min(A, 1 - A)，没有案例属于它多于不属于它）；每个条件只写一次")),
    ("a multi-value condition without its value",
     re.compile(r"condition (?P<name>'[^']*'|\"[^\"]*\") is multi-value: write (?P<write>\S+\[v\]) with v in "
                r"(?P<levels>0\.\.\d+)$"),
     lambda m: f"条件 {m.group('name')} 是多值条件：请写 {m.group('write')}，其中 v 在 {m.group('levels')} 之中"),
    ("conditions given as a set",   # conditions={'DEV', 'URB'}: a Python set has no order
     re.compile(r"conditions given as a (?P<type>set|frozenset) (?P<value>\[[^\[\]]*\]) have no order, and the order of "
                r"conditions sets the order of truth table columns and of literals in every term \(a set's order changes "
                r"from run to run\); give a list or a comma-separated string$"),
     lambda m: (f"以 {m.group('type')} 给出的条件 {m.group('value')} 没有顺序，而条件的顺序决定真值表各列的顺序和每个项中"
                "文字的顺序（集合的顺序每次运行都会变）；请给出列表或以逗号分隔的文本")),
    ("find_rows: an expression for csa or ssr",
     re.compile(r"(?P<type>type|--type) (?P<kind>'[^']*') takes no expression and no (?P<observed>observed=|--observed): "
                r"those select untenable rows \(type 'untenable' or 'all'\)$"),
     lambda m: (f"{m.group('type')} {m.group('kind')} 不接受表达式，也不接受 {m.group('observed')}：它们用于选择不可成立的行"
                "（type 'untenable' 或 'all'）")),
    ("a multi-value literal of several values",   # pof's expression 'DEV[1,2]'
     re.compile(r"a multi-value literal holds one value, e\.g\. (?P<eg>\S+\[\d+\]); for several values write a sum: "
                r"(?P<write>.+)$"),
     lambda m: f"多值文字只取一个值，例如 {m.group('eg')}；要取多个值请写成和：{m.group('write')}"),
    ("a negated multi-value literal",   # '~DEV[1]': DEV's other values
     re.compile(r"'~(?P<name>[^'\[]+)\[(?P<value>\d+)\]' is (?P=name)'s other values \((?P<others>[\d, ]+)\), not one "
                r"literal: write their sum, (?P<write>.+?)(?: \(in a product, one term per value: (?P<product>.+)\))?$"),
     lambda m: (f"'~{m.group('name')}[{m.group('value')}]' 是 {m.group('name')} 的其他取值（{m.group('others')}），不是一个"
                f"文字：请写成它们的和，{m.group('write')}"
                + (f"（在乘积中，每个取值一项：{m.group('product')}）" if m.group("product") else ""))),
    ("a condition named as a truth table's column",   # truth_table: PRI, OUT, n, incl, ... would be overwritten
     re.compile(r"condition names? (?P<names>'[^']*'(?:, '[^']*')*) (?:is also a column|are also columns) of the truth "
                r"table \((?P<columns>[^()]*)\); rename the data columns?, e\.g\. (?P<eg>\S+)$"),
     lambda m: (f"条件名称 {m.group('names')} 与真值表自己的列同名（{m.group('columns')}）；请给数据中的"
                f"{'这些列' if ', ' in m.group('names') else '这一列'}改名，例如 {m.group('eg')}")),
    ("--conditions: a name no column of the data",   # cases --conditions DEV,URBAN (the file's name said before it)
     re.compile(r"--conditions: unknown (?:condition (?P<one>'[^']*')|conditions (?P<many>'[^']*'(?:, '[^']*')*))(?=; |$)"),
     lambda m: f"--conditions：{m.group('one') or m.group('many')} 不是数据中的列（条件须是数据的列）"),
]

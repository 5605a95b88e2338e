"""The renderings the forms of the engine's errors share (ENGINE_ERRORS_ZH's modules, zh_errors_*.py): SetMethods'
case types, exclude's hints, the models listed, the budgets as Python or as the command line words them, the rows
and files named, in Chinese; and the line of an error another error quotes (_error_message_zh)."""
from __future__ import annotations

import re
from typing import Callable

from analysis.workshop.zh_hints import _hints_zh
from analysis.workshop.zh_words import _kind_zh, _more_cases_zh, _raw_value_place_zh

#: SetMethods' case types by number (analysis.qca.r_calls.SMMR_CASE_NUMBERS' words), in Chinese.
SMMR_CASES_ZH = {
    "typical cases": "典型案例",
    "typical cases for each focal conjunct of a term": "项中每个焦点合取项的典型案例",
    "deviant cases consistency": "一致性偏离案例",
    "deviant cases coverage": "覆盖度偏离案例",
    "individually irrelevant cases": "个体无关案例",
    "all of the above": "以上全部",
}


#: SetMethods' smmr(cases = 6) as the engine writes it here (prose, not a call), in Chinese.
_SMMR_CALL_ZH = {"smmr(sol, t) for each t of 'typical', 'deviant consistency', 'deviant coverage', 'irrelevant'":
                 "对 'typical'、'deviant consistency'、'deviant coverage'、'irrelevant' 中的每个 t 调用 smmr(sol, t)"}


#: What explain and include may name, as the engine lists them when one is named twice, and in Chinese.
_TWICE_CHOICES_ZH = {
    "explain": ("'1' (positive rows) or '1,C' (positive rows and contradictions)",
                "'1'（正组态的行）或 '1,C'（正组态的行和矛盾行）"),
    "include": ("'' (none), '?' (remainders), 'C' (contradictions) or '?,C' (both)",
                "''（都不用）、'?'（逻辑余项）、'C'（矛盾行）或 '?,C'（两者）"),
}


#: The hints the engine gives after exclude's row numbers it cannot read, in Chinese (those _hints_zh says, a
#: full-width character or digit, are said there).
_EXCLUDE_HINTS_ZH = [
    (re.compile(r"; R's vector c\(\.\.\.\) copied as text: write (?P<write>'[^']*')$"),
     "；这是照搬成文本的 R 向量 c(...)：请写 {write}"),
    (re.compile(r"; a range of rows \((?P<range>[^()]*)\) is not read: list each row, (?P<write>'[^']*')$"),
     "；不能读取行号范围（{range}）：请逐一列出每一行，{write}"),
    (re.compile(r"; write (?P<write>\[[^\]]*\]) \(numbers\), or (?P<text>'[^']*') \(one text\)$"),
     "；请写 {write}（数字），或 {text}（一个文本）"),
    (re.compile(r"; (?P<kind>'[^']*') names a kind of rows: (?P<write>exclude=find_rows\(tt, '[^']*'\))(?P<esa>, or "
                r"esa\(tt, contradictory_rows='csa'\))?$"),
     "；{kind} 是一类行的名称，不是行号：请写 {write}{esa}"),
    (re.compile(r"; separate the row numbers with commas(?:, e\.g\. (?P<write>'[^']*'))?$"),
     "；行号之间请用逗号分隔{write}"),
    (re.compile(r"; (?P<kind>'[^']*') names a kind of rows: list them with (?P<list>find-rows --type \S+), or block them "
                r"with (?P<block>esa --csa)$"),   # the command line's own way to the rows of a kind
     "；{kind} 是一类行的名称，不是行号：请用 {list} 列出它们，或用 {block} 排除它们"),
    (re.compile(r"; write (?P<write>\d+) \(digits 0-9 only: no (?P<sep>'[_,]') between groups of digits\)$"),
     "；请写 {write}（只用数字 0-9，数字组之间不加 {sep}）"),
]


def _zh_exclude_not_numbers(m: re.Match) -> str | None:
    """exclude's row numbers it cannot read (a case's name, exclude=['XX'], as a participant writes it), in Chinese,
    with the engine's hint; no line for a hint the workshop cannot say."""
    line = f"{m.group('param')}：行号必须是整数（如 '7,8,15'），现为 {m.group('value')}"
    rest = m.group("rest")
    if not rest or _hints_zh(rest):   # none, or a full-width character or digit: said by the hints
        return line
    for form, said in _EXCLUDE_HINTS_ZH:
        found = form.match(rest)
        if found:
            values = {k: v or "" for k, v in found.groupdict().items()}
            if "esa" in values and values["esa"]:
                values["esa"] = "，或 esa(tt, contradictory_rows='csa')"
            if form.pattern.startswith("; separate") and values.get("write"):
                values["write"] = f"，例如 {values['write']}"
            return line + said.format(**values)
    return None


_MODELS_LISTED = re.compile(
    r"there are no models|there is 1 model(?: listed of (?P<of1>.+?) \(a partial answer\))?, (?P<name>\S+): models\[0\] "
    r"or models\[(?P<key1>'[^']*')\]|there are (?P<n>[\d,]+) models(?: listed of (?P<of>.+?) \(a partial answer\))?, "
    r"(?P<shown>.+?): models\[0\] to models\[(?P<last>\d+)\], or by name, models\[(?P<key>'[^']*')\]")


def _models_listed_zh(listed: str) -> str | None:
    """The models a NoModelError names (ModelList: 'there are 3 models listed of 1,954 (a partial answer), M1, M2, M3:
    models[0] to models[2], or by name, models['M1']'), in Chinese; None for another form."""
    found = _MODELS_LISTED.fullmatch(listed)
    if found is None:
        return None
    if found.group("name") is None and found.group("n") is None:
        return "没有模型"

    def counted(n: str, of: str | None) -> str:   # 'at least 16' (counting stopped at max_work) or '1,954'
        if of is None:
            return f"共有 {n} 个模型"
        least = of.removeprefix("at least ")
        return f"只列出了 {n} 个模型（{'至少有' if least != of else '共有'} {least} 个：这是部分答案）"

    if found.group("name") is not None:
        return f"{counted('1', found.group('of1'))}：{found.group('name')}，即 models[0] 或 models[{found.group('key1')}]"
    shown = re.sub(r", \.\.\. \((?P<n>[\d,]+) in all\)$", r" ……（共 \g<n> 个）", found.group("shown"))
    return (f"{counted(found.group('n'), found.group('of'))}：{shown}，即 models[0] 到 models[{found.group('last')}]，"
            f"或按名称，如 models[{found.group('key')}]")


def _zh_no_model(m: re.Match) -> str | None:
    """A model asked of sol.models that is not there (NoModelError: by a position out of range or a name no model has),
    in Chinese, with the models there are and, for a list cut or a count stopped at max_work, that it is partial."""
    listed = _models_listed_zh(m.group("listed"))
    if listed is None:
        return None
    if m.group("why") == "no model of that name":
        return f"models[{m.group('key')}]：没有这个名称的模型；{listed}"
    return (f"models[{m.group('key')}]：超出范围；{listed}；位置从 0 开始计数"
            + (f"：{m.group('meant')} 是 {m.group('position')}" if m.group("meant") else ""))


_N = r"[\d,]+"   # a count as the engine writes it ('1,954')


#: A budget as a refusal names it in Python ('max_work = 200', 'raise max_work (CLI: --max-work)') or as the command
#: line does ('--max-work 200', 'raise --max-work': cli_hints._cli_message); _flags_zh says the Chinese line so too.
_AT = {name: rf"(?:{name} = |--{name.replace('_', '-')} )" for name in ("max_work", "max_memberships",
                                                                        "max_pair_candidates", "max_implicants",
                                                                        "max_chart_cells")}


_RAISE = {name: rf"(?:{name} \(CLI: --{name.replace('_', '-')}\)|--{name.replace('_', '-')})" for name in _AT}


def _flags_zh(said: Callable[[re.Match], str | None]) -> Callable[[re.Match], str | None]:
    """said(m), the line of an error its form reads as Python or as the command line words it (_AT, _RAISE), with
    each name the command line gives as its flag said so: 'max_work = 200' as '--max-work 200', 'max_work（命令行：
    --max-work）' as '--max-work', depth=3 as '--depth 3', (n_cut) as (--n-cut); as Python, the line as said."""
    def line(m: re.Match) -> str | None:
        text, message = said(m), m.string
        for flag in dict.fromkeys(re.findall(r"--([a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z]+)\b", message)):
            name = flag.replace("-", "_")
            if text is None or re.search(rf"(?<![\w-]){name}(?: ?= ?| \(CLI)", message):   # said as Python
                continue
            text = text.replace(f"{name}（命令行：--{flag}）", f"--{flag}")
            text = re.sub(rf"(?<![\w-]){name} ?= ?(?=\d)", f"--{flag} ", text)
            text = re.sub(rf"(?<![\w-]){name}(?![\w-])", f"--{flag}", text)
        return text
    return line


#: What a refusal of the exact search says it settled before it stopped ('. Settled so far: ...'), in Chinese.
_SETTLED = (r"(?:\. Settled so far: (?:every minimal model has exactly (?P<exactly>\d+)|a minimal model has at least "
            r"(?P<least>\d+) and at most (?P<most>\d+)) prime implicants)?$")


def _settled_zh(m: re.Match) -> str:
    """The Chinese of _SETTLED's part of a refusal of the exact search (nothing when the refusal has none)."""
    if m.group("exactly"):
        return f"。目前已确定：每个最简模型恰含 {m.group('exactly')} 个质蕴涵项"
    if m.group("least"):
        return f"。目前已确定：最简模型至少含 {m.group('least')} 个、至多含 {m.group('most')} 个质蕴涵项"
    return ""


def _models_of_zh(what: str) -> str:
    """Whose minimal models a refusal at max_models counts: a solution ('parsimonious solution') or a (C, P) pair of
    an intermediate solution ('C1P2'), in Chinese."""
    found = re.fullmatch(r"(?P<kind>conservative|parsimonious) solution", what)
    return _kind_zh(found.group("kind")) if found else f"（C, P）对 {what} "


def _zh_partial_refused(m: re.Match) -> str:
    """simplifying_assumption_rows's refusal of a partial parsimonious solution, in Chinese."""
    raise_ = ("请把 max_models（命令行：--max-models）提高到模型数以上" if m.group("exact") else
              "模型的计数在 max_work 处停止：要数全每个模型，请提高 max_work（命令行：--max-work），并把 max_models"
              "（命令行：--max-models）提高到模型数以上")
    return (f"结果 {m.group('outcome')} 的简约解是部分答案（{'至少 ' if m.group('least') else ''}{m.group('n')} 个最简模型，"
            f"列出 {m.group('listed')} 个）：需要每个模型的简化假设；{raise_}，或指明要用的模型（API：models=['M1']；"
            "命令行的 find-rows 使用每个模型）")


def _raw_values_at_zh(m: re.Match) -> str:
    """Where calibrate's raw values that are not numbers are (m's groups 'where' and 'count'), in Chinese, in
    brackets; '' when not said."""
    if not m.group("where"):
        return ""
    count = f"共 {m.group('count')} 个值不是数字，" if m.group("count") else ""
    return f"（{count}位于{_raw_value_place_zh(m.group('where'))}）"


def _quoted_error_zh(m: re.Match) -> str | None:
    """The line of the error an error quotes after its own words (m's group 'quoted'), as that error alone has it
    (_error_message_zh): its hints said, and a part no hint says kept in English, where it stands; None when that
    error has none. A form with the group 'quoted' says the quoted error's hints so: _error_message_zh adds none after
    its line (they were lost past a quoted form's match, and said twice when the line quoted _error_message_zh)."""
    return _error_message_zh(m.group("quoted"))


def _zh_expression_argument(m: re.Match) -> str | None:
    """An expression argument's error that quotes its check of the expression (theory_evaluation's theory, esa's
    nec_cond and untenable, find_rows' expression, or their flags: "theory 'DEV*XX': unknown condition 'XX' in term
    'DEV*XX' ..."): the argument and its value, then the quoted error's line with its hints (_quoted_error_zh); None
    when that error has none."""
    line = _quoted_error_zh(m)
    return None if line is None else f"{m.group('param')} {m.group('value')}：{line}"


#: calibrate's hints after 'threshold ... is not a number (thresholds ...)': how to separate the thresholds, or write
#: the number (calibrate._semicolon_hint, checks.plain_number_hint), in Chinese
_THRESHOLD_HINTS_ZH = [
    (re.compile(r"; separate the thresholds with ',': (?P<w>'[^']*')$"), "；各临界值之间用 ',' 分隔：{w}"),
    (re.compile(r"; separate the thresholds with ',' \(e\.g\. (?P<w>'[^']*')\)$"), "；各临界值之间用 ',' 分隔（例如 {w}）"),
    (re.compile(r"; decimal commas and ';' between the thresholds \(a locale whose decimal mark is a comma\)\? write "
                r"numbers with a point and separate them with ',': (?P<w>'[^']*')$"),
     "；是小数逗号、并以 ';' 分隔各临界值吗（以逗号为小数点的地区设置）？请用小数点写数字，各临界值之间用 ',' 分隔：{w}"),
    (re.compile(r"; write (?P<w>'[^']*') \(',' separates the thresholds\)$"), "；请写 {w}（各临界值之间用 ',' 分隔）"),
    (re.compile(r"; write (?P<w>\S+) \(digits 0-9 only: no (?P<s>'[^']*') between groups of digits\)$"),
     "；请写 {w}（只用数字 0-9，数字组之间不加 {s}）"),
    (re.compile(r"; a percentage\? write the thresholds without '%', in the raw values' units: (?P<p>'[^']*') \(raw "
                r"values in percent, 0-100\) or (?P<f>'[^']*') \(shares, 0-1\)$"),   # calibrate: 'e=35%, c=55%, i=85%'
     "；是百分数吗？请去掉 '%'，按原始数值的单位写临界值：{p}（原始数值为百分数，0-100）或 {f}（原始数值为比例，0-1）"),
]


#: Any of them, as the end of the message's form reads it.
_THRESHOLD_HINT = "|".join(re.sub(r"\(\?P<\w+>", "(?:", form.pattern.rstrip("$")) for form, _ in _THRESHOLD_HINTS_ZH)


#: What a figure refused for its size has too many of (analysis.plots.layout.row_panels' `what`), in Chinese.
_FIGURE_ROWS_ZH = {"cases": "案例", "truth-table rows": "真值表行", "corpus items": "语料条目", "localities": "地点"}


#: How each figure of rows says to draw fewer (row_panels' `select`: the heat map, the truth-table figure, Paper B's
#: timeline and locality chart), in Chinese; a figure whose advice is not here gets no line.
_FIGURE_SELECTION_ZH = {
    "draw a selection of the cases (memberships.loc[[...]] or memberships.iloc[:40])":
        "请只画一部分案例（memberships.loc[[...]] 或 memberships.iloc[:40]）",
    "draw a selection of the rows (rows.loc[[...]], e.g. the rows with OUT 1 or n above n_cut)":
        "请只画一部分行（rows.loc[[...]]，例如 OUT 为 1 或 n 高于 n_cut 的行）",
    "draw a selection of the items (documents.loc[...], e.g. one stage's or the documents only)":
        "请只画一部分条目（documents.loc[...]，例如某一阶段的条目，或只画文件）",
    "draw a selection of the localities (localities.loc[...], e.g. one province's)":
        "请只画一部分地点（localities.loc[...]，例如某一个省的地点）",
}


#: The units of a figure's limit (analysis.plots.layout.whole_number_parameter), in Chinese.
_FIGURE_UNITS_ZH = {"rows": "行", "paths": "路径", "terms": "项"}


#: A missing-value code left among a set's values (99 among memberships, a multi-value set's levels; data's
#: _missing_code_hint): mark the cells missing, or declare the code when calibrating.
_MISSING_CODE = (r"; (?P<codes>-?\d+(?:, -?\d+)*) looks like a missing-value code \(SPSS, Stata\): mark such cells as "
                 r"missing first \(empty or NA, the cases then dropped by drop_missing_cases, on the command line "
                 r"--drop-missing; raw values calibrated from a specification: the set's missing_codes: \[(?P=codes)\] "
                 r"with missing: keep\)")


def _missing_code_zh(m: re.Match) -> str:
    """_MISSING_CODE's hint in Chinese (the codes of m's group 'codes')."""
    return (f"；{m.group('codes')} 像是缺失值代码（SPSS、Stata）：请先把这些单元格标为缺失（清空或写 NA，再用 "
            "drop_missing_cases 删除这些案例，命令行中用 --drop-missing；由设定校准的原始值：在该集合的设定中写 "
            f"missing_codes: [{m.group('codes')}] 和 missing: keep）")


#: Data rows as the engine names them (analysis.qca.data.rows_at): '1, 19', with the file's lines or the sheet's rows
#: after them: '1, 19 (line(s) 2, 20 of the file)', '2, 3 (row(s) 3, 4 of sheet 'Data')'; ' ...' past the first five.
_ROWS_AT = (r"\d+(?:, \d+)*(?: \.\.\.)?(?: \((?:line\(s\) \d+(?:, \d+)*(?: \.\.\.)? of the (?:file|input)|row\(s\) "
            r"\d+(?:, \d+)*(?: \.\.\.)? of sheet (?:'[^']*'|\"[^\"]*\"))\))?")


def _rows_at_zh(rows: str) -> str:
    """Rows as _ROWS_AT reads them, in Chinese: '第 1、19 行（文件的第 2、20 行）', '第 2、3 行（工作表 'Data' 的第 3、4 行）'."""
    m = re.fullmatch(r"(?P<rows>[\d, ]+?)(?P<more> \.\.\.)?(?: \((?:line\(s\) (?P<lines>[\d, ]+?)(?: \.\.\.)? of the "
                     r"(?P<of>file|input)|row\(s\) (?P<srows>[\d, ]+?)(?: \.\.\.)? of sheet (?P<sheet>.+))\))?", rows)
    said = f"第 {m.group('rows').replace(', ', '、')} 行" + ("等" if m.group("more") else "")
    if m.group("lines"):
        said += f"（{'文件' if m.group('of') == 'file' else '输入'}的第 {m.group('lines').replace(', ', '、')} 行）"
    elif m.group("srows"):
        said += f"（工作表 {m.group('sheet')} 的第 {m.group('srows').replace(', ', '、')} 行）"
    return said


def _repeated_zh(where: str) -> str | None:
    """Where each repeated case name is (analysis.qca.data.where_repeated: "'a' in row(s) 1, 5 (line(s) 2, 7 of the
    file); 'b' in row(s) ..."), in Chinese; None for a list of another form."""
    parts, more = where.split("; "), False
    if parts[-1] == "...":
        parts, more = parts[:-1], True
    said = []
    for part in parts:
        m = re.fullmatch(rf"(?P<name>'[^']*'|\"[^\"]*\") in row\(s\) (?P<rows>{_ROWS_AT})", part)
        if m is None:
            return None
        said.append(f"{m.group('name')} 在{_rows_at_zh(m.group('rows'))}")
    return "；".join(said) + ("；……" if more else "")


def _zh_raw_case_twice(m: re.Match) -> str | None:
    """A case named twice where raw values are read: the robustness command's --raw file, the calibrate command's
    file or calibrate_frame's case column, robustness_protocol's raw data."""
    if m.group("api"):
        return f"原始数据中有重复的案例名称 {_more_cases_zh(m.group('api'))}：每个案例只能有一行原始数值"
    where = _repeated_zh(m.group("where") or m.group("at"))
    if where is None:
        return None
    if m.group("raw"):
        return (f"--raw {m.group('raw')}：" + (f"列 {m.group('col')} 中" if m.group("col") else "")
                + f"有重复的案例名称 {_more_cases_zh(m.group('names'))}；每个案例只能有一行原始数值：{where}")
    return ((f"{m.group('file')}：" if m.group("file") else "") + f"列 {m.group('column')} 中有重复的案例名称 "
            f"{m.group('dup')}（名称两端的空格不计）；案例名称必须唯一：{where}")


#: Why YAML reads a number otherwise than written (read._plain_yaml_number), in Chinese.
_YAML_NUMBER_ZH = {"digits grouped with '_'": "数字用 '_' 分组", "':' makes it a base-60 number": "':' 使它成为六十进制数",
                   "hexadecimal": "十六进制", "binary": "二进制", "octal": "八进制",
                   "a leading 0 makes it octal": "开头的 0 使它成为八进制数"}


#: The kinds of file the reader names when the data file is not text (analysis.qca.read._BINARY, and an SPSS portable
#: file), in Chinese; a kind not here gets no line (tests/test_workshop_rare_lines.py checks every kind is here).
_FILE_KINDS_ZH = {"a zip archive (an Excel .xlsx workbook or an .ods sheet?)": " zip 压缩文件（Excel .xlsx 工作簿或 .ods 表格？）",
                  "an old Excel .xls workbook (OLE2 file)": "旧版 Excel .xls 工作簿（OLE2 文件）",
                  "an SPSS .sav file": " SPSS .sav 文件", "an SPSS .sav file (compressed)": " SPSS .sav 文件（压缩）",
                  "a gzip-compressed file (an R .rds file?)": " gzip 压缩文件（R 的 .rds 文件？）",
                  "an R .RData file": " R 的 .RData 文件", "a Parquet file": " Parquet 文件",
                  "a Feather (Arrow IPC) file": " Feather（Arrow IPC）文件", "a Feather (version 1) file": " Feather（第 1 版）文件",
                  "a Stata .dta file": " Stata .dta 文件", "a PDF document": " PDF 文档",
                  "an SPSS portable .por file": " SPSS 便携式 .por 文件"}


#: What the readers of workbooks, Stata and SPSS files name a file they cannot read ('cannot read this .xlsx workbook').
_DAMAGED_WHAT_ZH = {".xlsx workbook": " .xlsx 工作簿", "Stata .dta file": " Stata .dta 文件", "SPSS .sav file": " SPSS .sav 文件",
                    "SPSS portable .por file": " SPSS 便携式 .por 文件", "OpenDocument sheet (.ods)": " OpenDocument 表格（.ods）",
                    "old Excel workbook (.xls)": "旧版 Excel 工作簿（.xls）"}


def _sheets_zh(listed: str) -> str:
    """A workbook's sheets as the reader lists them ("1 'Data', 2 'Notes' (hidden)"), in Chinese."""
    return re.sub(r", (?=\d+ ['\"])", "、", listed.replace(" (hidden)", "（隐藏）"))


#: negate_outcome as the engine names it in Python and on the command line, in Chinese.
_NEGATE_ZH = {"negate_outcome (CLI: --negate-outcome)": "negate_outcome（命令行：--negate-outcome）", "--negate-outcome": "--negate-outcome "}


#: A set's role as the engine names it, in Chinese.
_ROLE_ZH = {"condition": "条件", "outcome": "结果"}


#: The marks around a multi-value outcome's values ('SURV{1}', 'SURV[1]'), in Chinese.
_MARKS_ZH = {"braces": "花括号", "brackets": "方括号"}


#: SetMethods' smmr(necessity = TRUE, cases = n)'s types as the engine names them (r_calls.SMMR_NECESSITY_CASE_NUMBERS)
_NECESSITY_CASES_ZH = {"typical cases": "典型案例", "deviant cases consistency": "一致性偏离案例",
                       "deviant cases relevance": "相关性偏离案例"}


#: What pof.refuse_printed_model says to leave out of a model line copied from a solution's printout, each part
_PRINTED_DROPPED = re.compile(r"its label (?P<label>'[^']*'|\"[^\"]*\")|the arrow and outcome (?P<arrow>'[^']*'|\"[^\"]*\"), "
                              r"given apart|R's parentheses, which mark a term not in every model")


def _threshold_hint_zh(rest: str | None) -> str:
    """What calibrate says after a threshold that is not a number (`rest`, one of _THRESHOLD_HINTS_ZH's forms), in
    Chinese; '' for none (a hint of another form stays after it, said by _hints_zh or kept in English)."""
    for form, said in _THRESHOLD_HINTS_ZH:
        if rest and (found := form.match(rest)):
            return said.format(**found.groupdict())
    return ""


def _outcome_value_zh(hint: str | None) -> str | None:
    """The engine's hint for an outcome written as a value ('SURV=0') or as R's 1 - SURV, in Chinese ('' for no hint,
    None for one of another form; a file read with the wrong separator, 'the data has a single column', is said by
    the form itself): the outcome is named, not compared, and how its absence, its presence or a multi-value outcome's
    value is written."""
    if not hint:
        return ""
    hint = hint.strip()
    if m := re.search(r"R's 1 - (?P<col>[^)]*)\) is written (?P<w>'[^']*')$", hint):
        return f"；结果的缺失（R 的 1 - {m.group('col')}）写作 {m.group('w')}"
    if m := re.search(r"its (?P<what>absence|presence) is written (?P<w>'[^']*') \(a multi-value outcome's value "
                      r"(?P<v>\d+): (?P<mv>'[^']*')\)$", hint):
        what = "缺失" if m.group("what") == "absence" else "存在"
        return (f"；结果写其名称，不写比较式：其{what}写作 {m.group('w')}（多值结果取值 {m.group('v')} 写作 "
                f"{m.group('mv')}）")
    if m := re.search(r"a multi-value outcome's value (?P<v>\d+) is written (?P<mv>'[^']*')$", hint):
        return f"；结果写其名称，不写比较式：多值结果取值 {m.group('v')} 写作 {m.group('mv')}"
    return None



#: zh_errors' _error_message_zh (the line of an engine error's message, read by the whole table), put here when
#: zh_errors loads: a form whose error quotes another error says that error's line, and the table's modules, which
#: zh_errors imports, cannot import it back.
_READERS: list[Callable[[str], str | None]] = []


def _error_message_zh(message: str) -> str | None:
    """The line of an engine error's message, as zh_errors._error_message_zh gives it (set in _READERS)."""
    return _READERS[0](message)

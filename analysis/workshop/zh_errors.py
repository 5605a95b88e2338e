"""The Chinese line under an engine error (`engine_error_zh`): the table of the errors' forms and
their Chinese (ENGINE_ERRORS_ZH, which README counts), by kind of error and parameter, and the
renderings its rows share."""
from __future__ import annotations

import re
from typing import Callable

from analysis.qca import QCAComplexityError, QCAInputError
from analysis.workshop.zh_hints import (_DECIMAL_THRESHOLDS, _decimal_thresholds_zh, _DIR_EXP_MEANING_ZH, _GIVEN,
                                        _hints_zh, _MEANT)
from analysis.workshop.zh_keywords import _cli_keyword_advice_zh, _keyword_notes_zh, _zh_unknown_keyword
from analysis.workshop.zh_r_only import _zh_r_only
from analysis.workshop.zh_values import (_grouped_why_zh, _value_hint_zh, _zh_missing_values, _zh_no_positive_row,
                                         _zh_not_numbers, _zh_two_ways)
from analysis.workshop.zh_words import (_case_values_zh, _dropped_list_zh, _kind_zh, _more_cases_zh, _parts_zh,
                                        _raw_value_place_zh, _SPEC_FILE, _with_lengths_zh)

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
#: line does ('--max-work 200', 'raise --max-work': cli._cli_message); _flags_zh says the Chinese line so too.
_AT = {name: rf"(?:{name} = |--{name.replace('_', '-')} )" for name in ("max_work", "max_memberships",
                                                                        "max_pair_candidates")}
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


#: (the kind of error, the message's form, its Chinese from the names the form holds): engine_error_zh's table.
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


ENGINE_ERRORS_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str | None]]] = [
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
    ("causal_chain's sol_depth = 0, R's default of sol.depth",   # the API's refusal and chain --sol-depth 0's (chain.py)
     re.compile(r"(?:sol_depth must|argument (?P<flag>--sol-depth): must) be a positive whole number, got (?P<value>0|'0'): "
                r"leave (?:it|--sol-depth) out for models of any number of prime implicants; R's sol\.depth = 0 is its "
                r"default, with which causalChain sets 5, its help says: write 5 for that$"),
     lambda m: ((f"参数 {m.group('flag')}：必须是正整数" if m.group("flag") else "sol_depth 必须是正整数")
                + f"，现为 {m.group('value')}：要列出由任意多个质蕴涵项组成的模型，请去掉"
                + (" --sol-depth" if m.group("flag") else "该参数")
                + "；R 的 sol.depth = 0 是其默认值，据其帮助文档，此时 causalChain 取 5：要与之比较，请写 5")),
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
    ("smmr: a type of cases",
     re.compile(rf"cases must be 'typical', 'deviant consistency', 'deviant coverage' or 'irrelevant', got {_GIVEN}"
                r"(?:; did you mean '[^']*'(?: or '[^']*')*\?|; SetMethods' smmr\(cases = (?P<number>\d+)\) "
                r"\((?P<what>[^()]+)\) is (?P<call>.+?) here: the types are named here, not numbered \(SetMethods' 1, 3, "
                r"4, 5 are 'typical', 'deviant consistency', 'deviant coverage', 'irrelevant'\)|(?P<outcome>"
                r"; '[^']*' is the outcome, which is not an argument here: .+)|(?P<relevance> \('deviant relevance' is a "
                r"type of necessity cases: give the necessary condition, necessity_cases\(\); CLI: --nec-cond\)))?$"),
     lambda m: (None if m.group("number") and m.group("what") not in SMMR_CASES_ZH else
                f"cases 只能是 'typical'（典型）、'deviant consistency'（一致性偏离）、'deviant coverage'（覆盖度偏离）或 "
                f"'irrelevant'（个体无关），现为 {m.group('value')}"
                + ("；'deviant relevance'（相关性偏离）是必要性分析的案例类型：请给出必要条件，使用 necessity_cases()（命令行："
                   "--nec-cond）" if m.group("relevance") else "")
                + (f"；SetMethods 的 smmr(cases = {m.group('number')})（{SMMR_CASES_ZH.get(m.group('what'))}）在这里写作 "
                   f"{_SMMR_CALL_ZH.get(m.group('call'), m.group('call'))}：这里的案例类型用名称而不用编号（SetMethods 的 "
                   "1、3、4、5 即 'typical'、'deviant "
                   "consistency'、'deviant coverage'、'irrelevant'）" if m.group("number") else ""))),
    ("smmr_pairs / necessity_pairs: a kind of pairs",
     re.compile(rf"pairs must be one of (?P<kinds>'[^']*'(?:, '[^']*')*), got {_GIVEN}"
                r"(?:; did you mean '[^']*'(?: or '[^']*')*\?|; SetMethods' (?P<r>smmr\((?:necessity = TRUE, )?match = "
                r"TRUE, cases = \d+\)) is (?P<call>smmr_pairs\(sol, '[^']*', by='[^']*'\)|pairs='[^']*') here: the kinds "
                r"are named here, not numbered|(?P<outcome>; '[^']*' is the outcome, which is not an argument here: .+))?$"),
     lambda m: (f"pairs 必须是 {'、'.join(m.group('kinds').split(', '))} 之一，现为 {m.group('value')}"
                + (f"；SetMethods 的 {m.group('r')} 在这里写作 {m.group('call')}：这里的案例对类型用名称而不用编号"
                   if m.group("r") else ""))),
    ("a type of cases or rows",   # the cases command's --type, find_rows' type (CLI: find-rows --type)
     re.compile(rf"type must be one of (?P<types>[\w-]+(?:, [\w-]+)*)(?P<nec> \(with --nec-cond\))?(?P<r> \(or R's "
                rf"0-3\))?, got {_GIVEN}(?:(?P<solution>; it is a type of cases of a solution: leave out --nec-cond)|"
                r"(?P<necessity>; it is a type of cases of a necessary condition: give --nec-cond)|(?P<contra>; "
                r"contradictory rows \(cases on both sides of the outcome\) are listed by contradictions\(tt\) \(CLI: the "
                r"truth-table command shows them with OUT 'C' or by their cases; --dcc names the deviant ones\); csa is the "
                r"contradictory simplifying assumptions, remainders used for the outcome and for its negation))?(?=; |$)"),
     lambda m: (f"type 必须是 {'、'.join(m.group('types').split(', '))} 之一" + ("（带 --nec-cond 时）" if m.group("nec") else "")
                + ("（或 R 的 0-3）" if m.group("r") else "") + f"，现为 {m.group('value')}"
                + ("；这是解的案例类型：请去掉 --nec-cond" if m.group("solution") else "")
                + ("；这是必要条件的案例类型：请给出 --nec-cond" if m.group("necessity") else "")
                + ("；矛盾行（结果两侧都有案例的行）由 contradictions(tt) 列出（命令行：truth-table 命令以 OUT 'C' 或其案例显示"
                   "它们；--dcc 列出偏离案例）；csa 是矛盾的简化假设，即同时用于结果及其否定的逻辑余项" if m.group("contra")
                   else ""))),
    ("a necessary sum's component",   # necessity_cases(..., component=), the cases command's --component
     re.compile(r"component (?:(?P<given>'[^']*') gives the table of one disjunct of a necessary sum: give the sum with "
                r"--nec-cond, e\.g\. (?P<eg>--nec-cond '[^']*' --component \S+)|applies to a necessary sum such as 'A \+ B' "
                r"\(a table per disjunct\), got (?P<nc>nec_cond|--nec-cond) (?P<one>'[^']*'), one set: leave "
                r"(?:component|--component) out|(?P<other>'[^']*') is not a disjunct of (?P<nc2>nec_cond|--nec-cond) "
                r"(?P<sum>'[^']*'): give one of (?P<of>'[^']*'(?:, '[^']*')*)|must be one disjunct of --nec-cond as text "
                r"\(e\.g\. 'A' of 'A \+ B'\), got (?P<empty>'[^']*'))$"),
     lambda m: (f"component {m.group('given')} 给出必要条件之和中一个析取项的表：请用 --nec-cond 给出这个和，例如 {m.group('eg')}"
                if m.group("given") else
                f"component 只用于必要条件之和，如 'A + B'（每个析取项一张表），现为 {m.group('nc')} {m.group('one')}，只是一个"
                "集合：请不用 component" if m.group("one") else
                f"component {m.group('other')} 不是 {m.group('nc2')} {m.group('sum')} 的析取项：请给出 "
                f"{'、'.join(m.group('of').split(', '))} 之一" if m.group("other") else
                f"component 必须是 --nec-cond 的一个析取项的文本（如 'A + B' 中的 'A'），现为 {m.group('empty')}")),
    ("focal condition not a condition",
     re.compile(rf"condition must be one of (?P<conditions>\w+(?:, \w+)*), got {_GIVEN}"
                r"(?:; did you mean '[^']*'(?: or '[^']*')*\?)?$"),
     lambda m: f"condition 必须是条件 {m.group('conditions')} 之一，现为 {m.group('value')}"),
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
    ("not a solution", re.compile(r"(?:(?P<function>\w+) needs|expected) a Solution from minimize\(\), got (?P<got>\w+)$"),
     lambda m: (f"{m.group('function') + ' ' if m.group('function') else ''}需要 minimize() 返回的解（Solution），现为 "
                f"{m.group('got')}")),
    ("exclude: rows not whole numbers",
     re.compile(r"(?P<param>exclude|contradictory_rows|rows): row numbers must be whole numbers(?: such as '7,8,15')?, got (?P<value>\[.*\]|'[^']*'|\S+?)"
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
    ("a header of numbers",   # data.header_of_numbers: a file saved without its header row, its first case read as names
     re.compile(r"(?:(?P<outcome>(?:--)?outcome (?:'[^']*'|\"[^\"]*\")) is not a column of (?P<data>.+?): )?(?P<where>the "
                r"header|the first line) holds numbers where the column names go \((?P<shown>.+)\): a row of data, the "
                r"header row left out\? Add a header row naming the columns \(the case names' column, the conditions, the "
                r"outcome\), e\.g\. case,A,B,Y$"),
     lambda m: ((f"{m.group('outcome')} 不是{'数据' if m.group('data') == 'the data' else ' ' + m.group('data') + ' '}"
                 "中的列：" if m.group("outcome") else "")
                + ("表头" if m.group("where") == "the header" else "第一行")
                + f"在列名的位置上是数字（{m.group('shown')}）：是一行数据、漏了表头行吗？请加上一行表头，写出各列的名称（案例"
                "名称列、条件、结果），例如 case,A,B,Y")),
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
                r"multi-value outcome)$"),
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
    ("an expression argument's own error",
     re.compile(r"(?P<param>theory|nec_cond(?:\[\d+\])?|untenable|expression|--theory|--nec-cond|--untenable) "
                r"(?P<value>'[^']*'|\[[^\[\]]*\]): (?P<quoted>.+)$"),
     lambda m: _zh_expression_argument(m)),
    ("cut-off out of range", re.compile(rf"(?P<param>incl_cut|pri_cut) must lie in \[0, 1\], got {_GIVEN}(?=[;:]|$)"),
     lambda m: f"{m.group('param')} 必须在 0 到 1 之间（含 0 和 1），现为 {m.group('value')}"),
    ("cut-off not a number", re.compile(r"(?P<param>incl_cut|pri_cut|benchmark|ron_cut|cov_cut|relevance_cut|"
                                        r"necessity_benchmark|sol_cons|sol_cov) must be (?:a number|numbers) in "
                                        r"\[0, 1\](?: \(or a "
                                        rf"pair\))?, got {_GIVEN}(?=[;:]|$)"),
     lambda m: f"{m.group('param')} 必须是 0 到 1 之间的数（含 0 和 1），现为 {m.group('value')}"),
    ("a placeholder copied from a hint", re.compile(r"(?P<function>\w+)\(\) got \.\.\. for (?P<names>[\w, ]+): the "
                                                   r"'\.\.\.' of a hint or an example is a placeholder, not a value; "
                                                   r"write (?:it in its|them in their) place$"),
     lambda m: (f"{m.group('function')}() 的 {m.group('names').replace(', ', '、')} 是 ...：提示或示例中的 '...' 只是占位符，"
                "不是取值；请在该处写上实际的参数")),
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
    ("incl_cut: more than a pair", re.compile(r"incl_cut must be one number or a pair \(ic1, ic0\), got (?P<got>.+)$"),
     lambda m: f"incl_cut 只能是一个数或一对数 (ic1, ic0)，现为 {m.group('got')}"),
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
    ("crisp thresholds missing", re.compile(r"thresholds are required: a crisp set needs a cut point, e\.g\. "
                                            r"(?P<example>thresholds=\d+) \(in the set at or above (?P<cut>\d+); two cut "
                                            r"points, (?P<two>'[^']*'), make three levels\)$"),
     lambda m: (f"缺少 thresholds：清晰集需要一个临界值，例如 {m.group('example')}（大于或等于 {m.group('cut')} 即属于该"
                f"集合；两个临界值如 {m.group('two')} 则分出三个水平）")),
    ("threshold not a number", re.compile(r"threshold (?P<value>'[^']*') is not a number \(thresholds (?P<given>'[^']*')\)"
                                          rf"(?P<rest>{_THRESHOLD_HINT})?"),
     lambda m: f"临界值 {m.group('value')} 不是数字（thresholds 为 {m.group('given')}）{_threshold_hint_zh(m.group('rest'))}"),
    ("n_cut below 1", re.compile(r"n_cut must be at least 1 \(a row needs a case to be observed\), got (?P<value>\S+)$"),
     lambda m: f"n_cut 至少为 1（一行至少要有一个案例才算观察到），现为 {m.group('value')}"),
    ("n_cut not whole", re.compile(rf"n_cut must be a whole number of cases >= 1, got {_GIVEN}(?=[;:]|$)"),
     lambda m: f"n_cut 必须是不小于 1 的整数（案例数），现为 {m.group('value')}"),
    ("n_cut above every row", re.compile(r"n_cut = (?P<value>\d+) exceeds the largest number of cases in any "
                                         r"configuration \((?P<most>\d+)\): every row would be a remainder; choose "
                                         r"n_cut between 1 and (?P<high>\d+)$"),
     lambda m: (f"n_cut = {m.group('value')} 超过了任一组态所含的最多案例数（{m.group('most')}）：每一行都将是逻辑余项；"
                f"请把 n_cut 设为 1 到 {m.group('high')} 之间的值")),
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
    ("relevance measure", re.compile(rf"relevance_measure must be 'RoN' or 'covN', got {_GIVEN}$"),
     lambda m: (f"relevance_measure 只能是 'RoN' 或 'covN'（relevance_cut 所依据的必要性相关性指标），现为 "
                f"{m.group('value')}")),
    ("necessity table without the relevance measure",
     re.compile(r"necessity table lacks the column (?P<measure>RoN|covN) \(relevance_measure '(?P=measure)'\); got "
                r"columns (?P<columns>.+)$"),
     lambda m: (f"必要性表缺少 {m.group('measure')} 列（relevance_measure 为 '{m.group('measure')}'）；现有的列："
                f"{m.group('columns')}")),
    ("necessity table without its columns",
     re.compile(r"necessity table lacks the column\(s\) (?P<missing>.+?); it needs condition and inclN \(and RoN or "
                r"covN\), as necessity\(\.\.\.\)\.to_frame\(\) gives; got columns (?P<columns>.+)$"),
     lambda m: (f"必要性表缺少列 {m.group('missing')}；它需要 condition 和 inclN（以及 RoN 或 covN），即 "
                f"necessity(...).to_frame() 给出的表；现有的列：{m.group('columns')}")),
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
                                                   r"before a value)?(?P<colon> \(the syntax is NAME=VALUE, not "
                                                   r"NAME:VALUE\))?, as (?P<write>'[^']*')(?P<levels>; ';' joins the "
                                                   r"values of one multi-value condition)?|: unknown conditions? "
                                                   r"(?P<name>'[^']*'(?:, '[^']*')*)(?: in term (?P<term>'[^']*'))?|: entry "
                                                   r"(?P<entry>\d+) "
                                                   r"(?P<bad>'[^']*') is not a value \(1, 0, '-' \(no expectation\), or "
                                                   r"values of a multi-value condition joined by ';' \(e\.g\. 1;2\)\))?"
                                                   r"(?:; read so, it is refused too: (?P<quoted>.+)$)?(?=[;: ]|$)"),
     lambda m: (None if m.group("quoted") and _error_message_zh(m.group("quoted")) is None else
                f"无法读取{' --dir-exp' if m.group('flag') else '方向性预期'} {m.group('value')}"
                + ("：条件之间请用 ',' 分隔" + ("、值前用 '='" if m.group("eq") else "")
                   + ("（语法是 NAME=VALUE，不是 NAME:VALUE）" if m.group("colon") else "") + f"，写作 {m.group('write')}"
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
    ("fuzzy anchors out of order", re.compile(r"anchors must be ordered e < c < i \(increasing\) or i < c < e "
                                              r"\(decreasing\), got (?P<got>e=\S+, c=\S+, i=\S+)$"),
     lambda m: f"锚点须按 e < c < i（递增）或 i < c < e（递减）排列，现为 {m.group('got')}"),
    ("fuzzy six anchors out of order",
     re.compile(r"six anchors must be ordered e1 < c1 < i1 <= i2 < c2 < e2 \(bell\) or i1 < c1 < e1 <= e2 < c2 < i2 "
                r"\(inverse bell\), got (?P<got>e1=\S+, c1=\S+, i1=\S+, i2=\S+, c2=\S+, e2=\S+)" + _DECIMAL_THRESHOLDS + "$"),
     lambda m: (f"六个锚点须按 e1 < c1 < i1 <= i2 < c2 < e2（钟形）或 i1 < c1 < e1 <= e2 < c2 < i2（倒钟形）排列，现为 "
                f"{m.group('got')}" + _decimal_thresholds_zh(m))),
    ("threshold names", re.compile(r"threshold names must be (?P<wanted>[\w, ]+), got (?P<got>.+?)(?:; write "
                                   r"(?P<write>'[^']*') \(e: full non-membership, the exclusion anchor; c: the crossover; "
                                   r"i: full membership, the inclusion anchor\))?$"),
     lambda m: (f"临界值的名称须为 {m.group('wanted')}，现为 {m.group('got')}"
                + (f"；请写 {m.group('write')}（e：完全不隶属，即排除锚点；c：交叉点；i：完全隶属，即包含锚点）"
                   if m.group("write") else "（e：完全不隶属；c：交叉点；i：完全隶属）"))),
    ("crisp thresholds named as anchors",
     re.compile(r"crisp thresholds are cut points \(e\.g\. 10, or '5, 10'\), got anchors named (?P<names>.+?): e, c, i "
                r"name the anchors of fuzzy calibration \(type='fuzzy'\)$"),
     lambda m: (f"清晰集的 thresholds 是临界值（如 10 或 '5, 10'），现为名为 {m.group('names')} 的锚点：e、c、i 是模糊集校准"
                "（type='fuzzy'）的锚点")),
    ("raw values as a condition",
     re.compile(r"condition (?P<name>'[^']*') holds a different whole number for every one of the (?P<n>\d+) cases "
                r"\((?P<range>[^()]*)\): (?:you listed it among the conditions, but )?these are raw values or case "
                r"identifiers, not a set \(every case would be a configuration of its own\); if '[^']*' is a measure \(an "
                r"amount, a count\), calibrate it first: calibrate\(x, type='crisp', thresholds=\.\.\.\) for a crisp set or "
                r"calibrate\(x, thresholds='e=\.\., c=\.\., i=\.\.'\) for a fuzzy set \(analysis\.qca\.calibrate; CLI: python "
                r"-m analysis\.qca calibrate DATA --spec SPEC\); if '[^']*' names the cases, pass case_column='[^']*' \(CLI: "
                r"--case-column [^()]*\)$"),
     lambda m: (f"条件 {m.group('name')} 在 {m.group('n')} 个案例中各取一个不同的整数（{m.group('range')}）：这是原始数值或"
                f"案例标识，不是集合（每个案例都会自成一个组态）；若 {m.group('name')} 是测量值，请先校准：清晰集用 "
                "calibrate(x, type='crisp', thresholds=...)，模糊集用 calibrate(x, thresholds='e=.., c=.., i=..')；若它是"
                f"案例名称，请传 case_column={m.group('name')}")),
    ("a case identifier as a condition",
     re.compile(r"condition (?P<name>'[^']*') holds a different whole number for every one of the (?P<n>\d+) cases "
                r"\((?P<range>[^()]*)\): (?:you listed it among the conditions, but )?that is a case identifier, not a "
                r"set \(every case would be a configuration of its own\); if '[^']*' names the cases, pass "
                r"(?:(?P<write>case_column='[^']*') \(CLI: [^()]*\)|(?P<flag>--case-column \S+)); otherwise (?P<rest>remove it from the conditions|drop "
                r"the column or list the conditions without it)$"),
     lambda m: (f"条件 {m.group('name')} 在 {m.group('n')} 个案例中各取一个不同的整数（{m.group('range')}）：这是案例标识，"
                f"不是集合（每个案例都会自成一个组态）；若它是案例名称，请"
                + (f"传 {m.group('write')}" if m.group("write") else f"加 {m.group('flag')}") + "；否则"
                + ("请把它从条件中去掉" if m.group("rest").startswith("remove") else "请删去该列，或列出不含它的条件"))),
    ("membership outside [0, 1]",
     re.compile(r"(?P<role>condition|outcome) (?P<name>'[^']*') has membership\(s\) outside \[0, 1\] for case\(s\) "
                r"(?P<cases>.+?); fuzzy memberships must lie in \[0, 1\](?: \("
                r"(?:a mistyped cell\? the other (?P<others>\d+) cells of '[^']*' lie in \[0, 1\]: correct it, or )?"
                rf"calibrate raw data first\)|{_MISSING_CODE})$"),
     lambda m: (f"{'条件' if m.group('role') == 'condition' else '结果'} {m.group('name')} 的隶属度超出 [0, 1]，案例 "
                f"{_case_values_zh(m.group('cases'))}：模糊集隶属度必须在 0 到 1 之间"
                + (_missing_code_zh(m) if m.group("codes") else
                   f"（是否输错了？该列其余 {m.group('others')} 个单元格都在 [0, 1] 内：请改正，或先校准原始数据）"
                   if m.group("others") else "（请先校准原始数据）"))),
    ("fuzzy thresholds missing", re.compile(r"thresholds are required, e\.g\. (?P<named>thresholds='[^']*') or "
                                            r"(?P<listed>\[[^\]]*\])$"),
     lambda m: f"缺少 thresholds：例如 {m.group('named')} 或 {m.group('listed')}"),
    ("negative values", re.compile(r"(?P<role>condition|outcome) (?P<name>'[^']*') has negative value\(s\) for case\(s\) "
                                   r"(?P<cases>.+?)(?:, and membership\(s\) above 1 for case\(s\) (?P<over>.+?))?; "
                                   r"allowed are memberships in \[0, 1\] or multi-value "
                                   rf"levels 0, 1, 2, \.\.\.(?:{_MISSING_CODE})?$"),
     lambda m: (f"{'条件' if m.group('role') == 'condition' else '结果'} {m.group('name')} 在案例 "
                f"{_case_values_zh(m.group('cases'))}中有负值"
                + (f"，在案例 {_case_values_zh(m.group('over'))}中隶属度大于 1"
                   if m.group("over") else "")
                + "：只允许 0 到 1 之间的隶属度或多值条件的取值 0, 1, 2, ..."
                + (_missing_code_zh(m) if m.group("codes") else ""))),
    ("data not a table", re.compile(r"data must be a pandas DataFrame(?P<analysis> \(the data of the analysis\))?, got "
                                    r"(?P<got>\w+)(?P<first> \(the data come first, "
                                    r"then the outcome: (?P<order>\(.*\))\))?(?P<file> \(a file name\? read it first, "
                                    r"e\.g\. (?P<read>pd\.read_csv\([^()]*\)); index_col: its column of case names\))?"
                                    r"(?P<built>: this function reads the cases' memberships themselves, the data frame "
                                    r"the (?P<kind>truth table|solution) was built from \(the one given to "
                                    r"truth_table\(\)\))?$"),
     lambda m: (f"data 必须是 pandas 的 DataFrame（{'分析所用的数据' if m.group('analysis') else '数据表'}），现为 "
                f"{m.group('got')}"
                + (f"（先写数据，再写结果：{m.group('order')}）" if m.group("first") else "")
                + (f"（是文件名吗？请先读入，例如 {m.group('read')}；index_col 是案例名称所在的列）" if m.group("file")
                   else "")
                + (f"：此函数直接读取案例的隶属度，请传入构建该{'真值表' if m.group('kind') == 'truth table' else '解'}"
                   "所用的数据表（即传给 truth_table() 的那个）" if m.group("built") else ""))),
    ("no conditions", re.compile(r"no conditions given; name at least one condition column$"),
     lambda m: "没有给出条件：请至少列出一个条件列"),
    ("calibration type", re.compile(rf"type must be 'fuzzy' or 'crisp', got {_GIVEN}(?=;|:|$)"
                                    r"(?:: the second argument is type, and '[^']*' a column of the table; calibrate the "
                                    r"column's values, (?P<column>calibrate\(df\['[^']*'\], thresholds=\.\.\.\)); "
                                    r"several sets at once: (?P<frame>analysis\.qca\.calibrate_frame\(.*\))$|: thresholds "
                                    r"given as the second argument\? the second argument is type; write "
                                    r"(?P<write>thresholds=.+)$)?"),
     lambda m: (f"type 只能是 'fuzzy'（模糊集）或 'crisp'（清晰集），现为 {m.group('value')}"
                + (f"：第二个参数是 type，而 {m.group('value')} 是表中的一列；请校准这一列的值，{m.group('column')}；一次校准"
                   f"多个集合用 {m.group('frame')}" if m.group("column") else "")
                + (f"：是把 thresholds 写成了第二个参数吗？第二个参数是 type；请写 {m.group('write')}"
                   if m.group("write") else ""))),
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
                                   r"(?P<c> or C)?(?: \((?P<details>[^()]*)\); lower incl_cut or n_cut|: (?P<held>\d+) "
                                   r"rows? reach(?:es)? incl_cut = (?P<cut>\S+) \(n_cut = (?P<n>\d+)\) but "
                                   r"ha(?:s|ve) PRI below pri_cut = (?P<pri>\S+) \(highest PRI (?P<top>[^()]+)\); lower "
                                   r"pri_cut), or check the outcome$"),
     _zh_no_positive_row),
    ("incl_cut pair in the wrong order",
     re.compile(r"incl_cut = \((?P<ic1>[^,()]+), (?P<ic0>[^,()]+)\): the second value \(below which a row is '0'\) must "
                r"not exceed the first \(from which a row is '1'\)$"),
     lambda m: (f"incl_cut = ({m.group('ic1')}, {m.group('ic0')})：第二个值（低于它的行为 '0'）不得大于第一个值（达到它的行"
                f"为 '1'）；两个值是否写反了？请写 incl_cut=({m.group('ic0')}, {m.group('ic1')})")),
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
    ("dir_exp empty", re.compile(r"dir_exp is empty \((?P<value>'[^']*')\): give the directional expectations, e\.g\. "
                                 r"(?P<example>'[^']*') \(one per condition, in order\) or (?P<named>'[^']*'), or leave "
                                 r"(?:dir_exp|--dir-exp) out for no intermediate solution$"),
     lambda m: (f"dir_exp 为空（{m.group('value')}）：请给出方向性预期，例如 {m.group('example')}（按条件的顺序每个条件一个值）"
                f"或 {m.group('named')}；不求中间解则不写 dir_exp")),
    ("fuzzy thresholds: how many",
     re.compile(r"fuzzy calibration needs 3 thresholds \(e, c, i\) or 6 \(e1, c1, i1, i2, c2, e2\), got (?P<given>\d+)"
                r"(?:; for a crisp set with cut points? (?P<cuts>[^;]+?) pass type='crisp' \(the default type is "
                r"'fuzzy'\))?(?:; (?P<missing>[eci](?: and [eci])?) (?:is|are) missing)?"
                r"(?:; for a crisp set cut at (?P<cut>[^ ]+) pass type='crisp', thresholds=[^ ]+ \(a crisp set's cut "
                r"points are unnamed: e, c, i name a fuzzy set's anchors\))?" + _DECIMAL_THRESHOLDS + "$"),
     lambda m: (f"模糊集校准需要 3 个临界值（e, c, i：完全不隶属、交叉点、完全隶属）或 6 个（e1, c1, i1, i2, c2, e2），现为 "
                f"{m.group('given')} 个" + (f"；若要以 {m.group('cuts')} 为临界值做清晰集，请写 type='crisp'（默认的 type "
                                            "是 'fuzzy'）" if m.group("cuts") else "")
                + (f"；缺少 {m.group('missing').replace(' and ', ' 和 ')}" if m.group("missing") else "")
                + (f"；若要以 {m.group('cut')} 为临界值做清晰集，请写 type='crisp', thresholds={m.group('cut')}（清晰集的临界值"
                   "不命名：e, c, i 是模糊集的锚点）" if m.group("cut") else "")
                + _decimal_thresholds_zh(m))),
    ("dir_exp not text",
     re.compile(r"dir_exp must be a dict, a string such as '1,1,-,0' or a list, got (?P<type>\w+)(?: (?P<value>[^:]+): "
                r"write the expectations as text, one per condition in order(?:, | \((?P<k>\d+)\), e\.g\. )"
                r"(?P<write>'[^']*'))?$"),
     lambda m: (f"dir_exp 必须是字典、像 '1,1,-,0' 这样的文本或列表，现为 {m.group('type')}"
                + ((f" {m.group('value')}：请把方向性预期写成文本，按条件的顺序每个条件一个值"
                    + (f"（{m.group('k')} 个），例如 {m.group('write')}" if m.group("k") else f"，写作 {m.group('write')}"))
                   if m.group("write") else ""))),
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
     re.compile(r"parentheses are not supported(?:; (?:write its sum of products, (?P<written>'[^']*')|(?P<eg>write it as "
                r"a sum of products, e\.g\. 'A\*B \+ A\*C' for 'A\*\(B \+ C\)')))?(?=; a condition's value is written in "
                r"brackets: |$)"),
     lambda m: ("不支持括号" + (f"；请写成它的积之和 {m.group('written')}" if m.group("written") else
                                "；请写成积之和，例如把 'A*(B + C)' 写作 'A*B + A*C'" if m.group("eg") else ""))),
    ("a condition's value out of range in a term",
     re.compile(r"value (?P<value>\d+) of (?P<name>'[^']*') in term (?P<term>'[^']*') is out of range 0\.\.(?P<top>\d+)$"),
     lambda m: (f"项 {m.group('term')} 中 {m.group('name')} 的取值 {m.group('value')} 超出范围：取值为 "
                f"0..{m.group('top')}")),
    ("several expressions written as one",
     re.compile(r"(?:several necessary conditions are a list, (?P<list>nec_cond=\[[^\[\]]*\]) \(each necessary\); one "
                r"expression has no ',' \((?P<sum>'[^']*') is one necessary disjunction\)|several (?P<what>untenable "
                r"combinations|terms) are joined by ' \+ ', (?P<write>\w+='[^']*'))$"),
     lambda m: (f"多个必要条件写成列表 {m.group('list')}（每个都是必要条件）；一个表达式中没有 ','（{m.group('sum')} 是一个必要的"
                "析取式）" if m.group("list") else
                f"{'多个项' if m.group('what') == 'terms' else '多个不可成立的组合'}用 ' + ' 连接：{m.group('write')}")),
    ("no case can be placed",
     re.compile(r"no case can be placed in a configuration: every case has a fuzzy membership of exactly 0\.5 in some "
                r"condition \(in neither the set nor its negation, so in no row\); recalibrate so that no membership "
                r"is exactly 0\.5$"),
     lambda m: ("没有案例能归入任何组态：每个案例都在某个条件上的模糊隶属度恰好为 0.5（既不属于该集合，也不属于其否定，因此不在"
                "任何一行中）；请重新校准，使隶属度不恰好为 0.5")),
    ("multi-value levels",
     re.compile(r"(?P<role>condition|outcome) (?P<name>'[^']*') has integer values up to (?P<top>\d+)"
                r"(?: \(case\(s\) (?P<cases>.*?)\))?: a multi-value set may have at most (?P<most>\d+) levels \(0\.\.(?P<last>\d+)\); calibrate raw data first"
                rf"(?:{_MISSING_CODE}|(?P<score>; values up to 100 look like percentages or a 0-100 score: calibrate them into "
                r"memberships in \[0, 1\] \(analysis\.qca\.calibrate\)))?$"),
     lambda m: (f"{'条件' if m.group('role') == 'condition' else '结果'} {m.group('name')} 的整数取值最大为 {m.group('top')}"
                + (f"（案例 {m.group('cases')}）" if m.group("cases") else "") + "："
                + f"多值集合最多只能有 {m.group('most')} 个水平（0..{m.group('last')}）；请先校准原始数据"
                + (_missing_code_zh(m) if m.group("codes") else "")
                + ("；不超过 100 的值像是百分数或 0-100 的分数：请把它们校准为 [0, 1] 内的隶属度（analysis.qca.calibrate）"
                   if m.group("score") else ""))),
    ("calibrate given a name",
     re.compile(r"x must be the raw values to calibrate, got (?:the text (?P<one>'[^']*'): a column name\? pass the "
                r"column's values|the texts (?P<many>.+?): column names\? calibrate one column's values), "
                r"(?P<column>calibrate\(df\['[^']*'\], \.\.\.\)); several sets at once: "
                r"(?P<frame>analysis\.qca\.calibrate_frame\(.*\))$"),
     lambda m: (f"calibrate 需要待校准的原始数值，现为文本 {m.group('one') or m.group('many')}："
                + ("是列名吗？请传入这一列的值" if m.group("one") else "是列名吗？请一次校准一列的值")
                + f"，{m.group('column')}；一次校准多个集合用 {m.group('frame')}")),
    ("calibrate given True/False",
     re.compile(r"x must be numeric raw values, got True/False: that is a crisp set already \(True is in it\), whose "
                r"memberships are x\.astype\(int\); calibrate\(\) turns raw values \(amounts, scores\) into "
                r"memberships$"),
     lambda m: ("calibrate 需要数值型的原始数据，现为 True/False：这已经是一个清晰集（True 表示属于该集合），其隶属度就是 "
                "x.astype(int)；calibrate() 用于把原始数值（金额、分数）转换为隶属度")),
    ("calibrate given a table",
     re.compile(r"x must be one column of raw values \(a Series, a list or a 1-d array\), got a DataFrame of shape "
                r"\((?P<rows>\d+), (?P<cols>\d+)\): calibrate (?P<column>df\['[^']*'\]); several sets at once: "
                r"(?P<frame>analysis\.qca\.calibrate_frame\(.*\))$"),
     lambda m: (f"calibrate 一次只校准一列原始数值（Series、列表或一维数组），现为 {m.group('rows')} 行 {m.group('cols')} 列的"
                f"表（DataFrame）：请校准一列，如 {m.group('column')}；一次校准多个集合用 {m.group('frame')}")),
    ("skew_bounds not a pair of shares",   # the argument, or a sweep file's key (its pairs as lists, none)
     re.compile(r"skew_bounds must be two shares (?:\(low, high\) such as \(0\.2, 0\.8\) or None|(?P<listed>\[low, high\] "
                r"such as \[0\.2, 0\.8\] or none \(no check\))), got (?P<value>.+?)(?:: write (?P<write>\([^()]*\)|"
                r"\[[^\[\]]*\]), a pair of numbers)?$"),
     lambda m: ("skew_bounds 必须是两个比例 "
                + ("[low, high]，如 [0.2, 0.8]，或 none（不检查）" if m.group("listed") else "(low, high)，如 (0.2, 0.8)，或 None")
                + f"，现为 {m.group('value')}" + (f"：请写 {m.group('write')}，一对数字" if m.group("write") else ""))),
    ("skew_bounds out of order or range",
     re.compile(r"skew_bounds must satisfy 0 <= low < high <= 1, got (?P<value>.+?)(?:; a percentage\? write "
                r"(?P<percent>\([^()]*\)|\[[^\[\]]*\])|; the lower bound first: (?P<first>\([^()]*\)|\[[^\[\]]*\]))?$"),
     lambda m: (f"skew_bounds 必须满足 0 <= low < high <= 1，现为 {m.group('value')}"
                + (f"；是百分数吗？请写 {m.group('percent')}" if m.group("percent") else
                   f"；下限在前：{m.group('first')}" if m.group("first") else ""))),
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
    ("a yes/no argument not True or False",
     re.compile(r"(?P<param>\w+) must be True or False, got (?P<value>.+?)(?:; write (?P<write>\w+=(?P<bool>True|False)) "
                r"\(R's (?P<r>\S+) is Python's (?:True|False), not a text\))?$"),
     lambda m: (f"{m.group('param')} 只能是 True 或 False，现为 {m.group('value')}"
                + (f"；请写 {m.group('write')}（R 的 {m.group('r')} 即 Python 的 {m.group('bool')}，不是文本）"
                   if m.group("write") else ""))),
    ("calibration method", re.compile(rf"method must be 'direct' or 'indirect', got {_GIVEN}(?:; did you mean '[^']*'(?: or "
                                      r"'[^']*')*\?)?$"),
     lambda m: f"method 只能是 'direct'（直接法）或 'indirect'（间接法），现为 {m.group('value')}"),
    ("case column: the data's index",
     re.compile(r"case column (?P<name>'[^']*') is the data's index \(read with index_col='[^']*'\), which already names "
                r"the cases: leave case_column out \(it takes a column of case names\)$"),
     lambda m: (f"case_column {m.group('name')} 是数据的索引（读入时用了 index_col={m.group('name')}），索引已经给出了案例名称："
                "请去掉 case_column（它要的是数据中一列案例名称）")),
    ("case column not a column",
     re.compile(r"case column (?P<name>'[^']*') is not in the data(?:; did you mean '[^']*'(?: or '[^']*')*\?(?: \(names are "
                r"case-sensitive\))?)? \(columns: [^()]*\)$"),
     lambda m: f"case_column {m.group('name')} 不是数据中的列：它要的是数据中一列案例名称"),
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
    ("data: missing values",
     re.compile(r"missing values in column\(s\) (?P<columns>.+?): (?:QCA cannot place a case with a missing membership in "
                r"a configuration; drop or impute those cases explicitly first(?: \(to drop them, naming them: in Python, "
                r"(?P<dropna>drop_missing_cases\(df, \[.*?\](?:, case_column='[^']*')?\)); on the command line, --drop-missing\))?|(?P<calibrate>"
                r"calibration needs a raw value for every case; drop or impute those cases, or give the set 'missing: keep' "
                r"in the calibration file to leave its membership empty \(as R's calibrate\(\) gives NA\), which the "
                r"analysis then drops with --drop-missing, naming those cases))(?:; case "
                r"(?P<summary>.+?) looks? like a summary "
                r"row \(a total, mean or other statistic below the data\), not a case: delete the rows?)?$"),
     _zh_missing_values),
    ("data: values that are not numbers",
     re.compile(r"(?:(?P<file>\S+\.(?:csv|tsv|txt|xlsx|xlsm|xls|ods|dta|sav|zsav|por)): )?non-numeric values in column\(s\) "
                r"(?P<body>.+)\. (?:QCA needs numbers, 0/1 \(crisp\), integers 0\.\.L-1 \(multi-value\) or memberships in "
                r"\[0, 1\] \(fuzzy\)|(?P<calibrate>calibrate needs plain numbers \(e\.g\. 47\.2, -3, 1e5\)))$"),
     _zh_not_numbers),
    ("calibrate: a raw value not a number",
     re.compile(r"x must be numeric; (?P<value>'[^']*'|\S+) is not a number(?: \((?:(?P<count>\d+) values are not "
                r"numbers, )?at (?P<where>.+?)\))?(?:: (?P<hint>.+))?$"),
     lambda m: (None if m.group("hint") and _value_hint_zh(m.group("hint")) is None else
                f"x 必须是数字；{m.group('value')} 不是数字" + _raw_values_at_zh(m)
                + (f"：{_value_hint_zh(m.group('hint'))}" if m.group("hint") else ""))),
    ("calibrate: missing raw values",
     re.compile(r"x has (?P<count>\d+) missing value\(s\) \(NaN\) at (?P<where>.+?); drop or impute them, or pass "
                r"missing='keep' to keep them as NaN$"),
     lambda m: (f"x 有 {m.group('count')} 个缺失值（NaN），位于{_raw_value_place_zh(m.group('where'))}："
                "请先删除或填补这些案例，或写 missing='keep' 把它们保留为 NaN")),
    ("data: every case dropped for a missing value",   # drop_missing_cases, --drop-missing
     re.compile(r"every case \((?P<total>\d+)\) has a missing value in (?P<columns>.+?), so dropping the cases with one "
                r"leaves none: (?P<listed>.+?)(?P<more> \.\.\.)?; fill in the cells, or leave the columns most often "
                r"missing out of the conditions$"),
     lambda m: (None if (listed := _dropped_list_zh(m.group("listed"))) is None else
                f"每个案例（{m.group('total')} 个）在 {m.group('columns')} 中都有缺失值，删除有缺失值的案例后一个也不剩："
                f"{listed}{' 等' if m.group('more') else ''}；请填写这些单元格，或把缺失最多的列从条件中去掉")),
    ("calibrate_frame: missing_codes refused",
     re.compile(r"(?:missing_codes (?P<codes>\S+(?:, \S+)*) makes? (?P<n>\d+) raw values? missing, at (?P<where>.+?), which "
                r"missing='raise' refuses: give the set missing='keep' \(the membership left empty; the analysis then drops "
                r"those cases, naming them: drop_missing_cases in Python, --drop-missing on the command line\)"
                r"|spec\[(?P<name>'[^']*')\]: missing_codes must be numbers, the raw values that mark a missing answer "
                r"\(e\.g\. \[99\] or \[-9, 99\]\), got (?P<value>.+?) \((?P<type>\w+)\)(?:: write (?P<write>\S+), a number "
                r"without quotes)?"
                r"|spec\[(?P<set>'[^']*')\]: missing_codes (?P<both>\S+(?:, \S+)*) (?:is also a threshold|are also thresholds) "
                r"of the set \(thresholds (?P<thresholds>.+)\): a raw value is either a calibration threshold or a code of a "
                r"missing answer, not both; leave (?:it|them) out of missing_codes, or move the thresholds?)$"),
     lambda m: (f"missing_codes {m.group('codes')} 使 {m.group('n')} 个原始值成为缺失值（位于{_raw_value_place_zh(m.group('where'))}"
                "），而 missing='raise' 拒绝缺失值：请给该集合写 missing='keep'（其隶属度留空；之后分析时删除这些案例并列出它们："
                "Python 中用 drop_missing_cases，命令行用 --drop-missing）" if m.group("codes") else
                f"spec[{m.group('name')}]：missing_codes 必须是数字，即表示缺失回答的原始值（如 [99] 或 [-9, 99]），现为 "
                f"{m.group('value')}（{m.group('type')}）" + (f"：请写 {m.group('write')}，不带引号的数字" if m.group("write") else "")
                if m.group("name") else
                f"spec[{m.group('set')}]：missing_codes {m.group('both')} 同时是该集合的临界值（thresholds 为 "
                f"{m.group('thresholds')}）：一个原始值要么是校准的临界值，要么是缺失回答的代码，不能两者都是；请把它从 missing_codes "
                "中去掉，或移动临界值")),
    ("calibration_anchors: cases without a membership",   # robustness._refuse_calibrated_missing
     re.compile(r"case\(s\) (?P<names>.+?) have no membership in (?P<sets>'[^']*'(?:, '[^']*')*) after calibration \(a "
                r"missing raw value, or one of missing_codes, kept by missing='keep'\): every setting recalibrates the "
                r"raw data, so leave those cases out of them first, (?P<drop>raw\.drop\(index=\[.*\]\))$"),
     lambda m: (f"案例 {m.group('names')} 校准后在 {m.group('sets')} 中没有隶属度（原始值缺失，或是 missing_codes 中的值，由 "
                "missing='keep' 保留）：每个设定都要重新校准原始数据，因此请先把这些案例从原始数据中去掉，"
                f"{m.group('drop')}")),
    ("data: numbers that read two ways",
     re.compile(r"numbers that read two ways in column\(s\) (?P<columns>.+)$"), _zh_two_ways),
    ("calibrate: a raw value that reads two ways",
     re.compile(r"(?P<what>x|column '[^']*') \(e\.g\. (?P<e>'[^']*') for (?P<by>index|case\(s\)) (?P<label>'[^']*')\): "
                r"(?P<why>.+)$"),
     lambda m: (None if (why := _grouped_why_zh(m.group("why"))) is None else
                f"{m.group('what').replace('column ', '列 ')}（如{'索引' if m.group('by') == 'index' else '案例'} "
                f"{m.group('label')} 的 {m.group('e')}）：{why}")),
    ("calibrate_frame: a set's calibration",
     re.compile(r"calibrating (?P<name>'[^']*') from column (?P<column>'[^']*'): (?P<quoted>.+)$"),
     lambda m: None if (line := _quoted_error_zh(m)) is None else f"校准 {m.group('name')}（取自列 {m.group('column')}）：{line}"),
    ("a file's keys: unknown",   # _near.unknown_keys: a calibration file's set, a sweep file, its test or range
     re.compile(r"unknown (?P<what>key|argument)\(s\) (?P<keys>'[^']*'(?: \(a full-width colon '：', typed with a Chinese "
                r"input method, 全角: write '[^']*' with the ASCII ':' and a blank after it\))?(?:, '[^']*'(?: \(a "
                r"full-width colon '：', typed with a Chinese input method, 全角: write '[^']*' with the ASCII ':' and a "
                r"blank after it\))?)*)(?:; (?:'[^']*': )?did you mean '[^']*'(?: or '[^']*')*\?)*; allowed: "
                r"(?P<allowed>[^;]+)(?:; thresholds left unquoted in a YAML \{\.\.\.\}\? YAML ends a value at ',' and "
                r"reads (?P<read>.+?) as (?:keys|a key): quote the thresholds, (?P<write>thresholds: '[^']*'))?$"),
     lambda m: (f"未知的{'键' if m.group('what') == 'key' else '参数'} "
                + re.sub(r" \(a full-width colon '：', typed with a Chinese input method, 全角: write ('[^']*') with the "
                         r"ASCII ':' and a blank after it\)", r"（含全角冒号 '：'，中文输入法输入：请写 \1，用半角的 ':'，其后加一个空格）",
                         m.group("keys"))
                + f"（可用的{'键' if m.group('what') == 'key' else '参数'}：{m.group('allowed')}）"
                + (f"；是 YAML 的 {{...}} 中没有加引号的临界值吗？YAML 在 ',' 处结束一个值，把 {m.group('read')} 读成了键："
                   f"请给临界值加上引号，{m.group('write')}" if m.group("write") else ""))),
    ("calibrate: missing", re.compile(rf"missing must be 'raise' or 'keep', got {_GIVEN}(?:; did you mean '[^']*'\?)?$"),
     lambda m: (f"missing 只能是 'raise'（拒绝缺失的原始值）或 'keep'（保留，其隶属度留空），现为 {m.group('value')}")),
    ("a calibration file not a mapping of sets",   # the calibrate command's --spec (cli._calibrate)
     re.compile(r"a calibration specification maps each set name to calibrate\(\) arguments, e\.g\. (?P<eg>DEV: \{.*\})"
                r"(?P<listed>; the file is a list of sets \('- DEV: \.\.\.'\): write each set at the top level, without "
                r"'- ')?$"),
     lambda m: ("校准设定文件把每个集合的名称映射到 calibrate() 的参数，例如 " + m.group("eg")
                + ("；该文件是集合的列表（'- DEV: ...'）：请把每个集合写在最外层，不加 '- '" if m.group("listed") else ""))),
    ("robustness: a test recalibrating no set",   # a sweep file's test: calibrate naming a set the data lacks
     re.compile(r"calibrate names (?P<names>'[^']*'(?:, '[^']*')*), which (?:is not a set|are not sets) of the data"
                + _MEANT + r" \(sets: (?P<sets>.+)\)$"),
     lambda m: f"calibrate 所列的 {m.group('names')} 不是数据中的集合（数据的集合：{m.group('sets').replace(' and ', ' 及另外 ').replace(' more', ' 个')}）"),
    ("robustness: a case not in the data",   # a sweep file's test: drop_cases or keep_cases naming no case
     re.compile(r"unknown case\(s\) (?P<names>'[^']*'(?:, '[^']*')*(?: and \d+ more)?) in (?P<key>drop_cases|keep_cases)"
                r"(?:; (?:'[^']*': )?did you mean '[^']*'(?: or '[^']*')*\?)*(?P<case> \(case names are case-sensitive\))? "
                r"\(the data's cases: (?P<cases>.+?)\)(?P<numbered>; the data has no case names, so its cases are "
                r"numbered: name the column of case names, case_column \(CLI: --case-column\))?$"),
     lambda m: (f"{m.group('key')} 中的案例 {m.group('names')} 不在数据中"
                + ("（案例名称区分大小写）" if m.group("case") else "")
                + f"（数据的案例：{m.group('cases').replace(' and ', ' 及另外 ').replace(' more', ' 个')}）"
                + ("；数据没有案例名称，案例按序号编号：请指明案例名称所在的列，case_column（命令行：--case-column）"
                   if m.group("numbered") else ""))),
    ("robustness: a range's parameter",   # a sweep file's range (threshold_range's parameter)
     re.compile(rf"parameter must be incl_cut, n_cut,? (?:or )?pri_cut(?P<cal> or calibration)?, got {_GIVEN}"
                r"(?:; did you mean '[^']*'(?: or '[^']*')*\?)?$"),
     lambda m: (f"parameter 只能是 incl_cut、n_cut、pri_cut" + (" 或 calibration" if m.group("cal") else "")
                + f"，现为 {m.group('value')}")),
    ("robustness: a calibration range's set",   # a sweep file's range: set naming no condition nor the outcome
     re.compile(r"calibrate_set (?P<set>'[^']*') \(a sweep file's range: set\) is not a condition of the analysis nor its "
                r"outcome" + _MEANT + r" \(conditions: (?P<conds>.+); outcome: "
                r"(?P<outcome>'[^']*')\)$"),
     lambda m: (f"calibrate_set {m.group('set')}（扫描文件中范围的 set）既不是分析的条件，也不是其结果（条件："
                f"{m.group('conds')}；结果：{m.group('outcome')}）")),
    ("robustness: a range's step",   # threshold_range's step, a sweep file's range
     re.compile(r"step (?:(?P<n>of an n_cut range )?must be (?:a positive \(finite\) number|a whole number of cases \(n_cut "
                r"counts cases\))), got (?P<value>'[^']*'|\S+)$"),
     lambda m: (f"n_cut 范围的 step 必须是整数个案例（n_cut 计的是案例数），现为 {m.group('value')}" if m.group("n") else
                f"step 必须是一个正的（有限的）数，现为 {m.group('value')}")),
    ("calibrate: raw columns not in the file",   # the calibrate command: a set's source the raw file lacks
     re.compile(r"(?P<file>.+?): column\(s\) (?P<columns>'[^']*'(?:, '[^']*')*) not in the file(?:; (?:'[^']*': )?did "
                r"you mean '[^']*'(?: or '[^']*')*\?(?: \(names are case-sensitive\)| \(the name given is written with "
                r"full-width characters, typed with a Chinese input method, 全角(?:; names are case-sensitive)?\))?)* "
                r"\(columns: [^()]*\)$"),
     lambda m: f"{m.group('file')}：文件中没有列 {m.group('columns')}（校准设定的 source，或 --keep 所列的列）"),
    ("calibrate: idm out of range",
     re.compile(rf"idm \(the inclusion degree of membership\) must be in \(0\.5, 1\), got {_GIVEN}(?=;|:|$)"),
     lambda m: f"idm（完全隶属锚点处的隶属度）必须在 0.5 与 1 之间（不含两端），现为 {m.group('value')}"),
    ("a file's key given twice",   # read.read_spec_file: a calibration or sweep file's key written twice
     re.compile(r"key (?P<key>'[^']*'|\S+) is given twice \(lines (?P<a>\d+) and (?P<b>\d+)\); give each key once \(YAML "
                r"keeps the last value without a word\)$"),
     lambda m: (f"键 {m.group('key')} 写了两次（第 {m.group('a')} 行和第 {m.group('b')} 行）；每个键只写一次（YAML 会不声不响地"
                "只保留最后一个值）")),
    ("calibrate: a set named as the case column",
     re.compile(r"set (?P<set>'[^']*') has the name of the case column; name the set otherwise \(or give another "
                r"--case-column\)$"),
     lambda m: f"集合 {m.group('set')} 与案例列同名：请给集合另取名称（或用 --case-column 指定另一列）"),
    ("a file's YAML syntax",   # read.read_spec_file: a calibration or sweep file that does not parse
     re.compile(r"not valid YAML \((?:line (?P<line>\d+), column (?P<col>\d+): )?(?P<what>.+?)(?: \((?P<context>while "
                r"[^()]+) from line (?P<cline>\d+), column (?P<ccol>\d+)\))?(?P<tab>; indent with spaces, not tabs)?"
                r"(?:; line (?P<wline>\d+) has full-width punctuation \(typed with a Chinese input method, 全角\): "
                r"(?P<wide>.+?); the file's syntax needs the ASCII \(半角\) characters)?\)$"),
     lambda m: ("不是有效的 YAML（" + (f"第 {m.group('line')} 行第 {m.group('col')} 列：" if m.group("line") else "")
                + f"解析器：{m.group('what')}"
                + (f"（{m.group('context')}，始于第 {m.group('cline')} 行第 {m.group('ccol')} 列）" if m.group("context")
                   else "")
                + ("；请用空格缩进，不要用制表符（Tab）" if m.group("tab") else "")
                + (f"；第 {m.group('wline')} 行有全角标点（中文输入法输入）：{m.group('wide')}；文件的语法需要半角（ASCII）字符"
                   if m.group("wide") else "") + "）")),
    ("a file's JSON syntax",   # read.read_spec_file: a calibration or sweep file (.json) that does not parse
     re.compile(r"not valid JSON \((?P<what>.+?): line (?P<line>\d+) column (?P<col>\d+) \(char \d+\)"
                r"(?:; line (?P<wline>\d+) has full-width punctuation \(typed with a Chinese input method, 全角\): "
                r"(?P<wide>.+?); the file's syntax needs the ASCII \(半角\) characters)?\)$"),
     lambda m: (f"不是有效的 JSON（第 {m.group('line')} 行第 {m.group('col')} 列：解析器：{m.group('what')}"
                + (f"；第 {m.group('wline')} 行有全角标点（中文输入法输入）：{m.group('wide')}；文件的语法需要半角（ASCII）字符"
                   if m.group("wide") else "") + "）")),
    ("robustness: a raw value missing or not a number",   # a recalibration test's or a calibration range's raw column
     re.compile(r"(?:calibration range of (?P<set>'[^']*'): )?(?:raw column|--raw (?P<file>.+?): column) "
                r"(?P<column>'[^']*') has a missing or non-numeric value for case\(s\) (?P<cases>.+?); calibration needs a "
                r"number for every case(?:; to leave the cases? without one out of this test: (?P<drop>drop_cases: .+)"
                r"|; to leave the cases? without one out of the range, leave (?:it|them) out of the data analysed: "
                r"(?P<index>data\.drop\(index=.+\)|data\[~data\[.+\]\.isin\(.+\)\]) \(on the command line: leave "
                r"(?:their memberships|its membership) in the "
                r"data file empty, as the calibrate command's missing: keep does, and pass --drop-missing\)|; to leave the "
                r"cases? without one out of the range, leave (?P<cli>their memberships|its membership) in the data file "
                r"empty, as the calibrate command's missing: keep does, and pass --drop-missing)?$"),
     lambda m: ((f"{m.group('set')} 的校准范围：" if m.group("set") else "")
                + (f"--raw {m.group('file')}：列 " if m.group("file") else "原始数据列 ")
                + f"{m.group('column')} 在案例 {_case_values_zh(m.group('cases'))} 处缺失或不是数字；校准需要每个案例都有一个数字"
                + (f"；要在此检验中略去没有数字的案例：{m.group('drop')}" if m.group("drop") else "")
                + (f"；要在此范围中略去没有数字的案例，请把它们从所分析的数据中去掉：{m.group('index')}（命令行：在数据文件中把"
                   "它们的隶属度留空，如 calibrate 命令的 missing: keep 所做，并加 --drop-missing）" if m.group("index")
                   else f"；要在此范围中略去没有数字的案例，请在数据文件中把{'它们' if m.group('cli') == 'their memberships' else '它'}的隶属度留空，如 calibrate 命令的 missing: keep 所做，"
                   "并加 --drop-missing" if m.group("cli") else ""))),   # the command line's way alone
    ("robustness: max_runs out of range",   # a sweep file's range, threshold_range's max_runs
     re.compile(rf"max_runs must be a whole number from 1 to (?P<most>\d{{1,3}}(?:,\d{{3}})*) \(each run is a truth "
                rf"table and a minimisation, 2 x max_runs per threshold\), got {_GIVEN}(?=[;:]|$)"),
     lambda m: (f"max_runs 必须是 1 到 {m.group('most')} 之间的整数（每次运行是一次真值表构建和一次最小化，每个阈值 2 × "
                f"max_runs 次），现为 {m.group('value')}")),
    ("robustness: a range not a mapping",   # a sweep file's range without parameter or step
     re.compile(r"range (?P<i>\d+) must be a mapping with parameter and step \(allowed keys: (?P<keys>[^()]*)\)$"),
     lambda m: f"范围 {m.group('i')} 必须是含 parameter 和 step 的映射（可用的键：{m.group('keys')}）"),
    ("robustness: a case both kept and dropped",   # a sweep file's test: a case in keep_cases and in drop_cases
     re.compile(r"case\(s\) (?P<names>'[^']*'(?:, '[^']*')*(?: and \d+ more)?) both in keep_cases and in drop_cases; "
                r"name a case in one of them$"),
     lambda m: (f"案例 {_more_cases_zh(m.group('names'))} 同时列在 keep_cases 和 drop_cases 中；每个案例只列在其中一个"
                "里")),
    ("robustness: a recalibration's round",   # a sweep file's test: calibrate {DEV: {round: 20}}
     re.compile(rf"round must be a whole number of decimal places from 0 to 15, got {_GIVEN}(?=[;:]|$)"),
     lambda m: f"round 必须是 0 到 15 之间的整数（保留的小数位数），现为 {m.group('value')}"),
    ("robustness: a case named twice",   # a sweep file's test: drop_cases: [FI, FI]
     re.compile(r"(?P<key>drop_cases|keep_cases) names case\(s\) (?P<names>'[^']*'(?:, '[^']*')*(?: and \d+ more)?) "
                r"twice; name each case once$"),
     lambda m: f"{m.group('key')} 把案例 {_more_cases_zh(m.group('names'))} 写了两次；每个案例只写一次"),
    ("robustness: a recalibration naming no set",   # a sweep file's test: calibrate: {}
     re.compile(r"calibrate is empty; name the sets to recalibrate, e\.g\. (?P<example>\{.*\}), or leave the key out$"),
     lambda m: f"calibrate 是空的：请写出要重新校准的集合，例如 {m.group('example')}，或去掉这个键"),
    ("robustness: a calibration range's keys in another range",   # a sweep file's incl_cut range with set, thresholds
     re.compile(r"(?P<keys>\w+(?:, \w+)*): keys of a calibration range \(parameter: calibration\) only; leave "
                r"(?:it|them) out$"),
     lambda m: f"{m.group('keys')} 只是校准范围（parameter: calibration）的键：请去掉"),
    ("robustness: a range given twice",   # a sweep file's range repeated
     re.compile(r"range (?P<i>\d+) repeats range (?P<j>\d+) \((?P<what>parameter: [^()]*), the same keys and values\); "
                r"give each range once$"),
     lambda m: (f"范围 {m.group('i')} 重复了范围 {m.group('j')}（{m.group('what')}，键和值都相同）；每个范围只给一次")),
    ("robustness: a recalibration changing a condition's levels",   # a sweep file's test: DEV's levels 0..2 made fuzzy
     re.compile(r"recalibrated, condition (?P<name>'[^']*') (?:(?P<fuzzy>is a fuzzy set)|has levels 0\.\.(?P<now>\d+)), "
                r"not levels 0\.\.(?P<was>\d+) as in the initial data, so its solutions could not be compared with the "
                r"initial one \(another truth table\); (?:recalibrate it into (?P<k>\d+) levels: type 'crisp' with "
                r"(?P<cuts>\d+) thresholds|(?P<two>recalibrate it into a crisp set \(type 'crisp', one threshold\) or a "
                r"fuzzy set))$"),
     lambda m: (f"重新校准后，条件 {m.group('name')} "
                + ("是模糊集" if m.group("fuzzy") else f"的水平为 0..{m.group('now')}")
                + f"，而不是初始数据中的水平 0..{m.group('was')}，因此其解无法与初始解比较（另一个真值表）；"
                + ("请把它重新校准为清晰集（type 'crisp'，一个临界值）或模糊集" if m.group("two") else
                   f"请把它重新校准为 {m.group('k')} 个水平：type 'crisp'，{m.group('cuts')} 个临界值"))),
    ("robustness: a recalibration leaving a level without a case",   # a sweep file's test: a cut point above every case
     re.compile(r"recalibrated with (?P<cuts>\d+) cut points, condition (?P<name>'[^']*') has no case at level\(s\) "
                r"(?P<empty>\d+(?:, \d+)*) \(values (?P<held>\d+(?:\.\.\d+|(?:, \d+)*)) only\), not the initial data's "
                r"levels 0\.\.(?P<was>\d+), so its solutions could not be compared with the initial one \(another truth "
                r"table\); move the thresholds so that every level holds a case$"),
     lambda m: (f"以 {m.group('cuts')} 个临界值重新校准后，条件 {m.group('name')} 在水平 {m.group('empty')} 上没有案例（只有取值 "
                f"{m.group('held')}），与初始数据的水平 0..{m.group('was')} 不同，因此其解无法与初始解比较（另一个真值表）；"
                "请移动 thresholds，使每个水平都有案例")),
    ("robustness: dropped cases leaving a level",   # a sweep file's test: drop_cases emptying a multi-value level
     re.compile(r"without the cases it drops, condition (?P<name>'[^']*') (?:has levels 0\.\.(?P<now>\d+), not the "
                r"initial data's 0\.\.(?P<was>\d+)|has values (?P<held>\d+(?:\.\.\d+|(?:, \d+)*)) only, no case at "
                r"levels? (?P<gone>\d+(?:, \d+)*) where the initial data has cases \(levels 0\.\.(?P<all>\d+)\)), so its "
                r"solutions could not be compared with the initial one \(another truth table\); drop fewer cases, or "
                r"recode the condition in both$"),
     lambda m: (f"去掉所删除的案例后，条件 {m.group('name')} "
                + (f"的水平为 0..{m.group('now')}，而不是初始数据的 0..{m.group('was')}" if m.group("now") else
                   f"只有取值 {m.group('held')}，在水平 {m.group('gone')} 上没有案例，而初始数据在那里有案例（水平 "
                   f"0..{m.group('all')}）")
                + "，因此其解无法与初始解比较（另一个真值表）；请少删一些案例，或在初始数据和检验中都重新编码该条件")),
    ("robustness: a fuzzy calibration range of a multi-value set",   # a sweep file's range: type fuzzy for DEV 0..2
     re.compile(r"calibration range of (?P<set>'[^']*'): a fuzzy calibration makes the multi-value (?P=set) \(levels "
                r"0\.\.(?P<last>\d+)\) a fuzzy set, another truth table than the data's; give the range type 'crisp' and "
                r"(?P<cuts>\d+) thresholds$"),
     lambda m: (f"{m.group('set')} 的校准范围：模糊集校准会把多值的 {m.group('set')}（水平 0..{m.group('last')}）变成模糊集，"
                f"真值表与数据的不同；请给该范围 type 'crisp' 和 {m.group('cuts')} 个临界值")),
    ("a case named twice in a raw file",   # robustness --raw, calibrate, calibrate_frame: a case name twice
     re.compile(r"(?:--raw (?P<raw>.+?): duplicate case name\(s\) (?P<names>'[^']*'(?:, '[^']*')*(?: and \d+ more)?)"
                r"(?: in column (?P<col>'[^']*'))?; each case needs one row of raw values: (?P<where>.+)"
                r"|(?:(?P<file>.+?): )?duplicate case name\(s\) (?P<dup>'[^']*'(?:, '[^']*')*) in column "
                r"(?P<column>'[^']*') \(spaces around names are ignored\); case names must be unique: (?P<at>.+)"
                r"|the raw data has duplicate case name\(s\) (?P<api>'[^']*'(?:, '[^']*')*(?: and \d+ more)?): each "
                r"case needs one row of raw values)$"),
     _zh_raw_case_twice),
    ("a case named NA read as missing",   # data.check_case_names: pandas' read_csv reads 'NA' (Namibia) as NaN
     re.compile(rf"(?:case column (?P<col>'[^']*') has missing \(NaN\) case name\(s\) in row\(s\) (?P<rows>{_ROWS_AT})|case "
                rf"name\(s\) of the index missing \(NaN\) in row\(s\) (?P<irows>{_ROWS_AT})): pandas' read_csv reads the "
                r"text 'NA', 'N/A', 'NULL', 'None', 'nan' as missing, so a case named NA \(Namibia\) becomes NaN; read the "
                r"file with keep_default_na=False, na_values=\[''\] \(or give every case a name\)$"),
     lambda m: ((f"案例列 {m.group('col')} 在{_rows_at_zh(m.group('rows'))}有缺失（NaN）的案例名称" if m.group("col") else
                 f"索引中的案例名称在{_rows_at_zh(m.group('irows'))}缺失（NaN）")
                + "：pandas 的 read_csv 会把文本 'NA'、'N/A'、'NULL'、'None'、'nan' 读作缺失值，因此名为 NA（纳米比亚）的案例"
                "会变成 NaN；读取文件时请写 keep_default_na=False, na_values=['']（或给每个案例一个名称）")),
    ("a case without a name in a raw file",   # calibrate, calibrate_frame: a blank cell in the case column
     re.compile(rf"(?:(?P<file>.+?): )?column (?P<col>'[^']*') has no case name in row\(s\) (?P<rows>{_ROWS_AT}); every "
                r"case needs a name$"),
     lambda m: ((f"{m.group('file')}：" if m.group("file") else "") + f"列 {m.group('col')} 在"
                + _rows_at_zh(m.group("rows")) + "没有案例名称；每个案例都需要名称")),
    ("a file not found",   # read_data, read_spec_file, the commands' --spec and --raw (read.missing_file_hint)
     re.compile(r"(?P<path>.+?): file not found(?:; looked for as (?P<abs>.+) \(a relative path is read from the folder "
                r"the command runs in\): give the file's full path|(?P<near>; did you mean '[^']*'(?: or '[^']*')*\? "
                r"\(file names are case-sensitive\))|; '~' is not your home folder here \(the shell expands it only outside "
                r"quotes\): write the full path, e\.g\. (?P<eg>\".+?\")(?: \((?P<home>.+) exists\))?|(?P<tilde>; '~' is "
                r"not expanded here \(the shell expands it only outside quotes\): write the full path)|; the folder "
                r"(?P<folder>.+) does not exist|; (?P<above>.+) is a file, not a folder|; it is a symbolic link to "
                r"(?P<target>.+), which does not exist|(?P<loop>; it is a symbolic link that leads to itself \(a loop\)))?$"),
     lambda m: (f"{m.group('path')}：找不到文件"
                + (f"；查找的位置是 {m.group('abs')}（相对路径从运行命令的文件夹算起）：请给出文件的完整路径" if m.group("abs")
                   else "（文件名区分大小写）" if m.group("near")   # the names meant: said by _hints_zh, after
                   else (f"；这里的 '~' 不是你的主文件夹（shell 只在引号之外展开它）：请写完整路径，例如 {m.group('eg')}"
                         + (f"（{m.group('home')} 存在）" if m.group("home") else "")) if m.group("eg")
                   else "；这里的 '~' 不会被展开（shell 只在引号之外展开它）：请写完整路径" if m.group("tilde")
                   else f"；文件夹 {m.group('folder')} 不存在" if m.group("folder")
                   else f"；{m.group('above')} 是文件，不是文件夹" if m.group("above")
                   else f"；它是指向 {m.group('target')} 的符号链接，而该目标不存在" if m.group("target")
                   else "；它是指向自身的符号链接（循环）" if m.group("loop") else ""))),
    ("robustness: no_solution",   # robustness_protocol's no_solution, a sweep file's no_solution, --no-solution
     re.compile(rf"(?:no_solution must be 'count' \(a test without a sufficient configuration counts as the empty "
                rf"solution\) or 'refuse' \(it is an error\), got {_GIVEN}(?=[;:]|$)|'no_solution: (?P<file>.*)' is "
                r"neither count \(a test without a sufficient configuration counts as the empty solution\) nor refuse "
                r"\(it is an error\)(?=;|$)|(?P<empty>'no_solution:' has no value \(YAML reads it as null\): write "
                r"'no_solution: count' \(a test without a sufficient configuration counts as the empty solution\) or "
                r"'no_solution: refuse' \(it is an error\), or leave the key out \(count\)$)|--no-solution (?P<flag>\S+) "
                r"but (?P<spec>.+) says 'no_solution: (?P<says>.*)'; give the rule once \(the file's key, or the "
                r"flag\)$)"),
     lambda m: (f"--no-solution {m.group('flag')}，但 {m.group('spec')} 写的是 'no_solution: {m.group('says')}'；规则只给一次"
                "（文件中的键，或命令行参数）" if m.group("flag") else
                "'no_solution:' 没有值（YAML 把它读作 null）：请写 'no_solution: count'（没有充分组态的检验算作空解）或 "
                "'no_solution: refuse'（这是错误），或去掉这个键（count）" if m.group("empty") else
                f"'no_solution: {m.group('file')}' 既不是 count（没有充分组态的检验算作空解），也不是 refuse（这是错误）"
                if m.group("file") is not None else
                "no_solution 只能是 'count'（没有充分组态的检验算作空解）或 'refuse'（这是错误），现为 "
                f"{m.group('value')}")),
    ("robustness: skew_bounds given empty or twice, --skew-bounds",   # a sweep file's key, the flag
     re.compile(r"(?:(?P<empty>'skew_bounds' has no value \(YAML reads 'skew_bounds:' left empty, 'null' or '~' as "
                r"null\): write two shares, e\.g\. 'skew_bounds: \[0\.2, 0\.8\]', or 'skew_bounds: none' to turn the skew "
                r"check off \(as --skew-bounds none does\), or leave the key out \(the default, \[0\.2, 0\.8\]\)$)"
                r"|skew_bounds=(?P<arg>\([^()]*\)|None) \(--skew-bounds (?P<flag>\S+) on the command line\) but "
                r"(?P<spec>.+) says 'skew_bounds: (?P<says>[^']*)'; give the bounds once \(the file's key, or the "
                r"argument / flag\)$"
                r"|--skew-bounds must be two shares LOW,HIGH (?P<order>in \[0, 1\] with LOW below HIGH, )?such as "
                r"0\.2,0\.8, got (?P<text>'[^']*')(?:; percentages\? write (?P<pct>\S+))?(?=;|$))"),
     lambda m: (f"skew_bounds={m.group('arg')}（命令行上的 --skew-bounds {m.group('flag')}），但 {m.group('spec')} 写的是 "
                f"'skew_bounds: {m.group('says')}'；界限只给一次（文件中的键，或参数 / 命令行参数）" if m.group("arg") else
                "'skew_bounds' 没有值（YAML 把留空的 'skew_bounds:'、'null' 或 '~' 读作 null）：请写两个比例，例如 "
                "'skew_bounds: [0.2, 0.8]'，或写 'skew_bounds: none' 关闭偏斜检查（如 --skew-bounds none），或去掉这个键"
                "（默认值 [0.2, 0.8]）" if m.group("empty") else
                "--skew-bounds 必须是两个比例 LOW,HIGH" + ("，在 [0, 1] 之内且 LOW 小于 HIGH" if m.group("order") else "")
                + f"，如 0.2,0.8，现为 {m.group('text')}"
                + (f"；是百分数吗？请写 {m.group('pct')}" if m.group("pct") else ""))),
    ("a file's number or yes/no read otherwise by YAML",   # read.read_spec_file: NO, 1_000, 010 unquoted
     re.compile(r"line (?P<line>\d+), column (?P<col>\d+): (?P<text>.+?) is read by YAML as (?P<read>\S+) \((?:(?P<bool>"
                r"YAML 1\.1 reads yes/no/on/off as true/false)|(?P<why>digits grouped with '_'|':' makes it a base-60 "
                r"number|hexadecimal|binary|octal|a leading 0 makes it octal))\); (?:quote it \((?P<quote>'[^']*'|\"[^\"]*\")\) "
                r"if it is a name or a case ID, or write (?P<write>true|false)|(?:write (?P<plain>\S+) \(digits 0-9 only\)|"
                r"(?P<decimal>write the number in decimal digits)), or quote it \((?P<quoted>'[^']*'|\"[^\"]*\")\) if it is a "
                r"name or a case ID)$"),
     lambda m: (f"第 {m.group('line')} 行第 {m.group('col')} 列：YAML 把 {m.group('text')} 读作 {m.group('read')}（"
                + ("YAML 1.1 把 yes/no/on/off 读作 true/false" if m.group("bool") else _YAML_NUMBER_ZH[m.group("why")])
                + (f"）；若它是名称或案例标识，请加引号（{m.group('quote')}），否则请写 {m.group('write')}" if m.group("bool")
                   else "）；请" + (f"写 {m.group('plain')}（只用数字 0-9）" if m.group("plain") else "用十进制数字写这个数")
                   + f"，若它是名称或案例标识，则请加引号（{m.group('quoted')}）"))),
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
    ("calibrate: a shape argument that does nothing",   # calibrate.unused_shape_arguments
     re.compile(r"(?P<args>\w+(?:, \w+)*) (?:appl(?:y|ies) to (?:(?P<crisp>fuzzy calibration only; crisp calibration "
                r"uses the cut points alone)|the direct method only; the indirect method fits its scores to the bins of "
                r"its thresholds)|do(?:es)? nothing here: (?P<why>six anchors give the bell \(or inverse bell\), linear "
                r"whatever logistic says \(below and above shape it\)|below and above bend the linear shape "
                r"\(logistic=False\); the logistic shape is set by the anchors and idm|idm sets the logistic shape's "
                r"scores at the anchors; the linear shape \(logistic=False\) is 0 at e, 1 at i)); leave (?:it|them) out$"
                r"|(?P<args2>\w+(?:, \w+)*) appl(?:y|ies) to (?:(?P<crisp2>fuzzy calibration only; crisp calibration uses "
                r"the cut points alone)|the direct method only; the indirect method fits its scores to the bins of its "
                r"thresholds): leave (?:it|them) out$"),
     lambda m: (f"{m.group('args2')} 只用于"
                + ("模糊集校准；清晰集校准只用临界值" if m.group("crisp2") else "直接法；间接法把分数拟合到 thresholds 划分的各区间")
                + "：请去掉" if m.group("args2") else
                f"{m.group('args')} 在这里不起作用：" + {
                    "six": "六个锚点给出钟形（或倒钟形）曲线，无论 logistic 取何值都是线性的（由 below 和 above 塑形）",
                    "below": "below 和 above 弯曲的是线性形状（logistic=False）；logistic 形状由锚点和 idm 决定",
                    "idm": "idm 设定 logistic 形状在锚点处的隶属度；线性形状（logistic=False）在 e 处为 0，在 i 处为 1",
                }[m.group("why").split()[0]] + "；请去掉")),
    ("calibrate: thresholds with an empty item",   # 'e=350, c=550, i=850,' or '550,,700'
     re.compile(r"thresholds (?P<given>'[^']*') hold an empty item \(a stray comma, or a value left out\?\); write the "
                r"values separated by commas, e\.g\. (?P<eg>'[^']*')$"),
     lambda m: (f"thresholds {m.group('given')} 中有一个空项（多了一个逗号，还是漏了一个值？）；请用逗号分隔各个值，例如 "
                f"{m.group('eg')}")),
    ("raw values matched by row position",   # robustness --raw, robustness_protocol / threshold_range's raw=
     re.compile(r"(?:--raw (?P<raw>.+?): neither file has a column of case names the reader takes \('case', an unnamed "
                r"first column, or --case-column\)|(?P<api>the data and the raw values are both indexed by position "
                r"\(read without index_col\))), so the raw values would be matched to the cases by row position; column "
                r"(?P<col>'[^']*') of both holds a different text for every case, like case names: pass (?:--case-column "
                r"(?P<flag>\S+) \(and --raw-case-column if the raw file names it otherwise\)|(?P<arg>case_column='[^']*') "
                r"\(CLI: (?P<cli>--case-column \S+)\), or read both with (?P<read>index_col='[^']*'))$"),
     lambda m: ((f"--raw {m.group('raw')}：两个文件都没有读取器所认的案例名称列（'case'、无名的第一列，或 --case-column）"
                 if m.group("raw") else "数据和原始数值都按位置编号（读取时没有用 index_col）")
                + f"，因此原始数值会按行的位置与案例对应；两者的列 {m.group('col')} 在每个案例中都是不同的文本，像案例名称："
                + (f"请加 --case-column {m.group('flag')}（若原始数据文件中该列的名称不同，再加 --raw-case-column）"
                   if m.group("flag") else
                   f"请传 {m.group('arg')}（命令行：{m.group('cli')}），或读取两者时都用 {m.group('read')}"))),
    ("robustness --raw without a case column",
     re.compile(r"--raw (?P<raw>.+?): no column of case names \('case', an unnamed first column, or name it with "
                r"--raw-case-column\)$"),
     lambda m: f"--raw {m.group('raw')}：没有案例名称列（'case'、无名的第一列，或用 --raw-case-column 指明）"),
    ("robustness: a crisp calibration range of other levels",   # a range's cut points making more or fewer levels
     re.compile(r"calibration range of (?P<set>'[^']*'): (?P<n>\d+) crisp cut point\(s\) give (?P<k>\d+) levels, another "
                r"truth table: the data's (?P=set) (?:has (?P<levels>\d+) \(0\.\.(?P<last>\d+)\); give (?P<give>\d+) "
                r"thresholds|(?P<two>is a crisp or fuzzy set \(in or out\); give one threshold, or a fuzzy range \(type: "
                r"fuzzy\)))$"),
     lambda m: (f"{m.group('set')} 的校准范围：{m.group('n')} 个清晰集临界值给出 {m.group('k')} 个水平，是另一个真值表：数据中的 "
                f"{m.group('set')} "
                + ("是清晰集或模糊集（在集合内或外）；请给一个临界值，或改用模糊集范围（type: fuzzy）" if m.group("two") else
                   f"有 {m.group('levels')} 个水平（0..{m.group('last')}）；请给 {m.group('give')} 个临界值"))),
    ("theory_evaluation: data without the solution's outcome",   # theory_evaluation(theory, sol, data=...)
     re.compile(r"data lacks the solution's outcome (?P<out>'[^']*') \(columns: (?P<cols>.*)\): data must be the data the "
                r"solution was found on, its outcome included, to read (?P<sets>'[^']*'(?:, '[^']*')*) of theory "
                r"(?P<theory>'[^']*')$"),
     lambda m: (f"data 中没有解的结果 {m.group('out')}：data 必须是求出该解的数据（包括其结果），才能读取理论 {m.group('theory')} "
                f"中的 {m.group('sets')}")),   # the columns: said by the hints, after
    ("theory_evaluation: data of another outcome",
     re.compile(r"data's outcome (?P<out>'[^']*') differs from the solution's in case\(s\) (?P<cases>(?:'[^']*' \([^()]* in "
                r"data, [^()]* in the solution's\)(?:, )?)+)(?: and (?P<more>\d+) more)?: data must be the data the "
                r"solution was found on, to read (?P<sets>'[^']*'(?:, '[^']*')*) of theory (?P<theory>'[^']*') "
                r"\(SetMethods' theory\.evaluation reads a theory's sets and the outcome from one data set, the truth "
                r"table's initial\.data\)$"),
     lambda m: (f"data 的结果 {m.group('out')} 在案例 "
                + "、".join(f"{c}（data 中为 {a}，解中为 {b}）" for c, a, b in re.findall(
                    r"('[^']*') \(([^()]*) in data, ([^()]*) in the solution's\)", m.group("cases")))
                + (f" 及另外 {m.group('more')} 个案例" if m.group("more") else "")
                + f"上与解的结果不同：data 必须是求出该解的数据，才能读取理论 {m.group('theory')} 中的 {m.group('sets')}"
                "（SetMethods 的 theory.evaluation 从同一份数据——真值表的 initial.data——读取理论的集合和结果）")),
    ("theory_evaluation: data of other cases",
     re.compile(r"data must hold the cases of the solution's data, matched by name \(its index, or case_column\), to read "
                r"(?P<sets>'[^']*'(?:, '[^']*')*) of theory (?P<theory>'[^']*'): got data (?:without the solution's "
                r"case\(s\) (?P<missing>'[^']*'(?:, '[^']*')*))?(?:(?:; )?with case\(s\) (?P<more>'[^']*'(?:, '[^']*')*) "
                r"the solution lacks)?(?P<twice>(?:; )?with a case name twice)?$"),
     lambda m: (f"data 必须含有解的数据中的案例（按名称匹配：其索引或 case_column），才能读取理论 {m.group('theory')} 中的 "
                f"{m.group('sets')}：所给的 data "
                + "；".join(part for part in (
                    f"缺少解的案例 {m.group('missing')}" if m.group("missing") else "",
                    f"含有解所没有的案例 {m.group('more')}" if m.group("more") else "",
                    "有重复的案例名称" if m.group("twice") else "") if part))),
    ("a file separated by ';' or a tab",   # read_data: a CSV of Excel in a locale with decimal commas, a .tsv
     re.compile(r"the header is one column (?P<header>'[^']*'|\"[^\"]*\"): the (?:file|input) looks separated by (?:';', "
                r"not commas \(Excel in a locale with decimal commas writes ';' and 0,8 in every CSV it saves, 'CSV UTF-8 "
                r"\(comma delimited\)' too\): give the workbook \(\.xlsx\) itself, which the engine reads, or convert it: "
                r"in R, (?P<r>write\.csv\(read\.csv2\(path\), new, row\.names = FALSE\)); in Python, (?P<py>pandas\."
                r"read_csv\(path, sep=';', decimal=','\)\.to_csv\(new, index=False\))|(?P<tab>a tab, not commas \(Excel's "
                r"'Text \(Tab delimited\)', a \.tsv file\); save it as 'CSV UTF-8 \(comma delimited\)' with '\.' as "
                r"decimal separator))$"),
     lambda m: (f"表头只有一列 {m.group('header')}："
                + ("文件看来是用制表符而不是逗号分隔的（Excel 的“文本文件(制表符分隔)”，或 .tsv 文件）；请另存为 'CSV UTF-8 (逗号分隔)'，"
                   "以 '.' 作小数点" if m.group("tab") else
                   "文件看来是用 ';' 而不是逗号分隔的（小数用逗号的地区设置下，Excel 保存的每个 CSV 都写 ';' 和 0,8，'CSV UTF-8 "
                   "(逗号分隔)' 也一样）：请直接给出工作簿（.xlsx），引擎可以读取；或者转换它：在 R 中用 "
                   f"{m.group('r')}；在 Python 中用 {m.group('py')}"))),
    ("a file separated by '|' or blanks",   # read_data: a database or SAS export, R's write.table(), a pasted table
     re.compile(r"the header is one column (?P<header>'[^']*'|\"[^\"]*\"): the (?P<what>file|input) looks separated by "
                r"(?:(?P<pipe>'\|', not commas \(a database or SAS export\?\);)|blanks, not commas \(R's write\.table\(\), "
                r"whose default sep is ' ', or a table copied as text\); in R write it with (?P<r>write\.csv\(data, "
                r"'file\.csv'\)),) (?:or )?save it as 'CSV UTF-8 \(comma delimited\)'$"),
     lambda m: (f"表头只有一列 {m.group('header')}：{'文件' if m.group('what') == 'file' else '输入'}看来是用"
                + (" '|' 而不是逗号分隔的（数据库或 SAS 导出的文件？）；请另存为 'CSV UTF-8 (逗号分隔)'" if m.group("pipe") else
                   "空格而不是逗号分隔的（R 的 write.table()，其默认 sep 为 ' '；或从别处复制的文本表格）；在 R 中请用 "
                   f"{m.group('r')} 写出，或另存为 'CSV UTF-8 (逗号分隔)'"))),
    ("a file's line of another width",   # read._header: decimal commas unquoted, a short row, trailing commas
     re.compile(r"line (?P<line>\d+) has (?P<n>\d+) cells?, the header (?P<w>\d+): (?:(?P<more>more cells than columns; "
                r"unquoted decimal commas \(0,8\) or a comma inside a name are the usual causes: write decimals with a "
                r"point and quote names)|fewer cells than columns; (?:its cells are separated by full-width commas "
                r"(?P<wide>'.') \(U\+(?P<code>[0-9A-F]{4}), typed with a Chinese input method, 全角\), not ASCII commas ',': "
                r"replace them with ','|(?P<short>fill or remove the short row))|it ends with (?P<k>\d+) empty cells? \(a "
                r"trailing ','\) the header has no column for; remove the trailing commas from the data lines, or end the "
                r"header with as many)$"),
     lambda m: (f"第 {m.group('line')} 行有 {m.group('n')} 个单元格，表头有 {m.group('w')} 个："
                + ("单元格多于列数；常见原因是未加引号的小数逗号（0,8）或名称中的逗号：请用小数点写小数，并给名称加引号"
                   if m.group("more") else
                   "单元格少于列数；请补全或删除这一短行" if m.group("short") else
                   f"单元格少于列数；其单元格是用全角逗号 {m.group('wide')}（U+{m.group('code')}，中文输入法输入）分隔的，而不是半角"
                   "（ASCII）逗号 ','：请把它们替换为 ','" if m.group("wide") else
                   f"它以 {m.group('k')} 个空单元格结尾（多余的 ','），表头没有对应的列；请删除数据行末尾的逗号，或在表头末尾加上"
                   "同样多的逗号"))),
    ("a file's header ending in commas",   # read._trailing_commas: 'case,DEV,...,SURV,' above rows without it
     re.compile(r"the header \(line (?P<line>\d+)\) ends with (?P<k>\d+) empty names? \(a trailing ','\) that line "
                r"(?P<row>\d+) has no cell for; remove the trailing commas? from the header$"),
     lambda m: (f"表头（第 {m.group('line')} 行）以 {m.group('k')} 个空名称结尾（多余的 ','），第 {m.group('row')} 行没有对应"
                "的单元格；请删除表头末尾的逗号")),
    ("a file's column name twice",   # read._header: 'DEV' twice in the header (pandas would read DEV.1)
     re.compile(r"column name (?P<name>'[^']*'|\"[^\"]*\") appears twice in the header \(columns (?P<a>\d+) and "
                r"(?P<b>\d+)\); column names must be unique$"),
     lambda m: f"列名 {m.group('name')} 在表头中出现了两次（第 {m.group('a')} 列和第 {m.group('b')} 列）；列名必须唯一"),
    ("a file without data",   # read: an empty file, a header alone, a comment or an empty line above the header
     re.compile(r"the (?P<what>file|input) (?:(?P<header>has a header but no data rows)|(?P<empty>is empty)|starts with "
                r"(?P<first>a comment line|an empty line); the first line must be the header \(column names\): remove the "
                r"line\(s\) above it)$"),
     lambda m: (("文件" if m.group("what") == "file" else "输入")
                + ("只有表头，没有数据行" if m.group("header") else "是空的" if m.group("empty") else
                   f"以{'注释行' if m.group('first') == 'a comment line' else '空行'}开头；第一行必须是表头（列名）：请删除它"
                   "上方的行"))),
    ("a file's title above the header",   # read._title_line: 'Table 1: survey data' on line 1
     re.compile(r"line 1 holds (?:one cell|(?P<cells>\d+) cells) \((?P<title>'[^']*'|\"[^\"]*\")\) and the lines below it "
                r"(?P<n>\d+): a title above the header\? The first line must be the header \(column names\): remove the "
                r"line\(s\) above it$"),
     lambda m: (f"第 1 行只有{m.group('cells') + ' 个单元格' if m.group('cells') else '一个单元格'}（{m.group('title')}），而它"
                f"下面的行有 {m.group('n')} 个：是表头上方的标题吗？第一行必须是表头（列名）：请删除表头上方的行")),
    ("a file's bytes that are no text",   # read: a NUL byte, UTF-16 without its byte order mark, a carriage return
     re.compile(r"(?:line (?P<line>\d+) holds a NUL byte \(0x00\), which no text file holds: the file is damaged or not "
                r"CSV text; remove the byte \((?P<tr>.+)\) or export the data again|(?P<utf16>this looks like UTF-16 text "
                r"without a byte order mark \(every other byte is 0\), not UTF-8; save it as 'CSV UTF-8 \(comma delimited\)', "
                r"or convert it \((?P<iconv>iconv [^()]+)\))|line (?P<cr>\d+) has a carriage return \(\\r\) inside a line, "
                r"outside quotes \(a line break typed in a cell\?\): remove it, or quote the cell)$"),
     lambda m: ("这看起来是没有字节顺序标记（BOM）的 UTF-16 文本（每隔一个字节就是 0），而不是 UTF-8；请另存为 'CSV UTF-8 "
                f"(逗号分隔)'，或转换它（{m.group('iconv')}）" if m.group("utf16") else
                f"第 {m.group('cr')} 行在引号之外有一个回车符（\\r）（是在单元格中输入的换行吗？）：请删除它，或给该单元格加引号"
                if m.group("cr") else
                f"第 {m.group('line')} 行含有 NUL 字节（0x00），文本文件中不会有这种字节：文件已损坏，或不是 CSV 文本；请删除该"
                f"字节（{m.group('tr')}），或重新导出数据")),
    ("a folder given for the data",   # read.read_data: a directory
     re.compile(r"(?P<path>.+): is a directory; give the CSV file inside it \(one row per case\)$"),
     lambda m: f"{m.group('path')}：是一个文件夹，不是文件；请给出其中的 CSV 文件（每行一个案例）"),
    ("a data file not UTF-8",   # read: a CSV file saved in GBK ('CSV (逗号分隔)' of Excel on Chinese Windows) or Latin-1
     re.compile(r"not UTF-8 text \(byte (?P<byte>0x[0-9a-f]{2}) on line (?P<line>\d+)\)(?:: Chinese text in the code page "
                r"GBK, as Excel on Chinese Windows saves 'CSV \(逗号分隔\)' \(line \d+ reads (?P<reads>.+) in GBK\); save it "
                r"as UTF-8: in Excel, File > Save As \(文件 > 另存为\) 'CSV UTF-8 \(逗号分隔\)', or convert it \(iconv -f "
                r"GB18030 -t UTF-8\)|(?P<other>; save it as UTF-8, e\.g\. Excel's 'CSV UTF-8 \(comma delimited\)', or "
                r"convert it \(iconv -f GBK -t UTF-8, or -f CP1252\)))$"),
     lambda m: (f"不是 UTF-8 文本（第 {m.group('line')} 行的字节 {m.group('byte')}）"
                + ("；请另存为 UTF-8，例如 Excel 的 'CSV UTF-8 (逗号分隔)'，或转换它（iconv -f GBK -t UTF-8，或 -f CP1252）"
                   if m.group("other") else
                   "：这是代码页 GBK 中的中文文本，中文版 Windows 上的 Excel 保存 'CSV (逗号分隔)' 时即如此（按 GBK 读，第 "
                   f"{m.group('line')} 行为 {m.group('reads')}）；请另存为 UTF-8：在 Excel 中，文件 > 另存为 'CSV UTF-8 (逗号分隔)'，"
                   "或转换它（iconv -f GB18030 -t UTF-8）"))),
    ("a column without a name",   # data._check_name: pandas' index ('Unnamed: 0'), Excel's trailing ',,,'; read: a header cell
     re.compile(r"(?:(?P<role>condition|outcome) column (?P<name>'[^']*') has no name (?:(?P<empty>and no values: an empty "
                r"column \(e\.g\. Excel's trailing ',,,'\); drop it \(df\.dropna\(axis=1, how='all'\)\) or name the "
                r"conditions)|in the data: it is usually an index written by pandas' to_csv \(read the file with "
                r"index_col=0\) or R's write\.csv row names; use it as case names \((?P<cc>case_column='[^']*'); CLI: "
                r"--case-column\) or leave it out of the conditions)|column (?P<col>\d+) has no name in the header \(line "
                r"(?P<line>\d+)\) but holds values \(e\.g\. (?P<e>'[^']*'|\"[^\"]*\") in data row (?P<row>\d+)\); write its "
                r"name in the header, or delete the column)$"),
     lambda m: (f"第 {m.group('col')} 列在表头（第 {m.group('line')} 行）中没有名称，但有值（例如第 {m.group('row')} 个数据行中"
                f"的 {m.group('e')}）；请在表头中写上它的名称，或删除该列" if m.group("col") else
                f"{'条件' if m.group('role') == 'condition' else '结果'}列 {m.group('name')} "
                + ("既没有名称也没有值：是空列（例如 Excel 末尾多余的 ',,,'）；请删除它（df.dropna(axis=1, how='all')），或列出"
                   "条件" if m.group("empty") else
                   "在数据中没有名称：它通常是 pandas 的 to_csv 写出的索引（读取文件时请用 index_col=0），或 R 的 write.csv 写出"
                   f"的行名；请把它用作案例名称（{m.group('cc')}；命令行：--case-column），或把它从条件中去掉"))),
    ("a note or source line below the table",   # read._note_message: '注：数据来源于...' below a CSV table or a sheet's
     re.compile(r"(?:(?P<path>.+?): )?(?:lines? (?P<lines>\d+(?:, \d+)*)|sheet (?P<sheet>'[^']*'|\"[^\"]*\"), rows? "
                r"(?P<rows>\d+(?:, \d+)*)), below the table, holds? only (?P<note>.+?)(?P<more> \.\.\.)? in the first column: "
                r"a note or source line, not a case; delete the rows? \(a file of cases holds the header, then one row per "
                r"case\)$"),
     lambda m: ((f"{m.group('path')}：" if m.group("path") else "")
                + (f"工作表 {m.group('sheet')} 的第 {m.group('rows').replace(', ', '、')} 行" if m.group("sheet") else
                   f"第 {m.group('lines').replace(', ', '、')} 行")
                + f"位于表格下方，第一列中只有 {m.group('note')}{' 等' if m.group('more') else ''}：这是注释或来源行，不是案例；请删除"
                + ("这些行" if m.group("more") else "该行") + "（案例文件只含表头和每个案例的一行）")),
    ("robustness: a recalibration without raw data",   # a test's calibrate without raw= (CLI: --raw)
     re.compile(r"test (?P<label>'[^']*') recalibrates (?P<set>'[^']*'): give the raw data: (?P<raw>raw=DATAFRAME \(CLI: "
                r"--raw FILE\)|--raw FILE)$"),
     lambda m: (f"检验 {m.group('label')} 重新校准 {m.group('set')}：请给出原始数据："
                + m.group("raw").replace(" (CLI: ", "（命令行：").replace(")", "）"))),
    ("robustness: a calibration range without raw data",   # threshold_range(parameter='calibration') without raw=
     re.compile(r"a calibration range needs the raw data, the set and its thresholds: (?P<raw>raw=DATAFRAME \(CLI: --raw "
                r"FILE\)|--raw FILE), and the range's 'set' and 'thresholds' \(Python: calibrate_set=, thresholds=\); "
                r"thresholds as calibrate\(\) takes them, e\.g\. (?P<eg>'[^']*' or \{[^{}]*\})$"),
     lambda m: ("校准范围需要原始数据、集合及其 thresholds：" + m.group("raw").replace(" (CLI: ", "（命令行：").replace(")", "）")
                + "，以及范围的 'set' 和 'thresholds'（Python：calibrate_set=、thresholds=）；thresholds 的写法与 calibrate() "
                f"相同，例如 {m.group('eg').replace(' or ', ' 或 ')}")),
    ("robustness: a test's label empty",   # a sweep file's 'label:' left empty
     re.compile(r"label must be a non-empty text, e\.g\. 'incl 0\.7', got (?P<value>.+?)(?P<null> \(YAML reads 'label:' "
                r"with nothing after it as null\))?; or leave the key out \(the test is then (?P<ts>TS\d+)\)$"),
     lambda m: (f"label 必须是非空文本，例如 'incl 0.7'，现为 {m.group('value')}"
                + ("（YAML 把后面什么也没写的 'label:' 读作 null）" if m.group("null") else "")
                + f"；或去掉这个键（该检验即为 {m.group('ts')}）")),
    ("robustness: tests not a list",   # robustness_protocol's tests, a sweep file's tests
     re.compile(r"tests must be a non-empty list of specifications such as \{'label': 'incl 0\.7', 'incl_cut': 0\.7\}"
                r"(?:; one test given as a mapping: put it in a list, (?P<list>\[\{.*\}\]))?$"),
     lambda m: ("tests 必须是非空的检验设定列表，例如 {'label': 'incl 0.7', 'incl_cut': 0.7}"
                + (f"；只给了一个映射形式的检验：请把它放进列表，{m.group('list')}" if m.group("list") else ""))),
    ("robustness: raw not a frame",   # robustness_protocol's and threshold_range's raw=
     re.compile(r"raw must be a non-empty pandas DataFrame of raw values, one row per case, got (?P<got>an empty "
                r"DataFrame|\w+)(?P<read>: read the file first, e\.g\. (?P<call>raw=pd\.read_csv\(path, "
                r"index_col='case'\)))?$"),
     lambda m: ("raw 必须是非空的 pandas DataFrame（原始数值，每个案例一行），现为 "
                + ("空的 DataFrame" if m.group("got") == "an empty DataFrame" else m.group("got"))
                + (f"：请先读入文件，例如 {m.group('call')}" if m.group("read") else ""))),
    ("robustness: a calibration range's thresholds refused",   # calibrate()'s refusal of the range's start
     re.compile(r"calibration range of (?P<set>'[^']*'), thresholds (?P<th>[^:]+): (?P<quoted>.+)$"),
     lambda m: (None if (error := _error_message_zh(m.group("quoted"))) is None else
                f"{m.group('set')} 的校准范围，thresholds {m.group('th')}：{error}")),
    ("robustness: a range's start without solution",   # threshold_range: the starting value has no solution
     re.compile(r"(?:(?P<param>incl_cut|n_cut|pri_cut) range|calibration range of (?P<set>'[^']*')): the starting "
                r"specification \((?P<name>\w+) = (?P<start>[^()]+)\) has no solution: (?P<quoted>.+)$"),
     lambda m: (None if (error := _error_message_zh(m.group("quoted"))) is None else
                (f"{m.group('param')} 范围" if m.group("param") else f"{m.group('set')} 的校准范围")
                + f"：起始设定（{m.group('name')} = {m.group('start')}）没有解：{error}")),
    ("robustness: the initial specification without solution",   # robustness_protocol: IS has no truth table or
     # no solution (no positive row, or a refusal by the budgets): the protocol has nothing to compare the tests with
     re.compile(r"the initial specification(?P<none> has no solution)?: (?P<quoted>.+)$"),
     lambda m: None if (line := _quoted_error_zh(m)) is None else f"初始设定{'没有解' if m.group('none') else ''}：{line}"),
    ("a specification refused by the budgets",   # protocol.task_error: a sweep's or the protocol's specification
     re.compile(r"refused by the engine's (?P<default>default )?search budgets: (?P<quoted>.+)$"),
     lambda m: (None if (line := _quoted_error_zh(m)) is None else
                f"被引擎的{'默认' if m.group('default') else ''}搜索预算拒绝：{line}")),
    ("robustness: a test recalibrating a set outside the analysis",   # a sweep file's test: calibrate: {IDLE: ...}
     re.compile(r"calibrate names (?P<names>.+?), a column of the data but neither a condition nor the outcome of this "
                r"analysis \(conditions: (?P<conds>.+); outcome: (?P<outcome>'[^']*')\), so the test would change "
                r"nothing; add it to the conditions, or drop it from the test$"),
     lambda m: (f"calibrate 所列的 {m.group('names')} 是数据中的列，但既不是本分析的条件，也不是其结果（条件："
                f"{m.group('conds')}；结果：{m.group('outcome')}），因此该检验不会改变任何东西；请把它加入条件，或从该检验中去掉")),
    ("robustness: a raw column not in the raw data",   # a recalibration test's or a calibration range's source
     re.compile(r"(?:calibration range of (?P<set>'[^']*'): )?(?:raw column|--raw (?P<file>.+?): column) "
                r"(?P<column>'[^']*') not in the raw data" + _MEANT + r" \(columns: .+?\)$"),
     lambda m: ((f"{m.group('set')} 的校准范围：" if m.group("set") else "")
                + (f"--raw {m.group('file')}：列 " if m.group("file") else "原始数据列 ")
                + f"{m.group('column')} 不在原始数据中")),   # the names meant and the columns: said by the hints
    # (_hints_zh); how to give a raw column named otherwise: _SOURCE_NAMED, after them, as the English says it
    ("robustness: budgets unknown",   # robustness_protocol's (a sweep's) budgets= naming no budget
     re.compile(r"budgets of (?P<who>\w+): unknown (?P<keys>'[^']*'(?:, '[^']*')*)" + r"(?P<meant>(?:; (?:'[^']*': )?did "
                r"you mean '[^']*'(?: or '[^']*')*\?)*)" + r"; allowed: (?P<allowed>[^;()]+) \(n_jobs is the sweep's own "
                r"argument\)$"),
     lambda m: (f"{m.group('who')} 的 budgets：未知的键 {m.group('keys')}（可用的键：{m.group('allowed')}；n_jobs 是扫描本身"
                "的参数）")),
    ("calibrate: a column neither calibrated nor kept",   # the calibrate command, a file without case names
     re.compile(r"no case column \('case', an unnamed first column, or --case-column\) and column\(s\) (?P<cols>'[^']*'"
                r"(?:, '[^']*')*) neither calibrated by (?P<spec>.+?) nor kept: the output would number the cases 1, 2, "
                r"\.\.\. and lose them; if (?P<first>'[^']*') names the cases, pass (?P<flag>--case-column \S+); to copy a "
                r"column unchanged, (?P<keep>--keep \S+)$"),
     lambda m: (f"没有案例名称列（'case'、无名的第一列，或 --case-column），而列 {m.group('cols')} 既没有被 {m.group('spec')} "
                f"校准，也没有被保留：输出会把案例编号为 1, 2, ...，从而丢失它们；若 {m.group('first')} 是案例名称，请加 "
                f"{m.group('flag')}；要原样复制一列，请用 {m.group('keep')}")),
    ("a specification file not UTF-8",   # read_spec_file: a sweep or calibration file saved in GBK, Latin-1, ...
     re.compile(r"not UTF-8 text \(byte (?P<byte>\d+)\); save the file as UTF-8$"),
     lambda m: f"不是 UTF-8 文本（字节 {m.group('byte')}）；请把文件另存为 UTF-8"),
    ("a specification file that is a folder",   # read_spec_file: --spec given a folder
     re.compile(r"(?:(?P<path>.+?): )?is a folder; give the specification file \(\.yaml, \.yml or \.json\)$"),
     lambda m: (f"{m.group('path')}：" if m.group("path") else "") + "是一个文件夹；请给出设定文件（.yaml、.yml 或 .json）"),
    ("a specification file of another suffix",   # read_spec_file: --spec spec.txt
     re.compile(r"a sweep specification must be \.yaml, \.yml or \.json, got (?P<got>\.\S+|no suffix)$"),
     lambda m: ("扫描设定文件必须是 .yaml、.yml 或 .json，现为 "
                + ("无后缀" if m.group("got") == "no suffix" else m.group("got")))),
    ("--jobs out of range",   # every command's --jobs / --n-jobs (argparse)
     re.compile(r"argument --jobs/--n-jobs: must be a whole number other than 0 from (?P<low>-\d+) to (?P<high>\d+) "
                r"\(-1: every core\), got (?P<value>'[^']*'|\"[^\"]*\")(?P<every>; write -1 for every core)?(?=;|$)"),
     lambda m: (f"参数 --jobs/--n-jobs：必须是 {m.group('low')} 到 {m.group('high')} 之间、不为 0 的整数（-1：使用全部核心），"
                f"现为 {m.group('value')}" + ("；要使用全部核心，请写 -1" if m.group("every") else ""))),
    ("a data file's case names twice",   # data.py: the cases of a file named twice (the command names its file)
     re.compile(r"duplicate case name\(s\): (?P<names>[^;]+); case names must be unique(?: \(case column (?P<col>'[^']*'): "
                r"(?P<distinct>\d+) distinct values for (?P<n>\d+) cases\))?: (?P<where>.+)$"),
     lambda m: (None if (where := _repeated_zh(m.group("where"))) is None else
                f"重复的案例名称：{m.group('names')}；案例名称必须唯一"
                + (f"（案例名称列 {m.group('col')}：{m.group('n')} 个案例只有 {m.group('distinct')} 个不同的值）"
                   if m.group("col") else "") + f"：{where}")),
    ("a data file's case name empty",   # data.py: an empty case name (the command names its file)
     re.compile(rf"(?:case name\(s\) of the index are empty in row\(s\) (?P<rows>{_ROWS_AT})|case column (?P<col>'[^']*') "
                rf"has empty case name\(s\) in row\(s\) (?P<crows>{_ROWS_AT})); every case needs a name$"),
     lambda m: ((f"案例名称在{_rows_at_zh(m.group('rows'))}为空" if m.group("rows") else
                 f"案例名称列 {m.group('col')} 在{_rows_at_zh(m.group('crows'))}为空")
                + "；每个案例都需要名称")),
    ("robustness: a budget's value",   # robustness_protocol's (a sweep's) budgets={'max_work': -1}: the budget's line
     re.compile(r"budgets of (?P<who>\w+): (?P<quoted>(?!unknown ).+)$"),
     lambda m: (None if (error := _error_message_zh(m.group("quoted"))) is None else
                f"{m.group('who')} 的 budgets：{error}")),
    ("a flag's choice",   # argparse: --no-solution drop, a value outside a flag's choices
     re.compile(r"argument (?P<flag>--[\w-]+(?:/--[\w-]+)*): invalid choice: (?P<value>'[^']*') \(choose from "
                r"(?P<choices>'[^']*'(?:, '[^']*')*)\)(?=;|$)"),   # the names meant after it: _hints_zh
     lambda m: f"参数 {m.group('flag')}：无效的选项 {m.group('value')}（可选：{m.group('choices')}）"),
    ("calibrate_frame: a raw column not in the data",   # spec['dev']: raw column 'dev' (a set's source) the frame lacks
     re.compile(r"raw columns? (?P<column>'[^']*'(?:, '[^']*')*) not in the data" + _MEANT + r" \(columns: \[.*\]\)$"),
     lambda m: f"原始数据列 {m.group('column')} 不在数据中"),
    ("a file flag left empty",   # --spec '', --raw '' (an unset shell variable)
     re.compile(r"--(?P<flag>spec|raw) is empty \((?P<value>'[^']*'|\"[^\"]*\")\): give the file$"),
     lambda m: f"--{m.group('flag')} 是空的（{m.group('value')}）：请给出文件"),
    ("calibrate: --keep",   # the calibrate command's --keep: empty, an empty name, a column twice
     re.compile(r"--keep (?:is empty \((?P<empty>'[^']*'|\"[^\"]*\")\): give the columns to copy, e\.g\. SURV, or leave "
                r"the flag out|contains an empty name: (?P<item>'[^']*'|\"[^\"]*\"); write column names separated by commas"
                r"|names (?P<twice>'[^']*'(?:, '[^']*')*) twice; name each column once \(a column name appears once in the "
                r"output\))$"),
     lambda m: (f"--keep 是空的（{m.group('empty')}）：请给出要复制的列，例如 SURV，或去掉这个参数" if m.group("empty") else
                f"--keep 含有空的名称：{m.group('item')}；请写以逗号分隔的列名" if m.group("item") else
                f"--keep 把 {m.group('twice')} 写了两次；每列只写一次（输出中每个列名只出现一次）")),
    ("calibrate: --keep naming a set",   # the calibrate command's --keep SURV where SURV is calibrated (or the cases)
     re.compile(r"--keep (?P<names>.+?): already a set of (?P<spec>.+?) or the case column; keep other columns \(a column "
                r"name appears once in the output\)$"),
     lambda m: (f"--keep {m.group('names')}：已是 {m.group('spec')} 中的集合或案例名称列；请保留其他列（输出中每个列名只出现"
                "一次）")),
    ("a JSON file's key given twice",   # read.read_spec_file: a calibration or sweep .json file's key written twice
     re.compile(r"key (?P<key>'[^']*'|\S+) is given twice; give each key once \(the file's readers would keep the last "
                r"value without a word\)$"),
     lambda m: f"键 {m.group('key')} 写了两次；每个键只写一次（读取该文件的程序会不声不响地只保留最后一个值）"),
    ("calibrate: thresholds with decimal commas",   # calibrate.parse_thresholds: 'e=0,2, c=0,5, i=0,9'
     re.compile(r"thresholds (?P<given>'[^']*'|\"[^\"]*\"): decimal commas \((?P<comma>'[^']*')\)\? write numbers with a "
                r"point, (?P<point>'[^']*') \(',' separates the thresholds(?P<semi>, not ';')?\)$"),
     lambda m: (f"thresholds {m.group('given')}：是小数逗号（{m.group('comma')}）吗？请用小数点写数字：{m.group('point')}"
                f"（',' 分隔各临界值{'，而不是 ' + repr(';') if m.group('semi') else ''}）")),
    ("thresholds or sort_by as R's c(...)",   # calibrate's 'c(e = 350, c = 550, i = 850)', truth_table's sort_by
     re.compile(r"(?P<what>thresholds|sort_by|--sort-by) (?P<given>'[^']*'|\"[^\"]*\"): R's vector c\(\.\.\.\) copied as "
                r"text; write (?P<write>'[^']*') \(the text without c\( \)\)$"),
     lambda m: (f"{m.group('what')} {m.group('given')}：这是照搬成文本的 R 向量 c(...)：请写 {m.group('write')}"
                "（去掉 c( )）")),
    ("robustness: a calibration range's argument of another range",   # threshold_range(parameter='incl_cut', ...)
     re.compile(r"(?P<args>\w+(?:, \w+)*): for parameter='calibration' only, got parameter=(?P<value>'[^']*'); leave "
                r"(?P<them>it|them) out$"),
     lambda m: (f"{m.group('args')}：只用于 parameter='calibration'，现为 parameter={m.group('value')}；请去掉"
                f"{'它们' if m.group('them') == 'them' else '它'}")),
    ("calibrate_frame: a source not one column",   # spec['URB']: {'source': ['URB']}
     re.compile(r"source must name one raw column \(text, e\.g\. (?P<eg>'[^']*'|\"[^\"]*\")\), got (?P<value>.+) "
                r"\((?P<type>\w+)\)$"),
     lambda m: f"source 必须指定一个原始数据列（文本，例如 {m.group('eg')}），现为 {m.group('value')}（{m.group('type')}）"),
    ("calibrate_frame: spec not a mapping",   # calibrate_frame(df, 'LR_calibration.yaml'), a list of sets, {}
     re.compile(r"spec must be a non-empty mapping \{set name: \{thresholds: \.\.\., \.\.\.\}\}, got (?:the text "
                r"(?P<text>'[^']*'|\"[^\"]*\"): a specification file\? read it first, (?P<read>calibrate_frame\(df, "
                r"read_spec_file\(.*\)\)) \(from analysis\.qca\.read import read_spec_file; the CLI's calibrate --spec reads "
                r"the file itself\)|(?P<list>a list of mappings): join them into one, \{'DEV': \{\.\.\.\}, 'URB': "
                r"\{\.\.\.\}\}|(?P<value>.+))$"),
     lambda m: ("spec 必须是非空的映射 {集合名称: {thresholds: ..., ...}}，现为"
                + (f"文本 {m.group('text')}：是设定文件吗？请先读入它：{m.group('read')}（from analysis.qca.read import "
                   "read_spec_file；命令行的 calibrate --spec 会自己读取文件）" if m.group("text") else
                   "由映射组成的列表：请把它们合并为一个，{'DEV': {...}, 'URB': {...}}" if m.group("list") else
                   f" {m.group('value')}"))),
    ("a sweep's grid",   # robustness.sensitivity_incl_cut / _n_cut / _pri_cut: cuts=[0.7, '0.8x', 0.9], cuts='0.8'
     re.compile(r"(?:(?P<name>\w+)\[(?P<i>\d+)\] is (?P<value>.+?), not a number: each (?P<what>consistency|PRI) "
                r"cut-off is one number in \[0, 1\](?P<pair> \(a pair incl_cut=\(ic1, ic0\) goes in the baseline's incl_cut; "
                r"each cut moves ic1\))?|(?P<list>\w+) must be a list of values, got "
                r"(?P<given>.+)|(?P<empty>\w+) is empty: give at least one value|(?P<range>consistency|PRI) cut-offs must "
                r"lie in \[0, 1\], got (?P<out>.+)|frequency cut-offs must be whole numbers >= 1, got (?P<n>.+))$"),
     lambda m: (f"{m.group('name')}[{m.group('i')}] 为 {m.group('value')}，不是数字："
                + f"每个{'一致性' if m.group('what') == 'consistency' else ' PRI '}阈值是 [0, 1] 中的一个数"
                + ("（一对 incl_cut=(ic1, ic0) 写在基准分析的 incl_cut 中；每个阈值移动 ic1）" if m.group("pair") else "")
                if m.group("name") else
                f"{m.group('list')} 必须是值的列表，现为 {m.group('given')}" if m.group("list") else
                f"{m.group('empty')} 是空的：请至少给出一个值" if m.group("empty") else
                f"{'一致性' if m.group('range') == 'consistency' else 'PRI '}阈值必须在 [0, 1] 之内，现为 {m.group('out')}"
                if m.group("range") else f"频数阈值必须是 >= 1 的整数，现为 {m.group('n')}")),
    ("robustness: a test label twice", re.compile(r"test label (?P<label>'[^']*') is used twice; labels must be unique$"),
     lambda m: f"检验标签 {m.group('label')} 用了两次；标签必须唯一"),
    ("robustness: a test that changes nothing",
     re.compile(r"test (?P<label>'[^']*') changes nothing; give incl_cut, n_cut, pri_cut, calibrate, drop_cases or "
                r"keep_cases$"),
     lambda m: (f"检验 {m.group('label')} 没有改变任何设定：请给出 incl_cut、n_cut、pri_cut、calibrate、drop_cases 或 "
                "keep_cases")),
    ("robustness: a sweep file's key empty",   # a sweep file's tests or ranges, a test's drop_cases
     re.compile(r"(?:'(?P<key>tests|ranges)' is empty: list at least one (?:test|range) \(or leave the key out and give "
                r"'(?P<other>ranges|tests)'\)|(?P<drop>drop_cases) is empty; name the cases to drop, or leave the key out)$"),
     lambda m: (f"drop_cases 是空的：请列出要删除的案例，或去掉这个键" if m.group("drop") else
                f"'{m.group('key')}' 是空的：请至少列出一个{'检验' if m.group('key') == 'tests' else '范围'}"
                f"（或去掉这个键，给出 '{m.group('other')}'）")),
    ("robustness: a sweep file without its outcome", re.compile(r"'outcome' is required$"),
     lambda m: "缺少 'outcome'（结果）：扫描文件必须给出结果"),
    ("data: empty rows",
     re.compile(r"rows? (?P<rows>\d+(?:, \d+)*(?: \.\.\.)?) of the data (?:is|are) empty \(no value in any column; e\.g\. "
                r"Excel's trailing ',,,' rows\): drop (?P<them>it|them) first \(df\.dropna\(how='all'\)\)$"),
     lambda m: (f"数据的第 {m.group('rows').replace(', ', '、')} 行是空的（任何列都没有值；如 Excel 末尾的 ',,,' 行）：请先删除"
                f"{'它' if m.group('them') == 'it' else '它们'}（df.dropna(how='all')）")),
    ("data: empty", re.compile(r"the data frame is empty \(no cases or no columns\); QCA needs cases with an outcome and "
                               r"at least one condition$"),
     lambda m: "数据表是空的（没有案例或没有列）；QCA 需要有结果和至少一个条件的案例"),
    ("data: a column name twice", re.compile(r"duplicate column names? in the data: (?P<names>.+); column names must be "
                                             r"unique$"),
     lambda m: f"数据中有重复的列名：{m.group('names')}；列名必须唯一"),
    ("a worksheet: merged cells",   # a group label over the columns, a case name 'shared' by rows (analysis.qca.sheets)
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cells (?P<ref>\S+) are merged: only the first holds "
                r"the value, the others would be read empty; unmerge them \(Home > Merge & Center\) and write the value "
                r"in every cell$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 中的单元格 {m.group('ref')} 是合并单元格：只有第一个单元格有值，"
                "其余的会读成空值；请取消合并（开始 > 合并后居中），并在每个单元格中写上值")),
    ("a worksheet: a group label above the header",   # cells merged along the row above the header (sheets._merged)
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cells (?P<ref>\S+) are merged in row (?P<row>\d+), "
                r"above the header: a label over a group of columns\? The first row holding values must be the header "
                r"\(column names\): delete row (?P=row) \(unmerged, its label would name several columns alike\)$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 中的单元格 {m.group('ref')} 在第 {m.group('row')} 行合并，位于表头"
                "上方：是一组列上方的标签吗？第一个有值的行必须是表头（列名）：请删除第 "
                f"{m.group('row')} 行（若取消合并，该标签会成为几列相同的列名）")),
    ("a worksheet: a title above the header",
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), row (?P<row>\d+) holds one cell \((?P<title>.+)\) and "
                r"the rows below it more: a title above the header\? The first row holding values must be the header "
                r"\(column names\): delete the rows above it, or keep the table on a sheet of its own$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 的第 {m.group('row')} 行只有一个单元格（{m.group('title')}），而它"
                "下面的行有多个：是表头上方的标题吗？第一个有值的行必须是表头（列名）：请删除表头上方的行，或把表格单独放在一个"
                "工作表中")),
    ("cluster diagnostics: a unit or cluster column",   # diagnostics.cluster_diagnostics: unit=, cluster= (--unit, ...)
     re.compile(r"(?P<name>(?:--)?(?:unit|cluster)): column (?P<col>'[^']*'|\"[^\"]*\") \(unit / cluster id\) (?:is not in "
                r"(?P<data>.+?)(?:; did you mean .+?)? \(columns: .+\)$|is missing for row\(s\) (?P<rows>.+?); every case needs its "
                r"unit and its cluster$)"),
     lambda m: (f"{m.group('name')}：列 {m.group('col')}（单元 / 聚类标识）"
                + (f"在行 {m.group('rows')} 中缺失；每个案例都需要它的单元和聚类" if m.group("rows") else
                   "不在数据中" if m.group("data") == "the data" else f"不在 {m.group('data')} 中"))),
    ("cluster diagnostics: one column for units and clusters",
     re.compile(r"(?P<unit>(?:unit=|--unit )(?:'[^']*'|\"[^\"]*\")) and (?P<cluster>(?:cluster=|--cluster )(?:'[^']*'|"
                r"\"[^\"]*\")) are one column of (?P<data>.+?): give the unit ids \(e\.g\. the country\) and the cluster "
                r"ids \(e\.g\. the wave\) in two columns$"),
     lambda m: (f"{m.group('unit')} 和 {m.group('cluster')} 是"
                + ("数据" if m.group("data") == "the data" else f" {m.group('data')} ") + "中的同一列：请把单元标识（例如国家）和"
                "聚类标识（例如波次）放在两列中")),
    ("cluster diagnostics: a unit twice in a cluster",   # diagnostics: SetMethods' xtabs would add up the rows
     re.compile(r"(?P<n>\d+) rows \((?P<rows>[^()]*)\) hold unit (?P<unit>'[^']*'|\"[^\"]*\") in cluster "
                r"(?P<cluster>'[^']*'|\"[^\"]*\"): cluster diagnostics take one row per unit and cluster \(columns "
                r"(?P<ucol>'[^']*'|\"[^\"]*\") and (?P<ccol>'[^']*'|\"[^\"]*\")\); combine or drop the repeated rows "
                r"\(SetMethods' cluster\(\) would add up their memberships\)$"),
     lambda m: (f"有 {m.group('n')} 行（{m.group('rows')}）在聚类 {m.group('cluster')} 中都是单元 {m.group('unit')}：聚类诊断"
                f"要求每个单元在每个聚类中只有一行（列 {m.group('ucol')} 和 {m.group('ccol')}）；请合并或删除重复的行"
                "（SetMethods 的 cluster() 会把它们的隶属度相加）")),
    ("an id in full-width characters",   # read: a wave typed '１' among 1, 2 (--cluster, --unit)
     re.compile(r"(?P<what>.+?): id (?P<id>'[^']*'|\"[^\"]*\") \((?:line (?P<line>\d+)|row (?P<row>\d+))\) is written with "
                r"full-width characters while the other ids are numbers \((?P<shown>[^()]*)\): write "
                r"(?P<plain>'[^']*'|\"[^\"]*\")$"),
     lambda m: (f"{m.group('what')}：标识 {m.group('id')}（"
                + (f"第 {m.group('line')} 行" if m.group("line") else f"第 {m.group('row')} 个数据行")
                + f"）是用全角字符（中文输入法输入）写的，而其他标识都是数字（{m.group('shown')}）：请写 {m.group('plain')}")),
    ("a header repeated inside the data",   # read (a CSV file), sheets (a worksheet): two exports joined
     re.compile(r"(?P<path>.+?): (?:lines? (?P<lines>\d+(?:, \d+)*) repeats? the header \((?P<header>.*)\): files appended "
                r"one to another\? Delete the repeated header line\(s\)|sheet (?P<sheet>'[^']*'|\"[^\"]*\"), row "
                r"(?P<row>\d+) repeats the header \((?P<sheader>.*)\): tables pasted one below another\? Delete the "
                r"repeated header row)$"),
     lambda m: (f"{m.group('path')}："
                + (f"工作表 {m.group('sheet')} 的第 {m.group('row')} 行重复了表头（{m.group('sheader')}）：是把几个表格上下粘贴"
                   "在一起了吗？请删除重复的表头行" if m.group("sheet") else
                   f"第 {m.group('lines').replace(', ', '、')} 行重复了表头（{m.group('header')}）：是把几个文件接在一起了吗？"
                   "请删除重复的表头行"))),
    ("SPSS's case filter as a condition",   # data: 'filter_$' of Data > Select Cases, exported with every case
     re.compile(r"column 'filter_\$' is SPSS's case filter \(Data > Select Cases\): the export holds every case, 0 for "
                r"those not selected(?: \(here (?P<off>.+?)\))?; drop those cases first if the selection is meant, and "
                r"list the conditions without it: (?:(?P<how>conditions='[^']*') \(CLI: (?P<cli>--conditions \S+)\)|"
                r"(?P<flag>--conditions \S+))$"),
     lambda m: ("列 'filter_$' 是 SPSS 的个案筛选变量（数据 > 选择个案）：导出的文件含有每个案例，未选中的为 0"
                + (f"（此处为 {_more_cases_zh(m.group('off'))}）" if m.group("off") else "")
                + "；若确实要按此筛选，请先删除这些案例，并列出不含它的条件："
                + (f"{m.group('how')}（命令行：{m.group('cli')}）" if m.group("how") else m.group("flag")))),
    ("an empty condition column",   # data: 'Column1' of an Excel table, a set not filled in yet
     re.compile(r"condition columns? (?P<names>.+?) (?P<verb>is|are) empty \(no value for any case\): leave (?:it|them) out "
                r"of the conditions or delete the columns?(?:; e\.g\. (?:(?P<how>conditions='[^']*') \(CLI: "
                r"(?P<cli>--conditions \S+)\)|(?P<flag>--conditions \S+)))?$"),
     lambda m: (f"条件列 {m.group('names')} 是空的（没有任何案例有值）：请把{'它' if m.group('verb') == 'is' else '它们'}从"
                "条件中去掉，或删除" + ("该列" if m.group("verb") == "is" else "这些列")
                + (f"；例如 {m.group('how')}（命令行：{m.group('cli')}）" if m.group("how") else
                   f"；例如 {m.group('flag')}" if m.group("flag") else ""))),
    ("JSON that is no table of cases",   # read: another command's --json output, pandas' default to_json
     re.compile(r"holds JSON(?:, (?:an object \(keys: (?P<keys>.+)\)|(?P<list>a list whose items are not all objects)|a "
                r"single (?P<type>\w+)), not a table of cases \(the output of another command's --json\?\)|(?P<empty> "
                r"records without any case \(an empty list or empty objects\))); give a CSV file \(one row per case\), or "
                r"JSON records: a list of \{column: value\} objects, one per case, as 'calibrate --json' writes them; from "
                r"pandas: df\.to_json\(path, orient='records'\)$"),
     lambda m: ("其中是 JSON "
                + ("记录，但没有任何案例（空列表或空对象）" if m.group("empty") else
                   ((f"对象（键：{m.group('keys')}）" if m.group("keys") else "列表，但其元素并非都是对象" if m.group("list")
                     else f"单个 {m.group('type')}") + "，不是案例表（是另一个命令的 --json 输出吗？）"))
                + "；请给出 CSV 文件（每行一个案例），或 JSON 记录：由 {column: value} 对象组成的列表，每个案例一个，与 "
                "'calibrate --json' 写出的相同；在 pandas 中：df.to_json(path, orient='records')")),
    ("a file of another kind",   # read.read_table: a Parquet, Feather, SPSS, R or PDF file given as the data (_BINARY)
     re.compile(r"(?P<path>.+?): this is (?P<kind>.+?), not a file the engine reads \(a CSV text file, an Excel \.xlsx or "
                r"\.xls workbook, an \.ods sheet, a Stata \.dta or an SPSS \.sav file\)(?P<named>: an old Excel workbook is "
                r"read when its name ends in \.xls, rename it so; or|;) (?:read it with pandas \(df = (?P<call>pd\.\w+"
                r"\(path\)), with pyarrow installed\) and give the frame to the Python API, or save it as CSV, "
                r"df\.to_csv\('data\.csv'\)|(?P<convert>save it as an Excel workbook \(\.xlsx\) or as 'CSV UTF-8 \(comma "
                r"delimited\)', one row per case, one column per set))$"),
     lambda m: None if m.group("kind") not in _FILE_KINDS_ZH else (
         f"{m.group('path')}：这是{_FILE_KINDS_ZH[m.group('kind')]}，不是引擎能读取的文件（CSV 文本文件、Excel .xlsx 或 .xls "
         "工作簿、.ods 表格、Stata .dta 或 SPSS .sav 文件）"
         + ("：旧版 Excel 工作簿的文件名以 .xls 结尾时才会被读取，请这样改名；或者" if m.group("named") != ";" else "；")
         + (f"请用 pandas 读取它（df = {m.group('call')}，需安装 pyarrow），把数据框交给 Python API，或另存为 CSV："
            "df.to_csv('data.csv')" if m.group("call") else
            "请另存为 Excel 工作簿（.xlsx）或 'CSV UTF-8 (逗号分隔)'，每行一个案例，每列一个集合"))),
    ("a workbook the engine does not read as named",   # read.read_table: an .xls renamed .xlsx, an encrypted or .xlsb one
     re.compile(r"(?P<path>.+?): (?:(?P<renamed>this is an old Excel \.xls workbook \(OLE2 file\) named \.xlsx \(renamed\?\), "
                r"not an Excel workbook \(\.xlsx\): give it its own name, ending in \.xls, which the engine reads; or open "
                r"it in Excel or LibreOffice and save it as an Excel workbook \(\.xlsx\))|(?P<encrypted>this \.xlsx workbook "
                r"is encrypted \(saved with a password to open it\): remove the password \(Excel: File > Info > Protect "
                r"Workbook > Encrypt with Password, empty\) and save it, or save the sheet as 'CSV UTF-8 \(comma "
                r"delimited\)')|(?P<xlsb>this is an Excel binary workbook \(\.xlsb\), which the engine does not read; in "
                r"Excel, save it as an Excel workbook \(\.xlsx\) or as 'CSV UTF-8 \(comma delimited\)', one row per case, "
                r"one column per set))$"),
     lambda m: (f"{m.group('path')}："
                + ("这是被命名为 .xlsx 的旧版 Excel .xls 工作簿（OLE2 文件；改过名？），不是 Excel 工作簿（.xlsx）：请给它本来的"
                   "名称，以 .xls 结尾，引擎可以读取；或在 Excel 或 LibreOffice 中打开它，另存为 Excel 工作簿（.xlsx）"
                   if m.group("renamed") else
                   "这个 .xlsx 工作簿是加密的（保存时设了打开密码）：请删除密码（Excel：文件 > 信息 > 保护工作簿 > 用密码进行加密，"
                   "清空）后保存，或把工作表另存为 'CSV UTF-8 (逗号分隔)'" if m.group("encrypted") else
                   "这是 Excel 二进制工作簿（.xlsb），引擎不读取；请在 Excel 中另存为 Excel 工作簿（.xlsx）或 'CSV UTF-8 (逗号分隔)'，"
                   "每行一个案例，每列一个集合"))),
    ("a lock file given for the workbook",   # read._lock_file: '~$lc.xlsx' beside lc.xlsx, LibreOffice's '.~lock.lc.ods#'
     re.compile(r"(?P<path>.+?): this is (?P<program>Excel|LibreOffice)'s lock file, which (?P=program) writes beside a "
                r"workbook while it is open \(and leaves behind if it stops\), not the data: give the workbook(?:, "
                r"(?P<near>.+)| itself)$"),
     lambda m: (f"{m.group('path')}：这是 {m.group('program')} 的锁定文件，{m.group('program')} 在工作簿打开时把它写在工作簿旁边"
                "（程序意外退出时会留下它），不是数据：请给出工作簿"
                + (f"：{m.group('near').replace(' or ', ' 或 ')}" if m.group("near") else "本身"))),
    ("a damaged workbook, Stata or SPSS file",   # sheets, _xlsx: the reader's own error, quoted as it is
     re.compile(r"(?P<path>.+?): cannot read this (?P<what>\.xlsx workbook|Stata \.dta file|SPSS \.sav file|SPSS portable "
                r"\.por file|OpenDocument sheet \(\.ods\)|old Excel workbook \(\.xls\)) \((?P<error>.+)\); (?:(?:(?P<again>open "
                r"it in Excel or LibreOffice and save it again as an Excel workbook \(\.xlsx\))|open it in LibreOffice or "
                r"Excel and save it as an Excel workbook \(\.xlsx\)), or save the sheet as 'CSV UTF-8 \(comma delimited\)'"
                r"|(?P<stata>save it again from Stata \(save, or export delimited for a CSV file\))|(?P<spss>save it again "
                r"from SPSS, or save the data as an Excel workbook \(\.xlsx\) or CSV))$"),
     lambda m: (f"{m.group('path')}：无法读取这个{_DAMAGED_WHAT_ZH[m.group('what')]}（{m.group('error')}）；"
                + ("请在 Stata 中重新保存（save；或用 export delimited 另存为 CSV 文件）" if m.group("stata") else
                   "请在 SPSS 中重新保存，或把数据另存为 Excel 工作簿（.xlsx）或 CSV" if m.group("spss") else
                   ("请在 Excel 或 LibreOffice 中打开它，重新另存为 Excel 工作簿（.xlsx）" if m.group("again") else
                    "请在 LibreOffice 或 Excel 中打开它，另存为 Excel 工作簿（.xlsx）")
                   + "，或把工作表另存为 'CSV UTF-8 (逗号分隔)'"))),
    ("a workbook: no such sheet",   # sheets._chosen: --sheet (--raw-sheet, read_data's sheet) naming no sheet, a chart
     re.compile(r"(?P<path>.+?): (?:no sheet (?P<sheet>.+?) in this workbook \((?P<flag>\S+)\)(?:(?P<zero>; sheets are "
                r"counted from 1, as the tabs show them \(pandas' sheet_name=0 is sheet 1\))|; did you mean (?P<near>'[^']*')"
                r"\? \(sheet names are matched as written\))? \(its sheets: (?P<sheets>.+)\); give a sheet's name or its "
                r"place, from 1|sheet (?P<chart>'[^']*'|\"[^\"]*\") is a chart, not a table of cases \(its sheets: "
                r"(?P<listed>.+)\); give the sheet holding the data)$"),
     lambda m: (f"{m.group('path')}："
                + (f"工作表 {m.group('chart')} 是图表，不是案例表（其工作表：{_sheets_zh(m.group('listed'))}）；请给出存放数据的"
                   "工作表" if m.group("chart") else
                   f"此工作簿中没有工作表 {m.group('sheet')}（{m.group('flag')}）"
                   + ("；工作表从 1 数起，与标签页的顺序一致（pandas 的 sheet_name=0 即第 1 个工作表）" if m.group("zero") else
                      "（工作表名称按原样匹配）" if m.group("near") else "")   # the name meant: said by _hints_zh
                   + f"（其工作表：{_sheets_zh(m.group('sheets'))}）；请给出工作表的名称或其位置（从 1 数起）"))),
    ("a sheet named for a file that is no workbook",   # read.read_table: --sheet with a CSV, Stata or SPSS file
     re.compile(r"(?P<flag>\S+) (?P<sheet>.+?): (?P<path>.+?) is (?P<what>a Stata file|an SPSS file|standard input|not a "
                r"workbook \(\.xlsx, \.xlsm, \.xls, \.ods\)); a sheet is chosen only in a workbook \(\.xlsx, \.xlsm, \.xls, "
                r"\.ods\): leave (?P=flag) out$"),
     lambda m: (f"{m.group('flag')} {m.group('sheet')}：{m.group('path')} "
                + {"a Stata file": "是 Stata 文件", "an SPSS file": "是 SPSS 文件", "standard input": "是标准输入"}.get(
                    m.group("what"), "不是工作簿（.xlsx、.xlsm、.xls、.ods）")
                + f"；只有工作簿（.xlsx、.xlsm、.xls、.ods）才能选择工作表：请去掉 {m.group('flag')}")),
    ("a worksheet: a formula saved without its value",   # sheets: a workbook written by openpyxl or pandas
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cell (?P<cell>[A-Z]+\d+) holds a formula "
                r"\((?P<formula>.+?)\) saved without its value(?: \(and (?P<more>\d+) more cell\(s\), every formula\))?: "
                r"the workbook was written by a program that does not compute formulas \(openpyxl, pandas\); open it in "
                r"Excel or LibreOffice and save it, so each formula's value is saved with it$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 的单元格 {m.group('cell')} 中的公式（{m.group('formula')}）保存时"
                "没有其值" + (f"（另有 {m.group('more')} 个单元格也是如此：每个公式都没有值）" if m.group("more") else "")
                + "：该工作簿是由不计算公式的程序（openpyxl、pandas）写出的；请在 Excel 或 LibreOffice 中打开并保存它，使每个"
                "公式的值随之保存")),
    ("a worksheet: a date or a percentage among numbers",   # sheets: 1/2 typed into a cell, one cell formatted as %
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cell (?P<cell>[A-Z]+\d+) \(column (?P<col>[A-Z]+), "
                r"(?P<name>'[^']*'|\"[^\"]*\")\) (?:holds a date or time, (?P<date>.+?), where the column's other cells are "
                r"numbers: Excel turns a value typed as 1/2 or 1-2 into a date; format the cell as Number \(or General\) "
                r"and type the value again|is formatted as a percentage \(it shows (?P<shows>\S+)%, (?P<program>Excel|"
                r"LibreOffice) keeps (?P<keeps>\S+)\) where the column's other numbers are on another scale \(e\.g\. "
                r"(?P<other>[A-Z]+\d+) (?P<value>\S+)\): write every cell of the column on one scale \(format (?P=cell) as "
                r"Number and type (?P<type>\S+), or give every cell as a percentage\))$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 的单元格 {m.group('cell')}（{m.group('col')} 列，{m.group('name')}）"
                + (f"中是日期或时间 {m.group('date')}，而该列的其他单元格都是数字：在 Excel 中输入的 1/2 或 1-2 会变成日期；请把该"
                   "单元格的格式设为“数值”（或“常规”），再重新输入该值" if m.group("date") else
                   f"的格式是百分比（显示为 {m.group('shows')}%，{m.group('program')} 保存的是 {m.group('keeps')}），而该列的其他"
                   f"数字是另一种尺度（例如 {m.group('other')} 为 {m.group('value')}）：请把该列的每个单元格写成同一种尺度（把 "
                   f"{m.group('cell')} 的格式设为“数值”并输入 {m.group('type')}，或把每个单元格都写成百分比）"))),
    ("a worksheet: Excel's error for a name",   # read, sheets: '#N/A' of a lookup in the case column, '#REF!' in the header
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cell (?P<cell>[A-Z]+\d+) (?:\(case column "
                r"(?P<col>'[^']*'|\"[^\"]*\")\) holds Excel's error (?P<error>#\S+), not a case name: correct the formula, or "
                r"write the case's name|of the header holds Excel's error (?P<herror>#\S+), not a column name: write the "
                r"name in the cell \(a formula's result there failed\))$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 的单元格 {m.group('cell')}"
                + (f"（案例列 {m.group('col')}）中是 Excel 的错误值 {m.group('error')}，不是案例名称：请修正公式，或写上案例的名称"
                   if m.group("col") else
                   f"（表头）中是 Excel 的错误值 {m.group('herror')}，不是列名：请在该单元格中写上列名（那里的公式计算失败了）"))),
    ("a worksheet: a value far from the table",   # _xlsx: a key pressed at XFD1048576 (a range of 17 billion cells)
     re.compile(r"(?P<path>.+?): (?:sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cell (?P<cell>[A-Z]+\d+) holds a value(?: "
                r"\((?P<text>.+?)\))? so far from the others that the sheet's range would be (?P<n>[\d,]+) cells \(a key "
                r"pressed by mistake\?\): delete it \(or the rows and columns beyond the table\) and save the workbook|"
                r"(?:sheet (?P<csheet>'[^']*'|\"[^\"]*\")|a sheet) of this (?P<what>OpenDocument sheet \(\.ods\)|old Excel "
                r"workbook \(\.xls\)) holds a value so far from the others that its range would be (?P<cn>[\d,]+) cells "
                r"\(a key pressed by mistake\?\): press Ctrl\+End in LibreOffice to find it, delete it \(or the rows and "
                r"columns beyond the table\) and save the file)$"),
     lambda m: (f"{m.group('path')}："
                + (f"工作表 {m.group('sheet')} 的单元格 {m.group('cell')} 中有一个值"
                   + (f"（{m.group('text')}）" if m.group("text") else "")
                   + f"，离其他单元格太远，使工作表的范围达 {m.group('n')} 个单元格（误按了某个键？）：请删除它（或表格以外的行和"
                   "列）并保存工作簿" if m.group("cell") else
                   (f"这个{_DAMAGED_WHAT_ZH[m.group('what')]}的工作表 {m.group('csheet')}" if m.group("csheet") else
                    f"这个{_DAMAGED_WHAT_ZH[m.group('what')]}的一个工作表")
                   + f"中有一个值离其他单元格太远，使其范围达 {m.group('cn')} 个单元格（误按了某个键？）：请在 LibreOffice 中按 "
                   "Ctrl+End 找到它，删除它（或表格以外的行和列）并保存文件"))),
    ("a file separated by full-width commas",   # a CSV file typed with a Chinese input method (analysis.qca.read)
     re.compile(r"(?P<path>.+?): the header is one column (?P<header>.+): the (?P<what>file|input) looks separated by "
                r"full-width commas (?P<wide>'.') \(U\+(?P<code>[0-9A-F]{4}), typed with a Chinese input method, 全角\), "
                r"not ASCII commas ','; replace them with ','$"),
     lambda m: (f"{m.group('path')}：表头只有一列 {m.group('header')}：{'文件' if m.group('what') == 'file' else '输入'}看起来是用"
                f"全角逗号 {m.group('wide')}（U+{m.group('code')}，中文输入法输入）分隔的，而不是半角（ASCII）逗号 ','；"
                "请把它们替换为 ','")),
    ("conditions: a condition twice",
     re.compile(r"conditions name (?P<names>.+?) twice \(duplicate condition\(s\): [^()]+\); name each condition once$"),
     lambda m: f"条件中 {m.group('names')} 出现了两次；每个条件只写一次"),
    ("a term or an expression empty",
     re.compile(r"(?P<what>a term|an expression|expression) must be a non-empty string such as (?P<eg>'[^']*'), got "
                r"(?P<value>.+)$"),
     lambda m: (f"{'项' if m.group('what') == 'a term' else '表达式'}必须是非空的文本，例如 {m.group('eg')}，现为 "
                f"{m.group('value')}")),
    ("super_subset: depth",
     re.compile(r"depth must be an integer from 1 to the number of conditions \((?P<k>\d+)\), got (?P<value>.+?)(?=[;:]|$)"),
     lambda m: f"depth 必须是 1 到条件数（{m.group('k')}）之间的整数，现为 {m.group('value')}"),
    ("super_subset: relation",
     re.compile(rf"relation must be 'sufficiency' or 'necessity' \(or 'suf' / 'nec'\), got {_GIVEN}(?:; did you mean "
                r"'[^']*'(?: or '[^']*')*\?|(?P<both>; R's superSubset\(relation = '(?P<r>\w+)'\) \(sets both necessary and "
                r"sufficient\) is not implemented here: run relation='necessity' and relation='sufficiency' and keep what "
                r"both list))?$"),
     lambda m: ("relation 只能是 'sufficiency'（充分性）或 'necessity'（必要性）（或 'suf' / 'nec'），现为 "
                f"{m.group('value')}"
                + (f"；R 的 superSubset(relation = '{m.group('r')}')（集合既是必要的又是充分的）在这里没有实现：请分别运行 "
                   "relation='necessity' 和 relation='sufficiency'，保留两者都列出的" if m.group("both") else ""))),
    ("thresholds empty", re.compile(r"thresholds string (?P<value>'[^']*') is empty$"),
     lambda m: f"thresholds 文本 {m.group('value')} 是空的"),
    ("threshold not finite",
     re.compile(r"threshold (?P<value>\S+) is not a finite number \(thresholds (?P<given>.+)\)$"),
     lambda m: f"临界值 {m.group('value')} 不是有限的数（thresholds 为 {m.group('given')}）"),
    # the budgets' refusals (QCAComplexityError; max_pair_candidates' is a QCAInputError): what was too large, the
    # budget and what to change, for a teacher's own data (no exercise meets one at the workshop's settings)
    ("budget: the exact search past max_work",
     re.compile(rf"the prime implicant chart \((?P<p>{_N}) implicants x (?P<c>{_N}) columns\) needs more than "
                rf"{_AT['max_work']}(?P<work>{_N}) steps of the exact search for every minimal model; raise "
                rf"{_RAISE['max_work']}, or use fewer conditions or more observed cases \(a higher frequency cutoff\)"
                + _SETTLED),
     _flags_zh(lambda m: (f"质蕴涵项表（{m.group('p')} 个蕴涵项 × {m.group('c')} 列）为求出每个最简模型，精确搜索需要超过 max_work = "
                f"{m.group('work')} 步；请提高 max_work（命令行：--max-work），或使用更少的条件或更多的观察案例（更高的频数阈值）"
                + _settled_zh(m)))),
    ("budget: a chart too large for max_work",
     re.compile(rf"the prime implicant chart \((?P<p>{_N}) implicants x (?P<c>{_N}) columns\) is too large for the exact "
                rf"search for every minimal model within {_AT['max_work']}(?P<work>{_N}) steps; raise "
                rf"{_RAISE['max_work']}, or use fewer conditions or more observed cases$"),
     _flags_zh(lambda m: (f"质蕴涵项表（{m.group('p')} 个蕴涵项 × {m.group('c')} 列）太大，无法在 max_work = {m.group('work')} 步之内"
                "用精确搜索求出每个最简模型；请提高 max_work（命令行：--max-work），或使用更少的条件或更多的观察案例"))),
    ("budget: more minimal models than max_models, a partial answer refused",
     re.compile(rf"(?P<what>(?:conservative|parsimonious) solution|C\d+P\d+): (?P<n>{_N}) minimal models of (?P<size>\d+) "
                rf"prime implicants each, more than max_models = (?P<max>{_N}); raise max_models \(CLI: --max-models\) or "
                r"allow a partial answer \(the default; CLI: without --refuse-partial\)$"),
     lambda m: (f"{_models_of_zh(m.group('what'))}有 {m.group('n')} 个最简模型，每个含 {m.group('size')} 个质蕴涵项，多于 "
                f"max_models = {m.group('max')}；请提高 max_models（命令行：--max-models），或允许部分答案（默认如此；命令行：不加 "
                "--refuse-partial）")),
    ("budget: more (C, P) pairs than max_intermediate_pairs, a partial answer refused",
     re.compile(rf"the intermediate solution pairs (?P<c>{_N}) conservative with (?P<p>{_N}) parsimonious models: "
                rf"(?P<n>{_N}) \(C, P\) pairs, more than max_intermediate_pairs = (?P<max>{_N}); raise "
                r"max_intermediate_pairs \(CLI: --max-intermediate-pairs\), or allow a partial answer \(allow_partial=True; "
                r"CLI: without --refuse-partial\)$"),
     lambda m: (f"中间解要把 {m.group('c')} 个复杂解模型与 {m.group('p')} 个简约解模型配对：共 {m.group('n')} 个（C, P）对，"
                f"多于 max_intermediate_pairs = {m.group('max')}；请提高 max_intermediate_pairs（命令行："
                "--max-intermediate-pairs），或允许部分答案（allow_partial=True；命令行：不加 --refuse-partial）")),
    ("budget: prime implicants past max_implicants",
     re.compile(rf"more than max_implicants = (?P<max>{_N}) prime implicants \((?P<k>\d+) conditions, (?P<on>{_N}) "
                rf"positive and (?P<off>{_N}) negative configurations\); raise max_implicants \(CLI: --max-implicants\), "
                r"or use fewer conditions or more observed cases$"),
     lambda m: (f"质蕴涵项多于 max_implicants = {m.group('max')} 个（{m.group('k')} 个条件，{m.group('on')} 个正组态和 "
                f"{m.group('off')} 个负组态）；请提高 max_implicants（命令行：--max-implicants），或使用更少的条件或更多的观察案例")),
    ("budget: implicants of a merging step past max_implicants",
     re.compile(rf"more than max_implicants = (?P<max>{_N}) implicants at one merging step \((?P<k>\d+) conditions, "
                rf"(?P<c>{_N}) configurations\); raise max_implicants \(CLI: --max-implicants\) or use fewer conditions$"),
     lambda m: (f"一次合并步骤中的蕴涵项多于 max_implicants = {m.group('max')} 个（{m.group('k')} 个条件，{m.group('c')} 个"
                "组态）；请提高 max_implicants（命令行：--max-implicants），或使用更少的条件")),
    ("budget: the prime implicant search would pass max_work",
     re.compile(rf"the prime implicant search would compare (?P<on>{_N}) positive with (?P<off>{_N}) negative "
                rf"configurations \((?P<steps>{_N}) steps of (?P<per>{_N}) comparisons\), more than max_work = "
                rf"(?P<work>{_N}) steps; raise max_work \(CLI: --max-work\), or use fewer conditions or a higher frequency "
                r"cutoff \(n_cut\): with about as many configurations as cases, every case is a row of its own$"),
     lambda m: (f"质蕴涵项的搜索要把 {m.group('on')} 个正组态与 {m.group('off')} 个负组态相比较（{m.group('steps')} 步，每步 "
                f"{m.group('per')} 次比较），多于 max_work = {m.group('work')} 步；请提高 max_work（命令行：--max-work），或使用"
                "更少的条件或更高的频数阈值（n_cut）：组态数与案例数相当时，每个案例自成一行")),
    ("budget: the prime implicant search past max_work",
     re.compile(rf"the prime implicant search takes more than {_AT['max_work']}(?P<work>{_N}) steps \(more than "
                rf"(?P<listed>{_N}) prime implicants listed, at positive configuration (?P<i>{_N}) of (?P<on>{_N}); "
                rf"(?P<k>\d+) conditions, (?P<off>{_N}) negative configurations\); raise {_RAISE['max_work']}, or use "
                r"fewer conditions or a higher frequency cutoff \((?:n_cut|--n-cut)\)$"),
     _flags_zh(lambda m: (f"质蕴涵项的搜索需要多于 max_work = {m.group('work')} 步（已列出多于 {m.group('listed')} 个质蕴涵项，在 "
                f"{m.group('on')} 个正组态中的第 {m.group('i')} 个；{m.group('k')} 个条件，{m.group('off')} 个负组态）；请提高 "
                "max_work（命令行：--max-work），或使用更少的条件或更高的频数阈值（n_cut）"))),
    ("budget: a chart past max_chart_cells",
     re.compile(rf"the prime implicant chart would have (?P<p>{_N}) implicants x (?P<c>{_N}) configurations "
                rf"\((?P<cells>{_N}) cells, more than max_chart_cells = (?P<max>{_N})\); raise max_chart_cells \(CLI: "
                r"--max-chart-cells\) or use fewer conditions$"),
     lambda m: (f"质蕴涵项表将有 {m.group('p')} 个蕴涵项 × {m.group('c')} 个组态（{m.group('cells')} 个单元格，多于 "
                f"max_chart_cells = {m.group('max')}）；请提高 max_chart_cells（命令行：--max-chart-cells），或使用更少的条件")),
    ("budget: easy counterfactuals past ec_limit",
     re.compile(rf"(?P<pair>C\d+P\d+): the easy counterfactuals span more than ec_limit = (?P<max>{_N}) configurations; "
                r"the intermediate solution needs them listed; raise ec_limit \(CLI: --ec-limit\), or use fewer "
                r"conditions or stronger directional expectations$"),
     lambda m: (f"（C, P）对 {m.group('pair')}：简单反事实涵盖的组态多于 ec_limit = {m.group('max')} 个；中间解需要把它们"
                "列出；请提高 ec_limit（命令行：--ec-limit），或使用更少的条件或更强的方向性预期")),
    ("budget: fuzzy memberships past max_memberships",
     re.compile(rf"(?P<rows>{_N}) observed rows x (?P<cases>{_N}) cases: (?P<n>{_N}) fuzzy memberships \(each case's in "
                rf"each row, for incl and PRI\) exceed {_AT['max_memberships']}(?P<max>{_N})(?: \(about (?P<s>{_N}) s at "
                rf"(?P<ns>[\d.]+) ns each\))?; use fewer conditions, or raise {_RAISE['max_memberships']}$"),
     _flags_zh(lambda m: (f"{m.group('rows')} 个观察到的行 × {m.group('cases')} 个案例：{m.group('n')} 个模糊隶属度（每个案例在每一行中"
                f"的隶属度，用于 incl 和 PRI）多于 max_memberships = {m.group('max')}"
                + (f"（约 {m.group('s')} 秒，每个 {m.group('ns')} 纳秒）" if m.group("s") else "")
                + "；请使用更少的条件，或提高 max_memberships（命令行：--max-memberships）"))),
    ("budget: remainders past the limit listed",
     re.compile(rf"(?P<n>{_N}) remainders in a truth table of (?P<total>{_N}) configurations: more than the "
                rf"(?P<limit>{_N}) listed at most; the engine never needs them all \(it expands prime implicants "
                r"instead\)$"),
     lambda m: (f"真值表的 {m.group('total')} 个组态中有 {m.group('n')} 个逻辑余项：多于最多列出的 {m.group('limit')} 个；"
                "引擎从不需要把它们全部列出（它改为展开质蕴涵项）")),
    ("budget: complete past the remainders listed",
     re.compile(rf"complete: printing every configuration would list (?P<n>{_N}) remainders, more than the "
                rf"(?P<limit>{_N}) listed at most \((?P<k>\d+) conditions\); leave it out \(CLI: --complete\): the "
                r"observed rows are the table$"),
     lambda m: (f"complete：打印每个组态将列出 {m.group('n')} 个逻辑余项，多于最多列出的 {m.group('limit')} 个（"
                f"{m.group('k')} 个条件）；请不用 complete（命令行：--complete）：观察到的行就是真值表")),
    ("budget: a partial solution's simplifying assumptions",
     re.compile(rf"the parsimonious solution for (?P<outcome>\S+) is partial \((?P<least>at least )?(?P<n>{_N}) minimal "
                rf"models, (?P<listed>{_N}) listed\): the simplifying assumptions of every model are needed; "
                r"(?:(?P<exact>raise max_models \(CLI: --max-models\) above the number of models)|counting them stopped "
                r"at max_work: raise max_work \(CLI: --max-work\) to count every model, and max_models \(CLI: "
                r"--max-models\) above their number), or name the models to use \(API: models=\['M1'\]; the CLI's "
                r"find-rows uses every model\)$"),
     _zh_partial_refused),
    ("budget: simplifying assumptions not listed",
     re.compile(r"the simplifying assumptions are too many to list, so contradictory simplifying assumptions cannot be "
                r"found$"),
     lambda m: "简化假设太多，无法列出，因此无法找出矛盾的简化假设"),
    ("budget: superSubset's candidates past max_candidates",
     re.compile(rf"(?P<n>{_N}) candidate expressions of up to (?P<depth>\d+) literals over (?P<k>\d+) conditions "
                rf"\((?P<cases>{_N}) cases\) exceed max_candidates = (?P<max>{_N}); pass a smaller depth \(e\.g\. "
                r"depth=3\) or raise max_candidates \(CLI: --max-candidates\)$"),
     lambda m: (f"{m.group('k')} 个条件上至多含 {m.group('depth')} 个文字（条件或其否定）的候选表达式有 {m.group('n')} 个（"
                f"{m.group('cases')} 个案例），多于 max_candidates = {m.group('max')}；请给出更小的 depth（如 depth=3），或提高 "
                "max_candidates（命令行：--max-candidates）")),
    ("budget: superSubset's search past max_work",
     re.compile(rf"the search scored (?P<scored>{_N}) candidate expressions \((?P<n>{_N}) combinations of up to "
                rf"(?P<depth>\d+) literals over (?P<k>\d+) conditions\), each over (?:(?P<patterns>{_N}) distinct crisp "
                rf"patterns of )?(?P<cases>{_N}) cases: (?P<work>{_N}) of work exceed {_AT['max_work']}(?P<max>{_N}) "
                rf"before it ended; pass a smaller depth \(e\.g\. (?:depth=3|--depth 3)\) or raise {_RAISE['max_work']}$"),
     _flags_zh(lambda m: (f"搜索评估了 {m.group('scored')} 个候选表达式（{m.group('k')} 个条件上至多含 {m.group('depth')} 个文字的 "
                f"{m.group('n')} 种组合），每个都要遍历"
                + (f" {m.group('cases')} 个案例中 {m.group('patterns')} 种不同的清晰集模式"
                   if m.group("patterns") else f" {m.group('cases')} 个案例")
                + f"：在搜索结束之前，{m.group('work')} 的工作量已超过 max_work = {m.group('max')}；请给出更小的 depth（如 "
                "depth=3），或提高 max_work（命令行：--max-work）"))),
    ("budget: candidate pairs past max_pair_candidates",
     re.compile(rf"(?P<first>{_N}) x (?P<second>{_N}) cases make (?P<n>{_N}) candidate pairs to rank, more than "
                rf"{_AT['max_pair_candidates']}(?P<max>{_N}); raise {_RAISE['max_pair_candidates']}, or choose a term, "
                r"kind of pairs or data with fewer cases$"),
     _flags_zh(lambda m: (f"{m.group('first')} × {m.group('second')} 个案例构成 {m.group('n')} 个待排序的候选案例对，多于 "
                f"max_pair_candidates = {m.group('max')}；请提高 max_pair_candidates（命令行：--max-pair-candidates），"
                "或选择案例更少的项、案例对类型或数据"))),
    ("--incl-cut's text unread",   # cli._incl_cut: '80%', '80,60', '0.8;0.6', '1,0'
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
    ("plot: a figure's file of another format",
     re.compile(r"(?P<flag>--out|--plot) (?P<out>.+): a figure is written as PNG, SVG or PDF, named by its suffix; got "
                r"(?:(?P<suffix>'[^']*')|no suffix): name the file (?P<stem>.+)\.png, \.svg or \.pdf$"),
     lambda m: (f"{m.group('flag')} {m.group('out')}：图形按文件的后缀写为 PNG、SVG 或 PDF；"
                + (f"现为 {m.group('suffix')}" if m.group("suffix") else "现在没有后缀")
                + f"：请把文件命名为 {m.group('stem')}.png、.svg 或 .pdf")),
    ("plot: a figure without a file name",
     re.compile(r"(?P<flag>--out|--plot) needs a file name: the figure's file, e\.g\. (?P<eg>\S+ \S+) \(\.svg or "
                r"\.pdf\)$"),
     lambda m: f"{m.group('flag')} 需要文件名：图形的文件，例如 {m.group('eg')}（或 .svg、.pdf）"),
    ("plot: a solution's flags with --nec-cond",
     re.compile(r"(?P<flags>--[\w-]+(?:, --[\w-]+)*) appl(?:y|ies) to the (?P<what>XY plots|cases) of a solution, not to "
                r"--nec-cond \(a necessity test uses no truth table\)$"),
     lambda m: (f"{m.group('flags')} 用于解的{' XY 图' if m.group('what') == 'XY plots' else '案例'}，不用于 --nec-cond"
                "（必要性检验不用真值表）")),
    ("plot: a term or model with --nec-cond",
     re.compile(r"(?P<flag>--term|--model) chooses a term or model of a solution, not of --nec-cond$"),
     lambda m: f"{m.group('flag')} 选择解的项或模型，不用于 --nec-cond"),
    ("plot: a figure of more rows than max_rows",
     re.compile(rf"the figure has (?P<n>{_N}) (?P<what>cases|truth-table rows|corpus items|localities), more than it "
                rf"draws \(max_rows=(?P<max>{_N}); (?P<panel>\d+) to a panel\): (?P<select>.+), or raise max_rows$"),
     lambda m: (None if m.group("select") not in _FIGURE_SELECTION_ZH else
                f"图形有 {m.group('n')} 个{_FIGURE_ROWS_ZH[m.group('what')]}，多于它最多能画的数目（max_rows={m.group('max')}；"
                f"每个面板 {m.group('panel')} 个）：{_FIGURE_SELECTION_ZH[m.group('select')]}，或提高 max_rows")),
    ("plot: a configuration chart of more paths than max_paths",
     re.compile(rf"the chart has (?P<n>{_N}) paths in (?P<groups>{_N}) column groups? of (?P<models>{_N}) models?, more "
                rf"than the figure draws \(max_paths=(?P<max>{_N}); drawing thousands takes minutes\): draw one model "
                r"\(model=(?P<model>'[^']*')\) or raise max_paths, or print the chart instead \(print\(chart\)\)$"),
     lambda m: (f"组态图有 {m.group('n')} 条路径，分属 {m.group('models')} 个模型的 {m.group('groups')} 个列组，多于图形最多能画的"
                f"数目（max_paths={m.group('max')}；画几千条要几分钟）：请只画一个模型（model={m.group('model')}），或提高 "
                "max_paths，或改为打印组态图（print(chart)）")),
    ("plot: a model of more terms than max_terms",
     re.compile(rf"the model has (?P<n>{_N}) terms, more than the figure draws \(max_terms=(?P<max>{_N}); a panel each\): "
                r"draw some of them \((?P<how>typology\[typology\['panel'\]\.isin\(\[\.\.\.\]\)\]); CLI: --term\), or "
                r"raise max_terms$"),
     lambda m: (f"模型有 {m.group('n')} 个项，多于图形最多能画的数目（max_terms={m.group('max')}；每项一个面板）：请只画其中"
                f"一些（{m.group('how')}；命令行：--term），或提高 max_terms")),
    ("plot: a figure's limit not a whole number",
     re.compile(rf"(?P<param>max_rows|max_paths|max_terms) must be a whole number of (?P<unit>rows|paths|terms), 1 or "
                rf"more, got {_GIVEN}$"),
     lambda m: (f"{m.group('param')} 必须是不小于 1 的整数（{_FIGURE_UNITS_ZH[m.group('unit')]}数），现为 "
                f"{m.group('value')}")),
    ("robustness --plot: a sweep file without tests",
     re.compile(r"--plot (?P<out>.+): the figure draws the protocol's test set, and (?P<spec>.+) has no 'tests' "
                r"\(ranges only\): add tests, or leave --plot out$"),
     lambda m: (f"--plot {m.group('out')}：图形画的是稳健性检验方案的检验集，而 {m.group('spec')} 没有 'tests'（只有 "
                "ranges）：请加上 tests，或不用 --plot")),
    ("robustness: --lang without --plot",
     re.compile(r"--lang sets the language of --plot's figure: give --plot, or leave --lang out$"),
     lambda m: "--lang 设定 --plot 所画图形的语言：请给出 --plot，或不用 --lang"),
    # causal_chain() (R QCA's causalChain), for a teacher's own data: no exercise calls it
    ("causal_chain: a name not a set of the data",
     re.compile(r"(?P<what>outcomes|ordering): (?P<name>'[^']*') is not a set of the data(?:; did you mean '[^']*'"
                r"(?: or '[^']*')*\?(?: \(names are case-sensitive\))?)? \(sets: (?P<sets>[^()]*)\)$"),
     lambda m: f"{m.group('what')}：{m.group('name')} 不是数据中的集合（集合：{m.group('sets')}）"),
    ("causal_chain: an empty name",
     re.compile(r"(?P<what>outcomes|ordering): an empty name in (?P<value>'[^']*'); write set names separated by "
                r"commas, e.g. (?P<eg>'[^']*') \(sets: (?P<sets>[^()]*)\)$"),
     lambda m: (f"{m.group('what')}：{m.group('value')} 中有空的名称；请写以逗号分隔的集合名称，例如 {m.group('eg')}"
                f"（集合：{m.group('sets')}）")),
    ("causal_chain: names of another type",
     re.compile(r"(?P<what>outcomes|ordering) must be set names, a text such as (?P<eg>'[^']*') or a list of names, "
                r"got (?P<type>\w+) (?P<value>.+)$"),
     lambda m: (f"{m.group('what')} 必须是集合名称：文本（如 {m.group('eg')}）或名称的列表，现为 {m.group('type')} "
                f"{m.group('value')}")),
    ("causal_chain: an ordering of another type",
     re.compile(r"ordering must be a text such as 'U, D < L < E' \(levels separated by '<', sets of a level by "
                r"commas\) or a list of levels such as \[\['U', 'D'\], 'L', 'E'\], got (?P<type>\w+) (?P<value>.+)$"),
     lambda m: ("ordering 必须是文本（如 'U, D < L < E'：各层以 '<' 分隔，同一层的集合以逗号分隔）或各层的列表（如 "
                f"[['U', 'D'], 'L', 'E']），现为 {m.group('type')} {m.group('value')}")),
    ("causal_chain: a set named twice in the ordering",
     re.compile(r"ordering: (?P<name>'[^']*') is named twice \(levels (?P<a>\d+) and (?P<b>\d+)\); name each set "
                r"once$"),
     lambda m: (f"ordering：{m.group('name')} 出现了两次（第 {m.group('a')} 层和第 {m.group('b')} 层）；每个集合只写"
                "一次")),
    ("causal_chain: an outcome given twice",
     re.compile(r"outcomes: (?P<name>'[^']*') is given twice; name each outcome once$"),
     lambda m: f"outcomes：{m.group('name')} 写了两次；每个结果只写一次"),
    ("causal_chain: fewer than two sets",
     re.compile(r"a causal chain needs at least two sets \(an outcome and a condition\), the data has (?P<n>\d+): "
                r"(?P<sets>.*)$"),
     lambda m: f"因果链至少需要两个集合（一个结果和一个条件），数据只有 {m.group('n')} 个：{m.group('sets')}"),
    ("causal_chain: no such outcome",
     re.compile(r"no outcome (?P<name>'[^']*') in this causal chain \(outcomes: (?P<outcomes>[^()]*)\)$"),
     lambda m: f"这条因果链中没有结果 {m.group('name')}（结果：{m.group('outcomes')}）"),
    ("causal_chain: csf of fuzzy sets",
     re.compile(r"(?P<flag>--)?csf and structural redundancy are for crisp and multi-value sets only: set "
                r"(?P<name>'[^']*') has values other than whole numbers \(e\.g\. (?P<value>[^()]*)\)\. Structural "
                r"redundancy is logical equivalence over every possible configuration of the sets' values \(cna's "
                r"redundant\(\)\); for fuzzy sets no source defines it exactly$"),
     lambda m: (f"{m.group('flag') or ''}csf（复合解公式）和结构冗余只适用于清晰集和多值集合：集合 {m.group('name')} 有整数以外的值"
                f"（例如 {m.group('value')}）。结构冗余是在各集合取值的所有可能组态上的逻辑等价（cna 的 redundant()）；"
                "模糊集没有文献给出确切的定义")),
    ("causal_chain: more csf combinations than max_csf",
     re.compile(r"(?P<flag>--)?csf: (?P<n>\d{1,3}(?:,\d{3})*) combinations of one asf per outcome \((?P<counts>\d+(?: x "
                r"\d+)*) models\) exceed the budget (?P<budget>max_csf = |--max-csf )(?P<max>\d{1,3}(?:,\d{3})*): raise "
                r"it to list them$"),
     lambda m: (f"{m.group('flag') or ''}csf：每个结果取一个 asf 的组合共 {m.group('n')} 个（{m.group('counts')} 个"
                f"模型），超过预算 {m.group('budget')}{m.group('max')}：请调高它以列出这些组合")),
    # a set's codes in a calibration file or calibrate_frame's spec (calibrate._codes_map, _coded_memberships): a
    # yes/no column recoded, each label given its membership ('是': 1, '否': 0)
    ("codes: not a mapping of labels",
     re.compile(r"codes must map each label of the raw column to its membership, e\.g\. (?P<yaml>codes: \{[^{}]*\}) "
                r"\(in Python (?P<py>\{[^{}]*\})\), got (?P<value>.+)$"),
     lambda m: (f"codes 必须把原始列的每个标签对应到它的隶属度，例如 {m.group('yaml')}（Python 中写作 {m.group('py')}），"
                f"现为 {m.group('value')}")),
    ("codes: with a calibration's arguments",
     re.compile(r"codes gives each label its membership, so the set is recoded, not calibrated: leave out "
                r"(?P<args>\w+(?:, \w+)*) \(or codes, to calibrate the column\)$"),
     lambda m: (f"codes 给出每个标签的隶属度，因此该集合是重新编码，而不是校准：请去掉 {m.group('args')}（或去掉 codes，"
                "以校准该列）")),
    ("codes: a membership out of [0, 1] or not a number",
     re.compile(r"codes\[(?P<label>.+?)\] must be a membership, a number from 0 to 1 \(1 in the set, 0 out of it\), got "
                r"(?P<value>.+?) \((?P<type>\w+)\)(?:: write (?P<write>\S+), a number without quotes|, e\.g\. "
                r"(?P<yaml>codes: \{[^{}]*\}) \(in Python (?P<py>\{[^{}]*\})\))?(?=: a percentage\? write |$)"),
     lambda m: (f"codes[{m.group('label')}] 必须是隶属度，即 0 到 1 之间的数（1 表示属于该集合，0 表示不属于），现为 "
                f"{m.group('type')} {m.group('value')}"
                + (f"：请写 {m.group('write')}，不加引号的数字" if m.group("write") else
                   f"，例如 {m.group('yaml')}（Python 中写作 {m.group('py')}）" if m.group("yaml") else ""))),
    ("codes: a label named twice",
     re.compile(r"codes names the label (?P<label>.+) twice; give each label once$"),
     lambda m: f"codes 把标签 {m.group('label')} 写了两次；每个标签只写一次"),
    ("codes: a label of the data not in codes",
     re.compile(r"labels? (?P<labels>.+?)(?P<more> \.\.\.)? not in codes \(at (?P<where>.+?); codes: (?P<codes>.+)\): add "
                r"(?:it|them) to the set's codes with a membership, or correct the cells$"),
     lambda m: (f"标签 {m.group('labels')}{' 等' if m.group('more') else ''} 不在 codes 中（位于"
                f"{_raw_value_place_zh(m.group('where'))}；codes：{m.group('codes')}）：请把"
                f"{'它们' if ', ' in m.group('labels') or m.group('more') else '它'}加入该集合的 codes 并给出隶属度，"
                "或改正这些单元格")),
    # a researcher's own file and flags on the command line (cli.py, read.py), and the API's words for the same
    ("the command line's outcome not a column of its file",   # the names meant and the columns: _hints_zh
     re.compile(r"--outcome (?P<name>.+?) is not a column of (?P<file>[^;]+?)(?=; did you mean | \(columns: | \(the data "
                r"has no column besides|; the outcome)(?: \(the data has no column besides the case names(?: (?P<names>'[^']*'|"
                r"\"[^\"]*\"))?; export the sets too\))?(?P<value>; the outcome(?: is named, not compared|'s absence \(R's 1 - "
                r"[^)]*\) is written)[^(]*(?:\(a multi-value outcome's value [^)]*\))?)?"),
     lambda m: (None if (value := _outcome_value_zh(m.group("value"))) is None else   # a value hint it cannot say
                f"--outcome {m.group('name')} 不是 {m.group('file')} 中的列：结果须是该文件中某一列的名称{value}"
                + (f"（数据中除了案例名称{' ' + m.group('names') + ' ' if m.group('names') else ''}之外没有别的列；请把各集合也导出）"
                   if "besides" in m.group(0) else ""))),
    ("the command line's case column not a column of its file",
     re.compile(r"(?P<flag>--(?:raw-)?case-column) (?P<value>.+?): case column (?P<name>'[^']*'|\"[^\"]*\") is not in "
                r"(?P<file>.+?)(?=; did you mean | \(columns: )"),
     lambda m: (f"{m.group('flag')} {m.group('value')}：案例列 {m.group('name')} 不是 {m.group('file')} 中的列：它要的是"
                "文件中一列案例名称")),
    ("a column to drop missing cases by not in the data",   # drop_missing_cases(df, [...])
     re.compile(r"column (?P<name>'[^']*'|\"[^\"]*\") is not in the data(?=; did you mean | \(columns: )"),
     lambda m: f"列 {m.group('name')} 不在数据中"),
    ("--conditions: a name written with '-'",   # dplyr's select(-DEV)
     re.compile(r"--conditions (?P<given>'[^']*'|\"[^\"]*\"): (?P<minus>.+?) (?:is no column|are no columns); conditions "
                r"are listed by name, without '-' or '~' \(the analysis considers each condition's presence and its "
                r"absence\): write (?P<write>--conditions \S+)(?:; to leave (?P<left>.+?) out, list the others: "
                r"(?P<others>--conditions \S+))?$"),
     lambda m: (f"--conditions {m.group('given')}：{m.group('minus')} 不是列；条件只写名称，不加 '-' 或 '~'（分析会同时考虑"
                f"每个条件的存在与缺失）：请写 {m.group('write')}"
                + (f"；要去掉 {m.group('left')}，请列出其余的条件：{m.group('others')}" if m.group("left") else ""))),
    ("a condition named 'case'",   # read.py: the column 'case' holding memberships that repeat
     re.compile(r"the column 'case' is taken for the case names by its name, but it holds numbers, (?P<value>'[^']*') "
                r"for (?P<n>\d+) cases, like a set's memberships: a condition named 'case'\? The name 'case' is kept for "
                r"the column of case names(?:, and (?P<other>'[^']*'|\"[^\"]*\") holds a different name for every case: "
                r"pass (?P<pass>.+?) \('case' is then read as a set; or rename it, e\.g\. to 'case_set'\)|: rename it "
                r"\(e\.g\. to 'case_set'\))$"),
     lambda m: (f"列 'case' 因其名称被当作案例名称，但它存放的是数字，{m.group('n')} 个案例为 {m.group('value')}，像集合的"
                "隶属度：是名为 'case' 的条件吗？名称 'case' 留给案例名称列"
                + (f"，而 {m.group('other')} 的每个案例名称都不同：请写 {m.group('pass')}（这样 'case' 就作为集合读取；或"
                   "给它改名，例如 'case_set'）" if m.group("other") else "：请给它改名（例如 'case_set'）"))),
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
    ("a figure's file under a file",   # the commands' --out (and robustness' --plot)
     re.compile(r"(?P<flag>--[\w-]+) (?P<out>[^;]+?): (?P<parent>[^;]+) is a file, not a folder$"),
     lambda m: f"{m.group('flag')} {m.group('out')}：{m.group('parent')} 是文件，不是文件夹"),
    ("chart figure: no such model",   # configuration_chart_groups(chart, model=...)
     re.compile(r"model=(?P<model>'[^']*'|\"[^\"]*\") is no model of the chart: it has (?P<models>.+)$"),
     lambda m: f"model={m.group('model')} 不是该组态图的模型：它有 {m.group('models')}"),
    # the command line's flags and the calls' arguments (argparse, cli.py's hints; necessity.py; r_calls.call_message)
    ("a required flag missing",   # argparse, with cli.py's hints: the outcome or pof's expression after the data file
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
    # the cases command's flags and smmr_pairs' arguments (cli.py, matching.py), the diagnostics' other arguments
    ("cases --term outside focal conjuncts and pairs",
     re.compile(r"--term applies to --type focal-conjuncts or --pairs (?:only, not (?P<type>'[^']*')|of a solution, not to "
                r"--nec-cond)$"),
     lambda m: ("--term 只适用于" + (f" --type focal-conjuncts 或 --pairs，不适用于 {m.group('type')}" if m.group("type") else
                                     "解的 --type focal-conjuncts 或 --pairs，不适用于 --nec-cond"))),
    ("pairs: a term with pairs not by focal conjunct",   # smmr_pairs(term=...), cases --pairs ... --term
     re.compile(r"(?P<param>term|--term) applies to pairs per focal conjunct of one term, not to (?P<pairs>'[^']*') pairs "
                r"by (?P<by>term|truth table row) \((?:one table per term of the model|one table of the whole solution)\), "
                r"got (?P<got>term=\S+|--term \S+); leave it out$"),
     lambda m: (f"{m.group('param')} 只适用于按一个项的焦点合取项所配的对，不适用于按"
                + ("项" if m.group("by") == "term" else "真值表行") + f"所配的 {m.group('pairs')} 对（"
                + ("模型的每个项一张表" if m.group("by") == "term" else "整个解一张表")
                + f"），现为 {m.group('got')}；请去掉它")),
    ("pairs: by of another kind of pairs",   # smmr_pairs(by=...), cases --pairs ... --by
     re.compile(rf"(?P<param>by|--by) must be (?P<allowed>'[^']*'(?: or '[^']*')*) for (?P<pairs>'[^']*') pairs, got "
                rf"{_GIVEN}(?=[;:]|$)"),
     lambda m: (f"{m.group('param')} 只能是 {m.group('allowed').replace(' or ', ' 或 ')}（用于 {m.group('pairs')} 对），现为 "
                f"{m.group('value')}")),
    ("cases --conditions outside the truth table's rows",
     re.compile(r"--conditions applies to --type deviant-consistency \(ranked per truth table row of the conditions\) and "
                r"--pairs typical-deviant-consistency with --nec-cond, not to (?P<what>.+)$"),
     lambda m: ("--conditions 只适用于有 --nec-cond 时的 --type deviant-consistency（按条件的真值表行排序）和 --pairs "
                f"typical-deviant-consistency，不适用于 {m.group('what')}")),
    ("cases --exact outside the deviant cases it reads",
     re.compile(r"--exact applies to --type deviant-coverage of a solution and --type deviant-consistency with --nec-cond "
                r"\(their TT_row and TT<=Y read off the exact memberships\), not to (?P<what>.+?)(?P<nec> with --nec-cond)?$"),
     lambda m: ("--exact 只适用于解的 --type deviant-coverage 和有 --nec-cond 时的 --type deviant-consistency（它们的 "
                f"TT_row 和 TT<=Y 取自精确的隶属度），不适用于{'有 --nec-cond 时的' if m.group('nec') else ''} "
                f"{m.group('what')}")),
    ("a text argument given many values",   # r_calls: smmr(sol, cases=df['type']), a Series for one text
     re.compile(r"(?P<function>\w+)\(\) takes one text for (?P<name>\w+), got (?:(?P<na>pd\.NA \(a missing value\))|a "
                r"(?P<type>\w+) of shape (?P<shape>[\dx]*))(?:, e\.g\. (?P<eg>\w+=.+))?$"),
     lambda m: (f"{m.group('function')}() 的 {m.group('name')} 只接受一个文本，现为"
                + (" pd.NA（缺失值）" if m.group("na") else f"形状为 {m.group('shape')} 的 {m.group('type')}")
                + (f"，例如 {m.group('eg')}" if m.group("eg") else ""))),
    ("the diagnostics' conditions not names",   # case_typology / necessity_cases: conditions=3
     re.compile(r"conditions must name the truth table's conditions \(a list or text 'A, B, C'\), got (?P<type>[\w.]+)$"),
     lambda m: f"conditions 必须写出真值表的条件（列表，或文本 'A, B, C'），现为 {m.group('type')}"),
    ("good_practice: a benchmark not permutation_benchmark()'s",
     re.compile(r"benchmark must be permutation_benchmark\(\)'s result \(a mapping with (?P<keys>[\w, ]+)\), got "
                r"(?P<type>[\w.]+)(?: without (?P<missing>[\w, ]+))?$"),
     lambda m: (f"benchmark 必须是 permutation_benchmark() 的结果（含 {m.group('keys')} 的映射），现为 {m.group('type')}"
                + (f"，缺少 {m.group('missing')}" if m.group("missing") else ""))),
    ("good-practice: --seed without random draws",
     re.compile(r"--seed (?P<seed>\S+) seeds (?:the permutation benchmark's draws, which only --permutations N computes: "
                r"give --permutations N, or leave out --seed|(?P<exact>random draws; --permutations exact enumerates every "
                r"assignment and draws none: leave out --seed, or give a number of draws, e\.g\. (?P<eg>--permutations "
                r"\d+)))$"),
     lambda m: (f"--seed {m.group('seed')} 是随机抽取的种子；--permutations exact 列举每一种分配，不做任何抽取：请去掉 "
                f"--seed，或给出抽取次数，例如 {m.group('eg')}" if m.group("exact") else
                f"--seed {m.group('seed')} 是置换基准抽取的种子，而只有 --permutations N 才进行这些抽取：请给出 "
                "--permutations N，或去掉 --seed")),
    ("good-practice: --permutations with --exclude",
     re.compile(r"--permutations scores each random outcome's truth table as it comes; --exclude codes rows OUT = 0 by "
                r"hand, which no random outcome repeats: leave out one of them$"),
     lambda m: ("--permutations 按每个随机结果的真值表原样评分；--exclude 手工把某些行编码为 OUT = 0，而随机结果不会重复这一点："
                "请去掉其中一个")),
    ("good-practice: --permutations exact past its limit",
     re.compile(r"--permutations exact enumerates at most (?P<n>[\d,]+) assignments of the positive outcomes; these cases "
                r"have more: give a number of draws, e\.g\. (?P<eg>--permutations \d+)$"),
     lambda m: (f"--permutations exact 最多列举 {m.group('n')} 种正结果的分配；这些案例的分配更多：请给出抽取次数，例如 "
                f"{m.group('eg')}")),
    ("permutation_benchmark: sets not crisp",   # permutation_benchmark(), good-practice --permutations
     re.compile(r"(?P<flag>--permutations: )?permutation_benchmark needs crisp sets: 0/1 or multi-value \(0, 1, 2, \.\.\.\) "
                r"conditions and a 0/1 outcome \(a fuzzy case has membership in every row\); not crisp: (?P<sets>.+)$"),
     lambda m: (f"{'--permutations：' if m.group('flag') else ''}permutation_benchmark 需要清晰集：0/1 或多值（0, 1, 2, ...）"
                f"条件和 0/1 结果（模糊集的案例在每一行都有隶属度）；不是清晰集的：{m.group('sets')}")),
    ("good_practice: a robustness table's varies not a parameter",
     re.compile(r"robustness: row (?P<row>\d+) \(sweep (?P<sweep>'[^']*'|\"[^\"]*\")\), column 'varies': (?P<given>.+?) is "
                r"not a parameter a test varies; allowed: incl_cut, pri_cut, n_cut, calibration or cases \('\+' joins "
                r"several, as 'incl_cut\+n_cut'\)$"),
     lambda m: (f"robustness：第 {m.group('row')} 行（sweep {m.group('sweep')}）的 'varies' 列：{m.group('given')} 不是检验所"
                "改变的参数；可用的有：incl_cut、pri_cut、n_cut、calibration 或 cases（用 '+' 连接多个，如 'incl_cut+n_cut'）")),
    ("good_practice: a robustness table's column of the wrong kind",   # has_power (True / False), truth_table_changed
     re.compile(r"robustness: column (?P<column>'[^']*') must hold (?:(?P<bool>True or False \(or 1 / 0\))|a count \(0, 1, "
                r"2, \.\.\.: the settings that change the truth table\)) in every row, got (?P<rows>.+?)(?:; (?:(?P<text>a "
                r"text such as 'False' is no boolean: give True / False, e\.g\. (?P<eg>df\[.+))|(?P<say>say for each "
                r"sweep whether it has power)))?$"),
     lambda m: (f"robustness：{m.group('column')} 列的每一行都必须是"
                + (" True 或 False（或 1 / 0）" if m.group("bool") else "计数（0, 1, 2, ...：改变真值表的设定个数）")
                + "，现为" + re.sub(r"row (\d+) \(sweep ('[^']*'|\"[^\"]*\")\): ", r"第 \1 行（sweep \2）：", m.group("rows"))
                + (f"；'False' 这样的文本不是布尔值：请给出 True / False，例如 {m.group('eg')}" if m.group("text") else
                   "；请为每个 sweep 说明它是否有检验力" if m.group("say") else ""))),
    # a call in R's or SetMethods' order (r_calls.py, find_rows.py, diagnostics.py)
    ("necessity_cases: a type of cases",
     re.compile(rf"cases must be 'typical', 'deviant consistency' or 'deviant relevance', got {_GIVEN}(?:; SetMethods' "
                r"smmr\(necessity = TRUE, cases = (?P<number>\d+)\) \((?P<what>[^()]+)\) is (?P<call>.+?) here: the types "
                r"are named here, not numbered \(SetMethods' 1, 2, 3 are 'typical', 'deviant consistency', 'deviant "
                r"relevance'\))?(?=[;:]|$)"),
     lambda m: (None if m.group("number") and m.group("what") not in _NECESSITY_CASES_ZH else
                "cases 只能是 'typical'（典型）、'deviant consistency'（一致性偏离）或 'deviant relevance'（相关性偏离），现为 "
                f"{m.group('value')}"
                + (f"；SetMethods 的 smmr(necessity = TRUE, cases = {m.group('number')})（{_NECESSITY_CASES_ZH[m.group('what')]}）"
                   f"在这里是 {m.group('call')}：这里的类型用名称而不是编号（SetMethods 的 1、2、3 即 'typical'、'deviant "
                   "consistency'、'deviant relevance'）" if m.group("number") else ""))),
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
    # a pandas user's frames (data.py, measures.py) and a Dask cluster's workers (_parallel.py)
    ("columns of several levels",   # data.multiindex_columns_message, tuple_columns_message
     re.compile(r"the data's columns are (?:a MultiIndex of (?P<levels>\d+) levels \(the first (?P<first>.+?)\)|named by "
                r"tuples of (?P<parts>\d+) parts \(the first (?P<tuple>.+?); a MultiIndex flattened\)): QCA names each set "
                r"by one name; (?:(?P<drop>drop the level that holds one value for every column: )|(?P<keep>keep the part "
                r"that varies: )|join the (?:levels|parts): )(?P<write>df\.(?:droplevel\(\d+, axis=1\)|columns = .+? for c "
                r"in df\.columns\]))(?: \(then the first column is (?P<then>.+)\))?$"),
     lambda m: (f"数据的列是 {m.group('levels')} 层的 MultiIndex（第一列为 {m.group('first')}）" if m.group("levels") else
                f"数据的列以 {m.group('parts')} 部分的元组命名（第一列为 {m.group('tuple')}；由 MultiIndex 展平而来）")
               + "：QCA 用一个名称命名每个集合；"
               + ("请去掉每一列都取同一值的那一层：" if m.group("drop") else "请保留有变化的那一部分：" if m.group("keep") else
                  "请把各" + ("层" if m.group("levels") else "部分") + "连接起来：") + m.group("write")
               + (f"（之后第一列为 {m.group('then')}）" if m.group("then") else "")),
    ("a column without a name",   # data.py: a frame's column named nan or '' (Unnamed)
     re.compile(r"columns? (?P<where>\d+(?:, \d+)*) of the data (?:has|have) no name \((?P<shown>[^()]*)\), so no set "
                r"name, and the conditions are taken from every column: name (?P<them>it|them) \(df\.columns = \[\.\.\.\]\)"
                r"(?: or list the conditions: (?P<write>conditions='[^']*'))?$"),
     lambda m: (f"数据的第 {m.group('where')} 列没有名称（{m.group('shown')}），因而没有集合名称，而条件取自每一列：请给"
                f"{'它' if m.group('them') == 'it' else '它们'}命名（df.columns = [...]）"
                + (f"，或列出条件：{m.group('write')}" if m.group("write") else ""))),
    ("two columns of one name as text",   # data.py: columns 1 and '1'
     re.compile(r"columns (?P<same>.+?) are both the set name (?P<name>'[^']*'|\"[^\"]*\") \(a set is named by its "
                r"column's name as text\): rename one of them$"),
     lambda m: (f"列 {m.group('same').replace(' and ', ' 和 ')} 都是集合名称 {m.group('name')}（集合以其列名的文本命名）："
                "请给其中一个改名")),
    ("a column's values given for its name",   # data.values_not_name: case_column=df['case'], conditions=df['DEV']
     re.compile(r"(?:case_column must be the name of (?P<where>the data's|the raw data's) column of case names|(?P<cond>"
                r"conditions) must be column names \(a list or a comma-separated string\)), got a (?P<kind>pandas Series|"
                r"pandas Index|numpy array|pandas \w+)(?: (?P<name>'[^']*'|\"[^\"]*\"))? \((?P<n>\d+) values\)(?(cond) whose "
                r"values are no column names(?:: give the column's name, (?P<conditions>conditions=\[[^\]]*\]))?; the data "
                r"frame holds the values|: give the column's name(?:, (?P<case>case_column=(?:'[^']*'|\"[^\"]*\")))?, or "
                r"name the cases by these values as the index \(df\.index = <them>\) and leave case_column out)$"),
     lambda m: ((f"conditions 必须是列名（列表或以逗号分隔的文本），现为" if m.group("cond") else
                 f"case_column 必须是{'原始数据' if 'raw' in m.group('where') else '数据'}中案例名称列的名称，现为")
                + (f"名为 {m.group('name')} 的 " if m.group("name") else " ") + m.group("kind")
                + f"（{m.group('n')} 个值）"
                + ((f"，其值不是列名" + (f"：请给出列名，写作 {m.group('conditions')}" if m.group("conditions") else "")
                    + "；数据表中已有这些值") if m.group("cond") else
                   "：请给出列名" + (f"，写作 {m.group('case')}" if m.group("case") else "")
                   + "，或把这些值设为索引来命名案例（df.index = <它们>），并去掉 case_column"))),
    ("a measure's memberships as text",   # measures.py: x holding '0.81'
     re.compile(r"(?P<name>.+?) must be memberships in \[0, 1\] \(numbers\), got text such as (?P<text>'[^']*'|\"[^\"]*\")"
                r"(?:: a number written as text; convert (?:the column first, (?P<col>pd\.to_numeric\(.+\))|the columns "
                r"first, (?P<cols>.+\.apply\(pd\.to_numeric\))))?$"),
     lambda m: (f"{m.group('name')} 必须是 [0, 1] 中的隶属度（数字），现为文本，如 {m.group('text')}"
                + (f"：这是写成文本的数字；请先转换该列：{m.group('col')}" if m.group("col") else
                   f"：这是写成文本的数字；请先转换这些列：{m.group('cols')}" if m.group("cols") else ""))),
    ("a measure given several columns",   # measures.py: x=df[['DEV', 'URB']]
     re.compile(r"(?P<name>.+?) must be the memberships of one set \(a column, a Series or a list\), got a DataFrame "
                r"(?:of no columns: give one column, e\.g\. (?P<eg>df\['DEV'\])|of (?P<n>\d+) columns \((?P<cols>.+)\): give "
                r"one column, e\.g\. (?P<one>df\[.+?\]); for their conjunction, (?P<term>term_membership\(df, .+?\)); or "
                r"measure each in turn)$"),
     lambda m: (f"{m.group('name')} 必须是一个集合的隶属度（一列、一个 Series 或一个列表），现为"
                + (f"没有列的 DataFrame：请给出一列，例如 {m.group('eg')}" if m.group("eg") else
                   f"有 {m.group('n')} 列的 DataFrame（{_more_cases_zh(m.group('cols'))}）：请给出一列，例如 {m.group('one')}；"
                   f"要取它们的合取，用 {m.group('term')}；或逐个度量"))),
    ("a column of pyarrow values pandas cannot convert",   # data.arrow_type_message
     re.compile(r"(?P<what>column '[^']*'|the index|x) holds pyarrow (?P<kind>\w+) values, which pandas cannot convert to "
                r"numbers or text \(it raises NotImplementedError for them\): convert them first, (?P<convert>.+)$"),
     lambda m: ("索引" if m.group("what") == "the index" else m.group("what").replace("column ", "列 ") + " ")
               + (f"的值是 pyarrow {m.group('kind')}"
                "，pandas 无法把它们转换为数字或文本（会引发 NotImplementedError）：请先转换："
                f"{m.group('convert')}")),
    ("a sweep's task not picklable for Dask",   # _parallel: a callback or a data column holding a lock, a file, ...
     re.compile(r"(?:(?P<setting>setting \S+)|(?P<test>test \S+)|(?P<is>IS)|a task of the sweep) cannot be sent to the "
                r"Dask workers: (?:pickling it failed|column (?P<column>.+?) of its data cannot be pickled) "
                r"\((?P<error>.+)\)\. Everything a sweep runs travels to the workers pickled, so (?:a callback given to it "
                r"\(summarize\) must not hold a lock, an open file or a connection: define it at module level and give it "
                r"what it needs as plain values|(?P<data>its data must hold plain values \(numbers, text\), not a lock, an "
                r"open file or a connection: drop that column or make it text)), or run this sweep outside the Dask "
                r"backend's parallel_config block \(with n_jobs=1, in this process\)$"),
     lambda m: ((m.group("setting").replace("setting ", "设定 ") + " " if m.group("setting") else
                 m.group("test").replace("test ", "检验 ") + " " if m.group("test") else
                 "初始设定 IS " if m.group("is") else "扫描的一个任务")
                + "无法发送到 Dask 工作进程："
                + (f"其数据的列 {m.group('column')} 无法序列化（pickle）" if m.group("column") else "序列化（pickle）失败")
                + f"（{m.group('error')}）。扫描运行的一切都以 pickle 形式传到工作进程，因此"
                + ("其数据只能含普通的值（数字、文本），不能含锁、打开的文件或连接：请删除该列或把它转为文本" if m.group("data")
                   else "传给它的回调函数（summarize）不能持有锁、打开的文件或连接：请在模块顶层定义它，并以普通的值给它所需的"
                        "东西")
                + "，或在 Dask 后端的 parallel_config 块之外运行这次扫描（n_jobs=1，在本进程中）")),
    # the engine's other refusals a researcher's own data and calls meet (data.py, expressions.py, find_rows.py, ...)
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
    ("the models of simplifying rows named twice",   # find_rows / simplifying rows: models=['M1', 'M1']
     re.compile(r"models names (?P<names>'[^']*'(?:, '[^']*')*) twice in (?P<value>\[[^\[\]]*\]|'[^']*'); name each model "
                r"once$"),
     lambda m: f"models 中 {m.group('names')} 出现了两次（{m.group('value')}）；每个模型只写一次"),
    ("find_rows: an expression for csa or ssr",
     re.compile(r"(?P<type>type|--type) (?P<kind>'[^']*') takes no expression and no (?P<observed>observed=|--observed): "
                r"those select untenable rows \(type 'untenable' or 'all'\)$"),
     lambda m: (f"{m.group('type')} {m.group('kind')} 不接受表达式，也不接受 {m.group('observed')}：它们用于选择不可成立的行"
                "（type 'untenable' 或 'all'）")),
    ("a sweep file's ranges not a list",   # sweep_spec.py: ranges: {parameter: ..., step: ...} or ranges: 20
     re.compile(r"'ranges' must be a list of ranges, got (?:a mapping \(keys (?P<keys>[^()]*)\): write each range as an "
                r"item of a list, (?P<eg>'- \{.*\}')|(?P<value>.+))$"),
     lambda m: ("'ranges' 必须是范围的列表，现为"
                + (f"映射（键 {m.group('keys')}）：请把每个范围写成列表的一项，{m.group('eg')}" if m.group("keys") else
                   f" {m.group('value')}"))),
    ("good_practice: an outcome in brackets",   # benchmark_sentence(outcome='EFF (good)')
     re.compile(r"outcome must be the outcome's name \(text without brackets\) or None, got (?P<value>.+)$"),
     lambda m: f"outcome 必须是结果的名称（不带括号的文本）或 None，现为 {m.group('value')}"),
    ("chain --outcomes: not a set",   # chain.py: outcomes / ordering naming no set of the data
     re.compile(r"(?P<what>--outcomes|outcomes|--ordering|ordering): (?P<name>'[^']*'|\"[^\"]*\") is not a set of "
                r"(?P<data>the data|.+?)(?=; did you mean | \(sets: )(?:; did you mean '[^']*'(?: or '[^']*')*\?(?: \(names "
                r"are case-sensitive\))?)? \(sets: (?P<sets>[^()]*)\)$"),
     lambda m: (f"{m.group('what')}：{m.group('name')} 不是{'数据' if m.group('data') == 'the data' else ' ' + m.group('data') + ' '}"
                f"中的集合（集合：{m.group('sets')}）")),
    ("n_jobs of joblib's parallel_config",   # _parallel: n_jobs=None, parallel_config(n_jobs=0)
     re.compile(r"n_jobs is None, so joblib\.parallel_config's n_jobs applies: it (?P<rest>must be .+)$"),
     lambda m: (None if (line := _error_message_zh("n_jobs " + m.group("rest"))) is None else
                "n_jobs 为 None，因此适用 joblib.parallel_config 的 n_jobs：它" + line.removeprefix("n_jobs "))),
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
    ("--case-column: the outcome or a condition",
     re.compile(r"--case-column (?P<name>.+?): that column is (?P<role>the outcome|a condition); the case column holds the "
                r"cases' names \(default: 'case'\)$"),
     lambda m: (f"--case-column {m.group('name')}：该列是{'结果' if m.group('role') == 'the outcome' else '一个条件'}；案例列"
                "存放的是案例的名称（默认：'case'）")),
]


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

def engine_error_zh(error: BaseException) -> str | None:
    """One Chinese line for an engine error (QCAInputError) a participant meets in the workshop's exercises: what is
    wrong and what is allowed, with the parameter, the value and the names the error gives copied from it
    (ENGINE_ERRORS_ZH, by the kind of error and its parameter), and the hints it gives that the workshop knows (did
    you mean, a percentage, a number as text, the columns). None for an error of another form: no line rather than
    a wrong one. A refusal of a budget (QCAComplexityError: more prime implicants, models or work than max_...) gets
    its line too, for a teacher's own data."""
    if not isinstance(error, (QCAInputError, QCAComplexityError)):
        return None
    return _with_lengths_zh(_error_message_zh, str(error))


#: The ending the engine gives a data error when the conditions were taken from the data (every column but the
#: outcome and the case names) and some of them hold no numbers: which columns to leave out (analysis.qca.data).
_CONDITIONS_TAKEN = re.compile(r"; the conditions were taken from every column but the outcome and the case names: if "
                               r"(?P<odd>.+?) (?P<verb>is|are) no set, list the conditions without (?:it|them): "
                               r"(?:(?P<how>conditions='[^']*') \(CLI: (?P<cli>--conditions \S+)\)|(?P<flag>--conditions "
                               r"\S+))$")
_SPEC_PART = re.compile(r"(?:test (?P<test>\d+|'[^']*')|range (?P<range>\d+)(?: \((?P<what>parameter: [^()]*)\))?"
                        r"|spec\[(?P<set>'[^']*')\](?P<sets>(?:, spec\['[^']*'\])*)|calibrate (?P<calibrated>'[^']*')): "
                        r"(?P<rest>.+)$")


def _placed_error_zh(message: str) -> str | None:
    """The line of an engine error placed in a researcher's file (_SPEC_FILE, _SPEC_PART: the file, a test, a range,
    a set): the place in Chinese, then the error's own line; None when the error has none. The calibrate command
    writes calibrate()'s arguments as its file does ("type: 'crisp'", calibrate.spec_file_form): they are read as the
    engine writes them and said back as the file does."""
    from analysis.qca.calibrate import SPEC_FILE_FORM

    if file := _SPEC_FILE.match(message):
        rest = file.group("rest")
        line = _error_message_zh(rest)
        if line is None:
            written: list[tuple[str, str]] = []
            form = re.compile(SPEC_FILE_FORM.pattern.replace(")=(", "): ("))

            def engine(m: re.Match) -> str:
                written.append((m.group(1), m.group(2)))
                return f"{m.group(1)}={m.group(2)}"

            line = _error_message_zh(form.sub(engine, rest)) if form.search(rest) else None
            for key, value in written:
                line = line and line.replace(f"{key}={value}", f"{key}: {value}")
        if line is not None:   # else a test's or a range's error naming a file (a --raw file), read below
            return f"{file.group('file')}：{line}"
    if part := _SPEC_PART.match(message):
        line = _error_message_zh(part.group("rest"))
        place = (f"检验 {part.group('test')}" if part.group("test") else
                 f"范围 {part.group('range')}" + (f"（{part.group('what')}）" if part.group("what") else "")
                 if part.group("range") else f"spec[{part.group('set')}]{part.group('sets')}" if part.group("set") else
                 f"calibrate {part.group('calibrated')}")
        return line and f"{place}：{line}"
    return None


#: The ending the robustness protocol gives a set's raw column the raw data lack (protocol._source_hint): how a raw
#: column named otherwise than its set is given as its source, said after the names meant and the raw data's columns.
_SOURCE_NAMED = re.compile(r"; a raw column named otherwise than its set is given as its source: (?:(?P<test>calibrate: "
                           r"\{.*\})|(?P<call>threshold_range\(\.\.\., source=[^()]*\)), a sweep file's range source: "
                           r"(?P<key>.+))$")


def _error_message_zh(message: str) -> str | None:
    """engine_error_zh's line for an engine error's message, as text: for an error a report quotes (good_practice's
    ESA row: 'not checked: contradictory simplifying assumptions (<the error>)'); None for a message of another form.
    A message joining several problems with ' | ' (the data's cells that are not numbers, missing, ...: one error for
    all of them) has each problem's line, joined so; none when one problem has none. The ending of a data error
    with the conditions taken from the data (_CONDITIONS_TAKEN: the columns to leave out) is said after the line of
    the error it ends."""
    named = _SOURCE_NAMED.search(message)
    if named:
        line = _error_message_zh(message[:named.start()])
        return line and ("{}；名称与其集合不同的原始数据列，作为该集合的 source 给出：".format(line)
                         + (named.group("test") or f"{named.group('call')}，扫描文件中范围的 source: {named.group('key')}"))
    taken = _CONDITIONS_TAKEN.search(message)
    if taken:
        line = _error_message_zh(message[:taken.start()])
        return line and (f"{line}；条件取自除结果和案例名称以外的每一列：若 {taken.group('odd')} 不是集合，请列出不含"
                         f"{'它' if taken.group('verb') == 'is' else '它们'}的条件："
                         + (f"{taken.group('how')}（命令行：{taken.group('cli')}）" if taken.group("how") else
                            taken.group("flag")))   # the command line's own ending: its flag alone
    if " | " in message:
        parts = [_error_message_zh(part) for part in message.split(" | ")]
        if all(parts):
            return " | ".join(parts)
    for _kind, form, said in ENGINE_ERRORS_ZH:
        found = form.match(message)
        if found:   # a quoted error's hints are said by its own line (_quoted_error_zh)
            line = said(found)
            hints = "" if found.re.groupindex.get("quoted") and found.group("quoted") else _hints_zh(message, found.span())
            if line is None:   # a form the table knows, with a part it cannot say in Chinese
                return None
            return line + (hints if not hints or hints.startswith("（") else f"；{hints}")
    placed = _placed_error_zh(message)
    flag = _FLAG_FIRST.match(message) if placed is None else None
    return _flag_error_zh(flag) if flag else placed


#: A command-line error that begins with its flag ('--exclude: row number 99 out of range ...', "--incl-cut must
#: lie in [0, 1], got '1.5'"): the command says the argument's own error with the flag in the argument's place.
_FLAG_FIRST = re.compile(r"--(?P<flag>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?=[: ])")


def _flag_error_zh(flag: re.Match) -> str | None:
    """The line of a command-line error that begins with its flag and has no form of its own: the error read as its
    argument's (--incl-cut as incl_cut), each time the line names the argument outside a quoted value said with the
    flag ('--incl-cut 必须在 0 到 1 之间'); None when the argument's error has no line, or its form does not read the
    command's words (a hint naming other flags, a value quoted otherwise): no line rather than a wrong one."""
    name, rest = flag.group("flag").replace("-", "_"), flag.string[flag.end():]
    line = _error_message_zh(name + rest)
    if line is None:   # '--dir-exp: directional expectation ...': one value's error, the flag put before it by the
        # command line (cli._cli_message)
        line = (_error_message_zh(rest[2:]) if rest.startswith((": directional expectation ",
                                                                 ": cannot read directional expectation ")) else None)
        return line and f"--{flag.group('flag')}：{line}"
    named = re.compile(rf"(?<![\w.\-]){re.escape(name)}(?![\w\-=(])")
    return "".join(part if part.startswith("'") else named.sub("--" + flag.group("flag"), part)
                   for part in re.split(r"('[^']*')", line))

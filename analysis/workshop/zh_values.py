"""The Chinese of the engine's hints on a data file's values: missing values, dates, values written two
ways, text that is no number, a column without a positive row (`_value_hint_zh`)."""
from __future__ import annotations

import re

from analysis.workshop.zh_hints import _MINUS_ZH
from analysis.workshop.zh_words import _case_values_zh, _more_cases_zh, _parts_zh

_MISSING_IN = re.compile(r"(?P<column>'[^']*') \(case\(s\) (?P<cases>.+?)(?:, cell\(s\) (?P<cells>.+?) of sheet "
                         r"(?P<sheet>'[^']*'))?(?:, marked (?P<marked>'[^']*'(?:, '[^']*')*))?\)")


def _zh_missing_values(m: re.Match) -> str | None:
    """The cases with missing memberships, column by column (the cells of a worksheet, the text marking them: 'NA'),
    and a summary row taken for a case, in Chinese; None for a part of another form."""
    said = _parts_zh(m.group("columns"), _MISSING_IN, lambda found: (
        f"{found.group('column')}（案例 {_more_cases_zh(found.group('cases'))}"
        + (f"，工作表 {found.group('sheet')} 的单元格 {found.group('cells')}" if found.group("cells") else "")
        + (f"，标为 {found.group('marked')}" if found.group("marked") else "") + "）"))
    if said is None:
        return None
    return ("列 " + "；".join(said) + "中有缺失值："
            + ("校准需要每个案例都有原始值；请删除或插补这些案例，或在校准设定文件中给该集合写 'missing: keep'，让其隶属度留空"
               "（如 R 的 calibrate() 给出 NA），分析时再用 --drop-missing 删除这些案例并列出它们" if m.group("calibrate") else
               "QCA 无法把隶属度缺失的案例放进任何组态；请先明确地删除或插补这些案例")
            + (f"（要删除它们并列出被删除的案例：在 Python 中用 {m.group('dropna')}；在命令行中加上 --drop-missing）"
               if m.group("dropna") else "")
            + (f"；案例 {_more_cases_zh(m.group('summary'))} 像是数据下方的汇总行（合计、均值或其他统计量），不是案例：请删除"
               + ("这些行" if m.group(0).endswith("rows") else "该行") if m.group("summary") else ""))


#: Dates a column holds, as the reader's hints name them: with what the file says the column is (a Stata or SPSS date
#: variable, sheets.Grid's dates) or not.
_DATES = (r"(?:a date or time variable of the (?P<program>Stata|SPSS) file(?: \(format (?P<format>[^()]+)\))?: dates|dates or "
          r"times) \(e\.g\. (?P<e>'[^']*')\)")


def _dates_zh(m: re.Match) -> str:
    return ((f"{m.group('program')} 文件中的日期或时间变量" + (f"（格式 {m.group('format')}）" if m.group("format") else "")
             + "：日期") if m.group("program") else "日期或时间") + f"（如 {m.group('e')}）"


#: The reader's hints after the cells of a column that are not numbers (data._value_hint, and the case names or typed
#: cells _numeric_columns says), in Chinese: by the English hint; a hint of another form has no line.
_VALUE_HINTS_ZH = [
    (r"durations \(e\.g\. (?P<e>'[^']*')\), not numbers: compute a number from each \(in days, "
     r"df\[col\]\.dt\.total_seconds\(\) / 86400\) and (?P<then>calibrate that|calibrate it into memberships "
     r"\(analysis\.qca\.calibrate\))",
     lambda m: ("时长（例如 " + m.group("e") + "），不是数字：请由每个值算出一个数（以天计，df[col].dt.total_seconds() / "
                "86400），" + ("再校准它" if m.group("then") == "calibrate that" else
                             "再把它校准为隶属度（analysis.qca.calibrate）"))),
    (r"mistyped cells in a column of numbers \(its other cells are numbers\): correct them",
     "输错的单元格（该列其余单元格都是数字）：请改正"),
    (r"several values in each cell \(a list or a record, e\.g\. (?P<e>.+?), as nested JSON or Parquet data hold\), not one "
     r"number: give each case one number in the column \(the element meant\)",
     "每个单元格中有多个值（列表或记录，例如 {e}，嵌套的 JSON 或 Parquet 数据即如此），不是一个数字：请在该列中给每个案例一个"
     "数字（所需的那个元素）"),
    (r"text labels \(e\.g\. SPSS value labels\): export the numeric codes, or recode the labels to numbers",
     "文字标签（如 SPSS 的值标签）：请导出数字代码，或把标签重新编码为数字"),
    (r"every value is text(?P<unique> and unique, like case names|, like case names, but (?P<names>.+?) (?:names|each "
     r"name) more than one case): if (?P<c>'[^']*') names the cases, (?P<own>give each case a name of its own and )?pass "
     r"(?:(?P<w>case_column='[^']*') \(CLI: (?P<cli>--case-column \S+)\)|(?P<flag>--case-column \S+))",
     lambda m: ("每个值都是文本" + ("且各不相同，像案例名称" if m.group("names") is None else
                             f"，像案例名称，但 {m.group('names')} 不止指一个案例")
                + f"：若 {m.group('c')} 是案例名称，请" + ("给每个案例一个自己的名称，并" if m.group("own") else "")
                + (f"传 {m.group('w')}（命令行：{m.group('cli')}）" if m.group("w") else f"加 {m.group('flag')}"))),
    (r"a yes/no label: recode it to 1/0 \((?:on the command line, by calibrate --spec with the set (?P<set>[^;]*?: "
     r"\{codes: \{[^}]*\}\})(?: and one alike for each of (?P<alike>[^;]*))?; )?(?:in pandas: (?P<cmd>df\[[^]]*\] = "
     r"df\[[^]]*\]\.map\(\{[^}]*\}\)); )?or export numeric codes, not value labels\)",
     lambda m: ("是/否标签：请重新编码为 1/0（"
                + (f"命令行中：用 calibrate --spec 文件中的集合 {m.group('set')}"
                   + (f"（{m.group('alike')} 各写一个同样的集合）" if m.group("alike") else "") + " 重新编码；"
                   if m.group("set") else "")
                + (f"pandas 中：{m.group('cmd')}；" if m.group("cmd") else "")
                + "或导出数字代码，而不是值标签）")),
    (r"a percentage: QCA needs memberships in \[0, 1\]; calibrate the raw percentages first \(analysis\.qca\.calibrate\)",
     "百分数：QCA 需要 [0, 1] 中的隶属度；请先校准原始的百分数（analysis.qca.calibrate）"),
    (r"a percentage: remove the % signs \((?P<given>'[^']*') -> (?P<write>'[^']*'), thresholds on the same 0-100 scale\) "
     r"or divide by 100 \(thresholds on a 0-1 scale\)",
     "百分数：请去掉 % 号（{given} -> {write}，thresholds 用同样的 0-100 尺度），或除以 100（thresholds 用 0-1 尺度）"),
    (r"a percentage among memberships in \[0, 1\] \((?P<raw>'[^']*') is (?P<share>\S+)\): write it as its other cells "
     r"are written, a membership from 0 to 1",
     "隶属度中的百分数（{raw} 即 {share}）：请像该列其他单元格那样，写成 0 到 1 之间的隶属度"),
    (r"a decimal comma \(or a thousands separator\): write numbers with a point and no separators \((?P<e>'[^']*'): "
     r"(?P<point>[^ ()]+)(?: or (?P<plain>[^ ()]+)\?)?\), e\.g\. save the CSV with '\.' as decimal separator",
     lambda m: (f"小数逗号（或千位分隔符）：请用小数点写数字，不加分隔符（{m.group('e')}："
                + (f"{m.group('point')} 还是 {m.group('plain')}？" if m.group("plain") else m.group("point"))
                + "），例如另存 CSV 时以 '.' 作小数点")),
    (r"full-width characters \(e\.g\. (?P<e>'[^']*'), typed with a Chinese or Japanese input method, 全角\): write "
     r"numbers with ASCII \(half-width, 半角\) digits, point and signs, e\.g\. (?P<w>'[^']*')",
     "全角字符（如 {e}，中文或日文输入法输入）：请用半角（ASCII）的数字、小数点和正负号写数字，例如 {w}"),
    (r"a decimal comma in a string variable \((?P<e>'[^']*')\): in Stata, destring (?P<c>\S+), replace dpcomma, and save the "
     r"file",
     "字符串变量中的小数逗号（{e}）：请在 Stata 中执行 destring {c}, replace dpcomma，并保存文件"),
    (r"a decimal comma in cells holding text, not numbers \((?P<e>'[^']*'): Excel keeps it as text where its decimal "
     r"separator is '\.', or in a cell formatted as Text\): in Excel, select the column and replace ',' with '\.' "
     r"\(Ctrl\+H\), or format the cells as Number and type the values again, then save the workbook",
     "以文本存放的单元格中的小数逗号（{e}：Excel 在小数点为 '.' 的设置下，或在格式为“文本”的单元格中，把它存为文本）：请在 Excel 中"
     "选中该列，把 ',' 替换为 '.'（Ctrl+H），或把单元格格式设为“数值”后重新输入，然后保存工作簿"),
    (r"a fraction \(e\.g\. (?P<e>'[^']*')\), not a number the engine reads: write it as a decimal number, e\.g\. "
     r"(?P<w>\S+) \(in Excel, format the cells as Number, not Fraction, and save the file again\)",
     "分数（如 {e}），引擎不读这样的数：请写成小数，例如 {w}（在 Excel 中把单元格格式设为“数值”而不是“分数”，再保存文件）"),
    (r"an invisible character \(U\+(?P<code>[0-9A-F]{4,6}) (?P<name>[^,()]+), copied from a web page or a document\) in "
     r"(?P<t>'[^']*'|\"[^\"]*\"): delete it(?: \(the cell then reads (?P<reads>\S+)\))?",
     lambda m: (f"{m.group('t')} 中有不可见字符（U+{m.group('code')} {m.group('name')}，从网页或文档中复制而来）：请删除它"
                + (f"（删除后该单元格为 {m.group('reads')}）" if m.group("reads") else ""))),
    (r"the Chinese full stop '。' \(U\+3002, typed with a Chinese input method, 全角\) for the decimal point \(e\.g\. "
     r"(?P<e>'[^']*')\): write numbers with the ASCII point '\.', e\.g\. (?P<w>'[^']*')",
     "中文句号 '。'（U+3002，中文输入法输入的全角字符）用作了小数点（如 {e}）：请用半角（ASCII）的小数点 '.' 写数字，例如 {w}"),
    (rf"{_DATES}, not numbers: calibration needs numbers; compute one from each date "
     r"\(a year, days since an event\) and calibrate that",
     lambda m: f"{_dates_zh(m)}，不是数字：校准需要数字；请从每个日期算出一个数（年份、距某事件的天数），再校准这个数"),
    (rf"{_DATES}, not numbers: a date is no membership; leave the column out of the "
     r"conditions, or compute a number from it \(a year, days since an event\) and calibrate that",
     lambda m: (f"{_dates_zh(m)}，不是数字：日期不是隶属度；请不要把该列作为条件，或从中算出一个数（年份、距某事件的天数），"
                "再校准这个数")),
    (r"complex numbers \(an imaginary part, e\.g\. (?P<e>\S+)\): a membership or a raw value is a real number; give the "
     r"column real numbers \(df\[col\]\.to_numpy\(\)\.real, if the imaginary parts are noise\)",
     "复数（有虚部，如 {e}）：隶属度或原始数值是实数；请给该列实数（若虚部只是噪声，用 df[col].to_numpy().real）"),
    (r"a mark of a missing value \(e\.g\. (?P<e>'[^']*'), as Chinese tables write 'no data'\): a case with a missing value "
     r"cannot be placed in a configuration; drop or impute those cases explicitly first \(to drop them, naming them: in "
     r"Python, (?P<dropna>drop_missing_cases\(df, \[.*?\](?:, case_column='[^']*')?\)); on the command line, --drop-missing\)",
     "缺失值的标记（如 {e}，中文表格常这样写“无数据”）：有缺失值的案例无法放进任何组态；请先明确地删除或插补这些案例"
     "（要删除它们并列出被删除的案例：在 Python 中用 {dropna}；在命令行中加上 --drop-missing）"),
    (r"an infinite number \(or one too large for a float, e\.g\. 1e400\): QCA needs finite values",
     "无穷大的数（或超出浮点数范围的数，如 1e400）：QCA 需要有限的数值"),
    (r"a decimal comma in a string variable \((?P<e>'[^']*')\): in SPSS, COMPUTE (?P<c>\S+) = REPLACE\((?P=c), ',', '\.'\)\. "
     r"then ALTER TYPE (?P=c) \(F8\.3\)\. and save the file",
     "字符串变量中的小数逗号（{e}）：请在 SPSS 中执行 COMPUTE {c} = REPLACE({c}, ',', '.'). 再执行 ALTER TYPE {c} (F8.3).，"
     "并保存文件"),
    (r"a thousands separator or a decimal comma in cells holding text, not numbers \((?P<e>'[^']*'): (?P<reads>[^()]+)\?\): "
     r"in Excel, type each value as a number without separators, with '\.' before decimals \((?P<w>[^()]+)\), or format "
     r"the cells as Number and type them again, then save the workbook",
     lambda m: (f"以文本存放的单元格中的千位分隔符或小数逗号（{m.group('e')}：是 {m.group('reads').replace(' or ', ' 还是 ')}？）："
                f"请在 Excel 中把每个值输成不带分隔符的数字，小数前用 '.'（{m.group('w')}），或把单元格格式设为“数值”后重新输入，"
                "然后保存工作簿")),
    (r"a thousands separator \(a space or an apostrophe between groups of digits, as Excel writes numbers in a French, "
     r"Swiss or other locale\): write numbers without separators, e\.g\. (?P<w>'[^']*')",
     "千位分隔符（数字组之间的空格或撇号，法语、瑞士等地区设置下的 Excel 这样写数字）：请不加分隔符写数字，例如 {w}"),
    (r"a thousands separator ',' \(e\.g\. (?P<e>'[^']*'), a number Excel shows with separators, kept as text\): write "
     r"numbers without separators, e\.g\. (?P<w>'[^']*')",
     "千位分隔符 ','（例如 {e}，Excel 显示为带分隔符的数字，却以文本保存）：请不加分隔符写数字，例如 {w}"),
    (r"a decimal comma with '\.' between groups of digits \(as Excel writes numbers in a German, Dutch or other locale; "
     r"(?P<e>'[^']*') is (?P<n>\S+)\): write numbers with a point and no separators \((?P<w>'[^']*')\), (?:(?P<csv>e\.g\. "
     r"save the CSV with '\.' as decimal separator)|in Excel, type them as numbers \(format the cells as Number\) or "
     r"replace the separators \(Ctrl\+H\), then save the workbook)",
     lambda m: (f"小数逗号，且数字组之间用 '.' 分隔（德语、荷兰语等地区设置下的 Excel 这样写数字；{m.group('e')} 即 {m.group('n')}）："
                f"请用小数点写数字，不加分隔符（{m.group('w')}），"
                + ("例如另存 CSV 时以 '.' 作小数点" if m.group("csv") else
                   "请在 Excel 中把它们输成数字（把单元格格式设为“数值”）或替换分隔符（Ctrl+H），然后保存工作簿"))),
    (r"a minus sign other than '-' \(e\.g\. (?P<e>'[^']*'): (?P<what>[^,()]+), as a document or web page writes it\): "
     r"write the ASCII '-', e\.g\. (?P<w>'[^']*')",
     lambda m: (None if m.group("what") not in _MINUS_ZH else
                f"不是 '-' 的减号（如 {m.group('e')}：{_MINUS_ZH[m.group('what')]}，文档或网页中常这样写）：请写半角 ASCII 的 "
                f"'-'，例如 {m.group('w')}")),
    (r"an apostrophe before the number \(e\.g\. (?P<e>\"'[^\"]*\"): Excel's mark of a number stored as text\): delete "
     r"the apostrophe, e\.g\. (?P<w>'[^']*') \(in Excel, retype the value without it, or use Convert to Number\), and "
     r"save the file again",
     "数字前有撇号（如 {e}：Excel 用它标记以文本存放的数字）：请删除撇号，例如 {w}（在 Excel 中不带撇号重新输入该值，或使用“转换为数字”），"
     "并重新保存文件"),
    (r"a space inside a number \(e\.g\. (?P<e>'[^']*'), which reads (?P<r>'[^']*') without it\): delete the space",
     "数字中间有空格（如 {e}，去掉空格即 {r}）：请删除空格"),
    (r"a number with its unit \(e\.g\. (?P<e>'[^']*'), which reads (?P<r>[0-9.+-]+)\): write the number alone \(the unit "
     r"in the column's name, or in the codebook\)",
     "数字后带了单位（如 {e}，即 {r}）：请只写数字（单位写在列名或编码手册中）"),
    (r"a date as Excel shows one \(e\.g\. (?P<e>'[^']*')\): Excel turns a fraction typed as 1/2 or 2/3 into a date "
     r"\(2 January, 3 February\); type the value as a decimal \(0\.5, 0\.67\) in a cell formatted as Number or General, "
     r"and save the file again",
     "Excel 显示的日期（如 {e}）：Excel 会把输入的分数 1/2 或 2/3 变成日期（1 月 2 日、2 月 3 日）；请在格式为“数值”或“常规”的单元格中"
     "把值输成小数（0.5、0.67），并重新保存文件"),
]

#: Why a cell like '1.038' reads two ways (separators.grouped_numbers' error), in Chinese: the data write decimal
#: commas, so its '.' separates groups of digits; None for a text of another form.
_GROUPED_WHY = re.compile(
    r"(?:(?P<where>this column|column '[^']*') writes decimals with a comma \((?P<comma>'[^']*')\), so (?P<e>'[^']*') "
    r"is (?P<plain>\S+) with '\.' between groups of digits \(as Excel writes numbers in a German, Dutch or other "
    r"locale\), not (?P<read>\S+): (?:save the CSV with '\.' as decimal separator and no thousands separator "
    r"\((?P<csv>'[^']*')\)|in Excel, type it as a number without separators \((?P<excel>'[^']*')\) and the decimals with "
    r"'\.' \(replace ',' with '\.', Ctrl\+H\), then save the workbook)"
    r"|(?P<column>column '[^']*') writes decimals with a comma \((?P<comma2>'[^']*')\), so the file's '\.' separates "
    r"groups of digits, but pandas read (?P<float>\S+) as a decimal number \(probably (?P<probably>\d+)\): read the file "
    r"with (?P<call>pd\.read_csv\(path, sep=';', decimal=',', thousands='\.'\)), or save it with '\.' as decimal "
    r"separator and no thousands separator)")


def _grouped_why_zh(why: str) -> str | None:
    """_GROUPED_WHY's text in Chinese; None for another."""
    m = _GROUPED_WHY.fullmatch(why)
    if m is None:
        return None
    if m.group("column"):
        return (f"{m.group('column').replace('column ', '列 ')} 用逗号写小数（{m.group('comma2')}），因此文件中的 '.' 分隔数字组，"
                f"但 pandas 把 {m.group('float')} 读成了小数（大概是 {m.group('probably')}）：请用 {m.group('call')} 读取文件，"
                "或另存时以 '.' 作小数点、不用千位分隔符")
    where = "该列" if m.group("where") == "this column" else m.group("where").replace("column ", "列 ") + " "
    fix = (f"请另存 CSV，以 '.' 作小数点、不用千位分隔符（{m.group('csv')}）" if m.group("csv") else
           f"请在 Excel 中把它输成不带分隔符的数字（{m.group('excel')}），小数用 '.'（把 ',' 替换为 '.'，Ctrl+H），然后保存工作簿")
    return (f"{where}用逗号写小数（{m.group('comma')}），因此 {m.group('e')} 是以 '.' 分隔数字组的 {m.group('plain')}（德语、荷兰语"
            f"等地区设置下的 Excel 这样写数字），不是 {m.group('read')}：{fix}")


#: Why a cell like '1.038' may be 1038 where nothing in the data says which (separators.grouped_numbers' warning):
#: every other cell a whole number below 1000, every number with '.' three digits after it, as amounts are written.
_GROUPED_AMOUNTS = re.compile(
    r"(?P<e>'[^']*') is read as (?P<read>\S+), but every other cell is a whole number below 1000 and every number with "
    r"'\.' has three digits after it, as amounts are written with '\.' between groups of digits \(a German, Dutch or "
    r"other locale: (?P<plain>\d+)\); if so, write the numbers without separators \((?P<w>'[^']*')\)")


def _grouped_amounts_zh(why: str) -> str | None:
    """_GROUPED_AMOUNTS' text in Chinese; None for another."""
    m = _GROUPED_AMOUNTS.fullmatch(why)
    return m and (f"{m.group('e')} 读作 {m.group('read')}，但其余单元格都是小于 1000 的整数，且每个带 '.' 的数字在 '.' 后都恰有"
                  f"三位数字，正像德语、荷兰语等地区设置下以 '.' 分隔数字组所写的金额（{m.group('plain')}）；若是如此，请不加"
                  f"分隔符写这些数字（{m.group('w')}）")


_TWO_WAYS_IN = re.compile(r"(?P<column>'[^']*') \(case\(s\) (?P<cases>.+?)(?:, cell\(s\) (?P<cells>.+?) of sheet "
                          r"(?P<sheet>'[^']*'))?\): (?P<why>.+)")


def _zh_two_ways(m: re.Match) -> str | None:
    """The data's cells like '1.038' where the data write decimal commas (data._numeric_columns' 'numbers that read
    two ways'), column by column, in Chinese; None for a part of another form."""
    said = _parts_zh(m.group("columns"), _TWO_WAYS_IN, lambda found: (
        None if (why := _grouped_why_zh(found.group("why"))) is None else
        f"{found.group('column')}（案例 {_case_values_zh(found.group('cases'))}"
        + (f"，工作表 {found.group('sheet')} 的单元格 {found.group('cells')}" if found.group("cells") else "") + f"）：{why}"))
    return None if said is None else "可有两种读法的数字：列 " + "；".join(said)


_NOT_NUMBERS_IN = re.compile(r"(?P<column>'[^']*') \(case\(s\) (?P<cases>.+?)(?:, cell\(s\) (?P<cells>.+?) of sheet "
                             r"(?P<sheet>'[^']*'))?\)")
_COLUMNS_SAID = r"'[^']*'(?:, '[^']*')*"   # "'B', 'Y'": the columns a hint is said of


def _value_hint_zh(hint: str) -> str | None:
    """One of the reader's hints after cells that are not numbers (_VALUE_HINTS_ZH: a text filled in with the hint's
    parts, or a function of its match, None for a part it cannot say), in Chinese; None for another."""
    for form, said in _VALUE_HINTS_ZH:
        found = re.fullmatch(form, hint)
        if found:
            return said(found) if callable(said) else said.format(**found.groupdict())
    return None


def _zh_not_numbers(m: re.Match) -> str | None:
    """The cells that are not numbers, column by column (each case with its cell's text; a worksheet's cells), the
    hint said of each group of columns, and what the analysis needs, in Chinese; None for a part of another form."""
    body = m.group("body")
    cut = re.search(rf"; (?={_COLUMNS_SAID}: )", body)
    columns, hints = (body, "") if cut is None else (body[:cut.start()], body[cut.start():])
    said = _parts_zh(columns, _NOT_NUMBERS_IN, lambda found: (
        f"{found.group('column')}（案例 {_case_values_zh(found.group('cases'))}"
        + (f"，工作表 {found.group('sheet')} 的单元格 {found.group('cells')}" if found.group("cells") else "") + "）"))
    if said is None:
        return None
    why = ""
    for part in re.split(rf"; (?={_COLUMNS_SAID}: )", hints)[1:]:   # "'B', 'Y': <hint>", one per hint
        where, hint = part.split(": ", 1)
        hint = _value_hint_zh(hint)
        if hint is None:
            return None
        why += f"；{where}：{hint}"
    needs = ("校准需要普通的数字（如 47.2、-3、1e5）" if m.group("calibrate") else
             "QCA 需要数字：0/1（清晰集）、整数 0..L-1（多值集合）或 [0, 1] 中的隶属度（模糊集）")
    return (f"{m.group('file') + '：' if m.group('file') else ''}列 " + "；".join(said) + f"中有不是数字的值{why}。{needs}")


def _zh_no_positive_row(m: re.Match) -> str:
    # the command line's error names the flags (--incl-cut 0.8), the API's the arguments (incl_cut = 0.8)
    flags = " or --n-cut" in m.group(0)
    incl, n = ("--incl-cut ", "--n-cut ") if flags else ("incl_cut = ", "n_cut = ")
    numbers = re.fullmatch(rf"{incl}(?P<cut>\S+), highest row incl = (?P<top>\S+), {n}(?P<n>\d+)", m.group("details") or "")
    details = (f"（{incl}{numbers.group('cut')}，各行最高的 incl = {numbers.group('top')}，{n}{numbers.group('n')}）"
               if numbers else "")
    out = "OUT = 1 或 C" if m.group("c") else "OUT = 1"
    if m.group("held"):   # rows consistent enough, held back by pri_cut: pri_cut is what to lower
        # the command line's error names the flags (--incl-cut 0.8), the API's the arguments (incl_cut = 0.8)
        incl, n, pri = ("--incl-cut ", "--n-cut ", "--pri-cut") if m.group("flags") else ("incl_cut = ", "n_cut = ", "pri_cut")
        return (f"没有可最小化的正组态：结果 {m.group('outcome')} 的真值表中没有 {out} 的行：有 {m.group('held')} 行达到 "
                f"{incl}{m.group('cut')}（{n}{m.group('n')}），但其 PRI 低于 {pri}{' ' if m.group('flags') else ' = '}"
                f"{m.group('pri')}（最高的 PRI 为 {m.group('top')}）；请降低 {pri}，或检查结果")
    return (f"没有可最小化的正组态：结果 {m.group('outcome')} 的真值表中没有 {out} 的行{details}，即没有充分组态；"
            + ("请降低 --incl-cut 或 --n-cut，或检查结果" if flags else "请降低 incl_cut 或 n_cut，或检查结果"))

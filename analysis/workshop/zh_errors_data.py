"""The Chinese of the engine's errors (ENGINE_ERRORS_ZH's part, zh_errors) about the data's table: not a table,
its columns (a name twice, none, several levels, a case column), its cases (named twice, empty, none placed) and its
values (missing, not numbers, negative, out of [0, 1], numbers read two ways)."""
from __future__ import annotations

import re
from typing import Callable

from analysis.workshop.zh_error_parts import (_MISSING_CODE, _missing_code_zh, _repeated_zh, _ROWS_AT, _rows_at_zh,
                                              _zh_raw_case_twice)
from analysis.workshop.zh_hints import _MEANT, _WIDE_ANY
from analysis.workshop.zh_values import _zh_missing_values, _zh_not_numbers, _zh_two_ways
from analysis.workshop.zh_words import _case_values_zh, _dropped_list_zh, _more_cases_zh

def _frame_index_zh(m: re.Match) -> str:
    """The ending of a frame's case names twice (data.prepare_data) in Chinese: the frame's index names the cases and
    repeats them (a case entered twice, frames concatenated with their indexes), or a set made the index; '' for
    none."""
    if m.group("twice") or m.group("concat"):
        said = ("；案例以数据表的索引" + (f"（{m.group('index').strip()[1:-1]}）" if m.group("index") else "")
                + "命名，而索引重复了这些标签")
        return said + ("：是否把某个案例录入了两次？请给每个案例一个自己的名称，或删除重复录入的行" if m.group("twice") else
                       "（pd.concat 保留每个数据表原来的索引：pd.concat(..., ignore_index=True) 会为各行重新编号；每个案例有多行"
                       f"时（如面板数据的各期），每行都需要自己的名称，例如 {m.group('eg')}）")
    if m.group("set"):
        return (f"；{m.group('set')} 是数据的索引（由 {m.group('col_of')} 或 index_col=0，或 set_index 设定），因此案例以它的"
                "隶属度命名：请把它变回一列（df.reset_index()），再用一列名称为案例命名（case_column=...），或让案例按序号编号")
    return ""


#: Whose column case_column names, as its refusals say it (data.check_case_column, read.read_data).
_CASE_COLUMN_OF_ZH = {"the data's": "数据", "the raw data's": "原始数据", "the file's": "文件"}


#: What a measure's memberships outside [0, 1] are to become (measures._outside), in Chinese.
_RAW_FIRST_ZH = "；请先校准原始数值（analysis.qca.calibrate）"


def _measure_at_zh(at: str | None) -> str:
    """Where a measure's values are (measures._where: ' at case 'BE'', ' at index 'a', 'b' and 3 more', ' at positions
    0, 3'), in Chinese ("案例 'BE' 处"; '' for none: a single number)."""
    if not at:
        return ""
    word, _, labels = at.removeprefix(" at ").partition(" ")
    said = {"case": "案例", "index": "索引", "position": "位置", "positions": "位置"}.get(word, word)
    return f"{said} {_more_cases_zh(labels)} 处"


DATA_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str | None]]] = [
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
                rf"calibrate raw data first\)|{_MISSING_CODE})(?:; case (?P<summary>.+?) looks? like a summary row \(a total, "
                r"mean or other statistic below the data\), not a case: delete the rows?)?$"),
     lambda m: (f"{'条件' if m.group('role') == 'condition' else '结果'} {m.group('name')} 的隶属度超出 [0, 1]，案例 "
                f"{_case_values_zh(m.group('cases'))}：模糊集隶属度必须在 0 到 1 之间"
                + (_missing_code_zh(m) if m.group("codes") else
                   f"（是否输错了？该列其余 {m.group('others')} 个单元格都在 [0, 1] 内：请改正，或先校准原始数据）"
                   if m.group("others") else "（请先校准原始数据）")
                + (f"；案例 {_more_cases_zh(m.group('summary'))} 像是数据下方的汇总行（合计、均值或其他统计量），不是案例：请删除"
                   + ("这些行" if m.group(0).endswith("rows") else "该行") if m.group("summary") else ""))),
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
                                    r"truth_table\(\)\))?(?P<pair>: read_data returns two things, the frame and its "
                                    r"column of case names: df, case = read_data\(path\), then truth_table\(df, \.\.\., "
                                    r"case_column=case\))?(?P<columns>: a mapping of columns\? pd\.DataFrame\(data\) makes "
                                    r"the frame \(one column per set; index= the case names\))?(?P<rows>: rows of "
                                    r"values\? pd\.DataFrame\(rows, columns=\[\.\.\.\], index=\[\.\.\.\]\) makes the "
                                    r"frame \(columns= the sets' names, one per value of a row(?:, (?P<k>\d+) here)?; "
                                    r"index= the case names\))?$"),
     lambda m: (f"data 必须是 pandas 的 DataFrame（{'分析所用的数据' if m.group('analysis') else '数据表'}），现为 "
                f"{m.group('got')}"
                + (f"（先写数据，再写结果：{m.group('order')}）" if m.group("first") else "")
                + (f"（是文件名吗？请先读入，例如 {m.group('read')}；index_col 是案例名称所在的列）" if m.group("file")
                   else "")
                + (f"：此函数直接读取案例的隶属度，请传入构建该{'真值表' if m.group('kind') == 'truth table' else '解'}"
                   "所用的数据表（即传给 truth_table() 的那个）" if m.group("built") else "")
                + ("：read_data 返回两样东西，数据框和案例名称所在的列：df, case = read_data(path)，然后 truth_table(df, ..., "
                   "case_column=case)" if m.group("pair") else "")
                + ("：是按列名给出的各列吗？pd.DataFrame(data) 可以生成数据框（每个集合一列；index= 案例名称）"
                   if m.group("columns") else "")
                + ("：是按行给出的数值吗？pd.DataFrame(rows, columns=[...], index=[...]) 可以生成数据框（columns= 各集合的名称，"
                   "每行的每个值一个" + (f"，此处 {m.group('k')} 个" if m.group("k") else "") + "；index= 案例名称）"
                   if m.group("rows") else ""))),
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
    ("case column: the data's index",
     re.compile(r"case column (?P<name>'[^']*') is the data's index \(read with index_col='[^']*'\), which already names "
                r"the cases: leave case_column out \(it takes a column of case names\)$"),
     lambda m: (f"case_column {m.group('name')} 是数据的索引（读入时用了 index_col={m.group('name')}），索引已经给出了案例名称："
                "请去掉 case_column（它要的是数据中一列案例名称）")),
    ("case column not a column",
     re.compile(r"case column (?P<name>'[^']*') is not in the data" + _MEANT + _WIDE_ANY + r" \(columns: [^()]*\)$"),
     lambda m: f"case_column {m.group('name')} 不是数据中的列：它要的是数据中一列案例名称"),
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
    ("data: every case dropped for a missing value",   # drop_missing_cases, --drop-missing
     re.compile(r"every case \((?P<total>\d+)\) has a missing value in (?P<columns>.+?), so dropping the cases with one "
                r"leaves none: (?P<listed>.+?)(?P<more> \.\.\.)?; fill in the cells, or leave the columns most often "
                r"missing out of the conditions$"),
     lambda m: (None if (listed := _dropped_list_zh(m.group("listed"))) is None else
                f"每个案例（{m.group('total')} 个）在 {m.group('columns')} 中都有缺失值，删除有缺失值的案例后一个也不剩："
                f"{listed}{' 等' if m.group('more') else ''}；请填写这些单元格，或把缺失最多的列从条件中去掉")),
    ("data: numbers that read two ways",
     re.compile(r"numbers that read two ways in column\(s\) (?P<columns>.+)$"), _zh_two_ways),
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
    ("a data file's case names twice",   # data.py: the cases of a file (the command names it) or a frame named twice
     re.compile(r"duplicate case name\(s\): (?P<names>[^;]+); case names must be unique(?: \(case column (?P<col>'[^']*'): "
                r"(?P<distinct>\d+) distinct values for (?P<n>\d+) cases\))?: (?P<where>.+?)"
                # a frame's index naming the cases (data.prepare_data): a case entered twice, frames concatenated, a set
                r"(?:; the cases are named by the frame's index(?P<index> \('[^']*'\))?, which repeats these labels(?:"
                r"(?P<twice>: a case entered twice\? Give each case a name of its own, or remove the row entered twice)"
                r"|(?P<concat> \(pd\.concat keeps each frame's index: pd\.concat\(\.\.\., ignore_index=True\) numbers the "
                r"rows anew; several rows per case, as a panel's waves, need a name each, e\.g\. (?P<eg>df\.set_index\(.+\))"
                r"\)))|; (?P<set>'[^']*') is the data's index \(set by (?P<col_of>index_col='[^']*') or index_col=0, or "
                r"set_index\), so its memberships name the cases: make it a column again, df\.reset_index\(\), and name the "
                r"cases by a column of names \(case_column=\.\.\.\) or leave them numbered)?$"),
     lambda m: (None if (where := _repeated_zh(m.group("where"))) is None else
                f"重复的案例名称：{m.group('names')}；案例名称必须唯一"
                + (f"（案例名称列 {m.group('col')}：{m.group('n')} 个案例只有 {m.group('distinct')} 个不同的值）"
                   if m.group("col") else "") + f"：{where}" + _frame_index_zh(m))),
    ("a data file's case name empty",   # data.py: an empty case name (the command names its file)
     re.compile(rf"(?:case name\(s\) of the index are empty in row\(s\) (?P<rows>{_ROWS_AT})|case column (?P<col>'[^']*') "
                rf"has empty case name\(s\) in row\(s\) (?P<crows>{_ROWS_AT})); every case needs a name$"),
     lambda m: ((f"案例名称在{_rows_at_zh(m.group('rows'))}为空" if m.group("rows") else
                 f"案例名称列 {m.group('col')} 在{_rows_at_zh(m.group('crows'))}为空")
                + "；每个案例都需要名称")),
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
    ("an id in full-width characters",   # read: a wave typed '１' among 1, 2 (--cluster, --unit)
     re.compile(r"(?P<what>.+?): id (?P<id>'[^']*'|\"[^\"]*\") \((?:line (?P<line>\d+)|row (?P<row>\d+))\) is written with "
                r"full-width characters while the other ids are numbers \((?P<shown>[^()]*)\): write "
                r"(?P<plain>'[^']*'|\"[^\"]*\")$"),
     lambda m: (f"{m.group('what')}：标识 {m.group('id')}（"
                + (f"第 {m.group('line')} 行" if m.group("line") else f"第 {m.group('row')} 个数据行")
                + f"）是用全角字符（中文输入法输入）写的，而其他标识都是数字（{m.group('shown')}）：请写 {m.group('plain')}")),
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
    ("the command line's case column not a column of its file",   # or read_data's case_column= (read.PYTHON_CASE_COLUMN)
     re.compile(r"(?:(?P<flag>--(?:raw-)?case-column) (?P<value>.+?)|(?P<given>case_column=(?:'[^']*'|\"[^\"]*\"))): case "
                r"column (?P<name>'[^']*'|\"[^\"]*\") is not in (?P<file>.+?)(?=; did you mean | \(columns: )"),
     lambda m: (f"{m.group('given') or m.group('flag') + ' ' + m.group('value')}：案例列 {m.group('name')} 不是 "
                f"{m.group('file')} 中的列：它要的是文件中一列案例名称")),
    ("a column to drop missing cases by not in the data",   # drop_missing_cases(df, [...])
     re.compile(r"column (?P<name>'[^']*'|\"[^\"]*\") is not in the data(?=; did you mean |; column | \(columns: )"),
     lambda m: f"列 {m.group('name')} 不在数据中"),
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
     re.compile(r"(?:case_column must be the name of (?P<where>the data's|the raw data's|the file's) column of case names|(?P<cond>"
                r"conditions) must be column names \(a list or a comma-separated string\)), got a (?P<kind>pandas Series|"
                r"pandas Index|numpy array|pandas \w+)(?: (?P<name>'[^']*'|\"[^\"]*\"))? \((?P<n>\d+) values\)(?(cond) whose "
                r"values are no column names(?:: give the column's name, (?P<conditions>conditions=\[[^\]]*\]))?; the data "
                r"frame holds the values|: give the column's name(?:, (?P<case>case_column=(?:'[^']*'|\"[^\"]*\")))?, or "
                r"name the cases by these values as the index \(df\.index = <them>\) and leave case_column out)$"),
     lambda m: ((f"conditions 必须是列名（列表或以逗号分隔的文本），现为" if m.group("cond") else
                 f"case_column 必须是{_CASE_COLUMN_OF_ZH[m.group('where')]}中案例名称列的名称，现为")
                + (f"名为 {m.group('name')} 的 " if m.group("name") else " ") + m.group("kind")
                + f"（{m.group('n')} 个值）"
                + ((f"，其值不是列名" + (f"：请给出列名，写作 {m.group('conditions')}" if m.group("conditions") else "")
                    + "；数据表中已有这些值") if m.group("cond") else
                   "：请给出列名" + (f"，写作 {m.group('case')}" if m.group("case") else "")
                   + "，或把这些值设为索引来命名案例（df.index = <它们>），并去掉 case_column"))),
    ("case_column neither a text nor a column's values",   # data.check_case_column, read.read_data: True, ('case',)
     re.compile(r"case_column must be the name of (?P<where>the data's|the raw data's|the file's) column of case names, "
                r"got (?P<value>.+) \((?P<type>[\w.]+)\): (?:give the column's name as a text, e\.g\. case_column='case', or "
                r"leave it out|a header holds texts, (?P<write>case_column=(?:'[^']*'|\"[^\"]*\")))$"),
     lambda m: (f"case_column 必须是{_CASE_COLUMN_OF_ZH[m.group('where')]}中案例名称列的名称，现为 {m.group('value')}"
                f"（{m.group('type')}）：" + (f"表头中的列名是文本：请写 {m.group('write')}" if m.group("write") else
                                            "请以文本给出列名，例如 case_column='case'，或不写 case_column"))),
    ("a measure's memberships as text",   # measures.py: x holding '0.81'
     re.compile(r"(?P<name>.+?) must be memberships in \[0, 1\] \(numbers\), got text such as (?P<text>'[^']*'|\"[^\"]*\")"
                r"(?:: a number written as text; convert (?:the column first, (?P<col>pd\.to_numeric\(.+\))|the columns "
                r"first, (?P<cols>.+\.apply\(pd\.to_numeric\))))?$"),
     lambda m: (f"{m.group('name')} 必须是 [0, 1] 中的隶属度（数字），现为文本，如 {m.group('text')}"
                + (f"：这是写成文本的数字；请先转换该列：{m.group('col')}" if m.group("col") else
                   f"：这是写成文本的数字；请先转换这些列：{m.group('cols')}" if m.group("cols") else ""))),
    ("a measure's memberships missing, outside [0, 1] or not numbers",   # measures._membership: x of raw values, NaN
     re.compile(r"(?P<name>.+?) must be memberships in \[0, 1\](?: \(a number or a sequence of numbers\), got (?P<text>"
                r"'.*'|\".*\"|b'.*'|None)(?: \(\d{1,3}(?:,\d{3})* characters\))?| without missing values, got (?P<nan>NaN|a "
                r"missing value)(?P<nan_at> at .+)?|, got (?:(?P<one>-?(?:[\d.]+(?:e[+-]?\d+)?|inf))|a value outside it"
                r"(?P<one_at> at .+?)? \((?P<first>[^()]+)\)|values outside it(?P<many_at> at .+?)? \(e\.g\. "
                r"(?P<eg>[^()]+)\)); calibrate raw values first \(analysis\.qca\.calibrate\)| \(numbers\), got the "
                r"non-numeric value (?P<value>.+)| \(numbers\), got (?P<dtype>\w+) values such as (?P<such>.+))$"),
     lambda m: (f"{m.group('name')} 必须是 [0, 1] 中的隶属度"
                + (f"（一个数或一列数），现为 {m.group('text')}" if m.group("text") else
                   f"，不能有缺失值，现在{_measure_at_zh(m.group('nan_at'))}有缺失值" if m.group("nan") else
                   f"（数字），现为非数字的值 {m.group('value')}" if m.group("value") else
                   f"（数字），现为 {m.group('dtype')} 类型的值，如 {m.group('such')}" if m.group("dtype") else
                   f"，现为 {m.group('one')}" + _RAW_FIRST_ZH if m.group("one") else
                   f"，现在{_measure_at_zh(m.group('one_at'))}有一个值在此范围之外（{m.group('first')}）" + _RAW_FIRST_ZH
                   if m.group("first") else
                   f"，现在{_measure_at_zh(m.group('many_at'))}有值在此范围之外（如 {m.group('eg')}）" + _RAW_FIRST_ZH))),
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
    ("--case-column: the outcome or a condition",
     re.compile(r"--case-column (?P<name>.+?): that column is (?P<role>the outcome|a condition); the case column holds the "
                r"cases' names \(default: 'case'\)$"),
     lambda m: (f"--case-column {m.group('name')}：该列是{'结果' if m.group('role') == 'the outcome' else '一个条件'}；案例列"
                "存放的是案例的名称（默认：'case'）")),
]

"""The Chinese line under an engine warning (`engine_warning_zh`): the table of the warnings' forms and
their Chinese (ENGINE_WARNINGS_ZH, which README counts)."""
from __future__ import annotations

import re
from typing import Callable

from analysis.workshop.zh_notes import _note_message_zh, _relevance_why_zh
from analysis.workshop.zh_values import _grouped_amounts_zh
from analysis.workshop.zh_words import (_case_values_zh, _dropped_list_zh, _kind_zh, _more_cases_zh,
                                        _raw_value_place_zh, _rows_zh, _shares_zh, _SPEC_FILE, _with_lengths_zh)

#: The reasons ESA blocks rows (esa_rows' keys), in Chinese.
_BLOCKED_ZH = {"necessity": "必要条件", "untenable": "不可成立的假设", "contradictory": "矛盾的假设"}

def _and_zh(values: str) -> str:
    """Numbers the engine lists as '1, 2 and 5', in Chinese ('1、2 和 5')."""
    return values.replace(" and ", " 和 ").replace(", ", "、")


def _blocked_zh(reasons: str) -> str | None:
    """The rows ESA blocked by reason, as exclude_rows' label of an ESA table gives them ('necessity: 1, 2; untenable:
    none (observed row 5 inside it not blocked)'), in Chinese; None for a part of another form."""
    parts = re.findall(r"(necessity|untenable|contradictory): (none|\d+(?:, \d+)*)(?: \(observed rows? (\d+(?:, \d+)*) "
                       r"inside it not blocked\))?(?:; |$)", reasons)
    said = "; ".join(f"{k}: {rows}" + (f" (observed {'rows' if ',' in seen else 'row'} {seen} inside it not blocked)"
                                        if seen else "") for k, rows, seen in parts)
    if said != reasons:
        return None
    return "；".join(f"{_BLOCKED_ZH[k]}：{'无' if rows == 'none' else rows}" + (f"（其中观察到的行 {seen} 未被阻断）" if seen else "")
                    for k, rows, seen in parts)


#: A case whose reading the 3-decimal memberships (SetMethods') flip, as the rounding warnings of smmr and
#: necessity_cases name it (diagnostics._exact_reading and its neighbours), with its exact values.
_FLIPPED = re.compile(r"(?P<case>[^,()]+?) \((?:TT_row (?P<tt>\S+) (?P<rel><=|>) outcome (?P<y>\S+)|TT_row (?P<kept>\S+): in its "
                      r"truth table row, left out at 0\.5 after rounding|(?P<not>not )?the most deviant of its row "
                      r"exactly: TT_row (?P<row>\S+))\)(?:, | and (?P<more>\d+) more$|$)")


def _flipped_cases_zh(cases: str) -> str | None:
    """The cases a rounding warning names, each with its exact values ('c5 (TT_row 0.6004 > outcome 0.6001)', 'q4
    (TT_row 0.5004: in its truth table row, left out at 0.5 after rounding)', '... and 3 more'), in Chinese; None when
    the list is of another form."""
    said, end = [], 0
    for found in _FLIPPED.finditer(cases):
        if found.start() != end:
            return None
        end = found.end()
        said.append(f"{found.group('case')}（" + (
            f"TT_row {found.group('tt')} {found.group('rel')} 结果 {found.group('y')}" if found.group("tt") else
            f"TT_row {found.group('kept')}：它属于其真值表行，四舍五入后为 0.5 而被排除" if found.group("kept") else
            f"按精确值{'不' if found.group('not') else ''}是其所在行中最偏离的案例：TT_row {found.group('row')}") + "）"
                    + (f"，另有 {found.group('more')} 个" if found.group("more") else ""))
    return "、".join(said).replace("、，另有", "，另有") if said and end == len(cases) else None


def _summary_rows_read(where: str, where_zh: str) -> tuple[re.Pattern, Callable[[re.Match], str]]:
    """The form and line of read_data's warning of summary rows, `where` they are (below the data, among the cases):
    one form for both warnings, which differ only there."""
    form = re.compile(r"(?P<path>.+?): (?P<places>(?:sheet '[^']*', )?(?:line|row|record|data row) \d+ \(.+?\)) "
                      r"looks? like (?:a summary row|summary rows) " + where + r", not (?:a case|cases): read as "
                      r"(?:a case|cases), (?:it enters|they enter) the analysis as (?:one|such); delete the "
                      r"(?P<unit>line|row|record)(?P<many>s)? in the file(?:, or drop (?:it|them) after reading: "
                      r"(?P<drop>.+))?$")
    return form, lambda m: (f"{m.group('path')}：" + _summary_places_zh(m.group("places")) + f"看起来是{where_zh}，"
                            "不是案例：作为案例读入，会被当作案例进入分析；请在文件中删除"
                            + ("这些" if m.group("many") else "该") + ("记录" if m.group("unit") == "record" else "行")
                            + (f"，或在读入后去掉：{m.group('drop')}" if m.group("drop") else ""))


#: The engine's warnings a participant meets in the workshop (a condition or outcome that does not vary, a skewed
#: set: exercise 5 and step 8; memberships at the crossover, a multi-value condition with a level without a case: a
#: teacher's own data), by kind: their form and their Chinese, as ENGINE_ERRORS_ZH for the errors.
ENGINE_WARNINGS_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str]]] = [
    ("chart --csv", re.compile(r"chart --csv: the chart's long table \(group, path, condition, value, role\); each "
                               r"model's fit and the notes: --json$"),
     lambda m: "chart --csv：只输出组态图的长表（group, path, condition, value, role）；各模型的拟合和注释：请用 --json"),
    ("observed rows recoded by exclude",
     re.compile(r"excluded: observed rows? (?P<rows>\d+(?:, \d+)*) recoded as OUT = 0$"),
     lambda m: (f"exclude：观察到的行（{_rows_zh(m.group('rows'))}）被重新编码为 OUT = 0：这改变了观察到的结果，而不只是关于逻辑余项"
                "的假设")),
    ("theory --csv", re.compile(r"theory --csv: the fit table only; the cases of each intersection and their Boolean "
                                r"forms: --json$"),
     lambda m: "theory --csv：只输出拟合表；各交集的案例及其布尔表达式：请用 --json"),
    ("chain --csv", re.compile(r"chain --csv: the chain's models, one row per asf \(csf, removed_from: the complex "
                               r"solution formulas holding it and those it was removed from, as --csf numbers them\); "
                               r"the formulas themselves: --csf --csv$"),
     lambda m: ("chain --csv：输出因果链的模型，每个 asf 一行（csf、removed_from：含有它的复合解公式，以及把它去掉的复合解公式，"
                "按 --csf 的编号）；复合解公式本身：请用 --csf --csv")),
    ("chain --csf printed to a file", re.compile(r"chain --csf: the complex solution formulas as a text table, not CSV "
                                                 r"\(the output is not a terminal\): for CSV add --csv \(--csv alone "
                                                 r"writes the chain's models\)$"),
     lambda m: "chain --csf：复合解公式输出为文本表格，不是 CSV（输出不是终端）：要输出 CSV，请加上 --csv（只用 --csv 输出的是因果链的模型）"),
    ("skewed set", re.compile(r"skewed (?P<role>condition|outcome) (?P<name>'[^']*'): (?P<share>\d+(?:\.\d+)?%) of "
                              r"cases have membership above 0\.5 \(outside (?P<bounds>\[[^\]]*\])(?:; (?P<half>\d+) of (?P<n>\d+) "
                              r"cases at exactly 0\.5, neither in nor out)?\); consistency may be inflated "
                              r"and necessity of low relevance \(check RoN and coverage\)$"),
     lambda m: (f"{'条件' if m.group('role') == 'condition' else '结果'} {m.group('name')} 偏斜：{m.group('share')} 的案例"
                f"隶属度高于 0.5（在 {m.group('bounds')} 之外"
                + (f"；{m.group('n')} 个案例中有 {m.group('half')} 个恰为 0.5，既不在集合内也不在集合外" if m.group("half") else "")
                + "）；一致性可能被高估，必要性的相关性可能偏低（请查看 RoN 和覆盖度）")),
    ("constant condition", re.compile(r"condition (?P<name>'[^']*') is constant \((?P<value>\S+) for every case\): it "
                                      r"cannot distinguish configurations and doubles the remainders$"),
     lambda m: f"条件 {m.group('name')} 是常量（每个案例都为 {m.group('value')}）：它无法区分组态，并使逻辑余项的数目加倍"),
    ("constant outcome", re.compile(r"outcome (?P<name>'[^']*') is constant \((?P<value>\S+) for every case\): conditions "
                                    r"cannot explain an outcome that does not vary"),
     lambda m: (f"结果 {m.group('name')} 是常量（每个案例都为 {m.group('value')}）：条件无法解释不变的结果（必要性与充分性"
                "失去意义或无定义，NaN）；请检查结果列、其校准或所选的值")),
    ("calibrated set that does not vary",
     re.compile(r"(?:the calibrated set|set (?P<name>'[^']*')): (?P<where>.+?) \((?:raw (?:values|(?P<raw>'[^']*')) from "
                r"(?P<lo>\S+) to (?P<hi>\S+), )?thresholds (?P<thresholds>.+)\): the set does not vary in kind \(no case "
                r"on the other side\), which no analysis can use; check that the thresholds are on the scale of the data"
                r"(?:; the raw values (?P<scale>lie between 0 and 1|are percentages) .*?: did you mean "
                r"thresholds='(?P<meant>[^']*)'\?)?$"),
     lambda m: _where_zh(m.group("where")) and (
         f"{'校准后的集合' if m.group('name') is None else '集合 ' + m.group('name')}：{_where_zh(m.group('where'))}（"
         + (f"原始{' ' + m.group('raw') + ' ' if m.group('raw') else '数值'}从 {m.group('lo')} 到 {m.group('hi')}，"
            if m.group("lo") else "")
         + f"thresholds 为 {m.group('thresholds')}）：该集合在类别上没有变化（另一侧没有案例），任何分析都无法使用；"
         "请检查 thresholds 是否与数据的尺度一致"
         + ("" if m.group("scale") is None else
            ("；原始数值在 0 到 1 之间（比例：Excel 显示为 98.2% 的单元格存的是 0.982），而 thresholds 是百分数"
             if m.group("scale") == "lie between 0 and 1" else
             "；原始数值是百分数（最大到 100），而 thresholds 在 0 到 1 之间，像比例")
            + f"：是否想写 thresholds='{m.group('meant')}'？"))),
    ("calibrate_frame: case names neither calibrated nor kept",   # a column of names left out of spec and keep
     re.compile(r"columns? (?P<names>.+?) \(a different text in every row, as case names are\) (?:is|are) neither "
                r"calibrated nor kept: the result numbers the cases as the frame's index does \((?P<shown>.+?), \.\.\.\) "
                r"and leaves (?P<first>.+?) out; if it names the cases, (?P<keep>keep=(?:'[^']*'|\"[^\"]*\")) \(then "
                r"(?P<case>case_column=(?:'[^']*'|\"[^\"]*\"))\), or read the file with (?P<read>read_data\(path, "
                r"case_column=.+\))$"),
     lambda m: (f"列 {m.group('names')}（每行的文本都不同，像案例名称那样）既没有被校准，也没有被保留：结果按数据框的索引给案例"
                f"编号（{m.group('shown')}, ...），并去掉 {m.group('first')}；若它是案例名称，请写 {m.group('keep')}（然后 "
                f"{m.group('case')}），或用 {m.group('read')} 读取文件")),
    ("skewed multi-value condition",
     re.compile(r"skewed condition (?P<name>'[^']*') \(multi-value, (?P<k>\d+) levels(?P<held> with cases)?\): the share "
                r"of cases at levels? (?P<levels>.+?) lies outside (?P<scaled>\[[^\]]*\]) \((?P<bounds>\[[^\]]*\]) with "
                r"the lower bound scaled by 2/(?P=k): an even split gives each level 1/(?P=k) of the cases, not 1/2\); each "
                r"level is a set of its own, so consistency may be inflated and necessity of low relevance \(check RoN "
                r"and coverage\)$"),
     lambda m: (f"多值条件 {m.group('name')} 偏斜（{m.group('k')} 个{'有案例的' if m.group('held') else ''}水平）：水平 "
                f"{_shares_zh(m.group('levels'))} 的案例比例在 {m.group('scaled')} 之外（即 {m.group('bounds')}，下限按 2/{m.group('k')} "
                f"缩放：均匀分布时每个水平占 1/{m.group('k')} 的案例，而不是 1/2）；每个水平各是一个集合，因此一致性可能被高估，"
                "必要性的相关性可能偏低（请查看 RoN 和覆盖度）")),
    ("outcome at the crossover",
     re.compile(r"outcome (?P<name>'[^']*') has membership exactly 0\.5 for cases? (?P<cases>.+): neither in nor out "
                r"of the outcome$"),
     lambda m: (f"结果 {m.group('name')} 中案例 {_more_cases_zh(m.group('cases'))} 的隶属度正好是 0.5：既不属于结果，"
                "也不属于其否定")),
    ("condition at the crossover",
     re.compile(r"condition (?P<name>'[^']*') has membership exactly 0\.5 for case\(s\) (?P<cases>.+): such cases belong "
                r"to no truth table row \(maximum ambiguity\); recalibrate to avoid 0\.5$"),
     lambda m: (f"条件 {m.group('name')} 中案例 {_more_cases_zh(m.group('cases'))} 的隶属度正好是 0.5：这些案例不属于真值表的"
                "任何一行（最大的模糊性）；请重新校准，避免隶属度为 0.5")),
    ("calibrate: cases calibrated to exactly 0.5",   # calibrate._half_membership_note (calibrate_frame's)
     re.compile(r"set (?P<set>'[^']*'): case(?:\(s\)|s)? (?P<cases>.+?) calibrated to exactly 0\.5 \(raw "
                r"(?P<source>'[^']*') (?P<raw>[^()]+?)(?P<where>, the crossovers?)?\): neither in nor out of the set \(as a "
                r"condition, in no truth table row\); move the crossover off the cases' values(?: \(its crossover"
                r"(?:(?P<median>, the 50th percentile of an odd number of cases, is the middle case's value)|, a percentile "
                r"of the raw values, falls on a case's value): give the set thresholds, the crossover between two cases' "
                r"values\))?$"),
     lambda m: (f"集合 {m.group('set')}：案例 {_more_cases_zh(m.group('cases'))} 被校准为正好 0.5（原始列 {m.group('source')} "
                f"的值 {m.group('raw')}{'，即交叉点' if m.group('where') else ''}）：既不属于该集合，也不属于其否定（作为条件，"
                "不在真值表的任何一行）；请把交叉点移离案例的值"
                + ("" if "its crossover" not in m.group(0) else
                   "（其交叉点" + ("即奇数个案例的第 50 百分位数，也就是居中案例的值" if m.group("median") else
                                   "是原始值的一个百分位数，落在某个案例的值上")
                   + "：请给该集合写 thresholds，把交叉点放在两个案例的值之间）"))),
    ("multi-value levels without a case",
     re.compile(r"condition (?P<name>'[^']*') has integer values (?P<seen>\d+(?:, \d+)*), read as a multi-value set with "
                r"levels 0\.\.(?P<last>\d+) where level\(s\) (?P<empty>\d+(?:, \d+)*) have no case \(they add empty "
                r"configurations to the remainders\); if '[^']*' is (?:a raw score \(e\.g\. a Likert scale "
                r"(?P<scale>\d+-\d+)\) or numeric codes|(?P<gaps>codes with gaps)), calibrate it first: calibrate\(x, "
                r"type='crisp', thresholds=\[\.\.\.\]\) for crisp or multi-value sets, or calibrate\(x, thresholds='e=\.\., "
                r"c=\.\., i=\.\.'\) for a fuzzy set \(analysis\.qca\.calibrate; CLI: python -m analysis\.qca calibrate DATA "
                r"--spec SPEC, e\.g\. (?P<spec>\S+: \{type: crisp, thresholds: \.\.\})\)(?:; if '[^']*' numbers the cases "
                r"\(a case identifier\), pass (?P<write>case_column='[^']*') \(CLI: (?P<cli>--case-column \S+)\))?$"),
     lambda m: (f"条件 {m.group('name')} 的整数取值为 {m.group('seen')}，被读作水平为 0..{m.group('last')} 的多值集合，其中水平 "
                f"{m.group('empty')} 没有案例（它们给逻辑余项增加空的组态）；若 {m.group('name')} 是"
                + ("有间隔的代码" if m.group("gaps") else f"原始分数（如 {m.group('scale')} 的李克特量表）或数字代码")
                + "，请先校准：清晰集或多值集合用 calibrate(x, type='crisp', thresholds=[...])，模糊集用 calibrate(x, "
                "thresholds='e=.., c=.., i=..')（analysis.qca.calibrate；命令行：python -m analysis.qca calibrate DATA --spec "
                f"SPEC，例如 {m.group('spec')}）"
                + (f"；若 {m.group('name')} 是案例的编号（案例标识），请传 {m.group('write')}（命令行：{m.group('cli')}）"
                   if m.group("write") else ""))),
    ("a worksheet's hidden rows",   # rows filtered out in Excel are read as cases (analysis.qca.sheets)
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"): (?P<n>\d+) (?:row is|rows are) hidden or filtered out in "
                r"(?P<program>Excel|LibreOffice) \(rows? (?P<rows>[^)]+)\): (?:it is read as a case|they are read as cases) "
                r"like the others; delete (?:it|them) from the sheet if (?:it is not a case|they are not cases) of this "
                r"analysis$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')}：有 {m.group('n')} 行在 {m.group('program')} 中被隐藏或筛选掉"
                f"（第 {m.group('rows').replace(', ', '、')} 行）：{'它' if m.group('n') == '1' else '它们'}与其他行一样"
                f"被读作案例；若{'它' if m.group('n') == '1' else '它们'}不是本分析的案例，请从工作表中删除")),
    ("a worksheet's hidden columns",   # a helper column hidden in Excel is read (analysis.qca.sheets)
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"): columns? (?P<columns>.+?) (?:is|are) hidden in "
                r"(?P<program>Excel|LibreOffice): read as the others \(a condition when the conditions are not listed\); "
                r"list the conditions \(--conditions\) or delete the columns?$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')}：列 {m.group('columns')} 在 {m.group('program')} 中被隐藏：它们与"
                "其他列一样被读入（未列出条件时即成为条件）；请列出条件（--conditions），或删除这些列")),
    ("a file's names holding invisible characters",   # read._visible_names: 'DEV\u200b' in a header, a case name
     re.compile(r"(?P<path>.+?): (?P<what>column|case) names? (?P<names>.+?) holds? (?:an invisible character|invisible "
                r"characters) \((?P<chars>U\+[0-9A-F]{4,6} [A-Z][A-Z -]*(?:, U\+[0-9A-F]{4,6} [A-Z][A-Z -]*)*), copied "
                r"from a web page or a document\): read as (?P<read>.+?); delete (?:it|them) in the file$"),
     lambda m: (f"{m.group('path')}：{'列名' if m.group('what') == 'column' else '案例名称'} "
                + re.sub(r" \((column|line|data row|row|observation) (\d+|[A-Z]+)\)",
                         lambda w: f"（{w.group(2)} 列）" if w.group(2).isalpha() else "（第 {} {}）".format(
                             w.group(2), {"column": "列", "line": "行", "data row": "个数据行", "row": "行",
                                          "observation": "个观测"}[w.group(1)]),
                         m.group("names"))
                + f"含有不可见字符（{m.group('chars')}，从网页或文档中复制而来）：读作 {m.group('read')}；请在文件中删去它")),
    ("a file's column names in ASCII and full-width",   # read._warn_wide_twins: 'DEV' and 'ＤＥＶ' in one header
     re.compile(r"(?P<path>.+?): column names (?P<twins>'[^']*' \(column \d+\) and '[^']*' \(column \d+\)(?:; '[^']*' "
                r"\(column \d+\) and '[^']*' \(column \d+\))*) are one name, the second in full-width characters \(typed "
                r"with a Chinese input method, 全角\): read as two columns; delete the copy, or rename it if it holds "
                r"another set$"),
     lambda m: (f"{m.group('path')}：列名 "
                + re.sub(r" \(column (\d+)\) and ", r"（第 \1 列）和 ", re.sub(r" \(column (\d+)\)(;|$)", r"（第 \1 列）\2",
                                                                            m.group("twins"))).replace(";", "；")
                + "是同一个名称，后者用的是全角字符（中文输入法输入）：被读成了两列；请删除重复的一列，或在它是另一个集合时给它改名")),
    ("numbers that may have '.' between groups of digits",   # separators.grouped_numbers: '1.038' among 586, 350
     re.compile(r"(?:column (?P<column>'[^']*') \(case\(s\) (?P<cases>.+?)(?:, cell\(s\) (?P<cells>.+?) of sheet "
                r"(?P<sheet>'[^']*'))?\)|(?P<what>x|column '[^']*') \(e\.g\. (?P<eg>'[^']*') for (?P<by>index|case\(s\)) "
                r"(?P<labels>.+?)\)|(?:(?P<test>test '[^']*')|calibration range of (?P<set>'[^']*')): raw column "
                r"(?P<raw>'[^']*') \(cases? (?P<raw_cases>.+?)\)): (?P<why>'[^']*' is read as .+)$"),
     lambda m: (None if (why := _grouped_amounts_zh(m.group("why"))) is None else
                (f"列 {m.group('column')}（案例 {_case_values_zh(m.group('cases'))}"
                 + (f"，工作表 {m.group('sheet')} 的单元格 {m.group('cells')}" if m.group("cells") else "") + "）"
                 if m.group("column") else
                 (f"检验 {m.group('test')[5:]}：" if m.group("test") else f"{m.group('set')} 的校准范围：")
                 + f"原始数据列 {m.group('raw')}（案例 {_case_values_zh(m.group('raw_cases'))}）"
                 if m.group("raw") else
                 f"{m.group('what').replace('column ', '列 ')}（例如 {m.group('eg')}；位于"
                 f"{'索引' if m.group('by') == 'index' else '案例'} {m.group('labels').replace(' ...', ' 等')}）") + f"：{why}")),
    ("model ambiguity of the command's model",   # cli: theory, plot, cases ... of a solution of several models
     re.compile(r"model ambiguity: the solution has (?P<count>(?:at least )?\d{1,3}(?:,\d{3})*) models \((?P<models>M1: .+?)"
                r"(?:; \.\.\. (?P<more>\d{1,3}(?:,\d{3})*) more listed)?\); (?P<command>[a-z-]+) of M(?P<model>\d+) \(choose "
                r"with --model\)$"),
     lambda m: (f"模型歧义：该解有 {m.group('count').replace('at least ', '至少 ')} 个模型（{m.group('models')}"
                + (f"；……另有 {m.group('more')} 个已列出" if m.group("more") else "")
                + f"）；{m.group('command')} 用的是 M{m.group('model')}（用 --model 选择）")),
    ("ESA: a necessary condition the data do not show",   # esa: nec_cond below necessity()'s benchmark
     re.compile(r"necessary condition (?P<cond>'[^']*') \(ESA\): inclN (?P<incl>\S+) for (?P<outcome>\S+), below "
                r"(?P<bench>\S+) \(the benchmark necessity\(\) flags a necessary condition by\): ESA blocks the remainders "
                r"outside it as if it were necessary, which the data do not show; check the condition \(its negation, "
                r"the outcome\)$"),
     lambda m: (f"必要条件 {m.group('cond')}（ESA）：对 {m.group('outcome')} 的 inclN 为 {m.group('incl')}，低于 "
                f"{m.group('bench')}（necessity() 判定必要条件所用的基准）：ESA 会把它当作必要条件，阻断它之外的逻辑余项，"
                "而数据并未显示它是必要的；请检查该条件（是否应为其否定，结果是否正确）")),
    ("ESA: a necessary condition not relevant",   # esa(..., ron_cut=): consistent, but present in every case or RoN low
     re.compile(r"necessary condition (?P<cond>'[^']*') \(ESA\): inclN (?P<incl>\S+), RoN (?P<ron>\S+) for "
                r"(?P<outcome>\S+), not relevant \((?P<why>RoN below [\d.]+|present in every case)\): by ESA's rule, a "
                r"necessary condition makes the remainders without it untenable only when it is consistent with "
                r"necessity \(inclN at least the benchmark\) and relevant \(RoN at least the relevance cut, and not "
                r"present in every case; Schneider 2018\), it makes no remainder untenable; ESA blocks the remainders "
                r"outside it as asked, and good_practice\(\) does not count them$"),
     lambda m: (f"必要条件 {m.group('cond')}（ESA）：对 {m.group('outcome')} 的 inclN 为 {m.group('incl')}，RoN 为 "
                f"{m.group('ron')}，不相关（{_relevance_why_zh(m.group('why'))}）：按 ESA 的规则，必要条件只有在与必要性"
                "一致（inclN 至少达到基准）且相关（RoN 至少达到相关性阈值，且并非在每个案例中都存在；Schneider 2018）时，"
                "缺少它的逻辑余项才是不可成立的假设，因此它不使任何逻辑余项成为不可成立的假设；ESA 仍按要求阻断它之外的"
                "逻辑余项，good_practice() 不把它们计入")),
    ("ESA: an untenable expression matching observed rows",   # esa(..., untenable=) and esa --untenable
     re.compile(r"untenable (?P<expr>'[^']*'|\"[^\"]*\") \(ESA\) also matches observed rows? (?P<rows>\d+ \(OUT [^,\s]+, n "
                r"\d+\)(?:, \d+ \(OUT [^,\s]+, n \d+\))*)(?: and (?P<more>\d+) more)?: (?P<one>it is|these are) not "
                r"blocked \(ESA blocks remainders only; (?:it keeps its|they keep their) OUT\), and a combination with "
                r"cases is not impossible; check the expression \(remainders contradicting a necessary condition: "
                r"nec_cond=, CLI --nec-cond\), or recode observed rows on purpose with minimize\(\.\.\., exclude=rows\) "
                r"\(CLI: minimize --exclude\)$"),
     lambda m: (f"untenable {m.group('expr')}（ESA）也包含观察到的行 "
                + "、".join(f"{row}（OUT {out}，n {n}）"
                           for row, out, n in re.findall(r"(\d+) \(OUT ([^,\s]+), n (\d+)\)", m.group("rows")))
                + (f"，另有 {m.group('more')} 行" if m.group("more") else "")
                + f"：{'这一行' if m.group('one') == 'it is' else '这些行'}不被阻断（ESA 只阻断逻辑余项；"
                f"{'它' if m.group('one') == 'it is' else '它们'}保留原来的 OUT），而有案例的组合并非不可能；请检查该表达式"
                "（与必要条件相矛盾的逻辑余项：用 nec_cond=，命令行为 --nec-cond），或用 minimize(..., exclude=rows) 有意地"
                "重新编码观察到的行（命令行：minimize --exclude）")),
    ("ESA: positive observed rows outside a necessary condition",   # esa(..., nec_cond=) without nec_cond_observed
     re.compile(r"necessary condition (?P<cond>'[^']*'|\"[^\"]*\") \(ESA\): observed positive rows? (?P<rows>\d+ \(n \d+\)"
                r"(?:, \d+ \(n \d+\))*)(?: and (?P<more>\d+) more)? (?:lies|lie) outside it and (?:stays|stay) positive "
                r"\(ESA blocks remainders only\), so the solution may hold a path without it, against the necessity "
                r"assumed; check the necessity claim, or block (?P<it>it|them) too with nec_cond_observed=True \(CLI: "
                r"--nec-cond-observed\), as SetMethods' esa\(\) does$"),
     lambda m: (f"必要条件 {m.group('cond')}（ESA）：观察到的、编码为充分的行 "
                + "、".join(f"{row}（n {n}）" for row, n in re.findall(r"(\d+) \(n (\d+)\)", m.group("rows")))
                + (f"，另有 {m.group('more')} 行" if m.group("more") else "")
                + "位于它之外，仍编码为充分（ESA 只阻断逻辑余项），因此解可能含有一条不含它的路径，与所假定的必要性相矛盾；"
                f"请检查必要性的判断，或用 nec_cond_observed=True（命令行：--nec-cond-observed）把"
                f"{'这一行' if m.group('it') == 'it' else '这些行'}也阻断，SetMethods 的 esa() 就是这样做的")),
    ("ESA: observed rows recoded",   # esa(..., nec_cond_observed=True): the observed rows outside nec_cond blocked
     re.compile(r"ESA \((?P<reasons>(?:necessity|untenable|contradictory): .+)\): observed rows? (?P<rows>\d+(?:, \d+)*) "
                r"recoded as OUT = 0$"),
     lambda m: (None if (reasons := _blocked_zh(m.group("reasons"))) is None else
                f"ESA（{reasons}）：观察到的行（{_rows_zh(m.group('rows'))}）被重新编码为 OUT = 0")),
    ("esa --csv",   # the esa command writing the solution's table: the rows it blocked, on stderr
     re.compile(r"esa --csv: the (?P<kind>conservative|parsimonious|intermediate) solution's table; (?:(?P<blocked>blocked "
                r"\((?:necessity|untenable|contradictory)\): (?:none|\d+(?:, \d+)*)(?:; blocked \((?:necessity|untenable|"
                r"contradictory)\): (?:none|\d+(?:, \d+)*))*) \(--json gives them with the solution\)|(?P<none>no row blocked "
                r"\(no --nec-cond, --untenable, --contradictory-rows or --csa given\)))$"),
     lambda m: (f"esa --csv：输出{_kind_zh(m.group('kind'))}的表；" + "；".join(
         f"被阻断的行（{_BLOCKED_ZH[found.group(1)]}）：{'无' if found.group(2) == 'none' else found.group(2)}"
         for found in re.finditer(r"blocked \((\w+)\): (none|[\d, ]+)", m.group("blocked") or ""))
                + ("没有阻断任何行（未给出 --nec-cond、--untenable、--contradictory-rows 或 --csa）" if m.group("none") else
                   "（--json 会连同解一起给出它们）"))),
    ("necessity_cases: deviant consistency cases ranked together",   # necessity_cases(..., 'deviant consistency')
     re.compile(r"deviant consistency cases of (?P<cond>'[^']*'|\"[^\"]*\") ranked together: SetMethods ranks them within "
                r"each truth table row \(its most deviant case per row\); give conditions=\.\.\. \(CLI: --conditions\) for "
                r"that table$"),
     lambda m: (f"{m.group('cond')} 的一致性偏离案例是放在一起排序的：SetMethods 在真值表的每一行内排序（每行取其最偏离的案例）；"
                "要得到那样的表，请给出 conditions=...（命令行：--conditions）")),
    ("smmr: deviant coverage cases read off rounded memberships",   # diagnostics._warn_rounding_flips
     re.compile(r"deviant coverage cases: TT<=Y, the order and the most deviant case of each row are read off TT_row "
                r"and outcome rounded to 3 decimals, as SetMethods' smmr reads them; the exact values say otherwise for "
                r"(?P<cases>.+): smmr\(\.\.\., exact=True\) \(CLI: cases --exact\) reads the exact values$"),
     lambda m: (None if (cases := _flipped_cases_zh(m.group("cases"))) is None else
                "覆盖度偏离案例：TT<=Y、案例的顺序和每行中最偏离的案例，都按四舍五入到 3 位小数的 TT_row 和结果读出，与 SetMethods 的 "
                f"smmr 相同；按精确值结论不同的案例：{cases}；smmr(..., exact=True)（命令行：cases --exact）按精确值读取")),
    ("necessity_cases: deviant consistency cases read off rounded memberships",   # diagnostics._warn_nec_rounding_flips
     re.compile(r"deviant consistency cases: TT_row is rounded to 3 decimals before the cases are selected \(TT_row > "
                r"0\.5\) and TT<=Y is read, as SetMethods' smmr does; the exact values say otherwise for (?P<cases>.+): "
                r"necessity_cases\(\.\.\., exact=True\) \(CLI: cases --exact\) reads the exact values$"),
     lambda m: (None if (cases := _flipped_cases_zh(m.group("cases"))) is None else
                "一致性偏离案例：先把 TT_row 四舍五入到 3 位小数，再选取案例（TT_row > 0.5）并读出 TT<=Y，与 SetMethods 的 smmr "
                f"相同；按精确值结论不同的案例：{cases}；necessity_cases(..., exact=True)（命令行：cases --exact）按精确值读取")),
    ("necessity_xy: cases at the crossover",   # diagnostics.necessity_xy: X or Y of exactly 0.5
     re.compile(r"necessity_xy: cases? (?P<cases>.+?) of (?P<cond>'[^']*') ha(?:s|ve) X or (?P<outcome>\S+) of exactly "
                r"0\.5: neither in nor out of the set, (?:it is|they are) in no cell of the 2 x 2 table$"),
     lambda m: (f"necessity_xy：{m.group('cond')} 的案例 {_more_cases_zh(m.group('cases'))} 的 X 或 {m.group('outcome')} "
                "正好为 0.5：既不在集合之内，也不在集合之外，因此不在 2 x 2 表的任何一格中")),
    ("a header pandas renamed",   # data._check_name: 'DEV.1', pandas' read_csv's name for a second 'DEV'
     re.compile(r"columns (?P<a>'[^']*'|\"[^\"]*\") and (?P<b>'[^']*'|\"[^\"]*\"): pandas' read_csv renames a repeated "
                r"header (?P=a) to (?P=b); if the file names (?P=a) twice, fix its header$"),
     lambda m: (f"列 {m.group('a')} 和 {m.group('b')}：pandas 的 read_csv 会把重复的表头 {m.group('a')} 改名为 {m.group('b')}；"
                f"若文件中 {m.group('a')} 出现了两次，请修正表头")),
    ("a crisp condition with one case above 1",   # data: a typo (2 for 1) or a total row read as a multi-value level
     re.compile(r"condition (?P<name>'[^']*'|\"[^\"]*\") is 0/1 for every case but (?P<case>'[^']*'|\"[^\"]*\") "
                r"\((?P<value>[^()]+)\): read as a multi-value set with levels 0\.\.(?P<top>\d+), level (?P=value) held by "
                r"that case alone; if the (?P=value) is a typo \(or a total row\), correct it$"),
     lambda m: (f"条件 {m.group('name')} 除案例 {m.group('case')}（{m.group('value')}）外都是 0/1：它被读作水平为 "
                f"0..{m.group('top')} 的多值集合，水平 {m.group('value')} 只有这一个案例；若 {m.group('value')} 是笔误（或合计"
                "行），请改正")),
    ("a summary row among the cases",   # data: 'Total', 'Mean', '合计' below the data, analysed as a case
     re.compile(r"case (?P<cases>.+?) looks? like a summary row \(a total, mean or other statistic below the data\), not a "
                r"case: it is analysed as a case; delete the row if it is a summary$"),
     lambda m: (f"案例 {_more_cases_zh(m.group('cases'))} 看起来是汇总行（数据下方的合计、均值或其他统计量），不是案例：它会被"
                "当作案例分析；若是汇总行，请删除该行")),
    ("a summary row below the data, read",   # read._warn_summary_rows: '合计', 'Total', 'Mean' at the bottom of a file
     *_summary_rows_read(r"below the data \(a total, mean or other statistic of the cases\)",
                         "数据下方的汇总行（案例的合计、均值或其他统计量）")),
    ("a summary row among the cases, read",   # read._warn_inner_summary_rows: '合计' above the cases, 'East Total'
     *_summary_rows_read(r"among the cases \(a total or subtotal of other rows, as a spreadsheet adds it\)",
                         "夹在案例中的汇总行（其他行的合计或小计，电子表格所加）")),
    ("a summary column",   # read.warn_summary_columns: a '合计' / 'Total' column, each row's total, as a condition
     re.compile(r"(?P<path>.+?): column (?P<column>'[^']*'|\"[^\"]*\")(?: \(in every row the (?P<stat>sum|mean) of columns? "
                r"(?P<of>.+?)\))? looks like a summary column \(a total, mean or other statistic of other columns\), not a "
                r"set: read as a set, it is a condition of every analysis not given its conditions; delete the column, or "
                r"name the conditions without it \((?P<given>.+)\)$"),
     lambda m: (f"{m.group('path')}：列 {m.group('column')}"
                + (f"（每一行都是列 {m.group('of')} 的{'和' if m.group('stat') == 'sum' else '均值'}）" if m.group("stat") else " ")
                + "看起来是汇总列（其他列的合计、均值或其他统计量），不是集合：作为集合读入，它会成为每个未指定条件的分析中的一个"
                f"条件；请删除该列，或列出不含它的条件（{m.group('given')}）")),
    ("a Stata or SPSS file's text read as GBK",   # sheets: Stata 13 or SPSS 15 and older, written on Chinese Windows
     re.compile(r"(?P<path>.+?): (?:a Stata file of format (?P<format>\d+) \(Stata 13 or older, which keeps text in the "
                r"computer's code page, not UTF-8\): (?:the text of variable\(s\) (?P<variables>.+?)|(?P<labels>the value "
                r"labels))|(?P<spss>an SPSS file without a record of its text's encoding \(SPSS 15 or older, which keeps "
                r"text in the computer's code page\): the text)) read as Chinese \(GBK, the code page of Chinese Windows\), "
                r"e\.g\. (?P<now>.+?), (?:not as Latin-1 \((?P<was>.+)\)|(?P<unread>which its code page could not read)); "
                r"if it was not written on Chinese Windows, open it in (?:(?P<stata14>Stata 14 or later, convert it \(unicode "
                r"translate\) and save it)|SPSS 16 or later \(Unicode mode\) and save it)$"),
     lambda m: (f"{m.group('path')}："
                + ("这个 SPSS 文件没有记录其文本的编码（SPSS 15 或更早版本，文本按计算机的代码页保存）：其文本" if m.group("spss")
                   else f"这是格式 {m.group('format')} 的 Stata 文件（Stata 13 或更早版本，文本按计算机的代码页保存，而不是 "
                   "UTF-8）：" + (f"变量 {m.group('variables')} 的文本" if m.group("variables") else "值标签"))
                + f"已按中文（GBK，中文版 Windows 的代码页）读取，例如 {m.group('now')}，"
                + (f"而不是按 Latin-1 读取（{m.group('was')}）" if m.group("was") else "其代码页无法读取这些文本")
                + "；若该文件不是在中文版 Windows 上写出的，请"
                + ("在 Stata 14 或更高版本中打开它，转换（unicode translate）后保存" if m.group("stata14") else
                   "在 SPSS 16 或更高版本中（Unicode 模式）打开并保存它"))),
    ("a Stata or SPSS code labelled as missing",   # sheets._variables: 9 labelled "don't know", read as the number 9
     re.compile(r"(?P<path>.+?): variable (?P<variable>'[^']*'|\"[^\"]*\"): code (?P<code>\S+) is labelled (?P<label>.+), "
                r"like a missing value, and is read as the number (?P=code); if it is a missing value, (?:make it one in "
                r"Stata \((?P<stata>mvdecode [^()]+\([^()]*\))\)|declare it missing in SPSS \(Variable View > Missing: "
                r"(?P<spss>\S+)\)) and save again$"),
     lambda m: (f"{m.group('path')}：变量 {m.group('variable')}：代码 {m.group('code')} 的标签是 {m.group('label')}，像是缺失值，"
                f"却被读作数字 {m.group('code')}；若它是缺失值，"
                + (f"请在 Stata 中把它设为缺失（{m.group('stata')}）后重新保存" if m.group("stata") else
                   f"请在 SPSS 中把它声明为缺失（变量视图 > 缺失值：{m.group('spss')}）后重新保存"))),
    ("a worksheet's formulas saved as 0",   # sheets: XlsxWriter and R's writexl save 0 for the formulas they write
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"): every formula's saved value is 0 \((?P<n>\d+) cells, "
                r"e\.g\. (?P<cell>[A-Z]+\d+) (?P<formula>.+)\), as XlsxWriter and R's writexl save the formulas they do "
                r"not compute: if a program wrote the workbook, open it in Excel or LibreOffice and save it, so each "
                r"formula's value is saved with it$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')}：每个公式保存的值都是 0（{m.group('n')} 个单元格，例如 "
                f"{m.group('cell')} {m.group('formula')}），XlsxWriter 和 R 的 writexl 就是这样保存它们不计算的公式的：若工作簿"
                "是由程序写出的，请在 Excel 或 LibreOffice 中打开并保存它，使每个公式的值随之保存")),
    ("a workbook's other sheet with the same columns",   # sheets._same_columns: another wave's sheet, not read
     re.compile(r"(?P<path>.+?): read sheet (?P<sheet>'[^']*'|\"[^\"]*\"), the first; sheet\(s\) (?P<same>.+) hold a "
                r"table with the same columns: name the sheet to read with (?P<flag>\S+) \(in Python, read_data's sheet "
                r"argument\)$"),
     lambda m: (f"{m.group('path')}：读取的是第一个工作表 {m.group('sheet')}；工作表 {m.group('same').replace(', ', '、')} 中有"
                f"列相同的表格：请用 {m.group('flag')} 指定要读取的工作表（在 Python 中用 read_data 的 sheet 参数）")),
    ("crisp thresholds with a decimal comma",   # calibrate.decimal_comma_note: '0,5' read as two cut points, as R does
     re.compile(r"(?:calibrating (?P<set>'[^']*') from column (?P<column>'[^']*'): )?thresholds (?P<given>'[^']*') were read "
                r"as (?P<n>\d+) cut points, (?P<cuts>[^()]+?) \(',' separates thresholds, as in R's calibrate\(\)\); cut "
                r"points? (?P<idle>[^()]+?) separates? no cases \(raw values from (?P<lo>\S+) to (?P<hi>\S+)\)(?:; every case "
                r"gets membership (?P<all>\S+))?; if a decimal was meant, a decimal point is written '\.': "
                r"(?P<point>'[^']*')$"),
     lambda m: ((f"校准 {m.group('set')}（取自列 {m.group('column')}）：" if m.group("set") else "")
                + f"thresholds {m.group('given')} 被读作 {m.group('n')} 个切分点：{_and_zh(m.group('cuts'))}（',' 分隔各临界值，"
                f"与 R 的 calibrate() 相同）；切分点 {_and_zh(m.group('idle'))} 没有分开任何案例（原始值从 {m.group('lo')} 到 "
                f"{m.group('hi')}）" + (f"；每个案例的隶属度都为 {m.group('all')}" if m.group("all") else "")
                + f"；若本意是小数，小数点写作 '.'：{m.group('point')}")),
    ("a missing-value code among raw values",   # calibrate.missing_code_note: 99 among a Likert item's 1..5
     re.compile(r"(?:(?:(?P<file>.+?): )?calibrating (?P<set>'[^']*') from column (?P<column>'[^']*'): |test "
                r"(?P<test>'[^']*'): calibrating "
                r"(?P<tested>'[^']*'): |calibration range of (?P<range>'[^']*'): )?raw value (?P<code>-?\d+) at "
                r"(?P<where>.+?) looks like a missing-value code \(SPSS, Stata\), far from the other values \((?P<low>\S+) "
                r"to (?P<high>\S+)\), and was calibrated as a value: if it marks a missing answer, (?:(?P<spec>declare it "
                r"in the set's specification, 'missing_codes': \[(?P=code)\] with 'missing': 'keep' \(a specification "
                r"file: missing_codes: \[(?P=code)\] and missing: keep\), its membership then left empty)|make it missing "
                r"first \(Python: x\.replace\((?P=code), np\.nan\), with missing='keep'; a file: empty its cells, or write "
                r"NA, and give the set 'missing: keep'\)|(?P<recal>leave (?P<that>that case|those cases) out of the data "
                r"analysed, as a recalibration reads the raw value of every case of the data \(calibrating the data, the "
                r"set's missing_codes: \[(?P=code)\] with missing: keep leaves (?:its membership|their memberships) empty; "
                r"then drop_missing_cases, on the command line --drop-missing\)))$"),
     lambda m: ((f"{m.group('file')}：" if m.group("file") else "")
                + (f"校准 {m.group('set')}（取自列 {m.group('column')}）：" if m.group("set") else
                 f"检验 {m.group('test')}：校准 {m.group('tested')}：" if m.group("test") else
                 f"{m.group('range')} 的校准范围：" if m.group("range") else "")
                + f"位于{_raw_value_place_zh(m.group('where'))} 的原始值 {m.group('code')} 像是缺失值代码（SPSS、Stata），远离其他"
                f"取值（{m.group('low')} 到 {m.group('high')}），却被当作数值校准了：若它表示缺失的回答，"
                + (f"请在该集合的设定中声明 'missing_codes': [{m.group('code')}] 并写 'missing': 'keep'（设定文件中写 "
                   f"missing_codes: [{m.group('code')}] 和 missing: keep），其隶属度随之留空" if m.group("spec") else
                   f"请把{'该案例' if m.group('that') == 'that case' else '这些案例'}排除在所分析的数据之外，因为重新校准要读取"
                   f"数据中每个案例的原始值（校准数据时，该集合的 missing_codes: [{m.group('code')}] 与 missing: keep 使其隶属度"
                   "留空；然后用 drop_missing_cases，命令行中用 --drop-missing）" if m.group("recal") else
                   f"请先把它标为缺失（Python：x.replace({m.group('code')}, np.nan)，并传 missing='keep'；文件中：清空这些"
                   "单元格或写 NA，并给该集合写 'missing: keep'）"))),
    ("robustness: a recalibrated set that does not vary",   # a test's recalibration: every case on one side
     re.compile(r"test (?P<test>'[^']*'): recalibrated, every case of (?P<set>'[^']*') is (?P<side>at or above 0\.5|below "
                r"0\.5|at level (?P<level>\S+)) \(raw (?P<source>'[^']*') from (?P<low>\S+) to (?P<high>\S+), thresholds "
                r"(?P<th>.+)\), so in this test (?P=set) does not vary in kind; check the raw data and the thresholds$"),
     lambda m: (f"检验 {m.group('test')}：重新校准后，{m.group('set')} 的每个案例都"
                + ({"at or above 0.5": "不低于 0.5", "below 0.5": "低于 0.5"}.get(m.group("side"))
                   or f"处于水平 {m.group('level')}")
                + f"（原始 {m.group('source')} 从 {m.group('low')} 到 {m.group('high')}，thresholds 为 {m.group('th')}），"
                f"因此在此检验中 {m.group('set')} 在类别上没有变化；请检查原始数据和 thresholds")),
    ("robustness: a calibration range of another analysis",   # protocol.threshold_range of 'calibration'
     re.compile(r"calibration range of (?P<set>'[^']*'|\"[^\"]*\"): the raw values calibrated with these thresholds give "
                r"another solution than the data's own (?P<own>\S+) \((?P<range>.+) instead of (?P<data>.+)\); the range "
                r"starts from the recalibrated analysis$"),
     lambda m: None if "no solution (" in m.group(0) else (
         f"{m.group('set')} 的校准范围：用这些阈值校准原始值，得到的解与数据自身的 {m.group('own')} 不同（{m.group('range')}，"
         f"而不是 {m.group('data')}）；该范围从重新校准后的分析开始")),
    ("robustness: a recalibration against the data's own set",   # _warn_reversed: e and i swapped?
     re.compile(r"(?:test (?P<test>'[^']*'|\"[^\"]*\")|calibration range of (?P<range>'[^']*')): recalibrated with "
                r"thresholds (?P<th>.+?)(?: \((?P<way>e above i: a decreasing set, membership falling as the raw value "
                r"rises, as R's calibrate\(\) reads such anchors|e below i: an increasing set)\))?, (?P<set>'[^']*') runs "
                r"against the data's own (?P=set) \(correlation (?P<r>\S+) over the cases\): are e and i swapped\? If the "
                r"direction is meant, ignore this$"),
     lambda m: ((f"检验 {m.group('test')}" if m.group("test") else f"{m.group('range')} 的校准范围")
                + f"：以 thresholds {m.group('th')} 重新校准"
                + ("" if not m.group("way") else
                   "（e 大于 i：递减的集合，原始值越大，隶属度越低，R 的 calibrate() 也这样读这种锚点）"
                   if m.group("way").startswith("e above") else "（e 小于 i：递增的集合）")
                + f"，{m.group('set')} 与数据自身的 {m.group('set')} 方向相反（各案例间的相关系数为 {m.group('r')}）：e 和 i "
                "是否对调了？若方向是有意的，请忽略此警告")),
    ("calibrate: the output's case column",   # the calibrate command's note (--json, --csv): another than 'case'
     re.compile(r"case names in column (?P<label>'[^']*'|\"[^\"]*\"): give the other commands (?P<flag>--case-column .+)$"),
     lambda m: f"案例名称在列 {m.group('label')} 中：其他命令请加 {m.group('flag')}"),
    ("calibrate: columns left out",   # the calibrate command's note (CSV or JSON printed): neither calibrated nor kept
     re.compile(r"calibrate: left out, neither calibrated nor kept: (?P<names>.+?) \(--keep (?P<keep>\S+) copies "
                r"(?P<it>it|them) unchanged\)$"),
     lambda m: (f"calibrate：以下列既未校准也未保留，已略去：{m.group('names')}（--keep {m.group('keep')} 可原样复制"
                f"{'它' if m.group('it') == 'it' else '它们'}）")),
    ("a first column without header",   # read_data: R's row names, pandas' index (every command, robustness --raw)
     re.compile(r"(?P<path>.+?): the first column has no header(?:: taken as case names \((?P<why>row names as written by "
                r"R's write\.csv or an index by pandas' to_csv|an index as pandas' to_excel writes it)\); name it 'case' "
                r"to silence this| and holds 0, 1, 2, \.\.\.: a pandas index \((?P<how>to_csv|to_excel) without "
                r"index=False\), ignored)$"),
     lambda m: (f"{m.group('path')}：第一列没有列名：" + (
         "被当作案例名称（" + ("R 的 write.csv 写出的行名，或 pandas 的 to_csv 写出的索引" if m.group("why").startswith("row")
                          else "pandas 的 to_excel 写出的索引") + "）；把它命名为 'case' 即不再提示" if m.group("why") else
         f"其值为 0, 1, 2, ...：这是 pandas 的索引（{m.group('how')} 时未加 index=False），已忽略"))),
    ("raw values matched by row position",   # robustness --raw: neither file names its cases
     re.compile(r"--raw (?P<raw>.+?): neither file names its cases \('case', an unnamed first column, or --case-column / "
                r"--raw-case-column\): the raw values are matched to the cases of (?P<data>.+?) by row position \(row 1 "
                r"with row 1, \.\.\.\); check that both list the cases in the same order, or give both a column of case "
                r"names$"),
     lambda m: (f"--raw {m.group('raw')}：两个文件都没有给出案例名称（'case'、无名的第一列，或 --case-column / "
                f"--raw-case-column）：原始数值按行的位置与 {m.group('data')} 的案例对应（第 1 行对第 1 行，……）；请检查两者列出"
                "案例的顺序是否相同，或给两者都加上案例名称列")),
    ("a file's empty rows",   # read_data: Excel's trailing ',,,' rows, left out; a worksheet's rows inside its table
     re.compile(r"(?P<path>.+?): (?:sheet (?P<sheet>'[^']*'|\"[^\"]*\"): )?ignored (?P<n>\d+) empty rows?(?(sheet) inside "
                r"the table \(rows?| \(lines?) (?P<lines>\d+(?:, \d+)*)(?P<more> \.\.\.)?\)$"),
     lambda m: (f"{m.group('path')}：" + (f"工作表 {m.group('sheet')}：忽略了表格中间的" if m.group("sheet") else "忽略了")
                + f" {m.group('n')} 个空行（第 {m.group('lines').replace(', ', '、')} 行" + ("等" if m.group("more") else "")
                + "）")),
    # the truth-table command's note (cli_output._no_positive_row_note): R's --incl-cut 1
    ("truth-table: no positive row",
     re.compile(r"no row is positive \(OUT = 1\): (?:(?P<held>\d+) rows? reach(?:es)? --incl-cut (?P<cut>\S+) but ha(?:s|ve) "
                r"PRI below --pri-cut (?P<pri>\S+) \(highest PRI (?P<top>[^()]+)\); lower --pri-cut|the highest consistency "
                r"\(incl\) of a row is (?P<incl>\S+), below --incl-cut (?P<below>\S+)(?: \(rows of at least --n-cut (?P<n>\d+) "
                r"cases\))?; lower --incl-cut(?P<or_n> or --n-cut)?), or check the outcome; minimize and the commands that "
                r"read a solution find nothing to minimise at these cut-offs$"),
     lambda m: ("没有正组态（OUT = 1）："
                + (f"有 {m.group('held')} 行达到 --incl-cut {m.group('cut')}，但其 PRI 低于 --pri-cut {m.group('pri')}（最高的 "
                   f"PRI 为 {m.group('top')}）；请降低 --pri-cut" if m.group("held") else
                   f"各行最高的一致性（incl）为 {m.group('incl')}，低于 --incl-cut {m.group('below')}"
                   + (f"（只计至少有 --n-cut {m.group('n')} 个案例的行）" if m.group("n") else "")
                   + "；请降低 --incl-cut" + (" 或 --n-cut" if m.group("or_n") else ""))
                + "，或检查结果；在这些阈值下，minimize 和读取解的命令都没有可最小化的组态")),
    ("calibrate: decreasing sets",   # the calibrate command: anchors with e above i
     re.compile(r"(?P<spec>.+?): set\(s\) (?P<sets>.+?) calibrated decreasing \(e above i: membership falls as the raw "
                r"value rises, as R's calibrate\(\) reads such anchors; swap e and i where a set should rise\)$"),
     lambda m: (f"{m.group('spec')}：集合 {m.group('sets')} 按递减方式校准（e 大于 i：原始值越大，隶属度越低，R 的 calibrate() "
                "也这样读这种锚点；若集合应随原始值上升，请对调 e 和 i）")),
    ("a Dask cluster of one thread",   # _parallel: joblib's Dask backend counting one worker thread in all
     re.compile(r"the Dask cluster at (?P<address>\S+) has one worker thread in all \(worker (?P<workers>.+?)(?: and "
                r"(?P<more>\d+) more of (?P<all>\d+))?\), so joblib runs every task of this call in this process, not on "
                r"the cluster; give its worker more threads \(dask worker --nthreads 2\) or start more workers to compute "
                r"there, or run without the Dask backend$"),
     lambda m: (f"{m.group('address')} 上的 Dask 集群总共只有一个工作线程（工作进程 {m.group('workers')}"
                + (f" 及另外 {m.group('more')} 个，共 {m.group('all')} 个" if m.group("more") else "")
                + "），因此 joblib 在本进程中运行这次调用的每个任务，而不是在集群上；请给它的工作进程更多线程（dask worker "
                "--nthreads 2）或启动更多工作进程，以便在集群上计算，或不用 Dask 后端运行")),
    ("cases dropped for a missing value",   # data.drop_missing_cases, the command line's --drop-missing (a note)
     re.compile(r"dropped (?P<count>\d+) of (?P<total>\d+) cases for a missing value in (?P<columns>.+?): "
                r"(?P<listed>.+); (?P<left>\d+) cases left(?P<flag> \(--drop-missing\))?$"),
     lambda m: _dropped_cases_zh(m)),
    ("codes: a recoded set that does not vary",   # calibrate_frame, a set's codes putting every case on one side
     re.compile(r"set (?P<name>'[^']*'|\"[^\"]*\"): every case is (?P<side>above|below) 0\.5 \(raw (?P<raw>'[^']*'|\"[^\"]*\") "
                r"holds (?P<seen>.+?) only, codes (?P<codes>.+)\): the set does not vary in kind \(no case on the other "
                r"side\), which no analysis can use; check the column and the codes$"),
     lambda m: (f"集合 {m.group('name')}：每个案例都{'高于' if m.group('side') == 'above' else '低于'} 0.5（原始列 "
                f"{m.group('raw')} 只有 {m.group('seen')}，codes 为 {m.group('codes')}）：该集合在类别上没有变化（另一侧"
                "没有案例），任何分析都无法使用；请检查该列和 codes")),
    ("calibrate --keep: a column of yes/no labels",   # the calibrate command's --keep of a column the analysis refuses
     re.compile(r"--keep (?P<column>\S+): its cells are yes/no labels \((?P<labels>.+?)\), copied as text, which the "
                r"analysis refuses as a set; to analyse it, recode it in (?P<spec>.+) instead of keeping it: "
                r"(?P<write>\S+: \{codes: \{.*\}\})$"),
     lambda m: (f"--keep {m.group('column')}：它的单元格是“是/否”标签（{m.group('labels')}），原样复制为文本，而分析不接受"
                f"这样的集合；要分析它，请不要保留它，而是在 {m.group('spec')} 中重新编码：{m.group('write')}")),
    ("a condition of a level for every case",   # data.py: a region code 0, 1, 2, 3 for 4 cases, read as multi-value
     re.compile(r"condition (?P<name>'[^']*'|\"[^\"]*\") holds a different level for every one of the (?P<n>\d+) cases "
                r"\((?P<levels>[^()]*)\): read as a multi-value set, it puts every case in a configuration of its own, so "
                r"it separates the cases by itself \(and a solution may name one case's level\); if (?P=name) is a code "
                r"\(a region, a number per case\), leave it out of the conditions(?: \(if it names the cases, pass "
                r"(?P<pass>[^()]+)\))?; if it is a measure, calibrate it first \(analysis\.qca\.calibrate; CLI: "
                r"(?P<cli>python -m analysis\.qca calibrate DATA --spec SPEC)\)$"),
     lambda m: (f"条件 {m.group('name')} 在 {m.group('n')} 个案例中每个案例的水平都不同（{m.group('levels')}）：作为多值集合"
                "读取时，它把每个案例放进自己独有的组态，因此仅凭它自己就区分了所有案例（解也可能写出某一个案例的水平）；若 "
                f"{m.group('name')} 是代码（地区、每个案例一个编号），请把它从条件中去掉"
                + (f"（若它给出案例的名称，请写 {m.group('pass').replace('; CLI: ', '；命令行：')}）" if m.group("pass") else "")
                + f"；若它是一个测量，请先校准（analysis.qca.calibrate；命令行：{m.group('cli')}）")),
    ("a condition that is the outcome",   # data.py: a fuzzy condition equal to the outcome or to its negation
     re.compile(r"condition (?P<name>'[^']*'|\"[^\"]*\") has the memberships of (?:the outcome (?P<out>'[^']*'|\"[^\"]*\")|the "
                r"negated outcome \(1 - (?P<neg>'[^']*'|\"[^\"]*\")\)) in every case: is it the outcome or its negation under "
                r"another name \(a column copied, or the outcome and a condition swapped\)\? A condition that is the outcome "
                r"explains it by identity \((?P<term>\S+) with consistency and coverage 1\); if so, leave it out of the "
                r"conditions$"),
     lambda m: (f"条件 {m.group('name')} 在每个案例中的隶属度都与"
                + (f"结果 {m.group('out')} " if m.group("out") else f"结果的否定（1 - {m.group('neg')}）")
                + "相同：它是否就是换了名称的结果或其否定（复制了一列，或把结果与某个条件对调了）？与结果相同的条件会以恒等"
                f"关系解释结果（{m.group('term')} 的一致性和覆盖度都是 1）；若是这样，请把它从条件中去掉")),
    ("an expression holding a term twice",   # expressions.parse_expression (said in its number since today)
     re.compile(r"expression (?P<expr>'[^']*'|\"[^\"]*\") holds the terms? (?P<terms>'[^']*'(?:, '[^']*')*) more than once: "
                r"read once \(A \+ A is A\); write each term once, or check whether another term was meant$"),
     lambda m: (f"表达式 {m.group('expr')} 多次含有项 {m.group('terms')}：只读一次（A + A 即 A）；请每个项只写一次，或检查是否"
                "本想写另一个项")),
    ("a term naming a condition twice",   # expressions: 'DEV*DEV' is DEV (A*A is A), as R reads it
     re.compile(r"term (?P<term>'[^']*'|\"[^\"]*\") names (?P<names>'[^']*'(?:, '[^']*')*) twice: read as (?P<read>'[^']*'|"
                r"\"[^\"]*\") \(A\*A is A, as R reads it\); write each condition once, or check whether another condition "
                r"was meant$"),
     lambda m: (f"项 {m.group('term')} 把 {m.group('names')} 写了两次：读作 {m.group('read')}（A*A 即 A，与 R 的读法相同）；请每个"
                "条件只写一次，或检查是否本想写另一个条件")),
]


def _dropped_cases_zh(m: re.Match) -> str | None:
    """drop_missing_cases' note (the command line's --drop-missing) in Chinese: the cases dropped, each with its line
    of the file (or row of a sheet) and its missing cells, and how many are left; None when the list of cases is of
    another form."""
    said = _dropped_list_zh(m.group("listed"))
    if said is None:
        return None
    return (f"在 {m.group('columns')} 中有缺失值的案例已删除（{m.group('total')} 个中的 {m.group('count')} 个）："
            f"{said}；剩余 {m.group('left')} 个案例" + ("（--drop-missing）" if m.group("flag") else ""))


def _where_zh(where: str) -> str:
    """constant_set_note's 'where' (how every case falls on one side), in Chinese; '' for a form not known."""
    for form, said in ((r"every case gets membership (\S+)", "每个案例的隶属度都是 {0}"),
                       (r"every case is (below|above) 0\.5", "每个案例都{0} 0.5"),
                       (r"every case is at 0\.5, the crossover \(in neither the set nor its negation\)",
                        "每个案例都正好在交叉点 0.5（既不属于该集合，也不属于其否定）"),
                       (r"no case is (above|below) 0\.5 \((\d+) at the crossover, 0\.5\)",
                        "没有案例{0} 0.5（{1} 个在交叉点 0.5）")):
        found = re.fullmatch(form, where)
        if found:
            return said.format(*({"below": "低于", "above": "高于"}.get(g, g) for g in found.groups()))
    return ""


_SUMMARY_PLACE = re.compile(r"(?:sheet (?P<sheet>'[^']*'), )?(?P<unit>line|row|record|data row) (?P<n>\d+) \((?P<label>'(?:[^'\\]|"
                            r"\\.)*'|\"(?:[^\"\\]|\\.)*\"|no label)(?:: its values are the (?P<stat>sums|means|means, in percent,|counts|standard deviations) of "
                            r"(?P<of>the rows above|the rows below|the rows of its group above))?\)")


def _summary_places_zh(places: str) -> str:
    """The rows of read._warn_summary_rows ("line 7 ('合计': its values are the sums of the rows above), line 8 (...)")
    in Chinese: "第 7 行（'合计'：其值为上方各行之和）、..."."""
    said = []
    for m in _SUMMARY_PLACE.finditer(places):
        where = {"line": f"第 {m.group('n')} 行", "row": f"第 {m.group('n')} 行", "record": f"第 {m.group('n')} 条记录",
                 "data row": f"第 {m.group('n')} 个数据行"}[m.group("unit")]
        rows = {"the rows below": "下方各行", "the rows of its group above": "上方本组各行"}.get(m.group("of"), "上方各行")
        stat = {"sums": f"：其值为{rows}之和", "means": f"：其值为{rows}的均值",
                "means, in percent,": f"：其值为{rows}的均值（百分数）",
                "counts": f"：其值为{rows}的个数（非空单元格数）",
                "standard deviations": f"：其值为{rows}的标准差"}.get(m.group("stat"), "")
        label = "无标签" if m.group("label") == "no label" else m.group("label")
        said.append((f"工作表 {m.group('sheet')} 的" if m.group("sheet") else "") + f"{where}（{label}{stat}）")
    return "、".join(said)


def engine_warning_zh(message: str) -> str | None:
    """One Chinese line for an engine warning (QCAWarning) the workshop meets, from its message's form
    (ENGINE_WARNINGS_ZH), with the names and shares it gives, or a note of a printout that the command line's
    minimize --csv says as a warning on stderr (engine_note_zh: a partial answer); None for a warning of another form."""
    return _with_lengths_zh(_warning_message_zh, str(message))


def _warning_message_zh(message: str) -> str | None:
    """engine_warning_zh's line for a warning's message, its long values' lengths set aside (_with_lengths_zh). A
    warning the robustness protocol's tasks gave, ending with the tasks that gave it (_TASKS_GAVE: '(test DEV c=600)',
    '(all 6 specifications: IS and 5 tests)'), is said as its own line and those tasks in Chinese."""
    for _kind, form, said in ENGINE_WARNINGS_ZH:
        found = form.match(message)
        if found:
            return said(found) or None
    if (file := _SPEC_FILE.match(message)) and (line := _warning_message_zh(file.group("rest"))):
        return f"{file.group('file')}：{line}"   # the calibrate command's file, before the warning's own words
    line = _note_message_zh(message)   # minimize --csv says the printout's notes as warnings (stderr)
    if line is None and (tasks := _TASKS_GAVE.search(message)) and (where := _tasks_gave_zh(tasks)):
        line = _warning_message_zh(message[:tasks.start()])
        return line and f"{line}（{where}）"
    return line


#: The tasks of the robustness protocol or a sweep that gave a warning, which protocol.run_tasks puts after it in
#: brackets: some tasks ('test TS1; IS', 'all but test TS2', '; and 3 more of 12'), every task ('all 6 specifications:
#: IS and 5 tests', 'all 4 settings', 'all 13 settings: the baseline and the 12 shifted anchors' of calibration_anchors,
#: 'all 4'), or a range's steps ('incl_cut range: at every step', "calibration range
#: of 'DEV': at incl_cut = 0.7, 0.75").
_TASKS_GAVE = re.compile(
    r" \((?:(?P<but>all but )?(?P<labels>(?:IS|test [^();]+|setting [^();]+)(?:; (?:IS|test [^();]+|setting [^();]+))*)"
    r"(?:; and (?P<more>\d+) more of (?P<of>\d+))?|all (?P<all>\d+)(?: (?P<settings>settings)(?:: the baseline and the "
    r"(?P<shifted>\d+) shifted anchors)?| specifications: IS and "
    r"(?P<tests>\d+) tests?)?|(?P<range>(?P<parameter>\w+) range|calibration range of (?P<set>'[^']*')): at (?P<at>every step"
    r"(?: with a solution)?|[^()]+))\)$")


def _tasks_gave_zh(m: re.Match) -> str:
    """_TASKS_GAVE's tasks in Chinese."""
    if m.group("labels"):
        labels = "；".join("IS" if label == "IS" else
                          ("检验 " if label.startswith("test ") else "设置 ") + label.split(" ", 1)[1]
                          for label in m.group("labels").split("; "))
        more = f"，以及另外 {m.group('more')} 个（共 {m.group('of')} 个）" if m.group("more") else ""
        return (f"除{'' if labels.startswith(('检验', '设置')) else ' '}{labels}{more} 以外的全部" if m.group("but") else
                labels + more)
    if m.group("all"):
        return (f"全部 {m.group('all')} 个" + ("参数设置" + (f"：基准及 {m.group('shifted')} 个平移后的锚点" if m.group("shifted")
                                                         else "") if m.group("settings") else
                                             f"设定：IS 和 {m.group('tests')} 个检验" if m.group("tests") else ""))
    at = m.group("at")
    steps = ("每一步" if at == "every step" else "每个有解的步" if at == "every step with a solution" else
             f"{at.replace('; ', '；')} 处")
    return (f"{m.group('parameter')} 范围" if m.group("parameter") else f"{m.group('set')} 的校准范围") + f"：{steps}"

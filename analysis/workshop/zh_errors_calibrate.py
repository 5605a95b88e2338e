"""The Chinese of the engine's errors (ENGINE_ERRORS_ZH's part, zh_errors) about calibration: its type and
method, thresholds and anchors, the raw values, calibrate_frame's spec, the calibrate command's --keep and --spec,
and a set's codes (a yes/no column recoded, each label given its membership)."""
from __future__ import annotations

import re
from typing import Callable

from analysis.workshop.zh_error_parts import _quoted_error_zh, _raw_values_at_zh, _THRESHOLD_HINT, _threshold_hint_zh
from analysis.workshop.zh_hints import _DECIMAL_THRESHOLDS, _decimal_thresholds_zh, _GIVEN, _MEANT
from analysis.workshop.zh_values import _grouped_why_zh, _value_hint_zh
from analysis.workshop.zh_words import _PERCENTILE_METHOD, _PERCENTILE_METHOD_ZH, _raw_value_place_zh

CALIBRATE_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str | None]]] = [
    ("crisp thresholds missing", re.compile(r"thresholds are required: a crisp set needs a cut point, e\.g\. "
                                            r"(?P<example>thresholds=\d+) \(in the set at or above (?P<cut>\d+); two cut "
                                            r"points, (?P<two>'[^']*'), make three levels\)$"),
     lambda m: (f"缺少 thresholds：清晰集需要一个临界值，例如 {m.group('example')}（大于或等于 {m.group('cut')} 即属于该"
                f"集合；两个临界值如 {m.group('two')} 则分出三个水平）")),
    ("threshold not a number", re.compile(r"threshold (?P<value>'[^']*') is not a number \(thresholds (?P<given>'[^']*'|"
                                          r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\})\)"
                                          rf"(?P<rest>{_THRESHOLD_HINT})?"),
     lambda m: f"临界值 {m.group('value')} 不是数字（thresholds 为 {m.group('given')}）{_threshold_hint_zh(m.group('rest'))}"),
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
    ("fuzzy thresholds missing", re.compile(r"thresholds are required, e\.g\. (?P<named>thresholds='[^']*') or "
                                            r"(?P<listed>\[[^\]]*\])$"),
     lambda m: f"缺少 thresholds：例如 {m.group('named')} 或 {m.group('listed')}"),
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
    ("calibrate given a name",
     re.compile(r"x must be the raw values to calibrate, got (?:the text (?P<one>'[^']*'|\"[^\"]*\"): a column name\? pass "
                r"the column's values|the texts (?P<many>.+?): column names\? calibrate one column's values), "
                r"(?P<column>calibrate\(df\[(?:'[^']*'|\"[^\"]*\")\], \.\.\.\)); several sets at once: "
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
    ("calibration method", re.compile(rf"method must be 'direct' or 'indirect', got {_GIVEN}(?:; did you mean '[^']*'(?: or "
                                      r"'[^']*')*\?)?$"),
     lambda m: f"method 只能是 'direct'（直接法）或 'indirect'（间接法），现为 {m.group('value')}"),
    ("calibrate: a raw value not a number",
     re.compile(r"x must be numeric; (?P<value>'[^']*'|\S+) is not a number(?: \((?:(?P<count>\d+) values are not "
                r"numbers, )?at (?P<where>.+?)\))?(?:: (?P<hint>.+))?$"),
     lambda m: (None if m.group("hint") and _value_hint_zh(m.group("hint")) is None else
                f"x 必须是数字；{m.group('value')} 不是数字" + _raw_values_at_zh(m)
                + (f"：{_value_hint_zh(m.group('hint'))}" if m.group("hint") else ""))),
    ("calibrate: infinite raw values",   # calibrate(x=[inf, ...]): np.inf, or a number too large for a float, 1e400
     re.compile(r"x has (?P<count>\d+) infinite values? \(inf\) at (?P<where>.+?): calibration needs finite raw "
                r"values \(a ratio divided by 0\?\); correct (?:it|(?P<many>them)), or drop the cases?$"),
     lambda m: (f"x 有 {m.group('count')} 个无穷大的值（inf），位于{_raw_value_place_zh(m.group('where'))}：校准需要有限的"
                "原始数值（是除以 0 得到的比值吗？）；"
                + ("请改正它们，或删去这些案例" if m.group("many") else "请改正它，或删去这个案例"))),
    ("calibrate: x not one column",   # calibrate(x=a dict, a matrix): np.asarray(x) of another shape
     re.compile(r"x must be one-dimensional, got shape (?P<shape>\([\d, ]*\))$"),
     lambda m: f"x 必须是一维的（一列原始数值），现在的形状为 {m.group('shape')}"),
    ("calibrate: missing raw values",
     re.compile(r"x has (?P<count>\d+) missing value\(s\) \(NaN\) at (?P<where>.+?); drop or impute them, or pass "
                r"missing='keep' to keep them as NaN$"),
     lambda m: (f"x 有 {m.group('count')} 个缺失值（NaN），位于{_raw_value_place_zh(m.group('where'))}："
                "请先删除或填补这些案例，或写 missing='keep' 把它们保留为 NaN")),
    ("codes: missing labels",   # calibrate_frame / the calibrate command: a set's codes and cells empty or marked NA
     re.compile(r"(?P<count>\d+) missing values? at (?P<where>.+?); drop or impute (?P<it>it|them), or give the set "
                r"missing='keep' to leave (?:its membership|their memberships) empty \(the analysis then drops (?:that case, "
                r"naming it|those cases, naming them): --drop-missing, drop_missing_cases\)(?P<empty>; if an empty cell "
                r"means a label \(a column of ticks, √, left empty for no\), give it its membership in codes, as any label: "
                r"'': 0)?$"),
     lambda m: (f"{m.group('count')} 个缺失值，位于{_raw_value_place_zh(m.group('where'))}：请删除或填补"
                + ("它" if m.group("it") == "it" else "它们")
                + "，或给该集合写 missing='keep'，让其隶属度留空（分析时再删除"
                + ("该案例" if m.group("it") == "it" else "这些案例") + "并列出：--drop-missing，drop_missing_cases）"
                + ("；若空单元格表示一个标签（如打勾 √ 的列，不符合的留空），请像其他标签一样在 codes 中给出它的隶属度：'': 0"
                   if m.group("empty") else ""))),
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
    ("calibrate: a raw value that reads two ways",
     re.compile(r"(?P<what>x|column '[^']*') \(e\.g\. (?P<e>'[^']*') for (?P<by>index|case\(s\)) (?P<label>'[^']*')"
                r"(?P<more>(?:, '[^']*')+(?: \.\.\.)?)?\): (?P<why>.+)$"),   # the cells at up to 5 cases ('...': more)
     lambda m: (None if (why := _grouped_why_zh(m.group("why"))) is None else
                f"{m.group('what').replace('column ', '列 ')}（"
                + (f"例如 {m.group('e')}；位于{'索引' if m.group('by') == 'index' else '案例'} "
                   f"{m.group('label')}{m.group('more').replace(' ...', ' 等')}" if m.group("more") else
                   f"如{'索引' if m.group('by') == 'index' else '案例'} {m.group('label')} 的 {m.group('e')}")
                + f"）：{why}")),
    ("calibrate_frame: a set's calibration",
     re.compile(r"calibrating (?P<name>'[^']*') from column (?P<column>'[^']*'): (?P<quoted>.+)$"),
     lambda m: None if (line := _quoted_error_zh(m)) is None else f"校准 {m.group('name')}（取自列 {m.group('column')}）：{line}"),
    ("calibrate: missing", re.compile(rf"missing must be 'raise' or 'keep', got {_GIVEN}(?:; did you mean '[^']*'\?)?$"),
     lambda m: (f"missing 只能是 'raise'（拒绝缺失的原始值）或 'keep'（保留，其隶属度留空），现为 {m.group('value')}")),
    ("a calibration file not a mapping of sets",   # the calibrate command's --spec (cli_run._calibrate)
     re.compile(r"a calibration specification maps each set name to calibrate\(\) arguments, e\.g\. (?P<eg>DEV: \{.*\})"
                r"(?P<listed>; the file is a list of sets \('- DEV: \.\.\.'\): write each set at the top level, without "
                r"'- ')?$"),
     lambda m: ("校准设定文件把每个集合的名称映射到 calibrate() 的参数，例如 " + m.group("eg")
                + ("；该文件是集合的列表（'- DEV: ...'）：请把每个集合写在最外层，不加 '- '" if m.group("listed") else ""))),
    ("calibrate: raw columns not in the file",   # the calibrate command: a set's source the raw file lacks
     re.compile(r"(?P<file>.+?): column\(s\) (?P<columns>'[^']*'(?:, '[^']*')*) not in the file(?:; (?:'[^']*': )?did "
                r"you mean '[^']*'(?: or '[^']*')*\?(?: \(names are case-sensitive\)| \(the name given is written with "
                r"full-width characters, typed with a Chinese input method, 全角(?:; names are case-sensitive)?\))?)* "
                r"\(columns: [^()]*\)$"),
     lambda m: f"{m.group('file')}：文件中没有列 {m.group('columns')}（校准设定的 source，或 --keep 所列的列）"),
    ("calibrate: idm out of range",
     re.compile(rf"idm \(the inclusion degree of membership\) must be in \(0\.5, 1\), got {_GIVEN}(?=;|:|$)"),
     lambda m: f"idm（完全隶属锚点处的隶属度）必须在 0.5 与 1 之间（不含两端），现为 {m.group('value')}"),
    ("calibrate: a set named as the case column",
     re.compile(r"set (?P<set>'[^']*') has the name of the case column; name the set otherwise \(or give another "
                r"--case-column\)$"),
     lambda m: f"集合 {m.group('set')} 与案例列同名：请给集合另取名称（或用 --case-column 指定另一列）"),
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
    ("calibrate: a column neither calibrated nor kept",   # the calibrate command, a file without case names
     re.compile(r"no case column \('case', an unnamed first column, or --case-column\) and column\(s\) (?P<cols>'[^']*'"
                r"(?:, '[^']*')*) neither calibrated by (?P<spec>.+?) nor kept: the output would number the cases 1, 2, "
                r"\.\.\. and lose them; if (?P<first>'[^']*') names the cases, pass (?P<flag>--case-column \S+); to copy a "
                r"column unchanged, (?P<keep>--keep \S+)$"),
     lambda m: (f"没有案例名称列（'case'、无名的第一列，或 --case-column），而列 {m.group('cols')} 既没有被 {m.group('spec')} "
                f"校准，也没有被保留：输出会把案例编号为 1, 2, ...，从而丢失它们；若 {m.group('first')} 是案例名称，请加 "
                f"{m.group('flag')}；要原样复制一列，请用 {m.group('keep')}")),
    ("calibrate_frame: a raw column not in the data",   # spec['dev']: raw column 'dev' (a set's source) the frame lacks
     re.compile(r"raw columns? (?P<column>'[^']*'(?:, '[^']*')*) not in the data" + _MEANT + r" \(columns: \[.*\]\)$"),
     lambda m: f"原始数据列 {m.group('column')} 不在数据中"),
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
    ("calibrate_frame: a source not one column",   # spec['URB']: {'source': ['URB']}
     re.compile(r"source must name one raw column \(text, e\.g\. (?P<eg>'[^']*'|\"[^\"]*\")\), got (?P<value>.+) "
                r"\((?P<type>\w+)\)$"),
     lambda m: f"source 必须指定一个原始数据列（文本，例如 {m.group('eg')}），现为 {m.group('value')}（{m.group('type')}）"),
    ("calibrate_frame: spec not a mapping",   # calibrate_frame(df, 'LR_calibration.yaml'), a list of sets, {}
     re.compile(r"spec must be a non-empty mapping \{set name: \{thresholds: \.\.\., \.\.\.\}\}, got (?:the text "
                r"(?P<text>'[^']*'|\"[^\"]*\"): a specification file\? read it first, (?P<read>calibrate_frame\(df, "
                r"read_spec_file\(.*\)\)) \(from analysis\.qca\.read import read_spec_file; the CLI's calibrate --spec reads "
                r"the file itself\)|the text (?P<yaml>'[^']*'|\"[^\"]*\"): YAML text\? read it first, "
                r"(?P<load>calibrate_frame\(df, yaml\.safe_load\(text\)\)), or give the mapping, e\.g\. (?P<eg>\{.*\})"
                r"|(?P<list>a list of mappings): join them into one, \{'DEV': \{\.\.\.\}, 'URB': "
                r"\{\.\.\.\}\}|(?P<value>.+))$"),
     lambda m: ("spec 必须是非空的映射 {集合名称: {thresholds: ..., ...}}，现为"
                + (f"文本 {m.group('text')}：是设定文件吗？请先读入它：{m.group('read')}（from analysis.qca.read import "
                   "read_spec_file；命令行的 calibrate --spec 会自己读取文件）" if m.group("text") else
                   f"文本 {m.group('yaml')}：是 YAML 文本吗？请先读入它：{m.group('load')}，或直接给出映射，例如 {m.group('eg')}"
                   if m.group("yaml") else
                   "由映射组成的列表：请把它们合并为一个，{'DEV': {...}, 'URB': {...}}" if m.group("list") else
                   f" {m.group('value')}"))),
    ("thresholds empty", re.compile(r"thresholds string (?P<value>'[^']*') is empty$"),
     lambda m: f"thresholds 文本 {m.group('value')} 是空的"),
    ("threshold not finite",
     re.compile(r"threshold (?P<value>\S+) is not a finite number \(thresholds (?P<given>.+)\)$"),
     lambda m: f"临界值 {m.group('value')} 不是有限的数（thresholds 为 {m.group('given')}）"),
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
    ("codes: the value labels of a Stata or SPSS variable",   # calibrate._value_labels_message: read_data's codes
     re.compile(r"codes name the value labels (?P<labels>'[^']*'(?:, '[^']*')*) of the (?P<program>Stata|SPSS|Stata or "
                r"SPSS) variable (?P<variable>'[^']*'|\"[^\"]*\"), whose cells hold its codes \((?P<pairs>.+?): a labelled "
                r"variable is read as its codes, as R's haven reads it\): write the codes by number, (?P<codes>codes: "
                r"\{.*?\})(?:, or keep the column as it is \((?P<keep>keep=\[\.\.\., (?P=variable)\]|--keep [^()]+)\): "
                r"its codes are the memberships already)?$"),
     lambda m: (f"codes 写的是 {m.group('program').replace(' or ', ' 或 ')} 变量 {m.group('variable')} 的值标签 "
                f"{m.group('labels')}，而该变量的单元格存的是代码（{m.group('pairs')}：带值标签的变量按代码读入，与 R 的 haven "
                f"相同）：请按数字写 codes，{m.group('codes')}"
                + (f"，或保持该列原样（{m.group('keep')}）：它的代码已经就是隶属度" if m.group("keep") else ""))),
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
    # a set's anchors taken at percentiles of its raw values (calibrate_frame, calibrate --spec: percentiles:
    # 'e=5, c=50, i=95'; calibrate._percentile_thresholds)
    ("percentiles: missing",
     re.compile(r"percentiles must be given, e\.g\. (?P<eg>'[^']*') \(a crisp set's median split: (?P<median>\d+)\)$"),
     lambda m: f"缺少 percentiles：例如 {m.group('eg')}（清晰集按中位数划分：{m.group('median')}）"),
    ("percentiles: not a number",
     re.compile(r"percentile (?P<value>'[^']*') is not a number \(percentiles (?P<given>'[^']*'|\[[^\]]*\])\)"
                r"(?:: write (?P<write>'[^']*'|\[[^\]]*\]), numbers from 0 to 100 without (?P<sign>%|p))?$"),
     lambda m: (f"百分位数 {m.group('value')} 不是数字（percentiles 为 {m.group('given')}）"
                + (f"：请写 {m.group('write')}，即 0 到 100 之间、不带 {m.group('sign')} 的数" if m.group("write") else ""))),
    ("percentiles: outside 0 to 100",
     re.compile(r"percentiles (?P<given>'[^']*'|\[[^\]]*\]): a percentile runs from 0 to 100 \(e\.g\. (?P<eg>'[^']*')\), "
                r"got (?P<got>.+)$"),
     lambda m: f"percentiles {m.group('given')}：百分位数在 0 到 100 之间（如 {m.group('eg')}），现为 {m.group('got')}"),
    ("percentiles: shares of 1",
     re.compile(r"percentiles (?P<given>'[^']*'|\[[^\]]*\]): shares of 1\? percentiles run from 0 to 100: write "
                r"(?P<write>'[^']*'|\[[^\]]*\])$"),
     lambda m: (f"percentiles {m.group('given')}：写成了 1 的比例吗？百分位数在 0 到 100 之间：请写 {m.group('write')}")),
    ("percentiles: no raw value",
     re.compile(r"percentiles (?P<given>'[^']*'|\[[^\]]*\]): no raw value to take them of \(every value missing\)$"),
     lambda m: f"percentiles {m.group('given')}：没有可取百分位数的原始值（每个值都缺失）"),
    ("percentiles and thresholds both",
     re.compile(r"give thresholds or percentiles, not both \(percentiles make the thresholds: the raw values at those "
                r"percentiles\)$"),
     lambda m: "thresholds 和 percentiles 只给其一，不要同时给出（percentiles 生成临界值：即这些百分位数处的原始值）"),
    ("percentiles: the anchors they make refused",   # coinciding anchors (many cases share a value), ...
     re.compile(rf"percentiles (?P<given>'[^']*'|\[[^\]]*\]) are the raw values (?P<raw>.+?) \({_PERCENTILE_METHOD}\): "
                r"(?P<quoted>.+?)(?P<tied>; where many cases share a value, percentiles coincide: give thresholds "
                r"instead)?$"),
     lambda m: (None if (line := _quoted_error_zh(m)) is None else
                f"percentiles {m.group('given')} 即原始值 {m.group('raw')}（{_PERCENTILE_METHOD_ZH}）：{line}" +
                ("；许多案例取同一值时，百分位数会重合：请改为给出 thresholds" if m.group("tied") else ""))),
    ("calibrate() given percentiles",   # calibrate._percentiles_argument_message: calibrate_frame's argument
     re.compile(r"calibrate\(\) takes no argument (?P<key>'percentiles?'): anchors at percentiles of the raw values are "
                r"calibrate_frame\(\)'s, a set's 'percentiles' in place of its thresholds, (?P<frame>calibrate_frame\(df, "
                r"\{.+?\}\}\)) \(the anchors taken in the result's (?P<attrs>attrs\['[^']*'\])\), as in the calibrate "
                r"command's file; here, (?:give calibrate\(\) the anchors they make on x(?:, (?P<thresholds>thresholds="
                rf".+?) \({_PERCENTILE_METHOD}\)| as its thresholds)|they make no anchors on x: (?P<quoted>.+))$"),
     lambda m: (None if m.group("quoted") and (line := _quoted_error_zh(m)) is None else
                f"calibrate() 不接受参数 {m.group('key')}：按原始值的百分位数取锚点是 calibrate_frame() 的功能，在集合的设定中"
                f"用 'percentiles' 代替 thresholds，{m.group('frame')}（所取的锚点见结果的 {m.group('attrs')}），与 calibrate "
                "命令的设定文件相同；此处"
                + (f"这些百分位数在 x 上给不出锚点：{line}" if m.group("quoted") else
                   f"请把它们在 x 上给出的锚点作为 calibrate() 的 thresholds：{m.group('thresholds')}（{_PERCENTILE_METHOD_ZH}）"
                   if m.group("thresholds") else "请把它们在 x 上给出的锚点作为 calibrate() 的 thresholds"))),
]

"""The Chinese of the engine's errors (ENGINE_ERRORS_ZH's part, zh_errors) about the robustness protocol, its
sweeps and their sweep files: tests (labels, cases, recalibrations), ranges, the raw data, skew_bounds, no_solution,
budgets."""
from __future__ import annotations

import re
from typing import Callable

from analysis.workshop.zh_error_parts import _error_message_zh, _quoted_error_zh
from analysis.workshop.zh_hints import _GIVEN, _MEANT
from analysis.workshop.zh_values import _grouped_why_zh
from analysis.workshop.zh_words import _case_values_zh, _more_cases_zh

ROBUSTNESS_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str | None]]] = [
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
    ("calibration_anchors: cases without a membership",   # robustness._refuse_calibrated_missing
     re.compile(r"case\(s\) (?P<names>.+?) have no membership in (?P<sets>'[^']*'(?:, '[^']*')*) after calibration \(a "
                r"missing raw value, or one of missing_codes, kept by missing='keep'\): every setting recalibrates the "
                r"raw data, so leave those cases out of them first, (?P<drop>raw\.drop\(index=\[.*\]\))$"),
     lambda m: (f"案例 {m.group('names')} 校准后在 {m.group('sets')} 中没有隶属度（原始值缺失，或是 missing_codes 中的值，由 "
                "missing='keep' 保留）：每个设定都要重新校准原始数据，因此请先把这些案例从原始数据中去掉，"
                f"{m.group('drop')}")),
    ("robustness: a test recalibrating no set",   # a sweep file's test: calibrate naming a set the data lacks
     re.compile(r"calibrate names (?P<names>'[^']*'(?:, '[^']*')*), which (?:is not a set|are not sets) of the data"
                + _MEANT + r" \(sets: (?P<sets>.+)\)$"),
     lambda m: f"calibrate 所列的 {m.group('names')} 不是数据中的集合（数据的集合：{m.group('sets').replace(' and ', ' 及另外 ').replace(' more', ' 个')}）"),
    ("robustness: a case not in the data",   # a sweep file's test: drop_cases or keep_cases naming no case
     re.compile(r"unknown case\(s\) (?P<names>'[^']*'(?:, '[^']*')*(?: and \d+ more)?) in (?P<key>drop_cases|keep_cases)"
                r"(?:; (?:'[^']*': )?did you mean '[^']*'(?: or '[^']*')*\?)*(?P<case> \(case names are case-sensitive\))? "
                r"\(the data's cases: (?P<cases>.+?)\)(?P<numbered>; the data has no case names, so its cases are "
                r"numbered: name the column of case names, (?:case_column \(CLI: --case-column\)|(?P<flag>--case-column)))?$"),
     lambda m: (f"{m.group('key')} 中的案例 {m.group('names')} 不在数据中"
                + ("（案例名称区分大小写）" if m.group("case") else "")
                + f"（数据的案例：{m.group('cases').replace(' and ', ' 及另外 ').replace(' more', ' 个')}）"
                + ("；数据没有案例名称，案例按序号编号：请指明案例名称所在的列，"
                   + ("--case-column" if m.group("flag") else "case_column（命令行：--case-column）")   # the command's own
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
                r"counts cases\))), got (?P<value>.+)$"),
     lambda m: (f"n_cut 范围的 step 必须是整数个案例（n_cut 计的是案例数），现为 {m.group('value')}" if m.group("n") else
                f"step 必须是一个正的（有限的）数，现为 {m.group('value')}")),
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
    ("robustness: raw values that read two ways",   # protocol_data._raw_values: '1.038' where the raw data write decimal commas
     re.compile(r"(?:calibration range of (?P<set>'[^']*'): )?raw column (?P<column>'[^']*') \(cases? (?P<cases>.+?)\): "
                r"(?P<why>(?:this column|column '[^']*') writes decimals with a comma .+)$"),
     lambda m: (None if (why := _grouped_why_zh(m.group("why"))) is None else
                (f"{m.group('set')} 的校准范围：" if m.group("set") else "")
                + f"原始数据列 {m.group('column')}（案例 {_case_values_zh(m.group('cases'))}）：{why}")),
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
    ("robustness: a budget's value",   # robustness_protocol's (a sweep's) budgets={'max_work': -1}: the budget's line
     re.compile(r"budgets of (?P<who>\w+): (?P<quoted>(?!unknown ).+)$"),
     lambda m: (None if (error := _error_message_zh(m.group("quoted"))) is None else
                f"{m.group('who')} 的 budgets：{error}")),
    ("robustness: a calibration range's argument of another range",   # threshold_range(parameter='incl_cut', ...)
     re.compile(r"(?P<args>\w+(?:, \w+)*): for parameter='calibration' only, got parameter=(?P<value>'[^']*'); leave "
                r"(?P<them>it|them) out$"),
     lambda m: (f"{m.group('args')}：只用于 parameter='calibration'，现为 parameter={m.group('value')}；请去掉"
                f"{'它们' if m.group('them') == 'them' else '它'}")),
    ("a test's cases not a list",   # protocol_test_set._as_list: drop_cases: FI, SE (no brackets), a number
     # (R's vector c("FI", "SE") named before the list: input16's patch for protocol_test_set)
     re.compile(r"(?P<name>drop_cases|keep_cases) must be a list of case names, got (?P<value>.+?)(?:: (?P<r>R's "
                r"vector c\(\.\.\.\) copied as text; )?write a list, (?P<list>\[.*\]) \(Python: (?P<py>\[.*\])\))?$"),
     lambda m: (f"{m.group('name')} 必须是案例名称的列表，现为 {m.group('value')}"
                + ("：这是照搬成文本的 R 向量 c(...)" if m.group("r") else "")
                + (f"：请写成列表 {m.group('list')}（Python：{m.group('py')}）" if m.group("list") else ""))),
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
    ("a sweep file's ranges not a list",   # sweep_spec.py: ranges: {parameter: ..., step: ...} or ranges: 20
     re.compile(r"'ranges' must be a list of ranges, got (?:a mapping \(keys (?P<keys>[^()]*)\): write each range as an "
                r"item of a list, (?P<eg>'- \{.*\}')|(?P<value>.+))$"),
     lambda m: ("'ranges' 必须是范围的列表，现为"
                + (f"映射（键 {m.group('keys')}）：请把每个范围写成列表的一项，{m.group('eg')}" if m.group("keys") else
                   f" {m.group('value')}"))),
]

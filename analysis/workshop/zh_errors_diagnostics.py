"""The Chinese of the engine's errors (ENGINE_ERRORS_ZH's part, zh_errors) about the analyses after a solution:
case diagnostics (smmr's types of cases, pairs, focal conjuncts, clusters), necessity and superSubset, theory
evaluation, good practice and the permutation benchmark."""
from __future__ import annotations

import re
from typing import Callable

from analysis.workshop.zh_error_parts import _NECESSITY_CASES_ZH, _SMMR_CALL_ZH, SMMR_CASES_ZH
from analysis.workshop.zh_hints import _GIVEN

#: What theory_evaluation's data= is for, as its refusals of the data say it (diagnostics: the sets the theory reads
#: from it, or the check alone, data given and no set read from it).
_PURPOSE = (r"(?:to read (?P<sets>'[^']*'(?:, '[^']*')*) of theory (?P<theory>'[^']*')|whether or not theory "
            r"(?P<checked>'[^']*') reads a set from it)")
_SET_KIND_ZH = {"outcome": "结果", "condition": "条件"}


def _purpose_zh(m: re.Match) -> str:
    """_PURPOSE in Chinese: to read the sets of the theory, or whether or not the theory reads one."""
    if m.group("sets"):
        return f"才能读取理论 {m.group('theory')} 中的 {m.group('sets')}"
    return f"无论理论 {m.group('checked')} 是否从中读取集合"


DIAGNOSTICS_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str | None]]] = [
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
    ("theory_evaluation: data without the solution's outcome",   # theory_evaluation(theory, sol, data=...)
     re.compile(rf"data lacks the solution's outcome (?P<out>'[^']*') \(columns: (?P<cols>.*)\): data must be the data the "
                rf"solution was found on, its outcome included, {_PURPOSE}$"),
     lambda m: (f"data 中没有解的结果 {m.group('out')}：data 必须是求出该解的数据（包括其结果），{_purpose_zh(m)}")),
    # the columns: said by the hints, after
    ("theory_evaluation: data of another outcome or condition",
     re.compile(r"data's (?P<what>outcome|condition) (?P<out>'[^']*') differs from the solution's in case\(s\) "
                r"(?P<cases>(?:'[^']*' \([^()]* in data, [^()]* in the solution's\)(?:, )?)+)(?: and (?P<more>\d+) more)?"
                r"(?: \(condition\(s\) (?P<also>'[^']*'(?:, '[^']*')*) differ too\))?: data must be the data the solution "
                rf"was found on, {_PURPOSE} \(SetMethods' theory\.evaluation reads a theory's sets(?P<conds>, the "
                r"conditions)? and the outcome from one data set, the truth table's initial\.data\)$"),
     lambda m: (f"data 的{_SET_KIND_ZH[m.group('what')]} {m.group('out')} 在案例 "
                + "、".join(f"{c}（data 中为 {a}，解中为 {b}）" for c, a, b in re.findall(
                    r"('[^']*') \(([^()]*) in data, ([^()]*) in the solution's\)", m.group("cases")))
                + (f" 及另外 {m.group('more')} 个案例" if m.group("more") else "")
                + f"上与解的{_SET_KIND_ZH[m.group('what')]}不同"
                + (f"（条件 {m.group('also')} 也不同）" if m.group("also") else "")
                + f"：data 必须是求出该解的数据，{_purpose_zh(m)}"
                + f"（SetMethods 的 theory.evaluation 从同一份数据——真值表的 initial.data——读取理论的集合"
                + ("、条件" if m.group("conds") else "") + "和结果）")),
    ("theory_evaluation: data of other cases",
     re.compile(r"data must hold the cases of the solution's data, matched by name \(its index, or case_column\), "
                rf"{_PURPOSE}: got data (?:without the solution's "
                r"case\(s\) (?P<missing>'[^']*'(?:, '[^']*')*))?(?:(?:; )?with case\(s\) (?P<more>'[^']*'(?:, '[^']*')*) "
                r"the solution lacks)?(?P<twice>(?:; )?with a case name twice)?$"),
     lambda m: (f"data 必须含有解的数据中的案例（按名称匹配：其索引或 case_column），{_purpose_zh(m)}：所给的 data "
                + "；".join(part for part in (
                    f"缺少解的案例 {m.group('missing')}" if m.group("missing") else "",
                    f"含有解所没有的案例 {m.group('more')}" if m.group("more") else "",
                    "有重复的案例名称" if m.group("twice") else "") if part))),
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
    ("cluster diagnostics: the outcome as the ids",   # cluster_diagnostics(..., cluster='SURV'); CLI --cluster SURV
     re.compile(r"(?P<dash>--)?(?P<flag>unit|cluster)(?P<eq>=| )(?P<col>'[^']*'|\"[^\"]*\") is the outcome "
                r"\((?P<o>--outcome |outcome=)(?P<outcome>'[^']*'|\"[^\"]*\")\), not a column of ids: give the column of "
                r"(?:unit ids \(e\.g\. the country\)|cluster ids \(e\.g\. the wave\))$"),
     lambda m: (f"{m.group('dash') or ''}{m.group('flag')}{m.group('eq')}{m.group('col')} 是结果（{m.group('o')}"
                f"{m.group('outcome')}），而不是标识列："
                + ("请给出单元标识列（例如国家）" if m.group("flag") == "unit" else "请给出聚类标识列（例如波次）"))),
    ("cluster diagnostics: an id column in the expression",   # cluster_diagnostics(..., 'DEV*~IND', unit=, cluster='DEV')
     # (the expression's own error: said after the expression, "expression 'DEV*~IND': ...")
     re.compile(r"(?P<col>'[^']*'|\"[^\"]*\") is the column of (?P<role>unit|cluster) ids, not a condition; the expression "
                r"names conditions only$"),
     lambda m: (f"{m.group('col')} 是{'单元' if m.group('role') == 'unit' else '聚类'}标识所在的列，不是条件；表达式只能由条件"
                "写成")),
    ("cluster diagnostics: a unit twice in a cluster",   # diagnostics: SetMethods' xtabs would add up the rows
     re.compile(r"(?P<n>\d+) rows \((?P<rows>[^()]*)\) hold unit (?P<unit>'[^']*'|\"[^\"]*\") in cluster "
                r"(?P<cluster>'[^']*'|\"[^\"]*\"): cluster diagnostics take one row per unit and cluster \(columns "
                r"(?P<ucol>'[^']*'|\"[^\"]*\") and (?P<ccol>'[^']*'|\"[^\"]*\")\); combine or drop the repeated rows "
                r"\(SetMethods' cluster\(\) would add up their memberships\)$"),
     lambda m: (f"有 {m.group('n')} 行（{m.group('rows')}）在聚类 {m.group('cluster')} 中都是单元 {m.group('unit')}：聚类诊断"
                f"要求每个单元在每个聚类中只有一行（列 {m.group('ucol')} 和 {m.group('ccol')}）；请合并或删除重复的行"
                "（SetMethods 的 cluster() 会把它们的隶属度相加）")),
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
    ("the diagnostics' conditions not names",   # case_typology / necessity_cases: conditions=3
     re.compile(r"conditions must name the truth table's conditions \(a list or text 'A, B, C'\), got (?P<type>[\w.]+)$"),
     lambda m: f"conditions 必须写出真值表的条件（列表，或文本 'A, B, C'），现为 {m.group('type')}"),
    ("good_practice: a benchmark not permutation_benchmark()'s",
     re.compile(r"benchmark must be permutation_benchmark\(\)'s result \(a mapping with (?P<keys>[\w, ]+)\), got "
                r"(?P<type>[\w.]+)(?: without (?P<missing>[\w, ]+))?$"),
     lambda m: (f"benchmark 必须是 permutation_benchmark() 的结果（含 {m.group('keys')} 的映射），现为 {m.group('type')}"
                + (f"，缺少 {m.group('missing')}" if m.group("missing") else ""))),
    ("good_practice: negated not the negated outcome's solutions",   # good_practice(sol, negated=3)
     re.compile(r"negated must be the Solution\(s\) of the negated outcome \(a Solution, a dict or list of them\) or, "
                r"when it has none, the finding in words \(a str\), got (?:(?P<type>[\w.]+)|a (?P<holder>[\w.]+) holding "
                r"(?P<held>[\w.]+(?:, [\w.]+)*))$"),
     lambda m: ("negated 必须是否定结果的解（一个 Solution，或由它们组成的字典或列表），否定结果没有解时则是用文字写下的发现"
                "（str），现为 " + (m.group("type") or f"{m.group('holder')}，其中含有 {m.group('held')}"))),
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
    ("good_practice: a robustness table's cut-offs not a text",   # cut_offs: 2 for 'n_cut=2'?
     re.compile(r"robustness: row (?P<row>\d+) \(sweep (?P<sweep>'[^']*'|\"[^\"]*\")\), column 'cut_offs': (?P<given>.+?) is "
                r"no text of settings; write the settings the sweep tried as robustness_protocol says them, e\.g\. "
                r"(?P<eg>'[^']*') \(or leave the cell empty\)$"),
     lambda m: (f"robustness：第 {m.group('row')} 行（sweep {m.group('sweep')}）的 'cut_offs' 列：{m.group('given')} 不是设定的"
                f"文本；请按 robustness_protocol 的写法写出该 sweep 试过的设定，例如 {m.group('eg')}（或让该单元格留空）")),
    ("good_practice: a necessity table's measures outside [0, 1]",   # inclN, RoN, covN (percentages?)
     re.compile(r"necessity table: column (?P<column>'[^']*') must hold numbers in \[0, 1\], got (?P<listed>.+) for the "
                r"conditions? shown(?P<pct> \(percentages\? give them as shares, e\.g\. 0\.92 for 92\))?$"),
     lambda m: (f"必要性表：{m.group('column')} 列必须是 [0, 1] 之间的数，所示条件的值为 {m.group('listed')}"
                + ("（是百分数吗？请写成比例，如 92 写作 0.92）" if m.group("pct") else ""))),
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
    ("good_practice: an outcome in brackets",   # benchmark_sentence(outcome='EFF (good)')
     re.compile(r"outcome must be the outcome's name \(text without brackets\) or None, got (?P<value>.+)$"),
     lambda m: f"outcome 必须是结果的名称（不带括号的文本）或 None，现为 {m.group('value')}"),
]

"""The Chinese of the engine's errors (ENGINE_ERRORS_ZH's part, zh_errors) about causal_chain() (R QCA's
causalChain) and the chain command, for a teacher's own data: no exercise calls it."""
from __future__ import annotations

import re
from typing import Callable

from analysis.workshop.zh_hints import _GIVEN

CHAIN_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str | None]]] = [
    ("causal_chain's sol_depth = 0, R's default of sol.depth",   # the API's refusal and chain --sol-depth 0's (chain.py)
     re.compile(r"(?:sol_depth must|argument (?P<flag>--sol-depth): must) be a positive whole number, got (?P<value>0|'0'): "
                r"leave (?:it|--sol-depth) out for models of any number of prime implicants; R's sol\.depth = 0 is its "
                r"default, with which causalChain sets 5, its help says: write 5 for that$"),
     lambda m: ((f"参数 {m.group('flag')}：必须是正整数" if m.group("flag") else "sol_depth 必须是正整数")
                + f"，现为 {m.group('value')}：要列出由任意多个质蕴涵项组成的模型，请去掉"
                + (" --sol-depth" if m.group("flag") else "该参数")
                + "；R 的 sol.depth = 0 是其默认值，据其帮助文档，此时 causalChain 取 5：要与之比较，请写 5")),
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
    ("causal_chain: a cycle type",   # causal_chain(cycle_type=...), cna's cycle.type (the chain command's choices)
     re.compile(rf"cycle_type must be 'factor' \(a set a cause of itself\) or 'value' \(a value of a set a cause of "
                rf"itself\), cna's cycle\.type, got {_GIVEN}$"),
     lambda m: ("cycle_type 只能是 'factor'（一个集合是它自身的原因）或 'value'（一个集合的某个值是它自身的原因），即 cna 的 "
                f"cycle.type，现为 {m.group('value')}")),
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
    ("causal_chain: more csf combinations than max_csf",
     re.compile(r"(?P<flag>--)?csf: (?P<n>\d{1,3}(?:,\d{3})*) combinations of one asf per outcome \((?P<counts>\d+(?: x "
                r"\d+)*) models\) exceed the budget (?P<budget>max_csf = |--max-csf )(?P<max>\d{1,3}(?:,\d{3})*): raise "
                r"it to list them(?:; or chain\.simplest_csf\((?P<init>\d+)\) builds the (?P=init) simplest, as cna's "
                r"csf\(n\.init = (?P=init)\) does: its chains and links are read off every csf, so chain\.csf refuses to "
                r"guess from a part|; or --csf --n-init (?P<flag_init>\d+) lists the csf of the (?P=flag_init) simplest, "
                r"as cna's csf\(n\.init = (?P=flag_init)\) builds them \(the chains are read off every csf\))?$"),
     lambda m: (f"{m.group('flag') or ''}csf：每个结果取一个 asf 的组合共 {m.group('n')} 个（{m.group('counts')} 个"
                f"模型），超过预算 {m.group('budget')}{m.group('max')}：请调高它以列出这些组合"
                + (f"；或用 chain.simplest_csf({m.group('init')}) 只构建最简单的 {m.group('init')} 个组合，如 cna 的 "
                   f"csf(n.init = {m.group('init')})：因果链与关联取自全部复合解公式，因此 chain.csf 不凭部分组合推断"
                   if m.group("init") else "")
                + (f"；或用 --csf --n-init {m.group('flag_init')} 只列出最简单的 {m.group('flag_init')} 个组合的复合解"
                   f"公式，如 cna 的 csf(n.init = {m.group('flag_init')})（因果链取自全部复合解公式）"
                   if m.group("flag_init") else ""))),
    # CausalChain.condition (cna's condition()) and chain --condition: a formula of one's own, refused
    ("causal_chain: a formula condition() cannot read",
     re.compile(r"(?P<flag>--)?condition: (?:(?P<formula>'[^']*'|\"[^\"]*\") is not|the formula must be) an asf "
                r"\('model <-> outcome', e\.g\. 'U \+ D <-> L'\) or a csf \(asfs in parentheses joined by '\*', e\.g\. "
                r"'\(U \+ D <-> L\)\*\(L \+ G <-> E\)'\)(?:, got (?P<type>\w+) (?P<value>.+))?$"),
     lambda m: (f"{m.group('flag') or ''}condition："
                + (f"{m.group('formula')} 不是" if m.group("formula") else "公式必须是")
                + "一个 asf（'模型 <-> 结果'，例如 'U + D <-> L'）或一个 csf（用 '*' 连接的、各自带括号的 asf，例如 "
                "'(U + D <-> L)*(L + G <-> E)'）"
                + (f"，现为 {m.group('type')} {m.group('value')}" if m.group("type") else ""))),
    ("causal_chain: condition()'s outcome not a set",
     re.compile(r"(?P<flag>--)?condition: the outcome (?P<name>'[^']*'|\"[^\"]*\") of (?P<asf>'[^']*'|\"[^\"]*\") is "
                r"not a set of the data \(sets: (?P<sets>[^()]*)\)$"),
     lambda m: (f"{m.group('flag') or ''}condition：{m.group('asf')} 的结果 {m.group('name')} 不是数据中的集合（集合："
                f"{m.group('sets')}）")),
    ("causal_chain: condition()'s outcome in its own model",
     re.compile(r"(?P<flag>--)?condition: (?P<asf>'[^']*'|\"[^\"]*\") names its outcome's set (?P<name>.+?) in its "
                r"model; an asf explains an outcome by the other sets$"),
     lambda m: (f"{m.group('flag') or ''}condition：{m.group('asf')} 的模型中出现了其结果的集合 {m.group('name')}；"
                "asf 用其他集合解释结果")),
    ("causal_chain: condition()'s csf with two asfs of one outcome",
     re.compile(r"(?P<flag>--)?condition: (?P<formula>'[^']*'|\"[^\"]*\") has more than one asf of the outcome "
                r"(?P<name>.+?); a csf has one asf per outcome$"),
     lambda m: (f"{m.group('flag') or ''}condition：{m.group('formula')} 中结果 {m.group('name')} 有不止一个 asf；"
                "一个 csf 中每个结果只有一个 asf")),
    ("chain --condition with --csf",   # cli_run.py: the formula given, or the chain's own csf
     re.compile(r"--condition scores the formula given, --csf lists the chain's complex solution formulas: give one$"),
     lambda m: "--condition 为给出的公式计分，--csf 列出因果链自身的复合解公式：请只给出其中之一"),
    ("chain --n-init without --csf",   # cli_run.py: cna's n.init is csf()'s, the chains are read off every csf
     re.compile(r"--n-init (?P<n>\d+) builds the complex solution formulas of the (?:simplest combination|"
                r"(?P<count>\d{1,3}(?:,\d{3})*) simplest combinations) \(cna's csf\(n\.init = (?P=n)\)\): add --csf; "
                r"the chains are read off every csf, within --max-csf$"),
     lambda m: (f"--n-init {m.group('n')} 构建最简单的 {m.group('count') or 1} 个组合的复合解公式（即 cna 的 "
                f"csf(n.init = {m.group('n')})）：请加上 --csf；因果链取自全部复合解公式，受 --max-csf 限制")),
    # cna's n.init refused by checks.whole(), whose hints (write 2, not the float 2.0) follow, said by engine_error_zh
    # as the budgets' line of zh_errors_calls says them (its form, not end-anchored, for the same reason)
    ("CausalChain.simplest_csf: n_init not a whole number",
     re.compile(r"n_init must be a positive whole number, got (?P<value>'[^']*'|\w+\([^()]*\)|\S+?)(?=[;:( ]|$)"),
     lambda m: f"n_init（cna 的 n.init）必须是正整数，现为 {m.group('value')}"),
    ("chain --outcomes: not a set",   # chain.py: outcomes / ordering naming no set of the data
     re.compile(r"(?P<what>--outcomes|outcomes|--ordering|ordering): (?P<name>'[^']*'|\"[^\"]*\") is not a set of "
                r"(?P<data>the data|.+?)(?=; did you mean | \(sets: )(?:; did you mean '[^']*'(?: or '[^']*')*\?(?: \(names "
                r"are case-sensitive\))?)? \(sets: (?P<sets>[^()]*)\)$"),
     lambda m: (f"{m.group('what')}：{m.group('name')} 不是{'数据' if m.group('data') == 'the data' else ' ' + m.group('data') + ' '}"
                f"中的集合（集合：{m.group('sets')}）")),
]

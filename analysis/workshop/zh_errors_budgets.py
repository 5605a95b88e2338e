"""The Chinese of the engine's refusals of a budget (ENGINE_ERRORS_ZH's part, zh_errors; QCAComplexityError,
max_pair_candidates' a QCAInputError): what was too large, the budget and what to change, for a teacher's own data
(no exercise meets one at the workshop's settings)."""
from __future__ import annotations

import re
from typing import Callable

from analysis.workshop.zh_error_parts import (_AT, _flags_zh, _models_of_zh, _N, _RAISE, _SETTLED, _settled_zh,
                                              _zh_partial_refused)

BUDGETS_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str | None]]] = [
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
     re.compile(rf"more than {_AT['max_implicants']}(?P<max>{_N}) prime implicants \((?P<k>\d+) conditions, (?P<on>{_N}) "
                rf"positive and (?P<off>{_N}) negative configurations\); raise {_RAISE['max_implicants']}, "
                r"or use fewer conditions or more observed cases$"),
     _flags_zh(lambda m: (f"质蕴涵项多于 max_implicants = {m.group('max')} 个（{m.group('k')} 个条件，{m.group('on')} 个正组态和 "
                f"{m.group('off')} 个负组态）；请提高 max_implicants（命令行：--max-implicants），或使用更少的条件或更多的观察案例"))),
    ("budget: implicants of a merging step past max_implicants",
     re.compile(rf"more than {_AT['max_implicants']}(?P<max>{_N}) implicants at one merging step \((?P<k>\d+) conditions, "
                rf"(?P<c>{_N}) configurations\); raise {_RAISE['max_implicants']} or use fewer conditions$"),
     _flags_zh(lambda m: (f"一次合并步骤中的蕴涵项多于 max_implicants = {m.group('max')} 个（{m.group('k')} 个条件，{m.group('c')} 个"
                "组态）；请提高 max_implicants（命令行：--max-implicants），或使用更少的条件"))),
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
                rf"\((?P<cells>{_N}) cells, more than {_AT['max_chart_cells']}(?P<max>{_N})\); raise "
                rf"{_RAISE['max_chart_cells']} or use fewer conditions$"),
     _flags_zh(lambda m: (f"质蕴涵项表将有 {m.group('p')} 个蕴涵项 × {m.group('c')} 个组态（{m.group('cells')} 个单元格，多于 "
                f"max_chart_cells = {m.group('max')}）；请提高 max_chart_cells（命令行：--max-chart-cells），或使用更少的条件"))),
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
]

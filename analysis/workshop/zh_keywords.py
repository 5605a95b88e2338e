"""The Chinese of the engine's advice on an unknown keyword argument or command-line flag
(KEYWORD_ADVICE_ZH): the argument meant and how to give it."""
from __future__ import annotations

import re

#: The engine's advice for an argument named as R QCA or SetMethods name it (analysis.qca.r_calls.R_KEYWORDS), for the
#: functions the workshop's cells call, in Chinese: by the English advice, '{value!r}' standing for the value given.
KEYWORD_ADVICE_ZH = {
    "benchmark={value!r} (the inclN a condition needs to be flagged necessary; R's incl.cut)":
        "请写 benchmark={value}（条件被标为必要所需的 inclN；即 R 的 incl.cut）",
    "benchmark={value!r} (the inclN a condition needs to be flagged necessary)":
        "请写 benchmark={value}（条件被标为必要所需的 inclN）",
    "super_subset(data, outcome, incl_cut=..., cov_cut=...) (necessity() lists every condition with its covN)":
        "请用 super_subset(data, outcome, incl_cut=..., cov_cut=...)（necessity() 会列出每个条件及其 covN）",
    "outcome='~Y' (the negated outcome, as R QCA 3 writes it)": "请写 outcome='~Y'（结果的否定，R QCA 3 的写法）",
    "negate_outcome=True, or outcome='~Y'": "请写 negate_outcome=True，或 outcome='~Y'",
    "incl_cut={value!r} (the consistency a row needs to be positive)":
        "请写 incl_cut={value}（一行成为正组态所需的一致性）",
    "minimize(tt, ..., exclude={value!r}) (the rows kept out of the minimisation, as R's truthTable(exclude = ...) codes "
    "them negative)": "请写 minimize(tt, ..., exclude={value})（不参与最小化的行；R 的 truthTable(exclude = ...) 把它们记为负组态）",
    "leave it out: a negation is always written '~A'": "请去掉该参数：否定总是写作 '~A'",
    "negate_outcome=True in truth_table() (minimize() takes the truth table as it is)":
        "请在 truth_table() 中写 negate_outcome=True（minimize() 按真值表原样最小化）",
    "the truth table first, minimize(tt, ...) (R's input)": "请先写真值表：minimize(tt, ...)（即 R 的 input）",
    "leave it out: the fit of every term and model (R's details = TRUE) is always computed and printed":
        "请去掉该参数：每个项和模型的拟合指标（R 的 details = TRUE）总会计算并打印",
    "leave it out: a solution always lists the cases of each term (R's show.cases = TRUE)":
        "请去掉该参数：解总会列出每个项的案例（R 的 show.cases = TRUE）",
    "leave it out: one exact algorithm here, which lists every minimal model (R's 'CCubes', 'QMC' and 'eQMC' give the "
    "same solutions)": "请去掉该参数：这里只有一种精确算法，会列出每个最简模型（R 的 'CCubes'、'QMC' 和 'eQMC' 给出相同的解）",
    "exclude={value!r} (R QCA's older name of exclude)": "请写 exclude={value}（R QCA 对 exclude 的旧称）",
    "model={value!r} (SetMethods' sol: the number of the model, 1 for M1)":
        "请写 model={value}（即 SetMethods 的 sol：模型的编号，M1 为 1）",
    **{f"the solution first, {f}(sol, ...) (SetMethods' results)": f"请先写解：{f}(sol, ...)（即 SetMethods 的 results）"
       for f in ("case_typology", "smmr", "smmr_pairs", "smmr_focal_conjuncts", "theory_evaluation")},
    "the solution second, theory_evaluation(theory, sol) (SetMethods' empirics)":
        "请把解写在第二位：theory_evaluation(theory, sol)（即 SetMethods 的 empirics）",
    "leave it out: the fit, the memberships, the cases and the Boolean forms are always given (.fit, .data, .cases, "
    ".intersections)": "请去掉该参数：拟合指标、隶属度、案例和布尔表达式总会给出（.fit、.data、.cases、.intersections）",
    "haesebrouck_consistency={value!r} (SetMethods' consH)":
        "请写 haesebrouck_consistency={value}（即 SetMethods 的 consH）",
    "haesebrouck_consistency={value!r} (QCAfit's consH)": "请写 haesebrouck_consistency={value}（即 QCAfit 的 consH）",
    "relation='necessity' (QCAfit's necessity = TRUE)": "请写 relation='necessity'（即 QCAfit 的 necessity = TRUE）",
    "the expression first, pof({value!r}, data, outcome) (R's setms)":
        "请先写表达式：pof({value}, data, outcome)（即 R 的 setms）",
    "leave it out: the expression's text labels its row (QCAfit's cond.lab)":
        "请去掉该参数：表达式的文本就是其行的标签（即 QCAfit 的 cond.lab）",
    "incl_cut={value!r} (necessity()'s benchmark is super_subset()'s incl_cut)":
        "请写 incl_cut={value}（necessity() 的 benchmark 即 super_subset() 的 incl_cut）",
    "negate_outcome=True in truth_table() (find_rows() takes the truth table as it is)":
        "请在 truth_table() 中写 negate_outcome=True（find_rows() 按真值表原样处理）",
    "the truth table first, find_rows(tt, ...) (R's obj)": "请先写真值表：find_rows(tt, ...)（即 R 的 obj）",
    "untenable={value!r} (SetMethods' untenable_LR)": "请写 untenable={value}（即 SetMethods 的 untenable_LR）",
    "contradictory_rows={value!r} (SetMethods' contrad_rows)":
        "请写 contradictory_rows={value}（即 SetMethods 的 contrad_rows）",
    "the truth table first, esa(tt, ...) (SetMethods' oldtt)": "请先写真值表：esa(tt, ...)（即 SetMethods 的 oldtt）",
    "unit={value!r} (SetMethods' unit_id)": "请写 unit={value}（即 SetMethods 的 unit_id）",
    "cluster={value!r} (SetMethods' cluster_id)": "请写 cluster={value}（即 SetMethods 的 cluster_id）",
    "leave it out: the within-unit consistencies are always computed (.within)":
        "请去掉该参数：单元内的一致性总会计算（.within）",
    "leave it out: the chart shows every model (one group per model)": "请去掉该参数：组态图显示每个模型（每个模型一组）",
    "incl_cut={value!r} (the consistency a truth table row needs to be positive; not R's pi.cons, a prime implicant's "
    "own consistency, which is not checked here: compare each model's term_fit, --json gives it, with the pi.cons "
    "meant)": "请写 incl_cut={value}（真值表的一行成为正组态所需的一致性；不是 R 的 pi.cons，即质蕴涵项本身的一致性，这里不检查"
              "它：请把每个模型的 term_fit（--json 给出）与所想的 pi.cons 比较）",
    "incl_cut={value!r} (the consistency a truth table row needs to be positive; not cna's con.msc, a condition's own "
    "consistency, which is not checked here: see each model's term_fit)":
        "请写 incl_cut={value}（真值表的一行成为正组态所需的一致性；不是 cna 的 con.msc，即条件本身的一致性，这里不检查它："
        "请看每个模型的 term_fit）",
    "sol_cons={value!r} (cna's con: the consistency a model needs)": "请写 sol_cons={value}（即 cna 的 con：模型所需的一致性）",
    "sol_cov={value!r} (cna's cov: the coverage a model needs)": "请写 sol_cov={value}（即 cna 的 cov：模型所需的覆盖度）",
    "all_models={value!r} (True, the default, lists every redundancy-free model as R's causalChain does)":
        "请写 all_models={value}（默认值 True 像 R 的 causalChain 一样列出每个无冗余的模型）",
    "sol_depth=N, N the second of cna's three numbers (the disjuncts of a formula: its prime implicants here); leave "
    "out the first and the third (conjuncts of a disjunct, factors of a formula): every prime implicant is derived, "
    "within max_models and max_work":
        "请写 sol_depth=N，N 为 cna 三个数中的第二个（一个公式的析取项数：这里即其质蕴涵项数）；第一个和第三个（一个析取项的"
        "合取项数、一个公式的因素数）请去掉：每个质蕴涵项都会在 max_models 和 max_work 之内推导出来",
    "write --sol-depth N, N the second of cna's three numbers (the disjuncts of a formula: its prime implicants here); "
    "leave out the first and the third (conjuncts of a disjunct, factors of a formula): every prime implicant is "
    "derived, within --max-models and --max-work":
        "请写 --sol-depth N，N 为 cna 三个数中的第二个（一个公式的析取项数：这里即其质蕴涵项数）；第一个和第三个（一个析取项"
        "的合取项数、一个公式的因素数）请去掉：每个质蕴涵项都会在 --max-models 和 --max-work 之内推导出来",
    "leave it out: every prime implicant and every redundancy-free model is searched, within max_models and max_work":
        "请去掉该参数：在 max_models 和 max_work 之内，每一个质蕴涵项和每一个无冗余的模型都会被搜索",
    "leave it out: each outcome is minimised with the remainders (include='?'), as cna's minimally sufficient "
    "conditions use them": "请去掉该参数：每个结果都连同逻辑余项一起最小化（include='?'），与 cna 的最小充分条件一样使用逻辑余项",
    "outcomes={value!r} (the sets minimised, each on the others)": "请写 outcomes={value}（要最小化的集合，每个都以其他集合为条件）",
    "outcomes='~E' (a negated set as the outcome)": "请写 outcomes='~E'（以否定的集合作为结果）",
    "leave it out: chain.csf leaves out the csf with a partial structural redundancy, as cna's default inus.only = TRUE "
    "does; for inus.only = FALSE read chain.csf.partial_left_out with chain.csf (--csf --json: partial_left_out)":
        "请去掉该参数：chain.csf 不列出有部分结构冗余的复合解公式（csf），与 cna 的默认值 inus.only = TRUE 相同；要得到 "
        "inus.only = FALSE 的结果，请把 chain.csf.partial_left_out 与 chain.csf 一起看（--csf --json：partial_left_out）",
    "chain.simplest_csf({value!r}) on the result, chain = causal_chain(data, ...) (cna's csf(n.init = ...): the csf of "
    "the n simplest combinations of one asf per outcome)":
        "请在结果上写 chain.simplest_csf({value})，其中 chain = causal_chain(data, ...)（即 cna 的 csf(n.init = ...)："
        "每个结果取一个 asf 的组合中最简单的 n 个组合的复合解公式）",
    "leave it out: a redundancy-free model of any number of prime implicants is listed (R's causalChain allows 5 "
    "without sol.depth, its help says); keep the models of that many terms or fewer (the terms column of to_frame(), "
    "--csv)": "请去掉该参数：由任意多个质蕴涵项组成的无冗余模型都会列出（据 R 的 causalChain 的帮助文档，不给 sol.depth 时"
              "它允许 5 个）；请自行保留项数不超过该数的模型（to_frame() 的 terms 列，--csv）",
    "n_draws={value!r} (the seeded random assignments drawn when there are more than max_exact; at most max_exact, "
    "every assignment is enumerated)": "请写 n_draws={value}（分配方式多于 max_exact 时抽取的带种子的随机分配；不超过 "
                                       "max_exact 时枚举每一种分配）",
    "leave it out: the initial solution is found from the protocol's own arguments (incl_cut, n_cut, include, dir_exp; "
    "SetMethods' initial_sol)": "请去掉该参数：初始解由该方案自己的参数求出（incl_cut、n_cut、include、dir_exp；即 SetMethods "
                                "的 initial_sol）",
    "tests=[...] (the test set as specifications, e.g. {{'label': 'incl 0.7', 'incl_cut': 0.7}}: the protocol finds each "
    "solution; SetMethods' test_sol)": "请写 tests=[...]（检验集写成设定，例如 {{'label': 'incl 0.7', 'incl_cut': 0.7}}："
                                       "方案会自己求出每个解；即 SetMethods 的 test_sol）",
    **{f"budgets={{{{'{budget}': {{value!r}}}}}} (the sweep's search budgets, one mapping)":
       f"请写 budgets={{{{'{budget}': {{value}}}}}}（扫描的搜索预算，写成一个映射）"
       for budget in ("max_models", "allow_partial", "max_work", "max_implicants", "max_chart_cells", "sa_limit",
                      "ec_limit", "max_intermediate_pairs", "max_memberships")},
    "leave it out: the solution holds its outcome (for ~Y, minimise the truth table of '~Y')":
        "请去掉该参数：解本身带有它的结果（要分析 ~Y，请对 '~Y' 的真值表最小化）",
    "smmr_pairs(sol, ...) (SetMethods' match = TRUE: pairs for comparative case studies)":
        "请用 smmr_pairs(sol, ...)（即 SetMethods 的 match = TRUE：用于比较案例研究的案例对）",
    "necessity_cases(data, outcome, {value!r}, cases) (SetMethods' smmr(necessity = TRUE, nec.cond = ...); "
    "necessity_pairs for match = TRUE)": "请用 necessity_cases(data, outcome, {value}, cases)（即 SetMethods 的 "
                                         "smmr(necessity = TRUE, nec.cond = ...)；match = TRUE 时用 necessity_pairs）",
    "necessity_cases(data, outcome, nec_cond, cases) (SetMethods' smmr(necessity = TRUE, nec.cond = ...))":
        "请用 necessity_cases(data, outcome, nec_cond, cases)（即 SetMethods 的 smmr(necessity = TRUE, nec.cond = ...)）",
    "smmr_focal_conjuncts(sol, term={value!r}) (SetMethods' cases = 2 with term)":
        "请用 smmr_focal_conjuncts(sol, term={value})（即 SetMethods 的 cases = 2 加 term）",
}


class _Given:
    """The value an advice names ({value!r}), as _keyword_advice_zh reads its form: a marker the value's pattern takes."""

    def __repr__(self) -> str:
        return "QQGIVENQQ"


_GIVEN_VALUE = _Given()


def _keyword_advice_zh(advice: str) -> str | None:
    """The engine's advice for an R argument (the message's text after 'write ', or 'leave it out: ...'), in Chinese
    with the value it names copied; None for advice KEYWORD_ADVICE_ZH does not hold."""
    for english, chinese in KEYWORD_ADVICE_ZH.items():   # the engine's form: str.format(value=...), {{ }} for braces
        form = re.escape(english.format(value=_GIVEN_VALUE)).replace("QQGIVENQQ", "(?P<value>.+?)")
        found = re.fullmatch(form, advice)
        if found:
            return chinese.format(value=found.groupdict().get("value"))
    return None


def _keyword_notes_zh() -> dict[str, str]:
    """What KEYWORD_ADVICE_ZH's advice says in parentheses after the argument to write ("incl_cut={value!r} (the
    consistency ...)"), by its English, in Chinese: the command line writes the flag for the argument and keeps its
    note ('write --incl-cut 0.8 (the consistency ...)', cli_hints._r_keyword_flag)."""
    notes = {}
    for english, chinese in KEYWORD_ADVICE_ZH.items():
        said = re.fullmatch(r"\w+=(?:\{value!r\}|True|'[^']*') \((?P<note>.+)\)", english)
        said_zh = re.fullmatch(r"请写 \S+?（(?P<note>.+)）", chinese)
        if said and said_zh:
            notes[said.group("note")] = said_zh.group("note")
    return notes


def _cli_keyword_advice_zh(advice: str) -> str | None:
    """The command line's 'leave it out: ...' for a flag named as R QCA names an argument (cli_hints._r_keyword_flag:
    the library's advice, or the command line's own, cli_hints._CLI_R_FLAGS), in Chinese; None for advice of another
    form."""
    if found := re.fullmatch(r"write (?P<write>--[\w-]+(?: [^\s();]+)?)(?: \((?P<note>.+)\))?", advice):
        note = found.group("note") and _keyword_notes_zh().get(found.group("note"))
        return None if found.group("note") and note is None else (
            f"请写 {found.group('write')}" + (f"（{note}）" if note else ""))
    if advice == "leave it out: the cases are shown (R's show.cases = TRUE); --no-cases leaves them out":
        return "请去掉该参数：案例总会显示（R 的 show.cases = TRUE）；--no-cases 不显示它们"
    if advice == ("leave it out: every redundancy-free model is listed (R's causalChain with all.sol = TRUE); "
                  "--minimal-only lists the minimal ones"):
        return "请去掉该参数：每个无冗余的模型都会列出（即 R 的 causalChain 加 all.sol = TRUE）；--minimal-only 只列出最简模型"
    if advice == "--necessity for necessity (R's relation = 'necessity'); sufficiency is the default here":
        return "必要性请用 --necessity（R 的 relation = 'necessity'）；这里默认是充分性"
    return _keyword_advice_zh(advice)


def _zh_unknown_keyword(m: re.Match) -> str | None:
    advice = m.group("advice")
    if advice is not None and advice.startswith("did you mean"):   # said by the hints ('是否想写 ...？')
        advice = ""
    elif advice is not None:
        advice = _keyword_advice_zh(advice[len("write "):] if advice.startswith("write ") else advice)
        if advice is None:   # advice the workshop cannot say in Chinese: no line rather than half of one
            return None
    return (f"{m.group('function')}() 没有参数 {m.group('name')}" + (f"；{advice}" if advice else "")
            + ("" if m.group("names") else "（它不接受任何参数）"))   # its arguments: the hints' (_LISTED)

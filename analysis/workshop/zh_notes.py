"""The Chinese of the engine's notes (`engine_note_zh`): a partial answer of minimize(), the
configuration chart's, good_practice's rows and standards, the benchmark's sentence
(ENGINE_NOTES_ZH, which README counts)."""
from __future__ import annotations

import re
from typing import Callable

from analysis.workshop.zh_errors import _error_message_zh
from analysis.workshop.zh_words import (_PERCENTILE_METHOD, _PERCENTILE_METHOD_ZH, _cut_list, _kind_zh, _more_cases_zh, _parts_zh, _rows_zh, _shares_zh,
                                        _with_lengths_zh)


def _pairs_named_zh(names: str) -> str:
    """The (C, P) pairs a note names ('C1P2, C2P2, C3P2, ... (1,234 pairs)'), in Chinese, with the blank a word in
    Latin letters takes before the Chinese that follows it."""
    said = re.sub(r", \.\.\. \((?P<n>[\d,]+) pairs\)$", r" 等（共 \g<n> 对）", names).replace(", ", "、")
    return said if said.endswith("）") else f"{said} "


_COUNTED = re.compile(r"(?:the first (?P<listed>[\d,]+) of (?P<n>[\d,]+) (?P<kind>conservative|parsimonious) models|the "
                      r"(?P<listed_>[\d,]+) (?P<kind_>conservative|parsimonious) models listed of at least (?P<n_>[\d,]+) "
                      r"\(counting them stopped at max_work = (?P<work>[\d,]+)\))")
_RAISE_ZH = {"max_models (CLI --max-models)": "max_models（命令行 --max-models）",
             "max_work (CLI --max-work)": "max_work（命令行 --max-work）"}


def _zh_unpaired(m: re.Match) -> str | None:
    """minimize's note of an intermediate solution paired from the models listed of a partial conservative or
    parsimonious solution (each 'the first L of N ... models' or 'the L ... models listed of at least N (counting them
    stopped at max_work = W)'), in Chinese; None for a part of another form."""
    said = []
    for part in m.group("what").split(" and "):
        found = _COUNTED.fullmatch(part)
        if found is None:
            return None
        if found.group("kind"):
            said.append(f"{_kind_zh(found.group('kind'))}的 {found.group('n')} 个模型中的前 {found.group('listed')} 个")
        else:
            said.append(f"{_kind_zh(found.group('kind_'))}已列出的 {found.group('listed_')} 个模型（至少有 "
                        f"{found.group('n_')} 个：计数在 max_work = {found.group('work')} 处停止）")
    raised = [_RAISE_ZH.get(r) for r in m.group("raise").split(" and ")]
    if None in raised:
        return None
    return (f"部分答案：（C, P）对只由{'与'.join(said)}配成" + (f"（max_models = {m.group('max')}）" if m.group("max") else "")
            + f"；其余模型的对没有计算，因此中间解可能缺少一些模型：要为每个模型配对，请提高 {' 和 '.join(raised)}")


_AMBIGUITY_COUNT = re.compile(r"(?P<kind>conservative|parsimonious|intermediate) (?P<least>at least )?(?P<n>[\d,]+) "
                              r"models?(?: \((?P<why>counting stopped at max_work|list cut)\))?")


def _zh_ambiguity(m: re.Match) -> str | None:
    """good_practice's model-ambiguity row (what the analysis has: each solution's count of models, 'at least N' where
    counting stopped at max_work, and the terms in every model), in Chinese; None for a part of another form."""
    counts = m.group("counts").split("; ")
    said = []
    for count in counts:
        found = _AMBIGUITY_COUNT.fullmatch(count)
        if found is None:
            return None
        said.append(f"{_kind_zh(found.group('kind'))} {'至少 ' if found.group('least') else ''}{found.group('n')} 个模型"
                    + {None: "", "counting stopped at max_work": "（计数在 max_work 处停止）",
                       "list cut": "（列表被截断）"}[found.group("why")])
    if m.group("terms") is None:
        return "；".join(said) + "：没有模型歧义"
    terms = []
    for common in m.group("terms").split("; "):
        found = re.fullmatch(r"(?P<kind>conservative|parsimonious|intermediate) (?P<terms>.+?)"
                             r"(?P<listed> \(in the models listed\))?", common)
        if found is None:
            return None
        terms.append(f"{_kind_zh(found.group('kind'))} "
                     + ("无" if found.group("terms") == "none" else found.group("terms"))
                     + ("（所列模型中）" if found.group("listed") else ""))
    return "；".join(said) + "；每个模型都含有的项：" + "；".join(terms) + "（结论是否在每个模型下都成立，要据此判读）"


#: Brackets in the Chinese lines of good_practice's rows (engine_note_zh), one rule: an aside is in full-width brackets
#: （…）, also one the English gives and the line copies ('SER (inclN 1.000, RoN 0.429)' -> 'SER（inclN 1.000, RoN
#: 0.429）'); half-width ( ) stay only in code: a call, its bracket right after a name (esa(...), esa()), and a Python
#: value to write ((0.2, 0.8)). tests/test_paperA_chinese_lines.py checks every row's line by it.
def _zh_at_half(parts: str) -> str:
    """The skew row's shares with their count of cases at the crossover ('A 0% (7 at exactly 0.5)') and a multi-value
    condition's levels without bounds ('(levels of A)') in Chinese, joined by full-width commas as a Chinese line's
    list of shares is ('SYS 47%，ORG 67%'; _shares_zh)."""
    parts = re.sub(r" \(levels of (?P<name>[^:()]+)\)", r"（\g<name> 的各水平）", parts)
    return _shares_zh(re.sub(r" \((?P<half>\d+) at exactly 0\.5\)", r"（\g<half> 个恰为 0.5）", parts))


def _fits_zh(fits: str) -> str:
    """The literals consistent with necessity as good_practice's necessity row lists them ('SER (inclN 1.000, RoN
    0.429, covN 0.667), ...'), their values in full-width brackets as a Chinese line's asides are, the rest copied."""
    return re.sub(r" \((?P<values>inclN [^()]*)\)", r"（\g<values>）", fits)


#: analysis.qca.standards.ON_BOUND in Chinese: a set whose share of cases sits on a skew bound itself (the skew row's
#: and Paper A's skew lines' words)
ON_BOUND_ZH = "恰在界限上（未超过界限，故未标记：只有超出界限的比例才计为偏斜；若将界限视为包含在内则为偏斜）"


def _zh_skew_row(m: re.Match) -> str:
    """good_practice's skew row (what the analysis has: each set's share of cases, the bounds, the sets skewed, the
    sets on a bound itself, not flagged), in Chinese, the shares copied ('(levels of A: lower bound 0.133)' said
    too)."""
    parts = re.sub(r" \(levels of (?P<name>[^:()]+): lower bound (?P<low>[\d.e-]+)\)", r"（\g<name> 的各水平：下限 \g<low>）",
                   m.group("parts"))
    parts = _zh_at_half(parts)
    return ("各集合中案例的比例（隶属度 > 0.5" + ("；多值条件的每个水平各算一个集合，其下限按 2/L 缩放（L 为水平数）"
                                          if m.group("multi") else "")
            + f"），界限 {m.group('low')}-{m.group('high')}（调用者给出的 skew_bounds，一种惯例：SetMethods 的 skew.check "
            f"只报告比例，不设界限）：{parts}"
            + (f"；偏斜：{m.group('skewed').replace(', ', '、')}" if m.group("skewed") else "；没有偏斜的集合")
            + (f"；{ON_BOUND_ZH}：{m.group('on_bound').replace(', ', '、')}" if m.group("on_bound") else "")
            + ("（涉及它们的一致性或覆盖度可能高得有误导性：请查看 RoN 和案例）" if m.group("misleading") else ""))


_CHART_LISTED = re.compile(r"(?P<listed>[\d,]+) of (?:the (?P<n>[\d,]+)|at least (?P<least>[\d,]+)) minimal models of the "
                           r"(?P<kind>conservative|parsimonious) solution(?P<stopped> \(counting them stopped at "
                           r"max_work\))?|(?P<paired>the intermediate solution pairs only the conservative and "
                           r"parsimonious models listed)")


def _zh_chart_listed(m: re.Match) -> str | None:
    """configuration_chart's note of a chart of a partial answer (the models listed of each solution, what to raise),
    in Chinese; None for a part of another form."""
    said = _parts_zh(m.group("parts"), _CHART_LISTED, lambda found: (
        None if (found.group("least") is None) != (found.group("stopped") is None) else
        "中间解只为列出的复杂解模型与简约解模型配对" if found.group("paired") else
        f"{_kind_zh(found.group('kind'))}的 {found.group('n')} 个最简模型中的 {found.group('listed')} 个"
        if found.group("n") else
        f"{_kind_zh(found.group('kind'))}至少 {found.group('least')} 个最简模型中的 {found.group('listed')} 个"
        "（计数在 max_work 处停止）"))
    if said is None:
        return None
    raised = ("要数全每个模型，请提高 max_work（命令行 --max-work），要把它们全部画出，请提高 max_models（命令行 --max-models）"
              if m.group("raise").startswith("max_work") else "要画出每个模型，请提高 max_models（命令行 --max-models）")
    return f"部分答案：组态图只显示列出的模型（{'；'.join(said)}）；{raised}"


#: good_practice's kinds of sets (its crossover row: 'conditions: 5 crisp'), in Chinese.
_SET_KIND_ZH = {"crisp": "清晰集", "fuzzy": "模糊集", "multi-value": "多值"}


def _more_zh(listed: str, unit: str = "个") -> str:
    """A list good_practice cuts ('a, b, c and 3 more'), in Chinese ('a、b、c 等另 3 个'); the items copied."""
    items, more = _cut_list(listed)
    return items + (f" 等另 {more} {unit}" if more else "")


def _zh_crossover_row(m: re.Match) -> str | None:
    """good_practice's row on memberships at the crossover (the cases, the kinds of conditions, the sets with cases at
    0.5), in Chinese; None for a part of another form."""
    kinds = _parts_zh(m.group("kinds"), r"(?P<n>\d+) (?P<kind>crisp|fuzzy|multi-value)",
                      lambda found: f"{found.group('n')} 个{_SET_KIND_ZH[found.group('kind')]}", sep=", ")
    sets = [] if m.group("half") is None else _parts_zh(
        m.group("half"), r"(?P<set>\S+) \((?P<cases>.+)\)",
        lambda found: f"{found.group('set')}（{_more_zh(found.group('cases'))}）")
    if kinds is None or sets is None:
        return None
    half = "隶属度正好为 0.5 的案例：" + "；".join(sets) if sets else "没有隶属度正好为 0.5 的案例"
    return f"{m.group('n')} 个案例；条件：{'、'.join(kinds)}；{half}"


def _zh_necessity_row(m: re.Match) -> str:
    """good_practice's row on necessity before sufficiency (the literals tested, the relevance measures, those
    consistent with necessity), in Chinese, the names and values copied."""
    relevance = ("未报告" if m.group("rel") == "none reported" else m.group("rel").replace(", ", "、")
                 + (f"（{m.group('measure') + ' ' if m.group('measure') else ''}从 {m.group('cut')} 起视为相关）"
                    if m.group("cut") else ""))
    return (f"检验了 {m.group('n')} 个文字（inclN >= {m.group('benchmark')}）；相关性：{relevance}；与必要性一致的："
            + ("无" if m.group("fits") == "none" else _fits_zh(_more_zh(m.group("fits"))))
            + "；在真值表之前运行（调用者的步骤顺序）"
            + (f"；基准 {m.group('low')} 低于 {m.group('floor')}" if m.group("low") else ""))


def _zh_pri_row(m: re.Match) -> str | None:
    """good_practice's row on the PRI of the rows coded sufficient, in Chinese, the rows and values copied."""
    rows = []
    for part in m.group("pris").split(", "):
        found = re.fullmatch(r"row (?P<row>\d+) (?P<pri>[\d.]+|nan)", part)
        if found is None:
            return None
        rows.append(f"第 {found.group('row')} 行 {found.group('pri')}")
    return (f"{m.group('n')} 行编码为充分，PRI：{'、'.join(rows)}；pri_cut {m.group('cut')}"
            + ("；清晰集：每行的 PRI 都等于 incl" if m.group("crisp") else "")
            + (f"；低于 {m.group('floor')} 的行：{_more_zh(m.group('weak'), '行')}" if m.group("weak") else ""))


def _zh_contradictions_row(m: re.Match) -> str | None:
    """good_practice's row on contradictory rows (each row's cases in and out of the outcome, its incl, its coding),
    in Chinese; None for a part of another form."""
    rows = []
    for part in re.split(r"; (?=row \d)", m.group("rows")):
        found = re.fullmatch(r"row (?P<row>\d+) \((?P<in>\d+) in, (?P<out>\d+) out; incl (?P<incl>[\d.]+)\): coded "
                             r"OUT = (?P<coded>\S+)", part)
        if found is None:
            return None
        rows.append(f"第 {found.group('row')} 行（{found.group('in')} 个案例在结果内，{found.group('out')} 个在结果外；incl "
                    f"{found.group('incl')}）：编码为 OUT = {found.group('coded')}")
    return f"{m.group('n')} 行：" + "；".join(rows) + "（按阈值编码是否为恰当的处理，是一种判断）"


def benchmark_sentence_zh(text: str) -> str | None:
    """standards.benchmark_sentence's sentence on the permutation benchmark (good_practice's fit row, Paper A's
    lines), in Chinese: the share of the possible or drawn assignments of the positive outcomes (正结果, with the
    outcome's name when the sentence gives it) fitting at least as well and the verdict by RANDOM_FIT_LEVEL, or that
    there is no positive row to compare; None for a text of another form."""
    what = r"(?P<k>\d+) positive outcomes(?: \((?P<outcome>[^()]+) = 1\))?"
    found = re.fullmatch(r"(?P<share>\d+(?:\.\d+)?)% of the (?P<n>[\d,]+) (?P<all>possible|drawn) assignments of " + what +
                         r" to the cases fit at least as well as the observed outcome(?:(?P<none>: inclS and covS carry "
                         r"no evidence here)| \(below (?P<level>\d+)%: random outcomes seldom fit as well\))", text)
    empty = re.fullmatch(r"no positive row, so none of the (?P<n>[\d,]+) assignments of " + what +
                         r" is compared with the observed outcome", text)
    hit = found or empty
    if hit is None:
        return None
    k = f"{hit.group('k')} 个正结果" + (f"（{hit.group('outcome')} = 1）" if hit.group("outcome") else "")
    if empty:
        return f"观测结果没有编码为 OUT = 1 的行，故 {hit.group('n')} 种分配 {k}的方式均无可比较"
    return (f"将 {k}分配给案例的{'全部可能的' if found.group('all') == 'possible' else '随机抽取的'}"
            f" {found.group('n')} 种方式中，{found.group('share')}% 的拟合不低于观测结果"
            + ("：一致性与覆盖度在此不构成证据" if found.group("none") else
               f"（低于 {found.group('level')}%：随机结果很少拟合得同样好）"))


def _zh_fit_row(m: re.Match) -> str | None:
    """good_practice's row on solution fit (each solution's inclS and covS, or their ranges over its models), in
    Chinese; None for a part of another form."""
    said = _parts_zh(m.group("fits"), r"(?P<kind>conservative|parsimonious|intermediate) inclS (?P<incl>[\d.-]+), "
                     r"covS (?P<cov>[\d.-]+)(?: \((?P<models>\d+) models\))?",
                     lambda found: f"{_kind_zh(found.group('kind'))} inclS {found.group('incl')}，covS "
                                   f"{found.group('cov')}"
                                   + (f"（{found.group('models')} 个模型）" if found.group("models") else ""))
    if said is None:
        return None
    bench = None
    if m.group("bench"):   # the permutation benchmark good_practice was given (standards._benchmark_text)
        bench = benchmark_sentence_zh(m.group("bench"))
        if bench is None:
            return None
    return ("；".join(said) + (f"；低于 {m.group('floor')}" if m.group("floor") else "")
            + (f"；随机结果基准（Braumoeller 2015）：{bench}" if bench else ""))


def _zh_counterfactuals_row(m: re.Match) -> str | None:
    """good_practice's counterfactuals row of an intermediate solution (each condition's directional expectation, the
    easy counterfactuals and the difficult ones), in Chinese, the conditions and rows copied; None for a part of
    another form."""
    said = []
    for part in ([] if m.group("exp") == "none" else m.group("exp").split(", ")):
        found = re.fullmatch(r"(?P<cond>\S+) (?:(?P<sign>present|absent|either \(no expectation\))|at (?P<at>\d+(?: or \d+)*))",
                             part)
        if found is None:
            return None
        said.append(f"{found.group('cond')} " + (f"取 {found.group('at').replace(' or ', ' 或 ')}" if found.group("at") else
                                                  {"present": "存在", "absent": "缺失",
                                                   "either (no expectation)": "两者皆可（无预期）"}[found.group("sign")]))
    return (f"方向性预期：{'、'.join(said) or '无'}；简单反事实：{m.group('easy')} 个逻辑余项"
            + (f"（{_rows_zh(m.group('rows'))}）" if m.group("rows") else "")
            + "；困难反事实：" + (f"{m.group('difficult')} 个逻辑余项" if m.group("difficult") else "未列出（太多）")
            + "；预期是否合理，要依据理论判读")


def _zh_cases_row(m: re.Match) -> str | None:
    """good_practice's row on typical and deviant cases (the count of each type, the cases deviant in consistency),
    in Chinese, with the names of the XY figure's legend; the cases at the crossover by which membership is 0.5 ('at
    crossover (outcome = 0.5)', diagnostics.crossover_label); None for a type of another name."""
    from analysis.plots.diagnostics import _TYPE_ZH

    said = []
    for part in m.group("counts").split(", "):
        found = re.fullmatch(r"(?P<type>.+?)(?: \((?P<which>(?:solution|outcome)(?: = (?:solution|outcome))?) = 0\.5\))? "
                             r"(?P<n>\d+)", part)
        if found is None or found.group("type") not in _TYPE_ZH:
            return None
        which = ("" if found.group("which") is None else
                 "（" + " = ".join({"solution": "解", "outcome": "结果"}[w] for w in found.group("which").split(" = "))
                 + " = 0.5）")
        said.append(f"{_TYPE_ZH[found.group('type')]}{which} {found.group('n')}")
    return "、".join(said) + (f"；一致性偏离：{_more_zh(m.group('deviant'))}" if m.group("deviant") else "")


def _zh_negated_row(m: re.Match) -> str | None:
    """good_practice's row on the negated outcome when its solutions were given (each solution's kind, its first
    model, its count of models where several, the outcome), in Chinese; None for a part of another form (a finding
    given in words is the caller's text, not translated, but for the good-practice command's finding that the negated
    outcome has no positive row)."""
    if m.group("none"):
        return f"在这些阈值下没有组态对 {m.group('none')} 充分，没有编码为充分的行"
    said = _parts_zh(m.group("parts"), r"(?P<kind>conservative|parsimonious|intermediate) (?P<expr>.+?)(?: \("
                     r"(?P<least>at least )?(?P<n>\d+) models?\))? -> (?P<outcome>\S+)",
                     lambda found: f"{_kind_zh(found.group('kind'))} "
                                   + ("（无）" if found.group("expr") == "(none)" else found.group("expr"))
                                   + (f"（{'至少 ' if found.group('least') else ''}{found.group('n')} 个模型）"
                                      if found.group("n") else "")
                                   + f" -> {found.group('outcome')}")
    return None if said is None else "；".join(said)


_SOLUTION = r"(?:conservative|parsimonious|intermediate)"
_FIT_NEC = r"inclN [\d.]+(?:, (?:RoN|covN) [\d.]+)?"
_ESA_ONCE = "SetMethods' esa() blocks the rows it is given once"
_USES = rf"{_SOLUTION} solution: \d+ \(rows [^()]+\)(?:; {_SOLUTION} solution: \d+ \(rows [^()]+\))*"
_NOT_JUDGED = r"relevance not judged: no (?:RoN|covN)(?: cut given)?"


def _relevance_why_zh(why: str) -> str:
    """Why a condition consistent with necessity makes no remainder untenable, or leaves it a reading
    (esa.necessity_constrains, by the relevance measure RoN or covN: good_practice's relevance_measure), in Chinese."""
    if why == "present in every case":
        return "在每个案例中都存在"
    if m := re.fullmatch(r"relevance not judged: no (\S+)( cut given)?", why):
        return f"未判断相关性：没有{'给出 ' + m.group(1) + ' 阈值' if m.group(2) else ' ' + m.group(1)}"
    return re.sub(r"^(\S+) below ", r"\1 低于 ", why)


def _uses_zh(uses: str) -> str:
    """'parsimonious solution: 2 (rows 3, 4); ...' in Chinese: each solution's count and rows."""
    return "；".join(f"{_kind_zh(found.group(1))} {found.group(2)} 个（{_rows_zh(found.group(3))}）" for found in
                    re.finditer(rf"({_SOLUTION}) solution: (\d+) \(rows ([^()]+)\)", uses))
#: The parts of good_practice's ESA row, in the order it gives them: each part's form and its Chinese.
_ESA_PARTS: list[tuple[re.Pattern, Callable[[re.Match], str]]] = [
    (re.compile(rf"remainders used by the models: (?P<counts>{_SOLUTION} \d+(?:, {_SOLUTION} \d+)*)(?P<some> \(some "
                r"models' too many to list\))?"),
     lambda m: ("模型所用的逻辑余项：" + "、".join(f"{_kind_zh(kind)} {n}" for kind, n in
                                            (part.split(" ") for part in m.group("counts").split(", ")))
                + ("（部分模型的逻辑余项太多，无法列出）" if m.group("some") else ""))),
    (re.compile(r"(?P<n>\d+) remainders? blocked before minimising \(rows? (?P<rows>[^()]+)\)"),
     lambda m: f"最小化之前排除了 {m.group('n')} 个逻辑余项（{_rows_zh(m.group('rows'))}）"),
    (re.compile(r"(?P<n>\d+) observed rows? recoded as OUT = 0 by exclude \(rows? (?P<rows>[^()]+)\): no remainder, a "
                r"change of the observed outcome"),
     lambda m: (f"exclude 把 {m.group('n')} 个观察到的行重新编码为 OUT = 0（{_rows_zh(m.group('rows'))}）：它们不是逻辑余项，"
                "这是改变了观察到的结果")),
    (re.compile(r"parsimonious solutions of the outcome and of its negation share (?P<n>\d+) remainders?(?: \("
                r"contradictory simplifying assumptions: rows? (?P<rows>[^;()]+); (?P<first>\d+) between their first "
                r"models, as SetMethods' LR\.intersect counts\))?"),
     lambda m: (f"结果与其否定的简约解共用 {m.group('n')} 个逻辑余项"
                + (f"（矛盾的简化假设：{_rows_zh(m.group('rows'))}；其中 {m.group('first')} 个在两者的第一个模型之间，即 "
                   "SetMethods 的 LR.intersect 的计数）" if m.group("rows") else ""))),
    (re.compile(r"to remove them, block these rows for the outcome and for its negation \(esa\(\.\.\., "
                r"contradictory_rows=(?P<rows>\[[\d, ]+\])\) on each truth table\) and minimise again(?:: the new "
                r"parsimonious solutions share (?:none|(?P<n>\d+) other remainders? \(rows? (?P<again>[^()]+)\): repeat "
                rf"the step) \({re.escape(_ESA_ONCE)}; repeating it is the user's step, checked here\)|: then "
                rf"(?P<outcome>\S+) has no positive row left, so no solution \({re.escape(_ESA_ONCE)}\))"),
     lambda m: ("要去除它们，请对结果及其否定都排除这些行（在各自的真值表上用 esa(..., contradictory_rows="
                f"{m.group('rows')})），再重新最小化"
                + (f"：此时 {m.group('outcome')} 没有剩下正组态的行，因此没有解（SetMethods 的 esa() 只把给出的行排除一次）"
                   if m.group("outcome") else
                   (f"：新的简约解又共用 {m.group('n')} 个其他逻辑余项（{_rows_zh(m.group('again'))}）：请重复这一步"
                    if m.group("n") else "：新的简约解不再共用逻辑余项")
                   + "（SetMethods 的 esa() 只把给出的行排除一次；重复这一步由使用者进行，这里已核对）"))),
    (re.compile(r"to remove them, block these rows for the outcome and for its negation \(esa\(\.\.\., "
                r"contradictory_rows=(?P<rows>\[[\d, ]+\])\) on each truth table\) and minimise again \(not done here: "
                rf"(?P<error>.+?); {re.escape(_ESA_ONCE)}\)(?=; |$)"),
     lambda m: (None if (error := _error_message_zh(m.group("error"))) is None else
                "要去除它们，请对结果及其否定都排除这些行（在各自的真值表上用 esa(..., contradictory_rows="
                f"{m.group('rows')})），再重新最小化（这里没有进行：{error}；SetMethods 的 esa() 只把给出的行排除一次）")),
    (re.compile(r"intermediate solutions of the outcome and of its negation share (?P<n>\d+) easy counterfactuals?"
                r"(?: \(rows? (?P<rows>[^()]+)\))?(?P<some> \(some models' remainders too many to list\))?"),
     lambda m: (f"结果与其否定的中间解共用 {m.group('n')} 个简单反事实"
                + (f"（{_rows_zh(m.group('rows'))}）" if m.group("rows") else "")
                + ("（部分模型的逻辑余项太多，无法列出）" if m.group("some") else ""))),
    (re.compile(rf"remainders without (?P<c>\S+), which is consistent with necessity \((?P<fit>{_FIT_NEC})\), used by the "
                rf"(?P<uses>{_USES})(?: \(whether they are untenable is a reading: (?P<why>{_NOT_JUDGED})\))?"),
     lambda m: (f"使用了缺少 {m.group('c')} 的逻辑余项（{m.group('c')} 与必要性一致：{m.group('fit')}）："
                + _uses_zh(m.group("uses"))
                + (f"（它们是否为不可成立的假设是一种解读：{_relevance_why_zh(m.group('why'))}）" if m.group("why") else ""))),
    (re.compile(rf"remainders without (?P<c>\S+) not counted: (?P=c) is consistent with necessity \((?P<fit>{_FIT_NEC})\) "
                rf"but not relevant \((?P<why>(?:RoN|covN) below [\d.]+|present in every case)\), so it makes no remainder "
                rf"untenable \((?:used by the (?P<uses>{_USES})|none used)\)"),
     lambda m: (f"缺少 {m.group('c')} 的逻辑余项不计入：{m.group('c')} 与必要性一致（{m.group('fit')}），但不相关（"
                + _relevance_why_zh(m.group("why"))
                + "），因此不使任何逻辑余项成为不可成立的假设（"
                + (_uses_zh(m.group("uses")) if m.group("uses") else "未使用") + "）")),
    (re.compile(r"rule: a necessary condition makes the remainders without it untenable only when it is consistent with "
                r"necessity \(inclN at least (?P<benchmark>[\d.]+)\) and relevant \((?P<measure>RoN|covN) at least "
                r"(?:(?P<cut>[\d.]+)|a cut, "
                r"none given), and not present in every case; Schneider 2018\)"),
     lambda m: (f"规则：必要条件只有在与必要性一致（inclN 至少 {m.group('benchmark')}）且相关（{m.group('measure')} 至少 "
                + (m.group("cut") if m.group("cut") else "某一阈值，未给出") + "，且并非在每个案例中都存在；Schneider 2018）时，"
                "缺少它的逻辑余项才是不可成立的假设")),
    (re.compile(rf"no remainder without (?P<c>\S+) \(consistent with necessity, (?P<fit>{_FIT_NEC})\) is used"),
     lambda m: f"没有使用缺少 {m.group('c')} 的逻辑余项（{m.group('c')} 与必要性一致：{m.group('fit')}）"),
    (re.compile(r"no model uses a remainder, so no assumption is untenable or contradictory"),
     lambda m: "没有模型使用逻辑余项，因此不存在不可成立的假设或矛盾的假设"),
    (re.compile(r"no contradictory simplifying assumption: the negated outcome has no solution \(no configuration is "
                r"sufficient for (?P<o>\S+) at these cut-offs \(no positive row\)\)"),
     lambda m: f"没有矛盾的简化假设：结果之否定没有解（在这些阈值下没有组态对 {m.group('o')} 充分，没有编码为充分的行）"),
]
#: What the ESA row's 'not checked: ...' names, and its Chinese (a check that failed with an error: the error's own
#: line, _error_message_zh; none when the error has none).
_ESA_UNCHECKED: list[tuple[re.Pattern, Callable[[re.Match], str]]] = [
    (re.compile(r"contradictory simplifying assumptions \(no parsimonious solution of the negated outcome given\)"),
     lambda m: "矛盾的简化假设（没有给出结果之否定的简约解）"),
    (re.compile(r"contradictory simplifying assumptions \((?P<error>.+?)\)(?=; |$)"),   # the error of the check
     lambda m: None if (error := _error_message_zh(m.group("error"))) is None else f"矛盾的简化假设（{error}）"),
    (re.compile(r"remainders contradicting necessity \(no necessity analysis given\)"),
     lambda m: "与必要性相矛盾的逻辑余项（没有给出必要性分析）"),
    (re.compile(r"remainders without (?P<c>\S+) \(not a literal of the truth table\)"),
     lambda m: f"缺少 {m.group('c')} 的逻辑余项（{m.group('c')} 不是真值表中的文字）"),
]


def _said_in_order(text: str, parts: list[tuple[re.Pattern, Callable[[re.Match], str]]]) -> list[str] | None:
    """The Chinese of `text`, parts joined by '; ' each of one of `parts`' forms, read from the start; None when a
    part is of none of them, or its form cannot say it (a part's own '; ' is read as the form says)."""
    said, pos = [], 0
    while pos < len(text):
        for form, zh in parts:
            found = form.match(text, pos)
            if found and (found.end() == len(text) or text.startswith("; ", found.end())):
                line = zh(found)
                if line is None:   # a part it cannot say (an engine error quoted without a line): no half line
                    return None
                said.append(line)
                pos = found.end() + 2
                break
        else:
            return None
    return said


def _zh_esa_row(m: re.Match) -> str | None:
    """good_practice's row on untenable and contradictory assumptions (ESA): the remainders the models use, those
    blocked or recoded, the contradictory simplifying assumptions and how to remove them, the easy counterfactuals
    shared with the negated outcome, the remainders contradicting a necessary condition, and what was not checked, in
    Chinese; an engine error a part quotes (a check or a step that failed) is said by its own line (_error_message_zh);
    None for a part of another form, or quoting an error without a Chinese line."""
    said = _said_in_order(m.group("parts"), _ESA_PARTS)
    unchecked = [] if m.group("unchecked") is None else _said_in_order(m.group("unchecked"), _ESA_UNCHECKED)
    if said is None or unchecked is None:
        return None
    return "；".join(said + (["未检查：" + "；".join(unchecked)] if unchecked else []))


#: good_practice's kinds of robustness test (standards.VARIES_FAMILIES' values), in Chinese.
_TEST_KIND_ZH = {"calibration": "校准", "consistency threshold": "一致性阈值", "frequency threshold": "频数阈值",
                 "case selection": "案例选择"}
_TEST_KIND = "(?:calibration|consistency threshold|frequency threshold|case selection)"
#: good_practice's rule on a recalibration (standards._CALIBRATION_RULE: the compendium's reading of a plausible
#: alternative calibration), as the robustness row quotes it, and in Chinese.
_CALIBRATION_RULE = (r"the compendium's reading: a plausible alternative calibration changes some membership \(a case's "
                     r"side of 0\.5 or, in a fuzzy set, its degree\) and leaves every set it recalibrates with cases on "
                     r"both sides of 0\.5")
_CALIBRATION_RULE_ZH = ("本项目解读：合理的替代校准会改变某个隶属度（案例位于 0.5 的哪一侧，或在模糊集中的隶属程度），并使它重新"
                        "校准的每个集合在 0.5 两侧都有案例")
#: Why a recalibration is no plausible alternative (standards._implausible_calibrations): the analysis' own
#: memberships, a set it leaves with every case on one side of 0.5 (or at it), 'and' joining the reasons of one test,
#: '; ' the tests.
_RECALIBRATION_SIDE = r"leaves '.*?' with every case (?:below|above|at) 0\.5"
_RECALIBRATION = (rf"test (?:'[^']*'|\"[^\"]*\") (?:changes no membership \(the analysis' own calibration\)|"
                  rf"{_RECALIBRATION_SIDE})(?: and {_RECALIBRATION_SIDE})*")
_RECALIBRATIONS = rf"(?P<tests>{_RECALIBRATION}(?:; {_RECALIBRATION})*)"


_RECALIBRATION_WHY = re.compile(r"(?P<own>changes no membership \(the analysis' own calibration\))|(?: and )?leaves "
                                r"(?P<set>'.*?') with every case (?P<side>below|above|at) 0\.5")
_SIDE_ZH = {"below": "低于 0.5", "above": "高于 0.5", "at": "恰为 0.5"}


def _recalibrations_zh(tests: str) -> str:
    """The recalibrations the robustness row names as no plausible alternative, each with why, in Chinese: read one
    test at a time (_RECALIBRATION), so that a label or a set's name is copied as it is."""
    said, pos = [], 0
    test = re.compile(_RECALIBRATION)
    while pos < len(tests):
        one = test.match(tests, pos)
        label = re.match(r"test ('[^']*'|\"[^\"]*\") ", one.group(0))
        why = [("没有改变任何隶属度（即本分析自身的校准）" if m.group("own") else
                f"使 {m.group('set')} 的每个案例都{_SIDE_ZH[m.group('side')]}")
               for m in _RECALIBRATION_WHY.finditer(one.group(0), label.end())]
        said.append(f"检验 {label.group(1)} " + "，并".join(why))
        pos = one.end() + 2
    return "；".join(said)


#: The parts of good_practice's robustness row, in the order it gives them (the recalibrations judged by the
#: compendium's rule are read first: 'calibration: none is plausible ...' would read as a kind's sweeps, and their
#: tests are joined by '; '): each part's form and its Chinese.
_ROBUSTNESS_PARTS: list[tuple[re.Pattern, Callable[[re.Match], str]]] = [
    (re.compile(rf"calibration: none is plausible of the (?P<n>\d+) recalibrations? tried \({_CALIBRATION_RULE}\): "
                rf"{_RECALIBRATIONS}"),
     lambda m: (f"校准：所试的 {m.group('n')} 个重新校准中没有合理的替代校准（{_CALIBRATION_RULE_ZH}）："
                + _recalibrations_zh(m.group("tests")))),
    (re.compile(rf"recalibrations? tried with no plausible alternative \({_CALIBRATION_RULE}\): {_RECALIBRATIONS}"),
     lambda m: f"所试的重新校准中不是合理替代校准的（{_CALIBRATION_RULE_ZH}）：" + _recalibrations_zh(m.group("tests"))),
    (re.compile(rf"(?P<kind>{_TEST_KIND}): (?P<sweeps>[^;]+)"),
     lambda m: (f"{_TEST_KIND_ZH[m.group('kind')]}：" + "、".join(
         sweep.replace(" (powerless: no setting changes the truth table)", "（无检验力：任何设置都不改变真值表）")
         .replace(" (no alternative: every setting is the analysis' own)", "（无替代设置：所有设置都是本分析自身的设置）")
         .replace(" (no plausible setting: whether it changes the truth table is not read)",
                  "（无合理的设置：不论其是否改变真值表）")
         for sweep in re.split(r", (?![^()]*\))", m.group("sweeps"))))),
    (re.compile(r"no alternative setting of frequency threshold: none is plausible \((?P<tests>.+), fewer than "
                r"(?P<floor>\d+)% \(a convention: the figure was not found in the cited works' text\)\)"),
     lambda m: ("频数阈值无替代设置：没有合理的替代设置（" + "，".join(
         re.sub(r"^n_cut (\d+) keeps (\d+) of (\d+) cases in rows that count$", r"n_cut \1 使计入的行中保留 \3 个案例中的 \2 个",
                test) for test in re.split(r", (?=n_cut )", m.group("tests")))
                + f"，少于 {m.group('floor')}%（一种惯例：所引文献原文中没有这个数字））")),
    (re.compile(r"no alternative setting of frequency threshold, though (?P<tests>.+) would be plausible: untested"),
     lambda m: ("频数阈值无替代设置，而 " + "、".join(
         re.sub(r"^n_cut (\d+) \((\d+) of (\d+) cases in rows that count\)$", r"n_cut \1（计入的行中保留 \3 个案例中的 \2 个）",
                test) for test in re.split(r", (?=n_cut )", m.group("tests"))) + "是合理的替代设置：未检验")),
    (re.compile(rf"no alternative setting of (?P<kind>{_TEST_KIND}): every setting tried is the analysis' own, so it is "
                r"untested"),
     lambda m: f"{_TEST_KIND_ZH[m.group('kind')]}无替代设置：所试的设置都是本分析自身的设置，故未检验"),
    (re.compile(r"not classified: (?P<sweeps>.+?) \(what it varies is not given: a 'varies' column names it, incl_cut, "
                r"pri_cut, n_cut, calibration or cases \('\+' joins several, as 'incl_cut\+n_cut'\); counted in no kind of "
                r"test\)"),
     lambda m: (f"未分类：{m.group('sweeps').replace(', ', '、')}（没有给出它改变了什么：用 'varies' 列指明，可为 incl_cut、"
                "pri_cut、n_cut、calibration 或 cases（多个用 '+' 相连，如 'incl_cut+n_cut'）；不计入任何一类检验）")),
    (re.compile(rf"not tested: (?P<kinds>{_TEST_KIND}(?:, {_TEST_KIND})*)"),
     lambda m: "未检验：" + "、".join(_TEST_KIND_ZH[kind] for kind in m.group("kinds").split(", "))),
    (re.compile(r"the consistency sweep is powerless by the data: no incl_cut from (?P<floor>[\d.]+) \(a convention: the "
                r"figure was not found in the cited works' text\) to 1 changes the truth table \(no observed row's "
                r"consistency lies between such a cut and the analysis' own\), so within that range the consistency "
                r"threshold cannot change the solution"),
     lambda m: (f"一致性阈值的扫描因数据而无检验力：从 {m.group('floor')}（一种惯例：所引文献原文中没有这个数字）到 1 的任何 "
                "incl_cut 都不改变真值表（没有观察到的行的一致性介于这样的阈值与本分析自身的阈值之间），故在此范围内一致性阈值不能改变解")),
    (re.compile(rf"no test with power of: (?P<kinds>{_TEST_KIND}(?:, {_TEST_KIND})*) \(its settings leave the truth table "
                r"as it is: no evidence either way\)"),
     lambda m: ("没有具备检验力的检验：" + "、".join(_TEST_KIND_ZH[kind] for kind in m.group("kinds").split(", "))
                + "（其设置不改变真值表：不能提供任何一方面的证据）")),
    (re.compile(r"tests? with a consistency cut below (?P<floor>[\d.]+) \(a convention: the figure was not found in the "
                r"cited works' text\): (?P<tests>.+?), not a plausible alternative \(Oana & Schneider 2021 ask for "
                r"plausible ones\)"),
     lambda m: (f"一致性阈值低于 {m.group('floor')}（一种惯例：所引文献原文中没有这个数字）的检验："
                + "、".join(re.sub(r" \(incl_cut (\S+)\)$", r"（incl_cut \1）", test)
                           for test in re.split(r", (?![^()]*\))", m.group("tests")))
                + "，不是合理的替代设置（Oana & Schneider 2021 要求合理的替代设置）")),
    (re.compile(r"tests? with a frequency cut keeping fewer than (?P<floor>\d+)% \(a convention: the figure was not found "
                r"in the cited works' text\) of the cases in rows that count: (?P<tests>.+?), not a plausible "
                r"alternative \(Oana & Schneider 2021 ask for plausible ones\)"),
     lambda m: (f"频数阈值使计入的行中的案例少于 {m.group('floor')}%（一种惯例：所引文献原文中没有这个数字）的检验："
                + "、".join(re.sub(r" \(n_cut (\d+): (\d+) of (\d+) cases\)$", r"（n_cut \1：\3 个案例中保留 \2 个）", test)
                           for test in re.split(r", (?![^()]*\))", m.group("tests")))
                + "，不是合理的替代设置（Oana & Schneider 2021 要求合理的替代设置）")),
]


def _zh_robustness_row(m: re.Match) -> str | None:
    """good_practice's robustness row (the tests of each kind, those without power, those not classified, the kinds
    not tested or without power, the tests below the consistency floor, the recalibrations that are no plausible
    alternative), in Chinese, the tests' names copied; None for a part of another form."""
    said = _said_in_order(m.group("row"), _ROBUSTNESS_PARTS)
    return None if said is None else "；".join(said)


#: good_practice's statuses in Chinese (its evidence levels are the claims ledger's, EVIDENCE_LEVELS_ZH), and its
#: standards (analysis/qca/standards.py), each row's printed line said in Chinese (ENGINE_NOTES_ZH).
STATUS_ZH = {"met": "符合", "not met": "不符合", "not applicable": "不适用", "compendium's reading": "本项目解读"}
STANDARD_ZH = {"memberships off the crossover": "隶属度不在交叉点 0.5 上", "skewed set memberships": "集合隶属的偏斜",
               "necessity before sufficiency": "先分析必要性，再分析充分性", "raw consistency threshold": "原始一致性阈值",
               "PRI of the sufficient rows": "编码为充分的行的 PRI", "frequency threshold": "频数阈值",
               "contradictory rows": "矛盾行", "limited diversity": "有限多样性", "solution types reported": "所报告的解的类型",
               "solution fit": "解的拟合度", "counterfactuals": "反事实",
               "untenable and contradictory assumptions (ESA)": "不可成立的假设与矛盾的假设（ESA）",
               "model ambiguity": "模型歧义", "negated outcome analysed separately": "结果的否定单独分析",
               "robustness tests": "稳健性检验", "typical and deviant cases": "典型案例与偏离案例"}


def _zh_standard_line(m: re.Match) -> str:
    """A standard's line of a printed good_practice report ('- model ambiguity: met [independent]'), in Chinese."""
    from analysis.claims import EVIDENCE_LEVELS_ZH

    return (f"- {STANDARD_ZH[m.group('standard')]}：{STATUS_ZH[m.group('status')]}"
            f"（{EVIDENCE_LEVELS_ZH[m.group('evidence')]}）")


#: The notes of minimize()'s partial answers (sol.notes, printed 'note: ...' under a solution, and the line a partial
#: solution's printout ends with) and of its lists not given (past sa_limit), configuration_chart's notes of a partial
#: answer, of model ambiguity and of a configuration without a core condition, and what good_practice's rows say the
#: analysis has (their 'has': skew, model ambiguity, the crossover, necessity, the thresholds, contradictory rows,
#: limited diversity, the solution types and fit, the counterfactuals, the cases, the negated outcome's solutions,
#: ESA, robustness, the other rows' fixed texts; every row's printed status line), by kind: their form and their Chinese, as
#: ENGINE_ERRORS_ZH for the errors. No exercise of the workshop meets a partial answer at its settings (every model is
#: listed there); a teacher running the workshop's calls on their own data does, and reads them through
#: engine_note_zh.
ENGINE_NOTES_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str | None]]] = [
    ("counting the models stopped at max_work",
     re.compile(r"(?P<kind>conservative|parsimonious) solution: counting the minimal models stopped at "
                r"max_work = (?P<work>[\d,]+) steps of the exact search: at least (?P<n>[\d,]+) minimal models?, each of "
                r"exactly (?P<size>\d+) prime implicants; the first (?P<listed>[\d,]+) of those found are listed in "
                r"canonical order, and the prime implicants shown to be in every minimal model are given as essential; "
                r"raise max_work \(CLI: --max-work\) for their exact number, or refuse such an answer with "
                r"allow_partial=False \(CLI: --refuse-partial\)$"),
     lambda m: (f"{_kind_zh(m.group('kind'))}：最简模型的计数在精确搜索的 max_work = {m.group('work')} 步处停止：至少 {m.group('n')} 个最简模型，每个"
                f"恰含 {m.group('size')} 个质蕴涵项；按规范顺序列出已找到的前 {m.group('listed')} 个，并把已证明在每个最简模型中"
                "都有的质蕴涵项作为 essential 给出；要得到确切数目请提高 max_work（命令行：--max-work），或用 "
                "allow_partial=False（命令行：--refuse-partial）拒绝这样的答案")),
    ("a partial answer's count (stopped at max_work)",
     re.compile(r"partial answer: at least (?P<n>[\d,]+) minimal models? of (?P<size>\d+) prime implicants \(counting "
                r"stopped at max_work\); the first (?P<listed>[\d,]+) of those found are listed in canonical order$"),
     lambda m: (f"部分答案：至少 {m.group('n')} 个最简模型，每个含 {m.group('size')} 个质蕴涵项（计数在 max_work 处停止）；"
                f"按规范顺序列出已找到的前 {m.group('listed')} 个")),
    ("a partial answer's list (cut at max_models)",
     re.compile(r"partial answer: (?P<n>[\d,]+) minimal models of (?P<size>\d+) prime implicants; the first "
                r"(?P<listed>[\d,]+) in canonical order are listed \(raise max_models, CLI --max-models, to list more\)$"),
     lambda m: (f"部分答案：共 {m.group('n')} 个最简模型，每个含 {m.group('size')} 个质蕴涵项；按规范顺序列出前 "
                f"{m.group('listed')} 个（要列出更多，请提高 max_models，命令行 --max-models）")),
    ("intermediate: (C, P) pairs not computed",
     re.compile(r"partial answer: the models of the first (?P<first>[\d,]+) of (?P<n>[\d,]+) \(C, P\) pairs "
                r"\(max_intermediate_pairs = (?P<max>[\d,]+); C1P1, C1P2, \.\.\.\); the other pairs are not computed, so "
                r"intermediate models may be missing: raise max_intermediate_pairs \(CLI --max-intermediate-pairs\) to "
                r"pair every model$"),
     lambda m: (f"部分答案：只计算了 {m.group('n')} 个（C, P）对中前 {m.group('first')} 个的模型（max_intermediate_pairs = "
                f"{m.group('max')}；C1P1、C1P2……）；其余的对没有计算，因此中间解可能缺少一些模型：要为每个模型配对，请提高 "
                "max_intermediate_pairs（命令行 --max-intermediate-pairs）")),
    ("intermediate: paired from a partial list",
     re.compile(r"partial answer: the \(C, P\) pairs are of (?P<what>.+?)(?: \(max_models = (?P<max>[\d,]+)\))?; the "
                r"pairs of the others are not computed, so intermediate models may be missing: raise (?P<raise>.+?) to "
                r"pair every model$"),
     _zh_unpaired),
    ("intermediate: (C, P) pairs cut at max_models",
     re.compile(r"partial answer: \(C, P\) pair\(s\) (?P<pairs>.+?) have more minimal models than max_models = "
                r"(?P<max>[\d,]+): each lists its first (?P<listed>[\d,]+) in canonical order, so intermediate models may "
                r"be missing: raise max_models \(CLI --max-models\) to list every model$"),
     lambda m: (f"部分答案：（C, P）对 {_pairs_named_zh(m.group('pairs'))}的最简模型多于 max_models = {m.group('max')}："
                f"每对按规范顺序只列出前 {m.group('listed')} 个，因此中间解可能缺少一些模型：要列出每个模型，请提高 "
                "max_models（命令行 --max-models）")),
    ("intermediate: (C, P) pairs whose count stopped at max_work",
     re.compile(r"partial answer: counting the minimal models of \(C, P\) pair\(s\) (?P<pairs>.+?) stopped at max_work = "
                r"(?P<work>[\d,]+) steps of the exact search: each lists the models found before it stopped \(its "
                r"n_models a lower bound\), so intermediate models may be missing; raise max_work \(CLI: --max-work\) to "
                r"count every model, or refuse such an answer with allow_partial=False \(CLI: --refuse-partial\)$"),
     lambda m: (f"部分答案：（C, P）对 {_pairs_named_zh(m.group('pairs'))}的最简模型计数在精确搜索的 max_work = "
                f"{m.group('work')} 步处停止：每对列出停止前已找到的模型（其 n_models 是下限），因此中间解可能缺少一些模型；"
                "要数全每个模型，请提高 max_work（命令行：--max-work），或用 allow_partial=False（命令行：--refuse-partial）"
                "拒绝这样的答案")),
    ("not listed: simplifying assumptions",
     re.compile(r"simplifying assumptions not listed: the prime implicants of the models span (?P<size>[\d,]+) "
                r"configurations, more than sa_limit = (?P<limit>[\d,]+) expanded at most \(CLI: --sa-limit\); they are "
                r"counted, and given as cubes$"),
     lambda m: (f"未列出简化假设：各模型的质蕴涵项涵盖 {m.group('size')} 个组态，超过最多展开的 sa_limit = {m.group('limit')}"
                "（命令行：--sa-limit）；简化假设已计数，并以项（cube）的形式给出")),
    ("not listed: difficult counterfactuals",
     re.compile(r"difficult counterfactuals not listed \(the simplifying assumptions were not listed\)$"),
     lambda m: "未列出困难反事实（简化假设没有列出）"),
    ("configuration chart: the models listed",
     re.compile(r"partial answer: the chart shows only the models listed \((?P<parts>.+)\); raise (?P<raise>max_work "
                r"\(CLI --max-work\) to count every model and max_models \(CLI --max-models\) to chart them all|max_models "
                r"\(CLI --max-models\) to chart every model)$"),
     _zh_chart_listed),
    ("configuration chart: model ambiguity",
     re.compile(r"model ambiguity: (?P<groups>[\d,]+) model groups of (?P<n>[\d,]+) distinct models?; report them all "
                r"or justify the choice$"),
     lambda m: f"模型歧义：{m.group('groups')} 个模型组，共 {m.group('n')} 个不同的模型；请全部报告，或说明所作选择的理由"),
    ("configuration chart: a configuration without a core condition",
     re.compile(r"(?P<group>G\d+) \((?P<model>M\d+)(?:, (?P<pairs>C\d+P\d+(?:,C\d+P\d+)*))?\): no term of its "
                r"parsimonious model subsumes (?P<terms>.+), so it has no core condition$"),
     lambda m: (f"{m.group('group')}（{m.group('model')}" + (f"，{m.group('pairs')}" if m.group("pairs") else "")
                + f"）：其简约解模型中没有任何项包含 {m.group('terms').replace(', ', '、')}，因此它没有核心条件")),
    ("good practice: a standard's status",
     re.compile(rf"- (?P<standard>{'|'.join(map(re.escape, STANDARD_ZH))}): (?P<status>met|not met|not applicable|"
                r"compendium's reading) \[(?P<evidence>independent|compendium's reading|by construction)\]$"),
     _zh_standard_line),
    ("good practice: skewed set memberships",
     re.compile(r"share of cases in each set \(membership > 0\.5(?P<multi>; each level of a multi-value condition, the "
                r"lower bound scaled by 2/L for L levels)?\), bounds (?P<low>[\d.e-]+)-(?P<high>[\d.e-]+) \(the caller's "
                r"skew_bounds, a convention: SetMethods' skew\.check reports the shares without a bound\): (?P<parts>.+?)"
                r"(?:; skewed: (?P<skewed>.+?)|; no set skewed)(?:; on a bound itself \(not flagged: only a share beyond a "
                r"bound is; skewed if the bound is read as inclusive\): (?P<on_bound>.+?))?(?P<misleading> \(a high "
                r"consistency or coverage involving them can be misleadingly high: read RoN and the cases\))?$"),
     _zh_skew_row),
    ("good practice: skewed set memberships not checked",
     re.compile(r"share of cases in each set \(membership > 0\.5(?P<multi>; each level of a multi-value condition)?\): "
                r"(?P<parts>.+?); not checked: skewed sets \(skew_bounds=None, --skew-bounds none: no bounds, so no set is "
                r"flagged; bounds such as \(0\.2, 0\.8\) flag them\)$"),
     lambda m: ("各集合中案例的比例（隶属度 > 0.5" + ("；多值条件的每个水平各算一个集合" if m.group("multi") else "")
                + f"）：{_zh_at_half(m.group('parts'))}；未检查：偏斜的集合（skew_bounds=None，--skew-bounds none：没有界限，所以不标出任何"
                "集合；给出界限如 (0.2, 0.8) 即可标出）")),
    ("good practice: model ambiguity",
     re.compile(r"(?P<counts>(?:conservative|parsimonious|intermediate) .+?)(?:: no ambiguity|; terms in every model: "
                r"(?P<terms>.+) \(whether the conclusions hold under every model is read from them\))$"),
     _zh_ambiguity),
    ("good practice: memberships off the crossover",
     re.compile(r"(?P<n>\d+) cases; conditions: (?P<kinds>\d+ [\w-]+(?:, \d+ [\w-]+)*); (?:no membership at 0\.5|"
                r"memberships at 0\.5: (?P<half>.+))$"),
     _zh_crossover_row),
    ("good practice: no necessity analysis", re.compile(r"no necessity analysis given$"), lambda m: "没有给出必要性分析"),
    ("good practice: necessity before sufficiency",
     re.compile(r"(?P<n>\d+) literals tested at inclN >= (?P<benchmark>[\d.]+); relevance: (?:(?P<rel>none reported|"
                r"(?:RoN|covN)(?:, covN)?)(?: \((?:(?P<measure>covN) )?relevant from (?P<cut>[\d.]+)\))?); consistent with "
                r"necessity: "
                r"(?P<fits>.+?); run before the truth table \(the caller's order of steps\)(?:; the benchmark "
                r"(?P<low>[\d.]+) is below (?P<floor>[\d.]+))?$"),
     _zh_necessity_row),
    ("good practice: raw consistency threshold",
     re.compile(r"incl_cut (?P<cut>[\d.]+)(?: \(rows from (?P<c>[\d.]+) coded C\))?; observed rows: (?:highest below the "
                r"cut (?P<below>[\d.]+), lowest at or above it (?P<above>[\d.]+) \(a gap of (?P<gap>-?[\d.]+)\)|every one "
                r"(?P<all>at or above|below) the cut)(?:; incl_cut is below (?P<floor>[\d.]+))?$"),
     lambda m: (f"incl_cut {m.group('cut')}" + (f"（从 {m.group('c')} 起的行编码为 C）" if m.group("c") else "")
                + "；观察到的行：" + (f"低于阈值的最高为 {m.group('below')}，达到或高于阈值的最低为 {m.group('above')}（间隔 "
                                   f"{m.group('gap')}）" if m.group("below") else
                                   "全部达到或高于阈值" if m.group("all") == "at or above" else "全部低于阈值")
                + (f"；incl_cut 低于 {m.group('floor')}" if m.group("floor") else ""))),
    ("good practice: no row coded sufficient", re.compile(r"no row is coded sufficient \(OUT = 1\)$"),
     lambda m: "没有编码为充分的行（OUT = 1）"),
    ("good practice: PRI of the sufficient rows",
     re.compile(r"(?P<n>\d+) rows? coded sufficient, PRI (?P<pris>row .+?); pri_cut (?P<cut>[\d.]+)(?P<crisp>; crisp "
                r"sets: PRI equals incl in every row)?(?:; below (?P<floor>[\d.]+): rows? (?P<weak>.+))?$"),
     _zh_pri_row),
    ("good practice: frequency threshold",
     re.compile(r"n_cut (?P<cut>\d+): (?P<kept>\d+) of (?P<n>\d+) cases \((?P<share>\d+(?:\.\d+)?%)\) in rows that "
                r"count(?:; (?P<dropped>\d+) observed rows? with fewer cases left as remainders)?$"),
     lambda m: (f"n_cut {m.group('cut')}：{m.group('n')} 个案例中有 {m.group('kept')} 个（{m.group('share')}）在计入的行中"
                + (f"；{m.group('dropped')} 个案例较少的观察到的行留作逻辑余项" if m.group("dropped") else ""))),
    ("good practice: no contradictory row", re.compile(r"no observed row has cases on both sides of the outcome$"),
     lambda m: "没有观察到的行在结果两侧都有案例"),
    ("good practice: contradictory rows",
     re.compile(r"(?P<n>\d+) rows?: (?P<rows>row .+) \(whether coding by the cut is the right treatment is a "
                r"judgement\)$"),
     _zh_contradictions_row),
    ("good practice: limited diversity",
     re.compile(r"(?P<n>\d+) cases, (?P<k>\d+) conditions: (?P<obs>\d+) of (?P<total>[\d,]+) configurations observed, "
                r"(?P<rem>[\d,]+) logical remainders \((?P<share>\d+(?:\.\d+)?%)\)$"),
     lambda m: (f"{m.group('n')} 个案例，{m.group('k')} 个条件：{m.group('total')} 个组态中观察到 {m.group('obs')} 个，"
                f"逻辑余项 {m.group('rem')} 个（{m.group('share')}）")),
    ("good practice: no sufficient configuration",
     re.compile(r"no row is coded sufficient: no sufficient configuration, a finding reported as one$"),
     lambda m: "没有编码为充分的行：没有充分的组态，这本身作为一项发现报告"),
    ("good practice: no solution given", re.compile(r"no solution given$"), lambda m: "没有给出解"),
    ("good practice: solution types reported",
     re.compile(r"reported: (?P<kinds>(?:conservative|parsimonious|intermediate)(?:, (?:conservative|parsimonious|"
                r"intermediate))*)(?:; missing: (?P<missing>(?:conservative|parsimonious|intermediate)(?:, "
                r"(?:conservative|parsimonious|intermediate))*))?$"),
     lambda m: ("已报告：" + "、".join(map(_kind_zh, m.group("kinds").split(", ")))
                + ("；缺少：" + "、".join(map(_kind_zh, m.group("missing").split(", "))) if m.group("missing") else ""))),
    ("good practice: no solution", re.compile(r"no solution$"), lambda m: "没有解"),
    ("good practice: no solution, no remainder used", re.compile(r"no solution: no remainder is used$"),
     lambda m: "没有解：没有使用逻辑余项"),
    ("good practice: negated outcome not analysed", re.compile(r"not analysed$"), lambda m: "没有分析"),
    ("good practice: no robustness test", re.compile(r"no robustness test given$"), lambda m: "没有给出稳健性检验"),
    ("good practice: no solution, no typical or deviant case",
     re.compile(r"no solution: no case is typical or deviant of it$"), lambda m: "没有解：没有案例是它的典型案例或偏离案例"),
    ("good practice: no case typology", re.compile(r"no case typology given$"), lambda m: "没有给出案例类型划分"),
    ("good practice: solution fit",
     re.compile(r"(?P<fits>(?:conservative|parsimonious|intermediate) inclS .+?)(?:; below (?P<floor>[\d.]+))?"
                r"(?:; permutation benchmark \(Braumoeller 2015\): (?P<bench>.+))?$"),
     _zh_fit_row),
    ("good practice: counterfactuals without an intermediate solution",
     re.compile(r"no intermediate solution; the solutions given use (?P<n>\d+) remainders? without telling easy from "
                r"difficult ones$"),
     lambda m: f"没有中间解；所给的解使用了 {m.group('n')} 个逻辑余项，但没有区分简单反事实与困难反事实"),
    ("good practice: counterfactuals",
     re.compile(r"directional expectations: (?P<exp>.+?); easy counterfactuals: (?P<easy>\d+) remainders?(?: \(rows? "
                r"(?P<rows>[^()]+)\))?; difficult: (?:(?P<difficult>\d+) remainders?|not listed \(too many\)); whether "
                r"the expectations are sound is a reading of theory$"),
     _zh_counterfactuals_row),
    ("good practice: typical and deviant cases",
     re.compile(r"(?P<counts>[a-z ]+(?: \([a-z =]+= 0\.5\))? \d+(?:, [a-z ]+(?: \([a-z =]+= 0\.5\))? \d+)*)(?:; deviant "
                r"consistency: (?P<deviant>.+))?$"),
     _zh_cases_row),
    ("good practice: the negated outcome's solutions",   # or the good-practice command's finding of none, in words
     re.compile(r"(?:(?P<parts>(?:conservative|parsimonious|intermediate) .+ -> \S+)|no configuration is sufficient for "
                r"(?P<none>\S+) at these cut-offs \(no positive row\))$"),
     _zh_negated_row),
    ("good practice: untenable and contradictory assumptions (ESA)",
     re.compile(r"(?P<parts>remainders used by the models: .+?)(?:; not checked: (?P<unchecked>.+))?$"),
     _zh_esa_row),
    ("good practice: robustness tests",
     re.compile(rf"(?P<row>(?:{_TEST_KIND}: |not classified: |not tested: |no test with power of: |test\(s\) with a "
                r"consistency cut below ).+)$"),
     _zh_robustness_row),
    ("calibrate: the summary of --out",   # the calibrate command writing its sets to a file: what it wrote
     re.compile(r"wrote (?P<out>.+?): (?P<n>\d+) cases(?: \(case names in column (?P<label>'[^']*'|\"[^\"]*\"): give the "
                r"other commands (?P<flag>--case-column .+?)\))?, sets (?P<sets>.+?)(?:; left out, neither calibrated nor "
                r"kept: (?P<left>.+?) \(--keep (?P<keep>\S+) copies (?P<it>it|them) unchanged\))?(?:; decreasing \(e above "
                r"i: membership falls as the raw value rises, as R's calibrate\(\) reads such anchors; swap e and i where "
                r"a set should rise\): (?P<decreasing>.+))?$"),
     lambda m: (f"已写出 {m.group('out')}：{m.group('n')} 个案例"
                + (f"（案例名称在列 {m.group('label')} 中：其他命令请加 {m.group('flag')}）" if m.group("label") else "")
                + f"，集合 {m.group('sets')}"
                + (f"；以下列既未校准也未保留，已略去：{m.group('left')}（--keep {m.group('keep')} 可原样复制"
                   f"{'它' if m.group('it') == 'it' else '它们'}）" if m.group("left") else "")
                + ("；按递减方式校准（e 大于 i：原始值越大，隶属度越低，R 的 calibrate() 也这样读这种锚点；若集合应随原始值"
                   f"上升，请对调 e 和 i）：{m.group('decreasing')}" if m.group("decreasing") else ""))),
    ("robustness: tests recalibrating conditions",   # protocol: the memberships read on each test's own calibration
     re.compile(r"test\(s\) (?P<tests>.+?) recalibrate (?P<sets>.+?): each test solution's memberships are read on its "
                r"own calibration, so the robust core's fit, the RF measures and the case types \(from memberships\) can "
                r"differ from what the expressions \(core_expression, core_minimised, each case type's expression\), "
                r"which read every set in the initial calibration, give on the data$"),
     lambda m: (f"检验 {_more_cases_zh(m.group('tests'))} 重新校准了 {m.group('sets')}：每个检验解的隶属度都按它自己的校准"
                "读取，因此稳健核心的拟合、RF 指标和案例类型（取自隶属度）可能不同于各表达式（core_expression、"
                "core_minimised、各案例类型的表达式）在数据上给出的结果，因为这些表达式按初始校准读取每个集合")),
    ("robustness: a sweep that cannot change the solution",   # protocol_power._powerless_note: the sweeps table's note
     re.compile(r"no specification changes the truth table(?: or recalibrates a condition: this sweep cannot change the "
                r"solution nor its memberships and tests nothing|(?P<recal>: this sweep cannot change the solution \(its "
                r"expression\); test\(s\) (?P<tests>.+?) recalibrate (?P<sets>.+?), so the solution's memberships, and "
                r"with them the robust core's fit and the RF measures, can still move: (?:they do in (?P<moved>.+)|they do "
                r"not here \(the same memberships\))))$"),
     lambda m: ("没有任何设定改变真值表：这组扫描不能改变解（其表达式）；检验 "
                f"{_more_cases_zh(m.group('tests'))} 重新校准了 {m.group('sets')}，因此解的隶属度，以及随之而来的稳健核心的"
                "拟合和 RF 指标，仍可能变化："
                + (f"在 {_more_cases_zh(m.group('moved'))} 中确实变化了" if m.group("moved") else "此处没有变化（隶属度相同）")
                if m.group("recal") else
                "没有任何设定改变真值表或重新校准条件：这组扫描既不能改变解，也不能改变其隶属度，什么也没有检验")),
    ("calibrate: the anchors of a set's percentiles",   # the calibrate command's note, after the spec file's name
     re.compile(rf"(?:(?P<file>.+?): )?set (?P<set>'[^']*'): percentiles (?P<given>.+?) of (?P<source>'[^']*') are "
                rf"thresholds: (?P<thresholds>'[^']*') \({_PERCENTILE_METHOD}\)$"),
     lambda m: ((f"{m.group('file')}：" if m.group("file") else "") + f"集合 {m.group('set')}：列 {m.group('source')} 的百分位数 "
                f"{m.group('given')} 即临界值 {m.group('thresholds')}（{_PERCENTILE_METHOD_ZH}）")),
    ("cluster --csv: an expression's heading",   # cli_run: the CSV holds the table, each heading a note on stderr
     re.compile(r"cluster: Cluster diagnostics of (?P<label>.+) \((?P<relation>sufficiency|necessity)\): pooled "
                r"(?P<pooled>-|[\d.]+), distance between-pooled (?P<dbp>-|[\d.]+), within-pooled (?P<dwp>-|[\d.]+)$"),
     lambda m: (f"cluster：{m.group('label')} 的聚类诊断（{'充分性' if m.group('relation') == 'sufficiency' else '必要性'}）："
                f"合并一致性 {m.group('pooled')}，组间-合并距离 {m.group('dbp')}，组内-合并距离 {m.group('dwp')}")),
]


def engine_note_zh(note: str) -> str | None:
    """One Chinese line for a note of the engine's answers (a partial answer of minimize(), what good_practice's rows
    say: a row's whole 'has', as to_frame() gives it, since print wraps it, or the row's
    printed line '- model ambiguity: met [independent]'), from its form (ENGINE_NOTES_ZH), with the counts and names
    it gives; None for a note of another form. 'note: ' before it (as a solution prints its notes) is read past. A
    long name as a printout shows it ('QQQQ… (5,000 characters)': display.shown) is read as a short one, its length
    said after it in Chinese (_with_lengths_zh), as the errors' and warnings' lines say it."""
    return _with_lengths_zh(_note_message_zh, str(note))


def _note_message_zh(note: str) -> str | None:
    """engine_note_zh's line for a note, its long values' lengths set aside (_with_lengths_zh)."""
    text = note.removeprefix("note: ")
    for _kind, form, said in ENGINE_NOTES_ZH:
        found = form.match(text)
        if found:
            return said(found) or None
    return None

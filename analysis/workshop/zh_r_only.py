"""The Chinese of the engine's refusal of an argument R's QCA or SetMethods has and the engine has not
(R_ONLY_ZH): the R words and what the engine does instead."""
from __future__ import annotations

import re

#: The engine's words for an R QCA argument it does not implement (analysis.qca.r_calls.R_ONLY_ARGUMENTS: what the
#: argument does in R, and what to do here instead), in Chinese: by the English text.
R_ONLY_ZH = {
    "search for all models, the non-minimal ones too": "搜索所有模型，包括非最简的模型",
    "the engine lists the minimal models (fewest prime implicants), up to max_models (CLI: --max-models); for the "
    "models of a disjunction you have in mind, check its fit with pof()":
        "本引擎列出最简模型（质蕴涵项最少），至多 max_models 个（命令行：--max-models）；心中已有的析取式，请用 pof() 检查其拟合",
    "return the first minimal model only": "只返回第一个最简模型",
    "max_models=1 (CLI: --max-models 1)": "max_models=1（命令行：--max-models 1）",
    "stop at the depth where new prime implicants no longer solve the PI chart minimally":
        "在新的质蕴涵项不再能最简地求解质蕴涵项表的深度停止",
    "the models listed are the minimal ones already": "列出的模型已经是最简模型",
    "a consistency threshold for a prime implicant to be used": "质蕴涵项被采用所需的一致性阈值",
    "check a prime implicant's consistency with pof(); leave out rows (remainders) you cannot assume with exclude "
    "(CLI: --exclude), or raise incl_cut (CLI: --incl-cut) of the truth table":
        "用 pof() 检查质蕴涵项的一致性；不能假设的行（逻辑余项）用 exclude 排除（命令行：--exclude），或提高真值表的 incl_cut"
        "（命令行：--incl-cut）",
    "at most that many conditions in a prime implicant": "质蕴涵项最多包含这么多个条件",
    "every prime implicant is derived, within the budget max_implicants (CLI: --max-implicants)":
        "在预算 max_implicants（命令行：--max-implicants）之内推导出每一个质蕴涵项",
    "a consistency threshold for a model": "模型的一致性阈值",
    "check each model's consistency with pof() (or the solution's fit) and choose among them":
        "用 pof()（或解的拟合指标）检查每个模型的一致性，再从中选择",
    "a coverage threshold for a model": "模型的覆盖度阈值",
    "check each model's coverage with pof() (or the solution's fit) and choose among them":
        "用 pof()（或解的拟合指标）检查每个模型的覆盖度，再从中选择",
    "at most that many prime implicants in a model": "模型最多包含这么多个质蕴涵项",
    "the minimal models are listed, up to max_models (CLI: --max-models)":
        "列出最简模型，至多 max_models 个（命令行：--max-models）",
    "a limit on the combinations of prime implicants searched": "所搜索的质蕴涵项组合数的上限",
    "the search is bounded by max_work (CLI: --max-work) and max_chart_cells (CLI: --max-chart-cells)":
        "搜索受 max_work（命令行：--max-work）和 max_chart_cells（命令行：--max-chart-cells）限制",
    "write the conditions as the letters A, B, C, ...": "把条件写成字母 A、B、C……",
    "rename the columns before building the truth table (pandas: df.rename(columns={'DEV': 'A', ...}); CLI: the "
    "file's header)": "在构建真值表之前重命名列（pandas：df.rename(columns={'DEV': 'A', ...})；命令行：改文件的表头）",
    "print the labels of a categorical condition's levels": "打印分类条件各水平的标签",
    "levels are written as numbers (DEV[2]); recode the labels to numbers and keep a key to them":
        "水平写作数字（DEV[2]）；请把标签重新编码为数字，并保留对照表",
    "a binomial test of each truth table row's consistency against incl.cut ('binom, 0.05')":
        "对真值表每一行的一致性相对 incl.cut 做二项检验（'binom, 0.05'）",
    "a row is positive when its consistency reaches incl_cut (CLI: --incl-cut); permutation_benchmark() tests a "
    "solution's fit against chance (Braumoeller 2015)":
        "一行的一致性达到 incl_cut（命令行：--incl-cut）即为正组态；permutation_benchmark() 检验解的拟合是否优于随机"
        "（Braumoeller 2015）",
    "calibration by the empirical cumulative distribution function": "用经验累积分布函数校准",
    "calibrate with anchors (method='direct', logistic=False for the linear shapes) or with method='indirect'":
        "用锚点校准（method='direct'；线性形状用 logistic=False），或用 method='indirect'",
    "a function (or a list of them) adding parameters of fit of one's own": "一个（或一组）添加自定义拟合参数的函数",
    "compute it from the memberships the result holds (pof(...).memberships, .outcome_membership)":
        "请根据结果中的隶属度自行计算（pof(...).memberships、.outcome_membership）",
    "a binomial test of the consistency against incl.cut": "对一致性相对 incl.cut 做二项检验",
    "permutation_benchmark() tests a fit against chance (Braumoeller 2015)":
        "permutation_benchmark() 检验拟合是否优于随机（Braumoeller 2015）",
    "the cut-offs of inf.test's binomial test": "inf.test 的二项检验所用的阈值",
    "score an expression found with pof() and compute the parameter from its memberships":
        "用 pof() 为找到的表达式计算拟合，再根据其隶属度计算该参数",
}


#: A parameter with its flag, as R_ONLY_ZH's words name it ('max_models (CLI: --max-models)'), and in Chinese, with the
#: word between them there ('max_models 个（命令行：--max-models）').
_WITH_FLAG = re.compile(r"\b(?P<name>[a-z]\w*)(?:=(?:'[^']*'|\S+))? \(CLI: (?P<flag>--[^();]+)\)")
_WITH_FLAG_ZH = re.compile(r"\b(?P<name>[a-z]\w*)(?:=\S+?)?(?P<word> [^\s（）]+)?（命令行：(?P<flag>--[^（）]+)）")


def _as_flag(m: re.Match, form: str) -> str:
    """A parameter named with its flag, the flag alone when it is the parameter's (as the command line writes it)."""
    if m.group("name").replace("_", "-") != m.group("flag").split()[0][2:]:
        return m.group(0)
    return m.group("flag") + (m.groupdict().get("word") or "") if form == "zh" else m.group("flag")


def _r_only_words_zh(words: str) -> str | None:
    """R_ONLY_ZH's Chinese for an R argument's words (what it does, what to do instead), as the library writes them or
    as the command line does (cli_hints._r_only_flag: 'max_models (CLI: --max-models)' written '--max-models', pof()
    'the pof command'); None for words it does not hold."""
    if words in R_ONLY_ZH:
        return R_ONLY_ZH[words]
    for english, chinese in R_ONLY_ZH.items():
        if _WITH_FLAG.sub(lambda f: _as_flag(f, "en"), english).replace("pof()", "the pof command") == words:
            chinese = _WITH_FLAG_ZH.sub(lambda f: _as_flag(f, "zh"), chinese).replace("pof() ", "pof 命令")
            return re.sub(r"(--[a-z0-9-]+)(?=[\u4e00-\u9fff])", r"\1 ", chinese.replace("pof()", "pof 命令"))
    return None


def _zh_r_only(m: re.Match) -> str | None:
    what, instead = _r_only_words_zh(m.group("what")), _r_only_words_zh(m.group("instead"))
    if what is None or instead is None:   # words the workshop cannot say in Chinese: no line rather than half of one
        return None
    return (f"{m.group('given')} 是 R QCA 的 {m.group('function')}(..., {m.group('r')} = ...)（{what}），本引擎没有实现；"
            f"请改用：{instead}")

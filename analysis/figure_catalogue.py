"""The catalogue of the compendium's figures: for each, the notebook that draws and owns it, the derived tables it
is drawn from, the raw files its labels come from, and its captions (English, Chinese). Notebook 04_figures
redraws every figure from these inputs alone, checks the redraw against the owner's files and writes
figures/index.csv from this list (the README's figure table and the book's figure index come from that file)."""
from __future__ import annotations

import numbers
from pathlib import Path

import pandas as pd

from .paper_a.cases import DATA_WORDS as PAPER_A_DATA   # what Paper A's figures are drawn from, by data source
from .paper_b.claims import DATA as PB_DATA, NOT_THEIRS as PB_NOT_THEIRS
from .paths import ROOT

__all__ = ["catalogue", "check_parameters", "FORMATS"]

FORMATS = ("png", "svg", "pdf")

D, R = "data/derived/", "data/raw/"
PB_LABELS = [R + "policy_documents.csv", R + "paperB_readings.csv", R + "policy_codebook.csv"]
#: what Paper B's figures rest on, in README's words ("Neither paper's data is public, so the inputs are the
#: compendium's: ... a corpus rebuilt from public sources for Paper B"): the corpus of documents (title layer), the
#: excerpts of public pages (excerpt layer), the compendium's reading of the abstract (the model-Rainbow map)
#: (the corpus in words, PB_DATA, is the words of Paper B's ledger, paper_b.claims.DATA: notebook 01 prints them after
#: the ledger's headlines and the book's claims page under the ledger)
PB_CORPUS = (f"data: {PB_DATA[0]}", f"数据：{PB_DATA[1]}")
PB_EXCERPTS = (f"data: the compendium's excerpts of public web pages, {PB_NOT_THEIRS[0]}",
               f"数据：本项目摘录的公开网页，{PB_NOT_THEIRS[1]}")
PB_READING = (f"data: the compendium's reading of Paper B's abstract, {PB_NOT_THEIRS[0]}",
              f"数据：本项目对论文B摘要的解读，{PB_NOT_THEIRS[1]}")
_ROWS = [
    {"figure": "method_validation_agreement", "source_notebook": "00_method_validation",
     "derived_files": [D + "method_validation/agreement.csv"], "raw_label_files": [],
     "caption_en": "Agreement of this QCA engine with R QCA 3.25 and SetMethods 4.0: absolute difference of every "
                   "compared number per "
                   "reference analysis (log scale; 0 = identical), the tolerance line, and items agreeing / compared.",
     "caption_zh": "本项目QCA引擎与R QCA 3.25及SetMethods 4.0的一致性：各参考分析中每个比较数值的绝对差（对数刻度，0为完全相同）、"
                   "容差线及一致项目数/比较项目数。"},
    {"figure": "paperB_timeline", "source_notebook": "01_policy_evolution",
     "derived_files": [D + "paperB/stage_assignments.csv", D + "paperB/stage_counts.csv", D + "paperB/parameters.json"],
     "raw_label_files": PB_LABELS,
     "caption_en": "Paper B: national documents and context events of the corpus by date, coloured by policy stage "
                   "(stage starts are the compendium's parameters, each anchored on a landmark item, labelled in bold; "
                   f"open markers: date unverified; {PB_CORPUS[0]}).",
     "caption_zh": "论文B：语料中的国家政策文件与背景事件按日期排列，按政策阶段着色（阶段起点为本项目设定的参数，"
                   f"各依据一个标志性条目，其标签加粗；空心标记：日期未核实；{PB_CORPUS[1]}）。"},
    {"figure": "paperB_stage_heatmap", "source_notebook": "01_policy_evolution",
     "derived_files": [D + "paperB/stage_profiles.csv", D + "paperB/stage_counts.csv", D + "paperB/parameters.json"],
     "raw_label_files": PB_LABELS[1:],
     "caption_en": "Paper B: share of each stage's documents carrying each policy-instrument, theme and Rainbow-dimension "
                   "code ({coding_en} of titles and key phrases; cell text: documents with the code / "
                   "documents in the stage; U: documents with an unverified date in the stage; stage starts are the "
                   f"compendium's parameters; {PB_CORPUS[0]}).",
     "caption_zh": "论文B：各阶段文件中含各政策工具、主题与彩虹模型维度编码的文件占比（{coding_zh}，基于标题与关键语句；"
                   f"格中数字：含该编码的文件数/该阶段文件数；U：该阶段日期未核实的文件数；阶段起点为本项目设定的参数；{PB_CORPUS[1]}）。"},
    {"figure": "paperB_model_rainbow", "source_notebook": "01_policy_evolution",
     "derived_files": [D + "paperB/model_rainbow.csv"], "raw_label_files": PB_LABELS[2:],
     "caption_en": "Paper B: the three local practice models against the six Rainbow dimensions (Paper A's integration "
                   "conditions), core or supporting (grey dot: not linked), as the compendium reads the model names: "
                   "Paper B's abstract names no Rainbow dimension, and no claim of the ledger checks this map "
                   f"({PB_READING[0]}).",
     "caption_zh": "论文B：三类地方实践模式与彩虹模型六个维度（即论文A的六个整合条件）的对应，分核心与支撑（灰点：无对应），"
                   f"为本项目对模式名称的解读：论文B摘要未提及彩虹模型，核对表中无论断核对此对应（{PB_READING[1]}）。"},
    # the next three: drawn and saved by 01_policy_evolution only (not redrawn here: they need the raw excerpt layer)
    {"figure": "paperB_units_timeline", "source_notebook": "01_policy_evolution", "redrawn": False,
     "derived_files": [D + "paperB/units_stage_assignments.csv"], "raw_label_files": [],
     "caption_en": "Paper B: dated excerpt coding units by date and administrative level, coloured by policy stage "
                   "as the analysis assigns them (by the first day of the date; stage starts are the compendium's parameters; "
                   "square: the date spans a stage start; "
                   "open markers: date unverified; "
                   f"excerpts of the reachable head of each page, not full texts; {PB_EXCERPTS[0]}).",
     "caption_zh": "论文B：有日期的摘录编码单元按日期与行政层级排列，按分析所用的政策阶段着色（按日期首日；阶段起点为本项目设定的参数；"
                   "方形：日期跨越阶段起点；"
                   "空心标记：日期未核实；"
                   f"摘录自可获取的页面开头部分，并非全文；{PB_EXCERPTS[1]}）。"},
    {"figure": "paperB_units_stage_heatmap", "source_notebook": "01_policy_evolution", "redrawn": False,
     "derived_files": [D + "paperB/units_stage_profiles.csv"], "raw_label_files": [],
     "caption_en": "Paper B: share of each stage's excerpt units carrying each instrument, theme, Rainbow and "
                   "practice-model code ({coding_en} of excerpts of page heads, not full texts; U: units "
                   "with an unverified date in the stage; a unit dated by a year or month is counted in the stage of its "
                   f"first day; stage starts are the compendium's parameters; {PB_EXCERPTS[0]}).",
     "caption_zh": "论文B：各阶段摘录单元中含各政策工具、主题、彩虹模型维度与实践模式编码的占比（{coding_zh}，页面开头摘录，并非全文；"
                   f"U：该阶段日期未核实的单元数；仅有年或月的日期按其首日计入阶段；阶段起点为本项目设定的参数；{PB_EXCERPTS[1]}）。"},
    {"figure": "paperB_localities_models", "source_notebook": "01_policy_evolution", "redrawn": False,
     "derived_files": [D + "paperB/units_localities_models.csv"], "raw_label_files": [],
     "caption_en": "Paper B: localities, grouped by province, against the three local practice models in {coding_en} "
                   f"of excerpts of page heads, not full texts ({PB_EXCERPTS[0]}); a provincial item counts for its "
                   "province, wherever it was held; "
                   "a locality coded with two or more models (a hybrid) shows each of them, joined by a line; "
                   "[U]: an item the locality rests on does not show its place or body (issuer); "
                   "[R]: placed there by the compendium's reading (its bodies are of several provinces); "
                   "[L]: its embedded-responsibility-lists code rests on the compendium's literal reading of a list "
                   "(清单) that names no body's prevention or treatment task.",
     "caption_zh": "论文B：各地（按省份分组）与三类地方实践模式的对应（{coding_zh}，页面开头摘录，并非全文；"
                   f"{PB_EXCERPTS[1]}）；省级条目计入其省份，无论在何地举办；"
                   "兼具两种或以上模式的地方（混合型）显示其每种模式，以连线相连；［U］：该地所依据的条目页面未显示其地点或发布主体；［R］：依本项目解读归入此地（主办机构分属多省）；"
                   "［L］：其权责清单嵌入型编码仅依本项目对“清单”的字面解读（该清单未列明各方的防治职责）。"},
    {"figure": "paperA_memberships", "source_notebook": "02_case_calibration",
     "derived_files": [D + "paperA/calibrated_crisp.csv", D + "paperA/calibration.json"], "raw_label_files": [],
     "caption_en": "Paper A: crisp set memberships of the cases in the six Rainbow conditions and the outcome (data: "
                   "{data_en}).",
     "caption_zh": "论文A：各案例在六个彩虹模型条件及结果中的清晰集隶属度（数据：{data_zh}）。"},
    {"figure": "paperA_memberships_fuzzy", "source_notebook": "02_case_calibration",
     "derived_files": [D + "paperA/calibrated_fuzzy.csv", D + "paperA/calibration.json"], "raw_label_files": [],
     "caption_en": "Paper A: fuzzy-set variant of the memberships ({fuzzy_en}), used as a "
                   "robustness check (data: {data_en}).",
     "caption_zh": "论文A：隶属度的模糊集变体（{fuzzy_zh}），用于稳健性检验（数据：{data_zh}）。"},
    {"figure": "paperA_configurations", "source_notebook": "03_qca",
     "derived_files": [D + "paperA/paths.csv", D + "paperA/chart_models.csv", D + "paperA/qca.json",
                       D + "paperA/calibration.json"],
     "raw_label_files": [],
     "caption_en": "Paper A: configuration chart (Fiss 2011) of the reported solution (ESA intermediate by default), "
                   "one column group (G) per combination of a model (M) and the parsimonious model its core conditions "
                   "come from (for an intermediate solution, an (intermediate, parsimonious) pair CiPj; pairs giving a "
                   "model the same cores share a group), so one model can appear in several groups with different core "
                   "conditions; the note at the bottom counts the distinct models and the groups and names the groups "
                   "that share a model. "
                   "Filled circle = present, crossed circle = absent, large = core, small = peripheral, blank = either; "
                   "below each path its consistency, raw and unique coverage, below each group the model's solution "
                   "consistency / coverage (data: {data_en}).",
     "caption_zh": "论文A：所报告之解（默认为ESA中间解）的组态图（Fiss 2011）：每个列组（G）对应一个模型（M）与其核心条件所取自的"
                   "简约解模型的组合（中间解即一个（中间解模型，简约解模型）配对CiPj；使同一模型核心条件相同的配对合为一组），"
                   "因此同一模型可因核心条件不同而出现在多个列组中；图底部的注释给出不同模型数与列组数，并列出属于同一模型的列组。实心圆表示条件存在，"
                   "带叉圆表示条件缺失，大圆为核心条件，小圆为边缘条件，空白表示可存在可缺失；每条路径下为其一致性、原始覆盖度"
                   "与唯一覆盖度，每个列组下为该模型的总体一致性/覆盖度（数据：{data_zh}）。"},
    {"figure": "paperA_xy", "source_notebook": "03_qca",
     "derived_files": [D + "paperA/calibrated_crisp.csv", D + "paperA/solutions.csv", D + "paperA/qca.json",
                       D + "paperA/deviant_cases.csv", D + "paperA/calibration.json"],
     "raw_label_files": [],
     "caption_en": "Paper A: membership of each case in the reported solution (its first model) against membership in "
                   "the outcome, every case labelled, one marker per case type (typical, deviant consistency, deviant "
                   "coverage, individually irrelevant); points on or above the diagonal are consistent with sufficiency "
                   "(data: {data_en}).",
     "caption_zh": "论文A：各案例在所报告之解（第一个模型）中的隶属度与结果隶属度的XY图，标注每个案例，按案例类型（典型、"
                   "一致性偏离、覆盖度偏离、个体无关）区分标记；位于对角线上或上方的点符合充分性（数据：{data_zh}）。"},
    {"figure": "paperA_truth_table", "source_notebook": "03_qca",
     "derived_files": [D + "paperA/truth_table.csv", D + "paperA/contradictions.csv", D + "paperA/qca.json",
                       D + "paperA/calibration.json"],
     "raw_label_files": [],
     "caption_en": "Paper A: the observed rows of the truth table: condition values, OUT, number of cases, "
                   "consistency (incl), PRI and the cases; a contradictory row (cases on both sides of the outcome) "
                   "is marked ‡ with its cases outside the outcome (data: {data_en}).",
     "caption_zh": "论文A：真值表中的观察行：条件取值、结果（OUT）、案例数、一致性（incl）、PRI 及案例；矛盾行（行内案例"
                   "既有属于结果的，也有不属于结果的）以 ‡ 标出，并注明其中不属于结果的案例（数据：{data_zh}）。"},
]



# how Paper A's fuzzy variant is made, by the form of the case file (analysis.paper_a.cases.calibration_rule): a
# memberships-form file has no indicator shares, so its fuzzy variant is the memberships as given
PAPER_A_FUZZY = {
    "indicators": ("direct method on the indicator shares", "对指标得分用直接校准法"),
    "memberships": ("the memberships as given in the case file", "直接使用案例文件给定的隶属度"),
}


#: the codings notebook 01 can draw Paper B's profiles and localities from (its parameter profile_source)
PAPER_B_CODINGS = ("manual", "dictionary")


#: Paper A's figures of the solution, and what each shows instead when there is none (no sufficient configuration:
#: notebook 03 draws a labelled panel, analysis.plots.qca.no_solution_panel)
PAPER_A_SOLUTION_FIGURES = {"paperA_configurations": ("configuration chart", "组态图"),
                            "paperA_xy": ("XY plot of the solution", "解的XY图")}


def catalogue(paper_a_source: str = "reconstruction", form: str = "indicators", no_solution: str = "",
              coding: str = "manual") -> pd.DataFrame:
    """The figures, indexed by name, in drawing order; `redrawn`: whether 04_figures redraws it (default True).
    Paper A's captions name the data they are drawn from (`paper_a_source`, the data source of the case file) and,
    for the fuzzy variant, how it was made (`form`, the case file's form: 'indicators' or 'memberships'). With
    `no_solution` (qca.json's: no sufficient configuration) the captions of the figures of the solution say that the
    figure is a panel saying so, not the chart or plot they describe otherwise. Paper B's coded figures name the
    coding they draw (`coding`, notebook 01's profile_source: 'manual' or 'dictionary'), in the words of their titles
    (analysis.plots.policy.coding_words)."""
    if paper_a_source not in PAPER_A_DATA:
        raise ValueError(f"paper_a_source must be one of {', '.join(PAPER_A_DATA)}, got {paper_a_source!r}")
    if form not in PAPER_A_FUZZY:
        raise ValueError(f"form must be one of {', '.join(PAPER_A_FUZZY)}, got {form!r}")
    if coding not in PAPER_B_CODINGS:
        raise ValueError(f"coding must be one of {', '.join(PAPER_B_CODINGS)} (notebook 01's profile_source), "
                         f"got {coding!r}")
    from .plots.policy import coding_words

    coding_en, coding_zh = coding_words(coding, "en"), coding_words(coding, "zh")
    en, zh = PAPER_A_DATA[paper_a_source]
    fuzzy_en, fuzzy_zh = PAPER_A_FUZZY[form]
    out = pd.DataFrame(_ROWS).set_index("figure")
    for col in ("caption_en", "caption_zh"):
        out[col] = [c.replace("{data_en}", en).replace("{data_zh}", zh).replace("{fuzzy_en}", fuzzy_en)
                    .replace("{fuzzy_zh}", fuzzy_zh).replace("{coding_en}", coding_en).replace("{coding_zh}", coding_zh)
                    for c in out[col]]
    out["redrawn"] = out["redrawn"].fillna(True).astype(bool)
    if no_solution:
        for name, (what_en, what_zh) in PAPER_A_SOLUTION_FIGURES.items():
            out.loc[name, "caption_en"] = (f"Paper A: no {what_en}: {no_solution}; the figure is a panel saying so "
                                           f"(data: {en}).")
            out.loc[name, "caption_zh"] = f"论文A：{_no_solution_zh(no_solution)}，故无{what_zh}；图为说明面板（数据：{zh}）。"
    return out


def _no_solution_zh(note: str) -> str:
    """The Chinese of a no-sufficient-configuration finding (analysis.paper_a.configurations.no_solution_note_zh, the
    wording the figure's panel draws too), or the finding alone for a note of another form."""
    from .paper_a.configurations import no_solution_note_zh

    zh = no_solution_note_zh(note)
    return "没有充分组态" if zh == note else zh


def _as_list(value):
    """A list given as such, or as a comma-separated string (what `make P_04_figures="-p formats png,pdf"` passes)."""
    if isinstance(value, str):
        return [v.strip(" []'\"") for v in value.split(",") if v.strip(" []'\"")]
    return value


def check_parameters(lang, formats, figures, validation_tolerance, root: Path = ROOT) -> tuple[list[str], list[str]]:
    """04_figures' parameters checked against the catalogue: (formats, figures to draw in catalogue order). Raises
    ValueError naming the parameter and what is allowed, FileNotFoundError listing missing inputs and their owner."""
    cat = catalogue()
    formats = _as_list(formats)
    figures = figures if figures == "all" else _as_list(figures)
    if lang not in ("en", "zh"):
        raise ValueError(f"lang must be 'en' or 'zh', got {lang!r}")
    if not isinstance(formats, (list, tuple)) or not formats \
            or any(f not in FORMATS for f in formats) or len(set(formats)) != len(formats):
        raise ValueError(f"formats must be a non-empty list of distinct names from {list(FORMATS)}, got {formats!r}")
    redrawable = [f for f in cat.index if cat.loc[f, "redrawn"]]
    if figures == "all":
        selected = redrawable
    elif isinstance(figures, (list, tuple)) and figures and all(isinstance(f, str) for f in figures):
        unknown = [f for f in figures if f not in redrawable]
        if unknown:
            raise ValueError(f"unknown figure name(s) {unknown}; figures drawn here: {', '.join(redrawable)}")
        selected = [f for f in cat.index if f in figures]   # catalogue order
    else:
        raise ValueError(f'figures must be "all" or a non-empty list of names from {list(cat.index)}, got {figures!r}')
    if validation_tolerance is not None and (
            isinstance(validation_tolerance, bool) or not isinstance(validation_tolerance, numbers.Real)
            or not 0 < validation_tolerance <= 0.01):
        raise ValueError(f"validation_tolerance must be None (00_method_validation's, from agreement.csv) or a "
                         f"number in (0, 0.01], got {validation_tolerance!r}")
    missing = sorted({(f, cat.loc[f, "source_notebook"], p) for f in selected
                      for p in cat.loc[f, "derived_files"] + cat.loc[f, "raw_label_files"]
                      if not (root / p).exists()})
    if missing:
        raise FileNotFoundError("input(s) missing; run `make` (or the notebook named) first:\n  "
                                + "\n  ".join(f"{p} (needed by {f}, written by {nb})" for f, nb, p in missing))
    return list(formats), selected

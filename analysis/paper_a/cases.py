"""Paper A's case data: the Rainbow-Model conditions, loading and validation, indicators → set membership.

Paper A (胡美丽 et al. 2024, 中国全科医学 27(22): 2706-2713) codes 15 integrated-care cases on six
conditions of the Rainbow Model of Integrated Care (Valentijn et al. 2013, Int J Integr Care 13: e010;
Chinese six-dimension adaptation 胡佳, 郑英, 代涛 等 2022, 中国卫生政策研究 15(1): 11-19). Its case matrix is
not public, so the committed file is a *reconstruction* (see data/README.md, section "Paper A"). A case file comes in
one of two forms, told apart by its header:

- indicators:  case_id, status, and one 0/1 column per indicator of data/raw/paperA_codebook.csv;
- memberships: case_id, status, and one column per set (SYS, ORG, PRO, SER, FUN, NOR, EFF) holding set
  membership in [0, 1] (the form in which the original matrix would be dropped in).

`status` is enumerated (STATUS_VALUES): 'reconstruction' or 'original', per row. A file is then a
reconstruction, original data, or 'mixed' (both kinds of rows), and every derived table says which
(`data_source`). Paper A's design has 15 cases (DESIGN_N_CASES); claims about the paper's results are not
testable on a file of another size.

Calibration rule (the compendium's, not the paper's, which is unpublished): a set's *share* is the fraction
of its indicators present; crisp membership is 1 when the share reaches a threshold (default ½: "at least
half of the indicators"); the fuzzy variant applies Ragin's (2008) direct method to the share.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

import numpy as np
import pandas as pd

from ..claims import data_sentence as _data_sentence   # the one formatting of the sentence, for both papers
from ..paths import DATA_RAW, relative
from ..qca.calibrate import calibrate
from ..qca.errors import in_number   # 'column name', 'column names': the engine's one rule for a noun's number
from ..validate import Column, DataValidationError, _raw_header, cell, check_frame, read_frame, read_table, row_lines

# ---------------------------------------------------------------- the Rainbow-Model conditions


@dataclass(frozen=True)
class RainbowDimension:
    """One condition of Paper A: short name, labels, and its Rainbow-Model level."""

    name: str
    zh: str
    en: str
    level: str          # macro | meso | micro | enabler
    valentijn: str      # the dimension's name in Valentijn et al. (2013)


CONDITIONS: tuple[RainbowDimension, ...] = (
    RainbowDimension("SYS", "系统整合", "system integration", "macro", "system integration"),
    RainbowDimension("ORG", "组织整合", "organisational integration", "meso", "organisational integration"),
    RainbowDimension("PRO", "专业整合", "professional integration", "meso", "professional integration"),
    RainbowDimension("SER", "服务整合", "service integration", "micro", "clinical integration"),
    RainbowDimension("FUN", "功能整合", "functional integration", "enabler", "functional integration"),
    RainbowDimension("NOR", "规范整合", "normative integration", "enabler", "normative integration"),
)
CONDITION_NAMES: tuple[str, ...] = tuple(c.name for c in CONDITIONS)
OUTCOME = "EFF"
OUTCOME_ZH = "良好医防融合效果"
OUTCOME_EN = "good treatment-prevention integration"
SET_NAMES: tuple[str, ...] = CONDITION_NAMES + (OUTCOME,)
#: Rainbow level of each condition (Valentijn et al. 2013: system = macro; organisational and professional =
#: meso; clinical (Paper A: service) = micro; functional and normative = enablers across levels).
RAINBOW_LEVELS: dict[str, str] = {c.name: c.level for c in CONDITIONS}
LEVEL_ORDER: tuple[str, ...] = ("macro", "meso", "micro", "enabler")
LEVEL_LABELS: dict[str, dict[str, str]] = {
    "en": {"macro": "macro", "meso": "meso", "micro": "micro", "enabler": "enabler"},
    "zh": {"macro": "宏观", "meso": "中观", "micro": "微观", "enabler": "支持要素"},
}

CODEBOOK_FILE = "paperA_codebook.csv"
DEFAULT_CASE_FILE = "paperA_cases_reconstruction.csv"
ORIGINAL_CASE_FILE = "paperA_cases.csv"
#: Allowed values of a case file's `status` column (one per row): where the row comes from.
STATUS_VALUES: dict[str, str] = {
    "reconstruction": "constructed by the compendium to satisfy Paper A's abstract (tools/reconstruction/); "
                      "not the paper's data",
    "original": "taken from Paper A's own case matrix (or its sources)",
}
#: STATUS_VALUES in Chinese, value for value (data_source_lines).
STATUS_VALUES_ZH: dict[str, str] = {
    "reconstruction": "本项目为满足论文A摘要而构造（tools/reconstruction/），并非原文数据",
    "original": "取自论文A自身的案例矩阵（或其来源）",
}
RECONSTRUCTION_STATUS = "reconstruction"
#: What a holder's matrix may write in `status` for the allowed values (Chinese labels): refused, saying what to write.
#: A holder may write 重构 (the book itself says 重建, tests/test_chinese_terms.py), with or without 数据.
STATUS_MEANT: dict[str, str] = {**{w: "original" for w in ("原始", "原始数据", "原文", "原文数据", "原始案例")},
                                **{stem + tail: "reconstruction" for stem in ("重建", "重构") for tail in ("", "数据")}}
#: What a whole case file (and every table derived from it) is: every row reconstructed, every row original,
#: or a mix of both (a distinct state: every claim is then checked by construction, as on the reconstruction).
DATA_SOURCES: tuple[str, ...] = ("reconstruction", "original", "mixed")


#: The evidence level of a claim or reading resting on the compendium's interpretation (analysis.claims.EVIDENCE_LEVELS)
READING = "compendium's reading"


def evidence_on(data_source: str, evidence: str) -> str:
    """`evidence` (a claim's or a reading's level) as the data allow it: 'by construction' on the reconstruction or a
    mixed file, whose cases were searched to fit the abstract; `evidence` itself on the original data."""
    if data_source not in DATA_SOURCES:
        raise ValueError(f"data_source must be one of {', '.join(DATA_SOURCES)}, got {data_source!r}")
    return "by construction" if data_source in ("reconstruction", "mixed") else evidence


#: Paper A's design: 15 cases (the abstract: 18 publications, 15 cases).
DESIGN_N_CASES = 15
#: Whether the calibration rule applied is Paper A's own: no, Paper A's rule is not published (the checklist says so).
RULE_FROM_PAPER = False
DEFAULT_THRESHOLD = 0.5
DEFAULT_ANCHORS: dict[str, float] = {"e": 0.1, "c": 0.5, "i": 0.9}
CASE_ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9_.\-]*"


def set_labels(lang: str = "en", with_outcome: bool = True) -> dict[str, str]:
    """Display labels of the sets in English or Chinese, e.g. {'SYS': 'system integration', ...}."""
    if lang not in ("en", "zh"):
        raise ValueError(f"lang must be 'en' or 'zh', got {lang!r}")
    labels = {c.name: (c.en if lang == "en" else c.zh) for c in CONDITIONS}
    if with_outcome:
        labels[OUTCOME] = OUTCOME_EN if lang == "en" else OUTCOME_ZH
    return labels


def conditions_frame() -> pd.DataFrame:
    """The six conditions with labels and Rainbow levels, as a table."""
    return pd.DataFrame([{"condition": c.name, "zh": c.zh, "en": c.en, "level": c.level,
                          "level_zh": LEVEL_LABELS["zh"][c.level], "valentijn_2013": c.valentijn}
                         for c in CONDITIONS])


# ---------------------------------------------------------------- codebook

CODEBOOK_SCHEMA = (
    Column("indicator_id", pattern=r"(" + "|".join(SET_NAMES) + r")[0-9]+", unique=True,
           description="indicator id: the set's short name followed by a number, e.g. SYS1"),
    Column("condition", kind="category", allowed=SET_NAMES, description="the set the indicator belongs to"),
    Column("indicator_zh"),
    Column("indicator_en"),
    Column("definition_en"),
    Column("basis"),
    Column("status", kind="category", allowed=("compendium's own definition (not the paper's codebook)",
                                               "Paper A's codebook (verified against the paper)"),
           description="whose definition the indicator is: the compendium's own, or Paper A's (only once checked "
                       "against the paper's full text)"),
)


def load_codebook(path: Path | str | None = None) -> pd.DataFrame:
    """Read and validate the indicator codebook (every set needs at least one indicator; ids match sets)."""
    path = Path(path) if path is not None else DATA_RAW / CODEBOOK_FILE
    df = read_table(path, CODEBOOK_SCHEMA, extra_columns=False)
    problems = []
    lines = row_lines(df)
    for i, (ind, cond) in enumerate(zip(df["indicator_id"], df["condition"])):
        if not str(ind).startswith(str(cond)) or not str(ind)[len(str(cond)):].isdigit():
            problems.append(f"{cell(i, 'indicator_id', lines)}: {ind!r} does not belong to "
                            f"condition {cond!r}; write the condition's name followed by a number, e.g. {cond}1")
    missing = [s for s in SET_NAMES if s not in set(df["condition"])]
    if missing:
        problems.append(f"no indicator for set(s) {', '.join(missing)}; every set needs at least one indicator")
    if problems:
        raise DataValidationError(relative(path), problems)
    out = df.reset_index(drop=True)
    out.attrs["file"] = path.name   # named in a case file's messages (a holder's own codebook: notebook 02's codebook_file)
    return out


def codebook_name(codebook: pd.DataFrame) -> str:
    """The file name of a codebook read by load_codebook (CODEBOOK_FILE for one built otherwise)."""
    return str(codebook.attrs.get("file") or CODEBOOK_FILE)


def indicators_of(codebook: pd.DataFrame) -> dict[str, list[str]]:
    """Indicator ids of each set, in codebook order."""
    return {s: codebook.loc[codebook["condition"] == s, "indicator_id"].tolist() for s in SET_NAMES}


# ---------------------------------------------------------------- case data


@dataclass(frozen=True)
class CaseData:
    """A validated Paper A case file: its form ('indicators' or 'memberships'), table and codebook."""

    frame: pd.DataFrame          # validated table, one row per case, in file order
    form: str
    file: str                    # path relative to the project root
    codebook: pd.DataFrame = field(repr=False)

    @property
    def case_ids(self) -> list[str]:
        return self.frame["case_id"].tolist()

    @property
    def data_source(self) -> str:
        """'reconstruction' or 'original' when every row has that status, 'mixed' when the file has both."""
        return data_source_of(self.frame["status"])

    @property
    def is_reconstruction(self) -> bool:
        """True when every row is the compendium's reconstruction (a mixed file is not; see data_source)."""
        return self.data_source == "reconstruction"

    @property
    def matches_design(self) -> bool:
        """True when the file has Paper A's number of cases (DESIGN_N_CASES)."""
        return len(self.frame) == DESIGN_N_CASES

    def indicators(self) -> pd.DataFrame:
        """Cases × indicators (0/1), indexed by case id; only for the indicator form."""
        if self.form != "indicators":
            raise ValueError(f"{self.file} holds set memberships, not indicators")
        cols = self.codebook["indicator_id"].tolist()
        return self.frame.set_index("case_id")[cols].astype(int).rename_axis("case")

    def shares(self) -> pd.DataFrame:
        """Cases × sets: the share of each set's indicators present (memberships form: the values given)."""
        if self.form == "memberships":
            return self.frame.set_index("case_id")[list(SET_NAMES)].astype(float).rename_axis("case")
        return indicator_shares(self.indicators(), self.codebook)

    def to_frame(self) -> pd.DataFrame:
        return self.frame.copy()

    def __str__(self) -> str:
        kind = {"reconstruction": "RECONSTRUCTION", "original": "original data",
                "mixed": "MIXED (reconstructed and original rows)"}[self.data_source]
        return (f"Paper A case file {self.file}: {len(self.frame)} cases, form '{self.form}', {kind}\n"
                + self.frame.drop(columns="status").to_string(index=False))

    def __repr__(self) -> str:
        return f"<CaseData {self.file}: {len(self.frame)} cases, form={self.form!r}>"


def data_source_of(status) -> str:
    """The data source of a set of rows from their `status` values (see STATUS_VALUES and DATA_SOURCES)."""
    values = set(pd.Series(status, dtype="string").dropna().tolist())
    unknown = values - set(STATUS_VALUES)
    if unknown or not values:
        raise ValueError(f"status values {sorted(unknown) or '(none)'} are not allowed; "
                         f"allowed: {', '.join(STATUS_VALUES)}")
    return values.pop() if len(values) == 1 else "mixed"


#: The one short name of each data source (English, Chinese) that tags a result: notebook 03's printed lines
#: (source_text), Paper A's figure titles (source_tag) and the top-left corner of a shown table (source_label). A mixed
#: file's lines said '(mixed)' under figures titled '(mixed: reconstructed + original rows)' beside tables labelled
#: 'mixed: partly reconstructed / 部分重建', and the original data's lines '(original)' under '(original data)' titles.
#: No name holds a colon: a tagged line's subject ends at its first colon (source_text).
SOURCE_NAMES = {"reconstruction": ("reconstruction", "重建数据"), "original": ("original data", "原文数据"),
                "mixed": ("mixed, reconstructed + original rows", "重建与原文混合数据")}


def source_tag(data_source: str, lang: str = "en") -> str:
    """Suffix for figure titles and printed results: ' (reconstruction)', ' (original data)' or ' (mixed,
    reconstructed + original rows)' (SOURCE_NAMES; Chinese '（重建数据）', ...)."""
    if data_source not in DATA_SOURCES:
        raise ValueError(f"data_source must be one of {', '.join(DATA_SOURCES)}, got {data_source!r}")
    en, zh = SOURCE_NAMES[data_source]
    return f"（{zh}）" if lang == "zh" else f" ({en})"


def source_text(text, data_source: str, lang: str = "en") -> str:
    """A printed result naming its data source as notebook 03's printed solutions do ('EFF (reconstruction): ...',
    '--- ESA intermediate (reconstruction) ---'): ' (reconstruction)' (original / mixed) before the first ': ' of its
    first line, the line's subject ('consistent with necessity (inclN) (reconstruction): SER'), or at that line's
    end when it has none; Chinese text (lang 'zh') takes source_tag's Chinese tag before its first '：'. The other
    lines (a printout's body under its header) are left as they are; a line already naming it is not named twice. A
    printout whose heading the engine wraps takes the tag before it is wrapped, by its own print (the good practice
    report: checklist.good_practice_text), so no line is wrapped twice: this function wraps nothing."""
    if data_source not in DATA_SOURCES:
        raise ValueError(f"data_source must be one of {', '.join(DATA_SOURCES)}, got {data_source!r}")
    tag, colon = (source_tag(data_source, "zh"), "：") if lang == "zh" else (source_tag(data_source), ": ")
    first, newline, rest = str(text).partition("\n")
    if tag in first:
        return str(text)
    head, sep, tail = first.partition(colon)
    first = f"{head}{tag}{sep}{tail}" if sep else f"{first}{tag}"
    return first + newline + rest


def source_printer(data_source: str, lang: str = "en"):
    """print, for a notebook's lines stating a result: the text print would write, named by source_text."""
    source_text("", data_source, lang)   # a data source not allowed: refused here, not at the first line printed

    def say(*parts, sep: str = " ") -> None:
        print(source_text(sep.join(map(str, parts)), data_source, lang))
    return say


#: Paper A's figure titles (English, Chinese), before the data-source tag; {outcome}, {analysis}, {solution} filled in
FIGURE_TITLES = {
    "memberships": ("Crisp set memberships", "清晰集隶属度"),
    "memberships_fuzzy": ("Fuzzy variant (direct method)", "模糊集变体（直接校准法）"),
    "configurations": ("Configurations for {outcome}, {analysis} {solution}", "{outcome}的组态：{analysis}{solution}"),
    "xy": ("Solution (M1) vs outcome, case types", "解（M1）与结果的隶属度及案例类型"),
    "truth_table": ("Truth table", "真值表"),
}
#: Titles that depend on the case file's form: a memberships-form file has no indicator shares, so its fuzzy variant is
#: the memberships as given (calibration_rule), not the direct method.
FIGURE_TITLES_MEMBERSHIPS_FORM = {
    "memberships_fuzzy": ("Fuzzy variant (memberships as given)", "模糊集变体（直接使用给定隶属度）"),
}
_ANALYSIS_TITLE = {"esa": ("ESA", "ESA"), "standard": ("standard", "标准分析")}
_SOLUTION_TITLE = {"intermediate": "中间解", "parsimonious": "简约解", "conservative": "复杂解"}


def figure_title(figure: str, data_source: str, lang: str = "en", *, outcome: str = "", analysis: str = "esa",
                 solution: str = "intermediate", form: str = "indicators", incl_cut: float | None = None,
                 n_cut: int | None = None) -> str:
    """The title of Paper A's figure `figure` (a key of FIGURE_TITLES) in the figure's language (en / zh), ending
    with the data source's tag (source_tag): Chinese variants had English titles under Chinese labels. `form`: the
    case file's form ('indicators' or 'memberships'; FIGURE_TITLES_MEMBERSHIPS_FORM for the latter). The truth
    table's title names the outcome and the cut-offs its OUT column is coded at when they are given ('Truth table for
    <outcome>: OUT at incl_cut 0.8, n_cut 1 (reconstruction)'): the figure, read alone, showed an OUT column without
    saying of what or where it was cut."""
    if form not in ("indicators", "memberships"):
        raise ValueError(f"form must be 'indicators' or 'memberships', got {form!r}")
    zh = lang == "zh"
    titles = FIGURE_TITLES_MEMBERSHIPS_FORM if form == "memberships" and figure in FIGURE_TITLES_MEMBERSHIPS_FORM \
        else FIGURE_TITLES
    text = titles[figure][1 if zh else 0]
    fields = {"outcome": outcome, "analysis": _ANALYSIS_TITLE["esa" if analysis == "esa" else "standard"][zh],
              "solution": _SOLUTION_TITLE.get(solution, solution) if zh else solution}
    text = text.format(**fields)
    if figure == "truth_table":
        cuts = incl_cut is not None and n_cut is not None
        if zh:
            text = (f"{outcome}的" if outcome else "") + text + (
                f"：OUT 按 incl_cut {incl_cut:g}、n_cut {n_cut} 编码" if cuts else "")
        else:
            text += (f" for {outcome}" if outcome else "") + (f": OUT at incl_cut {incl_cut:g}, n_cut {n_cut}"
                                                             if cuts else "")
    return text + source_tag(data_source, lang)


#: The case file's forms in Chinese (case_file_lines).
FORMS_ZH = {"indicators": "指标形式", "memberships": "隶属度形式"}


def case_file_lines(meta: Mapping) -> tuple[str, str]:
    """The line notebooks 03 and 04 print first on Paper A's cases, as (English, Chinese) from notebook 02's
    calibration.json (`meta`): the number of cases, the case file, its form and the data source (the Chinese line's
    subject, the case file, tagged with it as source_text tags a result); the warning of source_warning follows it."""
    source = meta["data_source"]
    if source not in DATA_SOURCES:
        raise ValueError(f"data_source must be one of {', '.join(DATA_SOURCES)}, got {source!r}")
    return (f"{meta['n_cases']} cases from {meta['case_file']} ({meta['form']} form); data source: {source}",
            f"案例文件{source_tag(source, 'zh')}：{meta['case_file']}（{FORMS_ZH.get(meta['form'], meta['form'])}），"
            f"{meta['n_cases']} 个案例")


def data_source_lines(data_source: str) -> tuple[str, str]:
    """Notebook 02's line on the data source and what each `status` value means (STATUS_VALUES), as (English,
    Chinese); the Chinese subject tagged with the data source (source_text's place for it)."""
    if data_source not in DATA_SOURCES:
        raise ValueError(f"data_source must be one of {', '.join(DATA_SOURCES)}, got {data_source!r}")
    return (f"data source: {data_source} (status values: {', '.join(f'{k} = {v}' for k, v in STATUS_VALUES.items())})",
            f"数据来源{source_tag(data_source, 'zh')}：status 取值 "
            + "；".join(f"{k} 表示{v}" for k, v in STATUS_VALUES_ZH.items()))


def design_warning(n_cases: int) -> str:
    """What notebook 02 prints when the case file has another number of cases than Paper A's design
    (DESIGN_N_CASES): one English line starting 'WARNING: ' (the notebook runner relays it to the terminal) and one
    Chinese line; '' for the design's number."""
    if n_cases == DESIGN_N_CASES:
        return ""
    return (f"WARNING: {n_cases} cases; Paper A's design has {DESIGN_N_CASES}: claims about the paper's results will "
            "be marked not testable.\n"
            f"注意：{n_cases} 个案例；论文A的设计为 {DESIGN_N_CASES} 个案例：关于原文结果的论断将标为无法检验。")


def source_warning(data_source: str) -> str:
    """What a notebook prints above results from cases that are not (all) Paper A's: one English and one Chinese
    line; '' for the original data. Agreement with the paper is then by construction (the reconstruction was
    searched to fit the abstract)."""
    if data_source not in DATA_SOURCES:
        raise ValueError(f"data_source must be one of {', '.join(DATA_SOURCES)}, got {data_source!r}")
    if data_source == "original":
        return ""
    # what the ledger does with such a file (analysis.paper_a.claims.evidence_level: 'by construction' for every
    # claim of both): a mixed file's warning said 'partly by construction' in English and nothing of it in Chinese
    ledger = ("every claim is checked by construction (agreement is no evidence for the paper, disagreement none "
              "against it)")
    ledger_zh = "所有论断的核对均视为构造所致（一致不能支持原文，不一致也不能否定原文）"
    # what the cases are in the words of the figure captions (DATA_WORDS): the warning had its own ('the compendium's
    # RECONSTRUCTED cases, not Paper A's data') above figures captioned 'the compendium's reconstruction of the cases'
    en, zh = DATA_WORDS[data_source]
    if data_source == "reconstruction":
        return f"WARNING: {en}; {ledger}.\n注意：以下为{zh}；{ledger_zh}。"
    return f"WARNING: {en}, not only the paper's data; {ledger}.\n注意：以下为{zh}，并非全部为原文数据；{ledger_zh}。"


#: what Paper A's results are computed on, by data source (English, Chinese): the words of its figure captions
#: (figure_catalogue.PAPER_A_DATA is this table), the book's claims page and qca.json's saved headlines (data_sentence)
DATA_WORDS = {
    "reconstruction": ("the compendium's reconstruction of the cases, not the paper's data", "本项目的重建数据，并非原文数据"),
    "original": ("the original case data", "原文案例数据"),
    "mixed": ("a file mixing reconstructed and original cases", "重建与原文案例混合的数据"),
}


def data_sentence(data_source: str, lang: str = "en") -> str:
    """The sentence ending a result saved apart from the notebook that printed it with source_tag: ' Data: the
    compendium's reconstruction of the cases, not the paper's data.' ('数据：本项目的重建数据，并非原文数据。' in
    Chinese), in DATA_WORDS' words for the data source of the case file."""
    if data_source not in DATA_SOURCES:
        raise ValueError(f"data_source must be one of {', '.join(DATA_SOURCES)}, got {data_source!r}")
    return _data_sentence(DATA_WORDS[data_source], lang=lang)


#: A shown table's top-left label, by data source (none for the original data): SOURCE_NAMES' words, both languages.
SOURCE_LABELS = {source: f"{en} / {zh}" for source, (en, zh) in SOURCE_NAMES.items() if source != "original"}


def source_label(table, data_source: str):
    """A table as a notebook shows it, labelled with where its rows come from when that is not Paper A's original
    data: a copy whose columns' name (printed in the table's top-left corner) is SOURCE_LABELS[data_source], so a
    table read on its own, out of the notebook's banner, still says it comes from the reconstruction. The original
    data, or anything but a DataFrame, are returned as they are. A named or multi-level column index (notebook 03's
    configuration chart: group / path) keeps its levels: the label goes before its first level's name, once."""
    if data_source not in DATA_SOURCES:
        raise ValueError(f"data_source must be one of {', '.join(DATA_SOURCES)}, got {data_source!r}")
    if data_source == "original" or not isinstance(table, pd.DataFrame):
        return table
    label = SOURCE_LABELS[data_source]
    first = table.columns.names[0]
    if first is not None and str(first).startswith(label):   # labelled already
        return table
    out = table.copy()
    name = label if first is None else f"{label}: {first}"
    out.columns = (out.columns.set_names(name, level=0) if isinstance(out.columns, pd.MultiIndex)
                   else out.columns.set_names(name))
    return out


#: Tables notebook 02 writes only from a case file in the indicator form (the memberships form has no indicator layer).
INDICATOR_FORM_OUTPUTS: tuple[str, ...] = ("calibration_margins.csv",)


def stale_outputs(out_dir: Path | str, form: str) -> list[Path]:
    """Tables in `out_dir` that a case file of this `form` does not write, left by an earlier run on a file of the
    other form (e.g. the reconstruction's calibration_margins.csv after a memberships-form original is dropped in):
    notebook 02 removes them, so no table under data/derived/paperA/ describes another case file than the one
    analysed."""
    if form not in ("indicators", "memberships"):
        raise ValueError(f"form must be 'indicators' or 'memberships', got {form!r}")
    if form == "indicators":
        return []
    return [Path(out_dir) / name for name in INDICATOR_FORM_OUTPUTS if (Path(out_dir) / name).exists()]


def with_source(table: pd.DataFrame, data_source: str) -> pd.DataFrame:
    """A copy of a derived table with a `data_source` column last (every derived Paper A table carries one; last,
    so readers that take the first column as the index, such as the workshop, keep the case names)."""
    if data_source not in DATA_SOURCES:
        raise ValueError(f"data_source must be one of {', '.join(DATA_SOURCES)}, got {data_source!r}")
    out = table.drop(columns="data_source", errors="ignore")
    out["data_source"] = data_source
    return out


#: Decimal places json_floats keeps (before FLOAT_FORMAT's 10 significant digits): a value 0 in exact arithmetic
#: that a machine computes as 1e-17, or whose last bit differs (5e-324), is written 0.0.
JSON_DECIMALS = 10


def json_floats(obj):
    """`obj` (a JSON document: dicts, lists, tuples, values) with every float rounded to JSON_DECIMALS decimal places
    and then to the tables' precision (analysis.io.FLOAT_FORMAT, 10 significant digits, as write_csv writes them; a
    negative zero as 0.0), for notebook 03's qca.json. Its robustness fit (RF_SC_minTS ...) and the paths' fit are
    sums and ratios of memberships whose last bits may differ on another machine, BLAS or numpy; written at full
    precision, those bits could give a holder's run other bytes for the same result. Rounded, a difference in the
    last bit changes no byte (unless the value lies within that bit of a rounding boundary of its last digit kept),
    near 0 too, where significant digits alone would keep the noise, and each number reads as the same number in
    its CSV (paths.csv, solutions.csv: the measures lie in [0, 1], where both roundings agree). NaN and infinities
    are passed on as they are (write_json writes NaN as null and refuses an infinity); integers and booleans are not
    floats here."""
    from ..io import FLOAT_FORMAT

    if isinstance(obj, Mapping):
        return {key: json_floats(value) for key, value in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [json_floats(value) for value in obj]
    if isinstance(obj, (float, np.floating)):
        value = float(obj)
        if value != value or value in (float("inf"), float("-inf")):
            return value
        return float(FLOAT_FORMAT % round(value, JSON_DECIMALS)) + 0.0   # + 0.0: -0.0 is written 0.0
    return obj


def _header(path: Path) -> list[str]:
    """The header's column names, read as `read_table` reads them (a semicolon- or tab-separated file refused with
    its own hint; blank names of Excel's trailing ',,' columns left out: read_table drops those columns if empty)."""
    if not path.exists():
        raise FileNotFoundError(f"{relative(path)}: file not found")
    if path.is_dir():
        raise DataValidationError(relative(path), ["is a directory, not a CSV file"])
    if path.stat().st_size == 0:
        raise DataValidationError(relative(path), ["the file is empty (no header, no rows)"])
    header = _raw_header(path, relative(path))
    if not header:
        raise DataValidationError(relative(path), [
            "line 1 is empty: the header (case_id, status and the sets or the indicators) must be the first line"])
    return [h for h in header if h.strip()]


def _summary_name(values, case_at: int) -> int | None:
    """Where a row names itself a summary row (合计, 总计, Total, 平均: analysis.qca.data's summary names): the place of
    that name among `values`, or None. Its case id is the name, or, the case id left empty, another cell of the row is
    (Excel's 合计 typed in the next column, beside an empty or merged first cell)."""
    from analysis.qca.data import SUMMARY_NAME

    values = [str(v).strip() for v in values]
    name = values[case_at] if case_at < len(values) else ""
    if name:
        return case_at if SUMMARY_NAME.fullmatch(name.casefold()) else None
    return next((i for i, v in enumerate(values) if v and SUMMARY_NAME.fullmatch(v.casefold())), None)


def _summary_rows(path: Path, header: list[str], case_column: int) -> list[str]:
    """A totals (or mean ...) row a spreadsheet adds below the cases, named by its case id or, that id left empty, by
    another of its cells (`_summary_name`): one problem per column naming them, saying to delete them. Read as a case,
    such a row was a problem per column (its counts out of [0, 1]) plus its id and its empty status, and none said
    what it was. Rows and lines are numbered as `analysis.validate.cell` numbers them (`_records`)."""
    found: dict[int, list[tuple[int, int, str]]] = {}
    for row, (start, _, values) in enumerate(_records(path), 1):
        if not any(v.strip() for v in values):
            continue
        at = _summary_name(values, case_column)
        if at is not None:
            found.setdefault(at, []).append((row, start, values[at].strip()))
    problems = []
    for at, rows_found in found.items():
        rows = ", ".join(str(r) for r, _, _ in rows_found)
        lines = ", ".join(str(n) for _, n, _ in rows_found)
        names = ", ".join(repr(v) for _, _, v in rows_found)
        one = len(rows_found) == 1
        column = header[at] if at < len(header) else f"column {at + 1}"
        problems.append(f"row{'' if one else 's'} {rows} (line{'' if one else 's'} {lines}), column '{column}': "
                        f"{names} {'is a summary row' if one else 'are summary rows'} (a total, mean or count below "
                        f"the cases), not {'a case' if one else 'cases'}: delete {'it' if one else 'them'}; the case "
                        f"file holds one row per case, and the analysis counts the cases itself")
    return problems


def _text_values(path: Path, header: list[str], column: str) -> list[str]:
    """The values of `column` (by its place in the raw header) that are not numbers, in order of first appearance:
    a column of them describes the cases (地区, a name) rather than holding a set or an indicator."""
    import csv

    at = header.index(column)
    seen: dict[str, None] = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        next(reader, None)
        for values in reader:
            text = values[at].strip() if at < len(values) else ""
            if not text:
                continue
            try:
                float(text)
            except ValueError:
                seen[text] = None
    return list(seen)


def _row_length_problems(path: Path, header: list[str]) -> list[str]:
    """Rows holding more or fewer values than the header has columns (a comma inside a value, a value left out):
    read by position, such a row puts its values under the wrong columns, and pandas takes the first column for
    row names when the first row has one value more. Excel's empty trailing cells (on every line, or past the
    header's end) and blank rows are not counted; rows and lines are numbered as `analysis.validate.cell` numbers them
    (`_records`)."""
    names = [h for h in header if h.strip()]
    width = len(header)
    problems = []
    for row, (start, end, values) in enumerate(_records(path), 1):
        if not any(v.strip() for v in values):
            continue
        if end > start and any("\n" in v for v in values):   # a quoted value over several lines
            problems.append(f"row {row} (line {start}): a quote (\") opened here is not closed before line "
                            f"{end}, so lines {start} to {end} read as one value; remove "
                            f"the quote or close it in the same cell")
            break
        n = len(values)
        while n > width and not values[n - 1].strip():
            n -= 1
        if n == width or (n < width and not any(h.strip() for h in header[n:])):
            continue
        problems.append(f"row {row} (line {start}): {n} values where the header has {len(names)} "
                        f"columns ({', '.join(names)}): a value added or left out, or a comma inside a value")
    return problems


def _records(path: Path):
    """The data rows of a case file, each with the lines it starts and ends on, as read_csv and analysis.validate
    number them (the engine's one line counter, analysis.qca.read.data_records: a blank line skipped, a row of empty
    cells counted)."""
    from analysis.qca.read import data_records

    return data_records(path.read_text(encoding="utf-8-sig"))


def _cell_problems(path: Path, schema: list[Column], case_column: str, rename: dict | None = None) -> list[str]:
    """The problems `check_frame` finds in the values of the columns of `schema` the file holds (a missing or unknown
    column is the caller's problem), the summary rows (合计, Total: `_summary_rows`, by the value of `case_column`)
    left out and every other row numbered as in the file. `rename`: the file's column names read as these (a header
    written in Chinese, 系统整合 → SYS: its values checked under the names meant)."""
    df = read_frame(path)
    if rename:
        df = df.rename(columns=rename)
    repeated = df.columns[df.columns.duplicated()].tolist()
    if repeated:   # check_frame's own problem (its words), said beside the others; the values wait for the header
        return [f"duplicate {in_number(len(repeated), 'column name')}: {', '.join(map(str, repeated))}"]
    keep = [c for c in schema if c.name in df.columns]
    case_at = list(df.columns).index(case_column) if case_column in df.columns else len(df.columns)
    rows = [i for i, values in enumerate(df.itertuples(index=False, name=None))
            if _summary_name(values, case_at) is None]
    if not keep or not rows:
        return []
    try:
        check_frame(df.iloc[rows][[c.name for c in keep]], keep, relative(path), rows=rows)
    except DataValidationError as exc:
        return list(exc.problems)
    return []


def case_form(header: list[str]) -> str:
    """'memberships' if the header names any set (SYS, ..., EFF), else 'indicators'."""
    return "memberships" if set(header) & set(SET_NAMES) else "indicators"


def _check_case_id(value) -> str | None:
    """The message for a case id other than CASE_ID_PATTERN, in words (a Chinese case name is the usual cause)."""
    import re

    if re.fullmatch(CASE_ID_PATTERN, str(value)):
        return _case_id_read_back(str(value))
    return (f"{value!r} is not a case id: use ASCII letters, digits, '_', '.' or '-', starting with a letter or digit "
            f"(e.g. C01); keep case names such as Chinese place names in a list of your own (ids label the cases in "
            f"every table and figure)")


def _case_id_read_back(value: str) -> str | None:
    """Why an id of the right characters would not come back as itself from the tables notebook 02 writes, or None:
    notebooks 03, 04 and the workshop read them with pandas, which takes '01' for the number 1 (03's paths named case
    '1', and 04 stopped: its redraw of 02's figure differed) and 'NA' or 'nan' for a missing value."""
    from pandas._libs.parsers import STR_NA_VALUES

    if value in STR_NA_VALUES:
        return (f"{value!r} reads as a missing value in the tables notebook 02 writes (notebooks 03 and 04 read them "
                f"back): use another id, e.g. 'C_{value}'")
    try:
        float(value)
    except ValueError:
        return None
    return (f"{value!r} reads as a number in the tables notebook 02 writes, and notebooks 03 and 04, reading them "
            f"back, would label the case with that number (leading zeros lost): start the id with a letter, e.g. "
            f"'C{value}'")


def _case_schema(form: str, codebook: pd.DataFrame) -> list[Column]:
    base = [Column("case_id", check=_check_case_id, unique=True, description="generic case id, e.g. R01"),
            Column("status", kind="category", allowed=tuple(STATUS_VALUES), meant=STATUS_MEANT,
                   description="where the row comes from: " + "; ".join(f"'{k}' = {v}" for k, v in STATUS_VALUES.items()))]
    if form == "indicators":
        return base + [Column(i, kind="int", allowed=(0, 1), description="1 = reported present, 0 = not")
                       for i in codebook["indicator_id"]]
    return base + [Column(s, kind="float", min=0.0, max=1.0, description="set membership") for s in SET_NAMES]


#: Paper A's Chinese set labels (系统整合 …) and the outcome's short label, for the short name a header meant.
_ZH_SETS: dict[str, str] = {v: k for k, v in set_labels("zh").items()} | {OUTCOME_ZH: OUTCOME, "医防融合效果": OUTCOME}
#: Other names a holder's matrix gives the case id and status columns (case-insensitive; Excel's unnamed first column
#: is read as ''): the column meant is said, never assumed.
_ALIASES: dict[str, str] = {**{a: "case_id" for a in ("case", "cases", "case id", "caseid", "case_name", "case name",
                                                      "id", "name", "案例", "案例编号", "案例名称", "编号", "名称")},
                            **{a: "status" for a in ("状态", "来源", "数据来源", "source", "data_source")},
                            # a set's English name, or Valentijn et al.'s (2013: clinical integration for SER)
                            **{n.casefold(): c.name for c in CONDITIONS for n in (c.en, c.valentijn)}}


def _shown(name: str) -> str:
    """A header name as a message shows it: a Chinese label as written (系统整合), anything else quoted, so that a
    space in it shows ('SYS ')."""
    return name if name in _ZH_SETS or name.strip() in _ALIASES and not name.isascii() else repr(name)


def _gbk_misread(name: str, words=None) -> str:
    """The Chinese label a header name is when its UTF-8 bytes are read as GBK (a GBK file whose header happens to be
    valid UTF-8: 状态 is '״̬'), if it is one the header may hold (a set's label, 状态, 案例 ...), else ''. With
    `words`, one of those instead (a status column's 原始, which is 'ԭʼ' so read)."""
    if name.isascii():
        return ""
    try:
        text = name.strip().encode("utf-8").decode("gbk")
    except UnicodeError:
        return ""
    known = text in words if words is not None else text in _ZH_SETS or text.casefold() in _ALIASES
    return text if text != name.strip() and known else ""


def _meant_column(name: str, header: list[str], indicators) -> str:
    """The column a header name not in the schema probably meant, or '': a set's Chinese label (系统整合 → SYS),
    a set or indicator id in another case or with spaces ('sys', 'SYS ' → SYS; read as written, they named no
    column), or another name for case_id / status (case, 案例; 状态) when the header lacks that column."""
    text = name.strip()
    if name in SET_NAMES or name in indicators or name in ("case_id", "status"):
        return ""
    if text in _ZH_SETS:
        return _ZH_SETS[text]
    if text.upper() in SET_NAMES or text.upper() in set(indicators):
        return text.upper()
    if text.casefold() in ("case_id", "status") and text.casefold() not in header:
        return text.casefold()
    target = _ALIASES.get(text.casefold(), "")
    return target if target and target not in header else ""


def _values_under_meant_names(path: Path, header: list[str], meant: dict[str, str], codebook: pd.DataFrame) -> list[str]:
    """The problems of a case file's rows when its header names every column of one form otherwise (案例, 状态,
    系统整合 …: `_meant_column`), checked under the names meant, so that a holder's matrix kept in Chinese (place
    names as ids, 原始, 是/否) gets every problem in one run, not the header's alone and the rest after renaming it.
    [] when the header renamed is not exactly one form's columns (the header's problem is then the one said), when a
    row holds more or fewer values than the header, or when the rows hold nothing else wrong. In file order."""
    renamed = [meant.get(h) or h for h in header]
    forms = {"memberships": ["case_id", "status", *SET_NAMES],
             "indicators": ["case_id", "status", *codebook["indicator_id"]]}
    form = next((f for f, cols in forms.items() if sorted(renamed) == sorted(cols)), None)
    if form is None:
        return []
    raw = _raw_header(path, relative(path))
    rename = {h: meant[h] for h in header if meant.get(h)}
    if _row_length_problems(path, raw):   # read by position, its values sit under other columns: the header first
        return []
    case_column = next(i for i, h in enumerate(raw) if rename.get(h, h) == "case_id")
    found = _summary_rows(path, raw, case_column) + _cell_problems(path, _case_schema(form, codebook), "case_id",
                                                                    rename=rename)
    found.sort(key=lambda p: int(m.group(1)) if (m := re.match(r"rows? (\d+)", p)) else 0)
    return found


def load_cases(path: Path | str | None = None, codebook: pd.DataFrame | None = None) -> CaseData:
    """Read and validate a Paper A case file (either form); errors name the file, row, column and what is allowed.

    Default: data/raw/paperA_cases_reconstruction.csv. A bare file name is looked up in data/raw. A workbook (.xlsx,
    .xlsm, .xls, .ods) or a Stata or SPSS file is read by the engine's reader and checked as the CSV saved from it would
    be (analysis.paper_a.case_workbook), its messages naming the sheet's cells (a data file's cases)."""
    if path is None:
        path = DATA_RAW / DEFAULT_CASE_FILE
    path = Path(path)
    if not path.is_absolute() and len(path.parts) == 1:
        path = DATA_RAW / path
    codebook = load_codebook() if codebook is None else codebook
    from .case_workbook import is_workbook, load_workbook_cases

    if is_workbook(path):
        return load_workbook_cases(path, codebook, load_cases)
    header = _header(path)
    form = case_form(header)
    known = set(codebook["indicator_id"])
    problems = []
    misread = [(h, g) for h in header if (g := _gbk_misread(h))]
    # so are a status column's values: 原始 in GBK reads as 'ԭʼ', refused in every row as a value never written
    status = [(v, g) for v in (_text_values(path, _raw_header(path, relative(path)), "status")
                               if "status" in header and not misread else []) if (g := _gbk_misread(v, STATUS_MEANT))]
    if misread or status:
        # GBK bytes that happen to be valid UTF-8 (状态 reads as '״̬'): the file passed the encoding check, and its
        # header named unknown columns in Hebrew letters
        held = (("the header holds " + ", ".join(f"{h!r}, which is {g} in GBK" for h, g in misread)) if misread else
                "column 'status' holds " + ", ".join(f"{v!r}, which is {g} in GBK" for v, g in status))
        raise DataValidationError(relative(path), [
            held + ": the file is GBK (what Chinese Excel's 'CSV (comma delimited)' writes), read as UTF-8; save it "
            "as 'CSV UTF-8 (comma delimited)'"])
    meant = {h: _meant_column(h, header, known) for h in header}   # 系统整合 → SYS, 'sys' or 'SYS ' → SYS, ...
    if not set(header) & (set(SET_NAMES) | known):
        # neither form recognised: say what both forms are (a header in Chinese, e.g. 系统整合, meant the sets)
        named = [f"{_shown(h)} → {meant[h]}" for h in header if meant[h]]
        ids = codebook["indicator_id"].tolist()
        problem = (f"header ({', '.join(header)}): names neither the sets (memberships form: case_id, status, "
                   f"{', '.join(SET_NAMES)}) nor the indicators of {codebook_name(codebook)} (indicator form: case_id, status, "
                   f"{ids[0]} … {ids[-1]})" + (f"; write the short names: {', '.join(named)}" if named else ""))
        found = _values_under_meant_names(path, header, meant, codebook)
        if found:
            problem += "; the values are checked below under those names"
        raise DataValidationError(relative(path), [problem] + found)
    if form == "memberships":
        mixed = [c for c in header if c in known]
        if mixed:
            problems.append(f"the header mixes set columns ({', '.join(c for c in header if c in SET_NAMES)}) "
                            f"with indicator columns ({', '.join(mixed)}); use one form only")
        allowed = ["case_id", "status", *SET_NAMES]
    else:
        allowed = ["case_id", "status", *codebook["indicator_id"]]
    unknown = [c for c in header if c not in allowed and c not in known]
    missing = [c for c in allowed if c not in header]
    raw = _raw_header(path, relative(path))
    # a column of text (地区, a case name) describes the cases: it is neither the outcome nor a set, whatever else the
    # header lacks (with EFF missing too, 地区 was asked 'if it holds the outcome, name it EFF')
    text = {c: _text_values(path, raw, c) if not meant[c] and c in raw else [] for c in unknown}
    candidates = [c for c in unknown if not meant[c] and not text[c]]
    meant_for = {v for v in meant.values() if v}
    # one set under a name of its own (Y or 结果 for the outcome, CLI for service integration): the one column not
    # recognised beside the one set the header lacks (the outcome first), said as the set it would be
    lacking = [c for c in missing if c in SET_NAMES and c not in meant_for]
    under = (OUTCOME if OUTCOME in lacking else lacking[0] if len(lacking) == 1 else None) \
        if form == "memberships" and len(candidates) == 1 else None
    outcome_under = candidates[0] if under else None
    for c in unknown:
        what = (f"unknown indicator; not in the codebook {codebook_name(codebook)}" if form == "indicators"
                else "unknown column in the memberships form")
        hint = f"; write {meant[c]} for {_shown(c)}" if meant[c] else ""
        if c == outcome_under and under == OUTCOME:
            # the outcome under a name of its own (Y, outcome, 结果): the header has no EFF and this one name left
            hint = (f"; the header has no {OUTCOME} (the outcome, {OUTCOME_ZH}): if {c!r} holds the outcome, "
                    f"name it {OUTCOME}")
        elif c == outcome_under:
            en, zh = set_labels("en")[under], set_labels("zh")[under]
            hint = f"; the header has no {under} ({en}, {zh}): if {c!r} holds {en}, name it {under}"
        elif words := text[c]:
            shown = ", ".join(map(repr, words[:3])) + (", ..." if len(words) > 3 else "")
            what += (f"; it holds text ({shown}), so it describes the cases: keep such columns in a file of your "
                     f"own keyed by case_id (the case file holds case_id, status and the "
                     f"{'indicators' if form == 'indicators' else 'sets'} only)")
        problems.append(f"column '{c}': {what}{hint} (allowed columns: {', '.join(allowed)})")
    # a set or indicator the header lacks, each its own problem beside the others (read_table, reached only when
    # nothing else was wrong, named them; with an unknown column they went unsaid), unless a column above names it
    for c in missing:
        if c in ("case_id", "status") or c in meant_for or (c == under and outcome_under):
            continue
        what = f": the outcome ({OUTCOME_ZH}), one membership per case" if c == OUTCOME else ""
        problems.append(f"missing column '{c}'{what} (expected columns: {', '.join(allowed)})")
    # case_id or status missing: what the column holds and what to write (check_frame only named the column)
    if "case_id" not in header and "case_id" not in meant_for:
        first = " (the first column has no name: name it case_id)" if raw and not raw[0].strip() else ""
        problems.append(f"missing column 'case_id': the case ids, one per row (e.g. C01; ASCII letters, digits, "
                        f"'_', '.' or '-'){first}")
    if "status" not in header and "status" not in meant_for:
        problems.append("missing column 'status': add it with 'original' on every row taken from Paper A's own case "
                        "matrix ('reconstruction' on a row copied from the compendium's reconstruction); every table "
                        "and figure says which from it")
    lengths = _row_length_problems(path, raw)
    case_column = next((i for i, h in enumerate(raw) if h == "case_id"),
                       next((i for i, h in enumerate(raw) if meant.get(h) == "case_id"), 0))
    summary = _summary_rows(path, raw, case_column)
    schema = _case_schema(form, codebook)
    if problems or lengths or summary:
        # every other problem of the file at once: its values are checked in the columns the schema and the file
        # share, summary rows left out (each row keeps its number), so that a holder learns them on the first run
        # (a totals row stopped the check, and the out-of-range value above it showed only once it was deleted);
        # not when a row holds too many or too few values (read by position, its values sit under other columns)
        if not lengths:
            summary += _cell_problems(path, schema, raw[case_column] if case_column < len(raw) else "")
        # in file order: by row (the summary rows among the others; sort is stable)
        summary.sort(key=lambda p: int(m.group(1)) if (m := re.match(r"rows? (\d+)", p)) else 0)
        raise DataValidationError(relative(path), problems + lengths + summary)
    df = read_table(path, schema, extra_columns=False)
    order = [c.name for c in _case_schema(form, codebook)]
    cases = CaseData(frame=df[order].reset_index(drop=True), form=form, file=relative(path), codebook=codebook)
    reconstruction = DATA_RAW / DEFAULT_CASE_FILE
    if reconstruction.exists() and path.resolve() != reconstruction.resolve():
        problems = reconstruction_rows_marked_original(cases, reconstruction)
        if problems:
            raise DataValidationError(relative(path), problems)
    return cases


def reconstruction_rows_marked_original(cases: CaseData, reconstruction: Path | str | None = None) -> list[str]:
    """Rows marked `original` that are the reconstruction's own: its case id and its data (the indicator form: every
    indicator; the memberships form: the crisp memberships its indicators give at the default threshold). The
    reconstruction is the template a holder of Paper A's matrix copies; such a row, left as it was while `status`
    was changed, would be analysed as original data, its claims counted as independent or the compendium's reading
    instead of by construction (analysis.paper_a.claims.evidence_level). One problem per row, saying what to write.
    The reconstruction is read in its own codebook (data/raw/paperA_codebook.csv), whatever codebook the case file
    was read with: read in a holder's own codebook (notebook 02's codebook_file), it was refused for lacking the
    holder's indicators, naming the reconstruction. An indicator-form file coded with other indicators than the
    reconstruction's cannot be the template, so it is not compared."""
    path = Path(reconstruction) if reconstruction is not None else DATA_RAW / DEFAULT_CASE_FILE
    own = load_codebook(DATA_RAW / CODEBOOK_FILE)
    recon = read_table(path, _case_schema("indicators", own), extra_columns=False).set_index("case_id")
    ids = [i for ids in indicators_of(own).values() for i in ids]
    if cases.form == "indicators":
        if sorted(ids) != sorted(cases.codebook["indicator_id"]):
            return []
        theirs, what = recon[ids].astype(float), "the same indicators"
    else:
        shares = indicator_shares(recon[ids].astype(float), own)
        theirs, what = crisp_memberships(shares).astype(float), "the same crisp memberships its indicators give"
    problems = []
    lines = row_lines(cases.frame)
    for i, row in cases.frame.iterrows():
        cid = str(row["case_id"])
        if str(row["status"]).strip() != "original" or cid not in theirs.index:
            continue
        mine = pd.to_numeric(row[list(theirs.columns)]).to_numpy(dtype=float)
        if np.array_equal(mine, theirs.loc[cid].to_numpy(dtype=float)):
            problems.append(f"{cell(int(i), 'status', lines)}: 'original', but {cid} is the reconstruction's case {cid} "
                            f"({what}), made by the compendium to fit Paper A's abstract; set status to "
                            "'reconstruction' (the file is then mixed and every claim by construction) or enter the "
                            "original case's data (an original case that matches it by chance: give it an id of its "
                            "own, e.g. its name)")
    return problems


def indicator_shares(indicators: pd.DataFrame, codebook: pd.DataFrame) -> pd.DataFrame:
    """Share of each set's indicators present per case (cases × sets, in SET_NAMES order)."""
    groups = indicators_of(codebook)
    missing = [i for ids in groups.values() for i in ids if i not in indicators.columns]
    if missing:
        raise ValueError(f"indicator column(s) missing: {', '.join(missing)}")
    out = pd.DataFrame({s: indicators[ids].astype(float).mean(axis=1) for s, ids in groups.items()},
                       index=indicators.index)
    return out[list(SET_NAMES)]


# ---------------------------------------------------------------- calibration


def _check_share_frame(shares: pd.DataFrame) -> None:
    values = shares.to_numpy(dtype=float)
    if not np.all(np.isfinite(values)) or values.min() < 0 or values.max() > 1:
        raise ValueError("shares must be numbers in [0, 1]")


def crisp_memberships(shares: pd.DataFrame, threshold: float = DEFAULT_THRESHOLD) -> pd.DataFrame:
    """Crisp sets: 1 when the share of indicators present is at least `threshold`, else 0."""
    if not 0 < float(threshold) <= 1:
        raise ValueError(f"threshold must be a share in (0, 1], got {threshold!r}")
    _check_share_frame(shares)
    # shares and threshold rounded alike (9 decimals), so a share read back from a CSV (1/3 written as
    # 0.3333333333) still reaches a threshold of 1/3
    out = pd.DataFrame({c: np.asarray(calibrate(np.round(shares[c].to_numpy(dtype=float), 9), type="crisp",
                                                thresholds=round(float(threshold), 9))).astype(int)
                        for c in shares.columns}, index=shares.index)
    return out


def fuzzy_memberships(shares: pd.DataFrame, anchors: dict | None = None) -> pd.DataFrame:
    """Fuzzy sets by Ragin's (2008) direct method on the share: exclusion e, crossover c, inclusion i."""
    anchors = dict(DEFAULT_ANCHORS if anchors is None else anchors)
    if set(anchors) != {"e", "c", "i"} or not anchors["e"] < anchors["c"] < anchors["i"]:
        raise ValueError(f"anchors must be {{'e', 'c', 'i'}} with e < c < i, got {anchors!r}")
    _check_share_frame(shares)
    return pd.DataFrame({c: np.round(np.asarray(calibrate(shares[c].to_numpy(dtype=float), type="fuzzy",
                                                          thresholds=anchors), dtype=float), 6)
                         for c in shares.columns}, index=shares.index)


def calibrate_cases(cases: CaseData, method: str = "crisp", threshold: float = DEFAULT_THRESHOLD,
                    anchors: dict | None = None) -> pd.DataFrame:
    """Set memberships of every case (index 'case'), crisp or fuzzy, by the rule above.

    Memberships form: 'fuzzy' returns the values as given; 'crisp' dichotomises them at `threshold`."""
    if method not in ("crisp", "fuzzy"):
        raise ValueError(f"method must be 'crisp' or 'fuzzy', got {method!r}")
    shares = cases.shares()
    if method == "crisp":
        return crisp_memberships(shares, threshold)
    if cases.form == "memberships":
        return shares.copy()
    return fuzzy_memberships(shares, anchors)


def calibration_margins(shares: pd.DataFrame, counts: dict[str, int],
                        threshold: float = DEFAULT_THRESHOLD) -> pd.DataFrame:
    """How close each case is to the crisp threshold, per set: with k indicators a case has c = share·k present;
    it is *one indicator from the threshold* when coding one indicator differently flips its crisp membership
    (in the set and c − 1 falls below threshold·k, or out and c + 1 reaches it). Per set: cases at each number of
    indicators present ('n_0' … 'n_k'), cases in / out, and the cases one indicator from the threshold — how much
    the crisp memberships rest on the coding of single indicators (calibration should be substantively grounded
    and its sensitivity known: Ragin 2008, ch. 5; Schneider & Wagemann 2012; Oana & Schneider 2021)."""
    if not 0 < float(threshold) <= 1:
        raise ValueError(f"threshold must be a share in (0, 1], got {threshold!r}")
    _check_share_frame(shares)
    rows = []
    for s in shares.columns:
        k = int(counts[s])
        present = np.rint(shares[s].to_numpy(dtype=float) * k).astype(int)
        need = threshold * k - 1e-9                      # in the set when present >= threshold·k
        inside = present >= need
        margin = np.where(inside, present - 1 < need, present + 1 >= need)
        names = [str(c) for c, m in zip(shares.index, margin) if m]
        row = {"set": s, "indicators": k, **{f"n_{j}": int((present == j).sum()) for j in range(k + 1)},
               "n_in": int(inside.sum()), "n_out": int((~inside).sum()),
               "n_one_from_threshold": len(names), "one_from_threshold": ", ".join(names)}
        rows.append(row)
    return pd.DataFrame(rows)


def _share_levels(counts: dict[str, int], threshold: float) -> list[tuple[int, list[str], list[str], str, str]]:
    """Per number of indicators k (ascending; the sets with k indicators in the codebook's order): the shares a set
    can take (j/k), and the shares one indicator from the crisp `threshold` on either side, as calibration_margins
    counts them (just out: one indicator short of threshold·k; just in: the least share at or above it); '' where a
    side has no share (a threshold no case can reach, or one every case reaches)."""
    from fractions import Fraction

    def share(j: int, k: int) -> str:
        f = Fraction(j, k)
        return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"

    out = []
    for k in sorted(set(int(v) for v in counts.values())):
        sets = [s for s, v in counts.items() if int(v) == k]
        need = int(np.ceil(threshold * k - 1e-9))          # the fewest indicators present to be in the set
        just_in = share(need, k) if need <= k else ""
        just_out = share(need - 1, k) if need >= 1 else ""
        out.append((k, sets, [share(j, k) for j in range(k + 1)], just_out, just_in))
    return out


def share_levels_text(counts: dict[str, int], threshold: float, codebook: str) -> str:
    """The shares each set can take with its number of indicators in `codebook` (`counts`: indicators_of's lengths)
    and the shares one indicator from the crisp `threshold`, in one line, its subject before ': ' (source_printer
    names the data source there): notebook 02's prose said 'three binary indicators per set', true of the
    compendium's codebook only, not of a holder's with other counts."""
    parts = []
    for k, sets, levels, just_out, just_in in _share_levels(counts, threshold):
        near = " or ".join(x for x in (f"{just_out} (out)" if just_out else "", f"{just_in} (in)" if just_in else "") if x)
        parts.append(f"{k} indicator{'s' if k != 1 else ''} ({', '.join(sets)}): shares {', '.join(levels)}"
                     + (f", a case at {near} is one indicator from the threshold" if near else ""))
    return f"shares a set can take (indicators per set from {codebook}; crisp threshold {threshold:g}): " + "; ".join(parts)


def share_levels_text_zh(counts: dict[str, int], threshold: float, codebook: str) -> str:
    """share_levels_text in Chinese, from the same facts (_share_levels), its subject before the first '：'."""
    parts = []
    for k, sets, levels, just_out, just_in in _share_levels(counts, threshold):
        near = "或 ".join(x for x in (f"{just_out}（不属于）" if just_out else "", f"{just_in}（属于）" if just_in else "") if x)
        parts.append(f"{k} 个指标（{'、'.join(sets)}）：得分 {'、'.join(levels)}"
                     + (f"，得分为 {near}的案例只差一个指标即改变隶属" if near else ""))
    return f"各集合可能的得分（各集合的指标数取自 {codebook}；清晰集阈值 {threshold:g}）：" + "；".join(parts)


def _margin_facts(margins: pd.DataFrame, n_cases: int) -> tuple[int, int, str, int, int]:
    """calibration_margins' totals: the memberships one indicator from the threshold, the case-set memberships
    (cases × sets), their share in words (skew.share_said: '0%' only of none, '100%' only of all, not '0%' of 1 of
    300 or '100%' of 299 of 300), and the fewest and most cases one indicator from it in a set."""
    from ..qca.skew import share_said

    n_cells = int(n_cases) * len(margins)
    n_margin = int(margins["n_one_from_threshold"].sum())
    return (n_margin, n_cells, share_said(n_margin / n_cells if n_cells else 0.0),
            int(margins["n_one_from_threshold"].min()), int(margins["n_one_from_threshold"].max()))


def calibration_margins_text(margins: pd.DataFrame, n_cases: int) -> str:
    """Notebook 02's line on calibration_margins: how many of the case-set memberships would flip if one indicator
    were coded differently, and the range per set (of `n_cases` cases)."""
    n_margin, n_cells, share, low, high = _margin_facts(margins, n_cases)
    return (f"{n_margin} of {n_cells} case-set memberships ({share}) would flip if one indicator were coded "
            f"differently; per set between {low} and {high} of {n_cases} cases")


def calibration_margins_text_zh(margins: pd.DataFrame, n_cases: int) -> str:
    """calibration_margins_text in Chinese, from the same facts (_margin_facts), its subject before the first '：'
    (source_printer(..., 'zh') tags it there)."""
    n_margin, n_cells, share, low, high = _margin_facts(margins, n_cases)
    return (f"单个指标编码不同即改变的隶属：{n_cells} 个案例—集合隶属中的 {n_margin} 个（{share}）；"
            f"各集合为 {n_cases} 个案例中的 {low} 至 {high} 个")


def least_present_text(result: dict) -> str:
    """Notebook 02's line on a least_present result: the conditions and whether they are separated from the others
    ('' when its measure is missing: `conditions` None)."""
    if result["conditions"] is None:
        return ""
    return (f"least present by {result['by']}: {', '.join(result['conditions'])} "
            f"({'separated from the others' if result['separated'] else 'tied with another condition'})")


def least_present_text_zh(result: dict) -> str:
    """least_present_text in Chinese, from the same result, its subject before the first '：'."""
    if result["conditions"] is None:
        return ""
    return (f"出现最少的条件（按 {result['by']}）：{'、'.join(result['conditions'])}"
            f"（{'与其他条件分开' if result['separated'] else '与另一条件并列'}）")


def crossover_text(at_crossover: list[tuple[str, str]], form: str) -> str:
    """Notebook 02's line on crossover_memberships' (case, set) pairs, as 'R01 (SER), ...' ('none' without one): in
    the indicator form shares at the fuzzy crossover, in the memberships form values of exactly 0.5."""
    what = "shares exactly at the fuzzy crossover" if form == "indicators" else "memberships of exactly 0.5"
    return (f"{what} (membership 0.5, in no truth-table row): "
            + (", ".join(f"{case} ({name})" for case, name in at_crossover) or "none"))


def crossover_text_zh(at_crossover: list[tuple[str, str]], form: str) -> str:
    """crossover_text in Chinese, from the same pairs, its subject before the first '：'."""
    what = "恰在模糊集交叉点的得分" if form == "indicators" else "恰为 0.5 的隶属度"
    return (f"{what}（隶属度 0.5，不属于任何真值表行）："
            + ("、".join(f"{case}（{name}）" for case, name in at_crossover) or "无"))


def crossover_cases(shares: pd.DataFrame, crossover: float = DEFAULT_ANCHORS["c"]) -> list[tuple[str, str]]:
    """(case, set) pairs whose share equals the crossover: fuzzy membership 0.5 belongs to no truth-table row."""
    hits = np.isclose(shares.to_numpy(dtype=float), crossover)
    return [(str(shares.index[i]), str(shares.columns[j])) for i, j in zip(*np.nonzero(hits))]


def crossover_memberships(cases: CaseData, anchors: dict | None = None) -> list[tuple[str, str]]:
    """(case, set) pairs whose fuzzy membership is exactly 0.5, in no truth-table row: in the indicator form, shares
    at the direct method's crossover; in the memberships form, the values given (they are the fuzzy memberships)."""
    if cases.form == "memberships":
        return crossover_cases(cases.shares(), 0.5)
    anchors = dict(DEFAULT_ANCHORS if anchors is None else anchors)
    return crossover_cases(cases.shares(), anchors["c"])


def check_outcome_varies(cases: CaseData, crisp: pd.DataFrame, threshold: float = DEFAULT_THRESHOLD) -> None:
    """Raise DataValidationError (naming the file, the outcome's column and the threshold) when the crisp outcome is
    the same in every case: with no case outside the outcome every truth-table row is positive, so there is nothing
    to minimise against (R's minimize stops too) and every condition is necessary for it by construction; with no case in it nothing is explained.
    A truth table needs cases with and without the outcome. Notebook 02 checks it, before anything is written, so
    a case file that cannot be analysed stops there and not in notebook 03, once 02's tables already describe it."""
    values = crisp[OUTCOME].to_numpy(dtype=float)
    if len(values) == 0 or values.min() != values.max():
        return
    side = "in" if values[0] >= 0.5 else "out of"
    source = (f"column '{OUTCOME}'" if cases.form == "memberships" else
              f"columns {', '.join(indicators_of(cases.codebook)[OUTCOME])} (the outcome {OUTCOME})")
    raise DataValidationError(cases.file, [
        f"{source}: every one of the {len(values)} cases is {side} the outcome (crisp membership "
        f"{int(values[0])} at crisp_threshold {float(threshold):g}): a truth table needs cases with and without the "
        f"outcome ({OUTCOME} 1 and 0); code {OUTCOME} as observed, or choose another crisp_threshold"])


def crossover_warning(cases: CaseData, pairs: list[tuple[str, str]], threshold: float = DEFAULT_THRESHOLD,
                      lang: str = "en") -> str:
    """What notebook 02 prints when memberships given directly hold 0.5 ('' otherwise): such a case is neither in
    nor out of the set, and the crisp analysis (membership >= threshold) puts it in or out without saying so. With
    lang 'zh' a Chinese line follows the English one (as calibration_rule's), for a lang = "zh" run."""
    if lang not in ("en", "zh"):
        raise ValueError(f"lang must be 'en' or 'zh', got {lang!r}")
    if cases.form != "memberships" or not pairs:
        return ""
    inside = 0.5 >= float(threshold) - 1e-9
    where = ", ".join(f"{c} {s}" for c, s in pairs)
    en = (f"WARNING: {cases.file}: membership exactly 0.5 (neither in nor out of the set) in {where}; the crisp "
          f"analysis counts it {'IN (1)' if inside else 'OUT (0)'} (threshold {threshold:g}) and the fuzzy variant puts "
          f"the case in no truth-table row. Code it 0 or 1 (or a fuzzy value other than 0.5) if you know which side the "
          f"case is on.")
    if lang == "en":
        return en
    return (f"{en}\n警告：{cases.file}：{'、'.join(f'{c} {s}' for c, s in pairs)} 的隶属度恰为 0.5（既不在集合内也不在集合外）；"
            f"清晰集分析把它计为{'属于（1）' if inside else '不属于（0）'}（阈值 {threshold:g}），模糊集变体则不把该案例放进任何真值表行。"
            f"若知道该案例属于哪一侧，请编码为 0 或 1（或 0.5 以外的模糊隶属度）。")


def _threshold_said(threshold: float, counts: dict[str, int]) -> str:
    """The crisp threshold as a percentage of the indicators present, cut (not rounded) to whole percents unless that
    changes which share a set can take (j of its k indicators, k from `counts`) reaches it, then with the decimals it
    takes: a threshold of 2/3 on sets of three indicators is 'at least 66%' (two of three reach it), not 'at least 67%',
    which two of three (66.7%) miss; '50%' for ½."""
    levels = sorted({j / k for k in set(counts.values()) for j in range(int(k) + 1)})

    def reached(t: float) -> list[bool]:   # as crisp_memberships reads a share against it (9 decimals)
        return [round(v, 9) >= round(t, 9) for v in levels]

    for digits in range(7):
        scale = 10 ** (digits + 2)
        shown = np.floor(float(threshold) * scale + 1e-6) / scale
        if reached(shown) == reached(threshold):
            return f"{shown:.{digits}%}"
    return f"{float(threshold):.6%}"


def calibration_rule(codebook: pd.DataFrame, threshold: float = DEFAULT_THRESHOLD, anchors: dict | None = None,
                     form: str = "indicators") -> str:
    """The calibration rule in words (English and 中文), with the number of indicators per set."""
    anchors = dict(DEFAULT_ANCHORS if anchors is None else anchors)
    if form == "memberships":
        return (f"Memberships were given directly in the case file. Crisp analysis: membership 1 when the given "
                f"value is at least {threshold:g}, else 0; fuzzy variant: the values as given.\n"
                f"隶属度由案例文件直接给出。清晰集：取值不低于 {threshold:g} 记为 1，否则为 0；模糊集变体：直接使用给定值。")
    counts = {s: len(v) for s, v in indicators_of(codebook).items()}
    per_set = ", ".join(f"{s} {n}" for s, n in counts.items())
    said = _threshold_said(threshold, counts)
    return (f"Each set's share = indicators present / indicators coded ({per_set}). "
            f"Crisp (default): membership 1 when the share is at least {threshold:g} "
            f"(at least {said} of the indicators present), else 0. "
            f"Fuzzy variant: direct method (Ragin 2008) on the share with full non-membership at "
            f"{anchors['e']:g}, crossover at {anchors['c']:g}, full membership at {anchors['i']:g}. "
            f"This rule is the compendium's; Paper A's calibration rule is not public.\n"
            f"各集合得分 = 出现的指标数 / 指标总数（{'、'.join(f'{s} {n}' for s, n in counts.items())}）。清晰集（默认）：得分不低于 {threshold:g}（即至少 "
            f"{said} 的指标出现）记为 1，否则为 0。"
            f"模糊集变体：直接校准法（Ragin 2008），完全不隶属 {anchors['e']:g}、交叉点 {anchors['c']:g}、"
            f"完全隶属 {anchors['i']:g}。该规则由本项目自行设定，原文校准规则未公开。")


# ---------------------------------------------------------------- how present is each condition?


def presence_table(memberships: pd.DataFrame, shares: pd.DataFrame | None = None,
                   conditions: tuple[str, ...] = CONDITION_NAMES) -> pd.DataFrame:
    """Per condition: cases in the set (membership > 0.5), their share, the mean indicator share and a rank
    (1 = least present; ties broken by mean indicator share, then by name)."""
    rows = []
    for c in conditions:
        x = memberships[c].to_numpy(dtype=float)
        rows.append({"condition": c, "level": RAINBOW_LEVELS.get(c, ""),
                     "n_present": int((x > 0.5).sum()), "share_present": float((x > 0.5).mean()),
                     "mean_membership": float(x.mean()),
                     "mean_indicator_share": float(shares[c].mean()) if shares is not None else np.nan})
    df = pd.DataFrame(rows)
    key = df["mean_indicator_share"].fillna(df["mean_membership"])
    order = sorted(range(len(df)), key=lambda i: (df.loc[i, "n_present"], key[i], df.loc[i, "condition"]))
    df["rank"] = 0
    for r, i in enumerate(order, start=1):
        df.loc[i, "rank"] = r
    return df.sort_values("rank", kind="stable").reset_index(drop=True)


def least_present(presence: pd.DataFrame, k: int = 3, by: str = "n_present") -> dict:
    """The k least present conditions by `by` ('n_present' or 'mean_indicator_share'), and whether they are
    separated from the rest (every one strictly below every other condition)."""
    if by not in ("n_present", "mean_indicator_share"):
        raise ValueError(f"by must be 'n_present' or 'mean_indicator_share', got {by!r}")
    if presence[by].isna().any():
        return {"conditions": None, "separated": False, "by": by}
    ordered = presence.sort_values([by, "condition"], kind="stable")
    low, rest = ordered.iloc[:k], ordered.iloc[k:]
    separated = bool(rest.empty or low[by].max() < rest[by].min())
    return {"conditions": tuple(sorted(low["condition"])), "separated": separated, "by": by}

"""The Chinese of the engine's errors (ENGINE_ERRORS_ZH's part, zh_errors) about the figures: the plot command's
file and flags, a figure's limits (rows, paths, terms), robustness --plot, the configuration chart's model."""
from __future__ import annotations

import re
from typing import Callable

from analysis.workshop.zh_error_parts import _FIGURE_ROWS_ZH, _FIGURE_SELECTION_ZH, _FIGURE_UNITS_ZH, _N
from analysis.workshop.zh_hints import _GIVEN

PLOTS_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str | None]]] = [
    ("plot: a figure's file of another format",
     re.compile(r"(?P<flag>--out|--plot) (?P<out>.+): a figure is written as PNG, SVG or PDF, named by its suffix; got "
                r"(?:(?P<suffix>'[^']*')|no suffix): name the file (?P<stem>.+)\.png, \.svg or \.pdf$"),
     lambda m: (f"{m.group('flag')} {m.group('out')}：图形按文件的后缀写为 PNG、SVG 或 PDF；"
                + (f"现为 {m.group('suffix')}" if m.group("suffix") else "现在没有后缀")
                + f"：请把文件命名为 {m.group('stem')}.png、.svg 或 .pdf")),
    ("plot: a figure without a file name",
     re.compile(r"(?P<flag>--out|--plot) needs a file name: the figure's file, e\.g\. (?P<eg>\S+ \S+) \(\.svg or "
                r"\.pdf\)$"),
     lambda m: f"{m.group('flag')} 需要文件名：图形的文件，例如 {m.group('eg')}（或 .svg、.pdf）"),
    ("plot: a solution's flags with --nec-cond",
     re.compile(r"(?P<flags>--[\w-]+(?:, --[\w-]+)*) appl(?:y|ies) to the (?P<what>XY plots|cases) of a solution, not to "
                r"--nec-cond \(a necessity test uses no truth table\)$"),
     lambda m: (f"{m.group('flags')} 用于解的{' XY 图' if m.group('what') == 'XY plots' else '案例'}，不用于 --nec-cond"
                "（必要性检验不用真值表）")),
    ("plot: a term or model with --nec-cond",
     re.compile(r"(?P<flag>--term|--model) chooses a term or model of a solution, not of --nec-cond$"),
     lambda m: f"{m.group('flag')} 选择解的项或模型，不用于 --nec-cond"),
    ("plot: a figure of more rows than max_rows",
     re.compile(rf"the figure has (?P<n>{_N}) (?P<what>cases|truth-table rows|corpus items|localities), more than it "
                rf"draws \(max_rows=(?P<max>{_N}); (?P<panel>\d+) to a panel\): (?P<select>.+), or raise max_rows$"),
     lambda m: (None if m.group("select") not in _FIGURE_SELECTION_ZH else
                f"图形有 {m.group('n')} 个{_FIGURE_ROWS_ZH[m.group('what')]}，多于它最多能画的数目（max_rows={m.group('max')}；"
                f"每个面板 {m.group('panel')} 个）：{_FIGURE_SELECTION_ZH[m.group('select')]}，或提高 max_rows")),
    ("plot: a configuration chart of more paths than max_paths",
     re.compile(rf"the chart has (?P<n>{_N}) paths in (?P<groups>{_N}) column groups? of (?P<models>{_N}) models?, more "
                rf"than the figure draws \(max_paths=(?P<max>{_N}); drawing thousands takes minutes\): draw one model "
                r"\(model=(?P<model>'[^']*')\) or raise max_paths, or print the chart instead \(print\(chart\)\)$"),
     lambda m: (f"组态图有 {m.group('n')} 条路径，分属 {m.group('models')} 个模型的 {m.group('groups')} 个列组，多于图形最多能画的"
                f"数目（max_paths={m.group('max')}；画几千条要几分钟）：请只画一个模型（model={m.group('model')}），或提高 "
                "max_paths，或改为打印组态图（print(chart)）")),
    ("plot: a model of more terms than max_terms",
     re.compile(rf"the model has (?P<n>{_N}) terms, more than the figure draws \(max_terms=(?P<max>{_N}); a panel each\): "
                r"draw some of them \((?P<how>typology\[typology\['panel'\]\.isin\(\[\.\.\.\]\)\]); CLI: --term\), or "
                r"raise max_terms$"),
     lambda m: (f"模型有 {m.group('n')} 个项，多于图形最多能画的数目（max_terms={m.group('max')}；每项一个面板）：请只画其中"
                f"一些（{m.group('how')}；命令行：--term），或提高 max_terms")),
    ("plot: a figure's limit not a whole number",
     re.compile(rf"(?P<param>max_rows|max_paths|max_terms) must be a whole number of (?P<unit>rows|paths|terms), 1 or "
                rf"more, got {_GIVEN}$"),
     lambda m: (f"{m.group('param')} 必须是不小于 1 的整数（{_FIGURE_UNITS_ZH[m.group('unit')]}数），现为 "
                f"{m.group('value')}")),
    ("robustness --plot: a sweep file without tests",
     re.compile(r"--plot (?P<out>.+): the figure draws the protocol's test set, and (?P<spec>.+) has no 'tests' "
                r"\(ranges only\): add tests, or leave --plot out$"),
     lambda m: (f"--plot {m.group('out')}：图形画的是稳健性检验方案的检验集，而 {m.group('spec')} 没有 'tests'（只有 "
                "ranges）：请加上 tests，或不用 --plot")),
    ("robustness: --lang without --plot",
     re.compile(r"--lang sets the language of --plot's figure: give --plot, or leave --lang out$"),
     lambda m: "--lang 设定 --plot 所画图形的语言：请给出 --plot，或不用 --lang"),
    ("a figure's file under a file",   # the commands' --out (and robustness' --plot)
     re.compile(r"(?P<flag>--[\w-]+) (?P<out>[^;]+?): (?P<parent>[^;]+) is a file, not a folder$"),
     lambda m: f"{m.group('flag')} {m.group('out')}：{m.group('parent')} 是文件，不是文件夹"),
    ("chart figure: a multi-value condition's levels",   # configuration_chart_groups of a multi-value chart
     re.compile(r"the figure draws presence \(●\) and absence \(⊗\) only, and multi-value condition (?P<cond>'[^']*') "
                r"appears at levels?(?:\(s\))? (?P<levels>.+?) in the chart: print the chart instead \(print\(chart\): "
                r"●\[v\] / •\[v\] name the level; chart\.to_frame\(\) gives it as value\)$"),
     lambda m: (f"图形只画出条件的出现（●）和不出现（⊗），而多值条件 {m.group('cond')} 在组态图中以水平 {m.group('levels')} "
                "出现：请改为打印组态图（print(chart)：●[v] / •[v] 标出水平；chart.to_frame() 在 value 列给出水平）")),
    ("chart figure: no such model",   # configuration_chart_groups(chart, model=...)
     re.compile(r"model=(?P<model>'[^']*'|\"[^\"]*\") is no model of the chart: it has (?P<models>.+)$"),
     lambda m: f"model={m.group('model')} 不是该组态图的模型：它有 {m.group('models')}"),
]

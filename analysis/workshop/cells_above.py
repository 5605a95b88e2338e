"""The cells above the exercises and steps (MADE_BY, EXERCISE_USES): what each makes and each exercise
uses, and the check that stops a cell run before them (`check_cells_above`, `check_settings_set`)."""
from __future__ import annotations

import ast
import linecache
import sys
from typing import Mapping

from analysis.workshop.bilingual import Note
from analysis.workshop.meanings import near_columns

#: The cells above the steps, as the messages name them (English, Chinese). The first code cell switches the
#: workshop's notes on (explain_exercise_errors), before the settings, so that a mistake typed in them is explained too.
SETTINGS_CELL: Note = ("the settings (the second code cell)", "设置（第二个代码单元格）")
CHECK_CELL: Note = ("the settings check (the third code cell)", "设置检查（第三个代码单元格）")
IMPORTS_CELL: Note = ("the imports (the fourth code cell)", "导入（第四个代码单元格）")

#: The cells above the exercises and steps, as the messages name them (English, Chinese), with the names each makes
#: that a later cell (an exercise's, the participants' and the solutions' alike, and the answers its hints suggest;
#: or a step's) uses. tests/test_workshop.py reads the notebooks to check both this and EXERCISE_USES.
MADE_BY: dict[Note, tuple[str, ...]] = {
    SETTINGS_CELL:
        ("cut_DEV", "cut_URB", "cut_LIT", "cut_IND", "cut_STB", "cut_SURV", "incl_cut_crisp", "necessity_benchmark",
         "incl_cut_fuzzy", "n_cut", "dir_exp", "what_if_cut_DEV", "paperA_incl_cut", "paperA_n_cut",
         "paperA_outcome", "lang"),
    CHECK_CELL: ("QCAInputError",),
    IMPORTS_CELL:
        ("plt", "pd", "display", "DATA_DERIVED", "DATASETS", "show_figure", "calibrate", "minimize", "necessity",
         "parse_term", "truth_table", "setting_column_error", "exercise_notes", "fig_lang", "CONDITIONS", "OUTCOME"),
    ("step 1", "第 1 步"): ("lr",),
    ("step 2", "第 2 步"): ("crisp", "cuts", "lf"),
    ("step 3", "第 3 步"): ("nec",),
    ("step 4", "第 4 步"): ("tt", "largest", "step4_settings"),
    ("step 5", "第 5 步"): ("why_no_solution", "conservative", "parsimonious", "intermediate", "solutions_table"),
    ("step 6", "第 6 步"): ("step6_n_cut", "step6_settings", "tt_fuzzy", "fuzzy_solutions"),
    ("step 7", "第 7 步"): ("configuration_chart_table",),
    ("step 9", "第 9 步"): ("PA_OUTCOME", "PA_CONDITIONS", "paperA", "source", "source_zh", "data_note", "step9_settings",
                          "tt_A", "table_without", "parsimonious_sets", "paperA_solutions"),
}

#: What each exercise's cell uses of what the cells above it make (MADE_BY).
EXERCISE_USES: dict[int, tuple[str, ...]] = {
    1: ("cut_DEV", "pd", "display", "calibrate", "lr", "crisp", "cuts"),
    2: ("pd", "display", "necessity", "CONDITIONS", "OUTCOME", "necessity_benchmark", "crisp", "nec"),
    3: ("display", "minimize", "CONDITIONS", "tt", "step4_settings", "conservative", "parsimonious", "intermediate",
        "solutions_table"),
    4: ("display", "minimize", "truth_table", "CONDITIONS", "OUTCOME", "incl_cut_fuzzy", "n_cut", "lf",
        "why_no_solution", "solutions_table", "step6_n_cut", "tt_fuzzy", "fuzzy_solutions"),
    5: ("minimize", "truth_table", "paperA_incl_cut", "paperA_n_cut", "paperA_outcome", "PA_OUTCOME", "PA_CONDITIONS",
        "paperA", "source", "source_zh", "step9_settings", "tt_A", "table_without", "parsimonious_sets",
        "paperA_solutions"),
}


class CellsAboveNotRun(NameError):
    """An exercise's cell run before the cells above it: shown in Jupyter as its two lines (English, then Chinese),
    without a traceback, as the engine's errors are."""

    def _render_traceback_(self) -> list[str]:
        return str(self).splitlines()


def cells_above_message(exercise: int | None, missing) -> str:
    """What `check_cells_above` says when exercise `exercise`'s cell (None: a step's cell) runs without the names
    `missing`: the cells that make them (in the notebook's order, each with its names) and how to run them, in English
    and then in Chinese."""
    cells = [(label, [n for n in names if n in set(missing)]) for label, names in MADE_BY.items()]
    cells = [(label, names) for label, names in cells if names]
    said = "; ".join(f"{label[0]}: {', '.join(names)}" for label, names in cells)
    said_zh = "；".join(f"{label[1]}：{'、'.join(names)}" for label, names in cells)
    who, who_zh = (f"exercise {exercise}", f"练习 {exercise} ") if exercise is not None else ("this cell", "本单元格")
    return (f"workshop: {who} uses what the cells above it make, and this kernel has not run them yet (a "
            f"restart of the kernel clears everything) — {said}. Select this cell, use Run → Run All Above Selected "
            "Cell, then run this cell again\n"
            f"  工作坊：{who_zh}要用到上方单元格生成的内容，而当前内核还没有运行它们（重启内核会清空一切）——{said_zh}。"
            "请选中本单元格，使用 Run → Run All Above Selected Cell，然后再运行本单元格")


def cell_uses(source: str) -> list[str]:
    """The names of MADE_BY (in its order) that the code `source` of a cell reads without binding them itself: what
    it needs from the cells above it. A name read inside a function the cell defines counts unless it is that
    function's own (an argument or a name it assigns): step 7's configuration_chart_table(intermediate, ...) reads its
    argument, not step 5's `intermediate`."""
    tree = ast.parse(source)
    top, read = set(), set()
    for node in tree.body:   # bound at the cell's top level: its own names from then on
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            top.add(node.name)
            continue
        for n in ast.walk(node):
            if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load):
                top.add(n.id)
            elif isinstance(n, (ast.Import, ast.ImportFrom)):
                top |= {(a.asname or a.name).split(".")[0] for a in n.names}

    def visit(node, own: frozenset) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                local = {a.arg for a in ast.walk(child.args) if isinstance(a, ast.arg)}
                local |= {n.id for n in ast.walk(child) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
                visit(child, own | local)
            elif isinstance(child, ast.Name) and isinstance(child.ctx, ast.Load):
                if child.id not in own:
                    read.add(child.id)
            else:
                visit(child, own)

    visit(tree, frozenset())
    return [name for names in MADE_BY.values() for name in names if name in read - top]


def settings_not_set(namespace: Mapping) -> Note | None:
    """The settings that the settings cell, run, left without a value, in English and in Chinese: a line deleted, a
    name written another way (Cut_DEV: the name it was written as), or cut_DEV: 600 (':' is Python's annotation, which
    gives no value), each with what to write; or, when every setting has its value, a name written like one in
    another case (cut_dev = 600 added below cut_DEV = 550: cut_DEV is still 550, and the step would run at it); None
    when every setting has a value and no name is written like one, or none has (the settings cell has not run:
    cells_above_message says so)."""
    settings = MADE_BY[SETTINGS_CELL]
    unset = [name for name in settings if name not in namespace]
    others = [n for n in namespace if isinstance(n, str) and not n.startswith("_") and n not in settings]
    twins = [(name, other) for name in settings if name in namespace for other in others
             if other.casefold() == name.casefold()]   # cut_dev = 600 added: cut_DEV keeps its value
    if len(unset) == len(settings) or not unset and not twins:
        return None
    annotated = namespace.get("__annotations__") or {}
    said, said_zh = [], []
    for name in unset:
        near = near_columns(name, others)
        if name in annotated:
            value = annotated[name]
            said.append(f"{name}: {value!r} gives {name} no value (':' is Python's annotation): write {name} = {value!r}")
            said_zh.append(f"{name}: {value!r} 没有给 {name} 赋值（':' 是 Python 的类型注解）：请写成 {name} = {value!r}")
        elif near:
            same = near[0].casefold() == name.casefold()
            value, value_zh = (repr(namespace[near[0]]),) * 2 if len(near) == 1 else ("and its value", "及其取值")
            said.append(f"{name} has no value: the settings have {' or '.join(near)}, another name"
                        + (" (names are case-sensitive)" if same else "") + f"; write {name} = {value}")
            said_zh.append(f"{name} 没有值：设置中写的是 {' 或 '.join(near)}，是另一个名称"
                           + ("（名称区分大小写）" if same else "") + f"；请写成 {name} = {value_zh}")
        else:
            said.append(f"{name} has no value (its line deleted?); write {name} = and its value")
            said_zh.append(f"{name} 没有值（这一行被删除了吗？）；请写成 {name} = 及其取值")
    if not unset:   # every setting has its value, and a name written like one has another
        said = [f"{other} is no setting (names are case-sensitive): {name} is still {namespace[name]!r}; to set it, "
                f"write {name} = {namespace[other]!r} in its line and delete the line of {other}" for name, other in twins]
        said_zh = [f"{other} 不是设置（名称区分大小写）：{name} 仍为 {namespace[name]!r}；要修改它，请在 {name} 那一行写 "
                   f"{name} = {namespace[other]!r}，并删除 {other} 那一行" for name, other in twins]
        return (f"{SETTINGS_CELL[0]} ran, and a name in it is written like a setting: {'; '.join(said)}. Then use Run → "
                "Run All",
                f"{SETTINGS_CELL[1]}已运行，其中有名称写得像设置：{'；'.join(said_zh)}。然后使用 Run → Run All")
    return (f"{SETTINGS_CELL[0]} ran, but not every setting has a value: {'; '.join(said)}; or undo the edit (Edit → "
            "Undo, Ctrl+Z). Then use Run → Run All",
            f"{SETTINGS_CELL[1]}已运行，但并非每项设置都有值：{'；'.join(said_zh)}；或撤销修改（Edit → Undo，Ctrl+Z）。"
            "然后使用 Run → Run All")


def check_cells_above(namespace: Mapping, exercise: int | None = None) -> None:
    """Stop a cell, before anything in it runs, when the cells above it have not run in this kernel: CellsAboveNotRun,
    saying which cells to run and how (cells_above_message). Exercise `exercise`'s cell needs the names of
    EXERCISE_USES; a step's cell (exercise None) those of MADE_BY that its own code reads (cell_uses: its source as
    IPython keeps it; nothing is checked where there is none, as for code run by exec from a string). Does nothing
    when they are in `namespace`, the notebook's globals(), whatever the cells above found. When a name is missing
    because the settings cell ran and left a setting without a value (Lang = "zh"), check_settings_set says so."""
    if exercise is not None:
        uses = EXERCISE_USES[exercise]
    else:
        lines = linecache.getlines(sys._getframe(1).f_code.co_filename)
        try:
            uses = cell_uses("".join(lines)) if lines else []
        except SyntaxError:
            uses = []
    missing = [name for name in uses if name not in namespace]
    if missing:
        check_settings_set(namespace)   # the settings cell ran, and left one without a value (Lang = "zh")
        raise CellsAboveNotRun(cells_above_message(exercise, missing))


def check_settings_set(namespace: Mapping) -> None:
    """Stop the settings check (and a cell that needs a setting) when the settings cell ran and left a setting without
    a value (a name written another way, Cut_DEV = 550: Python's KeyError: 'cut_DEV' in the check's own code): the
    two lines of settings_not_set, as CellsAboveNotRun shows them (no traceback). Does nothing otherwise."""
    unset = settings_not_set(namespace)
    if unset:
        raise CellsAboveNotRun(f"workshop: {unset[0]}\n  工作坊：{unset[1]}")

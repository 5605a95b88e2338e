"""Helpers of the workshop notebooks (notebooks/workshop/): what the engine cannot know about a class.

The engine's errors and hints are in English and name the engine's own parameters; a participant meets them through
the workshop's settings, in English and Chinese. `setting_column_error` says a setting names no column of a table,
with the engine's 'did you mean' rule (`near_names`). `explain_exercise_errors` has IPython show, under an engine error
raised in an exercise's cell, why the workshop's settings leave that exercise nothing to compute, naming the setting:
the participant's code may be right; it also has IPython show a KeyError of pandas' label lookup in a cell (lr['dev'],
a case taken for a column) as the engine's errors are shown, with `key_error_note` under it: the column meant, or what
the label is; under a NameError `name_error_note`: R's way of writing (c(...)), the name meant, or the cell above
that makes it; under a cell that does not compile `syntax_error_note` (a full-width '，', R's lr$DEV or dir.exp=);
under an engine function called without an argument it needs `type_error_note`; under an attribute an object of the
engine does not have (sol.expression) `attribute_error_note`; under a file not found (pd.read_csv("LR.csv"))
`file_not_found_note`; and after an exercise's cell that
gave a name the cells above made another value, `rebound_note` (`watch_exercise_cells`). The notebooks switch these
notes on in their first code cell, above the settings (papermill injects its parameters after the settings cell), so
that a mistake typed in the settings (lang = zh, a quote left out, full-width commas: `setting_as_written`, a line
outcome = SURV: `data_column_note`) is explained too, and again in the imports cell with the exercises' notes.
Under the engine errors the exercises meet (a bad outcome name, incl_cut out of range, an unknown condition, directional
expectations of the wrong length, include="x", ...) it adds one line in Chinese, `engine_error_zh`: by the kind of error
and its parameter, with the names and values the error gives (none for an error of another form); and under the
engine warnings a cell meets (a constant condition or outcome, a skewed set) one too, `engine_warning_zh`. The notes
of a partial answer of minimize() (a list cut at max_models, a count stopped at max_work), of configuration_chart and
of good_practice's rows (each standard's printed line, and what most rows say the analysis has) have theirs,
`engine_note_zh`, for a teacher's own data: no exercise meets a partial answer, and the notebooks show no solution's notes.
`check_cells_above`, the first lines of every code cell after the settings (an exercise's or a step's), stops a
cell run before the cells above it (alone after a restart of the kernel: Python's NameError said only "name 'lr' is
not defined") with a line in English and one in Chinese naming those cells and how to run them. The engine's own errors
are unchanged (plain Python, pytest, the command line and the other notebooks never see these notes)."""
from __future__ import annotations

import ast
import linecache
import re
import sys
from pathlib import Path
from typing import Callable, Mapping

from analysis.qca import QCAComplexityError, QCAInputError, QCAWarning
from analysis.qca.errors import _full_traceback, in_package, short_traceback
from analysis.qca._near import did_you_mean, hints_by_name
from analysis.qca.data import near_names

#: The reminder every exercise cell of the workshop prints while open: it identifies the exercise of a cell.
EXERCISE_MARK = re.compile(r"✏️ Exercise (\d+) is waiting for you")
#: This package's folder: a frame whose file lies in it is the workshop's own code, not a participant's cell.
_ANALYSIS = Path(__file__).resolve().parent

Note = tuple[str, str]


def near_columns(name: str, columns) -> list[str]:
    """The columns `name` is probably meant to be: those equal to it up to case and blanks ('eff' for 'EFF'), the
    column of the workshop's data whose meaning it gives in Chinese ('识字率' for 'LIT', '系统整合' for 'SYS':
    column_of_meaning), else the engine's near names (one or two edits: 'EFT' for 'EFF')."""
    columns = [str(c) for c in columns]
    same = [c for c in columns if c.strip().casefold() == str(name).strip().casefold()]
    meant = column_of_meaning(name)
    return same or ([meant] if meant in columns else []) or near_names(str(name), columns)


#: The meanings of Lipset's columns in Chinese, as step 1's table gives them (and their shorter forms).
LIPSET_MEANINGS_ZH = {"DEV": ("经济发展水平", "经济发展", "发展水平", "人均GDP", "人均 GDP"), "URB": ("城市化", "城市化水平"),
                      "LIT": ("识字率",), "IND": ("工业化", "工业化水平"), "STB": ("政府稳定性", "政府稳定", "内阁数"),
                      "SURV": ("民主存续", "结果")}


def _paper_a_meanings_zh() -> dict[str, tuple[str, ...]]:
    """The meanings of Paper A's sets in Chinese, as its package labels them (analysis.paper_a.cases: 系统整合 for SYS,
    良好医防融合效果 and its short form 医防融合效果 for EFF)."""
    from analysis.paper_a.cases import _ZH_SETS, SET_NAMES

    return {code: tuple(label for label, named in _ZH_SETS.items() if named == code) for code in SET_NAMES}


#: The meanings of Paper A's sets in Chinese, as Paper A's data dictionary (its package) gives them.
PAPER_A_MEANINGS_ZH = _paper_a_meanings_zh()
#: The workshop's data whose columns have a meaning in Chinese: the data (English, Chinese: whose column), the meanings.
MEANINGS_ZH: dict[Note, dict[str, tuple[str, ...]]] = {("Lipset's", "Lipset 数据中"): LIPSET_MEANINGS_ZH,
                                                       ("Paper A's", "论文 A 的表中"): PAPER_A_MEANINGS_ZH}


def meaning_of(name) -> tuple[str, Note] | None:
    """The column of the workshop's data whose meaning `name` gives in Chinese (step 1's table for Lipset's data:
    '识字率' is 'LIT'; Paper A's labels: '系统整合' is 'SYS') and the data it is of (MEANINGS_ZH's key); None for any
    other name."""
    text = str(name).strip()
    return next(((column, data) for data, meanings in MEANINGS_ZH.items()
                 for column, said in meanings.items() if text in said), None)


def column_of_meaning(name) -> str | None:
    """The column of the workshop's data whose meaning `name` gives in Chinese (meaning_of: '识字率': 'LIT',
    '系统整合': 'SYS'); None for any other name."""
    found = meaning_of(name)
    return found[0] if found else None


def meaning_said(name, near) -> Note:
    """Why `near` (the columns near_columns found) is meant for `name`, when `name` is its meaning in Chinese: that
    a column is named by its code (English, Chinese); ('', '') otherwise."""
    meant = column_of_meaning(name)
    if not near or near[0] != meant:
        return "", ""
    return (f" (a column is named by its code: {meant!r} is {str(name).strip()})",
            f"（列以代码命名：{str(name).strip()}即 {meant!r}）")


#: What a name is read apart from in an engine's message: blanks, quotes, brackets and the signs of an expression.
_NAME_APART = re.compile(r"[^\s'\"()\[\]{},;:=*+~]+")


def meaning_error_note(error: BaseException) -> Note | None:
    """What an engine error means when it names a column of the workshop's data by its meaning in Chinese (meaning_of:
    truth_table(crisp, "结果"), a condition 识字率, paperA_outcome's 系统整合 in a call), in English and in Chinese:
    the column's code to write; none for a meaning whose code is not among the columns the message lists (Lipset's
    SURV for 结果 in Paper A's table), or a message that names the code already (a setting's error:
    setting_column_error). None for any other error."""
    message = str(error)
    if not isinstance(error, QCAInputError) or "is named by its code" in message:
        return None
    listed = {name.strip().strip("'\"") for m in _LISTED.finditer(message) for name in m.group("names").split(",")}
    meant = {}
    for word in _NAME_APART.findall(message):
        found = meaning_of(word)
        if found and (not listed or found[0] in listed):
            meant.setdefault(word, found)
    if not meant:
        return None
    return ("; ".join(f"{word!r} is what {data} column {code} measures: a column is named by its code; write {code!r} "
                      f"for {word!r}" for word, (code, (data, _)) in meant.items()),
            "；".join(f"{word!r} 是{' ' * data_zh[0].isascii()}{data_zh}列 {code} 的含义：列以代码命名；请把 {word!r} 写作 "
                     f"{code!r}" for word, (code, (_, data_zh)) in meant.items()))


def setting_column_error(setting: str, name, columns, what: str, what_zh: str) -> str:
    """The one-line message, in English and then in Chinese, for a workshop setting that names no column of a table:
    the setting, its value, the columns allowed (`what` / `what_zh` say of which table) and, when the value is near
    one of them, 'did you mean'."""
    allowed = ", ".join(map(str, columns))
    near = near_columns(name, columns) if isinstance(name, str) else []
    text = str(name).strip()
    why, why_zh = (meaning_said(name, near) if not near or near[0].casefold() != text.casefold() else
                   (" (the name given has blanks around it)", "（所给名称前后有空格）") if near[0] == text else
                   (" (names are case-sensitive)", "（列名区分大小写）"))
    negated = re.fullmatch(r"\s*[~～∼〜¬!−-]\s*(\S+)\s*", text)   # '~EFF': the negated outcome (exercise 2's ~SURV)
    if negated and negated.group(1) in map(str, columns):
        hint = (f"; a negation: the setting names a column, analysed as it is (its negation is no setting of the "
                f"workshop); write {negated.group(1)!r} for that column")
        hint_zh = f"；这是否定：该设置只能写一列，按原样分析（工作坊没有分析其否定的设置）；要分析这一列请写 {negated.group(1)!r}"
    else:
        hint = f"; did you mean {' or '.join(map(repr, near))}?{why}" if near else ""
        hint_zh = f"；是否想写 {' 或 '.join(map(repr, near))}？{why_zh}" if near else ""
    return (f"workshop setting: {setting} {name!r} is not {what}: {allowed}{hint} / "
            f"工作坊设置：{setting} {name!r} 不是{what_zh}：{allowed}{hint_zh}")


def exercise_of(tb) -> int | None:
    """The number of the workshop exercise whose cell raised the error of traceback `tb`: the first frame whose
    source (a notebook cell, as IPython caches it) holds the exercise's reminder; None for any other code."""
    while tb is not None:
        found = EXERCISE_MARK.search("".join(linecache.getlines(tb.tb_frame.f_code.co_filename)))
        if found:
            return int(found.group(1))
        tb = tb.tb_next
    return None


def exercise_note(notes: Mapping[int, Note | Callable[[], Note | None] | None], number: int | None) -> list[str]:
    """The lines said under an engine error raised in exercise `number`'s cell: `notes[number]` (English, Chinese),
    or what it returns when it is a function (asked only then: it may compute), each followed by what the participant
    can do; none when the settings leave the exercise something to compute (the error is the participant's)."""
    note = notes.get(number) if number is not None else None
    note = note() if callable(note) else note
    if not note:
        return []
    return [f"workshop: {note[0]}. Your code may well be right: the error above is the engine's, on a step these "
            "settings leave empty. To go on at these settings, select the next cell and use Run → Run Selected Cell "
            "and All Below",
            f"  工作坊：{note[1]}。你的代码很可能是对的：上面的错误来自引擎，是这些设置使这一步为空。若要在这些设置下继续，"
            "请选中下一个单元格，再用 Run → Run Selected Cell and All Below"]


def explain_exercise_errors(notes: Mapping[int, Note | Callable[[], Note | None] | None], shell=None) -> bool:
    """In IPython (Jupyter, papermill): an engine error (QCAInputError) raised in the cell of workshop exercise N is
    shown as the engine shows it (its message and the line of the cell; the full traceback with QCA_FULL_TRACEBACK=1),
    then `exercise_note(notes, N)`: why the settings leave the exercise nothing to compute, in English and in Chinese.
    A KeyError raised by pandas looking up a label of a table the cell named (lr['dev'], paperA.drop(columns=case),
    lr[1]) is shown the same way ('KeyError: ...', the line of the cell; the full traceback with QCA_FULL_TRACEBACK=1)
    with `key_error_note` under it, in English and in Chinese; any other KeyError as IPython shows it. Under a
    NameError (as IPython shows it) `name_error_note`, when it has something to say; CellsAboveNotRun as it is; under
    a SyntaxError (a cell that does not compile, shown as IPython shows it) `syntax_error_note`; a TypeError of an
    engine function called without an argument it needs in the short form, with `type_error_note` under it; an
    attribute an object of the engine does not have (sol.expression) in the short form, with `attribute_error_note`;
    a file not found (pd.read_csv("LR.csv")) in the short form, with `file_not_found_note`.
    `notes` is read when an error happens (the notebook's steps fill it in as they run). The cell still fails (Run
    All stops there, as for any error). A budget's refusal (QCAComplexityError, a teacher's own data) is shown as an
    engine error, with its Chinese line. Returns False, doing nothing, outside IPython."""
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:
            return False
        shell = get_ipython()
    if shell is None:
        return False

    def handler(shell, etype, value, tb, tb_offset=None):
        sys.last_type, sys.last_value, sys.last_traceback = etype, value, tb   # for %debug, as IPython's own display
        sys.last_exc = value

        def traceback():   # as IPython shows it
            if _while_compiling(tb):   # a cell that does not compile: no traceback (IPython's showsyntaxerror)
                return shell.SyntaxTB.structured_traceback(etype, value, [])
            return shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)

        def said(explain, *args) -> list[str]:
            try:
                note = explain(*args)
            except Exception:   # a note that fails must not hide the error
                note = None
            return [f"workshop: {note[0]}", f"  工作坊：{note[1]}"] if note else []

        if isinstance(value, (QCAInputError, QCAComplexityError)):
            # the engine's short form (absent when the full one is asked for), and why the settings leave the
            # exercise nothing to compute, when they do (a budget's refusal is of the data, not of the settings)
            shown = list(value._render_traceback_()) if hasattr(value, "_render_traceback_") else traceback()
            try:   # the error in Chinese, under its message (the short form's first line; the traceback's last)
                zh = engine_error_zh(value)
            except Exception:   # a line that fails must not hide the engine's error
                zh = None
            if zh:
                shown.insert(1 if hasattr(value, "_render_traceback_") else len(shown), f"  中文：{zh}")
            shown += said(meaning_error_note, value)   # truth_table(crisp, "结果"): the column's code, SURV
            try:
                shown += exercise_note(notes, exercise_of(tb)) if isinstance(value, QCAInputError) else []
            except Exception:   # a note that fails must not hide the engine's error
                pass
        elif isinstance(value, SyntaxError):   # a full-width '，', R's lr$DEV or dir.exp=
            shown = traceback() + said(syntax_error_note, value)
        elif isinstance(value, NameError):   # R's c(...), a cell above not run, a misspelt name
            if isinstance(value, CellsAboveNotRun):   # its own two lines
                shown = list(value._render_traceback_())
            else:
                own = {k: v for k, v in shell.user_ns.items() if k not in shell.user_ns_hidden}   # not In, Out, exit
                shown = traceback() + said(name_error_note, value, own)
        elif isinstance(value, AttributeError):   # sol.expression: an attribute an engine object does not have
            note = said(attribute_error_note, value)
            shown = (_short_attribute_error(value, tb) if note and not _full_traceback() else traceback()) + note
        elif isinstance(value, TypeError):   # an engine function called without an argument it needs
            note = said(type_error_note, value)
            shown = (short_traceback(value) if note and not _full_traceback() else traceback()) + note
        elif isinstance(value, FileNotFoundError):   # pd.read_csv("LR.csv"): the workshop's data are in DATASETS
            note = said(file_not_found_note, value)
            shown = (_short_key_error(value, tb) if note and not _full_traceback() else traceback()) + note
        else:   # a KeyError: pandas' label lookup, explained when it was one
            note = said(key_error_note, value, tb)
            shown = (_short_key_error(value, tb) if note and not _full_traceback() else traceback()) + note
        shell._showtraceback(etype, value, shown)   # what IPython's showtraceback does with the lines it made
        return shown

    shell.set_custom_exc((QCAInputError, QCAComplexityError, KeyError, NameError, SyntaxError, TypeError,
                          AttributeError, FileNotFoundError), handler)
    watch_exercise_cells(shell)
    return True


#: The callbacks watch_exercise_cells registered, by shell: registered once, however often the imports cell runs.
_WATCHING: dict[int, tuple] = {}


def watch_exercise_cells(shell) -> None:
    """Have IPython say, after an exercise's cell ran (whether it failed or not), which names made by the cells above
    it the participant's code gave another value (`tt = truth_table(paperA.drop(...))` in exercise 5: step 4's tt,
    which steps 5 to 8 and exercise 3 read): `rebound_note`, in English and in Chinese. Exercise cells are told by
    their reminder (EXERCISE_MARK); the steps, which make these names, are not watched."""
    for event, callback in _WATCHING.pop(id(shell), ()):
        try:
            shell.events.unregister(event, callback)
        except ValueError:
            pass
    before: dict = {}

    def pre_run_cell(info) -> None:
        before.clear()
        found = EXERCISE_MARK.search(getattr(info, "raw_cell", "") or "")
        if found:
            names = [name for names in MADE_BY.values() for name in names if name in shell.user_ns]
            before.update({name: shell.user_ns[name] for name in names})   # the objects: `is` tells a new value

    def post_run_cell(result) -> None:
        if before:
            note = rebound_note(shell.user_ns, before)
            before.clear()
            if note:
                print(f"workshop: {note[0]}\n  工作坊：{note[1]}")

    callbacks = (("pre_run_cell", pre_run_cell), ("post_run_cell", post_run_cell), *_chinese_warnings_callbacks())
    for event, callback in callbacks:
        shell.events.register(event, callback)
    _WATCHING[id(shell)] = callbacks


def _chinese_warnings_callbacks() -> tuple:
    """The callbacks that have a cell's engine warnings (QCAWarning, as the engine formats them: one line) followed by
    a line in Chinese where engine_warning_zh knows the warning: warnings.formatwarning is wrapped while a cell runs
    and given back after it, so nothing outside the notebook's cells changes."""
    import warnings

    saved: list = []

    def with_chinese(format_warning):
        def formatted(message, category, filename, lineno, line=None):
            text = format_warning(message, category, filename, lineno, line)
            if isinstance(category, type) and issubclass(category, QCAWarning):
                try:
                    zh = engine_warning_zh(str(message))
                except Exception:   # a line that fails must not hide the warning
                    zh = None
                if zh:
                    text = text.rstrip("\n") + f"\n  中文：{zh}\n"
            return text
        formatted.workshop = True
        return formatted

    def pre_run_cell(info) -> None:
        if not getattr(warnings.formatwarning, "workshop", False):
            saved.append(warnings.formatwarning)
            warnings.formatwarning = with_chinese(warnings.formatwarning)

    def post_run_cell(result) -> None:
        if saved and getattr(warnings.formatwarning, "workshop", False):
            warnings.formatwarning = saved.pop()

    return (("pre_run_cell", pre_run_cell), ("post_run_cell", post_run_cell))


def _of_cells(names, made) -> Note:
    """`names` with the cells that made them, grouped by cell in their order (English, Chinese): 'tt of step 4',
    'cut_DEV and n_cut of the settings (the second code cell)' / '第 4 步中的 tt'."""
    cells: dict[Note, list[str]] = {}
    for name in names:
        cells.setdefault(made[name], []).append(name)
    return (", ".join(f"{' and '.join(group)} of {label[0]}" for label, group in cells.items()),
            "、".join(f"{label[1]}中的 {' 和 '.join(group)}" for label, group in cells.items()))


def rebound_note(namespace: Mapping, before: Mapping) -> Note | None:
    """What an exercise's cell did to the names the cells above made (`before`: their objects when it started), in
    English and in Chinese: those it gave another value and those it deleted (`del lr`), with the cell that made
    each, and what to do (a name of one's own, my_ and the name, as the exercises name theirs; a setting is changed
    in the settings cell; no `del`); None when it left them all as they were."""
    missing = object()
    changed = [name for name, value in before.items() if namespace.get(name, missing) is not value]
    if not changed:
        return None
    made = {name: label for label, names in MADE_BY.items() for name in names}
    deleted = [name for name in changed if name not in namespace]
    rebound = [name for name in changed if name in namespace]
    settings = [name for name in rebound if made[name] == SETTINGS_CELL]
    did, did_zh = [], []
    if rebound:
        said, said_zh = _of_cells(rebound, made)
        did.append(f"gave {said} another value")
        did_zh.append(f"给{said_zh} 赋了新值")
    if deleted:
        said, said_zh = _of_cells(deleted, made)
        did.append(f"deleted {said}")
        did_zh.append(f"删除了{said_zh}")
    it, it_zh = ("it", "它") if len(changed) == 1 else ("them", "它们")
    now = ("now read this cell's value, not what the workshop made" if not deleted else
           "cannot run without it" if not rebound else "now read this cell's value or cannot run")
    now_zh = ("现在读到的是本单元格的值，而不是工作坊生成的值" if not deleted else
              "没有它就无法运行" if not rebound else "现在读到的是本单元格的值，或者无法运行")
    todo, todo_zh = [], []
    if settings:
        todo.append(f"to try another {' or '.join(settings)}, change {it if len(settings) == len(changed) else 'it'} "
                    f"in {SETTINGS_CELL[0]} and use Run → Run All")
        todo_zh.append(f"要尝试 {' 或 '.join(settings)} 的其他取值，请在{SETTINGS_CELL[1]}中修改，再使用 Run → Run All")
    if len(settings) < len(rebound):
        mine = f"my_{next(n for n in rebound if n not in settings)}"
        todo.append(f"give your own results names of their own ({mine}, say)")
        todo_zh.append(f"请给你自己的结果另起名字（例如 {mine}）")
    if deleted:
        todo.append(f"take the del of {' and '.join(deleted)} out of this cell")
        todo_zh.append(f"请去掉本单元格中对 {' 和 '.join(deleted)} 的 del")
    again = ("select this cell, use Run → Run All Above Selected Cell to make "
             f"{it} again, and run this cell again")
    again_zh = f"然后选中本单元格，使用 Run → Run All Above Selected Cell 重新生成{it_zh}，再运行本单元格"
    if settings and len(settings) == len(rebound) and not deleted:
        again, again_zh = "", ""   # Run All makes everything again
    todo_said = "; ".join(todo) + (f"; then {again}" if again else "")
    return (f"this cell {' and '.join(did)}, and the cells that read {it} (below, and above when run again) {now}. "
            + todo_said[0].upper() + todo_said[1:],
            f"本单元格{'，并'.join(did_zh)}，读取{it_zh}的单元格（下方的，以及重新运行时上方的）{now_zh}。"
            + "；".join(todo_zh) + (f"；{again_zh}" if again_zh else ""))


def _while_compiling(tb) -> bool:
    """Whether traceback `tb` (of a SyntaxError) lies in IPython alone: the cell did not compile (IPython shows such
    an error without a traceback), rather than code the cell ran raising it."""
    import IPython

    package = Path(IPython.__file__).resolve().parent
    while tb is not None:
        if not in_package(tb.tb_frame.f_code.co_filename, package):
            return False
        tb = tb.tb_next
    return True


def _short_key_error(error: KeyError | FileNotFoundError, tb) -> list[str]:
    """A pandas KeyError as the engine's errors are shown in Jupyter: 'KeyError: ...' and the line of the cell that
    looked the label up, not pandas' internals (QCA_FULL_TRACEBACK=1 brings them back); so a file pandas did not
    find (pd.read_csv("LR.csv")): 'FileNotFoundError: ...' and the line of the cell that read it."""
    import pandas as pd

    return short_traceback(error, Path(pd.__file__).resolve().parent, tb)


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


#: Exercise 5's texts for "no parsimonious solution" (step 9's parsimonious_sets: no table, no positive row, no
#: negative row), each with what the Chinese line under it says.
NO_SOLUTION_ZH = {
    "none (no configuration holds paperA_n_cut cases)": "无（没有组态包含 paperA_n_cut 个案例）",
    "none (no sufficient configuration)": "无（没有充分组态）",
    "none (no negative row: nothing to minimise against)": "无（没有负组态，无可对照）",
}


def is_no_solution(solution) -> bool:
    """Whether exercise 5's `solution` (models as text or sets, or parsimonious_sets' 'none (...)') says there is
    none."""
    return isinstance(solution, str) and solution.startswith("none (")


def changes_solution(without, whole) -> bool:
    """Whether the parsimonious solution without a case (`without`) differs from the one with every case (`whole`),
    each as exercise 5 writes it (the same form for both). Two runs without a solution are no change, whatever says
    why (at paperA_n_cut = 2 the table has no positive row, the table without R12 no negative one: neither has a
    solution to change)."""
    return without != whole and not (is_no_solution(without) and is_no_solution(whole))


def solution_zh(solution) -> str | None:
    """The Chinese of a 'none (...)' text of exercise 5 (NO_SOLUTION_ZH), else None (a solution's models read the
    same in both languages)."""
    return NO_SOLUTION_ZH.get(solution) if isinstance(solution, str) else None


def model_lines(solution) -> list[str]:
    """A solution as exercise 5 prints it, one model a line: minimize's result (its models' expressions), its models'
    expressions joined by ' | ' or listed, or a 'none (...)' text as it is."""
    if hasattr(solution, "models"):
        return [m.expression for m in solution.models]
    if isinstance(solution, (list, tuple)) and all(isinstance(m, str) for m in solution):
        return [m.strip() for m in solution]
    text = str(solution)
    return [text] if is_no_solution(text) else [m.strip() for m in text.split("|")]


def in_order_of(values, index):
    """Exercise 1's `values` in the order of `index` (lr's countries) when they are a Series of the same countries in
    another order (lr["DEV"].sort_values(), calibrated to see the values in order): read country by country; anything
    else as it is (compared position by position)."""
    import pandas as pd

    if (isinstance(values, pd.Series) and values.index.is_unique and not values.index.equals(index)
            and sorted(map(str, values.index)) == sorted(map(str, index))):
        return values.reindex(index)
    return values


def _setting_value(value) -> str:
    """A setting's value as a message writes it: a number as %g (1.0 as 1), anything else as Python writes it."""
    return f"{value:g}" if isinstance(value, (int, float)) and not isinstance(value, bool) else repr(value)


def settings_changed(step: int, changed: Mapping[str, tuple], table: bool | None = True,
                     reader: int | None = None) -> str | None:
    """An exercise's '✗ check' (English, then Chinese on a line of its own) when a setting changed since step `step`
    built the truth table the exercise's check compares with (the settings cell run again alone): its table no longer
    follows the settings, which the participant's code reads, so a right answer would be told wrong or a wrong one
    right. `changed`: each setting the table was built with, as (its value now, the table's value); None when none
    differs. table=False: the step ran at those settings and built no table (every row a remainder); table=None: the
    step ran at those settings, some of which its table does not depend on (step 6's dir_exp: its intermediate
    solution). reader: the number of a later step that reads the step's results (step 5: step 4's table; step 7: step
    6's solutions; step 10: step 9's solution): a note that it shows nothing."""
    changed = {name: values for name, values in changed.items() if values[0] != values[1]}
    if not changed:
        return None
    now = ", ".join(f"{name} = {_setting_value(values[0])}" for name, values in changed.items())
    then = ", ".join(f"{name} = {_setting_value(values[1])}" for name, values in changed.items())
    built, built_zh = ((f"step {step} ran at {then}", f"第 {step} 步是在 {then} 下运行的") if table is None else
                       (f"step {step}'s truth table was built at {then}", f"第 {step} 步的真值表是在 {then} 下构建的")
                       if table else (f"step {step} ran at {then} and built no truth table",
                                      f"第 {step} 步是在 {then} 下运行的，没有构建真值表"))
    again, again_zh = (("runs again", "会重新运行") if table is None else ("builds its table again", "会重新构建真值表"))
    head, head_zh = ("✗ check", "检查未通过") if reader is None else ("note", "注意")
    reads, reads_zh = ((f"this exercise's check compares with {'that' if table else 'its'} table",
                        f"本练习的检查要与{'该表' if table else '该步的真值表'}比较") if reader is None else
                       (f"step {reader} reads its results, so it shows nothing until step {step} runs again",
                        f"第 {reader} 步读取的是该步的结果，因此在第 {step} 步重新运行之前这里不显示任何内容"))
    return (f"{head}: {built}, and the settings now say {now}: a setting changed since step {step} ran, and {reads}. "
            f"Select this cell, use Run → Run All Above Selected Cell (step {step} {again}), then run this cell again\n"
            f"  {head_zh}：{built_zh}，而设置现在为 {now}：第 {step} 步运行后设置改变了，而{reads_zh}。请选中本单元格，使用 "
            f"Run → Run All Above Selected Cell（第 {step} 步{again_zh}），然后再运行本单元格")


def step9_changed(built: Mapping, paperA_incl_cut, paperA_n_cut, paperA_outcome, table: bool = True,
                  reader: int | None = None) -> str | None:
    """settings_changed for step 9 (exercise 5 and step 10): `built` holds the settings step 9 ran at (step9_settings:
    paperA_incl_cut, paperA_n_cut and the outcome it analysed); the others are the settings now, paperA_outcome None
    standing for the last of Paper A's sets, as step 9 reads it."""
    from analysis.paper_a.cases import SET_NAMES

    now = {"paperA_incl_cut": paperA_incl_cut, "paperA_n_cut": paperA_n_cut,
           "paperA_outcome": paperA_outcome or SET_NAMES[-1]}
    return settings_changed(9, {name: (value, built[name]) for name, value in now.items()}, table=table, reader=reader)


def changes_keys_problem(changes, cases) -> str | None:
    """Exercise 5's '✗ check' (English, then Chinese on a line of its own) when `changes` is no dict, or has keys that
    are no case of Paper A's table (`cases`): which keys, and the case each is probably meant to be ('r01', 'R1',
    the full-width 'Ｒ01': 'R01'); None when every key is a case."""
    import unicodedata

    cases = [str(c) for c in cases]
    listed = ", ".join(cases)
    if not isinstance(changes, dict):
        return (f"✗ check: changes is a {type(changes).__name__}, not a dict: exercise 5 asks for {{case: the "
                f"parsimonious solution without that case}}, for the cases whose removal changes it (Paper A's cases: "
                f"{listed})\n"
                f"  检查未通过：changes 是 {type(changes).__name__}，不是 dict：练习 5 要求 {{案例: 删除该案例后的简约解}}，"
                f"只列出删除后会改变简约解的案例（论文 A 的案例：{listed}）")
    wrong = [key for key in changes if key not in set(cases)]
    if not wrong:
        return None
    meant = []
    for key in wrong:
        text = unicodedata.normalize("NFKC", str(key)).strip()
        near = [c for c in cases if c.casefold() == text.casefold()] or near_columns(text, cases)
        typed = re.fullmatch(r"([A-Za-z]+)(\d+)", text)
        if not near and typed:   # 'R1' for 'R01': the same letters and number
            near = [c for c in cases if (m := re.fullmatch(r"([A-Za-z]+)(\d+)", c)) and m.group(1).casefold()
                    == typed.group(1).casefold() and int(m.group(2)) == int(typed.group(2))]
        meant.append((key, f"; {did_you_mean(near[:1])}" if near and len(meant) < 3 else ""))
    keys = ", ".join(map(repr, wrong))
    said = f"the key {keys}, which is" if len(wrong) == 1 else f"the keys {keys}, which are"
    hint = hints_by_name(meant)   # the engine's one form ("; 'R1': did you mean 'R01'?"), said in Chinese as the
    hint_zh = f"；{_hints_zh(hint)}" if hint else ""   # engine's messages are
    return (f"✗ check: changes has {said} no case of Paper A's table{hint} (its cases: {listed})\n"
            f"  检查未通过：changes 的键 {keys} 不是论文 A 表中的案例{hint_zh}（表中的案例：{listed}）")


def is_solution_printout(value) -> bool:
    """Whether `value` is a solution's printout (str(solution), print's text: 'M1: ... -> Y', a model a line, and the
    fit of its terms) rather than its models' expressions: it lists at most 20 models, so it cannot be read back as
    the solution."""
    return isinstance(value, str) and re.match(r"M1: .+ <?-> \S+$", value.split("\n", 1)[0]) is not None


def expectations_text(dir_exp, conditions) -> str | None:
    """Directional expectations as exercise 3 names them, one entry per condition in order ('0,0,0,0,0'; '-' for no
    expectation), however the participant wrote them for minimize: '0, 0, 0, 0, 0', R QCA 3's literals
    '~DEV, ~URB, ~LIT, ~IND, ~STB' or 'DEV=0, URB=0, ...' all read '0,0,0,0,0'. None when minimize cannot read
    them (parse_dir_exp refuses them), or for anything but text (a key of exercise 3's dict)."""
    from analysis.qca import parse_dir_exp

    if not isinstance(dir_exp, str):
        return None
    try:
        read = parse_dir_exp(dir_exp, list(conditions), [2] * len(conditions))
    except QCAInputError:
        return None
    return ",".join("-" if values is None else ";".join(map(str, sorted(values))) for values in read.values())


def _missing_labels(error: KeyError) -> list:
    """The labels a pandas KeyError says it did not find: the key itself ('dev' from df['dev']), or those its message
    lists ("['R01'] not found in axis" from df.drop(columns='R01'), "['dev'] not in index" from df[['DEV', 'dev']])."""
    if not error.args:
        return []
    key = error.args[0]
    if isinstance(key, str):
        listed = re.fullmatch(r"(?:None of )?\[?(?:Index\()?(\[.*?\])(?:, dtype=.*?\))?\]? (?:not found in axis|not "
                              r"in index|are in the \[\w+\])", key, re.S)
        if listed:
            try:
                return list(ast.literal_eval(listed.group(1)))
            except (ValueError, SyntaxError):
                return []
    return [key]


def _pandas_object(tb):
    """The table (or column) whose label lookup raised, as the cell named it, and whether the lookup was of columns
    alone (df['dev'], df[['DEV', 'dev']]): the `self` of the first pandas method in traceback `tb`, or the object of
    its indexer (df.loc[...]: a row or a column); (None, False) when no pandas method raised (a dict's KeyError)."""
    import pandas as pd

    caller = None
    while tb is not None:
        frame = tb.tb_frame
        owner = frame.f_locals.get("self")
        indexer = type(owner).__name__.endswith("Indexer")
        owner = getattr(owner, "obj", owner) if indexer else owner
        if isinstance(owner, (pd.DataFrame, pd.Series)):
            if caller is None or "site-packages" in Path(caller).parts or in_package(caller, _ANALYSIS):
                return None, False   # a table of the engine or of a library, not one the cell named
            return owner, isinstance(owner, pd.DataFrame) and not indexer and frame.f_code.co_name == "__getitem__"
        caller = frame.f_code.co_filename
        tb = tb.tb_next
    return None, False


def _shown(labels, limit: int = 20) -> str:
    labels = [str(label) for label in labels]
    return ", ".join(labels[:limit]) + (f", ... ({len(labels)} in all)" if len(labels) > limit else "")


def key_error_note(error: KeyError, tb) -> Note | None:
    """What a participant's KeyError in a workshop notebook means, in English and in Chinese, when pandas raised it
    looking up a label of a table: a misspelt column ('dev': did you mean 'DEV'? names are case-sensitive), a case
    (a row) taken for a column (paperA.drop(columns=case)), a column taken for a case (for case in paperA.columns),
    or a column asked for by its number (lr[0], as R counts columns); with the table's columns (or cases). None for
    any other KeyError (IPython shows it as ever)."""
    import pandas as pd

    table, columns_only = _pandas_object(tb)
    labels = _missing_labels(error)
    if table is None or not labels:
        return None
    columns = [str(c) for c in table.columns] if isinstance(table, pd.DataFrame) else []
    rows = [str(r) for r in table.index]
    notes, notes_zh = [], []
    for label in labels[:3]:
        text = str(label)
        if columns and text in rows:
            notes.append(f"{label!r} is a case (a row) of this table, not a column: drop it with .drop(index={label!r}), "
                         f"take it with .loc[{label!r}]")
            notes_zh.append(f"{label!r} 是这张表的案例（一行），不是列：删除用 .drop(index={label!r})，选取用 .loc[{label!r}]")
            continue
        if text in columns:
            notes.append(f"{label!r} is a column of this table, not a case (a row): its cases are its index "
                         f"({_shown(rows)}); to go through them, write: for case in <table>.index")
            notes_zh.append(f"{label!r} 是这张表的列，不是案例（一行）：案例是它的索引（{_shown(rows)}）；"
                            "逐一处理案例请写：for case in <表>.index")
            continue
        near = [(repr(n), repr(n)) for n in near_columns(text, columns)] if isinstance(label, str) else []
        if not near and isinstance(label, str) and not columns_only:
            near = [(f"the case {n!r}", f"案例 {n!r}") for n in near_columns(text, rows)]
        same = bool(near) and near[0][0].split()[-1].strip("'").casefold() == text.strip().casefold()
        coded = meaning_said(text, [n.strip("'") for n, _ in near[:1]]) if isinstance(label, str) else ("", "")
        hint = (f"; did you mean {' or '.join(n for n, _ in near)}?" + (" (names are case-sensitive)" if same else "")
                + coded[0] if near else "")
        hint_zh = (f"；是否想写 {' 或 '.join(n for _, n in near)}？" + ("（名称区分大小写）" if same else "")
                   + coded[1] if near else "")
        if isinstance(label, (int, float)) and not isinstance(label, bool) and columns:
            hint += f"; a column is taken by its name, e.g. [{columns[0]!r}], not by its number as in R"
            hint_zh += f"；列按名称选取，例如 [{columns[0]!r}]，而不是像 R 那样按序号"
        elif (isinstance(label, int) and not isinstance(label, bool) and not columns and rows
              and 0 <= label < len(rows)):   # a column's value taken by its number: x[0], as R's x[1]
            hint += (f"; a case is taken by its name, e.g. [{rows[0]!r}], or by its position from 0 with "
                     f".iloc[{label}] ({rows[label]!r}; R counts from 1)")
            hint_zh += (f"；案例按名称选取，例如 [{rows[0]!r}]，或用 .iloc[{label}] 按从 0 开始的位置选取（即 "
                        f"{rows[label]!r}；R 从 1 开始计数）")
        if not columns:   # a column (Series): its labels are the cases
            notes.append(f"{label!r} is not a case of this column{hint} (its cases: {_shown(rows)})")
            notes_zh.append(f"{label!r} 不是这一列中的案例{hint_zh}（其案例：{_shown(rows)}）")
        elif columns_only:
            notes.append(f"{label!r} is not a column of this table{hint} (its columns: {_shown(columns)})")
            notes_zh.append(f"{label!r} 不是这张表的列{hint_zh}（它的列：{_shown(columns)}）")
        else:
            notes.append(f"{label!r} is neither a column nor a case (a row) of this table{hint} (its columns: "
                         f"{_shown(columns)}; its cases: {_shown(rows)})")
            notes_zh.append(f"{label!r} 既不是这张表的列，也不是它的案例（行）{hint_zh}（它的列：{_shown(columns)}；"
                            f"它的案例：{_shown(rows)}）")
    return "; ".join(notes), "；".join(notes_zh)


def file_not_found_note(error: FileNotFoundError) -> Note | None:
    """What a file a workshop cell did not find means, in English and in Chinese (pd.read_csv("LR.csv") showed only
    Python's traceback through pandas): a path without its folder is read from the notebook's folder, the current
    one; a file of the workshop's data (DATASETS, then DATA_DERIVED; its name in any case) is the path to write, as
    step 1 writes it (DATASETS / "LR.csv"); for any other file, where the workshop's data are and how to give a file
    of one's own. None when the error names no file."""
    from analysis.paths import DATA_DERIVED, DATASETS, ROOT

    filename = getattr(error, "filename", None)
    if not isinstance(filename, (str, Path)) or not str(filename).strip():
        return None
    name = Path(filename).name.casefold()
    here = Path.cwd()
    here = f"{here.relative_to(ROOT).as_posix()}/" if here.is_relative_to(ROOT) and here != ROOT else f"{here}"
    found = [f'DATASETS / "{p.name}"' for p in sorted(DATASETS.glob("*")) if p.name.casefold() == name]
    found = found or [f'DATA_DERIVED / "{p.relative_to(DATA_DERIVED).as_posix()}"'
                      for p in sorted(DATA_DERIVED.rglob("*")) if p.is_file() and p.name.casefold() == name]
    head = (f"{str(filename)!r} is not found: a path is read from the notebook's folder ({here}) unless it starts "
            "at a drive or /")
    head_zh = f"找不到 {str(filename)!r}：路径从笔记本所在的文件夹（{here}）算起，除非它从盘符或 / 开始"
    if found:
        return (f"{head}; the workshop's file is {found[0]} (DATASETS and DATA_DERIVED are imported in the fourth "
                f"code cell): write that as the path, as step 1 does: {LIPSET_FILE}",
                f"{head_zh}；工作坊的这个文件是 {found[0]}（DATASETS 和 DATA_DERIVED 在第四个代码单元格中导入）："
                f"请把它写作路径，如第 1 步：{LIPSET_FILE}")
    return (f"{head}; the workshop's data are in DATASETS (data/reference/datasets/) and DATA_DERIVED (data/derived/), "
            f"read as step 1 does: {LIPSET_FILE}; a file of your own: give its whole path, or put it in {here}",
            f"{head_zh}；工作坊的数据在 DATASETS（data/reference/datasets/）和 DATA_DERIVED（data/derived/）中，读法如第 "
            f"1 步：{LIPSET_FILE}；你自己的文件：请写出完整路径，或把它放到 {here} 中")


#: How step 1 reads Lipset's raw data: the path a file of the workshop's data is written as.
LIPSET_FILE = 'pd.read_csv(DATASETS / "LR.csv", index_col="case")'


#: Names a participant used to R writes where Python has another (English, Chinese).
R_NAMES: dict[str, Note] = {
    "c": ("c(...) is R's; in Python a list is written in brackets, ['DEV', 'URB'] or [0, 0, 0, 0, 0] (the engine also "
          "reads a text: 'DEV, URB', '0,0,0,0,0')",
          "c(...) 是 R 的写法；Python 的列表用方括号：['DEV', 'URB'] 或 [0, 0, 0, 0, 0]（引擎也接受文本：'DEV, URB'、"
          "'0,0,0,0,0'）"),
    "TRUE": ("TRUE is R's; Python writes True", "TRUE 是 R 的写法；Python 写作 True"),
    "FALSE": ("FALSE is R's; Python writes False", "FALSE 是 R 的写法；Python 写作 False"),
    "T": ("T is R's TRUE; Python writes True", "T 是 R 的 TRUE；Python 写作 True"),
    "F": ("F is R's FALSE; Python writes False", "F 是 R 的 FALSE；Python 写作 False"),
    "NULL": ("NULL is R's; Python writes None", "NULL 是 R 的写法；Python 写作 None"),
    "NA": ("NA is R's; Python writes None (a missing number: float('nan'))",
           "NA 是 R 的写法；Python 写作 None（缺失的数值：float('nan')）"),
    "library": ("library() is R's; Python imports (the fourth code cell imports what the workshop needs)",
                "library() 是 R 的写法；Python 用 import（第四个代码单元格已导入工作坊所需的一切）"),
    "require": ("require() is R's; Python imports (the fourth code cell imports what the workshop needs)",
                "require() 是 R 的写法；Python 用 import（第四个代码单元格已导入工作坊所需的一切）"),
    "length": ("length() is R's; Python writes len(...)", "length() 是 R 的写法；Python 写作 len(...)"),
    "nrow": ("nrow() is R's; the number of rows (cases) of a table is len(table)",
             "nrow() 是 R 的写法；表的行（案例）数为 len(表)"),
    "ncol": ("ncol() is R's; the number of columns of a table is len(table.columns)",
             "ncol() 是 R 的写法；表的列数为 len(表.columns)"),
    "colnames": ("colnames() is R's; a table's columns are table.columns", "colnames() 是 R 的写法；表的列为 表.columns"),
    "rownames": ("rownames() is R's; a table's cases (rows) are table.index",
                 "rownames() 是 R 的写法；表的案例（行）为 表.index"),
    "paste": ("paste() is R's; Python joins texts with ', '.join([...]) or an f-string",
              "paste() 是 R 的写法；Python 用 ', '.join([...]) 或 f 字符串连接文本"),
    "paste0": ("paste0() is R's; Python joins texts with ''.join([...]) or an f-string",
               "paste0() 是 R 的写法；Python 用 ''.join([...]) 或 f 字符串连接文本"),
}


def name_error_note(error: NameError, namespace: Mapping) -> Note | None:
    """What a NameError in a workshop cell means, in English and in Chinese: R's way of writing something Python writes
    otherwise (c(...), TRUE, NULL: R_NAMES), a name one of the cells above makes that this kernel has not run (a cell
    the participant added, run after a restart of the kernel: which cell, and Run All Above), a column of a table
    typed without quotes (necessity(crisp, ~SURV, ...): '~SURV' is text; in the settings cell, before any table is
    read, a column of the workshop's data given to a name of no setting: data_column_note), a setting typed with a
    letter for a digit
    (cut_DEV = O: letter_for_digit_note, as for 7OO), a function of the engine not imported or named as R QCA names it
    (pof, superSubset: engine_function_note), or a misspelt name of the notebook ('CONDITION': did you mean
    'CONDITIONS'?); None when there is nothing to add."""
    name = getattr(error, "name", None)
    if not isinstance(name, str):
        found = re.search(r"name '([^']+)' is not defined", str(error))
        name = found.group(1) if found else None
    if not name:
        return None
    if name in R_NAMES:
        return R_NAMES[name]
    line = _cell_line(error.__traceback__)   # cut_DEV = O: the letter O for 0, read as a name
    setting = re.fullmatch(rf"([A-Za-z_]\w*)\s*=\s*({re.escape(name)})\s*(?:#.*)?", line[1]) if line else None
    if setting and (note := letter_for_digit_note(*setting.groups())):
        return note
    compared = re.fullmatch(rf"{re.escape(name)}\s*==\s*([^#]*?)\s*(?:#.*)?", line[1]) if line else None
    if compared and name in MADE_BY[SETTINGS_CELL]:   # what_if_cut_DEV == 700 in the settings: a comparison
        value = compared.group(1)
        return (f"{name} == {value}: '==' compares two values; a setting is given its value with one '=': write "
                f"{name} = {value}",
                f"{name} == {value}：'==' 用于比较两个值；给设置赋值只用一个 '='：请写成 {name} = {value}")
    if setting and (note := unquoted_setting_note(*setting.groups())):   # lang = zh, paperA_outcome = EFF
        return note
    made = [(label, en) for label, names in MADE_BY.items() for en in names if en == name]
    if made:
        (cell, cell_zh), _ = made[0]
        return (f"{name} is made by {cell}, and this kernel has not run it yet (a restart of the kernel clears "
                "everything): select this cell, use Run → Run All Above Selected Cell, then run this cell again",
                f"{name} 由{cell_zh}生成，而当前内核还没有运行它（重启内核会清空一切）：请选中本单元格，使用 "
                "Run → Run All Above Selected Cell，然后再运行本单元格")
    if note := engine_function_note(name, namespace):   # pof, superSubset: a function of the engine not imported
        return note
    tables = {label: value for label, value in namespace.items()   # a column's name typed without quotes: SURV
              if isinstance(label, str) and not label.startswith("_") and type(value).__name__ == "DataFrame"}
    holding = [label for label, table in tables.items() if name in map(str, table.columns)]
    if holding:
        shown = ", ".join(holding[:3]) + (", ..." if len(holding) > 3 else "")
        return (f"{name} is a column of the data ({shown}), not a Python name: write it as text, in quotes: "
                f"\"{name}\" (its negation \"~{name}\"; a list of them [\"{name}\", ...])",
                f"{name} 是数据（{shown}）中的列名，不是 Python 的变量名：请把它写成加引号的文本：\"{name}\"（否定写作 "
                f"\"~{name}\"；多个列名写成列表 [\"{name}\", ...]）")
    if setting and not tables and (note := data_column_note(*setting.groups())):   # the settings: outcome = SURV
        return note
    meant = meaning_of(name)   # lr[识字率]: the column's meaning in Chinese, for its code
    if meant:
        (code, (data, data_zh)) = meant
        return (f"{name} is what {data} column {code} measures, not a Python name: a column is named by its code, "
                f"written as text, in quotes: \"{code}\"",
                f"{name} 是{' ' * data_zh[0].isascii()}{data_zh}列 {code} 的含义，不是 Python 的变量名：列以代码命名，写成加引号的文本：\"{code}\"")
    known = [n for n in namespace if isinstance(n, str) and not n.startswith("_")]
    near = near_columns(name, known)
    if not near:
        return None
    same = near[0].casefold() == name.casefold()
    return (f"did you mean {' or '.join(near)}?" + (" (names are case-sensitive)" if same else ""),
            f"是否想写 {' 或 '.join(near)}？" + ("（名称区分大小写）" if same else ""))


def engine_function_note(name: str, namespace: Mapping) -> Note | None:
    """`name`, not defined, as a function of the engine (analysis.qca), in English and in Chinese: one the workshop's
    imports do not import (pof, super_subset: the import to write), or R QCA's name of one (superSubset, truthTable,
    findRows: the engine's name, and its import when the notebook has not imported it); None for any other name."""
    from analysis import qca

    meant = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower() if name[:1].islower() else name
    if meant not in qca.__all__ or isinstance(getattr(qca, meant), type):   # a class (QCAWarning) is imported as such
        return None
    imported = meant in namespace
    how = ("" if imported else f": from analysis.qca import {meant}",
           "" if imported else f"：from analysis.qca import {meant}")
    if meant == name:
        return (f"{name} is a function of the engine (analysis.qca) that the workshop's imports do not import; "
                f"import it first{how[0]}",
                f"{name} 是引擎（analysis.qca）的函数，工作坊的导入中没有它；请先导入{how[1]}")
    said = (" (imported above)", "（上方已导入）") if imported else how
    return (f"{name} is R QCA's name; the engine's function is {meant}{said[0]}",
            f"{name} 是 R QCA 中的函数名；本引擎的函数是 {meant}{said[1]}")


#: The settings cell's settings whose values are text, and the values each takes (None: a column's name, which the
#: settings check checks): typed without quotes, such a value is a Python name, and Python says it is not defined.
TEXT_SETTINGS: dict[str, tuple[str, ...] | None] = {"lang": ("en", "zh", "auto"), "paperA_outcome": None}


def unquoted_setting_note(name: str, value: str) -> Note | None:
    """A text setting `name` = `value` typed without the quotes of a text (lang = zh, paperA_outcome = EFF), in English
    and in Chinese: the setting with its quotes (lang = 中文: the value meant, as setting_hint says it); None for any
    other setting, or a value the setting does not take."""
    if name not in TEXT_SETTINGS:
        return None
    values = TEXT_SETTINGS[name]
    meant = value if values is None or value in values else LANG_MEANT.get(value.casefold()) if name == "lang" else None
    if meant is None:
        return None
    return (f"{name} = {value}: a setting's text is written in quotes: {name} = \"{meant}\"",
            f"{name} = {value}：文本设置须加引号：{name} = \"{meant}\"")


#: The columns of Lipset's data the workshop reads (its conditions, then its outcome), as its steps name them.
LIPSET_COLUMNS = ("DEV", "URB", "LIT", "IND", "STB", "SURV")


def data_column_note(name: str, value: str) -> Note | None:
    """`name` = `value` typed in the settings cell, `name` no setting of the workshop and `value` a column of its data
    without the quotes of a text (outcome = SURV: Python's NameError said only "name 'SURV' is not defined", the
    tables not read yet), in English and in Chinese: the column is text, and the workshop has no such setting (Lipset's
    outcome is SURV in every step; step 9's is the setting paperA_outcome). None for a setting (unquoted_setting_note
    says the text settings' values) or a value that is no column of the workshop's data."""
    from analysis.paper_a.cases import SET_NAMES

    data = ("Lipset's data", "Lipset 数据") if value in LIPSET_COLUMNS else (
        ("Paper A's table", "论文 A 的表") if value in SET_NAMES else None)
    if data is None or name in MADE_BY[SETTINGS_CELL]:
        return None
    return (f"{name} = {value}: {value} is a column of {data[0]}, not a Python name (as text it is written in quotes, "
            f"\"{value}\"), and {name} is no setting of the workshop: Lipset's outcome is {LIPSET_COLUMNS[-1]} in "
            "every step, Paper A's is the setting paperA_outcome (e.g. paperA_outcome = \"EFF\"); delete this line",
            f"{name} = {value}：{value} 是{' ' * data[1][0].isascii()}{data[1]}中的列名，不是 Python 的变量名（作为文本须加引号：\"{value}\"），"
            f"而 {name} 不是工作坊的设置：Lipset 数据的结果在每一步都是 {LIPSET_COLUMNS[-1]}，论文 A 的结果由设置 "
            "paperA_outcome 指定（例如 paperA_outcome = \"EFF\"）；请删除这一行")


def letter_for_digit_note(name: str, value: str) -> Note | None:
    """A setting `name` = `value` typed with a letter for a digit (7OO or O: O for 0, l or I for 1), in English and in
    Chinese: the number to write; None when `value` read so is no number. Python says 'invalid decimal literal' for
    7OO and "name 'O' is not defined" for O (syntax_error_note, name_error_note)."""
    meant = value.translate(str.maketrans("OoIl", "0011"))
    if meant == value or not re.fullmatch(r"\d+(?:\.\d+)?", meant):
        return None
    return (f"{name} = {value}: a letter (O for 0, l or I for 1) is typed where a digit is meant; write "
            f"{name} = {meant}",
            f"{name} = {value}：把字母（O 当作 0，l 或 I 当作 1）输成了数字；请写 {name} = {meant}")


#: The settings whose values are percentages (Lipset's URB, LIT and IND are in %): cut_LIT = 75 % is 75, not 0.75.
PERCENT_SETTINGS = ("cut_URB", "cut_LIT", "cut_IND")

#: Characters a Chinese input method types where Python's code needs ASCII, beyond what NFKC maps ('，' to ',').
WIDE_CODE = {"“": '"', "”": '"', "‘": "'", "’": "'", "、": ",", "。": ".", "【": "[", "】": "]", "《": "<", "》": ">",
             "—": "-", "…": "..."}


def setting_as_written(line: str) -> tuple[str, str] | None:
    """A line of the settings cell that does not compile, NAME = VALUE (a comment after it) with NAME a workshop
    setting, as it is to be written: (NAME, VALUE) with a full-width character as its ASCII one (a Chinese input
    method: '５５０', '0。8', '“zh”'), a text setting's value in quotes (lang, paperA_outcome, dir_exp; a quote left
    out added: lang = "zh), lang's value as setting_hint reads it ('中文': 'zh'); None for any other line, or when the
    value so written is no Python value of the setting's kind (a number, a text)."""
    import unicodedata

    found = re.fullmatch(r"\s*([A-Za-z_]\w*)\s*=\s*([^#＃]*?)\s*(?:[#＃].*)?", line.rstrip("\r\n"))
    if not found or found.group(1) not in MADE_BY[SETTINGS_CELL]:
        return None
    name = found.group(1)
    value = "".join(WIDE_CODE.get(ch, ch) for ch in unicodedata.normalize("NFKC", found.group(2))).strip()
    inner = value.rstrip(",;").strip().strip("\"'").strip()   # lang = "zh"， (a full-width comma after it)
    if name in TEXT_SETTINGS or name == "dir_exp":
        if name == "paperA_outcome" and inner == "None":
            return name, "None"
        inner = LANG_MEANT.get(inner.casefold(), inner) if name == "lang" else inner
        return (name, f'"{inner}"') if inner and '"' not in inner else None
    try:
        number = ast.literal_eval(inner)
    except (ValueError, SyntaxError):
        return None
    return (name, inner) if isinstance(number, (int, float)) and not isinstance(number, bool) else None


def syntax_error_note(error: SyntaxError) -> Note | None:
    """What a SyntaxError in a workshop cell means, in English and in Chinese, where Python's message does not say it:
    a full-width character typed with a Chinese input method outside a text ('，', '（', '“': the ASCII one to type),
    a percentage (incl_cut=90%: incl_cut=0.9), include=? without the quotes of a text (include="?"),
    R's `$` for a column (lr$DEV: lr["DEV"]), an argument named as R names it (dir.exp=: dir_exp=; Python's own
    message asks whether '==' was meant), a decimal comma in an argument's value (ron_cut=0,5: Python reads 0, then
    5 as a positional argument after a keyword one), a letter for a digit in a number (what_if_cut_DEV = 7OO: 700), a
    blank inside a setting's number (cut_DEV = 5 50: 550) or a setting left without its value (cut_SURV = -). None for
    any other SyntaxError."""
    import unicodedata

    message, text = str(getattr(error, "msg", "") or ""), str(getattr(error, "text", "") or "")
    wide = re.match(r"invalid character '(.)'", message)
    quote = next((ch for ch in "“”‘’" if ch in text), None) if message.startswith("unterminated string") else None
    if wide or quote:
        char = wide.group(1) if wide else quote
        meant = WIDE_CODE.get(char) or unicodedata.normalize("NFKC", char)
        if meant != char and meant.isascii():
            written = setting_as_written(text)   # a line of the settings: the whole setting as it is to be written
            again, again_zh = ((f"write {written[0]} = {written[1]}", f"写成 {written[0]} = {written[1]}") if written
                               else ("type it again", "重新输入"))
            return (f"{char!r} is a full-width character (typed with a Chinese input method, 全角): Python's code needs "
                    f"the ASCII {meant!r} (半角); switch the input method to English and {again}",
                    f"{char!r} 是中文输入法输入的全角字符：Python 代码需要 ASCII 的 {meant!r}（半角）；"
                    f"请切换到英文输入法后{again_zh}")
    unclosed = setting_as_written(text) if message.startswith("unterminated string") else None
    if unclosed:   # lang = "zh, lang = zh": a text setting's quote left out
        name, written = unclosed
        given = re.sub(r"\s*[#＃].*", "", text.split("=", 1)[1]).strip()
        return (f"{name} = {given}: a text begins and ends with a quote, and this one has only one; write "
                f"{name} = {written}",
                f"{name} = {given}：文本的前后都要有引号，这里只有一个；请写成 {name} = {written}")
    comma = re.search(r"\b([A-Za-z_]\w*)\s*=\s*(\d+),(\d+)\b", text)   # ron_cut=0,5: 0 then a positional 5
    if comma and message.startswith("positional argument follows keyword argument"):
        name, whole, part = comma.groups()
        return (f"{name}={whole},{part}: a decimal comma? Python writes decimals with a point, {name}={whole}.{part} (a "
                "comma separates the arguments)",
                f"{name}={whole},{part}：是小数逗号吗？Python 的小数用小数点，写作 {name}={whole}.{part}（逗号用来分隔参数）")
    letter = re.search(r"\b([A-Za-z_]\w*)\s*=\s*(\d[\d.]*[OoIl][\dOoIl.]*)(?![\w.])", text)   # 7OO: a letter O
    if letter and message.startswith("invalid decimal literal") and (note := letter_for_digit_note(*letter.groups())):
        return note
    blank = re.fullmatch(r"\s*([A-Za-z_]\w*)\s*=\s*([+-]?[\d.]+(?:[ \t]+[\d.]+)+)\s*(?:#.*)?", text.rstrip("\r\n"))
    number = re.sub(r"\s+", "", blank.group(2)) if blank else ""   # cut_DEV = 5 50: a blank inside the number
    if (blank and blank.group(1) in MADE_BY[SETTINGS_CELL] and message.startswith("invalid syntax")
            and re.fullmatch(r"[+-]?(?:\d+\.?\d*|\.\d+)", number)):
        name, given = blank.groups()
        return (f"{name} = {given}: a number has no blank inside it; write {name} = {number} (two values typed? keep "
                "the one meant)",
                f"{name} = {given}：数字中间不能有空格；请写成 {name} = {number}（若输入了两个值，只保留要用的那个）")
    unit = re.fullmatch(r"\s*([A-Za-z_]\w*)\s*=\s*([+-]?\d+(?:\.\d+)?)\s*([^\d\s#.,+*/-][^#]*?)\s*(?:#.*)?",
                        text.rstrip("\r\n"))   # cut_DEV = 550 USD, cut_LIT = 75 %: a unit after the number
    if (unit and unit.group(1) in MADE_BY[SETTINGS_CELL] and message.startswith(("invalid syntax", "invalid decimal"))
            and (unit.group(3) != "%" or unit.group(1) in PERCENT_SETTINGS)):   # incl_cut_fuzzy = 80%: a share
        name, number, given = unit.group(1), unit.group(2), text[unit.start(2):unit.end(3)]
        return (f"{name} = {given}: a setting's value is the number alone; write {name} = {number} (words after it "
                "go in a comment, after #)",
                f"{name} = {given}：设置的值只能是数字本身；请写成 {name} = {number}（说明文字写在 # 之后，作为注释）")
    percent = re.search(r"\b([A-Za-z_]\w*)\s*=\s*(\d+(?:\.\d+)?)\s*%", text)   # incl_cut=90%: no Python number
    if percent:
        name, number = percent.groups()
        meant = f"{float(number) / 100:g}"
        return (f"{name}={number}%: Python has no percent sign for numbers; write the share, {name}={meant}",
                f"{name}={number}%：Python 的数字没有百分号写法；请写成比例，{name}={meant}")
    bare = re.search(r"\b([A-Za-z_]\w*)\s*=\s*\?\s*[,)]", text)   # include=?: a text without its quotes
    if bare and message.startswith("invalid syntax"):
        name = bare.group(1)
        return (f"{name}=?: '?' is text, written in quotes: {name}=\"?\"",
                f"{name}=?：'?' 是文本，要加引号：{name}=\"?\"")
    dollar = re.search(r"\b([A-Za-z_]\w*)\$([A-Za-z_]\w*)", text)
    if dollar:
        table, column = dollar.groups()
        return (f"{table}${column} is R's way to take a column; Python writes {table}[{column!r}]",
                f"{table}${column} 是 R 选取列的写法；Python 写作 {table}[{column!r}]")
    dotted = re.search(r"\b([A-Za-z]\w*(?:\.[A-Za-z]\w*)+)\s*=(?!=)", text)
    if dotted and "(" in text[:dotted.start()]:
        name = dotted.group(1)
        return (f"{name}= is R's name of the argument; Python's names have '_' for R's '.': "
                f"{name.replace('.', '_')}=",
                f"{name}= 是 R 中的参数名；Python 的参数名以 '_' 代替 R 的 '.'：{name.replace('.', '_')}=")
    empty = re.fullmatch(r"\s*([A-Za-z_]\w*)\s*=\s*([-+.]?)\s*(?:#.*)?", text.rstrip("\r\n"))   # cut_SURV = -
    if empty and message.startswith("invalid syntax"):
        name, given = empty.groups()
        said = f"{name} = {given}".rstrip()
        return (f"{said}: the value after '=' is {'incomplete' if given else 'missing'}; write the setting's "
                f"value (a number such as {name} = 0, or a text in quotes), or undo the edit (Edit → Undo, Ctrl+Z)",
                f"{said}：'=' 后面的值{'不完整' if given else '缺失'}；请写出该设置的值（数字，如 {name} = 0，"
                "或加引号的文本），或撤销修改（Edit → Undo，Ctrl+Z）")
    return None


#: How the workshop calls each engine function, for a call that leaves out an argument it needs.
CALLS = {"calibrate": 'calibrate(lr["DEV"], type="crisp", thresholds=cut_DEV)',
         "necessity": 'necessity(crisp, "~SURV", CONDITIONS, benchmark=necessity_benchmark)',
         "truth_table": "truth_table(lf, OUTCOME, CONDITIONS, incl_cut=0.9, n_cut=n_cut)",
         "minimize": 'minimize(tt, include="?")'}


def type_error_note(error: TypeError) -> Note | None:
    """What a TypeError means, in English and in Chinese, when a function of the engine (analysis.qca) was called
    without an argument it needs (truth_table(lf, incl_cut=0.9): Python says "missing 1 required positional argument:
    'outcome'" under a traceback through the engine): the argument, its place, the arguments the function needs and
    how the workshop calls it. None for any other TypeError."""
    import inspect

    import analysis.qca as qca

    found = re.match(r"(\w+)\(\) missing \d+ required positional arguments?: (.+)$", str(error))
    if not found or found.group(1) not in getattr(qca, "__all__", ()):
        return None
    name = found.group(1)
    parameters = inspect.signature(getattr(qca, name)).parameters.values()
    order = [p.name for p in parameters]
    needed = [p.name for p in parameters if p.default is p.empty
              and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    missing = [m for m in re.findall(r"'(\w+)'", found.group(2)) if m in order]
    if not missing:
        return None
    which = " and ".join(f"{m!r} (argument {order.index(m) + 1})" for m in missing)
    which_zh = "和".join(f"{m!r}（第 {order.index(m) + 1} 个参数）" for m in missing)
    call = f"{name}({', '.join(needed)}, ...)"
    example, example_zh = ((f", as the workshop calls it: {CALLS[name]}", f"，工作坊中的写法：{CALLS[name]}")
                           if name in CALLS else ("", ""))
    return (f"{name}() needs {which}: its arguments start {call}{example}",
            f"{name}() 缺少参数 {which_zh}：它的参数依次为 {call}{example_zh}")


def attribute_error_note(error: AttributeError) -> Note | None:
    """What an AttributeError on an object of the engine (a Solution, a TruthTable, a model, necessity's result) means,
    in English and in Chinese: an attribute each model of a solution has (sol.expression: sol.models[0].expression, or
    every model's), a column of a truth table's rows or of necessity's table (tt.OUT: tt.rows['OUT']), the attribute
    meant ('did you mean'), or the object's attributes; for R QCA's name of a component (sol.PIchart), whose message
    says what to write here, that it is R's name, with what to write in Chinese. None for any other AttributeError."""
    obj, name = getattr(error, "obj", None), getattr(error, "name", None)
    if obj is None or not isinstance(name, str) or not type(obj).__module__.startswith("analysis.qca"):
        return None
    kind = type(obj).__name__
    own = f"{kind!r} object has no attribute {name!r}"
    r_name = re.fullmatch(re.escape(own) + r": R QCA's component is (?P<write>.+)", str(error))
    if r_name:   # the engine's message names what to write: said again in Chinese
        return (f"{name!r} is R QCA's name of a part of its result, not this engine's: write what the message above says",
                f"{name!r} 是 R QCA 结果中组成部分的名称，不是本引擎的：这里写作 {r_name.group('write')}")
    if str(error) != own:
        return None
    attributes = [a for a in dir(obj) if not a.startswith("_")]
    head, head_zh = f"a {kind} has no attribute {name!r}", f"{kind} 没有属性 {name!r}"
    models = getattr(obj, "models", None)
    if models and hasattr(models[0], name):
        return (f"{head}: each model of the solution has it, sol.models[0].{name} for M1, every model's: "
                f"[m.{name} for m in sol.models]" + (" (as text: ' | '.join(m.expression for m in sol.models))"
                                                     if name == "expression" else ""),
                f"{head_zh}：解的每个模型才有它，M1 的是 sol.models[0].{name}，所有模型的是 [m.{name} for m in sol.models]"
                + ("（写成文本：' | '.join(m.expression for m in sol.models)）" if name == "expression" else ""))
    short = {"TruthTable": "tt", "NecessityResult": "nec"}.get(kind, "x")   # as the workshop names them
    for table, how in (("rows", f"{short}.rows"), ("to_frame", f"{short}.to_frame()")):
        frame = getattr(obj, table, None)
        frame = frame() if callable(frame) else frame
        columns = [str(c) for c in getattr(frame, "columns", [])]
        if name in columns:
            return (f"{head}: {name!r} is a column of its table, {how}[{name!r}]",
                    f"{head_zh}：{name!r} 是它的表中的一列，写作 {how}[{name!r}]")
    near = near_columns(name, attributes)
    if near:
        return (f"{head}; did you mean {' or '.join(map(repr, near))}?", f"{head_zh}；是否想写 {' 或 '.join(map(repr, near))}？")
    return (f"{head} (its attributes: {', '.join(attributes)})", f"{head_zh}（它的属性：{', '.join(attributes)}）")


def _cell_line(tb) -> tuple[int, str] | None:
    """The last line of a participant's code that traceback `tb` passes through (not this package's, not IPython's):
    its number and its text (stripped), or None."""
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_filename, tb.tb_lineno))
        tb = tb.tb_next
    outside = [(f, n) for f, n in frames if not in_package(f, _ANALYSIS) and "IPython" not in Path(f).parts]
    return (outside[-1][1], linecache.getline(*outside[-1]).strip()) if outside else None


def _short_attribute_error(error: AttributeError, tb) -> list[str]:
    """An AttributeError as the engine's errors are shown in Jupyter: 'AttributeError: ...' and the line of the cell
    that asked for the attribute, not the engine's internals (QCA_FULL_TRACEBACK=1 brings them back)."""
    lines = [f"{type(error).__name__}: {error}"]
    line = _cell_line(tb)
    if line and line[1]:
        lines.append(f"  (from line {line[0]} of the cell: {line[1]})")
    return lines


def decimal_comma_pair(value) -> str | None:
    """The cut-off a workshop setting in [0, 1] typed with a decimal comma means: Python reads incl_cut_fuzzy = 0,8 as
    the pair (0, 8), which the settings check then called 'must lie between 0.5 and 1, got (0, 8)'; '0.8' is the
    number to write. None for anything but such a pair (0,05 does not compile: 05 is no Python number)."""
    if (isinstance(value, tuple) and len(value) == 2 and all(type(v) is int for v in value) and value[0] == 0
            and value[1] > 0):
        return f"0.{value[1]}"
    return None


def text_number(value) -> str | None:
    """The number a workshop setting written as text means, as it is to be written in the settings cell: '0.8' is
    0.8, '550' is 550, a decimal comma '0,8' is 0.8, a thousands separator '1,000' is 1000, full-width digits '０.８'
    (a Chinese input method) are 0.8. None when `value` is no text, or no text of one number (the settings check's
    range message says enough)."""
    import unicodedata

    from analysis.qca.checks import float_text

    if not isinstance(value, str):
        return None
    text = unicodedata.normalize("NFKC", value).strip()
    if re.fullmatch(r"[+-]?0,\d+", text):   # a decimal comma
        text = text.replace(",", ".")
    elif re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+", text):   # a thousands separator
        text = text.replace(",", "")
    try:
        number = float_text(text)
    except ValueError:
        return None
    return text if number == number and abs(number) != float("inf") else None


#: What a participant types for a workshop setting's language, and the value meant ('中文', 'cn', 'ZH': 'zh').
LANG_MEANT = {**dict.fromkeys(("zh", "cn", "zh-cn", "zh_cn", "chinese", "中文", "汉语", "简体中文", "中"), "zh"),
              **dict.fromkeys(("en", "eng", "english", "英文", "英语"), "en")}


def setting_hint(name: str, value, conditions=("DEV", "URB", "LIT", "IND", "STB")) -> Note:
    """What a workshop setting the settings check refuses was probably meant to be, as the end of its message in
    English and in Chinese ('; a percentage? write incl_cut_fuzzy = 0.8'), or ('', '') when nothing is clear: a
    cut-off in [0.5, 1] given as a percentage (80, '80%'), n_cut as a float (2.0), dir_exp typed with a Chinese input
    method ('1，1，1，1，1', '－', full-width digits), as NAME=VALUE pairs or without its quotes (1,1,1,1,1: a tuple),
    lang as a language's name ('中文', 'ZH')."""
    import unicodedata

    if name in ("incl_cut_crisp", "incl_cut_fuzzy", "paperA_incl_cut", "necessity_benchmark"):
        number = None
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 50 <= value <= 100:
            number = value
        elif isinstance(value, str) and (m := re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*[%％]\s*",
                                                            unicodedata.normalize("NFKC", value))):
            number = float(m.group(1)) if 50 <= float(m.group(1)) <= 100 else None
        if number is not None:
            return (f"; a percentage? write {name} = {number / 100:g}", f"；是百分数吗？请写成 {name} = {number / 100:g}")
    if name in ("n_cut", "paperA_n_cut") and isinstance(value, float) and value.is_integer() and value >= 1:
        return (f"; write {name} = {int(value)} (a whole number, not the float {value!r})",
                f"；请写成 {name} = {int(value)}（整数，而不是浮点数 {value!r}）")
    if (name == "dir_exp" and isinstance(value, (tuple, list)) and len(value) == len(conditions)
            and all(str(v) in ("1", "0", "-") and not isinstance(v, bool) for v in value)):   # dir_exp = 1,1,1,1,1
        meant = ",".join(map(str, value))
        return (f"; write it as text, in quotes: dir_exp = '{meant}' (without them Python reads {meant} as a tuple "
                "of numbers)",
                f"；请写成文本，加引号：dir_exp = '{meant}'（不加引号时 Python 把 {meant} 读作由数字组成的元组）")
    if name == "dir_exp" and isinstance(value, str):
        typed = "".join(WIDE_CODE.get(ch, ch) for ch in unicodedata.normalize("NFKC", value))
        entries = [e.strip() for e in typed.split(",")]
        pairs = dict(e.split("=", 1) for e in entries if e.count("=") == 1)
        if len(pairs) == len(entries) and {k.strip() for k in pairs} == set(conditions):   # NAME=VALUE pairs
            values = {k.strip(): v.strip() for k, v in pairs.items()}
            entries = [values[c] for c in conditions]
            meant = ",".join(entries)
            if all(e in ("1", "0", "-") for e in entries):
                return (f"; write the values alone, in the order of the conditions ({', '.join(conditions)}): "
                        f"dir_exp = '{meant}'",
                        f"；请只写值，按条件的顺序（{', '.join(conditions)}）：dir_exp = '{meant}'")
        if typed != value and len(entries) == len(conditions) and all(e in ("1", "0", "-") for e in entries):
            wide = sorted({ch for ch in value if ch != "".join(WIDE_CODE.get(c, c) for c in
                                                                unicodedata.normalize("NFKC", ch))})
            shown = ", ".join(map(repr, wide))
            return (f"; {shown} is full-width (typed with a Chinese input method, 全角): write dir_exp = "
                    f"'{','.join(entries)}'",
                    f"；{shown} 是中文输入法输入的全角字符：请写成 dir_exp = '{','.join(entries)}'")
    if name == "lang" and isinstance(value, str) and LANG_MEANT.get(value.strip().casefold()):
        meant = LANG_MEANT[value.strip().casefold()]
        return f"; did you mean {meant!r}?", f"；是否想写 {meant!r}？"
    return "", ""


def same_table(a, b) -> bool:
    """Whether truth tables `a` and `b` are the same table: the same object, or one built again from the same data
    and settings (the same outcome, conditions, cut-offs and rows): exercise 3's and 4's checks take a solution of
    truth_table(...) rebuilt in the answer's own line as one of the step's table."""
    if a is b:
        return True
    try:
        return (type(a) is type(b) and a.outcome == b.outcome and list(a.conditions) == list(b.conditions)
                and tuple(a.incl_cut) == tuple(b.incl_cut) and a.n_cut == b.n_cut and a.to_frame().equals(b.to_frame()))
    except Exception:   # not truth tables: not the same
        return False


def same_rows(a, b) -> bool:
    """Whether truth tables `a` and `b` hold the same observed configurations with the same consistency (incl),
    whatever the order of their conditions: exercise 4's check takes the fuzzy table built with the five conditions
    listed in another order (whose rows are numbered otherwise) as step 6's rows."""
    try:
        frames = [t.to_frame() for t in (a, b)]
        if sorted(a.conditions) != sorted(b.conditions):
            return False
        keyed = [f.set_index(sorted(a.conditions))["incl"].sort_index() for f in frames]
        return keyed[0].equals(keyed[1])
    except Exception:   # not truth tables: not the same rows
        return False


# The engine's errors a participant meets in the workshop's exercises, by kind and parameter: what each names
# (the parameter, the value given, the names meant), read from the message's fixed form, and said in Chinese with
# those names and values copied. An error of another form gets no Chinese line (engine_error_zh returns None).
_GIVEN = r"(?P<value>'[^']*'|\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}|\S+?)"   # a text, a tuple, a list or a dict (with blanks), or a word
_NEAR_HINT = re.compile(r"; (?:(?P<name>'[^']*'): )?did you mean (?P<near>'[^']*'(?: or '[^']*')*)\?(?P<case> \(names are case-sensitive(?:; "
                        r"lowercase does not mean absence here: its negation is written (?P<negation>'[^']*'))?\))?"
                        r"(?P<wide> \(the name given is written with full-width characters, typed with a Chinese input "
                        r"method, 全角(?P<wide_case>; names are case-sensitive)?\))?")   # data.full_width_name_hint
#: _NEAR_HINT as a part of a form (any number of them, no groups): the hints are said by _hints_zh.
_MEANT = "(?:" + re.sub(r"\(\?P<\w+>", "(?:", _NEAR_HINT.pattern) + ")*"
_NOT_LISTED_NEGATED = re.compile(r"; list the conditions by name, without '~' \((?P<names>'[^']*'(?:, '[^']*')*)\): the "
                                 r"analysis considers each condition's presence and its absence")
_ITEM_NEGATED = re.compile(r"; list the conditions by name, without (?P<said>the full-width (?P<wide>tilde|hyphen-minus|"
                           r"exclamation mark) (?P<sign>'[^']') \(typed with a Chinese input method, 全角\)|the (?P<named>"
                           r"minus sign|wave dash) (?P<sign2>'[^']')|(?P<plain>'[^']*')): (?P<base>'[^']*'): the analysis "
                           r"considers each condition's presence and its absence")
_ITEM_NEGATED_ZH = {"tilde": "波浪号", "hyphen-minus": "连字减号", "exclamation mark": "感叹号", "minus sign": "减号",
                    "wave dash": "波浪线"}
_ONE_ITEM = re.compile(r"; each item of the list is one condition: (?P<parts>\[[^\[\]]*\]), not (?P<given>\[[^\[\]]*\])")
_DIR_EXP_SYNTAX = re.compile(r"write NAME=VALUE pairs \(e\.g\. (?P<pairs>'[^']*')\), one value per condition in order "
                             r"\((?P<order>'[^']*')\) or literals \((?P<literals>'[^']*')\)")
_CUT_PAIR = re.compile(r": (?:give two cut-offs as a pair, (?P<pair>incl_cut=\([^()]*\))|R's vector c\(\.\.\.\) copied as "
                       r"text; write (?:(?P<r>incl_cut=(?:\([^()]*\)|[^,\s]+))(?P<what>, a pair of numbers \(ic1, ic0\)|, a number)?|one "
                       r"number or a pair of numbers \(ic1, ic0\), e\.g\. (?P<eg>incl_cut=\([^()]*\)))|"
                       r"a decimal comma\? write (?P<num>[\d.]+); two "
                       r"cut-offs are a pair, e\.g\. (?P<example>incl_cut=\([^()]*\)))")
# (not a calibration range's "(conditions: ...; outcome: ...)", which its own form says)
_LISTED = re.compile(r"\((?P<what>columns|conditions|its arguments): (?P<names>(?:(?!; outcome: )[^()])*)\)")
_PERCENT = re.compile(r"[;:] a percentage\? write (?P<write>[\d.]+(?:, [\d.]+)*)$")
_DECIMAL_COMMA = re.compile(r": a decimal comma\? write (?P<write>[+-]?\d+\.\d+)$")   # checks.decimal_comma_hint
_AS_TEXT = re.compile(r"[:;] write (?P<write>[^,]+(?:, [^,]+)*), a number, not the text (?P<text>.+)$")
_WIDE = re.compile(r"; (?P<said>'[^']' -> '[^']'(?:, '[^']' -> '[^']')*): QCA's syntax needs the ASCII character, not "
                   r"the full-width one \(typed with a Chinese input method, 全角\)(?:, e\.g\. (?P<example>'[^']*'))?")
_NOT_TILDE = re.compile(r"; a negation is written with the ASCII tilde '~': (?P<negation>'[^']*'), not with "
                        r"(?P<said>the full-width [^']*|the minus sign |the wave dash )?(?P<sign>'[^']*')(?: \(typed with a Chinese input "
                        r"method, 全角\))?")
#: How the engine names a sign written for 'not' (_NOT_TILDE's said), in Chinese.
_NOT_SAID_ZH = {"the minus sign ": "减号 ", "the wave dash ": "波浪线 "}
_SEPARATED = re.compile(r"; conditions are separated by commas: (?P<write>'[^']*'), not by (?P<sign>'[^']*'(?: or "
                        r"'[^']*')*|a space)(?P<boolean> \(each condition is one column; an expression such as "
                        r"'DEV\*URB' is what pof and --expression read, not a condition\))?")
_OPERATOR = re.compile(r"; a (?P<op>conjunction \(and\)|disjunction \(or\)) is written (?P<sign>'[^']*')"
                       r"(?:: (?P<write>'[^']*'))?, not with (?P<wrong>'[^']*')")
_WORDS_OPERATOR = re.compile(r"; QCA writes 'and' as '\*' and 'or' as '\+': (?P<write>'[^']*'), not with "
                             r"(?P<wrong>'[^']*'(?: / '[^']*')*)")   # data._operator_hint: 'DEV OR URB'
_R_VECTOR = re.compile(r": R's vector c\(\.\.\.\) copied as text; write (?P<write>'[^']*')$")
_IN_BRACKETS = re.compile(r"; a condition's value is written in brackets: (?P<said>\S+) for (?P<given>'[^']*') \(R QCA's "
                          r"multi-value notation; NAME=VALUE pairs are dir_exp's form\)(?:; on a crisp or fuzzy set "
                          r"(?P<cond>[^\[\s]+)\[1\] is \S+, \S+\[0\] is ~\S+?)?(?=;| \(|$)")
_COMMA_JOINS = re.compile(r"; ',' joins nothing in an expression: write (?P<any>'[^']*') \(any of them: terms are joined "
                          r"by '\+'\) or (?P<all>'[^']*') \(all of them: '\*' within a term\)")
_NOT_WHOLE = re.compile(r"(?:; write (?P<write>-?\d+) \(a whole number, not the float (?P<float>[^()]+)\)| "
                        r"\((?P<fraction>-?\d+/\d+) is not a whole number\))$")
_WIDE_DIGITS = re.compile(r"; write (?P<write>\S+) \(digits 0-9 only: no full-width or other non-ASCII digits\)")
_MINUS = re.compile(r"; write (?P<write>-\S+) \(an ASCII '-': (?P<sign>'[^']') is (?P<what>[^(),]+), as a document or "
                    r"web page writes it\)$")
#: checks.MINUS_SIGNS in Chinese, as _MINUS reads them.
_KEPT_QUOTES = re.compile(r"; the value (?P<value>.+?) kept its quotes \((?P<why>Windows' cmd\.exe quotes with double "
                          r"quotes only|typographic quotes, copied from a document, are no quotes to a shell)\): write "
                          r"(?P<write>\"[^\"]*\") \(double quotes\) or (?P<bare>.+)$")   # cli._kept_quotes_hint
_MINUS_ZH = {"the Unicode minus sign": "统一码（Unicode）减号", "an en dash": "短破折号（en dash）",
             "an em dash": "长破折号（em dash）", "a small hyphen-minus": "小号连字减号",
             "a full-width hyphen-minus": "全角连字减号"}
_OUTCOME_GIVEN = re.compile(r"; (?P<given>'[^']*') is the outcome, which is not an argument here: the solution holds its "
                            r"outcome \((?P<outcome>'[^']*'); for (?P<negated>~\S+), minimise the truth table of "
                            r"(?P<table>'[^']*')\), so leave it out; (?P<argument>.+?)$")
#: What the argument is, as the engine says it after the outcome given in its place (outcome_given_hint), in Chinese.
_ARGUMENT_ZH = {
    "the second argument is cases, the type of cases, e.g. smmr(sol, 'typical')":
        "第二个参数是 cases，即案例类型，例如 smmr(sol, 'typical')",
    "model is the number of the model, 1 for M1": "model 是模型的编号，M1 为 1",
    "the second argument is the kind of pairs, e.g. smmr_pairs(sol, 'typical-typical')":
        "第二个参数是案例对的类型，例如 smmr_pairs(sol, 'typical-typical')",
}


#: What a word written for a directional expectation means (minimize._DIR_EXP_MEANING), in Chinese.
_DIR_EXP_MEANING_ZH = {"expected present": "预期存在", "expected absent": "预期缺失", "no expectation": "无预期"}
#: calibrate's hint for thresholds typed with decimal commas ('0,2, 0,55, 0,85': each number read as two), read at the
#: end of a message on the number or order of the thresholds, and its Chinese (_decimal_thresholds_zh).
_DECIMAL_THRESHOLDS = (r"(?P<decimal>; decimal commas\? ',' separates the thresholds, so each number was read as two(?:: "
                       r"write (?P<pairs>'[^']*')|; write numbers with a point, e\.g\. (?P<example>'[^']*')))?")


def _decimal_thresholds_zh(m: re.Match) -> str:
    if not m.group("decimal"):
        return ""
    return ("；是小数逗号吗？',' 用来分隔各临界值，所以每个数被读成了两个："
            + (f"请写 {m.group('pairs')}" if m.group("pairs") else f"请用小数点写数字，例如 {m.group('example')}"))


_MORE_CASES = re.compile(r" and (\d+) more$")   # "'AU', 'BE' and 13 more": the cases an error names


def _more_cases_zh(cases: str) -> str:
    return _MORE_CASES.sub(r" 及另外 \1 个", cases)


_CASE_VALUE = re.compile(r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"): ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^,\s]+)""")


def _case_values_zh(cases: str) -> str:
    """Cases each said with its own value ("'AU': -0.2, 'BE': 1.5 and 3 more", data._names_with_values) in
    Chinese: "'AU'（-0.2）, 'BE'（1.5） 及另外 3 个"."""
    return _more_cases_zh(_CASE_VALUE.sub(r"\1（\2）", cases))


def _hints_zh(message: str, line_span: tuple[int, int] | None = None) -> str:
    """The hints of an engine message the workshop knows, in Chinese: the names meant ('did you mean'), that names
    are case-sensitive and how a negation is written, a percentage, a number written as text or with a minus sign
    copied from a document ('−8'); '' for none. The hints are said in the order the message gives them (by where
    each stands in it), as the English reads them: a 'did you mean' after a full-width character's hint stays after
    it (it was said first, whatever the English's order). `line_span`: where in the message the text the Chinese
    line says stands (its form's match); every other part of the message that no hint here says is then kept in
    English where it stands (_unsaid), so that a hint the workshop cannot translate is not silently left out."""
    said: dict[int, list[str]] = {}
    spans: list[tuple[int, int]] = [] if line_span is None else [line_span]

    def say(found: re.Match, text: str) -> None:
        said.setdefault(found.start(), []).append(text)
        spans.append(found.span())

    for near in _NEAR_HINT.finditer(message):   # one per name: 'dev, urb' -> 'DEV' and 'URB', each named when said
        say(near, f"{near.group('name') + '：' if near.group('name') else ''}是否想写 "
                  f"{near.group('near').replace(' or ', ' 或 ')}？")
        if near.group("case"):
            say(near, "（名称区分大小写" + (f"；小写并不表示缺失，否定写作 {near.group('negation')}"
                                           if near.group("negation") else "") + "）")
        if near.group("wide"):
            say(near, "（所给名称含全角字符（中文输入法输入）" + ("；名称区分大小写" if near.group("wide_case") else "") + "）")
    negated = _NOT_LISTED_NEGATED.search(message)
    if negated:
        say(negated, f"条件只写名称，不加 '~'（{negated.group('names')}）：分析会同时考虑每个条件的存在与缺失")
    for item in _ITEM_NEGATED.finditer(message):   # ['～URB']: 'URB', listed without a negation
        sign = (f"全角的{_ITEM_NEGATED_ZH[item.group('wide')]} {item.group('sign')}（中文输入法输入）" if item.group("wide") else
                f"{_ITEM_NEGATED_ZH[item.group('named')]} {item.group('sign2')}" if item.group("named") else
                " " + item.group("plain"))
        say(item, f"条件只写名称，不加{sign}：{item.group('base')}：分析会同时考虑每个条件的存在与缺失")
    for item in _ONE_ITEM.finditer(message):   # ['DEV, URB']: one condition an item
        say(item, f"列表的每一项是一个条件：{item.group('parts')}，而不是 {item.group('given')}")
    syntax = _DIR_EXP_SYNTAX.search(message)
    if syntax:
        say(syntax, f"请写成“名称=值”对（如 {syntax.group('pairs')}）、按条件的顺序每个条件一个值（{syntax.group('order')}）"
                    f"或文字项（{syntax.group('literals')}）")
    pair = _CUT_PAIR.search(message)
    if pair:
        say(pair, f"两个阈值请写成一对：{pair.group('pair')}" if pair.group("pair") else
                  f"这是照搬成文本的 R 向量 c(...)：请写 {pair.group('r')}"
                  + {", a pair of numbers (ic1, ic0)": "，即一对数 (ic1, ic0)", ", a number": "，即一个数",
                     None: ""}[pair.group("what")] if pair.group("r") else
                  f"这是照搬成文本的 R 向量 c(...)：请写一个数或一对数 (ic1, ic0)，例如 {pair.group('eg')}" if pair.group("eg") else
                  f"是小数逗号吗？请写 {pair.group('num')}；两个阈值写成一对，例如 {pair.group('example')}")
    wide = _WIDE.search(message)
    if wide:
        pairs = re.findall(r"'([^'])' -> '([^'])'", wide.group("said"))
        say(wide, "、".join(f"'{a}'" for a, _ in pairs) + " 是中文输入法输入的全角字符：QCA 的语法需要半角（ASCII）的 "
                  + "、".join(f"'{b}'" for _, b in pairs)
                  + (f"，例如 {wide.group('example')}" if wide.group("example") else ""))
    negation = _NOT_TILDE.search(message)
    if negation:
        said_as = negation.group("said") or ""
        say(negation, f"否定用半角（ASCII）的波浪号 '~' 写作 {negation.group('negation')}，而不是"
                      + ("全角的 " if said_as.startswith("the full-width") else _NOT_SAID_ZH.get(said_as, " "))
                      + negation.group("sign"))
    separated = _SEPARATED.search(message)
    if separated:
        sign = separated.group("sign")
        say(separated, f"条件之间用逗号分隔，写作 {separated.group('write')}，而不是"
                       + ("空格" if sign == "a space" else " " + sign.replace(" or ", " 或 "))
                       + ("（每个条件是一列；像 'DEV*URB' 这样的表达式由 pof 和 --expression 读取，不是条件）"
                          if separated.group("boolean") else ""))
    operator = _OPERATOR.search(message)
    if operator:
        say(operator, f"{'“与”（合取）' if operator.group('op').startswith('conjunction') else '“或”（析取）'}写作 "
                      f"{operator.group('sign')}" + (f"：{operator.group('write')}" if operator.group("write") else "")
                      + f"，而不是 {operator.group('wrong')}")
    words = _WORDS_OPERATOR.search(message)
    if words:
        say(words, f"QCA 把“与”写作 '*'，把“或”写作 '+'：{words.group('write')}，而不是 {words.group('wrong')}")
    minus = _MINUS.search(message)
    if minus and minus.group("what") in _MINUS_ZH:
        say(minus, f"请写 {minus.group('write')}（用半角 ASCII 的 '-'：{minus.group('sign')} 是"
                   f"{_MINUS_ZH[minus.group('what')]}，文档或网页中常这样写）")
    digits = _WIDE_DIGITS.search(message)
    if digits:
        say(digits, f"请写 {digits.group('write')}（只用半角数字 0-9，不用全角数字）")
    for value in _IN_BRACKETS.finditer(message):   # 'DEV=1' in an expression: DEV[1]
        cond = value.group("cond")
        say(value, f"条件的取值写在方括号中：{value.group('given')} 写作 {value.group('said')}（R QCA 的多值写法；“名称=值”对是 "
                   "dir_exp 的写法）" + (f"；在清晰集或模糊集中 {cond}[1] 即 {cond}，{cond}[0] 即 ~{cond}" if cond else ""))
    for comma in _COMMA_JOINS.finditer(message):   # 'DEV,URB' in an expression
        say(comma, f"',' 在表达式中不连接任何东西：请写 {comma.group('any')}（其中任一：项之间用 '+' 相连）或 "
                   f"{comma.group('all')}（全部：项内用 '*' 相连）")
    r_vector = _R_VECTOR.search(message)
    if r_vector:
        say(r_vector, f"这是照搬成文本的 R 向量 c(...)：请写 {r_vector.group('write')}")
    whole = _NOT_WHOLE.search(message)
    if whole:
        say(whole, f"请写 {whole.group('write')}（整数，而不是浮点数 {whole.group('float')}）" if whole.group("write")
                   else f"（{whole.group('fraction')} 不是整数）")
    percent = _PERCENT.search(message)
    if percent:
        say(percent, f"是百分数吗？请写 {percent.group('write')}")
    decimal = _DECIMAL_COMMA.search(message)
    if decimal:
        say(decimal, f"是小数逗号吗？请写 {decimal.group('write')}")
    given = _OUTCOME_GIVEN.search(message)
    if given and given.group("argument") in _ARGUMENT_ZH:
        say(given, f"{given.group('given')} 是结果，不是这里的参数：解本身带有它的结果（{given.group('outcome')}；要分析 "
                   f"{given.group('negated')}，请对 {given.group('table')} 的真值表最小化），因此请去掉它；"
                   f"{_ARGUMENT_ZH[given.group('argument')]}")
    text = _AS_TEXT.search(message)
    if text:
        say(text, f"请写数字 {text.group('write')}，不要写成文本 {text.group('text')}")
    kept = _KEPT_QUOTES.search(message)
    if kept:
        say(kept, f"值 {kept.group('value')} 保留了引号（"
                  + ("Windows 的 cmd.exe 只认双引号" if kept.group("why").startswith("Windows") else
                     "从文档复制的排版引号，shell 不把它当作引号") + f"）：请写 {kept.group('write')}（双引号）或 "
                  + kept.group("bare"))
    listed = _LISTED.search(message)
    if listed:
        what = {"columns": "数据的列", "conditions": "条件", "its arguments": "其参数"}[listed.group("what")]
        before = message[:listed.start()]   # the raw data's columns, or a file's, named as the English names them
        what = ("原始数据的列" if what == "数据的列" and "not in the raw data" in before else
                f"{'文件' if found.group(1) == 'file' else '输入'}的列"
                if what == "数据的列" and (found := re.search(r"not in the (file|input)(?!.* not in the)", before)) else what)
        say(listed, f"（{what}：{listed.group('names')}）")
    if line_span is not None:
        for at, english in _unsaid(message, spans):   # kept in English: no hint of the message goes unsaid
            said.setdefault(at, []).append(english)
    joined = ""
    for s in (hint for at in sorted(said) for hint in said[at]):   # '；' between hints, none before a bracket or after
        # a question ('是否想写 'DEV'？条件只写...')
        joined += s if not joined or s.startswith("（") or joined.endswith("？") else f"；{s}"
    return joined


def _unsaid(message: str, spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The parts of `message` outside `spans` (the text a Chinese line and its hints say) that hold a word: each
    (where it starts, its text without the '; ' or blanks around it). A part of punctuation alone (the '; ' between
    two hints said, a closing bracket) is none."""
    covered = [False] * len(message)
    for start, end in spans:
        covered[start:end] = [True] * (end - start)
    parts, start = [], None
    for i, done in enumerate([*covered, True]):
        if not done and start is None:
            start = i
        elif done and start is not None:
            text = message[start:i].strip("; :")
            if re.search(r"\w", text):
                parts.append((start, text))
            start = None
    return parts


_MISSING_IN = re.compile(r"(?P<column>'[^']*') \(case\(s\) (?P<cases>.+?)(?:, cell\(s\) (?P<cells>.+?) of sheet "
                         r"(?P<sheet>'[^']*'))?(?:, marked (?P<marked>'[^']*'(?:, '[^']*')*))?\)")


def _zh_missing_values(m: re.Match) -> str | None:
    """The cases with missing memberships, column by column (the cells of a worksheet, the text marking them: 'NA'),
    and a summary row taken for a case, in Chinese; None for a part of another form."""
    said = _parts_zh(m.group("columns"), _MISSING_IN, lambda found: (
        f"{found.group('column')}（案例 {_more_cases_zh(found.group('cases'))}"
        + (f"，工作表 {found.group('sheet')} 的单元格 {found.group('cells')}" if found.group("cells") else "")
        + (f"，标为 {found.group('marked')}" if found.group("marked") else "") + "）"))
    if said is None:
        return None
    return ("列 " + "；".join(said) + "中有缺失值："
            + ("校准需要每个案例都有原始值；请删除或插补这些案例，或在校准设定文件中给该集合写 'missing: keep'，让其隶属度留空"
               "（如 R 的 calibrate() 给出 NA），分析时再用 --drop-missing 删除这些案例并列出它们" if m.group("calibrate") else
               "QCA 无法把隶属度缺失的案例放进任何组态；请先明确地删除或插补这些案例")
            + (f"（要删除它们并列出被删除的案例：在 Python 中用 {m.group('dropna')}；在命令行中加上 --drop-missing）"
               if m.group("dropna") else "")
            + (f"；案例 {_more_cases_zh(m.group('summary'))} 像是数据下方的汇总行（合计、均值或其他统计量），不是案例：请删除"
               + ("这些行" if m.group(0).endswith("rows") else "该行") if m.group("summary") else ""))


#: Dates a column holds, as the reader's hints name them: with what the file says the column is (a Stata or SPSS date
#: variable, sheets.Grid's dates) or not.
_DATES = (r"(?:a date or time variable of the (?P<program>Stata|SPSS) file(?: \(format (?P<format>[^()]+)\))?: dates|dates or "
          r"times) \(e\.g\. (?P<e>'[^']*')\)")


def _dates_zh(m: re.Match) -> str:
    return ((f"{m.group('program')} 文件中的日期或时间变量" + (f"（格式 {m.group('format')}）" if m.group("format") else "")
             + "：日期") if m.group("program") else "日期或时间") + f"（如 {m.group('e')}）"


#: The reader's hints after the cells of a column that are not numbers (data._value_hint, and the case names or typed
#: cells _numeric_columns says), in Chinese: by the English hint; a hint of another form has no line.
_VALUE_HINTS_ZH = [
    (r"durations \(e\.g\. (?P<e>'[^']*')\), not numbers: compute a number from each \(in days, "
     r"df\[col\]\.dt\.total_seconds\(\) / 86400\) and (?P<then>calibrate that|calibrate it into memberships "
     r"\(analysis\.qca\.calibrate\))",
     lambda m: ("时长（例如 " + m.group("e") + "），不是数字：请由每个值算出一个数（以天计，df[col].dt.total_seconds() / "
                "86400），" + ("再校准它" if m.group("then") == "calibrate that" else
                             "再把它校准为隶属度（analysis.qca.calibrate）"))),
    (r"mistyped cells in a column of numbers \(its other cells are numbers\): correct them",
     "输错的单元格（该列其余单元格都是数字）：请改正"),
    (r"several values in each cell \(a list or a record, e\.g\. (?P<e>.+?), as nested JSON or Parquet data hold\), not one "
     r"number: give each case one number in the column \(the element meant\)",
     "每个单元格中有多个值（列表或记录，例如 {e}，嵌套的 JSON 或 Parquet 数据即如此），不是一个数字：请在该列中给每个案例一个"
     "数字（所需的那个元素）"),
    (r"text labels \(e\.g\. SPSS value labels\): export the numeric codes, or recode the labels to numbers",
     "文字标签（如 SPSS 的值标签）：请导出数字代码，或把标签重新编码为数字"),
    (r"every value is text(?P<unique> and unique, like case names|, like case names, but (?P<names>.+?) (?:names|each "
     r"name) more than one case): if (?P<c>'[^']*') names the cases, (?P<own>give each case a name of its own and )?pass "
     r"(?:(?P<w>case_column='[^']*') \(CLI: (?P<cli>--case-column \S+)\)|(?P<flag>--case-column \S+))",
     lambda m: ("每个值都是文本" + ("且各不相同，像案例名称" if m.group("names") is None else
                             f"，像案例名称，但 {m.group('names')} 不止指一个案例")
                + f"：若 {m.group('c')} 是案例名称，请" + ("给每个案例一个自己的名称，并" if m.group("own") else "")
                + (f"传 {m.group('w')}（命令行：{m.group('cli')}）" if m.group("w") else f"加 {m.group('flag')}"))),
    (r"a yes/no label: recode it to 1/0 \((?:on the command line, by calibrate --spec with the set (?P<set>[^;]*?: "
     r"\{codes: \{[^}]*\}\})(?: and one alike for each of (?P<alike>[^;]*))?; )?(?:in pandas: (?P<cmd>df\[[^]]*\] = "
     r"df\[[^]]*\]\.map\(\{[^}]*\}\)); )?or export numeric codes, not value labels\)",
     lambda m: ("是/否标签：请重新编码为 1/0（"
                + (f"命令行中：用 calibrate --spec 文件中的集合 {m.group('set')}"
                   + (f"（{m.group('alike')} 各写一个同样的集合）" if m.group("alike") else "") + " 重新编码；"
                   if m.group("set") else "")
                + (f"pandas 中：{m.group('cmd')}；" if m.group("cmd") else "")
                + "或导出数字代码，而不是值标签）")),
    (r"a percentage: QCA needs memberships in \[0, 1\]; calibrate the raw percentages first \(analysis\.qca\.calibrate\)",
     "百分数：QCA 需要 [0, 1] 中的隶属度；请先校准原始的百分数（analysis.qca.calibrate）"),
    (r"a percentage: remove the % signs \((?P<given>'[^']*') -> (?P<write>'[^']*'), thresholds on the same 0-100 scale\) "
     r"or divide by 100 \(thresholds on a 0-1 scale\)",
     "百分数：请去掉 % 号（{given} -> {write}，thresholds 用同样的 0-100 尺度），或除以 100（thresholds 用 0-1 尺度）"),
    (r"a percentage among memberships in \[0, 1\] \((?P<raw>'[^']*') is (?P<share>\S+)\): write it as its other cells "
     r"are written, a membership from 0 to 1",
     "隶属度中的百分数（{raw} 即 {share}）：请像该列其他单元格那样，写成 0 到 1 之间的隶属度"),
    (r"a decimal comma \(or a thousands separator\): write numbers with a point and no separators \((?P<e>'[^']*'): "
     r"(?P<point>[^ ()]+)(?: or (?P<plain>[^ ()]+)\?)?\), e\.g\. save the CSV with '\.' as decimal separator",
     lambda m: (f"小数逗号（或千位分隔符）：请用小数点写数字，不加分隔符（{m.group('e')}："
                + (f"{m.group('point')} 还是 {m.group('plain')}？" if m.group("plain") else m.group("point"))
                + "），例如另存 CSV 时以 '.' 作小数点")),
    (r"full-width characters \(e\.g\. (?P<e>'[^']*'), typed with a Chinese or Japanese input method, 全角\): write "
     r"numbers with ASCII \(half-width, 半角\) digits, point and signs, e\.g\. (?P<w>'[^']*')",
     "全角字符（如 {e}，中文或日文输入法输入）：请用半角（ASCII）的数字、小数点和正负号写数字，例如 {w}"),
    (r"a decimal comma in a string variable \((?P<e>'[^']*')\): in Stata, destring (?P<c>\S+), replace dpcomma, and save the "
     r"file",
     "字符串变量中的小数逗号（{e}）：请在 Stata 中执行 destring {c}, replace dpcomma，并保存文件"),
    (r"a decimal comma in cells holding text, not numbers \((?P<e>'[^']*'): Excel keeps it as text where its decimal "
     r"separator is '\.', or in a cell formatted as Text\): in Excel, select the column and replace ',' with '\.' "
     r"\(Ctrl\+H\), or format the cells as Number and type the values again, then save the workbook",
     "以文本存放的单元格中的小数逗号（{e}：Excel 在小数点为 '.' 的设置下，或在格式为“文本”的单元格中，把它存为文本）：请在 Excel 中"
     "选中该列，把 ',' 替换为 '.'（Ctrl+H），或把单元格格式设为“数值”后重新输入，然后保存工作簿"),
    (r"an invisible character \(U\+(?P<code>[0-9A-F]{4,6}) (?P<name>[^,()]+), copied from a web page or a document\) in "
     r"(?P<t>'[^']*'|\"[^\"]*\"): delete it(?: \(the cell then reads (?P<reads>\S+)\))?",
     lambda m: (f"{m.group('t')} 中有不可见字符（U+{m.group('code')} {m.group('name')}，从网页或文档中复制而来）：请删除它"
                + (f"（删除后该单元格为 {m.group('reads')}）" if m.group("reads") else ""))),
    (r"the Chinese full stop '。' \(U\+3002, typed with a Chinese input method, 全角\) for the decimal point \(e\.g\. "
     r"(?P<e>'[^']*')\): write numbers with the ASCII point '\.', e\.g\. (?P<w>'[^']*')",
     "中文句号 '。'（U+3002，中文输入法输入的全角字符）用作了小数点（如 {e}）：请用半角（ASCII）的小数点 '.' 写数字，例如 {w}"),
    (rf"{_DATES}, not numbers: calibration needs numbers; compute one from each date "
     r"\(a year, days since an event\) and calibrate that",
     lambda m: f"{_dates_zh(m)}，不是数字：校准需要数字；请从每个日期算出一个数（年份、距某事件的天数），再校准这个数"),
    (rf"{_DATES}, not numbers: a date is no membership; leave the column out of the "
     r"conditions, or compute a number from it \(a year, days since an event\) and calibrate that",
     lambda m: (f"{_dates_zh(m)}，不是数字：日期不是隶属度；请不要把该列作为条件，或从中算出一个数（年份、距某事件的天数），"
                "再校准这个数")),
    (r"complex numbers \(an imaginary part, e\.g\. (?P<e>\S+)\): a membership or a raw value is a real number; give the "
     r"column real numbers \(df\[col\]\.to_numpy\(\)\.real, if the imaginary parts are noise\)",
     "复数（有虚部，如 {e}）：隶属度或原始数值是实数；请给该列实数（若虚部只是噪声，用 df[col].to_numpy().real）"),
    (r"a mark of a missing value \(e\.g\. (?P<e>'[^']*'), as Chinese tables write 'no data'\): a case with a missing value "
     r"cannot be placed in a configuration; drop or impute those cases explicitly first \(to drop them, naming them: in "
     r"Python, (?P<dropna>drop_missing_cases\(df, \[.*?\](?:, case_column='[^']*')?\)); on the command line, --drop-missing\)",
     "缺失值的标记（如 {e}，中文表格常这样写“无数据”）：有缺失值的案例无法放进任何组态；请先明确地删除或插补这些案例"
     "（要删除它们并列出被删除的案例：在 Python 中用 {dropna}；在命令行中加上 --drop-missing）"),
    (r"an infinite number \(or one too large for a float, e\.g\. 1e400\): QCA needs finite values",
     "无穷大的数（或超出浮点数范围的数，如 1e400）：QCA 需要有限的数值"),
    (r"a decimal comma in a string variable \((?P<e>'[^']*')\): in SPSS, COMPUTE (?P<c>\S+) = REPLACE\((?P=c), ',', '\.'\)\. "
     r"then ALTER TYPE (?P=c) \(F8\.3\)\. and save the file",
     "字符串变量中的小数逗号（{e}）：请在 SPSS 中执行 COMPUTE {c} = REPLACE({c}, ',', '.'). 再执行 ALTER TYPE {c} (F8.3).，"
     "并保存文件"),
    (r"a thousands separator or a decimal comma in cells holding text, not numbers \((?P<e>'[^']*'): (?P<reads>[^()]+)\?\): "
     r"in Excel, type each value as a number without separators, with '\.' before decimals \((?P<w>[^()]+)\), or format "
     r"the cells as Number and type them again, then save the workbook",
     lambda m: (f"以文本存放的单元格中的千位分隔符或小数逗号（{m.group('e')}：是 {m.group('reads').replace(' or ', ' 还是 ')}？）："
                f"请在 Excel 中把每个值输成不带分隔符的数字，小数前用 '.'（{m.group('w')}），或把单元格格式设为“数值”后重新输入，"
                "然后保存工作簿")),
    (r"a thousands separator \(a space or an apostrophe between groups of digits, as Excel writes numbers in a French, "
     r"Swiss or other locale\): write numbers without separators, e\.g\. (?P<w>'[^']*')",
     "千位分隔符（数字组之间的空格或撇号，法语、瑞士等地区设置下的 Excel 这样写数字）：请不加分隔符写数字，例如 {w}"),
    (r"a decimal comma with '\.' between groups of digits \(as Excel writes numbers in a German, Dutch or other locale; "
     r"(?P<e>'[^']*') is (?P<n>\S+)\): write numbers with a point and no separators \((?P<w>'[^']*')\), (?:(?P<csv>e\.g\. "
     r"save the CSV with '\.' as decimal separator)|in Excel, type them as numbers \(format the cells as Number\) or "
     r"replace the separators \(Ctrl\+H\), then save the workbook)",
     lambda m: (f"小数逗号，且数字组之间用 '.' 分隔（德语、荷兰语等地区设置下的 Excel 这样写数字；{m.group('e')} 即 {m.group('n')}）："
                f"请用小数点写数字，不加分隔符（{m.group('w')}），"
                + ("例如另存 CSV 时以 '.' 作小数点" if m.group("csv") else
                   "请在 Excel 中把它们输成数字（把单元格格式设为“数值”）或替换分隔符（Ctrl+H），然后保存工作簿"))),
    (r"a minus sign other than '-' \(e\.g\. (?P<e>'[^']*'): (?P<what>[^,()]+), as a document or web page writes it\): "
     r"write the ASCII '-', e\.g\. (?P<w>'[^']*')",
     lambda m: (None if m.group("what") not in _MINUS_ZH else
                f"不是 '-' 的减号（如 {m.group('e')}：{_MINUS_ZH[m.group('what')]}，文档或网页中常这样写）：请写半角 ASCII 的 "
                f"'-'，例如 {m.group('w')}")),
    (r"an apostrophe before the number \(e\.g\. (?P<e>\"'[^\"]*\"): Excel's mark of a number stored as text\): delete "
     r"the apostrophe, e\.g\. (?P<w>'[^']*') \(in Excel, retype the value without it, or use Convert to Number\), and "
     r"save the file again",
     "数字前有撇号（如 {e}：Excel 用它标记以文本存放的数字）：请删除撇号，例如 {w}（在 Excel 中不带撇号重新输入该值，或使用“转换为数字”），"
     "并重新保存文件"),
    (r"a space inside a number \(e\.g\. (?P<e>'[^']*'), which reads (?P<r>'[^']*') without it\): delete the space",
     "数字中间有空格（如 {e}，去掉空格即 {r}）：请删除空格"),
    (r"a number with its unit \(e\.g\. (?P<e>'[^']*'), which reads (?P<r>[0-9.+-]+)\): write the number alone \(the unit "
     r"in the column's name, or in the codebook\)",
     "数字后带了单位（如 {e}，即 {r}）：请只写数字（单位写在列名或编码手册中）"),
    (r"a date as Excel shows one \(e\.g\. (?P<e>'[^']*')\): Excel turns a fraction typed as 1/2 or 2/3 into a date "
     r"\(2 January, 3 February\); type the value as a decimal \(0\.5, 0\.67\) in a cell formatted as Number or General, "
     r"and save the file again",
     "Excel 显示的日期（如 {e}）：Excel 会把输入的分数 1/2 或 2/3 变成日期（1 月 2 日、2 月 3 日）；请在格式为“数值”或“常规”的单元格中"
     "把值输成小数（0.5、0.67），并重新保存文件"),
]

#: Why a cell like '1.038' reads two ways (separators.grouped_numbers' error), in Chinese: the data write decimal
#: commas, so its '.' separates groups of digits; None for a text of another form.
_GROUPED_WHY = re.compile(
    r"(?:(?P<where>this column|column '[^']*') writes decimals with a comma \((?P<comma>'[^']*')\), so (?P<e>'[^']*') "
    r"is (?P<plain>\S+) with '\.' between groups of digits \(as Excel writes numbers in a German, Dutch or other "
    r"locale\), not (?P<read>\S+): (?:save the CSV with '\.' as decimal separator and no thousands separator "
    r"\((?P<csv>'[^']*')\)|in Excel, type it as a number without separators \((?P<excel>'[^']*')\) and the decimals with "
    r"'\.' \(replace ',' with '\.', Ctrl\+H\), then save the workbook)"
    r"|(?P<column>column '[^']*') writes decimals with a comma \((?P<comma2>'[^']*')\), so the file's '\.' separates "
    r"groups of digits, but pandas read (?P<float>\S+) as a decimal number \(probably (?P<probably>\d+)\): read the file "
    r"with (?P<call>pd\.read_csv\(path, sep=';', decimal=',', thousands='\.'\)), or save it with '\.' as decimal "
    r"separator and no thousands separator)")


def _grouped_why_zh(why: str) -> str | None:
    """_GROUPED_WHY's text in Chinese; None for another."""
    m = _GROUPED_WHY.fullmatch(why)
    if m is None:
        return None
    if m.group("column"):
        return (f"{m.group('column').replace('column ', '列 ')} 用逗号写小数（{m.group('comma2')}），因此文件中的 '.' 分隔数字组，"
                f"但 pandas 把 {m.group('float')} 读成了小数（大概是 {m.group('probably')}）：请用 {m.group('call')} 读取文件，"
                "或另存时以 '.' 作小数点、不用千位分隔符")
    where = "该列" if m.group("where") == "this column" else m.group("where").replace("column ", "列 ") + " "
    fix = (f"请另存 CSV，以 '.' 作小数点、不用千位分隔符（{m.group('csv')}）" if m.group("csv") else
           f"请在 Excel 中把它输成不带分隔符的数字（{m.group('excel')}），小数用 '.'（把 ',' 替换为 '.'，Ctrl+H），然后保存工作簿")
    return (f"{where}用逗号写小数（{m.group('comma')}），因此 {m.group('e')} 是以 '.' 分隔数字组的 {m.group('plain')}（德语、荷兰语"
            f"等地区设置下的 Excel 这样写数字），不是 {m.group('read')}：{fix}")


_TWO_WAYS_IN = re.compile(r"(?P<column>'[^']*') \(case\(s\) (?P<cases>.+?)(?:, cell\(s\) (?P<cells>.+?) of sheet "
                          r"(?P<sheet>'[^']*'))?\): (?P<why>.+)")


def _zh_two_ways(m: re.Match) -> str | None:
    """The data's cells like '1.038' where the data write decimal commas (data._numeric_columns' 'numbers that read
    two ways'), column by column, in Chinese; None for a part of another form."""
    said = _parts_zh(m.group("columns"), _TWO_WAYS_IN, lambda found: (
        None if (why := _grouped_why_zh(found.group("why"))) is None else
        f"{found.group('column')}（案例 {_case_values_zh(found.group('cases'))}"
        + (f"，工作表 {found.group('sheet')} 的单元格 {found.group('cells')}" if found.group("cells") else "") + f"）：{why}"))
    return None if said is None else "可有两种读法的数字：列 " + "；".join(said)


_NOT_NUMBERS_IN = re.compile(r"(?P<column>'[^']*') \(case\(s\) (?P<cases>.+?)(?:, cell\(s\) (?P<cells>.+?) of sheet "
                             r"(?P<sheet>'[^']*'))?\)")
_COLUMNS_SAID = r"'[^']*'(?:, '[^']*')*"   # "'B', 'Y'": the columns a hint is said of


def _value_hint_zh(hint: str) -> str | None:
    """One of the reader's hints after cells that are not numbers (_VALUE_HINTS_ZH: a text filled in with the hint's
    parts, or a function of its match, None for a part it cannot say), in Chinese; None for another."""
    for form, said in _VALUE_HINTS_ZH:
        found = re.fullmatch(form, hint)
        if found:
            return said(found) if callable(said) else said.format(**found.groupdict())
    return None


def _zh_not_numbers(m: re.Match) -> str | None:
    """The cells that are not numbers, column by column (each case with its cell's text; a worksheet's cells), the
    hint said of each group of columns, and what the analysis needs, in Chinese; None for a part of another form."""
    body = m.group("body")
    cut = re.search(rf"; (?={_COLUMNS_SAID}: )", body)
    columns, hints = (body, "") if cut is None else (body[:cut.start()], body[cut.start():])
    said = _parts_zh(columns, _NOT_NUMBERS_IN, lambda found: (
        f"{found.group('column')}（案例 {_case_values_zh(found.group('cases'))}"
        + (f"，工作表 {found.group('sheet')} 的单元格 {found.group('cells')}" if found.group("cells") else "") + "）"))
    if said is None:
        return None
    why = ""
    for part in re.split(rf"; (?={_COLUMNS_SAID}: )", hints)[1:]:   # "'B', 'Y': <hint>", one per hint
        where, hint = part.split(": ", 1)
        hint = _value_hint_zh(hint)
        if hint is None:
            return None
        why += f"；{where}：{hint}"
    needs = ("校准需要普通的数字（如 47.2、-3、1e5）" if m.group("calibrate") else
             "QCA 需要数字：0/1（清晰集）、整数 0..L-1（多值集合）或 [0, 1] 中的隶属度（模糊集）")
    return (f"{m.group('file') + '：' if m.group('file') else ''}列 " + "；".join(said) + f"中有不是数字的值{why}。{needs}")


def _zh_no_positive_row(m: re.Match) -> str:
    numbers = re.fullmatch(r"incl_cut = (?P<cut>\S+), highest row incl = (?P<top>\S+), n_cut = (?P<n>\d+)",
                           m.group("details") or "")
    details = (f"（incl_cut = {numbers.group('cut')}，各行最高的 incl = {numbers.group('top')}，n_cut = "
               f"{numbers.group('n')}）" if numbers else "")
    out = "OUT = 1 或 C" if m.group("c") else "OUT = 1"
    if m.group("held"):   # rows consistent enough, held back by pri_cut: pri_cut is what to lower
        return (f"没有可最小化的正组态：结果 {m.group('outcome')} 的真值表中没有 {out} 的行：有 {m.group('held')} 行达到 "
                f"incl_cut = {m.group('cut')}（n_cut = {m.group('n')}），但其 PRI 低于 pri_cut = {m.group('pri')}（最高的 "
                f"PRI 为 {m.group('top')}）；请降低 pri_cut，或检查结果")
    return (f"没有可最小化的正组态：结果 {m.group('outcome')} 的真值表中没有 {out} 的行{details}，即没有充分组态；"
            "请降低 incl_cut 或 n_cut，或检查结果")


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
    note ('write --incl-cut 0.8 (the consistency ...)', cli._r_keyword_flag)."""
    notes = {}
    for english, chinese in KEYWORD_ADVICE_ZH.items():
        said = re.fullmatch(r"\w+=(?:\{value!r\}|True|'[^']*') \((?P<note>.+)\)", english)
        said_zh = re.fullmatch(r"请写 \S+?（(?P<note>.+)）", chinese)
        if said and said_zh:
            notes[said.group("note")] = said_zh.group("note")
    return notes


def _cli_keyword_advice_zh(advice: str) -> str | None:
    """The command line's 'leave it out: ...' for a flag named as R QCA names an argument (cli._r_keyword_flag: the
    library's advice, or the command line's own, cli._CLI_R_FLAGS), in Chinese; None for advice of another form."""
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
    as the command line does (cli._r_only_flag: 'max_models (CLI: --max-models)' written '--max-models', pof() 'the
    pof command'); None for words it does not hold."""
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


#: SetMethods' case types by number (analysis.qca.r_calls.SMMR_CASE_NUMBERS' words), in Chinese.
SMMR_CASES_ZH = {
    "typical cases": "典型案例",
    "typical cases for each focal conjunct of a term": "项中每个焦点合取项的典型案例",
    "deviant cases consistency": "一致性偏离案例",
    "deviant cases coverage": "覆盖度偏离案例",
    "individually irrelevant cases": "个体无关案例",
    "all of the above": "以上全部",
}

#: SetMethods' smmr(cases = 6) as the engine writes it here (prose, not a call), in Chinese.
_SMMR_CALL_ZH = {"smmr(sol, t) for each t of 'typical', 'deviant consistency', 'deviant coverage', 'irrelevant'":
                 "对 'typical'、'deviant consistency'、'deviant coverage'、'irrelevant' 中的每个 t 调用 smmr(sol, t)"}

#: What explain and include may name, as the engine lists them when one is named twice, and in Chinese.
_TWICE_CHOICES_ZH = {
    "explain": ("'1' (positive rows) or '1,C' (positive rows and contradictions)",
                "'1'（正组态的行）或 '1,C'（正组态的行和矛盾行）"),
    "include": ("'' (none), '?' (remainders), 'C' (contradictions) or '?,C' (both)",
                "''（都不用）、'?'（逻辑余项）、'C'（矛盾行）或 '?,C'（两者）"),
}

#: The hints the engine gives after exclude's row numbers it cannot read, in Chinese (those _hints_zh says, a
#: full-width character or digit, are said there).
_EXCLUDE_HINTS_ZH = [
    (re.compile(r"; R's vector c\(\.\.\.\) copied as text: write (?P<write>'[^']*')$"),
     "；这是照搬成文本的 R 向量 c(...)：请写 {write}"),
    (re.compile(r"; a range of rows \((?P<range>[^()]*)\) is not read: list each row, (?P<write>'[^']*')$"),
     "；不能读取行号范围（{range}）：请逐一列出每一行，{write}"),
    (re.compile(r"; write (?P<write>\[[^\]]*\]) \(numbers\), or (?P<text>'[^']*') \(one text\)$"),
     "；请写 {write}（数字），或 {text}（一个文本）"),
    (re.compile(r"; (?P<kind>'[^']*') names a kind of rows: (?P<write>exclude=find_rows\(tt, '[^']*'\))(?P<esa>, or "
                r"esa\(tt, contradictory_rows='csa'\))?$"),
     "；{kind} 是一类行的名称，不是行号：请写 {write}{esa}"),
    (re.compile(r"; separate the row numbers with commas(?:, e\.g\. (?P<write>'[^']*'))?$"),
     "；行号之间请用逗号分隔{write}"),
    (re.compile(r"; (?P<kind>'[^']*') names a kind of rows: list them with (?P<list>find-rows --type \S+), or block them "
                r"with (?P<block>esa --csa)$"),   # the command line's own way to the rows of a kind
     "；{kind} 是一类行的名称，不是行号：请用 {list} 列出它们，或用 {block} 排除它们"),
    (re.compile(r"; write (?P<write>\d+) \(digits 0-9 only: no (?P<sep>'[_,]') between groups of digits\)$"),
     "；请写 {write}（只用数字 0-9，数字组之间不加 {sep}）"),
]


def _zh_exclude_not_numbers(m: re.Match) -> str | None:
    """exclude's row numbers it cannot read (a case's name, exclude=['XX'], as a participant writes it), in Chinese,
    with the engine's hint; no line for a hint the workshop cannot say."""
    line = f"{m.group('param')}：行号必须是整数（如 '7,8,15'），现为 {m.group('value')}"
    rest = m.group("rest")
    if not rest or _hints_zh(rest):   # none, or a full-width character or digit: said by the hints
        return line
    for form, said in _EXCLUDE_HINTS_ZH:
        found = form.match(rest)
        if found:
            values = {k: v or "" for k, v in found.groupdict().items()}
            if "esa" in values and values["esa"]:
                values["esa"] = "，或 esa(tt, contradictory_rows='csa')"
            if form.pattern.startswith("; separate") and values.get("write"):
                values["write"] = f"，例如 {values['write']}"
            return line + said.format(**values)
    return None


_MODELS_LISTED = re.compile(
    r"there are no models|there is 1 model(?: listed of (?P<of1>.+?) \(a partial answer\))?, (?P<name>\S+): models\[0\] "
    r"or models\[(?P<key1>'[^']*')\]|there are (?P<n>[\d,]+) models(?: listed of (?P<of>.+?) \(a partial answer\))?, "
    r"(?P<shown>.+?): models\[0\] to models\[(?P<last>\d+)\], or by name, models\[(?P<key>'[^']*')\]")


def _models_listed_zh(listed: str) -> str | None:
    """The models a NoModelError names (ModelList: 'there are 3 models listed of 1,954 (a partial answer), M1, M2, M3:
    models[0] to models[2], or by name, models['M1']'), in Chinese; None for another form."""
    found = _MODELS_LISTED.fullmatch(listed)
    if found is None:
        return None
    if found.group("name") is None and found.group("n") is None:
        return "没有模型"

    def counted(n: str, of: str | None) -> str:   # 'at least 16' (counting stopped at max_work) or '1,954'
        if of is None:
            return f"共有 {n} 个模型"
        least = of.removeprefix("at least ")
        return f"只列出了 {n} 个模型（{'至少有' if least != of else '共有'} {least} 个：这是部分答案）"

    if found.group("name") is not None:
        return f"{counted('1', found.group('of1'))}：{found.group('name')}，即 models[0] 或 models[{found.group('key1')}]"
    shown = re.sub(r", \.\.\. \((?P<n>[\d,]+) in all\)$", r" ……（共 \g<n> 个）", found.group("shown"))
    return (f"{counted(found.group('n'), found.group('of'))}：{shown}，即 models[0] 到 models[{found.group('last')}]，"
            f"或按名称，如 models[{found.group('key')}]")


def _zh_no_model(m: re.Match) -> str | None:
    """A model asked of sol.models that is not there (NoModelError: by a position out of range or a name no model has),
    in Chinese, with the models there are and, for a list cut or a count stopped at max_work, that it is partial."""
    listed = _models_listed_zh(m.group("listed"))
    if listed is None:
        return None
    if m.group("why") == "no model of that name":
        return f"models[{m.group('key')}]：没有这个名称的模型；{listed}"
    return (f"models[{m.group('key')}]：超出范围；{listed}；位置从 0 开始计数"
            + (f"：{m.group('meant')} 是 {m.group('position')}" if m.group("meant") else ""))


_N = r"[\d,]+"   # a count as the engine writes it ('1,954')
#: A budget as a refusal names it in Python ('max_work = 200', 'raise max_work (CLI: --max-work)') or as the command
#: line does ('--max-work 200', 'raise --max-work': cli._cli_message); _flags_zh says the Chinese line so too.
_AT = {name: rf"(?:{name} = |--{name.replace('_', '-')} )" for name in ("max_work", "max_memberships",
                                                                        "max_pair_candidates")}
_RAISE = {name: rf"(?:{name} \(CLI: --{name.replace('_', '-')}\)|--{name.replace('_', '-')})" for name in _AT}


def _flags_zh(said: Callable[[re.Match], str | None]) -> Callable[[re.Match], str | None]:
    """said(m), the line of an error its form reads as Python or as the command line words it (_AT, _RAISE), with
    each name the command line gives as its flag said so: 'max_work = 200' as '--max-work 200', 'max_work（命令行：
    --max-work）' as '--max-work', depth=3 as '--depth 3', (n_cut) as (--n-cut); as Python, the line as said."""
    def line(m: re.Match) -> str | None:
        text, message = said(m), m.string
        for flag in dict.fromkeys(re.findall(r"--([a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z]+)\b", message)):
            name = flag.replace("-", "_")
            if text is None or re.search(rf"(?<![\w-]){name}(?: ?= ?| \(CLI)", message):   # said as Python
                continue
            text = text.replace(f"{name}（命令行：--{flag}）", f"--{flag}")
            text = re.sub(rf"(?<![\w-]){name} ?= ?(?=\d)", f"--{flag} ", text)
            text = re.sub(rf"(?<![\w-]){name}(?![\w-])", f"--{flag}", text)
        return text
    return line
#: What a refusal of the exact search says it settled before it stopped ('. Settled so far: ...'), in Chinese.
_SETTLED = (r"(?:\. Settled so far: (?:every minimal model has exactly (?P<exactly>\d+)|a minimal model has at least "
            r"(?P<least>\d+) and at most (?P<most>\d+)) prime implicants)?$")


def _settled_zh(m: re.Match) -> str:
    """The Chinese of _SETTLED's part of a refusal of the exact search (nothing when the refusal has none)."""
    if m.group("exactly"):
        return f"。目前已确定：每个最简模型恰含 {m.group('exactly')} 个质蕴涵项"
    if m.group("least"):
        return f"。目前已确定：最简模型至少含 {m.group('least')} 个、至多含 {m.group('most')} 个质蕴涵项"
    return ""


def _models_of_zh(what: str) -> str:
    """Whose minimal models a refusal at max_models counts: a solution ('parsimonious solution') or a (C, P) pair of
    an intermediate solution ('C1P2'), in Chinese."""
    found = re.fullmatch(r"(?P<kind>conservative|parsimonious) solution", what)
    return _kind_zh(found.group("kind")) if found else f"（C, P）对 {what} "


def _zh_partial_refused(m: re.Match) -> str:
    """simplifying_assumption_rows's refusal of a partial parsimonious solution, in Chinese."""
    raise_ = ("请把 max_models（命令行：--max-models）提高到模型数以上" if m.group("exact") else
              "模型的计数在 max_work 处停止：要数全每个模型，请提高 max_work（命令行：--max-work），并把 max_models"
              "（命令行：--max-models）提高到模型数以上")
    return (f"结果 {m.group('outcome')} 的简约解是部分答案（{'至少 ' if m.group('least') else ''}{m.group('n')} 个最简模型，"
            f"列出 {m.group('listed')} 个）：需要每个模型的简化假设；{raise_}，或指明要用的模型（API：models=['M1']；"
            "命令行的 find-rows 使用每个模型）")


def _raw_values_at_zh(m: re.Match) -> str:
    """Where calibrate's raw values that are not numbers are (m's groups 'where' and 'count'), in Chinese, in
    brackets; '' when not said."""
    if not m.group("where"):
        return ""
    count = f"共 {m.group('count')} 个值不是数字，" if m.group("count") else ""
    return f"（{count}位于{_raw_value_place_zh(m.group('where'))}）"


def _raw_value_place_zh(where: str) -> str:
    """calibrate's place of a raw value ("case 'B'", "index 3", "positions 1, 4", a Series' index name before its
    labels: calibrate._positions) in Chinese."""
    word, _, labels = where.partition(" ")
    return f"{_AT_WORDS_ZH[word]} {labels}" if word in _AT_WORDS_ZH else where


#: calibrate's words for where a raw value is (calibrate._positions), in Chinese
_AT_WORDS_ZH = {"case": "案例", "index": "索引", "positions": "位置"}


def _quoted_error_zh(m: re.Match) -> str | None:
    """The line of the error an error quotes after its own words (m's group 'quoted'), as that error alone has it
    (_error_message_zh): its hints said, and a part no hint says kept in English, where it stands; None when that
    error has none. A form with the group 'quoted' says the quoted error's hints so: _error_message_zh adds none after
    its line (they were lost past a quoted form's match, and said twice when the line quoted _error_message_zh)."""
    return _error_message_zh(m.group("quoted"))


def _zh_expression_argument(m: re.Match) -> str | None:
    """An expression argument's error that quotes its check of the expression (theory_evaluation's theory, esa's
    nec_cond and untenable, find_rows' expression, or their flags: "theory 'DEV*XX': unknown condition 'XX' in term
    'DEV*XX' ..."): the argument and its value, then the quoted error's line with its hints (_quoted_error_zh); None
    when that error has none."""
    line = _quoted_error_zh(m)
    return None if line is None else f"{m.group('param')} {m.group('value')}：{line}"


#: calibrate's hints after 'threshold ... is not a number (thresholds ...)': how to separate the thresholds, or write
#: the number (calibrate._semicolon_hint, checks.plain_number_hint), in Chinese
_THRESHOLD_HINTS_ZH = [
    (re.compile(r"; separate the thresholds with ',': (?P<w>'[^']*')$"), "；各临界值之间用 ',' 分隔：{w}"),
    (re.compile(r"; separate the thresholds with ',' \(e\.g\. (?P<w>'[^']*')\)$"), "；各临界值之间用 ',' 分隔（例如 {w}）"),
    (re.compile(r"; decimal commas and ';' between the thresholds \(a locale whose decimal mark is a comma\)\? write "
                r"numbers with a point and separate them with ',': (?P<w>'[^']*')$"),
     "；是小数逗号、并以 ';' 分隔各临界值吗（以逗号为小数点的地区设置）？请用小数点写数字，各临界值之间用 ',' 分隔：{w}"),
    (re.compile(r"; write (?P<w>'[^']*') \(',' separates the thresholds\)$"), "；请写 {w}（各临界值之间用 ',' 分隔）"),
    (re.compile(r"; write (?P<w>\S+) \(digits 0-9 only: no (?P<s>'[^']*') between groups of digits\)$"),
     "；请写 {w}（只用数字 0-9，数字组之间不加 {s}）"),
]
#: Any of them, as the end of the message's form reads it.
_THRESHOLD_HINT = "|".join(re.sub(r"\(\?P<\w+>", "(?:", form.pattern.rstrip("$")) for form, _ in _THRESHOLD_HINTS_ZH)


#: What a figure refused for its size has too many of (analysis.plots.layout.row_panels' `what`), in Chinese.
_FIGURE_ROWS_ZH = {"cases": "案例", "truth-table rows": "真值表行", "corpus items": "语料条目", "localities": "地点"}
#: How each figure of rows says to draw fewer (row_panels' `select`: the heat map, the truth-table figure, Paper B's
#: timeline and locality chart), in Chinese; a figure whose advice is not here gets no line.
_FIGURE_SELECTION_ZH = {
    "draw a selection of the cases (memberships.loc[[...]] or memberships.iloc[:40])":
        "请只画一部分案例（memberships.loc[[...]] 或 memberships.iloc[:40]）",
    "draw a selection of the rows (rows.loc[[...]], e.g. the rows with OUT 1 or n above n_cut)":
        "请只画一部分行（rows.loc[[...]]，例如 OUT 为 1 或 n 高于 n_cut 的行）",
    "draw a selection of the items (documents.loc[...], e.g. one stage's or the documents only)":
        "请只画一部分条目（documents.loc[...]，例如某一阶段的条目，或只画文件）",
    "draw a selection of the localities (localities.loc[...], e.g. one province's)":
        "请只画一部分地点（localities.loc[...]，例如某一个省的地点）",
}
#: The units of a figure's limit (analysis.plots.layout.whole_number_parameter), in Chinese.
_FIGURE_UNITS_ZH = {"rows": "行", "paths": "路径", "terms": "项"}


#: A missing-value code left among a set's values (99 among memberships, a multi-value set's levels; data's
#: _missing_code_hint): mark the cells missing, or declare the code when calibrating.
_MISSING_CODE = (r"; (?P<codes>-?\d+(?:, -?\d+)*) looks like a missing-value code \(SPSS, Stata\): mark such cells as "
                 r"missing first \(empty or NA, the cases then dropped by drop_missing_cases, on the command line "
                 r"--drop-missing; raw values calibrated from a specification: the set's missing_codes: \[(?P=codes)\] "
                 r"with missing: keep\)")


def _missing_code_zh(m: re.Match) -> str:
    """_MISSING_CODE's hint in Chinese (the codes of m's group 'codes')."""
    return (f"；{m.group('codes')} 像是缺失值代码（SPSS、Stata）：请先把这些单元格标为缺失（清空或写 NA，再用 "
            "drop_missing_cases 删除这些案例，命令行中用 --drop-missing；由设定校准的原始值：在该集合的设定中写 "
            f"missing_codes: [{m.group('codes')}] 和 missing: keep）")


#: (the kind of error, the message's form, its Chinese from the names the form holds): engine_error_zh's table.
#: Data rows as the engine names them (analysis.qca.data.rows_at): '1, 19', with the file's lines or the sheet's rows
#: after them: '1, 19 (line(s) 2, 20 of the file)', '2, 3 (row(s) 3, 4 of sheet 'Data')'; ' ...' past the first five.
_ROWS_AT = (r"\d+(?:, \d+)*(?: \.\.\.)?(?: \((?:line\(s\) \d+(?:, \d+)*(?: \.\.\.)? of the (?:file|input)|row\(s\) "
            r"\d+(?:, \d+)*(?: \.\.\.)? of sheet (?:'[^']*'|\"[^\"]*\"))\))?")


def _rows_at_zh(rows: str) -> str:
    """Rows as _ROWS_AT reads them, in Chinese: '第 1、19 行（文件的第 2、20 行）', '第 2、3 行（工作表 'Data' 的第 3、4 行）'."""
    m = re.fullmatch(r"(?P<rows>[\d, ]+?)(?P<more> \.\.\.)?(?: \((?:line\(s\) (?P<lines>[\d, ]+?)(?: \.\.\.)? of the "
                     r"(?P<of>file|input)|row\(s\) (?P<srows>[\d, ]+?)(?: \.\.\.)? of sheet (?P<sheet>.+))\))?", rows)
    said = f"第 {m.group('rows').replace(', ', '、')} 行" + ("等" if m.group("more") else "")
    if m.group("lines"):
        said += f"（{'文件' if m.group('of') == 'file' else '输入'}的第 {m.group('lines').replace(', ', '、')} 行）"
    elif m.group("srows"):
        said += f"（工作表 {m.group('sheet')} 的第 {m.group('srows').replace(', ', '、')} 行）"
    return said


def _repeated_zh(where: str) -> str | None:
    """Where each repeated case name is (analysis.qca.data.where_repeated: "'a' in row(s) 1, 5 (line(s) 2, 7 of the
    file); 'b' in row(s) ..."), in Chinese; None for a list of another form."""
    parts, more = where.split("; "), False
    if parts[-1] == "...":
        parts, more = parts[:-1], True
    said = []
    for part in parts:
        m = re.fullmatch(rf"(?P<name>'[^']*'|\"[^\"]*\") in row\(s\) (?P<rows>{_ROWS_AT})", part)
        if m is None:
            return None
        said.append(f"{m.group('name')} 在{_rows_at_zh(m.group('rows'))}")
    return "；".join(said) + ("；……" if more else "")


def _zh_raw_case_twice(m: re.Match) -> str | None:
    """A case named twice where raw values are read: the robustness command's --raw file, the calibrate command's
    file or calibrate_frame's case column, robustness_protocol's raw data."""
    if m.group("api"):
        return f"原始数据中有重复的案例名称 {_more_cases_zh(m.group('api'))}：每个案例只能有一行原始数值"
    where = _repeated_zh(m.group("where") or m.group("at"))
    if where is None:
        return None
    if m.group("raw"):
        return (f"--raw {m.group('raw')}：" + (f"列 {m.group('col')} 中" if m.group("col") else "")
                + f"有重复的案例名称 {_more_cases_zh(m.group('names'))}；每个案例只能有一行原始数值：{where}")
    return ((f"{m.group('file')}：" if m.group("file") else "") + f"列 {m.group('column')} 中有重复的案例名称 "
            f"{m.group('dup')}（名称两端的空格不计）；案例名称必须唯一：{where}")


#: Why YAML reads a number otherwise than written (read._plain_yaml_number), in Chinese.
_YAML_NUMBER_ZH = {"digits grouped with '_'": "数字用 '_' 分组", "':' makes it a base-60 number": "':' 使它成为六十进制数",
                   "hexadecimal": "十六进制", "binary": "二进制", "octal": "八进制",
                   "a leading 0 makes it octal": "开头的 0 使它成为八进制数"}


#: The kinds of file the reader names when the data file is not text (analysis.qca.read._BINARY, and an SPSS portable
#: file), in Chinese; a kind not here gets no line (tests/test_workshop_rare_lines.py checks every kind is here).
_FILE_KINDS_ZH = {"a zip archive (an Excel .xlsx workbook or an .ods sheet?)": " zip 压缩文件（Excel .xlsx 工作簿或 .ods 表格？）",
                  "an old Excel .xls workbook (OLE2 file)": "旧版 Excel .xls 工作簿（OLE2 文件）",
                  "an SPSS .sav file": " SPSS .sav 文件", "an SPSS .sav file (compressed)": " SPSS .sav 文件（压缩）",
                  "a gzip-compressed file (an R .rds file?)": " gzip 压缩文件（R 的 .rds 文件？）",
                  "an R .RData file": " R 的 .RData 文件", "a Parquet file": " Parquet 文件",
                  "a Feather (Arrow IPC) file": " Feather（Arrow IPC）文件", "a Feather (version 1) file": " Feather（第 1 版）文件",
                  "a Stata .dta file": " Stata .dta 文件", "a PDF document": " PDF 文档",
                  "an SPSS portable .por file": " SPSS 便携式 .por 文件"}
#: What the readers of workbooks, Stata and SPSS files name a file they cannot read ('cannot read this .xlsx workbook').
_DAMAGED_WHAT_ZH = {".xlsx workbook": " .xlsx 工作簿", "Stata .dta file": " Stata .dta 文件", "SPSS .sav file": " SPSS .sav 文件",
                    "SPSS portable .por file": " SPSS 便携式 .por 文件", "OpenDocument sheet (.ods)": " OpenDocument 表格（.ods）",
                    "old Excel workbook (.xls)": "旧版 Excel 工作簿（.xls）"}


def _sheets_zh(listed: str) -> str:
    """A workbook's sheets as the reader lists them ("1 'Data', 2 'Notes' (hidden)"), in Chinese."""
    return re.sub(r", (?=\d+ ['\"])", "、", listed.replace(" (hidden)", "（隐藏）"))


#: negate_outcome as the engine names it in Python and on the command line, in Chinese.
_NEGATE_ZH = {"negate_outcome (CLI: --negate-outcome)": "negate_outcome（命令行：--negate-outcome）", "--negate-outcome": "--negate-outcome "}
#: A set's role as the engine names it, in Chinese.
_ROLE_ZH = {"condition": "条件", "outcome": "结果"}
#: The marks around a multi-value outcome's values ('SURV{1}', 'SURV[1]'), in Chinese.
_MARKS_ZH = {"braces": "花括号", "brackets": "方括号"}


#: SetMethods' smmr(necessity = TRUE, cases = n)'s types as the engine names them (r_calls.SMMR_NECESSITY_CASE_NUMBERS)
_NECESSITY_CASES_ZH = {"typical cases": "典型案例", "deviant cases consistency": "一致性偏离案例",
                       "deviant cases relevance": "相关性偏离案例"}

#: What pof.refuse_printed_model says to leave out of a model line copied from a solution's printout, each part
_PRINTED_DROPPED = re.compile(r"its label (?P<label>'[^']*'|\"[^\"]*\")|the arrow and outcome (?P<arrow>'[^']*'|\"[^\"]*\"), "
                              r"given apart|R's parentheses, which mark a term not in every model")


ENGINE_ERRORS_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str | None]]] = [
    ("an argument the function does not take",
     re.compile(r"(?P<function>\w+)\(\) takes no argument (?P<name>'[^']*')(?:; (?P<advice>.+?))? \((?:its arguments: "
                r"(?P<names>[^()]*)|it takes no arguments)\)$"),
     _zh_unknown_keyword),
    ("an R argument the engine does not implement",
     re.compile(r"(?P<given>\S+) is R QCA's (?P<function>\w+)\(\.\.\., (?P<r>[\w.]+) = \.\.\.\) \((?P<what>.+?)\), which "
                r"this engine does not implement; instead: (?P<instead>.+)$"),
     _zh_r_only),
    ("a flag's value of the wrong kind",   # the command line's types: --n-cut 0, --max-work 1,000,000, --model M2
     re.compile(r"argument (?P<flag>--[\w-]+(?:/--[\w-]+)?): must be (?P<what>a positive whole number|a number in \[0, 1\]|"
                r"a whole number >= 0|exact or a positive whole number|a term's number \(1 = the first\) or its text, "
                r"e\.g\. (?P<eg>'[^']*')), got (?P<value>'[^']*')(?:; write (?P<write>--model \d+) \(models are numbered "
                r"from 1: (?P<printed>M\d+) is (?P<n>\d+)\)|; write (?P<digits>\d+) \((?:digits 0-9 only: no (?P<sep>'[_,]') "
                r"between groups of digits|(?P<exp>a whole number in digits, not in exponent form))\))?(?=; |$)"),
     lambda m: (f"参数 {m.group('flag')}：必须是"
                + {"a positive whole number": "正整数", "a number in [0, 1]": " [0, 1] 中的数",
                   "a whole number >= 0": "不小于 0 的整数", "exact or a positive whole number": " exact 或正整数"}.get(
                    m.group("what"), f"项的编号（1 即第一项）或项的文本，例如 {m.group('eg')}")
                + f"，现为 {m.group('value')}"
                + (f"；请写 {m.group('write')}（模型从 1 开始编号：{m.group('printed')} 即 {m.group('n')}）"
                   if m.group("write") else "")
                + (f"；请写 {m.group('digits')}（" + ("用数字写出整数，不用指数形式" if m.group("exp") else
                                                     f"只用数字 0-9，数字组之间不加 {m.group('sep')}") + "）"
                   if m.group("digits") else ""))),
    ("a budget not a whole number",
     re.compile(r"(?P<param>max_models|max_work|max_implicants|max_chart_cells|max_intermediate_pairs|sa_limit|"
                r"ec_limit|max_memberships|max_candidates|max_pair_candidates|max_pairs|max_csf|limit|"
                r"sol_depth(?! must be a positive whole number, got 0:)) must be (?:a positive whole "
                r"number|a whole number >= (?P<least>\d+)), got "
                r"(?P<value>'[^']*'|\w+\([^()]*\)|\S+?)(?=[;:( ]|$)"),
     lambda m: (f"{m.group('param')} 必须是" + (f"不小于 {m.group('least')} 的整数" if m.group("least") else "正整数")
                + f"，现为 {m.group('value')}")),
    ("causal_chain's sol_depth = 0, R's default of sol.depth",   # the API's refusal and chain --sol-depth 0's (chain.py)
     re.compile(r"(?:sol_depth must|argument (?P<flag>--sol-depth): must) be a positive whole number, got (?P<value>0|'0'): "
                r"leave (?:it|--sol-depth) out for models of any number of prime implicants; R's sol\.depth = 0 is its "
                r"default, with which causalChain sets 5, its help says: write 5 for that$"),
     lambda m: ((f"参数 {m.group('flag')}：必须是正整数" if m.group("flag") else "sol_depth 必须是正整数")
                + f"，现为 {m.group('value')}：要列出由任意多个质蕴涵项组成的模型，请去掉"
                + (" --sol-depth" if m.group("flag") else "该参数")
                + "；R 的 sol.depth = 0 是其默认值，据其帮助文档，此时 causalChain 取 5：要与之比较，请写 5")),
    ("explain other than the positive rows",
     re.compile(r"explain must be '1' \(positive rows\) or '1,C' \(positive rows and contradictions\), got "
                rf"{_GIVEN}(?P<negative>; to explain the negative rows \(R's explain = \"0\"\), build the "
                r"truth table of the negated outcome, (?P<tt>truth_table\(data, '~Y', \.\.\.\)) \(CLI: --outcome '~Y' or "
                r"--negate-outcome\), and explain its positive rows)?(?=[;:]|$)"),
     lambda m: (f"explain 只能是 '1'（正组态的行）或 '1,C'（正组态的行和矛盾行），现为 {m.group('value')}"
                + (f"；要解释负组态的行（R 的 explain = \"0\"），请构建结果之否定的真值表 {m.group('tt')}（命令行："
                   "--outcome '~Y' 或 --negate-outcome），再解释它的正组态行" if m.group("negative") else ""))),
    ("exclude: a row out of range",
     re.compile(r"(?P<param>exclude|contradictory_rows|rows): row numbers? (?P<rows>-?\d+(?:, -?\d+)*) out of range: the truth table has rows "
                r"1\.\.(?P<n>\d+) \(1-based, first condition most significant\)$"),
     lambda m: (f"{m.group('param')}：行号 {m.group('rows')} 超出范围：真值表的行号为 1..{m.group('n')}（从 1 开始编号，第一个条件为"
                "最高位）")),
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
    ("a model's number out of range",
     re.compile(rf"model must be 1\.\.(?P<n>\d+), got {_GIVEN}(?:; write (?P<write>\d+) \(models are "
                r"numbered from 1: (?P<label>M\d+) is \d+\)|; write [^,]+, a number, not the text .+|(?P<outcome>; "
                r"'[^']*' is the outcome, which is not an argument here: .+)|; write (?P<pwrite>\d+) \(the distinct models "
                r"are numbered from 1 across the pairs, as printed: (?P<pair>C\d+P\d+ M\d+) is \d+(?:, the same model as "
                r"(?P<same>[^()]+))?\)(?: \(SetMethods' sol = (?P<sol>'[^']*'), pimdata's format, names C\d+P\d+ M\d+\))?)?$"),
     lambda m: (f"model 必须是 1..{m.group('n')} 之间的模型编号（M1 为 1），现为 {m.group('value')}"
                + (f"；请写 {m.group('write')}（模型从 1 开始编号：{m.group('label')} 即 {m.group('write')}）"
                   if m.group("write") else "")
                + (f"；请写 {m.group('pwrite')}（中间解各对中不同的模型按打印顺序从 1 开始统一编号：{m.group('pair')} 即 "
                   f"{m.group('pwrite')}" + (f"，与 {m.group('same')} 是同一个模型" if m.group("same") else "") + "）"
                   + (f"（SetMethods 的 sol = {m.group('sol')}，即 pimdata 格式的 {m.group('pair')}）" if m.group("sol") else "")
                   if m.group("pwrite") else ""))),
    ("not a solution", re.compile(r"(?:(?P<function>\w+) needs|expected) a Solution from minimize\(\), got (?P<got>\w+)$"),
     lambda m: (f"{m.group('function') + ' ' if m.group('function') else ''}需要 minimize() 返回的解（Solution），现为 "
                f"{m.group('got')}")),
    ("exclude: rows not whole numbers",
     re.compile(r"(?P<param>exclude|contradictory_rows|rows): row numbers must be whole numbers(?: such as '7,8,15')?, got (?P<value>\[.*\]|'[^']*'|\S+?)"
                r"(?P<rest>[;:] .*)?$"),
     _zh_exclude_not_numbers),
    ("exclude: an empty item",
     re.compile(r"(?P<param>exclude|contradictory_rows|rows): row numbers must be whole numbers separated by commas, such as '7,8,15', got "
                r"(?P<value>'[^']*') \(an empty item\)$"),
     lambda m: (f"{m.group('param')}：行号必须是用逗号分隔的整数（如 '7,8,15'），现为 {m.group('value')}（其中有一项是空的：多写了一个逗号，"
                "或漏写了一个行号？）")),
    ("exclude: a row named twice",
     re.compile(r"(?P<param>exclude|contradictory_rows|rows): row numbers? (?P<rows>\d+(?:, \d+)*) named twice in (?P<value>'[^']*'); name each row once "
                r"\(a typo for another row\?\)$"),
     lambda m: (f"{m.group('param')}：行号 {m.group('rows')} 在 {m.group('value')} 中出现了两次；每行只写一次（是否把另一行的行号写错了？）")),
    ("exclude: no rows",
     re.compile(r"(?P<param>exclude|contradictory_rows|rows): no row numbers in (?P<value>'[^']*'): give row numbers such as '7,8,15', or leave it out to "
                r"block no rows$"),
     lambda m: (f"{m.group('param')}：{m.group('value')} 中没有行号：请给出行号，如 '7,8,15'；不排除任何行则不写 "
                f"{m.group('param')}")),
    ("exclude: not a list",
     re.compile(r"(?P<param>exclude|contradictory_rows|rows): rows must be a list of row numbers, got (?P<value>.+)$"),
     lambda m: f"{m.group('param')}：行须是行号的列表，现为 {m.group('value')}"),
    ("n_jobs out of range",
     re.compile(r"n_jobs must be None or a whole number other than 0 from (?P<low>-\d+) to (?P<high>\d+) \(-1: every "
                r"core\), got (?P<value>'[^']*'|\S+?)(?=[;:( ]|$)"),
     lambda m: (f"n_jobs 必须是 None，或 {m.group('low')} 到 {m.group('high')} 之间、不为 0 的整数（-1：使用全部核心），"
                f"现为 {m.group('value')}")),
    ("an item named twice",
     re.compile(r"(?P<param>explain|include) names (?P<items>'[^']*'(?: and '[^']*')*) twice in (?P<value>'[^']*'|"
                r"\[[^\[\]]*\]); "
                r"name each once: (?P<choices>.+)$"),
     lambda m: (None if _TWICE_CHOICES_ZH.get(m.group("param"), ("",))[0] != m.group("choices") else
                f"{m.group('param')} 中 {m.group('items').replace(' and ', ' 和 ')} 出现了两次（{m.group('value')}）；"
                f"每项只写一次：{_TWICE_CHOICES_ZH[m.group('param')][1]}")),
    ("a truth table's argument given to minimize",
     re.compile(r"(?P<name>\S+) is an argument of truth_table\(\), not of (?P<function>\w+)\(\)(?P<r> \(R QCA's "
                r"minimize\(\) passes it on to truthTable\(\)\))?: build the truth table with it, (?P<tt>tt = "
                r"truth_table\(data, outcome, conditions, incl_cut=\.\.\., n_cut=\.\.\.\)), then (?P<then>.+)$"),
     lambda m: (f"{m.group('name')} 是 truth_table() 的参数，不是 {m.group('function')}() 的"
                + ("（R QCA 的 minimize() 会把它传给 truthTable()）" if m.group("r") else "")
                + f"：请在构建真值表时给出它，{m.group('tt')}，再 {m.group('then')}")),
    ("a header of numbers",   # data.header_of_numbers: a file saved without its header row, its first case read as names
     re.compile(r"(?:(?P<outcome>(?:--)?outcome (?:'[^']*'|\"[^\"]*\")) is not a column of (?P<data>.+?): )?(?P<where>the "
                r"header|the first line) holds numbers where the column names go \((?P<shown>.+)\): a row of data, the "
                r"header row left out\? Add a header row naming the columns \(the case names' column, the conditions, the "
                r"outcome\), e\.g\. case,A,B,Y$"),
     lambda m: ((f"{m.group('outcome')} 不是{'数据' if m.group('data') == 'the data' else ' ' + m.group('data') + ' '}"
                 "中的列：" if m.group("outcome") else "")
                + ("表头" if m.group("where") == "the header" else "第一行")
                + f"在列名的位置上是数字（{m.group('shown')}）：是一行数据、漏了表头行吗？请加上一行表头，写出各列的名称（案例"
                "名称列、条件、结果），例如 case,A,B,Y")),
    ("outcome not a column", re.compile(r"outcome (?P<name>'[^']*') is not a column of the data(?:; the data has a single "
                                        r"column (?P<single>'[^']*'): the file looks separated by (?P<sep>';'|a tab), not "
                                        r"commas \((?P<source>Excel in a locale with decimal commas|Excel's 'Text \(Tab "
                                        r"delimited\)', a \.tsv file)\); save it as 'CSV UTF-8 \(comma delimited\)' or read "
                                        r"it with (?P<read>pd\.read_csv\(path, sep='[^']*'(?:, decimal=',')?\))(?= \(|$)"
                                        r"|(?P<value>; the (?:outcome"
                                        r"(?: is named, not compared|'s absence \(R's 1 - [^)]*\) is written)|data has a "
                                        r"single column)[^(]*"
                                        r"(?:\(a multi-value outcome's value [^)]*\))?))?"),
     lambda m: (f"结果 {m.group('name')} 不是数据中的列：数据只有一列 {m.group('single')}：文件看来是用"
                + ("制表符" if m.group("sep") == "a tab" else " ';' ") + "而不是逗号分隔的（"
                + ("小数用逗号的地区设置下的 Excel" if m.group("sep") == "';'" else "Excel 的“文本文件(制表符分隔)”，或 .tsv 文件")
                + f"）；请另存为 'CSV UTF-8 (逗号分隔)'，或用 {m.group('read')} 读取" if m.group("single") else
                None if (value := _outcome_value_zh(m.group("value"))) is None else   # a hint it cannot say: no line
                f"结果 {m.group('name')} 不是数据中的列：结果须是数据中某一列的名称{value}")),
    ("an outcome's values written wrong",   # data.py: 'SURV{1,}', 'SURV{1,1}', 'SURV{1 2}', 'SURV{}', 'SURV{2}'
     re.compile(r"(?:outcome (?P<o>'[^']*')(?: has an empty value between the (?P<empty>braces|brackets) \(a stray "
                r"comma\?\)| names value\(s\) (?P<twice>\d+(?:, \d+)*) twice|: cannot read the values between the "
                r"(?P<unread>braces|brackets)); (?:write the values separated by commas|write whole numbers separated by "
                r"commas|name each value once), e\.g\. (?P<eg>'[^']*'(?: or '[^']*')?)|no outcome value inside the braces "
                r"of (?P<none>'[^']*'); write e\.g\. (?P<write>'[^']*')|outcome (?P<absent_o>'[^']*'): value\(s\) "
                r"(?P<absent>\d+(?:, \d+)*) do not occur in column (?P<col>'[^']*') \(its values: (?P<values>[^()]*)\)"
                r"|outcome (?P<mv_o>'[^']*') selects values of a multi-value outcome, but column (?P<mv_col>'[^']*') is "
                r"not multi-value \(it must hold integers 0, 1, 2, \.\.\.\)|outcome (?P<odd>'[^']*'): cannot read it; "
                r"write a column name, '~NAME' for its negation, or 'NAME\{v\}' / 'NAME\{v,w\}' for values of a "
                r"multi-value outcome)$"),
     lambda m: (f"结果 {m.group('o')} 的{_MARKS_ZH[m.group('empty')]}中有一个空值（多写了一个逗号？）；请用逗号分隔各个取值，"
                f"例如 {m.group('eg').replace(' or ', ' 或 ')}" if m.group("empty") else
                f"结果 {m.group('o')} 把取值 {m.group('twice')} 写了两次；每个取值只写一次，例如 {m.group('eg')}"
                if m.group("twice") else
                f"结果 {m.group('o')}：无法读取{_MARKS_ZH[m.group('unread')]}中的取值；请写以逗号分隔的整数，例如 "
                f"{m.group('eg').replace(' or ', ' 或 ')}" if m.group("unread") else
                f"{m.group('none')} 的花括号中没有结果的取值；请写，例如 {m.group('write')}" if m.group("none") else
                f"结果 {m.group('absent_o')}：取值 {m.group('absent')} 没有出现在列 {m.group('col')} 中（该列的取值："
                f"{m.group('values')}）" if m.group("absent") else
                f"结果 {m.group('mv_o')} 选取多值结果的取值，但列 {m.group('mv_col')} 不是多值的（它必须是整数 0, 1, 2, ...）"
                if m.group("mv_o") else
                f"结果 {m.group('odd')}：无法读取；请写列名，'~NAME' 表示其否定，'NAME{{v}}' / 'NAME{{v,w}}' 表示多值结果的"
                "取值")),
    ("a multi-value outcome given plain",   # data.py: outcome 'SURV' holding 0, 1, 2 (a typo, a total row?)
     re.compile(r"outcome (?P<o>'[^']*') is multi-value \(values up to (?P<top>\d+)\); QCA explains one value set at a "
                r"time: write (?P<write>outcome='[^']*'|--outcome '[^']*') \(e\.g\. (?P<eg>'[^']*')\); plain outcomes "
                r"must be crisp 0/1 or fuzzy memberships in \[0, 1\](?:; only case (?P<case>'[^']*') has a value above 1: "
                r"if it is a typo \(or a total row\), correct it)?$"),
     lambda m: (f"结果 {m.group('o')} 是多值的（取值最大为 {m.group('top')}）；QCA 一次解释一个取值集合：请写 "
                f"{m.group('write')}（例如 {m.group('eg')}）；普通结果必须是清晰集 0/1 或 [0, 1] 中的模糊隶属度"
                + (f"；只有案例 {m.group('case')} 的取值大于 1：若是笔误（或合计行），请改正" if m.group("case") else ""))),
    ("a set's name a solution could not print",   # data._check_name, comma_name_message: 'A+B', 'GDP, high', 'DE\nV'
     re.compile(r"(?:(?P<role>condition|outcome) name (?P<name>'[^']*'|\"[^\"]*\") (?:contains (?P<chars>'[^']'(?: '[^']')*): "
                r"QCA writes solutions and expressions with \* ~ \+ \[ \] \{ \} \( \) , = ; \(A\*~B \+ C\[1\], Y\{1\}\), so a "
                r"printed solution could not be read back|(?P<linebreak>holds a line break \(Alt\+Enter in an Excel cell\?\): "
                r"tables and solutions would print it over two lines)); rename the column, e\.g\. to (?P<fixed>'[^']*'|"
                r"\"[^\"]*\")|(?P<what>conditions|nec_cond) (?P<text>'[^']*'|\"[^\"]*\"): column (?P<col>'[^']*'|\"[^\"]*\") "
                r"contains ',', which separates the names here; a set name cannot contain ',' \(QCA writes expressions with "
                r"it, so a printed solution could not be read back\), so no quoting helps: rename the column, e\.g\. to "
                r"(?P<renamed>'[^']*'|\"[^\"]*\") \(in the file's header, or (?P<rename>df\.rename\(columns=\{.*\}\))\))$"),
     lambda m: (f"{_ROLE_ZH[m.group('role')]}名称 {m.group('name')} 含有 {m.group('chars')}：QCA 用 * ~ + [ ] {{ }} ( ) , = ; "
                "书写解和表达式（A*~B + C[1]，Y{1}），因此打印出的解无法再读回" if m.group("chars") else
                f"{_ROLE_ZH[m.group('role')]}名称 {m.group('name')} 含有换行符（在 Excel 单元格中按了 Alt+Enter？）：表格和解会"
                "把它打印成两行" if m.group("role") else
                f"{m.group('what')} {m.group('text')}：列 {m.group('col')} 含有 ','，而 ',' 在这里分隔名称；集合名称不能含有 ','"
                "（QCA 用它书写表达式，因此打印出的解无法再读回），加引号也无济于事")
     + (f"；请给该列改名，例如改为 {m.group('fixed')}" if m.group("fixed") else
        f"：请给该列改名，例如改为 {m.group('renamed')}（在文件的表头中改，或用 {m.group('rename')}）" if m.group("renamed")
        else "")),
    ("unknown conditions", re.compile(r"unknown conditions?: (?P<names>.+?)(?=; | \(|$)"),
     lambda m: f"未知条件 {m.group('names')}：条件须是数据中的列名"),
    ("unknown condition in a term", re.compile(r"unknown conditions? (?P<name>'[^']*'(?:, '[^']*')*)(?: in "
                                               r"(?P<where>term|expression) (?P<term>'[^']*'))?(?=[;( ]|$)"),
     lambda m: ((f"{'项' if m.group('where') == 'term' else '表达式'} {m.group('term')} 中的 " if m.group("where") else "")
                + f"{m.group('name')} 不是条件之一：项只能由条件写成（否定加 '~'，以 '*' 相连）")),
    ("an expression argument naming the outcome",
     re.compile(r"(?P<param>theory|nec_cond(?:\[\d+\])?|untenable) (?P<value>'[^']*') names (?P<outcome>'[^']*'), the "
                r"(?P<whose>solution|truth table)'s outcome; (?:a theory is|it takes) an expression of the conditions only "
                r"\((?P<conditions>[^()]*)\), such as (?P<example>'[^']*'(?: or '[^']*')?)$"),
     lambda m: (f"{m.group('param')} {m.group('value')} 写了 {m.group('outcome')}，即"
                f"{'解' if m.group('whose') == 'solution' else '真值表'}的结果；{'理论' if m.group('param') == 'theory' else '它'}"
                f"只能是条件的表达式（{m.group('conditions')}），例如 {m.group('example').replace(' or ', ' 或 ')}")),
    ("an expression argument in R's arrow notation",
     re.compile(r"(?P<param>\S+) (?P<value>'[^']*'|\"[^\"]*\") holds (?P<arrow>'[^']*'), the arrow of R's pof\(\) notation "
                r"\('X -> Y': X sufficient for outcome Y; 'X <- Y': X necessary for Y\), which names the outcome in the "
                r"expression; here the outcome is given apart and the expression holds the conditions only \(e\.g\. 'LIT' "
                r"or 'A\*~B \+ C'\): (?P<write>\S+=(?:'[^']*'|\"[^\"]*\")|--\S+ (?:'[^']*'|\"[^\"]*\"))(?P<necessity> with "
                r"(?:necessity=True \(CLI: --necessity\)|(?P<flag>--necessity)))?(?P<both> \(R refuses '<->' too\))?$"),
     lambda m: (f"{m.group('param')} {m.group('value')} 含有 {m.group('arrow')}，即 R 的 pof() 写法中的箭头（'X -> Y'：X 是结果 Y "
                "的充分条件；'X <- Y'：X 是 Y 的必要条件），它在表达式中写出了结果；这里结果另行给出，表达式只含条件（如 'LIT' 或 "
                f"'A*~B + C'）：请写 {m.group('write')}"
                + ("，并加 --necessity" if m.group("flag") else
                   "，并设 necessity=True（命令行：--necessity）" if m.group("necessity") else "")
                + ("（R 也不接受 '<->'）" if m.group("both") else ""))),
    ("an expression in R's arrow notation for pof",   # pof.r_arrow_message: pof('DEV*URB -> SURV', ...), --expression
     re.compile(r"(?P<param>\S+) (?P<value>'[^']*'|\"[^\"]*\") holds (?P<arrow>'[^']*'): R's pof\(\) takes the outcome and "
                r"the relation from an arrow \('->' or '=>': sufficiency, '<-' or '<=': necessity\); here the expression is "
                r"the conditions' side alone: (?P<write>.+?)(?:, then (?P<then>.+) \(R refuses '<->' too\))?$"),
     lambda m: (f"{m.group('param')} {m.group('value')} 含有 {m.group('arrow')}：R 的 pof() 从箭头读出结果和关系（'->' 或 "
                "'=>'：充分性，'<-' 或 '<='：必要性）；这里表达式只是条件一侧：请写 "
                + (f"{m.group('write')}，然后写 {m.group('then')}（R 也不接受 '<->'）" if m.group("then") else m.group("write")))),
    ("a necessary condition not an expression",
     re.compile(r"(?P<param>nec_cond(?:\[\d+\])?) must be an expression of the conditions such as 'LIT' or 'A \+ B'"
                r"(?P<list> or a list of them \(each a necessary condition, as SetMethods' esa\(\) takes a vector\), or "
                r"None to block no such rows)?; got (?P<value>.+) \((?P<type>[\w.]+)\)$"),
     lambda m: (f"{m.group('param')} 必须是条件的表达式，如 'LIT' 或 'A + B'"
                + ("，或这样的表达式的列表（每个都是必要条件，如同 SetMethods 的 esa() 接受向量），或 None（不排除任何这样的行）"
                   if m.group("list") else "") + f"；现为 {m.group('type')} {m.group('value')}")),
    ("an expression argument's own error",
     re.compile(r"(?P<param>theory|nec_cond(?:\[\d+\])?|untenable|expression|--theory|--nec-cond|--untenable) "
                r"(?P<value>'[^']*'|\[[^\[\]]*\]): (?P<quoted>.+)$"),
     lambda m: _zh_expression_argument(m)),
    ("cut-off out of range", re.compile(rf"(?P<param>incl_cut|pri_cut) must lie in \[0, 1\], got {_GIVEN}(?=[;:]|$)"),
     lambda m: f"{m.group('param')} 必须在 0 到 1 之间（含 0 和 1），现为 {m.group('value')}"),
    ("cut-off not a number", re.compile(r"(?P<param>incl_cut|pri_cut|benchmark|ron_cut|cov_cut|relevance_cut|"
                                        r"necessity_benchmark|sol_cons|sol_cov) must be (?:a number|numbers) in "
                                        r"\[0, 1\](?: \(or a "
                                        rf"pair\))?, got {_GIVEN}(?=[;:]|$)"),
     lambda m: f"{m.group('param')} 必须是 0 到 1 之间的数（含 0 和 1），现为 {m.group('value')}"),
    ("a placeholder copied from a hint", re.compile(r"(?P<function>\w+)\(\) got \.\.\. for (?P<names>[\w, ]+): the "
                                                   r"'\.\.\.' of a hint or an example is a placeholder, not a value; "
                                                   r"write (?:it in its|them in their) place$"),
     lambda m: (f"{m.group('function')}() 的 {m.group('names').replace(', ', '、')} 是 ...：提示或示例中的 '...' 只是占位符，"
                "不是取值；请在该处写上实际的参数")),
    ("outcome not a name",
     re.compile(r"outcome must be a column name \(optionally '~NAME' or 'NAME\{v\}'\), got (?:a pandas "
                r"(?:Series (?P<series>'[^']*') \((?P<n>\d+) values\)|DataFrame of the one column (?P<frame>'[^']*') "
                r"\((?P<rows>\d+) rows\)): give the column's name, (?P<write>outcome='[^']*'); the data "
                r"frame holds its values|(?P<got>.+?)(?:: one outcome(?P<per_call> per call, e\.g\.|, written as a text:) "
                r"(?P<listed>outcome='[^']*'))?)$"),
     lambda m: ("结果须是一个列名（可写作 '~NAME' 或 'NAME{v}'），现为"
                + (f"名为 {m.group('series')} 的 pandas Series（{m.group('n')} 个值）：请给出列名，写作 {m.group('write')}；"
                   "数据表中已有它的值" if m.group("series") else
                   f"只有一列 {m.group('frame')} 的 pandas DataFrame（{m.group('rows')} 行）：请给出列名，写作 "
                   f"{m.group('write')}；数据表中已有它的值" if m.group("frame") else f" {m.group('got')}")
                + ("" if not m.group("listed") else f"：每次调用只分析一个结果，例如 {m.group('listed')}"
                   if "per call" in m.group("per_call") else f"：只有一个结果，写成文本：{m.group('listed')}"))),
    ("incl_cut: more than a pair", re.compile(r"incl_cut must be one number or a pair \(ic1, ic0\), got (?P<got>.+)$"),
     lambda m: f"incl_cut 只能是一个数或一对数 (ic1, ic0)，现为 {m.group('got')}"),
    ("the outcome negated twice, or named in an expression",   # data.py, pof.refuse_outcome_in_expression
     re.compile(r"(?:outcome (?P<twice>'[^']*') is negated twice \(the two negations cancel out and would explain the "
                r"outcome itself\); write '~NAME' or use (?P<neg>negate_outcome \(CLI: --negate-outcome\)|--negate-outcome), "
                r"not both|outcome (?P<again>'[^']*') is already negated and (?P<neg2>negate_outcome \(CLI: --negate-outcome\)|"
                r"--negate-outcome) negates it again: the two cancel out and would explain (?P<plain>'[^']*') itself; write "
                r"(?P<write>'[^']*') or (?:negate_outcome|--negate-outcome), not both|(?P<param>[a-z]\w*) (?P<expr>'[^']*') "
                r"names the outcome (?P<out>'[^']*'): a set cannot explain itself; write it with the conditions only \(the "
                r"other columns\))$"),
     lambda m: (f"结果 {m.group('twice')} 被否定了两次（两次否定相互抵消，等于解释结果本身）；请写 '~NAME' 或使用 "
                f"{_NEGATE_ZH[m.group('neg')].strip()}，不要两者都用" if m.group("twice") else
                f"结果 {m.group('again')} 已经是否定的，而 {_NEGATE_ZH[m.group('neg2')]}又把它否定一次：两者相互抵消，等于解释 "
                f"{m.group('plain')} 本身；请写 {m.group('write')} 或 {_NEGATE_ZH[m.group('neg2')].split('（')[0].strip()}，"
                "不要两者都用" if m.group("again") else
                f"{m.group('param')} {m.group('expr')} 写了结果 {m.group('out')}：集合不能解释它自身；请只用条件（其他列）来写")),
    ("conditions hold the outcome", re.compile(r"conditions include the outcome (?P<name>'[^']*'): a set cannot explain "
                                               r"itself; leave it out$"),
     lambda m: f"条件中包含了结果 {m.group('name')}：集合不能解释它自身；请把它从条件中去掉"),
    ("crisp thresholds missing", re.compile(r"thresholds are required: a crisp set needs a cut point, e\.g\. "
                                            r"(?P<example>thresholds=\d+) \(in the set at or above (?P<cut>\d+); two cut "
                                            r"points, (?P<two>'[^']*'), make three levels\)$"),
     lambda m: (f"缺少 thresholds：清晰集需要一个临界值，例如 {m.group('example')}（大于或等于 {m.group('cut')} 即属于该"
                f"集合；两个临界值如 {m.group('two')} 则分出三个水平）")),
    ("threshold not a number", re.compile(r"threshold (?P<value>'[^']*') is not a number \(thresholds (?P<given>'[^']*')\)"
                                          rf"(?P<rest>{_THRESHOLD_HINT})?"),
     lambda m: f"临界值 {m.group('value')} 不是数字（thresholds 为 {m.group('given')}）{_threshold_hint_zh(m.group('rest'))}"),
    ("n_cut below 1", re.compile(r"n_cut must be at least 1 \(a row needs a case to be observed\), got (?P<value>\S+)$"),
     lambda m: f"n_cut 至少为 1（一行至少要有一个案例才算观察到），现为 {m.group('value')}"),
    ("n_cut not whole", re.compile(rf"n_cut must be a whole number of cases >= 1, got {_GIVEN}(?=[;:]|$)"),
     lambda m: f"n_cut 必须是不小于 1 的整数（案例数），现为 {m.group('value')}"),
    ("n_cut above every row", re.compile(r"n_cut = (?P<value>\d+) exceeds the largest number of cases in any "
                                         r"configuration \((?P<most>\d+)\): every row would be a remainder; choose "
                                         r"n_cut between 1 and (?P<high>\d+)$"),
     lambda m: (f"n_cut = {m.group('value')} 超过了任一组态所含的最多案例数（{m.group('most')}）：每一行都将是逻辑余项；"
                f"请把 n_cut 设为 1 到 {m.group('high')} 之间的值")),
    ("not a truth table", re.compile(r"(?P<function>\w+) needs a TruthTable \(from truth_table\(\)\), got (?P<got>\w+)"
                                     r"(?P<r>: R's minimize\(data, outcome = \.\.\., incl\.cut = \.\.\.\) is two steps here, "
                                     r"tt = truth_table\(data, 'Y', incl_cut=\.\.\.\), then minimize\(tt, include=\.\.\.\))?"
                                     r"(?P<solution> \(a Solution's table is solution\.truth_table\))?"),
     lambda m: (f"{m.group('function')} 需要一张真值表（由 truth_table() 生成），现为 {m.group('got')}"
                + ("：R 的 minimize(data, outcome = ..., incl.cut = ...) 在这里分两步，先 tt = truth_table(data, 'Y', "
                   "incl_cut=...)，再 minimize(tt, include=...)" if m.group("r") else "")
                + ("（解的真值表是 solution.truth_table）" if m.group("solution") else ""))),
    ("robustness --csv", re.compile(r"robustness --csv: the protocol prints several tables of different shapes \(the test "
                                    r"set, the robust core, the robustness fit, the ranges\), which one CSV cannot hold; "
                                    r"use --json, which gives them all$"),
     lambda m: ("robustness --csv：稳健性检验方案输出几张形状不同的表（检验集、稳健核心、稳健性拟合、阈值范围），一个 CSV 容纳不下；"
                "请用 --json，它给出全部的表")),
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
    ("directional expectations: how many",
     re.compile(r"directional expectations (?:(?P<text>'[^']*') )?give (?P<given>\d+) value\(s\) for (?P<k>\d+) "
                r"conditions(?: \((?P<conditions>[^()]*)\))?; give one per condition, in order, using '-' for none"),
     lambda m: (f"方向性预期{' ' + m.group('text') + ' ' if m.group('text') else ''}给出了 {m.group('given')} 个值，而条件有 "
                f"{m.group('k')} 个{'（' + m.group('conditions') + '）' if m.group('conditions') else ''}：请按条件的顺序"
                "每个条件给一个值，无预期的写 '-'")),
    ("directional expectation out of range",
     re.compile(r"directional expectation (?P<value>\S+) for (?P<cond>'[^']*') is out of range: '[^']*' takes values "
                r"(?P<values>\S+) \(or '-' for no expectation\)"),
     lambda m: (f"条件 {m.group('cond')} 的方向性预期 {m.group('value')} 超出范围：{m.group('cond')} 的取值为 "
                f"{m.group('values')}（无预期的写 '-'）")),
    ("directional expectations unread", re.compile(r"cannot read (?:directional expectations|(?P<flag>--dir-exp)) "
                                                   r"(?P<value>'[^']*')"
                                                   r"(?:: write them with ',' between the conditions(?P<eq> and '=' "
                                                   r"before a value)?(?P<colon> \(the syntax is NAME=VALUE, not "
                                                   r"NAME:VALUE\))?, as (?P<write>'[^']*')(?P<levels>; ';' joins the "
                                                   r"values of one multi-value condition)?|: unknown conditions? "
                                                   r"(?P<name>'[^']*'(?:, '[^']*')*)(?: in term (?P<term>'[^']*'))?|: entry "
                                                   r"(?P<entry>\d+) "
                                                   r"(?P<bad>'[^']*') is not a value \(1, 0, '-' \(no expectation\), or "
                                                   r"values of a multi-value condition joined by ';' \(e\.g\. 1;2\)\))?"
                                                   r"(?:; read so, it is refused too: (?P<quoted>.+)$)?(?=[;: ]|$)"),
     lambda m: (None if m.group("quoted") and _error_message_zh(m.group("quoted")) is None else
                f"无法读取{' --dir-exp' if m.group('flag') else '方向性预期'} {m.group('value')}"
                + ("：条件之间请用 ',' 分隔" + ("、值前用 '='" if m.group("eq") else "")
                   + ("（语法是 NAME=VALUE，不是 NAME:VALUE）" if m.group("colon") else "") + f"，写作 {m.group('write')}"
                   if m.group("write") else "")
                + ("；';' 用于连接一个多值条件的多个取值" if m.group("levels") else "")
                + (f"：{'项 ' + m.group('term') + ' 中的 ' if m.group('term') else ''}{m.group('name')} 不是条件之一"
                   if m.group("name") else "")
                + (f"：第 {m.group('entry')} 项 {m.group('bad')} 不是一个值（1、0、'-'（无预期），或以 ';' 相连的多值条件取值，"
                   "如 1;2）" if m.group("entry") else "")
                + (f"；这样读取也会被拒绝：{_error_message_zh(m.group('quoted'))}" if m.group("quoted") else ""))),
    ("a directional expectation unread",   # minimize._read_dir_exp: 'DEV=1=2', 'DEV[2]' among NAME=VALUE pairs
     re.compile(r"cannot read directional expectation (?P<value>'[^']*'): write CONDITION=1, =0 or =-(?:; literals "
                r"\((?P<literal>[^()]*)\) and NAME=VALUE pairs are two forms, one at a time: write (?P<write>'[^']*')|; "
                r"several values of a multi-value condition are joined by ';': (?P<joined>\S+))?(?=; |$)"),
     lambda m: (f"无法读取方向性预期 {m.group('value')}：请写 CONDITION=1、=0 或 =-"
                + (f"；文字项（{m.group('literal')}）和“名称=值”对是两种写法，一次只用一种：请写 {m.group('write')}"
                   if m.group("write") else "")
                + (f"；多值条件的多个取值用 ';' 相连：{m.group('joined')}" if m.group("joined") else ""))),
    ("a directional expectation given twice",   # 'DEV, ~URB, DEV' was read as 'DEV, ~URB'
     re.compile(r"directional expectation (?P<value>'[^']*') is given twice in (?P<given>'[^']*'); name each literal "
                r"once$"),
     lambda m: f"方向性预期 {m.group('value')} 在 {m.group('given')} 中出现了两次；每个文字项只写一次"),
    ("directional expectations: an empty entry",
     re.compile(r"empty entry in directional expectations (?P<value>'[^']*')(?: \(entry (?P<entry>\d+) of (?P<n>\d+): "
                r"a (?P<where>trailing|leading|double) comma\?\); write NAME=VALUE pairs .*, for the conditions "
                r"(?P<conditions>.+))?$"),
     lambda m: (f"方向性预期 {m.group('value')} 中有空项"
                + (f"（{m.group('n')} 项中的第 {m.group('entry')} 项："
                   f"{ {'trailing': '末尾', 'leading': '开头', 'double': '连续两个'}[m.group('where')]}多了逗号？）"
                   if m.group("entry") else "")
                + (f"，条件为 {m.group('conditions')}" if m.group("conditions") else ""))),
    ("directional expectations: a condition twice",
     re.compile(r"directional expectation for (?P<name>'[^']*') given twice$"),
     lambda m: f"条件 {m.group('name')} 的方向性预期给了两次"),
    ("directional expectations name unknown conditions",
     re.compile(r"directional expectations name unknown conditions? (?P<names>.+?) \(conditions: [^()]*\)"
                r"(?:; (?:'[^']*': )?did you mean '[^']*'(?: or '[^']*')*\?)*$"),   # the names meant: _hints_zh
     lambda m: f"方向性预期中的 {m.group('names')} 不是条件：名称须是条件之一"),
    ("directional expectations as R's c()", re.compile(r"directional expectations (?P<value>'[^']*'): R's vector c\(\.\.\.\) "
                                                       r"copied as text; write (?P<write>'[^']*') \(the text "
                                                       r"without c\( \)\)"),
     lambda m: f"方向性预期 {m.group('value')} 是照搬成文本的 R 向量 c(...)：请写 {m.group('write')}（去掉 c( )）"),
    ("directional expectations without include", re.compile(r"(?:directional expectations need include='\?' \(dir_exp "
                                                            r"given with include=|(?P<flag>--dir-exp needs --include "
                                                            r"'\?' \(--dir-exp given with --include ))"
                                                            r"(?P<include>'[^']*')\): the "
                                                            r"intermediate solution chooses among the remainders used "
                                                            r"by the parsimonious solution"),
     lambda m: ((f"--dir-exp 需要 --include '?'（给了 --dir-exp，而 --include {m.group('include')}）" if m.group("flag") else
                 f"方向性预期需要 include='?'（给了 dir_exp，而 include={m.group('include')}）")
                + "：中间解只在简约解所用的逻辑余项中选择")),
    ("directional expectation not a value",
     re.compile(r"directional expectation (?P<value>.+?) for (?P<cond>'[^']*') is not 1, 0, '-' \(no expectation\), or "
                r"values of a multi-value condition joined by ';' \(e\.g\. 1;2\)(?:; write (?P<word>[10-]) for "
                r"(?P<said>'[^']*') \((?P<meaning>expected present|expected absent|no expectation)\)$)?"),
     lambda m: (f"条件 {m.group('cond')} 的方向性预期 {m.group('value')} 不是 1、0、'-'（无预期），也不是以 ';' 相连的多值条件"
                "取值（如 1;2）"
                + (f"；{m.group('said')} 请写 {m.group('word')}（{_DIR_EXP_MEANING_ZH[m.group('meaning')]}）"
                   if m.group("word") else ""))),
    ("directional expectation: a value twice",
     re.compile(r"directional expectation (?P<value>.+?) for (?P<cond>'[^']*') names value\(s\) (?P<twice>\d+(?:, \d+)*) "
                r"twice; name each value once$"),
     lambda m: f"条件 {m.group('cond')} 的方向性预期 {m.group('value')} 把取值 {m.group('twice')} 写了两次；每个取值只写一次"),
    ("directional expectation: empty", re.compile(r"empty directional expectation for (?P<cond>'[^']*'); use '-' for none$"),
     lambda m: f"条件 {m.group('cond')} 的方向性预期为空；无预期的写 '-'"),
    ("directional expectations: a range backwards",
     re.compile(r"directional expectations (?P<value>'[^']*'): the range (?P<range>'[^']*') runs backwards \("
                r"(?P<first>'[^']*') comes after (?P<last>'[^']*') among the conditions\); write (?P<write>\S+)$"),
     lambda m: (f"方向性预期 {m.group('value')}：范围 {m.group('range')} 的方向反了（在条件中 {m.group('first')} 排在 "
                f"{m.group('last')} 之后）；请写 {m.group('write')}")),
    ("include other than '?' and 'C'", re.compile(rf"(?P<flag>--)?include may contain '\?' \(remainders\) and 'C' \(contradictions\), got {_GIVEN}"
                           r"(?:; write (?P<write>'[^']*')$)?(?=[;:]|$)"),
     lambda m: (f"{m.group('flag') or ''}include 只能包含 '?'（逻辑余项）和 'C'（矛盾行），现为 {m.group('value')}"
                + (f"；请写 {m.group('write')}" if m.group("write") else ""))),
    ("include not text", re.compile(r"include must be '', '\?', 'C' or '\?,C', got (?P<value>.+)$"),
     lambda m: f"include 只能是 ''、'?'、'C' 或 '?,C'，现为 {m.group('value')}"),
    ("fuzzy anchors out of order", re.compile(r"anchors must be ordered e < c < i \(increasing\) or i < c < e "
                                              r"\(decreasing\), got (?P<got>e=\S+, c=\S+, i=\S+)$"),
     lambda m: f"锚点须按 e < c < i（递增）或 i < c < e（递减）排列，现为 {m.group('got')}"),
    ("fuzzy six anchors out of order",
     re.compile(r"six anchors must be ordered e1 < c1 < i1 <= i2 < c2 < e2 \(bell\) or i1 < c1 < e1 <= e2 < c2 < i2 "
                r"\(inverse bell\), got (?P<got>e1=\S+, c1=\S+, i1=\S+, i2=\S+, c2=\S+, e2=\S+)" + _DECIMAL_THRESHOLDS + "$"),
     lambda m: (f"六个锚点须按 e1 < c1 < i1 <= i2 < c2 < e2（钟形）或 i1 < c1 < e1 <= e2 < c2 < i2（倒钟形）排列，现为 "
                f"{m.group('got')}" + _decimal_thresholds_zh(m))),
    ("threshold names", re.compile(r"threshold names must be (?P<wanted>[\w, ]+), got (?P<got>.+?)(?:; write "
                                   r"(?P<write>'[^']*') \(e: full non-membership, the exclusion anchor; c: the crossover; "
                                   r"i: full membership, the inclusion anchor\))?$"),
     lambda m: (f"临界值的名称须为 {m.group('wanted')}，现为 {m.group('got')}"
                + (f"；请写 {m.group('write')}（e：完全不隶属，即排除锚点；c：交叉点；i：完全隶属，即包含锚点）"
                   if m.group("write") else "（e：完全不隶属；c：交叉点；i：完全隶属）"))),
    ("crisp thresholds named as anchors",
     re.compile(r"crisp thresholds are cut points \(e\.g\. 10, or '5, 10'\), got anchors named (?P<names>.+?): e, c, i "
                r"name the anchors of fuzzy calibration \(type='fuzzy'\)$"),
     lambda m: (f"清晰集的 thresholds 是临界值（如 10 或 '5, 10'），现为名为 {m.group('names')} 的锚点：e、c、i 是模糊集校准"
                "（type='fuzzy'）的锚点")),
    ("raw values as a condition",
     re.compile(r"condition (?P<name>'[^']*') holds a different whole number for every one of the (?P<n>\d+) cases "
                r"\((?P<range>[^()]*)\): (?:you listed it among the conditions, but )?these are raw values or case "
                r"identifiers, not a set \(every case would be a configuration of its own\); if '[^']*' is a measure \(an "
                r"amount, a count\), calibrate it first: calibrate\(x, type='crisp', thresholds=\.\.\.\) for a crisp set or "
                r"calibrate\(x, thresholds='e=\.\., c=\.\., i=\.\.'\) for a fuzzy set \(analysis\.qca\.calibrate; CLI: python "
                r"-m analysis\.qca calibrate DATA --spec SPEC\); if '[^']*' names the cases, pass case_column='[^']*' \(CLI: "
                r"--case-column [^()]*\)$"),
     lambda m: (f"条件 {m.group('name')} 在 {m.group('n')} 个案例中各取一个不同的整数（{m.group('range')}）：这是原始数值或"
                f"案例标识，不是集合（每个案例都会自成一个组态）；若 {m.group('name')} 是测量值，请先校准：清晰集用 "
                "calibrate(x, type='crisp', thresholds=...)，模糊集用 calibrate(x, thresholds='e=.., c=.., i=..')；若它是"
                f"案例名称，请传 case_column={m.group('name')}")),
    ("a case identifier as a condition",
     re.compile(r"condition (?P<name>'[^']*') holds a different whole number for every one of the (?P<n>\d+) cases "
                r"\((?P<range>[^()]*)\): (?:you listed it among the conditions, but )?that is a case identifier, not a "
                r"set \(every case would be a configuration of its own\); if '[^']*' names the cases, pass "
                r"(?:(?P<write>case_column='[^']*') \(CLI: [^()]*\)|(?P<flag>--case-column \S+)); otherwise (?P<rest>remove it from the conditions|drop "
                r"the column or list the conditions without it)$"),
     lambda m: (f"条件 {m.group('name')} 在 {m.group('n')} 个案例中各取一个不同的整数（{m.group('range')}）：这是案例标识，"
                f"不是集合（每个案例都会自成一个组态）；若它是案例名称，请"
                + (f"传 {m.group('write')}" if m.group("write") else f"加 {m.group('flag')}") + "；否则"
                + ("请把它从条件中去掉" if m.group("rest").startswith("remove") else "请删去该列，或列出不含它的条件"))),
    ("membership outside [0, 1]",
     re.compile(r"(?P<role>condition|outcome) (?P<name>'[^']*') has membership\(s\) outside \[0, 1\] for case\(s\) "
                r"(?P<cases>.+?); fuzzy memberships must lie in \[0, 1\](?: \("
                r"(?:a mistyped cell\? the other (?P<others>\d+) cells of '[^']*' lie in \[0, 1\]: correct it, or )?"
                rf"calibrate raw data first\)|{_MISSING_CODE})$"),
     lambda m: (f"{'条件' if m.group('role') == 'condition' else '结果'} {m.group('name')} 的隶属度超出 [0, 1]，案例 "
                f"{_case_values_zh(m.group('cases'))}：模糊集隶属度必须在 0 到 1 之间"
                + (_missing_code_zh(m) if m.group("codes") else
                   f"（是否输错了？该列其余 {m.group('others')} 个单元格都在 [0, 1] 内：请改正，或先校准原始数据）"
                   if m.group("others") else "（请先校准原始数据）"))),
    ("fuzzy thresholds missing", re.compile(r"thresholds are required, e\.g\. (?P<named>thresholds='[^']*') or "
                                            r"(?P<listed>\[[^\]]*\])$"),
     lambda m: f"缺少 thresholds：例如 {m.group('named')} 或 {m.group('listed')}"),
    ("negative values", re.compile(r"(?P<role>condition|outcome) (?P<name>'[^']*') has negative value\(s\) for case\(s\) "
                                   r"(?P<cases>.+?)(?:, and membership\(s\) above 1 for case\(s\) (?P<over>.+?))?; "
                                   r"allowed are memberships in \[0, 1\] or multi-value "
                                   rf"levels 0, 1, 2, \.\.\.(?:{_MISSING_CODE})?$"),
     lambda m: (f"{'条件' if m.group('role') == 'condition' else '结果'} {m.group('name')} 在案例 "
                f"{_case_values_zh(m.group('cases'))}中有负值"
                + (f"，在案例 {_case_values_zh(m.group('over'))}中隶属度大于 1"
                   if m.group("over") else "")
                + "：只允许 0 到 1 之间的隶属度或多值条件的取值 0, 1, 2, ..."
                + (_missing_code_zh(m) if m.group("codes") else ""))),
    ("data not a table", re.compile(r"data must be a pandas DataFrame(?P<analysis> \(the data of the analysis\))?, got "
                                    r"(?P<got>\w+)(?P<first> \(the data come first, "
                                    r"then the outcome: (?P<order>\(.*\))\))?(?P<file> \(a file name\? read it first, "
                                    r"e\.g\. (?P<read>pd\.read_csv\([^()]*\)); index_col: its column of case names\))?"
                                    r"(?P<built>: this function reads the cases' memberships themselves, the data frame "
                                    r"the (?P<kind>truth table|solution) was built from \(the one given to "
                                    r"truth_table\(\)\))?$"),
     lambda m: (f"data 必须是 pandas 的 DataFrame（{'分析所用的数据' if m.group('analysis') else '数据表'}），现为 "
                f"{m.group('got')}"
                + (f"（先写数据，再写结果：{m.group('order')}）" if m.group("first") else "")
                + (f"（是文件名吗？请先读入，例如 {m.group('read')}；index_col 是案例名称所在的列）" if m.group("file")
                   else "")
                + (f"：此函数直接读取案例的隶属度，请传入构建该{'真值表' if m.group('kind') == 'truth table' else '解'}"
                   "所用的数据表（即传给 truth_table() 的那个）" if m.group("built") else ""))),
    ("no conditions", re.compile(r"no conditions given; name at least one condition column$"),
     lambda m: "没有给出条件：请至少列出一个条件列"),
    ("calibration type", re.compile(rf"type must be 'fuzzy' or 'crisp', got {_GIVEN}(?=;|:|$)"
                                    r"(?:: the second argument is type, and '[^']*' a column of the table; calibrate the "
                                    r"column's values, (?P<column>calibrate\(df\['[^']*'\], thresholds=\.\.\.\)); "
                                    r"several sets at once: (?P<frame>analysis\.qca\.calibrate_frame\(.*\))$|: thresholds "
                                    r"given as the second argument\? the second argument is type; write "
                                    r"(?P<write>thresholds=.+)$)?"),
     lambda m: (f"type 只能是 'fuzzy'（模糊集）或 'crisp'（清晰集），现为 {m.group('value')}"
                + (f"：第二个参数是 type，而 {m.group('value')} 是表中的一列；请校准这一列的值，{m.group('column')}；一次校准"
                   f"多个集合用 {m.group('frame')}" if m.group("column") else "")
                + (f"：是把 thresholds 写成了第二个参数吗？第二个参数是 type；请写 {m.group('write')}"
                   if m.group("write") else ""))),
    ("no negative row", re.compile(r"nothing to minimise against: no truth table row is negative \(OUT = 0\), .*?"
                                   r"(?:; every configuration \((?P<covered>[\d,]+) of (?P<all>[\d,]+)\) is observed .*?)?"
                                   r"\. Check the truth table: the cut-offs \(incl_cut = (?P<cut>[^()]+)\), the outcome"
                                   r"(?P<conservative>, or include '' for the conservative solution)?$", re.S),
     lambda m: ("没有可对照的负组态：真值表中没有 OUT = 0 的行，解可用的组态都是正组态、逻辑余项或无关组态，最小化只得到恒真式 "
                "'1'（所有案例），什么也解释不了（R 的 minimize 也在此停止）"
                + (f"；所有组态（{m.group('all')} 个中的 {m.group('covered')} 个）都是 OUT = 1 的观察行，因此复杂解也是 '1'"
                   if m.group("covered") else "")
                + f"。请检查真值表：阈值（incl_cut = {m.group('cut')}）、结果"
                + ("，或用 include='' 求复杂解" if m.group("conservative") else ""))),
    ("no positive row", re.compile(r"no positive row to minimise: no configuration of (?P<outcome>\S+) has OUT = 1"
                                   r"(?P<c> or C)?(?: \((?P<details>[^()]*)\); lower incl_cut or n_cut|: (?P<held>\d+) "
                                   r"rows? reach(?:es)? incl_cut = (?P<cut>\S+) \(n_cut = (?P<n>\d+)\) but "
                                   r"ha(?:s|ve) PRI below pri_cut = (?P<pri>\S+) \(highest PRI (?P<top>[^()]+)\); lower "
                                   r"pri_cut), or check the outcome$"),
     _zh_no_positive_row),
    ("incl_cut pair in the wrong order",
     re.compile(r"incl_cut = \((?P<ic1>[^,()]+), (?P<ic0>[^,()]+)\): the second value \(below which a row is '0'\) must "
                r"not exceed the first \(from which a row is '1'\)$"),
     lambda m: (f"incl_cut = ({m.group('ic1')}, {m.group('ic0')})：第二个值（低于它的行为 '0'）不得大于第一个值（达到它的行"
                f"为 '1'）；两个值是否写反了？请写 incl_cut=({m.group('ic0')}, {m.group('ic1')})")),
    ("an argument left empty",   # '' (an unset shell variable, "$ROWS") was read as none, or named no file or column
     re.compile(r"(?:(?P<expr>nec_cond(?:\[\d+\])?|untenable) is empty \((?P<value>'[^']*')\): give an expression of the "
                r"conditions, e\.g\. (?P<eg>'[^']*'), or (?:(?P<none>leave it out \(None\) to block no such rows)|leave the "
                r"flag out)|case_column is empty \((?P<case>'[^']*')\): give the column of case names, or leave the flag out "
                r"\(default: 'case' if present, else an unnamed first column\)|the data file name is empty "
                r"\((?P<file>'[^']*')\): give the CSV file \(one row per case\), or '-' for standard input|(?P<param>include|"
                r"explain) has an empty item in (?P<items>'[^']*'); write (?P<choices>'[^']*'(?:, '[^']*')*(?: or '[^']*')?)"
                r"|conditions contain an empty name: (?P<names>'[^']*'); write names separated by commas)$"),
     lambda m: (f"{m.group('expr')} 是空的（{m.group('value')}）：请给出条件的表达式，例如 {m.group('eg')}，"
                + ("或不写它（None），即不排除任何这样的行" if m.group("none") else "或不用这个参数") if m.group("expr") else
                f"case_column 是空的（{m.group('case')}）：请给出案例名称所在的列，或不用这个参数（默认：有 'case' 列则用它，否则用"
                "无名的第一列）" if m.group("case") else
                f"数据文件名是空的（{m.group('file')}）：请给出 CSV 文件（每个案例一行），或用 '-' 表示标准输入"
                if m.group("file") else
                f"{m.group('param')} 中有一个空项（{m.group('items')}）；请写 {m.group('choices').replace(' or ', ' 或 ')}"
                if m.group("param") else f"条件中有一个空的名称：{m.group('names')}；请写以逗号分隔的名称")),
    ("dir_exp empty", re.compile(r"dir_exp is empty \((?P<value>'[^']*')\): give the directional expectations, e\.g\. "
                                 r"(?P<example>'[^']*') \(one per condition, in order\) or (?P<named>'[^']*'), or leave "
                                 r"(?:dir_exp|--dir-exp) out for no intermediate solution$"),
     lambda m: (f"dir_exp 为空（{m.group('value')}）：请给出方向性预期，例如 {m.group('example')}（按条件的顺序每个条件一个值）"
                f"或 {m.group('named')}；不求中间解则不写 dir_exp")),
    ("fuzzy thresholds: how many",
     re.compile(r"fuzzy calibration needs 3 thresholds \(e, c, i\) or 6 \(e1, c1, i1, i2, c2, e2\), got (?P<given>\d+)"
                r"(?:; for a crisp set with cut points? (?P<cuts>[^;]+?) pass type='crisp' \(the default type is "
                r"'fuzzy'\))?(?:; (?P<missing>[eci](?: and [eci])?) (?:is|are) missing)?"
                r"(?:; for a crisp set cut at (?P<cut>[^ ]+) pass type='crisp', thresholds=[^ ]+ \(a crisp set's cut "
                r"points are unnamed: e, c, i name a fuzzy set's anchors\))?" + _DECIMAL_THRESHOLDS + "$"),
     lambda m: (f"模糊集校准需要 3 个临界值（e, c, i：完全不隶属、交叉点、完全隶属）或 6 个（e1, c1, i1, i2, c2, e2），现为 "
                f"{m.group('given')} 个" + (f"；若要以 {m.group('cuts')} 为临界值做清晰集，请写 type='crisp'（默认的 type "
                                            "是 'fuzzy'）" if m.group("cuts") else "")
                + (f"；缺少 {m.group('missing').replace(' and ', ' 和 ')}" if m.group("missing") else "")
                + (f"；若要以 {m.group('cut')} 为临界值做清晰集，请写 type='crisp', thresholds={m.group('cut')}（清晰集的临界值"
                   "不命名：e, c, i 是模糊集的锚点）" if m.group("cut") else "")
                + _decimal_thresholds_zh(m))),
    ("dir_exp not text",
     re.compile(r"dir_exp must be a dict, a string such as '1,1,-,0' or a list, got (?P<type>\w+)(?: (?P<value>[^:]+): "
                r"write the expectations as text, one per condition in order(?:, | \((?P<k>\d+)\), e\.g\. )"
                r"(?P<write>'[^']*'))?$"),
     lambda m: (f"dir_exp 必须是字典、像 '1,1,-,0' 这样的文本或列表，现为 {m.group('type')}"
                + ((f" {m.group('value')}：请把方向性预期写成文本，按条件的顺序每个条件一个值"
                    + (f"（{m.group('k')} 个），例如 {m.group('write')}" if m.group("k") else f"，写作 {m.group('write')}"))
                   if m.group("write") else ""))),
    ("a sum where a term is expected",
     re.compile(r"cannot read literal (?P<lit>'[^']*') in term (?P<term>'[^']*'): write A, ~A or A\[v\] joined by "
                r"'\*'(?:; (?P<sum>'[^']*') is a sum of terms \(joined by '\+', as a solution is written\): parse_term "
                r"reads one term, (?P<parse>parse_expression\(text, conditions\)) a sum)?$"),
     lambda m: (f"无法读取项 {m.group('term')} 中的文字 {m.group('lit')}：请写 A、~A 或 A[v]，以 '*' 相连"
                + (f"；{m.group('sum')} 是以 '+' 相连的多个项之和（解就是这样写的）：parse_term 只读一个项，和式请用 "
                   f"{m.group('parse')} 读取" if m.group("sum") else ""))),
    ("an expression with an empty term",
     re.compile(r"(?P<what>expression|--theory|--nec-cond|--untenable) (?P<value>'[^']*') has an empty term \(term "
                r"(?P<i>\d+) of (?P<n>\d+): a (?P<where>trailing|leading|double) '\+'\?\); write terms joined by '\+', "
                r"e\.g\. 'A\*~B \+ C'$"),
     lambda m: (f"{'表达式' if m.group('what') == 'expression' else m.group('what')} {m.group('value')} 中有空项（"
                f"{m.group('n')} 项中的第 {m.group('i')} 项："
                f"{ {'trailing': '末尾多了', 'leading': '开头多了', 'double': '连续两个'}[m.group('where')]} '+'？）；请用 "
                "'+' 连接各项，例如 'A*~B + C'")),
    ("an expression with parentheses",   # a value written R's other way, 'DEV(2)': its brackets said by _hints_zh
     re.compile(r"parentheses are not supported(?:; (?:write its sum of products, (?P<written>'[^']*')|(?P<eg>write it as "
                r"a sum of products, e\.g\. 'A\*B \+ A\*C' for 'A\*\(B \+ C\)')))?(?=; a condition's value is written in "
                r"brackets: |$)"),
     lambda m: ("不支持括号" + (f"；请写成它的积之和 {m.group('written')}" if m.group("written") else
                                "；请写成积之和，例如把 'A*(B + C)' 写作 'A*B + A*C'" if m.group("eg") else ""))),
    ("a condition's value out of range in a term",
     re.compile(r"value (?P<value>\d+) of (?P<name>'[^']*') in term (?P<term>'[^']*') is out of range 0\.\.(?P<top>\d+)$"),
     lambda m: (f"项 {m.group('term')} 中 {m.group('name')} 的取值 {m.group('value')} 超出范围：取值为 "
                f"0..{m.group('top')}")),
    ("several expressions written as one",
     re.compile(r"(?:several necessary conditions are a list, (?P<list>nec_cond=\[[^\[\]]*\]) \(each necessary\); one "
                r"expression has no ',' \((?P<sum>'[^']*') is one necessary disjunction\)|several (?P<what>untenable "
                r"combinations|terms) are joined by ' \+ ', (?P<write>\w+='[^']*'))$"),
     lambda m: (f"多个必要条件写成列表 {m.group('list')}（每个都是必要条件）；一个表达式中没有 ','（{m.group('sum')} 是一个必要的"
                "析取式）" if m.group("list") else
                f"{'多个项' if m.group('what') == 'terms' else '多个不可成立的组合'}用 ' + ' 连接：{m.group('write')}")),
    ("no case can be placed",
     re.compile(r"no case can be placed in a configuration: every case has a fuzzy membership of exactly 0\.5 in some "
                r"condition \(in neither the set nor its negation, so in no row\); recalibrate so that no membership "
                r"is exactly 0\.5$"),
     lambda m: ("没有案例能归入任何组态：每个案例都在某个条件上的模糊隶属度恰好为 0.5（既不属于该集合，也不属于其否定，因此不在"
                "任何一行中）；请重新校准，使隶属度不恰好为 0.5")),
    ("multi-value levels",
     re.compile(r"(?P<role>condition|outcome) (?P<name>'[^']*') has integer values up to (?P<top>\d+)"
                r"(?: \(case\(s\) (?P<cases>.*?)\))?: a multi-value set may have at most (?P<most>\d+) levels \(0\.\.(?P<last>\d+)\); calibrate raw data first"
                rf"(?:{_MISSING_CODE}|(?P<score>; values up to 100 look like percentages or a 0-100 score: calibrate them into "
                r"memberships in \[0, 1\] \(analysis\.qca\.calibrate\)))?$"),
     lambda m: (f"{'条件' if m.group('role') == 'condition' else '结果'} {m.group('name')} 的整数取值最大为 {m.group('top')}"
                + (f"（案例 {m.group('cases')}）" if m.group("cases") else "") + "："
                + f"多值集合最多只能有 {m.group('most')} 个水平（0..{m.group('last')}）；请先校准原始数据"
                + (_missing_code_zh(m) if m.group("codes") else "")
                + ("；不超过 100 的值像是百分数或 0-100 的分数：请把它们校准为 [0, 1] 内的隶属度（analysis.qca.calibrate）"
                   if m.group("score") else ""))),
    ("calibrate given a name",
     re.compile(r"x must be the raw values to calibrate, got (?:the text (?P<one>'[^']*'): a column name\? pass the "
                r"column's values|the texts (?P<many>.+?): column names\? calibrate one column's values), "
                r"(?P<column>calibrate\(df\['[^']*'\], \.\.\.\)); several sets at once: "
                r"(?P<frame>analysis\.qca\.calibrate_frame\(.*\))$"),
     lambda m: (f"calibrate 需要待校准的原始数值，现为文本 {m.group('one') or m.group('many')}："
                + ("是列名吗？请传入这一列的值" if m.group("one") else "是列名吗？请一次校准一列的值")
                + f"，{m.group('column')}；一次校准多个集合用 {m.group('frame')}")),
    ("calibrate given True/False",
     re.compile(r"x must be numeric raw values, got True/False: that is a crisp set already \(True is in it\), whose "
                r"memberships are x\.astype\(int\); calibrate\(\) turns raw values \(amounts, scores\) into "
                r"memberships$"),
     lambda m: ("calibrate 需要数值型的原始数据，现为 True/False：这已经是一个清晰集（True 表示属于该集合），其隶属度就是 "
                "x.astype(int)；calibrate() 用于把原始数值（金额、分数）转换为隶属度")),
    ("calibrate given a table",
     re.compile(r"x must be one column of raw values \(a Series, a list or a 1-d array\), got a DataFrame of shape "
                r"\((?P<rows>\d+), (?P<cols>\d+)\): calibrate (?P<column>df\['[^']*'\]); several sets at once: "
                r"(?P<frame>analysis\.qca\.calibrate_frame\(.*\))$"),
     lambda m: (f"calibrate 一次只校准一列原始数值（Series、列表或一维数组），现为 {m.group('rows')} 行 {m.group('cols')} 列的"
                f"表（DataFrame）：请校准一列，如 {m.group('column')}；一次校准多个集合用 {m.group('frame')}")),
    ("skew_bounds not a pair of shares",   # the argument, or a sweep file's key (its pairs as lists, none)
     re.compile(r"skew_bounds must be two shares (?:\(low, high\) such as \(0\.2, 0\.8\) or None|(?P<listed>\[low, high\] "
                r"such as \[0\.2, 0\.8\] or none \(no check\))), got (?P<value>.+?)(?:: write (?P<write>\([^()]*\)|"
                r"\[[^\[\]]*\]), a pair of numbers)?$"),
     lambda m: ("skew_bounds 必须是两个比例 "
                + ("[low, high]，如 [0.2, 0.8]，或 none（不检查）" if m.group("listed") else "(low, high)，如 (0.2, 0.8)，或 None")
                + f"，现为 {m.group('value')}" + (f"：请写 {m.group('write')}，一对数字" if m.group("write") else ""))),
    ("skew_bounds out of order or range",
     re.compile(r"skew_bounds must satisfy 0 <= low < high <= 1, got (?P<value>.+?)(?:; a percentage\? write "
                r"(?P<percent>\([^()]*\)|\[[^\[\]]*\])|; the lower bound first: (?P<first>\([^()]*\)|\[[^\[\]]*\]))?$"),
     lambda m: (f"skew_bounds 必须满足 0 <= low < high <= 1，现为 {m.group('value')}"
                + (f"；是百分数吗？请写 {m.group('percent')}" if m.group("percent") else
                   f"；下限在前：{m.group('first')}" if m.group("first") else ""))),
    ("a model not in the list",
     re.compile(r"models\[(?P<key>.+?)\]: (?P<why>out of range|no model of that name); (?P<listed>[^;]+)(?:; positions "
                r"count from 0(?:: (?P<meant>M\d+) is (?P<position>models\[\d+\]))?)?$"),
     _zh_no_model),
    ("a model's name in several pairs",
     re.compile(r"models\[(?P<key>'[^']*')\]: (?P<n>\d+) models are named (?P<name>'[^']*'), one in each of the \(C, P\) "
                r"pairs (?P<pairs>.+?); ask a pair for its own, e\.g\. (?P<eg>sol\.intermediate\[.+?\]\.models\[.+?\]), or "
                r"give a position$"),
     lambda m: (f"models[{m.group('key')}]：有 {m.group('n')} 个模型都名为 {m.group('name')}，（C, P）对 "
                f"{m.group('pairs').replace(', ', '、')} 中各有一个；请向其中一对取它自己的模型，如 {m.group('eg')}，"
                "或给出位置")),
    ("a yes/no argument not True or False",
     re.compile(r"(?P<param>\w+) must be True or False, got (?P<value>.+?)(?:; write (?P<write>\w+=(?P<bool>True|False)) "
                r"\(R's (?P<r>\S+) is Python's (?:True|False), not a text\))?$"),
     lambda m: (f"{m.group('param')} 只能是 True 或 False，现为 {m.group('value')}"
                + (f"；请写 {m.group('write')}（R 的 {m.group('r')} 即 Python 的 {m.group('bool')}，不是文本）"
                   if m.group("write") else ""))),
    ("calibration method", re.compile(rf"method must be 'direct' or 'indirect', got {_GIVEN}(?:; did you mean '[^']*'(?: or "
                                      r"'[^']*')*\?)?$"),
     lambda m: f"method 只能是 'direct'（直接法）或 'indirect'（间接法），现为 {m.group('value')}"),
    ("case column: the data's index",
     re.compile(r"case column (?P<name>'[^']*') is the data's index \(read with index_col='[^']*'\), which already names "
                r"the cases: leave case_column out \(it takes a column of case names\)$"),
     lambda m: (f"case_column {m.group('name')} 是数据的索引（读入时用了 index_col={m.group('name')}），索引已经给出了案例名称："
                "请去掉 case_column（它要的是数据中一列案例名称）")),
    ("case column not a column",
     re.compile(r"case column (?P<name>'[^']*') is not in the data(?:; did you mean '[^']*'(?: or '[^']*')*\?(?: \(names are "
                r"case-sensitive\))?)? \(columns: [^()]*\)$"),
     lambda m: f"case_column {m.group('name')} 不是数据中的列：它要的是数据中一列案例名称"),
    ("sort_by: not a column",
     re.compile(r"sort_by: (?:(?P<name>'[^']*') is not a column|(?P<names>'[^']*'(?:, '[^']*')+) are not columns) of the "
                r"truth table; sort by (?P<allowed>[^;]+?)(?P<hints>(?:; (?:'[^']*': )?did you mean '[^']*'(?: or '[^']*')*\?"
                r"(?: \(names are case-sensitive\))?|; the direction is not written with '-': \S+ sorts decreasing \(the "
                r"default, as R's sort\.by\), \S+=FALSE increasing|; '[^']' -> '[^']'(?:, '[^']' -> '[^']')*: QCA's syntax "
                r"needs the ASCII character, not the full-width one \(typed with a Chinese input method, 全角\)(?:, e\.g\. "
                r"'[^']*')?)*)$"),
     lambda m: (f"sort_by：{m.group('name') or m.group('names')} {'不是' if m.group('name') else '都不是'}真值表的列；"
                f"可按以下列排序：{m.group('allowed')}"
                + "".join(f"；方向不用 '-' 表示：{bare} 默认按降序排列（同 R 的 sort.by），{bare}=FALSE 为升序"
                          for bare in re.findall(r"; the direction is not written with '-': (\S+) sorts", m.group("hints"))))),
    ("sort_by: a column twice", re.compile(r"sort_by names (?P<name>'[^']*') twice; name each column once$"),
     lambda m: f"sort_by 中 {m.group('name')} 出现了两次；每列只写一次"),
    ("sort_by: a direction",
     re.compile(r"sort_by (?P<name>'[^']*'): the direction must be TRUE \(decreasing\) or FALSE \(increasing\), got "
                r"(?P<value>.+)$"),
     lambda m: f"sort_by {m.group('name')}：方向只能是 TRUE（降序）或 FALSE（升序），现为 {m.group('value')}"),
    ("sort_by: not names",
     re.compile(r"sort_by must be column names \('incl, n', \['incl', 'n'\]\) or a mapping of column to decreasing "
                r"\(\{'incl': True, 'n': False\}\), got (?P<value>.+)$"),
     lambda m: (f"sort_by 须为列名（'incl, n' 或 ['incl', 'n']）或从列到是否降序的映射（{{'incl': True, 'n': False}}），现为 "
                f"{m.group('value')}")),
    ("data: missing values",
     re.compile(r"missing values in column\(s\) (?P<columns>.+?): (?:QCA cannot place a case with a missing membership in "
                r"a configuration; drop or impute those cases explicitly first(?: \(to drop them, naming them: in Python, "
                r"(?P<dropna>drop_missing_cases\(df, \[.*?\](?:, case_column='[^']*')?\)); on the command line, --drop-missing\))?|(?P<calibrate>"
                r"calibration needs a raw value for every case; drop or impute those cases, or give the set 'missing: keep' "
                r"in the calibration file to leave its membership empty \(as R's calibrate\(\) gives NA\), which the "
                r"analysis then drops with --drop-missing, naming those cases))(?:; case "
                r"(?P<summary>.+?) looks? like a summary "
                r"row \(a total, mean or other statistic below the data\), not a case: delete the rows?)?$"),
     _zh_missing_values),
    ("data: values that are not numbers",
     re.compile(r"(?:(?P<file>\S+\.(?:csv|tsv|txt|xlsx|xlsm|xls|ods|dta|sav|zsav|por)): )?non-numeric values in column\(s\) "
                r"(?P<body>.+)\. (?:QCA needs numbers, 0/1 \(crisp\), integers 0\.\.L-1 \(multi-value\) or memberships in "
                r"\[0, 1\] \(fuzzy\)|(?P<calibrate>calibrate needs plain numbers \(e\.g\. 47\.2, -3, 1e5\)))$"),
     _zh_not_numbers),
    ("calibrate: a raw value not a number",
     re.compile(r"x must be numeric; (?P<value>'[^']*'|\S+) is not a number(?: \((?:(?P<count>\d+) values are not "
                r"numbers, )?at (?P<where>.+?)\))?(?:: (?P<hint>.+))?$"),
     lambda m: (None if m.group("hint") and _value_hint_zh(m.group("hint")) is None else
                f"x 必须是数字；{m.group('value')} 不是数字" + _raw_values_at_zh(m)
                + (f"：{_value_hint_zh(m.group('hint'))}" if m.group("hint") else ""))),
    ("calibrate: missing raw values",
     re.compile(r"x has (?P<count>\d+) missing value\(s\) \(NaN\) at (?P<where>.+?); drop or impute them, or pass "
                r"missing='keep' to keep them as NaN$"),
     lambda m: (f"x 有 {m.group('count')} 个缺失值（NaN），位于{_raw_value_place_zh(m.group('where'))}："
                "请先删除或填补这些案例，或写 missing='keep' 把它们保留为 NaN")),
    ("data: every case dropped for a missing value",   # drop_missing_cases, --drop-missing
     re.compile(r"every case \((?P<total>\d+)\) has a missing value in (?P<columns>.+?), so dropping the cases with one "
                r"leaves none: (?P<listed>.+?)(?P<more> \.\.\.)?; fill in the cells, or leave the columns most often "
                r"missing out of the conditions$"),
     lambda m: (None if (listed := _dropped_list_zh(m.group("listed"))) is None else
                f"每个案例（{m.group('total')} 个）在 {m.group('columns')} 中都有缺失值，删除有缺失值的案例后一个也不剩："
                f"{listed}{' 等' if m.group('more') else ''}；请填写这些单元格，或把缺失最多的列从条件中去掉")),
    ("calibrate_frame: missing_codes refused",
     re.compile(r"(?:missing_codes (?P<codes>\S+(?:, \S+)*) makes? (?P<n>\d+) raw values? missing, at (?P<where>.+?), which "
                r"missing='raise' refuses: give the set missing='keep' \(the membership left empty; the analysis then drops "
                r"those cases, naming them: drop_missing_cases in Python, --drop-missing on the command line\)"
                r"|spec\[(?P<name>'[^']*')\]: missing_codes must be numbers, the raw values that mark a missing answer "
                r"\(e\.g\. \[99\] or \[-9, 99\]\), got (?P<value>.+?) \((?P<type>\w+)\)(?:: write (?P<write>\S+), a number "
                r"without quotes)?"
                r"|spec\[(?P<set>'[^']*')\]: missing_codes (?P<both>\S+(?:, \S+)*) (?:is also a threshold|are also thresholds) "
                r"of the set \(thresholds (?P<thresholds>.+)\): a raw value is either a calibration threshold or a code of a "
                r"missing answer, not both; leave (?:it|them) out of missing_codes, or move the thresholds?)$"),
     lambda m: (f"missing_codes {m.group('codes')} 使 {m.group('n')} 个原始值成为缺失值（位于{_raw_value_place_zh(m.group('where'))}"
                "），而 missing='raise' 拒绝缺失值：请给该集合写 missing='keep'（其隶属度留空；之后分析时删除这些案例并列出它们："
                "Python 中用 drop_missing_cases，命令行用 --drop-missing）" if m.group("codes") else
                f"spec[{m.group('name')}]：missing_codes 必须是数字，即表示缺失回答的原始值（如 [99] 或 [-9, 99]），现为 "
                f"{m.group('value')}（{m.group('type')}）" + (f"：请写 {m.group('write')}，不带引号的数字" if m.group("write") else "")
                if m.group("name") else
                f"spec[{m.group('set')}]：missing_codes {m.group('both')} 同时是该集合的临界值（thresholds 为 "
                f"{m.group('thresholds')}）：一个原始值要么是校准的临界值，要么是缺失回答的代码，不能两者都是；请把它从 missing_codes "
                "中去掉，或移动临界值")),
    ("calibration_anchors: cases without a membership",   # robustness._refuse_calibrated_missing
     re.compile(r"case\(s\) (?P<names>.+?) have no membership in (?P<sets>'[^']*'(?:, '[^']*')*) after calibration \(a "
                r"missing raw value, or one of missing_codes, kept by missing='keep'\): every setting recalibrates the "
                r"raw data, so leave those cases out of them first, (?P<drop>raw\.drop\(index=\[.*\]\))$"),
     lambda m: (f"案例 {m.group('names')} 校准后在 {m.group('sets')} 中没有隶属度（原始值缺失，或是 missing_codes 中的值，由 "
                "missing='keep' 保留）：每个设定都要重新校准原始数据，因此请先把这些案例从原始数据中去掉，"
                f"{m.group('drop')}")),
    ("data: numbers that read two ways",
     re.compile(r"numbers that read two ways in column\(s\) (?P<columns>.+)$"), _zh_two_ways),
    ("calibrate: a raw value that reads two ways",
     re.compile(r"(?P<what>x|column '[^']*') \(e\.g\. (?P<e>'[^']*') for (?P<by>index|case\(s\)) (?P<label>'[^']*')\): "
                r"(?P<why>.+)$"),
     lambda m: (None if (why := _grouped_why_zh(m.group("why"))) is None else
                f"{m.group('what').replace('column ', '列 ')}（如{'索引' if m.group('by') == 'index' else '案例'} "
                f"{m.group('label')} 的 {m.group('e')}）：{why}")),
    ("calibrate_frame: a set's calibration",
     re.compile(r"calibrating (?P<name>'[^']*') from column (?P<column>'[^']*'): (?P<quoted>.+)$"),
     lambda m: None if (line := _quoted_error_zh(m)) is None else f"校准 {m.group('name')}（取自列 {m.group('column')}）：{line}"),
    ("a file's keys: unknown",   # _near.unknown_keys: a calibration file's set, a sweep file, its test or range
     re.compile(r"unknown (?P<what>key|argument)\(s\) (?P<keys>'[^']*'(?: \(a full-width colon '：', typed with a Chinese "
                r"input method, 全角: write '[^']*' with the ASCII ':' and a blank after it\))?(?:, '[^']*'(?: \(a "
                r"full-width colon '：', typed with a Chinese input method, 全角: write '[^']*' with the ASCII ':' and a "
                r"blank after it\))?)*)(?:; (?:'[^']*': )?did you mean '[^']*'(?: or '[^']*')*\?)*; allowed: "
                r"(?P<allowed>[^;]+)(?:; thresholds left unquoted in a YAML \{\.\.\.\}\? YAML ends a value at ',' and "
                r"reads (?P<read>.+?) as (?:keys|a key): quote the thresholds, (?P<write>thresholds: '[^']*'))?$"),
     lambda m: (f"未知的{'键' if m.group('what') == 'key' else '参数'} "
                + re.sub(r" \(a full-width colon '：', typed with a Chinese input method, 全角: write ('[^']*') with the "
                         r"ASCII ':' and a blank after it\)", r"（含全角冒号 '：'，中文输入法输入：请写 \1，用半角的 ':'，其后加一个空格）",
                         m.group("keys"))
                + f"（可用的{'键' if m.group('what') == 'key' else '参数'}：{m.group('allowed')}）"
                + (f"；是 YAML 的 {{...}} 中没有加引号的临界值吗？YAML 在 ',' 处结束一个值，把 {m.group('read')} 读成了键："
                   f"请给临界值加上引号，{m.group('write')}" if m.group("write") else ""))),
    ("calibrate: missing", re.compile(rf"missing must be 'raise' or 'keep', got {_GIVEN}(?:; did you mean '[^']*'\?)?$"),
     lambda m: (f"missing 只能是 'raise'（拒绝缺失的原始值）或 'keep'（保留，其隶属度留空），现为 {m.group('value')}")),
    ("a calibration file not a mapping of sets",   # the calibrate command's --spec (cli._calibrate)
     re.compile(r"a calibration specification maps each set name to calibrate\(\) arguments, e\.g\. (?P<eg>DEV: \{.*\})"
                r"(?P<listed>; the file is a list of sets \('- DEV: \.\.\.'\): write each set at the top level, without "
                r"'- ')?$"),
     lambda m: ("校准设定文件把每个集合的名称映射到 calibrate() 的参数，例如 " + m.group("eg")
                + ("；该文件是集合的列表（'- DEV: ...'）：请把每个集合写在最外层，不加 '- '" if m.group("listed") else ""))),
    ("robustness: a test recalibrating no set",   # a sweep file's test: calibrate naming a set the data lacks
     re.compile(r"calibrate names (?P<names>'[^']*'(?:, '[^']*')*), which (?:is not a set|are not sets) of the data"
                + _MEANT + r" \(sets: (?P<sets>.+)\)$"),
     lambda m: f"calibrate 所列的 {m.group('names')} 不是数据中的集合（数据的集合：{m.group('sets').replace(' and ', ' 及另外 ').replace(' more', ' 个')}）"),
    ("robustness: a case not in the data",   # a sweep file's test: drop_cases or keep_cases naming no case
     re.compile(r"unknown case\(s\) (?P<names>'[^']*'(?:, '[^']*')*(?: and \d+ more)?) in (?P<key>drop_cases|keep_cases)"
                r"(?:; (?:'[^']*': )?did you mean '[^']*'(?: or '[^']*')*\?)*(?P<case> \(case names are case-sensitive\))? "
                r"\(the data's cases: (?P<cases>.+?)\)(?P<numbered>; the data has no case names, so its cases are "
                r"numbered: name the column of case names, case_column \(CLI: --case-column\))?$"),
     lambda m: (f"{m.group('key')} 中的案例 {m.group('names')} 不在数据中"
                + ("（案例名称区分大小写）" if m.group("case") else "")
                + f"（数据的案例：{m.group('cases').replace(' and ', ' 及另外 ').replace(' more', ' 个')}）"
                + ("；数据没有案例名称，案例按序号编号：请指明案例名称所在的列，case_column（命令行：--case-column）"
                   if m.group("numbered") else ""))),
    ("robustness: a range's parameter",   # a sweep file's range (threshold_range's parameter)
     re.compile(rf"parameter must be incl_cut, n_cut,? (?:or )?pri_cut(?P<cal> or calibration)?, got {_GIVEN}"
                r"(?:; did you mean '[^']*'(?: or '[^']*')*\?)?$"),
     lambda m: (f"parameter 只能是 incl_cut、n_cut、pri_cut" + (" 或 calibration" if m.group("cal") else "")
                + f"，现为 {m.group('value')}")),
    ("robustness: a calibration range's set",   # a sweep file's range: set naming no condition nor the outcome
     re.compile(r"calibrate_set (?P<set>'[^']*') \(a sweep file's range: set\) is not a condition of the analysis nor its "
                r"outcome" + _MEANT + r" \(conditions: (?P<conds>.+); outcome: "
                r"(?P<outcome>'[^']*')\)$"),
     lambda m: (f"calibrate_set {m.group('set')}（扫描文件中范围的 set）既不是分析的条件，也不是其结果（条件："
                f"{m.group('conds')}；结果：{m.group('outcome')}）")),
    ("robustness: a range's step",   # threshold_range's step, a sweep file's range
     re.compile(r"step (?:(?P<n>of an n_cut range )?must be (?:a positive \(finite\) number|a whole number of cases \(n_cut "
                r"counts cases\))), got (?P<value>'[^']*'|\S+)$"),
     lambda m: (f"n_cut 范围的 step 必须是整数个案例（n_cut 计的是案例数），现为 {m.group('value')}" if m.group("n") else
                f"step 必须是一个正的（有限的）数，现为 {m.group('value')}")),
    ("calibrate: raw columns not in the file",   # the calibrate command: a set's source the raw file lacks
     re.compile(r"(?P<file>.+?): column\(s\) (?P<columns>'[^']*'(?:, '[^']*')*) not in the file(?:; (?:'[^']*': )?did "
                r"you mean '[^']*'(?: or '[^']*')*\?(?: \(names are case-sensitive\)| \(the name given is written with "
                r"full-width characters, typed with a Chinese input method, 全角(?:; names are case-sensitive)?\))?)* "
                r"\(columns: [^()]*\)$"),
     lambda m: f"{m.group('file')}：文件中没有列 {m.group('columns')}（校准设定的 source，或 --keep 所列的列）"),
    ("calibrate: idm out of range",
     re.compile(rf"idm \(the inclusion degree of membership\) must be in \(0\.5, 1\), got {_GIVEN}(?=;|:|$)"),
     lambda m: f"idm（完全隶属锚点处的隶属度）必须在 0.5 与 1 之间（不含两端），现为 {m.group('value')}"),
    ("a file's key given twice",   # read.read_spec_file: a calibration or sweep file's key written twice
     re.compile(r"key (?P<key>'[^']*'|\S+) is given twice \(lines (?P<a>\d+) and (?P<b>\d+)\); give each key once \(YAML "
                r"keeps the last value without a word\)$"),
     lambda m: (f"键 {m.group('key')} 写了两次（第 {m.group('a')} 行和第 {m.group('b')} 行）；每个键只写一次（YAML 会不声不响地"
                "只保留最后一个值）")),
    ("calibrate: a set named as the case column",
     re.compile(r"set (?P<set>'[^']*') has the name of the case column; name the set otherwise \(or give another "
                r"--case-column\)$"),
     lambda m: f"集合 {m.group('set')} 与案例列同名：请给集合另取名称（或用 --case-column 指定另一列）"),
    ("a file's YAML syntax",   # read.read_spec_file: a calibration or sweep file that does not parse
     re.compile(r"not valid YAML \((?:line (?P<line>\d+), column (?P<col>\d+): )?(?P<what>.+?)(?: \((?P<context>while "
                r"[^()]+) from line (?P<cline>\d+), column (?P<ccol>\d+)\))?(?P<tab>; indent with spaces, not tabs)?"
                r"(?:; line (?P<wline>\d+) has full-width punctuation \(typed with a Chinese input method, 全角\): "
                r"(?P<wide>.+?); the file's syntax needs the ASCII \(半角\) characters)?\)$"),
     lambda m: ("不是有效的 YAML（" + (f"第 {m.group('line')} 行第 {m.group('col')} 列：" if m.group("line") else "")
                + f"解析器：{m.group('what')}"
                + (f"（{m.group('context')}，始于第 {m.group('cline')} 行第 {m.group('ccol')} 列）" if m.group("context")
                   else "")
                + ("；请用空格缩进，不要用制表符（Tab）" if m.group("tab") else "")
                + (f"；第 {m.group('wline')} 行有全角标点（中文输入法输入）：{m.group('wide')}；文件的语法需要半角（ASCII）字符"
                   if m.group("wide") else "") + "）")),
    ("a file's JSON syntax",   # read.read_spec_file: a calibration or sweep file (.json) that does not parse
     re.compile(r"not valid JSON \((?P<what>.+?): line (?P<line>\d+) column (?P<col>\d+) \(char \d+\)"
                r"(?:; line (?P<wline>\d+) has full-width punctuation \(typed with a Chinese input method, 全角\): "
                r"(?P<wide>.+?); the file's syntax needs the ASCII \(半角\) characters)?\)$"),
     lambda m: (f"不是有效的 JSON（第 {m.group('line')} 行第 {m.group('col')} 列：解析器：{m.group('what')}"
                + (f"；第 {m.group('wline')} 行有全角标点（中文输入法输入）：{m.group('wide')}；文件的语法需要半角（ASCII）字符"
                   if m.group("wide") else "") + "）")),
    ("robustness: a raw value missing or not a number",   # a recalibration test's or a calibration range's raw column
     re.compile(r"(?:calibration range of (?P<set>'[^']*'): )?(?:raw column|--raw (?P<file>.+?): column) "
                r"(?P<column>'[^']*') has a missing or non-numeric value for case\(s\) (?P<cases>.+?); calibration needs a "
                r"number for every case(?:; to leave the cases? without one out of this test: (?P<drop>drop_cases: .+)"
                r"|; to leave the cases? without one out of the range, leave (?:it|them) out of the data analysed: "
                r"(?P<index>data\.drop\(index=.+\)|data\[~data\[.+\]\.isin\(.+\)\]) \(on the command line: leave "
                r"(?:their memberships|its membership) in the "
                r"data file empty, as the calibrate command's missing: keep does, and pass --drop-missing\)|; to leave the "
                r"cases? without one out of the range, leave (?P<cli>their memberships|its membership) in the data file "
                r"empty, as the calibrate command's missing: keep does, and pass --drop-missing)?$"),
     lambda m: ((f"{m.group('set')} 的校准范围：" if m.group("set") else "")
                + (f"--raw {m.group('file')}：列 " if m.group("file") else "原始数据列 ")
                + f"{m.group('column')} 在案例 {_case_values_zh(m.group('cases'))} 处缺失或不是数字；校准需要每个案例都有一个数字"
                + (f"；要在此检验中略去没有数字的案例：{m.group('drop')}" if m.group("drop") else "")
                + (f"；要在此范围中略去没有数字的案例，请把它们从所分析的数据中去掉：{m.group('index')}（命令行：在数据文件中把"
                   "它们的隶属度留空，如 calibrate 命令的 missing: keep 所做，并加 --drop-missing）" if m.group("index")
                   else f"；要在此范围中略去没有数字的案例，请在数据文件中把{'它们' if m.group('cli') == 'their memberships' else '它'}的隶属度留空，如 calibrate 命令的 missing: keep 所做，"
                   "并加 --drop-missing" if m.group("cli") else ""))),   # the command line's way alone
    ("robustness: max_runs out of range",   # a sweep file's range, threshold_range's max_runs
     re.compile(rf"max_runs must be a whole number from 1 to (?P<most>\d{{1,3}}(?:,\d{{3}})*) \(each run is a truth "
                rf"table and a minimisation, 2 x max_runs per threshold\), got {_GIVEN}(?=[;:]|$)"),
     lambda m: (f"max_runs 必须是 1 到 {m.group('most')} 之间的整数（每次运行是一次真值表构建和一次最小化，每个阈值 2 × "
                f"max_runs 次），现为 {m.group('value')}")),
    ("robustness: a range not a mapping",   # a sweep file's range without parameter or step
     re.compile(r"range (?P<i>\d+) must be a mapping with parameter and step \(allowed keys: (?P<keys>[^()]*)\)$"),
     lambda m: f"范围 {m.group('i')} 必须是含 parameter 和 step 的映射（可用的键：{m.group('keys')}）"),
    ("robustness: a case both kept and dropped",   # a sweep file's test: a case in keep_cases and in drop_cases
     re.compile(r"case\(s\) (?P<names>'[^']*'(?:, '[^']*')*(?: and \d+ more)?) both in keep_cases and in drop_cases; "
                r"name a case in one of them$"),
     lambda m: (f"案例 {_more_cases_zh(m.group('names'))} 同时列在 keep_cases 和 drop_cases 中；每个案例只列在其中一个"
                "里")),
    ("robustness: a recalibration's round",   # a sweep file's test: calibrate {DEV: {round: 20}}
     re.compile(rf"round must be a whole number of decimal places from 0 to 15, got {_GIVEN}(?=[;:]|$)"),
     lambda m: f"round 必须是 0 到 15 之间的整数（保留的小数位数），现为 {m.group('value')}"),
    ("robustness: a case named twice",   # a sweep file's test: drop_cases: [FI, FI]
     re.compile(r"(?P<key>drop_cases|keep_cases) names case\(s\) (?P<names>'[^']*'(?:, '[^']*')*(?: and \d+ more)?) "
                r"twice; name each case once$"),
     lambda m: f"{m.group('key')} 把案例 {_more_cases_zh(m.group('names'))} 写了两次；每个案例只写一次"),
    ("robustness: a recalibration naming no set",   # a sweep file's test: calibrate: {}
     re.compile(r"calibrate is empty; name the sets to recalibrate, e\.g\. (?P<example>\{.*\}), or leave the key out$"),
     lambda m: f"calibrate 是空的：请写出要重新校准的集合，例如 {m.group('example')}，或去掉这个键"),
    ("robustness: a calibration range's keys in another range",   # a sweep file's incl_cut range with set, thresholds
     re.compile(r"(?P<keys>\w+(?:, \w+)*): keys of a calibration range \(parameter: calibration\) only; leave "
                r"(?:it|them) out$"),
     lambda m: f"{m.group('keys')} 只是校准范围（parameter: calibration）的键：请去掉"),
    ("robustness: a range given twice",   # a sweep file's range repeated
     re.compile(r"range (?P<i>\d+) repeats range (?P<j>\d+) \((?P<what>parameter: [^()]*), the same keys and values\); "
                r"give each range once$"),
     lambda m: (f"范围 {m.group('i')} 重复了范围 {m.group('j')}（{m.group('what')}，键和值都相同）；每个范围只给一次")),
    ("robustness: a recalibration changing a condition's levels",   # a sweep file's test: DEV's levels 0..2 made fuzzy
     re.compile(r"recalibrated, condition (?P<name>'[^']*') (?:(?P<fuzzy>is a fuzzy set)|has levels 0\.\.(?P<now>\d+)), "
                r"not levels 0\.\.(?P<was>\d+) as in the initial data, so its solutions could not be compared with the "
                r"initial one \(another truth table\); (?:recalibrate it into (?P<k>\d+) levels: type 'crisp' with "
                r"(?P<cuts>\d+) thresholds|(?P<two>recalibrate it into a crisp set \(type 'crisp', one threshold\) or a "
                r"fuzzy set))$"),
     lambda m: (f"重新校准后，条件 {m.group('name')} "
                + ("是模糊集" if m.group("fuzzy") else f"的水平为 0..{m.group('now')}")
                + f"，而不是初始数据中的水平 0..{m.group('was')}，因此其解无法与初始解比较（另一个真值表）；"
                + ("请把它重新校准为清晰集（type 'crisp'，一个临界值）或模糊集" if m.group("two") else
                   f"请把它重新校准为 {m.group('k')} 个水平：type 'crisp'，{m.group('cuts')} 个临界值"))),
    ("robustness: a recalibration leaving a level without a case",   # a sweep file's test: a cut point above every case
     re.compile(r"recalibrated with (?P<cuts>\d+) cut points, condition (?P<name>'[^']*') has no case at level\(s\) "
                r"(?P<empty>\d+(?:, \d+)*) \(values (?P<held>\d+(?:\.\.\d+|(?:, \d+)*)) only\), not the initial data's "
                r"levels 0\.\.(?P<was>\d+), so its solutions could not be compared with the initial one \(another truth "
                r"table\); move the thresholds so that every level holds a case$"),
     lambda m: (f"以 {m.group('cuts')} 个临界值重新校准后，条件 {m.group('name')} 在水平 {m.group('empty')} 上没有案例（只有取值 "
                f"{m.group('held')}），与初始数据的水平 0..{m.group('was')} 不同，因此其解无法与初始解比较（另一个真值表）；"
                "请移动 thresholds，使每个水平都有案例")),
    ("robustness: dropped cases leaving a level",   # a sweep file's test: drop_cases emptying a multi-value level
     re.compile(r"without the cases it drops, condition (?P<name>'[^']*') (?:has levels 0\.\.(?P<now>\d+), not the "
                r"initial data's 0\.\.(?P<was>\d+)|has values (?P<held>\d+(?:\.\.\d+|(?:, \d+)*)) only, no case at "
                r"levels? (?P<gone>\d+(?:, \d+)*) where the initial data has cases \(levels 0\.\.(?P<all>\d+)\)), so its "
                r"solutions could not be compared with the initial one \(another truth table\); drop fewer cases, or "
                r"recode the condition in both$"),
     lambda m: (f"去掉所删除的案例后，条件 {m.group('name')} "
                + (f"的水平为 0..{m.group('now')}，而不是初始数据的 0..{m.group('was')}" if m.group("now") else
                   f"只有取值 {m.group('held')}，在水平 {m.group('gone')} 上没有案例，而初始数据在那里有案例（水平 "
                   f"0..{m.group('all')}）")
                + "，因此其解无法与初始解比较（另一个真值表）；请少删一些案例，或在初始数据和检验中都重新编码该条件")),
    ("robustness: a fuzzy calibration range of a multi-value set",   # a sweep file's range: type fuzzy for DEV 0..2
     re.compile(r"calibration range of (?P<set>'[^']*'): a fuzzy calibration makes the multi-value (?P=set) \(levels "
                r"0\.\.(?P<last>\d+)\) a fuzzy set, another truth table than the data's; give the range type 'crisp' and "
                r"(?P<cuts>\d+) thresholds$"),
     lambda m: (f"{m.group('set')} 的校准范围：模糊集校准会把多值的 {m.group('set')}（水平 0..{m.group('last')}）变成模糊集，"
                f"真值表与数据的不同；请给该范围 type 'crisp' 和 {m.group('cuts')} 个临界值")),
    ("a case named twice in a raw file",   # robustness --raw, calibrate, calibrate_frame: a case name twice
     re.compile(r"(?:--raw (?P<raw>.+?): duplicate case name\(s\) (?P<names>'[^']*'(?:, '[^']*')*(?: and \d+ more)?)"
                r"(?: in column (?P<col>'[^']*'))?; each case needs one row of raw values: (?P<where>.+)"
                r"|(?:(?P<file>.+?): )?duplicate case name\(s\) (?P<dup>'[^']*'(?:, '[^']*')*) in column "
                r"(?P<column>'[^']*') \(spaces around names are ignored\); case names must be unique: (?P<at>.+)"
                r"|the raw data has duplicate case name\(s\) (?P<api>'[^']*'(?:, '[^']*')*(?: and \d+ more)?): each "
                r"case needs one row of raw values)$"),
     _zh_raw_case_twice),
    ("a case named NA read as missing",   # data.check_case_names: pandas' read_csv reads 'NA' (Namibia) as NaN
     re.compile(rf"(?:case column (?P<col>'[^']*') has missing \(NaN\) case name\(s\) in row\(s\) (?P<rows>{_ROWS_AT})|case "
                rf"name\(s\) of the index missing \(NaN\) in row\(s\) (?P<irows>{_ROWS_AT})): pandas' read_csv reads the "
                r"text 'NA', 'N/A', 'NULL', 'None', 'nan' as missing, so a case named NA \(Namibia\) becomes NaN; read the "
                r"file with keep_default_na=False, na_values=\[''\] \(or give every case a name\)$"),
     lambda m: ((f"案例列 {m.group('col')} 在{_rows_at_zh(m.group('rows'))}有缺失（NaN）的案例名称" if m.group("col") else
                 f"索引中的案例名称在{_rows_at_zh(m.group('irows'))}缺失（NaN）")
                + "：pandas 的 read_csv 会把文本 'NA'、'N/A'、'NULL'、'None'、'nan' 读作缺失值，因此名为 NA（纳米比亚）的案例"
                "会变成 NaN；读取文件时请写 keep_default_na=False, na_values=['']（或给每个案例一个名称）")),
    ("a case without a name in a raw file",   # calibrate, calibrate_frame: a blank cell in the case column
     re.compile(rf"(?:(?P<file>.+?): )?column (?P<col>'[^']*') has no case name in row\(s\) (?P<rows>{_ROWS_AT}); every "
                r"case needs a name$"),
     lambda m: ((f"{m.group('file')}：" if m.group("file") else "") + f"列 {m.group('col')} 在"
                + _rows_at_zh(m.group("rows")) + "没有案例名称；每个案例都需要名称")),
    ("a file not found",   # read_data, read_spec_file, the commands' --spec and --raw (read.missing_file_hint)
     re.compile(r"(?P<path>.+?): file not found(?:; looked for as (?P<abs>.+) \(a relative path is read from the folder "
                r"the command runs in\): give the file's full path|(?P<near>; did you mean '[^']*'(?: or '[^']*')*\? "
                r"\(file names are case-sensitive\))|; '~' is not your home folder here \(the shell expands it only outside "
                r"quotes\): write the full path, e\.g\. (?P<eg>\".+?\")(?: \((?P<home>.+) exists\))?|(?P<tilde>; '~' is "
                r"not expanded here \(the shell expands it only outside quotes\): write the full path)|; the folder "
                r"(?P<folder>.+) does not exist|; (?P<above>.+) is a file, not a folder|; it is a symbolic link to "
                r"(?P<target>.+), which does not exist|(?P<loop>; it is a symbolic link that leads to itself \(a loop\)))?$"),
     lambda m: (f"{m.group('path')}：找不到文件"
                + (f"；查找的位置是 {m.group('abs')}（相对路径从运行命令的文件夹算起）：请给出文件的完整路径" if m.group("abs")
                   else "（文件名区分大小写）" if m.group("near")   # the names meant: said by _hints_zh, after
                   else (f"；这里的 '~' 不是你的主文件夹（shell 只在引号之外展开它）：请写完整路径，例如 {m.group('eg')}"
                         + (f"（{m.group('home')} 存在）" if m.group("home") else "")) if m.group("eg")
                   else "；这里的 '~' 不会被展开（shell 只在引号之外展开它）：请写完整路径" if m.group("tilde")
                   else f"；文件夹 {m.group('folder')} 不存在" if m.group("folder")
                   else f"；{m.group('above')} 是文件，不是文件夹" if m.group("above")
                   else f"；它是指向 {m.group('target')} 的符号链接，而该目标不存在" if m.group("target")
                   else "；它是指向自身的符号链接（循环）" if m.group("loop") else ""))),
    ("robustness: no_solution",   # robustness_protocol's no_solution, a sweep file's no_solution, --no-solution
     re.compile(rf"(?:no_solution must be 'count' \(a test without a sufficient configuration counts as the empty "
                rf"solution\) or 'refuse' \(it is an error\), got {_GIVEN}(?=[;:]|$)|'no_solution: (?P<file>.*)' is "
                r"neither count \(a test without a sufficient configuration counts as the empty solution\) nor refuse "
                r"\(it is an error\)(?=;|$)|(?P<empty>'no_solution:' has no value \(YAML reads it as null\): write "
                r"'no_solution: count' \(a test without a sufficient configuration counts as the empty solution\) or "
                r"'no_solution: refuse' \(it is an error\), or leave the key out \(count\)$)|--no-solution (?P<flag>\S+) "
                r"but (?P<spec>.+) says 'no_solution: (?P<says>.*)'; give the rule once \(the file's key, or the "
                r"flag\)$)"),
     lambda m: (f"--no-solution {m.group('flag')}，但 {m.group('spec')} 写的是 'no_solution: {m.group('says')}'；规则只给一次"
                "（文件中的键，或命令行参数）" if m.group("flag") else
                "'no_solution:' 没有值（YAML 把它读作 null）：请写 'no_solution: count'（没有充分组态的检验算作空解）或 "
                "'no_solution: refuse'（这是错误），或去掉这个键（count）" if m.group("empty") else
                f"'no_solution: {m.group('file')}' 既不是 count（没有充分组态的检验算作空解），也不是 refuse（这是错误）"
                if m.group("file") is not None else
                "no_solution 只能是 'count'（没有充分组态的检验算作空解）或 'refuse'（这是错误），现为 "
                f"{m.group('value')}")),
    ("robustness: skew_bounds given empty or twice, --skew-bounds",   # a sweep file's key, the flag
     re.compile(r"(?:(?P<empty>'skew_bounds' has no value \(YAML reads 'skew_bounds:' left empty, 'null' or '~' as "
                r"null\): write two shares, e\.g\. 'skew_bounds: \[0\.2, 0\.8\]', or 'skew_bounds: none' to turn the skew "
                r"check off \(as --skew-bounds none does\), or leave the key out \(the default, \[0\.2, 0\.8\]\)$)"
                r"|skew_bounds=(?P<arg>\([^()]*\)|None) \(--skew-bounds (?P<flag>\S+) on the command line\) but "
                r"(?P<spec>.+) says 'skew_bounds: (?P<says>[^']*)'; give the bounds once \(the file's key, or the "
                r"argument / flag\)$"
                r"|--skew-bounds must be two shares LOW,HIGH (?P<order>in \[0, 1\] with LOW below HIGH, )?such as "
                r"0\.2,0\.8, got (?P<text>'[^']*')(?:; percentages\? write (?P<pct>\S+))?(?=;|$))"),
     lambda m: (f"skew_bounds={m.group('arg')}（命令行上的 --skew-bounds {m.group('flag')}），但 {m.group('spec')} 写的是 "
                f"'skew_bounds: {m.group('says')}'；界限只给一次（文件中的键，或参数 / 命令行参数）" if m.group("arg") else
                "'skew_bounds' 没有值（YAML 把留空的 'skew_bounds:'、'null' 或 '~' 读作 null）：请写两个比例，例如 "
                "'skew_bounds: [0.2, 0.8]'，或写 'skew_bounds: none' 关闭偏斜检查（如 --skew-bounds none），或去掉这个键"
                "（默认值 [0.2, 0.8]）" if m.group("empty") else
                "--skew-bounds 必须是两个比例 LOW,HIGH" + ("，在 [0, 1] 之内且 LOW 小于 HIGH" if m.group("order") else "")
                + f"，如 0.2,0.8，现为 {m.group('text')}"
                + (f"；是百分数吗？请写 {m.group('pct')}" if m.group("pct") else ""))),
    ("a file's number or yes/no read otherwise by YAML",   # read.read_spec_file: NO, 1_000, 010 unquoted
     re.compile(r"line (?P<line>\d+), column (?P<col>\d+): (?P<text>.+?) is read by YAML as (?P<read>\S+) \((?:(?P<bool>"
                r"YAML 1\.1 reads yes/no/on/off as true/false)|(?P<why>digits grouped with '_'|':' makes it a base-60 "
                r"number|hexadecimal|binary|octal|a leading 0 makes it octal))\); (?:quote it \((?P<quote>'[^']*'|\"[^\"]*\")\) "
                r"if it is a name or a case ID, or write (?P<write>true|false)|(?:write (?P<plain>\S+) \(digits 0-9 only\)|"
                r"(?P<decimal>write the number in decimal digits)), or quote it \((?P<quoted>'[^']*'|\"[^\"]*\")\) if it is a "
                r"name or a case ID)$"),
     lambda m: (f"第 {m.group('line')} 行第 {m.group('col')} 列：YAML 把 {m.group('text')} 读作 {m.group('read')}（"
                + ("YAML 1.1 把 yes/no/on/off 读作 true/false" if m.group("bool") else _YAML_NUMBER_ZH[m.group("why")])
                + (f"）；若它是名称或案例标识，请加引号（{m.group('quote')}），否则请写 {m.group('write')}" if m.group("bool")
                   else "）；请" + (f"写 {m.group('plain')}（只用数字 0-9）" if m.group("plain") else "用十进制数字写这个数")
                   + f"，若它是名称或案例标识，则请加引号（{m.group('quoted')}）"))),
    ("a flag the command does not take",   # argparse's unrecognized arguments, with the command line's hint
     re.compile(r"unrecognized arguments: (?P<args>[^;]+?)(?:; robustness takes the analysis from its --spec file, not from "
                r"flags: write key\(s\) (?P<keys>\w+(?:, \w+)*) there \(e\.g\. (?P<eg>\S+)\)|; (?P<cmd>[\w-]+) takes no "
                r"(?P<flag>--[\w.-]+)(?: \((?P<others>[\w-]+(?:, [\w-]+)*) do(?:es)?\)(?:(?P<bench>: --benchmark sets the "
                r"inclN from which a condition is flagged necessary)|: (?P<oadvice>.+))?|(?P<reads>: it reads (?:the "
                r"conservative and parsimonious solutions \(and the intermediate with --dir-exp\) of the truth table, as "
                r"the standards ask|(?P<pars>the parsimonious solution \(remainders included, as minimize --include '\?' "
                r"gives it\), or the intermediate with --dir-exp; --solution conservative reads the one without "
                r"remainders)))|(?P<keep>: give the set 'missing: keep' in the "
                r"specification \(its membership left empty\), then --drop-missing to the analysis)|(?P<drop>: write "
                r"--drop-missing \(drops the cases with a missing value in the columns used, naming them\))|: write "
                r"(?P<write>--[\w-]+(?: [^\s();]+)?)(?:(?P<r> \(the inclN a condition needs to be flagged necessary; R's "
                r"(?P<rname>[\w.]+)\))|(?P<neg> \(the negated outcome, as R QCA 3 writes it\))|(?P<note> \((?P<said>.+)\)))?|: (?P<advice>(?:leave it "
                r"out:|write --sol-depth N, N the second of cna's three numbers|--necessity for necessity) .+))|(?P<meant>; (?:--[\w.-]+: )?did you mean --[\w.-]+(?: or --[\w.-]+)*\?(?:; --[\w.-]+: did "
                r"you mean --[\w.-]+(?: or --[\w.-]+)*\?)*)|; (?P<listed>--[\w-]+) takes one (?P<one>value|expression): write (?P<one_write>.+) "
                r"\((?:commas between the items, no blanks|(?P<joined>its combinations joined by ' \+ ', quoted))\))?$"),
     lambda m: None if any(m.group(g) and _cli_keyword_advice_zh(m.group(g)) is None for g in ("advice", "oadvice")) or (
         m.group("note") and m.group("said") not in _keyword_notes_zh()) else (
                f"无法识别的参数：{m.group('args')}"
                + (f"；{m.group('listed')} 只取一个{'表达式' if m.group('one') == 'expression' else '值'}：请写 "
                   f"{m.group('one_write')}（" + ("其组合以 ' + ' 相连，并加引号" if m.group("joined") else "各项之间用逗号，不加空格")
                   + "）" if m.group("listed") else "")
                + (f"；robustness 从其 --spec 文件读取分析的设定，不从命令行参数读取：请在该文件中写键 {m.group('keys')}（例如 "
                   f"{m.group('eg')}）" if m.group("keys") else "")
                + (f"；{m.group('cmd')} 不接受 {m.group('flag')}" if m.group("cmd") else "")
                + (f"（{m.group('others').replace(', ', '、')} 接受）" if m.group("others") else "")
                + ("：--benchmark 设定把条件标为必要条件所需的 inclN" if m.group("bench") else "")
                + (f"：{_cli_keyword_advice_zh(m.group('oadvice'))}" if m.group("oadvice") else "")
                + ("：它读取简约解（包含逻辑余项，即 minimize --include '?' 所得的解），有 --dir-exp 时读取中间解；"
                   "--solution conservative 读取不含逻辑余项的复杂解" if m.group("pars") else
                   "：它读取真值表的复杂解和简约解（有 --dir-exp 时还有中间解），这是报告标准的要求" if m.group("reads") else "")
                + ("：请在设定文件中给该集合写 'missing: keep'（其隶属度留空），然后在分析时加 --drop-missing"
                   if m.group("keep") else "")
                + ("：请写 --drop-missing（删除所用列中有缺失值的案例，并列出它们）" if m.group("drop") else "")
                + (f"：请写 {m.group('write')}" if m.group("write") else "")
                + (f"（{_keyword_notes_zh()[m.group('said')]}）" if m.group("note") else "")
                + (f"（条件被标为必要条件所需的 inclN；R 的 {m.group('rname')}）" if m.group("r") else "")
                + ("（结果的否定，R QCA 3 的写法）" if m.group("neg") else "")
                + (f"：{_cli_keyword_advice_zh(m.group('advice'))}" if m.group("advice") else "")
                + (re.sub(r"(?:(--[\w.-]+): )?did you mean (.+?)\?", lambda h: (f"{h.group(1)}：" if h.group(1) else "")
                          + f"是否想写 {h.group(2).replace(' or ', ' 或 ')}？", m.group("meant")).replace("; ", "；").replace("？；", "？")
                   if m.group("meant") else ""))),
    ("a command's name",   # argparse: 'minimise', R's 'truthTable', 'help' for a command
     re.compile(r"argument command: invalid choice: (?P<value>'[^']*') \(choose from (?P<choices>'[^']*'(?:, '[^']*')*)\)"
                r"(?:; did you mean (?P<meant>[\w-]+(?: or [\w-]+)*)\?|; for help: (?P<help>.+?) --help \(the commands\), "
                r"or (?P=help) COMMAND --help)?$"),
     lambda m: (f"命令：无效的选项 {m.group('value')}（可选：{m.group('choices')}）"
                + (f"；是否想写 {m.group('meant').replace(' or ', ' 或 ')}？" if m.group("meant") else "")
                + (f"；查看帮助：{m.group('help')} --help（列出各命令），或 {m.group('help')} COMMAND --help"
                   if m.group("help") else ""))),
    ("a flag given twice",   # --incl-cut 0.8 ... --incl-cut 0.9
     re.compile(r"(?P<flag>--[\w-]+) is given (?P<n>\d+) times \((?P<values>.+)\): it takes one value and only the last "
                r"would count; give (?P=flag) once$"),
     lambda m: (f"{m.group('flag')} 给了 {m.group('n')} 次（{m.group('values').replace(', then ', '，然后是 ')}）：它只取一个值，"
                f"只有最后一个会生效；{m.group('flag')} 只给一次")),
    ("a flag of another analysis",   # pof --conditions, esa --ron-cut without --nec-cond
     re.compile(r"(?:(?P<flag>--conditions) does not apply to (?P<cmd>[\w-]+): the conditions are those of --expression"
                r"|(?P<ron>--ron-cut applies to the necessary conditions of --nec-cond: give --nec-cond))$"),
     lambda m: ("--ron-cut 用于 --nec-cond 的必要条件：请给出 --nec-cond" if m.group("ron") else
                f"{m.group('flag')} 不用于 {m.group('cmd')}：条件就是 --expression 中的条件")),
    ("calibrate: a shape argument that does nothing",   # calibrate.unused_shape_arguments
     re.compile(r"(?P<args>\w+(?:, \w+)*) (?:appl(?:y|ies) to (?:(?P<crisp>fuzzy calibration only; crisp calibration "
                r"uses the cut points alone)|the direct method only; the indirect method fits its scores to the bins of "
                r"its thresholds)|do(?:es)? nothing here: (?P<why>six anchors give the bell \(or inverse bell\), linear "
                r"whatever logistic says \(below and above shape it\)|below and above bend the linear shape "
                r"\(logistic=False\); the logistic shape is set by the anchors and idm|idm sets the logistic shape's "
                r"scores at the anchors; the linear shape \(logistic=False\) is 0 at e, 1 at i)); leave (?:it|them) out$"
                r"|(?P<args2>\w+(?:, \w+)*) appl(?:y|ies) to (?:(?P<crisp2>fuzzy calibration only; crisp calibration uses "
                r"the cut points alone)|the direct method only; the indirect method fits its scores to the bins of its "
                r"thresholds): leave (?:it|them) out$"),
     lambda m: (f"{m.group('args2')} 只用于"
                + ("模糊集校准；清晰集校准只用临界值" if m.group("crisp2") else "直接法；间接法把分数拟合到 thresholds 划分的各区间")
                + "：请去掉" if m.group("args2") else
                f"{m.group('args')} 在这里不起作用：" + {
                    "six": "六个锚点给出钟形（或倒钟形）曲线，无论 logistic 取何值都是线性的（由 below 和 above 塑形）",
                    "below": "below 和 above 弯曲的是线性形状（logistic=False）；logistic 形状由锚点和 idm 决定",
                    "idm": "idm 设定 logistic 形状在锚点处的隶属度；线性形状（logistic=False）在 e 处为 0，在 i 处为 1",
                }[m.group("why").split()[0]] + "；请去掉")),
    ("calibrate: thresholds with an empty item",   # 'e=350, c=550, i=850,' or '550,,700'
     re.compile(r"thresholds (?P<given>'[^']*') hold an empty item \(a stray comma, or a value left out\?\); write the "
                r"values separated by commas, e\.g\. (?P<eg>'[^']*')$"),
     lambda m: (f"thresholds {m.group('given')} 中有一个空项（多了一个逗号，还是漏了一个值？）；请用逗号分隔各个值，例如 "
                f"{m.group('eg')}")),
    ("raw values matched by row position",   # robustness --raw, robustness_protocol / threshold_range's raw=
     re.compile(r"(?:--raw (?P<raw>.+?): neither file has a column of case names the reader takes \('case', an unnamed "
                r"first column, or --case-column\)|(?P<api>the data and the raw values are both indexed by position "
                r"\(read without index_col\))), so the raw values would be matched to the cases by row position; column "
                r"(?P<col>'[^']*') of both holds a different text for every case, like case names: pass (?:--case-column "
                r"(?P<flag>\S+) \(and --raw-case-column if the raw file names it otherwise\)|(?P<arg>case_column='[^']*') "
                r"\(CLI: (?P<cli>--case-column \S+)\), or read both with (?P<read>index_col='[^']*'))$"),
     lambda m: ((f"--raw {m.group('raw')}：两个文件都没有读取器所认的案例名称列（'case'、无名的第一列，或 --case-column）"
                 if m.group("raw") else "数据和原始数值都按位置编号（读取时没有用 index_col）")
                + f"，因此原始数值会按行的位置与案例对应；两者的列 {m.group('col')} 在每个案例中都是不同的文本，像案例名称："
                + (f"请加 --case-column {m.group('flag')}（若原始数据文件中该列的名称不同，再加 --raw-case-column）"
                   if m.group("flag") else
                   f"请传 {m.group('arg')}（命令行：{m.group('cli')}），或读取两者时都用 {m.group('read')}"))),
    ("robustness --raw without a case column",
     re.compile(r"--raw (?P<raw>.+?): no column of case names \('case', an unnamed first column, or name it with "
                r"--raw-case-column\)$"),
     lambda m: f"--raw {m.group('raw')}：没有案例名称列（'case'、无名的第一列，或用 --raw-case-column 指明）"),
    ("robustness: a crisp calibration range of other levels",   # a range's cut points making more or fewer levels
     re.compile(r"calibration range of (?P<set>'[^']*'): (?P<n>\d+) crisp cut point\(s\) give (?P<k>\d+) levels, another "
                r"truth table: the data's (?P=set) (?:has (?P<levels>\d+) \(0\.\.(?P<last>\d+)\); give (?P<give>\d+) "
                r"thresholds|(?P<two>is a crisp or fuzzy set \(in or out\); give one threshold, or a fuzzy range \(type: "
                r"fuzzy\)))$"),
     lambda m: (f"{m.group('set')} 的校准范围：{m.group('n')} 个清晰集临界值给出 {m.group('k')} 个水平，是另一个真值表：数据中的 "
                f"{m.group('set')} "
                + ("是清晰集或模糊集（在集合内或外）；请给一个临界值，或改用模糊集范围（type: fuzzy）" if m.group("two") else
                   f"有 {m.group('levels')} 个水平（0..{m.group('last')}）；请给 {m.group('give')} 个临界值"))),
    ("theory_evaluation: data without the solution's outcome",   # theory_evaluation(theory, sol, data=...)
     re.compile(r"data lacks the solution's outcome (?P<out>'[^']*') \(columns: (?P<cols>.*)\): data must be the data the "
                r"solution was found on, its outcome included, to read (?P<sets>'[^']*'(?:, '[^']*')*) of theory "
                r"(?P<theory>'[^']*')$"),
     lambda m: (f"data 中没有解的结果 {m.group('out')}：data 必须是求出该解的数据（包括其结果），才能读取理论 {m.group('theory')} "
                f"中的 {m.group('sets')}")),   # the columns: said by the hints, after
    ("theory_evaluation: data of another outcome",
     re.compile(r"data's outcome (?P<out>'[^']*') differs from the solution's in case\(s\) (?P<cases>(?:'[^']*' \([^()]* in "
                r"data, [^()]* in the solution's\)(?:, )?)+)(?: and (?P<more>\d+) more)?: data must be the data the "
                r"solution was found on, to read (?P<sets>'[^']*'(?:, '[^']*')*) of theory (?P<theory>'[^']*') "
                r"\(SetMethods' theory\.evaluation reads a theory's sets and the outcome from one data set, the truth "
                r"table's initial\.data\)$"),
     lambda m: (f"data 的结果 {m.group('out')} 在案例 "
                + "、".join(f"{c}（data 中为 {a}，解中为 {b}）" for c, a, b in re.findall(
                    r"('[^']*') \(([^()]*) in data, ([^()]*) in the solution's\)", m.group("cases")))
                + (f" 及另外 {m.group('more')} 个案例" if m.group("more") else "")
                + f"上与解的结果不同：data 必须是求出该解的数据，才能读取理论 {m.group('theory')} 中的 {m.group('sets')}"
                "（SetMethods 的 theory.evaluation 从同一份数据——真值表的 initial.data——读取理论的集合和结果）")),
    ("theory_evaluation: data of other cases",
     re.compile(r"data must hold the cases of the solution's data, matched by name \(its index, or case_column\), to read "
                r"(?P<sets>'[^']*'(?:, '[^']*')*) of theory (?P<theory>'[^']*'): got data (?:without the solution's "
                r"case\(s\) (?P<missing>'[^']*'(?:, '[^']*')*))?(?:(?:; )?with case\(s\) (?P<more>'[^']*'(?:, '[^']*')*) "
                r"the solution lacks)?(?P<twice>(?:; )?with a case name twice)?$"),
     lambda m: (f"data 必须含有解的数据中的案例（按名称匹配：其索引或 case_column），才能读取理论 {m.group('theory')} 中的 "
                f"{m.group('sets')}：所给的 data "
                + "；".join(part for part in (
                    f"缺少解的案例 {m.group('missing')}" if m.group("missing") else "",
                    f"含有解所没有的案例 {m.group('more')}" if m.group("more") else "",
                    "有重复的案例名称" if m.group("twice") else "") if part))),
    ("a file separated by ';' or a tab",   # read_data: a CSV of Excel in a locale with decimal commas, a .tsv
     re.compile(r"the header is one column (?P<header>'[^']*'|\"[^\"]*\"): the (?:file|input) looks separated by (?:';', "
                r"not commas \(Excel in a locale with decimal commas writes ';' and 0,8 in every CSV it saves, 'CSV UTF-8 "
                r"\(comma delimited\)' too\): give the workbook \(\.xlsx\) itself, which the engine reads, or convert it: "
                r"in R, (?P<r>write\.csv\(read\.csv2\(path\), new, row\.names = FALSE\)); in Python, (?P<py>pandas\."
                r"read_csv\(path, sep=';', decimal=','\)\.to_csv\(new, index=False\))|(?P<tab>a tab, not commas \(Excel's "
                r"'Text \(Tab delimited\)', a \.tsv file\); save it as 'CSV UTF-8 \(comma delimited\)' with '\.' as "
                r"decimal separator))$"),
     lambda m: (f"表头只有一列 {m.group('header')}："
                + ("文件看来是用制表符而不是逗号分隔的（Excel 的“文本文件(制表符分隔)”，或 .tsv 文件）；请另存为 'CSV UTF-8 (逗号分隔)'，"
                   "以 '.' 作小数点" if m.group("tab") else
                   "文件看来是用 ';' 而不是逗号分隔的（小数用逗号的地区设置下，Excel 保存的每个 CSV 都写 ';' 和 0,8，'CSV UTF-8 "
                   "(逗号分隔)' 也一样）：请直接给出工作簿（.xlsx），引擎可以读取；或者转换它：在 R 中用 "
                   f"{m.group('r')}；在 Python 中用 {m.group('py')}"))),
    ("a file separated by '|' or blanks",   # read_data: a database or SAS export, R's write.table(), a pasted table
     re.compile(r"the header is one column (?P<header>'[^']*'|\"[^\"]*\"): the (?P<what>file|input) looks separated by "
                r"(?:(?P<pipe>'\|', not commas \(a database or SAS export\?\);)|blanks, not commas \(R's write\.table\(\), "
                r"whose default sep is ' ', or a table copied as text\); in R write it with (?P<r>write\.csv\(data, "
                r"'file\.csv'\)),) (?:or )?save it as 'CSV UTF-8 \(comma delimited\)'$"),
     lambda m: (f"表头只有一列 {m.group('header')}：{'文件' if m.group('what') == 'file' else '输入'}看来是用"
                + (" '|' 而不是逗号分隔的（数据库或 SAS 导出的文件？）；请另存为 'CSV UTF-8 (逗号分隔)'" if m.group("pipe") else
                   "空格而不是逗号分隔的（R 的 write.table()，其默认 sep 为 ' '；或从别处复制的文本表格）；在 R 中请用 "
                   f"{m.group('r')} 写出，或另存为 'CSV UTF-8 (逗号分隔)'"))),
    ("a file's line of another width",   # read._header: decimal commas unquoted, a short row, trailing commas
     re.compile(r"line (?P<line>\d+) has (?P<n>\d+) cells?, the header (?P<w>\d+): (?:(?P<more>more cells than columns; "
                r"unquoted decimal commas \(0,8\) or a comma inside a name are the usual causes: write decimals with a "
                r"point and quote names)|fewer cells than columns; (?:its cells are separated by full-width commas "
                r"(?P<wide>'.') \(U\+(?P<code>[0-9A-F]{4}), typed with a Chinese input method, 全角\), not ASCII commas ',': "
                r"replace them with ','|(?P<short>fill or remove the short row))|it ends with (?P<k>\d+) empty cells? \(a "
                r"trailing ','\) the header has no column for; remove the trailing commas from the data lines, or end the "
                r"header with as many)$"),
     lambda m: (f"第 {m.group('line')} 行有 {m.group('n')} 个单元格，表头有 {m.group('w')} 个："
                + ("单元格多于列数；常见原因是未加引号的小数逗号（0,8）或名称中的逗号：请用小数点写小数，并给名称加引号"
                   if m.group("more") else
                   "单元格少于列数；请补全或删除这一短行" if m.group("short") else
                   f"单元格少于列数；其单元格是用全角逗号 {m.group('wide')}（U+{m.group('code')}，中文输入法输入）分隔的，而不是半角"
                   "（ASCII）逗号 ','：请把它们替换为 ','" if m.group("wide") else
                   f"它以 {m.group('k')} 个空单元格结尾（多余的 ','），表头没有对应的列；请删除数据行末尾的逗号，或在表头末尾加上"
                   "同样多的逗号"))),
    ("a file's header ending in commas",   # read._trailing_commas: 'case,DEV,...,SURV,' above rows without it
     re.compile(r"the header \(line (?P<line>\d+)\) ends with (?P<k>\d+) empty names? \(a trailing ','\) that line "
                r"(?P<row>\d+) has no cell for; remove the trailing commas? from the header$"),
     lambda m: (f"表头（第 {m.group('line')} 行）以 {m.group('k')} 个空名称结尾（多余的 ','），第 {m.group('row')} 行没有对应"
                "的单元格；请删除表头末尾的逗号")),
    ("a file's column name twice",   # read._header: 'DEV' twice in the header (pandas would read DEV.1)
     re.compile(r"column name (?P<name>'[^']*'|\"[^\"]*\") appears twice in the header \(columns (?P<a>\d+) and "
                r"(?P<b>\d+)\); column names must be unique$"),
     lambda m: f"列名 {m.group('name')} 在表头中出现了两次（第 {m.group('a')} 列和第 {m.group('b')} 列）；列名必须唯一"),
    ("a file without data",   # read: an empty file, a header alone, a comment or an empty line above the header
     re.compile(r"the (?P<what>file|input) (?:(?P<header>has a header but no data rows)|(?P<empty>is empty)|starts with "
                r"(?P<first>a comment line|an empty line); the first line must be the header \(column names\): remove the "
                r"line\(s\) above it)$"),
     lambda m: (("文件" if m.group("what") == "file" else "输入")
                + ("只有表头，没有数据行" if m.group("header") else "是空的" if m.group("empty") else
                   f"以{'注释行' if m.group('first') == 'a comment line' else '空行'}开头；第一行必须是表头（列名）：请删除它"
                   "上方的行"))),
    ("a file's title above the header",   # read._title_line: 'Table 1: survey data' on line 1
     re.compile(r"line 1 holds (?:one cell|(?P<cells>\d+) cells) \((?P<title>'[^']*'|\"[^\"]*\")\) and the lines below it "
                r"(?P<n>\d+): a title above the header\? The first line must be the header \(column names\): remove the "
                r"line\(s\) above it$"),
     lambda m: (f"第 1 行只有{m.group('cells') + ' 个单元格' if m.group('cells') else '一个单元格'}（{m.group('title')}），而它"
                f"下面的行有 {m.group('n')} 个：是表头上方的标题吗？第一行必须是表头（列名）：请删除表头上方的行")),
    ("a file's bytes that are no text",   # read: a NUL byte, UTF-16 without its byte order mark, a carriage return
     re.compile(r"(?:line (?P<line>\d+) holds a NUL byte \(0x00\), which no text file holds: the file is damaged or not "
                r"CSV text; remove the byte \((?P<tr>.+)\) or export the data again|(?P<utf16>this looks like UTF-16 text "
                r"without a byte order mark \(every other byte is 0\), not UTF-8; save it as 'CSV UTF-8 \(comma delimited\)', "
                r"or convert it \((?P<iconv>iconv [^()]+)\))|line (?P<cr>\d+) has a carriage return \(\\r\) inside a line, "
                r"outside quotes \(a line break typed in a cell\?\): remove it, or quote the cell)$"),
     lambda m: ("这看起来是没有字节顺序标记（BOM）的 UTF-16 文本（每隔一个字节就是 0），而不是 UTF-8；请另存为 'CSV UTF-8 "
                f"(逗号分隔)'，或转换它（{m.group('iconv')}）" if m.group("utf16") else
                f"第 {m.group('cr')} 行在引号之外有一个回车符（\\r）（是在单元格中输入的换行吗？）：请删除它，或给该单元格加引号"
                if m.group("cr") else
                f"第 {m.group('line')} 行含有 NUL 字节（0x00），文本文件中不会有这种字节：文件已损坏，或不是 CSV 文本；请删除该"
                f"字节（{m.group('tr')}），或重新导出数据")),
    ("a folder given for the data",   # read.read_data: a directory
     re.compile(r"(?P<path>.+): is a directory; give the CSV file inside it \(one row per case\)$"),
     lambda m: f"{m.group('path')}：是一个文件夹，不是文件；请给出其中的 CSV 文件（每行一个案例）"),
    ("a data file not UTF-8",   # read: a CSV file saved in GBK ('CSV (逗号分隔)' of Excel on Chinese Windows) or Latin-1
     re.compile(r"not UTF-8 text \(byte (?P<byte>0x[0-9a-f]{2}) on line (?P<line>\d+)\)(?:: Chinese text in the code page "
                r"GBK, as Excel on Chinese Windows saves 'CSV \(逗号分隔\)' \(line \d+ reads (?P<reads>.+) in GBK\); save it "
                r"as UTF-8: in Excel, File > Save As \(文件 > 另存为\) 'CSV UTF-8 \(逗号分隔\)', or convert it \(iconv -f "
                r"GB18030 -t UTF-8\)|(?P<other>; save it as UTF-8, e\.g\. Excel's 'CSV UTF-8 \(comma delimited\)', or "
                r"convert it \(iconv -f GBK -t UTF-8, or -f CP1252\)))$"),
     lambda m: (f"不是 UTF-8 文本（第 {m.group('line')} 行的字节 {m.group('byte')}）"
                + ("；请另存为 UTF-8，例如 Excel 的 'CSV UTF-8 (逗号分隔)'，或转换它（iconv -f GBK -t UTF-8，或 -f CP1252）"
                   if m.group("other") else
                   "：这是代码页 GBK 中的中文文本，中文版 Windows 上的 Excel 保存 'CSV (逗号分隔)' 时即如此（按 GBK 读，第 "
                   f"{m.group('line')} 行为 {m.group('reads')}）；请另存为 UTF-8：在 Excel 中，文件 > 另存为 'CSV UTF-8 (逗号分隔)'，"
                   "或转换它（iconv -f GB18030 -t UTF-8）"))),
    ("a column without a name",   # data._check_name: pandas' index ('Unnamed: 0'), Excel's trailing ',,,'; read: a header cell
     re.compile(r"(?:(?P<role>condition|outcome) column (?P<name>'[^']*') has no name (?:(?P<empty>and no values: an empty "
                r"column \(e\.g\. Excel's trailing ',,,'\); drop it \(df\.dropna\(axis=1, how='all'\)\) or name the "
                r"conditions)|in the data: it is usually an index written by pandas' to_csv \(read the file with "
                r"index_col=0\) or R's write\.csv row names; use it as case names \((?P<cc>case_column='[^']*'); CLI: "
                r"--case-column\) or leave it out of the conditions)|column (?P<col>\d+) has no name in the header \(line "
                r"(?P<line>\d+)\) but holds values \(e\.g\. (?P<e>'[^']*'|\"[^\"]*\") in data row (?P<row>\d+)\); write its "
                r"name in the header, or delete the column)$"),
     lambda m: (f"第 {m.group('col')} 列在表头（第 {m.group('line')} 行）中没有名称，但有值（例如第 {m.group('row')} 个数据行中"
                f"的 {m.group('e')}）；请在表头中写上它的名称，或删除该列" if m.group("col") else
                f"{'条件' if m.group('role') == 'condition' else '结果'}列 {m.group('name')} "
                + ("既没有名称也没有值：是空列（例如 Excel 末尾多余的 ',,,'）；请删除它（df.dropna(axis=1, how='all')），或列出"
                   "条件" if m.group("empty") else
                   "在数据中没有名称：它通常是 pandas 的 to_csv 写出的索引（读取文件时请用 index_col=0），或 R 的 write.csv 写出"
                   f"的行名；请把它用作案例名称（{m.group('cc')}；命令行：--case-column），或把它从条件中去掉"))),
    ("a note or source line below the table",   # read._note_message: '注：数据来源于...' below a CSV table or a sheet's
     re.compile(r"(?:(?P<path>.+?): )?(?:lines? (?P<lines>\d+(?:, \d+)*)|sheet (?P<sheet>'[^']*'|\"[^\"]*\"), rows? "
                r"(?P<rows>\d+(?:, \d+)*)), below the table, holds? only (?P<note>.+?)(?P<more> \.\.\.)? in the first column: "
                r"a note or source line, not a case; delete the rows? \(a file of cases holds the header, then one row per "
                r"case\)$"),
     lambda m: ((f"{m.group('path')}：" if m.group("path") else "")
                + (f"工作表 {m.group('sheet')} 的第 {m.group('rows').replace(', ', '、')} 行" if m.group("sheet") else
                   f"第 {m.group('lines').replace(', ', '、')} 行")
                + f"位于表格下方，第一列中只有 {m.group('note')}{' 等' if m.group('more') else ''}：这是注释或来源行，不是案例；请删除"
                + ("这些行" if m.group("more") else "该行") + "（案例文件只含表头和每个案例的一行）")),
    ("robustness: a recalibration without raw data",   # a test's calibrate without raw= (CLI: --raw)
     re.compile(r"test (?P<label>'[^']*') recalibrates (?P<set>'[^']*'): give the raw data: (?P<raw>raw=DATAFRAME \(CLI: "
                r"--raw FILE\)|--raw FILE)$"),
     lambda m: (f"检验 {m.group('label')} 重新校准 {m.group('set')}：请给出原始数据："
                + m.group("raw").replace(" (CLI: ", "（命令行：").replace(")", "）"))),
    ("robustness: a calibration range without raw data",   # threshold_range(parameter='calibration') without raw=
     re.compile(r"a calibration range needs the raw data, the set and its thresholds: (?P<raw>raw=DATAFRAME \(CLI: --raw "
                r"FILE\)|--raw FILE), and the range's 'set' and 'thresholds' \(Python: calibrate_set=, thresholds=\); "
                r"thresholds as calibrate\(\) takes them, e\.g\. (?P<eg>'[^']*' or \{[^{}]*\})$"),
     lambda m: ("校准范围需要原始数据、集合及其 thresholds：" + m.group("raw").replace(" (CLI: ", "（命令行：").replace(")", "）")
                + "，以及范围的 'set' 和 'thresholds'（Python：calibrate_set=、thresholds=）；thresholds 的写法与 calibrate() "
                f"相同，例如 {m.group('eg').replace(' or ', ' 或 ')}")),
    ("robustness: a test's label empty",   # a sweep file's 'label:' left empty
     re.compile(r"label must be a non-empty text, e\.g\. 'incl 0\.7', got (?P<value>.+?)(?P<null> \(YAML reads 'label:' "
                r"with nothing after it as null\))?; or leave the key out \(the test is then (?P<ts>TS\d+)\)$"),
     lambda m: (f"label 必须是非空文本，例如 'incl 0.7'，现为 {m.group('value')}"
                + ("（YAML 把后面什么也没写的 'label:' 读作 null）" if m.group("null") else "")
                + f"；或去掉这个键（该检验即为 {m.group('ts')}）")),
    ("robustness: tests not a list",   # robustness_protocol's tests, a sweep file's tests
     re.compile(r"tests must be a non-empty list of specifications such as \{'label': 'incl 0\.7', 'incl_cut': 0\.7\}"
                r"(?:; one test given as a mapping: put it in a list, (?P<list>\[\{.*\}\]))?$"),
     lambda m: ("tests 必须是非空的检验设定列表，例如 {'label': 'incl 0.7', 'incl_cut': 0.7}"
                + (f"；只给了一个映射形式的检验：请把它放进列表，{m.group('list')}" if m.group("list") else ""))),
    ("robustness: raw not a frame",   # robustness_protocol's and threshold_range's raw=
     re.compile(r"raw must be a non-empty pandas DataFrame of raw values, one row per case, got (?P<got>an empty "
                r"DataFrame|\w+)(?P<read>: read the file first, e\.g\. (?P<call>raw=pd\.read_csv\(path, "
                r"index_col='case'\)))?$"),
     lambda m: ("raw 必须是非空的 pandas DataFrame（原始数值，每个案例一行），现为 "
                + ("空的 DataFrame" if m.group("got") == "an empty DataFrame" else m.group("got"))
                + (f"：请先读入文件，例如 {m.group('call')}" if m.group("read") else ""))),
    ("robustness: a calibration range's thresholds refused",   # calibrate()'s refusal of the range's start
     re.compile(r"calibration range of (?P<set>'[^']*'), thresholds (?P<th>[^:]+): (?P<quoted>.+)$"),
     lambda m: (None if (error := _error_message_zh(m.group("quoted"))) is None else
                f"{m.group('set')} 的校准范围，thresholds {m.group('th')}：{error}")),
    ("robustness: a range's start without solution",   # threshold_range: the starting value has no solution
     re.compile(r"(?:(?P<param>incl_cut|n_cut|pri_cut) range|calibration range of (?P<set>'[^']*')): the starting "
                r"specification \((?P<name>\w+) = (?P<start>[^()]+)\) has no solution: (?P<quoted>.+)$"),
     lambda m: (None if (error := _error_message_zh(m.group("quoted"))) is None else
                (f"{m.group('param')} 范围" if m.group("param") else f"{m.group('set')} 的校准范围")
                + f"：起始设定（{m.group('name')} = {m.group('start')}）没有解：{error}")),
    ("robustness: the initial specification without solution",   # robustness_protocol: IS has no truth table or
     # no solution (no positive row, or a refusal by the budgets): the protocol has nothing to compare the tests with
     re.compile(r"the initial specification(?P<none> has no solution)?: (?P<quoted>.+)$"),
     lambda m: None if (line := _quoted_error_zh(m)) is None else f"初始设定{'没有解' if m.group('none') else ''}：{line}"),
    ("a specification refused by the budgets",   # protocol.task_error: a sweep's or the protocol's specification
     re.compile(r"refused by the engine's (?P<default>default )?search budgets: (?P<quoted>.+)$"),
     lambda m: (None if (line := _quoted_error_zh(m)) is None else
                f"被引擎的{'默认' if m.group('default') else ''}搜索预算拒绝：{line}")),
    ("robustness: a test recalibrating a set outside the analysis",   # a sweep file's test: calibrate: {IDLE: ...}
     re.compile(r"calibrate names (?P<names>.+?), a column of the data but neither a condition nor the outcome of this "
                r"analysis \(conditions: (?P<conds>.+); outcome: (?P<outcome>'[^']*')\), so the test would change "
                r"nothing; add it to the conditions, or drop it from the test$"),
     lambda m: (f"calibrate 所列的 {m.group('names')} 是数据中的列，但既不是本分析的条件，也不是其结果（条件："
                f"{m.group('conds')}；结果：{m.group('outcome')}），因此该检验不会改变任何东西；请把它加入条件，或从该检验中去掉")),
    ("robustness: a raw column not in the raw data",   # a recalibration test's or a calibration range's source
     re.compile(r"(?:calibration range of (?P<set>'[^']*'): )?(?:raw column|--raw (?P<file>.+?): column) "
                r"(?P<column>'[^']*') not in the raw data" + _MEANT + r" \(columns: .+?\)$"),
     lambda m: ((f"{m.group('set')} 的校准范围：" if m.group("set") else "")
                + (f"--raw {m.group('file')}：列 " if m.group("file") else "原始数据列 ")
                + f"{m.group('column')} 不在原始数据中")),   # the names meant and the columns: said by the hints
    # (_hints_zh); how to give a raw column named otherwise: _SOURCE_NAMED, after them, as the English says it
    ("robustness: budgets unknown",   # robustness_protocol's (a sweep's) budgets= naming no budget
     re.compile(r"budgets of (?P<who>\w+): unknown (?P<keys>'[^']*'(?:, '[^']*')*)" + r"(?P<meant>(?:; (?:'[^']*': )?did "
                r"you mean '[^']*'(?: or '[^']*')*\?)*)" + r"; allowed: (?P<allowed>[^;()]+) \(n_jobs is the sweep's own "
                r"argument\)$"),
     lambda m: (f"{m.group('who')} 的 budgets：未知的键 {m.group('keys')}（可用的键：{m.group('allowed')}；n_jobs 是扫描本身"
                "的参数）")),
    ("calibrate: a column neither calibrated nor kept",   # the calibrate command, a file without case names
     re.compile(r"no case column \('case', an unnamed first column, or --case-column\) and column\(s\) (?P<cols>'[^']*'"
                r"(?:, '[^']*')*) neither calibrated by (?P<spec>.+?) nor kept: the output would number the cases 1, 2, "
                r"\.\.\. and lose them; if (?P<first>'[^']*') names the cases, pass (?P<flag>--case-column \S+); to copy a "
                r"column unchanged, (?P<keep>--keep \S+)$"),
     lambda m: (f"没有案例名称列（'case'、无名的第一列，或 --case-column），而列 {m.group('cols')} 既没有被 {m.group('spec')} "
                f"校准，也没有被保留：输出会把案例编号为 1, 2, ...，从而丢失它们；若 {m.group('first')} 是案例名称，请加 "
                f"{m.group('flag')}；要原样复制一列，请用 {m.group('keep')}")),
    ("a specification file not UTF-8",   # read_spec_file: a sweep or calibration file saved in GBK, Latin-1, ...
     re.compile(r"not UTF-8 text \(byte (?P<byte>\d+)\); save the file as UTF-8$"),
     lambda m: f"不是 UTF-8 文本（字节 {m.group('byte')}）；请把文件另存为 UTF-8"),
    ("a specification file that is a folder",   # read_spec_file: --spec given a folder
     re.compile(r"(?:(?P<path>.+?): )?is a folder; give the specification file \(\.yaml, \.yml or \.json\)$"),
     lambda m: (f"{m.group('path')}：" if m.group("path") else "") + "是一个文件夹；请给出设定文件（.yaml、.yml 或 .json）"),
    ("a specification file of another suffix",   # read_spec_file: --spec spec.txt
     re.compile(r"a sweep specification must be \.yaml, \.yml or \.json, got (?P<got>\.\S+|no suffix)$"),
     lambda m: ("扫描设定文件必须是 .yaml、.yml 或 .json，现为 "
                + ("无后缀" if m.group("got") == "no suffix" else m.group("got")))),
    ("--jobs out of range",   # every command's --jobs / --n-jobs (argparse)
     re.compile(r"argument --jobs/--n-jobs: must be a whole number other than 0 from (?P<low>-\d+) to (?P<high>\d+) "
                r"\(-1: every core\), got (?P<value>'[^']*'|\"[^\"]*\")(?P<every>; write -1 for every core)?(?=;|$)"),
     lambda m: (f"参数 --jobs/--n-jobs：必须是 {m.group('low')} 到 {m.group('high')} 之间、不为 0 的整数（-1：使用全部核心），"
                f"现为 {m.group('value')}" + ("；要使用全部核心，请写 -1" if m.group("every") else ""))),
    ("a data file's case names twice",   # data.py: the cases of a file named twice (the command names its file)
     re.compile(r"duplicate case name\(s\): (?P<names>[^;]+); case names must be unique(?: \(case column (?P<col>'[^']*'): "
                r"(?P<distinct>\d+) distinct values for (?P<n>\d+) cases\))?: (?P<where>.+)$"),
     lambda m: (None if (where := _repeated_zh(m.group("where"))) is None else
                f"重复的案例名称：{m.group('names')}；案例名称必须唯一"
                + (f"（案例名称列 {m.group('col')}：{m.group('n')} 个案例只有 {m.group('distinct')} 个不同的值）"
                   if m.group("col") else "") + f"：{where}")),
    ("a data file's case name empty",   # data.py: an empty case name (the command names its file)
     re.compile(rf"(?:case name\(s\) of the index are empty in row\(s\) (?P<rows>{_ROWS_AT})|case column (?P<col>'[^']*') "
                rf"has empty case name\(s\) in row\(s\) (?P<crows>{_ROWS_AT})); every case needs a name$"),
     lambda m: ((f"案例名称在{_rows_at_zh(m.group('rows'))}为空" if m.group("rows") else
                 f"案例名称列 {m.group('col')} 在{_rows_at_zh(m.group('crows'))}为空")
                + "；每个案例都需要名称")),
    ("robustness: a budget's value",   # robustness_protocol's (a sweep's) budgets={'max_work': -1}: the budget's line
     re.compile(r"budgets of (?P<who>\w+): (?P<quoted>(?!unknown ).+)$"),
     lambda m: (None if (error := _error_message_zh(m.group("quoted"))) is None else
                f"{m.group('who')} 的 budgets：{error}")),
    ("a flag's choice",   # argparse: --no-solution drop, a value outside a flag's choices
     re.compile(r"argument (?P<flag>--[\w-]+(?:/--[\w-]+)*): invalid choice: (?P<value>'[^']*') \(choose from "
                r"(?P<choices>'[^']*'(?:, '[^']*')*)\)(?=;|$)"),   # the names meant after it: _hints_zh
     lambda m: f"参数 {m.group('flag')}：无效的选项 {m.group('value')}（可选：{m.group('choices')}）"),
    ("calibrate_frame: a raw column not in the data",   # spec['dev']: raw column 'dev' (a set's source) the frame lacks
     re.compile(r"raw columns? (?P<column>'[^']*'(?:, '[^']*')*) not in the data" + _MEANT + r" \(columns: \[.*\]\)$"),
     lambda m: f"原始数据列 {m.group('column')} 不在数据中"),
    ("a file flag left empty",   # --spec '', --raw '' (an unset shell variable)
     re.compile(r"--(?P<flag>spec|raw) is empty \((?P<value>'[^']*'|\"[^\"]*\")\): give the file$"),
     lambda m: f"--{m.group('flag')} 是空的（{m.group('value')}）：请给出文件"),
    ("calibrate: --keep",   # the calibrate command's --keep: empty, an empty name, a column twice
     re.compile(r"--keep (?:is empty \((?P<empty>'[^']*'|\"[^\"]*\")\): give the columns to copy, e\.g\. SURV, or leave "
                r"the flag out|contains an empty name: (?P<item>'[^']*'|\"[^\"]*\"); write column names separated by commas"
                r"|names (?P<twice>'[^']*'(?:, '[^']*')*) twice; name each column once \(a column name appears once in the "
                r"output\))$"),
     lambda m: (f"--keep 是空的（{m.group('empty')}）：请给出要复制的列，例如 SURV，或去掉这个参数" if m.group("empty") else
                f"--keep 含有空的名称：{m.group('item')}；请写以逗号分隔的列名" if m.group("item") else
                f"--keep 把 {m.group('twice')} 写了两次；每列只写一次（输出中每个列名只出现一次）")),
    ("calibrate: --keep naming a set",   # the calibrate command's --keep SURV where SURV is calibrated (or the cases)
     re.compile(r"--keep (?P<names>.+?): already a set of (?P<spec>.+?) or the case column; keep other columns \(a column "
                r"name appears once in the output\)$"),
     lambda m: (f"--keep {m.group('names')}：已是 {m.group('spec')} 中的集合或案例名称列；请保留其他列（输出中每个列名只出现"
                "一次）")),
    ("a JSON file's key given twice",   # read.read_spec_file: a calibration or sweep .json file's key written twice
     re.compile(r"key (?P<key>'[^']*'|\S+) is given twice; give each key once \(the file's readers would keep the last "
                r"value without a word\)$"),
     lambda m: f"键 {m.group('key')} 写了两次；每个键只写一次（读取该文件的程序会不声不响地只保留最后一个值）"),
    ("calibrate: thresholds with decimal commas",   # calibrate.parse_thresholds: 'e=0,2, c=0,5, i=0,9'
     re.compile(r"thresholds (?P<given>'[^']*'|\"[^\"]*\"): decimal commas \((?P<comma>'[^']*')\)\? write numbers with a "
                r"point, (?P<point>'[^']*') \(',' separates the thresholds(?P<semi>, not ';')?\)$"),
     lambda m: (f"thresholds {m.group('given')}：是小数逗号（{m.group('comma')}）吗？请用小数点写数字：{m.group('point')}"
                f"（',' 分隔各临界值{'，而不是 ' + repr(';') if m.group('semi') else ''}）")),
    ("thresholds or sort_by as R's c(...)",   # calibrate's 'c(e = 350, c = 550, i = 850)', truth_table's sort_by
     re.compile(r"(?P<what>thresholds|sort_by|--sort-by) (?P<given>'[^']*'|\"[^\"]*\"): R's vector c\(\.\.\.\) copied as "
                r"text; write (?P<write>'[^']*') \(the text without c\( \)\)$"),
     lambda m: (f"{m.group('what')} {m.group('given')}：这是照搬成文本的 R 向量 c(...)：请写 {m.group('write')}"
                "（去掉 c( )）")),
    ("robustness: a calibration range's argument of another range",   # threshold_range(parameter='incl_cut', ...)
     re.compile(r"(?P<args>\w+(?:, \w+)*): for parameter='calibration' only, got parameter=(?P<value>'[^']*'); leave "
                r"(?P<them>it|them) out$"),
     lambda m: (f"{m.group('args')}：只用于 parameter='calibration'，现为 parameter={m.group('value')}；请去掉"
                f"{'它们' if m.group('them') == 'them' else '它'}")),
    ("calibrate_frame: a source not one column",   # spec['URB']: {'source': ['URB']}
     re.compile(r"source must name one raw column \(text, e\.g\. (?P<eg>'[^']*'|\"[^\"]*\")\), got (?P<value>.+) "
                r"\((?P<type>\w+)\)$"),
     lambda m: f"source 必须指定一个原始数据列（文本，例如 {m.group('eg')}），现为 {m.group('value')}（{m.group('type')}）"),
    ("calibrate_frame: spec not a mapping",   # calibrate_frame(df, 'LR_calibration.yaml'), a list of sets, {}
     re.compile(r"spec must be a non-empty mapping \{set name: \{thresholds: \.\.\., \.\.\.\}\}, got (?:the text "
                r"(?P<text>'[^']*'|\"[^\"]*\"): a specification file\? read it first, (?P<read>calibrate_frame\(df, "
                r"read_spec_file\(.*\)\)) \(from analysis\.qca\.read import read_spec_file; the CLI's calibrate --spec reads "
                r"the file itself\)|(?P<list>a list of mappings): join them into one, \{'DEV': \{\.\.\.\}, 'URB': "
                r"\{\.\.\.\}\}|(?P<value>.+))$"),
     lambda m: ("spec 必须是非空的映射 {集合名称: {thresholds: ..., ...}}，现为"
                + (f"文本 {m.group('text')}：是设定文件吗？请先读入它：{m.group('read')}（from analysis.qca.read import "
                   "read_spec_file；命令行的 calibrate --spec 会自己读取文件）" if m.group("text") else
                   "由映射组成的列表：请把它们合并为一个，{'DEV': {...}, 'URB': {...}}" if m.group("list") else
                   f" {m.group('value')}"))),
    ("a sweep's grid",   # robustness.sensitivity_incl_cut / _n_cut / _pri_cut: cuts=[0.7, '0.8x', 0.9], cuts='0.8'
     re.compile(r"(?:(?P<name>\w+)\[(?P<i>\d+)\] is (?P<value>.+?), not a number: each (?P<what>consistency|PRI) "
                r"cut-off is one number in \[0, 1\](?P<pair> \(a pair incl_cut=\(ic1, ic0\) goes in the baseline's incl_cut; "
                r"each cut moves ic1\))?|(?P<list>\w+) must be a list of values, got "
                r"(?P<given>.+)|(?P<empty>\w+) is empty: give at least one value|(?P<range>consistency|PRI) cut-offs must "
                r"lie in \[0, 1\], got (?P<out>.+)|frequency cut-offs must be whole numbers >= 1, got (?P<n>.+))$"),
     lambda m: (f"{m.group('name')}[{m.group('i')}] 为 {m.group('value')}，不是数字："
                + f"每个{'一致性' if m.group('what') == 'consistency' else ' PRI '}阈值是 [0, 1] 中的一个数"
                + ("（一对 incl_cut=(ic1, ic0) 写在基准分析的 incl_cut 中；每个阈值移动 ic1）" if m.group("pair") else "")
                if m.group("name") else
                f"{m.group('list')} 必须是值的列表，现为 {m.group('given')}" if m.group("list") else
                f"{m.group('empty')} 是空的：请至少给出一个值" if m.group("empty") else
                f"{'一致性' if m.group('range') == 'consistency' else 'PRI '}阈值必须在 [0, 1] 之内，现为 {m.group('out')}"
                if m.group("range") else f"频数阈值必须是 >= 1 的整数，现为 {m.group('n')}")),
    ("robustness: a test label twice", re.compile(r"test label (?P<label>'[^']*') is used twice; labels must be unique$"),
     lambda m: f"检验标签 {m.group('label')} 用了两次；标签必须唯一"),
    ("robustness: a test that changes nothing",
     re.compile(r"test (?P<label>'[^']*') changes nothing; give incl_cut, n_cut, pri_cut, calibrate, drop_cases or "
                r"keep_cases$"),
     lambda m: (f"检验 {m.group('label')} 没有改变任何设定：请给出 incl_cut、n_cut、pri_cut、calibrate、drop_cases 或 "
                "keep_cases")),
    ("robustness: a sweep file's key empty",   # a sweep file's tests or ranges, a test's drop_cases
     re.compile(r"(?:'(?P<key>tests|ranges)' is empty: list at least one (?:test|range) \(or leave the key out and give "
                r"'(?P<other>ranges|tests)'\)|(?P<drop>drop_cases) is empty; name the cases to drop, or leave the key out)$"),
     lambda m: (f"drop_cases 是空的：请列出要删除的案例，或去掉这个键" if m.group("drop") else
                f"'{m.group('key')}' 是空的：请至少列出一个{'检验' if m.group('key') == 'tests' else '范围'}"
                f"（或去掉这个键，给出 '{m.group('other')}'）")),
    ("robustness: a sweep file without its outcome", re.compile(r"'outcome' is required$"),
     lambda m: "缺少 'outcome'（结果）：扫描文件必须给出结果"),
    ("data: empty rows",
     re.compile(r"rows? (?P<rows>\d+(?:, \d+)*(?: \.\.\.)?) of the data (?:is|are) empty \(no value in any column; e\.g\. "
                r"Excel's trailing ',,,' rows\): drop (?P<them>it|them) first \(df\.dropna\(how='all'\)\)$"),
     lambda m: (f"数据的第 {m.group('rows').replace(', ', '、')} 行是空的（任何列都没有值；如 Excel 末尾的 ',,,' 行）：请先删除"
                f"{'它' if m.group('them') == 'it' else '它们'}（df.dropna(how='all')）")),
    ("data: empty", re.compile(r"the data frame is empty \(no cases or no columns\); QCA needs cases with an outcome and "
                               r"at least one condition$"),
     lambda m: "数据表是空的（没有案例或没有列）；QCA 需要有结果和至少一个条件的案例"),
    ("data: a column name twice", re.compile(r"duplicate column names? in the data: (?P<names>.+); column names must be "
                                             r"unique$"),
     lambda m: f"数据中有重复的列名：{m.group('names')}；列名必须唯一"),
    ("a worksheet: merged cells",   # a group label over the columns, a case name 'shared' by rows (analysis.qca.sheets)
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cells (?P<ref>\S+) are merged: only the first holds "
                r"the value, the others would be read empty; unmerge them \(Home > Merge & Center\) and write the value "
                r"in every cell$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 中的单元格 {m.group('ref')} 是合并单元格：只有第一个单元格有值，"
                "其余的会读成空值；请取消合并（开始 > 合并后居中），并在每个单元格中写上值")),
    ("a worksheet: a group label above the header",   # cells merged along the row above the header (sheets._merged)
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cells (?P<ref>\S+) are merged in row (?P<row>\d+), "
                r"above the header: a label over a group of columns\? The first row holding values must be the header "
                r"\(column names\): delete row (?P=row) \(unmerged, its label would name several columns alike\)$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 中的单元格 {m.group('ref')} 在第 {m.group('row')} 行合并，位于表头"
                "上方：是一组列上方的标签吗？第一个有值的行必须是表头（列名）：请删除第 "
                f"{m.group('row')} 行（若取消合并，该标签会成为几列相同的列名）")),
    ("a worksheet: a title above the header",
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), row (?P<row>\d+) holds one cell \((?P<title>.+)\) and "
                r"the rows below it more: a title above the header\? The first row holding values must be the header "
                r"\(column names\): delete the rows above it, or keep the table on a sheet of its own$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 的第 {m.group('row')} 行只有一个单元格（{m.group('title')}），而它"
                "下面的行有多个：是表头上方的标题吗？第一个有值的行必须是表头（列名）：请删除表头上方的行，或把表格单独放在一个"
                "工作表中")),
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
    ("cluster diagnostics: a unit twice in a cluster",   # diagnostics: SetMethods' xtabs would add up the rows
     re.compile(r"(?P<n>\d+) rows \((?P<rows>[^()]*)\) hold unit (?P<unit>'[^']*'|\"[^\"]*\") in cluster "
                r"(?P<cluster>'[^']*'|\"[^\"]*\"): cluster diagnostics take one row per unit and cluster \(columns "
                r"(?P<ucol>'[^']*'|\"[^\"]*\") and (?P<ccol>'[^']*'|\"[^\"]*\")\); combine or drop the repeated rows "
                r"\(SetMethods' cluster\(\) would add up their memberships\)$"),
     lambda m: (f"有 {m.group('n')} 行（{m.group('rows')}）在聚类 {m.group('cluster')} 中都是单元 {m.group('unit')}：聚类诊断"
                f"要求每个单元在每个聚类中只有一行（列 {m.group('ucol')} 和 {m.group('ccol')}）；请合并或删除重复的行"
                "（SetMethods 的 cluster() 会把它们的隶属度相加）")),
    ("an id in full-width characters",   # read: a wave typed '１' among 1, 2 (--cluster, --unit)
     re.compile(r"(?P<what>.+?): id (?P<id>'[^']*'|\"[^\"]*\") \((?:line (?P<line>\d+)|row (?P<row>\d+))\) is written with "
                r"full-width characters while the other ids are numbers \((?P<shown>[^()]*)\): write "
                r"(?P<plain>'[^']*'|\"[^\"]*\")$"),
     lambda m: (f"{m.group('what')}：标识 {m.group('id')}（"
                + (f"第 {m.group('line')} 行" if m.group("line") else f"第 {m.group('row')} 个数据行")
                + f"）是用全角字符（中文输入法输入）写的，而其他标识都是数字（{m.group('shown')}）：请写 {m.group('plain')}")),
    ("a header repeated inside the data",   # read (a CSV file), sheets (a worksheet): two exports joined
     re.compile(r"(?P<path>.+?): (?:lines? (?P<lines>\d+(?:, \d+)*) repeats? the header \((?P<header>.*)\): files appended "
                r"one to another\? Delete the repeated header line\(s\)|sheet (?P<sheet>'[^']*'|\"[^\"]*\"), row "
                r"(?P<row>\d+) repeats the header \((?P<sheader>.*)\): tables pasted one below another\? Delete the "
                r"repeated header row)$"),
     lambda m: (f"{m.group('path')}："
                + (f"工作表 {m.group('sheet')} 的第 {m.group('row')} 行重复了表头（{m.group('sheader')}）：是把几个表格上下粘贴"
                   "在一起了吗？请删除重复的表头行" if m.group("sheet") else
                   f"第 {m.group('lines').replace(', ', '、')} 行重复了表头（{m.group('header')}）：是把几个文件接在一起了吗？"
                   "请删除重复的表头行"))),
    ("SPSS's case filter as a condition",   # data: 'filter_$' of Data > Select Cases, exported with every case
     re.compile(r"column 'filter_\$' is SPSS's case filter \(Data > Select Cases\): the export holds every case, 0 for "
                r"those not selected(?: \(here (?P<off>.+?)\))?; drop those cases first if the selection is meant, and "
                r"list the conditions without it: (?:(?P<how>conditions='[^']*') \(CLI: (?P<cli>--conditions \S+)\)|"
                r"(?P<flag>--conditions \S+))$"),
     lambda m: ("列 'filter_$' 是 SPSS 的个案筛选变量（数据 > 选择个案）：导出的文件含有每个案例，未选中的为 0"
                + (f"（此处为 {_more_cases_zh(m.group('off'))}）" if m.group("off") else "")
                + "；若确实要按此筛选，请先删除这些案例，并列出不含它的条件："
                + (f"{m.group('how')}（命令行：{m.group('cli')}）" if m.group("how") else m.group("flag")))),
    ("an empty condition column",   # data: 'Column1' of an Excel table, a set not filled in yet
     re.compile(r"condition columns? (?P<names>.+?) (?P<verb>is|are) empty \(no value for any case\): leave (?:it|them) out "
                r"of the conditions or delete the columns?(?:; e\.g\. (?:(?P<how>conditions='[^']*') \(CLI: "
                r"(?P<cli>--conditions \S+)\)|(?P<flag>--conditions \S+)))?$"),
     lambda m: (f"条件列 {m.group('names')} 是空的（没有任何案例有值）：请把{'它' if m.group('verb') == 'is' else '它们'}从"
                "条件中去掉，或删除" + ("该列" if m.group("verb") == "is" else "这些列")
                + (f"；例如 {m.group('how')}（命令行：{m.group('cli')}）" if m.group("how") else
                   f"；例如 {m.group('flag')}" if m.group("flag") else ""))),
    ("JSON that is no table of cases",   # read: another command's --json output, pandas' default to_json
     re.compile(r"holds JSON(?:, (?:an object \(keys: (?P<keys>.+)\)|(?P<list>a list whose items are not all objects)|a "
                r"single (?P<type>\w+)), not a table of cases \(the output of another command's --json\?\)|(?P<empty> "
                r"records without any case \(an empty list or empty objects\))); give a CSV file \(one row per case\), or "
                r"JSON records: a list of \{column: value\} objects, one per case, as 'calibrate --json' writes them; from "
                r"pandas: df\.to_json\(path, orient='records'\)$"),
     lambda m: ("其中是 JSON "
                + ("记录，但没有任何案例（空列表或空对象）" if m.group("empty") else
                   ((f"对象（键：{m.group('keys')}）" if m.group("keys") else "列表，但其元素并非都是对象" if m.group("list")
                     else f"单个 {m.group('type')}") + "，不是案例表（是另一个命令的 --json 输出吗？）"))
                + "；请给出 CSV 文件（每行一个案例），或 JSON 记录：由 {column: value} 对象组成的列表，每个案例一个，与 "
                "'calibrate --json' 写出的相同；在 pandas 中：df.to_json(path, orient='records')")),
    ("a file of another kind",   # read.read_table: a Parquet, Feather, SPSS, R or PDF file given as the data (_BINARY)
     re.compile(r"(?P<path>.+?): this is (?P<kind>.+?), not a file the engine reads \(a CSV text file, an Excel \.xlsx or "
                r"\.xls workbook, an \.ods sheet, a Stata \.dta or an SPSS \.sav file\)(?P<named>: an old Excel workbook is "
                r"read when its name ends in \.xls, rename it so; or|;) (?:read it with pandas \(df = (?P<call>pd\.\w+"
                r"\(path\)), with pyarrow installed\) and give the frame to the Python API, or save it as CSV, "
                r"df\.to_csv\('data\.csv'\)|(?P<convert>save it as an Excel workbook \(\.xlsx\) or as 'CSV UTF-8 \(comma "
                r"delimited\)', one row per case, one column per set))$"),
     lambda m: None if m.group("kind") not in _FILE_KINDS_ZH else (
         f"{m.group('path')}：这是{_FILE_KINDS_ZH[m.group('kind')]}，不是引擎能读取的文件（CSV 文本文件、Excel .xlsx 或 .xls "
         "工作簿、.ods 表格、Stata .dta 或 SPSS .sav 文件）"
         + ("：旧版 Excel 工作簿的文件名以 .xls 结尾时才会被读取，请这样改名；或者" if m.group("named") != ";" else "；")
         + (f"请用 pandas 读取它（df = {m.group('call')}，需安装 pyarrow），把数据框交给 Python API，或另存为 CSV："
            "df.to_csv('data.csv')" if m.group("call") else
            "请另存为 Excel 工作簿（.xlsx）或 'CSV UTF-8 (逗号分隔)'，每行一个案例，每列一个集合"))),
    ("a workbook the engine does not read as named",   # read.read_table: an .xls renamed .xlsx, an encrypted or .xlsb one
     re.compile(r"(?P<path>.+?): (?:(?P<renamed>this is an old Excel \.xls workbook \(OLE2 file\) named \.xlsx \(renamed\?\), "
                r"not an Excel workbook \(\.xlsx\): give it its own name, ending in \.xls, which the engine reads; or open "
                r"it in Excel or LibreOffice and save it as an Excel workbook \(\.xlsx\))|(?P<encrypted>this \.xlsx workbook "
                r"is encrypted \(saved with a password to open it\): remove the password \(Excel: File > Info > Protect "
                r"Workbook > Encrypt with Password, empty\) and save it, or save the sheet as 'CSV UTF-8 \(comma "
                r"delimited\)')|(?P<xlsb>this is an Excel binary workbook \(\.xlsb\), which the engine does not read; in "
                r"Excel, save it as an Excel workbook \(\.xlsx\) or as 'CSV UTF-8 \(comma delimited\)', one row per case, "
                r"one column per set))$"),
     lambda m: (f"{m.group('path')}："
                + ("这是被命名为 .xlsx 的旧版 Excel .xls 工作簿（OLE2 文件；改过名？），不是 Excel 工作簿（.xlsx）：请给它本来的"
                   "名称，以 .xls 结尾，引擎可以读取；或在 Excel 或 LibreOffice 中打开它，另存为 Excel 工作簿（.xlsx）"
                   if m.group("renamed") else
                   "这个 .xlsx 工作簿是加密的（保存时设了打开密码）：请删除密码（Excel：文件 > 信息 > 保护工作簿 > 用密码进行加密，"
                   "清空）后保存，或把工作表另存为 'CSV UTF-8 (逗号分隔)'" if m.group("encrypted") else
                   "这是 Excel 二进制工作簿（.xlsb），引擎不读取；请在 Excel 中另存为 Excel 工作簿（.xlsx）或 'CSV UTF-8 (逗号分隔)'，"
                   "每行一个案例，每列一个集合"))),
    ("a lock file given for the workbook",   # read._lock_file: '~$lc.xlsx' beside lc.xlsx, LibreOffice's '.~lock.lc.ods#'
     re.compile(r"(?P<path>.+?): this is (?P<program>Excel|LibreOffice)'s lock file, which (?P=program) writes beside a "
                r"workbook while it is open \(and leaves behind if it stops\), not the data: give the workbook(?:, "
                r"(?P<near>.+)| itself)$"),
     lambda m: (f"{m.group('path')}：这是 {m.group('program')} 的锁定文件，{m.group('program')} 在工作簿打开时把它写在工作簿旁边"
                "（程序意外退出时会留下它），不是数据：请给出工作簿"
                + (f"：{m.group('near').replace(' or ', ' 或 ')}" if m.group("near") else "本身"))),
    ("a damaged workbook, Stata or SPSS file",   # sheets, _xlsx: the reader's own error, quoted as it is
     re.compile(r"(?P<path>.+?): cannot read this (?P<what>\.xlsx workbook|Stata \.dta file|SPSS \.sav file|SPSS portable "
                r"\.por file|OpenDocument sheet \(\.ods\)|old Excel workbook \(\.xls\)) \((?P<error>.+)\); (?:(?:(?P<again>open "
                r"it in Excel or LibreOffice and save it again as an Excel workbook \(\.xlsx\))|open it in LibreOffice or "
                r"Excel and save it as an Excel workbook \(\.xlsx\)), or save the sheet as 'CSV UTF-8 \(comma delimited\)'"
                r"|(?P<stata>save it again from Stata \(save, or export delimited for a CSV file\))|(?P<spss>save it again "
                r"from SPSS, or save the data as an Excel workbook \(\.xlsx\) or CSV))$"),
     lambda m: (f"{m.group('path')}：无法读取这个{_DAMAGED_WHAT_ZH[m.group('what')]}（{m.group('error')}）；"
                + ("请在 Stata 中重新保存（save；或用 export delimited 另存为 CSV 文件）" if m.group("stata") else
                   "请在 SPSS 中重新保存，或把数据另存为 Excel 工作簿（.xlsx）或 CSV" if m.group("spss") else
                   ("请在 Excel 或 LibreOffice 中打开它，重新另存为 Excel 工作簿（.xlsx）" if m.group("again") else
                    "请在 LibreOffice 或 Excel 中打开它，另存为 Excel 工作簿（.xlsx）")
                   + "，或把工作表另存为 'CSV UTF-8 (逗号分隔)'"))),
    ("a workbook: no such sheet",   # sheets._chosen: --sheet (--raw-sheet, read_data's sheet) naming no sheet, a chart
     re.compile(r"(?P<path>.+?): (?:no sheet (?P<sheet>.+?) in this workbook \((?P<flag>\S+)\)(?:(?P<zero>; sheets are "
                r"counted from 1, as the tabs show them \(pandas' sheet_name=0 is sheet 1\))|; did you mean (?P<near>'[^']*')"
                r"\? \(sheet names are matched as written\))? \(its sheets: (?P<sheets>.+)\); give a sheet's name or its "
                r"place, from 1|sheet (?P<chart>'[^']*'|\"[^\"]*\") is a chart, not a table of cases \(its sheets: "
                r"(?P<listed>.+)\); give the sheet holding the data)$"),
     lambda m: (f"{m.group('path')}："
                + (f"工作表 {m.group('chart')} 是图表，不是案例表（其工作表：{_sheets_zh(m.group('listed'))}）；请给出存放数据的"
                   "工作表" if m.group("chart") else
                   f"此工作簿中没有工作表 {m.group('sheet')}（{m.group('flag')}）"
                   + ("；工作表从 1 数起，与标签页的顺序一致（pandas 的 sheet_name=0 即第 1 个工作表）" if m.group("zero") else
                      "（工作表名称按原样匹配）" if m.group("near") else "")   # the name meant: said by _hints_zh
                   + f"（其工作表：{_sheets_zh(m.group('sheets'))}）；请给出工作表的名称或其位置（从 1 数起）"))),
    ("a sheet named for a file that is no workbook",   # read.read_table: --sheet with a CSV, Stata or SPSS file
     re.compile(r"(?P<flag>\S+) (?P<sheet>.+?): (?P<path>.+?) is (?P<what>a Stata file|an SPSS file|standard input|not a "
                r"workbook \(\.xlsx, \.xlsm, \.xls, \.ods\)); a sheet is chosen only in a workbook \(\.xlsx, \.xlsm, \.xls, "
                r"\.ods\): leave (?P=flag) out$"),
     lambda m: (f"{m.group('flag')} {m.group('sheet')}：{m.group('path')} "
                + {"a Stata file": "是 Stata 文件", "an SPSS file": "是 SPSS 文件", "standard input": "是标准输入"}.get(
                    m.group("what"), "不是工作簿（.xlsx、.xlsm、.xls、.ods）")
                + f"；只有工作簿（.xlsx、.xlsm、.xls、.ods）才能选择工作表：请去掉 {m.group('flag')}")),
    ("a worksheet: a formula saved without its value",   # sheets: a workbook written by openpyxl or pandas
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cell (?P<cell>[A-Z]+\d+) holds a formula "
                r"\((?P<formula>.+?)\) saved without its value(?: \(and (?P<more>\d+) more cell\(s\), every formula\))?: "
                r"the workbook was written by a program that does not compute formulas \(openpyxl, pandas\); open it in "
                r"Excel or LibreOffice and save it, so each formula's value is saved with it$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 的单元格 {m.group('cell')} 中的公式（{m.group('formula')}）保存时"
                "没有其值" + (f"（另有 {m.group('more')} 个单元格也是如此：每个公式都没有值）" if m.group("more") else "")
                + "：该工作簿是由不计算公式的程序（openpyxl、pandas）写出的；请在 Excel 或 LibreOffice 中打开并保存它，使每个"
                "公式的值随之保存")),
    ("a worksheet: a date or a percentage among numbers",   # sheets: 1/2 typed into a cell, one cell formatted as %
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cell (?P<cell>[A-Z]+\d+) \(column (?P<col>[A-Z]+), "
                r"(?P<name>'[^']*'|\"[^\"]*\")\) (?:holds a date or time, (?P<date>.+?), where the column's other cells are "
                r"numbers: Excel turns a value typed as 1/2 or 1-2 into a date; format the cell as Number \(or General\) "
                r"and type the value again|is formatted as a percentage \(it shows (?P<shows>\S+)%, (?P<program>Excel|"
                r"LibreOffice) keeps (?P<keeps>\S+)\) where the column's other numbers are on another scale \(e\.g\. "
                r"(?P<other>[A-Z]+\d+) (?P<value>\S+)\): write every cell of the column on one scale \(format (?P=cell) as "
                r"Number and type (?P<type>\S+), or give every cell as a percentage\))$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 的单元格 {m.group('cell')}（{m.group('col')} 列，{m.group('name')}）"
                + (f"中是日期或时间 {m.group('date')}，而该列的其他单元格都是数字：在 Excel 中输入的 1/2 或 1-2 会变成日期；请把该"
                   "单元格的格式设为“数值”（或“常规”），再重新输入该值" if m.group("date") else
                   f"的格式是百分比（显示为 {m.group('shows')}%，{m.group('program')} 保存的是 {m.group('keeps')}），而该列的其他"
                   f"数字是另一种尺度（例如 {m.group('other')} 为 {m.group('value')}）：请把该列的每个单元格写成同一种尺度（把 "
                   f"{m.group('cell')} 的格式设为“数值”并输入 {m.group('type')}，或把每个单元格都写成百分比）"))),
    ("a worksheet: Excel's error for a name",   # read, sheets: '#N/A' of a lookup in the case column, '#REF!' in the header
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cell (?P<cell>[A-Z]+\d+) (?:\(case column "
                r"(?P<col>'[^']*'|\"[^\"]*\")\) holds Excel's error (?P<error>#\S+), not a case name: correct the formula, or "
                r"write the case's name|of the header holds Excel's error (?P<herror>#\S+), not a column name: write the "
                r"name in the cell \(a formula's result there failed\))$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')} 的单元格 {m.group('cell')}"
                + (f"（案例列 {m.group('col')}）中是 Excel 的错误值 {m.group('error')}，不是案例名称：请修正公式，或写上案例的名称"
                   if m.group("col") else
                   f"（表头）中是 Excel 的错误值 {m.group('herror')}，不是列名：请在该单元格中写上列名（那里的公式计算失败了）"))),
    ("a worksheet: a value far from the table",   # _xlsx: a key pressed at XFD1048576 (a range of 17 billion cells)
     re.compile(r"(?P<path>.+?): (?:sheet (?P<sheet>'[^']*'|\"[^\"]*\"), cell (?P<cell>[A-Z]+\d+) holds a value(?: "
                r"\((?P<text>.+?)\))? so far from the others that the sheet's range would be (?P<n>[\d,]+) cells \(a key "
                r"pressed by mistake\?\): delete it \(or the rows and columns beyond the table\) and save the workbook|"
                r"(?:sheet (?P<csheet>'[^']*'|\"[^\"]*\")|a sheet) of this (?P<what>OpenDocument sheet \(\.ods\)|old Excel "
                r"workbook \(\.xls\)) holds a value so far from the others that its range would be (?P<cn>[\d,]+) cells "
                r"\(a key pressed by mistake\?\): press Ctrl\+End in LibreOffice to find it, delete it \(or the rows and "
                r"columns beyond the table\) and save the file)$"),
     lambda m: (f"{m.group('path')}："
                + (f"工作表 {m.group('sheet')} 的单元格 {m.group('cell')} 中有一个值"
                   + (f"（{m.group('text')}）" if m.group("text") else "")
                   + f"，离其他单元格太远，使工作表的范围达 {m.group('n')} 个单元格（误按了某个键？）：请删除它（或表格以外的行和"
                   "列）并保存工作簿" if m.group("cell") else
                   (f"这个{_DAMAGED_WHAT_ZH[m.group('what')]}的工作表 {m.group('csheet')}" if m.group("csheet") else
                    f"这个{_DAMAGED_WHAT_ZH[m.group('what')]}的一个工作表")
                   + f"中有一个值离其他单元格太远，使其范围达 {m.group('cn')} 个单元格（误按了某个键？）：请在 LibreOffice 中按 "
                   "Ctrl+End 找到它，删除它（或表格以外的行和列）并保存文件"))),
    ("a file separated by full-width commas",   # a CSV file typed with a Chinese input method (analysis.qca.read)
     re.compile(r"(?P<path>.+?): the header is one column (?P<header>.+): the (?P<what>file|input) looks separated by "
                r"full-width commas (?P<wide>'.') \(U\+(?P<code>[0-9A-F]{4}), typed with a Chinese input method, 全角\), "
                r"not ASCII commas ','; replace them with ','$"),
     lambda m: (f"{m.group('path')}：表头只有一列 {m.group('header')}：{'文件' if m.group('what') == 'file' else '输入'}看起来是用"
                f"全角逗号 {m.group('wide')}（U+{m.group('code')}，中文输入法输入）分隔的，而不是半角（ASCII）逗号 ','；"
                "请把它们替换为 ','")),
    ("conditions: a condition twice",
     re.compile(r"conditions name (?P<names>.+?) twice \(duplicate condition\(s\): [^()]+\); name each condition once$"),
     lambda m: f"条件中 {m.group('names')} 出现了两次；每个条件只写一次"),
    ("a term or an expression empty",
     re.compile(r"(?P<what>a term|an expression|expression) must be a non-empty string such as (?P<eg>'[^']*'), got "
                r"(?P<value>.+)$"),
     lambda m: (f"{'项' if m.group('what') == 'a term' else '表达式'}必须是非空的文本，例如 {m.group('eg')}，现为 "
                f"{m.group('value')}")),
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
    ("thresholds empty", re.compile(r"thresholds string (?P<value>'[^']*') is empty$"),
     lambda m: f"thresholds 文本 {m.group('value')} 是空的"),
    ("threshold not finite",
     re.compile(r"threshold (?P<value>\S+) is not a finite number \(thresholds (?P<given>.+)\)$"),
     lambda m: f"临界值 {m.group('value')} 不是有限的数（thresholds 为 {m.group('given')}）"),
    # the budgets' refusals (QCAComplexityError; max_pair_candidates' is a QCAInputError): what was too large, the
    # budget and what to change, for a teacher's own data (no exercise meets one at the workshop's settings)
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
     re.compile(rf"more than max_implicants = (?P<max>{_N}) prime implicants \((?P<k>\d+) conditions, (?P<on>{_N}) "
                rf"positive and (?P<off>{_N}) negative configurations\); raise max_implicants \(CLI: --max-implicants\), "
                r"or use fewer conditions or more observed cases$"),
     lambda m: (f"质蕴涵项多于 max_implicants = {m.group('max')} 个（{m.group('k')} 个条件，{m.group('on')} 个正组态和 "
                f"{m.group('off')} 个负组态）；请提高 max_implicants（命令行：--max-implicants），或使用更少的条件或更多的观察案例")),
    ("budget: implicants of a merging step past max_implicants",
     re.compile(rf"more than max_implicants = (?P<max>{_N}) implicants at one merging step \((?P<k>\d+) conditions, "
                rf"(?P<c>{_N}) configurations\); raise max_implicants \(CLI: --max-implicants\) or use fewer conditions$"),
     lambda m: (f"一次合并步骤中的蕴涵项多于 max_implicants = {m.group('max')} 个（{m.group('k')} 个条件，{m.group('c')} 个"
                "组态）；请提高 max_implicants（命令行：--max-implicants），或使用更少的条件")),
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
                rf"\((?P<cells>{_N}) cells, more than max_chart_cells = (?P<max>{_N})\); raise max_chart_cells \(CLI: "
                r"--max-chart-cells\) or use fewer conditions$"),
     lambda m: (f"质蕴涵项表将有 {m.group('p')} 个蕴涵项 × {m.group('c')} 个组态（{m.group('cells')} 个单元格，多于 "
                f"max_chart_cells = {m.group('max')}）；请提高 max_chart_cells（命令行：--max-chart-cells），或使用更少的条件")),
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
    ("--incl-cut's text unread",   # cli._incl_cut: '80%', '80,60', '0.8;0.6', '1,0'
     re.compile(r"--incl-cut (?:must be a number or two numbers 'ic1,ic0'(?P<in> in \[0, 1\])?, got (?P<value>'[^']*')"
                r"(?:; percentages\? write (?P<pct>[\d.]+,[\d.]+)|; write (?P<pair>[\d.]+,[\d.]+) \(',' between the two "
                r"cut-offs\)|; write (?P<digits>[\d.]+) \(digits 0-9 only: no (?P<sep>'[_,]') between groups of digits\))?"
                r"|(?P<amb>'[^']*') is ambiguous: a number with a decimal comma or two cut-offs 'ic1,ic0'\? write "
                r"decimals with a point \(e\.g\. 0\.8 or 1\.0\), and two cut-offs with points, e\.g\. 0\.9,0\.6$)(?=; |$)"),
     lambda m: (f"--incl-cut {m.group('amb')} 有歧义：是带小数逗号的一个数，还是两个阈值 'ic1,ic0'？小数请用小数点写（如 0.8 "
                "或 1.0），两个阈值也用小数点写，例如 0.9,0.6" if m.group("amb") else
                "--incl-cut 必须是一个数或两个数 'ic1,ic0'" + ("，在 [0, 1] 之内" if m.group("in") else "")
                + f"，现为 {m.group('value')}" + (f"；是百分数吗？请写 {m.group('pct')}" if m.group("pct") else "")
                + (f"；请写 {m.group('pair')}（两个阈值之间用 ','）" if m.group("pair") else "")
                + (f"；请写 {m.group('digits')}（只用数字 0-9，数字组之间不加 {m.group('sep')}）" if m.group("digits") else ""))),
    ("two flags that choose the same",   # the commands' flags given together, one of which the other rules out
     re.compile(r"(?:--json and --csv both choose the output: give one \(default: (?P<default>the report as text|R-like "
                r"tables)\)|(?P<csa>--csa and --contradictory-rows both name the rows to block: give one \(--csa finds the "
                r"contradictory simplifying assumptions itself\))|--type (?P<type>\S+) and --pairs (?P<pairs>\S+) both "
                r"choose what to list: --type single cases, --pairs pairs of cases; give one|(?P<complete>--complete prints "
                r"the remainders in the table; the CSV holds the observed rows: leave out --complete or --csv)|(?P<dcc>--dcc "
                r"prints the deviant cases in the cases column, which --no-cases leaves out: give one of them \(the JSON "
                r"holds every row's cases and DCC either way\)))$"),
     lambda m: ("--json 和 --csv 都选择输出格式：请只给一个（默认："
                + {"the report as text": "以文本给出报告", "R-like tables": "类似 R 的表格"}[m.group("default")] + "）"
                if m.group("default") else
                "--csa 和 --contradictory-rows 都指定要排除的行：请只给一个（--csa 会自己找出矛盾的简化假设）" if m.group("csa")
                else f"--type {m.group('type')} 和 --pairs {m.group('pairs')} 都选择要列出的内容：--type 列出单个案例，--pairs "
                "列出案例对；请只给一个" if m.group("type") else
                "--complete 会在表中打印逻辑余项，而 CSV 只含观察到的行：请去掉 --complete 或 --csv" if m.group("complete") else
                "--dcc 在 cases 列中打印偏离案例，而 --no-cases 不输出该列：请只给其中一个（JSON 无论如何都包含每行的案例和 DCC）")),
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
    # causal_chain() (R QCA's causalChain), for a teacher's own data: no exercise calls it
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
    ("causal_chain: csf of fuzzy sets",
     re.compile(r"(?P<flag>--)?csf and structural redundancy are for crisp and multi-value sets only: set "
                r"(?P<name>'[^']*') has values other than whole numbers \(e\.g\. (?P<value>[^()]*)\)\. Structural "
                r"redundancy is logical equivalence over every possible configuration of the sets' values \(cna's "
                r"redundant\(\)\); for fuzzy sets no source defines it exactly$"),
     lambda m: (f"{m.group('flag') or ''}csf（复合解公式）和结构冗余只适用于清晰集和多值集合：集合 {m.group('name')} 有整数以外的值"
                f"（例如 {m.group('value')}）。结构冗余是在各集合取值的所有可能组态上的逻辑等价（cna 的 redundant()）；"
                "模糊集没有文献给出确切的定义")),
    ("causal_chain: more csf combinations than max_csf",
     re.compile(r"(?P<flag>--)?csf: (?P<n>\d{1,3}(?:,\d{3})*) combinations of one asf per outcome \((?P<counts>\d+(?: x "
                r"\d+)*) models\) exceed the budget (?P<budget>max_csf = |--max-csf )(?P<max>\d{1,3}(?:,\d{3})*): raise "
                r"it to list them$"),
     lambda m: (f"{m.group('flag') or ''}csf：每个结果取一个 asf 的组合共 {m.group('n')} 个（{m.group('counts')} 个"
                f"模型），超过预算 {m.group('budget')}{m.group('max')}：请调高它以列出这些组合")),
    # a set's codes in a calibration file or calibrate_frame's spec (calibrate._codes_map, _coded_memberships): a
    # yes/no column recoded, each label given its membership ('是': 1, '否': 0)
    ("codes: not a mapping of labels",
     re.compile(r"codes must map each label of the raw column to its membership, e\.g\. (?P<yaml>codes: \{[^{}]*\}) "
                r"\(in Python (?P<py>\{[^{}]*\})\), got (?P<value>.+)$"),
     lambda m: (f"codes 必须把原始列的每个标签对应到它的隶属度，例如 {m.group('yaml')}（Python 中写作 {m.group('py')}），"
                f"现为 {m.group('value')}")),
    ("codes: with a calibration's arguments",
     re.compile(r"codes gives each label its membership, so the set is recoded, not calibrated: leave out "
                r"(?P<args>\w+(?:, \w+)*) \(or codes, to calibrate the column\)$"),
     lambda m: (f"codes 给出每个标签的隶属度，因此该集合是重新编码，而不是校准：请去掉 {m.group('args')}（或去掉 codes，"
                "以校准该列）")),
    ("codes: a membership out of [0, 1] or not a number",
     re.compile(r"codes\[(?P<label>.+?)\] must be a membership, a number from 0 to 1 \(1 in the set, 0 out of it\), got "
                r"(?P<value>.+?) \((?P<type>\w+)\)(?:: write (?P<write>\S+), a number without quotes|, e\.g\. "
                r"(?P<yaml>codes: \{[^{}]*\}) \(in Python (?P<py>\{[^{}]*\})\))?(?=: a percentage\? write |$)"),
     lambda m: (f"codes[{m.group('label')}] 必须是隶属度，即 0 到 1 之间的数（1 表示属于该集合，0 表示不属于），现为 "
                f"{m.group('type')} {m.group('value')}"
                + (f"：请写 {m.group('write')}，不加引号的数字" if m.group("write") else
                   f"，例如 {m.group('yaml')}（Python 中写作 {m.group('py')}）" if m.group("yaml") else ""))),
    ("codes: a label named twice",
     re.compile(r"codes names the label (?P<label>.+) twice; give each label once$"),
     lambda m: f"codes 把标签 {m.group('label')} 写了两次；每个标签只写一次"),
    ("codes: a label of the data not in codes",
     re.compile(r"labels? (?P<labels>.+?)(?P<more> \.\.\.)? not in codes \(at (?P<where>.+?); codes: (?P<codes>.+)\): add "
                r"(?:it|them) to the set's codes with a membership, or correct the cells$"),
     lambda m: (f"标签 {m.group('labels')}{' 等' if m.group('more') else ''} 不在 codes 中（位于"
                f"{_raw_value_place_zh(m.group('where'))}；codes：{m.group('codes')}）：请把"
                f"{'它们' if ', ' in m.group('labels') or m.group('more') else '它'}加入该集合的 codes 并给出隶属度，"
                "或改正这些单元格")),
    # a researcher's own file and flags on the command line (cli.py, read.py), and the API's words for the same
    ("the command line's outcome not a column of its file",   # the names meant and the columns: _hints_zh
     re.compile(r"--outcome (?P<name>.+?) is not a column of (?P<file>[^;]+?)(?=; did you mean | \(columns: | \(the data "
                r"has no column besides|; the outcome)(?: \(the data has no column besides the case names(?: (?P<names>'[^']*'|"
                r"\"[^\"]*\"))?; export the sets too\))?(?P<value>; the outcome(?: is named, not compared|'s absence \(R's 1 - "
                r"[^)]*\) is written)[^(]*(?:\(a multi-value outcome's value [^)]*\))?)?"),
     lambda m: (None if (value := _outcome_value_zh(m.group("value"))) is None else   # a value hint it cannot say
                f"--outcome {m.group('name')} 不是 {m.group('file')} 中的列：结果须是该文件中某一列的名称{value}"
                + (f"（数据中除了案例名称{' ' + m.group('names') + ' ' if m.group('names') else ''}之外没有别的列；请把各集合也导出）"
                   if "besides" in m.group(0) else ""))),
    ("the command line's case column not a column of its file",
     re.compile(r"(?P<flag>--(?:raw-)?case-column) (?P<value>.+?): case column (?P<name>'[^']*'|\"[^\"]*\") is not in "
                r"(?P<file>.+?)(?=; did you mean | \(columns: )"),
     lambda m: (f"{m.group('flag')} {m.group('value')}：案例列 {m.group('name')} 不是 {m.group('file')} 中的列：它要的是"
                "文件中一列案例名称")),
    ("a column to drop missing cases by not in the data",   # drop_missing_cases(df, [...])
     re.compile(r"column (?P<name>'[^']*'|\"[^\"]*\") is not in the data(?=; did you mean | \(columns: )"),
     lambda m: f"列 {m.group('name')} 不在数据中"),
    ("--conditions: a name written with '-'",   # dplyr's select(-DEV)
     re.compile(r"--conditions (?P<given>'[^']*'|\"[^\"]*\"): (?P<minus>.+?) (?:is no column|are no columns); conditions "
                r"are listed by name, without '-' or '~' \(the analysis considers each condition's presence and its "
                r"absence\): write (?P<write>--conditions \S+)(?:; to leave (?P<left>.+?) out, list the others: "
                r"(?P<others>--conditions \S+))?$"),
     lambda m: (f"--conditions {m.group('given')}：{m.group('minus')} 不是列；条件只写名称，不加 '-' 或 '~'（分析会同时考虑"
                f"每个条件的存在与缺失）：请写 {m.group('write')}"
                + (f"；要去掉 {m.group('left')}，请列出其余的条件：{m.group('others')}" if m.group("left") else ""))),
    ("a condition named 'case'",   # read.py: the column 'case' holding memberships that repeat
     re.compile(r"the column 'case' is taken for the case names by its name, but it holds numbers, (?P<value>'[^']*') "
                r"for (?P<n>\d+) cases, like a set's memberships: a condition named 'case'\? The name 'case' is kept for "
                r"the column of case names(?:, and (?P<other>'[^']*'|\"[^\"]*\") holds a different name for every case: "
                r"pass (?P<pass>.+?) \('case' is then read as a set; or rename it, e\.g\. to 'case_set'\)|: rename it "
                r"\(e\.g\. to 'case_set'\))$"),
     lambda m: (f"列 'case' 因其名称被当作案例名称，但它存放的是数字，{m.group('n')} 个案例为 {m.group('value')}，像集合的"
                "隶属度：是名为 'case' 的条件吗？名称 'case' 留给案例名称列"
                + (f"，而 {m.group('other')} 的每个案例名称都不同：请写 {m.group('pass')}（这样 'case' 就作为集合读取；或"
                   "给它改名，例如 'case_set'）" if m.group("other") else "：请给它改名（例如 'case_set'）"))),
    ("--solution intermediate without --dir-exp",
     re.compile(r"--solution intermediate needs --dir-exp, the directional expectations of its counterfactuals, "
                r"e\.g\. (?P<eg>--dir-exp \S+(?: or \S+)?)(?: \(one value per condition, in order: (?P<order>[^;()]*); '-' "
                r"for no expectation\))?$"),
     lambda m: (f"--solution intermediate 需要 --dir-exp，即其反事实的方向性预期，例如 {m.group('eg').replace(' or ', ' 或 ')}"
                + (f"（按条件的顺序每个条件一个值：{m.group('order')}；'-' 表示无预期）" if m.group("order") else ""))),
    ("--dir-exp with another solution",
     re.compile(r"--dir-exp gives the intermediate solution, not the (?P<kind>conservative|parsimonious) one: leave out "
                r"--dir-exp, or give --solution intermediate$"),
     lambda m: (f"--dir-exp 给出的是中间解，而不是{'复杂解' if m.group('kind') == 'conservative' else '简约解'}：请去掉 "
                "--dir-exp，或写 --solution intermediate")),
    ("an expression copied from a solution's printout",   # pof.refuse_printed_model: 'M1: A*B + (C) -> Y'
     re.compile(r"(?P<name>\S+) (?P<given>'[^']*'|\"[^\"]*\") is a model as a solution prints it; write its terms alone: "
                r"(?P<write>.+?) \(leaving out (?P<dropped>.+)\)$"),
     lambda m: (None if (dropped := _parts_zh(m.group("dropped"), _PRINTED_DROPPED, lambda d: (
         f"其标签 {d.group('label')}" if d.group("label") else
         f"箭头和结果 {d.group('arrow')}（另行给出）" if d.group("arrow") else
         "R 的圆括号（标出并非每个模型都有的项）"))) is None else
         f"{m.group('name')} {m.group('given')} 是解打印出的模型；请只写它的项：{m.group('write')}（去掉"
         + "；".join(dropped) + "）")),
    ("a term not in the model",   # diagnostics.model_term: plot --term, the XY plot's term
     re.compile(r"(?P<param>term|--term) (?P<given>'[^']*'|\"[^\"]*\") is not in the model \((?P<model>.*?)\)(?:; write "
                r"(?P<n>\d+), a number \(the model's term \d+, (?P<term>'[^']*'|\"[^\"]*\")\), or the term's text)?"
                r"(?=; |$)"),
     lambda m: (f"{m.group('param')} {m.group('given')} 不在模型中（{m.group('model')}）"
                + (f"；请写 {m.group('n')}，即一个数（模型的第 {m.group('n')} 项，{m.group('term')}），或项的文本"
                   if m.group("n") else ""))),
    ("a figure's file under a file",   # the commands' --out (and robustness' --plot)
     re.compile(r"(?P<flag>--[\w-]+) (?P<out>[^;]+?): (?P<parent>[^;]+) is a file, not a folder$"),
     lambda m: f"{m.group('flag')} {m.group('out')}：{m.group('parent')} 是文件，不是文件夹"),
    ("chart figure: no such model",   # configuration_chart_groups(chart, model=...)
     re.compile(r"model=(?P<model>'[^']*'|\"[^\"]*\") is no model of the chart: it has (?P<models>.+)$"),
     lambda m: f"model={m.group('model')} 不是该组态图的模型：它有 {m.group('models')}"),
    # the command line's flags and the calls' arguments (argparse, cli.py's hints; necessity.py; r_calls.call_message)
    ("a required flag missing",   # argparse, with cli.py's hints: the outcome or pof's expression after the data file
     re.compile(r"the following arguments are required: (?P<flags>--[\w-]+(?:, --[\w-]+)*)(?:; write (?P<write>--outcome "
                r".+?) \(the outcome is a flag, not a second argument after the data file\)|; write (?P<pof>.+?) \(pof takes "
                r"the expression and the outcome as flags, not as arguments after the data file(?P<arrow>: R's arrow "
                r"'->' / '<-' gives the outcome and the relation)?\)|; give the outcome's column, --outcome NAME \(the "
                r"data's columns: (?P<columns>.+)\))?(?=; |$)"),
     lambda m: (f"缺少必需的参数：{m.group('flags')}"
                + (f"；请写 {m.group('write')}（结果用 --outcome 给出，不是数据文件之后的第二个参数）" if m.group("write") else
                   f"；请写 {m.group('pof')}（pof 用参数给出表达式和结果，而不是写在数据文件之后"
                   + ("：R 的箭头 '->' / '<-' 给出结果和关系" if m.group("arrow") else "") + "）" if m.group("pof") else
                   f"；请给出结果所在的列，--outcome NAME（数据的列：{m.group('columns')}）" if m.group("columns") else ""))),
    ("a cut of the other relation",   # super_subset / pofind: ron_cut with sufficiency, pri_cut with necessity
     re.compile(r"(?P<cut>(?:ron_cut|pri_cut)=\S+|--(?:ron|pri)-cut \S+) applies to (?P<rel>relation='[^']*'|--relation "
                r"'[^']*') only \((?P<measure>RoN|PRI) is a measure of (?:necessity|sufficiency)\); with "
                r"(?P<given>relation='[^']*'|--relation '[^']*') leave it 0, or use (?P<use>\S+)$"),
     lambda m: (f"{m.group('cut')} 只适用于 {m.group('rel')}（{m.group('measure')} 是"
                f"{'必要性' if m.group('measure') == 'RoN' else '充分性'}的度量）；在 {m.group('given')} 时请保持为 0，"
                f"或改用 {m.group('use')}")),
    ("more positional arguments than the function takes",   # r_calls.call_message: esa(tt, 'LIT', 'URB', ...)
     re.compile(r"(?P<function>\w+)\(\) got (?P<n>\d+) positional arguments? and takes (?:at most (?P<most>\d+) \(in "
                r"order: (?P<order>[^()]*)\)|none)(?:; the others by keyword only: (?P<kw>[^;]+))?(?P<several>; several "
                r"names or values for one argument go in it as one list, e\.g\. \['A', 'B'\], not one after another)?$"),
     lambda m: (f"{m.group('function')}() 得到 {m.group('n')} 个位置参数，但"
                + (f"最多只接受 {m.group('most')} 个（依次为：{m.group('order')}）" if m.group("most") else "不接受位置参数")
                + (f"；其余参数只能以关键字给出：{m.group('kw')}" if m.group("kw") else "")
                + ("；一个参数的多个名称或值请放进一个列表，例如 ['A', 'B']，不要一个接一个地写" if m.group("several") else ""))),
    # the cases command's flags and smmr_pairs' arguments (cli.py, matching.py), the diagnostics' other arguments
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
    ("a text argument given many values",   # r_calls: smmr(sol, cases=df['type']), a Series for one text
     re.compile(r"(?P<function>\w+)\(\) takes one text for (?P<name>\w+), got (?:(?P<na>pd\.NA \(a missing value\))|a "
                r"(?P<type>\w+) of shape (?P<shape>[\dx]*))(?:, e\.g\. (?P<eg>\w+=.+))?$"),
     lambda m: (f"{m.group('function')}() 的 {m.group('name')} 只接受一个文本，现为"
                + (" pd.NA（缺失值）" if m.group("na") else f"形状为 {m.group('shape')} 的 {m.group('type')}")
                + (f"，例如 {m.group('eg')}" if m.group("eg") else ""))),
    ("the diagnostics' conditions not names",   # case_typology / necessity_cases: conditions=3
     re.compile(r"conditions must name the truth table's conditions \(a list or text 'A, B, C'\), got (?P<type>[\w.]+)$"),
     lambda m: f"conditions 必须写出真值表的条件（列表，或文本 'A, B, C'），现为 {m.group('type')}"),
    ("good_practice: a benchmark not permutation_benchmark()'s",
     re.compile(r"benchmark must be permutation_benchmark\(\)'s result \(a mapping with (?P<keys>[\w, ]+)\), got "
                r"(?P<type>[\w.]+)(?: without (?P<missing>[\w, ]+))?$"),
     lambda m: (f"benchmark 必须是 permutation_benchmark() 的结果（含 {m.group('keys')} 的映射），现为 {m.group('type')}"
                + (f"，缺少 {m.group('missing')}" if m.group("missing") else ""))),
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
    # a call in R's or SetMethods' order (r_calls.py, find_rows.py, diagnostics.py)
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
    ("find_rows in older R QCA's order",   # find_rows('~DEV*IND', tt): R's findRows(expression, obj)
     re.compile(r"find_rows\(tt, type, expression\): the truth table comes first, got the text (?P<text>'[^']*'|\"[^\"]*\") "
                r"first and the truth table second \(older R QCA's order, findRows\(expression, obj\)\); write "
                r"(?P<write>find_rows\(tt, .+\))$"),
     lambda m: (f"find_rows(tt, type, expression)：真值表在前，现在文本 {m.group('text')} 在前、真值表在后（旧版 R QCA 的顺序，"
                f"findRows(expression, obj)）；请写 {m.group('write')}")),
    ("pof in R's order",   # r_calls.call_message: pof(expression, outcome, data) as R's pof(setms, outcome, data)
     re.compile(r"pof\(\) got multiple values for argument (?P<name>'[^']*') \(its arguments in order: (?P<order>[^()]*)\); "
                r"R's pof\(setms, outcome, data\) takes the outcome second and R's arrow 'A -> Y' the outcome in the "
                r"expression; here the data come second, then the outcome: write (?P<write>pof\(.+?\))(?P<nec> \(relation="
                r"'necessity' for necessity\))?$"),
     lambda m: (f"pof() 的参数 {m.group('name')} 得到了多个值（其参数依次为：{m.group('order')}）；R 的 pof(setms, outcome, "
                "data) 把结果放在第二位，R 的箭头 'A -> Y' 则把结果写在表达式中；这里数据在第二位，结果在其后：请写 "
                f"{m.group('write')}" + ("（必要性写 relation='necessity'）" if m.group("nec") else ""))),
    # a pandas user's frames (data.py, measures.py) and a Dask cluster's workers (_parallel.py)
    ("columns of several levels",   # data.multiindex_columns_message, tuple_columns_message
     re.compile(r"the data's columns are (?:a MultiIndex of (?P<levels>\d+) levels \(the first (?P<first>.+?)\)|named by "
                r"tuples of (?P<parts>\d+) parts \(the first (?P<tuple>.+?); a MultiIndex flattened\)): QCA names each set "
                r"by one name; (?:(?P<drop>drop the level that holds one value for every column: )|(?P<keep>keep the part "
                r"that varies: )|join the (?:levels|parts): )(?P<write>df\.(?:droplevel\(\d+, axis=1\)|columns = .+? for c "
                r"in df\.columns\]))(?: \(then the first column is (?P<then>.+)\))?$"),
     lambda m: (f"数据的列是 {m.group('levels')} 层的 MultiIndex（第一列为 {m.group('first')}）" if m.group("levels") else
                f"数据的列以 {m.group('parts')} 部分的元组命名（第一列为 {m.group('tuple')}；由 MultiIndex 展平而来）")
               + "：QCA 用一个名称命名每个集合；"
               + ("请去掉每一列都取同一值的那一层：" if m.group("drop") else "请保留有变化的那一部分：" if m.group("keep") else
                  "请把各" + ("层" if m.group("levels") else "部分") + "连接起来：") + m.group("write")
               + (f"（之后第一列为 {m.group('then')}）" if m.group("then") else "")),
    ("a column without a name",   # data.py: a frame's column named nan or '' (Unnamed)
     re.compile(r"columns? (?P<where>\d+(?:, \d+)*) of the data (?:has|have) no name \((?P<shown>[^()]*)\), so no set "
                r"name, and the conditions are taken from every column: name (?P<them>it|them) \(df\.columns = \[\.\.\.\]\)"
                r"(?: or list the conditions: (?P<write>conditions='[^']*'))?$"),
     lambda m: (f"数据的第 {m.group('where')} 列没有名称（{m.group('shown')}），因而没有集合名称，而条件取自每一列：请给"
                f"{'它' if m.group('them') == 'it' else '它们'}命名（df.columns = [...]）"
                + (f"，或列出条件：{m.group('write')}" if m.group("write") else ""))),
    ("two columns of one name as text",   # data.py: columns 1 and '1'
     re.compile(r"columns (?P<same>.+?) are both the set name (?P<name>'[^']*'|\"[^\"]*\") \(a set is named by its "
                r"column's name as text\): rename one of them$"),
     lambda m: (f"列 {m.group('same').replace(' and ', ' 和 ')} 都是集合名称 {m.group('name')}（集合以其列名的文本命名）："
                "请给其中一个改名")),
    ("a column's values given for its name",   # data.values_not_name: case_column=df['case'], conditions=df['DEV']
     re.compile(r"(?:case_column must be the name of (?P<where>the data's|the raw data's) column of case names|(?P<cond>"
                r"conditions) must be column names \(a list or a comma-separated string\)), got a (?P<kind>pandas Series|"
                r"pandas Index|numpy array|pandas \w+)(?: (?P<name>'[^']*'|\"[^\"]*\"))? \((?P<n>\d+) values\)(?(cond) whose "
                r"values are no column names(?:: give the column's name, (?P<conditions>conditions=\[[^\]]*\]))?; the data "
                r"frame holds the values|: give the column's name(?:, (?P<case>case_column=(?:'[^']*'|\"[^\"]*\")))?, or "
                r"name the cases by these values as the index \(df\.index = <them>\) and leave case_column out)$"),
     lambda m: ((f"conditions 必须是列名（列表或以逗号分隔的文本），现为" if m.group("cond") else
                 f"case_column 必须是{'原始数据' if 'raw' in m.group('where') else '数据'}中案例名称列的名称，现为")
                + (f"名为 {m.group('name')} 的 " if m.group("name") else " ") + m.group("kind")
                + f"（{m.group('n')} 个值）"
                + ((f"，其值不是列名" + (f"：请给出列名，写作 {m.group('conditions')}" if m.group("conditions") else "")
                    + "；数据表中已有这些值") if m.group("cond") else
                   "：请给出列名" + (f"，写作 {m.group('case')}" if m.group("case") else "")
                   + "，或把这些值设为索引来命名案例（df.index = <它们>），并去掉 case_column"))),
    ("a measure's memberships as text",   # measures.py: x holding '0.81'
     re.compile(r"(?P<name>.+?) must be memberships in \[0, 1\] \(numbers\), got text such as (?P<text>'[^']*'|\"[^\"]*\")"
                r"(?:: a number written as text; convert (?:the column first, (?P<col>pd\.to_numeric\(.+\))|the columns "
                r"first, (?P<cols>.+\.apply\(pd\.to_numeric\))))?$"),
     lambda m: (f"{m.group('name')} 必须是 [0, 1] 中的隶属度（数字），现为文本，如 {m.group('text')}"
                + (f"：这是写成文本的数字；请先转换该列：{m.group('col')}" if m.group("col") else
                   f"：这是写成文本的数字；请先转换这些列：{m.group('cols')}" if m.group("cols") else ""))),
    ("a measure given several columns",   # measures.py: x=df[['DEV', 'URB']]
     re.compile(r"(?P<name>.+?) must be the memberships of one set \(a column, a Series or a list\), got a DataFrame "
                r"(?:of no columns: give one column, e\.g\. (?P<eg>df\['DEV'\])|of (?P<n>\d+) columns \((?P<cols>.+)\): give "
                r"one column, e\.g\. (?P<one>df\[.+?\]); for their conjunction, (?P<term>term_membership\(df, .+?\)); or "
                r"measure each in turn)$"),
     lambda m: (f"{m.group('name')} 必须是一个集合的隶属度（一列、一个 Series 或一个列表），现为"
                + (f"没有列的 DataFrame：请给出一列，例如 {m.group('eg')}" if m.group("eg") else
                   f"有 {m.group('n')} 列的 DataFrame（{_more_cases_zh(m.group('cols'))}）：请给出一列，例如 {m.group('one')}；"
                   f"要取它们的合取，用 {m.group('term')}；或逐个度量"))),
    ("a column of pyarrow values pandas cannot convert",   # data.arrow_type_message
     re.compile(r"(?P<what>column '[^']*'|the index|x) holds pyarrow (?P<kind>\w+) values, which pandas cannot convert to "
                r"numbers or text \(it raises NotImplementedError for them\): convert them first, (?P<convert>.+)$"),
     lambda m: ("索引" if m.group("what") == "the index" else m.group("what").replace("column ", "列 ") + " ")
               + (f"的值是 pyarrow {m.group('kind')}"
                "，pandas 无法把它们转换为数字或文本（会引发 NotImplementedError）：请先转换："
                f"{m.group('convert')}")),
    ("a sweep's task not picklable for Dask",   # _parallel: a callback or a data column holding a lock, a file, ...
     re.compile(r"(?:(?P<setting>setting \S+)|(?P<test>test \S+)|(?P<is>IS)|a task of the sweep) cannot be sent to the "
                r"Dask workers: (?:pickling it failed|column (?P<column>.+?) of its data cannot be pickled) "
                r"\((?P<error>.+)\)\. Everything a sweep runs travels to the workers pickled, so (?:a callback given to it "
                r"\(summarize\) must not hold a lock, an open file or a connection: define it at module level and give it "
                r"what it needs as plain values|(?P<data>its data must hold plain values \(numbers, text\), not a lock, an "
                r"open file or a connection: drop that column or make it text)), or run this sweep outside the Dask "
                r"backend's parallel_config block \(with n_jobs=1, in this process\)$"),
     lambda m: ((m.group("setting").replace("setting ", "设定 ") + " " if m.group("setting") else
                 m.group("test").replace("test ", "检验 ") + " " if m.group("test") else
                 "初始设定 IS " if m.group("is") else "扫描的一个任务")
                + "无法发送到 Dask 工作进程："
                + (f"其数据的列 {m.group('column')} 无法序列化（pickle）" if m.group("column") else "序列化（pickle）失败")
                + f"（{m.group('error')}）。扫描运行的一切都以 pickle 形式传到工作进程，因此"
                + ("其数据只能含普通的值（数字、文本），不能含锁、打开的文件或连接：请删除该列或把它转为文本" if m.group("data")
                   else "传给它的回调函数（summarize）不能持有锁、打开的文件或连接：请在模块顶层定义它，并以普通的值给它所需的"
                        "东西")
                + "，或在 Dask 后端的 parallel_config 块之外运行这次扫描（n_jobs=1，在本进程中）")),
    # the engine's other refusals a researcher's own data and calls meet (data.py, expressions.py, find_rows.py, ...)
    ("more conditions than the engine takes",
     re.compile(r"(?P<n>\d+) conditions given; at most (?P<max>\d+) are supported, because exact minimisation \(every prime "
                r"implicant and every minimal model\) grows exponentially with the number of conditions and beyond that "
                r"almost every configuration is an unobserved remainder; reduce the conditions \(e\.g\. by a two-step QCA "
                r"or by theory\)$"),
     lambda m: (f"给出了 {m.group('n')} 个条件；最多支持 {m.group('max')} 个，因为精确最小化（每个质蕴涵项和每个最小模型）随"
                "条件数目呈指数增长，超过这个数目几乎每个组态都是未观察到的逻辑余项；请减少条件（例如用两步 QCA 或依据理论）")),
    ("a term asking a condition two values",
     re.compile(r"term (?P<term>'[^']*') asks (?P<name>'[^']*'|\"[^\"]*\") to take two values: a contradiction \(an empty "
                r"set for crisp and multi-value data; for fuzzy sets min\(A, 1 - A\), which no case is more in than out "
                r"of\); write each condition once$"),
     lambda m: (f"项 {m.group('term')} 要求 {m.group('name')} 同时取两个值：这是矛盾（在清晰集和多值数据中为空集；在模糊集中"
                "为 min(A, 1 - A)，没有案例属于它多于不属于它）；每个条件只写一次")),
    ("a multi-value condition without its value",
     re.compile(r"condition (?P<name>'[^']*'|\"[^\"]*\") is multi-value: write (?P<write>\S+\[v\]) with v in "
                r"(?P<levels>0\.\.\d+)$"),
     lambda m: f"条件 {m.group('name')} 是多值条件：请写 {m.group('write')}，其中 v 在 {m.group('levels')} 之中"),
    ("conditions given as a set",   # conditions={'DEV', 'URB'}: a Python set has no order
     re.compile(r"conditions given as a (?P<type>set|frozenset) (?P<value>\[[^\[\]]*\]) have no order, and the order of "
                r"conditions sets the order of truth table columns and of literals in every term \(a set's order changes "
                r"from run to run\); give a list or a comma-separated string$"),
     lambda m: (f"以 {m.group('type')} 给出的条件 {m.group('value')} 没有顺序，而条件的顺序决定真值表各列的顺序和每个项中"
                "文字的顺序（集合的顺序每次运行都会变）；请给出列表或以逗号分隔的文本")),
    ("the models of simplifying rows named twice",   # find_rows / simplifying rows: models=['M1', 'M1']
     re.compile(r"models names (?P<names>'[^']*'(?:, '[^']*')*) twice in (?P<value>\[[^\[\]]*\]|'[^']*'); name each model "
                r"once$"),
     lambda m: f"models 中 {m.group('names')} 出现了两次（{m.group('value')}）；每个模型只写一次"),
    ("find_rows: an expression for csa or ssr",
     re.compile(r"(?P<type>type|--type) (?P<kind>'[^']*') takes no expression and no (?P<observed>observed=|--observed): "
                r"those select untenable rows \(type 'untenable' or 'all'\)$"),
     lambda m: (f"{m.group('type')} {m.group('kind')} 不接受表达式，也不接受 {m.group('observed')}：它们用于选择不可成立的行"
                "（type 'untenable' 或 'all'）")),
    ("a sweep file's ranges not a list",   # sweep_spec.py: ranges: {parameter: ..., step: ...} or ranges: 20
     re.compile(r"'ranges' must be a list of ranges, got (?:a mapping \(keys (?P<keys>[^()]*)\): write each range as an "
                r"item of a list, (?P<eg>'- \{.*\}')|(?P<value>.+))$"),
     lambda m: ("'ranges' 必须是范围的列表，现为"
                + (f"映射（键 {m.group('keys')}）：请把每个范围写成列表的一项，{m.group('eg')}" if m.group("keys") else
                   f" {m.group('value')}"))),
    ("good_practice: an outcome in brackets",   # benchmark_sentence(outcome='EFF (good)')
     re.compile(r"outcome must be the outcome's name \(text without brackets\) or None, got (?P<value>.+)$"),
     lambda m: f"outcome 必须是结果的名称（不带括号的文本）或 None，现为 {m.group('value')}"),
    ("chain --outcomes: not a set",   # chain.py: outcomes / ordering naming no set of the data
     re.compile(r"(?P<what>--outcomes|outcomes|--ordering|ordering): (?P<name>'[^']*'|\"[^\"]*\") is not a set of "
                r"(?P<data>the data|.+?)(?=; did you mean | \(sets: )(?:; did you mean '[^']*'(?: or '[^']*')*\?(?: \(names "
                r"are case-sensitive\))?)? \(sets: (?P<sets>[^()]*)\)$"),
     lambda m: (f"{m.group('what')}：{m.group('name')} 不是{'数据' if m.group('data') == 'the data' else ' ' + m.group('data') + ' '}"
                f"中的集合（集合：{m.group('sets')}）")),
    ("n_jobs of joblib's parallel_config",   # _parallel: n_jobs=None, parallel_config(n_jobs=0)
     re.compile(r"n_jobs is None, so joblib\.parallel_config's n_jobs applies: it (?P<rest>must be .+)$"),
     lambda m: (None if (line := _error_message_zh("n_jobs " + m.group("rest"))) is None else
                "n_jobs 为 None，因此适用 joblib.parallel_config 的 n_jobs：它" + line.removeprefix("n_jobs "))),
    ("a multi-value literal of several values",   # pof's expression 'DEV[1,2]'
     re.compile(r"a multi-value literal holds one value, e\.g\. (?P<eg>\S+\[\d+\]); for several values write a sum: "
                r"(?P<write>.+)$"),
     lambda m: f"多值文字只取一个值，例如 {m.group('eg')}；要取多个值请写成和：{m.group('write')}"),
    ("a negated multi-value literal",   # '~DEV[1]': DEV's other values
     re.compile(r"'~(?P<name>[^'\[]+)\[(?P<value>\d+)\]' is (?P=name)'s other values \((?P<others>[\d, ]+)\), not one "
                r"literal: write their sum, (?P<write>.+?)(?: \(in a product, one term per value: (?P<product>.+)\))?$"),
     lambda m: (f"'~{m.group('name')}[{m.group('value')}]' 是 {m.group('name')} 的其他取值（{m.group('others')}），不是一个"
                f"文字：请写成它们的和，{m.group('write')}"
                + (f"（在乘积中，每个取值一项：{m.group('product')}）" if m.group("product") else ""))),
    ("--case-column: the outcome or a condition",
     re.compile(r"--case-column (?P<name>.+?): that column is (?P<role>the outcome|a condition); the case column holds the "
                r"cases' names \(default: 'case'\)$"),
     lambda m: (f"--case-column {m.group('name')}：该列是{'结果' if m.group('role') == 'the outcome' else '一个条件'}；案例列"
                "存放的是案例的名称（默认：'case'）")),
]


def _threshold_hint_zh(rest: str | None) -> str:
    """What calibrate says after a threshold that is not a number (`rest`, one of _THRESHOLD_HINTS_ZH's forms), in
    Chinese; '' for none (a hint of another form stays after it, said by _hints_zh or kept in English)."""
    for form, said in _THRESHOLD_HINTS_ZH:
        if rest and (found := form.match(rest)):
            return said.format(**found.groupdict())
    return ""


def _outcome_value_zh(hint: str | None) -> str | None:
    """The engine's hint for an outcome written as a value ('SURV=0') or as R's 1 - SURV, in Chinese ('' for no hint,
    None for one of another form; a file read with the wrong separator, 'the data has a single column', is said by
    the form itself): the outcome is named, not compared, and how its absence, its presence or a multi-value outcome's
    value is written."""
    if not hint:
        return ""
    hint = hint.strip()
    if m := re.search(r"R's 1 - (?P<col>[^)]*)\) is written (?P<w>'[^']*')$", hint):
        return f"；结果的缺失（R 的 1 - {m.group('col')}）写作 {m.group('w')}"
    if m := re.search(r"its (?P<what>absence|presence) is written (?P<w>'[^']*') \(a multi-value outcome's value "
                      r"(?P<v>\d+): (?P<mv>'[^']*')\)$", hint):
        what = "缺失" if m.group("what") == "absence" else "存在"
        return (f"；结果写其名称，不写比较式：其{what}写作 {m.group('w')}（多值结果取值 {m.group('v')} 写作 "
                f"{m.group('mv')}）")
    if m := re.search(r"a multi-value outcome's value (?P<v>\d+) is written (?P<mv>'[^']*')$", hint):
        return f"；结果写其名称，不写比较式：多值结果取值 {m.group('v')} 写作 {m.group('mv')}"
    return None

def engine_error_zh(error: BaseException) -> str | None:
    """One Chinese line for an engine error (QCAInputError) a participant meets in the workshop's exercises: what is
    wrong and what is allowed, with the parameter, the value and the names the error gives copied from it
    (ENGINE_ERRORS_ZH, by the kind of error and its parameter), and the hints it gives that the workshop knows (did
    you mean, a percentage, a number as text, the columns). None for an error of another form: no line rather than
    a wrong one. A refusal of a budget (QCAComplexityError: more prime implicants, models or work than max_...) gets
    its line too, for a teacher's own data."""
    if not isinstance(error, (QCAInputError, QCAComplexityError)):
        return None
    return _with_lengths_zh(_error_message_zh, str(error))


#: How the engine quotes a long value (analysis.qca.errors.quoted / shortened): its first characters and an ellipsis,
#: in its quotes or not, then its length ("'xxxx…' (100,000 characters)", "xxxx… (100,000 characters)").
_LONG_VALUE = re.compile(r"…(?P<quote>['\"]?) \((?P<n>\d{1,3}(?:,\d{3})*) characters\)")


def _with_lengths_zh(line_zh: Callable[[str], str | None], message: str) -> str | None:
    """line_zh(message) (a Chinese line for an engine message) for a message quoting long values by their beginning
    and their length: each length is set aside, so that the forms of ENGINE_ERRORS_ZH read the value as they read a
    short one, and said in Chinese after the value the line copies ('xxxx…'（共 100,000 个字符）)."""
    lengths = []

    def mark(m: re.Match) -> str:
        lengths.append(m.group("n"))
        return f"…{chr(0xE000 + len(lengths))}{m.group('quote')}"

    line = line_zh(_LONG_VALUE.sub(mark, message))
    for i, n in enumerate(lengths, 1):
        line = line and re.sub(f"…{chr(0xE000 + i)}(['\"]?)", lambda m: f"…{m.group(1)}（共 {n} 个字符）", line)
    return line


#: The ending the engine gives a data error when the conditions were taken from the data (every column but the
#: outcome and the case names) and some of them hold no numbers: which columns to leave out (analysis.qca.data).
_CONDITIONS_TAKEN = re.compile(r"; the conditions were taken from every column but the outcome and the case names: if "
                               r"(?P<odd>.+?) (?P<verb>is|are) no set, list the conditions without (?:it|them): "
                               r"(?:(?P<how>conditions='[^']*') \(CLI: (?P<cli>--conditions \S+)\)|(?P<flag>--conditions "
                               r"\S+))$")


#: Where a researcher's file puts an engine error, before the error's own words: the calibrate and robustness
#: commands' specification file (a YAML or JSON file) or the data file the command line names first (CSV, a
#: workbook, a Stata or SPSS file: 'LF.csv: unknown condition ...'), then a sweep file's test or range, or
#: calibrate_frame's set (spec['DEV']), each said before the error's line.
_SPEC_FILE = re.compile(r"(?P<file>.+?\.(?:ya?ml|json|csv|tsv|txt|xlsx|xlsm|xls|ods|dta|sav)): (?P<rest>.+)$",
                        re.IGNORECASE)
_SPEC_PART = re.compile(r"(?:test (?P<test>\d+|'[^']*')|range (?P<range>\d+)(?: \((?P<what>parameter: [^()]*)\))?"
                        r"|spec\[(?P<set>'[^']*')\](?P<sets>(?:, spec\['[^']*'\])*)|calibrate (?P<calibrated>'[^']*')): "
                        r"(?P<rest>.+)$")


def _placed_error_zh(message: str) -> str | None:
    """The line of an engine error placed in a researcher's file (_SPEC_FILE, _SPEC_PART: the file, a test, a range,
    a set): the place in Chinese, then the error's own line; None when the error has none. The calibrate command
    writes calibrate()'s arguments as its file does ("type: 'crisp'", calibrate.spec_file_form): they are read as the
    engine writes them and said back as the file does."""
    from analysis.qca.calibrate import SPEC_FILE_FORM

    if file := _SPEC_FILE.match(message):
        rest = file.group("rest")
        line = _error_message_zh(rest)
        if line is None:
            written: list[tuple[str, str]] = []
            form = re.compile(SPEC_FILE_FORM.pattern.replace(")=(", "): ("))

            def engine(m: re.Match) -> str:
                written.append((m.group(1), m.group(2)))
                return f"{m.group(1)}={m.group(2)}"

            line = _error_message_zh(form.sub(engine, rest)) if form.search(rest) else None
            for key, value in written:
                line = line and line.replace(f"{key}={value}", f"{key}: {value}")
        if line is not None:   # else a test's or a range's error naming a file (a --raw file), read below
            return f"{file.group('file')}：{line}"
    if part := _SPEC_PART.match(message):
        line = _error_message_zh(part.group("rest"))
        place = (f"检验 {part.group('test')}" if part.group("test") else
                 f"范围 {part.group('range')}" + (f"（{part.group('what')}）" if part.group("what") else "")
                 if part.group("range") else f"spec[{part.group('set')}]{part.group('sets')}" if part.group("set") else
                 f"calibrate {part.group('calibrated')}")
        return line and f"{place}：{line}"
    return None


#: The ending the robustness protocol gives a set's raw column the raw data lack (protocol._source_hint): how a raw
#: column named otherwise than its set is given as its source, said after the names meant and the raw data's columns.
_SOURCE_NAMED = re.compile(r"; a raw column named otherwise than its set is given as its source: (?:(?P<test>calibrate: "
                           r"\{.*\})|(?P<call>threshold_range\(\.\.\., source=[^()]*\)), a sweep file's range source: "
                           r"(?P<key>.+))$")


def _error_message_zh(message: str) -> str | None:
    """engine_error_zh's line for an engine error's message, as text: for an error a report quotes (good_practice's
    ESA row: 'not checked: contradictory simplifying assumptions (<the error>)'); None for a message of another form.
    A message joining several problems with ' | ' (the data's cells that are not numbers, missing, ...: one error for
    all of them) has each problem's line, joined so; none when one problem has none. The ending of a data error
    with the conditions taken from the data (_CONDITIONS_TAKEN: the columns to leave out) is said after the line of
    the error it ends."""
    named = _SOURCE_NAMED.search(message)
    if named:
        line = _error_message_zh(message[:named.start()])
        return line and ("{}；名称与其集合不同的原始数据列，作为该集合的 source 给出：".format(line)
                         + (named.group("test") or f"{named.group('call')}，扫描文件中范围的 source: {named.group('key')}"))
    taken = _CONDITIONS_TAKEN.search(message)
    if taken:
        line = _error_message_zh(message[:taken.start()])
        return line and (f"{line}；条件取自除结果和案例名称以外的每一列：若 {taken.group('odd')} 不是集合，请列出不含"
                         f"{'它' if taken.group('verb') == 'is' else '它们'}的条件："
                         + (f"{taken.group('how')}（命令行：{taken.group('cli')}）" if taken.group("how") else
                            taken.group("flag")))   # the command line's own ending: its flag alone
    if " | " in message:
        parts = [_error_message_zh(part) for part in message.split(" | ")]
        if all(parts):
            return " | ".join(parts)
    for _kind, form, said in ENGINE_ERRORS_ZH:
        found = form.match(message)
        if found:   # a quoted error's hints are said by its own line (_quoted_error_zh)
            line = said(found)
            hints = "" if found.re.groupindex.get("quoted") and found.group("quoted") else _hints_zh(message, found.span())
            if line is None:   # a form the table knows, with a part it cannot say in Chinese
                return None
            return line + (hints if not hints or hints.startswith("（") else f"；{hints}")
    placed = _placed_error_zh(message)
    flag = _FLAG_FIRST.match(message) if placed is None else None
    return _flag_error_zh(flag) if flag else placed


#: A command-line error that begins with its flag ('--exclude: row number 99 out of range ...', "--incl-cut must
#: lie in [0, 1], got '1.5'"): the command says the argument's own error with the flag in the argument's place.
_FLAG_FIRST = re.compile(r"--(?P<flag>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?=[: ])")


def _flag_error_zh(flag: re.Match) -> str | None:
    """The line of a command-line error that begins with its flag and has no form of its own: the error read as its
    argument's (--incl-cut as incl_cut), each time the line names the argument outside a quoted value said with the
    flag ('--incl-cut 必须在 0 到 1 之间'); None when the argument's error has no line, or its form does not read the
    command's words (a hint naming other flags, a value quoted otherwise): no line rather than a wrong one."""
    name, rest = flag.group("flag").replace("-", "_"), flag.string[flag.end():]
    line = _error_message_zh(name + rest)
    if line is None:   # '--dir-exp: directional expectation ...': one value's error, the flag put before it by the
        # command line (cli._cli_message)
        line = (_error_message_zh(rest[2:]) if rest.startswith((": directional expectation ",
                                                                 ": cannot read directional expectation ")) else None)
        return line and f"--{flag.group('flag')}：{line}"
    named = re.compile(rf"(?<![\w.\-]){re.escape(name)}(?![\w\-=(])")
    return "".join(part if part.startswith("'") else named.sub("--" + flag.group("flag"), part)
                   for part in re.split(r"('[^']*')", line))


def case_type_counts(typology) -> str:
    """Step 10's count of the cases of each type of case_typology(solution), most first, each type named in English
    and in Chinese with the words of the XY figure's legend and the step's own text (typical / 典型, deviant coverage /
    覆盖度偏离, ...): the counts were printed with the English names alone."""
    from analysis.plots.diagnostics import _TYPE_ZH

    counts = typology["type"].value_counts()
    return "\n".join(f"{kind} / {_TYPE_ZH.get(kind, kind)}: {n}" for kind, n in counts.items())


#: The engine's warnings a participant meets in the workshop (a condition or outcome that does not vary, a skewed
#: set: exercise 5 and step 8; memberships at the crossover, a multi-value condition with a level without a case: a
#: teacher's own data), by kind: their form and their Chinese, as ENGINE_ERRORS_ZH for the errors.
ENGINE_WARNINGS_ZH: list[tuple[str, re.Pattern, Callable[[re.Match], str]]] = [
    ("chart --csv", re.compile(r"chart --csv: the chart's long table \(group, path, condition, value, role\); each "
                               r"model's fit and the notes: --json$"),
     lambda m: "chart --csv：只输出组态图的长表（group, path, condition, value, role）；各模型的拟合和注释：请用 --json"),
    ("observed rows recoded by exclude",
     re.compile(r"excluded: observed rows? (?P<rows>\d+(?:, \d+)*) recoded as OUT = 0$"),
     lambda m: (f"exclude：观察到的行（{_rows_zh(m.group('rows'))}）被重新编码为 OUT = 0：这改变了观察到的结果，而不只是关于逻辑余项"
                "的假设")),
    ("theory --csv", re.compile(r"theory --csv: the fit table only; the cases of each intersection and their Boolean "
                                r"forms: --json$"),
     lambda m: "theory --csv：只输出拟合表；各交集的案例及其布尔表达式：请用 --json"),
    ("chain --csv", re.compile(r"chain --csv: the chain's models, one row per asf \(csf, removed_from: the complex "
                               r"solution formulas holding it and those it was removed from, as --csf numbers them\); "
                               r"the formulas themselves: --csf --csv$"),
     lambda m: ("chain --csv：输出因果链的模型，每个 asf 一行（csf、removed_from：含有它的复合解公式，以及把它去掉的复合解公式，"
                "按 --csf 的编号）；复合解公式本身：请用 --csf --csv")),
    ("chain --csf printed to a file", re.compile(r"chain --csf: the complex solution formulas as a text table, not CSV "
                                                 r"\(the output is not a terminal\): for CSV add --csv \(--csv alone "
                                                 r"writes the chain's models\)$"),
     lambda m: "chain --csf：复合解公式输出为文本表格，不是 CSV（输出不是终端）：要输出 CSV，请加上 --csv（只用 --csv 输出的是因果链的模型）"),
    ("skewed set", re.compile(r"skewed (?P<role>condition|outcome) (?P<name>'[^']*'): (?P<share>\d+(?:\.\d+)?%) of "
                              r"cases have membership above 0\.5 \(outside (?P<bounds>\[[^\]]*\])(?:; (?P<half>\d+) of (?P<n>\d+) "
                              r"cases at exactly 0\.5, neither in nor out)?\); consistency may be inflated "
                              r"and necessity of low relevance \(check RoN and coverage\)$"),
     lambda m: (f"{'条件' if m.group('role') == 'condition' else '结果'} {m.group('name')} 偏斜：{m.group('share')} 的案例"
                f"隶属度高于 0.5（在 {m.group('bounds')} 之外"
                + (f"；{m.group('n')} 个案例中有 {m.group('half')} 个恰为 0.5，既不在集合内也不在集合外" if m.group("half") else "")
                + "）；一致性可能被高估，必要性的相关性可能偏低（请查看 RoN 和覆盖度）")),
    ("constant condition", re.compile(r"condition (?P<name>'[^']*') is constant \((?P<value>\S+) for every case\): it "
                                      r"cannot distinguish configurations and doubles the remainders$"),
     lambda m: f"条件 {m.group('name')} 是常量（每个案例都为 {m.group('value')}）：它无法区分组态，并使逻辑余项的数目加倍"),
    ("constant outcome", re.compile(r"outcome (?P<name>'[^']*') is constant \((?P<value>\S+) for every case\): conditions "
                                    r"cannot explain an outcome that does not vary"),
     lambda m: (f"结果 {m.group('name')} 是常量（每个案例都为 {m.group('value')}）：条件无法解释不变的结果（必要性与充分性"
                "失去意义或无定义，NaN）；请检查结果列、其校准或所选的值")),
    ("calibrated set that does not vary",
     re.compile(r"(?:the calibrated set|set (?P<name>'[^']*')): (?P<where>.+?) \((?:raw (?:values|(?P<raw>'[^']*')) from "
                r"(?P<lo>\S+) to (?P<hi>\S+), )?thresholds (?P<thresholds>.+)\): the set does not vary in kind \(no case "
                r"on the other side\), which no analysis can use; check that the thresholds are on the scale of the data"
                r"(?:; the raw values (?P<scale>lie between 0 and 1|are percentages) .*?: did you mean "
                r"thresholds='(?P<meant>[^']*)'\?)?$"),
     lambda m: _where_zh(m.group("where")) and (
         f"{'校准后的集合' if m.group('name') is None else '集合 ' + m.group('name')}：{_where_zh(m.group('where'))}（"
         + (f"原始{' ' + m.group('raw') + ' ' if m.group('raw') else '数值'}从 {m.group('lo')} 到 {m.group('hi')}，"
            if m.group("lo") else "")
         + f"thresholds 为 {m.group('thresholds')}）：该集合在类别上没有变化（另一侧没有案例），任何分析都无法使用；"
         "请检查 thresholds 是否与数据的尺度一致"
         + ("" if m.group("scale") is None else
            ("；原始数值在 0 到 1 之间（比例：Excel 显示为 98.2% 的单元格存的是 0.982），而 thresholds 是百分数"
             if m.group("scale") == "lie between 0 and 1" else
             "；原始数值是百分数（最大到 100），而 thresholds 在 0 到 1 之间，像比例")
            + f"：是否想写 thresholds='{m.group('meant')}'？"))),
    ("calibrate_frame: case names neither calibrated nor kept",   # a column of names left out of spec and keep
     re.compile(r"columns? (?P<names>.+?) \(a different text in every row, as case names are\) (?:is|are) neither "
                r"calibrated nor kept: the result numbers the cases as the frame's index does \((?P<shown>.+?), \.\.\.\) "
                r"and leaves (?P<first>.+?) out; if it names the cases, (?P<keep>keep=(?:'[^']*'|\"[^\"]*\")) \(then "
                r"(?P<case>case_column=(?:'[^']*'|\"[^\"]*\"))\), or read the file with (?P<read>read_data\(path, "
                r"case_column=.+\))$"),
     lambda m: (f"列 {m.group('names')}（每行的文本都不同，像案例名称那样）既没有被校准，也没有被保留：结果按数据框的索引给案例"
                f"编号（{m.group('shown')}, ...），并去掉 {m.group('first')}；若它是案例名称，请写 {m.group('keep')}（然后 "
                f"{m.group('case')}），或用 {m.group('read')} 读取文件")),
    ("skewed multi-value condition",
     re.compile(r"skewed condition (?P<name>'[^']*') \(multi-value, (?P<k>\d+) levels(?P<held> with cases)?\): the share "
                r"of cases at levels? (?P<levels>.+?) lies outside (?P<scaled>\[[^\]]*\]) \((?P<bounds>\[[^\]]*\]) with "
                r"the lower bound scaled by 2/(?P=k): an even split gives each level 1/(?P=k) of the cases, not 1/2\); each "
                r"level is a set of its own, so consistency may be inflated and necessity of low relevance \(check RoN "
                r"and coverage\)$"),
     lambda m: (f"多值条件 {m.group('name')} 偏斜（{m.group('k')} 个{'有案例的' if m.group('held') else ''}水平）：水平 "
                f"{_shares_zh(m.group('levels'))} 的案例比例在 {m.group('scaled')} 之外（即 {m.group('bounds')}，下限按 2/{m.group('k')} "
                f"缩放：均匀分布时每个水平占 1/{m.group('k')} 的案例，而不是 1/2）；每个水平各是一个集合，因此一致性可能被高估，"
                "必要性的相关性可能偏低（请查看 RoN 和覆盖度）")),
    ("outcome at the crossover",
     re.compile(r"outcome (?P<name>'[^']*') has membership exactly 0\.5 for cases? (?P<cases>.+): neither in nor out "
                r"of the outcome$"),
     lambda m: (f"结果 {m.group('name')} 中案例 {_more_cases_zh(m.group('cases'))} 的隶属度正好是 0.5：既不属于结果，"
                "也不属于其否定")),
    ("condition at the crossover",
     re.compile(r"condition (?P<name>'[^']*') has membership exactly 0\.5 for case\(s\) (?P<cases>.+): such cases belong "
                r"to no truth table row \(maximum ambiguity\); recalibrate to avoid 0\.5$"),
     lambda m: (f"条件 {m.group('name')} 中案例 {_more_cases_zh(m.group('cases'))} 的隶属度正好是 0.5：这些案例不属于真值表的"
                "任何一行（最大的模糊性）；请重新校准，避免隶属度为 0.5")),
    ("multi-value levels without a case",
     re.compile(r"condition (?P<name>'[^']*') has integer values (?P<seen>\d+(?:, \d+)*), read as a multi-value set with "
                r"levels 0\.\.(?P<last>\d+) where level\(s\) (?P<empty>\d+(?:, \d+)*) have no case \(they add empty "
                r"configurations to the remainders\); if '[^']*' is (?:a raw score \(e\.g\. a Likert scale "
                r"(?P<scale>\d+-\d+)\) or numeric codes|(?P<gaps>codes with gaps)), calibrate it first: calibrate\(x, "
                r"type='crisp', thresholds=\[\.\.\.\]\) for crisp or multi-value sets, or calibrate\(x, thresholds='e=\.\., "
                r"c=\.\., i=\.\.'\) for a fuzzy set \(analysis\.qca\.calibrate; CLI: python -m analysis\.qca calibrate DATA "
                r"--spec SPEC, e\.g\. (?P<spec>\S+: \{type: crisp, thresholds: \.\.\})\)(?:; if '[^']*' numbers the cases "
                r"\(a case identifier\), pass (?P<write>case_column='[^']*') \(CLI: (?P<cli>--case-column \S+)\))?$"),
     lambda m: (f"条件 {m.group('name')} 的整数取值为 {m.group('seen')}，被读作水平为 0..{m.group('last')} 的多值集合，其中水平 "
                f"{m.group('empty')} 没有案例（它们给逻辑余项增加空的组态）；若 {m.group('name')} 是"
                + ("有间隔的代码" if m.group("gaps") else f"原始分数（如 {m.group('scale')} 的李克特量表）或数字代码")
                + "，请先校准：清晰集或多值集合用 calibrate(x, type='crisp', thresholds=[...])，模糊集用 calibrate(x, "
                "thresholds='e=.., c=.., i=..')（analysis.qca.calibrate；命令行：python -m analysis.qca calibrate DATA --spec "
                f"SPEC，例如 {m.group('spec')}）"
                + (f"；若 {m.group('name')} 是案例的编号（案例标识），请传 {m.group('write')}（命令行：{m.group('cli')}）"
                   if m.group("write") else ""))),
    ("a worksheet's hidden rows",   # rows filtered out in Excel are read as cases (analysis.qca.sheets)
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"): (?P<n>\d+) (?:row is|rows are) hidden or filtered out in "
                r"(?P<program>Excel|LibreOffice) \(rows? (?P<rows>[^)]+)\): (?:it is read as a case|they are read as cases) "
                r"like the others; delete (?:it|them) from the sheet if (?:it is not a case|they are not cases) of this "
                r"analysis$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')}：有 {m.group('n')} 行在 {m.group('program')} 中被隐藏或筛选掉"
                f"（第 {m.group('rows').replace(', ', '、')} 行）：{'它' if m.group('n') == '1' else '它们'}与其他行一样"
                f"被读作案例；若{'它' if m.group('n') == '1' else '它们'}不是本分析的案例，请从工作表中删除")),
    ("a worksheet's hidden columns",   # a helper column hidden in Excel is read (analysis.qca.sheets)
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"): columns? (?P<columns>.+?) (?:is|are) hidden in "
                r"(?P<program>Excel|LibreOffice): read as the others \(a condition when the conditions are not listed\); "
                r"list the conditions \(--conditions\) or delete the columns?$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')}：列 {m.group('columns')} 在 {m.group('program')} 中被隐藏：它们与"
                "其他列一样被读入（未列出条件时即成为条件）；请列出条件（--conditions），或删除这些列")),
    ("a header pandas renamed",   # data._check_name: 'DEV.1', pandas' read_csv's name for a second 'DEV'
     re.compile(r"columns (?P<a>'[^']*'|\"[^\"]*\") and (?P<b>'[^']*'|\"[^\"]*\"): pandas' read_csv renames a repeated "
                r"header (?P=a) to (?P=b); if the file names (?P=a) twice, fix its header$"),
     lambda m: (f"列 {m.group('a')} 和 {m.group('b')}：pandas 的 read_csv 会把重复的表头 {m.group('a')} 改名为 {m.group('b')}；"
                f"若文件中 {m.group('a')} 出现了两次，请修正表头")),
    ("a crisp condition with one case above 1",   # data: a typo (2 for 1) or a total row read as a multi-value level
     re.compile(r"condition (?P<name>'[^']*'|\"[^\"]*\") is 0/1 for every case but (?P<case>'[^']*'|\"[^\"]*\") "
                r"\((?P<value>[^()]+)\): read as a multi-value set with levels 0\.\.(?P<top>\d+), level (?P=value) held by "
                r"that case alone; if the (?P=value) is a typo \(or a total row\), correct it$"),
     lambda m: (f"条件 {m.group('name')} 除案例 {m.group('case')}（{m.group('value')}）外都是 0/1：它被读作水平为 "
                f"0..{m.group('top')} 的多值集合，水平 {m.group('value')} 只有这一个案例；若 {m.group('value')} 是笔误（或合计"
                "行），请改正")),
    ("a summary row among the cases",   # data: 'Total', 'Mean', '合计' below the data, analysed as a case
     re.compile(r"case (?P<cases>.+?) looks? like a summary row \(a total, mean or other statistic below the data\), not a "
                r"case: it is analysed as a case; delete the row if it is a summary$"),
     lambda m: (f"案例 {_more_cases_zh(m.group('cases'))} 看起来是汇总行（数据下方的合计、均值或其他统计量），不是案例：它会被"
                "当作案例分析；若是汇总行，请删除该行")),
    ("a Stata or SPSS file's text read as GBK",   # sheets: Stata 13 or SPSS 15 and older, written on Chinese Windows
     re.compile(r"(?P<path>.+?): (?:a Stata file of format (?P<format>\d+) \(Stata 13 or older, which keeps text in the "
                r"computer's code page, not UTF-8\): (?:the text of variable\(s\) (?P<variables>.+?)|(?P<labels>the value "
                r"labels))|(?P<spss>an SPSS file without a record of its text's encoding \(SPSS 15 or older, which keeps "
                r"text in the computer's code page\): the text)) read as Chinese \(GBK, the code page of Chinese Windows\), "
                r"e\.g\. (?P<now>.+?), (?:not as Latin-1 \((?P<was>.+)\)|(?P<unread>which its code page could not read)); "
                r"if it was not written on Chinese Windows, open it in (?:(?P<stata14>Stata 14 or later, convert it \(unicode "
                r"translate\) and save it)|SPSS 16 or later \(Unicode mode\) and save it)$"),
     lambda m: (f"{m.group('path')}："
                + ("这个 SPSS 文件没有记录其文本的编码（SPSS 15 或更早版本，文本按计算机的代码页保存）：其文本" if m.group("spss")
                   else f"这是格式 {m.group('format')} 的 Stata 文件（Stata 13 或更早版本，文本按计算机的代码页保存，而不是 "
                   "UTF-8）：" + (f"变量 {m.group('variables')} 的文本" if m.group("variables") else "值标签"))
                + f"已按中文（GBK，中文版 Windows 的代码页）读取，例如 {m.group('now')}，"
                + (f"而不是按 Latin-1 读取（{m.group('was')}）" if m.group("was") else "其代码页无法读取这些文本")
                + "；若该文件不是在中文版 Windows 上写出的，请"
                + ("在 Stata 14 或更高版本中打开它，转换（unicode translate）后保存" if m.group("stata14") else
                   "在 SPSS 16 或更高版本中（Unicode 模式）打开并保存它"))),
    ("a Stata or SPSS code labelled as missing",   # sheets._variables: 9 labelled "don't know", read as the number 9
     re.compile(r"(?P<path>.+?): variable (?P<variable>'[^']*'|\"[^\"]*\"): code (?P<code>\S+) is labelled (?P<label>.+), "
                r"like a missing value, and is read as the number (?P=code); if it is a missing value, (?:make it one in "
                r"Stata \((?P<stata>mvdecode [^()]+\([^()]*\))\)|declare it missing in SPSS \(Variable View > Missing: "
                r"(?P<spss>\S+)\)) and save again$"),
     lambda m: (f"{m.group('path')}：变量 {m.group('variable')}：代码 {m.group('code')} 的标签是 {m.group('label')}，像是缺失值，"
                f"却被读作数字 {m.group('code')}；若它是缺失值，"
                + (f"请在 Stata 中把它设为缺失（{m.group('stata')}）后重新保存" if m.group("stata") else
                   f"请在 SPSS 中把它声明为缺失（变量视图 > 缺失值：{m.group('spss')}）后重新保存"))),
    ("a worksheet's formulas saved as 0",   # sheets: XlsxWriter and R's writexl save 0 for the formulas they write
     re.compile(r"(?P<path>.+?): sheet (?P<sheet>'[^']*'|\"[^\"]*\"): every formula's saved value is 0 \((?P<n>\d+) cells, "
                r"e\.g\. (?P<cell>[A-Z]+\d+) (?P<formula>.+)\), as XlsxWriter and R's writexl save the formulas they do "
                r"not compute: if a program wrote the workbook, open it in Excel or LibreOffice and save it, so each "
                r"formula's value is saved with it$"),
     lambda m: (f"{m.group('path')}：工作表 {m.group('sheet')}：每个公式保存的值都是 0（{m.group('n')} 个单元格，例如 "
                f"{m.group('cell')} {m.group('formula')}），XlsxWriter 和 R 的 writexl 就是这样保存它们不计算的公式的：若工作簿"
                "是由程序写出的，请在 Excel 或 LibreOffice 中打开并保存它，使每个公式的值随之保存")),
    ("a workbook's other sheet with the same columns",   # sheets._same_columns: another wave's sheet, not read
     re.compile(r"(?P<path>.+?): read sheet (?P<sheet>'[^']*'|\"[^\"]*\"), the first; sheet\(s\) (?P<same>.+) hold a "
                r"table with the same columns: name the sheet to read with (?P<flag>\S+) \(in Python, read_data's sheet "
                r"argument\)$"),
     lambda m: (f"{m.group('path')}：读取的是第一个工作表 {m.group('sheet')}；工作表 {m.group('same').replace(', ', '、')} 中有"
                f"列相同的表格：请用 {m.group('flag')} 指定要读取的工作表（在 Python 中用 read_data 的 sheet 参数）")),
    ("a missing-value code among raw values",   # calibrate.missing_code_note: 99 among a Likert item's 1..5
     re.compile(r"(?:(?:(?P<file>.+?): )?calibrating (?P<set>'[^']*') from column (?P<column>'[^']*'): |test "
                r"(?P<test>'[^']*'): calibrating "
                r"(?P<tested>'[^']*'): |calibration range of (?P<range>'[^']*'): )?raw value (?P<code>-?\d+) at "
                r"(?P<where>.+?) looks like a missing-value code \(SPSS, Stata\), far from the other values \((?P<low>\S+) "
                r"to (?P<high>\S+)\), and was calibrated as a value: if it marks a missing answer, (?:(?P<spec>declare it "
                r"in the set's specification, 'missing_codes': \[(?P=code)\] with 'missing': 'keep' \(a specification "
                r"file: missing_codes: \[(?P=code)\] and missing: keep\), its membership then left empty)|make it missing "
                r"first \(Python: x\.replace\((?P=code), np\.nan\), with missing='keep'; a file: empty its cells, or write "
                r"NA, and give the set 'missing: keep'\)|(?P<recal>leave (?P<that>that case|those cases) out of the data "
                r"analysed, as a recalibration reads the raw value of every case of the data \(calibrating the data, the "
                r"set's missing_codes: \[(?P=code)\] with missing: keep leaves (?:its membership|their memberships) empty; "
                r"then drop_missing_cases, on the command line --drop-missing\)))$"),
     lambda m: ((f"{m.group('file')}：" if m.group("file") else "")
                + (f"校准 {m.group('set')}（取自列 {m.group('column')}）：" if m.group("set") else
                 f"检验 {m.group('test')}：校准 {m.group('tested')}：" if m.group("test") else
                 f"{m.group('range')} 的校准范围：" if m.group("range") else "")
                + f"位于{_raw_value_place_zh(m.group('where'))} 的原始值 {m.group('code')} 像是缺失值代码（SPSS、Stata），远离其他"
                f"取值（{m.group('low')} 到 {m.group('high')}），却被当作数值校准了：若它表示缺失的回答，"
                + (f"请在该集合的设定中声明 'missing_codes': [{m.group('code')}] 并写 'missing': 'keep'（设定文件中写 "
                   f"missing_codes: [{m.group('code')}] 和 missing: keep），其隶属度随之留空" if m.group("spec") else
                   f"请把{'该案例' if m.group('that') == 'that case' else '这些案例'}排除在所分析的数据之外，因为重新校准要读取"
                   f"数据中每个案例的原始值（校准数据时，该集合的 missing_codes: [{m.group('code')}] 与 missing: keep 使其隶属度"
                   "留空；然后用 drop_missing_cases，命令行中用 --drop-missing）" if m.group("recal") else
                   f"请先把它标为缺失（Python：x.replace({m.group('code')}, np.nan)，并传 missing='keep'；文件中：清空这些"
                   "单元格或写 NA，并给该集合写 'missing: keep'）"))),
    ("robustness: a recalibrated set that does not vary",   # a test's recalibration: every case on one side
     re.compile(r"test (?P<test>'[^']*'): recalibrated, every case of (?P<set>'[^']*') is (?P<side>at or above 0\.5|below "
                r"0\.5|at level (?P<level>\S+)) \(raw (?P<source>'[^']*') from (?P<low>\S+) to (?P<high>\S+), thresholds "
                r"(?P<th>.+)\), so in this test (?P=set) does not vary in kind; check the raw data and the thresholds$"),
     lambda m: (f"检验 {m.group('test')}：重新校准后，{m.group('set')} 的每个案例都"
                + ({"at or above 0.5": "不低于 0.5", "below 0.5": "低于 0.5"}.get(m.group("side"))
                   or f"处于水平 {m.group('level')}")
                + f"（原始 {m.group('source')} 从 {m.group('low')} 到 {m.group('high')}，thresholds 为 {m.group('th')}），"
                f"因此在此检验中 {m.group('set')} 在类别上没有变化；请检查原始数据和 thresholds")),
    ("robustness: a calibration range of another analysis",   # protocol.threshold_range of 'calibration'
     re.compile(r"calibration range of (?P<set>'[^']*'|\"[^\"]*\"): the raw values calibrated with these thresholds give "
                r"another solution than the data's own (?P<own>\S+) \((?P<range>.+) instead of (?P<data>.+)\); the range "
                r"starts from the recalibrated analysis$"),
     lambda m: None if "no solution (" in m.group(0) else (
         f"{m.group('set')} 的校准范围：用这些阈值校准原始值，得到的解与数据自身的 {m.group('own')} 不同（{m.group('range')}，"
         f"而不是 {m.group('data')}）；该范围从重新校准后的分析开始")),
    ("robustness: a recalibration against the data's own set",   # _warn_reversed: e and i swapped?
     re.compile(r"(?:test (?P<test>'[^']*'|\"[^\"]*\")|calibration range of (?P<range>'[^']*')): recalibrated with "
                r"thresholds (?P<th>.+?)(?: \((?P<way>e above i: a decreasing set, membership falling as the raw value "
                r"rises, as R's calibrate\(\) reads such anchors|e below i: an increasing set)\))?, (?P<set>'[^']*') runs "
                r"against the data's own (?P=set) \(correlation (?P<r>\S+) over the cases\): are e and i swapped\? If the "
                r"direction is meant, ignore this$"),
     lambda m: ((f"检验 {m.group('test')}" if m.group("test") else f"{m.group('range')} 的校准范围")
                + f"：以 thresholds {m.group('th')} 重新校准"
                + ("" if not m.group("way") else
                   "（e 大于 i：递减的集合，原始值越大，隶属度越低，R 的 calibrate() 也这样读这种锚点）"
                   if m.group("way").startswith("e above") else "（e 小于 i：递增的集合）")
                + f"，{m.group('set')} 与数据自身的 {m.group('set')} 方向相反（各案例间的相关系数为 {m.group('r')}）：e 和 i "
                "是否对调了？若方向是有意的，请忽略此警告")),
    ("calibrate: the output's case column",   # the calibrate command's note (--json, --csv): another than 'case'
     re.compile(r"case names in column (?P<label>'[^']*'|\"[^\"]*\"): give the other commands (?P<flag>--case-column .+)$"),
     lambda m: f"案例名称在列 {m.group('label')} 中：其他命令请加 {m.group('flag')}"),
    ("calibrate: columns left out",   # the calibrate command's note (CSV or JSON printed): neither calibrated nor kept
     re.compile(r"calibrate: left out, neither calibrated nor kept: (?P<names>.+?) \(--keep (?P<keep>\S+) copies "
                r"(?P<it>it|them) unchanged\)$"),
     lambda m: (f"calibrate：以下列既未校准也未保留，已略去：{m.group('names')}（--keep {m.group('keep')} 可原样复制"
                f"{'它' if m.group('it') == 'it' else '它们'}）")),
    ("a first column without header",   # read_data: R's row names, pandas' index (every command, robustness --raw)
     re.compile(r"(?P<path>.+?): the first column has no header(?:: taken as case names \((?P<why>row names as written by "
                r"R's write\.csv or an index by pandas' to_csv|an index as pandas' to_excel writes it)\); name it 'case' "
                r"to silence this| and holds 0, 1, 2, \.\.\.: a pandas index \((?P<how>to_csv|to_excel) without "
                r"index=False\), ignored)$"),
     lambda m: (f"{m.group('path')}：第一列没有列名：" + (
         "被当作案例名称（" + ("R 的 write.csv 写出的行名，或 pandas 的 to_csv 写出的索引" if m.group("why").startswith("row")
                          else "pandas 的 to_excel 写出的索引") + "）；把它命名为 'case' 即不再提示" if m.group("why") else
         f"其值为 0, 1, 2, ...：这是 pandas 的索引（{m.group('how')} 时未加 index=False），已忽略"))),
    ("raw values matched by row position",   # robustness --raw: neither file names its cases
     re.compile(r"--raw (?P<raw>.+?): neither file names its cases \('case', an unnamed first column, or --case-column / "
                r"--raw-case-column\): the raw values are matched to the cases of (?P<data>.+?) by row position \(row 1 "
                r"with row 1, \.\.\.\); check that both list the cases in the same order, or give both a column of case "
                r"names$"),
     lambda m: (f"--raw {m.group('raw')}：两个文件都没有给出案例名称（'case'、无名的第一列，或 --case-column / "
                f"--raw-case-column）：原始数值按行的位置与 {m.group('data')} 的案例对应（第 1 行对第 1 行，……）；请检查两者列出"
                "案例的顺序是否相同，或给两者都加上案例名称列")),
    ("a file's empty rows",   # read_data: Excel's trailing ',,,' rows, left out
     re.compile(r"(?P<path>.+?): ignored (?P<n>\d+) empty rows? \(lines? (?P<lines>\d+(?:, \d+)*)(?P<more> \.\.\.)?\)$"),
     lambda m: (f"{m.group('path')}：忽略了 {m.group('n')} 个空行（第 {m.group('lines').replace(', ', '、')} 行"
                + ("等" if m.group("more") else "") + "）")),
    ("calibrate: decreasing sets",   # the calibrate command: anchors with e above i
     re.compile(r"(?P<spec>.+?): set\(s\) (?P<sets>.+?) calibrated decreasing \(e above i: membership falls as the raw "
                r"value rises, as R's calibrate\(\) reads such anchors; swap e and i where a set should rise\)$"),
     lambda m: (f"{m.group('spec')}：集合 {m.group('sets')} 按递减方式校准（e 大于 i：原始值越大，隶属度越低，R 的 calibrate() "
                "也这样读这种锚点；若集合应随原始值上升，请对调 e 和 i）")),
    ("a Dask cluster of one thread",   # _parallel: joblib's Dask backend counting one worker thread in all
     re.compile(r"the Dask cluster at (?P<address>\S+) has one worker thread in all \(worker (?P<workers>.+?)(?: and "
                r"(?P<more>\d+) more of (?P<all>\d+))?\), so joblib runs every task of this call in this process, not on "
                r"the cluster; give its worker more threads \(dask worker --nthreads 2\) or start more workers to compute "
                r"there, or run without the Dask backend$"),
     lambda m: (f"{m.group('address')} 上的 Dask 集群总共只有一个工作线程（工作进程 {m.group('workers')}"
                + (f" 及另外 {m.group('more')} 个，共 {m.group('all')} 个" if m.group("more") else "")
                + "），因此 joblib 在本进程中运行这次调用的每个任务，而不是在集群上；请给它的工作进程更多线程（dask worker "
                "--nthreads 2）或启动更多工作进程，以便在集群上计算，或不用 Dask 后端运行")),
    ("cases dropped for a missing value",   # data.drop_missing_cases, the command line's --drop-missing (a note)
     re.compile(r"dropped (?P<count>\d+) of (?P<total>\d+) cases for a missing value in (?P<columns>.+?): "
                r"(?P<listed>.+); (?P<left>\d+) cases left(?P<flag> \(--drop-missing\))?$"),
     lambda m: _dropped_cases_zh(m)),
    ("codes: a recoded set that does not vary",   # calibrate_frame, a set's codes putting every case on one side
     re.compile(r"set (?P<name>'[^']*'|\"[^\"]*\"): every case is (?P<side>above|below) 0\.5 \(raw (?P<raw>'[^']*'|\"[^\"]*\") "
                r"holds (?P<seen>.+?) only, codes (?P<codes>.+)\): the set does not vary in kind \(no case on the other "
                r"side\), which no analysis can use; check the column and the codes$"),
     lambda m: (f"集合 {m.group('name')}：每个案例都{'高于' if m.group('side') == 'above' else '低于'} 0.5（原始列 "
                f"{m.group('raw')} 只有 {m.group('seen')}，codes 为 {m.group('codes')}）：该集合在类别上没有变化（另一侧"
                "没有案例），任何分析都无法使用；请检查该列和 codes")),
    ("calibrate --keep: a column of yes/no labels",   # the calibrate command's --keep of a column the analysis refuses
     re.compile(r"--keep (?P<column>\S+): its cells are yes/no labels \((?P<labels>.+?)\), copied as text, which the "
                r"analysis refuses as a set; to analyse it, recode it in (?P<spec>.+) instead of keeping it: "
                r"(?P<write>\S+: \{codes: \{.*\}\})$"),
     lambda m: (f"--keep {m.group('column')}：它的单元格是“是/否”标签（{m.group('labels')}），原样复制为文本，而分析不接受"
                f"这样的集合；要分析它，请不要保留它，而是在 {m.group('spec')} 中重新编码：{m.group('write')}")),
    ("a condition of a level for every case",   # data.py: a region code 0, 1, 2, 3 for 4 cases, read as multi-value
     re.compile(r"condition (?P<name>'[^']*'|\"[^\"]*\") holds a different level for every one of the (?P<n>\d+) cases "
                r"\((?P<levels>[^()]*)\): read as a multi-value set, it puts every case in a configuration of its own, so "
                r"it separates the cases by itself \(and a solution may name one case's level\); if (?P=name) is a code "
                r"\(a region, a number per case\), leave it out of the conditions(?: \(if it names the cases, pass "
                r"(?P<pass>[^()]+)\))?; if it is a measure, calibrate it first \(analysis\.qca\.calibrate; CLI: "
                r"(?P<cli>python -m analysis\.qca calibrate DATA --spec SPEC)\)$"),
     lambda m: (f"条件 {m.group('name')} 在 {m.group('n')} 个案例中每个案例的水平都不同（{m.group('levels')}）：作为多值集合"
                "读取时，它把每个案例放进自己独有的组态，因此仅凭它自己就区分了所有案例（解也可能写出某一个案例的水平）；若 "
                f"{m.group('name')} 是代码（地区、每个案例一个编号），请把它从条件中去掉"
                + (f"（若它给出案例的名称，请写 {m.group('pass').replace('; CLI: ', '；命令行：')}）" if m.group("pass") else "")
                + f"；若它是一个测量，请先校准（analysis.qca.calibrate；命令行：{m.group('cli')}）")),
    ("a condition that is the outcome",   # data.py: a fuzzy condition equal to the outcome or to its negation
     re.compile(r"condition (?P<name>'[^']*'|\"[^\"]*\") has the memberships of (?:the outcome (?P<out>'[^']*'|\"[^\"]*\")|the "
                r"negated outcome \(1 - (?P<neg>'[^']*'|\"[^\"]*\")\)) in every case: is it the outcome or its negation under "
                r"another name \(a column copied, or the outcome and a condition swapped\)\? A condition that is the outcome "
                r"explains it by identity \((?P<term>\S+) with consistency and coverage 1\); if so, leave it out of the "
                r"conditions$"),
     lambda m: (f"条件 {m.group('name')} 在每个案例中的隶属度都与"
                + (f"结果 {m.group('out')} " if m.group("out") else f"结果的否定（1 - {m.group('neg')}）")
                + "相同：它是否就是换了名称的结果或其否定（复制了一列，或把结果与某个条件对调了）？与结果相同的条件会以恒等"
                f"关系解释结果（{m.group('term')} 的一致性和覆盖度都是 1）；若是这样，请把它从条件中去掉")),
]


#: One case drop_missing_cases names ('CZ' (line 4: 'DEV' 'NA', 'URB' empty)): its name, where it is in the file, and
#: its missing cells, each a column and its text or 'empty'.
_NAME = r"""(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
_DROPPED_CASE = re.compile(rf"(?P<name>{_NAME}) \((?:line (?P<line>\d+): |row (?P<row>\d+) of sheet (?P<sheet>{_NAME}): )?"
                           rf"(?P<cells>{_NAME} (?:{_NAME}|empty)(?:, {_NAME} (?:{_NAME}|empty))*)\)")
_DROPPED_CELL = re.compile(rf"(?P<column>{_NAME}) (?:(?P<text>{_NAME})|empty)")


def _dropped_cases_zh(m: re.Match) -> str | None:
    """drop_missing_cases' note (the command line's --drop-missing) in Chinese: the cases dropped, each with its line
    of the file (or row of a sheet) and its missing cells, and how many are left; None when the list of cases is of
    another form."""
    said = _dropped_list_zh(m.group("listed"))
    if said is None:
        return None
    return (f"在 {m.group('columns')} 中有缺失值的案例已删除（{m.group('total')} 个中的 {m.group('count')} 个）："
            f"{said}；剩余 {m.group('left')} 个案例" + ("（--drop-missing）" if m.group("flag") else ""))


def _dropped_list_zh(listed: str) -> str | None:
    """The cases drop_missing_cases names ("'CZ' (line 4: 'DEV' 'NA'), 'EE' (line 5: 'URB' empty)"), in Chinese;
    None for a list of another form."""
    said, at = [], 0
    while at < len(listed):
        case = _DROPPED_CASE.match(listed, at)
        if case is None:
            return None
        where = (f"第 {case.group('line')} 行：" if case.group("line") else
                 f"工作表 {case.group('sheet')} 第 {case.group('row')} 行：" if case.group("row") else "")
        cells = "，".join(f"{c.group('column')} 为 {c.group('text')}" if c.group("text") else f"{c.group('column')} 为空"
                         for c in _DROPPED_CELL.finditer(case.group("cells")))
        said.append(f"{case.group('name')}（{where}{cells}）")
        at = case.end()
        if at < len(listed):
            if not listed.startswith(", ", at):
                return None
            at += 2
    return "、".join(said)


def _where_zh(where: str) -> str:
    """constant_set_note's 'where' (how every case falls on one side), in Chinese; '' for a form not known."""
    for form, said in ((r"every case gets membership (\S+)", "每个案例的隶属度都是 {0}"),
                       (r"every case is (below|above) 0\.5", "每个案例都{0} 0.5"),
                       (r"every case is at 0\.5, the crossover \(in neither the set nor its negation\)",
                        "每个案例都正好在交叉点 0.5（既不属于该集合，也不属于其否定）"),
                       (r"no case is (above|below) 0\.5 \((\d+) at the crossover, 0\.5\)",
                        "没有案例{0} 0.5（{1} 个在交叉点 0.5）")):
        found = re.fullmatch(form, where)
        if found:
            return said.format(*({"below": "低于", "above": "高于"}.get(g, g) for g in found.groups()))
    return ""


def engine_warning_zh(message: str) -> str | None:
    """One Chinese line for an engine warning (QCAWarning) the workshop meets, from its message's form
    (ENGINE_WARNINGS_ZH), with the names and shares it gives, or a note of a printout that the command line's
    minimize --csv says as a warning on stderr (engine_note_zh: a partial answer); None for a warning of another form."""
    return _with_lengths_zh(_warning_message_zh, str(message))


def _warning_message_zh(message: str) -> str | None:
    """engine_warning_zh's line for a warning's message, its long values' lengths set aside (_with_lengths_zh)."""
    for _kind, form, said in ENGINE_WARNINGS_ZH:
        found = form.match(message)
        if found:
            return said(found) or None
    if (file := _SPEC_FILE.match(message)) and (line := _warning_message_zh(file.group("rest"))):
        return f"{file.group('file')}：{line}"   # the calibrate command's file, before the warning's own words
    return _note_message_zh(message)   # minimize --csv says the printout's notes as warnings (stderr)


def _kind_zh(kind: str) -> str:
    """A solution's kind (conservative, parsimonious, intermediate) in Chinese, as the configuration charts name it."""
    from analysis.plots.configurations import KIND_ZH

    return KIND_ZH[kind]


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


def _shares_zh(shares: str) -> str:
    """A list of sets' shares of cases as the engine joins it ('SYS 47%, ORG 67%'), joined by full-width commas in a
    Chinese line ('SYS 47%，ORG 67%'): the skew row's shares and a skewed multi-value condition's levels."""
    return re.sub(r"(?<=[%）]), ", "，", shares)


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


def _parts_zh(text: str, form: str | re.Pattern, said, sep: str = "; ") -> list[str] | None:
    """Each part of a list good_practice or a note joins with `sep`, in Chinese: `said` of its match of `form`
    (whole part); None when a part has another form or `said` gives None (no half-translated line)."""
    out = []
    for part in text.split(sep):
        found = re.fullmatch(form, part)
        line = None if found is None else said(found)
        if line is None:
            return None
        out.append(line)
    return out


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


def _cut_list(listed: str) -> tuple[str, str | None]:
    """A list good_practice cuts ('a, b, c and 3 more', standards._listed): its items in Chinese, joined by '、' (the
    commas between the items, not those in their brackets), and how many more (None when it is whole)."""
    found = re.fullmatch(r"(?P<items>.+?)(?: and (?P<more>\d+) more)?", listed)
    return re.sub(r", (?![^()]*\))", "、", found.group("items")), found.group("more")


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


def _rows_zh(rows: str) -> str:
    """Rows good_practice lists ('10, 12, 17 and 3 more'), in Chinese ('第 10、12、17 行，另有 3 行')."""
    items, more = _cut_list(rows)
    return f"第 {items} 行" + (f"，另有 {more} 行" if more else "")


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
    given in words is the caller's text, not translated)."""
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
#: The parts of good_practice's robustness row, in the order it gives them: each part's form and its Chinese.
_ROBUSTNESS_PARTS: list[tuple[re.Pattern, Callable[[re.Match], str]]] = [
    (re.compile(rf"(?P<kind>{_TEST_KIND}): (?P<sweeps>[^;]+)"),
     lambda m: (f"{_TEST_KIND_ZH[m.group('kind')]}：" + "、".join(
         sweep.replace(" (powerless: no setting changes the truth table)", "（无检验力：任何设置都不改变真值表）")
         for sweep in re.split(r", (?![^()]*\))", m.group("sweeps"))))),
    (re.compile(r"not classified: (?P<sweeps>.+?) \(what it varies is not given: a 'varies' column names it, incl_cut, "
                r"pri_cut, n_cut, calibration or cases \('\+' joins several, as 'incl_cut\+n_cut'\); counted in no kind of "
                r"test\)"),
     lambda m: (f"未分类：{m.group('sweeps').replace(', ', '、')}（没有给出它改变了什么：用 'varies' 列指明，可为 incl_cut、"
                "pri_cut、n_cut、calibration 或 cases（多个用 '+' 相连，如 'incl_cut+n_cut'）；不计入任何一类检验）")),
    (re.compile(rf"not tested: (?P<kinds>{_TEST_KIND}(?:, {_TEST_KIND})*)"),
     lambda m: "未检验：" + "、".join(_TEST_KIND_ZH[kind] for kind in m.group("kinds").split(", "))),
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
    not tested or without power, the tests below the consistency floor), in Chinese, the tests' names copied; None
    for a part of another form."""
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
    ("good practice: the negated outcome's solutions",
     re.compile(r"(?P<parts>(?:conservative|parsimonious|intermediate) .+ -> \S+)$"),
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
    ("robustness: a sweep that cannot change the solution",   # protocol._powerless_note: the sweeps table's note
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

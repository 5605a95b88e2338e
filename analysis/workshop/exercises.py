"""IPython's side of the workshop: an error raised in an exercise's cell shown with the notes above
(`explain_exercise_errors`), the exercise it is of, and the cells watched for a name of the steps
given another value (`watch_exercise_cells`, `rebound_note`) and for warnings to say in Chinese."""
from __future__ import annotations

import linecache
import re
import sys
from typing import Callable, Mapping

from analysis.qca import QCAComplexityError, QCAInputError, QCAWarning
from analysis.qca.errors import _full_traceback, short_traceback
from analysis.workshop.bilingual import Note
from analysis.workshop.cells_above import CellsAboveNotRun, MADE_BY, SETTINGS_CELL
from analysis.workshop.meanings import meaning_error_note
from analysis.workshop.python_errors import (_short_attribute_error, _short_key_error, _while_compiling,
                                             attribute_error_note, file_not_found_note, key_error_note, name_error_note,
                                             syntax_error_note, type_error_note)
from analysis.workshop.zh_errors import engine_error_zh
from analysis.workshop.zh_warnings import engine_warning_zh

#: The reminder every exercise cell of the workshop prints while open: it identifies the exercise of a cell.
EXERCISE_MARK = re.compile(r"✏️ Exercise (\d+) is waiting for you")


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

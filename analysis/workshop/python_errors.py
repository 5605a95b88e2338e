"""Notes under the Python errors a participant's cell meets (English, Chinese): a KeyError of a label
(`key_error_note`), a file not found, a NameError (R's way of writing, a name meant), a cell that
does not compile, a call without an argument it needs, an attribute the engine's objects lack;
and the short form they are shown in."""
from __future__ import annotations

import ast
import linecache
import re
from pathlib import Path
from typing import Mapping

from analysis.qca.errors import in_package, short_traceback
from analysis.workshop.bilingual import Note
from analysis.workshop.cells_above import MADE_BY, SETTINGS_CELL
from analysis.workshop.meanings import meaning_of, meaning_said, near_columns
from analysis.workshop.settings import (data_column_note, letter_for_digit_note, PERCENT_SETTINGS, setting_as_written,
                                        unquoted_setting_note, WIDE_CODE)

#: The analysis package's folder: a frame whose file lies in it is the workshop's own code, not a participant's
#: cell.
_ANALYSIS = Path(__file__).resolve().parent.parent


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

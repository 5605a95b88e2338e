"""The workshop's settings as a participant types them: a setting naming no column
(`setting_column_error`), a value unquoted, a letter for a digit, a line as written
(`setting_as_written`), a decimal comma or a number as text, and each setting's hint."""
from __future__ import annotations

import ast
import re

from analysis.workshop.bilingual import Note
from analysis.workshop.cells_above import MADE_BY, SETTINGS_CELL
from analysis.workshop.meanings import meaning_said, near_columns


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
